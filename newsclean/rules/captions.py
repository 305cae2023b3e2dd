"""Photo captions, section labels above the title, and author bio boxes."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence

import regex

from ..document import Document
from ..literals import has_odd_chars, needs, top_level_bar
from ..starts import starts
from ..step import Decision, Protect, Remove, RuleInfo
from ..triggers import MaskIndex
from .cues import (
    PrefixGate,
    data_lists,
    fact,
    first_char,
    has_blank_lines,
    headline_shaped,
    is_dateline,
    last_char,
    moves_tail,
    nonprose,
    norm,
    tight,
)
from .title import breadcrumb_parts

_FLAGS = regex.IGNORECASE | regex.UNICODE | regex.VERSION0
#: categories (from earlier steps) of the photo-credit lines a caption sits next to
CREDIT_CATEGORIES = frozenset({"photo_credit"})
_CAPTION_MAX_WORDS = 70
#: a label framed by the same dashes or bars on both sides ("— Sport —", "| Local |"): the
#: frame is decoration, the label inside is read as a bare one
_FRAMED = regex.compile(
    r"^\s*([—–\-|=~•·]{1,3})\s+(\p{L}[^—–|=~•·]{0,40}?)\s+\1\s*$", regex.UNICODE | regex.VERSION0
)
#: a removed line that credits a picture (whatever rule removed it)
#: words that name a picture, and those that credit one
_PICTURE_WORDS = r"photo|photograph|foto|image|imagen|bild|picture|pic"
_CREDIT_WORDS = rf"{_PICTURE_WORDS}|credit|crédit|crédito"
_CREDIT_WORD = regex.compile(rf"\b(?:{_CREDIT_WORDS})s?\b", _FLAGS)
#: the credit word where a credit puts it: among a line's first three words ("Photo: …",
#: "Image courtesy …", "(Foto: …)") or before a label's colon / "by" / "courtesy"; a headline
#: that mentions photos ("Museum shows photos from the 70s") credits nothing
_CREDIT_PLACE = regex.compile(
    rf"^\W*(?:\S+\s+){{0,2}}?\W*(?:{_CREDIT_WORDS})s?\b|\b(?:{_PICTURE_WORDS})s?\s*"
    r"(?::|/|\bby\b|\bcourtesy\b|\bcredits?\b|\bvon\b|\bde\b|\bpar\b)",
    _FLAGS,
)
#: lower-case literals one of which every ``_CREDIT_WORD`` match holds
_CREDIT_LITERALS = ("photo", "foto", "image", "bild", "pic", "credit", "crédit")
_SAYS = regex.compile(r"\b(?:said|says|told|according|sagte|a déclaré|dijo)\b", _FLAGS)
_SENTENCE_END = regex.compile(r"\p{Ll}{2,}[.!?](?:\s|$)")
#: a line that ends on a letter or digit, as a caption fragment does and a paragraph does not
_UNFINISHED = regex.compile(r"[\p{L}\p{N}]\s*$")
#: a fragment taken for being attached right below a credit has at most this many words: a
#: longer one is the story's next paragraph, its full stop lost
_BELOW_MAX_WORDS = 25
_BIO_MAX_WORDS = 90
_CAPTION_MAX_SENTENCES = 2
#: a capitalised word, a digit, a host name or a copyright sign after the first word of a
#: credit line, or a value after a label's colon: it names someone ("Photo: Jane Roe/AP",
#: "Image © 2024 City Hall", "Credit: dpa"); a value of four words or more in lower case
#: describes the picture instead ("File image: volunteers at last year's fair.")
_NAMED = regex.compile(
    r"\s\S*?(?:\p{Lu}|\d|©|\w\.\w)|:\s*(?!\p{Ll}\S*(?:\s+\S+){3})\w",
    regex.UNICODE | regex.VERSION0,
)


def _names_someone(text: str) -> bool:
    """A credit line names someone or something after its first word (not only "image",
    "photo", "for representation purposes")."""
    return _NAMED.search(text.strip()) is not None


def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    """``text`` lower-cased holds one of ``words``, or holds a character that matches an ASCII
    letter case-insensitively but lower-cases otherwise (then a pattern may match where
    lower-casing finds none: :func:`~newsclean.literals.has_odd_chars`)."""
    if has_odd_chars(text):
        return True
    low = text.lower()
    return any(w in low for w in words)


def _load(languages: Sequence[str]) -> dict[str, list[str]]:
    return data_lists(languages, "captions.ini")


def _alt(patterns: list[str], wrap: str = "{}", flags: int = _FLAGS) -> regex.Pattern[str] | None:
    if not patterns:
        return None
    return regex.compile(wrap.format("|".join(f"(?:{p})" for p in patterns)), flags)


class CueGroups:
    """``cues.search(line)`` (the leftmost match of the caption cues, the first cue at that
    position), without running one big alternation over every line (it tries every cue at
    every position: tens of microseconds a line). The cues are split in three groups, each
    searched only where it can match:

    * cues that start with ``\\(``, only on lines holding one;
    * cues anchored with ``^`` that open with literal text, matched at the line start only,
      when its first two characters can start one of them;
    * the others (an anchored cue that opens with a class such as ``\\p{Lu}`` among them:
      its gate would let every capitalised line through), each only on lines holding one of
      the literals every match of it contains (:func:`~newsclean.literals.needs`, an exact
      prefilter). Lower-casing finds those unless the text holds a character that matches
      a literal's letter case-insensitively but lower-cases otherwise; then no line is
      skipped. A cue with no such literal is searched on every line.

    Each cue becomes a group ``_cN`` (N its rank), so that of matches at the same position
    across groups the first cue wins, as in one alternation."""

    def __init__(self, cues: list[str]) -> None:
        paren: list[str] = []
        anchored: list[str] = []
        others: list[regex.Pattern[str]] = []
        needed: list[frozenset[str]] = []
        for n, p in enumerate(cues):
            g = f"(?P<_c{n}>{p})"
            whole = not top_level_bar(p)
            lits = needs(p).literals
            if whole and p.startswith("\\("):
                paren.append(g)
            elif whole and p.startswith("^") and not (lits and _opens_on_any_letter(p)):
                anchored.append(g)
            else:
                others.append(regex.compile(g, _FLAGS))
                needed.append(lits or frozenset())
        words = set().union(*needed)
        self.paren = _alt(paren, "{}")
        self.anchored = _alt(anchored, "{}")
        self.anchored_gate = PrefixGate(self.anchored)
        #: the other cues, each compiled on its own: searched one by one, only on lines
        #: holding one of the literals its every match contains. Their alternation would try
        #: every cue at every position (the ``regex`` engine finds no literal to skip ahead
        #: to): several times slower
        self.others = tuple(others)
        #: each literal with the "other" cues that need it (bit ``k``: ``others[k]``): one
        #: scan of a document tells which cues each line could match
        self.index = MaskIndex(
            {w: sum(1 << k for k, mine in enumerate(needed) if w in mine) for w in words}
        )
        #: the "other" cues with no literal known, tried on every line
        self.always = sum(1 << k for k, mine in enumerate(needed) if not mine)

    def other_masks(self, doc: Document) -> dict[int, int] | None:
        """For each block, the "other" cues that may match it (bit ``k``: ``others[k]``; a
        block left out: none), or ``None`` when every cue must be tried on every block (a
        cue with no literal, or a text holding a character that matches a literal's letter
        but lower-cases otherwise)."""
        if not self.others:
            return {}
        if self.always or has_odd_chars(doc.text):
            return None
        return self.index.scan(doc)

    def search(self, text: str, mask: int) -> regex.Match[str] | None:
        """The leftmost cue match in ``text``, trying of the "other" cues those in ``mask``
        (-1: all)."""
        best: regex.Match[str] | None = None
        if self.paren is not None and "(" in text:
            best = self.paren.search(text)
        if self.anchored is not None and self.anchored_gate(text):
            best = _first(best, self.anchored.match(text))
        # the leftmost match of any cue, the first cue at that position: what their
        # alternation finds (each cue's own leftmost match is where the alternation would
        # take it, and ``_first`` ranks the cues as the alternation orders them)
        k = 0
        while mask:
            if mask & 1:
                best = _first(best, self.others[k].search(text))
            mask >>= 1
            k += 1
            if k == len(self.others):
                break
        return best


def _opens_on_any_letter(pattern: str) -> bool:
    st = starts(pattern)
    return st is None or st.any_letter()


def _rank(m: regex.Match[str]) -> tuple[int, int]:
    g = m.lastgroup
    return m.start(), int(g[2:]) if g is not None and g.startswith("_c") else 0


def _first(a: regex.Match[str] | None, b: regex.Match[str] | None) -> regex.Match[str] | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if _rank(a) <= _rank(b) else b


class PhotoCaptions:
    """Photo captions: next to a photo-credit line an earlier step removed, the first of the
    line attached right above it (no blank line between), a picture description above it
    across a blank line, an unfinished sentence attached right below it, a picture
    description below it;
    and any short line with a caption cue ("(Photo: …)" at its end, "File photo", "In this
    photo…", "(L-R)"). Runs before the title step: a
    caption taken after it would move the story's first paragraph, so that cleaning the body
    again could find a title the first pass did not. Cues are data
    (``data/<lang>/captions.ini``)."""

    id = "photo_captions"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(
            "photo_caption",
            "photo_caption",
            "a photo caption: the sentence describing a picture, next to its credit",
            "Firefighters battle the blaze on Sunday. (Photo: Jane Roe/Reuters)",
        ),
    )

    def __init__(self, languages: Sequence[str] = ("en",)) -> None:
        data = _load(languages)
        cues = data.get("caption_cues", [])
        self.cues = _alt(cues)
        # a cheap literal pre-filter: a line with none of these words cannot hold a cue
        self.triggers = tuple(sorted({t.casefold() for t in data.get("caption_triggers", [])}))
        self.cue_groups = CueGroups(cues)
        self.scene = _alt(data.get("scene_cues", []))
        self.scene_vetoes = _alt(data.get("scene_vetoes", []))

    def apply(self, doc: Document) -> Iterator[Decision]:
        yield from self._credit_neighbours(doc)
        if self.cues is None:
            return
        blocks = doc.blocks
        decisions = doc.decisions
        groups = self.cue_groups
        masks = groups.other_masks(doc)
        # the blocks a cue may match: with a "(", passing the anchored cues' gate, or holding
        # a literal of one of the other cues
        if masks is None:
            tried: Iterable[int] = range(len(blocks))
        else:
            tried = sorted(
                {i for i, b in enumerate(blocks) if "(" in b.text}.union(
                    groups.anchored_gate.passing(doc), masks
                )
            )
        for i in tried:
            if decisions[i] is not None:
                continue
            # a caption is short: a long paragraph is not searched at all
            if doc.shape(i).words > _CAPTION_MAX_WORDS:
                continue
            b = blocks[i]
            text = b.text
            # ``cues.search`` on the line, found by cheaper means (see CueGroups)
            m = groups.search(text, -1 if masks is None else masks.get(i, 0))
            if m is None or not self._triggered(text, self.triggers or ("",)):
                continue
            # a dateline opens a story, but "FILE PHOTO:" only looks like one
            if m.start() == 0 or not is_dateline(text):
                yield Remove(
                    i,
                    "photo_caption",
                    "photo_caption",
                    "a photo caption (it names or credits a picture)",
                )
                g = m.groupdict().get("photo_credit")
                if g:
                    s, e = m.span("photo_credit")
                    f = fact(doc, "photo_credit", b.start + s, b.start + e, "photo_caption")
                    if f is not None:
                        yield f

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
            if not _names_someone(doc.blocks[i].text):
                # "Representational image.", "File photo": a label of the picture that names
                # nobody is its caption itself; the story's paragraphs sit around it
                continue
            above, below = i - 1, i + 1
            # a caption attached to its credit (no blank line between): above, or else below;
            # not a headline above the story's first paragraph (the title step, which runs
            # later, reads it)
            if (
                above >= 0
                and tight(doc, i)
                and self._caption_like(doc, above, False)
                and not self._headline_in_head(doc, above)
                and not moves_tail(doc, above)
            ):
                yield Remove(
                    above,
                    "photo_caption",
                    "photo_caption",
                    "a photo caption: the line right above a photo credit",
                )
            # across a blank line, a line above that reads like a picture description comes
            # before a line merely attached below (often the story's next paragraph); not a
            # headline in the head ("... Apple Airpods and Watches" has a scene verb too)
            elif (
                above >= 0
                and self._caption_like(doc, above, True)
                and not self._headline_in_head(doc, above)
                and not moves_tail(doc, above)
            ):
                yield Remove(
                    above,
                    "photo_caption",
                    "photo_caption",
                    "a photo caption: the picture description above a photo credit",
                )
            # a line attached right below a credit that ends as a sentence is as often the
            # story's next paragraph as a caption (the dev splits: three paragraphs lost for one
            # caption taken): there only a fragment ("Cyclists cross the bridge on Monday") or
            # a picture description counts
            elif (
                below < n
                and (blank if blank is not None else (blank := has_blank_lines(doc)))
                and tight(doc, below)
                and doc.shape(below).words <= _BELOW_MAX_WORDS
                and _UNFINISHED.search(doc.blocks[below].text) is not None
                and self._caption_like(doc, below, False)
                and not moves_tail(doc, below)
            ):
                yield Remove(
                    below,
                    "photo_caption",
                    "photo_caption",
                    "a photo caption: the unfinished sentence right below a photo credit",
                )
            elif below < n and self._caption_like(doc, below, True) and not moves_tail(doc, below):
                yield Remove(
                    below,
                    "photo_caption",
                    "photo_caption",
                    "a photo caption: the picture description below a photo credit",
                )

    @staticmethod
    def _headline_in_head(doc: Document, i: int) -> bool:
        """Block ``i`` is a headline-shaped line (as the title step counts words) before the
        first prose paragraph still kept."""
        first = doc.first_kept_prose()
        t = doc.config.thresholds
        return (
            first is not None
            and i < first
            and not doc.shape(i).sentence
            and headline_shaped(doc, i, t.title_min_words, t.headline_max_words)
        )

    @staticmethod
    def _is_credit(doc: Document, i: int) -> bool:
        cat = doc.category(i)
        if cat in CREDIT_CATEGORIES:
            return True
        if cat is None or cat == "title":
            return False
        text = doc.blocks[i].text
        return (
            _may_hold(text, _CREDIT_LITERALS)
            and _CREDIT_WORD.search(text) is not None
            and doc.shape(i).words <= 12
            and _CREDIT_PLACE.search(text) is not None
        )

    def _caption_like(self, doc: Document, i: int, strict: bool) -> bool:
        if not doc.open(i):
            return False
        sh = doc.shape(i)
        text = doc.blocks[i].text
        if not 3 <= sh.words <= _CAPTION_MAX_WORDS or sh.bullet or is_dateline(text):
            return False
        if not strict:
            # a caption has a sentence or two; a paragraph of three is the story's
            return len(_SENTENCE_END.findall(text)) <= _CAPTION_MAX_SENTENCES
        if sh.words > 35 or _SAYS.search(text) or first_char(text) != text[:1]:
            return False
        if self.scene_vetoes is not None and self.scene_vetoes.search(text):
            return False  # a picture shows no future and no possibility
        sentences = len(_SENTENCE_END.findall(text))
        if sentences > _CAPTION_MAX_SENTENCES or self.scene is None:
            return False
        m = self.scene.search(text)
        # one sentence with a scene cue, or two when the cue opens the line ("A view of the
        # port at dusk. Crews had worked all day."): a caption's second sentence adds context
        return m is not None and (sentences <= 1 or (m.start() == 0 and sh.words <= 25))


class CaptionRules:
    """Section labels: a short bare name (at most ``title_min_words - 1`` words, no digits, no
    punctuation) directly above the title, or a prefixed one in the head ("Posted in
    Climate"), recorded as a ``section`` fact; author bio boxes: an "About the author" header
    and the short paragraphs after it, or a "<Name> is a reporter…" line after the story.
    Headers and prefixes are data (``data/<lang>/captions.ini``); photo captions are the
    ``photo_captions`` step's."""

    id = "captions"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(
            "section_label",
            "section_label",
            "a bare site-section name above the title (or a known one below it)",
            "Politics",
        ),
        RuleInfo(
            "author_bio",
            "author_bio",
            "an author bio box after the story",
            "About the author\nJane Roe covers energy for the paper.",
        ),
    )

    def __init__(self, languages: Sequence[str] = ("en",)) -> None:
        data = _load(languages)
        self.section = _alt(data.get("section_labels", []), r"^(?:{})$")
        self._section_gate = PrefixGate(self.section)
        self.section_names = frozenset(norm(n) for n in data.get("section_names", []))
        self.section_suffixes = frozenset(norm(n) for n in data.get("section_suffixes", []))
        self.bio_headers = _alt(data.get("bio_headers", []), r"^(?:{})\s*:?$")
        self._bio_header_gate = PrefixGate(self.bio_headers)
        # case matters here: a bio line starts with a capitalised name
        self.bio_lines = _alt(data.get("bio_lines", []), r"^(?:{})", regex.UNICODE | regex.VERSION0)

    def apply(self, doc: Document) -> Iterator[Decision]:
        prefixed = list(self._prefixed_labels(doc))
        yield from prefixed
        labelled = {d.block for d in prefixed if isinstance(d, Remove)}
        yield from self._section_label(doc, labelled)
        blocks = doc.blocks
        decisions = doc.decisions
        prose = doc.prose_flags()
        last = doc.last_prose()
        bio_headers, bio_lines = self.bio_headers, self.bio_lines
        n = len(blocks)
        # the blocks worth a look, in order: a bio header is a non-prose line, a bio line
        # sits at or after the story's last prose line
        np = nonprose(doc)
        tried: Iterable[int] = np
        if bio_lines is not None and last is not None:
            tried = [*np[: bisect.bisect_left(np, last)], *range(last, n)]
        resume = 0  # the first block after a bio box
        for i in tried:
            if i < resume or decisions[i] is not None:
                continue
            text = blocks[i].text
            if (
                bio_headers is not None
                # a prose line has 12 words or more
                and not prose[i]
                and self._bio_header_gate(text)
                and bio_headers.match(text)
                and doc.shape(i).words <= 6
            ):
                yield Remove(i, "author_bio", "author_bio", "the header of an author bio box")
                j, taken = i + 1, 0
                while (
                    j < n and taken < 2 and doc.open(j) and (doc.shape(j).words <= _BIO_MAX_WORDS)
                ):
                    if taken and not tight(doc, j) and not doc.shape(j).sentence:
                        break
                    yield Remove(j, "author_bio", "author_bio", "an author bio box")
                    taken += 1
                    j += 1
                resume = j
                continue
            if (
                bio_lines is not None
                and last is not None
                and i >= last
                and bio_lines.match(text)
                and doc.shape(i).words <= 60
            ):
                yield Remove(i, "author_bio", "author_bio", "an author bio line after the story")

    def _prefixed_labels(self, doc: Document) -> Iterator[Decision]:
        if self.section is None:
            return
        first = doc.first_kept_prose()
        gate = self._section_gate
        for i in range(first if first is not None else 0):
            text = doc.blocks[i].text
            if not doc.open(i) or not gate(text) or doc.shape(i).words > 8:
                continue
            m = self.section.match(text)
            if m is None:
                continue
            yield Remove(
                i, "section_label", "section_label", "a site-section label in the page head"
            )
            s, e = m.span("section")
            f = fact(
                doc, "section", doc.blocks[i].start + s, doc.blocks[i].start + e, "section_label"
            )
            if f is not None:
                yield f

    def _section_label(self, doc: Document, taken: set[int]) -> Iterator[Decision]:
        """A bare label directly above the title (capitalised, or a known section name in any
        case: "world"), else one directly below it that is a known section name ("CULTURA",
        "Local News"): pages print the section on either side of the headline, and a known
        name is what tells it from a kicker or a first subhead there."""
        title = doc.title
        if title is None:
            return
        i = title.block - 1
        if i >= 0 and i not in taken and self._bare_label(doc, i, known_only=False):
            where = "above"
        elif not taken and self._bare_label(doc, title.block + 1, known_only=True):
            i, where = title.block + 1, "below"
        else:
            return
        yield Remove(
            i, "section_label", "section_label", f"a bare site-section name {where} the title"
        )
        b = doc.blocks[i]
        f = fact(doc, "section", b.start, b.end, "section_label")
        if f is not None:
            yield f

    def _bare_label(self, doc: Document, i: int, known_only: bool) -> bool:
        """Block ``i`` is open and reads as a bare section label: a few words (fewer than a
        title has), no digits, no URL or bullet, no sentence or label punctuation, not a
        breadcrumb; capitalised or a known section name (only the latter if ``known_only``).
        A label framed by dashes or bars ("— Sport —") is read without its frame."""
        if not 0 <= i < len(doc.blocks) or not doc.open(i):
            return False
        text = doc.blocks[i].text
        framed = _FRAMED.match(text)
        if framed is not None:
            text = framed.group(2)
            words = len(text.split())
            if not 1 <= words < doc.config.thresholds.title_min_words or "://" in text:
                return False
        else:
            sh = doc.shape(i)
            if not 1 <= sh.words < doc.config.thresholds.title_min_words or sh.url or sh.bullet:
                return False
            if sh.letters < 0.8:
                return False
        if any(c.isdigit() for c in text):
            return False
        if last_char(text) in ".!?:;," or breadcrumb_parts(text) is not None:
            return False
        if self._known_section(text):
            return True
        return not known_only and first_char(text).isupper()

    def _known_section(self, text: str) -> bool:
        """``text`` is a section name of ``captions.ini``, alone or with a suffix ("News")."""
        key = norm(text)
        if key in self.section_names:
            return True
        head, _, tail = key.rpartition(" ")
        return tail in self.section_suffixes and head in self.section_names
