"""facts_from_evidence: the contract with phrase rules (one fact per kind, exact sub-spans)."""

from __future__ import annotations

import pytest

from newsclean.provenance import facts_from_evidence

from .helpers import NORMALISER

Triple = tuple[str, str, str]


def facts(kind: str, text: str, start: int = 0, end: int | None = None) -> list[Triple]:
    end = len(text) if end is None else end
    out = NORMALISER.facts(kind, text, start, end, "test.rule")
    for f in out:
        assert text[f.start : f.end] == f.evidence
        assert start <= f.start <= f.end <= end
        assert f.rule == "test.rule"
    return [(f.kind, f.value, f.evidence) for f in out]


def test_module_function_without_normaliser_loads_tables() -> None:
    text = "(With inputs from Agence France-Presse)"
    got = facts_from_evidence("credits", text, 18, 38, "r")
    assert [(f.value, f.evidence) for f in got] == [("AFP", "Agence France-Presse")]


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        ("Associated Press", ["AP"]),
        ("The Associated Press and Reuters", ["AP", "Reuters"]),
        ("PTI, ANI", ["PTI", "ANI"]),
        ("agencies", []),
        ("Deutsche Presse-Agentur", ["dpa"]),
        ("Press Trust of India", ["PTI"]),
        ("xinhua news agency", ["Xinhua"]),
        ("Kyodo and Yonhap", ["Kyodo", "Yonhap"]),
        ("our correspondents", []),
        ("AP AP Associated Press", ["AP"]),
    ],
)
def test_credits_normalised_one_per_agency(region: str, expected: list[str]) -> None:
    text = f"(With inputs from {region})"
    got = facts("credits", text, 18, 18 + len(region))
    assert [v for _, v, _ in got] == expected


def test_credits_lowercase_acronym_is_not_an_agency() -> None:
    assert facts("credits", "a tap on the map") == []


@pytest.mark.parametrize(
    ("kind", "region", "value", "evidence"),
    [
        ("updated", " 18 Jun 2023, 07:28 AM IST", "2023-06-18T07:28:00+05:30",
         "18 Jun 2023, 07:28 AM IST"),
        ("published", "2025-04-13 22:32:16", "2025-04-13T22:32:16", "2025-04-13 22:32:16"),
        ("published", "June 18, 2023 9:05 am ET", "2023-06-18T09:05:00-04:00",
         "June 18, 2023 9:05 am ET"),
        ("updated", "Dec 1, 2023 9:05 am ET.", "2023-12-01T09:05:00-05:00",
         "Dec 1, 2023 9:05 am ET"),
    ],
)  # fmt: skip
def test_dates(kind: str, region: str, value: str, evidence: str) -> None:
    assert facts(kind, region) == [(kind, value, evidence)]


@pytest.mark.parametrize("region", ["soon", "yesterday", "June 18", "31 February 2023", "12:30"])
def test_unparsable_date_gives_nothing(region: str) -> None:
    assert facts("published", region) == []


def test_original_url_normalised() -> None:
    text = "Source: HTTPS://WWW.Example.COM:443/news/a-story-123?utm_source=x&id=7#top."
    (got,) = facts("original_url", text)
    # scheme and host lower-cased, default port dropped; query and fragment as written (the
    # full stop after the URL is punctuation, not part of it)
    assert got[1] == "https://www.example.com/news/a-story-123?utm_source=x&id=7#top"
    assert got[2].endswith("#top")


def test_publisher_names_and_hosts() -> None:
    assert facts("publisher", " The Daily Example.") == [
        ("publisher", "The Daily Example", "The Daily Example")
    ]
    assert facts("publisher", "https://www.abc.net.au/news/2024/x") == [
        ("publisher", "ABC", "www.abc.net.au")
    ]
    assert facts("publisher", "www.example-times.co.uk")[0][1] == "example-times.co.uk"
    assert facts("publisher", "Facebook") == []
    assert facts("publisher", "It") == []


def test_photo_credit_also_gives_agency_credits() -> None:
    got = facts("photo_credit", "Jane Doe/AFP via Getty Images")
    credit = "Jane Doe/AFP via Getty Images"
    assert got[0] == ("photo_credit", credit, credit)
    # Getty Images supplied the picture, not the story (data/provenance/photo_agencies.txt)
    assert [v for k, v, _ in got if k == "credits"] == ["AFP"]


def test_authors_and_agencies_in_a_byline_region() -> None:
    got = facts("authors", "By Maria Garcia, Li Wei and Reuters")
    assert got == [
        ("authors", "Maria Garcia", "Maria Garcia"),
        ("authors", "Li Wei", "Li Wei"),
        ("credits", "Reuters", "Reuters"),
    ]


def test_tags_split() -> None:
    got = facts("tags", "Elections; Germany | European Union, ")
    assert [v for _, v, _ in got] == ["Elections", "Germany", "European Union"]


def test_syndication_loses_its_brackets() -> None:
    text = "[This report is published from a syndicated feed.]"
    assert facts("syndication", text) == [
        ("syndication", text[1:-1], text[1:-1])
    ]


@pytest.mark.parametrize("kind", ["aggregator", "site_name", "section", "title", "publisher"])
def test_blank_region_gives_nothing(kind: str) -> None:
    assert facts(kind, "  \n ") == []


def test_region_out_of_bounds_is_clamped() -> None:
    got = NORMALISER.facts("credits", "By AFP", -5, 99, "r")
    assert [(f.value, f.start, f.end) for f in got] == [("AFP", 3, 6)]
