"""The article-extraction benchmark's own scoring rule (see ../shared/bench/README.md).

Tokens are the ``\\w+`` runs of a text (Unicode, case kept). A text becomes the multiset of its
4-token shingles (a text of 1-3 tokens is one shorter shingle). Per page, tp is the shared
shingles counted with multiplicity; precision = tp / predicted shingles, recall = tp / true
shingles. Precision is averaged over the pages with a non-empty prediction, recall over the pages
with a non-empty truth, and F1 is the harmonic mean of those two averages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")
SHINGLE = 4


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """The multiset of 4-token shingles of ``text`` (one shorter shingle for 1-3 tokens)."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return Counter()
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


@dataclass(frozen=True, slots=True)
class PageScore:
    precision: float | None  # None when the prediction is empty
    recall: float | None  # None when the truth is empty
    f1: float


def score_page(predicted: str, truth: str) -> PageScore:
    p, t = shingles(predicted), shingles(truth)
    tp = sum((p & t).values())
    n_p, n_t = sum(p.values()), sum(t.values())
    precision = tp / n_p if n_p else None
    recall = tp / n_t if n_t else None
    pr, rc = precision or 0.0, recall or 0.0
    f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    return PageScore(precision, recall, f1)


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    f1: float
    mean_page_f1: float
    pages: int
    empty: int


def score(predictions: Mapping[str, str], truths: Mapping[str, str]) -> Score:
    """Score predictions (page id -> text; a missing page counts as empty) against truths."""
    precisions: list[float] = []
    recalls: list[float] = []
    f1s: list[float] = []
    empty = 0
    for pid, truth in truths.items():
        s = score_page(predictions.get(pid, ""), truth)
        if s.precision is None:
            empty += 1
        else:
            precisions.append(s.precision)
        if s.recall is not None:
            recalls.append(s.recall)
        f1s.append(s.f1)
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return Score(p, r, f1, sum(f1s) / len(f1s) if f1s else 0.0, len(truths), empty)
