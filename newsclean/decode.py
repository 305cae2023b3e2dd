"""Bytes to text: BOM first, then a declared charset, then UTF-8, then detection.

Detection uses charset-normalizer. Whatever cannot be decoded is replaced with U+FFFD and the
result says so (``Decoded.replaced``), so nothing is dropped silently. ``replaced`` is about the
decoding only: a U+FFFD the input itself encodes (in any encoding) is text, not a replacement.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    replaced: bool


def _known(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("'\"")).name
    except LookupError:
        return None


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode ``data``; ``declared`` is a charset from HTTP headers or a meta tag, if any."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            if name.startswith("utf-32"):
                # FF FE 00 00 is also a UTF-16-LE BOM followed by U+0000: UTF-32 only when the
                # rest is well-formed UTF-32
                try:
                    return Decoded(body.decode(name), name, False)
                except UnicodeDecodeError:
                    continue
            return _decode(body, name)
    candidates = [c for c in (_known(declared), "utf-8") if c]
    for name in dict.fromkeys(candidates):
        try:
            return Decoded(data.decode(name), name, False)
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    # windows-1252 is the web's commonest single-byte charset (the HTML standard's default):
    # prefer it when it decodes the bytes as cleanly as the best guess (cp1250 often ties)
    if best is not None and best.encoding != "cp1252":
        for m in matches:
            if m.encoding == "cp1252" and m.chaos <= best.chaos:
                best = m
                break
    found = _known(best.encoding) if best is not None else None
    name = found if found is not None else "utf-8"
    return _decode(data, name)


def _decode(data: bytes, name: str) -> Decoded:
    """Decode with ``name``, replacing what it cannot decode; ``replaced`` says whether any
    replacement was made (a strict decode failed), not whether U+FFFD is in the text: the
    input may encode that character itself."""
    try:
        return Decoded(data.decode(name), name, False)
    except UnicodeDecodeError:
        return Decoded(data.decode(name, errors="replace"), name, True)
