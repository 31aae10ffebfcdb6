"""The store: schema and migrations, atomic idempotent writes, and every query, on hand-made records."""

from __future__ import annotations

import sqlite3

import pytest

from newsgraph.model import (
    Article,
    ArticleRecord,
    Entity,
    Event,
    EventActor,
    Location,
    Mention,
    Quantity,
    Quote,
    Span,
    Time,
)
from newsgraph.store import SchemaTooNew, SearchSyntaxError, Store
from newsgraph.store import queries as q
from newsgraph.store.db import TABLES
from newsgraph.store.schema import LATEST, MIGRATIONS

# --- hand-made records ----------------------------------------------------------------------------

NOEM_TEXT = (
    'Kristi Noem visited El Salvador on Wednesday. She said the prison "sent a message to the world".\n'
    "Salvadoran police arrested 20 suspected gang members in San Salvador, officials said. "
    "Noem did not meet the opposition."
)
LIMA_TEXT = (
    "Thousands of teachers protested in Lima on Monday against the pension reform.\n"
    'Police fired tear gas at the protesters, the union said. "We will not stop," said union leader Ana Quispe. '
    "Kristi Noem criticised the Peruvian government."
)
KYIV_TEXT = "Ukraine and Poland signed a grain agreement in Warsaw on 3 May. Ana Quispe welcomed it."


def at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def mention(text: str, phrase: str, kind: str = "name", nth: int = 0) -> Mention:
    s, e = at(text, phrase, nth)
    return Mention(s, e, phrase, kind)


def actor(text: str, entity: str | None, phrase: str, name: str, country=None, sector=None) -> EventActor:
    s, e = at(text, phrase)
    return EventActor(entity, name, country, sector, s, e)


def event(
    text,
    id,
    type,
    mode,
    trigger,
    date,
    actor_=None,
    recipient=None,
    status="occurred",
    location=None,
    cameo=None,
    precision="day",
) -> Event:
    ts, te = at(text, trigger)
    sent_start = text.rfind(".", 0, ts) + 1
    sent_end = text.find(".", te) + 1
    return Event(
        id=id,
        type=type,
        mode=mode,
        cameo=cameo,
        actor=actor_,
        recipient=recipient,
        date=date,
        date_precision=precision,
        location=location,
        status=status,
        trigger=Mention(ts, te, trigger),
        sentence=Span(sent_start, sent_end),
        confidence=0.8,
    )


def noem_record() -> ArticleRecord:
    t = NOEM_TEXT
    noem = Entity(
        "e1",
        "Kristi Noem",
        "PERSON",
        "USA",
        "GOV",
        "Homeland Security Secretary",
        (mention(t, "Kristi Noem"), mention(t, "She", "pronoun"), mention(t, "Noem", nth=1)),
    )
    slv = Entity("e2", "El Salvador", "GPE", "SLV", None, None, (mention(t, "El Salvador"),))
    police = Entity(
        "e3", "Salvadoran police", "ORG", "SLV", "COP", None, (mention(t, "Salvadoran police", "group"),)
    )
    ss, se = at(t, "San Salvador")
    return ArticleRecord(
        article=Article(
            "noem-1",
            "2025-03-27",
            t,
            title="Noem in El Salvador",
            url="https://example.org/noem",
            source="Wire",
        ),
        entities=(noem, slv, police),
        times=(Time("Wednesday", *at(t, "Wednesday"), "2025-03-26", "DATE"),),
        quotes=(
            Quote(
                "sent a message to the world",
                *at(t, "sent a message to the world"),
                "direct",
                "e1",
                "Kristi Noem",
                "said",
                *at(t, "said"),
            ),
        ),
        quantities=(Quantity("20", *at(t, "20"), 20, None, None, counts="suspected gang members"),),
        events=(
            event(
                t,
                "ev1",
                "CONSULT",
                "visit",
                "visited",
                "2025-03-26",
                cameo="042",
                actor_=actor(t, "e1", "Kristi Noem", "Kristi Noem", "USA", "GOV"),
                recipient=actor(t, "e2", "El Salvador", "El Salvador", "SLV"),
            ),
            event(
                t,
                "ev2",
                "COERCE",
                "arrest",
                "arrested",
                "2025-03-27",
                cameo="173",
                precision="publication",
                actor_=actor(t, "e3", "Salvadoran police", "Salvadoran police", "SLV", "COP"),
                recipient=actor(t, None, "suspected gang members", "suspected gang members", None, "CRM"),
                location=Location("San Salvador", "SLV", 13.69, -89.19, ss, se),
            ),
            event(
                t,
                "ev3",
                "CONSULT",
                "meet",
                "meet",
                "2025-03-27",
                status="negated",
                precision="publication",
                actor_=actor(t, "e1", "Noem", "Kristi Noem", "USA", "GOV"),
            ),
        ),
    )


