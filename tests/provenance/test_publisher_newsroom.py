"""The publisher a not-edited notice names through its newsroom ("not edited by the editorial
team of X", "n'a pas été modifié par la rédaction de X", "no ha sido editada por la redacción
de X", "von der Redaktion des X nicht bearbeitet"), names with particles and elisions ("Le
Courrier de l'Ouest"), a promo naming such an outlet; and prose that must give no publisher."""

from __future__ import annotations

import pytest

import newsclean

PROSE = (
    "The council approved the plan after a long debate on Tuesday evening, officials said in "
    "a statement to reporters."
)


def _publisher(line: str) -> list[str]:
    a = newsclean.clean(f"A headline for the story\n\n{PROSE}\n\n{line}\n\n{PROSE}")
    return [f.value for f in a.provenance if f.kind == "publisher"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("(This story has not been edited by the editorial team of The Harbour Sentinel and "
         "is published from a syndicated feed.)", "The Harbour Sentinel"),
        ("[Cet article n'a pas été modifié par la rédaction du Petit Écho Normand et provient "
         "d'un flux syndiqué.]", "Petit Écho Normand"),
        ("(Cette dépêche n'a pas été relue par les journalistes de La Gazette des Dunes ; elle "
         "provient d'un flux d'agence.)", "La Gazette des Dunes"),
        ("Cet article n'a pas été retouché par l'équipe éditoriale de L'Écho de l'Estuaire et "
         "est publié automatiquement.", "L'Écho de l'Estuaire"),
        ("*Esta nota no ha sido revisada por el equipo editorial de La Voz del Valle y se "
         "publica a partir de un servicio sindicado.", "La Voz del Valle"),
        ("Este artículo no fue modificado por la redacción de Diario Sierra Alta y se publica "
         "automáticamente.", "Diario Sierra Alta"),
        ("Dieser Beitrag wurde von der Redaktion des Rheintal Kurier nicht bearbeitet und "
         "automatisch aus einem Agenturfeed übernommen.", "Rheintal Kurier"),
        ("Retrouvez toute l'actualité de votre département sur Le Réveil de l'Ouest.",
         "Le Réveil de l'Ouest"),
    ],
)  # fmt: skip
def test_newsroom_names_the_publisher(line: str, name: str) -> None:
    assert _publisher(line) == [name]


@pytest.mark.parametrize(
    "line",
    [
        # the newsroom of an outlet in the story's prose: a report, no notice
        "The draft was reviewed by the editorial team of the city's museum, which praised it, "
        "the curator said in an interview on Monday.",
        "Le texte a été relu par la rédaction du journal local, a précisé le maire lundi soir "
        "devant les habitants réunis.",
        "El informe fue revisado por el equipo de la alcaldía, según explicó la concejala a "
        "los vecinos reunidos el martes.",
    ],
)
def test_prose_about_a_newsroom_gives_no_publisher(line: str) -> None:
    assert _publisher(line) == []
