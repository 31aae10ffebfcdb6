"""The ECB+ reader of the story-level bench, on a CAT XML file the team wrote in the corpus's format."""

import pytest

from benchmarks.ecbplus import _rebuild, read_document

URL = ["http", ":", "/", "/", "example", ".", "org", "/", "strike"]
SENTENCES = [
    ["Dockers", "walked", "out", "at", "Port", "Averna", "."],
    ["The", "union", "'s", "leader", "said", "the", "strike", "(", "the", "first", ")", "would", "go", "on", "."],
    ["\u201c", "We", "won", "\u2019t", "stop", ",", "\u201d", "she", "said", "."],
]


def cat_xml(url: bool) -> str:
    sents = ([URL] if url else []) + SENTENCES
    tokens, tid = [], 0
    for s, words in enumerate(sents):
        for n, w in enumerate(words):
            tid += 1
            tokens.append(f'<token t_id="{tid}" sentence="{s}" number="{n}">{w}</token>')
    off = len(URL) if url else 0  # token ids below are for the sentences after the URL

    def anchors(*ids):
        return "".join(f'<token_anchor t_id="{i + off}"/>' for i in ids)

    return f"""<Document doc_name="x.xml">{''.join(tokens)}
<Markables>
<ACTION_OCCURRENCE m_id="1">{anchors(2, 3)}</ACTION_OCCURRENCE>
<ACTION_REPORTING m_id="2">{anchors(12)}</ACTION_REPORTING>
<ACTION_OCCURRENCE m_id="3">{anchors(14)}</ACTION_OCCURRENCE>
<NEG_ACTION_OCCURRENCE m_id="4">{anchors(27)}</NEG_ACTION_OCCURRENCE>
<HUMAN_PART_ORG m_id="5">{anchors(9)}</HUMAN_PART_ORG>
<ACTION_OCCURRENCE m_id="9" TAG_DESCRIPTOR="t99_strike" instance_id="ACT123"/>
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="7" note="ACT123"><source m_id="1"/><source m_id="3"/><target m_id="9"/></CROSS_DOC_COREF>
</Relations></Document>"""


@pytest.fixture(params=[True, False], ids=["ecbplus", "ecb"])
def doc(request, tmp_path):
    name = "99_1ecbplus.xml" if request.param else "99_1ecb.xml"
    path = tmp_path / name
    path.write_text(cat_xml(request.param), encoding="utf-8")
    return read_document(path)


def test_text_is_rebuilt_without_the_url(doc):
    assert doc.text.split("\n") == [
        "Dockers walked out at Port Averna.",
        "The union's leader said the strike (the first) would go on.",
        "\u201cWe won\u2019t stop,\u201d she said.",
    ]
    assert (doc.url is not None) == doc.id.endswith("ecbplus")
    assert doc.subtopic == ("99ecbplus" if doc.id.endswith("ecbplus") else "99ecb")


def test_event_mentions_spans_and_chains(doc):
    got = [(m.text, m.tag, m.gold) for m in doc.mentions]
    assert got == [
        ("walked out", "ACTION_OCCURRENCE", "ACT123"),
        ("said", "ACTION_REPORTING", f"{doc.id}/2"),  # in no chain: a singleton
        ("strike", "ACTION_OCCURRENCE", "ACT123"),
        ("stop", "NEG_ACTION_OCCURRENCE", f"{doc.id}/4"),
    ]
    assert all(doc.text[m.start:m.end] == m.text for m in doc.mentions)


@pytest.mark.parametrize("selected, expected", [
    (frozenset({1}), ["walked out"]),
    (frozenset({2, 3}), ["said", "strike", "stop"]),
    (frozenset(), []),
])
def test_only_the_selected_sentences_count(tmp_path, selected, expected):
    path = tmp_path / "99_1ecbplus.xml"
    path.write_text(cat_xml(True), encoding="utf-8")
    assert [m.text for m in read_document(path, selected).mentions] == expected


@pytest.mark.parametrize("tokens, text", [
    (["He", "said", ":", '"', "Go", "!", '"'], 'He said: "Go!"'),
    (["It", "cost", "$", "5", "(", "about", "10", "%", ")"], "It cost $5 (about 10%)"),
    (["They", "do", "n't", "know", "'", "why", "'"], "They don't know' why'"),  # a lone ' is glued left
])
def test_detokenisation(tokens, text):
    rebuilt, spans, _ = _rebuild([(i, 1, t) for i, t in enumerate(tokens)], None)
    assert rebuilt == text
    assert [rebuilt[slice(*spans[i])] for i in range(len(tokens))] == tokens
