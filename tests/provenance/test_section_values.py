"""Section facts name one section: a label's own label is dropped ("Filed under X"), and
home links, live badges, buttons and rows of menu items give none."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.provenance.names import section_name

PROSE = (
    "The city council voted on Tuesday to approve a new budget that raises spending on schools, "
    "roads and public transport by nearly ten percent over the next two years.\n\n"
    "Officials said the plan would be paid for by a mix of higher property taxes and savings "
    "found in other departments, though several members warned the numbers were optimistic."
)
TITLE = "Council approves a bigger budget for schools and roads"


def sections(text: str) -> list[str]:
    art = newsclean.clean(text, kind="text")
    return [f.value for f in art.provenance if f.kind == "section"]


@pytest.mark.parametrize(
    "value",
    ["Home", "LIVE", "Live Updates", "EN VIVO", "Full Coverage", "Sign in / Subscribe",
     "Latest  Top  Discussions", "Members only ★"],
)  # fmt: skip
def test_not_section_names(value: str) -> None:
    assert not section_name(value)


@pytest.mark.parametrize("value", ["Health", "Local News", "Cricket", "Économie", "Faith & Values"])
def test_section_names(value: str) -> None:
    assert section_name(value)


@pytest.mark.parametrize("label", ["LIVE", "Full Coverage", "Sign in / Subscribe"])
def test_badges_above_the_title_give_no_section(label: str) -> None:
    assert sections(f"{label}\n\n{TITLE}\n\n{PROSE}") == []


@pytest.mark.parametrize(
    ("label", "value"),
    [("Filed under Health", "Health"), ("Section — Health", "Health"),
     ("Filed under: Local News", "Local News")],
)  # fmt: skip
def test_section_label_loses_its_label(label: str, value: str) -> None:
    assert sections(f"{label}\n\n{TITLE}\n\n{PROSE}") == [value]
