"""Headline lists: a header ("Related", "Most read", "Recommended", "Tags:"...) and the lines
under it, inline "Also read: <headline>" lines, and header-less runs of headlines at the end.

Headers are data (``data/<lang>/lists.ini``), one section per family of headers; the code only
knows what a list *item* looks like.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex

from ..config import Tuning
from ..document import Document
from ..step import Decision, Protect, Remove, RuleInfo
from ..vocab import data_lines, data_text, read_ini
from .cues import (
    PrefixGate,
    any_word,
    fact,
    figure_list,
    first_char,
    foreign_headline_runs,
    foreign_run,
    headline_shaped,
    in_mid_headline_run,
    is_dateline,
    kept_index,
    last_char,
    lead_mark,
    moves_tail,
    norm,
    story_bounds,
    story_end,
    strip_decor,
)

_FLAGS = regex.IGNORECASE | regex.UNICODE | regex.VERSION0
#: the items of a one-line tag list: split at , ; | • · and at a slash with spaces on both
#: sides ("Floods / Housing"; "AC/DC" stays one item)
_ITEM_SPLIT = regex.compile(r"(?:[^,;|•·/]|(?<=\S)/|/(?=\S))+")
#: a line that starts with a date or a time: a schedule, not a headline
_MONTH = (
    r"(?:jan|feb|m[aä]r|apr|avr|abr|ma[iy]|jun|juin|jul|juil|aug|ao[uû]|ago|sep|o[ck]t|nov|"
    r"d[eé]c|dez|dic|ene|fév|fev|gen)\p{L}*\.?"
)
_DATED = regex.compile(
    rf"^(?:[-–—•*]\s*)?(?:\d{{1,2}}(?:st|nd|rd|th|er)?\.?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}\b"
    r"|\d{1,4}[./:-]\d{1,2})",
    regex.IGNORECASE | regex.VERSION0,
)
#: one hashtag, with the word a scraper split off it ("#Trading Nation" from a spaced tag)
_HASHTAG_RX = r"#[\p{L}\p{N}_]+(?:\s\p{L}+)?"
_HASHTAG = regex.compile(_HASHTAG_RX)
#: a line of two or more hashtags and nothing else: "#Korean #Trade #Energy"
_HASHTAGS = regex.compile(rf"^{_HASHTAG_RX}(?:[\s,·|]+{_HASHTAG_RX})+$")
#: the families whose headers introduce tags rather than headlines
TAG_FAMILY = "tags"
#: phrase rules whose whole-line removals may head a list of headlines all the same
_OPENING_RULES = frozenset(("author_bio_header",))
INLINE_FAMILY = "inline_related"


@dataclass(frozen=True, slots=True)
class Family:
    """One family of list headers (one section of ``lists.ini``)."""

    name: str
    header_category: str
    item_category: str
    reason: str
    example: str
    headers: regex.Pattern[str] | None
    colon_headers: regex.Pattern[str] | None


class HeaderTable:
    """The list headers of ``data/<lang>/lists.ini`` for some languages, compiled once."""

    def __init__(self, languages: Sequence[str] = ("en",)) -> None:
        opts: dict[str, dict[str, str]] = {}
        pats: dict[str, dict[str, list[str]]] = {}
        for lang in dict.fromkeys(("en", *languages)):
            text = data_text(f"{lang}/lists.ini")
            if text is None:
                continue
            cp = read_ini(text, source=f"data/{lang}/lists.ini")
            for section in cp.sections():
                base = opts.setdefault(section, {})
                lists = pats.setdefault(section, {})
                for k, v in cp.items(section):
                    if k in ("headers", "colon_headers", "prefixes"):
                        lists.setdefault(k, []).extend(
                            p.strip() for p in v.splitlines() if p.strip()
                        )
                    else:
                        base.setdefault(k, v)
        self.families: dict[str, Family] = {}
        for name, o in opts.items():
            p = pats.get(name, {})
            self.families[name] = Family(
                name=name,
                header_category=o.get("header_category", f"{name}_header"),
                item_category=o.get("item_category", f"{name}_item"),
                reason=o.get("reason", name.replace("_", " ")),
                example=o.get("example", ""),
                headers=_full(p.get("headers", [])),
                colon_headers=_full(p.get("colon_headers", [])),
            )
        # one combined regex per header kind (plain, colon-only); group _N names family N
        self._names = [f for f in self.families if f != INLINE_FAMILY]
        self._plain = self._combine("headers")
        self._colon = self._combine("colon_headers")
        prefixes = pats.get(INLINE_FAMILY, {}).get("prefixes", [])
        self.inline: regex.Pattern[str] | None = (
            regex.compile(
                r"^[\s\-–—•*»›>|▶►]*(?:" + "|".join(f"(?:{p})" for p in prefixes) + r")"
                r"\s*(?::|\s[-–—|»›>▶►→]|[|»›>▶►→])\s*(?P<rest>\S.*)$",
                _FLAGS,
            )
            if prefixes
            else None
        )
        self.inline_gate = PrefixGate(self.inline)
        tag = self.families.get(TAG_FAMILY)
        plain = tag.headers.pattern[4:-2] if tag and tag.headers else None
        colon = tag.colon_headers.pattern[4:-2] if tag and tag.colon_headers else None
        alts = []
        if plain:
            # "Tags: a, b" or, without the colon, "Related Topics a · b"
            alts.append(rf"(?:{plain})\s*(?::\s*|\s+)")
        if colon:
            alts.append(rf"(?:{colon})\s*:\s*")
        self.tag_line: regex.Pattern[str] | None = (
            regex.compile(
                r"^[\s\-–—•*»›>|]*(?:" + "|".join(alts) + r")(?P<rest>\S.*)$", _FLAGS
            )
            if alts
            else None
        )
        self.tag_line_gate = PrefixGate(self.tag_line)
        self._plain_gate = PrefixGate(self._plain)
        self._colon_gate = PrefixGate(self._colon)
        #: the per-document memo key of :meth:`header_of` (tables differ by languages only)
        self.memo_key = "context.headers:" + ",".join(dict.fromkeys(("en", *languages)))

    def header_of(self, doc: Document, i: int) -> Family | None:
        """``header(text of block i)``, computed once per document and block (the title and
        lists steps both ask)."""
        seen = self.seen(doc)
        if i in seen:
            return seen[i]
        text = doc.blocks[i].text
        f = seen[i] = None if len(text) > 80 else self.header(text)
        return f

    def seen(self, doc: Document) -> dict[int, Family | None]:
        """The :meth:`header_of` results of ``doc`` so far (block -> family or None)."""
        return doc.memo(self.memo_key, _new_dict)

    def _combine(self, key: str) -> regex.Pattern[str] | None:
        alts = []
        for n, name in enumerate(self._names):
            rx = getattr(self.families[name], key)
            if rx is not None:
                alts.append(f"(?P<_{n}>{rx.pattern[4:-2]})")
        return regex.compile("^(?:" + "|".join(alts) + ")$", _FLAGS) if alts else None

    def header(self, text: str) -> Family | None:
        """The family whose header the whole line is, or ``None``."""
        if len(text) > 80:
            return None
        core, colon = strip_decor(text)
        if not core:
            return None
        # the normalised line starts with the first four characters in lower case when they
        # are plain ASCII (``norm`` folds whitespace runs, casefolds, unifies apostrophes)
        if not (
            self._plain_gate.may_open(core) or (colon and self._colon_gate.may_open(core))
        ):
            return None
        if len(core.split()) > 8:
            return None
        key = norm(core)
        for rx, gate in ((self._plain, self._plain_gate), (self._colon, self._colon_gate)):
            if rx is self._colon and not colon:
                break
            m = rx.match(key) if rx is not None and gate(key) else None
            if m is not None and m.lastgroup is not None:
                return self.families[self._names[int(m.lastgroup[1:])]]
        return None


def _new_dict(doc: Document) -> dict[int, Family | None]:
    return {}


def _full(patterns: list[str]) -> regex.Pattern[str] | None:
    if not patterns:
        return None
    return regex.compile("^(?:" + "|".join(f"(?:{p})" for p in patterns) + ")$", _FLAGS)


class ListRules:
    """Headline lists under a header: "Related", "Related posts", "Most read", "Trending",
    "Recommended", "You may also like", "More from <site>"... (in English, German, French and
    Spanish, from ``data/<lang>/lists.ini``), bulleted or not, with every headline line under the
    header up to the first line that reads like article prose; a header with no items left
    after it counts too when it sits before the story or after it. Tag lists ("Tags:", "Topics:",
    "Filed under:", "- In:") with their short items, recording a ``tags`` fact per item; and
    inline "Also read: <headline>" lines anywhere in the body."""

    id = "lists"

    def __init__(self, languages: Sequence[str] = ("en",)) -> None:
        self.table = HeaderTable(languages)
        #: a line none of the one-line forms can match is not looked at further
        self.one_liner_gate = PrefixGate(_HASHTAGS, self.table.tag_line, self.table.inline)
        infos: list[RuleInfo] = []
        for fam in self.table.families.values():
            if fam.name == INLINE_FAMILY:
                infos.append(RuleInfo("also_read_inline", fam.item_category, fam.reason,
                                      fam.example))
                continue
            if fam.name == TAG_FAMILY:
                infos.append(RuleInfo("tag_list_header", fam.header_category, fam.reason,
                                      fam.example))
                infos.append(RuleInfo("tag_item", fam.item_category,
                                      "a short tag or topic under a tag-list header",
                                      f"{fam.example}\n- Elections"))
                infos.append(RuleInfo("tag_line", fam.header_category,
                                      "a tag list on one line: header and items",
                                      "Tags: Elections, Congress, Budget"))
                continue
            infos.append(RuleInfo(f"{fam.name}_header", fam.header_category, fam.reason,
                                  fam.example))
            infos.append(RuleInfo(f"{fam.name}_item", fam.item_category,
                                  f"a headline under a {fam.example!r} header",
                                  f"{fam.example}\n- Storm knocks out power across the coast"))
        self.rules: tuple[RuleInfo, ...] = tuple(infos)

    def apply(self, doc: Document) -> Iterator[Decision]:
        t = doc.config.thresholds
        kept: list[int] | None = None  # built at the first header (most texts have none)
        first = doc.first_kept_prose()
        last = doc.last_prose()
        table = self.table
        seen = table.seen(doc)
        decisions = doc.decisions
        blocks = doc.blocks
        # the blocks worth a look, in order: a header has at most 80 characters, a one-line
        # list passes the gate
        one_liners = self.one_liner_gate.passing(doc)
        tried = sorted(
            {i for i, b in enumerate(blocks) if len(b.text) <= 80}.union(one_liners)
        )
        may_be_one_liner = set(one_liners)
        done = -1  # the last block a list took: its items are not looked at again
        for i in tried:
            if i <= done:
                continue
            d = decisions[i]
            # a header the phrase step removed as an author box link ("More articles by Jane
            # Doe") still opens the list of headlines under it
            taken = d is not None
            if taken and not (isinstance(d, Remove) and d.rule in _OPENING_RULES):
                continue
            text = blocks[i].text
            if i in seen:
                fam = seen[i]
            else:
                fam = seen[i] = None if len(text) > 80 else table.header(text)
            if fam is None:
                if taken or i not in may_be_one_liner:
                    continue
                one = self._one_liner(doc, i)
                if one:
                    yield from one
                continue
            if taken and fam.name == TAG_FAMILY:
                continue
            if kept is None:
                kept = kept_index(doc)
            n = len(kept)
            p = bisect.bisect_right(kept, i)
            items: list[int] = []
            tail = last is None or i > last
            tags = fam.name == TAG_FAMILY
            while p < n:
                j = kept[p]
                if tags and j != (items[-1] if items else i) + 1:
                    break  # a line another rule removed (a rating, a comment form) ends tags
                if not doc.open(j):
                    break
                if self.table.header_of(doc, j) is not None and not (
                    tags and items and self._empty_header(doc, j, items[-1])
                ):
                    break
                if not tags and _ordinal_above_item(doc, kept, p, t.headline_max_words, tail):
                    # "1" on its own line above its headline: part of a numbered list
                    items.append(j)
                    p += 1
                    continue
                ok = (
                    self._tag_item(doc, j, t.short_words + 2)
                    if tags
                    # nor the story's last prose line when taking it would move the tail zone
                    # over kept lines (cleaning the body again would then find more)
                    else self._headline_item(doc, j, t.headline_max_words, tail)
                    and not moves_tail(doc, j, i)
                )
                if not ok:
                    break
                items.append(j)
                p += 1
            if items:
                done = items[-1]
            outside = (first is None or i < first) or tail
            # a header with no items right above another list header ("Top stories" over
            # "More headlines"): tab labels of one box of links
            stacked = not items and p < n and table.header_of(doc, kept[p]) is not None
            if not items and not outside and not stacked:
                continue
            if tags:
                yield Remove(i, "tag_list_header", fam.header_category,
                             "the header of a tag/topic list")
                for j in items:
                    yield Remove(j, "tag_item", fam.item_category,
                                 "an item of a tag/topic list")
                    yield from self._tags(doc, j, doc.blocks[j].start, doc.blocks[j].end)
                continue
            if taken and not items:
                continue
            if not taken:
                yield Remove(i, f"{fam.name}_header", fam.header_category,
                             f"{fam.reason} (the header)")
            for j in items:
                yield Remove(j, f"{fam.name}_item", fam.item_category,
                             f"{fam.reason} (an item under the header)")

    # -- one-line forms ------------------------------------------------------------------------
    def _one_liner(self, doc: Document, i: int) -> list[Decision]:
        """The decisions on a one-line list (a plain function: most lines have none)."""
        b = doc.blocks[i]
        text = b.text
        table = self.table
        out: list[Decision] = []
        if text[:1] == "#" and _HASHTAGS.match(text):
            out.append(Remove(i, "tag_line", "tag_list_header", "a line of hashtags"))
            for h in _HASHTAG.finditer(doc.text, b.start, b.end):
                f = fact(doc, "tags", h.start() + 1, h.end(), "tag_item")
                if f is not None:
                    out.append(f)
            return out
        if table.tag_line is not None and table.tag_line_gate(text):
            t = table.tag_line.match(text)
            if t is not None and self._tag_rest(t.group("rest"), t.group(0)):
                out.append(Remove(i, "tag_line", "tag_list_header",
                                  "a tag/topic list on one line"))
                s, e = t.span("rest")
                out.extend(self._tags(doc, i, b.start + s, b.start + e))
                return out
        if table.inline is not None and table.inline_gate(text) and doc.shape(i).words <= 40:
            m = table.inline.match(text)
            if m is not None and _headline_rest(m.group("rest")):
                fam = table.families[INLINE_FAMILY]
                out.append(Remove(i, "also_read_inline", fam.item_category, fam.reason))
        return out

    @staticmethod
    def _tag_rest(rest: str, line: str = "") -> bool:
        items = [x.strip() for x in _ITEM_SPLIT.findall(rest) if x.strip()]
        if line and ":" not in line[: len(line) - len(rest)] and len(items) < 2:
            return False  # without a colon, only a list of several items
        return (
            bool(items)
            and all(len(x.split()) <= 5 for x in items)
            and len(rest) <= 300
            and last_char(rest) not in ".!?:"
        )

    @staticmethod
    def _tags(doc: Document, i: int, start: int, end: int) -> Iterator[Decision]:
        for m in _ITEM_SPLIT.finditer(doc.text, start, end):
            f = fact(doc, "tags", m.start(), m.end(), "tag_item")
            if f is not None:
                yield f

    # -- item shapes ---------------------------------------------------------------------------
    def _empty_header(self, doc: Document, j: int, prev: int) -> bool:
        """Block ``j`` reads as a list header but has no list of its own (the next block is
        removed already, is another header or there is none) and carries the same mark as the
        tag before it (``prev``): inside a tag list such a line ("* Trending", "Top Stories")
        is one more tag, not the header of the next list."""
        if lead_mark(doc.blocks[j].text) != lead_mark(doc.blocks[prev].text):
            return False
        k = j + 1
        return k >= len(doc.blocks) or not doc.open(k) or self.table.header_of(doc, k) is not None

    @staticmethod
    def _tag_item(doc: Document, j: int, max_words: int) -> bool:
        sh = doc.shape(j)
        text = doc.blocks[j].text
        if sh.url or sh.letters < 0.5 or sh.words < 1:
            return False
        if sh.words > max_words:
            # several tags on one line: "Transport, Budget, City Hall"
            return ListRules._tag_rest(text) and "," in text
        return last_char(text) not in ".!?:"

    @staticmethod
    def _headline_item(doc: Document, j: int, max_words: int, tail: bool) -> bool:
        sh = doc.shape(j)
        text = doc.blocks[j].text
        if sh.words < 1 or sh.words > 2 * max_words or sh.letters < 0.5:
            return False
        if sh.bullet:
            return True
        if sh.words < 3:
            return False
        end = last_char(text)
        # a dateline opens a story's paragraph; a headline may look like one ("DEAR ABBY: My
        # husband of 20 years") but ends like no sentence
        if end == ":" or (is_dateline(text) and (sh.sentence or doc.prose(j))):
            return False
        if end in ".;,":
            # a sentence under the header: an item only after the story, and short
            return tail and not doc.prose(j) and sh.words <= max_words
        if doc.prose(j):
            return end in "?!" and sh.words <= max_words
        return True


#: a list number alone on its line ("1", "02.", "#3", "4)")
_BARE_ORDINAL = regex.compile(r"^\s*#?\d{1,2}\s*[.)]?\s*$", regex.VERSION0)


def _ordinal_above_item(doc: Document, kept: list[int], p: int, max_words: int, tail: bool) -> bool:
    """``kept[p]`` is a bare list number and the next kept line an open headline item."""
    if _BARE_ORDINAL.match(doc.blocks[kept[p]].text) is None or p + 1 >= len(kept):
        return False
    k = kept[p + 1]
    return doc.open(k) and ListRules._headline_item(doc, k, max_words, tail)


def _story_sentence(doc: Document, i: int) -> bool:
    """Block ``i`` reads as a sentence of the story: prose, or a sentence (bulleted or not) of
    at least eight words."""
    if i < 0:
        return False
    if doc.prose(i):
        return True
    sh = doc.shape(i)
    return sh.sentence and sh.words >= 8


#: a short sentence of the story that introduces the lines after it ("Here is how the weekend
#: went.") has at least this many words
_INTRO_SENTENCE_WORDS = 5


def _intro_sentence(doc: Document, i: int) -> bool:
    """Block ``i``, after the story's last prose line, is a kept sentence of at least
    ``_INTRO_SENTENCE_WORDS`` words ending with a full stop, an exclamation or a question mark:
    the story's own line, which the lines right after it go on from ("Here is how the weekend
    went." / "Friday night at the hostel" / "Saturday on the fell")."""
    if i < 0 or doc.removed(i):
        return False
    text = doc.blocks[i].text
    return (
        doc.shape(i).words >= _INTRO_SENTENCE_WORDS
        and last_char(text) in ".!?"
        and not text.endswith("...")
    )


