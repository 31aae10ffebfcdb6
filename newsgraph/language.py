"""Which language an article is written in, so that only the languages a pipeline serves are coded.

py3langid (BSD-3-Clause; its model ships inside the package, nothing is fetched) scores 97 languages in
about 0.2 ms a paragraph. It was chosen over lingua-language-detector (Apache-2.0), which was right on every
one of the team's 216 paragraphs but takes ~7 s to load and ~90 ms a paragraph, 60% of what extracting a
short article costs (figures: ``make bench ONLY=reliability``).

An article is judged on its first ``SAMPLE_CHARS`` characters; texts with fewer than ``MIN_LETTERS``
letters (a CJK character counts three) are not judged (``None``). The label is the most probable language
once dialects are folded into their macrolanguage. Leaving an article uncoded is the costly mistake (its
events are lost), and one sentence full of names fools any detector ("... William Ruto visited Uganda" reads
as Luganda), so ``judge`` asks much more before it leaves a text uncoded: at least ``MIN_JUDGED_LETTERS``
letters, the served languages together less than ``MAX_SERVED_PROBABILITY`` likely, and fewer than
``MIN_STOP_RATIO`` of its words stop words of a served language (spaCy's lists: an English text is 20-55%
"the", "of", "on"...; the team's Spanish, French or Polish paragraphs at most 25%, mostly under 15%).
"""

from __future__ import annotations

import functools
import re

SAMPLE_CHARS = 3000
MIN_LETTERS = 20
MAX_SERVED_PROBABILITY = 0.05
MIN_JUDGED_LETTERS = 100
MIN_STOP_RATIO = 0.2

# ISO 639-3 individual languages py3langid knows, folded into the ISO 639-1 macrolanguage that pipelines
# and users name (a Wu or Cantonese reading of a Chinese text is still Chinese for a Chinese pipeline).
MACROLANGUAGE = {
    "wuu": "zh",
    "yue": "zh",
    "cmn": "zh",
    "ary": "ar",
    "arz": "ar",
    "nb": "no",
    "nn": "no",
}


@functools.cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _letters(text: str) -> int:
    """Letters, an ideograph or syllable of CJK scripts counting as three (it carries a word's worth). Counted
    by ``str.isalpha`` in C; only a text with characters from U+2E80 on is walked again for the CJK weight."""
    letters = sum(map(str.isalpha, text))
    if text.isascii() or max(text) < "\u2e80":
        return letters
    return letters + 2 * sum(1 for ch in text if ch >= "\u2e80" and ch.isalpha())


def probabilities(text: str) -> dict[str, float]:
    """Language -> probability for ``text`` (dialects folded into their macrolanguage); {} if too short."""
    sample = text[:SAMPLE_CHARS]
    if _letters(sample) < MIN_LETTERS:
        return {}
    folded: dict[str, float] = {}
    for code, probability in _identifier().rank(sample):
        key = MACROLANGUAGE.get(code, code)
        folded[key] = folded.get(key, 0.0) + probability
    return folded


def detect(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when the text is too short to tell."""
    probs = probabilities(text)
    return max(probs, key=probs.__getitem__) if probs else None


@functools.cache
def _stop_words(code: str) -> frozenset[str]:
    """spaCy's stop words of language ``code`` (empty when spaCy has no such language)."""
    try:
        from spacy.util import get_lang_class

        return frozenset(get_lang_class(code).Defaults.stop_words)
    except Exception:  # an unknown code: no list, so this test says nothing
        return frozenset()


def _stop_ratio(text: str, served: frozenset[str]) -> float:
    words = re.findall(r"\w+", text[:SAMPLE_CHARS].lower())
    stops = frozenset().union(*(_stop_words(code) for code in served))
    return sum(w in stops for w in words) / len(words) if words else 0.0


def judge(text: str, served: frozenset[str]) -> tuple[str | None, bool]:
    """(the language of ``text`` or None, whether to code it): not coded only when surely none of ``served``.
    A short text gets a label only when the detector is sure of it (0.9), and is always coded."""
    probs = probabilities(text)
    if not probs:
        return None, True
    label = max(probs, key=probs.__getitem__)
    if _letters(text[:SAMPLE_CHARS]) < MIN_JUDGED_LETTERS:
        return (label if probs[label] >= 0.9 else None), True
    other = sum(probs.get(code, 0.0) for code in served) < MAX_SERVED_PROBABILITY
    return label, not (other and _stop_ratio(text, served) < MIN_STOP_RATIO)


def normalise(code: str | None) -> str | None:
    """A language as inputs give it ("es", "es-ES", "ES_es", " en ") -> its ISO 639-1 code, lower case."""
    if not code or not code.strip():
        return None
    return code.strip().replace("_", "-").split("-")[0].lower()


def parse_languages(value: str | None) -> frozenset[str] | None:
    """``"en,es"`` -> {"en", "es"}; None stays None (the pipeline's own language)."""
    if not value:
        return None
    return frozenset(filter(None, (normalise(code) for code in value.split(","))))


__all__ = ["detect", "judge", "normalise", "parse_languages", "probabilities"]
