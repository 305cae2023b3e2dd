"""Prefilters of the provenance steps decide as the patterns they spare would."""

from __future__ import annotations

import pytest

from newsclean.provenance.credits import _PHOTO_NEED, _photo_label

LINES = [
    "PHOTO: Jane Doe",
    "Photographs by Jane Roe and Tom Poe",
    "A quiet street at dusk. IMAGEN © Archivo",
    "Bildquelle | dpa",
    "credit  by the family",
    "Picture\tby\tSam Lee",
    "Image by\nSam Lee",  # "by" must be followed by a space on the same line
    "The topic of the epic picture was the source of debate",  # words without a label
    "PıC: Ayşe Yılmaz",  # dotless i matches "i" case-insensitively
    "ſource: Example Wire",  # long s matches "s"
    "Crédit photo : AFP",
    "",
]


@pytest.mark.parametrize("line", LINES)
def test_photo_label_is_search(line: str) -> None:
    text = f"Intro.\n{line}\nOutro."
    low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    start, end = 7, 7 + len(line)
    assert _photo_label(text, low, start, end) == (
        _PHOTO_NEED.search(text, start, end) is not None
    )


def test_photo_label_finds_labels() -> None:
    found = [line for line in LINES if _photo_label(line, line.lower(), 0, len(line))]
    assert "PHOTO: Jane Doe" in found and "PıC: Ayşe Yılmaz" in found
    assert "The topic of the epic picture was the source of debate" not in found
