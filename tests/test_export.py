"""Every export format round-trips: pandas reads GDELT with its 61 names, PLOVER lines validate against the
manual's fields, ACLED has its columns, Parquet and CSV read back with the store's row counts; Datasette opens
the database as it is."""

from __future__ import annotations

import asyncio
import csv
import io
import json

import pandas as pd
import pyarrow.parquet as pq
import pytest
from test_store import RECORDS, lima_record, noem_record

from newsgraph.store import Store
from newsgraph.store.exports import Filters, acled, export, gdelt, plover, tables
from newsgraph.store.exports.common import ALL


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "x.db")
    for make in RECORDS:
        s.write(make())
    yield s
    s.close()


TEXTS = {f().article.id: f().article.text for f in RECORDS}


# --- PLOVER ---------------------------------------------------------------------------------------


def plover_lines(store, filters=ALL) -> list[dict]:
    out = io.StringIO()
    plover.write(store, out, filters)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_plover_lines_validate_against_the_manual_field_list(store):
    lines = plover_lines(store)
    assert len(lines) == store.count("events") == 7
    for rec in lines:
        assert plover.validate(rec) == [], rec
    assert len({rec["id"] for rec in lines}) == len(lines)


@pytest.mark.parametrize(
    "bad, problem",
    [
        ({"source": []}, "unknown field 'source'"),
        ({"event": "CONSULT"}, "event is not a list"),
        ({"event": ["MEET"]}, "event is not a list of PLOVER types"),
        ({"date": "27/03/2025"}, "date is not YYYY-MM-DD"),
        ({"actor": [{"country": "USA"}]}, "actor: unknown field 'country'"),
        ({"id": None}, "missing required field 'id'"),
    ],
)
def test_plover_validation_catches_what_the_manual_does_not_allow(store, bad, problem):
    rec = {**plover_lines(store)[0], **bad}
    assert any(problem in p for p in plover.validate(rec))


def test_plover_record_carries_codes_offsets_and_citation(store):
    rec = next(r for r in plover_lines(store) if r["event_text"] == ["arrested"])
    assert rec["event"] == ["COERCE"] and rec["mode"] == ["arrest"] and rec["quad_code"] == 4
    assert rec["actor"] == [{"code": "SLV", "sector": "COP", "entity_text": "Salvadoran police"}]
    assert rec["event_loc"]["country_code"] == "SLV" and rec["event_loc"]["lat"] == 13.69
    assert rec["cite_info"]["url"] == "https://example.org/noem"
    text = TEXTS["noem-1"]
    assert "arrested" in text[rec["text_info"]["start"] : rec["text_info"]["end"]]
    trig = rec["newsgraph"]["trigger"]
    assert text[trig["start"] : trig["end"]] == "arrested"


def test_plover_keeps_negated_events_labelled_and_can_leave_them_out(store):
    statuses = [r["newsgraph"]["status"] for r in plover_lines(store)]
    assert statuses.count("negated") == 1
    assert all(
        r["newsgraph"]["status"] == "occurred" for r in plover_lines(store, Filters(status="occurred"))
    )


def test_a_promised_visit_is_written_as_plovers_agree_and_keeps_what_was_extracted(extract, tmp_path):
    text = "The Kenyan foreign minister said on Friday she would visit Mauritius next week to discuss fishing rights."
    s = Store(tmp_path / "p.db")
    try:
        s.write(extract(text, date="2025-05-02"))
        [rec] = plover_lines(s)
        # a status asked for is PLOVER's: the promise was made (occurred), the visit is not PLOVER's to list
        assert plover_lines(s, Filters(status="occurred")) == [rec]
        assert plover_lines(s, Filters(status="planned")) == []
    finally:
        s.close()
    # the PLOVER manual: a visit told for the future is AGREE, on the day it was promised (CAMEO 036)
    assert (rec["event"], rec["date"], rec["newsgraph"]["cameo"]) == (["AGREE"], "2025-05-02", "036")
    assert plover.validate(rec) == []
    assert rec["newsgraph"]["status"] == "planned"
    assert rec["newsgraph"]["planned"] == {"type": "CONSULT", "mode": "visit", "cameo": "042"}
    assert rec["newsgraph"]["date"].startswith("2025-W")  # the visit's own date, next week


# --- GDELT ----------------------------------------------------------------------------------------


@pytest.fixture
def gdelt_files(store, tmp_path):
    folder = tmp_path / "gdelt"
    export(store, "gdelt", str(folder), Filters())
    return folder / "events.tsv", folder / "mentions.tsv"


