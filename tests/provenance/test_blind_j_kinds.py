"""Provenance kinds of copied news (own wordings, not a corpus's): the shapes in which an
aggregator names itself (its tool doing the collecting, "we are an automated reader", stories
copied from other sites, "this site (X)", a domain that writes nothing, "About X" on its own
line or with a colon, takedown requests, the stories belonging to their publishers, "We at X do
not own ..."), update and publication labels worded as a sentence ("This story was last
modified on ...", "Filed:", "Revised"), and a bare date in the head under a removed banner.
Story prose about software, rights and dates stays, with no fact."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.model import Article

LEAD = (
    "The harbour board voted on Monday to extend the ferry timetable into the winter months, "
    "after a long debate that ran late into the evening."
)
LEAD2 = (
    "Officials said the change would cost little and would help the island's small businesses "
    "through the quiet season."
)
HEAD = "Ferry timetable extended into the winter months"


def _tail(*lines: str) -> tuple[str, Article]:
    text = "\n\n".join((HEAD, LEAD, LEAD2, *lines)) + "\n"
    return text, newsclean.clean(text)


def _removed(text: str, article: Article, line: str) -> bool:
    start = text.index(line)
    end = start + len(line)
    return any(not s.kept and s.start <= start and s.end >= end for s in article.spans)


def _facts(article: Article) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in article.provenance:
        out.setdefault(f.kind, []).append(f.value)
    return out


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Tidewire's crawler picks up articles from regional newsrooms and links each one "
         "to its source.", "Tidewire"),
        ("Our robots gather the headlines you see here from dozens of publishers' feeds.", None),
        ("We are an automatic headline reader that fetches stories from sites across the web.",
         None),
        ("The articles here are copied from their original publishers by software.", None),
        ("This portal (run as Tidewire) does not write the stories it lists.", "Tidewire"),
        ("tidewire.net does not produce any of the articles shown here.", "tidewire.net"),
        ("Items on tidewire.net are taken from other news sites and link to the originals.",
         "tidewire.net"),
        ("About Tidewire: we list stories from publishers around the web.", "Tidewire"),
        ("Rights holders who would like an item taken down should write to the editors.", None),
        ("If you want a story removed from Tidewire, send us a note with the link.",
         "Tidewire"),
        ("All articles remain the property of their original publishers.", None),
        ("Every photo and text here belongs to the outlet that first ran it.", None),
        ("We at Tidewire do not own the rights to this report.", "Tidewire"),
        ("The headlines below were put together by Tidewire's algorithm from public RSS "
         "sources.", "Tidewire"),
    ],
)
def test_aggregator_shapes_are_removed_and_named(line: str, name: str | None) -> None:
    text, art = _tail(line)
    assert _removed(text, art, line)
    got = _facts(art).get("aggregator")
    if name is None:
        assert got is None
    else:
        assert got == [name]


def test_about_heading_over_a_disclaimer_names_the_aggregator() -> None:
    heading = "About Tidewire"
    notice = "We are an automated news reader that fetches articles from around the web."
    text, art = _tail(heading, notice)
    assert _removed(text, art, notice)
    assert _facts(art).get("aggregator") == ["Tidewire"]


@pytest.mark.parametrize(
    "line",
    [
        "Google's algorithm picks up stories from thousands of outlets every day, according "
        "to the filing.",
        "The startup's software collects data from third-party sensors across the city.",
        "The hotline is an automated service that answers questions about local news and "
        "events.",
        "All the land in the valley remains the property of its original owners under the "
        "treaty.",
        "The Times does not own the rights to the photos, which belong to a private collector.",
        "Rights holders have complained that the law makes it too hard to get pirated films "
        "removed from websites.",
        "The company's crawler reads articles from news sites to train its model, researchers "
        "found.",
        "About Time: the film collects stories from three generations of one family.",
        "She wanted the post removed from Facebook and wrote to the company twice.",
        "We at the bakery do not own the building, but we have a long lease.",
        "The museum (known as the Old Mill) does not own the paintings it shows.",
        "The report was published on March 3, 2024, and drew wide attention.",
    ],
)
def test_story_prose_stays_without_provenance(line: str) -> None:
    text = "\n\n".join((HEAD, LEAD, line, LEAD2)) + "\n"
    art = newsclean.clean(text)
    assert not _removed(text, art, line)
    facts = _facts(art)
    for kind in ("aggregator", "published", "updated", "publisher"):
        assert kind not in facts, (kind, facts)


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [
        ("This story was last modified on 14 March 2024.", "updated", "2024-03-14"),
        ("This page has been revised on June 3, 2022.", "updated", "2022-06-03"),
        ("Story last modified 12/23/2023 08:15", "updated", "2023-12-23T08:15:00"),
        ("Filed: March 14, 2024 9:05 PM", "published", "2024-03-14T21:05:00"),
        ("This report was first published on 8 July 2022.", "published", "2022-07-08"),
        ("Uploaded on 4 May 2021", "published", "2021-05-04"),
    ],
)
def test_sentence_shaped_date_labels(line: str, kind: str, value: str) -> None:
    text, art = _tail(line)
    assert _removed(text, art, line)
    assert _facts(art).get(kind) == [value]


def test_bare_date_under_a_removed_banner_is_the_publication_date() -> None:
    banner = "We use cookies to improve your experience. By continuing, you accept our cookies."
    text = "\n\n".join((banner, HEAD, "Sat, Apr 6, 2024", LEAD, LEAD2)) + "\n"
    art = newsclean.clean(text)
    assert _removed(text, art, banner)
    assert _facts(art).get("published") == ["2024-04-06"]


@pytest.mark.parametrize(
    ("line", "publisher", "notice"),
    [
        ("Partner content from The Dunmore Herald.", "The Dunmore Herald", True),
        ("Partner story from Ashby Weekly.", "Ashby Weekly", True),
        ("Contenu fourni par L'Écho des Vosges.", "L'Écho des Vosges", True),
        ("Article proposé par notre partenaire La Voix du Quercy", "La Voix du Quercy", True),
        ("Lire l'article complet sur le site du Journal de Brive", "Journal de Brive", False),
    ],
)
def test_partner_notices_name_the_publisher(line: str, publisher: str, notice: bool) -> None:
    text, art = _tail(line)
    assert _removed(text, art, line)
    facts = _facts(art)
    assert facts.get("publisher") == [publisher]
    assert ("syndication" in facts) is notice


def test_french_prose_about_supplied_content_stays() -> None:
    line = "Le contenu fourni par la mairie a été retiré de son site internet la semaine dernière."
    text = "\n\n".join((HEAD, LEAD, line, LEAD2)) + "\n"
    art = newsclean.clean(text)
    assert not _removed(text, art, line)
    assert "publisher" not in _facts(art)
