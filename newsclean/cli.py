"""The ``newsclean`` command: clean files, directories, JSONL, WARC or stdin.

A thin layer over :mod:`newsclean.readers` (input) and :func:`newsclean.clean_many`
(cleaning, in order, in parallel with ``--workers``). See ``newsclean --help`` and
docs/batch.md.

Exit status: 0 when every document was cleaned, 1 when some failed (each is reported on
stderr and, with ``--json``/``--format``, in the output), 2 for a usage error or a missing file.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .batch import BatchResult, clean_many
from .config import PRESETS, Config
from .readers import ReadStats, format_of, read_paths

if TYPE_CHECKING:
    from .model import Article

__all__ = ["main"]

FORMATS = ("text", "jsonl", "parquet")
PARQUET_BATCH = 1000


class UsageError(Exception):
    """A bad command line: exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    p = argparse.ArgumentParser(
        prog="newsclean",
        description=(
            "Clean article bodies out of scraped news text or HTML. Reads files, directories "
            "(recursively), JSONL (one record a line), WARC and stdin ('-'); prints the bodies, "
            "the full results (--json) or what was removed and why (--explain)."
        ),
        epilog=(
            "Exit status: 0 all documents cleaned, 1 some failed, 2 usage error or missing "
            "file. A summary (documents, removed share, rules that fired most, errors) goes "
            "to stderr unless -q."
        ),
    )
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files, directories or '-' for stdin (default: stdin when it is not a terminal)",
    )
    out = p.add_argument_group("output")
    mode = out.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="the full results, one JSON a line")
    mode.add_argument(
        "--explain", action="store_true", help="each removed span with its rule and reason"
    )
    out.add_argument(
        "--format",
        choices=FORMATS,
        help="text (bodies), jsonl (full results) or parquet (needs -o); "
        "default: from --json or the output's suffix, else text",
    )
    out.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    inp = p.add_argument_group("input")
    inp.add_argument(
        "--input-format",
        choices=("auto", "doc", "jsonl", "warc"),
        default="auto",
        help="auto (by suffix: .jsonl/.ndjson, .warc/.arc, else one document a file; "
        "stdin is sniffed), or force one",
    )
    inp.add_argument("--field", help="JSONL key holding the document (default: text, else html)")
    inp.add_argument("--id-field", default="id", help="JSONL key of the id (default: id)")
    inp.add_argument("--url-field", default="url", help="JSONL key of the URL (default: url)")
    inp.add_argument("--kind", choices=("auto", "text", "html"), default="auto", help="input kind")
    run = p.add_argument_group("cleaning")
    run.add_argument(
        "--favor",
        choices=sorted(PRESETS),
        default="balanced",
        help="precision removes more, recall keeps more (default: balanced)",
    )
    run.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="RULE",
        help="ignore a rule id's decisions (repeatable; ids in docs/rules.md)",
    )
    run.add_argument(
        "--max-chars", type=int, metavar="N", help="fail documents longer than N characters"
    )
    run.add_argument(
        "-w",
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="worker processes (default 1; 0 = one per CPU)",
    )
    ui = p.add_argument_group("display")
    prog = ui.add_mutually_exclusive_group()
    prog.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="show a progress bar (default: when stderr is a terminal and stdout is not)",
    )
    prog.add_argument("--no-progress", dest="progress", action="store_false")
    ui.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


