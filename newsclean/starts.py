"""How every match of a regex can begin, read off its parse tree: the first two symbols
(characters of the literal alphabet, or classes: any character, a digit, a space, a word
character). An exact prefilter like the literals of :mod:`newsclean.literals`: the phrase step
skips an anchored rule on a line whose first two characters no match can begin with, without
compiling or running a regex, and a context step's :class:`~newsclean.rules.cues.PrefixGate`
asks partial matching only for the prefixes that pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .literals import _ATOMIC, _REPEATS, ODD_CHARS, C, _char, _parse, usable

__all__ = ["Starts", "starts"]


#: symbols of a match's beginning besides characters: any character, a digit (``\\d``), a
#: space (``\\s``), a word character (``\\w``), a character outside the literal alphabet that
#: no character inside it matches, and (second place only) "the match may end here"
_ANY, _DIGIT, _SPACE, _WORD, _OTHER, _END = (
    "\x00any", "\x00digit", "\x00space", "\x00word", "\x00other", "\x00end"
)
#: the most two-character beginnings worked out before a pattern is given up (always allowed)
_STARTS_LIMIT = 4096
#: the widest character range read character by character (wider: any character)
_CLASS_LIMIT = 64
#: the class escapes read as a symbol (any other category is any character)
_CATEGORY_SYMBOLS = {"CATEGORY_DIGIT": _DIGIT, "CATEGORY_SPACE": _SPACE, "CATEGORY_WORD": _WORD}
_Prefix = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Starts:
    """How matches of a pattern (case-insensitive, from a given position) can begin: for each
    first symbol (a lower-case character of the literal alphabet, or a class: any character,
    digit, space, word character, a character outside the alphabet), the symbols that can
    follow it (the same, or the end of the match). A match can be empty only when
    :func:`starts` says so (by giving ``None``)."""

    follow: dict[str, frozenset[str]]

    def allows(self, prefix: str) -> bool:
        """Some match could begin the text that begins with ``prefix`` (its first one or two
        characters; any case): no match of the pattern starts a line that this refuses."""
        if not prefix:
            return True
        first = _symbols(prefix[0])
        if first is None:
            return True
        follow = self.follow
        second = _symbols(prefix[1]) if len(prefix) > 1 else None
        for sym in first:
            nxt = follow.get(sym)
            if nxt is None:
                continue
            if len(prefix) < 2 or second is None or _END in nxt or not nxt.isdisjoint(second):
                return True
        return False

    def any_letter(self) -> bool:
        """A match can begin with any letter (the pattern opens with a class such as
        ``\\w`` or ``\\p{Lu}``, not with literal text): a gate on line beginnings lets
        nearly every line through."""
        return _ANY in self.follow or _WORD in self.follow

    def __or__(self, other: Starts) -> Starts:
        follow = dict(self.follow)
        for k, v in other.follow.items():
            follow[k] = follow.get(k, frozenset()) | v
        return Starts(follow)


@lru_cache(maxsize=1024)
def _symbols(c: str) -> frozenset[str] | None:
    """The symbols a character of the text can stand for (``None``: any symbol, for a
    character outside the literal alphabet or an odd one). Inside the alphabet (Latin),
    ``\\d``, ``\\s`` and ``\\w`` of either engine match no more than ``isdigit``,
    ``isspace`` and ``isalnum``/``_`` say."""
    low = c.lower()
    if len(low) != 1 or c in ODD_CHARS or not usable(low):
        return None
    out = {low, _ANY}
    if c.isdigit():
        out.add(_DIGIT)
    if c.isspace():
        out.add(_SPACE)
    if c.isalnum() or c == "_":
        out.add(_WORD)
    return frozenset(out)


def _pattern_symbol(code: int) -> str:
    """The symbol of a pattern character: itself (lower case) inside the literal alphabet; a
    character outside it is matched by no character inside it (case-insensitive matching
    is symmetric, and inside characters match only what lower-cases to them) unless it
    lower-cases into the alphabet or is odd, so it stands for "other" (else any)."""
    c = _char(code)
    if c is not None:
        return c
    x = chr(code)
    low = x.lower()
    if x in ODD_CHARS or (len(low) == 1 and usable(low)) or any(usable(y) for y in low):
        return _ANY
    return _OTHER


@lru_cache(maxsize=4096)
def starts(pattern: str) -> Starts | None:
    """How every match of ``pattern`` (case-insensitive) begins, read off its parse tree, or
    ``None`` (any beginning: the pattern can match the empty string, refers to a group, has
    too many beginnings or cannot be read). An exact prefilter, like the literals: it is
    always at least as permissive as the engine."""
    tree = _parse(pattern)
    if tree is None:
        return None
    found = _seq_starts(tree)
    if found is None or () in found:
        return None
    follow: dict[str, set[str]] = {}
    for p in found:
        follow.setdefault(p[0], set()).add(p[1] if len(p) > 1 else _END)
    return Starts({k: frozenset(v) for k, v in follow.items()})


def _concat(left: set[_Prefix], right: set[_Prefix]) -> set[_Prefix] | None:
    """The beginnings of a match of ``left`` followed by one of ``right``."""
    out = {a for a in left if len(a) >= 2}
    ones = [a for a in left if len(a) == 1]
    if ones:
        heads = {b[:1] for b in right}
        out |= {a + h for a in ones for h in heads}
    if () in left:
        out |= right
    return out if len(out) <= _STARTS_LIMIT else None


def _seq_starts(items: Any) -> set[_Prefix] | None:
    """The beginnings (at most two symbols; shorter only when the match is that short) of the
    matches of a concatenation."""
    acc: set[_Prefix] | None = {()}
    for op, av in getattr(items, "data", items):
        if all(len(a) >= 2 for a in acc):  # type: ignore[union-attr]
            return acc
        one = _node_starts(op, av)
        if one is None:
            return None
        acc = _concat(acc, one)  # type: ignore[arg-type]
        if acc is None:
            return None
    return acc


def _class_symbols(items: Any) -> set[str]:
    """The symbols one character of a class can be (a character outside the literal alphabet
    counts as any character)."""
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(_pattern_symbol(av))
        elif op is C.RANGE and av[1] - av[0] <= _CLASS_LIMIT:
            out.update(_pattern_symbol(code) for code in range(av[0], av[1] + 1))
        elif op is C.CATEGORY and str(av) in _CATEGORY_SYMBOLS:
            out.add(_CATEGORY_SYMBOLS[str(av)])
        else:
            return {_ANY}  # a negation, a wide range, another category
    return out


def _node_starts(op: Any, av: Any) -> set[_Prefix] | None:
    if op is C.LITERAL:
        return {(_pattern_symbol(av),)}
    if op is C.IN:
        return {(c,) for c in _class_symbols(av)}
    if op is C.CATEGORY:
        return {(_CATEGORY_SYMBOLS.get(str(av), _ANY),)}
    if op is C.ANY or op is C.NOT_LITERAL:
        return {(_ANY,)}
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {()}  # zero width
    if op is C.SUBPATTERN:
        return _seq_starts(av[-1])
    if _ATOMIC is not None and op is _ATOMIC:
        return _seq_starts(av)
    if op is C.BRANCH:
        out: set[_Prefix] = set()
        for branch in av[1]:
            one = _seq_starts(branch)
            if one is None:
                return None
            out |= one
        return out if len(out) <= _STARTS_LIMIT else None
    if op in _REPEATS:
        lo, hi, sub = av
        one = _seq_starts(sub)
        if one is None:
            return None
        done: set[_Prefix] = {()} if lo == 0 else set()
        run: set[_Prefix] | None = {()}
        for n in range(1, min(hi, lo + 2) + 1):
            run = _concat(run, one)  # type: ignore[arg-type]
            if run is None:
                return None
            if n >= lo:
                done |= run
        return done if len(done) <= _STARTS_LIMIT else None
    return None  # a backreference, a conditional, anything new
