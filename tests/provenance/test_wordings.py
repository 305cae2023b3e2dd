"""More wordings per kind: passive aggregator disclaimers, "originally appeared in", courtesy
lines, labelled URL lines, a byline's date after the outlet, and a shared view with long lines."""

from __future__ import annotations

import pytest

from newsclean.provenance import (
    AggregatorStep,
    BylinesStep,
    CreditsStep,
    DatesStep,
    PublisherStep,
    UrlsStep,
)

from .helpers import NORMALISER, pairs, run

PROSE = (
    "The council voted on Tuesday to approve the new budget, which raises spending on schools "
    "and roads by ten percent over the next two years, officials said."
)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Disclaimer: This article was automatically collected by Wire Hub from a public source.",
         "Wire Hub"),
        ("This story was aggregated by Example.net, the content belongs to its owners.",
         "Example.net"),
    ],
)  # fmt: skip
def test_passive_aggregator(line: str, name: str) -> None:
    got = pairs(run(AggregatorStep(normaliser=NORMALISER), f"Headline\n\n{PROSE}\n\n{line}"))
    assert got == [("aggregator", name)]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("This article originally appeared in Example News. Read the original here.",
         "Example News"),
        ("(Courtesy: Sample Herald)", "Sample Herald"),
        ("Quelle: Kölner Beispiel-Anzeiger", "Kölner Beispiel-Anzeiger"),
        ("[This report is auto-generated from a syndicated feed and has not been edited by "
         "Global Sample.]", "Global Sample"),
        ("This story has not been edited by The Sample Post editorial team.", "The Sample Post"),
    ],
)  # fmt: skip
def test_publisher_wordings(line: str, name: str) -> None:
    got = pairs(run(PublisherStep(normaliser=NORMALISER), f"Headline\n\n{PROSE}\n\n{line}"))
    assert ("publisher", name) in got


def test_first_appeared_in_prose_is_not_a_publisher() -> None:
    text = f"Headline\n\nCases first appeared in West Example at the end of August.\n\n{PROSE}"
    assert pairs(run(PublisherStep(normaliser=NORMALISER), text), "publisher") == []


def test_source_agency_is_not_a_publisher() -> None:
    text = f"Headline\n\n{PROSE}\n\nSource: Reuters"
    assert pairs(run(PublisherStep(normaliser=NORMALISER), text), "publisher") == []


def test_link_label_url() -> None:
    text = f"Headline\n\n{PROSE}\n\nLink: https://www.example.co.jp/story/a-long-story-slug"
    got = pairs(run(UrlsStep(normaliser=NORMALISER), text), "original_url")
    assert got == [("original_url", "https://www.example.co.jp/story/a-long-story-slug")]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("By Jane Doe | Sample Report, 02 Feb 2022, 05:34 AM HKT", "2022-02-02T05:34:00+08:00"),
        ("Written by Jane Doe, The Sample Report  Jun. 28, 2021 / 03:16 PM ET",
         "2021-06-28T15:16:00-04:00"),
        ("Reported by Jane Doe and John Roe • 2020-08-02", "2020-08-02"),
        ("Story by Jane Doe - May 23, 2024 | 10:51 AM ET", "2024-05-23T10:51:00-04:00"),
    ],
)  # fmt: skip
def test_byline_dates(line: str, value: str) -> None:
    got = pairs(run(BylinesStep(normaliser=NORMALISER), f"Headline\n\n{line}\n\n{PROSE}"))
    assert ("published", value) in got
    assert all(v.split()[0] != "The" for k, v in got if k == "authors")


def test_byline_update_date_is_not_published() -> None:
    line = "By Jane Doe | Updated: 02 Feb 2022, 05:34 AM HKT"
    got = pairs(run(BylinesStep(normaliser=NORMALISER), f"Headline\n\n{line}\n\n{PROSE}"))
    assert "published" not in {k for k, _ in got}


def test_update_label_after_two_spaces() -> None:
    line = "Publié : 14 juin 2023 à 12h58 CEST  Mis à jour le 14 juin 2023 à 14h58"
    got = pairs(run(DatesStep(normaliser=NORMALISER), f"Headline\n\n{line}\n\n{PROSE}"))
    assert got == [("published", "2023-06-14T12:58:00+02:00"), ("updated", "2023-06-14T14:58:00")]


def test_double_bracket_dateline_and_long_lines() -> None:
    long_para = "Berlin ((dpa)) - " + PROSE * 4
    got = pairs(run(CreditsStep(normaliser=NORMALISER), f"Headline\n\n{long_para}"))
    assert got == [("credits", "dpa")]
    # an agency in the middle of a long prose line is not a credit
    mid = PROSE * 2 + " Reuters reported the figures. " + PROSE * 2
    assert pairs(run(CreditsStep(normaliser=NORMALISER), f"Headline\n\n{mid}")) == []
