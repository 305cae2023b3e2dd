"""A reader poll printed into the text: the phrase tables take its label and buttons
(``poll_widget``); the ``poll_options`` step takes the question and the answer options framed by
them. Options with no poll line after them, and a story's short lines, stay. Own wordings."""

from __future__ import annotations

import pytest

from .context_helpers import PROSE, clean, doc, kept_all, rule_of


@pytest.mark.parametrize(
    ("label", "question", "options", "button"),
    [
        ("POLL: Have your say", "Should the old pier be rebuilt?", ["Yes", "No"], "Vote now"),
        (
            "Sondage : votre avis",
            "Faut-il rouvrir la piscine ?",
            ["Oui", "Non"],
            "Voir les résultats",
        ),
        (
            "Umfrage: Ihre Meinung?",
            "Soll die Brücke saniert werden?",
            ["Ja", "Nein"],
            "Jetzt abstimmen",
        ),
        ("Encuesta: ¿qué opina?", "¿Debe ampliarse el puerto?", ["Sí", "No"], "Ver resultados"),
    ],
)
def test_a_polls_question_and_options_go_with_it(
    label: str, question: str, options: list[str], button: str
) -> None:
    article = clean(doc(PROSE[0], PROSE[1], label, question, *options, button, PROSE[2]))
    assert rule_of(article, label) is not None
    assert rule_of(article, button) is not None
    for line in (question, *options):
        assert rule_of(article, line) == "poll_option"
    kept_all(article, PROSE[:3])


def test_short_lines_with_no_poll_button_after_them_stay() -> None:
    lines = ["Should the old pier be rebuilt?", "Yes", "No"]
    article = clean(doc(PROSE[0], "POLL: Have your say", *lines, PROSE[1], PROSE[2]))
    kept_all(article, lines)


def test_a_story_question_between_paragraphs_stays() -> None:
    line = "What happens next?"
    article = clean(doc(PROSE[0], line, PROSE[1], PROSE[2]))
    kept_all(article, [line, *PROSE[:3]])