@dataclass
class Summary:
    """What the run did, for the closing lines on stderr."""

    documents: int = 0
    failed: int = 0
    chars: int = 0
    removed: int = 0
    rules: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    started: float = field(default_factory=time.perf_counter)

    def add(self, r: BatchResult) -> None:
        self.documents += 1
        if r.article is None:
            self.failed += 1
            self.errors[r.error_type or "Error"] += 1
            return
        for s in r.article.spans:
            n = len(s.text.strip())
            self.chars += n
            if not s.kept:
                self.removed += n
                self.rules[s.rule or "?"] += 1

    def lines(self, stats: ReadStats) -> list[str]:
        secs = time.perf_counter() - self.started
        rate = self.documents / secs if secs > 0 else 0.0
        share = self.removed / self.chars if self.chars else 0.0
        out = [
            f"newsclean: {self.documents:,} document{'s' if self.documents != 1 else ''}, "
            f"{self.failed:,} failed; {self.chars:,} characters, {share:.1%} removed; "
            f"{secs:.1f} s ({rate:,.0f} docs/s)"
        ]
        if self.rules:
            top = ", ".join(f"{rule} {n:,}" for rule, n in self.rules.most_common(8))
            out.append(f"  rules that fired most: {top}")
        if self.errors:
            errs = ", ".join(f"{kind} {n:,}" for kind, n in self.errors.most_common())
            out.append(f"  errors: {errs}")
        skipped = []
        if stats.skipped_files:
            ex = f" (e.g. {', '.join(stats.skipped_examples)})" if stats.skipped_examples else ""
            skipped.append(f"{stats.skipped_files:,} files by suffix{ex}")
        if stats.skipped_records:
            skipped.append(f"{stats.skipped_records:,} WARC records not text/HTML")
        if skipped:
            out.append(f"  skipped, not documents: {'; '.join(skipped)}")
        return out


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return _run(args)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"newsclean: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("newsclean: interrupted", file=sys.stderr)
        return 130


def _config(args: argparse.Namespace) -> Config:
    kw: dict[str, Any] = {"favor": args.favor, "disabled_rules": frozenset(args.disable)}
    if args.max_chars is not None:
        if args.max_chars <= 0:
            raise UsageError("--max-chars must be positive")
        kw["max_input_chars"] = args.max_chars
    config = Config(**kw)
    if args.disable:
        from . import default_pipeline

        known = {r.id for s in default_pipeline(config).steps for r in s.rules}
        unknown = sorted(set(args.disable) - known)
        if unknown:
            raise UsageError(
                f"unknown rule id(s) for --disable: {', '.join(unknown)} "
                "(the ids are listed in docs/rules.md)"
            )
    return config


def _output_format(args: argparse.Namespace) -> str:
    if args.format:
        if args.json and args.format != "jsonl":
            raise UsageError("--json means --format jsonl")
        fmt: str = args.format
    elif args.json:
        fmt = "jsonl"
    elif args.output and Path(args.output).suffix.lower() == ".parquet":
        fmt = "parquet"
    elif args.output and Path(args.output).suffix.lower() in (".jsonl", ".ndjson", ".json"):
        fmt = "jsonl"
    else:
        fmt = "text"
    if fmt == "jsonl" and args.explain:
        raise UsageError("--explain prints text; JSONL output has the spans already")
    if fmt == "parquet":
        if not args.output:
            raise UsageError("--format parquet needs --output FILE")
        if args.explain:
            raise UsageError("--explain prints text; drop it or use --format text")
        try:
            import pyarrow  # noqa: F401
        except ImportError as exc:
            raise UsageError("Parquet output needs pyarrow: pip install 'newsclean[io]'") from exc
    return fmt


def _check_inputs(paths: list[str], input_format: str) -> None:
    for p in paths:
        if p != "-" and not os.path.exists(p):
            raise UsageError(f"no such file or directory: {p}")
    wants_warc = input_format == "warc" or any(
        p != "-" and os.path.isfile(p) and format_of(Path(p)) == "warc" for p in paths
    )
    if wants_warc:
        try:
            import warcio  # noqa: F401
        except ImportError as exc:
            raise UsageError("reading WARC needs warcio: pip install 'newsclean[io]'") from exc


