"""pandas helpers: clean_column adds the columns; decisions_frame explodes the spans."""

from __future__ import annotations

import pytest

from newsclean import clean_many
from newsclean.frames import COLUMNS, DECISION_COLUMNS, article_row, clean_column, decisions_frame

from .helpers import seeds

pd = pytest.importorskip("pandas")


def frame() -> pd.DataFrame:
    texts = seeds()
    return pd.DataFrame(
        {"text": [*texts, None, 3.5], "url": ["https://example.org/x"] * (len(texts) + 2)},
        index=[f"doc{i}" for i in range(len(texts) + 2)],
    )


def test_clean_column_adds_the_columns_and_keeps_the_frame() -> None:
    df = frame()
    out = clean_column(df, "text", url_column="url")
    assert list(out.columns) == [*df.columns, *COLUMNS]
    assert list(out.index) == list(df.index)
    pd.testing.assert_frame_equal(out[list(df.columns)], df)
    assert list(df.columns) == ["text", "url"]  # the input is not changed
    for c, dtype in COLUMNS.items():
        assert str(out[c].dtype) == str(pd.Series([], dtype=dtype).dtype), c
    ok = out.iloc[: len(seeds())]
    assert ok.error.isna().all() and ok.body.notna().all()
    assert ((ok.removed_share >= 0) & (ok.removed_share <= 1)).all()
    assert out.loc["doc5", "error"] == "missing value"
    assert "float" in out.loc["doc6", "error"]
    assert out.iloc[len(seeds()) :].body.isna().all()


def test_clean_column_matches_the_articles() -> None:
    df = frame()
    out = clean_column(df, "text", articles=True, prefix="nc_")
    for (_, row), r in zip(out.iterrows(), clean_many(df.text), strict=True):
        if not r.ok:  # a None cell is "missing value" in the frame
            assert pd.notna(row["nc_error"]) and pd.isna(row["nc_article"])
            continue
        want = article_row(r)
        for c in COLUMNS:
            got = row["nc_" + c]
            if want[c] is None or want[c] != want[c]:
                assert pd.isna(got)
            else:
                assert got == want[c]
        assert row["nc_article"] == r.article


def test_clean_column_parallel_equals_serial() -> None:
    df = pd.concat([frame()] * 2, ignore_index=True)
    pd.testing.assert_frame_equal(
        clean_column(df, "text", workers=2, chunksize=3), clean_column(df, "text")
    )


def test_decisions_frame_from_a_frame_and_from_results() -> None:
    df = frame()
    out = clean_column(df, "text", articles=True)
    spans = decisions_frame(out)
    assert list(spans.columns) == list(DECISION_COLUMNS)
    assert set(spans.doc) == set(df.index[: len(seeds())])
    # per document, the spans partition the input
    for doc, g in spans.groupby("doc", sort=False):
        assert "".join(g.text) == df.loc[doc, "text"]
        assert g.start.iloc[0] == 0
    removed = decisions_frame(out, removed_only=True)
    assert not removed.kept.any()
    assert removed.rule.notna().all()
    results = list(clean_many({"id": f"r{i}", "text": t} for i, t in enumerate(seeds())))
    from_results = decisions_frame(results)
    assert len(from_results) == len(spans)
    assert set(from_results.doc) == {f"r{i}" for i in range(len(seeds()))}
    with pytest.raises(KeyError, match="articles=True"):
        decisions_frame(clean_column(df, "text"))


def test_empty_frame() -> None:
    df = pd.DataFrame({"text": pd.Series([], dtype="string")})
    out = clean_column(df, "text")
    assert len(out) == 0 and list(out.columns) == ["text", *COLUMNS]
    assert len(decisions_frame([])) == 0
