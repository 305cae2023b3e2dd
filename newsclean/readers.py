"""Readers that turn files, directories, JSONL, WARC and stdin into :class:`~newsclean.Item`
streams for :func:`~newsclean.clean_many` (the command line is built on them).

Every reader is a lazy generator: a crawl is read one document at a time. A document that
cannot be read (a bad JSON line, a record without the field, an unreadable file) is yielded as
an ``Item`` with ``error`` set, so it is reported as failed, never dropped.

Formats, by file name (or forced with ``fmt=``):

* ``.jsonl``, ``.ndjson`` (optionally ``.gz``): one record a line;
* ``.warc``, ``.warc.gz``, ``.arc``, ``.arc.gz``: WARC ``response``/``resource``/``conversion``
  records with a text or HTML content type (through ``warcio``);
* anything else: the whole file is one document (``.gz`` files are decompressed).

In directories (walked recursively, in sorted order, hidden entries skipped) only files whose
suffix is in :data:`DIR_SUFFIXES` are read; :class:`ReadStats` counts what was skipped.
"""

from __future__ import annotations

import gzip
import io
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal

from .batch import DATA_FIELDS, Item

__all__ = [
    "DIR_SUFFIXES",
    "ReadStats",
    "format_of",
    "read_jsonl",
    "read_paths",
    "read_warc",
]

Format = Literal["auto", "doc", "jsonl", "warc"]

#: suffixes read when walking a directory (a compressed ``.gz`` counts by the suffix before it)
DIR_SUFFIXES = frozenset(
    {".txt", ".text", ".html", ".htm", ".xhtml", ".shtml", ".jsonl", ".ndjson", ".warc", ".arc"}
)
_JSONL = (".jsonl", ".ndjson")
_WARC = (".warc", ".arc")


@dataclass
class ReadStats:
    """What the readers skipped on purpose (not documents), for the summary."""

    skipped_files: int = 0
    skipped_records: int = 0
    skipped_examples: list[str] = field(default_factory=list)

    def skip_file(self, path: Path) -> None:
        self.skipped_files += 1
        if len(self.skipped_examples) < 3:
            self.skipped_examples.append(str(path))


def _suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def format_of(path: Path) -> Format:
    """The format a file name implies: ``jsonl``, ``warc`` or ``doc``."""
    suffix = _suffix(path)
    if suffix in _JSONL:
        return "jsonl"
    if suffix in _WARC:
        return "warc"
    return "doc"


def read_paths(
    paths: Iterable[str],
    *,
    fmt: Format = "auto",
    field: str | None = None,
    id_field: str = "id",
    url_field: str = "url",
    kind: str | None = None,
    stats: ReadStats | None = None,
    stdin: IO[bytes] | None = None,
) -> Iterator[Item]:
    """Items from files, directories (recursively) and ``-`` (standard input), in order."""
    stats = stats if stats is not None else ReadStats()
    for p in paths:
        if p == "-":
            yield from _read_stream(stdin, fmt, field, id_field, url_field, kind, stats)
            continue
        path = Path(p)
        if path.is_dir():
            for f in _walk(path):
                if _suffix(f) in DIR_SUFFIXES:
                    yield from _read_file(f, fmt, field, id_field, url_field, kind, stats)
                else:
                    stats.skip_file(f)
        else:
            yield from _read_file(path, fmt, field, id_field, url_field, kind, stats)


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def _read_stream(
    stdin: IO[bytes] | None,
    fmt: Format,
    field: str | None,
    id_field: str,
    url_field: str,
    kind: str | None,
    stats: ReadStats,
) -> Iterator[Item]:
    import sys

    stream = stdin if stdin is not None else sys.stdin.buffer
    if fmt == "auto":
        head = stream.peek(64)[:64] if isinstance(stream, io.BufferedReader) else b""
        if not head:  # not peekable: read it all and sniff
            data = stream.read()
            head, stream = data[:64], io.BytesIO(data)
        fmt = _sniff(head)
    if fmt == "jsonl":
        yield from read_jsonl(stream, "<stdin>", field, id_field, url_field, kind)
    elif fmt == "warc":
        yield from read_warc(stream, "<stdin>", kind, stats)
    else:
        yield Item(stream.read(), id="<stdin>", kind=kind)


def _sniff(head: bytes) -> Format:
    if head.startswith(b"\x1f\x8b"):
        return "warc"  # stdin is not named: a gzip stream is taken for a WARC file
    if head.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    if head.lstrip().startswith(b"{"):
        return "jsonl"
    return "doc"


