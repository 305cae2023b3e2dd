"""Regional wires credited by their short forms (CP, PA, APP, PNA), a wire's regional service
("(dpa/lby)") and "compiled using material from" notes."""

from __future__ import annotations

import pytest

from newsclean.provenance import CreditsStep

from .helpers import NORMALISER, run, values

STEP = CreditsStep(normaliser=NORMALISER)
PROSE = "The council met for a long time and agreed on a plan that nobody had expected before."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"HALIFAX (CP) — {PROSE}", ["CP"]),
        (f"ISLAMABAD, Feb. 13 (APP) -- {PROSE}", ["APP"]),
        (f"MANILA (PNA) – {PROSE}", ["PNA"]),
        (f"LONDON (PA) – {PROSE}", ["PA"]),
        (f"Stuttgart (dpa/lsw) – {PROSE}", ["dpa"]),
        (f"{PROSE}\n\nPhoto: Erin Lowe / CP", ["CP"]),
        (f"{PROSE}\n\nPicture: Tom Hale/PA", ["PA"]),
        (f"{PROSE}\n\n(This report was compiled using material from AP and Kyodo)",
         ["AP", "Kyodo"]),
        (f"{PROSE}\n\n(Includes reporting from Reuters)", ["Reuters"]),
    ],
)
def test_regional_credits(text: str, expected: list[str]) -> None:
    assert values(run(STEP, f"Headline\n\n{text}"), "credits") == expected


@pytest.mark.parametrize(
    "text",
    [
        f"{PROSE} The CP rail line reopened after the PA system was fixed.",
        f"{PROSE}\n\nDownload our APP for alerts on your phone.",
        f"{PROSE} The report used material from several local archives.",
    ],
)
def test_short_forms_in_prose_are_no_credits(text: str) -> None:
    assert values(run(STEP, f"Headline\n\n{text}"), "credits") == []
