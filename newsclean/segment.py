"""Plain text to blocks: one block per non-blank line, by the offsets of its stripped content.

Lines are ``str.splitlines`` lines, so every Unicode line boundary counts. Offsets are
``str`` indices (code points), never bytes.
"""

from __future__ import annotations

from .model import Block


def segment_text(text: str) -> list[Block]:
    """Split ``text`` into blocks; blank lines produce no block."""
    blocks: list[Block] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            start = pos + lead
            blocks.append(Block(len(blocks), start, start + len(stripped), stripped))
        pos += len(line)
    return blocks