def read_gdelt(path, names):
    return pd.read_csv(
        path, sep="\t", header=None, names=names, dtype=str, keep_default_na=False, quoting=csv.QUOTE_NONE
    )


def test_pandas_reads_the_gdelt_event_table_with_its_61_columns(gdelt_files):
    events = read_gdelt(gdelt_files[0], gdelt.EVENT_COLUMNS)
    assert len(gdelt.EVENT_COLUMNS) == 61 and list(events.columns) == gdelt.EVENT_COLUMNS
    assert len(events) == 7
    assert events.notna().all().all()  # every line had exactly 61 fields: no shifted columns
    with open(gdelt_files[0], encoding="utf-8") as fh:
        assert all(line.count("\t") == 60 for line in fh)


@pytest.mark.parametrize(
    "trigger, column, value",
    [
        ("visited", "Day", "20250326"),
        ("visited", "MonthYear", "202503"),
        ("visited", "Actor1Code", "USAGOV"),
        ("visited", "Actor1CountryCode", "USA"),
        ("visited", "Actor2Code", "SLV"),
        ("visited", "EventCode", "042"),  # leading zero kept
        ("visited", "EventRootCode", "04"),
        ("visited", "QuadClass", "1"),
        ("visited", "IsRootEvent", "1"),  # in the lead paragraph
        ("arrested", "IsRootEvent", "0"),
        ("arrested", "ActionGeo_FullName", "San Salvador"),
        ("arrested", "ActionGeo_CountryCode", "ES"),  # GDELT's FIPS code for El Salvador
        ("arrested", "ActionGeo_Type", "4"),
        ("arrested", "Actor1Type1Code", "COP"),
        ("signed", "ActionGeo_CountryCode", "PL"),
        ("fired tear gas", "QuadClass", "4"),
        ("visited", "GoldsteinScale", ""),  # not known: blank
        ("visited", "SOURCEURL", "https://example.org/noem"),
    ],
)
def test_gdelt_event_columns_hold_what_newsgraph_knows(gdelt_files, trigger, column, value):
    events = read_gdelt(gdelt_files[0], gdelt.EVENT_COLUMNS)
    mentions = read_gdelt(gdelt_files[1], gdelt.MENTION_COLUMNS)
    by_trigger = {}
    for ev_row, m_row in zip(events.to_dict("records"), mentions.to_dict("records"), strict=True):
        article = m_row["MentionIdentifier"]
        article = {"https://example.org/noem": "noem-1"}.get(article, article)
        start = int(m_row["ActionCharOffset"])
        text = TEXTS[article]
        by_trigger[
            next(
                t
                for t in (
                    "visited",
                    "arrested",
                    "signed",
                    "fired tear gas",
                    "meet",
                    "protested",
                    "criticised",
                )
                if text.startswith(t, start)
            )
        ] = ev_row
    assert by_trigger[trigger][column] == value


def test_gdelt_mentions_carry_character_offsets_into_the_article(gdelt_files):
    mentions = read_gdelt(gdelt_files[1], gdelt.MENTION_COLUMNS)
    assert len(mentions.columns) == 16 and len(mentions) == 7
    row = mentions[mentions["MentionIdentifier"] == "lima-1"].iloc[1]
    text = TEXTS["lima-1"]
    assert text[int(row["ActionCharOffset"]) :].startswith("fired tear gas")
    assert text[int(row["Actor1CharOffset"]) :].startswith("Police")
    assert row["MentionDocLen"] == str(len(text))
    assert row["MentionTimeDate"] == "20250408000000"


def test_gdelt_header_option_adds_the_column_names(store):
    out = io.StringIO()
    gdelt.write(store, out, header=True)
    df = pd.read_csv(io.StringIO(out.getvalue()), sep="\t", dtype=str)
    assert list(df.columns) == gdelt.EVENT_COLUMNS and len(df) == 7


# --- ACLED ----------------------------------------------------------------------------------------


def test_acled_csv_has_acleds_columns_and_only_the_events_it_covers(store):
    out = io.StringIO()
    counts = acled.write(store, out)
    df = pd.read_csv(io.StringIO(out.getvalue()), dtype=str, keep_default_na=False)
    assert list(df.columns) == acled.COLUMNS
    assert counts == {
        "events": 4,
        "not covered by ACLED": 2,
    }  # the occurred CONSULT and the ACCUSE are not ACLED's; the negated CONSULT is left out (ACLED: occurred only)
    got = {(r["event_type"], r["sub_event_type"]) for r in df.to_dict("records")}
    assert got == {
        ("Strategic developments", "Arrests"),
        ("Protests", "Peaceful protest"),
        ("Protests", "Protest with intervention"),  # police fired tear gas at the marchers
        ("Strategic developments", "Agreement"),
    }


