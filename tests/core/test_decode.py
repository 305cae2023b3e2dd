"""Bytes in: BOMs, declared charsets, UTF-8, detection, and replacement that is flagged."""

from __future__ import annotations

import codecs

import pytest

import newsclean
from newsclean.decode import decode
from newsclean.detect import declared_charset, looks_like_html

TEXT = "Café “déjà vu” – naïve\nSecond line"
BOMS = [
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
]


@pytest.mark.parametrize("bom,codec", BOMS)
def test_bom_is_honoured_and_dropped(bom: bytes, codec: str) -> None:
    a = newsclean.clean(bom + TEXT.encode(codec))
    assert a.text == TEXT
    assert a.source.encoding == codec and not a.source.replaced
    assert "\ufeff" not in a.text


def test_bom_in_a_str_is_kept_in_the_partition() -> None:
    a = newsclean.clean("\ufeffHello there.\nMore.")
    assert "".join(s.text for s in a.spans) == "\ufeffHello there.\nMore."


def test_plain_utf8() -> None:
    a = newsclean.clean(TEXT.encode())
    assert a.text == TEXT and a.source.encoding == "utf-8" and not a.source.replaced
    assert newsclean.clean(TEXT).source.encoding is None


def test_undecodable_bytes_replaced_and_flagged() -> None:
    a = newsclean.clean(codecs.BOM_UTF8 + b"Good start \xff\xfe bad bytes\nend")
    assert "\ufffd" in a.text and a.source.replaced
    assert "".join(s.text for s in a.spans) == a.text
    b = newsclean.clean(bytes(range(256)))
    assert b.source.replaced and "\ufffd" in b.text


def test_a_real_replacement_char_is_not_flagged() -> None:
    a = newsclean.clean(codecs.BOM_UTF8 + "already \ufffd here".encode())
    assert not a.source.replaced
    assert not newsclean.clean("already \ufffd here".encode()).source.replaced


@pytest.mark.parametrize("bom,codec", BOMS)
def test_replaced_flags_decoding_replacements_only(bom: bytes, codec: str) -> None:
    # a U+FFFD the input encodes is text, in every encoding with a BOM
    d = decode(bom + "already \ufffd here".encode(codec))
    assert d.text == "already \ufffd here" and d.encoding == codec and not d.replaced
    # a real U+FFFD beside a byte sequence that cannot be decoded: flagged
    bad = {"utf-8": b"\xff", "utf-16-le": b"\x00\xd8", "utf-16-be": b"\xd8\x00"}.get(codec)
    if bad is not None:
        d = decode(bom + "\ufffd ".encode(codec) + bad + " end".encode(codec))
        assert d.replaced and d.encoding == codec and d.text.count("\ufffd") >= 2


def test_declared_charset_wins() -> None:
    d = decode("Grüße".encode("latin-1"), "iso-8859-1")
    assert d.text == "Grüße" and d.encoding == "iso8859-1" and not d.replaced
    assert decode(b"abc", "no-such-charset").encoding == "utf-8"


def test_declared_charset_read_from_page() -> None:
    assert declared_charset(b'<html><head><meta charset="windows-1252">') == "windows-1252"
    assert declared_charset(b'<?xml version="1.0" encoding="ISO-8859-1"?><html>') == "ISO-8859-1"
    assert (
        declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
        == "utf-8"
    )
    assert declared_charset(b"plain text") is None


def test_short_latin1_text_is_detected() -> None:
    assert decode("Le café est très bon à Paris.".encode("cp1252")).text == (
        "Le café est très bon à Paris."
    )


@pytest.mark.parametrize(
    "text,html",
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
        ("\ufeff  <html lang=en><p>x", True),
        ('<?xml version="1.0"?>\n<html>', True),
        ("<!-- c -->\n<body>", True),
        ("<div><p>One</p><p>Two</p></div>", True),
        ("Plain text about <p> tags in prose.", False),
        ("A story.\n\nAnother paragraph.", False),
        ("x < y and y > z", False),
    ],
)
def test_detection_rule(text: str, html: bool) -> None:
    assert looks_like_html(text) is html


def test_kind_override_reads_html_as_text() -> None:
    a = newsclean.clean("<html><body><p>x</p></body></html>", kind="text")
    assert a.source.kind == "text" and a.text.startswith("<html>")
