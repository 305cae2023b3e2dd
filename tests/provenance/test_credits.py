"""Agency credits from datelines, credit lines, photo credits and copyright lines."""

from __future__ import annotations

import pytest

from newsclean.provenance import CreditsStep

from .helpers import NORMALISER, pairs, run, values

STEP = CreditsStep(normaliser=NORMALISER)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NEW DELHI (PTI) – The government said on Monday that it would act.", ["PTI"]),
        ("(Reuters) - Oil prices rose on Tuesday.", ["Reuters"]),
        ("BRUSSELS, March 3 (Reuters) - European Union ministers met.", ["Reuters"]),
        ("Seoul, June 18 (Yonhap) -- North Korea fired a missile.", ["Yonhap"]),
        ("New Delhi [India], June 18 (ANI): The minister said.", ["ANI"]),
        # a digit may open the story after the bracket (a numbered tip, a figure)
        ("New Delhi, Sep 3 (ANI) 3. Eat fruit before a snack.", ["ANI"]),
        ("WASHINGTON (AP) 12 people were hurt, police said.", ["AP"]),
        ("MADRID (EFE/AP) — Spain's king spoke.", ["EFE", "AP"]),
        ("(With agency inputs from IANS and PTI)", ["IANS", "PTI"]),
        ("With input from Deutsche Presse-Agentur", ["dpa"]),
        ("Additional reporting by Reuters", ["Reuters"]),
        ("— With reporting by Bloomberg", ["Bloomberg"]),
        ("Mit Material von dpa und AFP", ["dpa", "AFP"]),
        ("Con información de EFE", ["EFE"]),
        ("The ministers will meet again next week. — AFP", ["AFP"]),
        ("The talks ended without agreement (Xinhua)", ["Xinhua"]),
        ("Source: Kyodo News", ["Kyodo"]),
        ("Agencies: AFP, Reuters", ["AFP", "Reuters"]),
        ("AP writers Jane Doe in Beijing and John Roe contributed to this report.", ["AP"]),
        ("© 2024 The Associated Press. All rights reserved.", ["AP"]),
        ("Copyright 2023 Bloomberg L.P.", ["Bloomberg"]),
        ("(c) Agence France-Presse", ["AFP"]),
        ("Photo: Jane Doe/AFP/Pool", ["AFP"]),
        ("Soldiers patrol the border. (AP Photo/John Roe)", ["AP"]),
        ("A man walks past a mural. (Reuters/Jane Doe)", ["Reuters"]),
        ("Image credit: Anadolu Agency", ["Anadolu"]),
        ("(Photo by John Doe/AFP via Getty Images)", ["AFP"]),
        ("Photo credit: Jane Roe/EPA", []),
        ("— AFP", ["AFP"]),
    ],
)
def test_credit_forms(text: str, expected: list[str]) -> None:
    assert values(run(STEP, f"Headline\n\n{text}"), "credits") == expected


@pytest.mark.parametrize(
    "text",
    [
        "He told The Associated Press that AFP and Reuters had reported it first.",
        "Reuters reported on Monday that the talks had stalled.",
        "A spokesman for Bloomberg Philanthropies declined to comment.",
        "The APAC region grew, the report said.",
        "Reporting by Jane Doe; Editing by John Roe",
        "Copyright 2024 Example Media Group. All rights reserved.",
        "He posted a photo: a picture of his dog at the beach.",
        "Image: a view of the harbour at dusk, taken from the hill above the town",
    ],
)
def test_no_invented_credits(text: str) -> None:
    assert [f for f in run(STEP, f"Headline\n\n{text}") if f.kind == "credits"] == []


def test_photo_credit_fact() -> None:
    facts = run(STEP, "A caption describing the scene.\nphotograph: Jane Roe/Reuters/Pool")
    assert pairs(facts) == [("photo_credit", "Jane Roe/Reuters/Pool"), ("credits", "Reuters")]


def test_one_credit_per_agency() -> None:
    text = "WASHINGTON (AP) — Text.\n\n(With inputs from The Associated Press)\n\n© 2024 AP"
    facts = run(STEP, text)
    assert values(facts, "credits") == ["AP"]
    assert facts[0].evidence == "AP" and facts[0].start == text.index("AP")


def test_kept_dateline_paragraph_still_gives_the_credit() -> None:
    text = "Headline\n\nLONDON (Reuters) - The Bank of England held rates on Thursday, it said."
    assert values(run(STEP, text), "credits") == ["Reuters"]


def test_headline_list_items_are_not_credits() -> None:
    from newsclean.step import Remove

    from .helpers import doc

    text = "Headline\n\nStory text here.\n\nRelated\nMarkets tumble after data - Reuters"
    d = doc(text)
    d.apply(Remove(3, "lists.related", "related_item", "a headline of another story"))
    assert list(STEP.apply(d)) == []


def test_more_national_agencies_and_decorated_dates() -> None:
    """Credits of national agencies named in a photo credit or a "Name | Agency" byline, and a
    date line behind a clock emoji."""
    import newsclean

    para = (
        "The city council approved the new budget on Tuesday after a long debate about the "
        "cost of the new bridge over the river."
    )
    text = "\n\n".join(
        ["Council approves the budget", "Ada Obi | NAN", "🗓 March 4, 2024", para, para]
    )
    facts = newsclean.clean(text).provenance
    assert "NAN" in facts.values("credits")
    assert facts.value("published") == "2024-03-04"
