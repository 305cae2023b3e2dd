"""Many documents at once: :func:`clean_many` streams results in input order.

``clean_many`` takes any iterable (a list, a generator reading a crawl, a file of JSONL lines)
and yields one :class:`BatchResult` per item, **in input order**, without materialising the
input: items are pulled from the iterable only as fast as results are consumed, so memory stays
flat however long the stream is.

Items may be

* ``str`` or bytes (``bytes``, ``bytearray``, ``memoryview``): one document each, text or HTML;
* a mapping (a *record*), e.g. a JSONL line: the document is ``record[field]`` when ``field=``
  is given, else ``record["text"]``, else ``record["html"]`` (which implies ``kind="html"``);
  optional keys ``"id"``, ``"url"`` and ``"kind"`` (``"text"`` / ``"html"``);
* an :class:`Item`, the same as a record, typed.

Anything else is not skipped: it yields an error result with ``error_type="TypeError"``. A
document that fails to clean (over the size limit, undecodable record, a bug in a custom step)
also yields an error result; the batch never stops for one document.

Parallelism uses processes (``workers=N``, a :class:`concurrent.futures.ProcessPoolExecutor`):
items are sent in chunks of ``chunksize``, and at most ``workers * prefetch`` chunks are in
flight at any time. ``workers=None`` or ``1`` runs in this process, with the same results.
For more than one machine use :mod:`newsclean.dask`.
"""

from __future__ import annotations

import os
import pickle
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .model import Article
from .pipeline import Pipeline
from .records import fast_init, record_reduce

if TYPE_CHECKING:
    from concurrent.futures import Future

    from .config import Config
    from .pipeline import InputData

__all__ = ["BatchResult", "Item", "clean_many"]

#: record keys tried, in order, when ``field=`` is not given (``html`` implies ``kind="html"``)
DATA_FIELDS = ("text", "html")


@dataclass(frozen=True, slots=True)
class Item:
    """One document of a batch, with an optional id, URL and kind.

    ``error`` marks an item a reader could not produce (an unreadable file, a bad JSON line):
    it is reported as a failed result with that message, and not cleaned.
    """

    data: InputData
    id: str | None = None
    url: str | None = None
    kind: str | None = None
    error: str | None = None
    error_type: str | None = None


@fast_init
@dataclass(frozen=True, slots=True)
class BatchResult:
    """The outcome of one item: an Article, or the error that stopped it.

    ``index`` is the item's position in the input; ``id`` is the record's id if it had one,
    else ``None``. Exactly one of ``article`` and ``error`` is set.
    """

    __reduce__ = record_reduce  # results cross from worker processes: pickle as a constructor call

    index: int
    id: str | None
    article: Article | None
    error: str | None = None
    error_type: str | None = None
    url: str | None = None

    @property
    def ok(self) -> bool:
        """The item was cleaned."""
        return self.error is None

    @property
    def key(self) -> str:
        """The id, or the input position when the item had no id."""
        return self.id if self.id is not None else str(self.index)

    def to_dict(self) -> dict[str, Any]:
        """A flat, JSON-able dict: ``id``, ``index``, ``url``, ``error``, ``error_type``, then
        the article's ``to_dict()`` keys (so ``Article.from_dict`` reads it back)."""
        d: dict[str, Any] = {
            "id": self.id,
            "index": self.index,
            "url": self.url,
            "error": self.error,
            "error_type": self.error_type,
        }
        if self.article is not None:
            d.update(self.article.to_dict())
        return d


# -- turning items into jobs ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Job:
    index: int
    id: str | None
    data: str | bytes
    url: str | None
    kind: str | None


_Task = _Job | BatchResult


