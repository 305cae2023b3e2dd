"""What every match of a regex needs, read off its parse tree: a literal it must contain and
its longest possible width.

Phrase rules are tried only on lines that could match them. Two facts about a pattern make
that cheap to decide without running it:

* ``literals``: lower-case strings one of which every match contains (``theme license``
  needs ``licen``; ``(?:read|see)\\s+more`` needs ``more``), so one Aho-Corasick scan of the
  lower-cased text (:class:`~newsclean.triggers.MaskIndex`) finds the lines worth trying;
* ``max_width``: the most characters a match can span, so a whole-line rule skips longer lines.

(How a match can begin is read off the same trees by :mod:`newsclean.starts`.)

Both are derived from the stdlib parser's tree (``re._parser``), the same reading the stdlib
engine compiles, and are *exact prefilters*: they never rule out a line the pattern matches.
A pattern written for the ``regex`` module is read once ``\\p{..}`` classes are replaced by an
equivalent one-character class; one that uses anything else ``re`` lacks gives ``None``
(no prefilter).

Case: patterns run case-insensitively, and a few characters match an ASCII letter that their
``lower()`` is not (``İ`` and ``ı`` match ``i``, ``ſ`` matches ``s``): a line holding one of
:data:`ODD_CHARS` must not be prefiltered by literals. Literal characters are taken only from
an alphabet (Latin letters, digits, punctuation) whose case-insensitive matches are known to
lower-case to themselves otherwise; other characters just end a literal
(``tests/core/test_literals.py`` checks both claims against both engines, codepoint by codepoint).
"""

from __future__ import annotations

import importlib
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

try:  # the stdlib parser: re._parser from Python 3.11, sre_parse before
    _parser: Any = importlib.import_module("re._parser")
    C: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover
    _parser = importlib.import_module("sre_parse")
    C = importlib.import_module("sre_constants")

__all__ = [
    "ODD_CHARS",
    "Needs",
    "has_odd_chars",
    "lower_closed",
    "needs",
    "needs_any",
    "top_level_bar",
]

#: characters that match (case-insensitively) a literal character whose ``lower()`` they lack:
#: a line holding one is tried without literal prefilters
ODD_CHARS = "\u0130\u0131\u017f"  # İ ı ſ
#: lower-case characters never used in a literal: text characters of another case class match
#: them case-insensitively (``I`` matches ``ı``, ``S`` matches ``ſ``, ``μ`` matches ``µ``...)
UNSAFE_LITERAL_CHARS = (
    "\u00b5\u0131\u017f\u019b\u0264\u0345\u0390\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc"
    "\u03c0\u03c1\u03c2\u03c3\u03c6\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u0432\u0434"
    "\u043e\u0441\u0442\u044a\u0463\u1e61\u1e9b\u1fbe\u1fd3\u1fe3"
    "\u00df"  # ß: "ẞ" and, from Unicode 17, U+1DF95 match it
)
#: symbols beyond Latin that have no case and that patterns and texts use (dashes, curly
#: quotes, bullets, the ellipsis, the sound-recording copyright and trade mark signs...):
#: usable like Latin characters
CASELESS_SYMBOLS = "\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u2039\u203a\u2117\u2122"
#: the most strings an exact set keeps before it is given up (cross products grow fast)
_LIMIT = 64
_MAXWIDTH = C.MAXREPEAT  # getwidth() caps unbounded widths at or above this
#: ``regex`` syntax that ``re`` would read as something else (a POSIX class, a fuzzy match, a
#: brace that is no plain quantifier), looked for once escapes are blanked out; most other
#: ``regex``-only syntax makes ``re``'s parser fail, which also means "no prefilter"
_MISREAD = re.compile(r"\[:\^?[A-Za-z]+:\]|\{(?!\d*(?:,\d*)?\})")
#: escapes that ``re`` lacks or reads otherwise (``\p{..}`` is replaced, not refused)
_MISREAD_ESCAPES = frozenset("XLGKQEmMV")
_ESCAPE = re.compile(r"\\.", re.DOTALL)
_TOKEN = re.compile(r"\\[pP](?:\{[^}]*\}|[A-Za-z])|\\.|\(\?P?<[A-Za-z_]\w*>", re.DOTALL)
_REPEATS = tuple(
    getattr(C, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(C, n)
)
_ATOMIC = getattr(C, "ATOMIC_GROUP", None)


@dataclass(frozen=True, slots=True)
class Needs:
    """What every match of a pattern needs."""

    #: lower-case strings one of which every match contains (``None``: nothing known)
    literals: frozenset[str] | None
    #: the most characters a match can span (``None``: unbounded or unknown)
    max_width: int | None
    #: a match may hold a space (``True`` when unknown)
    spaces: bool = True
    #: the pattern was read and refers to no group by number or name (so it can be taken
    #: out of an alternation without changing what the others mean)
    plain: bool = False
    #: more sets of lower-case strings, one string of each of which the searched text holds
    #: wherever the pattern matches: the other required sets found along the way (a
    #: pattern's every literal run, those of the groups it must match) and those of its
    #: positive look-arounds (what they look at is in the text, though not in the match);
    #: ``literals`` is not among them
    also: tuple[frozenset[str], ...] = ()
    #: every match holds a decimal digit (a character ``\d`` matches), or a positive
    #: look-around of the pattern looks at one (``False`` when unknown)
    digit: bool = False


_NOTHING = Needs(None, None)


def has_odd_chars(text: str) -> bool:
    """``text`` holds a character whose case-insensitive matches ``lower()`` does not show."""
    # ``in`` on a str skips a needle wider than the text's widest character outright, and
    # scans fast otherwise: several times cheaper than a regex class search over the text
    return not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text)


