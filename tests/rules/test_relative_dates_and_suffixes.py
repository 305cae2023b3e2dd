"""Date lines that put a relative time beside the date ("Posted 6 hours ago · <date>",
"<date> (updated <date>)"), with their facts; titles whose site suffix follows a single angle
quotation mark ("Headline ‹ Site"). All wordings here are the project's own."""

from __future__ import annotations

import pytest

import newsclean

BODY = (
    "The council met on Tuesday and agreed on a plan that nobody had expected before the vote.\n\n"
    "The mayor said the decision would help families across the city for years to come.\n"
)


@pytest.mark.parametrize(
    ("line", "kind", "iso_start"),
    [
        ("Posted 6 hours ago · Friday 12 April 2019 09:40 (GMT+02:00)", "published",
         "2019-04-12T09:40"),
        ("Published earlier today (2024-02-11 06:05:44)", "published", "2024-02-11T06:05"),
        ("Updated 2 days ago — 2018-10-30 21:15:00", "updated", "2018-10-30T21:15"),
        ("Updated March 9th, 2020 at 16:20 CET (yesterday)", "updated", "2020-03-09T16:20"),
        ("July 7, 2022 8:05 AM ET (updated Fri, 08 Jul 2022 12:30:00 GMT)", "updated",
         "2022-07-08T12:30"),
    ],
)  # fmt: skip
def test_relative_time_beside_the_date(line: str, kind: str, iso_start: str) -> None:
    art = newsclean.clean("Bridge reopens after repairs\n\n" + line + "\n\n" + BODY)
    removed = [s for s in art.spans if not s.kept and line[:12] in s.text]
    assert removed and removed[0].category == "date_line"
    fact = art.provenance.first(kind)
    assert fact is not None and fact.value.startswith(iso_start)


@pytest.mark.parametrize("sep", ["‹", "›"])
def test_angle_quotation_site_suffix(sep: str) -> None:
    art = newsclean.clean(f"Bridge reopens after months of repairs {sep} The Fernbank Courier\n\n"
                          + BODY)
    assert art.title == "Bridge reopens after months of repairs"
    site = art.provenance.first("site_name")
    assert site is not None and site.value == "The Fernbank Courier"


def test_story_sentence_with_a_relative_time_stays() -> None:
    line = "Posted two days ago, the video of the rescue has been watched a million times."
    art = newsclean.clean("Bridge reopens after repairs\n\n" + line + "\n\n" + BODY)
    assert line in art.body


@pytest.mark.parametrize("label", ["SECTION — Science", "Category › Local news"])
def test_section_label_after_a_dash_or_angle(label: str) -> None:
    art = newsclean.clean(f"{label}\n\nBridge reopens after months of repairs\n\n" + BODY)
    assert art.title == "Bridge reopens after months of repairs"
    section = art.provenance.first("section")
    assert section is not None and section.value == label.split(maxsplit=2)[-1]
