"""Photo captions that end with a "(Name/Agency)" credit, and what is no credit: a poll
citation inside prose, and a removed headline that merely mentions photos."""

from __future__ import annotations

import pytest

from .context_helpers import PROSE, clean, doc, kept_all, rule_of

TITLE = "Harbour bridge reopens after two years of repairs"


@pytest.mark.parametrize(
    "cap",
    [
        "Fishermen unload the morning catch at the quay. (Tomasz Wrobel/AFP)",
        "Residents queue for water in the old town on Thursday. (Lena Ortiz/Getty Images)",
        "The mayor greets volunteers outside city hall. (AP Photo/Sam Keller)",
        "Une manifestante devant la préfecture, mardi. (Claire Dubois/Reuters)",
    ],
)
def test_a_caption_with_a_trailing_name_and_agency_credit(cap: str) -> None:
    a = clean(doc(TITLE, PROSE[0], cap, *PROSE[1:]))
    assert rule_of(a, cap) == "photo_caption"
    kept_all(a, PROSE)
    credit = cap[cap.rindex("(") + 1 : cap.rindex(")")]
    assert credit in [f.value for f in a.provenance.all("photo_credit")]


@pytest.mark.parametrize(
    "line",
    [
        "Support for the scheme fell to 38 percent in March (Reuters/Ipsos).",
        "The poll was taken before the vote. (Reuters/Ipsos)",
        "Both teams were tied at the break (Smith/Jones scoring the goals).",
    ],
)
def test_citations_in_prose_are_no_caption(line: str) -> None:
    a = clean(doc(TITLE, PROSE[0], line, *PROSE[1:]))
    assert rule_of(a, line) is None


def test_a_headline_that_mentions_photos_is_no_credit_for_the_line_above() -> None:
    # "Also read: … photos …" is removed as a pointer; the paragraph attached above it is
    # the story's, not a caption of a picture
    para = "Die Verwaltung verweist auf eine Genehmigung, die für den Betrieb noch fehlt."
    pointer = "Auch interessant: Museum zeigt Fotos aus den 70er Jahren"
    text = "\n\n".join([TITLE, *PROSE[:2], para + "\n" + pointer, *PROSE[2:]])
    a = clean(text)
    assert rule_of(a, para) is None


@pytest.mark.parametrize(
    "cap",
    [
        "Vue du port au petit matin. (Illustration)",
        "Le maire lors de la séance. (Photo d'archives)",
        "Der Marktplatz am Samstag. (Symbolbild)",
        "Vecinos frente al ayuntamiento el martes. (Imagen de archivo)",
    ],
)
def test_a_caption_marked_as_an_illustration_or_file_picture(cap: str) -> None:
    a = clean(doc(TITLE, PROSE[0], cap, *PROSE[1:]))
    assert rule_of(a, cap) == "photo_caption"


def test_an_illustration_mentioned_in_prose_stays() -> None:
    line = "L'architecte a présenté le projet (illustration ci-dessous) aux habitants du quartier."
    a = clean(doc(TITLE, PROSE[0], line, *PROSE[1:]))
    assert rule_of(a, line) is None


def test_a_described_file_picture_does_not_take_the_sentence_above_it() -> None:
    # "File photo: <what it shows>" names nobody: it is the picture's caption itself, and the
    # story's sentence attached above it stays; a label that names someone still takes it
    above = "Queues formed at the ticket office before it opened."
    text = "\n".join([TITLE, PROSE[0], above,
                      "File photo: passengers on the platform during last winter's strike.",
                      "Credit: Mira Holt/Reuters", PROSE[1]])
    assert rule_of(clean(text), above) is None
    text = text.replace("File photo: passengers on the platform during last winter's strike.",
                        "Photo: Mira Holt")
    assert rule_of(clean(text), above) == "photo_caption"
