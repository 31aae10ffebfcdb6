"""Story clustering on the team's own multi-outlet articles: two strikes in two ports and a flood, each told
by several outlets in their own words, plus a strike of the same kind in another port the same week."""

import json
from pathlib import Path

import pytest

from newsgraph.link import cluster_articles
from newsgraph.link.stories import (
    ASSIGN_THRESHOLD,
    add_to_story,
    assign,
    cluster_incrementally,
    similarity,
    story_signature,
)

ARTICLES = [
    # story 1: dockworkers strike in Port Averna (three outlets)
    {"id": "a1", "date": "2026-03-02", "source": "Coastal Herald", "title": "Averna dockworkers walk out",
     "text": "Dockworkers at Port Averna walked off the job on Monday, halting container traffic. "
             "The Averna Dockers Union said its members want a pay rise after two years without one. "
             "Harbour master Lena Vosk said ships were already queuing outside the breakwater."},
    {"id": "a2", "date": "2026-03-03", "source": "Daily Ledger", "title": "Strike idles Port Averna",
     "text": "Container ships lined up off Port Averna on Tuesday as a strike by the Averna Dockers Union "
             "entered its second day. Lena Vosk, the harbour master, warned that fruit cargo would spoil. "
             "Union leaders demanded a pay rise and refused to return to work."},
    {"id": "a3", "date": "2026-03-05", "source": "Wire Service", "title": "Averna port strike ends",
     "text": "The Averna Dockers Union ended its strike at Port Averna after the port authority offered a "
             "pay rise of six percent. Harbour master Lena Vosk said container traffic would resume."},
    # story 2: the Tamsin river flood (three outlets)
    {"id": "b1", "date": "2026-03-03", "source": "Coastal Herald", "title": "Tamsin river bursts its banks",
     "text": "The Tamsin river burst its banks near the town of Orlik, flooding hundreds of homes. "
             "Rescue teams used boats to evacuate residents, and mayor Piet Dravek opened the school as a shelter."},
    {"id": "b2", "date": "2026-03-04", "source": "Daily Ledger", "title": "Orlik evacuated as Tamsin floods",
     "text": "Hundreds of residents of Orlik spent the night in a school after the Tamsin flooded their "
             "streets. Mayor Piet Dravek said rescue boats had reached every flooded home."},
    {"id": "b3", "date": "2026-03-06", "source": "Wire Service", "title": "Tamsin waters recede in Orlik",
     "text": "Flood waters of the Tamsin began to recede in Orlik, where mayor Piet Dravek counted the damage "
             "to homes. Residents returned from the school shelter to clean their flooded houses."},
    # story 3: a strike of the same kind in another port, the same week
    {"id": "c1", "date": "2026-03-04", "source": "Daily Ledger", "title": "Belgrove dockers strike",
     "text": "Dockworkers at Port Belgrove went on strike on Monday over pay, halting container traffic. "
             "The Belgrove Harbour Workers union said talks with terminal operator Kessmark had failed."},
    {"id": "c2", "date": "2026-03-05", "source": "Wire Service", "title": "Port Belgrove strike continues",
     "text": "Ships waited outside Port Belgrove as the strike by the Belgrove Harbour Workers union went on. "
             "Kessmark, which runs the terminal, said it had offered a pay rise."},
]
GOLD = {"a1": 1, "a2": 1, "a3": 1, "b1": 2, "b2": 2, "b3": 2, "c1": 3, "c2": 3}


def same_partition(found: dict, gold: dict) -> bool:
    return {frozenset(k for k in gold if found[k] == found[a]) for a in gold} == {
        frozenset(k for k in gold if gold[k] == gold[a]) for a in gold}


FORMS = [cluster_articles, cluster_incrementally]


@pytest.mark.parametrize("form", FORMS)
def test_outlets_about_one_story_are_one_story(form):
    found = form(ARTICLES)
    assert set(found) == set(GOLD)
    assert same_partition(found, GOLD), found


@pytest.mark.parametrize("form", FORMS)
def test_order_of_arrival_does_not_change_the_stories(form):
    assert same_partition(form(list(reversed(ARTICLES))), GOLD)


@pytest.mark.parametrize("a, b, related", [
    ("a1", "a2", True),
    ("b1", "b3", True),
    ("a1", "b1", False),
    ("a2", "c1", False),  # the same kind of event in another port is another story
])
def test_similarity_separates_stories(a, b, related):
    sig = {x["id"]: story_signature(x) for x in ARTICLES}
    assert (similarity(sig[a], sig[b]) >= ASSIGN_THRESHOLD) is related


