"""A byline that carries its date ("Publié le 4 mars 2024 par Jeanne Roux", "Posted by admin on
March 4, 2024") is removed and gives the date; a named author is recorded, a site handle is not."""

from __future__ import annotations

import pytest

import newsclean

HEADLINE = "Council approves library budget after months of debate"
LEAD = (
    "The city council voted on Tuesday to extend the opening hours of all branch libraries "
    "through the winter, after months of debate among residents and staff."
)


def _clean(line: str) -> newsclean.Article:
    return newsclean.clean(f"{HEADLINE}\n\n{line}\n\n{LEAD}\n", kind="text")


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Veröffentlicht am 4. März 2024 von Jana Berg", "Jana Berg"),
        ("Von Jana Berg am 04.03.2024", "Jana Berg"),
        ("Publié le 4 mars 2024 par Jeanne Roux", "Jeanne Roux"),
        ("Par Jeanne Roux, le 4 mars 2024", "Jeanne Roux"),
        ("Publicado el 4 de marzo de 2024 por Juana Ruiz", "Juana Ruiz"),
        ("Por Juana Ruiz el 4 de marzo de 2024", "Juana Ruiz"),
        ("Posted by admin on March 4, 2024", None),
        ("Posted on 04/03/2024 by newsdesk", None),
        ("By editor | March 4, 2024 | 2 comments", None),
    ],
)
def test_byline_with_date_is_removed_with_its_facts(line: str, author: str | None) -> None:
    a = _clean(line)
    assert a.body == LEAD
    published = a.provenance.first("published")
    assert published is not None and published.value.startswith("2024-0")
    authors = [f.value for f in a.provenance.all("authors")]
    assert authors == ([author] if author else [])


@pytest.mark.parametrize(
    "line",
    [
        "Posted by the council on its website on March 4, the notice drew hundreds of replies.",
        "Published on March 4, 2024 by the city, the report found rising costs.",
        "Von Montag an gilt die neue Regel, teilte die Stadt am 4. März 2024 mit.",
    ],
)
def test_prose_with_a_date_and_a_name_stays(line: str) -> None:
    assert line in _clean(line).body
