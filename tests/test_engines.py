"""The engine layer without Ray: the local engine is run_parallel, bad options are coded errors, and a long run
does not grow the spaCy vocabulary (each batch runs in a memory zone)."""

from __future__ import annotations

import pytest

from newsgraph.engines import run
from newsgraph.errors import EngineError, ReadError
from newsgraph.readers.common import make_article

NAMES = ["Zorvath Quellbrin", "Ulmira Tesspoke", "Dravik Oonhalt", "Pellusa Vandrig", "Korrim Ashvelt",
         "Isbeth Morrowind", "Talvo Krennick", "Yessa Brunhollow"]


def _articles(offset: int) -> list:
    return [make_article(f"<{i}>", f"{name} of the Qhorbani Union met {NAMES[(i + 3) % 8]} in Vellmark-{i + offset} "
                         f"on Monday and pledged {i + offset} million zorbs.", "2025-03-10")
            for i, name in enumerate(NAMES)]


def test_a_long_run_does_not_grow_the_vocabulary(pipeline):
    list(pipeline.run(_articles(0), batch_size=4))  # warm: lexicons and first-use strings
    before = len(pipeline.nlp.vocab.strings)
    for n in range(1, 4):  # new made-up words in every batch
        list(pipeline.run(_articles(1000 * n), batch_size=4))
    assert len(pipeline.nlp.vocab.strings) == before


def test_the_local_engine_gives_the_pipeline_s_records_with_errors_in_place(pipeline):
    items = _articles(0)[:3]
    items.insert(1, ReadError("<bad>", "no text", code="E101"))
    assert list(run(items, engine="local", batch_size=2)) == list(pipeline.run(items))


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"engine": "local", "address": "127.0.0.1:6379"}, "[E002] --address names a Ray cluster"),
        ({"engine": "spark"}, "[E002] There is no engine 'spark'"),
    ],
)
def test_bad_engine_options_are_coded_errors_before_any_work(kwargs, message):
    with pytest.raises(EngineError) as exc:
        run(iter(()), **kwargs)
    assert str(exc.value).startswith(message)


@pytest.mark.parametrize("batch, zone", [(1, 4), (2, 4), (3, 4), (4, 8)])
def test_a_worker_keeps_one_zone_over_small_batches_then_frees_it(pipeline, monkeypatch, batch, zone):
    import newsgraph.pipeline as pipeline_mod

    monkeypatch.setattr(pipeline_mod, "ZONE_ARTICLES", zone)
    list(pipeline.run(_articles(0), batch_size=4))  # warm: lexicons and first-use strings
    before = len(pipeline.nlp.vocab.strings)
    worker = pipeline_mod.Worker(pipeline)
    items = _articles(5000)
    got, held = [], 0
    try:
        for start in range(0, len(items), batch):
            got += worker(items[start:start + batch])
            held += len(items[start:start + batch])
            # open (new words held) until a zone's worth has gone through, then closed and its words freed
            assert (worker._zone is None) == (held >= zone)
            assert (len(pipeline.nlp.vocab.strings) == before) == (held >= zone)
            held = 0 if held >= zone else held
    finally:
        worker.close()
    assert len(pipeline.nlp.vocab.strings) == before
    assert got == list(pipeline.run(items))


@pytest.mark.parametrize("n, workers, batch_size, expected", [
    (100, 1, 32, [32, 32, 32, 4]),  # one worker waits for no one: full batches
    (100, 2, 32, [25, 19, 14, 11, 8, 6, 5, 3, 3, 2, 1, 1, 1, 1]),  # a quarter of what remains
    (200, 2, 32, [32, 32, 32, 26, 20, 15, 11, 8, 6, 5, 4, 3, 2, 1, 1, 1, 1]),
    (5, 3, 32, [1, 1, 1, 1, 1]),  # fewer articles than 2 x workers: one each
    (7, 2, 0, [1] * 7),  # a batch size below 1 counts as 1
])
def test_blocks_shrink_toward_the_end_of_a_window_only_with_several_workers(n, workers, batch_size, expected):
    from newsgraph.engines.ray_data import block_sizes

    assert block_sizes(n, workers, batch_size) == expected
