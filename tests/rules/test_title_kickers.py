"""A headline that opens with a kicker label in capitals ("EXCLUSIVE: ...") is the title; a
dateline in the same shape ("PARIS: The minister ...") still opens the story."""

from __future__ import annotations

import pytest

import newsclean

LEAD = (
    "The city council voted on Tuesday to extend the opening hours of all branch libraries "
    "through the winter, after months of debate among residents and staff."
)
MORE = (
    "Officials said the plan would cost about $1.2 million a year and would be paid for by "
    "savings in other departments, though two members warned the figures were optimistic."
)


@pytest.mark.parametrize(
    "headline",
    [
        "EXCLUSIVE: Council approves library budget after months of debate",
        "BREAKING NEWS: Council approves library budget after months of debate",
        "LIVE UPDATES: Council votes on the library budget tonight",
        "EILMELDUNG: Stadtrat beschließt längere Öffnungszeiten der Bibliotheken",
        "EN DIRECT : le conseil municipal vote le budget des bibliothèques",
        "ÚLTIMA HORA: El ayuntamiento aprueba el presupuesto de las bibliotecas",
    ],
)
def test_kicker_headline_is_the_title(headline: str) -> None:
    a = newsclean.clean(f"{headline}\n\n{LEAD}\n\n{MORE}\n", kind="text")
    assert a.title == headline
    assert a.body == f"{LEAD}\n\n{MORE}"


def test_dateline_of_the_same_shape_is_no_title() -> None:
    text = f"PARIS: Council approves library budget after months of debate\n\n{LEAD}\n\n{MORE}\n"
    a = newsclean.clean(text, kind="text")
    assert a.title is None
    assert a.body.startswith("PARIS:")


def test_kicker_title_is_idempotent() -> None:
    text = f"UPDATE: Council approves library budget after months of debate\n\n{LEAD}\n\n{MORE}\n"
    body = newsclean.clean(text, kind="text").body
    assert newsclean.clean(body, kind="text").body == body
