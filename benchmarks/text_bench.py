"""Speed and line-level quality of newsclean's text path, with trafilatura timed in the same run.

    python benchmarks/text_bench.py            # full run (a few thousand documents)
    python benchmarks/text_bench.py --quick    # a smoke run in a few seconds
    python benchmarks/text_bench.py --profile  # also print where the text path spends its time

Texts: the seed fixtures (``fixtures/seeds/*.txt``) and, when ``../shared`` is present, the
181 ground-truth bodies of the article-extraction benchmark, timed in ``--repeat`` rounds.
newsclean cleans each text as text; trafilatura extracts the same text wrapped as minimal HTML
(one ``<p>`` a non-blank line, html-escaped). MB/s counts the UTF-8 bytes of the *texts* for
both, so the figures compare the same work. Everything runs in this process, on one core, and
"seconds" are this process's CPU time (``time.process_time``), not wall time. In each round
every row (newsclean, newsclean without provenance, trafilatura) cleans its texts once, the
rows taking turns, so that a shared machine's slow spells fall on all of them alike. The rounds
profit from what a pipeline remembers of lines it has seen (bounded caches that change no
result); the last row times each text once, by a fresh pipeline warmed on other texts (the
held-out corpus): the figure for text met for the first time.

Quality: each labelled line of the fixtures is "removed" when most of its non-space characters
fall in removed spans. Positives are the ``title`` and ``boilerplate`` lines; body recall is the
share of ``body`` lines kept.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import html
import io
import json
import os
import pstats
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import newsclean  # noqa: E402
from newsclean import Article, Pipeline  # noqa: E402

SEEDS = ROOT / "fixtures" / "seeds"
HELDOUT = ROOT / "benchmarks" / "heldout" / "corpus.jsonl"
GROUND_TRUTH = (
    ROOT.parent / "shared" / "bench" / "article-extraction-benchmark" / "ground-truth.json"
)
#: the CPU time of this process: on a machine shared with other work, wall time would charge
#: the others' load to whichever extractor happens to run beside it
CLOCK = time.process_time
TARGET_MBPS = 10.0
TARGET_RATIO = 20.0


# -- inputs ------------------------------------------------------------------------------------
def load_texts() -> tuple[list[str], str]:
    texts = [p.read_bytes().decode("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    what = f"{len(texts)} seed fixtures"
    if GROUND_TRUTH.is_file():
        truth = json.loads(GROUND_TRUTH.read_text(encoding="utf-8"))
        bodies = [truth[k]["articleBody"] for k in sorted(truth)]
        texts += bodies
        what += f" + {len(bodies)} benchmark bodies"
    else:
        what += f" (no {GROUND_TRUTH}: benchmark bodies skipped)"
    return texts, what


def as_minimal_html(text: str) -> str:
    paras = "".join(f"<p>{html.escape(ln.strip())}</p>\n" for ln in text.splitlines() if ln.strip())
    return f"<!DOCTYPE html>\n<html><head><title></title></head><body>\n{paras}</body></html>"


# -- timing ------------------------------------------------------------------------------------
@dataclass
class Timing:
    name: str
    docs: int
    mb: float
    seconds: float
    #: the seconds of each timing round (empty: timed once)
    rounds: tuple[float, ...] = ()

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds

    @property
    def mb_per_s(self) -> float:
        return self.mb / self.seconds


def time_rounds(
    rows: Sequence[tuple[str, Callable[[str], object], Sequence[str], float]], rounds: int
) -> list[Timing]:
    """CPU time of each row's ``fn`` over its documents, ``rounds`` times, the rows taking turns
    within each round (in a rotating order): a shared machine's slow spells then fall on every
    row alike, so the ratios between rows hold even when the absolute figures drift. Each row
    first warms up on its documents once (compiled rules, imports, caches of the OS):
    newsclean compiles a phrase rule the first time a line reaches it, and a row that paid
    those compiles would be compared with one that found them done."""
    for _, fn, docs, _ in rows:
        for d in docs:
            fn(d)
    spent: list[list[float]] = [[] for _ in rows]
    for r in range(rounds):
        for k in range(len(rows)):
            j = (k + r) % len(rows)
            _, fn, docs, _ = rows[j]
            t0 = CLOCK()
            for d in docs:
                fn(d)
            spent[j].append(CLOCK() - t0)
    return [
        Timing(name, len(docs) * rounds, payload * rounds, sum(spent[j]), tuple(spent[j]))
        for j, (name, _, docs, payload) in enumerate(rows)
    ]


def median_ratio(a: Timing, b: Timing) -> float:
    """The median over rounds of ``a``'s time over ``b``'s for the same round (per MB): rounds
    run side by side, so a slow spell of the machine cancels out within a round, and the median
    leaves out the rounds it hit in the middle."""
    per_mb_a, per_mb_b = a.mb / len(a.rounds), b.mb / len(b.rounds)
    return statistics.median(
        (x / per_mb_a) / (y / per_mb_b) for x, y in zip(a.rounds, b.rounds, strict=True)
    )


def first_pass(texts: Sequence[str]) -> Timing | None:
    """Each text once, by a fresh default pipeline warmed on the held-out corpus (other texts):
    the repeated runs above reuse what the pipeline remembers of lines it has seen (bounded,
    result-neutral caches), so this row is the figure for text it meets for the first time."""
    if not HELDOUT.is_file():
        return None
    pipe = Pipeline.default()
    with HELDOUT.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                pipe.run(json.loads(line)["text"])
    t0 = CLOCK()
    for d in texts:
        pipe.run(d)
    spent = CLOCK() - t0
    return Timing("newsclean, each text once (first time seen)", len(texts), mb(texts), spent)


def mb(texts: Sequence[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


# -- quality -----------------------------------------------------------------------------------
@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    body: int = 0
    body_kept: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.body += other.body
        self.body_kept += other.body_kept

    def prf(self) -> tuple[float, float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        b = self.body_kept / self.body if self.body else 1.0
        return p, r, f, b


def removed_mask(article: Article) -> bytearray:
    mask = bytearray(len(article.text))
    for s in article.spans:
        if not s.kept:
            mask[s.start : s.end] = b"\x01" * (s.end - s.start)
    return mask


def line_quality(show_errors: bool) -> list[tuple[str, Counts]]:
    labels = json.loads((SEEDS / "labels.json").read_text(encoding="utf-8"))
    rows = []
    for name, entry in sorted(labels.items()):
        text = (SEEDS / name).read_bytes().decode("utf-8")
        article = newsclean.clean(text)
        mask = removed_mask(article)
        c = Counts()
        for line in entry["lines"]:
            if line["label"] == "blank":
                continue
            chars = [i for i in range(line["start"], line["end"]) if not text[i].isspace()]
            removed = sum(mask[i] for i in chars) * 2 > len(chars)
            positive = line["label"] in ("title", "boilerplate")
            if line["label"] == "body":
                c.body += 1
                c.body_kept += not removed
            if positive and removed:
                c.tp += 1
            elif positive:
                c.fn += 1
            elif removed:
                c.fp += 1
            if show_errors and positive != removed:
                what = "missed" if positive else "wrongly removed"
                kind = line["kind"] or line["label"]
                print(f"  {name} L{line['n']} {what} [{kind}]: {line['text'][:70]!r}")
        rows.append((name, c))
    return rows


# -- report ------------------------------------------------------------------------------------
def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]

    def fmt(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([fmt(headers), sep, *(fmt(r) for r in rows)])


def time_steps(corpus: Sequence[str]) -> None:
    """Where the text path spends its time: reading (decode, detect, segment), each step
    (its own work plus applying its decisions), and building the Article."""
    pipe = Pipeline.default()
    spent: dict[str, float] = {"(read: detect + segment)": 0.0}
    spent.update({s.id: 0.0 for s in pipe.steps})
    spent["(finish: spans + body)"] = 0.0
    clock = CLOCK
    for d in corpus[: len(corpus) // 4 + 1]:  # warm-up: rules compiled on first use
        pipe.run(d)
    for d in corpus:
        t0 = clock()
        doc, source = pipe.read(d)
        spent["(read: detect + segment)"] += clock() - t0
        for step in pipe.steps:
            t0 = clock()
            for decision in step.apply(doc):
                doc.apply(decision)
            spent[step.id] += clock() - t0
        t0 = clock()
        pipe.finish(doc, source)
        spent["(finish: spans + body)"] += clock() - t0
    total = sum(spent.values())
    rows = [
        [k, f"{v * 1e3 / len(corpus):.3f}", f"{v / total:.1%}"]
        for k, v in sorted(spent.items(), key=lambda kv: -kv[1])
    ]
    print("\n## Time per step (text path)\n")
    print(table(["step", "ms/doc", "share"], rows))


def profile(corpus: Sequence[str], top: int) -> None:
    pipe = Pipeline.default()
    prof = cProfile.Profile()
    prof.enable()
    for d in corpus:
        pipe.run(d)
    prof.disable()
    for key in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(prof, stream=out).strip_dirs().sort_stats(key).print_stats(top)
        body = out.getvalue()
        print(f"\n## Profile of the text path, by {key}\n")
        print(body[body.find("   ncalls") :].rstrip())


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=16, help="timing rounds (16)")
    ap.add_argument("--quick", action="store_true", help="a smoke run: one round, fewer anchors")
    ap.add_argument("--trafilatura-docs", type=int, default=None, help="docs for trafilatura")
    ap.add_argument("--no-trafilatura", action="store_true", help="skip the trafilatura anchor")
    ap.add_argument("--profile", action="store_true", help="print a cProfile of the text path")
    ap.add_argument("--show-errors", action="store_true", help="list the fixture lines missed")
    args = ap.parse_args(argv)
    repeat = 1 if args.quick else max(1, args.repeat)

    if hasattr(os, "sched_setaffinity"):
        with contextlib.suppress(OSError):
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    texts, what = load_texts()
    print(
        f"# newsclean text benchmark (newsclean {newsclean.__version__}, Python "
        f"{sys.version.split()[0]}, one core)\n"
    )
    print(
        f"texts: {what}; {repeat} rounds of {len(texts)} docs ({mb(texts):.2f} MB), every row "
        "timed once a round, the rows taking turns\n"
    )

    full = Pipeline.default()
    prov = [i for i in full.ids if i.startswith("provenance")]
    bare = full.without(*prov) if prov else full
    texts_mb = mb(texts)
    timed: list[tuple[str, Callable[[str], object], Sequence[str], float]] = [
        ("newsclean.clean (default pipeline)", full.run, texts, texts_mb),
        (f"newsclean without its {len(prov)} provenance steps", bare.run, texts, texts_mb),
    ]
    if not args.no_trafilatura:
        try:
            import trafilatura
        except ImportError:
            print("trafilatura is not installed (pip install trafilatura): anchor skipped\n")
        else:
            n = args.trafilatura_docs or (min(60, len(texts)) if args.quick else len(texts))
            sample = (texts * (n // len(texts) + 1))[:n]
            pages = [as_minimal_html(t) for t in sample]
            timed.append(
                (
                    f"trafilatura {trafilatura.__version__} extract (minimal HTML)",
                    lambda p: trafilatura.extract(p),
                    pages,
                    mb(sample),
                )
            )
    results = time_rounds(timed, repeat)
    # speed ratios: the median of the rounds' ratios (see ``median_ratio``)
    ratio = 1 / median_ratio(results[0], results[2]) if len(results) > 2 else None
    unseen = first_pass(texts)

    rows = [
        [r.name, str(r.docs), f"{r.seconds:.2f}", f"{r.docs_per_s:,.0f}", f"{r.mb_per_s:.2f}"]
        for r in [*results, *([unseen] if unseen else [])]
    ]
    print(table(["extractor", "docs", "seconds", "docs/s", "MB/s"], rows))
    print()
    ok = results[0].mb_per_s >= TARGET_MBPS
    print(
        f"- newsclean MB/s: {results[0].mb_per_s:.2f} (target >= {TARGET_MBPS:g}: "
        f"{'met' if ok else 'NOT met'})"
    )
    if ratio is not None:
        print(
            f"- newsclean / trafilatura: {ratio:.1f}x, median of the rounds (target >= "
            f"{TARGET_RATIO:g}x: "
            f"{'met' if ratio >= TARGET_RATIO else 'NOT met'})"
        )
    overhead = median_ratio(results[0], results[1]) - 1
    print(
        f"- provenance steps {prov or '(none)'}: {overhead:+.1%} time over the pipeline "
        "without them (median of the rounds)"
    )

    print("\n## Line-level quality on the fixtures (positive = title or boilerplate line)\n")
    quality = line_quality(args.show_errors)
    total = Counts()
    qrows = []
    for name, c in quality:
        total.add(c)
        p, r, f, b = c.prf()
        qrows.append(
            [name, str(c.tp), str(c.fp), str(c.fn), f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", f"{b:.3f}"]
        )
    p, r, f, b = total.prf()
    qrows.append(
        [
            "all",
            str(total.tp),
            str(total.fp),
            str(total.fn),
            f"{p:.3f}",
            f"{r:.3f}",
            f"{f:.3f}",
            f"{b:.3f}",
        ]
    )
    print(table(["fixture", "tp", "fp", "fn", "precision", "recall", "F1", "body recall"], qrows))

    if args.profile:
        sample = texts * max(1, min(repeat, 4))
        time_steps(sample)
        profile(sample, 25)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
