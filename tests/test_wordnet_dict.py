"""The bench-only WordNet reader (benchmarks/wordnet_dict.py) on a tiny database the team wrote in the
WordNet 3.0 file format: three verb synsets and one noun synset with synonym, derivation and hypernym
pointers. No WordNet data is needed or shipped."""

import pytest

from benchmarks.wordnet_dict import load

DATA_VERB = (
    "  1 license line, skipped\n"
    "00000010 30 v 02 murmur 0 mutter 0 001 @ 00000030 v 0000 | speak softly\n"
    "00000030 32 v 01 speak 0 001 + 00000050 n 0101 | utter words\n"
    "00000070 30 v 01 whisper 0 001 @ 00000010 v 0000 | speak very softly\n"
)
DATA_NOUN = "00000050 10 n 01 speech 0 001 + 00000030 v 0101 | words uttered\n"
INDEX_VERB = (
    "  1 license line, skipped\n"
    "murmur v 1 1 @ 1 0 00000010\n"
    "mutter v 1 1 @ 1 0 00000010\n"
    "speak v 1 1 + 1 0 00000030\n"
    "whisper v 1 1 @ 1 0 00000070\n"
)
INDEX_NOUN = "speech n 1 1 + 1 0 00000050\n"


@pytest.fixture()
def wordnet(tmp_path):
    for name, text in (("data.verb", DATA_VERB), ("data.noun", DATA_NOUN),
                       ("index.verb", INDEX_VERB), ("index.noun", INDEX_NOUN)):
        (tmp_path / name).write_text(text)
    return load(tmp_path)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("murmur", "mutter", (1, 1, 0)),  # one synset
        ("speak", "speech", (0, 1, 0)),  # derivation pointer
        ("murmur", "speak", (0, 0, 1)),  # direct hypernym
        ("whisper", "speak", (0, 0, 1)),  # hypernym two levels up
        ("whisper", "speech", (0, 0, 0)),  # nothing within reach
        ("speak", "speak", (1, 1, 1)),  # the same lemma
        ("unknown", "speak", (0, 0, 0)),  # not in the index
    ],
)
def test_relation(wordnet, a, b, expected):
    assert wordnet.relation(a, b) == expected


def test_missing_folder_is_none(tmp_path):
    assert load(tmp_path / "nowhere") is None
