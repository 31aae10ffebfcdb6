"""The explorer's words and drawings: counts agree with their nouns ("1 source"), and the map draws a
country that crosses the antimeridian without a stripe across the world."""

from __future__ import annotations

import re

import pytest

from newsgraph.web import svg
from newsgraph.web.words import plural


@pytest.mark.parametrize("n, word, text", [(1, "source", "1 source"), (2, "source", "2 sources"),
                                           (0, "article", "0 articles"), (2400, "article", "2,400 articles"),
                                           (1, "near-copy", "1 near-copy"), (3, "copy", "3 copies"),
                                           (None, "event", "0 events"), ([1], "report", "1 report"),
                                           (1, "entity", "1 entity"), (5, "entity", "5 entities")])
def test_plural_agrees_with_the_count(n, word, text):
    assert plural(n, word) == text


def _segments(path: str) -> list[list[tuple[float, float]]]:
    """The polylines of an SVG path of M/L/Z commands, as points."""
    out = []
    for part in re.findall(r"M([^MZ]+)Z", path):
        out.append([tuple(float(v) for v in p.split(",")) for p in part.split("L")])
    return out


# (lon, lat) rings of the team's own: an island across 180°, one that touches -180 from the west side,
# an ordinary one, and a ring round the pole
ACROSS = [(179.0, -16.0), (-179.5, -16.2), (-179.5, -17.0), (179.2, -17.1), (179.0, -16.0)]
WEST = [(-180.0, 65.0), (-175.0, 66.0), (-176.0, 68.0), (179.5, 68.5), (178.0, 67.0), (-180.0, 65.0)]
PLAIN = [(10.0, 50.0), (12.0, 50.0), (12.0, 52.0), (10.0, 50.0)]
POLE = [(-180.0, -80.0), (0.0, -82.0), (180.0, -80.0), (180.0, -90.0), (-180.0, -90.0), (-180.0, -80.0)]


@pytest.mark.parametrize("ring, copies", [(ACROSS, 2), (WEST, 2), (PLAIN, 1), (POLE, 1)])
def test_no_stripe_across_the_map(ring, copies):
    drawn = _segments(svg.ring_path(ring))
    assert len(drawn) == copies
    for pts in drawn:
        steps = [abs(b[0] - a[0]) for a, b in zip(pts, pts[1:], strict=False)]
        assert max(steps) < svg.MAP_W / 2 or ring is POLE  # the pole's ring runs along the bottom edge


@pytest.mark.parametrize("ring", [ACROSS, WEST])
def test_both_sides_of_the_antimeridian_are_drawn(ring):
    xs = [x for pts in _segments(svg.ring_path(ring)) for x, _ in pts]
    assert any(0 <= x < 10 for x in xs) and any(svg.MAP_W - 10 < x <= svg.MAP_W for x in xs)


@pytest.mark.skipif(not svg.ATLAS.is_file(), reason="world-atlas is not installed (make static)")
@pytest.mark.parametrize("code", ["RUS", "FJI", "USA", "NZL"])
def test_installed_outlines_have_no_stripe(code):
    path = next(p for c, _, p in svg.outlines() if c == code)
    for pts in _segments(path):
        assert max(abs(b[0] - a[0]) for a, b in zip(pts, pts[1:], strict=False)) < svg.MAP_W / 2
