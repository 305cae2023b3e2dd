"""Head labels and credit-like lines that name no section or photo credit: a menu whose items
lost their spaces, a consent button, the paper's own name; a gallery link or a picture's
description taken by a credit pattern, a blog theme's image credit."""

from __future__ import annotations

import pytest

from newsclean.provenance import CreditsStep
from newsclean.provenance.names import credit_phrase, section_name

from .helpers import NORMALISER, pairs, run


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("HomeNewsSportWeather", False),
        ("StartPolitikKulturSport", False),
        ("OK, got it", False),
        ("Tout accepter", False),
        ("The Riverside Herald", False),
        ("THE MORNING LEDGER", False),
        ("MoneyWatch", True),
        ("Local News", True),
        ("The Big Read", True),
        ("Politics", True),
    ],
)
def test_section_names(value: str, ok: bool) -> None:
    assert section_name(value) is ok


@pytest.mark.parametrize(
    ("value", "phrase"),
    [
        ("The week in pictures", True),
        ("for illustration purposes only", True),
        ("A look back at the year in photographs", True),
        ("Courtesy of the family", False),
        ("AP file photo", False),
        ("dpa file photo", False),
        ("Social media", False),
        ("Jane Doe for The Example Times", False),
    ],
)
def test_credit_phrases(value: str, phrase: bool) -> None:
    assert credit_phrase(value) is phrase


PROSE = "The council met for a long time and agreed on a plan that nobody had expected before."


@pytest.mark.parametrize(
    "line",
    [
        "Theme images by Kelvin_Ray. Powered by Blogger.",
        "Template images by sample_artist.",
        "Photos: The week in pictures",
    ],
)
def test_no_photo_credit(line: str) -> None:
    facts = run(CreditsStep(normaliser=NORMALISER), f"Headline\n\n{PROSE}\n\n{line}")
    assert pairs(facts, "photo_credit") == []
