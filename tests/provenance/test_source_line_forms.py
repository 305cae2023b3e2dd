"""Source lines in two more forms: the label before a pipe ("Source | The Example Times") and
a feed reader's "From <Outlet>" line, which counts only when the line was removed and the name
is outlet-shaped ("From Tuesday", "From The Archives" and story prose name no publisher)."""

from __future__ import annotations

import pytest

import newsclean

BODY = "The regional council approved the new water plan on Thursday after a long debate."


def publishers(line: str) -> list[str]:
    text = f"Council backs water plan\n\n{BODY}\n\n{line}\n\nMore\n"
    return [f.value for f in newsclean.clean(text).provenance if f.kind == "publisher"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Source | The Harbour Ledger", "The Harbour Ledger"),
        ("Quelle | Kreisbote Nord", "Kreisbote Nord"),
        ("From The Valley Herald", "The Valley Herald"),
        ("From Northfield Daily News", "Northfield Daily News"),
    ],
)
def test_source_line_names_the_publisher(line: str, name: str) -> None:
    assert publishers(line) == [name]


@pytest.mark.parametrize(
    "line",
    ["From The Archives", "From Tuesday Onwards", "From Reuters"],
)
def test_from_line_without_an_outlet(line: str) -> None:
    assert publishers(line) == []


def test_from_prose_stays_without_publisher() -> None:
    line = "From The Valley Herald newsroom, reporters watched the vote late into the night."
    text = f"Council backs water plan\n\n{BODY}\n\n{line}\n\n{BODY}\n"
    a = newsclean.clean(text)
    assert line in a.body
    assert not [f for f in a.provenance if f.kind == "publisher"]
