"""The disclaimer_concepts step: a short line speaking of two concepts of a site's disclaimer
goes, in any of the four languages and in wordings no phrase table has; story sentences that
join the same words in someone's statement stay."""

from __future__ import annotations

import pytest

from newsclean.rules.disclaimers import DisclaimerConcepts

from .context_helpers import PROSE, clean, rule_of

STEP = DisclaimerConcepts(("en", "de", "fr", "es"))


def _tail(line: str) -> str:
    return "\n\n".join([*PROSE, line])


@pytest.mark.parametrize(
    ("line", "rule", "category"),
    [
        ("Responsibility for the content of outside sites lies with their operators, not with "
         "us.", "disclaimer_concepts", "editorial_disclaimer"),
        ("No guarantee is given that the figures here are complete or free of errors.",
         "disclaimer_concepts", "editorial_disclaimer"),
        ("Pictures stay the property of whoever made them and get deleted upon request.",
         "disclaimer_concepts", "editorial_disclaimer"),
        ("Entries are compiled automatically and go online without human review.",
         "aggregator_concepts", "aggregator_disclaimer"),
        ("Für verlinkte Inhalte Dritter übernehmen wir keine Haftung.",
         "disclaimer_concepts", "editorial_disclaimer"),
        ("Nous ne pouvons garantir l'exactitude des informations reprises d'autres sources.",
         "disclaimer_concepts", "editorial_disclaimer"),
        ("Los contenidos de terceros se eliminarán a solicitud de sus propietarios.",
         "disclaimer_concepts", "editorial_disclaimer"),
        ("Die Meldungen werden maschinell zusammengestellt und ohne Redaktion veröffentlicht.",
         "aggregator_concepts", "aggregator_disclaimer"),
        # collecting the news (a verb with the news as its object), by the site's software,
        # from the web or RSS, and not writing it
        ("This page gathers the day's headlines via RSS, and we do not write them.",
         "aggregator_concepts", "aggregator_disclaimer"),
        ("Hinweis: Diese Seite sammelt Nachrichten aus RSS-Quellen und ist keine Zeitung.",
         "aggregator_concepts", "aggregator_disclaimer"),
        ("Nos robots rassemblent les dépêches du web, sans relecture humaine.",
         "aggregator_concepts", "aggregator_disclaimer"),
        ("Este portal recopila noticias de la red y no cuenta con redacción propia.",
         "aggregator_concepts", "aggregator_disclaimer"),
        # not standing in for an expert's advice; a takedown under the DMCA
        ("The information on this page does not replace advice from your own doctor.",
         "disclaimer_concepts", "editorial_disclaimer"),
        ("Cet article ne remplace pas la consultation d'un médecin.",
         "disclaimer_concepts", "editorial_disclaimer"),
        ("Este artículo no sustituye la opinión de un especialista.",
         "disclaimer_concepts", "editorial_disclaimer"),
        ("Under the DMCA, material on this page that infringes your work is disabled on notice.",
         "disclaimer_concepts", "editorial_disclaimer"),
    ],
)
def test_a_disclaimer_in_a_new_wording_goes(line: str, rule: str, category: str) -> None:
    article = clean(_tail(line))
    assert rule_of(article, line) == rule
    span = next(s for s in article.spans if s.text.strip() == line)
    assert span.category == category
    assert "speaks of" in span.reason


@pytest.mark.parametrize(
    "line",
    [
        # someone's statement about liability, reported
        "The firm said it accepted no liability for content posted by third parties.",
        "Die Plattform kündigte an, fremde Inhalte binnen 24 Stunden zu löschen.",
        "La plateforme affirme que les annonces litigieuses seront retirées sous 48 heures.",
        # quoted words
        "“We take full responsibility for the errors in the original report,” she wrote.",
        # one concept only
        "Lawmakers debated who would bear responsibility for the budget shortfall next year.",
        # two ordinary words that are not a disclaimer's concepts together
        "Tariffs remain a source of uncertainty as officials weigh whether levies will be removed.",
        # collecting that is not the news ("collected evidence"), beside a removal
        "Police collected evidence at the scene and removed the damaged car on Sunday.",
        # a story about aggregators: one concept, told by the reporter
        "Several aggregators relayed the claim within hours without checking it.",
        # advice that is not replaced, told by the story
        "Doctors warned that the apps do not replace a professional diagnosis.",
    ],
)
def test_story_sentences_stay(line: str) -> None:
    assert STEP.judge(line) is None
    assert rule_of(clean(_tail(line)), line) is None


def test_the_reason_names_the_concepts_found() -> None:
    found = STEP.judge("Any liability for third-party content is excluded.")
    assert found == ["liability", "external"]


