"""Bad input gets a clear, documented error."""

from __future__ import annotations

from typing import Any

import pytest

import newsclean
from newsclean import Config, InputTooLarge, NewscleanError, Pipeline, PipelineError


@pytest.mark.parametrize("bad", [1, None, ["a", "b"], 1.5, {"text": "x"}, object()])
def test_type_error_for_non_text(bad: Any) -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        newsclean.clean(bad)


@pytest.mark.parametrize("ok", [b"x", bytearray(b"x"), memoryview(b"x"), "x"])
def test_text_and_byte_types_accepted(ok: Any) -> None:
    assert newsclean.clean(ok).text == "x"


def test_too_many_chars() -> None:
    cfg = Config(max_input_chars=10)
    assert newsclean.clean("0123456789", config=cfg).text == "0123456789"
    with pytest.raises(InputTooLarge) as info:
        newsclean.clean("0123456789x", config=cfg)
    e = info.value
    assert (e.size, e.limit) == (11, 10)
    assert "max_input_chars" in str(e) and "11" in str(e)
    assert isinstance(e, NewscleanError) and isinstance(e, ValueError)


def test_too_many_bytes_before_decoding() -> None:
    cfg = Config(max_input_bytes=8)
    assert newsclean.clean(b"12345678", config=cfg).text == "12345678"
    with pytest.raises(InputTooLarge, match="bytes") as info:
        newsclean.clean("é".encode() * 5, config=cfg)
    assert (info.value.size, info.value.limit) == (10, 8)


def test_char_limit_applies_to_decoded_bytes() -> None:
    cfg = Config(max_input_chars=3)
    with pytest.raises(InputTooLarge, match="characters"):
        newsclean.clean(b"abcd", config=cfg)


def test_default_limit_is_generous() -> None:
    assert Config().max_input_chars >= 1_000_000
    newsclean.clean("A line of text.\n" * 20_000)


def test_pipeline_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        Pipeline.default().without("no-such-step")
    assert issubclass(PipelineError, NewscleanError)
