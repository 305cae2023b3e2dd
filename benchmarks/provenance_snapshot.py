"""Snapshot of every provenance fact, to check that a speed change leaves the facts unchanged,
and the CPU time of each provenance step on the same texts.

    python benchmarks/provenance_snapshot.py --write        # record benchmarks/out/provenance.json
    python benchmarks/provenance_snapshot.py                # compare against it
    python benchmarks/provenance_snapshot.py --time 5       # also CPU ms/doc per step (best of 5)

Texts: ``fixtures/seeds/*.txt``, the held-out corpus (``benchmarks/heldout/corpus.jsonl``) and,
when ``../shared`` is present, the ground-truth bodies of the article-extraction benchmark.

Per document the snapshot holds the document's facts after the ``provenance.*`` steps (kind,
value, start, end, rule, confidence: the ones they add and earlier steps' ones they replaced)
and a digest of the state those steps read (the decisions and facts of
every earlier step). Other steps change under provenance (phrases, context): a document whose
earlier state changed is reported apart ("input changed"), not as a provenance difference.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora import labelled_texts  # noqa: E402

import newsclean  # noqa: E402
from newsclean import Pipeline  # noqa: E402
from newsclean.document import Document  # noqa: E402
from newsclean.provenance import ProvenanceStep  # noqa: E402
from newsclean.step import Step  # noqa: E402

OUT = ROOT / "benchmarks" / "out" / "provenance.json"


def load_texts() -> list[tuple[str, str]]:
    label = {"seed": "seed", "heldout": "corpus", "bench": "bench"}
    return [
        (f"{label[origin]}:{name[:12] if origin == 'bench' else name}", text)
        for origin, name, text in labelled_texts()
    ]


def split(pipe: Pipeline) -> tuple[Pipeline, list[Step]]:
    bare = Pipeline([s for s in pipe.steps if not s.id.startswith("provenance.")], pipe.config)
    return bare, [s for s in pipe.steps if s.id.startswith("provenance.")]


def state_digest(doc: Document) -> str:
    """What provenance steps read from earlier steps: decisions, cuts, title, facts."""
    parts = [repr(doc.decisions), repr(doc.cuts), repr(doc.title), repr(doc.facts)]
    return hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()[:16]


def prepared(bare: Pipeline, text: str) -> Document:
    doc, _ = bare.read(text)
    return bare.decide(doc)


def run_provenance(doc: Document, steps: list[Step]) -> list[list[Any]]:
    """Every fact on the document after the provenance steps: the ones they add and the
    earlier steps' ones they replace (an earlier fact in the text wins, see FactSink)."""
    for step in steps:
        for decision in step.apply(doc):
            doc.apply(decision)
    return [[f.kind, f.value, f.start, f.end, f.rule, f.confidence] for f in doc.facts]


def snapshot(pipe: Pipeline, docs: list[tuple[str, str]]) -> dict[str, Any]:
    bare, steps = split(pipe)
    out: dict[str, Any] = {}
    for doc_id, text in docs:
        doc = prepared(bare, text)
        digest = state_digest(doc)
        out[doc_id] = {"input": digest, "facts": run_provenance(doc, steps)}
    return out


def compare(old: dict[str, Any], new: dict[str, Any]) -> int:
    changed_input = differ = 0
    for doc_id, entry in new.items():
        was = old.get(doc_id)
        if was is None:
            print(f"NEW DOC {doc_id}")
            continue
        if was["facts"] == entry["facts"]:
            continue
        if was["input"] != entry["input"]:
            changed_input += 1
            print(f"input changed (earlier steps) {doc_id}")
        else:
            differ += 1
            print(f"DIFFERENT {doc_id}")
        gone = [f for f in was["facts"] if f not in entry["facts"]]
        added = [f for f in entry["facts"] if f not in was["facts"]]
        for f in gone:
            print(f"   - {f}")
        for f in added:
            print(f"   + {f}")
    same_input = sum(1 for k, e in new.items() if k in old and old[k]["input"] == e["input"])
    n = sum(len(e["facts"]) for e in new.values())
    print(
        f"{len(new)} documents ({same_input} with unchanged earlier state), {n} facts: "
        f"{differ} differ, {changed_input} differ after an earlier step changed"
    )
    return differ


def timing(pipe: Pipeline, docs: list[tuple[str, str]], rounds: int) -> None:
    bare, steps = split(pipe)
    best: dict[str, float] = {}
    totals: list[float] = []
    for _ in range(rounds):
        prepared_docs = [prepared(bare, t) for _, t in docs]
        spent = dict.fromkeys(("(shared view)", *(s.id for s in steps)), 0.0)
        clock = time.process_time
        for doc in prepared_docs:
            t0 = clock()
            for step in steps:  # the per-document view the steps share, built once
                if isinstance(step, ProvenanceStep):
                    step.view(doc)
                    break
            spent["(shared view)"] += clock() - t0
            for step in steps:
                t0 = clock()
                decisions = step.apply(doc)
                spent[step.id] += clock() - t0
                for decision in decisions:
                    doc.apply(decision)
        for k, v in spent.items():
            best[k] = min(best.get(k, v), v)
        totals.append(sum(spent.values()))
    n = len(docs)
    for k, v in best.items():
        print(f"{k:26} {1000 * v / n:7.3f} ms/doc")
    print(f"{'provenance total':26} {1000 * min(totals) / n:7.3f} ms/doc (best round)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true", help="record the snapshot")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--time", type=int, default=0, metavar="ROUNDS")
    args = ap.parse_args()
    pipe = newsclean.default_pipeline()
    docs = load_texts()
    snap = snapshot(pipe, docs)
    if args.write:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(snap, ensure_ascii=False, indent=0), "utf-8")
        print(f"wrote {args.out}: {len(snap)} documents")
    elif args.out.is_file():
        if compare(json.loads(args.out.read_text("utf-8")), snap):
            sys.exit(1)
    else:
        print(f"no snapshot at {args.out}: run with --write first")
    if args.time:
        timing(pipe, docs, args.time)


if __name__ == "__main__":
    main()