def lima_record() -> ArticleRecord:
    t = LIMA_TEXT
    quispe = Entity("e1", "Ana Quispe", "PERSON", "PER", "LAB", None, (mention(t, "Ana Quispe"),))
    noem = Entity("e2", "Kristi Noem", "PERSON", "USA", "GOV", None, (mention(t, "Kristi Noem"),))
    lima = Location("Lima", "PER", -12.05, -77.04, *at(t, "Lima"))
    return ArticleRecord(
        article=Article("lima-1", "2025-04-08", t, title="Teachers march in Lima", source="Andes Daily"),
        entities=(quispe, noem),
        quotes=(
            Quote("We will not stop,", *at(t, "We will not stop,"), "direct", "e1", "Ana Quispe", "said"),
        ),
        events=(
            event(
                t,
                "ev1",
                "PROTEST",
                "demo",
                "protested",
                "2025-04-07",
                cameo="141",
                location=lima,
                actor_=actor(t, None, "teachers", "teachers", "PER", "EDU"),
            ),
            event(
                t,
                "ev2",
                "ASSAULT",
                "crowd-control",
                "fired tear gas",
                "2025-04-07",
                cameo="175",
                location=lima,
                actor_=actor(t, None, "Police", "Peruvian police", "PER", "COP"),
                recipient=actor(t, None, "protesters", "protesters", "PER", "CVL"),
            ),
            event(
                t,
                "ev3",
                "ACCUSE",
                "disapprove",
                "criticised",
                "2025-04-08",
                cameo="111",
                precision="publication",
                actor_=actor(t, "e2", "Kristi Noem", "Kristi Noem", "USA", "GOV"),
                recipient=actor(t, None, "Peruvian government", "Peruvian government", "PER", "GOV"),
            ),
        ),
    )


def warsaw_record() -> ArticleRecord:
    t = KYIV_TEXT
    return ArticleRecord(
        article=Article("warsaw-1", "2025-05-05", t),
        entities=(Entity("e1", "Ana Quispe", "PERSON", "PER", "LAB", None, (mention(t, "Ana Quispe"),)),),
        events=(
            event(
                t,
                "ev1",
                "AGREE",
                None,
                "signed",
                "2025-05-03",
                cameo="057",
                location=Location("Warsaw", "POL", 52.23, 21.01, *at(t, "Warsaw")),
                actor_=actor(t, None, "Ukraine", "Ukraine", "UKR", "GOV"),
                recipient=actor(t, None, "Poland", "Poland", "POL", "GOV"),
            ),
        ),
    )


RECORDS = (noem_record, lima_record, warsaw_record)


@pytest.fixture
def store():
    s = Store(":memory:")
    for make in RECORDS:
        s.write(make())
    yield s
    s.close()


def counts(store: Store) -> dict[str, int]:
    return {t: store.count(t) for t in TABLES}


# --- schema ---------------------------------------------------------------------------------------


def test_a_new_store_has_every_migration_and_table(tmp_path):
    store = Store(tmp_path / "n.db")
    assert store.version() == LATEST
    names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
    assert set(TABLES) | {"articles_fts", "quotes_fts", "schema_version"} <= names
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_store_made_by_an_older_release_opens_migrated_with_its_data(tmp_path):
    path = tmp_path / "old.db"
    old = Store(path, migrations=MIGRATIONS[:1])  # what the first release made: tables, no FTS, no names
    assert old.version() == 1
    old.conn.execute(
        "INSERT INTO articles (id, date, text, ingested) VALUES ('a1', '2024-01-02', 'Farmers blocked roads in Paris.', 'x')"
    )
    old.conn.execute(
        "INSERT INTO events (article_pk, id, type, actor_name, date, trigger_text) VALUES (1, 'ev1', 'PROTEST', 'Farmers', "
        "'2024-01-02', 'blocked')"
    )
    old.close()
    new = Store(path)
    assert new.version() == LATEST
    assert [r["article"] for r in q.search(new, "farmers").rows] == ["a1"]
    assert [(r["date"], r["article"]) for r in q.timeline(new, "farmers").rows] == [("2024-01-02", "a1")]


