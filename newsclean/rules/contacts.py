"""Press-release contact blocks: a contact header ("Media Contact:", "Pressekontakt") and the
contact details under it (a name, a job title, a company, an e-mail address, a phone number).

Headers and field labels are data (``data/<lang>/contacts.ini``); the code only knows what a
contact *detail* looks like.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from ..document import Document
from ..step import Decision, Protect, Remove, RuleInfo
from .cues import PrefixGate, data_lists, first_char, last_char, norm, strip_decor, whole_line

_FLAGS = regex.IGNORECASE | regex.UNICODE | regex.VERSION0
#: an e-mail address, or the placeholder a scraper leaves for an obfuscated one
_EMAIL = regex.compile(
    r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|\[\s*email[\s\u00a0]*(?:&#160;)?protected\s*\]", _FLAGS
)
#: a phone number: digit groups joined by spaces, dots, dashes or slashes, perhaps with a
#: country code or an area code in brackets (at least ``_PHONE_DIGITS`` digits, counted apart)
_PHONE = regex.compile(
    r"(?<![\w.,])(?:\+\s?\d{1,3}[\s.\-/]*)?(?:\(\d{1,5}\)[\s.\-/]*)?\d{2,5}(?:[\s.\-/]+\d{2,5}){1,5}"
    r"(?![\w.,]\d)",
    _FLAGS,
)
_PHONE_DIGITS = 7
#: a web address: a URL, "www.…", or a bare host name with a common ending
_WEB = regex.compile(
    r"\b(?:https?://|www\.)\S+"
    r"|\b[\w\-]+(?:\.[\w\-]+)*\.(?:com|org|net|io|co|info|biz|news|de|fr|es|uk|eu|ch|at|ca|au)\b",
    _FLAGS,
)
#: a person's name: two to four capitalised words (initials allowed), nothing else
_NAME = regex.compile(
    r"^\p{Lu}[\p{L}'’\-]*\.?(?:\s+\p{Lu}[\p{L}'’\-]*\.?){1,3}$", regex.UNICODE | regex.VERSION0
)
#: an abbreviation a company name or a title may end with ("Inc.", "Ltd.", "Jr.")
_ABBREV_END = regex.compile(r"\b\p{Lu}[\p{L}]{0,3}\.$", regex.UNICODE | regex.VERSION0)
#: a detail line (a name, a title, a company) has at most this many words
_DETAIL_MAX_WORDS = 8
#: and at most this many lower-case words, each at most this long ("of", "and", "für")
_DETAIL_LOWER_WORDS = 2
_DETAIL_LOWER_LEN = 4
#: a line that holds an address or a number has at most this many words
_REACH_MAX_WORDS = 15
#: a block has at most this many detail lines
_MAX_DETAILS = 8
#: a header line has at most this many characters (a one-line block: header and details)
_HEADER_MAX_CHARS = 80
_ONE_LINE_MAX_CHARS = 200


def reachable(text: str) -> bool:
    """``text`` holds a way to reach someone: an e-mail address (or its placeholder), a phone
    number or a web address."""
    if ("@" in text or "protected" in text) and _EMAIL.search(text) is not None:
        return True
    if "." in text and _WEB.search(text) is not None:
        return True
    return any(
        sum(c.isdigit() for c in m.group()) >= _PHONE_DIGITS for m in _PHONE.finditer(text)
    )


class ContactBlocks:
    """Press-release contact blocks: a header that names a contact ("Media Contact:", "MEDIA
    CONTACT", "Press contact", "Investor Relations", "For more information, contact:",
    "Pressekontakt", "Contact presse", "Contacto de prensa"…, from ``data/<lang>/contacts.ini``)
    and the short lines under it that read as contact details: a name, a job title, a company,
    an e-mail address (or the "[email protected]" placeholder), a phone number, a web address,
    a "Phone: …" field. The block ends at the first line that reads otherwise (prose, a
    sentence). A header is taken only with details under it, and those must hold a way to reach
    someone (or, under a header that names a press or investor contact, a person's name), or
    when nothing but removed lines follows it: a header followed by story prose takes nothing.
    Runs before the protections, which would keep the lines a colon introduces."""

    id = "contacts"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo("contact_header", "media_contact",
                 "the header of a press-release contact block",
                 "Media Contact:"),
        RuleInfo("contact_detail", "media_contact",
                 "a contact detail under a contact header: a name, a job title, a company, an "
                 "e-mail address, a phone number",
                 "Media Contact:\nJane Roe\nHead of Communications\n+1 555 010 0199"),
    )

    def __init__(self, languages: Sequence[str] = ("en",)) -> None:
        data = data_lists(languages, "contacts.ini")
        self.strong = whole_line(data.get("headers", []))
        self.weak = whole_line(data.get("weak_headers", []))
        self.colon = whole_line(data.get("colon_headers", []))
        #: a line whose first characters no header can begin is skipped without a regex
        self._gate = PrefixGate(self.strong, self.weak, self.colon)
        labels = data.get("labels", [])
        self.label = (
            regex.compile(r"^\W{0,3}(?:" + "|".join(f"(?:{p})" for p in labels)
                          + r")\s*\.?\s*:\s*\S", _FLAGS)
            if labels
            else None
        )
        alts = [
            rx.pattern[4:-2]
            for rx in (self.strong, self.weak, self.colon)
            if rx is not None
        ]
        #: a header and its details on one line: "Media contact: Jane Roe, +1 555 010 0199"
        self.prefix = (
            regex.compile(r"^[\W_]{0,3}(?:" + "|".join(alts) + r")\s*:\s*(?P<rest>\S.*)$", _FLAGS)
            if alts
            else None
        )

    def header(self, text: str) -> str | None:
        """"strong" for a header that names a press contact, "weak" for one that needs a way to
        reach someone under it, ``None`` for no header."""
        if len(text) > _HEADER_MAX_CHARS:
            return None
        core, colon = strip_decor(text)
        if not core or not self._gate.may_open(core) or len(core.split()) > 8:
            return None
        key = norm(core)
        if self.strong is not None and self.strong.match(key):
            return "strong"
        if self.weak is not None and self.weak.match(key):
            return "weak"
        if colon and self.colon is not None and self.colon.match(key):
            return "weak"
        return None

    def apply(self, doc: Document) -> Iterator[Decision]:
        blocks = doc.blocks
        decisions = doc.decisions
        prose = doc.prose_flags()
        n = len(blocks)
        resume = 0
        for i in range(n):
            if i < resume or decisions[i] is not None or prose[i]:
                continue
            text = blocks[i].text
            if len(text) > _ONE_LINE_MAX_CHARS:
                continue
            kind = self.header(text)
            one_line = False
            name = reach = False
            if kind is None:
                m = self.prefix.match(text) if self.prefix is not None else None
                if m is None:
                    continue
                rest = m.group("rest")
                kind = self.header(text[: m.start("rest")])
                if kind is None:
                    continue
                reach = reachable(rest)
                name = _NAME.match(rest.split(",")[0].strip()) is not None
                if not (reach or name or self._detail_text(rest)):
                    continue
                one_line = True
            items: list[int] = []
            j = i + 1
            while j < n and len(items) < _MAX_DETAILS:
                d = decisions[j]
                if d is not None:
                    # a line an earlier rule removed inside the block (an e-mail placeholder,
                    # a "Source:" line) neither ends it nor counts; a protected one ends it
                    if type(d) is Protect or doc.shape(j).words > _REACH_MAX_WORDS:
                        break
                    j += 1
                    continue
                t = blocks[j].text
                if prose[j] and not reachable(t):
                    break
                if reachable(t) and doc.shape(j).words <= _REACH_MAX_WORDS:
                    reach = True
                elif self._labelled(t) or self._detail(doc, j):
                    # "Jane Doe, Head of Communications": the name before the comma
                    name = name or _NAME.match(t.split(",")[0].strip()) is not None
                else:
                    break
                items.append(j)
                j += 1
            if not (reach or (kind == "strong" and name)) and (
                # no details: only a header with nothing but removed lines after it
                one_line or items or not all(doc.removed(k) for k in range(i + 1, n))
            ):
                continue
            resume = j
            yield Remove(i, "contact_header", "media_contact",
                         "the header of a press-release contact block"
                         + (" (with its details on the same line)" if one_line else ""))
            for k in items:
                yield Remove(k, "contact_detail", "media_contact",
                             "a contact detail (name, title, company, e-mail, phone) under a "
                             "contact header")

    def _labelled(self, text: str) -> bool:
        """A "Phone: …" / "E-mail: …" field line."""
        return self.label is not None and len(text) <= 120 and self.label.match(text) is not None

    def _detail(self, doc: Document, j: int) -> bool:
        sh = doc.shape(j)
        if sh.words > _DETAIL_MAX_WORDS or sh.url or sh.letters < 0.6 or sh.bullet:
            return False
        return self._detail_text(doc.blocks[j].text)

    @staticmethod
    def _detail_text(text: str) -> bool:
        """A name, a job title or a company: a few words, capitalised, no sentence."""
        text = text.strip()
        words = text.split()
        if not 1 <= len(words) <= _DETAIL_MAX_WORDS or len(text) > 80:
            return False
        c = first_char(text)
        if not (c.isupper() or c.isdigit()):
            return False
        end = last_char(text)
        if end in "!?:;," or (end == "." and _ABBREV_END.search(text) is None):
            return False
        if text[:1] in "\"“‘«„":
            return False
        lower = [w for w in words if w[:1].islower()]
        return len(lower) <= _DETAIL_LOWER_WORDS and all(
            len(w) <= _DETAIL_LOWER_LEN for w in lower
        )
