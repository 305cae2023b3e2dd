"""HTML benchmark: newsclean against the anchors on the article-extraction benchmark, one run.

    python benchmarks/html_bench.py                 # all extractors, all 181 pages
    python benchmarks/html_bench.py --only newsclean --pages 40
    python benchmarks/html_bench.py --stages        # where newsclean's time goes, per step

Data: ``../shared/bench/article-extraction-benchmark/`` (``--bench-dir`` to change), scored
with the benchmark's own rule (``benchmarks/scoring.py``). Every extractor sees the same decoded
page (``str``); each is called once on the first page as a warm-up, then the pages are run one
after another, every extractor on the same page before the next page (so load on a shared
machine falls on all of them alike), timing the extractor call only, in this process's CPU
time (``time.process_time``: other work on the machine is not charged to the extractor).
Prints precision, recall, F1, mean per-page F1 and the median ms per page, and writes
``benchmarks/out/html_bench.json``.

newsclean's prediction is ``Article.body`` (the title is not part of the benchmark's
``articleBody``). Rows:

* ``newsclean`` — the default pipeline (``newsclean.clean``): HTML reader, markup-aware steps,
  text rules and provenance extractors, prepared before the run (``Pipeline.prepare``: phrase
  patterns compiled up front, a few seconds once, as a long run or a server would);
* ``newsclean, not prepared`` — the same pipeline compiling each phrase rule on the first page
  that needs it (what a one-off ``clean()`` does): on 181 pages most compiles fall on measured
  pages, so this row is the cold figure, not the steady state;
* ``newsclean html steps`` — the reader and the markup-aware steps only (no text rules, no
  provenance): the HTML path's own cost and quality;
* ``newsclean + trafilatura`` — the default pipeline with ``html.main`` replaced by the
  trafilatura step.

Anchors (``pip install newsclean[bench]``): trafilatura (default, favor_precision, fast; all
with ``include_comments=False``, as in the anchors' own run),
readability-lxml, jusText (English stoplist) and resiliparse (main_content).
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import importlib.metadata
import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from scoring import score, score_page  # noqa: E402

DEFAULT_BENCH = HERE.parent.parent / "shared" / "bench" / "article-extraction-benchmark"

Extract = Callable[[str], str]


@dataclass
class Extractor:
    name: str
    version: str
    run: Extract
    predictions: dict[str, str] = field(default_factory=dict)
    ms: list[float] = field(default_factory=list)
    errors: int = 0


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def newsclean_extractors() -> list[Extractor]:
    import newsclean
    from newsclean.html.steps import html_steps
    from newsclean.html.trafilatura_step import Trafilatura

    cfg = newsclean.Config()
    # prepared: the one-time compiles done before the run, as a long run or a server does
    # (they add up to a few seconds however many pages follow); the "not prepared" row pays
    # them on the pages that first need each rule, which on 181 pages is most of them
    default = newsclean.Pipeline.default(cfg).prepare()
    lazy = newsclean.Pipeline.default(cfg)
    core = newsclean.Pipeline(html_steps(cfg), cfg).prepare()
    with_traf = default.replace("html.main", Trafilatura(cfg))
    v = newsclean.__version__
    return [
        Extractor("newsclean", v, lambda h: default.run(h, kind="html").body),
        Extractor("newsclean, not prepared", v, lambda h: lazy.run(h, kind="html").body),
        Extractor("newsclean html steps", v, lambda h: core.run(h, kind="html").body),
        Extractor(
            "newsclean + trafilatura",
            f"{v} / {_version('trafilatura')}",
            lambda h: with_traf.run(h, kind="html").body,
        ),
    ]


def anchor_extractors() -> list[Extractor]:
    out: list[Extractor] = []
    try:
        import trafilatura

        v = _version("trafilatura")
        # comments are not article body: the anchors' run left them out too
        out += [
            Extractor(
                "trafilatura",
                v,
                lambda h: trafilatura.extract(h, include_comments=False) or "",
            ),
            Extractor(
                "trafilatura favor_precision",
                v,
                lambda h: (
                    trafilatura.extract(h, include_comments=False, favor_precision=True) or ""
                ),
            ),
            Extractor(
                "trafilatura fast",
                v,
                lambda h: trafilatura.extract(h, include_comments=False, fast=True) or "",
            ),
        ]
    except ImportError:
        print("trafilatura not installed: skipped", file=sys.stderr)
    try:
        import lxml.html
        from readability import Document

        def readability_text(h: str) -> str:
            summary = Document(h).summary(html_partial=True)
            return str(lxml.html.fromstring(summary).text_content()) if summary.strip() else ""

        out.append(Extractor("readability-lxml", _version("readability-lxml"), readability_text))
    except ImportError:
        print("readability-lxml not installed: skipped", file=sys.stderr)
    try:
        import justext

        stoplist = justext.get_stoplist("English")

        def justext_text(h: str) -> str:
            paras = justext.justext(h.encode("utf-8"), stoplist, encoding="utf-8")
            return "\n\n".join(p.text for p in paras if not p.is_boilerplate)

        out.append(Extractor("justext", _version("jusText"), justext_text))
    except ImportError:
        print("jusText not installed: skipped", file=sys.stderr)
    try:
        from resiliparse.extract.html2text import extract_plain_text

        out.append(
            Extractor(
                "resiliparse main_content",
                _version("Resiliparse"),
                lambda h: extract_plain_text(h, main_content=True),
            )
        )
    except ImportError:
        print("resiliparse not installed: skipped", file=sys.stderr)
    return out


def load(bench: Path, limit: int | None) -> tuple[dict[str, str], dict[str, str]]:
    truth_all = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth_all)[:limit] if limit else sorted(truth_all)
    truths = {k: truth_all[k]["articleBody"] for k in ids}
    pages = {
        k: gzip.decompress((bench / "html" / f"{k}.html.gz").read_bytes()).decode("utf-8")
        for k in ids
    }
    return pages, truths


def run(extractors: list[Extractor], pages: dict[str, str]) -> None:
    first = next(iter(pages.values()))
    for ex in extractors:  # warm-up: imports, lazy tables, caches
        with contextlib.suppress(Exception):
            ex.run(first)
    clock = time.process_time
    for pid, html in pages.items():
        for ex in extractors:
            t0 = clock()
            try:
                text = ex.run(html)
            except Exception:
                text = ""
                ex.errors += 1
            ex.ms.append((clock() - t0) * 1000)
            ex.predictions[pid] = text


def report(extractors: list[Extractor], truths: dict[str, str]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for ex in extractors:
        s = score(ex.predictions, truths)
        rows.append(
            {
                "name": ex.name,
                "version": ex.version,
                "pages": s.pages,
                "precision": s.precision,
                "recall": s.recall,
                "f1": s.f1,
                "mean_page_f1": s.mean_page_f1,
                "ms_per_page_median": statistics.median(ex.ms) if ex.ms else 0.0,
                "ms_per_page_mean": statistics.fmean(ex.ms) if ex.ms else 0.0,
                "errors": ex.errors,
                "empty": s.empty,
                "per_page": {
                    pid: {"f1": score_page(ex.predictions.get(pid, ""), t).f1, "ms": ms}
                    for (pid, t), ms in zip(truths.items(), ex.ms, strict=False)
                },
            }
        )
    rows.sort(key=lambda r: -float(r["f1"]))  # type: ignore[arg-type]
    return rows


def table(rows: list[dict[str, object]], baseline: str = "trafilatura") -> str:
    base = next((r for r in rows if r["name"] == baseline), None)
    base_ms = float(base["ms_per_page_median"]) if base else 0.0  # type: ignore[arg-type]
    lines = [
        "| extractor | version | precision | recall | F1 | mean page F1 | ms/page (median) "
        f"| × {baseline} time | errors | empty |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        ms = float(r["ms_per_page_median"])  # type: ignore[arg-type]
        rel = f"{ms / base_ms:.2f}" if base_ms else "-"
        lines.append(
            f"| {r['name']} | {r['version']} | {r['precision']:.3f} | {r['recall']:.3f} "
            f"| {r['f1']:.3f} | {r['mean_page_f1']:.3f} | {ms:.1f} | {rel} | {r['errors']} "
            f"| {r['empty']} |"
        )
    return "\n".join(lines)


def stages(pages: dict[str, str]) -> str:
    """Where a page's time goes in the default pipeline: CPU ms (median and mean over pages)
    of Lexbor's parse alone, the reader (parse included), each step, and the spans."""
    from selectolax.lexbor import LexborHTMLParser

    import newsclean
    from newsclean.html import read_html

    cfg = newsclean.Config()
    pipeline = newsclean.Pipeline.default(cfg).prepare()
    pipeline.run(next(iter(pages.values())), kind="html")  # warm-up
    clock = time.process_time
    ms: dict[str, list[float]] = {}

    def add(name: str, t0: float) -> None:
        ms.setdefault(name, []).append((clock() - t0) * 1000)

    blocks: list[int] = []
    for html in pages.values():
        t0 = clock()
        LexborHTMLParser(html)
        add("parse (Lexbor)", t0)
        t0 = clock()
        read_html(html, cfg)
        add("reader (parse included)", t0)
        doc, source = pipeline.read(html, kind="html")
        blocks.append(len(doc.blocks))
        for step in pipeline.steps:
            t0 = clock()
            for decision in step.apply(doc):
                doc.apply(decision)
            add(f"step {step.id}", t0)
        t0 = clock()
        pipeline.finish(doc, source)
        add("spans and article", t0)
    lines = [
        f"{len(pages)} pages, {statistics.median(blocks):.0f} blocks a page (median)\n",
        "| stage | CPU ms (median) | CPU ms (mean) |",
        "|---|---|---|",
    ]
    for name, v in ms.items():
        lines.append(f"| {name} | {statistics.median(v):.2f} | {statistics.fmean(v):.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--pages", type=int, default=None, help="only the first N pages (by id)")
    ap.add_argument(
        "--only", default=None, help="comma-separated name prefixes (e.g. newsclean,trafilatura)"
    )
    ap.add_argument("--out", type=Path, default=HERE / "out" / "html_bench.json")
    ap.add_argument(
        "--stages",
        action="store_true",
        help="only print where newsclean's time goes (CPU per stage and step), no scoring",
    )
    args = ap.parse_args(argv)
    if not (args.bench_dir / "ground-truth.json").is_file():
        print(f"no benchmark data at {args.bench_dir}", file=sys.stderr)
        return 2
    pages, truths = load(args.bench_dir, args.pages)
    if args.stages:
        print(stages(pages))
        return 0
    extractors = newsclean_extractors() + anchor_extractors()
    if args.only:
        prefixes = tuple(p.strip() for p in args.only.split(","))
        extractors = [e for e in extractors if e.name.startswith(prefixes)]
    run(extractors, pages)
    rows = report(extractors, truths)
    print(f"{len(pages)} pages, Python {sys.version.split()[0]}\n")
    print(table(rows))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {"pages": len(pages), "python": sys.version.split()[0], "extractors": rows},
            indent=1,
        ),
        encoding="utf-8",
    )
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