def test_several_processes_opening_a_new_store_at_once_migrate_it_once(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    path = tmp_path / "race.db"

    def open_it(_):
        with Store(path) as store:
            return store.version()

    with ThreadPoolExecutor(6) as pool:
        assert list(pool.map(open_it, range(6))) == [LATEST] * 6
    with Store(path) as store:
        versions = [r[0] for r in store.conn.execute("SELECT version FROM schema_version ORDER BY version")]
    assert versions == list(range(1, LATEST + 1))


def test_a_store_from_a_newer_release_is_refused_with_a_clear_error(tmp_path):
    path = tmp_path / "new.db"
    Store(path).conn.execute("INSERT INTO schema_version VALUES (99, 'future', 'x')")
    with pytest.raises(SchemaTooNew, match="newer than this newsgraph knows"):
        Store(path)


# --- writing --------------------------------------------------------------------------------------


def test_writing_stores_every_row_of_the_record():
    store = Store(":memory:")
    assert store.write(noem_record()) == "stored"
    rec = noem_record()
    assert counts(store) == {
        "articles": 1,
        "entities": 3,
        "mentions": 5,
        "times": 1,
        "quotes": 1,
        "quantities": 1,
        "events": 3,
        "event_actors": 0,
        "names": 4,
    }
    row = store.conn.execute("SELECT * FROM events WHERE id = 'ev2'").fetchone()
    assert rec.article.text[row["trigger_start"] : row["trigger_end"]] == "arrested"
    assert rec.article.text[row["location_start"] : row["location_end"]] == "San Salvador"
    linked = store.conn.execute(
        "SELECT en.name FROM events ev JOIN entities en ON en.pk = ev.actor_pk WHERE ev.id = 'ev1'"
    ).fetchone()
    assert linked["name"] == "Kristi Noem"


def test_writing_the_same_article_twice_is_a_no_op_and_update_replaces_it():
    store = Store(":memory:")
    store.write(noem_record())
    before = counts(store)
    first_rows = [
        tuple(r) for r in store.conn.execute("SELECT type, mode, date, trigger_start FROM events ORDER BY id")
    ]
    assert store.write(noem_record()) == "exists"
    assert counts(store) == before
    assert store.write(noem_record(), update=True) == "updated"
    assert counts(store) == before
    assert [
        tuple(r) for r in store.conn.execute("SELECT type, mode, date, trigger_start FROM events ORDER BY id")
    ] == first_rows
    assert [r["article"] for r in q.search(store, "prison").rows] == ["noem-1"]  # FTS kept in step


def test_another_text_under_a_stored_id_is_a_conflict_not_a_silent_skip():
    store = Store(":memory:")
    store.write(noem_record())
    other = ArticleRecord(article=Article("noem-1", "2025-03-27", "A different story under the same id."))
    assert store.write(other) == "conflict"
    assert store.conn.execute("SELECT text FROM articles").fetchone()[0] == NOEM_TEXT
    assert store.write(other, update=True) == "updated"
    assert store.conn.execute("SELECT text FROM articles").fetchone()[0] == other.article.text


def test_a_failed_write_leaves_nothing_half_written():
    store = Store(":memory:")
    rec = noem_record()
    bad = ArticleRecord(
        article=rec.article, entities=rec.entities, events=(*rec.events, rec.events[0])
    )  # duplicate id
    with pytest.raises(sqlite3.IntegrityError):
        store.write(bad)
    assert all(n == 0 for n in counts(store).values())
    assert store.write(rec) == "stored"


def test_writing_many_in_one_transaction_rolls_back_only_the_article_that_fails():
    store = Store(":memory:")
    rec = noem_record()
    bad = ArticleRecord(article=Article("bad-1", "2025-01-01", "x"), events=(rec.events[0], rec.events[0]))
    results = store.write_many([rec, bad, lima_record(), rec])
    assert results[0] == "stored" and isinstance(results[1], sqlite3.IntegrityError)
    assert results[2:] == ["stored", "exists"]  # a repeat within the batch is seen as stored
    assert [r[0] for r in store.conn.execute("SELECT id FROM articles ORDER BY pk")] == ["noem-1", "lima-1"]
    assert store.count("events") == 6


def test_deleting_an_article_deletes_its_rows_and_its_search_entries(store):
    store.conn.execute("DELETE FROM articles WHERE id = 'noem-1'")
    assert (
        store.conn.execute(
            "SELECT count(*) FROM events WHERE article_pk NOT IN (SELECT pk FROM articles)"
        ).fetchone()[0]
        == 0
    )
    assert q.search(store, "prison").rows == []
    assert q.quotes(store, search="message").rows == []


def test_readers_read_while_a_writer_holds_its_transaction(tmp_path):
    path = tmp_path / "w.db"
    writer, reader = Store(path), Store(path)
    writer.write(noem_record())
    with writer.transaction():
        from newsgraph.store.db import insert_record

        insert_record(writer.conn, lima_record())
        assert reader.count("articles") == 1  # sees the last committed state, without waiting
    assert reader.count("articles") == 2


def test_the_seed_article_ingested_twice_leaves_one_article_and_the_same_rows(seed_record):
    store = Store(":memory:")
    assert store.write(seed_record) == "stored"
    before = counts(store)
    assert store.write(seed_record) == "exists"
    assert counts(store) == before
    assert before["articles"] == 1
    assert before["entities"] == len(seed_record.entities)
    assert before["quotes"] == len(seed_record.quotes)
    assert before["events"] == len(seed_record.events)


# --- queries --------------------------------------------------------------------------------------


def ids(result) -> list[str]:
    return [f"{r['article']}/{r['trigger_text']}" for r in result.rows]


@pytest.mark.parametrize(
    "filters, expected",
    [
        (
            {},
            [
                "noem-1/visited",
                "noem-1/arrested",
                "noem-1/meet",
                "lima-1/protested",
                "lima-1/fired tear gas",
                "lima-1/criticised",
                "warsaw-1/signed",
            ],
        ),
        ({"actor": "Kristi Noem"}, ["noem-1/visited", "noem-1/meet", "lima-1/criticised"]),
        ({"actor": "kristi noem"}, ["noem-1/visited", "noem-1/meet", "lima-1/criticised"]),
        (
            {"actor": "Noem"},
            ["noem-1/visited", "noem-1/meet", "lima-1/criticised"],
        ),  # a surname finds the full name
        ({"actor": "Kristi"}, ["noem-1/visited", "noem-1/meet", "lima-1/criticised"]),
        ({"actor": "Noe"}, []),  # whole words only
        ({"recipient": "El Salvador"}, ["noem-1/visited"]),
        ({"country": "slv"}, ["noem-1/visited", "noem-1/arrested"]),  # as recipient, as actor and location
        ({"country": "POL"}, ["warsaw-1/signed"]),
        ({"country": "PER", "type": "assault"}, ["lima-1/fired tear gas"]),
        ({"type": "CONSULT", "status": "negated"}, ["noem-1/meet"]),
        (
            {"date_from": "2025-04-01", "date_to": "2025-04-30"},
            ["lima-1/protested", "lima-1/fired tear gas", "lima-1/criticised"],
        ),
        (
            {"date_to": "2025-03"},
            ["noem-1/visited", "noem-1/arrested", "noem-1/meet"],
        ),  # a month covers all of it
        ({"date_from": "2025-05"}, ["warsaw-1/signed"]),
        ({"date_to": "2024"}, []),
        ({"actor": "Kristi Noem", "date_from": "2025-04-01"}, ["lima-1/criticised"]),
        ({"actor": "nobody at all"}, []),
    ],
)
def test_events_filters(store, filters, expected):
    assert ids(q.events(store, **filters)) == expected


def test_events_limit_stops_early_and_says_so(store):
    result = q.events(store, limit=2)
    assert len(result.rows) == 2 and result.truncated
    assert not q.events(store, limit=0).truncated


@pytest.mark.parametrize(
    "hostile",
    [
        "x' OR '1'='1",
        "Noem'; DROP TABLE events; --",
        "%",
        "_",
        '") OR 1=1 --',
    ],
)
def test_user_text_is_never_sql(store, hostile):
    assert q.events(store, actor=hostile).rows == []
    assert q.quotes(store, speaker=hostile).rows == []
    assert q.timeline(store, hostile).rows == []
    assert store.count("events") == 7


@pytest.mark.parametrize(
    "kwargs, expected",
    [
        ({"speaker": "Kristi Noem"}, ["sent a message to the world"]),
        ({"speaker": "Quispe"}, ["We will not stop,"]),
        ({"search": "message"}, ["sent a message to the world"]),
        ({"search": "messages"}, ["sent a message to the world"]),  # stemmed
        ({"search": '"not stop"'}, ["We will not stop,"]),
        ({"search": "stop OR world"}, ["sent a message to the world", "We will not stop,"]),
        ({"search": "world", "speaker": "Quispe"}, []),
        ({"search": "stop", "speaker": "Quispe"}, ["We will not stop,"]),
        ({"date_from": "2025-04-01"}, ["We will not stop,"]),
    ],
)
def test_quotes_by_speaker_and_full_text(store, kwargs, expected):
    assert [r["text"] for r in q.quotes(store, **kwargs).rows] == expected


@pytest.mark.parametrize("query", ['"unbalanced', "AND", "(message", "nosuchcolumn:word", "message NOT", "*"])
def test_full_text_syntax_errors_are_a_clear_message(store, query):
    with pytest.raises(SearchSyntaxError, match="not valid full-text syntax") as err:
        q.search(store, query)
    assert "--literal" in str(err.value)
    with pytest.raises(SearchSyntaxError):
        q.quotes(store, search=query)
    with pytest.raises(SearchSyntaxError):
        q.quotes(store, search=query, speaker="Noem")


@pytest.mark.parametrize(
    "query, expected",
    [
        ('"unbalanced', []),
        ('"stop', ["lima-1"]),
        ("AND Poland", ["warsaw-1"]),
        ("grain:agreement", ["warsaw-1"]),
    ],
)
def test_literal_search_takes_the_words_as_given(store, query, expected):
    assert [r["article"] for r in q.search(store, query, literal=True).rows] == expected


@pytest.mark.parametrize(
    "text, kwargs, expected",
    [
        ("prison", {}, ["noem-1"]),
        ("protest", {}, ["lima-1"]),  # "protested", "protesters": stemmed
        ("Kristi Noem", {}, ["noem-1", "lima-1"]),
        ("Noem in El Salvador", {}, ["noem-1"]),  # titles are searched too
        ("Noem", {"source": "Andes Daily"}, ["lima-1"]),
        ("Noem", {"date_from": "2025-04"}, ["lima-1"]),
        ("grain", {"date_to": "2025-04-30"}, []),
    ],
)
def test_search_articles(store, text, kwargs, expected):
    assert sorted(r["article"] for r in q.search(store, text, **kwargs).rows) == sorted(expected)


def test_search_gives_a_snippet_with_the_match_marked(store):
    (row,) = q.search(store, "prison").rows
    assert "[prison]" in row["snippet"]


def test_timeline_has_events_as_actor_and_recipient_and_quotes_in_date_order(store):
    rows = q.timeline(store, "Noem").rows
    assert [(r["date"], r["kind"], r["text"]) for r in rows] == [
        ("2025-03-26", "event", "visited"),
        ("2025-03-27", "quote", "sent a message to the world"),  # same day: in the order of the text
        ("2025-03-27", "event", "meet"),
        ("2025-04-08", "event", "criticised"),
    ]
    assert [r["text"] for r in q.timeline(store, "Poland").rows] == ["signed"]  # as recipient
    assert [r["date"] for r in q.timeline(store, "Noem", date_from="2025-04").rows] == ["2025-04-08"]


def test_timeline_rows_trace_back_to_their_text(store):
    texts = {f().article.id: f().article.text for f in RECORDS}
    for row in q.timeline(store, "Ana Quispe").rows:
        assert texts[row["article"]][row["start"] : row["end"]] == row["text"]


@pytest.mark.parametrize(
    "kwargs, expected",
    [
        (
            {},
            [("Kristi Noem", 2), ("Ana Quispe", 2), ("El Salvador", 1), ("Salvadoran police", 1)],
        ),  # then by mentions
        ({"name": "quis"}, [("Ana Quispe", 2)]),
        ({"country": "slv"}, [("El Salvador", 1), ("Salvadoran police", 1)]),
        ({"sector": "COP"}, [("Salvadoran police", 1)]),
        ({"type": "person"}, [("Kristi Noem", 2), ("Ana Quispe", 2)]),
    ],
)
def test_entities_across_articles(store, kwargs, expected):
    assert [(r["name"], r["articles"]) for r in q.entities(store, **kwargs).rows] == expected


@pytest.mark.parametrize(
    "date_from, date_to, found",
    [
        ("2025-03-10", None, True),  # an event dated only "2025-03" overlaps a range starting mid-March
        ("2025-03", None, True),
        ("2025-04-01", None, False),
        (None, "2025-03-05", True),
        (None, "2025-02-28", False),
        ("2025-01-01", "2025-12-31", True),
        ("2024-01-01", "2024-12-31", False),
    ],
)
def test_events_dated_only_by_month_are_found_by_overlapping_ranges(date_from, date_to, found):
    store = Store(":memory:")
    t = "Parliament will vote on the budget in March."
    rec = ArticleRecord(
        article=Article("vote-1", "2025-02-20", t),
        events=(event(t, "ev1", "REQUEST", None, "vote", "2025-03", status="planned", precision="month"),),
    )
    store.write(rec)
    assert bool(q.events(store, date_from=date_from, date_to=date_to).rows) is found


COALITION_TEXT = (
    "Hungarian and Romanian officials met EU envoys in Brussels. Teachers and nurses protested in Bucharest."
)


def coalition_record() -> ArticleRecord:
    t = COALITION_TEXT
    return ArticleRecord(
        article=Article("coalition-1", "2025-06-10", t),
        events=(
            Event(
                **{
                    **event(
                        t,
                        "ev1",
                        "CONSULT",
                        "meet",
                        "met",
                        "2025-06-10",
                        actor_=actor(t, None, "Hungarian", "Hungarian officials", "HUN", "GOV"),
                        recipient=actor(t, None, "EU envoys", "EU envoys", "EUR", "IGO"),
                    ).__dict__,
                    "co_actors": (actor(t, None, "Romanian officials", "Romanian officials", "ROU", "GOV"),),
                }
            ),
            Event(
                **{
                    **event(
                        t,
                        "ev2",
                        "PROTEST",
                        "demo",
                        "protested",
                        "2025-06-10",
                        actor_=actor(t, None, "Teachers", "teachers", "ROU", "EDU"),
                        location=Location("Bucharest", "ROU", 44.43, 26.1, *at(t, "Bucharest")),
                    ).__dict__,
                    "co_actors": (actor(t, None, "nurses", "nurses", "ROU", "CVL"),),
                }
            ),
        ),
    )


@pytest.mark.parametrize(
    "filters, expected",
    [
        ({"actor": "Romanian officials"}, ["met"]),  # a coordinated actor is an actor
        ({"actor": "nurses"}, ["protested"]),
        ({"recipient": "Romanian officials"}, []),
        ({"country": "ROU", "type": "CONSULT"}, ["met"]),  # only the co-actor is Romanian
    ],
)
def test_coordinated_actors_are_stored_and_found(filters, expected):
    store = Store(":memory:")
    store.write(coalition_record())
    assert store.count("event_actors") == 2
    assert [r["trigger_text"] for r in q.events(store, **filters).rows] == expected


def test_timeline_of_a_coordinated_actor():
    store = Store(":memory:")
    store.write(coalition_record())
    assert [r["text"] for r in q.timeline(store, "Romanian officials").rows] == ["met"]


def test_record_fields_the_schema_has_no_column_for_are_kept_as_json():
    import dataclasses
    import json

    @dataclasses.dataclass(frozen=True)
    class ZonedTime(Time):
        zone: str | None = None

    t = "Talks began at 9 am."
    store = Store(":memory:")
    store.write(
        ArticleRecord(
            article=Article("z-1", "2025-01-01", t),
            times=(ZonedTime("9 am", *at(t, "9 am"), "T09:00", "TIME", zone="CET"),),
        )
    )
    (row,) = store.conn.execute("SELECT value, extra FROM times").fetchall()
    assert row["value"] == "T09:00" and json.loads(row["extra"]) == {"zone": "CET"}


def test_a_field_with_no_column_is_stored_only_when_set(extract):
    """The PLOVER reading of a planned visit has no column: it is kept in ``extra``; an event without one writes
    no JSON at all (it would be '{"plover": null}' on every row)."""
    import json

    text = "The foreign minister said on Monday she would visit Chile next month. Police arrested two men on Sunday."
    store = Store(":memory:")
    store.write(extract(text, date="2025-06-03"))
    rows = {r["type"]: r["extra"] for r in store.conn.execute("SELECT type, extra FROM events")}
    assert rows["COERCE"] is None
    assert json.loads(rows["CONSULT"])["plover"]["type"] == "AGREE"
