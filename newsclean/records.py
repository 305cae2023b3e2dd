"""Helpers that keep frozen, slotted dataclass records cheap to build and to pickle.

A run builds a record per line (:class:`~newsclean.model.Block`), per span and per decision, so
the cost of constructing one matters: a frozen dataclass's generated ``__init__`` sets each field
through ``object.__setattr__``, which costs about 0.3 µs a field. :func:`fast_init` swaps in an
``__init__`` with the same signature that calls each slot's own setter instead (about half the
cost), and :func:`record_reduce` pickles a record as its constructor call. Records stay frozen:
assigning a field still raises ``FrozenInstanceError``.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")

class _Factory:
    """Stands for "no argument given" where a field has a ``default_factory``."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()


def record_reduce(self: Any) -> tuple[Any, tuple[Any, ...]]:
    """Pickle a frozen slotted record as its constructor call: the generic dataclass state
    protocol sets each slot through ``object.__setattr__`` and is several times slower, which
    matters when results cross process boundaries (``clean_many`` workers, Dask)."""
    cls = type(self)
    return (cls, tuple(getattr(self, name) for name in cls.__slots__))


def fast_init(cls: type[T]) -> type[T]:
    """Give the frozen slotted dataclass ``cls`` a faster ``__init__`` with the same signature,
    defaults and default factories (it has no ``__post_init__``)."""
    if not dataclasses.is_dataclass(cls) or hasattr(cls, "__post_init__"):
        raise TypeError(f"fast_init needs a dataclass without __post_init__, not {cls!r}")
    fields = [f for f in dataclasses.fields(cls) if f.init]
    env: dict[str, Any] = {"_FACTORY": _FACTORY}
    params, body = [], []
    for f in fields:
        setter = f"_set_{f.name}"
        env[setter] = getattr(cls, f.name).__set__  # the slot's own descriptor
        if f.default is not dataclasses.MISSING:
            env[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not dataclasses.MISSING:
            env[f"_factory_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_FACTORY")
            body.append(f" if {f.name} is _FACTORY: {f.name} = _factory_{f.name}()")
        else:
            params.append(f.name)
        body.append(f" {setter}(self, {f.name})")
    source = f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body or [" pass"])
    exec(source, env)  # generated from field names only, as dataclasses does
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[method-assign]
    return cls
