"""Dask, the distributed engine: clean a bag or a DataFrame on any Dask cluster.

``pip install 'newsclean[dask]'``. Both functions are lazy: they add one ``map_partitions``
step to the graph, and each partition is cleaned by :func:`newsclean.clean_many` (serially, in
the Dask worker: Dask supplies the parallelism). Nothing here knows which scheduler runs it, so
the same code runs on a laptop and on a cluster; only the ``Client`` changes::

    from dask.distributed import Client, LocalCluster
    client = Client(LocalCluster(n_workers=4, processes=True))        # a laptop
    # client = Client(SLURMCluster(...).scale(jobs=20))                # dask-jobqueue
    # client = Client(KubeCluster(...))                                # dask-kubernetes
    # client = Client("tcp://scheduler:8786")                          # any running cluster

    import dask.bag as db
    from newsclean.dask import clean_bag, clean_dataframe
    bag = db.read_text("crawl/*.jsonl").map(json.loads)                # records {"id", "text"}
    results = clean_bag(bag, as_dicts=True)                            # a bag of result dicts
    results.map(json.dumps).to_textfiles("clean/*.jsonl")

    ddf = dd.read_parquet("crawl/*.parquet")
    out = clean_dataframe(ddf, "text")                                 # adds body, title, ...
    out.to_parquet("clean/")

Workers need ``newsclean`` installed (the same version as the client). The default pipeline
is rebuilt once per worker process from the (small, picklable) ``Config``; a custom
``pipeline=`` is sent once as a graph key and must be picklable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .batch import BatchResult, clean_many
from .frames import clean_column

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas as pd

    from .config import Config
    from .pipeline import Pipeline

__all__ = ["clean_bag", "clean_dataframe"]


def _clean_partition(
    part: Any,
    config: Config | None,
    pipeline: Pipeline | None,
    field: str | None,
    as_dicts: bool,
) -> list[BatchResult] | list[dict[str, Any]]:
    results = clean_many(part, config=config, pipeline=pipeline, field=field)
    if as_dicts:
        return [r.to_dict() for r in results]
    return list(results)


def clean_bag(
    bag: dask.bag.Bag,
    config: Config | None = None,
    *,
    pipeline: Pipeline | None = None,
    field: str | None = None,
    as_dicts: bool = False,
) -> dask.bag.Bag:
    """A bag of :class:`~newsclean.BatchResult` (or of their ``to_dict()`` with
    ``as_dicts=True``), one per element of ``bag``, in the same order.

    Elements are what :func:`~newsclean.clean_many` takes: ``str``, bytes, records
    (``{"id", "text" | "html", "url", "kind"}``; ``field=`` picks another key) or
    :class:`~newsclean.Item`. A failed element gives an error result, never a failed task.
    A result's ``index`` is its position within its partition; give records an ``id`` to
    find them again.
    """
    from dask.delayed import delayed

    pipe: Any = None if pipeline is None else delayed(pipeline, pure=True)
    untyped: Any = bag  # dask is not typed
    result: dask.bag.Bag = untyped.map_partitions(_clean_partition, config, pipe, field, as_dicts)
    return result


def _clean_frame_partition(
    df: pd.DataFrame,
    column: str,
    config: Config | None,
    pipeline: Pipeline | None,
    url_column: str | None,
    kind: str | None,
    prefix: str,
) -> pd.DataFrame:
    return clean_column(
        df,
        column,
        config=config,
        pipeline=pipeline,
        url_column=url_column,
        kind=kind,
        prefix=prefix,
    )


def clean_dataframe(
    ddf: dask.dataframe.DataFrame,
    column: str,
    config: Config | None = None,
    *,
    pipeline: Pipeline | None = None,
    url_column: str | None = None,
    kind: str | None = None,
    prefix: str = "",
) -> dask.dataframe.DataFrame:
    """``ddf`` with the columns of :func:`newsclean.frames.clean_column` added (body, title,
    site, publisher, credits, authors, original_url, published, updated, removed_share, error),
    partition by partition; index and divisions are kept."""
    from dask.delayed import delayed

    meta = clean_column(
        ddf._meta, column, config=config, url_column=url_column, kind=kind, prefix=prefix
    )
    pipe: Any = None if pipeline is None else delayed(pipeline, pure=True)
    untyped: Any = ddf  # dask is not typed
    result: dask.dataframe.DataFrame = untyped.map_partitions(
        _clean_frame_partition,
        column,
        config,
        pipe,
        url_column,
        kind,
        prefix,
        meta=meta,
        align_dataframes=False,
    )
    return result
