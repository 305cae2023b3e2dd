"""clean_many streams: input is pulled lazily, memory is bounded, workers are shut down."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from newsclean import Pipeline, clean_many

from .helpers import Exploder, FailsInWorker, seeds


class Counting:
    """An endless generator of documents that counts how many were pulled."""

    def __init__(self) -> None:
        self.pulled = 0
        self.texts = seeds()

    def __iter__(self) -> Iterator[str]:
        for i in itertools.count():
            self.pulled += 1
            yield self.texts[i % len(self.texts)]


def test_serial_pulls_one_item_per_result() -> None:
    src = Counting()
    results = clean_many(src)
    assert src.pulled == 0  # nothing read before the first result is asked for
    first = list(itertools.islice(results, 3))
    assert len(first) == 3 and src.pulled == 3


def test_parallel_pulls_a_bounded_window() -> None:
    src = Counting()
    workers, chunksize, prefetch = 2, 4, 2
    results = clean_many(src, workers=workers, chunksize=chunksize, prefetch=prefetch)
    got = list(itertools.islice(results, 50))
    assert [r.index for r in got] == list(range(50))
    window = workers * prefetch * chunksize
    # an endless input works, and at most one window beyond what was consumed is read
    assert src.pulled <= 50 + window + chunksize
    results.close()


@pytest.mark.parametrize("progress", [False, True])
def test_generator_input_with_progress(progress: bool, capsys: pytest.CaptureFixture[str]) -> None:
    gen = (t for t in seeds() * 4)
    out = list(clean_many(gen, progress=progress))
    assert len(out) == 20 and all(r.ok for r in out)
    if progress:
        assert "20" in capsys.readouterr().err


def test_a_dead_worker_fails_its_documents_and_the_batch_goes_on() -> None:
    pipe = Pipeline([Exploder()])
    texts = [f"fine document {i}" for i in range(40)]
    texts[5] = "this one will DIE"
    results = list(clean_many(texts, pipeline=pipe, workers=2, chunksize=1, prefetch=1))
    assert [r.index for r in results] == list(range(40))
    assert results[5].error_type == "BrokenProcessPool"
    lost = [r.index for r in results if not r.ok]
    assert len(lost) <= 3  # only what was in flight with it
    assert all(r.ok for r in results[10:])


def test_a_pipeline_that_cannot_be_built_in_the_workers_raises() -> None:
    pipe = Pipeline([FailsInWorker()])
    with pytest.raises(RuntimeError, match="this step cannot be loaded"):
        list(clean_many(["a", "b", "c"], pipeline=pipe, workers=2))


def test_chunks_are_cut_by_size(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsclean.batch

    monkeypatch.setattr(newsclean.batch, "CHUNK_CHARS", 10)  # every seed is a chunk alone
    src = Counting()
    results = clean_many(src, workers=2, chunksize=1000, prefetch=1)
    got = list(itertools.islice(results, 5))
    assert [r.index for r in got] == list(range(5))
    assert src.pulled <= 5 + 2 + 1
    results.close()
