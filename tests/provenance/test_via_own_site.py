"""A "via" line names the publisher the story came from, unless it names the page's own site
(the title's suffix): "Via: Example Chronicle" under "Headline - Example Chronicle" points
nowhere else."""

from __future__ import annotations

import pytest

import newsclean

PROSE = (
    "The council approved the plan after a long debate on Tuesday evening, officials said in "
    "a statement to reporters."
)


def _facts(title: str, line: str) -> dict[str, str]:
    a = newsclean.clean(f"{title}\n\n{PROSE}\n\n{PROSE}\n\n{line}\n")
    return {f.kind: f.value for f in a.provenance if f.kind in ("publisher", "site_name")}


@pytest.mark.parametrize(
    ("title", "line", "site"),
    [
        ("Council approves the harbour plan - Bayview Chronicle", "Via: Bayview Chronicle",
         "Bayview Chronicle"),
        ("Council approves the harbour plan | The Ridge Ledger", "via The Ridge Ledger",
         "The Ridge Ledger"),
        ("Council approves the harbour plan – Delta Morning Post", "— via Delta Morning Post",
         "Delta Morning Post"),
    ],
)  # fmt: skip
def test_via_the_own_site_is_no_publisher(title: str, line: str, site: str) -> None:
    facts = _facts(title, line)
    assert facts.get("site_name") == site
    assert "publisher" not in facts
    # the same line under a title naming another site names the publisher
    other = _facts("Council approves the harbour plan - Westgate News", line)
    assert other.get("publisher") == site


@pytest.mark.parametrize(
    ("title", "line", "publisher"),
    [
        ("Council approves the harbour plan - Bayview Chronicle", "Via: Northport Times",
         "Northport Times"),
        ("Council approves the harbour plan", "Via The Granary Gazette", "The Granary Gazette"),
        ("Council approves the harbour plan", "(via www.eastfieldpost.com)", "eastfieldpost.com"),
        ("Council approves the harbour plan", "— via Mekong Evening Star", "Mekong Evening Star"),
    ],
)  # fmt: skip
def test_via_another_outlet_names_it(title: str, line: str, publisher: str) -> None:
    assert _facts(title, line).get("publisher") == publisher
