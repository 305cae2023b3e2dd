"""Video player chrome left in the text: a line that is only a play mark and a running time."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..document import Document
from ..step import Decision, Remove, RuleInfo

#: a play mark, a running time ("2:14", "1:02:45"), or both, and nothing else; a running time
#: alone needs minutes and seconds (a clock time "14:30" reads as a time of day: 24-hour
#: clocks are written with two-digit hours, a clip's minutes seldom run past 59)
_DURATION = regex.compile(
    r"^[\s\u00a0]*(?:"
    r"(?:[▶►▷⏵🎥📹🎬📺]\ufe0f?\s*)(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*(?:min|mins|minutes))?"
    r"|(?:\d{1,2}:)?[0-5]?\d:[0-5]\d\s*(?:[▶►▷⏵]\ufe0f?)?"
    r")[\s\u00a0]*$",
    regex.VERSION0,
)
#: the first characters such a line may have
_FIRST = frozenset("▶►▷⏵🎥📹🎬📺0123456789 \t\u00a0")


class MediaChrome:
    """A video player's running time printed as a line of its own ("▶ 2:14", "0:58"), where
    the player sat in the page: no sentence, no words, so never the story's text. A bare
    clock time of the day ("14:30") is not taken unless a play mark goes with it."""

    id = "media"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(
            "video_duration",
            "video_label",
            "a video player's running time (with or without a play mark) on a line of its own",
            "▶ 2:14",
        ),
    )

    def apply(self, doc: Document) -> Iterator[Decision]:
        decisions = doc.decisions
        for i, b in enumerate(doc.blocks):
            text = b.text
            if decisions[i] is not None or len(text) > 24 or text[:1] not in _FIRST:
                continue
            m = _DURATION.match(text)
            if m is None:
                continue
            if not any(c in text for c in "▶►▷⏵🎥📹🎬📺") and _time_of_day(text):
                continue
            yield Remove(i, "video_duration", "video_label",
                         "a video player's running time on a line of its own")


def _time_of_day(text: str) -> bool:
    """A bare "hh:mm" with a two-digit hour from 10 to 23 (or a leading zero) reads as a
    clock time, not a clip's length."""
    core = text.strip()
    parts = core.split(":")
    return len(parts) == 2 and len(parts[0]) == 2 and (parts[0][0] == "0" or int(parts[0]) >= 10)
