"""Context layouts the steps first missed on later blind corpora: menus that open with the home
link, arrowed previous/next titles, inline "also read" links with other separators, trending
headers in de/fr/es, captions marked as file or illustrative pictures, comment-form chrome
worded otherwise.

The wordings are our own; every kind has a case where the story must survive."""

from __future__ import annotations

import pytest

from newsclean import Config

from .context_helpers import PROSE, clean, doc, kept_all, rule_of

TITLE = "Harbour bridge reopens after two years of repairs"
ALL = Config(languages=("en", "de", "fr", "es"))


# -- menus that open with the home link ------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Home | Notices | Tenders | Exam Dates | Vacancies",
        "MENU Home · Recipes · Gardening · Pets · Crafts",
        "≡ Home • Province • Cricket • Showbiz • E-Paper",
        "Startseite / Landkreis / Vereine / Termine / Service",
        "Accueil · Communes · Agenda · Associations · Faits divers",
        "Inicio – Municipios – Agenda – Sucesos – Clima",
    ],
)
def test_a_menu_line_that_opens_with_home_goes(line: str) -> None:
    a = clean(doc(line, TITLE, *PROSE), ALL)
    assert rule_of(a, line) == "menu_line"
    kept_all(a, PROSE)


def test_a_menu_line_with_home_goes_even_under_a_kept_paragraph() -> None:
    notice = ("We and our partners use cookies to measure the audience of the site and to show "
              "you offers that suit you better.")
    line = "Home | Notices | Tenders | Exam Dates | Vacancies"
    a = clean(doc(notice, line, TITLE, *PROSE))
    assert rule_of(a, line) == "menu_line"
    kept_all(a, PROSE)


def test_a_run_of_menu_items_that_opens_with_home_goes() -> None:
    items = ["Home", "Notices", "Tenders", "Exam Dates", "Vacancies"]
    a = clean(doc(*items, TITLE, *PROSE))
    for item in items:
        assert rule_of(a, item) is not None, item
    kept_all(a, PROSE)


@pytest.mark.parametrize(
    "line",
    [
        "Home - sweet home - is what the exhibition calls its final room, curators said.",
        "Home / Politics / Mayor signs the harbour bridge budget into law after a long debate",
    ],
)
def test_a_line_that_merely_starts_with_home_is_no_menu(line: str) -> None:
    a = clean(doc(TITLE, PROSE[0], line, *PROSE[1:]))
    assert rule_of(a, line) != "menu_line"


def test_a_hyphenated_word_stays_one_menu_item() -> None:
    line = "World | Opinion | E-Paper | Business | Sport"
    a = clean(doc(line, TITLE, *PROSE))
    assert rule_of(a, line) == "menu_line"


# -- arrowed previous / next titles ------------------------------------------------------------
@pytest.mark.parametrize(
    ("back", "on"),
    [
        ("← Ferry timetable changes from Monday", "Lighthouse museum opens new wing →"),
        ("« Schwimmbad öffnet wieder im Mai", "Neue Buslinie ab Dezember »"),
        ("‹ La médiathèque rouvre ses portes", "Le marché de Noël s'agrandit ›"),
    ],
)
def test_arrowed_previous_and_next_titles_go(back: str, on: str) -> None:
    a = clean(doc(TITLE, *PROSE, back, on), ALL)
    assert rule_of(a, back) == "prev_next_arrows"
    assert rule_of(a, on) == "prev_next_arrows"
    kept_all(a, PROSE)


def test_one_arrowed_line_alone_stays() -> None:
    line = "← Ferry timetable changes from Monday"
    a = clean(doc(TITLE, PROSE[0], line, *PROSE[1:]))
    assert rule_of(a, line) != "prev_next_arrows"


