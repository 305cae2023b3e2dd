"""Shared helpers of the batch tests: seed texts and small picklable test steps."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from newsclean import Decision, Document, Remove, RuleInfo

ROOT = Path(__file__).resolve().parents[2]


def seed_paths() -> list[Path]:
    """The five seed texts: fixtures/seeds, else ../shared/seeds."""
    for d in (ROOT / "fixtures" / "seeds", ROOT.parent / "shared" / "seeds"):
        paths = sorted(d.glob("*.txt"))
        if paths:
            return paths
    raise FileNotFoundError("no seed texts in fixtures/seeds or ../shared/seeds")


def seeds() -> list[str]:
    return [p.read_bytes().decode("utf-8") for p in seed_paths()]


class MarkRemover:
    """Removes every line containing ``REMOVE`` with a reason carrying markup characters."""

    id: str = "test_mark"
    rules: tuple[RuleInfo, ...] = (RuleInfo("test_mark", "test", "lines with REMOVE"),)

    def __init__(self, reason: str = 'marked "<b>" & gone') -> None:
        self.reason = reason

    def apply(self, doc: Document) -> Iterable[Decision]:
        for b in doc.blocks:
            if "REMOVE" in b.text:
                yield Remove(b.index, "test_mark", "test<cat>", self.reason)


class Exploder:
    """Raises on a document containing ``BOOM``; kills its process on ``DIE``."""

    id: str = "test_explode"
    rules: tuple[RuleInfo, ...] = ()

    def apply(self, doc: Document) -> Iterable[Decision]:
        if "DIE" in doc.text:
            os._exit(3)
        if "BOOM" in doc.text:
            raise RuntimeError("boom in a step")
        return ()


def _fail_to_load() -> None:
    raise RuntimeError("this step cannot be loaded")


class FailsInWorker:
    """Pickles fine, but cannot be unpickled (as a step whose data file is missing there)."""

    id: str = "test_fails_in_worker"
    rules: tuple[RuleInfo, ...] = ()

    def apply(self, doc: Document) -> Iterable[Decision]:
        return ()

    def __reduce__(self) -> tuple[object, ...]:
        return (_fail_to_load, ())
