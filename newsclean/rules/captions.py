"""Photo captions, section labels above the title, and author bio boxes."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from ..document import Document
from ..step import Decision, Protect, Remove, RuleInfo
from ..vocab import data_text, read_ini
from .cues import (
    fact,
    first_char,
    first_kept_prose,
    has_blank_lines,
    is_dateline,
    last_char,
    tight,
)
from .title import breadcrumb_parts

_FLAGS = regex.IGNORECASE | regex.UNICODE | regex.VERSION0
#: categories (from earlier steps) of the photo-credit lines a caption sits next to
CREDIT_CATEGORIES = frozenset({"photo_credit"})
_CAPTION_MAX_WORDS = 70
#: a removed line that credits a picture (whatever rule removed it)
_CREDIT_WORD = regex.compile(
    r"\b(?:photo|photograph|foto|image|imagen|bild|picture|pic|credit|crédit|crédito)s?\b", _FLAGS
)
_SAYS = regex.compile(r"\b(?:said|says|told|according|sagte|a déclaré|dijo)\b", _FLAGS)
_SENTENCE_END = regex.compile(r"\p{Ll}{2,}[.!?](?:\s|$)")
_BIO_MAX_WORDS = 90


def _load(languages: Sequence[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for lang in dict.fromkeys(("en", *languages)):
        text = data_text(f"{lang}/captions.ini")
        if text is None:
            continue
        cp = read_ini(text, source=f"data/{lang}/captions.ini")
        for section in cp.sections():
            for k, v in cp.items(section):
                out.setdefault(k, []).extend(p.strip() for p in v.splitlines() if p.strip())
    return out


def _alt(
    patterns: list[str], wrap: str = "{}", flags: int = _FLAGS
) -> regex.Pattern[str] | None:
    if not patterns:
        return None
    return regex.compile(wrap.format("|".join(f"(?:{p})" for p in patterns)), flags)


def _casefold(doc: Document) -> str:
    return doc.text.casefold()


class CaptionRules:
    """Photo captions: the line directly attached (no blank line between) above, or else below,
    a photo-credit line an earlier step removed, and any short line with a caption cue ("(Photo:
    …)" at its end, "File photo", "In this photo…", "(L-R)"); section labels: a short bare name
    (at most ``title_min_words - 1`` words, no digits, no punctuation) directly above the title,
    recorded as a ``section`` fact; author bio boxes: an "About the author" header and the short
    paragraphs after it, or a "<Name> is a reporter…" line after the story. Cues and headers are
    data (``data/<lang>/captions.ini``)."""

    id = "captions"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo("photo_caption", "photo_caption",
                 "a photo caption: the sentence describing a picture, next to its credit",
                 "Firefighters battle the blaze on Sunday. (Photo: Jane Roe/Reuters)"),
        RuleInfo("section_label", "section_label",
                 "a bare site-section name above the title", "Politics"),
        RuleInfo("author_bio", "author_bio", "an author bio box after the story",
                 "About the author\nJane Roe covers energy for the paper."),
    )

    def __init__(self, languages: Sequence[str] = ("en",)) -> None:
        data = _load(languages)
        self.cues = _alt(data.get("caption_cues", []))
        # a cheap literal pre-filter: a line with none of these words cannot hold a cue
        self.triggers = tuple(sorted({t.casefold() for t in data.get("caption_triggers", [])}))
        self.scene = _alt(data.get("scene_cues", []))
        self.section = _alt(data.get("section_labels", []), r"^(?:{})$")
        self.bio_headers = _alt(data.get("bio_headers", []), r"^(?:{})\s*:?$")
        # case matters here: a bio line starts with a capitalised name
        self.bio_lines = _alt(
            data.get("bio_lines", []), r"^(?:{})", regex.UNICODE | regex.VERSION0
        )

    def apply(self, doc: Document) -> Iterator[Decision]:
        prefixed = list(self._prefixed_labels(doc))
        yield from prefixed
        labelled = {d.block for d in prefixed if isinstance(d, Remove)}
        yield from self._section_label(doc, labelled)
        yield from self._credit_neighbours(doc)
        blocks = doc.blocks
        decisions = doc.decisions
        last = doc.last_prose()
        # the caption triggers found anywhere in the text (casefolding is per character, so
        # a trigger in a line's casefolded text is in the document's)
        present = self._present(doc)
        bio_headers, bio_lines, cues = self.bio_headers, self.bio_lines, self.cues
        n = len(blocks)
        i = 0
        while i < n:
            if decisions[i] is not None:
                i += 1
                continue
            text = blocks[i].text
            if (
                bio_headers is not None
                and bio_headers.match(text)
                and doc.shape(i).words <= 6
            ):
                yield Remove(i, "author_bio", "author_bio", "the header of an author bio box")
                j, taken = i + 1, 0
                while j < n and taken < 2 and doc.open(j) and (
                    doc.shape(j).words <= _BIO_MAX_WORDS
                ):
                    if taken and not tight(doc, j) and not doc.shape(j).sentence:
                        break
                    yield Remove(j, "author_bio", "author_bio", "an author bio box")
                    taken += 1
                    j += 1
                i = j
                continue
            if (
                bio_lines is not None
                and last is not None
                and i >= last
                and bio_lines.match(text)
                and doc.shape(i).words <= 60
            ):
                yield Remove(i, "author_bio", "author_bio", "an author bio line after the story")
            elif (
                cues is not None
                and present
                and self._triggered(text, present)
                and doc.shape(i).words <= _CAPTION_MAX_WORDS
            ):
                m = cues.search(text)
                # a dateline opens a story, but "FILE PHOTO:" only looks like one
                if m is not None and (m.start() == 0 or not is_dateline(text)):
                    yield Remove(i, "photo_caption", "photo_caption",
                                 "a photo caption (it names or credits a picture)")
                    g = m.groupdict().get("photo_credit")
                    if g:
                        s, e = m.span("photo_credit")
                        f = fact(doc, "photo_credit", blocks[i].start + s, blocks[i].start + e,
                                 "photo_caption")
                        if f is not None:
                            yield f
            i += 1

    def _present(self, doc: Document) -> tuple[str, ...]:
        """The triggers found in the document (with no triggers to check, every line is
        searched)."""
        if not self.triggers:
            return ("",)
        folded = doc.memo("context.casefold", _casefold)
        return tuple(t for t in self.triggers if t in folded)

    @staticmethod
    def _triggered(text: str, present: tuple[str, ...]) -> bool:
        low = text.casefold()
        return any(t in low for t in present)

    def _credit_neighbours(self, doc: Document) -> Iterator[Decision]:
        blank: bool | None = None
        n = len(doc.blocks)
        decisions = doc.decisions
        for i in range(n):
            # a credit is a decided block (removed, or the title; read now: this loop's own
            # removals count), never an open or protected one
            d = decisions[i]
            if d is None or type(d) is Protect or not self._is_credit(doc, i):
                continue
            above, below = i - 1, i + 1
            # a caption attached to its credit (no blank line between): above, or else below
            if above >= 0 and tight(doc, i) and self._caption_like(doc, above, False):
                yield Remove(above, "photo_caption", "photo_caption",
                             "a photo caption: the line right above a photo credit")
            elif (
                below < n
                and (blank if blank is not None else (blank := has_blank_lines(doc)))
                and tight(doc, below)
                and self._caption_like(doc, below, False)
            ):
                yield Remove(below, "photo_caption", "photo_caption",
                             "a photo caption: the line right below a photo credit")
            # across a blank line only a line that reads like a picture description
            elif above >= 0 and self._caption_like(doc, above, True):
                yield Remove(above, "photo_caption", "photo_caption",
                             "a photo caption: the picture description above a photo credit")
            elif below < n and self._caption_like(doc, below, True):
                yield Remove(below, "photo_caption", "photo_caption",
                             "a photo caption: the picture description below a photo credit")

    @staticmethod
    def _is_credit(doc: Document, i: int) -> bool:
        cat = doc.category(i)
        if cat in CREDIT_CATEGORIES:
            return True
        return (
            cat is not None
            and cat != "title"
            and doc.shape(i).words <= 12
            and _CREDIT_WORD.search(doc.blocks[i].text) is not None
        )

    def _caption_like(self, doc: Document, i: int, strict: bool) -> bool:
        if not doc.open(i):
            return False
        sh = doc.shape(i)
        text = doc.blocks[i].text
        if not 3 <= sh.words <= _CAPTION_MAX_WORDS or sh.bullet or is_dateline(text):
            return False
        if not strict:
            return True
        return (
            sh.words <= 35
            and not _SAYS.search(text)
            and first_char(text) == text[:1]
            and len(_SENTENCE_END.findall(text)) <= 1
            and self.scene is not None
            and self.scene.search(text) is not None
        )

    def _prefixed_labels(self, doc: Document) -> Iterator[Decision]:
        if self.section is None:
            return
        first = first_kept_prose(doc)
        for i in range(first if first is not None else 0):
            if not doc.open(i) or doc.shape(i).words > 8:
                continue
            m = self.section.match(doc.blocks[i].text)
            if m is None:
                continue
            yield Remove(i, "section_label", "section_label",
                         "a site-section label in the page head")
            s, e = m.span("section")
            f = fact(doc, "section", doc.blocks[i].start + s, doc.blocks[i].start + e,
                     "section_label")
            if f is not None:
                yield f

    @staticmethod
    def _section_label(doc: Document, taken: set[int]) -> Iterator[Decision]:
        title = doc.title
        if title is None or title.block == 0:
            return
        i = title.block - 1
        if not doc.open(i) or i in taken:
            return
        text = doc.blocks[i].text
        sh = doc.shape(i)
        if not 1 <= sh.words < doc.config.thresholds.title_min_words or sh.url or sh.bullet:
            return
        if any(c.isdigit() for c in text) or sh.letters < 0.8:
            return
        if last_char(text) in ".!?:;," or not first_char(text).isupper():
            return
        if breadcrumb_parts(text) is not None:
            return
        yield Remove(i, "section_label", "section_label",
                     "a bare site-section name above the title")
        b = doc.blocks[i]
        f = fact(doc, "section", b.start, b.end, "section_label")
        if f is not None:
            yield f
