"""``Blocks.scan_from`` (the pattern tried only where a match can start) finds what
``Blocks.scan`` (``finditer`` over each block) finds."""

from __future__ import annotations

import pytest

from newsclean.provenance import DatesStep

from .helpers import NORMALISER, doc

DATES = DatesStep(normaliser=NORMALISER)

TEXTS = [
    "Published: March 3, 2024 at 4:15 p.m. EST",
    "   Updated 18 Jun 2023, 07:28 AM IST | Posted on June 17, 2023",
    "By Jane Doe  Published  3 March 2024 · Last updated: 4 March 2024 10:00 GMT",
    "Sunday 18 June 2023 14:00 (UTC+8)\nPUBLICATION DATE 2024-03-03T16:15:00Z",
    "The data published in 2023 was dated 4 May 2021; publicado: 3 de marzo de 2024",
    "Veröffentlicht am 3. März 2024, aktualisiert 11.08.2023, 09:13 Uhr MESZ",
    "x" * 120 + " dated 3 May 2024 " + "y" * 200 + " | Updated: 4 May 2024 10:00",
    "Mis à jour le 3 mars 2024 à 16h15. Publié le 2 mars 2024",
]


@pytest.mark.parametrize("text", TEXTS)
def test_scan_from_is_finditer(text: str) -> None:
    blocks = DATES.view(doc(text))
    every = range(len(blocks.doc.blocks))
    expected = [m.span() for m in blocks.scan(DATES._rx, every)]
    assert [m.span() for m in blocks.scan_from(DATES._rx, every, DATES._label)] == expected
    assert expected  # the texts hold dates
