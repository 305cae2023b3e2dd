"""Every provenance fact labelled in the seed samples is extracted exactly.

Values: dates and URLs exactly, names case-insensitively (``aliases`` accepted), lists as sets.
The fact's span must overlap the labelled ``[start, end)``. A fact kind the labels do not give
for a sample must not be invented (``language`` is detected, never labelled, so it is exempt).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean.model import Fact

from .helpers import FIXTURE_SEEDS, SHARED_SEEDS

SEEDS = FIXTURE_SEEDS if (FIXTURE_SEEDS / "labels.json").is_file() else SHARED_SEEDS
LABELS: dict[str, Any] = (
    json.loads((SEEDS / "labels.json").read_text("utf-8"))
    if (SEEDS / "labels.json").is_file()
    else {}
)
EXACT = {"published", "updated", "original_url"}
UNLABELLED = {"language", "authors"}

CASES = [(name, kind) for name, entry in sorted(LABELS.items()) for kind in entry["facts"]]


def _facts(name: str) -> tuple[str, list[Fact]]:
    text = (SEEDS / name).read_bytes().decode("utf-8")
    return text, list(newsclean.clean(text).provenance)


def _same(kind: str, got: str, want: dict[str, Any]) -> bool:
    accepted = [want["value"], *want.get("aliases", ())]
    if kind in EXACT:
        return got in accepted
    return got.casefold() in {a.casefold() for a in accepted}


def _overlaps(f: Fact, want: dict[str, Any]) -> bool:
    return bool(f.start < want["end"] and want["start"] < f.end)


def _param(name: str, kind: str) -> Any:
    return pytest.param(name, kind, id=f"{name[:3]}-{kind}")


@pytest.mark.skipif(not LABELS, reason="no seed labels (fixtures/seeds or ../shared/seeds)")
@pytest.mark.parametrize(("name", "kind"), [_param(n, k) for n, k in CASES])
def test_labelled_fact(name: str, kind: str) -> None:
    text, facts = _facts(name)
    wanted = LABELS[name]["facts"][kind]
    wanted = wanted if isinstance(wanted, list) else [wanted]
    got = [f for f in facts if f.kind == kind]
    for f in got:
        assert text[f.start : f.end] == f.evidence
    for want in wanted:
        match = [f for f in got if _same(kind, f.value, want) and _overlaps(f, want)]
        assert match, f"{kind}: want {want['value']!r} at {want['start']}, got {got}"
    # lists as sets: nothing beyond the labelled values
    assert len(got) == len(wanted), f"{kind}: extra facts {got}"


@pytest.mark.skipif(not LABELS, reason="no seed labels (fixtures/seeds or ../shared/seeds)")
@pytest.mark.parametrize("name", sorted(LABELS))
def test_no_invented_kinds(name: str) -> None:
    _, facts = _facts(name)
    labelled = set(LABELS[name]["facts"])
    extra = {f.kind for f in facts} - labelled - UNLABELLED
    assert not extra, [f for f in facts if f.kind in extra]


def test_seed_dir_is_found() -> None:
    if not LABELS:
        pytest.skip("no seeds available")
    assert Path(SEEDS, next(iter(LABELS))).is_file()
