"""Every ``python`` block of docs/batch.md runs, in order, in one namespace (``py`` blocks show
cluster set-ups and are not run)."""

from __future__ import annotations

import pytest
from docblocks import ROOT, run_python_blocks


def test_batch_doc_examples_run() -> None:
    pytest.importorskip("pandas")
    pytest.importorskip("dask.dataframe")
    run_python_blocks(ROOT / "docs" / "batch.md", min_blocks=5)
