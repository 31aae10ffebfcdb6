"""Group articles into stories: reports of the same real-world topic within a time window.

Offline and fast, no model: each article is reduced to a compact *signature* (its date and its ~60 most
telling words, names and years weighted up, the headline counted twice) and articles are linked when the
cosine of their TF-IDF-weighted signatures passes a threshold and their dates are within the window.

Two forms over the same signatures:
- ``cluster_articles(articles)``: a batch, complete-link agglomerative clustering (what the benchmark runs
  and what a rebuild would do);
- ``story_signature(article)`` + ``assign(signature, candidates)`` + ``add_to_story(story, signature)``:
  the incremental form for the store, where a new article joins the best existing story (whose signature is
  the merged signature of its articles) or starts a new one, so nothing is rebuilt.

Why names and years count more: two stories of the same kind (two rehab check-ins, two earthquakes) share
their ordinary words; what tells them apart is who, where and when. Why a signature and not the text: the
store keeps one small JSON object per article and per story, and ``assign`` needs only those.
"""

from __future__ import annotations

import datetime
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from typing import TypeVar

from spacy.lang.en.stop_words import STOP_WORDS

THRESHOLD = 0.12  # cosine every pair of a story's articles must reach (complete link; ECB+ training topics)
ASSIGN_THRESHOLD = 0.35  # cosine of a new article with a story's merged signature (incremental form)
WINDOW_DAYS = 14  # articles further apart than this are never one story
SIGNATURE_TERMS = 60
NAME_WEIGHT = 2.0  # a word written capitalised inside sentences (a name) weighs this much more
YEAR_WEIGHT = 4.0
TITLE_REPEAT = 2
RAW_THRESHOLD = 0.16  # the batch threshold where IDF has no say (tiny batches); interpolated in between
IDF_FULL_AT = 200  # IDF is trusted in full from this many articles on, less in smaller batches

WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*[A-Za-z]|\d{4}")
SENTENCE_END = re.compile(r"[.!?\n]\s*$")
EXTRA_STOP = {
    "said",
    "says",
    "say",
    "told",
    "according",
    "reported",
    "report",
    "reports",
    "news",
    "new",
    "year",
    "years",
    "today",
    "yesterday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "week",
    "people",
    "time",
    "mr",
    "mrs",
    "ms",
    "photo",
    "image",
    "copyright",
    "reuters",
    "ap",
    "afp",
    "associated",
    "press",
    "updated",
    "posted",
    "am",
    "pm",
    "gmt",
    "edt",
    "est",
}
STOP = {w.lower() for w in STOP_WORDS} | EXTRA_STOP
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"}  # fmt: skip


def _terms(text: str, counts: Counter, names: Counter) -> None:
    """Add a text's content words to ``counts`` (lower-cased) and, for each word written capitalised inside
    a sentence (a name, not a sentence opening), one to ``names``; lower-case uses take one away."""
    for m in WORD.finditer(text):
        low, case = _word(m.group())
        if low is None:
            continue
        counts[low] += 1
        if case > 0:
            start = m.start()
            if start and not SENTENCE_END.search(text[max(0, start - 3) : start]):
                names[low] += 1
        elif case < 0:
            names[low] -= 1


@lru_cache(maxsize=65536)
def _word(word: str) -> tuple[str | None, int]:
    """(the term a written word counts as, None for a stop word, a short word or a number other than a
    year; 1 if it is capitalised, -1 if lower case, else 0): once per distinct word, not per use."""
    word = word.replace("\u2019", "'")
    low = word.lower().removesuffix("'s")
    if low in STOP or len(low) < 3 or word.isdigit() and not 1800 < int(word) < 2100:
        return None, 0
    return low, 1 if word[0].isupper() else -1 if word[0].islower() else 0


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """The Snowball stem of a lower-cased word ("floods", "flooded" -> "flood"). Only for topic words:
    stemming the whole signature merged the two same-kind events of ECB+ topics more often than it
    joined outlets (ECB+ training topics, batch B3 F1 at the same threshold: 0.930 unstemmed, 0.917 stemmed)."""
    return stemmer().stemWord(word)


