"""The explorer in process (Starlette's TestClient): pages, API shapes, paging, downloads, and what
hostile input cannot do. The browser tests (test_web_browser.py) check the same pages in Chromium."""

from __future__ import annotations

import csv
import io
import sqlite3
import urllib.parse

import pytest

from tests import webdata

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return webdata.small_store(tmp_path_factory.mktemp("web") / "web.db")


@pytest.fixture(scope="module")
def client(db):
    from starlette.testclient import TestClient

    from newsgraph.web import create_app

    return TestClient(create_app(db), raise_server_exceptions=False)


def q(value: str) -> str:
    return urllib.parse.quote(value, safe="")


@pytest.mark.parametrize(
    "url, text",
    [
        ("/", "Porto dock strike talks"),
        ("/stories/s1", "Who said what"),
        ("/actors/A1", "Councillor"),
        ("/claims", "containers the port handles a day"),
        ("/events?story=s1", "union leaders"),
        ("/events", "CONSULT"),
        ("/events?actor=Omar+Haddad&type=AID", "promised"),
        ("/actors", "Omar Haddad"),
        ("/actors?name=lopez", "Ana Lopez"),
        ("/names/Ana%20Lopez", "Mayor"),
        (f"/articles/{webdata.PLAIN_ID}", "2,400 containers"),
        (f"/articles/{q(webdata.ODD_ID)}", "Odd id"),
        ("/search?q=containers", "Mayor meets dock unions"),
        ("/search?q=sign&kind=quotes", "We will not sign"),
        ("/search?q=flood&grain=month", "2025-04"),
        ("/map", "Irbid"),
        ("/api/docs", "openapi.json"),
    ],
)
def test_page_shows(client, url, text):
    r = client.get(url)
    assert r.status_code == 200, r.text[:300]
    assert text in r.text


@pytest.mark.parametrize(
    "url, key",
    [
        ("/api/events", "items"),
        ("/api/search?q=containers", "facets"),
        ("/api/quotes?actor=Rui+Costa", "items"),
        ("/api/articles", "items"),
        ("/api/names", "items"),
        ("/api/map", "countries"),
        (f"/api/articles/{webdata.PLAIN_ID}", "record"),
        ("/api/names/Omar%20Haddad", "events_as_actor"),
        ("/openapi.json", "paths"),
        ("/api/stories", "items"),
        ("/api/stories/s1", "clusters"),
        ("/api/claims", "items"),
        ("/api/actors", "items"),
        ("/api/actors/A1", "events_as_actor"),
    ],
)
def test_api_answers_json(client, url, key):
    r = client.get(url)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert key in body
    if key == "items":
        assert "next" in body


def test_article_record_is_the_spec_shape(client):
    rec = client.get(f"/api/articles/{webdata.PLAIN_ID}").json()
    assert rec["text"] == webdata.PLAIN
    r = rec["record"]
    assert r["article"]["id"] == webdata.PLAIN_ID and set(r) >= {"entities", "times", "quotes", "quantities", "events"}
    ev = r["events"][0]
    assert webdata.PLAIN[ev["trigger"]["start"]:ev["trigger"]["end"]] == "met"
    assert ev["location"]["country"] == "PRT" and ev["actor"]["name"] == "Ana Lopez"
    assert [m["text"] for m in r["entities"][0]["mentions"]] == ["Ana Lopez", "the mayor"]


@pytest.mark.parametrize("mark, marked_text", [("ev1", "met"), ("q1", "We will not sign"), ("e1", "the mayor"),
                                                ("n1", "2,400 containers")])
def test_mark_highlights_the_span(client, mark, marked_text):
    html = client.get(f"/articles/{webdata.PLAIN_ID}?mark={mark}").text
    marked = [seg.split(">", 1)[1].split("<", 1)[0] for seg in html.split('<span class="')[1:]
              if "mark" in seg.split('"', 1)[0].split()]
    assert any(marked_text in m or m in marked_text for m in marked) and 'id="m"' in html


def test_mark_by_offsets(client):
    start, end = webdata.at(webdata.PLAIN, "dock strike")
    html = client.get(f"/articles/{webdata.PLAIN_ID}?mark={start}-{end}").text
    assert 'id="m">dock strike</span>' in html


