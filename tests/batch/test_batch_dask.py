"""Dask on a two-worker LocalCluster (processes) gives exactly the serial results."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from newsclean import Pipeline, clean_many
from newsclean.frames import COLUMNS, clean_column

from .helpers import MarkRemover, seeds

pd = pytest.importorskip("pandas")
db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

from newsclean.dask import clean_bag, clean_dataframe  # noqa: E402


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def records() -> list[Any]:
    texts = seeds()
    recs: list[Any] = [{"id": f"d{i}", "text": texts[i % len(texts)]} for i in range(8)]
    recs += [{"id": "no-text"}, {"id": "bytes", "text": texts[0].encode()}]
    return recs


def without_index(ds: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in d.items() if k != "index"} for d in ds]


def test_bag_equals_serial(client: Any) -> None:
    recs = records()
    bag = db.from_sequence(recs, npartitions=4)
    got = clean_bag(bag, as_dicts=True).compute()
    want = [r.to_dict() for r in clean_many(recs)]
    assert without_index(got) == without_index(want)
    objs = clean_bag(bag).compute()
    assert [r.article for r in objs] == [r.article for r in clean_many(recs)]
    assert objs[-2].error_type == "KeyError"


def test_bag_with_a_custom_pipeline(client: Any) -> None:
    pipe = Pipeline([MarkRemover()])
    texts = [f"Keep {i}.\n\nREMOVE me.\n\nKeep too." for i in range(10)]
    got = clean_bag(db.from_sequence(texts, npartitions=3), pipeline=pipe, as_dicts=True)
    want = [r.to_dict() for r in clean_many(texts, pipeline=pipe)]
    assert without_index(got.compute()) == without_index(want)


def test_dataframe_equals_serial(client: Any) -> None:
    texts = seeds()
    pdf = pd.DataFrame({"text": [*texts, None], "n": range(len(texts) + 1)})
    ddf = dd.from_pandas(pdf, npartitions=3)
    out = clean_dataframe(ddf, "text")
    want = clean_column(pdf, "text")
    cols = list(COLUMNS)
    assert list(out.columns) == [*pdf.columns, *cols]
    assert dict(out.dtypes[cols]) == dict(want.dtypes[cols])  # meta is right
    got = out.compute()
    pd.testing.assert_frame_equal(got[cols], want[cols])
    assert list(got.n) == list(pdf.n)
