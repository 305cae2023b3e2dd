"""A bracketed "Agency/Pollster" after a poll's figures credits the poll, not a photo: no
photo_credit and no agency credit from it; a photographer after the slash still counts."""

from __future__ import annotations

import pytest

from newsclean.provenance import CreditsStep

from .helpers import NORMALISER, pairs, run

STEP = CreditsStep(normaliser=NORMALISER)
PROSE = "The council met for a long time and agreed on a plan that nobody had expected before."


@pytest.mark.parametrize(
    "line",
    [
        "Support for the plan stands at 41 percent (Reuters/Ipsos), down from 45 in May.",
        "Most voters back the measure, a new survey (AP/NORC) shows.",
        "Die Zustimmung liegt laut der jüngsten Umfrage (dpa/YouGov) bei 38 Prozent.",
        "Selon un sondage (AFP/Ifop) publié lundi, 52 % des sondés approuvent la réforme.",
        "El apoyo cae al 33 por ciento, según la encuesta (EFE/Cadem) del domingo.",
        # a firm alone after the slash, no poll word around it
        "The figures (Reuters/Ipsos) were released on Monday morning.",
    ],
)
def test_poll_credit_gives_no_fact(line: str) -> None:
    assert pairs(run(STEP, f"Headline\n\n{PROSE} {line}\n\n{PROSE}")) == []


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Firefighters tackle the blaze near the harbour. (Reuters/Ed Harris)",
         "Reuters/Ed Harris"),
        ("The minister arrives for talks in Brussels. (AFP/Lena Vogt)", "AFP/Lena Vogt"),
    ],
)  # fmt: skip
def test_photo_credit_after_a_slash_still_counts(line: str, credit: str) -> None:
    facts = run(STEP, f"Headline\n\n{PROSE}\n\n{line}\n\n{PROSE}")
    assert ("photo_credit", credit) in pairs(facts)