@pytest.mark.parametrize("form", [cluster_articles, cluster_incrementally])
def test_two_stories_of_different_kinds_stay_apart_in_any_batch(form):
    found = form(ARTICLES[:6])
    assert same_partition(found, {k: v for k, v in GOLD.items() if k in found})


def test_articles_outside_the_window_are_not_one_story():
    far = dict(ARTICLES[1], id="a2-late", date="2026-06-30")
    found = cluster_articles([ARTICLES[0], far])
    assert found["a1"] != found["a2-late"]


@pytest.mark.parametrize("article, expected", [
    (ARTICLES[2], "s1"),  # joins the strike story
    (ARTICLES[5], "s2"),  # joins the flood story
    (ARTICLES[6], None),  # starts a new story
    ({"id": "x", "date": "2026-03-04", "text": ""}, None),  # nothing to compare
])
def test_assign_joins_the_right_story(article, expected):
    strike = add_to_story(add_to_story(None, story_signature(ARTICLES[0])), story_signature(ARTICLES[1]))
    flood = add_to_story(add_to_story(None, story_signature(ARTICLES[3])), story_signature(ARTICLES[4]))
    assert assign(story_signature(article), {"s1": strike, "s2": flood}) == expected


def test_signatures_are_compact_json():
    sig = story_signature(ARTICLES[0])
    story = add_to_story(None, sig)
    assert json.loads(json.dumps(sig)) == sig and json.loads(json.dumps(story)) == story
    assert sig["date"] == "2026-03-02" and 0 < len(sig["terms"]) <= 60
    assert story["first"] == story["last"] == "2026-03-02" and story["n"] == 1


@pytest.mark.parametrize("articles, expected", [
    ([], {}),
    ([{"id": 7, "date": None, "text": "Only one article."}], {"7": "s1"}),
])
def test_edge_cases(articles, expected):
    assert cluster_articles(articles) == expected


EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.txt"))


@pytest.mark.parametrize("date", [
    "2024-10-01",  # four unrelated stories of one day: the year they were published in is no evidence
    None,  # undated, a year two of them mention weighs much, but they name no one in common
])
def test_unrelated_articles_in_a_tiny_batch_stay_apart(date):
    found = cluster_articles([{"id": p.stem, "date": date, "text": p.read_text()} for p in EXAMPLES])
    assert len(EXAMPLES) == 4 and len(set(found.values())) == 4


@pytest.mark.parametrize("first, second, together", [
    # one story, different wording, one place named in both
    ("A fire destroyed a grain warehouse in Dunmore on Monday night and crews fought it for hours.",
     "Crews fought for hours to put out the Dunmore warehouse fire, which destroyed the grain inside.", True),
    # the same words, two places: two fires
    ("A fire destroyed a grain warehouse in Dunmore on Monday night and crews fought it for hours.",
     "A fire destroyed a grain warehouse in Kelton on Monday night and crews fought it for hours.", False),
    # nothing named in one of them: the words decide
    ("A fire destroyed a grain warehouse in Dunmore on Monday night and crews fought it for hours.",
     "a fire destroyed a grain warehouse on monday night and crews fought it for hours.", True),
])
def test_a_batch_keeps_apart_articles_naming_no_one_in_common(first, second, together):
    found = cluster_articles([{"id": "x", "date": "2026-03-02", "text": first},
                              {"id": "y", "date": "2026-03-02", "text": second}])
    assert (found["x"] == found["y"]) is together


def test_a_stories_topic_words_do_not_depend_on_the_hash_seed(tmp_path):
    """Two ingests of one feed in processes with different string-hash seeds store the same stories: a story
    keeps its most used words, and words tied at the cut were kept in set order, which the seed changes."""
    import hashlib
    import os
    import sqlite3
    import subprocess
    import sys

    feed = Path(__file__).parent / "data" / "trial_story.jsonl"
    digests = []
    for seed in ("1", "2"):
        db = tmp_path / f"s{seed}.db"
        code = "import sys; from newsgraph.cli import main; sys.exit(main())"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([sys.executable, "-c", code, "ingest", str(feed), "--db", str(db)], env=env,
                              capture_output=True, text=True)  # fmt: skip
        assert proc.returncode == 1, proc.stderr  # the feed holds one malformed line on purpose: skipped, exit 1
        rows = sqlite3.connect(db).execute("SELECT pk, title, terms FROM stories ORDER BY pk").fetchall()
        digests.append(hashlib.sha256(repr(rows).encode()).hexdigest())
    assert digests[0] == digests[1]
