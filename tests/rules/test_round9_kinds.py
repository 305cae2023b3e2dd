"""Kinds widened in wording round 9: captions that credit after the sentence ("... Photo
courtesy of ...", "... Credit: ...", "... Photo / Name", "... Photo AFP"), "Pictured above," /
"From left:" captions, tail publisher promos, "first appeared" lines in other word orders,
labelled article URLs, "material from <agency> was used" credits, comment-form prompts,
abbreviated reading times, app-availability lines, action rows, and title repeats with a tag
or a label; prose with the same words stays."""

from __future__ import annotations

import pytest

from .context_helpers import PROSE as PARAGRAPHS
from .context_helpers import clean, doc
from .context_helpers import rule_of as rule_in
from .phrase_helpers import PROSE, facts_of, rule_of, run

TITLE = "Harbour bridge reopens after two years of repairs"


@pytest.mark.parametrize(
    ("line", "rule", "zone"),
    [
        (
            "Head over to the Example Star website for the latest headlines.",
            "publisher_promo_tail",
            "tail",
        ),
        ("Enjoyed this piece? Find more at example-courier.com", "publisher_promo_tail", "tail"),
        (
            "Stay connected with the Example Post: follow us for daily updates.",
            "publisher_promo",
            "tail",
        ),
        (
            "Discover more regional coverage from the Example Ledger.",
            "publisher_promo_tail",
            "tail",
        ),
        ("For the latest local headlines, check out example-herald.com.", "publisher_promo", "any"),
        (
            "Mehr regionale Nachrichten finden Sie auf www.beispiel-kurier.de",
            "publisher_promo",
            "any",
        ),
        ("Plus d'infos locales sur www.exemple-matin.fr", "publisher_promo", "any"),
        ("Más noticias locales en www.ejemplo-diario.es", "publisher_promo", "any"),
        ("It was first published by the Example Review.", "read_original", "any"),
        ("This column ran first in the Example Weekly.", "read_original", "any"),
        ("Article first posted on example-notes.org", "read_original", "any"),
        (
            "Der Kommentar wurde zuerst bei der Beispiel Rundschau veröffentlicht.",
            "read_original",
            "any",
        ),
        ("Esta columna se publicó originalmente en Diario Ejemplo.", "read_original", "any"),
        (
            "Story link: https://www.example.com/local/2024/harbour-bridge-reopens",
            "source_link",
            "tail",
        ),
        (
            "Web version: https://news.example.org/region/harbour-bridge-reopens",
            "original_url_line",
            "tail",
        ),
        (
            "Lien de l'article : https://www.exemple.fr/region/pont-du-port-rouvre",
            "source_link",
            "tail",
        ),
        (
            "Artikel im Netz: https://www.beispiel.de/region/hafenbruecke-wieder-offen",
            "original_url_line",
            "tail",
        ),
        ("Details from Reuters were used in this report.", "wire_credit_line", "any"),
        (
            "This report incorporates material from the Associated Press and AFP.",
            "wire_credit_line",
            "any",
        ),
        ("With reporting by AFP", "wire_credit_line", "any"),
        ("(Reuters) -", "agency_line", "any"),
        ("von Agenturen", "agency_line", "any"),
        ("Please sign in to post a comment.", "comment_form", "any"),
        ("Register to comment", "comment_form", "any"),
        ("Have your say in the comments section", "comment_form", "any"),
        ("Drop your thoughts in the comments below", "comment_form", "any"),
        ("Diskutieren Sie mit!", "comment_form", "any"),
        ("Participez à la discussion", "comment_form", "any"),
        ("Únete a la conversación", "comment_form", "any"),
        ("Approx. reading time: 5 min", "reading_time", "any"),
        ("Our official app is now available for iPhone and Android.", "app_promo", "any"),
        ("Like · Reply · Share", "reaction_counter", "any"),
        (
            "Republish our stories for free, in print or online, under a Creative Commons licence.",
            "copyright_phrase",
            "any",
        ),
        ("Nous ne sommes pas les auteurs de ces contenus.", "aggregator_disclaimer", "any"),
    ],
)
def test_widened_kinds_are_removed(line: str, rule: str, zone: str) -> None:
    assert rule_of(line, zone=zone) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Visit the museum's website for more details about the opening hours.",
        "Liked by thousands, the video has been shared more than a million times.",
        "Keep up with the payments: the bank will send reminders every month.",
        "It was first published in 1851 and has never been out of print since.",
        "The novel ran first in a magazine before it was published as a book.",
        "Material from the archive was used in the exhibition, the curator said.",
        "This story includes interviews with more than forty residents.",
        "Please sign in at the front desk before visiting patients.",
        "Have your say: the council's consultation closes on Friday.",
        "Our app is now available in six languages, the company said.",
        "Like, comment and share were the three things the influencer asked for.",
        "Nous ne sommes pas les auteurs de cette crise, a martelé le ministre.",
        "Source: the ministry's annual report, published in March.",
    ],
)
def test_prose_with_the_same_words_stays(line: str) -> None:
    assert rule_of(line) is None
    assert rule_of(line, zone="tail") is None


