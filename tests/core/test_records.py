"""fast_init: the faster constructor keeps a frozen dataclass's signature and behaviour."""

from __future__ import annotations

import dataclasses
import inspect
import pickle

import pytest

from newsclean.model import Article, Block, Provenance, Span
from newsclean.records import fast_init, record_reduce


@dataclasses.dataclass(frozen=True, slots=True)
class _Plain:
    a: int
    b: str = "x"
    c: tuple[int, ...] = ()
    d: list[int] = dataclasses.field(default_factory=list)


@fast_init
@dataclasses.dataclass(frozen=True, slots=True)
class _Fast:
    __reduce__ = record_reduce

    a: int
    b: str = "x"
    c: tuple[int, ...] = ()
    d: list[int] = dataclasses.field(default_factory=list)


def test_same_parameters_and_defaults_as_the_dataclass() -> None:
    plain, fast = inspect.signature(_Plain), inspect.signature(_Fast)
    assert list(plain.parameters) == list(fast.parameters)
    assert _Fast(1) == _Fast(1, "x", (), [])
    assert _Fast(a=2, d=[3]).d == [3]
    assert _Fast(1, b="y").b == "y"


def test_default_factory_gives_a_fresh_value_each_time() -> None:
    assert _Fast(1).d is not _Fast(1).d


def test_arguments_are_checked_like_any_call() -> None:
    with pytest.raises(TypeError):
        _Fast()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Fast(1, nope=2)  # type: ignore[call-arg]


def test_records_stay_frozen_hashable_and_picklable() -> None:
    s = Span(1, 4, "abc", False, "rule", "cat", "why", 0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.kept = True  # type: ignore[misc]
    assert hash(s) == hash(Span(1, 4, "abc", False, "rule", "cat", "why", 0))
    assert pickle.loads(pickle.dumps(s)) == s
    a = Article("t", "t", None, (s,))
    assert a.provenance == Provenance() and pickle.loads(pickle.dumps(a)) == a
    assert Block(0, 0, 1, "t").markup is None


def test_refuses_what_it_cannot_copy() -> None:
    class NotADataclass:
        pass

    with pytest.raises(TypeError):
        fast_init(NotADataclass)

    @dataclasses.dataclass(frozen=True)
    class WithPostInit:
        a: int

        def __post_init__(self) -> None:
            pass

    with pytest.raises(TypeError):
        fast_init(WithPostInit)
