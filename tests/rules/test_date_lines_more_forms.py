"""Date lines in forms the first tables missed: a date followed by a reading time, the French
"mis en ligne" label, and relative dates in German, French and Spanish; prose that opens with
the same words stays."""

from __future__ import annotations

import pytest

from .phrase_helpers import rule_of


@pytest.mark.parametrize(
    "line",
    [
        "Sep 6, 2022 — 8 min read",
        "Thursday, 3 April 2025 · 4 minute read",
        "12/03/2024 | 2 min read",
    ],
)
def test_a_date_then_a_reading_time_is_a_date_line(line: str) -> None:
    assert rule_of(line) == "date_only"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Mis en ligne le 14 mars 2023 à 9 h 12", "date_line"),
        ("Mise en ligne : 02/11/2024", "date_line"),
        ("Il y a 5 minutes", "date_only"),
        ("Publié il y a 2 jours", "date_only"),
        ("vor 2 Tagen", "date_only"),
        ("Veröffentlicht vor 45 Minuten", "date_only"),
        ("hace 3 horas", "date_only"),
        ("Publicado hace unos minutos", "date_only"),
    ],
)
def test_labelled_and_relative_dates_in_other_languages(line: str, rule: str) -> None:
    assert rule_of(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Il y a trois ans, le conseil municipal avait rejeté le projet.",
        "Vor zwei Wochen hatte der Stadtrat die Pläne noch abgelehnt.",
        "Hace tres años, el ayuntamiento rechazó el proyecto por su coste.",
        "Mis en ligne le mois dernier, le rapport a suscité de vives critiques.",
        "Sep 6, 2022 was the day the bridge closed, and it took 8 minutes to read the order.",
    ],
)
def test_prose_opening_with_a_date_or_a_relative_time_stays(line: str) -> None:
    assert rule_of(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Publié le 3 mai 2024 à 9h55 | Mis à jour : 03/05/2024 17:38 CEST",
        "Publié le jeudi 2 mars 2023 ; Dernière mise à jour : 3 mars 2023 à 17h44",
        "Mis en ligne le 4 juin 2024 - Modifié le 5 juin 2024",
        "Updated on 04/12/2022 à 00:23 CET",
    ],
)
def test_a_published_and_an_updated_cell_on_one_line(line: str) -> None:
    """Two labelled dates in cells (a bar, a semicolon, a dash between), and an English label
    before a French clock ("à 00:23") as machine-translated sites print it."""
    assert rule_of(line) == "date_line"
