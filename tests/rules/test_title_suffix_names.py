"""A site name after a dash may hold lower-case particles ("El Correo de la Mancha", "Times
of India"), and is split off the title; a dash before a clause with a lower-case verb
("Landwirte fordern Abschuss") joins the headline's two halves and stays in the title."""

from __future__ import annotations

import pytest

from newsclean.rules.title import split_suffix


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("Incendio forestal obliga a desalojar dos casas – El Correo de la Mancha",
         "El Correo de la Mancha"),
        ("India wins the series in Chennai – Times of India", "Times of India"),
        ("Blinken heads to China for talks – KXAN Austin", "KXAN Austin"),
        ("Neue Brücke für den Hafen geplant – Stimme der Hauptstadt", "Stimme der Hauptstadt"),
    ],
)  # fmt: skip
def test_a_name_with_particles_is_split_off(line: str, site: str) -> None:
    hlen, found, at = split_suffix(line)
    assert found == site
    assert line[at:] == site
    assert line[:hlen].rstrip(" –") == line[: line.index(" – ")]


@pytest.mark.parametrize(
    "line",
    [
        "Wolf reißt Schafe im Westerwald – Landwirte fordern Abschuss",
        "Markets fall again in Asia - what it means for you",
        "Storm hits the coast overnight – Thousands without power",
    ],
)
def test_a_clause_after_a_dash_stays_in_the_title(line: str) -> None:
    assert split_suffix(line)[1] is None