@pytest.mark.parametrize(
    "sub_event, column, value",
    [
        ("Peaceful protest", "inter1", "6"),  # protesters
        ("Peaceful protest", "interaction", "60"),
        ("Peaceful protest", "country", "Peru"),
        ("Peaceful protest", "iso", "604"),
        ("Protest with intervention", "inter1", "6"),  # ACLED's actor1 is the crowd
        ("Protest with intervention", "inter2", "1"),  # the police who fired tear gas: state forces
        ("Protest with intervention", "actor2", "Peruvian police"),
        ("Protest with intervention", "interaction", "16"),
        ("Protest with intervention", "civilian_targeting", ""),
        ("Arrests", "time_precision", "2"),  # dated by publication only
        ("Arrests", "location", "San Salvador"),
        ("Agreement", "event_date", "2025-05-03"),
        ("Agreement", "time_precision", "1"),
    ],
)
def test_acled_rows(store, sub_event, column, value):
    out = io.StringIO()
    acled.write(store, out)
    rows = {r["sub_event_type"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert rows[sub_event][column] == value


def _attack(mode: str | None, recipient_sector: str | None) -> dict:
    row = {k: None for k in ("location_country", "location_name", "lat", "lon", "actor_country", "recipient_country",
                             "date_precision", "article_ingested", "sentence_text", "article_source", "article_url",
                             "actor_entity")}
    return {**row, "pk": 1, "type": "ASSAULT", "mode": mode, "date": "2025-04-08", "actor_name": "Police",
            "actor_sector": "COP", "recipient_name": "villagers", "recipient_sector": recipient_sector,
            "co_actors": [], "co_recipients": []}


@pytest.mark.parametrize(
    "mode, recipient_sector, want",
    [
        ("firearms", "CVL", ("Violence against civilians", "Attack", 1, 7, "Civilian targeting")),
        ("firearms", "REB", ("Battles", "Armed clash", 1, 2, None)),
        ("crowd-control", None, ("Protests", "Protest with intervention", 6, 1, None)),
    ],
)
def test_acled_categories_and_sides_of_an_attack(mode, recipient_sector, want):
    row = acled.row_for(_attack(mode, recipient_sector))
    assert (row["event_type"], row["sub_event_type"], row["inter1"], row["inter2"], row["civilian_targeting"]) == want


def test_acled_notes_are_the_events_sentence(store):
    out = io.StringIO()
    acled.write(store, out)
    rows = {r["sub_event_type"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert rows["Arrests"]["notes"].startswith("Salvadoran police arrested 20 suspected gang members")


# --- Parquet and CSV ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_tables_read_back_with_the_same_row_counts_and_columns(store, tmp_path, fmt):
    folder = tmp_path / fmt
    counts = export(store, fmt, str(folder), Filters())
    for table in tables.TABLES:
        path = folder / f"{table}.{fmt}"
        df = pq.read_table(path).to_pandas() if fmt == "parquet" else pd.read_csv(path)
        assert len(df) == store.count(table) == counts[table], table
        assert list(df.columns) == [name for name, _ in tables.columns(store, table)]


def test_parquet_keeps_column_types_and_text(store, tmp_path):
    export(store, "parquet", str(tmp_path / "p"), Filters())
    events = pq.read_table(tmp_path / "p" / "events.parquet").to_pandas()
    assert str(events["trigger_start"].dtype) == "int64" and str(events["lat"].dtype) == "float64"
    articles = pq.read_table(tmp_path / "p" / "articles.parquet").to_pandas()
    assert dict(zip(articles["id"], articles["text"], strict=True)) == TEXTS


def test_an_empty_store_exports_empty_tables(tmp_path):
    store = Store(tmp_path / "empty.db")
    export(store, "parquet", str(tmp_path / "p"), Filters())
    assert pq.read_table(tmp_path / "p" / "events.parquet").num_rows == 0
    assert plover_lines(store) == []


def test_export_filters_by_date(store):
    dates = [r["date"] for r in plover_lines(store, Filters(date_from="2025-04", date_to="2025-04"))]
    assert dates == ["2025-04-07", "2025-04-07", "2025-04-08"]


# --- Datasette ------------------------------------------------------------------------------------


def datasette_get(path, *urls):
    from datasette.app import Datasette

    async def run():
        ds = Datasette([str(path)])
        out = []
        for url in urls:
            response = await ds.client.get(url)
            out.append(
                (response.status_code, response.json() if url.endswith(".json") or ".json?" in url else None)
            )
        db = ds.get_database("x")
        out.append(await db.foreign_keys_for_table("events"))
        out.append(await db.fts_table("articles"))
        return out

    return asyncio.run(run())


def test_datasette_opens_the_store_with_tables_search_and_foreign_keys(store):
    store.close()
    path = store.path
    (tables_status, db_json), (search_status, search_json), (_, rows_json), fks, fts = datasette_get(
        path, "/x.json", "/x/articles.json?_search=protesters&_shape=objects", "/x/quotes.json?_shape=objects"
    )
    assert tables_status == 200 and search_status == 200
    names = {t["name"] for t in db_json["tables"]}
    assert {"articles", "events", "quotes", "entities", "mentions"} <= names
    assert [r["id"] for r in search_json["rows"]] == ["lima-1"]
    assert len(rows_json["rows"]) == 2
    assert {(fk["column"], fk["other_table"]) for fk in fks} >= {
        ("article_pk", "articles"),
        ("actor_pk", "entities"),
    }
    assert fts == "articles_fts"


def test_noem_record_fixture_is_consistent():
    rec = noem_record()
    for e in rec.entities:
        for m in e.mentions:
            assert rec.article.text[m.start : m.end] == m.text
    for ev in (*rec.events, *lima_record().events):
        assert ev.trigger.text


def test_acled_country_is_a_country_not_an_igo_code(tmp_path):
    from test_store import actor, event

    from newsgraph.model import Article, ArticleRecord

    t = "The European Union signed a trade deal with Nigeria."
    rec = ArticleRecord(
        article=Article("eu-1", "2025-06-02", t),
        events=(
            event(
                t,
                "ev1",
                "AGREE",
                None,
                "signed",
                "2025-06-02",
                actor_=actor(t, None, "European Union", "European Union", "EUR", "IGO"),
                recipient=actor(t, None, "Nigeria", "Nigeria", "NGA", "GOV"),
            ),
        ),
    )
    store = Store(tmp_path / "eu.db")
    store.write(rec)
    out = io.StringIO()
    acled.write(store, out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["event_id_cnty"].startswith("NGA") and row["country"] == "Nigeria"
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("8", "1", "18")


def test_the_seed_articles_real_record_exports_in_every_format(seed_record, tmp_path):
    store = Store(tmp_path / "seed.db")
    store.write(seed_record)
    lines = plover_lines(store)
    assert len(lines) == len(seed_record.events)
    assert all(plover.validate(rec) == [] for rec in lines)
    folder = tmp_path / "g"
    export(store, "gdelt", str(folder), ALL)
    events = read_gdelt(folder / "events.tsv", gdelt.EVENT_COLUMNS)
    mentions = read_gdelt(folder / "mentions.tsv", gdelt.MENTION_COLUMNS)
    assert len(events) == len(mentions) == len(seed_record.events)
    text = seed_record.article.text
    offsets = sorted(int(m) for m in mentions["ActionCharOffset"])
    assert offsets == sorted(ev.trigger.start for ev in seed_record.events)
    assert all(text[ev.trigger.start : ev.trigger.end] == ev.trigger.text for ev in seed_record.events)
    out = io.StringIO()
    counts = acled.write(store, out)
    occurred = [ev for ev in seed_record.events if ev.status == "occurred"]  # ACLED's default: what happened
    assert counts["events"] + counts["not covered by ACLED"] == len(occurred)
    export(store, "parquet", str(tmp_path / "p"), ALL)
    assert pq.read_table(tmp_path / "p" / "mentions.parquet").num_rows == sum(
        len(e.mentions) for e in seed_record.entities
    )


def test_coordinated_actors_are_plover_compound_actors_and_acled_associated_actors(tmp_path):
    from test_store import coalition_record

    store = Store(tmp_path / "c.db")
    store.write(coalition_record())
    met, protested = plover_lines(store)
    assert [a["entity_text"] for a in met["actor"]] == ["Hungarian officials", "Romanian officials"]
    assert [a["code"] for a in met["actor"]] == ["HUN", "ROU"]
    assert all(plover.validate(r) == [] for r in (met, protested))
    text = coalition_record().article.text
    assert [text[s:e] for s, e in met["newsgraph"]["actor_offsets"]] == ["Hungarian", "Romanian officials"]
    out = io.StringIO()
    acled.write(store, out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert (row["actor1"], row["assoc_actor_1"], row["sub_event_type"]) == (
        "teachers",
        "nurses",
        "Peaceful protest",
    )


def test_an_event_dated_only_by_month_gets_a_full_date_and_keeps_its_precision(tmp_path):
    from test_store import event

    from newsgraph.model import Article, ArticleRecord

    t = "Students protested in Santiago in March."
    store = Store(tmp_path / "m.db")
    store.write(
        ArticleRecord(
            article=Article("m-1", "2025-04-20", t),
            events=(event(t, "ev1", "PROTEST", "demo", "protested", "2025-03", precision="month"),),
        )
    )
    (rec,) = plover_lines(store)
    assert plover.validate(rec) == []
    assert (rec["date"], rec["newsgraph"]["date"], rec["newsgraph"]["date_precision"]) == (
        "2025-03-01",
        "2025-03",
        "month",
    )
    out = io.StringIO()
    gdelt.write(store, out)
    assert out.getvalue().split("\t")[1:4] == ["20250301", "202503", "2025"]
    out = io.StringIO()
    acled.write(store, out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert (row["event_date"], row["time_precision"]) == ("2025-03-01", "3")


@pytest.mark.parametrize(
    "actor_name, actor_entity, actor_sector, recipient_sector, event_type",
    [
        ("unidentified attacker", None, None, "MIL", "Battles"),  # the coder's implied attacker on soldiers
        ("unidentified attacker", None, None, "CVL", "Violence against civilians"),
        ("a man", None, None, "COP", "Violence against civilians"),  # a named assailant is not an armed group
        ("rebels", None, "REB", "MIL", "Battles"),
    ],
)
def test_acled_reads_an_unidentified_attack_on_soldiers_as_a_battle(actor_name, actor_entity, actor_sector, recipient_sector, event_type):
    row = {"type": "ASSAULT", "mode": None, "actor_name": actor_name, "actor_entity": actor_entity,
           "actor_sector": actor_sector, "recipient_sector": recipient_sector}
    assert acled.category(row)[1] == event_type


STATUS_TEXT = (
    "The port union signed a pay deal with the harbour board. The mayor will sign a water pact with the county. "
    "The envoys would propose a truce with the militia. The ministers did not sign an accord with the unions."
)


def status_store(tmp_path) -> Store:
    """One AGREE event per status (the team's own sentences)."""
    from test_store import event

    from newsgraph.model import Article, ArticleRecord

    t = STATUS_TEXT
    rows = [("occ", "signed", "occurred"), ("pla", "will sign", "planned"), ("hyp", "propose", "hypothetical"),
            ("neg", "did not sign", "negated")]
    evs = tuple(event(t, i, "AGREE", None, trig, "2025-06-02", status=st) for i, trig, st in rows)
    store = Store(tmp_path / "status.db")
    store.write(ArticleRecord(article=Article("st-1", "2025-06-02", t), events=evs))
    return store


@pytest.mark.parametrize(
    "status, exported",
    [
        (None, ["occurred"]),  # ACLED records what happened: the default leaves plans and conditionals out
        ("occurred", ["occurred"]),
        ("planned", ["planned"]),
        ("hypothetical", ["hypothetical"]),
        ("negated", ["negated"]),
    ],
)
def test_acled_exports_occurred_events_unless_a_status_is_given(tmp_path, status, exported):
    store = status_store(tmp_path)
    out = io.StringIO()
    counts = acled.write(store, out, Filters(status=status))
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    triggers = {"occurred": "signed", "planned": "will sign", "hypothetical": "propose", "negated": "did not sign"}
    assert counts["events"] == len(rows) == len(exported)
    assert [r["notes"] for r in rows] == [
        next(s.strip() + "." for s in STATUS_TEXT.split(".") if triggers[st] in s) for st in exported
    ]


@pytest.mark.parametrize("args, exported", [([], 1), (["--status", "planned"], 1), (["--status", "negated"], 1)])
def test_export_command_acled_defaults_to_occurred(tmp_path, args, exported):
    from click.testing import CliRunner

    from newsgraph.cli import cli

    status_store(tmp_path).close()
    result = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "status.db"), "--format", "acled", *args])
    assert result.exit_code == 0, result.output
    body = [line for line in result.stdout.splitlines() if line and not line.startswith("newsgraph:")]
    assert len(body) == 1 + exported
    assert ("will sign" in result.stdout) == (args == ["--status", "planned"])