@pytest.mark.parametrize("url, size", [("/api/events", 7), ("/api/search?q=flood", 7), ("/api/names", 2)])
def test_cursor_walks_every_item_once(client, url, size):
    seen, after = [], None
    for _ in range(50):
        page = client.get(url + ("&" if "?" in url else "?") + f"limit={size}" + (f"&after={after}" if after else "")).json()
        assert len(page["items"]) <= size
        seen += [str(sorted(i.items())) for i in page["items"]]
        after = page["next"]
        if not after:
            break
    assert len(seen) == len(set(seen)) and len(seen) > size


@pytest.mark.parametrize("url", ["/api/events?limit=100000", "/api/names?limit=999999", "/api/search?q=flood&limit=10000",
                                 "/events?limit=10000000"])
def test_page_size_is_capped(client, url, monkeypatch):
    from newsgraph.web import paging

    monkeypatch.setattr(paging, "MAX_LIMIT", 5)
    r = client.get(url)
    assert r.status_code == 200
    if url.startswith("/api"):
        assert len(r.json()["items"]) == 5
    else:
        assert r.text.count('<tr class="ev-row') == 5


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_download_has_every_filtered_row(client, fmt):
    r = client.get(f"/api/events?actor=Omar+Haddad&type=AID&clustered=false&download={fmt}")
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text))) if fmt == "csv" else r.json()
    assert len(rows) == 30
    first = rows[0]
    assert (first["type"], first["actor.name"] if fmt == "csv" else first["actor"]["name"]) == ("AID", "Omar Haddad")


def test_csv_cells_never_start_a_formula():
    from newsgraph.web import paging

    text = "".join(paging.csv_chunks(iter([{"a": "=HYPERLINK(1)", "b": "-12.5", "c": "@x"}])))
    assert list(csv.reader(io.StringIO(text)))[1] == ["'=HYPERLINK(1)", "-12.5", "'@x"]


HOSTILE_VALUES = ["'", "' OR '1'='1", "1; DROP TABLE articles; --", '"', "%", "_", "\\", "*", "NEAR(", "a\" OR \"b",
                  "\x00", "' UNION SELECT text FROM articles --", "../../etc/passwd"]
PARAMS = ["q", "actor", "type", "country", "status", "from", "to", "source", "kind", "after", "limit", "name",
          "grain", "story", "clustered", "mark", "download"]


@pytest.mark.parametrize("path", ["/search", "/api/search", "/events", "/api/events", "/actors", "/api/names", "/map",
                                  "/", "/api/quotes", f"/articles/{webdata.PLAIN_ID}"])
def test_sql_metacharacters_change_nothing(client, db, path):
    before = _fingerprint(db)
    for param in PARAMS:
        for value in HOSTILE_VALUES:
            r = client.get(path, params={param: value})
            assert r.status_code in (200, 400), (param, value, r.status_code)
            assert not any(leak in r.text for leak in ("Traceback", "sqlite3", "OperationalError", "FROM events"))
    assert _fingerprint(db) == before


def test_quote_in_a_name_matches_nothing_else(client):
    assert client.get("/api/events", params={"actor": "' OR '1'='1", "clustered": "false"}).json()["items"] == []


def _fingerprint(db) -> tuple:
    con = sqlite3.connect(db)
    try:
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "events", "quotes"))
    finally:
        con.close()


@pytest.mark.parametrize("url", ["/articles/nope", "/api/articles/nope", "/articles/../../etc/passwd",
                                 "/api/articles/..%2F..%2Fetc%2Fpasswd", "/static/../app.py", "/static/..%2Fapp.py",
                                 "/names/Nobody%20Here", "/api/names/nobody", "/no/such/page", "/api/nothing"])
def test_unknown_ids_and_paths_are_plain_404s(client, url):
    r = client.get(url)
    assert r.status_code == 404
    assert "Traceback" not in r.text and "File \"" not in r.text and "def " not in r.text


def test_a_crash_is_a_500_without_a_traceback(client, monkeypatch):
    from newsgraph.web import records

    def boom(*a, **k):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(records, "article_record", boom)
    r = client.get(f"/articles/{webdata.PLAIN_ID}")
    assert r.status_code == 500 and "secret internals" not in r.text and "Traceback" not in r.text