def test_a_credit_by_material_records_the_agencies() -> None:
    facts = facts_of("Material from Reuters and AFP was used in this report.")
    assert {f.value for f in facts if f.kind == "credits"} >= {"Reuters", "AFP"}


@pytest.mark.parametrize(
    "cap",
    [
        "The new ferry terminal seen from the water. Photo courtesy of the port authority",
        "Crowds line the quay for the reopening. Credit: Ana Lopez",
        "Cyclists cross the bridge on its first morning. Photo / Tom Reyes",
        "Le pont rouvert à la circulation lundi matin. Photo AFP",
        "Vue du pont depuis la rive droite. (Crédit : Marc Petit)",
        "Pictured above, engineers test the lifting span before the reopening.",
        "From left: the engineer, the mayor and the harbour master at the ceremony.",
        "Image caption – Engineers on the lifting span",
    ],
)
def test_captions_that_credit_or_point_at_the_picture(cap: str) -> None:
    a = clean(doc(TITLE, cap, *PARAGRAPHS))
    assert rule_in(a, cap) == "photo_caption"


@pytest.mark.parametrize(
    "line",
    [
        "From left to right, the three candidates took turns answering questions.",
        "Pictured as a hero by his supporters, the senator has never lost an election.",
        "The bank refused the loan. Credit: that was what the family needed most.",
    ],
)
def test_prose_near_caption_words_stays(line: str) -> None:
    a = clean(doc(TITLE, PARAGRAPHS[0], line, *PARAGRAPHS[1:]))
    assert rule_in(a, line) is None


@pytest.mark.parametrize(
    "repeat",
    [f"{TITLE} (VIDEO)", f"{TITLE} [Updated]", f"Breaking: {TITLE}", f"[Watch] {TITLE}"],
)
def test_a_tagged_or_labelled_title_repeat_in_the_tail(repeat: str) -> None:
    a = clean(doc(TITLE, *PARAGRAPHS, repeat))
    assert rule_in(a, repeat) == "title_repeat"


def test_a_label_before_other_words_is_no_title_repeat() -> None:
    line = "Update: the harbour bridge reopens after two years of repairs and a court case"
    a = clean(doc(TITLE, *PARAGRAPHS, line))
    assert rule_in(a, line) != "title_repeat"


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("From The Example Valley Post", "Example Valley Post"),
        ("From Diario del Puerto", "Diario del Puerto"),
        ("The Example Ledger · 2 hours ago", "The Example Ledger"),
    ],
)
def test_the_outlet_line_of_a_reader_app_in_the_head(line: str, publisher: str | None) -> None:
    assert rule_of(line, zone="head") in ("from_outlet", "read_original")
    facts = run(f"{line}\n\n{PROSE}\n\n{PROSE}").facts
    published_by = [f.value for f in facts if f.kind == "publisher"]
    if publisher is None:  # no publisher is read off a line that may name a person
        assert published_by == []
    else:
        assert publisher in published_by or f"The {publisher}" in published_by


@pytest.mark.parametrize(
    "line",
    [
        "From Paris to Rome, a summer of strikes",
        "From the archive: the flood of 1953",
        "From Monday, the library will open at 8 a.m.",
        "From Kyiv",
        "From Farm To Fork",
        "From Kyiv With Love",
        "From Zero To Hero In Three Seasons",
    ],
)
def test_head_lines_that_start_with_from_stay(line: str) -> None:
    assert rule_of(line, zone="head") is None
