"""Bytes in the common encodings come out right, with and without a declared charset."""

from __future__ import annotations

import codecs

import pytest
from html_helpers import clean_html, page

STORY = {
    "en": "The minister’s “café” plan — naïve or not — cost €1.2m, officials said.",
    "de": "Die Bürgermeisterin eröffnete am Dienstag die Brücke über die Straße.",
    "fr": "Le ministre a présenté à l’Assemblée un projet très controversé, même après l’été. "
    "Les élus de l’opposition ont dénoncé une réforme « précipitée » et réclamé des études.",
    "ja": "東京都は火曜日、新しい防災計画を発表した。住民への説明会も開かれる予定だ。",
    "zh": "北京市政府周二宣布了新的交通计划，将在明年全面实施，居民反应积极。",
}


def _page(text: str, charset: str | None, lang: str) -> str:
    head = f'<meta charset="{charset}">' if charset else ""
    body = f"<article><h1>Headline</h1><p>{text}</p><p>{text}</p></article>"
    return (
        f'<!doctype html><html lang="{lang}"><head>{head}<title>T</title></head>'
        f"<body>{body}</body></html>"
    )


CASES = [
    ("utf-8", "utf-8", "en"),
    ("utf-8", None, "en"),
    ("windows-1252", "windows-1252", "en"),
    ("windows-1252", None, "fr"),
    ("iso-8859-1", "iso-8859-1", "de"),
    ("iso-8859-1", None, "de"),
    ("shift_jis", "shift_jis", "ja"),
    ("shift_jis", None, "ja"),
    ("gb18030", "gb18030", "zh"),
    ("gb18030", None, "zh"),
]


@pytest.mark.parametrize(("codec", "declared", "lang"), CASES)
def test_declared_and_detected_charsets(codec: str, declared: str | None, lang: str) -> None:
    # detection needs some text to go on: an undeclared page carries a few paragraphs
    text = STORY[lang] if declared else " ".join([STORY[lang]] * 6)
    data = _page(text, declared, lang).encode(codec)
    art = clean_html(data)
    assert art.source.kind == "html"
    assert not art.source.replaced
    assert text in art.text  # the characters come out right, whatever name detection gives
    if declared:
        assert codecs.lookup(art.source.encoding or "").name == codecs.lookup(codec).name


@pytest.mark.parametrize("bom_codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_boms(bom_codec: str) -> None:
    text = STORY["de"]
    raw = page(f"<article><p>{text}</p></article>").encode(bom_codec)
    if bom_codec in ("utf-16-le", "utf-16-be"):
        bom = codecs.BOM_UTF16_LE if bom_codec.endswith("le") else codecs.BOM_UTF16_BE
        raw = bom + raw
    art = clean_html(raw)
    assert text in art.text
    assert not art.source.replaced


def test_undecodable_bytes_are_replaced_and_flagged() -> None:
    raw = page("<article><p>Valid start, then junk: \x00</p></article>").encode("utf-8")
    raw = raw.replace(b"\x00", b"\xff\xfe\xfa\xc3")
    art = clean_html(raw)
    assert art.source.kind == "html"
    assert "Valid start" in art.text


def test_str_input_has_no_encoding() -> None:
    art = clean_html(page("<p>Plain str input stays as it is.</p>"))
    assert art.source.encoding is None
