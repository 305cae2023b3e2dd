"""Reading the package's data files (phrase tables, vocabularies, alias tables).

Data lives in ``newsclean/data/``; steps read it in their constructors, so there is no
process-wide cache: a pipeline owns what it loaded.
"""

from __future__ import annotations

import configparser
from collections.abc import Iterable
from importlib import resources

import regex


def data_text(relpath: str) -> str | None:
    """The text of ``newsclean/data/<relpath>``, or ``None`` when there is no such file."""
    node = resources.files("newsclean").joinpath("data")
    for part in relpath.split("/"):
        node = node.joinpath(part)
    if not node.is_file():
        return None
    return node.read_text(encoding="utf-8")


def data_lines(relpath: str) -> list[str]:
    """Non-empty, non-comment (``#``) lines of a data file; ``[]`` when it does not exist."""
    text = data_text(relpath)
    if text is None:
        return []
    out = []
    for line in text.splitlines():
        s = line.strip()
        if s and not s.startswith("#"):
            out.append(s)
    return out


def read_ini(text: str, source: str = "<data>") -> configparser.ConfigParser:
    """Parse an INI phrase table: no interpolation, ``#`` full-line comments, multi-line values."""
    cp = configparser.ConfigParser(
        interpolation=None, comment_prefixes=("#",), inline_comment_prefixes=None, strict=True,
        empty_lines_in_values=False,
    )
    cp.optionxform = str  # type: ignore[assignment,method-assign]
    cp.read_string(text, source=source)
    return cp


def bar_words(relpath: str) -> frozenset[str]:
    """The ``|``-separated words of a data file (one or more a line), stripped: the shape of
    every word list under ``data/provenance/``."""
    return frozenset(w.strip() for ln in data_lines(relpath) for w in ln.split("|") if w.strip())


def bar_word_parts(relpath: str, marker: str) -> tuple[list[str], list[str]]:
    """The ``|``-separated words of a data file in two parts: those before its ``marker``
    line (``"weak:"``, ``"words:"``) and those after it, in file order."""
    parts: tuple[list[str], list[str]] = ([], [])
    into = parts[0]
    for ln in data_lines(relpath):
        if ln.strip() == marker:
            into = parts[1]
            continue
        into.extend(w.strip() for w in ln.split("|") if w.strip())
    return parts


def alternation(words: Iterable[str]) -> str:
    """``words`` as one regex alternation, escaped and longest first (so a longer word wins
    over its prefix); equal lengths in sorted order, so the pattern is the same every run."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def ini_value(relpath: str, section: str, key: str) -> str:
    """One value of an INI data file (``ini_value("en/phrases.ini", "@macros", "takedown")``),
    stripped; a ``KeyError`` when the file, section or key is missing."""
    text = data_text(relpath)
    if text is None:
        raise KeyError(relpath)
    cp = read_ini(text, source=f"data/{relpath}")
    if not cp.has_option(section, key):
        raise KeyError(f"data/{relpath} [{section}] {key}")
    return cp.get(section, key).strip()
