"""Round 9, second part: runs of shortcodes and HTML comments, view counters, sponsor lines,
ad combos (de/es), cookie bars with their button, aggregator disclaimers in other words,
comment-sort and guest-comment lines; and captions above a credit that describe the picture in
other words ("... seen from the east bank", "shown here in an artist's rendering", verbless
French and German captions). Prose with the same words stays."""

from __future__ import annotations

import pytest

from .context_helpers import PROSE, clean, doc
from .context_helpers import rule_of as rule_in
from .phrase_helpers import rule_of

TITLE = "Harbour bridge reopens after two years of repairs"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ('[contact-form-7 id="4" title="Newsletter"]', "shortcode"),
        ("[vc_row][vc_column][vc_column_text]", "shortcode"),
        ("[vimeo https://vimeo.com/123456]", "shortcode"),
        ("[[related]]", "shortcode"),
        ("<!-- /wp:image -->", "shortcode"),
        ("{ads}", "shortcode"),
        ("Brought to you by Example Insurance", "advertisement"),
        ("Page views: 12,408", "reaction_counter"),
        ("Viewed 980 times", "reaction_counter"),
        ("Zugriffe: 2.311", "reaction_counter"),
        ("This site uses cookies. Learn more", "cookie_notice"),
        (
            "The story above is an AI-generated summary of a report by another outlet.",
            "aggregator_disclaimer",
        ),
        ("Top comments", "comment_form"),
        ("Sign in | Register to comment", "comment_form"),
        ("Website (optional)", "comment_form"),
        ("Be the first to leave a comment", "comment_form"),
        ("Werbung – Weiterlesen nach der Anzeige", "advertisement"),
        ("Mostrar más comentarios", "comment_form"),
        ("Masquer les commentaires", "comment_form"),
    ],
)
def test_furniture_is_removed(line: str, rule: str) -> None:
    assert rule_of(line, zone="tail") == rule


@pytest.mark.parametrize(
    "line",
    [
        "Presented by the mayor, the award honours thirty years of volunteering.",
        "Views differ: 12 members backed the plan and 9 opposed it.",
        "The petition was read 300 times at rallies across the state, organisers said.",
        "Oldest residents remember the flood of 1953.",
        "Register to vote before Friday, the electoral office urged.",
        "Copyright lawyers say the dispute could take years, and the owners want it removed.",
        "We use cookies in the recipe because children love them, the baker said.",
    ],
)
def test_prose_with_the_same_words_stays(line: str) -> None:
    assert rule_of(line) is None
    assert rule_of(line, zone="tail") is None


@pytest.mark.parametrize(
    ("cap", "credit"),
    [
        ("Volunteers sort parcels at the depot.", "Credit: Ana Lopez/Example Agency"),
        ("The bridge at dawn, seen from the east bank.", "(Photo by Tom Reyes/Example)"),
        ("The new terminal, shown here in an artist's rendering.", "Picture: Example Studio"),
        ("A view of the lifting span from the quay.", "Photo: Jane Roe"),
        ("Des riverains devant le pont, lundi soir.", "Photo : Marc Petit/AFP"),
        ("Vecinos esperan la apertura del puente.", "Foto: Juana Ruiz/EFE"),
        ("Schaulustige an der Brücke am Montagabend.", "Foto: Max Mustermann/dpa"),
        ("Passanten laufen an der neuen Brücke vorbei.", "Bild: Max Mustermann"),
    ],
)
def test_a_picture_description_above_its_credit(cap: str, credit: str) -> None:
    a = clean(doc(TITLE, PROSE[0], cap, credit, *PROSE[1:]))
    assert rule_in(a, cap) == "photo_caption"


@pytest.mark.parametrize(
    "line",
    [
        "The plan, seen from the start as a compromise, won a narrow majority.",
        "Les élus ont voté dans la mairie, lundi.",
        "Die Stadt hat die Brücke am Montag wieder geöffnet.",
        "Residents wait for the council to publish the costs, organisers said.",
    ],
)
def test_a_paragraph_above_a_credit_stays(line: str) -> None:
    a = clean(doc(TITLE, PROSE[0], line, "Photo: Jane Roe/AFP", *PROSE[1:]))
    assert rule_in(a, line) is None


@pytest.mark.parametrize(
    "bio",
    [
        "Ana Torres es periodista y cubre la información municipal.",
        "Julia Weber ist Redakteurin im Ressort Wirtschaft.",
        "Claire Dubois est journaliste au service Société.",
        "Sam Hale joined the newsroom in 2021 and covers transport.",
        "Jane Roe is the founder of this newsletter and a former energy reporter.",
    ],
)
def test_an_author_bio_line_after_the_story(bio: str) -> None:
    a = clean(doc(TITLE, *PROSE, bio))
    assert rule_in(a, bio) == "author_bio"


@pytest.mark.parametrize(
    "line",
    [
        "The harbour master, who is a former journalist, did not comment.",
        "Der Bürgermeister, der selbst Journalist war, äußerte sich nicht.",
        "Like many residents, she worried about the cost.",
    ],
)
def test_a_last_paragraph_that_mentions_a_journalist_stays(line: str) -> None:
    a = clean(doc(TITLE, *PROSE, line))
    assert rule_in(a, line) is None


def test_a_bare_action_row_is_removed() -> None:
    assert rule_of("Like Comment Share", zone="tail") == "reaction_counter"


@pytest.mark.parametrize(
    "line",
    ["Previous articleHarbour bridge reopens after repairs", "Next storyCouncil approves budget"],
)
def test_a_prev_next_link_glued_to_its_headline(line: str) -> None:
    assert rule_of(line, zone="tail") == "prev_next_link"


def test_a_sentence_that_starts_with_next_stays() -> None:
    line = "Next story time at the library is on Saturday, the librarian said."
    assert rule_of(line, zone="tail") is None
