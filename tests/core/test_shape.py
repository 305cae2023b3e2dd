"""shape_of is an optimised version of a plain reference; both must agree on every line."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.shape import Shape, count_words, has_words, shape_of

from .strategies import AWKWARD, any_text

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-\.]*")
_BULLET = regex.compile(r"^(?:[-–—•*·▪►»‣◦●○■□✓✔]|\d{1,2}[.)])\s+")
_URL = regex.compile(r"(?i)\b(?:https?://|www\.)\S+")
_SENTENCE_END = regex.compile(r"[.!?…:;。！？]['\"”’»)\]]*$")


def reference_shape(text: str) -> Shape:
    """The first, obviously correct version of shape_of."""
    bullet = _BULLET.match(text)
    body = text[bullet.end() :] if bullet else text
    words = _WORD.findall(body)
    n = len(words)
    caps = sum(1 for w in words if w[0].isupper()) / n if n else 0.0
    nonspace = sum(1 for c in body if not c.isspace())
    letters = sum(1 for c in body if c.isalpha()) / nonspace if nonspace else 0.0
    return Shape(
        words=n,
        chars=len(text),
        sentence=bool(_SENTENCE_END.search(body)),
        bullet=bullet is not None,
        capitalised=caps,
        letters=letters,
        url=bool(_URL.search(text)),
    )


ENDINGS = [".", "!", "?", "…", ":", ";", "。", "'", '"', "”", "’", "»", ")", "]", "\n", " ", "x"]
URLISH = ["http://", "https://", "HTTPS://", "www.", "WWW.", "wWw.", "ftp://", "://", "w ww."]


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        any_text,
        st.text(st.characters(max_codepoint=127)),
        st.lists(
            st.one_of(st.sampled_from(ENDINGS + URLISH + AWKWARD), st.text(max_size=5)),
            max_size=12,
        ).map("".join),
    )
)
def test_shape_matches_reference(text: str) -> None:
    assert shape_of(text) == reference_shape(text)
    assert shape_of(text.strip()) == reference_shape(text.strip())


def test_shape_matches_reference_on_examples() -> None:
    for text in [
        "He said “yes.”",
        "He said (yes.)]",
        "Ends with newline.\n",
        "Ends with two newlines.\n\n",
        "see www.Example.com",
        "xwww.example.com",
        "HTTPS://EXAMPLE.COM/a",
        "- 1. item:",
        "",
        "…",
        "'''",
    ]:
        assert shape_of(text) == reference_shape(text), text


def test_fast_word_pattern_is_exact_on_its_range() -> None:
    from newsclean.shape import _FAST_WORD, _NOT_FAST

    for c in [*range(0x250), *range(0x2000, 0x2070)]:
        ch = chr(c)
        if _NOT_FAST.search(ch):
            continue
        assert _FAST_WORD.findall(ch) == _WORD.findall(ch), hex(c)
        assert _FAST_WORD.findall("a" + ch) == _WORD.findall("a" + ch), hex(c)


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(codec="utf-8", max_codepoint=0x24F) | st.sampled_from("’“”–—…•")))
def test_shape_matches_reference_on_latin(text: str) -> None:
    assert shape_of(text) == reference_shape(text)


@given(
    st.text(st.characters(codec="utf-8") | st.sampled_from(" .-'’—“日é\t,/"), max_size=120),
    st.integers(-1, 20),
)
@settings(max_examples=400, deadline=None)
def test_has_words_is_count_words_at_least(text: str, n: int) -> None:
    assert has_words(text, n) == (count_words(text) >= n)


def test_has_words_on_long_prose() -> None:
    line = "The minister — who spoke “briefly” — said the café’s owners would reopen. " * 3
    assert has_words(line, 12) and not has_words("Read more — “here”", 4)
