"""Date lines with a UTC offset or a Quebec zone in French, Spanish "p. m." times and "hrs."
hours with an offset, and a refresh arrow before the label: removed, with the date and its
offset recorded."""

from __future__ import annotations

import pytest

from .phrase_helpers import rule_of, run


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [
        ("Publié le 9 mars 2022 à 14 h 20 HNE", "published", "2022-03-09T14:20:00-05:00"),
        ("Mis à jour le 4 juin 2024, 08:10 UTC+1", "updated", "2024-06-04T08:10:00+01:00"),
        ("Actualizado: 7 de junio de 2023, 9:15 a. m. GMT-5", "updated",
         "2023-06-07T09:15:00-05:00"),
        ("Publicado: 2 de mayo de 2024 - 18:05 hrs. GMT-4", "published",
         "2024-05-02T18:05:00-04:00"),
        ("⟳ Updated 14 Feb 2023, 09:40 IST", "updated", "2023-02-14T09:40:00+05:30"),
    ],
)
def test_zoned_date_lines_give_their_dates(line: str, kind: str, value: str) -> None:
    assert rule_of(line) == "date_line"
    found = [f.value for f in run(line).facts if f.kind == kind]
    assert found == [value]


def test_an_upload_date_then_an_edit_after_an_arrow_is_one_date_line() -> None:
    line = "Uploaded on 2 May 2022 - 8:15 AM GMT  ⟳ Last edited May 3, 2022 9:00 AM GMT"
    assert rule_of(line) == "date_line"
    facts = {f.kind: f.value for f in run(line).facts}
    assert facts["published"].startswith("2022-05-02T08:15")
    assert facts["updated"].startswith("2022-05-03T09:00")
