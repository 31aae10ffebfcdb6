"""Coreference scores (MUC, B3, CEAF-e, CoNLL F1) for the story-level bench, through ``scorch``.

``scorch`` (Loic Grobol, MIT) implements the formulas of the CoNLL reference scorer (Pradhan et al. 2014);
this module only turns ``{mention: cluster}`` mappings into the partitions it takes and names the results.
Key and response must cover the same mentions (gold mentions, as in the ECB+ evaluations we compare with);
a mention missing from the response is scored as a singleton there, so nothing is silently dropped.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass

from scorch import scores


@dataclass(frozen=True)
class PRF:
    recall: float
    precision: float
    f1: float


@dataclass(frozen=True)
class CorefScores:
    muc: PRF
    b3: PRF
    ceaf_e: PRF

    @property
    def conll(self) -> float:
        """CoNLL F1: the unweighted mean of the MUC, B3 and CEAF-e F1."""
        return (self.muc.f1 + self.b3.f1 + self.ceaf_e.f1) / 3

    def row(self) -> list[float]:
        """MUC R P F, B3 R P F, CEAF-e R P F, CoNLL F1: the columns of the bench tables."""
        out: list[float] = []
        for m in (self.muc, self.b3, self.ceaf_e):
            out += [m.recall, m.precision, m.f1]
        return out + [self.conll]


HEADER = ["MUC R", "MUC P", "MUC F1", "B3 R", "B3 P", "B3 F1", "CEAF-e R", "CEAF-e P", "CEAF-e F1", "CoNLL F1"]


def partition(assignment: Mapping[Hashable, Hashable]) -> list[set]:
    """``{mention: cluster}`` -> list of mention sets."""
    groups: dict[Hashable, set] = {}
    for mention, cluster in assignment.items():
        groups.setdefault(cluster, set()).add(mention)
    return list(groups.values())


def score(key: Mapping[Hashable, Hashable], response: Mapping[Hashable, Hashable]) -> CorefScores:
    """Score a response clustering against the key over the key's mentions."""
    resp = {m: ("c", response[m]) if m in response else ("singleton", m) for m in key}
    k, r = partition(key), partition(resp)
    return CorefScores(
        PRF(*map(float, scores.muc(k, r))),
        PRF(*map(float, scores.b_cubed(k, r))),
        PRF(*map(float, scores.ceaf_e(k, r))),
    )


def b3(key: Mapping[Hashable, Hashable], response: Mapping[Hashable, Hashable]) -> PRF:
    """B3 alone (story clustering is scored with it)."""
    resp = {m: ("c", response[m]) if m in response else ("singleton", m) for m in key}
    return PRF(*map(float, scores.b_cubed(partition(key), partition(resp))))
