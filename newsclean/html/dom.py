"""Element paths and class/id tokens: the small shared vocabulary of the HTML reader and steps.

A block's :attr:`~newsclean.model.Markup.path` names every element from ``<html>`` down to the
element that owns the block's text, one segment per element, separated by ``/``::

    /html/body/div[2]#main.page/article.story/p[3]

A segment is the tag; ``[n]`` when the element is the n-th element child of its parent (n > 1);
``#id`` when it has an id; and ``.class`` for each of its first :data:`MAX_PATH_CLASSES` classes.
Ids and classes keep their case; any of ``/ # . [ ]`` inside them becomes ``_``, so a path always
splits cleanly. A path is unique per element (two blocks share a path only when they come from
the same element, e.g. ``<br>``-separated lines), and the paths of an element's ancestors are
its prefixes, so steps can group blocks by container without the DOM. ``<head>`` is not walked
and is not counted among ``<html>``'s children. Paths stop growing below :data:`MAX_PATH_DEPTH`
levels (the last segment is then ``…``), which keeps deeply nested pages linear.
"""

from __future__ import annotations

import re

#: classes of one element written into its path segment (the block's own tokens keep all)
MAX_PATH_CLASSES = 6
#: path segments kept; deeper elements share their ancestor's path plus ``/…``
MAX_PATH_DEPTH = 200

_SEGMENT = re.compile(r"^([^\[#.]*)(?:\[(\d+)\])?((?:#[^.]*)?)((?:\.[^.]*)*)$")
_WORD = re.compile(r"[a-z]+|[0-9]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def parse_segment(seg: str) -> tuple[str, tuple[str, ...]]:
    """``(tag, tokens)`` of a path segment; tokens are the id then the classes."""
    m = _SEGMENT.match(seg)
    if m is None:
        return seg, ()
    tokens: list[str] = []
    if m.group(3):
        tokens.append(m.group(3)[1:])
    if m.group(4):
        tokens.extend(c for c in m.group(4)[1:].split(".") if c)
    return m.group(1), tuple(tokens)


def token_words(token: str) -> list[str]:
    """The lower-case words of a class or id token: ``relatedArticles``, ``related-articles``
    and ``related_articles`` all give ``["related", "articles"]``; digits are their own words."""
    return _WORD.findall(_CAMEL.sub("-", token).lower())
