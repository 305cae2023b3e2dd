"""Provenance steps travel to worker processes: pickled, they give the same facts."""

from __future__ import annotations

import pickle

from newsclean.provenance import provenance_steps

from .helpers import NORMALISER, run

TEXT = (
    "WASHINGTON (AP) — The minister said on Monday that the government would not change its "
    "plans for the budget, and that it was confident of winning the vote this week.\n"
    "Published: March 3, 2024 at 4:15 p.m. EST\n"
    "Photo: Jane Doe/AFP/Getty Images\n"
    "Reporting by John Smith; Editing by Mary Roe\n"
    "This article originally appeared on The Daily Example.\n"
    "Source: https://www.example.com/news/2024/03/03/budget-vote\n"
)


def test_pickled_steps_find_the_same_facts() -> None:
    steps = provenance_steps(tables=NORMALISER.tables)
    again = pickle.loads(pickle.dumps(steps))
    for step, copy in zip(steps, again, strict=True):
        assert run(copy, TEXT) == run(step, TEXT)
    assert any(run(step, TEXT) for step in steps)
