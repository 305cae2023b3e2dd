"""Notices that say a story was copied unchanged from another outlet ("Reproduced from X without
any changes", "Reproducido de X sin cambios", "Repris de X sans modification", "Unverändert
übernommen von X"), read-on pointers to the original ("Finish reading this story on X", "Lee la
noticia completa en X", "Den ganzen Bericht gibt es bei X"), and the name an aggregator gives
itself where it asks for takedown requests ("contact X and we will take it down"), calls its feed
"the automated news stream of X" or says it reproduces public news and claims no rights over it.
Own wordings, none a corpus's sentence."""

from __future__ import annotations

import pytest

import newsclean

from .helpers import STORIES, article_values, line_removed, story_with_tail


@pytest.mark.parametrize(
    ("lang", "line", "publisher"),
    [
        (
            "en",
            "(Reprinted from The Quarry Herald without changes to the wording.)",
            "The Quarry Herald",
        ),
        (
            "es",
            "(Texto tomado de La Voz del Páramo sin ninguna modificación.)",
            "La Voz del Páramo",
        ),
        (
            "fr",
            "(Repris tel quel du Journal des Coteaux sans aucune retouche.)",
            "Journal des Coteaux",
        ),
        (
            "fr",
            "(Copié de La Sentinelle de l'Ouest sans modification.)",
            "La Sentinelle de l'Ouest",
        ),
        ("de", "(Ohne Änderungen übernommen vom Talbote Kurier.)", "Talbote Kurier"),
        (
            "de",
            "(Nachgedruckt aus dem Heideblatt Abendpost ohne Änderungen.)",
            "Heideblatt Abendpost",
        ),
    ],
)
def test_a_copied_unchanged_notice_names_the_publisher_and_is_the_notice(
    lang: str, line: str, publisher: str
) -> None:
    text, article = story_with_tail(line, lang)
    assert line_removed(text, article, line)
    assert article_values(article, "publisher") == [publisher]
    assert article_values(article, "syndication") == [line.strip("()")]


def test_a_feed_item_carried_automatically_is_a_syndication_notice() -> None:
    line = "(Wire copy: imported automatically from a syndicated news feed, not edited here.)"
    text, article = story_with_tail(line)
    assert line_removed(text, article, line)
    assert article_values(article, "syndication") == [line.strip("()")]


@pytest.mark.parametrize(
    ("lang", "line", "publisher"),
    [
        ("en", "Resume reading this article at The Quarry Herald", "The Quarry Herald"),
        ("es", "Lee la noticia completa en El Eco de la Sierra", "El Eco de la Sierra"),
        ("de", "Den kompletten Artikel gibt es beim Talbote Kurier.", "Talbote Kurier"),
    ],
)
def test_a_read_on_pointer_names_the_publisher(lang: str, line: str, publisher: str) -> None:
    text, article = story_with_tail(line, lang)
    assert line_removed(text, article, line)
    assert article_values(article, "publisher") == [publisher]


@pytest.mark.parametrize(
    ("lang", "line", "aggregator"),
    [
        (
            "en",
            "Own the rights to this story and want it gone? Email Headline Heap and we will "
            "remove it within a day.",
            "Headline Heap",
        ),
        (
            "es",
            "Si usted es el autor y quiere retirar la noticia, escriba a Titulares Vivos y la "
            "eliminaremos en 48 horas.",
            "Titulares Vivos",
        ),
        (
            "fr",
            "Vous êtes l'auteur ? Contactez Dépêches Flash : le texte sera supprimé sous "
            "48 heures.",
            "Dépêches Flash",
        ),
    ],
)
def test_a_takedown_contact_names_the_aggregator(lang: str, line: str, aggregator: str) -> None:
    text, article = story_with_tail(line, lang)
    assert line_removed(text, article, line)
    assert article_values(article, "aggregator") == [aggregator]


@pytest.mark.parametrize(
    ("line", "aggregator"),
    [
        (
            "Notice: Newsheap republishes publicly available news and makes no claim of "
            "ownership over it.",
            "Newsheap",
        ),
        (
            "Legal: Headline Heap neither writes nor verifies the items in this feed and claims "
            "no copyright over them.",
            "Headline Heap",
        ),
    ],
)
def test_a_site_that_claims_no_rights_over_what_it_reproduces_is_the_aggregator(
    line: str, aggregator: str
) -> None:
    text, article = story_with_tail(line)
    assert line_removed(text, article, line)
    assert article_values(article, "aggregator") == [aggregator]


