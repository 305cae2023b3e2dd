"""The held-out scorer judges a date at the precision its evidence gives: seconds a gold value
has but its evidence does not show ("14 Mar 2022, 5:00 PM" labelled 17:00:26) cannot come from
the text, so such a value matches to the minute; seconds the evidence shows must match."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _score() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "heldout_score_dates", ROOT / "benchmarks" / "heldout" / "score.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_seconds_absent_from_the_evidence_match_to_the_minute() -> None:
    score = _score()
    gold = {"value": "2022-03-14T17:00:26", "evidence": "14 Mar 2022, 5:00 PM"}
    assert score.value_matches("published", "2022-03-14T17:00:00", gold)
    assert not score.value_matches("published", "2022-03-14T17:01:00", gold)
    assert not score.value_matches("published", "2022-03-14T17:00:00+05:30", gold)


def test_seconds_the_evidence_shows_must_match() -> None:
    score = _score()
    gold = {"value": "2022-03-14T17:00:26", "evidence": "2022-03-14 17:00:26"}
    assert score.value_matches("published", "2022-03-14T17:00:26", gold)
    assert not score.value_matches("published", "2022-03-14T17:00:00", gold)