def test_a_core_concept_in_two_different_words_counts_twice() -> None:
    assert STEP.concepts_of("Collected automatically and published without review.") == [
        "automation",
        "automation",
    ]
    assert STEP.judge("Automatic, automatic, automatic everything today.") is None


def test_the_step_can_be_dropped_by_id() -> None:
    import newsclean

    line = "Any liability for third-party content is excluded."
    pipe = newsclean.Pipeline.default().without("disclaimer_concepts")
    assert "disclaimer_concepts" not in pipe.ids
    article = pipe.run(_tail(line))
    assert all(s.rule != "disclaimer_concepts" for s in article.spans)


def test_a_disclaimer_worded_line_inside_the_story_stays() -> None:
    # story on both sides and no removed boilerplate near: a report about another site's terms
    line = "Any liability for third-party content is excluded."
    text = "\n\n".join([PROSE[0], PROSE[1], line, PROSE[2], PROSE[3]])
    assert STEP.judge(line) is not None
    assert rule_of(clean(text), line) is None


def test_next_to_removed_boilerplate_inside_the_story_it_goes() -> None:
    line = "Any liability for third-party content is excluded."
    text = "\n\n".join([PROSE[0], PROSE[1], "Share this article", line, PROSE[2], PROSE[3]])
    article = clean(text)
    assert rule_of(article, "Share this article") is not None
    assert rule_of(article, line) == "disclaimer_concepts"


def test_two_concepts_need_the_sites_voice() -> None:
    # a story sentence about platforms' liability speaks of the same two concepts
    assert STEP.judge("Regulators want platforms to carry liability for third-party posts.") is None
    assert STEP.judge("We carry no liability for third-party posts.") == ["liability", "external"]
    # three concepts, or a core concept twice, speak for themselves
    assert STEP.judge("Feeds are gathered automatically and published without review.") == [
        "automation",
        "automation",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "We accept no liability for the accuracy of third-party reports.",
        "Rights holders may ask us to remove any item at any time.",
        "Nous déclinons toute responsabilité quant au contenu des sites liés.",
        "No garantizamos la exactitud de la información reproducida.",
    ],
)
def test_inside_the_story_the_site_speaking_of_itself_goes(line: str) -> None:
    """With story on both sides, a short line in which the site speaks of itself ("we",
    "this site", "here") is its disclaimer all the same: a report quotes someone."""
    text = "\n\n".join([PROSE[0], PROSE[1], line, PROSE[2], PROSE[3]])
    assert rule_of(clean(text), line) in ("disclaimer_concepts", "aggregator_concepts")


def test_inside_the_story_a_long_line_in_the_first_person_stays() -> None:
    line = (
        "We accept no liability for the accuracy of third-party reports, the council's lawyer "
        "wrote to residents last year, and the letter was read aloud at the meeting on Tuesday "
        "evening before the vote."
    )
    text = "\n\n".join([PROSE[0], PROSE[1], line, PROSE[2], PROSE[3]])
    assert rule_of(clean(text), line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Nothing on this site constitutes investment advice.",
        "This feed is assembled by an algorithm; no editor checks it.",
        "Use of this information is at the reader's own risk.",
        "This website merely links to reports published elsewhere.",
        "This portal does not own the texts it shows; liability rests with their authors.",
        "Für externe Links sind ausschließlich deren Betreiber verantwortlich.",
        "Diese Angaben ersetzen keine Beratung durch einen Fachmann.",
        "Die Nutzung der Informationen erfolgt auf eigene Gefahr.",
        "L'utilisation de ces informations se fait à vos risques et périls.",
        "Ce site ne fait que relayer des articles publiés ailleurs.",
        "El uso de esta información corre por cuenta y riesgo del lector.",
        "Este sitio se limita a enlazar noticias publicadas por otros medios.",
    ],
)
def test_more_ways_of_saying_the_concepts(line: str) -> None:
    """Advice the site does not give, use at one's own risk, content the site merely links to
    or does not own, collection by an algorithm: the concepts in more words."""
    assert STEP.judge(line) is not None
    assert rule_of(clean(_tail(line)), line) in ("disclaimer_concepts", "aggregator_concepts")


@pytest.mark.parametrize(
    "line",
    [
        "The city does not own the stadium, and its liability for repairs ended in 2019.",
        "Researchers rely on software to flag errors in the election rolls.",
        "Investors were warned that nothing in the prospectus was guaranteed.",
    ],
)
def test_story_sentences_with_the_new_words_stay_inside_the_story(line: str) -> None:
    text = "\n\n".join([PROSE[0], PROSE[1], line, PROSE[2], PROSE[3]])
    assert rule_of(clean(text), line) is None