def test_hostile_text_is_escaped(client):
    html = client.get(f"/articles/{webdata.HOSTILE_ID}").text
    assert "<script>window" not in html and "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "<img src=x" not in html and 'href="javascript:' not in html
    assert "<svg onload" not in html and "<b>Bold" not in html


@pytest.mark.parametrize("path", ["/", "/api/events", "/static/explorer.css"])
def test_security_headers(client, path):
    h = client.get(path).headers
    assert "script-src 'self'" in h["content-security-policy"] and "default-src 'self'" in h["content-security-policy"]
    assert h["x-content-type-options"] == "nosniff"


def test_store_is_opened_read_only(db):
    from newsgraph.web.db import ReadOnlyStore

    store = ReadOnlyStore(db)
    with pytest.raises(sqlite3.OperationalError):
        store.conn.execute("DELETE FROM articles")


@pytest.mark.parametrize("host, status", [("127.0.0.1:8000", 200), ("localhost", 200), ("evil.example", 400)])
def test_host_header_must_name_the_server(db, host, status):
    from starlette.testclient import TestClient

    from newsgraph.cli.serve import allowed_hosts
    from newsgraph.web import create_app

    c = TestClient(create_app(db, allowed_hosts=allowed_hosts("127.0.0.1", 8000)))
    assert c.get("/api/names", headers={"host": host}).status_code == status


def test_missing_store_is_a_clear_error(tmp_path):
    from click.testing import CliRunner

    from newsgraph.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "There is no store" in result.output


@pytest.mark.parametrize("counts, grain", [([("2025-04-01", 1)] * 1, "day"),
                                          ([("2025-04-01", 1), ("2025-05-30", 2)], "day"),
                                          ([(f"2025-{m:02d}-01", 1) for m in range(1, 13)], "month"),
                                          ([(f"20{y:02d}-{m:02d}-01", 1) for y in range(10, 12) for m in range(1, 13)], "month"),
                                          ([(f"19{y:02d}-01-01", 1) for y in range(50, 99)], "year")])
def test_facets_pick_a_readable_grain(counts, grain):
    from newsgraph.web.lists import facets

    out = facets([{"day": d, "n": n} for d, n in counts])
    assert out["grain"] == grain and [b["value"] for b in out["year"]] == sorted({d[:4] for d, _ in counts})


def test_story_page_folds_copies_and_draws_its_clusters(client):
    html = client.get("/stories/s1").text
    assert html.count('<circle class="ev ') == 3 and '<circle class="ev planned"' in html
    folded = html.split('<ol class="articles">')[1]
    assert "1 near-copy" in folded and folded.index("Mayor meets dock unions") < folded.index(q(webdata.ODD_ID))
    claim = html.split('id="k1"')[1].split("</div>")[0]
    assert "contested" in claim and "2,400" in claim and "2,100" in claim
    speakers = html.split("Who said what")[1]
    assert "Rui Costa" in speakers and "We will not sign" in speakers


def test_story_api_is_the_spec_shape_plus_the_page(client):
    s = client.get("/api/stories/s1").json()
    assert {"id", "title", "first_seen", "last_seen", "n_articles", "n_sources", "articles"} <= set(s)
    assert [a["copy_of"] for a in s["articles"]] == [None, webdata.PLAIN_ID, None]
    assert [c["cluster"] for c in s["clusters"]] == ["c1", "c3", "c2"]  # date order
    assert s["clusters"][0]["reports"][0]["trigger"]["text"] == "met"


@pytest.mark.parametrize("url, n", [("/api/events?story=s1", 3), ("/api/events?actor=A1", 3),
                                    ("/api/events?actor=Omar+Haddad&type=AID", 30), ("/api/claims?contested=true", 1),
                                    ("/api/stories?actor=Rui+Costa", 1), ("/api/stories?from=2025-05-08", 1),
                                    ("/api/actors?name=lopez", 1)])
def test_story_level_filters(client, url, n):
    assert len(client.get(url + "&limit=500").json()["items"]) == n


@pytest.mark.parametrize("url", ["/api/stories", "/api/events", "/api/actors", "/api/events?actor=A3",
                                 "/api/events?actor=Omar+Haddad&type=AID", "/api/events?actor=A1&from=2025-05"])
