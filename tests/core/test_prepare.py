"""``Pipeline.prepare`` does the one-time work up front and changes no result: a prepared
pipeline decides every input as a lazy one does, and after it no phrase rule compiles
anything more while documents are cleaned."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from newsclean import Config, Pipeline
from newsclean.document import Document
from newsclean.rules.phrases import PhraseRules
from newsclean.step import Decision

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
HELDOUT = ROOT / "benchmarks" / "heldout" / "corpus.jsonl"


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    if HELDOUT.is_file():
        with HELDOUT.open(encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if '"split": "dev"' in line][:60]
    texts.append(
        "<html><head><title>Harbour fees rise - The Coast Daily</title></head><body><article>"
        "<h1>Harbour fees rise</h1><p>By Ana Ruiz</p><p>The port authority raised fees on "
        "Monday, citing repairs to the north quay.</p><p>Related: Ferry timetable changes</p>"
        "<p>Source link</p></article></body></html>"
    )
    return texts


def _lazy_keys(step: PhraseRules) -> list[frozenset[object]]:
    return [frozenset(r._lazy) for r in step.phrase_rules]


def test_prepared_and_lazy_pipelines_give_the_same_articles() -> None:
    prepared = Pipeline.default().prepare()
    lazy = Pipeline.default()
    for text in _texts():
        assert prepared.run(text).to_dict() == lazy.run(text).to_dict()


def test_prepare_returns_the_pipeline_itself() -> None:
    p = Pipeline.default(Config(languages=("en",)))
    assert p.prepare() is p


def test_after_prepare_no_phrase_pattern_is_compiled_on_use() -> None:
    pipeline = Pipeline.default().prepare()
    phrases = pipeline.step("phrases")
    assert isinstance(phrases, PhraseRules)
    before = _lazy_keys(phrases)
    slots_filled = all(
        None not in r._lazy.get("slots", ()) for r in phrases.phrase_rules if r.mode == "search"
    )
    assert slots_filled
    for text in _texts():
        pipeline.run(text)
    assert _lazy_keys(phrases) == before


class _Counting:
    """A user step with a prepare() of its own (and one without, below)."""

    id = "test.counting"
    rules = ()

    def __init__(self) -> None:
        self.prepared = 0

    def prepare(self) -> None:
        self.prepared += 1

    def apply(self, doc: Document) -> Iterator[Decision]:
        return iter(())


class _Plain:
    id = "test.plain"
    rules = ()

    def apply(self, doc: Document) -> Iterator[Decision]:
        return iter(())


def test_user_steps_take_part_when_they_have_prepare() -> None:
    counting = _Counting()
    pipeline = Pipeline([counting, _Plain()])
    pipeline.prepare()
    assert counting.prepared == 1
    assert pipeline.run("A line of story text.").body == "A line of story text."