# -- inline "also read" links ------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Check also: Lighthouse museum opens new wing",
        "ALSO CHECK | Ferry timetable changes from Monday",
        "Lesen Sie auch ▶ Neue Buslinie ab Dezember",
        "Lies auch: Schwimmbad öffnet wieder im Mai",
        "También lee | Abre la nueva biblioteca municipal",
        "Lisez aussi → Le marché de Noël s'agrandit",
    ],
)
def test_inline_also_read_lines_go(line: str) -> None:
    a = clean(doc(TITLE, PROSE[0], line, *PROSE[1:]), ALL)
    assert rule_of(a, line) is not None
    kept_all(a, PROSE)


def test_a_sentence_that_says_check_also_stays() -> None:
    line = "Check also that the ferry is running before you leave, the harbour office said."
    a = clean(doc(TITLE, PROSE[0], line, *PROSE[1:]))
    assert rule_of(a, line) is None


# -- trending headers --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("header", "items"),
    [
        ("Jetzt angesagt", ["Neue Buslinie ab Dezember", "Schwimmbad öffnet wieder im Mai"]),
        ("Tendances du moment",
         ["La médiathèque rouvre ses portes", "Le marché de Noël s'agrandit"]),
        ("Lo último en tendencias",
         ["Abre la nueva biblioteca municipal", "Cierra el mercado viejo"]),
    ],
)
def test_trending_headers_in_other_languages(header: str, items: list[str]) -> None:
    a = clean(doc(TITLE, *PROSE, header, *["- " + i for i in items]), ALL)
    assert rule_of(a, header) == "ranking_header"
    for i in items:
        assert rule_of(a, "- " + i) == "ranking_item"
    kept_all(a, PROSE)


# -- header-less runs after the story ------------------------------------------------------------
RUN = [
    "Lighthouse museum opens new wing",
    "Ferry timetable changes from Monday",
    "Council delays vote on parking fees",
    "Local bakery wins regional award",
]


def test_a_feature_list_after_the_last_paragraph_stays() -> None:
    features = ["Folds flat for easy storage", "Charges fully in under two hours",
                "Works with every phone on the market", "Comes with a two-year warranty"]
    a = clean(doc(TITLE, *PROSE, *features))
    kept_all(a, PROSE + features)


def test_a_short_run_after_the_last_paragraph_stays() -> None:
    a = clean(doc(TITLE, *PROSE, *RUN[:2], "The meeting ends at nine.", sep="\n\n"))
    kept_all(a, PROSE + RUN[:2])


# -- captions marked as file or illustrative pictures ------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Workers repaint the railings of the bridge. (File)",
        "Image for representation only",
        "This photo has been used for illustrative purposes only.",
        "Illustration",
        "Photo d'archive : la digue au lever du jour.",
    ],
)
def test_marked_captions_go(line: str) -> None:
    a = clean(doc(TITLE, PROSE[0], line, *PROSE[1:]), ALL)
    assert rule_of(a, line) is not None
    kept_all(a, PROSE)


@pytest.mark.parametrize(
    "line",
    [
        "The photo was used for illustrative purposes, the agency said on Monday in a statement.",
        "The contract was filed with the archive (file) in June for review by the auditors.",
    ],
)
def test_prose_about_pictures_stays(line: str) -> None:
    a = clean(doc(TITLE, PROSE[0], line, *PROSE[1:]))
    assert rule_of(a, line) is None


# -- comment forms worded otherwise ------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Share your thoughts",
        "Your email address will remain private. All fields marked * are required",
        "Comments are pre-moderated and may take a day to show.",
        "Please keep the discussion civil and on topic.",
        "Keep my details for my next comment",
        "Sign in or register to post comments",
        "Die Kommentarfunktion ist für dieses Thema geschlossen.",
        "Les commentaires sont modérés avant publication.",
        "Los comentarios serán moderados antes de publicarse.",
    ],
)
def test_comment_form_lines_go(line: str) -> None:
    a = clean(doc(TITLE, *PROSE, line), ALL)
    assert rule_of(a, line) == "comment_form"
    kept_all(a, PROSE)