#: the number a numbered list item opens with: "1." "2)" "3 -"
_ITEM_NUMBER = regex.compile(r"^\s*(\d{1,2})\s*(?:[.)]|\s[-–—])\s", regex.VERSION0)


def _number(doc: Document, i: int) -> int | None:
    """The number block ``i`` opens with as a list item, or ``None``."""
    text = doc.blocks[i].text
    if not text.lstrip()[:1].isdigit():
        return None
    m = _ITEM_NUMBER.match(text)
    return None if m is None else int(m.group(1))


def _numbered(doc: Document, run: list[int]) -> bool:
    """The lines of ``run`` are numbered 1, 2, 3… in order."""
    return all(_number(doc, i) == n for n, i in enumerate(run, 1))


def _list_header(doc: Document, i: int) -> bool:
    """Block ``i`` reads as a list's header: still in the body, one to four words, mostly
    letters, no URL, no sentence's end."""
    if i < 0 or doc.removed(i):
        return False
    sh = doc.shape(i)
    return (
        1 <= sh.words <= 4
        and not sh.url
        and sh.letters >= 0.8
        and last_char(doc.blocks[i].text) not in ".:;,…!?"
    )


def _renumbers(doc: Document, run: list[int], i: int) -> bool:
    """``run`` is numbered 1, 2… so far and block ``i`` does not go on with the numbering."""
    return _numbered(doc, run) and _number(doc, i) != len(run) + 1


