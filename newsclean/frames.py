"""pandas helpers: clean a column of a DataFrame, explode the decisions into a tidy frame.

pandas is imported only when these functions run (``pip install 'newsclean[pandas]'``).

>>> from newsclean.frames import clean_column, decisions_frame
>>> out = clean_column(df, "text", workers=4)              # df plus body, title, site... columns
>>> spans = decisions_frame(clean_column(df, "text", articles=True))
>>> spans[~spans.kept].groupby("rule").size()               # which rules fired, how often

The columns added by :func:`clean_column` (see :data:`COLUMNS`) are plain values, so the result
writes to Parquet/CSV as is. Provenance columns hold the first fact of their kind; ``credits``
and ``authors`` join every distinct value with ``"; "``. Dates are ISO 8601 strings as the
provenance extractors give them (``pd.to_datetime(out.published, utc=True)`` parses them).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .batch import BatchResult, Item, clean_many
from .model import Article

if TYPE_CHECKING:
    import pandas as pd

    from .config import Config
    from .pipeline import Pipeline

__all__ = ["COLUMNS", "DECISION_COLUMNS", "article_row", "clean_column", "decisions_frame"]

#: the columns clean_column adds, with their pandas dtypes
COLUMNS: dict[str, str] = {
    "body": "string",
    "title": "string",
    "site": "string",
    "publisher": "string",
    "credits": "string",
    "authors": "string",
    "original_url": "string",
    "published": "string",
    "updated": "string",
    "removed_share": "float64",
    "error": "string",
}

#: column -> provenance fact kind, for the single-valued provenance columns
_FIRST_FACT = {
    "site": "site_name",
    "publisher": "publisher",
    "original_url": "original_url",
    "published": "published",
    "updated": "updated",
}
#: column -> fact kind, for the columns that join every value
_ALL_FACTS = {"credits": "credits", "authors": "authors"}

#: the columns of decisions_frame, with their pandas dtypes
DECISION_COLUMNS: dict[str, str] = {
    "doc": "object",
    "start": "int64",
    "end": "int64",
    "kept": "bool",
    "rule": "string",
    "category": "string",
    "reason": "string",
    "text": "string",
}


def article_row(item: Article | BatchResult) -> dict[str, Any]:
    """The :data:`COLUMNS` values of one article or batch result (plain Python, no pandas)."""
    article = item.article if isinstance(item, BatchResult) else item
    error = item.error if isinstance(item, BatchResult) else None
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    row["error"] = error
    if article is None:
        row["removed_share"] = float("nan")
        return row
    row["body"] = article.body
    row["title"] = article.title
    prov = article.provenance
    for col, kind in _FIRST_FACT.items():
        row[col] = prov.value(kind)
    for col, kind in _ALL_FACTS.items():
        values = list(dict.fromkeys(prov.values(kind)))
        row[col] = "; ".join(values) if values else None
    row["removed_share"] = article.removed_share
    return row


def clean_column(
    df: pd.DataFrame,
    column: str,
    *,
    config: Config | None = None,
    pipeline: Pipeline | None = None,
    workers: int | None = None,
    progress: bool = False,
    url_column: str | None = None,
    kind: str | None = None,
    prefix: str = "",
    articles: bool = False,
    chunksize: int = 64,
) -> pd.DataFrame:
    """A copy of ``df`` with the :data:`COLUMNS` added, from cleaning ``df[column]``.

    Cells may hold ``str`` or bytes; a cell that is missing or cannot be cleaned gets its
    message in ``error`` and nulls elsewhere. ``url_column`` names a column of page URLs,
    ``kind`` forces ``"text"`` or ``"html"``. ``prefix`` is put before every added column name
    (to keep an existing ``title`` column, say). ``articles=True`` also adds an ``article``
    column holding the :class:`~newsclean.Article` objects (for :func:`decisions_frame` or
    the notebook view). ``workers``/``progress``/``chunksize`` are as in
    :func:`~newsclean.clean_many`; the row order and index of ``df`` are kept.
    """
    import pandas as pd

    if column not in df.columns:
        raise KeyError(f"no column {column!r} in the frame")
    if url_column is not None and url_column not in df.columns:
        raise KeyError(f"no column {url_column!r} in the frame")
    urls: Iterable[Any] = df[url_column] if url_column is not None else [None] * len(df)
    items = _items(df[column], urls, kind)
    rows: dict[str, list[Any]] = {c: [] for c in COLUMNS}
    kept_articles: list[Article | None] = []
    for r in clean_many(
        _Sized(items, len(df)),
        config=config,
        pipeline=pipeline,
        workers=workers,
        progress=progress,
        chunksize=chunksize,
    ):
        for c, v in article_row(r).items():
            rows[c].append(v)
        if articles:
            kept_articles.append(r.article)
    out = df.copy()
    for c, dtype in COLUMNS.items():
        out[prefix + c] = pd.Series(rows[c], index=df.index, dtype=dtype)
    if articles:
        out[prefix + "article"] = pd.Series(kept_articles, index=df.index, dtype="object")
    return out


def _items(values: Iterable[Any], urls: Iterable[Any], kind: str | None) -> Iterator[Any]:
    import pandas as pd

    for value, url in zip(values, urls, strict=True):
        if isinstance(value, (str, bytes, bytearray, memoryview)):
            yield Item(value, url=url if isinstance(url, str) else None, kind=kind)
        elif value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
            yield Item(b"", error="missing value", error_type="MissingValue")
        else:
            yield value  # clean_many reports the TypeError


class _Sized:
    """An iterator with a length, so progress bars know the total."""

    def __init__(self, it: Iterator[Any], n: int) -> None:
        self._it, self._n = it, n

    def __iter__(self) -> Iterator[Any]:
        return self._it

    def __len__(self) -> int:
        return self._n


def decisions_frame(
    source: pd.DataFrame | Mapping[Any, Article | None] | Iterable[Article | BatchResult],
    *,
    column: str = "article",
    removed_only: bool = False,
) -> pd.DataFrame:
    """One row a span (the tidy view of every decision): :data:`DECISION_COLUMNS`.

    ``source`` is a DataFrame with an ``article`` column (``clean_column(..., articles=True)``;
    ``doc`` is then the frame's index), a mapping of id to Article, or an iterable of Articles
    or :class:`~newsclean.BatchResult` objects (``doc`` is the result's id, or its position).
    Failed results have no spans and give no rows. ``removed_only`` keeps removed spans only.
    """
    import pandas as pd

    pairs: Iterable[tuple[Any, Article | BatchResult | None]]
    if isinstance(source, pd.DataFrame):
        if column not in source.columns:
            raise KeyError(
                f"no column {column!r}: clean the frame with clean_column(..., articles=True)"
            )
        pairs = zip(source.index, source[column], strict=True)
    elif isinstance(source, Mapping):
        pairs = source.items()
    else:
        pairs = ((x.key if isinstance(x, BatchResult) else i, x) for i, x in enumerate(source))
    cols: dict[str, list[Any]] = {c: [] for c in DECISION_COLUMNS}
    for doc, x in pairs:
        article = x.article if isinstance(x, BatchResult) else x
        if not isinstance(article, Article):
            continue
        for s in article.spans:
            if removed_only and s.kept:
                continue
            cols["doc"].append(doc)
            cols["start"].append(s.start)
            cols["end"].append(s.end)
            cols["kept"].append(s.kept)
            cols["rule"].append(s.rule)
            cols["category"].append(s.category)
            cols["reason"].append(s.reason)
            cols["text"].append(s.text)
    return pd.DataFrame({c: pd.Series(v, dtype=DECISION_COLUMNS[c]) for c, v in cols.items()})
