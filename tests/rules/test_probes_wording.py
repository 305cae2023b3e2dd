"""Every wording probe (``probes_wording.py``) as a test case: boilerplate removed, body kept."""

from __future__ import annotations

import pytest

from .probes_wording import Probe, decision, probes

#: beginnings of the probes the rules still get wrong (strict: a fixed probe fails here until
#: its line is taken off this list)
KNOWN_WRONG: frozenset[str] = frozenset(
    {
        # a scene sentence credited to a bare agency: "(Yonhap)" also ends wire stories'
        # last paragraphs, so the credit alone cannot tell a caption
        "Students arrive for the exam at a school in Seoul. (Yonhap)",
    }
)


def known_wrong(probe: Probe) -> bool:
    return any(probe.line == k or (len(k) == 60 and probe.line.startswith(k)) for k in KNOWN_WRONG)


CASES = list(enumerate(probes()))


@pytest.mark.parametrize(
    ("k", "probe"),
    [
        pytest.param(
            k,
            p,
            id=f"{p.kind}-{k}",
            marks=[pytest.mark.xfail(strict=True)] if known_wrong(p) else [],
        )
        for k, p in CASES
    ],
)
def test_probe(k: int, probe: Probe) -> None:
    rule = decision(probe, k)
    if probe.remove:
        assert rule is not None, f"kept boilerplate ({probe.kind}, {probe.zone}): {probe.line!r}"
    else:
        assert rule is None, f"removed body line by {rule} ({probe.zone}): {probe.line!r}"