@pytest.mark.parametrize(
    "line",
    [
        "Comments are reviewed by the planning board before the plan goes to a final vote.",
        "Comments are moderated by a team of volunteers in three countries.",
        "Residents were asked to share their thoughts on the bridge at a public meeting.",
    ],
)
def test_prose_about_comments_stays(line: str) -> None:
    a = clean(doc(TITLE, PROSE[0], line, *PROSE[1:]))
    assert rule_of(a, line) is None


# -- a menu run opening with the home link under a kept notice ---------------------------------
def test_a_home_menu_run_under_a_kept_notice_goes() -> None:
    notice = ("We and our partners use cookies to measure the audience of the site and to show "
              "you offers that suit you better.")
    items = ["Continue without accepting", "HOME", "Notices", "Tenders", "Vacancies"]
    a = clean(doc(notice, *items, TITLE, *PROSE))
    for item in items[1:]:
        assert rule_of(a, item) == "menu_run", item
    kept_all(a, PROSE)


# -- a section label framed by dashes -----------------------------------------------------------
@pytest.mark.parametrize("label", ["— Harbour —", "| Local |", "– Sport –"])
def test_a_framed_section_label_above_the_title_goes(label: str) -> None:
    a = clean(doc(label, TITLE, *PROSE))
    assert rule_of(a, label) == "section_label"
    kept_all(a, PROSE)


def test_a_framed_line_inside_the_story_stays() -> None:
    line = "— Ferry —"
    a = clean(doc(TITLE, PROSE[0], line, *PROSE[1:]))
    assert rule_of(a, line) != "section_label"


# -- episode lists and lists under an author-box link ------------------------------------------
@pytest.mark.parametrize(
    ("header", "lang"),
    [("More episodes", "en"), ("Past episodes", "en"), ("Weitere Folgen", "de"),
     ("Épisodes précédents", "fr"), ("Otros episodios", "es")],
)
def test_an_episode_list_goes(header: str, lang: str) -> None:
    items = ["Ep. 41: Why ferries keep running late", "Ep. 40: The lighthouse keepers' union"]
    a = clean(doc(TITLE, *PROSE, header, *items), ALL)
    assert rule_of(a, header) is not None
    for item in items:
        assert rule_of(a, item) == "related_item", item
    kept_all(a, PROSE)


def test_headlines_under_a_more_articles_by_link_go() -> None:
    items = ["1. Ferry timetable changes from Monday", "2. Lighthouse museum opens new wing"]
    a = clean(doc(TITLE, *PROSE, "More articles by Nadia Ferreira", *items))
    for item in items:
        assert rule_of(a, item) == "related_item", item
    kept_all(a, PROSE)


# -- more list headers; a header stacked over another -------------------------------------------
@pytest.mark.parametrize(
    "header", ["Popular this month", "Most read this year", "Recommended from our partners"]
)
def test_more_list_headers(header: str) -> None:
    items = ["» Ferry timetable changes from Monday", "» Lighthouse museum opens new wing"]
    a = clean(doc(TITLE, *PROSE, header, *items))
    assert rule_of(a, header) is not None
    for item in items:
        assert rule_of(a, item) is not None, item
    kept_all(a, PROSE)


def test_an_empty_header_over_another_list_header_goes() -> None:
    items = ["Ferry timetable changes from Monday", "Lighthouse museum opens new wing"]
    closing = ("The harbour office said the bridge would be inspected again in the autumn "
               "before the winter storms arrive on the coast.")
    a = clean(doc(TITLE, *PROSE[:2], "Top stories", "More headlines", *items, PROSE[2],
                  closing), ALL)
    assert rule_of(a, "Top stories") is not None
    kept_all(a, [*PROSE[:3], closing])


def test_a_subhead_over_a_paragraph_stays() -> None:
    a = clean(doc(TITLE, PROSE[0], "Top stories", PROSE[1], *PROSE[2:]))
    kept_all(a, PROSE)
