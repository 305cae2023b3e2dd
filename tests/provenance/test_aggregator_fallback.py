"""The aggregator's name on disclaimers no known wording covers: the fallback reads the name a
removed disclaimer is about (a name opening a sentence before a site's verb, "We at X", "the X
bot", "by X from ...") and never a common word opening a sentence. The lines themselves are
removed by ``aggregator_disclaimer_short``. All wordings here are the project's own."""

from __future__ import annotations

import pytest

import newsclean

HEAD = (
    "Council approves new budget for city parks\n\n"
    "The council met on Tuesday and agreed on a plan that nobody had expected before the vote.\n\n"
    "The mayor said the decision would help families across the city for years to come.\n\n"
)


def _clean(line: str) -> newsclean.Article:
    return newsclean.clean(HEAD + line + "\n")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Disclaimer: Tidewire is an AI-powered news aggregator. All content belongs to the "
         "original publishers.", "Tidewire"),
        ("Corkboard News is a leading automated aggregator of world news. Rights remain with "
         "their owners.", "Corkboard News"),
        ("Note: Quillpost is merely a news aggregator and does not write any of the articles "
         "it shows.", "Quillpost"),
        ("Brickfeed acts as an automatic news aggregator and claims no rights over this text.",
         "Brickfeed"),
        ("At Lanternwire, we automatically gather news from trusted sources around the world.",
         "Lanternwire"),
        ("Powered by Feedjar, an automated news aggregator. All trademarks belong to their "
         "owners.", "Feedjar"),
        ("Mossfeed, an automated news aggregator, does not own the rights to this article.",
         "Mossfeed"),
        ("Inkrelay is not the author of this article. It was aggregated automatically from a "
         "public feed.", "Inkrelay"),
        ("Everything you read on Paperwisp is gathered automatically from RSS feeds of other "
         "sites.", "Paperwisp"),
        ("Newsgrove 24 automatically collects articles from trusted publishers; copyrights "
         "remain theirs.", "Newsgrove 24"),
        ("Stories here are collected by the Wirebeck bot from public feeds.", "Wirebeck"),
        ("Aggregated automatically by Tallyfeed. Original source linked above.", "Tallyfeed"),
        ("Storyweld takes no responsibility for the accuracy of third-party stories shown here.",
         "Storyweld"),
        ("Hinweis: Meldungsbrücke ist ein automatischer Nachrichtenaggregator. Alle Rechte "
         "liegen bei den Urhebern.", "Meldungsbrücke"),
        ("Automatisch gesammelt von Tagesnetz aus öffentlichen Quellen.", "Tagesnetz"),
        ("Clause de non-responsabilité : Infoloupe est un site d'agrégation de contenus.",
         "Infoloupe"),
        ("Agrégé automatiquement par Dépêchoir à partir de sources publiques.", "Dépêchoir"),
        ("Aviso legal: Notivela no se hace responsable del contenido de fuentes externas.",
         "Notivela"),
        ("Recopilado automáticamente por Diario Brújula a partir de fuentes públicas.",
         "Diario Brújula"),
        # the site only relays what others wrote
        ("Les articles affichés ne sont pas les nôtres : Veilleflux se contente de les relayer.",
         "Veilleflux"),
        ("Die Meldungen stammen nicht von uns – Kurzkorb verlinkt und zitiert lediglich.",
         "Kurzkorb"),
        ("Pinwheel News collects, sorts and republishes headlines automatically; we do not "
         "check them.",
         "Pinwheel News"),
    ],
)  # fmt: skip
def test_disclaimer_names_its_aggregator(line: str, name: str) -> None:
    article = _clean(line)
    assert line[:40] not in article.body
    assert [f.value for f in article.provenance.all("aggregator")] == [name]


@pytest.mark.parametrize(
    "line",
    [
        "Content is aggregated automatically from third-party websites; we claim no rights.",
        "Articles on this page are collected automatically from RSS feeds of other sites.",
        "Si vous êtes le propriétaire de ce contenu, il sera supprimé sous 48 heures.",
        "Copyrighted material is shown for information only and is removed on complaint.",
        "Reuters is not responsible for the content of external sites; the story was "
        "aggregated automatically.",
    ],
)
def test_disclaimer_without_a_name_names_nobody(line: str) -> None:
    article = _clean(line)
    assert line[:40] not in article.body
    assert not article.provenance.all("aggregator")


@pytest.mark.parametrize(
    "line",
    [
        "Flipboard is a news aggregator that pulls stories from publishers' RSS feeds, and it "
        "pays some of them.",
        "Google News is a popular news aggregator used by millions of readers every day.",
        "The startup uses automated systems to collect news about earthquakes from "
        "seismographs.",
        "Everything you read on social media is gathered by algorithms that decide what you "
        "see.",
        "The app automatically collects news from dozens of local papers and sends a digest "
        "every morning.",
        "The firm does not own any of the content it distributes, according to its filing.",
        "Die Inhalte auf der Plattform werden automatisch übersetzt, sagte der Sprecher.",
        "Smith is not the author of this article, the court found after a long trial.",
    ],
)
def test_prose_about_aggregators_stays(line: str) -> None:
    article = _clean(line)
    assert line in article.body
    assert not article.provenance.all("aggregator")


# the one name a site's removed disclaimers hold, when no wording places it: a brand-shaped
# word, a host, or the site's name from the title's suffix
@pytest.mark.parametrize(
    ("title", "lines", "name"),
    [
        ("Council approves new budget for city parks",
         ["Stories were imported automatically by our software from example-daily.com. Rights "
          "holders may ask PaperKite to remove any item."], "PaperKite"),
        ("Council approves new budget for city parks | Feedorama",
         ["This portal is an automatic aggregator. Requests go to the Feedorama desk and are "
          "handled within a working day."], "Feedorama"),
        ("Council approves new budget for city parks",
         ["Entries are compiled automatically by newsbarn.net and published without review."],
         "newsbarn.net"),
    ],
)  # fmt: skip
def test_the_lone_name_of_the_disclaimers_is_the_aggregator(
    title: str, lines: list[str], name: str
) -> None:
    article = newsclean.clean(title + "\n\n" + HEAD.split("\n\n", 1)[1] + "\n\n".join(lines))
    assert all(line[:40] not in article.body for line in lines)
    assert [f.value for f in article.provenance.all("aggregator")] == [name]


@pytest.mark.parametrize(
    "line",
    [
        # two names: which is the site's is not said
        "Rights holders may write to FeedPail or BoxQuill to have any item removed on request.",
        # a capitalised word is no name by itself (German capitalises its nouns)
        "Die Beiträge werden automatisch gesammelt; Löschanfragen bearbeiten wir umgehend.",
        # the host the story came from is the source, not the aggregator
        "This entry was imported automatically from examplenews.com and may be removed on "
        "request.",
    ],
)
def test_no_lone_name_names_nobody(line: str) -> None:
    article = _clean(line)
    assert line[:40] not in article.body
    assert not article.provenance.all("aggregator")
