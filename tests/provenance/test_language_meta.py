"""Language detection and facts from HTML metadata."""

from __future__ import annotations

import pytest

from newsclean.provenance import LanguageStep, MetaStep

from .helpers import NORMALISER, pairs, run

LANG = LanguageStep(normaliser=NORMALISER)
META = MetaStep(normaliser=NORMALISER)

SAMPLES = {
    "en": "The minister said on Monday that the government would not change its plans for the "
    "budget, and that it was confident of winning the vote in parliament this week.",
    "de": "Der Minister sagte am Montag, dass die Regierung ihre Pläne für den Haushalt nicht "
    "ändern werde und dass sie mit einer Mehrheit im Parlament in dieser Woche rechne.",
    "fr": "Le ministre a déclaré lundi que le gouvernement ne changerait pas ses projets pour le "
    "budget et qu'il était confiant de remporter le vote au parlement cette semaine.",
    "es": "El ministro dijo el lunes que el gobierno no cambiaría sus planes para el presupuesto "
    "y que estaba seguro de ganar la votación en el parlamento esta semana con los votos.",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_language(lang: str) -> None:
    (fact,) = run(LANG, SAMPLES[lang])
    assert (fact.kind, fact.value) == ("language", lang)
    assert fact.start == fact.end and fact.evidence == ""


def test_too_little_text_gives_no_language() -> None:
    assert run(LANG, "Home\nWorld\nContact us") == []


def test_meta_facts() -> None:
    meta = {
        "og": {"site_name": "Example Times", "url": "https://example.com/a/1"},
        "article": {"published_time": ["2024-03-03T16:15:00Z"], "section": ["World"],
                    "tag": ["Trade", "EU"]},
        "news_article": {"@type": "NewsArticle", "dateModified": "2024-03-04T08:00:00+01:00",
                         "author": [{"@type": "Person", "name": "Jane Doe"},
                                    {"@type": "Organization", "name": "Reuters"}]},
        "meta": {"author": ["John Roe"]},
        "canonical": "https://original.example.org/news/1?utm_source=feed",
        "lang": "en-GB",
    }  # fmt: skip
    facts = run(META, "Some text.", meta=meta, url="https://copy.example.net/x")
    assert sorted(pairs(facts)) == sorted(
        [
            ("published", "2024-03-03T16:15:00+00:00"),
            ("updated", "2024-03-04T08:00:00+01:00"),
            ("authors", "John Roe"),
            ("authors", "Jane Doe"),
            ("credits", "Reuters"),
            ("site_name", "Example Times"),
            ("section", "World"),
            ("tags", "Trade"),
            ("tags", "EU"),
            ("language", "en"),
            ("original_url", "https://original.example.org/news/1?utm_source=feed"),
        ]
    )
    assert all(f.start == f.end == 0 and f.evidence == "" and f.confidence < 1 for f in facts)


def test_canonical_on_own_host_is_not_an_original() -> None:
    meta = {"canonical": "https://copy.example.net/x"}
    assert run(META, "Text.", meta=meta, url="https://copy.example.net/x?p=1") == []


def test_text_facts_win_over_meta() -> None:
    from newsclean.model import Fact

    from .helpers import doc

    d = doc("Published: 1 May 2024", meta={"article": {"published_time": ["2024-05-02"]}})
    d.apply(Fact("published", "2024-05-01", 11, 21, "1 May 2024", "provenance.dates.published"))
    assert list(META.apply(d)) == []
