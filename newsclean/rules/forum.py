"""Forum chrome: what a forum thread copied into an article's text leaves around the posts.

The vocabulary (attribution verbs, post widgets, counter labels) is data
(``data/<lang>/forum.ini``); the code knows what a poster's handle looks like and when a text
shows that it is a thread.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from ..document import Document
from ..step import Decision, Remove, RuleInfo
from ..vocab import data_lines
from .cues import PrefixGate, data_lists, norm, strip_decor, whole_line

_FLAGS = regex.IGNORECASE | regex.UNICODE | regex.VERSION0
_HANDLE = r"@?(?P<handle>[\p{L}\p{N}_][\p{L}\p{N}_.\-]{1,29})"
#: a handle with a digit, an underscore or a capital inside a lower-case word ("rex_the_mod",
#: "newsjunkie88", "NewsJunkie"): no word of prose looks like that
_MARKED_HANDLE = regex.compile(r"[\d_]|\p{Ll}\p{Lu}", regex.UNICODE | regex.VERSION0)
#: a lone handle not met in an attribution line needs a digit or an underscore ("McDonald" or
#: "iPhone" alone on a line are words)
_NUMBERED_HANDLE = regex.compile(r"[\d_]", regex.VERSION0)
#: an all-lower-case handle has at least this many letters ("admin said:"; "he said:" is no
#: attribution line)
_LOWER_HANDLE_MIN = 5
#: a counter's value: a number ("1,204", "4.2k"), a date or a short place name
_FIELD_VALUE = r"(?:\d[\d,.\s]*[kKmM]?|[\p{L}\d.,'’\- ]{1,30})"
#: a text is a thread when it holds an attribution line or this many different widget lines
_WIDGETS_FOR_THREAD = 2
_MAX_CHARS = 80


class ForumChrome:
    """Forum chrome around reposted posts: attribution lines ("newsjunkie88 said:",
    "rex_the_mod wrote:", "On 3 May 2024, admin said:", "Quote from mod_kate:"), whose handle
    must look like one (a digit, an underscore or an inner capital, or a lower-case word of at
    least five letters that is no function word); and, in a text that shows it is a thread (an
    attribution line, or two different widget lines), the post widgets ("Quote", "Reply",
    "Like", "Spoiler", "Report post", "Click to expand..."), counters ("Joined: Mar 2019",
    "Posts: 1,204") and lone handles, wherever they sit, even between two paragraphs of the
    post. Vocabulary is data (``data/<lang>/forum.ini``). Runs before the protections, which
    keep a short line between two prose paragraphs."""

    id = "forum"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo("forum_attribution", "forum_chrome",
                 "a forum post's attribution line: the poster's handle and \"said:\"",
                 "newsjunkie88 said:"),
        RuleInfo("forum_widget", "forum_chrome",
                 "a post's button or counter in a text that is a forum thread",
                 "Spoiler"),
    )

    def __init__(self, languages: Sequence[str] = ("en",)) -> None:
        data = data_lists(languages, "forum.ini")
        verbs = "|".join(f"(?:{v})" for v in data.get("verbs", [])) or "(?!)"
        quotes = "|".join(f"(?:{q})" for q in data.get("quote_labels", [])) or "(?!)"
        self.attribution = regex.compile(
            rf"^(?:(?:on|am|le|el)\s[^,]{{3,60}},\s*)?{_HANDLE}\s+(?:{verbs})\s*:?$"
            rf"|^(?:{quotes})\s*:?\s*{_HANDLE}\s*:?$",
            _FLAGS,
        )
        self.widgets = whole_line(data.get("widgets", []))
        fields = data.get("fields", [])
        self.fields = (
            regex.compile(
                r"^(?:" + "|".join(f"(?:{f})" for f in fields) + r")"
                rf"(?:\s*:\s*|\s+(?=\d)){_FIELD_VALUE}(?:\s+ago)?$",
                _FLAGS,
            )
            if fields
            else None
        )
        #: a line whose first characters no widget or field can begin is skipped cheaply
        self._widget_gate = PrefixGate(self.widgets, self.fields)
        stop: set[str] = set()
        for lang in dict.fromkeys(("en", *languages)):
            for line in data_lines(f"{lang}/stopwords.txt"):
                stop.update(line.split())
        self.stopwords = frozenset(stop)

    def handle_like(self, handle: str) -> bool:
        if _MARKED_HANDLE.search(handle) is not None:
            return True
        return (
            handle.islower()
            and len(handle) >= _LOWER_HANDLE_MIN
            and handle.isalpha()
            and handle not in self.stopwords
        )

    def _attribution(self, text: str) -> str | None:
        """The handle of an attribution line, or ``None``."""
        if len(text) > _MAX_CHARS:
            return None
        m = self.attribution.match(text.strip())
        if m is None:
            return None
        h = m.group("handle").rstrip(".-")
        return h if self.handle_like(h) else None

    def _widget(self, text: str) -> bool:
        if len(text) > _MAX_CHARS:
            return False
        core, _ = strip_decor(text)
        if not core:
            return False
        if not self._widget_gate.may_open(core):
            return False
        key = norm(core)
        if self.widgets is not None and self.widgets.match(key):
            return True
        return self.fields is not None and self.fields.match(key) is not None

    def apply(self, doc: Document) -> Iterator[Decision]:
        blocks = doc.blocks
        prose = doc.prose_flags()
        handles: set[str] = set()
        attributions: list[int] = []
        widgets: list[int] = []
        kinds: set[str] = set()
        for i, b in enumerate(blocks):
            if prose[i] or len(b.text) > _MAX_CHARS:
                continue
            h = self._attribution(b.text)
            if h is not None:
                handles.add(h.casefold())
                attributions.append(i)
            elif self._widget(b.text):
                widgets.append(i)
                kinds.add(norm(strip_decor(b.text)[0]))
        for i in attributions:
            if doc.open(i):
                yield Remove(i, "forum_attribution", "forum_chrome",
                             "a forum post's attribution line (the poster's handle and "
                             "\"said:\")")
        if not attributions and len(kinds) < _WIDGETS_FOR_THREAD:
            return
        for i in widgets:
            if doc.open(i):
                yield Remove(i, "forum_widget", "forum_chrome",
                             "a post's button or counter in a text that is a forum thread")
        for i, b in enumerate(blocks):
            t = b.text.strip().lstrip("@")
            if (
                doc.open(i)
                and 0 < len(t) <= 30
                and " " not in t
                and (t.casefold() in handles or _NUMBERED_HANDLE.search(t) is not None)
                and not t[:1].isdigit()
                and t.replace("_", "").replace(".", "").replace("-", "").isalnum()
            ):
                yield Remove(i, "forum_widget", "forum_chrome",
                             "a poster's handle alone on a line in a forum thread")