def usable(c: str) -> bool:
    """``c`` (one lower-case character) may be part of a literal: every character that
    matches it case-insensitively lower-cases to it, or is one of :data:`ODD_CHARS`; Latin
    characters and a few caseless symbols (:data:`CASELESS_SYMBOLS`) qualify."""
    # Latin only (ASCII, Latin-1, Latin Extended-A): their case pairs are old and settled, while
    # newer Unicode versions keep adding characters that fold to others (Unicode 17 gave "ß",
    # "ɷ" and "ɼ" new partners), so an engine with newer tables must not break the claim
    return (ord(c) < 0x180 and c not in UNSAFE_LITERAL_CHARS) or c in CASELESS_SYMBOLS


def lower_closed(pattern: str) -> bool:
    """``pattern`` (stdlib ``re`` syntax) finds, without ``IGNORECASE`` on ``text.lower()``,
    the matches it finds with ``IGNORECASE`` on ``text``, at the same offsets, for any text
    that holds none of :data:`ODD_CHARS` and whose ``lower()`` keeps its length: every
    character it names (literals, class members and ranges) is a lower-case one of the literal
    alphabet (:func:`usable`, every case-insensitive match of which lower-cases to it) or a
    character without case; classes (``\\s``, ``\\w``...), anchors and look-arounds read
    a lower-cased text as they read the text. A group reference or anything unread: no."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            tree = _parser.parse(pattern, 0)
        except (re.error, Warning, OverflowError, RecursionError, ValueError):
            return False
    if tree.state.flags & ~re.UNICODE:
        return False
    return _closed(tree)


def _closed_char(code: int) -> bool:
    c = chr(code)
    if c.lower() == c == c.upper() == c.casefold() and c not in UNSAFE_LITERAL_CHARS:
        return True  # no case (digits, punctuation, spaces, dashes, CJK...)
    return c.lower() == c and usable(c)


def _closed(items: Any) -> bool:
    for op, av in getattr(items, "data", items):
        if op in (C.LITERAL, C.NOT_LITERAL):
            ok = _closed_char(av)
        elif op is C.RANGE:
            ok = av[1] - av[0] <= 256 and all(_closed_char(c) for c in range(av[0], av[1] + 1))
        elif op in (C.ANY, C.AT, C.CATEGORY, C.NEGATE):
            ok = True
        elif op is C.IN:
            ok = _closed(av)
        elif op is C.BRANCH:
            ok = all(_closed(b) for b in av[1])
        elif op is C.SUBPATTERN:
            ok = not (av[1] or av[2]) and _closed(av[-1])  # no inline flags in the group
        elif op in (C.ASSERT, C.ASSERT_NOT):
            ok = _closed(av[1])
        elif op in _REPEATS:
            ok = _closed(av[2])
        elif _ATOMIC is not None and op is _ATOMIC:
            ok = _closed(av)
        else:
            ok = False  # a group reference, a conditional, anything new
        if not ok:
            return False
    return True


@lru_cache(maxsize=4096)
def needs(pattern: str) -> Needs:
    """What every match of ``pattern`` (case-insensitive) needs; ``Needs(None, None)`` when the
    pattern cannot be read."""
    tree = _parse(pattern)
    if tree is None:
        return _NOTHING
    info = _seq(tree)
    width: int | None = None
    refs = _has_groupref(tree)
    if not refs:
        hi = tree.getwidth()[1]
        width = hi if hi < _MAXWIDTH else None
    lits = _minimal(info.must)
    return Needs(
        lits, width, _holds_space(tree), not refs, _also(lits, _conjuncts(tree)), _digit(tree)
    )


def needs_any(patterns: Iterable[str]) -> Needs:
    """What every match of the alternation of ``patterns`` needs (the union of literals, the
    widest width; ``None`` as soon as one pattern gives ``None``)."""
    patterns = list(patterns)
    lits: set[str] | None = set()
    width: int | None = 0
    for p in patterns:
        n = needs(p)
        if lits is not None:
            lits = None if n.literals is None else lits | n.literals
        if width is not None:
            width = None if n.max_width is None else max(width, n.max_width)
    ns = [needs(p) for p in patterns]
    return Needs(
        None if lits is None else _minimal(frozenset(lits)),
        width,
        any(n.spaces for n in ns),
        all(n.plain for n in ns),
        digit=bool(ns) and all(n.digit for n in ns),
    )


@lru_cache(maxsize=4096)
def _parse(pattern: str) -> Any:
    """The stdlib parse tree of ``pattern`` (read as :func:`_as_re` says), or ``None``."""
    if _MISREAD.search(_TOKEN.sub("_", pattern)):
        return None
    if any(m.group()[1] in _MISREAD_ESCAPES for m in _ESCAPE.finditer(pattern)):
        return None

    text = _as_re(pattern)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            tree = _parser.parse(text, re.IGNORECASE)
        except (re.error, Warning, OverflowError, RecursionError, ValueError):
            return None
    # a global inline flag (``(?x)``, ``(?m)``...) would change the patterns it is combined with
    if tree.state.flags & ~(re.IGNORECASE | re.UNICODE):
        return None
    return tree


_PROP = re.compile(r"\\[pP](?:\{[^}]*\}|[A-Za-z])")
_NAMED = re.compile(r"\(\?P?<[A-Za-z_]\w*>")


def _as_re(pattern: str) -> str:
    """``pattern`` for ``re``'s parser: a ``\\p{..}`` class is read as "any character" (one
    character wide, no literal, maybe a space) and a named group as a plain group (``regex``
    lets a name repeat; the names do not matter here)."""
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class, first = False, -1
    while i < n:
        c = pattern[i]
        if c == "\\":
            m = _PROP.match(pattern, i)
            if m is not None:
                out.append(r"\s\S" if in_class else r"[\s\S]")
                i = m.end()
            else:
                out.append(pattern[i : i + 2])
                i += 2
            continue
        if in_class:
            if c == "]" and i > first:
                in_class = False
        elif c == "[":
            in_class = True
            first = i + 2 if pattern[i + 1 : i + 2] == "^" else i + 1
        elif c == "(":
            m = _NAMED.match(pattern, i)
            if m is not None:
                out.append("(?:")
                i = m.end()
                continue
        out.append(c)
        i += 1
    return "".join(out)


_SPACE_CATEGORIES = frozenset(
    {"CATEGORY_SPACE", "CATEGORY_NOT_DIGIT", "CATEGORY_NOT_WORD", "CATEGORY_NOT_LINEBREAK"}
)


def _class_holds_space(items: Any) -> bool:
    negate = False
    hit = False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            hit = hit or av == 32
        elif op is C.RANGE:
            hit = hit or av[0] <= 32 <= av[1]
        elif op is C.CATEGORY:
            hit = hit or str(av) in _SPACE_CATEGORIES
        else:
            return True  # unknown: maybe
    return hit != negate


def _holds_space(items: Any) -> bool:
    """A match of ``items`` may consume a space (``True`` when unsure)."""
    for op, av in items:
        if op is C.LITERAL:
            if av == 32:
                return True
        elif op is C.NOT_LITERAL or op is C.ANY:
            if op is C.ANY or av != 32:
                return True
        elif op is C.IN:
            if _class_holds_space(av):
                return True
        elif op is C.CATEGORY:
            if str(av) in _SPACE_CATEGORIES:
                return True
        elif op is C.BRANCH:
            if any(_holds_space(b) for b in av[1]):
                return True
        elif op is C.SUBPATTERN:
            if _holds_space(av[-1]):
                return True
        elif _ATOMIC is not None and op is _ATOMIC:
            if _holds_space(av):
                return True
        elif op in _REPEATS:
            if av[1] > 0 and _holds_space(av[2]):
                return True
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT, C.GROUPREF, C.GROUPREF_IGNORE):
            continue  # zero width, or text a group of the pattern already consumed
        else:
            return True
    return False


_DIGIT_CHARS = frozenset(range(ord("0"), ord("9") + 1))


def _digit_class(items: Any) -> bool:
    """A class (``[...]``) every member of which is a decimal digit."""
    for op, av in items:
        if op is C.LITERAL:
            if av not in _DIGIT_CHARS:
                return False
        elif op is C.RANGE:
            if not (av[0] in _DIGIT_CHARS and av[1] in _DIGIT_CHARS):
                return False
        elif op is C.CATEGORY:
            if str(av) != "CATEGORY_DIGIT":
                return False
        else:
            return False  # a negation, anything new
    return True


def _digit(items: Any) -> bool:
    """Every match of ``items`` (a concatenation) holds a decimal digit, or a positive
    look-around of it looks at one (``False`` when unsure). A ``\\p{..}`` class was read as
    any character (:func:`_as_re`): it never counts as a digit."""
    for op, av in getattr(items, "data", items):
        if op is C.LITERAL:
            ok = av in _DIGIT_CHARS
        elif op is C.IN:
            ok = _digit_class(av)
        elif op is C.SUBPATTERN:
            ok = _digit(av[-1])
        elif _ATOMIC is not None and op is _ATOMIC:
            ok = _digit(av)
        elif op is C.BRANCH:
            ok = all(_digit(b) for b in av[1])
        elif op in _REPEATS:
            ok = av[0] >= 1 and _digit(av[2])
        elif op is C.ASSERT:
            ok = _digit(av[1])
        else:
            ok = False
        if ok:
            return True
    return False


def _has_groupref(tree: Any) -> bool:
    """A backreference or conditional (its group number changes once patterns are combined)."""
    for op, av in tree.data:
        if op in (C.GROUPREF, C.GROUPREF_EXISTS, C.GROUPREF_IGNORE):
            return True
        if op is C.BRANCH and any(_has_groupref(b) for b in av[1]):
            return True
        if op is C.SUBPATTERN and _has_groupref(av[-1]):
            return True
        if _ATOMIC is not None and op is _ATOMIC and _has_groupref(av):
            return True
        if op in _REPEATS and _has_groupref(av[2]):
            return True
        if op in (C.ASSERT, C.ASSERT_NOT) and _has_groupref(av[1]):
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Info:
    #: every string the node can match, lower-cased (``None``: unknown or too many)
    exact: frozenset[str] | None
    #: strings one of which every match of the node contains (``None``: nothing known)
    must: frozenset[str] | None


_UNKNOWN = _Info(None, None)
_EMPTY = _Info(frozenset({""}), None)


def _from_exact(exact: frozenset[str]) -> _Info:
    return _Info(exact, None if "" in exact else exact)


def _char(code: int) -> str | None:
    c = chr(code).lower()
    return c if len(c) == 1 and usable(c) else None


def _node(op: Any, av: Any) -> _Info:
    if op is C.LITERAL:
        c = _char(av)
        return _UNKNOWN if c is None else _from_exact(frozenset({c}))
    if op is C.IN:
        chars = set()
        for iop, iav in av:
            if iop is not C.LITERAL:
                return _UNKNOWN  # a range, a category or a negation
            c = _char(iav)
            if c is None:
                return _UNKNOWN
            chars.add(c)
        return _from_exact(frozenset(chars))
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return _EMPTY  # zero width
    if op is C.SUBPATTERN:
        return _seq(av[-1])
    if _ATOMIC is not None and op is _ATOMIC:
        return _seq(av)
    if op is C.BRANCH:
        branches = [_seq(b) for b in av[1]]
        exact: frozenset[str] | None = None
        if all(b.exact is not None for b in branches):
            union = frozenset().union(*(b.exact for b in branches if b.exact is not None))
            exact = union if len(union) <= _LIMIT else None
        must: frozenset[str] | None = None
        if all(b.must is not None for b in branches):
            must = frozenset().union(*(b.must for b in branches if b.must is not None))
        return _Info(exact, must)
    if op in _REPEATS:
        lo, hi, sub = av
        child = _seq(sub)
        if lo == 0:
            if hi == 1 and child.exact is not None:
                return _Info(child.exact | {""}, None)
            return _EMPTY if hi == 0 else _UNKNOWN
        if lo == hi == 1:
            return child
        if lo == hi and child.exact is not None and len(child.exact) ** lo <= _LIMIT and lo <= 8:
            strings = frozenset({""})
            for _ in range(lo):
                strings = frozenset(a + b for a in strings for b in child.exact)
            return _from_exact(strings)
        return _Info(None, child.must)
    # any single character of a class, a backreference, a conditional, anything new: no literal
    return _UNKNOWN


def _seq(items: Any, found: list[frozenset[str]] | None = None) -> _Info:
    """A concatenation: exact strings are multiplied out while they stay few, and the best of
    the required sets found along the way is kept (every one of them is added to ``found``
    when given)."""
    run: frozenset[str] | None = frozenset({""})
    whole = True
    best: frozenset[str] | None = None
    for op, av in getattr(items, "data", items):
        info = _node(op, av)
        ex = info.exact
        if ex is not None and run is not None and len(ex) == 1:
            # the common case, one more character: the run grows, and is at least as good
            (tail,) = ex
            run = frozenset(a + tail for a in run)
            continue
        best = _better(best, info.must, found)
        if ex is None:
            best = _better(best, _required(run), found)
            run, whole = None, False
        elif run is not None and len(run) * len(ex) <= _LIMIT:
            run = frozenset(a + b for a in run for b in ex)
        else:
            best = _better(best, _required(run), found)
            run, whole = ex, False
    best = _better(best, _required(run), found)
    return _Info(run if whole else None, best)


def _also(lits: frozenset[str] | None, sets: list[frozenset[str]]) -> tuple[frozenset[str], ...]:
    """The required ``sets`` that say more than ``lits`` and one another: a set is left out
    when every string of another one (or of ``lits``) holds one of its strings, since a
    text holding the other holds it too."""
    cands = list(dict.fromkeys(m for s in sets if (m := _minimal(s))))
    known = [lits] if lits else []

    def implied(a: frozenset[str], b: frozenset[str]) -> bool:
        return all(any(x in y for x in a) for y in b)

    out: list[frozenset[str]] = []
    for a in sorted(cands, key=_cost):
        if any(implied(a, b) for b in (*known, *out)):
            continue
        out.append(a)
    return tuple(out)


def _conjuncts(items: Any) -> list[frozenset[str]]:
    """Every required set of a concatenation (see ``_seq``), then, recursively, those of what
    it must match (its groups, the repeats it makes at least once) and of its positive
    look-aheads and look-behinds: the text holds a string of each wherever ``items`` match."""
    found: list[frozenset[str]] = []
    _seq(items, found)
    for op, av in getattr(items, "data", items):
        if op is C.SUBPATTERN:
            found += _conjuncts(av[-1])
        elif _ATOMIC is not None and op is _ATOMIC:
            found += _conjuncts(av)
        elif op in _REPEATS and av[0] >= 1:
            found += _conjuncts(av[2])
        elif op is C.ASSERT:
            found += _conjuncts(av[1])
    return found


def _required(exact: frozenset[str] | None) -> frozenset[str] | None:
    return None if exact is None or "" in exact else exact


@lru_cache(maxsize=1 << 16)
def _cost(lits: frozenset[str]) -> float:
    """A rough chance that a line contains one of ``lits`` (the lower the better)."""
    return sum(0.2 ** min(len(s.strip()), 7) for s in lits)


def _better(
    a: frozenset[str] | None,
    b: frozenset[str] | None,
    found: list[frozenset[str]] | None = None,
) -> frozenset[str] | None:
    if found is not None and b is not None:
        found.append(b)
    if a is None:
        return b
    if b is None:
        return a
    return b if _cost(b) < _cost(a) else a


def _minimal(lits: frozenset[str] | None) -> frozenset[str] | None:
    """``lits`` without the strings that contain another one (that one is found anyway)."""
    if lits is None:
        return None
    keep = sorted(lits, key=len)
    out: list[str] = []
    for s in keep:
        if not any(t in s for t in out):
            out.append(s)
    return frozenset(out)


def top_level_bar(pattern: str) -> bool:
    """``pattern`` has a ``|`` outside any group or class (so its first token does not start
    every match)."""
    depth = 0
    k = 0
    klass = False
    while k < len(pattern):
        c = pattern[k]
        if c == "\\":
            k += 2
            continue
        if klass:
            klass = c != "]"
        elif c == "[":
            klass = True
            if pattern[k + 1 : k + 2] == "]" or pattern[k + 1 : k + 3] == "^]":
                k += 2 if pattern[k + 1] == "]" else 3
                continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        k += 1
    return False
