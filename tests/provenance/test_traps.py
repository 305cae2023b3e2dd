"""Prose that looks like provenance gives no fact and stays in the body: agencies, sources,
copyright and "inputs" mentioned in sentences; plus publisher lines in several languages."""

from __future__ import annotations

import pytest

import newsclean

BODY = (
    "The ferry operator cut two crossings a day from Monday, citing a shortage of crew.\n\n"
    "Passengers were advised to book ahead during the summer months, the company said."
)
KINDS = {"credits", "original_url", "publisher", "aggregator", "published", "updated",
         "syndication"}  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "Source: interviews with passengers and crew members at the harbour.",
        "With inputs from passengers, the operator rewrote its timetable.",
        "Copyright rules were at the heart of its dispute with Reuters last year.",
        "Quelle der Zahlen ist das Landesamt für Statistik.",
        "Source : des témoignages recueillis auprès des passagers.",
        "Fuente de los datos: la autoridad portuaria.",
        "Read the full timetable on the operator's website.",
        "Courtesy buses will run between the two terminals.",
        "Lee las condiciones del servicio en la web del puerto.",
        "Suivez les consignes affichées dans le terminal.",
    ],
)
def test_prose_gives_no_fact(sentence: str) -> None:
    a = newsclean.clean(f"Ferry cuts crossings\n\n{BODY}\n\n{sentence}\n\nMore news next week.\n")
    assert [(f.kind, f.value) for f in a.provenance if f.kind in KINDS] == []
    assert sentence in a.body


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Quelle: Weser Kurier", "Weser Kurier"),
        ("Fuente: El Heraldo del Valle", "El Heraldo del Valle"),
        ("Source : Le Courrier de la Baie", "Le Courrier de la Baie"),
        ("Cet article est paru initialement sur Le Courrier de la Baie.", "Le Courrier de la Baie"),
        ("Este artículo apareció originalmente en La Voz del Puerto.", "La Voz del Puerto"),
        ("Story courtesy of The Island Dispatch", "The Island Dispatch"),
        ("This report first appeared on the Harbour Weekly website.", "Harbour Weekly"),
        ("Alle aktuellen Meldungen finden Sie bei Ostsee Anzeiger.", "Ostsee Anzeiger"),
        ("Suivez toute l'actualité régionale sur La Gazette du Port.", "La Gazette du Port"),
        ("Sigue todas las noticias de la región en El Faro del Norte.", "El Faro del Norte"),
        ("This piece first appeared in Harbour Weekly and has been republished with permission.",
         "Harbour Weekly"),
    ],
)  # fmt: skip
def test_publisher_lines(line: str, publisher: str) -> None:
    a = newsclean.clean(f"Ferry cuts crossings\n\n{BODY}\n\n{line}\n")
    assert a.provenance.values("publisher") == [publisher]
    assert line not in a.body


def test_source_agency_stays_a_credit() -> None:
    a = newsclean.clean(f"Ferry cuts crossings\n\n{BODY}\n\nQuelle: dpa\n")
    assert a.provenance.values("credits") == ["dpa"]
    assert a.provenance.values("publisher") == []


@pytest.mark.parametrize(
    "line",
    [
        "Source: Company press release",
        "Source: Harbour Authority annual report",
        "Image source: Pexels",
        "Via: Unsplash",
    ],
)
def test_source_lines_naming_no_outlet(line: str) -> None:
    a = newsclean.clean(f"Ferry cuts crossings\n\n{BODY}\n\n{line}\n")
    assert a.provenance.values("publisher") == []
