"""The outlet a syndication notice names in more wordings: "provided by X", "from a syndicated
X feed", "delivered automatically to X", "X may not have reviewed it", and the Spanish "del
servicio de X" (whose notice, "reproducida sin cambios", is recorded too)."""

from __future__ import annotations

import pytest

import newsclean

from .helpers import values_by_kind

BODY = "The regional council approved the new water plan on Thursday after a long debate.\n\n"
CUERPO = "El consejo regional aprobó el jueves el nuevo plan del agua tras un largo debate.\n\n"


def facts(line: str, body: str = BODY) -> dict[str, list[str]]:
    return values_by_kind(newsclean.clean(f"Council backs water plan\n\n{body}{line}\n").provenance)


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("(This article is supplied by Harbour Ledger under a content syndication agreement.)",
         "Harbour Ledger"),
        ("(This report is reproduced unedited from a syndicated Valley Courier news feed.)",
         "Valley Courier"),
        ("(Unaltered agency copy, pushed directly to Morning Lantern.)", "Morning Lantern"),
        ("[This item is auto-generated from a syndicated news feed; Northfield Post might not "
         "have checked it.]", "Northfield Post"),
    ],
)  # fmt: skip
def test_outlet_in_an_english_notice(line: str, publisher: str) -> None:
    got = facts(line)
    assert got.get("publisher") == [publisher]
    assert got.get("syndication")


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("(Este artículo fue reproducido sin cambios del servicio de Diario del Valle.)",
         "Diario del Valle"),
        ("(Esta noticia fue publicada sin cambios desde el canal de Gaceta Norte.)",
         "Gaceta Norte"),
    ],
)  # fmt: skip
def test_outlet_in_a_spanish_notice(line: str, publisher: str) -> None:
    got = facts(line, CUERPO)
    assert got.get("publisher") == [publisher]
    assert got.get("syndication")


@pytest.mark.parametrize(
    "line",
    [
        "(This content is provided by AFP under a syndication arrangement.)",  # an agency
        "(This story was reproduced unedited from a partner wire service.)",  # nobody named
        "(Este artículo se reproduce sin cambios del servicio de un socio.)",
    ],
)
def test_no_outlet_invented(line: str) -> None:
    body = CUERPO if line.startswith("(Este") else BODY
    got = facts(line, body)
    assert "publisher" not in got
    assert got.get("syndication")


def test_story_prose_naming_a_provider_stays_body() -> None:
    line = "The data was provided by Harbour Ledger under a freedom of information request."
    a = newsclean.clean(f"Council backs water plan\n\n{BODY}{line}\n")
    assert line in a.body
    assert not [f for f in a.provenance if f.kind == "publisher"]
