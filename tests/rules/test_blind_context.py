"""Context kinds first met in a blind corpus: press-release contact blocks, forum chrome, a
blog's masthead, numbered headline runs, captions without a credit, titles behind metadata.

The wordings here are our own; each kind has a case where the story must survive."""

from __future__ import annotations

import pytest

from newsclean import Config

from .context_helpers import PROSE, clean, doc, kept_all, rule_of

TITLE = "Harbour bridge reopens after two years of repairs"


# -- press-release contact blocks ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "block"),
    [
        ("en", ["Media Contact:", "Dana Whitfield", "Director of Communications",
                "Northwind Ferries Ltd.", "+1 (503) 555-0142", "dana.whitfield@example.com"]),
        ("en", ["PRESS CONTACTS", "Ravi Okonjo", "ravi@example.org"]),
        ("en", ["Investor Relations", "Mila Sorensen", "Vice President, Finance"]),
        ("en", ["For further information, please contact:", "The Harbour Trust",
                "Tel: 020 7946 0321"]),
        ("en", ["Contact:", "Office of the Harbour Master", "info@harbour.example"]),
        ("de", ["Pressekontakt:", "Jana Becker", "Unternehmenskommunikation",
                "Telefon: +49 30 901820", "E-Mail: presse@example.de"]),
        ("fr", ["Contact presse", "Élodie Marchand", "Responsable communication",
                "01 44 55 66 77"]),
        ("es", ["Contacto de prensa:", "Lucía Ferrer", "Directora de Comunicación",
                "prensa@example.es"]),
    ],
)
def test_a_contact_block_after_the_story_goes_whole(lang: str, block: list[str]) -> None:
    a = clean(doc(TITLE, *PROSE, "###", *block, sep="\n"),
              Config(languages=(lang,)) if lang != "en" else None)
    assert rule_of(a, block[0]) == "contact_header"
    for line in block[1:]:
        assert rule_of(a, line) is not None, line
    kept_all(a, PROSE)


def test_a_contact_on_one_line_goes() -> None:
    line = "Press inquiries: Owen Pryce, owen.pryce@example.net"
    a = clean(doc(TITLE, *PROSE, line, sep="\n"))
    assert rule_of(a, line) == "contact_header"


def test_the_placeholder_of_an_obfuscated_address_counts_as_an_address() -> None:
    block = ["Media enquiries", "Priya Natarajan", "Write to us: [email protected]"]
    a = clean(doc(TITLE, *PROSE, *block, sep="\n\n"))
    for line in block:
        assert rule_of(a, line) is not None, line


def test_a_contact_header_followed_by_prose_takes_nothing() -> None:
    story = [
        "Media contact",
        "Reporters who tried to reach the ferry operator on Monday were told that nobody was "
        "available to answer questions about the delays until the end of the week.",
    ]
    a = clean(doc(TITLE, PROSE[0], *story, *PROSE[1:], sep="\n\n"))
    kept_all(a, [*story, *PROSE])


def test_a_story_that_mentions_a_contact_is_kept() -> None:
    story = [
        "For more information, residents were told to contact the harbour office, which "
        "will stay open late on Thursday to answer questions about the new timetable.",
        "The office can be reached at 555-0188 during business hours, a spokesperson said "
        "after the meeting on Tuesday night.",
    ]
    a = clean(doc(TITLE, *PROSE[:2], *story, *PROSE[2:], sep="\n\n"))
    kept_all(a, [*story, *PROSE])


def test_a_weak_header_needs_a_way_to_reach_someone() -> None:
    """ "For more information" over a short line and no address or number is no contact block:
    the lines after it may be a list of the story's own."""
    story = ["For more information:", "Harbour Trust annual report", "City transport plan"]
    a = clean(doc(TITLE, *PROSE[:2], *story, *PROSE[2:], sep="\n\n"))
    kept_all(a, [*story[1:], *PROSE])


def test_an_investor_relations_subhead_over_prose_is_kept() -> None:
    story = [
        "Investor relations",
        "Shareholders were told at the annual meeting that the dividend would be held at last "
        "year's level while the company pays down the debt it took on for the new ships.",
    ]
    a = clean(doc(TITLE, *PROSE[:2], *story, *PROSE[2:], sep="\n\n"))
    kept_all(a, [*story, *PROSE])
