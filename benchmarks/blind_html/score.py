"""Score newsclean and trafilatura on the blind HTML set.

    PYTHONPATH=. python benchmarks/blind_html/score.py [SET] [--out results.json]

``SET`` is the set's directory (``pages/`` and ``expected.json``): this one by default, or
another set built the same way (``benchmarks/blind_html2``).

For every page in ``pages/`` each extractor gets the page (newsclean: the raw bytes through
``newsclean.clean``, body = ``Article.body``; trafilatura: the page decoded as UTF-8 through
``trafilatura.extract``). The body is whitespace-normalised and searched for the page's strings in
``expected.json`` (exact, case-sensitive substring match):

* keep recall — share of ``keep`` strings found in the body;
* drop leakage — share of ``drop`` strings found in the body.

Both are reported over all strings pooled (micro) and as the mean of the per-page shares (macro).
Time is the CPU time of the extractor call (``time.process_time``), median over pages. Output is
Markdown: a summary table, a per-page table, then per page the leaked drop strings and the missed
keep strings of every extractor.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent


def norm(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Extractor:
    name: str
    version: str
    run: Callable[[bytes], str]


@dataclass
class PageResult:
    kept: int
    n_keep: int
    leaked: list[str]
    n_drop: int
    missed: list[str]
    seconds: float
    error: str = ""


@dataclass
class Totals:
    pages: dict[str, PageResult] = field(default_factory=dict)


def extractors() -> list[Extractor]:
    import importlib.metadata

    import trafilatura

    import newsclean

    tv = importlib.metadata.version("trafilatura")

    def nc(page: bytes) -> str:
        return newsclean.clean(page).body or ""

    def traf(page: bytes) -> str:
        return trafilatura.extract(page.decode("utf-8")) or ""

    def traf_prec(page: bytes) -> str:
        return trafilatura.extract(page.decode("utf-8"), favor_precision=True) or ""

    def traf_nocom(page: bytes) -> str:
        return trafilatura.extract(page.decode("utf-8"), include_comments=False) or ""

    return [
        Extractor("newsclean", getattr(newsclean, "__version__", "?"), nc),
        Extractor("trafilatura (default)", tv, traf),
        Extractor("trafilatura favor_precision", tv, traf_prec),
        Extractor("trafilatura include_comments=False", tv, traf_nocom),
    ]


def score_page(body: str, keep: list[str], drop: list[str]) -> tuple[int, list[str], list[str]]:
    text = norm(body)
    missed = [k for k in keep if norm(k) not in text]
    leaked = [d for d in drop if norm(d) in text]
    return len(keep) - len(missed), leaked, missed


def pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("set", nargs="?", type=Path, default=HERE,
                    help="the set's directory (pages/ and expected.json); default: this one")
    ap.add_argument("--out", type=Path, help="also write per-page results as JSON")
    args = ap.parse_args()
    root: Path = args.set

    expected: dict[str, dict[str, list[str]]] = json.loads(
        (root / "expected.json").read_text(encoding="utf-8")
    )
    names = sorted(expected)
    exts = extractors()
    results: dict[str, Totals] = {e.name: Totals() for e in exts}
    for name in names:
        page = (root / "pages" / name).read_bytes()
        keep, drop = expected[name]["keep"], expected[name]["drop"]
        for e in exts:  # every extractor on a page before the next page
            error = ""
            t0 = time.process_time()
            try:
                body = e.run(page)
            except Exception as exc:
                body, error = "", f"{type(exc).__name__}: {exc}"
            dt = time.process_time() - t0
            kept, leaked, missed = score_page(body, keep, drop)
            results[e.name].pages[name] = PageResult(
                kept, len(keep), leaked, len(drop), missed, dt, error
            )

    n_keep = sum(len(expected[n]["keep"]) for n in names)
    n_drop = sum(len(expected[n]["drop"]) for n in names)
    print(f"# Blind HTML set {root.name}: {len(names)} pages, {n_keep} keep strings, {n_drop} drop strings\n")
    print(
        "| extractor | version | keep recall (micro) | keep recall (macro) "
        "| drop leakage (micro) | drop leakage (macro) | pages all kept | pages no leak "
        "| median ms/page | errors |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for e in exts:
        pr = results[e.name].pages
        kept = sum(p.kept for p in pr.values())
        leaked = sum(len(p.leaked) for p in pr.values())
        rec_macro = statistics.mean(p.kept / p.n_keep for p in pr.values())
        leak_macro = statistics.mean(len(p.leaked) / p.n_drop for p in pr.values())
        all_kept = sum(p.kept == p.n_keep for p in pr.values())
        no_leak = sum(not p.leaked for p in pr.values())
        med = 1000 * statistics.median(p.seconds for p in pr.values())
        errors = sum(bool(p.error) for p in pr.values())
        print(
            f"| {e.name} | {e.version} | {pct(kept / n_keep)} | {pct(rec_macro)} "
            f"| {pct(leaked / n_drop)} | {pct(leak_macro)} | {all_kept}/{len(names)} "
            f"| {no_leak}/{len(names)} | {med:.1f} | {errors} |"
        )

    print("\n## Per page (keep recall / leaked drop strings)\n")
    print("| page | " + " | ".join(e.name for e in exts) + " |")
    print("|---|" + "---|" * len(exts))
    for name in names:
        cells = []
        for e in exts:
            p = results[e.name].pages[name]
            cells.append(f"{p.kept}/{p.n_keep} · {len(p.leaked)}/{p.n_drop}")
        print(f"| {name} | " + " | ".join(cells) + " |")

    print("\n## Leaked drop strings and missed keep strings\n")
    for name in names:
        print(f"### {name}\n")
        for e in exts:
            p = results[e.name].pages[name]
            if p.error:
                print(f"- **{e.name}** error: `{p.error}`")
            if p.leaked:
                print(f"- **{e.name}** leaked: " + "; ".join(f"`{s[:70]}`" for s in p.leaked))
            if p.missed:
                print(f"- **{e.name}** missed: " + "; ".join(f"`{s[:60]}…`" for s in p.missed))
        print()

    if args.out:
        data = {
            e: {n: vars(p) for n, p in t.pages.items()} for e, t in results.items()
        }
        args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