def _run(args: argparse.Namespace) -> int:
    paths: list[str] = list(args.paths)
    if not paths:
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError("give one or more files or directories, or '-' for stdin")
        paths = ["-"]
    if paths.count("-") > 1:
        raise UsageError("'-' (stdin) can be given once")
    if args.workers < 0:
        raise UsageError("--workers must be >= 0")
    fmt = _output_format(args)
    _check_inputs(paths, args.input_format)
    config = _config(args)
    stats = ReadStats()
    items = read_paths(
        paths,
        fmt=args.input_format,
        field=args.field,
        id_field=args.id_field,
        url_field=args.url_field,
        kind=None if args.kind == "auto" else args.kind,
        stats=stats,
    )
    progress = args.progress
    to_terminal = args.output is None and sys.stdout.isatty()
    if progress is None:
        progress = sys.stderr.isatty() and not to_terminal and _has_tqdm()
    results = clean_many(items, config=config, workers=args.workers, progress=progress)
    summary = Summary()
    try:
        if fmt == "parquet":
            _write_parquet(results, args.output, summary)
        else:
            with contextlib.ExitStack() as stack:
                out: IO[str] = sys.stdout
                if args.output:
                    out = stack.enter_context(open(args.output, "w", encoding="utf-8"))
                _write_text(results, out, fmt, args.explain, summary)
    except BrokenPipeError:
        # the reader went away (newsclean ... | head): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        results.close()
        return 1 if summary.failed else 0
    if not args.quiet:
        for line in summary.lines(stats):
            print(line, file=sys.stderr)
    return 1 if summary.failed else 0


def _has_tqdm() -> bool:
    try:
        import tqdm  # noqa: F401
    except ImportError:
        return False
    return True


def _report(r: BatchResult) -> None:
    print(f"newsclean: {r.key}: {r.error_type}: {r.error}", file=sys.stderr)


def _write_text(
    results: Iterable[BatchResult],
    out: IO[str],
    fmt: str,
    explain: bool,
    summary: Summary,
) -> None:
    it = iter(results)
    head = list(itertools.islice(it, 2))
    # a run of exactly one document prints it bare; otherwise each gets a "==> id <==" header
    headers = len(head) > 1
    first = True
    for r in itertools.chain(head, it):
        summary.add(r)
        if fmt == "jsonl":
            out.write(json.dumps(r.to_dict(), ensure_ascii=False))
            out.write("\n")
            if r.article is None:
                _report(r)
            continue
        if r.article is None:
            _report(r)
            continue
        if headers:
            out.write(("" if first else "\n") + f"==> {r.key} <==\n")
        first = False
        if explain:
            text = r.article.explain()
            out.write((text or "(nothing removed)") + "\n")
        else:
            out.write(r.article.body + "\n")


def _spans_rows(article: Article) -> list[dict[str, Any]]:
    return [
        {
            "start": s.start,
            "end": s.end,
            "kept": s.kept,
            "rule": s.rule,
            "category": s.category,
            "reason": s.reason,
            "text": s.text,
        }
        for s in article.spans
    ]


def _write_parquet(results: Iterable[BatchResult], path: str, summary: Summary) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .frames import COLUMNS, article_row

    span = pa.struct(
        [
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("kept", pa.bool_()),
            ("rule", pa.string()),
            ("category", pa.string()),
            ("reason", pa.string()),
            ("text", pa.string()),
        ]
    )
    fields = [
        ("id", pa.string()),
        ("index", pa.int64()),
        ("url", pa.string()),
        ("error_type", pa.string()),
    ]
    fields += [(c, pa.float64() if t == "float64" else pa.string()) for c, t in COLUMNS.items()]
    fields.append(("spans", pa.list_(span)))
    schema = pa.schema(fields)
    rows: list[dict[str, Any]] = []
    with pq.ParquetWriter(path, schema) as writer:
        for r in results:
            summary.add(r)
            if r.article is None:
                _report(r)
            row = article_row(r)
            row.update(
                id=r.key,
                index=r.index,
                url=r.url,
                error_type=r.error_type,
                spans=_spans_rows(r.article) if r.article is not None else None,
            )
            rows.append(row)
            if len(rows) >= PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        if rows or not summary.documents:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
