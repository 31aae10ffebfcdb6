"""An optional fine-tuned pair cross-encoder for event coreference, run in numpy.

Why: the frozen encoder's trigger vectors (``encoder.py``) rank pairs well overall but separate little where
the rules err: two reports with the same trigger word in one story, or two words for one happening. A
cross-encoder reads both sentences at once (``pairtext.py``: each trigger marked), so it can compare who,
where and when. Following Ahmed et al. (2023, "2*n is better than n^2"), a cheap heuristic proposes the
candidate pairs (in one story, the same word key or a frozen trigger cosine of at least
``CANDIDATE_COSINE``) and only those go through the model; the other pairs keep the contextual scorer's probability.

The model is all-MiniLM-L6-v2 fine-tuned on the ECB+ training topics by ``scripts/train_coref_cross.py``
(torch, a dev tool), exported to the files ``encoder.py`` reads plus ``head.weight``/``head.bias`` and
``coref_cross.json`` (how its score is combined with the contextual scorer's, the clustering threshold, the
training data and licences). Nothing is committed or downloaded: ``make coref-model`` trains and installs it
(see docs/story.md); it is found at ``NEWSGRAPH_COREF_MODEL`` (a folder or a zip) or in the user's data
folder (``~/.local/share/newsgraph/coref-cross``).
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

import numpy as np

from . import pairtext
from .encoder import Encoder, EncoderMissing, _read

ENV = "NEWSGRAPH_COREF_MODEL"
SETTINGS = "coref_cross.json"
CANDIDATE_COSINE = 0.5
BATCH = 32


def default_location() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "newsgraph" / "coref-cross"


def location() -> Path | None:
    """Where the fine-tuned model is (``NEWSGRAPH_COREF_MODEL`` or the default folder), or None."""
    setting = os.environ.get(ENV, "").strip()
    path = Path(setting).expanduser() if setting else default_location()
    return path if path.exists() else None


def available() -> bool:
    import importlib.util

    return location() is not None and importlib.util.find_spec("tokenizers") is not None


class CrossEncoder(Encoder):
    """The fine-tuned BERT and its pair head: ``logits(sides)`` -> one score per pair of marked sides."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.tokenizer.no_truncation()
        self.settings = json.loads(_read(path, SETTINGS))
        ids = self.tokenizer.token_to_id
        self.special = ids("[CLS]"), ids("[SEP]"), ids(pairtext.OPEN)

    def side(self, sentence: str, start: int, end: int) -> list[int]:
        return pairtext.side(self.tokenizer, sentence, start, end)

    def _batch(self, pairs: list[tuple[list[int], list[int]]]) -> np.ndarray:
        rows = [pairtext.pair(self.tokenizer, a, b) for a, b in pairs]
        width = max(len(r[0]) for r in rows)
        ids = np.zeros((len(rows), width), dtype=np.int64)
        types = np.zeros((len(rows), width), dtype=np.int64)
        mask = np.zeros((len(rows), width), dtype=bool)
        for k, (i, t, _, _) in enumerate(rows):
            ids[k, : len(i)], types[k, : len(t)], mask[k, : len(i)] = i, t, True
        hidden = self.forward(ids, mask, types)
        n = np.arange(len(rows))
        a = hidden[n, [r[2] for r in rows]]
        b = hidden[n, [r[3] for r in rows]]
        feats = np.concatenate([hidden[:, 0], a, b, a * b], axis=1)
        return feats @ self._w("head.weight") + self._w("head.bias")[0]

    def logits(self, pairs: list[tuple[list[int], list[int]]]) -> np.ndarray:
        """One logit per pair (higher: more likely one event), in batches of similar length."""
        out = np.zeros(len(pairs), dtype=np.float64)
        order = sorted(range(len(pairs)), key=lambda i: len(pairs[i][0]) + len(pairs[i][1]))
        for k in range(0, len(order), BATCH):
            chunk = order[k:k + BATCH]
            out[chunk] = self._batch([pairs[i] for i in chunk])
        return out


@cache
def _load(path: Path) -> CrossEncoder:
    return CrossEncoder(path)


def cross_encoder() -> CrossEncoder:
    """The fine-tuned model, loaded once per process; ``EncoderMissing`` [E030] when it is not installed."""
    path = location()
    if path is None:
        raise EncoderMissing(f"no fine-tuned coreference model at {os.environ.get(ENV) or default_location()} "
                             f"(build it with `make coref-model`, or set {ENV})")
    return _load(path)


def candidates(found: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (i < j, in ``itertools.combinations`` order) the model should read: in one story, with
    the same word key or a frozen trigger cosine of at least ``CANDIDATE_COSINE``. Pairs across stories
    keep the contextual scorer's say (the model's cost is per pair, and those pairs are rarely one event)."""
    n = len(found)
    i, j = np.triu_indices(n, 1)
    if not len(i):
        return i, j
    vecs = np.stack([c["trigger_vec"] if c.get("trigger_vec") is not None else np.zeros(len(found[0]["sentence_vec"]))
                     for c in found])
    cos = np.einsum("ph,ph->p", vecs[i], vecs[j])
    keys = [c["report"]["lemma"] for c in found]
    stories = [c["report"].get("story") for c in found]
    same = np.array([keys[a] is not None and keys[a] == keys[b] for a, b in zip(i, j, strict=True)], dtype=bool)
    story = np.array([stories[a] == stories[b] for a, b in zip(i, j, strict=True)], dtype=bool)
    keep = story & (same | (cos >= CANDIDATE_COSINE))
    return i[keep], j[keep]


def sides(found: list[dict], model: CrossEncoder) -> list[list[int]]:
    """Each context's marked sentence as word-piece ids (contexts keep their article's ``text``)."""
    out = []
    for c in found:
        s0, s1 = c["sentence"]
        out.append(model.side(c["text"][s0:s1], c["trigger"][0] - s0, c["trigger"][1] - s0))
    return out


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def blend(prob: np.ndarray, picked: np.ndarray, logits: np.ndarray, settings: dict) -> np.ndarray:
    """Pair probabilities with the model's say on the ``picked`` pairs (condensed positions): a logistic
    combination of its logit and the contextual scorer's, weights fitted on held-out training topics."""
    w = settings["blend"]
    out = prob.copy()
    out[picked] = 1.0 / (1.0 + np.exp(-(w["cross"] * logits + w["scorer"] * _logit(prob[picked]) + w["intercept"])))
    return out


def condensed(n: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Positions of pairs (i < j) in the condensed (``combinations``) order of ``n`` items."""
    return n * i - i * (i + 1) // 2 + (j - i - 1)


def pair_probabilities(found: list[dict], prob: np.ndarray, model: CrossEncoder | None = None) -> np.ndarray:
    """The contextual scorer's pair probabilities ``prob`` revised by the cross-encoder on the candidates."""
    model = model or cross_encoder()
    i, j = candidates(found)
    if not len(i):
        return prob
    ids = sides(found, model)
    logits = model.logits([(ids[a], ids[b]) for a, b in zip(i, j, strict=True)])
    return blend(prob, condensed(len(found), i, j), logits, model.settings)