def _read_file(
    path: Path,
    fmt: Format,
    field: str | None,
    id_field: str,
    url_field: str,
    kind: str | None,
    stats: ReadStats,
) -> Iterator[Item]:
    name = str(path)
    use = format_of(path) if fmt == "auto" else fmt
    try:
        if use == "warc":
            with path.open("rb") as f:
                yield from read_warc(f, name, kind, stats)
        elif use == "jsonl":
            with _open(path) as f:
                yield from read_jsonl(f, name, field, id_field, url_field, kind)
        else:
            with _open(path) as f:
                data = f.read()
            yield Item(data, id=name, kind=kind or _kind_of(path))
    except (OSError, EOFError, ImportError, ValueError) as exc:
        yield Item(b"", id=name, error=str(exc), error_type=type(exc).__name__)


def _open(path: Path) -> IO[bytes]:
    if path.suffix.lower() == ".gz":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _kind_of(path: Path) -> str | None:
    suffix = _suffix(path)
    if suffix in (".html", ".htm", ".xhtml", ".shtml"):
        return "html"
    return None  # detect


def read_jsonl(
    stream: IO[bytes],
    name: str,
    field: str | None = None,
    id_field: str = "id",
    url_field: str = "url",
    kind: str | None = None,
) -> Iterator[Item]:
    """One Item a non-blank line. ``field`` is the document's key (default ``text``, then
    ``html``); the id is ``record[id_field]`` or ``name:line``."""
    for lineno, line in enumerate(stream, 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield Item(b"", id=where, error=f"not JSON: {exc}", error_type="JSONDecodeError")
            continue
        if not isinstance(record, dict):
            yield Item(
                b"",
                id=where,
                error=f"a JSONL line must be an object, not {type(record).__name__}",
                error_type="TypeError",
            )
            continue
        rid = record.get(id_field)
        rid = str(rid) if isinstance(rid, (str, int)) and not isinstance(rid, bool) else where
        url = record.get(url_field)
        url = url if isinstance(url, str) else None
        rkind = record.get("kind") if record.get("kind") in ("text", "html") else kind
        key = field if field is not None else next((k for k in DATA_FIELDS if k in record), None)
        if key is None or key not in record:
            wanted = repr(field) if field is not None else " or ".join(map(repr, DATA_FIELDS))
            yield Item(b"", id=rid, url=url, error=f"no {wanted} field", error_type="KeyError")
            continue
        value: Any = record[key]
        if not isinstance(value, str):
            yield Item(
                b"",
                id=rid,
                url=url,
                error=f"field {key!r} is {type(value).__name__}, not a string",
                error_type="TypeError",
            )
            continue
        if key == "html" and rkind is None:
            rkind = "html"
        yield Item(value, id=rid, url=url, kind=rkind)


def read_warc(
    stream: IO[bytes], name: str, kind: str | None = None, stats: ReadStats | None = None
) -> Iterator[Item]:
    """One Item a WARC ``response``/``resource``/``conversion`` record with a text or HTML
    content type; the id is the WARC-Record-ID, the URL the WARC-Target-URI. The charset of
    the HTTP Content-Type is used when it decodes the payload; otherwise the bytes go to the
    pipeline's own detection."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as exc:
        raise ImportError("reading WARC needs warcio: pip install 'newsclean[io]'") from exc
    stats = stats if stats is not None else ReadStats()
    for n, record in enumerate(ArchiveIterator(stream), 1):
        if record.rec_type not in ("response", "resource", "conversion"):
            continue
        headers = record.http_headers if record.rec_type == "response" else None
        ctype = (
            headers.get_header("Content-Type")
            if headers is not None
            else record.rec_headers.get_header("Content-Type")
        ) or ""
        mime = ctype.split(";")[0].strip().lower()
        if mime and not (mime.startswith("text/") or "html" in mime or "xml" in mime):
            stats.skipped_records += 1
            continue
        rid = record.rec_headers.get_header("WARC-Record-ID") or f"{name}#{n}"
        url = record.rec_headers.get_header("WARC-Target-URI")
        try:
            payload = record.content_stream().read()
        except Exception as exc:
            yield Item(b"", id=rid, url=url, error=str(exc), error_type=type(exc).__name__)
            continue
        data: str | bytes = payload
        charset = _charset(ctype)
        if charset:
            try:
                data = payload.decode(charset)
            except (LookupError, UnicodeDecodeError):
                data = payload
        rkind = kind or ("html" if "html" in mime else "text" if mime == "text/plain" else None)
        yield Item(data, id=rid, url=url, kind=rkind)


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        k, _, v = part.partition("=")
        if k.strip().lower() == "charset" and v.strip():
            return v.strip().strip("'\"")
    return None
