"""Photo credits: a camera symbol as the label of a "Name/Agency" credit, and an agency named
by a second credit line after the first photo credit is recorded (one ``photo_credit`` a
document, but every agency named is a credit)."""

from __future__ import annotations

import pytest

import newsclean

from .helpers import values_by_kind

BODY = "The regional council approved the new water plan on Thursday after a long debate."


def facts(text: str) -> dict[str, list[str]]:
    return values_by_kind(newsclean.clean(text).provenance)


@pytest.mark.parametrize(
    ("line", "credit", "agency"),
    [
        ("📷 picture alliance/dpa", "picture alliance/dpa", "dpa"),
        ("📸 Lena Vogt / AFP", "Lena Vogt / AFP", "AFP"),
        ("📷\ufe0f Sam Ortiz/Reuters", "Sam Ortiz/Reuters", "Reuters"),
    ],
)
def test_camera_symbol_label(line: str, credit: str, agency: str) -> None:
    text = f"Council backs water plan\n\n{BODY}\n\n{line}\n\n{BODY}\n"
    got = facts(text)
    assert got.get("photo_credit") == [credit]
    assert got.get("credits") == [agency]
    assert line not in newsclean.clean(text).body


def test_camera_symbol_before_prose_is_not_a_credit() -> None:
    line = "📷 Our reporters spent the weekend at the festival grounds."
    text = f"Council backs water plan\n\n{BODY}\n\n{line}\n\n{BODY}\n"
    assert line in newsclean.clean(text).body
    assert "photo_credit" not in facts(text)


def test_second_credit_line_names_its_agency() -> None:
    text = (
        f"Council backs water plan\n\nPhoto: AP Photo/Jane Doe\n\n{BODY}\n\n"
        f"{BODY}\n\nReuters / Redacción\n"
    )
    got = facts(text)
    assert got.get("photo_credit") == ["AP Photo/Jane Doe"]
    assert sorted(got.get("credits", [])) == ["AP", "Reuters"]


def test_second_credit_line_without_agency_adds_nothing() -> None:
    text = (
        f"Council backs water plan\n\nPhoto: AP Photo/Jane Doe\n\n{BODY}\n\n"
        f"{BODY}\n\nImage: Getty Images\n"
    )
    got = facts(text)
    assert got.get("photo_credit") == ["AP Photo/Jane Doe"]
    assert got.get("credits") == ["AP"]
