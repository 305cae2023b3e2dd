"""The texts the snapshot scripts replay: the seed fixtures, the held-out corpus and (when
``../shared`` is present) the benchmark's ground-truth bodies, each with where it came from."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "fixtures" / "seeds"
HELDOUT = ROOT / "benchmarks" / "heldout" / "corpus.jsonl"
GROUND_TRUTH = (
    ROOT.parent / "shared" / "bench" / "article-extraction-benchmark" / "ground-truth.json"
)


def labelled_texts() -> list[tuple[str, str, str]]:
    """``(origin, name, text)``: origin ``seed`` (name: file), ``heldout`` (name: corpus id) or
    ``bench`` (name: ground-truth key), in that order, each sorted as stored."""
    out = [("seed", p.name, p.read_bytes().decode("utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    with HELDOUT.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    out += [("heldout", row["id"], row["text"]) for row in rows]
    if GROUND_TRUTH.is_file():
        truth = json.loads(GROUND_TRUTH.read_text(encoding="utf-8"))
        out += [("bench", k, truth[k]["articleBody"]) for k in sorted(truth)]
    return out
