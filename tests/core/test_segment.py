"""Segmentation: one block per non-blank line, offsets into the original text."""

from __future__ import annotations

import pytest

from newsclean.segment import segment_text
from newsclean.shape import shape_of


@pytest.mark.parametrize(
    "text",
    [
        "a\nb",
        "a\r\nb\r\n",
        "a\rb",
        "  lead\n\n\ttab  \n",
        "x\u2028y\u2029z\x85w\x0bv\x0cu\x1cq",
        "\u00a0nbsp\u00a0\n",
        "",
        "\n\n\n",
    ],
)
def test_offsets_point_into_the_text(text: str) -> None:
    blocks = segment_text(text)
    for i, b in enumerate(blocks):
        assert b.index == i
        assert text[b.start : b.end] == b.text
        assert b.text == b.text.strip() and b.text
    assert [b.text for b in blocks] == [ln.strip() for ln in text.splitlines() if ln.strip()]


def test_blank_lines_make_no_block() -> None:
    assert [b.text for b in segment_text("a\n\n  \n\u00a0\nb")] == ["a", "b"]


def test_unicode_line_breaks_split() -> None:
    assert [b.text for b in segment_text("x\u2028y\r\nz")] == ["x", "y", "z"]


def test_shape_basics() -> None:
    s = shape_of("- The minister said the talks went well.")
    assert s.bullet and s.sentence and s.words == 7
    h = shape_of("Blinken Heads To China")
    assert not h.sentence and h.capitalised == 1.0 and not h.bullet
    assert shape_of("see https://example.com/a").url
    assert shape_of("3) item").bullet
    assert shape_of("“A quote.”").sentence
    e = shape_of("---")
    assert e.words == 0 and e.letters == 0.0
