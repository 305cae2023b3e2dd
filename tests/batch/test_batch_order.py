"""clean_many: input order, records, error results, serial == parallel."""

from __future__ import annotations

import pickle
from typing import Any

import pytest

import newsclean
from newsclean import BatchResult, Config, Item, Pipeline, clean_many

from .helpers import Exploder, MarkRemover, seeds


def mixed_items() -> list[Any]:
    texts = seeds()
    return [
        *texts,
        texts[0].encode("utf-8"),
        bytearray(texts[1].encode("utf-8")),
        memoryview(texts[2].encode("utf-8")),
        {"id": "rec-1", "text": texts[3], "url": "https://example.org/a"},
        {"id": 42, "html": "<html><body><p>Hello there, a paragraph.</p></body></html>"},
        Item(texts[4], id="item-1", url="https://example.org/b"),
        12345,  # not a document
        {"title": "no text field"},
        {"id": 7, "text": None},
        Item(b"", id="unreadable", error="could not read it", error_type="OSError"),
        "",
        "x" * 5000,  # over the small limit below
    ]


def test_results_in_input_order_and_errors_yielded() -> None:
    items = mixed_items()
    cfg = Config(max_input_chars=20_000)
    results = list(clean_many(items, config=cfg))
    assert [r.index for r in results] == list(range(len(items)))
    by_id = {r.id: r for r in results if r.id is not None}
    assert by_id["rec-1"].url == "https://example.org/a"
    assert by_id["42"].ok and by_id["42"].article is not None
    assert by_id["42"].article.source.kind == "html"
    assert by_id["item-1"].ok
    assert by_id["unreadable"].error_type == "OSError"
    assert by_id["unreadable"].error == "could not read it"
    bad = {r.index: r for r in results if not r.ok}
    n = len(items)
    assert set(bad) == {n - 6, n - 5, n - 4, n - 3}
    assert bad[n - 6].error_type == "TypeError"
    assert bad[n - 5].error_type == "KeyError"
    assert bad[n - 4].error_type == "TypeError"
    for r in results:
        assert (r.article is None) == (r.error is not None)
        assert r.ok == (r.error is None)


def test_ok_results_equal_clean() -> None:
    texts = seeds()
    for text, r in zip(texts, clean_many(texts), strict=True):
        assert r.article is not None
        assert r.article == newsclean.clean(text)


def test_size_limit_is_an_error_result_not_an_exception() -> None:
    texts = seeds()
    cfg = Config(max_input_chars=len(min(texts, key=len)))
    results = list(clean_many(texts, config=cfg, workers=2, chunksize=2))
    assert len(results) == len(texts)
    too_large = [r for r in results if r.error_type == "InputTooLarge"]
    assert too_large and all("limit" in (r.error or "") for r in too_large)
    assert any(r.ok for r in results)


def test_field_selects_the_record_key() -> None:
    recs = [{"id": "a", "content": "A line of text.\n\nAnother line."}, {"id": "b"}]
    out = list(clean_many(recs, field="content"))
    assert out[0].ok
    assert out[1].error_type == "KeyError" and "content" in (out[1].error or "")


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_step_does_not_stop_the_batch(workers: int) -> None:
    pipe = Pipeline([Exploder()])
    texts = ["fine one", "BOOM here", "fine two"] * 3
    results = list(clean_many(texts, pipeline=pipe, workers=workers, chunksize=2))
    assert [r.ok for r in results] == [True, False, True] * 3
    assert {r.error_type for r in results if not r.ok} == {"RuntimeError"}


def test_serial_equals_parallel() -> None:
    items = mixed_items()
    cfg = Config(max_input_chars=20_000)
    serial = list(clean_many(items, config=cfg))
    parallel = list(clean_many(items, config=cfg, workers=2, chunksize=4))
    assert [r.to_dict() for r in parallel] == [r.to_dict() for r in serial]
    # the objects rebuilt in the parent equal the ones built in-process
    assert [r.article for r in parallel] == [r.article for r in serial]


def test_parallel_with_a_custom_pipeline() -> None:
    pipe = Pipeline([MarkRemover()])
    texts = [f"Keep this line {i}.\n\nREMOVE this line.\n\nAnd keep this." for i in range(20)]
    serial = [r.to_dict() for r in clean_many(texts, pipeline=pipe)]
    parallel = [r.to_dict() for r in clean_many(texts, pipeline=pipe, workers=2, chunksize=3)]
    assert parallel == serial
    assert all("REMOVE" not in d["body"] for d in serial)


def test_unpicklable_pipeline_fails_at_once() -> None:
    class Local(MarkRemover):  # a local class cannot be pickled
        pass

    pipe = Pipeline([Local()])
    with pytest.raises(TypeError, match="pickl"):
        clean_many(["a"], pipeline=pipe, workers=2)
    assert next(iter(clean_many(["a"], pipeline=pipe))).ok


def test_default_pipeline_is_picklable() -> None:
    """The Pipeline contract: a custom pipeline built from the default steps can be sent to
    worker processes (``clean_many(pipeline=..., workers=N)``, Dask)."""
    pipe = Pipeline.default().insert(MarkRemover())
    again = pickle.loads(pickle.dumps(pipe))
    text = seeds()[0]
    assert again.run(text) == pipe.run(text)


def test_bad_arguments() -> None:
    with pytest.raises(ValueError):
        clean_many([], workers=-1)
    with pytest.raises(TypeError):
        clean_many([], workers=1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        clean_many([], chunksize=0)


def test_result_to_dict_reads_back_as_article() -> None:
    r = next(iter(clean_many([{"id": "x", "text": seeds()[0]}])))
    d = r.to_dict()
    assert d["id"] == "x" and d["error"] is None
    assert r.article is not None
    assert newsclean.Article.from_dict(d) == r.article
    failed = BatchResult(3, None, None, "nope", "ValueError")
    assert failed.to_dict()["error_type"] == "ValueError" and failed.key == "3"
