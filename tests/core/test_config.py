"""Config: immutable, hashable, picklable, validated; the favor knob picks threshold presets."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from newsclean import Config, Tuning
from newsclean.config import PRESETS


def test_frozen() -> None:
    c = Config()
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.favor = "recall"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.thresholds.short_words = 9  # type: ignore[misc]


def test_picklable_and_hashable() -> None:
    c = Config(favor="precision", disabled_rules=frozenset({"a", "b"}), languages=("en", "de"))
    c2 = pickle.loads(pickle.dumps(c))
    assert c2 == c and hash(c2) == hash(c)
    t = c.tuned(min_menu_run=7)
    assert pickle.loads(pickle.dumps(t)) == t
    assert len({Config(), Config(), Config(favor="recall")}) == 2


def test_presets_follow_the_knob() -> None:
    assert set(PRESETS) == {"precision", "balanced", "recall"}
    assert Config().thresholds == PRESETS["balanced"] == Tuning()
    p, b, r = (Config(favor=f).thresholds for f in ("precision", "balanced", "recall"))
    # precision removes more on weaker evidence; recall keeps more
    assert p.short_words >= b.short_words >= r.short_words
    assert p.min_headline_run <= b.min_headline_run <= r.min_headline_run
    assert p.min_menu_run <= b.min_menu_run <= r.min_menu_run
    assert p != r


def test_tuned_copies() -> None:
    c = Config(favor="recall")
    t = c.tuned(min_headline_run=9, absorb_neighbours=True)
    assert t.thresholds.min_headline_run == 9 and t.thresholds.absorb_neighbours
    # the rest of the preset is kept, the original untouched
    assert t.thresholds.short_words == PRESETS["recall"].short_words
    assert c.tuning is None and c.thresholds == PRESETS["recall"]
    assert t.tuned(tail_zone=3).thresholds.min_headline_run == 9
    with pytest.raises(TypeError):
        c.tuned(no_such_threshold=1)


def test_explicit_tuning_overrides_favor() -> None:
    tun = Tuning(head_zone=2)
    assert Config(favor="precision", tuning=tun).thresholds is tun


def test_without_rules() -> None:
    c = Config(disabled_rules=frozenset({"a"}))
    d = c.without_rules("b", "c")
    assert d.disabled_rules == {"a", "b", "c"} and c.disabled_rules == {"a"}


def test_validation() -> None:
    with pytest.raises(ValueError, match="favor"):
        Config(favor="speed")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Config(max_input_chars=0)
    with pytest.raises(ValueError):
        Config(max_input_bytes=-1)


def test_friendly_coercions() -> None:
    c = Config(disabled_rules={"x"}, languages="de")  # type: ignore[arg-type]
    assert c.disabled_rules == frozenset({"x"}) and isinstance(c.disabled_rules, frozenset)
    assert c.languages == ("de",)
    hash(c)


@pytest.mark.parametrize("favor", ["precision", "balanced", "recall"])
def test_every_preset_builds_and_runs_the_default_pipeline(favor: str) -> None:
    import newsclean

    cfg = Config(favor=favor)  # type: ignore[arg-type]
    a = newsclean.clean("Headline\n\nA sentence of the story that is long enough.", config=cfg)
    assert "A sentence of the story" in a.body