@pytest.mark.parametrize(
    ("lang", "line", "aggregator"),
    [
        (
            "fr",
            "Avertissement : les articles de Dépêches Flash sont collectés par un robot à partir "
            "de sources publiques.",
            "Dépêches Flash",
        ),
        (
            "de",
            "Wir sind Schlagzeilenwerk, ein automatischer Nachrichtenaggregator ohne eigene "
            "Redaktion.",
            "Schlagzeilenwerk",
        ),
    ],
)
def test_a_disclaimer_about_the_sites_own_stories_names_it(
    lang: str, line: str, aggregator: str
) -> None:
    text, article = story_with_tail(line, lang)
    assert line_removed(text, article, line)
    assert article_values(article, "aggregator") == [aggregator]


@pytest.mark.parametrize(
    "line",
    [
        "The company claims no ownership of the land, its lawyer said on Friday.",
        "The ministry neither confirms nor denies the reports, a spokesman said.",
        "Residents can contact the council and ask for the bins to be removed from the street.",
    ],
)
def test_story_sentences_about_claims_and_contacts_stay(line: str) -> None:
    head, lead, lead2, _ = STORIES["en"]
    text = "\n\n".join((head, lead, line, lead2)) + "\n"
    article = newsclean.clean(text)
    assert not line_removed(text, article, line)
    assert article_values(article, "aggregator") == []


@pytest.mark.parametrize(
    ("lang", "line", "aggregator"),
    [
        (
            "en",
            "Takedown requests for Headline Heap go through the form on our contact page.",
            "Headline Heap",
        ),
        (
            "en",
            "Copyright complaints about content on Newsheap.io should be mailed to the editors.",
            "Newsheap.io",
        ),
        (
            "de",
            "Löschanfragen an Schlagzeilio bitte über das Kontaktformular senden.",
            "Schlagzeilio",
        ),
        (
            "fr",
            "Pour obtenir le retrait d'un article du site Dépêches Flash, écrivez-nous.",
            "Dépêches Flash",
        ),
        (
            "de",
            "Hinweis: Schlagzeilio ist nicht Eigentümer der gezeigten Meldungen.",
            "Schlagzeilio",
        ),
        (
            "es",
            "Aviso: NoticiasYa no es propietario de las noticias enlazadas aquí.",
            "NoticiasYa",
        ),
        (
            "fr",
            "Avertissement : la page est reprise automatiquement par le portail Le Tri d'Infos.",
            "Le Tri d'Infos",
        ),
    ],
)
def test_where_takedowns_go_and_who_owns_nothing_name_the_aggregator(
    lang: str, line: str, aggregator: str
) -> None:
    text, article = story_with_tail(line, lang)
    assert line_removed(text, article, line)
    assert article_values(article, "aggregator") == [aggregator]


@pytest.mark.parametrize(
    ("lang", "line", "publisher"),
    [
        (
            "en",
            "Disclaimer: this report belongs to Marsh Courier; Headline Heap only shows it "
            "for informational purposes.",
            "Marsh Courier",
        ),
        (
            "es",
            "Los derechos de esta noticia pertenecen a El Eco de la Sierra. Titulares Vivos "
            "la reproduce con fines informativos.",
            "El Eco de la Sierra",
        ),
        ("en", "Copied from QuarryWire.", "QuarryWire"),
    ],
)
def test_whose_the_text_is_names_the_publisher(lang: str, line: str, publisher: str) -> None:
    text, article = story_with_tail(line, lang)
    assert line_removed(text, article, line)
    assert article_values(article, "publisher") == [publisher]


def test_rights_held_by_the_authors_in_general_name_no_publisher() -> None:
    line = (
        "Dieser Beitrag wurde automatisch aus einem öffentlichen Feed übernommen. Alle Rechte "
        "liegen bei den Urhebern."
    )
    text, article = story_with_tail(line, "de")
    assert line_removed(text, article, line)
    assert article_values(article, "publisher") == []


def test_a_photo_credit_courtesy_of_a_person_names_no_publisher() -> None:
    _, article = story_with_tail("Credit: Courtesy of Omar Okafor")
    assert article_values(article, "publisher") == []
