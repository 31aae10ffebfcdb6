"""Language identification: every article gets its language; only the languages a pipeline serves are coded."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.language import detect, judge, normalise, parse_languages
from newsgraph.model import Article

EN = frozenset({"en"})


@pytest.mark.parametrize(
    "text, language",
    [
        ("The harbour authority reopened the northern pier after repairs that lasted most of the winter.", "en"),
        ("El alcalde inauguró ayer el nuevo mercado municipal ante cientos de vecinos del barrio.", "es"),
        ("Le tribunal administratif a suspendu vendredi l'arrêté interdisant la baignade sur la plage.", "fr"),
        ("Die Landesregierung hat die Förderung für den Bau von Sozialwohnungen deutlich erhöht.", "de"),
        ("O governo regional aprovou ontem o orçamento para a construção de duas escolas novas.", "pt"),
        ("Министерство транспорта объявило о закрытии моста на ремонт до конца лета.", "ru"),
        ("港口管理局在冬季维修工程结束后重新开放了北码头。", "zh"),
        ("أعلنت وزارة النقل إغلاق الجسر للصيانة حتى نهاية فصل الصيف.", "ar"),
    ],
)
def test_the_language_of_a_paragraph_is_named(text, language):
    assert detect(text) == language


@pytest.mark.parametrize("text", ["Trump", "Breaking: 12 hurt", "", "   ", "2025-03-27 14:00"])
def test_a_text_too_short_to_tell_is_not_judged_and_is_coded(text):
    assert detect(text) is None
    assert judge(text, EN) == (None, True)


@pytest.mark.parametrize(
    "text, coded",
    [
        ("Officials in Oslo said the talks on fishing quotas would resume next week.", True),
        # English with foreign names and a foreign quote is still English
        ("Señora Ramírez told reporters in Bogotá that the 'mesa de diálogo' had failed.", True),
        (
            "La policía detuvo el martes a dos hombres por el robo de cables de cobre en la estación. "
            "El juez los dejó en libertad el miércoles con cargos.",
            False,
        ),
        (
            "Der Bürgermeister hat die Sperrung der Brücke für den Verkehr am Montag angekündigt. "
            "Die Arbeiten sollen bis zum Herbst dauern.",
            False,
        ),
        # one sentence full of names fools the detector (it reads as Luganda): too short to leave uncoded
        ("Kenyan President William Ruto visited Uganda on Monday.", True),
        # a long English text with many foreign names is still English by its function words
        (
            "Señora Ramírez told reporters in Bogotá on Tuesday that the talks with the Ejército de Liberación "
            "Nacional had failed, and that the government of Gustavo Petro would not return to Caracas.",
            True,
        ),
    ],
)
def test_only_an_article_surely_in_another_language_is_left_uncoded(text, coded):
    assert judge(text, EN)[1] is coded


@pytest.mark.parametrize(
    "given, code",
    [("es", "es"), ("es-ES", "es"), ("ES_es", "es"), (" EN ", "en"), ("", None), (None, None)],
)
def test_input_language_codes_are_normalised(given, code):
    assert normalise(given) == code


def test_languages_option_is_parsed_into_codes():
    assert parse_languages("en, es-ES,,FR") == frozenset({"en", "es", "fr"})
    assert parse_languages(None) is None


SPANISH = (
    "La mañana de este lunes el alcalde de Sevilla presentó un plan para reformar el mercado central. "
    "Los comerciantes piden que las obras no empiecen antes del verano."
)
ENGLISH = "The mayor of Leeds met union leaders on Monday to discuss the bus strike."


def test_the_pipeline_keeps_an_article_in_another_language_uncoded(pipeline):
    rec = pipeline.extract(Article(id="s1", date="2025-05-05", text=SPANISH))
    assert rec.article.language == "es"
    assert rec.uncoded and "I002" in rec.uncoded
    assert (rec.entities, rec.events, rec.times, rec.quotes) == ((), (), (), ())
    assert rec.to_dict()["article"]["language"] == "es" and "uncoded" in rec.to_dict()


def test_an_english_article_is_coded_and_labelled(pipeline):
    rec = pipeline.extract(Article(id="e1", date="2025-05-05", text=ENGLISH))
    assert rec.article.language == "en" and rec.uncoded is None and rec.entities
    assert "uncoded" not in rec.to_dict()


def test_a_language_given_by_the_input_is_trusted(pipeline):
    rec = pipeline.extract(Article(id="e2", date="2025-05-05", text=ENGLISH, language="fr-FR"))
    assert rec.article.language == "fr" and rec.uncoded


def write_feed(path):
    rows = [
        {"id": "es1", "date": "2025-05-05", "text": SPANISH},
        {"id": "en1", "date": "2025-05-05", "text": ENGLISH},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")


def test_the_run_reports_uncoded_articles_once_with_their_languages(tmp_path):
    feed = tmp_path / "feed.jsonl"
    write_feed(feed)
    result = CliRunner().invoke(cli, ["extract", str(feed)])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["article"]["language"] for r in records] == ["es", "en"]
    assert result.stderr.count("I002") == 1 and "(es 1;" in result.stderr


def test_force_a_language_with_the_option(tmp_path):
    feed = tmp_path / "feed.jsonl"
    write_feed(feed)
    result = CliRunner().invoke(cli, ["extract", str(feed), "--language", "en"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["article"]["language"] for r in records] == ["en", "en"]
    assert all("uncoded" not in r for r in records)


def test_uncoded_articles_are_stored_and_coded_later_with_languages(tmp_path):
    feed, db = tmp_path / "feed.jsonl", str(tmp_path / "s.db")
    write_feed(feed)
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(feed), "--db", db]).exit_code == 0
    from newsgraph.store.db import Store

    with Store(db) as store:
        rows = store.conn.execute("SELECT id, language, uncoded IS NOT NULL FROM articles ORDER BY id").fetchall()
        assert [tuple(r) for r in rows] == [("en1", "en", 0), ("es1", "es", 1)]
    again = runner.invoke(cli, ["ingest", str(feed), "--db", db, "--languages", "es"])
    assert again.exit_code == 0 and "0 stored, 1 re-extracted, 1 already in the store" in again.stderr
    with Store(db) as store:
        assert store.conn.execute("SELECT uncoded FROM articles WHERE id = 'es1'").fetchone()[0] is None
        assert store.count("articles") == 2
