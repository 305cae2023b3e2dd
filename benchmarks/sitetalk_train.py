"""Learn the weights of the site-talk step (``newsclean/data/sitetalk.tsv``) from the labelled
lines of the dev splits, and report how well they carry to a corpus the model never saw.

    python benchmarks/sitetalk_train.py            # leave-one-corpus-out report, then write
    python benchmarks/sitetalk_train.py --report   # the report only, the data file untouched
    python benchmarks/sitetalk_train.py --report --pipeline   # also the whole pipeline, per corpus

The model is a logistic regression over the features of
``newsclean.rules.sitetalk_model.features`` (a line's distinct words, its first word and a
few shape marks). Positives are boilerplate lines of the kinds a reader recognises from their
wording (disclaimers, promos, licence nags, notices, "originally appeared" lines...); negatives
are body lines. Lines of fewer than four words, titles and the kinds that only context reveals
(headline-list items, menus, captions, bylines, date lines) are left out: other steps own them.

Only dev splits are read (never a test split, never blind_c), so the never-inspected splits
stay a fair measure of the step. A feature is kept only when it occurs in at least
``--min-corpora`` different corpora, so no corpus's own site names or stock sentences become
weights. Leave-one-corpus-out: for each corpus, a model trained on the others scores its lines;
the report gives false removals of body lines and recall of boilerplate lines at several
thresholds, and the same for the ground-truth bodies of the article-extraction benchmark
(real story text, all of it body) under the model trained on everything.

``--pipeline`` runs the whole default pipeline the same way (each corpus's dev documents
cleaned with the model trained on the other corpora) and scores boilerplate lines as
``benchmarks/heldout/score.py`` does, with and without the step; and once more with the phrase
rules of the trained kinds turned off, which stands in for text whose wordings the tables have
never met (the case the step is for).

Needs numpy and scipy (training only; the library reads the data file with neither).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsclean.rules.sitetalk_model import (  # noqa: E402
    MAX_CHARS,
    MIN_WORDS,
    SiteTalkModel,
    features,
    words_of,
)

#: (corpus, file, split): the dev splits only
DEV = (
    ("A", "benchmarks/blind_a/corpus.jsonl", "dev"),
    ("B", "benchmarks/blind_b/corpus.jsonl", "dev"),
    ("D", "benchmarks/blind_d/corpus.jsonl", "dev"),
    ("E", "benchmarks/blind_e/corpus.jsonl", "dev"),
    ("F", "benchmarks/blind_f/corpus.jsonl", "dev"),
    ("G", "benchmarks/blind_g/corpus.jsonl", "dev"),
    ("H", "benchmarks/heldout/corpus.jsonl", "dev"),
    ("H2", "benchmarks/heldout/dev2.jsonl", "dev2"),
    ("I", "benchmarks/blind_i/corpus.jsonl", "dev"),
    ("J", "benchmarks/blind_j/corpus.jsonl", "dev"),
    ("K", "benchmarks/blind_k/corpus.jsonl", "dev"),
    ("L", "benchmarks/blind_l/corpus.jsonl", "dev"),
    ("M", "benchmarks/blind_m/corpus.jsonl", "dev"),
    ("N", "benchmarks/blind_n/corpus.jsonl", "dev"),
    ("P", "benchmarks/blind_p/corpus.jsonl", "dev"),
    ("Q", "benchmarks/blind_q/corpus.jsonl", "dev"),
)
#: boilerplate kinds that context reveals, not wording: left out of training
CONTEXT_KINDS = frozenset({
    "nav_menu", "photo_caption", "title_repeat", "breadcrumb_title", "breadcrumb", "date_line",
    "byline", "footer_link", "tag_line",
})
GROUND_TRUTH = (
    ROOT.parent / "shared" / "bench" / "article-extraction-benchmark" / "ground-truth.json"
)
OUT = ROOT / "newsclean" / "data" / "sitetalk.tsv"
THRESHOLDS = (2.0, 2.5, 3.0, 3.5, 4.0, 5.0)


@dataclass(frozen=True)
class Line:
    corpus: str
    features: tuple[str, ...]
    positive: bool


def load_lines() -> list[Line]:
    out = []
    for corpus, path, split in DEV:
        with (ROOT / path).open(encoding="utf-8") as f:
            for raw in f:
                doc = json.loads(raw)
                if doc["split"] != split:
                    continue
                for line in doc["lines"]:
                    label, kind = line["label"], line["kind"] or ""
                    text = line["text"]
                    if len(text) > MAX_CHARS or len(words_of(text)) < MIN_WORDS:
                        continue
                    if label == "body":
                        positive = False
                    elif (label == "boilerplate" and kind and not kind.endswith("_item")
                          and kind not in CONTEXT_KINDS):
                        positive = True
                    else:
                        continue
                    out.append(Line(corpus, tuple(features(text)), positive))
    return out


def train(lines: Sequence[Line], min_corpora: int, l2: float) -> SiteTalkModel:
    """Class-balanced, L2-regularised logistic regression (L-BFGS) on binary features."""
    seen: dict[str, set[str]] = defaultdict(set)
    for ln in lines:
        for feat in ln.features:
            seen[feat].add(ln.corpus)
    names = sorted(f for f, where in seen.items() if len(where) >= min_corpora)
    index = {f: j for j, f in enumerate(names)}
    rows, cols = [], []
    for k, ln in enumerate(lines):
        for feat in ln.features:
            j = index.get(feat)
            if j is not None:
                rows.append(k)
                cols.append(j)
    x = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(lines), len(names)))
    y = np.array([ln.positive for ln in lines], dtype=float)
    share = y.mean()
    sample_w = np.where(y == 1, 0.5 / share, 0.5 / (1 - share))

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        b, w = theta[0], theta[1:]
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        nll = -(sample_w * (y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12))).sum()
        g = sample_w * (p - y)
        return nll + l2 * float(w @ w) / 2, np.concatenate([[g.sum()], x.T @ g + l2 * w])

    res = minimize(loss, np.zeros(len(names) + 1), jac=True, method="L-BFGS-B",
                   options={"maxiter": 1000})
    return SiteTalkModel(float(res.x[0]), {f: float(res.x[j + 1]) for f, j in index.items()})


def report(lines: Sequence[Line], full: SiteTalkModel, min_corpora: int, l2: float) -> None:
    corpora = sorted({ln.corpus for ln in lines})
    scored: list[tuple[float, bool]] = []
    for c in corpora:
        model = train([ln for ln in lines if ln.corpus != c], min_corpora, l2)
        scored += [(model.score(ln.features), ln.positive) for ln in lines if ln.corpus == c]
    n_pos = sum(p for _, p in scored)
    n_body = len(scored) - n_pos
    bench: list[float] = []
    if GROUND_TRUTH.is_file():
        truth = json.loads(GROUND_TRUTH.read_text(encoding="utf-8"))
        bench = [full.score(features(t)) for v in truth.values()
                 for t in v["articleBody"].splitlines()
                 if len(t) <= MAX_CHARS and len(words_of(t)) >= MIN_WORDS]
    print(f"lines: {len(lines)} ({n_pos} boilerplate, {n_body} body) from {', '.join(corpora)}")
    print(f"features kept (in >= {min_corpora} corpora): {len(full.weights)}; L2 {l2}\n")
    print("| threshold | LOCO body removed | LOCO boilerplate recall | benchmark body lines >= t |")
    print("|---|---|---|---|")
    for t in THRESHOLDS:
        fp = sum(s >= t and not p for s, p in scored)
        tp = sum(s >= t and p for s, p in scored)
        bh = sum(s >= t for s in bench)
        print(f"| {t} | {fp}/{n_body} | {tp / n_pos:.3f} | {bh}/{len(bench)} |")


def rounded(model: SiteTalkModel) -> SiteTalkModel:
    """The model as the data file stores it: four decimals, weights under 0.01 dropped."""
    return SiteTalkModel(round(model.bias, 4),
                 {f: round(w, 4) for f, w in model.weights.items() if abs(w) >= 0.01})


def write(model: SiteTalkModel, min_corpora: int, l2: float, path: Path) -> None:
    header = [
        "Weights of the site-talk step (newsclean/rules/sitetalk.py): one feature and its",
        "weight a line; a line's score is the bias plus the weights of its features.",
        "Generated by `python benchmarks/sitetalk_train.py` from the dev splits' labelled lines",
        f"(features in >= {min_corpora} corpora, L2 {l2}); do not edit by hand: retrain.",
    ]
    path.write_text(model.dump(header), encoding="utf-8")
    print(f"\nwrote {path.relative_to(ROOT)}: {len(model.weights)} features")


def pipeline_report(lines: Sequence[Line], min_corpora: int, l2: float) -> None:
    """Boilerplate-line tp/fp of the whole pipeline per held-out corpus, with and without the
    step, with the phrase tables as shipped and with the trained kinds' phrase rules off."""
    sys.path.insert(0, str(ROOT / "benchmarks" / "heldout"))
    from score import aggregate, score_doc  # type: ignore[import-not-found]

    from newsclean import Config, Pipeline
    from newsclean.rules.sitetalk import SiteTalk

    kinds: set[str] = set()
    docs: dict[str, list[dict[str, Any]]] = {}
    for corpus, path, split in DEV:
        with (ROOT / path).open(encoding="utf-8") as f:
            docs[corpus] = [d for d in map(json.loads, f) if d["split"] == split]
        for d in docs[corpus]:
            for line in d["lines"]:
                kind = line["kind"] or ""
                if (line["label"] == "boilerplate" and kind and not kind.endswith("_item")
                        and kind not in CONTEXT_KINDS):
                    kinds.add(kind)
    phrases = Pipeline.default().step("phrases")
    off = [r.id for r in phrases.rules if r.category in kinds or r.id in kinds]
    print("\n| phrase tables | corpus | tp, fp with the step | tp, fp without |")
    print("|---|---|---|---|")
    settings = (("as shipped", Config()),
                (f"{len(off)} rules of the trained kinds off", Config().without_rules(*off)))
    for label, config in settings:
        sums = [0, 0, 0, 0]
        for corpus, _, _ in DEV:
            model = rounded(train([ln for ln in lines if ln.corpus != corpus], min_corpora, l2))
            with_step = Pipeline.default(config).replace("site_talk", SiteTalk(model))
            without = Pipeline.default(config).without("site_talk")
            got = [aggregate(docs[corpus], [score_doc(d, p.run) for d in docs[corpus]])
                   ["boilerplate"] for p in (with_step, without)]
            row = [got[0]["tp"], got[0]["fp"], got[1]["tp"], got[1]["fp"]]
            sums = [a + b for a, b in zip(sums, row, strict=True)]
            print(f"| {label} | {corpus} | {row[0]}, {row[1]} | {row[2]}, {row[3]} |")
        print(f"| {label} | all | {sums[0]}, {sums[1]} | {sums[2]}, {sums[3]} |")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--report", action="store_true", help="report only; do not write the file")
    ap.add_argument("--min-corpora", type=int, default=3, help="corpora a feature must occur in")
    ap.add_argument("--l2", type=float, default=1.0, help="L2 penalty")
    ap.add_argument("--pipeline", action="store_true",
                    help="also score the whole pipeline per held-out corpus (a few minutes)")
    args = ap.parse_args(argv)
    lines = load_lines()
    full = rounded(train(lines, args.min_corpora, args.l2))
    report(lines, full, args.min_corpora, args.l2)
    if args.pipeline:
        pipeline_report(lines, args.min_corpora, args.l2)
    if not args.report:
        write(full, args.min_corpora, args.l2, OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
