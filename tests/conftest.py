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
