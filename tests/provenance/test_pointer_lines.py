"""Short lines that point to the outlet a story comes from or continues at, in words no phrase
table holds ("Full coverage at The Example Herald →", "Mehr dazu beim Talbote Kurier"): removed
as read-original lines, the outlet recorded as the publisher. Headlines that end with a place or
a name after "at"/"in", and story sentences, stay. Own wordings, none a corpus's sentence."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.provenance.pointers import PointerLine

from .helpers import STORIES, article_values, line_removed, story_with_tail


@pytest.mark.parametrize(
    ("lang", "line", "publisher"),
    [
        ("en", "Full coverage at The Example Herald →", "The Example Herald"),
        ("en", "The whole story, only on Quarry Hill Gazette", "Quarry Hill Gazette"),
        ("en", "More from Harbourside Courier • 4h", "Harbourside Courier"),
        ("de", "Mehr dazu beim Talbote Kurier", "Talbote Kurier"),
        ("es", "Sigue leyendo en El Eco de la Sierra", "El Eco de la Sierra"),
        ("fr", "Tout l'article sur Le Phare du Littoral »", "Le Phare du Littoral"),
        # a label of pointing words, a colon or dash, the outlet
        ("en", "Feed source: Millbrook Ledger", "Millbrook Ledger"),
        ("de", "Quelle und Text: Weserbote", "Weserbote"),
        ("fr", "Origine : La Vigie des Dunes", "La Vigie des Dunes"),
        ("es", "Fuente original — Gaceta del Páramo", "Gaceta del Páramo"),
        # a host or a URL as the target: the publisher is the host's
        ("en", "Even more analysis at stonebridgegazette.com.", "stonebridgegazette.com"),
        ("es", "Todas las novedades, en elfarodelcabo.es", "elfarodelcabo.es"),
        ("de", "Noch mehr Hintergründe bei www.weserbote.de", "weserbote.de"),
        ("es", "Tomado de Diario del Valle Alto", "Diario del Valle Alto"),
    ],
)
def test_a_pointer_line_is_removed_and_names_the_publisher(
    lang: str, line: str, publisher: str
) -> None:
    text, article = story_with_tail(line, lang)
    assert line_removed(text, article, line)
    start = text.index(line)
    assert any(s.rule == "pointer_line" for s in article.spans if s.start <= start < s.end)
    assert article_values(article, "publisher") == [publisher]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Need more? Follow The Harrow Dispatch for daily news."),
        ("fr", "Restez informés avec Le Courrier des Sables"),
    ],
)
def test_a_promo_pointer_is_removed_but_names_no_publisher(lang: str, line: str) -> None:
    """A verb of pointing or "with" before the name promotes the site itself as often as the
    story's source: the line goes, the name is no publisher."""
    text, article = story_with_tail(line, lang)
    assert line_removed(text, article, line)
    found = PointerLine().read(line)
    assert found is not None and found.promo
    assert article_values(article, "publisher") == []


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Lire l'original : https://www.lavigie-dunes.fr/a/123-le-port",
         "https://www.lavigie-dunes.fr/a/123-le-port"),
        ("Via The Fenwick Observer", "The Fenwick Observer"),
        ("Texte et lien : Le Guetteur Quotidien", "Le Guetteur Quotidien"),
    ],
)  # fmt: skip
def test_pointer_lines_that_other_rules_also_know_are_read(line: str, outlet: str) -> None:
    found = PointerLine().read(line)
    assert found is not None
    assert line[found.start : found.end] == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Fire breaks out at Morning Star",  # a headline: its words point nowhere
        "More at Example Meridian",  # one word of pointing and no outlet's word in the name
        "Read the full story at the harbour office today, officials said on Friday morning",
        "Photos: Morning Star",  # a picture's credit, not the story's source
        "Latest news: Chelsea",  # a label over a team, not an outlet
        "For the latest updates on Markets, click here",  # a section
        "AS - www.example-racing.com",  # a writer's initials signing the story
        "Subscribe to The Harrow Dispatch",  # the site's own promo
        "On The Record",  # a heading
        "Herkunft: Deutschland",  # where a product comes from: a weak label needs two words
        "A report from Jane Doe and Max Mustermann in Berlin today",  # a byline, not a source
    ],
)
def test_lines_that_point_nowhere_are_no_pointer_lines(line: str) -> None:
    assert PointerLine().read(line) is None


@pytest.mark.parametrize(
    ("line", "sourced"),
    [
        ("Source: The Fenwick Observer", True),
        ("Contenu syndiqué : Le Guetteur Quotidien", True),
        ("Quelle: Rheinblick Zeitung", True),
        ("Via: The Fenwick Observer", False),
        ("Courtesy: The Fenwick Observer", False),
        ("Full story at The Fenwick Observer", False),
    ],
)
def test_a_source_label_marks_the_pointer_as_sourced(line: str, sourced: bool) -> None:
    found = PointerLine().read(line)
    assert found is not None and found.sourced is sourced


def test_a_source_label_names_the_publisher_even_when_the_title_ends_with_it() -> None:
    """The copy kept the original's title suffix: "Source: X" names X all the same; "Via: X"
    naming the page's own site points nowhere else."""
    body = "\n\n".join(STORIES["en"][1:3])
    title = "Ferry timetable changes for the summer - The Fenwick Observer"
    sourced = newsclean.clean(f"{title}\n\n{body}\n\nSource: The Fenwick Observer")
    assert article_values(sourced, "publisher") == ["The Fenwick Observer"]
    via = newsclean.clean(f"{title}\n\n{body}\n\nVia: The Fenwick Observer")
    assert article_values(via, "publisher") == []


def test_a_story_sentence_ending_with_a_paper_stays() -> None:
    head, lead, lead2, _ = STORIES["en"]
    line = "The petition ran in the Valley Times."
    text = "\n\n".join((head, lead, line, lead2)) + "\n"
    article = newsclean.clean(text)
    assert not line_removed(text, article, line)
    assert article_values(article, "publisher") == []


def test_the_step_can_be_dropped() -> None:
    line = "Full coverage at The Example Herald →"
    head, lead, lead2, share = STORIES["en"]
    text = "\n\n".join((head, lead, lead2, line, share)) + "\n"
    pipeline = newsclean.Pipeline.default().without("pointer_lines")
    assert not line_removed(text, pipeline.run(text), line)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Story source: The Fenwick Observer · This piece reaches you via a partner feed.",
         "The Fenwick Observer"),
        ("Quelle — www.rheinblick-zeitung.de — Der Betreiber haftet nicht für Inhalte.",
         "www.rheinblick-zeitung.de"),
    ],
)  # fmt: skip
def test_a_labelled_pointer_may_open_a_longer_line(line: str, outlet: str) -> None:
    pointer = PointerLine()
    assert pointer.read(line) is None  # as a whole, the line is no pointer line
    found = pointer.read_lead(line)
    assert found is not None and found.sourced
    assert line[found.start : found.end] == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Full story at The Fenwick Observer · 3 comments and counting on the harbour plan",
        "Source code for the new app is published on GitHub | Downloads rose by 30 percent",
    ],
)
def test_only_a_labelled_source_opens_a_longer_line(line: str) -> None:
    assert PointerLine().read_lead(line) is None
