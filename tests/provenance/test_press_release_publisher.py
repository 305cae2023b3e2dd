"""Press releases: the company a release is about ("Source: Example Labs", "SOURCE Example
Holdings Inc.") is its issuer, never its publisher; the distribution service that carried it
("distributed by X on behalf of ...", "syndicated via X", "the distribution service of X") is."""

from __future__ import annotations

import pytest

import newsclean

from .helpers import NORMALISER

PROSE = (
    "The company said on Tuesday that its new warehouse would open in the spring and employ "
    "about two hundred people from the region."
)


def _publisher(*lines: str) -> list[str]:
    body = "\n\n".join(lines)
    a = newsclean.clean(f"Company opens a new warehouse\n\n{PROSE}\n\n{body}\n\n")
    return [f.value for f in a.provenance if f.kind == "publisher"]


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (("Source: Northwind Robotics", "Distributed by Pressline Wire on behalf of Northwind "
          "Robotics."), "Pressline Wire"),
        (("SOURCE Greyfield Therapeutics",
          "(This content was issued through the press release distribution service of "
          "Newsburst Network.)"), "Newsburst Network"),
        (("Source: Halden Holdings",
          "(Content syndicated via Harbour Business Journal. Headline and text unedited.)"),
         "Harbour Business Journal"),
    ],
)  # fmt: skip
def test_the_distributor_not_the_issuer(lines: tuple[str, ...], name: str) -> None:
    assert _publisher(*lines) == [name]


@pytest.mark.parametrize(
    "line",
    ["Source: Ostara Logistics", "SOURCE: Brightline Insurance", "Source: Kelvin Labs"],
)
def test_an_issuer_alone_is_no_publisher(line: str) -> None:
    assert _publisher(line) == []


@pytest.mark.parametrize(
    ("name", "company"),
    [
        ("Example Logistics", True),
        ("Acme Robotics", True),
        ("Example Holdings", True),
        ("Example Media GmbH", False),  # a media company's legal form: may be the publisher
        ("The Valley Times", False),
        ("Everyday Health", False),  # a health site publishes stories
        ("Logistics", False),  # one word alone is no company's name
    ],
)
def test_company_shaped(name: str, company: bool) -> None:
    assert NORMALISER.company_shaped(name) is company