@cache
def stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


def _weight(term: str, count: float, names: Counter, own_year: str | None = None) -> float:
    """1 + ln(count), times NAME_WEIGHT for a name, YEAR_WEIGHT for a year other than the article's own
    (the year of publication is in half the news of that year and tells stories apart no better than
    'said')."""
    year = term.isdigit() and term != own_year
    factor = YEAR_WEIGHT if year else NAME_WEIGHT if names[term] > 0 and not term.isdigit() else 1.0
    return (1 + math.log(count)) * factor


def story_signature(article: Mapping) -> dict:
    """Compact, JSON-serialisable signature: ``{"date": ISO or None, "terms": {term: weight}, "n": 1}``.

    Weights are log-scaled counts times a factor for names and years; IDF is applied when signatures are
    compared, from the document frequencies of the collection at hand, so a signature never goes stale.
    The headline's words count TITLE_REPEAT times more (headlines are Title Case, so they are no evidence
    that a word is a name).
    """
    return _read(article)[0]


def _read(article: Mapping) -> tuple[dict, frozenset[str]]:
    """(``story_signature``, the article's names: words it writes capitalised inside sentences more often
    than in lower case, months and years aside)."""
    counts: Counter = Counter()
    names: Counter = Counter()
    _terms(str(article.get("text") or ""), counts, names)
    title: Counter = Counter()
    _terms(str(article.get("title") or ""), title, Counter())
    for term, n in title.items():
        counts[term] += TITLE_REPEAT * n
    date = _iso(article.get("date"))
    own_year = date[:4] if date else None
    top = sorted(((_weight(t, c, names, own_year), t) for t, c in counts.items()), reverse=True)
    named = frozenset(t for t, n in names.items() if n > 0 and not t.isdigit() and t not in MONTHS)
    return {"date": date, "terms": {t: round(w, 3) for w, t in top[:SIGNATURE_TERMS]}, "n": 1}, named


SENTENCE = re.compile(r".{20,400}?[.!?](?=\s|$)")
LEAD_MIN = 40  # a shorter first line is a dateline, a byline or a header ("date 2025-02-03"), not the lead


def lead_sentence(text: str, title: str = "") -> str:
    """The first sentence of the text's first paragraph that is not the headline again or a header line:
    the news lead, where every outlet states what the story is about ("... died in the floods in ...") in
    its own words, whoever it quotes further down. Names dominate the rest of a signature, and outlets
    name different people."""
    head = (title or "").strip()
    for line in text.splitlines():
        line = line.strip()
        if head and line.startswith(head):
            line = line[len(head) :].strip()
        if len(line) < LEAD_MIN:
            continue
        m = SENTENCE.match(line)
        return m.group() if m else line[:400]
    return ""


def topic_words(title: str | None, text: str | None) -> set[str]:
    """Stems of the content words of the headline and the lead (``lead_sentence``): what two outlets'
    different headlines share ("Floods kill 23", "Flood toll rises": "flood"), for the store's evidence."""
    words = {m.group().lower() for m in WORD.finditer(f"{title or ''}\n{lead_sentence(text or '', title or '')}")}
    return {_stem(w.replace("\u2019", "'").removesuffix("'s")) for w in words if len(w) > 2 and not w.isdigit()
            and w not in STOP and w not in MONTHS}  # fmt: skip


def _iso(value) -> str | None:
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str) and re.match(r"\d{4}-\d\d-\d\d", value):
        return value[:10]
    return None


def _days_apart(a: dict, b: dict) -> int:
    """Days between two signatures' date ranges (0 when either has no date or the ranges overlap)."""
    a_first, a_last = a.get("first") or a.get("date"), a.get("last") or a.get("date")
    b_first, b_last = b.get("first") or b.get("date"), b.get("last") or b.get("date")
    if not (a_first and b_first and a_last and b_last):
        return 0
    gap_1 = datetime.date.fromisoformat(b_first) - datetime.date.fromisoformat(a_last)
    gap_2 = datetime.date.fromisoformat(a_first) - datetime.date.fromisoformat(b_last)
    return max(gap_1.days, gap_2.days, 0)


