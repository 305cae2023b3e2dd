"""Fact accuracy of the provenance extractors, and what provenance adds to the text path's time.

    python benchmarks/provenance_eval.py                  # seeds + held-out corpus, all splits
    python benchmarks/provenance_eval.py --split dev      # only the dev split of the corpus
    python benchmarks/provenance_eval.py --show-errors    # print each wrong or invented fact
    python benchmarks/provenance_eval.py --split dev2     # the second dev set (heldout/dev2.jsonl)

Accuracy: for each fact kind, among the documents whose labels carry it, the share where the
extracted facts equal the labelled ones (values exact for dates and URLs, case-insensitive for
names, ``aliases`` accepted, lists as sets, each span overlapping the label's); among the
documents whose labels do not carry it, the share with no fact of that kind (no invention).
``language`` is never labelled and is not scored; ``authors`` only where a corpus labels them.

Timing: the default pipeline against the same pipeline without its ``provenance.*`` steps, on
the same texts, CPU time (``time.process_time``), best of ``--rounds`` interleaved runs each.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import newsclean  # noqa: E402
from newsclean import Pipeline  # noqa: E402
from newsclean.model import Fact  # noqa: E402

SEEDS = ROOT / "fixtures" / "seeds"
CORPUS = ROOT / "benchmarks" / "heldout" / "corpus.jsonl"
# extra development sets, generated with other seeds; each is its own split, never mixed with test
EXTRA_SPLITS = {"dev2": ROOT / "benchmarks" / "heldout" / "dev2.jsonl"}
EXACT = {"published", "updated", "original_url"}
HEADLINE_KINDS = ("credits", "original_url", "publisher", "aggregator", "published", "updated")
SCORED = (*HEADLINE_KINDS, "authors", "photo_credit", "syndication", "tags", "title",
          "site_name", "section")  # fmt: skip


def load(split: str | None, corpus: Path | None = None) -> list[tuple[str, str, dict[str, Any]]]:
    docs = []
    if corpus is None and split in EXTRA_SPLITS:
        corpus = EXTRA_SPLITS[split]
    if corpus is None:  # the seeds go with the frozen corpus only
        labels = json.loads((SEEDS / "labels.json").read_text("utf-8"))
        for name, entry in sorted(labels.items()):
            docs.append((f"seed:{name[:3]}", (SEEDS / name).read_text("utf-8"), entry["facts"]))
    corpus = corpus or CORPUS
    if corpus.is_file():
        for line in corpus.read_text("utf-8").splitlines():
            row = json.loads(line)
            if split is None or row["split"] == split:
                docs.append((row["id"], row["text"], row["facts"]))
    return docs


def matches(kind: str, f: Fact, want: dict[str, Any]) -> bool:
    accepted = [want["value"], *want.get("aliases", ())]
    ok = f.value in accepted if kind in EXACT else f.value.casefold() in {
        a.casefold() for a in accepted
    }
    overlap = f.start < want["end"] and want["start"] < f.end
    return ok and (overlap or f.start == f.end)


def score(kind: str, got: list[Fact], wanted: list[dict[str, Any]]) -> bool:
    if len(got) != len(wanted):
        return False
    return all(any(matches(kind, f, w) for f in got) for w in wanted)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=["dev", "test", *EXTRA_SPLITS], default=None)
    ap.add_argument("--corpus", type=Path, default=None, help="another corpus file (all splits)")
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    docs = load(args.split, args.corpus)
    pipe = newsclean.default_pipeline()
    carried: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # right, total
    clean: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # none invented, total
    all_right = [0, 0]
    none_invented = [0, 0]
    for doc_id, text, labels in docs:
        a = pipe.run(text)
        by_kind: dict[str, list[Fact]] = defaultdict(list)
        for f in a.provenance:
            assert a.text[f.start : f.end] == f.evidence
            by_kind[f.kind].append(f)
        doc_ok, doc_clean, doc_has = True, True, False
        for kind in SCORED:
            wanted = labels.get(kind)
            got = by_kind.get(kind, [])
            if wanted is None:
                if kind == "authors" and doc_id.startswith("seed"):
                    continue
                clean[kind][1] += 1
                invented = bool(got)
                clean[kind][0] += not invented
                if invented and kind in HEADLINE_KINDS:
                    doc_clean = False
                if invented and args.show_errors:
                    print(f"{doc_id} INVENTED {kind}: {[(f.value, f.evidence) for f in got]}")
                continue
            wanted = wanted if isinstance(wanted, list) else [wanted]
            ok = score(kind, got, wanted)
            carried[kind][1] += 1
            carried[kind][0] += ok
            if kind in HEADLINE_KINDS:
                doc_has = True
                doc_ok = doc_ok and ok
            if not ok and args.show_errors:
                print(f"{doc_id} WRONG {kind}: want {[w['value'] for w in wanted]} "
                      f"got {[(f.value, f.evidence) for f in got]}")  # fmt: skip
        if doc_has:
            all_right[1] += 1
            all_right[0] += doc_ok
        else:
            none_invented[1] += 1
            none_invented[0] += doc_clean

    def pct(x: list[int]) -> str:
        return f"{100 * x[0] / x[1]:6.1f}% ({x[0]}/{x[1]})" if x[1] else "     -"

    print(f"documents: {len(docs)} ({'all splits' if args.split is None else args.split})")
    print(f"{'kind':14} {'right where carried':>24} {'none invented where absent':>28}")
    for kind in SCORED:
        print(f"{kind:14} {pct(carried[kind]):>24} {pct(clean[kind]):>28}")
    print(f"docs with credits/url/publisher/aggregator/dates: all right {pct(all_right)}")
    print(f"docs with none of them: nothing of them invented      {pct(none_invented)}")

    if args.rounds < 1:  # accuracy only
        return
    texts = [t for _, t, _ in docs]
    bare = Pipeline([s for s in pipe.steps if not s.id.startswith("provenance.")], pipe.config)

    def once(p: Pipeline) -> float:
        t0 = time.process_time()  # CPU time: the machine may be shared
        for t in texts:
            p.run(t)
        return time.process_time() - t0

    once(pipe)  # warm up
    once(bare)
    runs_with, runs_without = [], []
    for _ in range(args.rounds):  # interleaved, so load changes hit both alike
        runs_without.append(once(bare))
        runs_with.append(once(pipe))
    with_p, without_p = min(runs_with), min(runs_without)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"text path without provenance: {without_p:.3f}s ({mb / without_p:.1f} MB/s)")
    print(f"text path with provenance:    {with_p:.3f}s ({mb / with_p:.1f} MB/s)")
    print(f"provenance overhead: {100 * (with_p - without_p) / without_p:.1f}%")


if __name__ == "__main__":
    main()
