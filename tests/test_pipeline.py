"""The pipeline keeps going when one extractor fails or hangs on one article."""

import time

import pytest

from newsgraph import pipeline as pipeline_mod
from newsgraph.readers.common import make_article


@pytest.fixture
def patched_stage(pipeline, monkeypatch):
    """Swap the times stage for a function of the test's choosing, on the shared pipeline."""

    def use(fn):
        stages = [(name, fn if name == "times" else f) for name, f in pipeline.stages]
        monkeypatch.setattr(pipeline, "stages", stages)

    return use


def test_a_failing_extractor_is_reported_and_the_others_still_run(pipeline, patched_stage):
    def broken(ctx):
        raise ValueError("boom")

    patched_stage(broken)
    rec = pipeline.extract(make_article("<t>", "Kenyan President William Ruto visited Uganda on Monday.", "2025-01-08"))
    assert rec.times == ()
    assert any(e.startswith("times: ValueError: boom") for e in rec.errors)
    assert any(e.name == "William Ruto" for e in rec.entities)
    assert "errors" in rec.to_dict()


def test_a_hanging_extractor_times_out_and_the_batch_goes_on(pipeline, patched_stage, monkeypatch):
    def hangs(ctx):
        if "slow" in ctx.article.text:
            while True:
                time.sleep(0.01)
        return []

    patched_stage(hangs)
    monkeypatch.setattr(pipeline_mod, "STAGE_TIMEOUT", 0.5)
    articles = [make_article("<a>", "A slow article about Peru.", "2025-01-08"), make_article("<b>", "Chile voted.", "2025-01-08")]
    recs = list(pipeline.run(articles))
    assert [r.article.origin for r in recs] == ["<a>", "<b>"]
    assert any("StageTimeout" in e for e in recs[0].errors)
    assert recs[1].errors == ()


def test_records_without_errors_keep_the_spec_shape(extract):
    assert "errors" not in extract("Officials met in Lima.").to_dict()


@pytest.mark.parametrize(
    "text, span_text, name",
    [
        ("EU Commissioner for Crisis Management Janez Lenarcic spoke.", "EU Commissioner for Crisis Management Janez Lenarcic", "Janez Lenarcic"),
        ("Kenyan President William Ruto spoke.", "Kenyan President William Ruto", "William Ruto"),
        ("Kenyan President William Ruto's interior minister Kipchumba Murkomen spoke.", "Ruto", "William Ruto"),
    ],
)
def test_entity_at_a_phrase_is_its_head(pipeline, text, span_text, name):
    from newsgraph.extractors import Context

    article = make_article("<t>", text, "2025-01-08")
    rec = pipeline.extract(article)
    ctx = Context(article=article, doc=None, entities=list(rec.entities))
    start = text.index(span_text)
    assert ctx.entity_at(start, start + len(span_text)).name == name


def test_on_error_raise_lets_a_failing_extractor_propagate(pipeline, patched_stage, monkeypatch):
    def broken(ctx):
        raise ValueError("boom")

    patched_stage(broken)
    monkeypatch.setattr(pipeline, "on_error", "raise")
    with pytest.raises(ValueError, match="boom"):
        pipeline.extract(make_article("<t>", "Officials in Quito met on Monday.", "2025-01-08"))


def test_the_shipped_stages_are_in_an_order_that_satisfies_their_requirements():
    from newsgraph.extractors import STAGES, check_stages

    check_stages(STAGES)
    assert [s.name for s in STAGES] == ["entities", "times", "quantities", "quotes", "events"]


@pytest.mark.parametrize(
    "stages, message",
    [
        ((("events", ("entities",)), ("entities", ())), "requires entities, which no stage before it provides"),
        ((("times", ()), ("times", ())), "listed twice"),
        ((("places", ()),), "provides no Context field"),
    ],
)
def test_stages_out_of_order_are_refused_when_the_pipeline_is_built(stages, message):
    from newsgraph.extractors import PipelineError, Stage, check_stages

    with pytest.raises(PipelineError, match=message):
        check_stages(tuple(Stage(name, "unused", requires) for name, requires in stages))
