import json

import newsgraph


def test_public_api_is_pinned():
    assert sorted(newsgraph.__all__) == sorted(
        [
            "Article", "ArticleRecord", "Entity", "Event", "EventActor", "InputError", "Location", "Mention",
            "ModelNotFound", "NewsgraphError", "Quantity", "Quote", "ReadError", "Span", "Time", "__version__",
            "extract", "extract_many",
        ]
    )


def test_extract_returns_every_section_with_the_spec_shape():
    rec = newsgraph.extract("Officials met in Paris on Monday.", date="2025-03-27")
    out = json.loads(json.dumps(rec.to_dict()))
    assert set(out) == {"article", "entities", "times", "quotes", "quantities", "events"}
    assert out["article"]["date"] == "2025-03-27"
    assert set(out["article"]) >= {"id", "date", "title", "url", "source"}


def test_extract_many_keeps_input_order():
    items = [
        {"id": "b", "date": "2025-01-02", "text": "The minister spoke in Rome."},
        ("a", "2025-01-01", "Protesters gathered in Lima."),
    ]
    assert [r.article.id for r in newsgraph.extract_many(items)] == ["b", "a"]


def test_extract_rejects_a_bad_date_with_a_clear_error():
    import pytest

    with pytest.raises(newsgraph.InputError, match="unparseable date"):
        newsgraph.extract("Some text.", date="yesterday")


def test_same_text_and_date_give_the_same_id():
    a = newsgraph.extract("Talks resumed in Geneva.", date="2025-05-01")
    b = newsgraph.extract("Talks resumed in Geneva.", date="2025-05-01")
    c = newsgraph.extract("Talks resumed in Geneva.", date="2025-05-02")
    assert a.article.id == b.article.id != c.article.id


def test_html_in_an_api_text_is_cleaned_as_a_feed_field_is():
    rec = newsgraph.extract("<p>Ferries stopped in Lima.</p><p>Crews &amp; pilots walked out.</p>", date="2025-03-27")
    assert rec.article.text == "Ferries stopped in Lima.\n\nCrews & pilots walked out."
    assert rec.to_dict()["article"]["markup"] == "html"
