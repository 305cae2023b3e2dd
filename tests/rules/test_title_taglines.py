"""A site's masthead above the headline: its name, then a tagline that says what the site is
("Independent news for the north coast since 1998", ``data/<lang>/taglines.txt``), or both on
one line ("The Courier — Your hometown paper"). The tagline is headline-shaped, so it used to
count as a second headline and no title was taken; now it goes as ``site_tagline``, the name
with the masthead step, and the headline below is the title. A headline with a dek under a
section label or a site name keeps its old outcome (no tagline cue: no title guessed)."""

from __future__ import annotations

import pytest

from .context_helpers import PROSE, clean, doc, rule_of

TITLE = "Council approves road budget after long debate"


@pytest.mark.parametrize(
    ("head", "tagline"),
    [
        (["Harbour Light Gazette", "Independent news for the north coast since 1998"],
         "Independent news for the north coast since 1998"),
        (["Riverside Weekly", "Serving Riverside since 1921"], "Serving Riverside since 1921"),
        (["Notes From The Valley", "A blog about local politics, food and weather",
          "Tuesday, March 5, 2024"], "A blog about local politics, food and weather"),
        (["The Westfield Courier — Your hometown paper"],
         "The Westfield Courier — Your hometown paper"),
        (["Kestrel Post", "Die Zeitung für das Bergische Land seit 1952"],
         "Die Zeitung für das Bergische Land seit 1952"),
        (["Le Petit Courrier", "Votre journal du Val de Loire depuis 1946"],
         "Votre journal du Val de Loire depuis 1946"),
    ],
)  # fmt: skip
def test_a_masthead_tagline_goes_and_the_headline_is_the_title(
    head: list[str], tagline: str
) -> None:
    text = doc(*head, TITLE, *PROSE)
    art = clean(text)
    assert art.title == TITLE
    assert rule_of(art, tagline) == "site_tagline"
    assert all(rule_of(art, line) is not None for line in head)
    again = clean(art.body)
    assert again.body == art.body and again.title is None


@pytest.mark.parametrize(
    "head",
    [
        ["The Daily Ledger", "Local news outlets struggle as advertising falls",
         "Three papers in the county have cut staff this year and one has closed its print run"],
        ["Opinion", "Thoughts on the budget from three economists",
         "What the new spending plan means for households"],
        ["The Courier", "Your guide to the new recycling rules in the city",
         "Bins will be collected on different days from March"],
    ],
)  # fmt: skip
def test_a_headline_with_a_dek_is_not_taken_for_a_tagline(head: list[str]) -> None:
    art = clean(doc(*head, *PROSE))
    assert all(rule_of(art, line) != "site_tagline" for line in head)
    assert rule_of(art, head[1]) is None
