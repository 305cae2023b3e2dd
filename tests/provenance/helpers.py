"""Shared helpers of the provenance tests: small documents, one shared set of tables."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import newsclean
from newsclean.config import Config
from newsclean.document import Document
from newsclean.model import Fact
from newsclean.provenance import Normaliser, load_tables
from newsclean.segment import segment_text
from newsclean.step import Step

REPO = Path(__file__).resolve().parents[2]
FIXTURE_SEEDS = REPO / "fixtures" / "seeds"
SHARED_SEEDS = REPO / ".." / "shared" / "seeds"

#: loaded once for the test session (the library itself never caches tables)
NORMALISER = Normaliser(load_tables())


def doc(text: str, *, url: str | None = None, meta: Mapping[str, Any] | None = None) -> Document:
    return Document(text, segment_text(text), Config(), url=url, meta=meta)


def run(step: Step, text: str, **kw: Any) -> list[Fact]:
    """The facts ``step`` returns for ``text``, each checked against its evidence."""
    d = doc(text, **kw)
    facts: list[Fact] = []
    for f in step.apply(d):
        assert isinstance(f, Fact)
        assert d.text[f.start : f.end] == f.evidence, f
        facts.append(f)
    return facts


def pairs(facts: list[Fact], kind: str | None = None) -> list[tuple[str, str]]:
    return [(f.kind, f.value) for f in facts if kind is None or f.kind == kind]


def values(facts: list[Fact], kind: str) -> list[str]:
    return [f.value for f in facts if f.kind == kind]


def values_by_kind(facts: Iterable[Fact]) -> dict[str, list[str]]:
    """The facts' values grouped by kind, in order (``article.provenance`` or a step's facts)."""
    out: dict[str, list[str]] = {}
    for f in facts:
        out.setdefault(f.kind, []).append(f.value)
    return out


#: two story paragraphs a notice line is appended to (see :func:`clean_with_line`)
STORY = (
    "The harbour board voted on Monday to extend the ferry timetable into the winter months, "
    "after a long debate.\n\n"
    "Officials said the change would cost little and help the island's small businesses.\n\n"
)


def clean_with_line(line: str) -> tuple[newsclean.Article, bool]:
    """The article cleaned from a headline, the story twice and ``line`` at its end, and
    whether ``line`` was removed."""
    text = "Ferry timetable extended\n\n" + STORY + STORY + line + "\n"
    article = newsclean.clean(text)
    start = text.index(line)
    removed = any(not s.kept and s.start <= start < s.end for s in article.spans)
    return article, removed


def line_removed(text: str, article: newsclean.Article, line: str) -> bool:
    """The whole of ``line`` (its first occurrence in ``text``) lies in one removed span."""
    start = text.index(line)
    return any(
        not s.kept and s.start <= start and s.end >= start + len(line) for s in article.spans
    )


def article_values(article: newsclean.Article, kind: str) -> list[str]:
    """The values of ``article``'s facts of ``kind``, in order."""
    return [f.value for f in article.provenance.all(kind)]


#: the same short story in each table language: a notice is judged in its page's language
STORIES = {
    "en": (
        "Library opens its doors on Sundays from next month",
        "The county library will open on Sunday afternoons from next month, the council said "
        "on Thursday, after a petition signed by more than two thousand residents.",
        "The extra hours will be staffed by volunteers at first, and the council said it would "
        "review the trial in the spring.",
        "Share this story",
    ),
    "fr": (
        "La bibliothèque ouvrira le dimanche dès le mois prochain",
        "La bibliothèque municipale ouvrira le dimanche après-midi dès le mois prochain, a "
        "annoncé jeudi la mairie, après une pétition signée par plus de deux mille habitants.",
        "Les heures supplémentaires seront d'abord assurées par des bénévoles, et la mairie "
        "fera le bilan de l'essai au printemps.",
        "Partager cet article",
    ),
    "es": (
        "La biblioteca abrirá los domingos a partir del mes próximo",
        "La biblioteca municipal abrirá los domingos por la tarde a partir del mes próximo, "
        "informó el jueves el ayuntamiento, tras una petición firmada por más de dos mil vecinos.",
        "Las horas adicionales serán cubiertas al principio por voluntarios, y el ayuntamiento "
        "dijo que revisará la prueba en primavera.",
        "Compartir esta noticia",
    ),
    "de": (
        "Bibliothek öffnet ab nächstem Monat auch sonntags",
        "Die Stadtbibliothek öffnet ab dem kommenden Monat auch am Sonntagnachmittag, teilte die "
        "Gemeinde am Donnerstag mit, nachdem mehr als zweitausend Einwohner eine Petition "
        "unterschrieben hatten.",
        "Die zusätzlichen Stunden werden zunächst von Freiwilligen betreut, und die Gemeinde "
        "will den Versuch im Frühjahr überprüfen.",
        "Artikel teilen",
    ),
}


def story_with_tail(line: str, lang: str = "en") -> tuple[str, newsclean.Article]:
    """The story in ``lang``, then ``line`` above a share row (the site's tail, where such
    notices sit)."""
    head, lead, lead2, share = STORIES[lang]
    text = "\n\n".join((head, lead, lead2, line, share)) + "\n"
    return text, newsclean.clean(text)