def _idf_power(n: int) -> float:
    return min(1.0, n / IDF_FULL_AT)


def idf_table(signatures: Iterable[dict]) -> dict[str, float]:
    """Smoothed inverse document frequency of every term over the given signatures, damped in small
    collections: raised to the power min(1, n / IDF_FULL_AT). In 20 articles of one topic every word the
    topic shares looks common and every name rare; undamped, the same articles clustered alone or among
    500 others fell apart differently (ECB+ training topics: B3 F1 0.83 per topic vs 0.92 together)."""
    df: Counter = Counter()
    n = 0
    for sig in signatures:
        n += sig.get("n", 1)
        df.update(sig["terms"].keys())
    power = _idf_power(n)
    return {t: (math.log((n + 1) / (c + 1)) + 1) ** power for t, c in df.items()}


def _vector(sig: dict, idf: Mapping[str, float] | None) -> dict[str, float]:
    vec = {t: w * (idf.get(t, 1.0) if idf else 1.0) for t, w in sig["terms"].items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


def vector(sig: dict, idf: Mapping[str, float] | None = None) -> dict[str, float]:
    """A signature's unit vector (IDF-weighted when ``idf`` is given), for ``cosine``."""
    return _vector(sig, idf)


def cosine(va: Mapping[str, float], vb: Mapping[str, float]) -> float:
    """Cosine of two unit vectors (summed over the shorter one's terms)."""
    if len(va) > len(vb):
        va, vb = vb, va
    return sum(v * vb.get(t, 0.0) for t, v in va.items())


def similarity(a: dict, b: dict, idf: Mapping[str, float] | None = None) -> float:
    """Cosine of two signatures, 0 when their dates are further apart than the window."""
    if _days_apart(a, b) > WINDOW_DAYS:
        return 0.0
    return cosine(_vector(a, idf), _vector(b, idf))


def _similarity_matrix(sigs: list[dict], idf: Mapping[str, float]):
    """Pairwise cosine of the signatures (numpy, n x n), through an inverted index of their terms."""
    import numpy as np

    vecs = [_vector(s, idf) for s in sigs]
    postings: dict[str, list[tuple[int, float]]] = {}
    for i, vec in enumerate(vecs):
        for term, v in vec.items():
            postings.setdefault(term, []).append((i, v))
    sim = np.zeros((len(sigs), len(sigs)), dtype=np.float32)
    for plist in postings.values():
        if len(plist) < 2:
            continue
        idx = np.array([i for i, _ in plist])
        val = np.array([v for _, v in plist], dtype=np.float32)
        sim[np.ix_(idx, idx)] += np.outer(val, val)
    sim[_too_far_apart(sigs)] = 0.0
    return sim


def _too_far_apart(sigs: list[dict]):
    """n x n boolean matrix: the two articles' dates are more than WINDOW_DAYS apart (never when undated)."""
    import numpy as np

    def day(value: str | None) -> float:
        return float(datetime.date.fromisoformat(value).toordinal()) if value else np.nan

    first = np.array([day(s.get("first") or s.get("date")) for s in sigs])
    last = np.array([day(s.get("last") or s.get("date")) for s in sigs])
    with np.errstate(invalid="ignore"):
        gap = np.maximum(first[None, :] - last[:, None], first[:, None] - last[None, :])
        return gap > WINDOW_DAYS


def _no_name_in_common(names: list[frozenset[str]]):
    """n x n boolean matrix: both articles name someone or somewhere and they name no one and nowhere in
    common. Such two are reports of two stories of the same kind (two port strikes of one week share
    "strike", "port" and "pay", not a port), however many words they share: the store's rule (a story
    must share an actor with an article that names any), here by the names the text writes capitalised.
    A tiny batch needs it most: it has no collection for IDF to learn that "strike" or a year is common.
    On ECB+ the pairs over the threshold it cuts are mostly of two sub-topics (39 of 45 on the dev topics,
    283 of 299 on the training topics), and no story changes there: complete link kept them apart through
    other pairs."""
    import numpy as np

    n = len(names)
    shared = np.eye(n, dtype=bool)
    postings: dict[str, list[int]] = {}
    for i, found in enumerate(names):
        for name in found:
            postings.setdefault(name, []).append(i)
    for docs in postings.values():
        if len(docs) > 1:
            shared[np.ix_(docs, docs)] = True
    named = np.array([bool(found) for found in names])
    return named[:, None] & named[None, :] & ~shared


def _complete_link(sim, threshold: float) -> list[int]:
    """Complete-link agglomerative clustering: merge the two clusters whose *least* similar pair of
    articles is the most similar, while that is >= threshold. Returns each item's cluster (lowest index).

    Complete link because a story is a set of articles that are all about the same thing: average link let
    two same-kind stories (two rehab check-ins of two actresses) merge through their shared vocabulary.
    Cost: O(n^2) memory and O(n^2) per merge; meant for batches up to a few thousand articles (the store
    uses the incremental form).
    """
    import numpy as np

    n = sim.shape[0]
    s = sim.astype(np.float64)
    np.fill_diagonal(s, -np.inf)
    rep = np.arange(n)
    for _ in range(n - 1):
        i, j = divmod(int(np.argmax(s)), n)
        if s[i, j] < threshold:
            break
        i, j = min(i, j), max(i, j)
        row = np.minimum(s[i], s[j])
        s[i], s[:, i] = row, row
        s[j], s[:, j] = -np.inf, -np.inf
        s[i, i] = -np.inf
        rep[rep == j] = i
    return [int(r) for r in rep]


def cluster_articles(articles: Iterable[Mapping], threshold: float = THRESHOLD) -> dict[str, str]:
    """``{article_id: story_id}`` for a batch of articles ``{"id", "date", "text", "title"?, "source"?}``.

    Story ids are ``s1``, ``s2``, ... in order of each story's first article in the input.
    """
    items = list(articles)
    read = [_read(a) for a in items]
    sigs = [sig for sig, _names in read]
    if not sigs:
        return {}
    power = _idf_power(len(sigs))
    threshold = power * threshold + (1 - power) * max(threshold, RAW_THRESHOLD)
    sim = _similarity_matrix(sigs, idf_table(sigs))
    sim[_no_name_in_common([names for _sig, names in read])] = 0.0
    rep = _complete_link(sim, threshold)
    names: dict[int, str] = {}
    out = {}
    for a, r in zip(items, rep, strict=True):
        names.setdefault(r, f"s{len(names) + 1}")
        out[str(a["id"])] = names[r]
    return out


def add_to_story(story: dict | None, signature: dict) -> dict:
    """The story's signature after one more article: term weights averaged, dates widened."""
    if story is None:
        date = signature.get("date")
        return {"terms": dict(signature["terms"]), "n": 1, "first": date, "last": date}
    n = story.get("n", 1)
    terms = {t: w * n for t, w in story["terms"].items()}
    for t, w in signature["terms"].items():  # what Counter.update adds, without its overhead
        terms[t] = w + terms.get(t, 0)
    top = sorted(((w / (n + 1), t) for t, w in terms.items()), reverse=True)[: 2 * SIGNATURE_TERMS]
    dates = [d for d in (story.get("first"), story.get("last"), signature.get("date")) if d]
    return {
        "terms": {t: round(w, 3) for w, t in top},
        "n": n + 1,
        "first": min(dates) if dates else None,
        "last": max(dates) if dates else None,
    }


StoryId = TypeVar("StoryId")  # whatever names a story: "s3" here, a row's pk in the store


def assign(
    signature: dict,
    candidates: Mapping[StoryId, dict],
    idf: Mapping[str, float] | None = None,
    threshold: float = ASSIGN_THRESHOLD,
) -> StoryId | None:
    """The id of the candidate story this article belongs to, or None for a new story.

    ``candidates`` maps story ids to story signatures (``add_to_story``); the caller picks them, e.g. the
    stories active within the window of the article's date. ``idf`` (``idf_table`` over the store's
    article signatures) may be given; on ECB+ training topics it gained little against merged story
    signatures (B3 F1 0.913 with it at 0.3, 0.903 without at 0.35), so the default needs no table.
    """
    stories = ((key, _vector(story, idf), *_days(story)) for key, story in candidates.items())
    return nearest(_vector(signature, idf), _days(signature), stories, threshold)


def _days(sig: dict) -> tuple[int | None, int | None]:
    first, last = sig.get("first") or sig.get("date"), sig.get("last") or sig.get("date")
    return (datetime.date.fromisoformat(first).toordinal() if first else None,
            datetime.date.fromisoformat(last).toordinal() if last else None)  # fmt: skip


def nearest(
    vec: Mapping[str, float],
    days: tuple[int | None, int | None],
    stories: Iterable[tuple[StoryId, Mapping[str, float], int | None, int | None]],
    threshold: float = ASSIGN_THRESHOLD,
) -> StoryId | None:
    """``assign`` over prepared stories: (id, unit vector, first and last day as ordinals), the article's
    unit vector ``vec`` and its days. A story further than the window from the article counts 0, as in
    ``similarity``; ties go to the later story. The store prepares each story's vector once."""
    best: StoryId | None = None
    best_sim = threshold
    for story_id, theirs, first, last in stories:
        d0, d1 = days
        far = (
            d0 is not None and d1 is not None and first is not None and last is not None
            and max(first - d1, d0 - last, 0) > WINDOW_DAYS
        )  # fmt: skip
        sim = 0.0 if far else cosine(vec, theirs)
        if sim >= best_sim:
            best, best_sim = story_id, sim
    return best


def cluster_incrementally(articles: Iterable[Mapping], threshold: float = ASSIGN_THRESHOLD) -> dict[str, str]:
    """``{article_id: story_id}`` the way the store builds stories: one article at a time, in the given
    order, each joining the best story so far (``assign``) or starting one, and re-homing the one-article
    stories it would have joined too (``_rehome``), as ``newsgraph.link.rehome`` does in the store. Stories
    further apart than the window are skipped as candidates, as the store's date-range query would skip
    them. Story ids are ``s1``, ``s2``, ... in order of creation (a re-homed story's id is not reused)."""
    state = _Incremental(threshold)
    for article in articles:
        aid = str(article["id"])
        state.sigs[aid] = story_signature(article)
        also = state.place(aid)
        for story_id in also:
            state.rehome(story_id)
    return state.out


class _Incremental:
    """Stories built one article at a time: signatures, members, and who was re-homed once already."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.stories: dict[str, dict] = {}
        self.members: dict[str, list[str]] = {}
        self.sigs: dict[str, dict] = {}
        self.out: dict[str, str] = {}
        self.made = 0
        self.moved: set[str] = set()

    def place(self, aid: str) -> list[str]:
        """Put one article in its best story (or a new one); return the other one-article stories it
        reaches the threshold with."""
        sig = self.sigs[aid]
        vec = _vector(sig, None)
        best, best_sim, also = None, self.threshold, []
        for key, story in self.stories.items():
            if _days_apart(sig, story) > WINDOW_DAYS:
                continue
            sim = cosine(vec, _vector(story, None))
            if sim >= self.threshold and story["n"] == 1:
                also.append(key)
            if sim >= best_sim:
                best, best_sim = key, sim
        if best is None:
            self.made += 1
            best = f"s{self.made}"
        self.stories[best] = add_to_story(self.stories.get(best), sig)
        self.members.setdefault(best, []).append(aid)
        self.out[aid] = best
        return [k for k in also if k != best]

    def rehome(self, story_id: str) -> None:
        """Take a one-article story apart and place its article again (once per article)."""
        members = self.members.get(story_id, [])
        if len(members) != 1 or members[0] in self.moved:
            return  # taken apart already, or grown since
        aid = members[0]
        self.moved.add(aid)
        del self.members[story_id], self.stories[story_id]
        self.place(aid)
