"""Navigation menus, skip links and site footers: runs of short link-like lines."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

import regex

from ..document import Document
from ..step import Decision, Protect, Remove, RuleInfo
from ..vocab import data_lines
from .cues import last_char, lead_mark, nonprose, norm, strip_decor
from .title import breadcrumb_parts

_FLAGS = regex.IGNORECASE | regex.UNICODE | regex.VERSION0
_SKIP = regex.compile(
    r"^(?:skip (?:to|navigation)(?: (?:the )?(?:main )?(?:content|navigation|menu|footer|"
    r"search|main|article|primary sidebar))?|jump to (?:main )?(?:content|navigation)|"
    r"zum inhalt (?:springen|wechseln)|direkt zum inhalt|aller au contenu(?: principal)?|"
    r"passer au contenu(?: principal)?|ir al contenido(?: principal)?|"
    r"saltar al contenido(?: principal)?)[.!]?$",
    _FLAGS,
)
#: no skip link is longer ("skip navigation the main primary sidebar!" has 41 characters;
#: case-insensitive matching is one character for one)
_SKIP_MAX = 48
#: the first letters of the skip links (an ASCII first character must be one of them, in any
#: case; a non-ASCII one goes to the pattern, which may fold it)
_SKIP_FIRST = frozenset("sjzdapiSJZDAPI")
#: a line without any separator character (nor two spaces) is one part: no menu line
_SEP_ANY = re.compile(r"[|•·/»›◦▪\-–—]|\s\s")
#: a hyphen separates items only with a space on both sides ("E-Paper" is one item)
_SEP = regex.compile(r"\s*(?:\||•|·|/|»|›|◦|▪|(?<!\S)-(?!\S)|–|—|\s{2,})\s*")


#: a vocabulary item longer than a short line has at most this many characters
_LONG_ITEM_CHARS = 60
#: a line of menu items has at most this many characters
_LONG_LINE = 300
#: an item of the vocabulary has at most this many words
_ITEM_MAX_WORDS = 6
#: a line of capitalised items without separators needs at least this many
_CAPS_MENU_ITEMS = 4
#: items the vocabulary lacks (regions, states, a site's own sections) still make a menu when
#: there are at least this many bare one-word items: a line of them joined by separators
#: ("North | South | East | West | Coast | Hills") anywhere outside the story, or a run of
#: them, one a line, before it
_BARE_MENU_ITEMS = 6
_BARE_ITEM_CHARS = 20


#: a menu that opens with the home link ("Home | Jobs | Results | Admissions") has at least
#: this many items, each of at most ``_HOME_ITEM_WORDS`` words
_HOME_MENU_ITEMS = 4
_HOME_ITEM_WORDS = 3
#: the menu sign a line may open with ("≡ Home", "☰ Home")
_LEAD_SIGN = regex.compile(r"^[^\w]+")

#: categories of lines an earlier rule removed that count as items of a menu or footer run
_MENU_CATEGORIES = frozenset(("site_footer", "navigation_menu", "footer_link", "skip_link"))


def _menu_share(hits: int, items: int) -> bool:
    """Enough of ``items`` are menu words to make them a menu: at least two, and half."""
    return hits >= 2 and hits * 2 >= items


def _skip_link(text: str) -> bool:
    """``_SKIP.match(text)``, tried only on short lines with a possible first letter."""
    if len(text) > _SKIP_MAX:
        return False
    c = text[:1]
    if c.isascii() and c not in _SKIP_FIRST:
        return False
    return _SKIP.match(text) is not None


def _bare_item(text: str) -> bool:
    """One capitalised word of letters, nothing else ("Gulf", "NSW", "Économie")."""
    core = text.strip()
    return core.isalpha() and core[:1].isupper() and len(core) <= _BARE_ITEM_CHARS


class MenuRules:
    """Navigation menus and site footers: a run of at least ``min_menu_run`` short lines (at
    most ``short_words`` words, no sentence punctuation) before the story or after it, at least
    half of which are menu words ("Home", "World", "Business", "Contact us", "Privacy Policy",
    "Terms of Use"…, data in ``data/<lang>/menus.txt``); inside the story, such a run only
    right under a removed menu label ("Menu", "Sections"…, ``data/<lang>/menu_labels.txt``);
    a single line of such items joined by "|" or "•"; and "Skip to content" links."""

    id = "menus"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo("skip_link", "skip_link", "a \"skip to content\" accessibility link",
                 "Skip to main content"),
        RuleInfo("menu_run", "navigation_menu",
                 "a run of short menu items (site navigation) before or after the story, or "
                 "under a menu label",
                 "Home\nWorld\nBusiness\nSport"),
        RuleInfo("footer_run", "site_footer",
                 "a run of short footer links (about, contact, privacy...) after the story",
                 "About Us\nContact Us\nPrivacy Policy\nTerms of Use"),
        RuleInfo("menu_line", "navigation_menu", "a line of menu items joined by separators",
                 "Home | World | Business | Sport | Contact"),
    )

    def __init__(self, languages: Sequence[str] = ("en",)) -> None:
        words: set[str] = set()
        labels: set[str] = set()
        home: set[str] = set()
        for lang in dict.fromkeys(("en", *languages)):
            words.update(norm(w) for w in data_lines(f"{lang}/menus.txt"))
            labels.update(norm(w) for w in data_lines(f"{lang}/menu_labels.txt"))
            home.update(norm(w) for w in data_lines(f"{lang}/menu_home.txt"))
        self.vocab = frozenset(words)
        self.labels = frozenset(labels)
        self.home = frozenset(home)

    def _item(self, text: str) -> str:
        core, _ = strip_decor(text)
        return norm(core)

    def apply(self, doc: Document) -> Iterator[Decision]:
        t = doc.config.thresholds
        need, short_words = t.min_menu_run, t.short_words
        first = doc.first_kept_prose()
        last = doc.last_prose()
        # menus are non-prose lines, runs sit before or after the story; no kept prose line
        # sits there (first and last are the first and last kept ones), so a run is ended by
        # a protected line or a line that is no menu item only
        np = nonprose(doc)
        if first is None or last is None:
            yield from self._zone(doc, np, need, short_words, last)
            return
        lo, hi = bisect.bisect_left(np, first), bisect.bisect_right(np, last)
        yield from self._zone(doc, np[:lo], need, short_words, last, before=True)
        # inside the story: skip links, and runs of menu items under a removed menu label
        decisions = doc.decisions
        blocks = doc.blocks
        run: list[int] = []
        for i in np[lo:hi]:
            if run and i != run[-1] + 1:
                yield from self._labelled(doc, run, need)
                run = []
            if decisions[i] is None:
                text = blocks[i].text
                if len(text) <= _SKIP_MAX and _skip_link(text):
                    yield Remove(i, "skip_link", "skip_link", "a \"skip to content\" link")
                elif self._home_line(text):
                    yield Remove(i, "menu_line", "navigation_menu",
                                 "a line of menu links that opens with the home link")
                elif self._short(doc, i, short_words):
                    run.append(i)
                    continue
            if run:
                yield from self._labelled(doc, run, need)
                run = []
        yield from self._labelled(doc, run, need)
        yield from self._zone(doc, np[hi:], need, short_words, last)

    def _labelled(self, doc: Document, run: list[int], need: int) -> Iterator[Decision]:
        """A run of menu items inside the story right under a removed menu label, or one
        that opens with the home link (above a kept notice the story zone starts early)."""
        if len(run) < need:
            return
        h = self._home_start(doc, run)
        if h >= 0:
            for j in run[h:]:
                yield Remove(j, "menu_run", "navigation_menu",
                             f"one of {len(run) - h} short menu links opening with the home "
                             "link")
            return
        if run[0] == 0:
            return
        k = run[0] - 1
        d = doc.decisions[k]
        if not isinstance(d, Remove) or self._item(doc.blocks[k].text) not in self.labels:
            return
        hits = sum(self._item(doc.blocks[i].text) in self.vocab for i in run)
        if not _menu_share(hits, len(run)):
            return
        for i in run:
            yield Remove(i, "menu_run", "navigation_menu",
                         f"one of {len(run)} short menu links under a menu label")

    def _zone(
        self,
        doc: Document,
        indices: list[int],
        need: int,
        short_words: int,
        last: int | None,
        before: bool = False,
    ) -> Iterator[Decision]:
        """Skip links, menu lines and runs of menu items among ``indices`` (the non-prose
        blocks of a zone outside the story; ``before``: the zone above it)."""
        run: list[int] = []
        hits = 0
        #: items of the run that are one bare capitalised word ("Gulf", "NSW"): counted only
        #: before the story, where a run of enough of them is a menu the vocabulary lacks
        bare = 0
        #: lines of the run that an earlier rule already removed as menu or footer links
        #: ("Do Not Sell My Personal Information"): they count as items of the run
        extra = 0
        decisions = doc.decisions
        blocks = doc.blocks
        vocab = self.vocab
        lead = doc if before else None
        for i in indices:
            d = decisions[i]
            if d is not None:
                if type(d) is Protect and run:  # a kept line that is no menu item
                    yield from self._flush(run, hits, need, last, extra, bare, lead)
                    run, hits, extra, bare = [], 0, 0, 0
                elif isinstance(d, Remove) and d.category in _MENU_CATEGORIES:
                    extra += 1
                continue
            text = blocks[i].text
            if len(text) <= _SKIP_MAX and _skip_link(text):
                yield Remove(i, "skip_link", "skip_link", "a \"skip to content\" link")
                continue
            line = self._menu_line(doc, i, need)
            if line is not None:
                if run:
                    yield from self._flush(run, hits, need, last, extra, bare, lead)
                run, hits, extra, bare = [], 0, 0, 0
                yield line
                continue
            if self._short(doc, i, short_words) or self._long_item(doc, i):
                if run and (
                    lead_mark(text) != lead_mark(blocks[run[0]].text)
                    or (self._item(text) not in vocab and self._after_tight_run(doc, run, i))
                ):
                    # the items of one menu share their mark: "• Boulder" after "Home" (or
                    # "Accessibility" after "• Colorado") starts another list; and a menu
                    # written line under line ends at a blank line, unless a menu word
                    # follows it (the headline below "Weather" is no item)
                    yield from self._flush(run, hits, need, last, extra, bare, lead)
                    run, hits, extra, bare = [], 0, 0, 0
                run.append(i)
                hits += self._item(text) in vocab
                bare += before and _bare_item(text)
                continue
            if run:
                yield from self._flush(run, hits, need, last, extra, bare, lead)
            run, hits, extra, bare = [], 0, 0, 0
        yield from self._flush(run, hits, need, last, extra, bare, lead)

    @staticmethod
    def _after_tight_run(doc: Document, run: list[int], i: int) -> bool:
        """Block ``i`` follows ``run`` across a blank line, and the run's own lines (two or
        more) follow one another with none."""
        text, blocks = doc.text, doc.blocks
        if len(run) < 2 or text.count("\n", blocks[run[-1]].end, blocks[i].start) < 2:
            return False
        return all(
            text.count("\n", blocks[a].end, blocks[b].start) < 2
            for a, b in pairwise(run)
        )

    @staticmethod
    def _short(doc: Document, i: int, short_words: int) -> bool:
        # the ending first: it needs no word count; a hashtag ("#Podcast") is a tag and a
        # "Label: value" line ("Section: Politics") a field, no link
        text = doc.blocks[i].text
        if last_char(text) in ".!?:;," or text[:1] == "#" or ": " in text:
            return False
        sh = doc.shape(i)
        return 1 <= sh.words <= short_words and not sh.url and sh.letters >= 0.7

    def _long_item(self, doc: Document, i: int) -> bool:
        """A menu item longer than a short line ("Do not sell my personal information"): it
        is in the vocabulary, whole."""
        text = doc.blocks[i].text
        return len(text) <= _LONG_ITEM_CHARS and self._item(text) in self.vocab

    def _home_start(self, doc: Document, run: list[int]) -> int:
        """Where in ``run`` a menu opening with the home link starts (the run may begin with
        other short lines, such as a consent button), or -1."""
        for h, i in enumerate(run):
            if self._item(doc.blocks[i].text) in self.home and self._home_run(doc, run[h:]):
                return h
        return -1

    def _home_run(self, doc: Document, run: list[int]) -> bool:
        """A run of short lines before the story that opens with the home link and has at
        least ``_HOME_MENU_ITEMS`` capitalised items of at most ``_HOME_ITEM_WORDS`` words:
        a site menu whose sections the vocabulary lacks ("Home", "Jobs", "Date Sheets"...)."""
        if len(run) < _HOME_MENU_ITEMS or self._item(doc.blocks[run[0]].text) not in self.home:
            return False
        return all(self._home_item(doc.blocks[i].text) for i in run[1:])

    @staticmethod
    def _home_item(part: str) -> bool:
        """One item of a menu that opens with the home link: a short capitalised name."""
        core, _ = strip_decor(part)
        return (
            0 < len(core.split()) <= _HOME_ITEM_WORDS
            and core[:1].isupper()
            and last_char(core) not in ".!?:;,"
        )

    def _home_parts(self, text: str) -> list[str] | None:
        """The items of a menu line that opens with the home link (after a menu label such as
        "MENU" or "≡"), or ``None``: "Home | Jobs | Results | Date Sheets"."""
        if len(text) > _LONG_LINE or _SEP_ANY.search(text) is None:
            return None
        parts = [p for p in _SEP.split(text) if p.strip()]
        if len(parts) < _HOME_MENU_ITEMS:
            return None
        head = self._item(_LEAD_SIGN.sub("", parts[0]))
        if head not in self.home:
            label, _, rest = head.partition(" ")
            if label not in self.labels or rest not in self.home:
                return None
        if not all(self._home_item(p) for p in parts[1:]):
            return None
        return parts

    def _home_line(self, text: str) -> bool:
        """A line of menu links that opens with the home link (not a breadcrumb trail, which
        the title step reads)."""
        return self._home_parts(text) is not None and breadcrumb_parts(text) is None

    def _caps_menu(self, text: str) -> bool:
        """A line of menu items in capitals joined by single spaces ("TECH VIDEO OPINION
        SPORTS"): every word but one at most belongs to an item of the vocabulary, read
        greedily, longest item first, and there are at least ``_CAPS_MENU_ITEMS`` items."""
        if len(text) > _LONG_LINE or not text.isupper():
            return False
        words = norm(text).split()
        k = items = unknown = 0
        while k < len(words):
            for n in range(min(_ITEM_MAX_WORDS, len(words) - k), 0, -1):
                if " ".join(words[k : k + n]) in self.vocab:
                    k += n
                    items += 1
                    break
            else:
                # one word no item holds (a section the vocabulary lacks) is allowed
                unknown += 1
                if unknown > 1:
                    return False
                k += 1
        return items >= _CAPS_MENU_ITEMS

    def _flush(
        self,
        run: list[int],
        hits: int,
        need: int,
        last: int | None,
        extra: int = 0,
        bare: int = 0,
        lead: Document | None = None,
    ) -> Iterator[Decision]:
        """Remove ``run`` when it makes a menu; ``lead``: the document when the run sits
        above the story (where a run that opens with the home link is a menu)."""
        if not run or len(run) + extra < need:
            return
        # enough bare one-word items, and few others ("Live TV" above "Gulf", "UAE", ...)
        unknown = bare >= _BARE_MENU_ITEMS and bare * 4 >= len(run) * 3
        if not unknown and not _menu_share(hits + extra, len(run) + extra):
            h = -1 if lead is None else self._home_start(lead, run)
            if h < 0:
                return
            run = run[h:]
        for i in run:
            if last is not None and i > last:
                yield Remove(i, "footer_run", "site_footer",
                             f"one of {len(run)} short footer/menu links after the story")
            else:
                yield Remove(i, "menu_run", "navigation_menu",
                             f"one of {len(run)} short menu links before the story")

    def _menu_line(self, doc: Document, i: int, need: int) -> Remove | None:
        text = doc.blocks[i].text
        if len(text) > 300:
            return None
        if _SEP_ANY.search(text) is None:
            if self._caps_menu(text):
                return Remove(i, "menu_line", "navigation_menu",
                              "a line of menu links in capitals, one after another")
            return None
        if breadcrumb_parts(text) is not None:
            return None  # a breadcrumb trail: the title step reads it (and its section)
        if self._home_parts(text) is not None:
            return Remove(i, "menu_line", "navigation_menu",
                          "a line of menu links that opens with the home link")
        parts = [p for p in _SEP.split(text) if p.strip()]
        if len(parts) < max(3, need) or any(len(p.split()) > 4 for p in parts):
            return None
        hits = sum(1 for p in parts if self._item(p) in self.vocab)
        if _menu_share(hits, len(parts)) or (
            len(parts) >= _BARE_MENU_ITEMS and all(_bare_item(p) for p in parts)
        ):
            return Remove(i, "menu_line", "navigation_menu",
                          "a line of menu links joined by separators")
        return None
