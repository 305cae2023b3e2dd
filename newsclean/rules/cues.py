"""Shape cues shared by the context-sensitive steps (title, protect, lists, menus, captions,
neighbours).

Everything here is a pure function of a block's text or of the decisions already taken on a
:class:`~newsclean.document.Document`; nothing is cached across documents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import regex

from ..document import Document
from ..model import Fact
from ..provenance.names import credit_phrase, section_name
from ..shape import PICTOGRAPHS
from ..starts import Starts, starts
from ..step import Protect
from ..vocab import data_lines, data_text, read_ini

# closing quotes and brackets that may follow a line's last real character
_CLOSERS = "\"'”’»)]}›」』"
_OPENERS = "\"'“‘«„‚‹(「『→⇒➔➜▶►▸»>•·*-–— "
_LINEBREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
# decorations around a header line: bullets, arrows, rules, pipes
_DECOR = "-–—•*·▪►▶▸»«›‹>|#=_~:✓✔■□●○◆◇→⟩ \t\u00a0"
_PICTO_EDGES = regex.compile(f"^[{PICTOGRAPHS}\\s]+|[{PICTOGRAPHS}\\s]+$")
_BYLINE = regex.compile(
    r"^(?:(?:(?:story|written|reported|posted|words|text|reporting|photos?|compiled|edited"
    r"|submitted)\s+by|(?:escrito|redactado)\s+por|(?:r[ée]dig[ée]e?|[ée]crit)\s+par"
    r"|(?:geschrieben|ein\s+(?:artikel|beitrag))\s+von"
    r"|by|von|par|por|author|autor|auteur|autora)\b\s*:?"
    # labels that name the writer only before a colon: "Reporter: Jane Doe", "Redacción: ..."
    r"|(?:words|reporters?|redacci[oó]n|redaktion|r[ée]daction)\s*:"
    r"|✍\ufe0f?)\s*\p{L}",
    regex.IGNORECASE | regex.VERSION0,
)

#: a dateline opening a paragraph: "WASHINGTON (AP) –", "BEIJING, June 18 (Reuters) -",
#: "NEW DELHI:", "Paris (AFP) -"
_CITY_CAPS = r"\p{Lu}[\p{Lu}.'’\-]{2,}(?:[ /]\p{Lu}[\p{Lu}.'’\-]*){0,3}"
_CITY_ANY = r"\p{Lu}[\p{L}.'’\-]*(?:[ /]\p{Lu}[\p{L}.'’\-]*){0,3}"
_REGION = r"(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})?"
_DATE = (
    r"(?:,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\.?\s+\p{Lu}\p{Ll}{2,8}\.?)(?:,?\s+\d{4})?)?"
)
_AGENCY = r"\(\p{L}[\p{L}\d .&'’\-/]{0,40}\)"
DATELINE = regex.compile(
    rf"^(?:{_CITY_ANY}{_REGION}{_DATE}\s*{_AGENCY}\s*[-–—:]"
    rf"|{_CITY_CAPS}{_REGION}{_DATE}\s*(?:{_AGENCY}\s*)?[-–—:]\s)",
    regex.VERSION0,
)
#: a subhead set off by dashes or stars: "– Keeping allies close –", "*** Markets ***"
SUBHEAD = regex.compile(r"^(?:[-–—*•=]{1,3})\s*\S.{0,120}?\S\s*(?:[-–—*•=]{1,3})$")
#: a one-line quote: opens with a quote mark and closes with one (maybe plus an attribution)
QUOTE = regex.compile(r"^[\"“‘«„].{2,}?[\"”’»“](?:[,.]?\s*\p{Ll}.{0,60})?[.!?…]?$")


def norm(text: str) -> str:
    """Casefolded text with whitespace folded and apostrophes unified (for comparisons)."""
    return " ".join(text.replace("’", "'").replace("‘", "'").casefold().split())


_NOT_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")


def loose(text: str) -> str:
    """Letters and digits only, casefolded: "Mayor’s plan — live!" -> "mayorsplanlive"."""
    return _NOT_ALNUM.sub("", text.casefold())


def strip_decor(text: str) -> tuple[str, bool]:
    """A header line without its decorations, and whether it ended with a colon:
    "- In:" -> ("In", True); "» Related Posts «" -> ("Related Posts", False); "What's Hot 🔥"
    -> ("What's Hot", False)."""
    core = text.strip(_DECOR)
    if core and (core[0] >= "\u2190" or core[-1] >= "\u2190"):  # a pictograph may sit there
        core = _PICTO_EDGES.sub("", core).strip(_DECOR)
    colon = text.rstrip(" \t\u00a0-–—»›>|").endswith((":", "："))
    return core, colon


def last_char(text: str) -> str:
    """The last character that is not a closing quote or bracket ('' for none)."""
    t = text.rstrip(_CLOSERS + " \t\u00a0")
    return t[-1] if t else ""


#: the marks list items start with (bullets, arrows, the hash of a hashtag)
_LIST_MARKS = frozenset("-–—•*·▪►»›‣◦●○■□→#")


def lead_mark(text: str) -> str:
    """The bullet or hash mark a line starts with ("" for none): the items of one list share
    it."""
    c = text[:1]
    return c if c in _LIST_MARKS else ""


def first_char(text: str) -> str:
    """The first character that is not an opening quote or bracket ('' for none)."""
    t = text.lstrip(_OPENERS + " \t\u00a0")
    return t[0] if t else ""


#: characters a subhead and a one-line quote can start with (their patterns' first classes)
SUBHEAD_FIRST = frozenset("-–—*•=")
QUOTE_FIRST = frozenset("\"“‘«„")


_CAPS_SECOND = frozenset(".'’-")
#: what may follow the "(agency)" of the first branch
_AFTER_AGENCY = regex.compile(r"\s*[-–—:]", regex.VERSION0)
#: characters the second branch needs somewhere (its final ``[-–—:]\s``)
_BRANCH2_ENDS = ("-", "–", "—", ":")


def is_dateline(text: str) -> bool:
    """``DATELINE.match(text) is not None``, with the pattern run only on lines that pass
    exact necessary conditions for one of its branches (the pattern backtracks: several
    microseconds on a prose line that starts with a capital)."""
    # both branches start with \p{Lu}: an ASCII first character must be A-Z
    c = text[:1]
    if not c or (c.isascii() and not c.isupper()):
        return False
    # the first branch: "(agency)" is the first "(" (city, region and date hold none), it
    # closes at the first ")" after it with 1 to 41 characters inside, then [-–—:] follows
    p = text.find("(")
    if p > 0:
        q = text.find(")", p)
        if 1 <= q - p - 1 <= 41 and _AFTER_AGENCY.match(text, q + 1) is not None:
            return DATELINE.match(text) is not None
    # the second branch: three characters of [\p{Lu}.'’\-] (an ASCII one must be A-Z . ' -),
    # and [-–—:] somewhere later
    for c2 in text[1:3]:
        if c2.isascii() and not (c2.isupper() or c2 in _CAPS_SECOND):
            return False
    if len(text) < 3 or not any(e in text for e in _BRANCH2_ENDS):
        return False
    return DATELINE.match(text) is not None


#: a clock time alone on its line ("10.26am", "22:10 ET", "21.15 Uhr"): with another such line
#: in the text, the stamp of a live blog's entry
_STAMP = regex.compile(
    r"^\W{0,2}\d{1,2}[.:h]\d{2}\s*(?:[ap]\.?\s?m\.?|uhr|h|hrs)?(?:\s+(?-i:\p{Lu}{2,5}))?\W{0,2}$",
    regex.IGNORECASE | regex.VERSION0,
)


def is_stamp(text: str) -> bool:
    """The line is a clock time alone (a live blog's entry stamp, see ``_STAMP``)."""
    return len(text) <= 16 and any(c.isdigit() for c in text[:3]) and _STAMP.match(text) is not None


def is_subhead(text: str) -> bool:
    return (
        len(text) <= 140 and text[:1] in SUBHEAD_FIRST and SUBHEAD.match(text) is not None
    )


#: ``QUOTE`` after its opening: a closing quote, then the optional attribution to the end
_QUOTE_TAIL = regex.compile(r"[\"”’»“](?:[,.]?\s*\p{Ll}.{0,60})?[.!?…]?$", regex.VERSION0)
#: ``QUOTE``'s tail is at most 64 characters (a closing quote, [,.], \p{Ll}, 60, [.!?…]) plus
#: the whitespace it allows after the comma
_QUOTE_TAIL_MAX = 64


def is_quote(text: str) -> bool:
    """``QUOTE.match(text) is not None``: an opening quote, then a closing quote at index 3 or
    later followed by ``_QUOTE_TAIL``'s attribution to the end, searched for only among the
    last characters (the lazy ``.{2,}?`` of ``QUOTE`` otherwise tries every closing quote of
    a long line, each followed by a 60-character scan)."""
    if text[:1] not in QUOTE_FIRST:
        return False
    if "\n" in text:  # ``.`` stops there: leave it to the pattern
        return QUOTE.match(text) is not None
    n = len(text)
    # a closing quote before n - 64 needs [,.] and whitespace only up to index n - 63
    a = n - _QUOTE_TAIL_MAX + 1
    while a >= 0 and (text[a].isspace() or text[a] in ",."):
        a -= 1
    return _QUOTE_TAIL.search(text, max(3, min(a, n - _QUOTE_TAIL_MAX))) is not None


def is_byline(text: str) -> bool:
    return _BYLINE.match(text) is not None


def headline_shaped(doc: Document, i: int, min_words: int, max_words: int) -> bool:
    """Block ``i`` looks like a headline: ``min_words``..``max_words`` words, mostly letters,
    no URL, not a bullet, starting with a capital or a digit, not ending like a sentence
    (``.``, ``:``, ``;``, ``,``; a ``?`` or ``!`` is fine), not a byline."""
    sh = doc.shape(i)
    if sh.bullet or sh.url or not min_words <= sh.words <= max_words or sh.letters < 0.6:
        return False
    text = doc.blocks[i].text
    if last_char(text) in ".:;,…" or text.endswith("..."):
        return False
    if not headline_start(text):
        return False
    return not is_byline(text)


#: inverted marks a Spanish question or exclamation opens with, and currency signs a headline
#: may open with before its figure ("¿Por qué…?", "$2bn deal…", "€5m for…")
_HEADLINE_LEAD = "¿¡"
_CURRENCY = "$€£¥"


def headline_start(text: str) -> bool:
    """``text`` opens as a headline does: a capital or a digit (after opening quotes, brackets
    and a Spanish "¿"/"¡"), a numbered episode or issue ("#309: …"), a currency sign before a
    digit ("$2bn deal…"), or a brand written with a lower-case first letter and a capital
    inside its first word ("iPhone sales…")."""
    t = text.lstrip(_OPENERS + _HEADLINE_LEAD + " \t\u00a0")
    c = t[:1]
    if c.isupper() or c.isdigit():
        return True
    if c == "#" and t[1:2].isdigit():
        return True  # a numbered episode or issue ("#309: ..."): as a leading number
    if c and c in _CURRENCY:
        return t[1:2].isdigit()
    if c.islower():
        word = t.split(maxsplit=1)[0]
        return any(ch.isupper() for ch in word[1:]) and word.isalpha()
    return False


#: a headline inside the story has at least this many words (shorter lines are subheads)
MID_HEADLINE_MIN_WORDS = 5


def mid_headline(doc: Document, i: int, max_words: int) -> bool:
    """Block ``i`` may be another story's headline inside this one: headline-shaped with at
    least ``MID_HEADLINE_MIN_WORDS`` words, not prose, not a question or an exclamation (a
    subhead may ask), not in capitals (a kicker), not a dateline or a set-off subhead."""
    if doc.prose(i) or not headline_shaped(doc, i, MID_HEADLINE_MIN_WORDS, max_words):
        return False
    text = doc.blocks[i].text
    return (
        last_char(text) not in "?!"
        and not text.isupper()
        and not text[:1].isdigit()
        and not is_dateline(text)
        and not is_subhead(text)
    )


#: a list number that opens an item ("1.", "2)", "• 3."), not one of its figures
_LEAD_NUMBER = regex.compile(r"^\W*\d{1,2}[.)]\s", regex.VERSION0)


def figure_list(doc: Document, run: Sequence[int]) -> bool:
    """Most lines of ``run`` carry a figure of their own (a quantity, a time, a score: "1 tbsp
    butter", "Quiz night, 8pm", "Jane Roe (Green) 1,439"), a list number aside: the story's
    facts set out line by line, not other stories' headlines, which seldom carry one."""
    figures = sum(
        1
        for i in run
        if any(c.isdigit() for c in _LEAD_NUMBER.sub("", doc.blocks[i].text.lstrip()))
    )
    return 2 * figures > len(run)


def in_mid_headline_run(doc: Document, i: int, max_words: int) -> bool:
    """Block ``i`` is one of two or more headlines in a row right under a removed "Also read"
    line: the rest of that pointer's list inside the story. (Headline-shaped lines in a row
    elsewhere in a story are as often its own subheads and short lines: left alone.)"""
    def item(j: int) -> bool:
        return not doc.removed(j) and mid_headline(doc, j, max_words)

    if not item(i):
        return False
    start = i
    while start > 0 and item(start - 1):
        start -= 1
    end = i + 1
    while end < len(doc.blocks) and item(end):
        end += 1
    return (
        end - start >= 2
        and start > 0
        and doc.removed(start - 1)
        and doc.category(start - 1) == "also_read"
        and not figure_list(doc, range(start, end))
    )


#: a word two texts share, for telling whether lines speak of the story: five letters or more
#: (shorter words are mostly the four languages' articles, pronouns and particles)
_CONTENT_WORD = regex.compile(r"\p{L}{5,}", regex.VERSION0)
#: at most this share of a run's lines may share a word with the story for the run to speak
#: of other things
_FOREIGN_SHARE = 0.4


#: the four languages' function words ("after", "their", "avec"): no sign that two lines
#: speak of the same thing
_FUNCTION_WORDS = frozenset(
    w.casefold()
    for lang in ("en", "de", "fr", "es")
    for line in data_lines(f"{lang}/stopwords.txt")
    for w in line.split()
)


def foreign_run(doc: Document, run: Sequence[int], *, strict: bool = False) -> bool:
    """The lines of ``run`` speak of other things than the story: at most ``_FOREIGN_SHARE`` of
    them share a word of five letters or more with the story's kept prose, and none more than
    two (a headline list of other stories, not the story's own list); at most half name who
    made a work (a list of books or films the story recommends names no word of it either)
    and at most one asks a question (a story's questions and answers may not either).
    ``strict``: no line shares a word with the story but function words (``<lang>/
    stopwords.txt``: "after", "their"), for runs inside it, where the story's own lists
    stand."""
    inside = set(run)
    story: set[str] = set()
    for j, b in enumerate(doc.blocks):
        if j not in inside and doc.prose(j) and not doc.removed(j):
            story.update(w.casefold() for w in _CONTENT_WORD.findall(b.text))
    if strict:
        story -= _FUNCTION_WORDS
    shared = [
        len({w.casefold() for w in _CONTENT_WORD.findall(doc.blocks[i].text)} & story)
        for i in run
    ]
    most = 0 if strict else 2
    if max(shared) > most or sum(1 for n in shared if n) > _FOREIGN_SHARE * len(run):
        return False
    credited = sum(1 for i in run if _CREDITED_WORK.search(doc.blocks[i].text))
    asked = sum(1 for i in run if last_char(doc.blocks[i].text) == "?")
    return 2 * credited <= len(run) and asked < 2

#: a run of headlines inside the story, with no header, is taken for other stories' only from
#: this many lines on (two headline-shaped lines in a row are as often the story's subheads)
FOREIGN_MID_RUN = 3


def foreign_headline_runs(
    doc: Document,
    first: int,
    last: int,
    max_words: int,
    lead_in: Callable[[str], bool] | None = None,
) -> list[list[int]]:
    """Runs of at least ``FOREIGN_MID_RUN`` open headline-shaped lines (``mid_headline``)
    between the story's prose blocks ``first`` and ``last``, each run right between two prose
    paragraphs or removed lines, not introduced by a line ending with a colon (or one
    ``lead_in`` accepts), not mostly figures, and speaking of other things than the story
    (``foreign_run``, strictly: no line shares a word with it): a block of links to other
    stories the site dropped inside the story with no header. Lines ``protect`` has judged
    stay out (it leaves these runs open)."""
    decisions = doc.decisions
    runs: list[list[int]] = []
    i = first + 1
    while i < last:
        j = i
        while j < last and type(decisions[j]) is not Protect and not doc.removed(j) and (
            mid_headline(doc, j, max_words)
        ):
            j += 1
        if j == i:
            i += 1
            continue
        run = list(range(i, j))
        i = j
        if len(run) < FOREIGN_MID_RUN:
            continue
        above, below = run[0] - 1, run[-1] + 1
        if not all(
            doc.prose(k) or doc.removed(k) or type(decisions[k]) is Protect
            for k in (above, below)
        ):
            continue
        intro = doc.blocks[above].text
        if not doc.removed(above) and (
            last_char(intro) == ":" or (lead_in is not None and lead_in(intro))
        ):
            continue
        if not figure_list(doc, run) and foreign_run(doc, run, strict=True):
            runs.append(run)
    return runs


#: a line that ends by naming who made a work ("Soup for Strangers by Lorna Beckwith"): a run
#: of those is the story's list of books, songs or films, not other stories' headlines
_CREDITED_WORK = regex.compile(
    r"\s(?:by|von|par|por)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*$",
    regex.VERSION0,
)


def storyish(doc: Document, i: int) -> bool:
    """Block ``i`` is a sentence of at least six words (shorter than prose, but the
    story's own: "He declined to comment further on the case."), bulleted or numbered too (a
    recipe's step, a key point: a link to another story does not end like a sentence)."""
    sh = doc.shape(i)
    end = last_char(doc.blocks[i].text)
    return sh.sentence and sh.words >= 6 and end in ".!?"


def story_bounds(doc: Document) -> tuple[int | None, int | None]:
    """(first, last) kept prose blocks; in a text without prose, the first and last kept
    sentences of at least six words stand in for them."""
    first, last = doc.first_kept_prose(), doc.last_prose()
    if first is not None:
        return first, last
    kept = [i for i in range(len(doc.blocks)) if not doc.removed(i) and storyish(doc, i)]
    return (kept[0], kept[-1]) if kept else (None, None)


def story_end(doc: Document, last: int) -> int:
    """The story's last line, given its last prose line ``last``: the last kept sentence of six
    words or more after it ("Los técnicos elaborarán un informe en las próximas semanas.", "A
    few flaws, but easy to recommend.", a recipe's closing tip), provided the lines between are
    mostly kept (a review's specification list under an ad label, a recipe's ingredients, a
    subhead), not a page's tail of removed lists with a stray sentence below; else ``last``.
    A question does not end the story: the headline of another story may ask one ("Why are
    rents still rising?"); nor does a sentence under a removed list header ("More stories"):
    the page's lists have begun."""
    return _story_reach(doc, last, range(last + 1, len(doc.blocks)), frozenset())


def story_start(doc: Document, first: int) -> int:
    """The story's first line, given its first prose line ``first``: the first kept sentence of
    six words or more before it ("A neighbour smelled smoke. Then she saw the glow."), provided
    the lines between are mostly kept (a subhead, a short line of the story) and no removed list
    header or title lies between; else ``first``. The mirror of ``story_end``."""
    return _story_reach(doc, first, range(first - 1, -1, -1), _TITLE)


_TITLE = frozenset({"title"})


def _story_reach(doc: Document, at: int, order: range, stops: frozenset[str]) -> int:
    """The farthest kept story sentence (``storyish``, not a question) from block ``at`` along
    ``order`` with at least as many kept lines as removed ones on the way, stopping at a
    removed list header or a decision of a category in ``stops``; else ``at``."""
    decisions = doc.decisions
    kept = removed = 0
    best = at
    for j in order:
        d = decisions[j]
        if d is None or type(d) is Protect:
            if kept >= removed and storyish(doc, j) and last_char(doc.blocks[j].text) != "?":
                best = j
            kept += 1
            continue
        category = doc.category(j) or ""
        if category.endswith("_header") or category in stops:
            break
        removed += 1
    return best


def nonprose(doc: Document) -> list[int]:
    """Indices of the blocks that are not prose, in order, built once per document (it does
    not depend on decisions): the blocks a step that never decides prose need look at. Any
    block between two consecutive ones is prose."""
    return doc.memo("context.nonprose", _nonprose)


def _nonprose(doc: Document) -> list[int]:
    return [i for i, p in enumerate(doc.prose_flags()) if not p]


def kept_index(doc: Document) -> list[int]:
    """Indices of the blocks still in the body, in order (a run of these is "adjacent")."""
    return [i for i, d in enumerate(doc.decisions) if d is None or type(d) is Protect]


def tight(doc: Document, i: int) -> bool:
    """Block ``i`` follows block ``i - 1`` on the very next line (no blank line between)."""
    if i <= 0:
        return False
    between = doc.text[doc.blocks[i - 1].end : doc.blocks[i].start]
    breaks = sum(1 for c in between if c in _LINEBREAKS) - between.count("\r\n")
    return breaks <= 1


def has_blank_lines(doc: Document) -> bool:
    """The document separates at least one pair of blocks with a blank line."""
    return any(not tight(doc, i) for i in range(1, len(doc.blocks)))


#: a section label's own label: "Filed under Entertainment", "Section — Health"
_SECTION_LABEL = regex.compile(
    r"^(?:filed\s+(?:under|in)|posted\s+in|section|category|categor[íi]a|cat[ée]gorie|rubrique"
    r"|secci[oó]n|rubrik|kategorie|ressort)(?:\s*[:—–\-]\s*|\s+)(?=\S)",
    regex.IGNORECASE | regex.VERSION0,
)


def fact(doc: Document, kind: str, start: int, end: int, rule: str) -> Fact | None:
    """A fact whose value and evidence are ``doc.text[start:end]`` trimmed (None if empty); a
    section's value loses its own label ("Filed under ...") and is None when it names no
    section (see :func:`section_name`); a photo credit that is a phrase ("The week in
    pictures", see :func:`credit_phrase`) is None."""
    raw = doc.text[start:end]
    value = raw.strip(" \t\u00a0-–—|:>»›,;")
    if kind == "tags":  # "* Elections", "#Elections": the bullet or hash is not the tag
        value = value.lstrip("*•·▪►‣◦●○■□→#").lstrip()
    if kind == "section" and value:
        m = _SECTION_LABEL.match(value)
        if m is not None:
            value = value[m.end() :].strip(" \t\u00a0-–—|:>»›,;")
        if not section_name(value):
            return None
    if not value or (kind == "photo_credit" and credit_phrase(value)):
        return None
    s = start + raw.index(value)
    return Fact(kind, value, s, s + len(value), value, rule)


# -- cheap gates before regexes ------------------------------------------------------------------


class PrefixGate:
    """Whether a line may match an anchored pattern, judged from its first four characters
    by partial matching (``rx.match(prefix, partial=True)`` is ``None`` only when no text
    starting with ``prefix`` matches; that holds for any prefix, ASCII or not), after a
    cheaper look at the first two against the beginnings read off the patterns
    (:func:`~newsclean.starts.starts`). Answers are kept per prefix in the gate, at most
    ``LIMIT`` of them: they are a property of the pattern (like a compiled regex), owned by
    the step that owns the gate, not of any document. Past the limit, unseen prefixes are
    matched each time."""

    __slots__ = ("_rxs", "_seen", "_starts")
    LIMIT = 1 << 14  # about a megabyte a gate at most (the gates are per pipeline)

    def __init__(self, *rxs: regex.Pattern[str] | None) -> None:
        """A gate for one pattern, or for any of several (``None`` ones are left out)."""
        self._rxs = tuple(rx for rx in rxs if rx is not None)
        self._seen: dict[str, bool] = {}
        found: Starts | None = Starts({})
        for rx in self._rxs:
            # a verbose or version-1 pattern reads otherwise than the stdlib parser reads it
            odd = rx.flags & (regex.VERBOSE | regex.VERSION1)
            one = None if odd else starts(rx.pattern)
            found = None if one is None or found is None else found | one
        self._starts = found

    def __call__(self, text: str) -> bool:
        p = text[:4]
        v = self._seen.get(p)
        if v is None:
            v = (self._starts is None or self._starts.allows(p[:2])) and any(
                rx.match(p, partial=True) is not None for rx in self._rxs
            )
            if len(self._seen) < self.LIMIT:
                self._seen[p] = v
        return v

    def may_open(self, core: str) -> bool:
        """Whether a pattern could match the normalised form of ``core`` (a line without its
        decorations; :func:`norm` lower-cases it), judged from its first four characters
        when they are plain ASCII; any other beginning is let through."""
        head = core[:4]
        if head.isascii() and head.isprintable() and "  " not in head:
            return self(head.lower())
        return True

    def passing(self, doc: Document) -> list[int]:
        """The blocks of ``doc`` whose text the gate lets through, in order (``self(text)``
        for each, with no Python call for a prefix it already knows)."""
        get = self._seen.get
        return [i for i, h in enumerate(heads(doc)) if (v := get(h)) or (v is None and self(h))]


def heads(doc: Document) -> list[str]:
    """The first four characters of every block (what a :class:`PrefixGate` reads), built
    once per document."""
    return doc.memo("context.heads", _heads)


def _heads(doc: Document) -> list[str]:
    return [b.text[:4] for b in doc.blocks]


def moves_tail(doc: Document, i: int, going: int | None = None) -> bool:
    """Removing block ``i`` would move the tail zone over kept lines: it is the last kept prose
    line and a kept non-prose line sits between it and the kept prose line before it. Tail rules
    (which ran earlier) did not see that line in the tail; cleaning the body again would, so the
    removal would break idempotence. Blocks from ``going`` on count as removed (a list header
    and the items taken with block ``i``)."""
    if not doc.prose(i) or doc.last_prose() != i:
        return False
    j = i - 1
    while j >= 0 and (doc.removed(j) or (going is not None and j >= going)):
        j -= 1
    if j < 0 or doc.prose(j):
        return False
    return any(doc.prose(k) and not doc.removed(k) for k in range(j))


def data_lists(languages: Iterable[str], name: str) -> dict[str, list[str]]:
    """The multi-line values of ``data/<lang>/<name>`` (an INI file) for English and
    ``languages``, one list per key, every language's lines appended in order (sections are only
    for readers)."""
    out: dict[str, list[str]] = {}
    for lang in dict.fromkeys(("en", *languages)):
        text = data_text(f"{lang}/{name}")
        if text is None:
            continue
        cp = read_ini(text, source=f"data/{lang}/{name}")
        for section in cp.sections():
            for k, v in cp.items(section):
                out.setdefault(k, []).extend(p.strip() for p in v.splitlines() if p.strip())
    return out


def whole_line(patterns: list[str], flags: int = regex.IGNORECASE | regex.UNICODE | regex.VERSION0
               ) -> regex.Pattern[str] | None:
    """One regex matching a whole line against any of ``patterns`` (``None`` for none)."""
    if not patterns:
        return None
    return regex.compile("^(?:" + "|".join(f"(?:{p})" for p in patterns) + ")$", flags)


def any_word(fragments: Sequence[str]) -> regex.Pattern[str]:
    """One case-insensitive regex finding any of ``fragments`` (regex fragments from a data
    file) as whole words; a pattern that never matches when there are none."""
    body = "|".join(f"(?:{f})" for f in fragments) or r"(?!)"
    return regex.compile(rf"(?<!\w)(?:{body})(?!\w)", regex.IGNORECASE | regex.VERSION0)
