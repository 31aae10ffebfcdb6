from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
EVAL = Path(os.environ.get("NEWSGRAPH_EVAL", ROOT.parent / "shared" / "eval"))  # as benchmarks/common.py
SEED = EVAL / "seed" / "article.txt"


@pytest.fixture(scope="session")
def pipeline():
    """The default pipeline, loaded once for the whole test session."""
    from newsgraph.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def extract(pipeline):
    """extract(text, date="2025-03-27") -> ArticleRecord, with the shared pipeline."""
    from newsgraph.readers.common import make_article

    def run(text: str, date: str = "2025-03-27"):
        article = make_article("<test>", text, date)
        return pipeline.extract(article)

    return run


@pytest.fixture(scope="session")
def seed_record(pipeline):
    if not SEED.exists():
        pytest.skip("the shared seed article is not present")
    from newsgraph.readers import read

    (article,) = list(read([str(SEED)]))
    return pipeline.extract(article)


@pytest.fixture(scope="session")
def ray_instance():
    """One local Ray instance for the whole session (tests marked ``ray``; scripts/test-ray.sh runs them).

    Skipped unless Ray is installed and the process sees loopback only (``unshare -n``): Ray binds its
    services to the machine's interface otherwise, and these tests must not open anything beyond 127.0.0.1."""
    ray = pytest.importorskip("ray", reason="ray is not installed: pip install -e '.[ray]' (make ray)")
    import os
    import socket

    interfaces = {name for _, name in socket.if_nameindex()}  # this network namespace's, unlike /sys/class/net
    if interfaces != {"lo"}:
        pytest.skip(f"Ray tests run in a network namespace with loopback only (scripts/test-ray.sh); here: {sorted(interfaces)}")
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="WARNING")
    yield ray
    ray.shutdown()


MODEL_FIXTURES = {"pipeline", "extract", "seed_record"}


def pytest_collection_modifyitems(config, items):
    """Tests that run the statistical model (through the session pipeline) are marked ``model``: the sentence
    tables. ``pytest -m "not model"`` runs the rule tests on hand-built parses and the rest without it."""
    for item in items:
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.model)