def test_story_level_cursor(client, url):
    seen, after = [], None
    for _ in range(40):
        page = client.get(url, params={"limit": 2, **({"after": after} if after else {})}).json()
        seen += [i.get("id") or i.get("cluster") for i in page["items"]]
        after = page["next"]
        if not after:
            break
    assert len(seen) == len(set(seen)) == len(client.get(url, params={"limit": 500}).json()["items"])


@pytest.fixture(scope="module")
def unlinked(tmp_path_factory):
    from starlette.testclient import TestClient

    from newsgraph.web import create_app

    db = webdata.small_store(tmp_path_factory.mktemp("unlinked") / "u.db", story=False)
    return TestClient(create_app(db), raise_server_exceptions=False)


@pytest.mark.parametrize("url, status, text", [("/", 200, "no story level yet"), ("/stories/s1", 404, "Not found"),
                                               ("/api/stories", 404, "no story level"), ("/actors", 200, "Omar Haddad"),
                                               ("/events?actor=Ana+Lopez", 200, "union leaders")])
def test_a_store_without_stories_falls_back_to_articles(unlinked, url, status, text):
    r = unlinked.get(url)
    assert r.status_code == status and text in r.text


def test_many_matches_are_listed_newest_stored_first(client, monkeypatch):
    from newsgraph.web import lists

    monkeypatch.setattr(lists, "RANKED_MAX", 5)
    page = client.get("/api/search?q=Haddad&limit=3").json()
    assert page["ranked"] is False and page["total"] == 30
    assert [i["article"] for i in page["items"]] == ["w-fill-29", "w-fill-28", "w-fill-27"]
    assert "listed newest stored first" in client.get("/search?q=Haddad").text


def test_a_worker_process_builds_its_app_from_the_environment(db, monkeypatch):
    from starlette.testclient import TestClient

    from newsgraph.web.app import from_environment

    monkeypatch.setenv("NEWSGRAPH_SERVE_DB", str(db))
    monkeypatch.setenv("NEWSGRAPH_SERVE_HOSTS", "127.0.0.1,localhost")
    import gc

    gc.unfreeze()
    try:
        c = TestClient(from_environment())
        assert gc.get_freeze_count() > 1000  # start-up's objects are exempt from the collector's full passes
    finally:
        gc.unfreeze()
    assert c.get("/api/names", headers={"host": "127.0.0.1"}).status_code == 200
    assert c.get("/api/names", headers={"host": "evil.example"}).status_code == 400


@pytest.mark.parametrize("at_once, kept", [(10**6, 2000), (0, 2000), (0, 4)])
def test_ranked_pages_are_the_same_however_the_order_is_kept(client, monkeypatch, at_once, kept):
    """All matches ranked at once, the ranked order remembered and fetched by key, or remembered for
    the first pages only: the same articles in the same order, each once."""
    from newsgraph.web import lists, memo

    memo.clear()
    monkeypatch.setattr(lists, "RANKED_AT_ONCE", at_once)
    monkeypatch.setattr(lists, "RANKED_KEPT", kept)
    seen, after = [], None
    for _ in range(20):
        page = client.get("/api/search", params={"q": "Haddad flood", "limit": 7, **({"after": after} if after else {})}).json()
        seen += [i["article"] for i in page["items"]]
        assert page["ranked"] is True and all("\x02" in i["snippet"] for i in page["items"])
        after = page["next"]
        if not after:
            break
    monkeypatch.setattr(lists, "RANKED_AT_ONCE", 10**6)
    memo.clear()
    whole = [i["article"] for i in client.get("/api/search", params={"q": "Haddad flood", "limit": 500}).json()["items"]]
    assert seen == whole and len(whole) == len(set(whole)) == 30


def test_remembered_searches_see_a_new_article(tmp_path):
    from starlette.testclient import TestClient

    from newsgraph.store import Store
    from newsgraph.web import create_app

    db = webdata.small_store(tmp_path / "grow.db")
    c = TestClient(create_app(db))
    before = c.get("/api/search", params={"q": "Haddad"}).json()
    with Store(db) as store:
        store.write(webdata.filler(99))
    after = c.get("/api/search", params={"q": "Haddad"}).json()
    assert after["total"] == before["total"] + 1 and sum(b["count"] for b in after["facets"]["day"]) == after["total"]
