"""Hypothesis profiles. The default, ``deterministic``, draws the same examples on every run
(``derandomize``, no example database), so a test run, and CI, gives the same answer for the
same code: a red run is a regression, never a chance find. ``HYPOTHESIS_PROFILE=explore``
draws new random examples (and keeps failures in the database) to look for counterexamples;
a counterexample it finds is fixed and kept as an explicit regression case."""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("deterministic", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))
