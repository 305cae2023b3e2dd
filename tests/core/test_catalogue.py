"""docs/rules.md is generated from the rules; it must match what the code generates now."""

from __future__ import annotations

import difflib
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean import Pipeline, RuleInfo
from newsclean.catalogue import COMMAND, build_catalogue

from .steps import CutWord, TitleFirst

ROOT = Path(__file__).resolve().parents[2]
RULES_MD = ROOT / "docs" / "rules.md"


def test_docs_rules_md_is_up_to_date() -> None:
    if not RULES_MD.is_file():
        pytest.fail(f"{RULES_MD} is missing; generate it with: {COMMAND}")
    want = build_catalogue()
    have = RULES_MD.read_text(encoding="utf-8")
    if have != want:
        diff = "".join(
            list(
                difflib.unified_diff(
                    have.splitlines(keepends=True),
                    want.splitlines(keepends=True),
                    "docs/rules.md",
                    "generated",
                )
            )[:60]
        )
        pytest.fail(f"docs/rules.md is out of date; regenerate it with: {COMMAND}\n{diff}")


def test_every_step_and_rule_is_documented() -> None:
    for step in Pipeline.default().steps:
        assert type(step).__doc__, f"step {step.id!r} needs a class docstring for the catalogue"
        for info in step.rules:
            assert isinstance(info, RuleInfo)
            assert info.description.strip(), f"rule {info.id!r} of {step.id!r} has no description"


def test_catalogue_lists_every_step_and_rule() -> None:
    p = Pipeline.default()
    text = build_catalogue(p)
    for step in p.steps:
        assert f"## Step `{step.id}`" in text
        assert f'Pipeline.default().without("{step.id}")' in text
        for info in step.rules:
            assert f"#### `{info.id}`" in text
            assert f'Config(disabled_rules={{"{info.id}"}})' in text


def test_catalogue_of_a_custom_pipeline() -> None:
    text = build_catalogue(Pipeline([TitleFirst(), CutWord("cut`s", "x")]))
    assert "## Step `title_first`" in text and "the first line is the title" in text
    assert "Marks the first block as the title" in text
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_module_prints_the_catalogue() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "newsclean.catalogue"],
        capture_output=True,
        text=True,
        check=True,
        encoding="utf-8",
    ).stdout
    assert out == build_catalogue()
