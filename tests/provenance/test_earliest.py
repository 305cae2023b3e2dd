"""A fact found later in the text by an earlier step must not hide the same fact found earlier
in the text by a later step: the kept fact points at the first evidence."""

from __future__ import annotations

import pytest

import newsclean


@pytest.mark.parametrize(
    ("text", "kind", "value", "evidence_line"),
    [
        (
            "Storm hits the coast\n\nLISBON (AFP) – The storm hit the coast on Monday night.\n\n"
            "Residents were told to stay indoors until the winds drop.\n\n"
            "(With inputs from Agence France-Presse)",
            "credits", "AFP", 2,
        ),
        (
            "Court rejects appeal\n\nWritten by Tomas Ferreira, Press Trust of India\n\n"
            "The court rejected the appeal on Friday, the lawyers said.\n\n"
            "(With inputs from PTI)",
            "credits", "PTI", 2,
        ),
        (
            "Markets slide\n\nOsaka: (Kyodo) Markets slid on Wednesday as traders sold shares.\n\n"
            "Analysts expect more losses this week, brokers said.\n\nKyodo",
            "credits", "Kyodo", 2,
        ),
    ],
)  # fmt: skip
def test_first_evidence_kept(text: str, kind: str, value: str, evidence_line: int) -> None:
    a = newsclean.clean(text)
    facts = [f for f in a.provenance if f.kind == kind and f.value == value]
    assert len(facts) == 1
    line_start = sum(len(x) + 1 for x in text.split("\n")[:evidence_line])
    line_end = text.index("\n", line_start)
    assert line_start <= facts[0].start < line_end, facts[0]


@pytest.mark.parametrize(
    ("head", "value"),
    [
        ("By Lena Hoffmann - July 14, 2023 | 9:40 AM ET", "2023-07-14T09:40:00-04:00"),
        ("Written by Omar Haddad | Valley Courier | Published: 2 February 2021 08.15 UTC",
         "2021-02-02T08:15:00+00:00"),
        ("Posted on 21 November 2022, 18:05 GMT", "2022-11-21T18:05:00+00:00"),
    ],
)  # fmt: skip
def test_first_date_wins_over_a_later_date_line(head: str, value: str) -> None:
    text = (
        f"Port strike ends\n\n{head}\n\n"
        "Dock workers went back to work on Friday after a ten-day strike over pay.\n\n"
        "Date: 2023-12-01 10:00:00\n"
    )
    a = newsclean.clean(text)
    f = a.provenance.first("published")
    assert f is not None and f.value == value, f
    assert text.index(head) <= f.start < text.index(head) + len(head)


def test_page_metadata_never_displaces_text_evidence() -> None:
    page = (
        "<html><head><title>Bridge reopens after repairs</title>"
        '<meta property="og:site_name" content="Meta Site Name">'
        '<meta property="article:published_time" content="2024-01-05T08:00:00Z">'
        '<meta property="article:section" content="Meta Section">'
        '<meta name="author" content="Reuters">'
        "</head><body><article><h1>Bridge reopens after repairs</h1>"
        "<p>Section: Transport</p><p>Published: March 3, 2024</p>"
        "<p>OSLO (Reuters) - The main bridge reopened on Sunday after two years of repairs, "
        "the city said in a statement.</p>"
        "<p>Traffic is expected to return to normal within a week, officials added.</p>"
        "</article></body></html>"
    )
    a = newsclean.clean(page)
    pub = a.provenance.first("published")
    assert pub is not None and pub.value == "2024-03-03" and pub.evidence, pub
    credits = [f for f in a.provenance if f.kind == "credits"]
    assert [(f.value, f.evidence) for f in credits] == [("Reuters", "Reuters")]
