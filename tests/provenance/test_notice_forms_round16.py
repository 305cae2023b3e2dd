"""The original publisher an aggregator's own disclaimer names as where it copied the story
("our crawler copied this story from X", "récupérées ... à partir de X", "que proceden de X",
"stammt von X"), and the text of syndication notices that no known wording matches but that the
site-talk step removes ("Partner content ...", "... syndication desk ..."). Offers and
republish-with-permission lines give no syndication notice; a disclaimer that copies "from
various sources" names no publisher. Own wordings, none a corpus's sentence."""

from __future__ import annotations

import pytest

import newsclean

from .helpers import STORIES, article_values, line_removed, story_with_tail


@pytest.mark.parametrize(
    ("lang", "line", "publisher"),
    [
        (
            "en",
            "Heads up: the Feedwell robot copied this story from The Marsh Courier; rights "
            "holders can write to us and it will be deleted within 48 hours.",
            "The Marsh Courier",
        ),
        (
            "fr",
            "Avertissement : les dépêches de Flashinfo sont récupérées par un programme à "
            "partir de L'Écho des Plaines. Pour tout retrait, écrivez-nous.",
            "L'Écho des Plaines",
        ),
        (
            "es",
            "Aviso: Titulares Ya no es dueño de estos contenidos, que proceden de Diario del "
            "Valle Alto; se retiran a petición.",
            "Diario del Valle Alto",
        ),
        (
            "de",
            "Hinweis: Dieser Beitrag stammt von Kreisbote Nord und wurde automatisch über einen "
            "Agenturfeed übernommen.",
            "Kreisbote Nord",
        ),
    ],
)
def test_an_aggregator_disclaimer_names_where_it_copied_from(
    lang: str, line: str, publisher: str
) -> None:
    text, article = story_with_tail(line, lang)
    assert line_removed(text, article, line)
    assert article_values(article, "publisher") == [publisher]


@pytest.mark.parametrize(
    "line",
    [
        "Partner content: our editors had no role in preparing this piece.",
        "This piece reaches us through the Meadow Post syndication desk and runs unchanged.",
    ],
)
def test_a_syndication_notice_in_an_unknown_wording_is_recorded(line: str) -> None:
    text, article = story_with_tail(line)
    assert line_removed(text, article, line)
    assert article_values(article, "syndication") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Interested in syndicating our journalism? Write to our licensing team.",
        "Republished with permission from The Marsh Courier.",
    ],
)
def test_offers_and_permissions_are_no_syndication_notice(line: str) -> None:
    _, article = story_with_tail(line)
    assert article_values(article, "syndication") == []


def test_copied_from_various_sources_names_no_publisher() -> None:
    line = (
        "Disclaimer: Feedwell is an automatic aggregator; its robot copied these stories from "
        "various sources and will delete any of them on request."
    )
    text, article = story_with_tail(line)
    assert line_removed(text, article, line)
    assert article_values(article, "publisher") == []
    assert article_values(article, "aggregator") == ["Feedwell"]


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Story from The Quarry Herald • 5h", "The Quarry Herald"),
        ("Article from Northvale Record | 2 days ago", "Northvale Record"),
    ],
)
def test_a_feed_card_source_line_names_the_publisher(line: str, publisher: str) -> None:
    head, lead, lead2, _ = STORIES["en"]
    text = "\n\n".join((line, head, lead, lead2)) + "\n"
    article = newsclean.clean(text)
    assert line_removed(text, article, line)
    assert article_values(article, "publisher") == [publisher]


def test_story_from_a_place_in_prose_names_no_publisher() -> None:
    head, lead, lead2, _ = STORIES["en"]
    line = "The story from Harbour Street reached the council within hours."
    text = "\n\n".join((head, lead, line, lead2)) + "\n"
    assert article_values(newsclean.clean(text), "publisher") == []