def _opt_str(value: Any, name: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return str(value)
    raise TypeError(f"record {name!r} must be a str or int, not {type(value).__name__}")


def _data(value: Any) -> str | bytes:
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    raise TypeError(f"newsclean cleans str or bytes, not {type(value).__name__}")


def _to_task(index: int, item: Any, field: str | None) -> _Task:
    """Normalise one input item; a bad item becomes an error result, never an exception."""
    rid: str | None = None
    try:
        if isinstance(item, (str, bytes, bytearray, memoryview)):
            return _Job(index, None, _data(item), None, None)
        if isinstance(item, Item):
            rid = _opt_str(item.id, "id")
            if item.error is not None:
                return BatchResult(
                    index, rid, None, item.error, item.error_type or "ReadError", item.url
                )
            return _Job(index, rid, _data(item.data), item.url, item.kind)
        if isinstance(item, Mapping):
            rid = _opt_str(item.get("id"), "id")
            kind = _opt_str(item.get("kind"), "kind")
            if field is not None:
                if field not in item:
                    raise KeyError(f"record has no {field!r} field")
                value = item[field]
            else:
                key = next((k for k in DATA_FIELDS if k in item), None)
                if key is None:
                    raise KeyError(f"record has none of the fields {list(DATA_FIELDS)}")
                value = item[key]
                if key == "html" and kind is None:
                    kind = "html"
            return _Job(index, rid, _data(value), _opt_str(item.get("url"), "url"), kind)
        raise TypeError(
            f"clean_many items must be str, bytes, a mapping or an Item, not {type(item).__name__}"
        )
    except Exception as exc:
        return _failure(index, rid, exc, None)


def _failure(index: int, rid: str | None, exc: BaseException, url: str | None) -> BatchResult:
    message = exc.args[0] if isinstance(exc, KeyError) and exc.args else str(exc)
    return BatchResult(index, rid, None, str(message) or repr(exc), type(exc).__name__, url)


def _run(pipeline: Pipeline, task: _Task) -> BatchResult:
    if isinstance(task, BatchResult):
        return task
    try:
        article = pipeline.run(task.data, url=task.url, kind=task.kind)
    except Exception as exc:
        return _failure(task.index, task.id, exc, task.url)
    return BatchResult(task.index, task.id, article, url=task.url)


# -- worker processes ---------------------------------------------------------------------------
_worker_pipeline: Pipeline | None = None
_worker_error: BaseException | None = None


def _init_worker(pickled: bytes) -> None:
    """Build the worker's pipeline: from a pickled Config (the default pipeline, rebuilt and
    compiled in the worker) or from a pickled custom Pipeline. A failure is kept and raised by
    the first chunk, so that it reaches the caller (an exception in an initializer would only
    break the pool)."""
    global _worker_pipeline, _worker_error
    try:
        spec = pickle.loads(pickled)
        if isinstance(spec, Pipeline):
            _worker_pipeline = spec
        else:
            from . import default_pipeline

            _worker_pipeline = default_pipeline(spec)
    except Exception as exc:
        _worker_error = exc


def _run_chunk(tasks: list[_Task]) -> list[BatchResult]:
    pipeline = _worker_pipeline
    if pipeline is None:
        why = f"{type(_worker_error).__name__}: {_worker_error}" if _worker_error else "unknown"
        raise RuntimeError(f"a worker could not build its pipeline ({why})") from _worker_error
    return [_run(pipeline, t) for t in tasks]


# -- the public entry point -----------------------------------------------------------------------
def resolve_workers(workers: int | None) -> int:
    """``None`` → 1; ``0`` → the number of CPUs; a negative count is an error."""
    if workers is None:
        return 1
    if isinstance(workers, bool) or not isinstance(workers, int):
        raise TypeError(f"workers must be an int or None, not {type(workers).__name__}")
    if workers < 0:
        raise ValueError("workers must be >= 0 (0 means one per CPU)")
    return workers or (os.cpu_count() or 1)


def clean_many(
    items: Iterable[Any],
    *,
    config: Config | None = None,
    pipeline: Pipeline | None = None,
    workers: int | None = None,
    progress: bool = False,
    chunksize: int = 64,
    prefetch: int = 4,
    field: str | None = None,
    mp_context: str | None = None,
) -> Generator[BatchResult, None, None]:
    """Clean every item of ``items``; yield one :class:`BatchResult` per item, in input order.

    :param items: str, bytes, records (mappings) or :class:`Item` objects (see the module doc).
    :param config: settings for the default pipeline (ignored when ``pipeline`` is given).
    :param pipeline: a custom :class:`~newsclean.Pipeline`; must be picklable for ``workers>1``.
    :param workers: ``None``/``1`` runs in this process; ``N`` uses N worker processes;
        ``0`` one per CPU.
    :param progress: show a tqdm progress bar (needs ``tqdm``, the ``io`` extra).
    :param chunksize: items sent to a worker at a time.
    :param prefetch: chunks in flight per worker. A chunk holds at most ``chunksize`` items
        and is cut early past :data:`CHUNK_CHARS` characters, so memory stays bounded by
        ``workers * prefetch`` chunks whatever the corpus size.
    :param field: the record key holding the document (default ``"text"``, then ``"html"``).
    :param mp_context: multiprocessing start method (``"spawn"``, ``"forkserver"``, ``"fork"``);
        ``None`` takes the platform default.

    Arguments are checked at once; no item is read or cleaned until the first result is asked
    for. Closing the generator (or breaking out of the loop) shuts the worker processes down.
    Raises ``TypeError`` at once if ``workers > 1`` and the pipeline cannot be pickled.
    """
    from . import default_pipeline

    spec: Pipeline | Config | None = config if pipeline is None else pipeline
    n = resolve_workers(workers)
    if chunksize < 1 or prefetch < 1:
        raise ValueError("chunksize and prefetch must be >= 1")
    total = len(items) if hasattr(items, "__len__") else None  # type: ignore[arg-type]
    tasks = (_to_task(i, item, field) for i, item in enumerate(items))
    if n == 1:
        results = _serial(pipeline if pipeline is not None else default_pipeline(config), tasks)
    else:
        try:
            pickled = pickle.dumps(spec, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:
            raise TypeError(
                f"the pipeline cannot be sent to worker processes ({exc}); "
                "make its steps picklable or use workers=1"
            ) from exc
        results = _parallel(pickled, tasks, n, chunksize, prefetch, mp_context)
    if progress:
        return _with_progress(results, total)
    return results


def _serial(pipeline: Pipeline, tasks: Iterable[_Task]) -> Generator[BatchResult, None, None]:
    for t in tasks:
        yield _run(pipeline, t)


def _parallel(
    pickled: bytes,
    tasks: Iterator[_Task],
    workers: int,
    chunksize: int,
    prefetch: int,
    mp_context: str | None,
) -> Generator[BatchResult, None, None]:
    # imported here so that ``import newsclean`` stays light
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    ctx = multiprocessing.get_context(mp_context)
    chunks = _chunks(tasks, chunksize)
    window = workers * prefetch

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=workers, mp_context=ctx, initializer=_init_worker, initargs=(pickled,)
        )

    pool = new_pool()
    inflight: deque[tuple[list[_Task], Future[list[BatchResult]]]] = deque()
    try:
        while True:
            while len(inflight) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                inflight.append((chunk, pool.submit(_run_chunk, chunk)))
            if not inflight:
                return
            chunk, future = inflight.popleft()
            try:
                done = future.result()
            except BrokenProcessPool as exc:
                # A worker died (killed, out of memory, a crash in C code). Every chunk in
                # flight is lost with it: report its documents as failed, start a new pool.
                pool.shutdown(wait=False, cancel_futures=True)
                lost = [chunk] + [c for c, _ in inflight]
                inflight.clear()
                pool = new_pool()
                for c in lost:
                    for t in c:
                        yield (
                            t if isinstance(t, BatchResult) else _failure(t.index, t.id, exc, t.url)
                        )
                continue
            yield from done
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


#: a chunk is cut early past this many characters of input, so that the in-flight window stays
#: small in memory when documents are large (whole HTML pages of a few MB)
CHUNK_CHARS = 2_000_000


def _chunks(tasks: Iterator[_Task], chunksize: int) -> Iterator[list[_Task]]:
    chunk: list[_Task] = []
    size = 0
    for t in tasks:
        chunk.append(t)
        if isinstance(t, _Job):
            size += len(t.data)
        if len(chunk) >= chunksize or size >= CHUNK_CHARS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _with_progress(
    results: Generator[BatchResult, None, None], total: int | None
) -> Generator[BatchResult, None, None]:
    try:
        from tqdm.auto import tqdm
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("progress=True needs tqdm: pip install 'newsclean[io]'") from exc
    bar = tqdm(total=total, unit="doc", desc="newsclean")
    failed = 0
    try:
        for r in results:
            if not r.ok:
                failed += 1
                bar.set_postfix(failed=failed, refresh=False)
            bar.update(1)
            yield r
    finally:
        bar.close()
        close = getattr(results, "close", None)
        if close is not None:
            close()