def _headline_rest(rest: str) -> bool:
    """The text after "Also read:" is a headline: 3+ words, starting with a capital or digit."""
    c = first_char(rest)
    return len(rest.split()) >= 3 and (c.isupper() or c.isdigit())


#: the mid-story runs are looked for unless ``min_headline_run`` asks for longer runs than this
_MID_RUN_MAX_NEED = 3


def _interview(doc: Document, run: list[int]) -> bool:
    """The run alternates questions and answers, two questions at least ("Any regrets?" /
    "None."): the end of an interview, not a list of other stories' headlines."""
    asks = [last_char(doc.blocks[i].text) == "?" for i in run]
    return sum(asks) >= 2 and all(a != b for a, b in itertools.pairwise(asks))


def _story_goes_on(doc: Document, run: list[int]) -> bool:
    """A sentence of the story follows ``run`` (``story_end`` reaches past it)."""
    return story_end(doc, run[-1]) > run[-1]


class HeadlineRuns:
    """Header-less headline lists after the story: a run of at least ``min_headline_run``
    headline-shaped lines (3 to ``headline_max_words`` words, capitalised, not ending like a
    sentence, bulleted or not) after the last prose paragraph, hanging on boilerplate before it
    or reaching the end of the text; a run numbered 1, 2, 3… may also sit right after the last
    paragraph or hang on the boilerplate after it. Lists that belong to the story (introduced
    by a line ending with a colon) are protected by the ``protect`` step first, and a run
    whose lines mostly carry figures of their own (ingredients, results, listings:
    ``cues.figure_list``) with a sentence of the story after it is the story's too.

    Inside the story, two or more headline-shaped lines in a row right under a removed "Also
    read: ..." line are the rest of that pointer's list, unless they mostly carry figures; three
    or more with no header that speak of other things than the story (``cues.foreign_run``)
    are a list of other stories too. After the story, a run that speaks of other things and
    has the page's furniture right below it goes even when more lines follow that furniture."""

    id = "headline_runs"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(
            "tail_headline_run",
            "related_item",
            "a run of headline-shaped lines after the story, with no header: links to other "
            "stories",
            "Storm knocks out power across the coast\nCity council approves new budget\n"
            "Local team wins the championship",
        ),
        RuleInfo(
            "mid_headline_run",
            "related_item",
            "two or more headline-shaped lines in a row under a removed 'Also read' line inside "
            "the story: links to other stories",
            "Also read: Ferry fares rise for the third year\nPolice Chief Delays New Parking "
            "Rules Again\nRetail chain closes three stores after months of losses",
        ),
        RuleInfo(
            "mid_foreign_run",
            "related_item",
            "three or more headline-shaped lines in a row between two of the story's "
            "paragraphs, with no line introducing them, that share (almost) no word with the "
            "story: links to other stories",
            "(a paragraph of the story)\nHarbour ferry adds late sailings for summer\n"
            "Museum unveils dinosaur skeleton after restoration\nFootball club sacks manager "
            "following heavy defeat\n(the next paragraph)",
        ),
    )

    def __init__(self, languages: Sequence[str] = ("en",)) -> None:
        #: a sentence announcing what follows it: the run under it is the story's own list
        self.leads_in = any_word(
            [w for lang in dict.fromkeys(("en", *languages))
             for w in data_lines(f"{lang}/lead_ins.txt")]
        )

    def apply(self, doc: Document) -> Iterator[Decision]:
        t = doc.config.thresholds
        _, last = story_bounds(doc)
        if last is None:
            return
        run: list[int] = []
        decisions = doc.decisions
        # the kept blocks after the story's last prose line (not ``story_end``: a sentence
        # below a header-less list of other stories would pull the list into the story)
        for i in range(last + 1, len(decisions)):
            d = decisions[i]
            if d is not None and type(d) is not Protect:
                continue
            if d is None and self._item(doc, i, t.headline_max_words):
                if run and _renumbers(doc, run, i):
                    # a numbered list ends where its numbering does (see ``_flush``)
                    yield from self._flush(doc, run, t.min_headline_run)
                    run = []
                run.append(i)
                continue
            yield from self._flush(doc, run, t.min_headline_run)
            run = []
        yield from self._flush(doc, run, t.min_headline_run)
        first, _ = story_bounds(doc)
        if first is not None and t.min_headline_run <= _MID_RUN_MAX_NEED:
            yield from self._mid_runs(doc, first, last, t.headline_max_words)
        if first is not None:
            yield from self._foreign_mid_runs(doc, first, last, t)

    @staticmethod
    def _mid_runs(doc: Document, first: int, last: int, max_words: int) -> Iterator[Decision]:
        """Two or more headlines in a row right under a removed "Also read" line between the
        story's paragraphs ``first`` and ``last`` (the ``protect`` step leaves them open)."""
        decisions = doc.decisions
        # found before any is removed: a removal would cut the next item off its pointer
        found = [
            i
            for i in range(first + 1, last)
            if decisions[i] is None and in_mid_headline_run(doc, i, max_words)
        ]
        for i in found:
            yield Remove(
                i,
                "mid_headline_run",
                "related_item",
                "a headline in a row of them under an 'Also read' line inside the story "
                "(links to other stories)",
            )

    def _foreign_mid_runs(
        self, doc: Document, first: int, last: int, t: Tuning
    ) -> Iterator[Decision]:
        """Headlines in a row inside the story that speak of other things than it (see
        ``cues.foreign_headline_runs``; the ``protect`` step leaves them open)."""
        def lead_in(text: str) -> bool:
            return self.leads_in.search(text) is not None

        for run in foreign_headline_runs(doc, first, last, t.headline_max_words, lead_in):
            for k in run:
                yield Remove(
                    k,
                    "mid_foreign_run",
                    "related_item",
                    f"one of {len(run)} headlines in a row inside the story that share no "
                    "words with it (links to other stories)",
                )

    @staticmethod
    def _item(doc: Document, i: int, max_words: int) -> bool:
        sh = doc.shape(i)
        if _DATED.match(doc.blocks[i].text):
            return False
        if not sh.bullet:
            return headline_shaped(doc, i, 3, max_words)
        text = doc.blocks[i].text
        return (
            3 <= sh.words <= max_words
            and not sh.url
            and sh.letters >= 0.6
            and last_char(text) not in ".:;,…"
        )

    def _flush(self, doc: Document, run: list[int], need: int) -> Iterator[Decision]:
        if len(run) < min(need, 2):
            return
        # the run must hang on boilerplate: right after a removed line, or reaching the end of
        # the text (a list right after the story's last paragraph, or after a sentence of the
        # story such as a bulleted "see our picks below.", may be the story's own)
        after_removed = run[0] > 0 and doc.removed(run[0] - 1)
        to_end = all(doc.removed(j) for j in range(run[-1] + 1, len(doc.blocks)))
        if len(run) < need:
            # one line short of a run: two headlines after the story with removed lines on
            # both sides (a credit above, a footer below) are the remains of a list all the same
            below = run[-1] + 1
            if not (after_removed and (to_end or doc.removed(below))) or len(run) < need - 1:
                return
        # the story's own: the end of an interview, or its facts set out line by line
        if _interview(doc, run) or (figure_list(doc, run) and _story_goes_on(doc, run)):
            return
        # numbered 1, 2, 3… with no line introducing them (the story's own lists that a colon
        # introduces are protected): a "most read" list that lost its header, which may hang
        # on the boilerplate after it too
        numbered = _numbered(doc, run) and (
            to_end or (run[-1] + 1 < len(doc.blocks) and doc.removed(run[-1] + 1))
        )
        # a run right under a sentence of the story, with no removed line among its items,
        # goes on from that sentence; a list of other stories that lost its header hangs on the
        # page's furniture, interleaved with it
        story = _story_sentence(doc, run[0] - 1) or (
            run[-1] - run[0] == len(run) - 1 and _intro_sentence(doc, run[0] - 1)
        )
        # ... unless the line above does not announce what follows ("Check out our picks
        # below.", ``data/<lang>/lead_ins.txt``), the run's lines speak of other things than
        # the story and the page's furniture follows them: headlines of other stories share
        # (almost) no word with the story, its own list does (a product's features name the
        # product, a plan's priorities the plan)
        # (the removed line right below it will do: lists further down are judged after it)
        furniture = run[-1] + 1 < len(doc.blocks) and doc.removed(run[-1] + 1)
        foreign = False
        if (
            story and furniture and len(run) >= need
            and not self.leads_in.search(doc.blocks[run[0] - 1].text)
            and not figure_list(doc, run)
        ):
            foreign = foreign_run(doc, run)
            story = not foreign
        # a full run under a short line of its own (a list header no table knows: "Everyone's
        # reading") with removed boilerplate after it hangs on the page's furniture too
        headed = (
            len(run) >= need
            and _list_header(doc, run[0] - 1)
            and (to_end or doc.removed(run[-1] + 1))
        )
        if after_removed or numbered or headed or ((to_end or foreign) and not story):
            for i in run:
                yield Remove(
                    i,
                    "tail_headline_run",
                    "related_item",
                    f"one of {len(run)} headline-shaped lines after the story (links to other "
                    "stories)",
                )
