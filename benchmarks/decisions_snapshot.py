"""Record the context steps' decisions once, then check that later code decides the same, and
time each context step (CPU time) on the same inputs.

    python benchmarks/decisions_snapshot.py record    # write benchmarks/out/decisions.pkl
    python benchmarks/decisions_snapshot.py compare   # exit 1 on any difference
    python benchmarks/decisions_snapshot.py compare --live   # run the phrases step too
    python benchmarks/decisions_snapshot.py time      # CPU ms/doc per context step

Inputs: the seed fixtures, the held-out corpus texts, the benchmark ground-truth bodies (when
``../shared`` is present) and, for idempotence paths, the bodies the first pass produced; each
under the three ``favor`` presets. The texts themselves are saved in the snapshot, so a later
comparison runs on exactly the same inputs.

Isolation: the phrases step is being changed by others at the same time, and its decisions are
the context steps' input. ``record`` saves every decision it yields per input; ``compare`` and
``time`` *replay* those instead of running it, so the context steps see identical inputs.
Provenance steps run after the context steps and cannot change their decisions: they are left
out. The HTML steps do nothing on text. ``compare --live`` runs the real phrases step instead
and also compares its decisions, to check a change to the phrases step itself.

Compared per input: every span (start, end, kept, rule, category, reason), the title, every
fact, and per context step the decisions that took effect, in order. For a held-out
corpus text (its test split is never to be read) a difference is named, not printed.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora import labelled_texts  # noqa: E402

from newsclean import Config, Pipeline  # noqa: E402
from newsclean.document import Document  # noqa: E402
from newsclean.pipeline import build_spans  # noqa: E402
from newsclean.step import Decision, RuleInfo  # noqa: E402

OUT = ROOT / "benchmarks" / "out" / "decisions.pkl"
FAVORS = ("balanced", "precision", "recall")
CONTEXT = (
    "menus", "photo_captions", "title", "captions", "lists", "protect", "headline_runs",
    "neighbours",
)
PHRASES = "phrases"


def load_texts() -> list[tuple[str, str]]:
    """(origin, text) pairs: seeds, held-out corpus, benchmark bodies."""
    return [(origin, text) for origin, _, text in labelled_texts()]


def base_pipeline(favor: str) -> Pipeline:
    p = Pipeline.default(Config(favor=favor))  # type: ignore[arg-type]
    return p.without(*[s for s in p.ids if s.startswith("provenance.")])


class Replay:
    """Stands in for the phrases step: yields the decisions recorded for the current input."""

    id = PHRASES
    rules: tuple[RuleInfo, ...] = ()

    def __init__(self) -> None:
        self.current: list[Decision] = []

    def apply(self, doc: Document) -> Iterable[Decision]:
        # the phrases step scans ``doc.lower``: built here too, so that its cost is not
        # charged to the first context step that reads it
        doc.lower  # noqa: B018
        return list(self.current)


def run(
    pipe: Pipeline, text: str, timings: dict[str, float] | None = None
) -> tuple[dict[str, Any], list[Decision]]:
    """Run ``pipe`` on ``text`` step by step; the outcome record and the phrases decisions."""
    doc, _ = pipe.read(text, kind="text")
    per_step: dict[str, list[Any]] = {}
    phrases: list[Decision] = []
    clock = time.process_time
    for step in pipe.steps:
        t0 = clock()
        # applied as they are yielded, as Pipeline.decide does: a step sees its own decisions
        decisions: list[Decision] = []
        took: list[Decision] = []
        for d in step.apply(doc):
            decisions.append(d)
            if doc.apply(d):
                took.append(d)
        if timings is not None:
            timings[step.id] = timings.get(step.id, 0.0) + clock() - t0
        if step.id == PHRASES:
            phrases = decisions
        elif step.id in CONTEXT:
            per_step[step.id] = [repr(d) for d in took]
    spans = [(s.start, s.end, s.kept, s.rule, s.category, s.reason) for s in build_spans(doc)]
    facts = sorted(repr(f) for f in doc.facts)
    record = {"spans": spans, "facts": facts, "title": repr(doc.title), "steps": per_step}
    return record, phrases


def body_of(doc_spans: list[tuple[Any, ...]], text: str) -> str:
    parts = [text[s:e] for s, e, kept, *_ in doc_spans if kept]
    return "\n\n".join(" ".join(p.split()) for p in parts if p.strip())


def record() -> None:
    texts = load_texts()
    # second-pass inputs: what the default pipeline keeps of each first-pass text
    pipe = base_pipeline("balanced")
    seconds = []
    for origin, text in texts:
        rec, _ = run(pipe, text)
        seconds.append((origin + "-body", body_of(rec["spans"], text)))
    texts += [t for t in seconds if t[1].strip()]
    snap: dict[str, Any] = {"texts": texts, "runs": {}}
    for favor in FAVORS:
        pipe = base_pipeline(favor)
        runs = []
        for _, text in texts:
            rec, phrases = run(pipe, text)
            runs.append((rec, phrases))
        snap["runs"][favor] = runs
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(pickle.dumps(snap))
    print(f"recorded {len(texts)} texts x {len(FAVORS)} presets -> {OUT}")


def replayed(
    snap: dict[str, Any], favor: str, live: bool = False, rounds: int = 1
) -> Iterator[tuple[int, str, Pipeline, Replay]]:
    """Every input ``rounds`` times, through one pipeline (as ``newsclean.clean`` reuses its
    pipeline: what the steps learn per pattern, such as prefix-gate answers, stays warm)."""
    replay = Replay()
    pipe = base_pipeline(favor)
    if not live:
        pipe = pipe.replace(PHRASES, replay)
    for _ in range(rounds):
        for n, (_, text) in enumerate(snap["texts"]):
            replay.current = snap["runs"][favor][n][1]
            yield n, text, pipe, replay


def compare(live: bool = False) -> int:
    snap = pickle.loads(OUT.read_bytes())
    bad = 0
    for favor in FAVORS:
        for n, text, pipe, _ in replayed(snap, favor, live):
            want = snap["runs"][favor][n][0]
            got, phrases = run(pipe, text)
            if live:
                want = {**want, PHRASES: [repr(d) for d in snap["runs"][favor][n][1]]}
                got = {**got, PHRASES: [repr(d) for d in phrases]}
            if got != want:
                bad += 1
                if bad <= 10:
                    origin = snap["texts"][n][0]
                    print(f"DIFF {favor} #{n} ({origin})")
                    for key in want:
                        if got[key] == want[key]:
                            continue
                        if origin.startswith("heldout"):
                            # the held-out corpus holds test documents: facts and decisions
                            # quote their text, so name what differs, never the content
                            print(f"  {key}: differs ({_size(want[key])} -> {_size(got[key])})")
                            continue
                        print(f"  {key}: want {_short(want[key])}")
                        print(f"  {key}:  got {_short(got[key])}")
    total = len(snap["texts"]) * len(FAVORS)
    print(f"{total - bad}/{total} runs identical" + ("" if not bad else f"; {bad} differ"))
    return 1 if bad else 0


def _size(value: Any) -> str:
    """How many items ``value`` holds (a record's field), without its content."""
    if isinstance(value, dict):
        return f"{len(value)} steps"
    if isinstance(value, list):
        return f"{len(value)} items"
    return "a value"


def _short(x: Any) -> str:
    s = repr(x)
    return s if len(s) < 600 else s[:600] + "..."


def timing(rounds: int, origin: str) -> None:
    snap = pickle.loads(OUT.read_bytes())
    timings: dict[str, float] = {}
    docs = 0
    for n, text, pipe, _ in replayed(snap, "balanced", rounds=rounds):
        if origin != "all" and snap["texts"][n][0] != origin:
            continue
        run(pipe, text, timings)
        docs += 1
    total = 0.0
    print(f"CPU ms/doc over {docs} runs ({origin} texts, balanced preset):")
    for sid in CONTEXT:
        ms = 1000 * timings.get(sid, 0.0) / docs
        total += ms
        print(f"  {sid:14s} {ms:7.3f}")
    print(f"  {'context total':14s} {total:7.3f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mode", choices=("record", "compare", "time"))
    ap.add_argument("--rounds", type=int, default=3, help="time: passes over the texts")
    ap.add_argument("--texts", default="heldout", help="time: seed, heldout, bench or all")
    ap.add_argument("--live", action="store_true", help="compare: run the real phrases step")
    a = ap.parse_args()
    if a.mode == "record":
        record()
        return 0
    if a.mode == "compare":
        return compare(a.live)
    timing(a.rounds, a.texts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
