"""Provenance kinds met on aggregator, syndicated and press-release copies (own wordings, not a
corpus's): year-first dotted dates and day-Mon-year dates on date lines, a dated byline with a
spaced dash, a press portal's notice naming itself (the aggregator), syndication notices that
name the outlet (en/de/fr), a labelled wire line ("Wire copy: X"), and an aggregator's own
notice that mentions syndication (no publisher, no syndication). Traps give no fact."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.model import Article

PROSE = (
    "The harbour board voted on Monday to extend the ferry timetable into the winter months, "
    "after a long debate that ran late into the evening."
)
PROSE2 = (
    "Officials said the change would cost little and would help the island's small businesses "
    "through the quiet season."
)


def _clean(*lines: str, head: str = "Ferry timetable extended into the winter months") -> Article:
    return newsclean.clean("\n\n".join((head, PROSE, *lines, PROSE2)))


def _facts(article: Article) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in article.provenance:
        out.setdefault(f.kind, []).append(f.value)
    return out


def _head_line(line: str) -> Article:
    text = "\n\n".join(("Ferry timetable extended into the winter months", line, PROSE, PROSE2))
    return newsclean.clean(text)


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [
        ("Published: 2023.11.20 08:15 JST", "published", "2023-11-20T08:15:00+09:00"),
        ("Last modified: 2022.02.14 17:40 HKT", "updated", "2022-02-14T17:40:00+08:00"),
        ("Posted 2021.08.30", "published", "2021-08-30"),
        ("Release date: 9-Nov-2023 4:45 pm GMT", "published", "2023-11-09T16:45:00+00:00"),
        ("Pub. date: 17-Jan-2020", "published", "2020-01-17"),
    ],
)  # fmt: skip
def test_date_line_forms(line: str, kind: str, value: str) -> None:
    a = _head_line(line)
    assert _facts(a).get(kind) == [value]
    assert line not in a.body


def test_dated_byline_with_a_dash() -> None:
    a = _head_line("Mirela Okafor — Wed, 12 Jun 2024 07:05:10 +0200")
    assert _facts(a).get("published") == ["2024-06-12T07:05:10+02:00"]


@pytest.mark.parametrize(
    "line",
    [
        # a dotted version number or a score is no date
        "The firmware moved to version 2023.13.40 last week, the vendor said.",
        "Release 2024.1.7 fixed the bug, according to the changelog posted online.",
    ],
)
def test_dotted_numbers_in_prose_give_no_date(line: str) -> None:
    a = _clean(line)
    facts = _facts(a)
    assert "published" not in facts and "updated" not in facts
    assert line in a.body


@pytest.mark.parametrize(
    ("line", "portal"),
    [
        ("Lanternfold Wire hosts third-party press releases and does not endorse the claims "
         "they make.", "Lanternfold Wire"),
        ("Copperline Newsroom is not responsible for the content of this announcement.",
         "Copperline Newsroom"),
        ("The opinions in this press release are solely those of the issuing company; "
         "Quayside Dispatch carries it as supplied and accepts no liability.",
         "Quayside Dispatch"),
    ],
)  # fmt: skip
def test_press_portal_notice_names_the_aggregator(line: str, portal: str) -> None:
    a = _clean(line, head="Example Robotics opens a second plant in the valley")
    assert _facts(a).get("aggregator") == [portal]
    assert line not in a.body


@pytest.mark.parametrize(
    "line",
    [
        # the company or a person is no portal; reported speech and pronouns name none
        "We are not responsible for the content of this press release.",
        "The regulator said Halvard Mining is not responsible for the content of this "
        "announcement, which was issued by a former director.",
        "Forward-looking statements in this release involve risks and uncertainties.",
    ],
)
def test_press_portal_traps_name_no_aggregator(line: str) -> None:
    a = _clean(line, head="Example Robotics opens a second plant in the valley")
    assert "aggregator" not in _facts(a)


def test_reported_portal_sentence_is_kept() -> None:
    line = (
        "The regulator said Halvard Mining is not responsible for the content of this "
        "announcement, which was issued by a former director."
    )
    assert line in _clean(line).body


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("*Distributed through the Saltmarsh Courier syndication network.", "Saltmarsh Courier"),
        ("Shared via the Tideway Gazette syndication service.", "Tideway Gazette"),
        ("Übernommen von Elbtaler Rundschau; alle Rechte beim Originalverlag.",
         "Elbtaler Rundschau"),
        ("Cette enquête a été réalisée par Le Veilleur des Vosges et est republiée avec son "
         "autorisation.", "Le Veilleur des Vosges"),
    ],
)  # fmt: skip
def test_syndication_notices_name_the_publisher(line: str, publisher: str) -> None:
    a = _clean(line)
    facts = _facts(a)
    assert facts.get("publisher") == [publisher]
    assert facts.get("syndication") == [line.strip().lstrip("*")]
    assert line not in a.body


def test_anonymous_syndication_feed_notice() -> None:
    line = "_Posted via an automated syndication feed; the copy was not edited._"
    a = _clean(line)
    facts = _facts(a)
    assert "publisher" not in facts
    assert facts.get("syndication") == [line.strip("_")]


@pytest.mark.parametrize(
    "line",
    [
        "Übernommen von der Stadt wurde das alte Gebäude erst im Jahr 1990.",
        "Shared via the school's syndication service, the recordings reached dozens of towns.",
        "Le rapport a été produit par la mairie et est republié chaque année.",
    ],
)
def test_syndication_traps_give_no_fact(line: str) -> None:
    a = _clean(line)
    facts = _facts(a)
    assert "publisher" not in facts and "syndication" not in facts
    assert line in a.body


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Wire copy: Agence France-Presse", "AFP"),
        ("Agency material: Yonhap", "Yonhap"),
        ("Wire content: Kyodo News", "Kyodo"),
    ],
)
def test_labelled_wire_lines(line: str, credit: str) -> None:
    a = _clean(line)
    assert _facts(a).get("credits") == [credit]
    assert line not in a.body


def test_wire_words_in_prose_give_no_credit() -> None:
    line = "Wire content from the old telegraph office was sold at auction, AP reported."
    a = _clean(line)
    assert line in a.body


def test_aggregator_notice_mentioning_syndication_names_no_publisher() -> None:
    line = (
        "About this page — Driftwire aggregates syndicated stories from other outlets. Nothing "
        "on it is written by Driftwire staff."
    )
    a = newsclean.clean("\n\n".join((line, "Ferry timetable extended", PROSE, PROSE2)))
    facts = _facts(a)
    assert "publisher" not in facts
    assert "syndication" not in facts


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Supplied by the Marsh End Chronicle.", "Marsh End Chronicle"),
        ("Licensed from the Larkspur Herald.", "Larkspur Herald"),
        ("From our partners at the Glenmoor Gazette.", "Glenmoor Gazette"),
        ("This piece runs under a news-exchange programme with the Fenwick Ledger.",
         "Fenwick Ledger"),
        ("(Distributed via the Hollowbrook Post news exchange.)", "Hollowbrook Post"),
        ("Shared by our news partner The Redcliff Observer.", "The Redcliff Observer"),
    ],
)  # fmt: skip
def test_partner_and_exchange_notices_name_the_publisher(line: str, publisher: str) -> None:
    a = _clean(line)
    assert _facts(a).get("publisher") == [publisher]
    assert line not in a.body


@pytest.mark.parametrize(
    "line",
    [
        "Provided by the state at no cost, the vouchers cover three nights in a hotel.",
        "Licensed from a small studio, the format has since been sold to nine countries.",
        "Supplied by the council, the grit bins were refilled before the first frost.",
    ],
)
def test_provided_by_prose_gives_no_publisher(line: str) -> None:
    a = _clean(line)
    assert "publisher" not in _facts(a)
    assert line in a.body


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Kyodo/Haruto Sato", "Kyodo"),
        ("Yonhap/Lee Ji-woo", "Yonhap"),
        ("(With Bernama and Antara inputs)", "Bernama"),
    ],
)
def test_more_agency_credit_lines(line: str, credit: str) -> None:
    a = _clean(line)
    assert credit in _facts(a).get("credits", [])
    assert line not in a.body


def test_german_abbreviated_march_and_spanish_gmt_offset() -> None:
    a = _head_line("Veröffentlicht: 9. Mär. 2023, 18.40 Uhr")
    assert _facts(a).get("published") == ["2023-03-09T18:40:00"]
    line = "Actualizado: 2 de mayo de 2022, 08:30 (GMT+2)"
    a = _head_line(line)
    assert _facts(a).get("updated") == ["2022-05-02T08:30:00+02:00"]
    assert line not in a.body


def test_picked_up_by_a_sites_software_names_the_aggregator() -> None:
    line = "This item was picked up by Brindlefeed's automated system from a public source."
    a = _clean(line)
    assert _facts(a).get("aggregator") == ["Brindlefeed"]
    assert line not in a.body


@pytest.mark.parametrize(
    "line",
    [
        "The story was picked up by The Marlow Examiner, which ran it on the front page.",
        "The story was picked up by outlets including AFP and Bloomberg within hours.",
        "Powered by Ferncast.",
    ],
)
def test_picked_up_prose_names_no_aggregator(line: str) -> None:
    a = _clean(line)
    assert "aggregator" not in _facts(a)
