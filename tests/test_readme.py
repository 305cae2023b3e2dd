"""Every ``python`` block of README.md runs, in order, in one namespace, from the repo root.

Blocks marked ```py (pandas/Dask snippets that need a DataFrame or a cluster) are shown, not run;
docs/batch.md's tested examples cover them.
"""

from __future__ import annotations

import pytest
from docblocks import ROOT, run_python_blocks


def test_readme_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    shown = run_python_blocks(ROOT / "README.md", min_blocks=4, name="readme")
    assert "KXAN Austin ['AP']" in shown
    body = "The new dam opened on Monday after six years of work, officials said."
    assert f"html cp1252\n{body}\n" in shown
    assert "b newsclean cleans str or bytes, not int" in shown
    assert "The council approved the budget on Tuesday night." in shown
