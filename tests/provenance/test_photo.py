"""Photo credits: a "FILE PHOTO: <description>" line describes the picture and credits no one;
the credit line after it does; "(Photo by X/AGENCY)" loses its "by"."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.provenance import facts_from_evidence

from .helpers import NORMALISER

PROSE = "Wheat prices rose for a third week as dry weather hit the harvest, traders said.\n\n"


@pytest.mark.parametrize(
    ("lines", "credit"),
    [
        (["FILE PHOTO: Farmers load grain onto a truck outside the silo in Odesa.",
          "Photograph: Lena Park/Reuters"], "Lena Park/Reuters"),
        (["File photo: A combine harvester works a field near the village at dusk.",
          "Photo: Supplied"], "Supplied"),
        (["Grain is loaded onto a ship in the port. (Photo by Omar Said/AFP/Pool)"],
         "Omar Said/AFP/Pool"),
    ],
)  # fmt: skip
def test_credit_not_caption(lines: list[str], credit: str) -> None:
    text = "Wheat prices climb again\n\n" + PROSE + "\n\n".join(lines) + "\n\nMore to come.\n"
    a = newsclean.clean(text)
    assert a.provenance.values("photo_credit") == [credit]


@pytest.mark.parametrize(
    ("evidence", "ok"),
    [
        ("Traders work on the floor of the stock exchange in Seoul", False),
        ("Handout from the Ministry of Defence via Reuters", True),
        ("Getty Images for The Hollywood Reporter", True),
        ("courtesy of the family", True),
        ("Jane Doe/AFP", True),
    ],
)
def test_caption_shaped_evidence(evidence: str, ok: bool) -> None:
    n = len(evidence)
    facts = facts_from_evidence("photo_credit", evidence, 0, n, "t", normaliser=NORMALISER)
    assert bool([f for f in facts if f.kind == "photo_credit"]) == ok
