"""The title line, its site suffix, lines that repeat it, and breadcrumbs."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

import regex

from ..document import Document
from ..literals import has_odd_chars
from ..provenance.names import PERSON
from ..shape import shape_of
from ..step import Decision, Protect, Remove, RuleInfo, SetTitle
from ..vocab import data_lines
from .cues import (
    data_lists,
    fact,
    first_char,
    headline_shaped,
    is_byline,
    is_dateline,
    is_stamp,
    last_char,
    loose,
    story_bounds,
)
from .lists import HeaderTable

_FLAGS = regex.IGNORECASE | regex.VERSION0
#: a site's tagline (with its name when they share a line) has at most this many words
_TAGLINE_MAX_WORDS = 10

#: "Title – Site", "Title | Site", "Title - Site", "Title -Site", "Title |Site", "Title :: Site",
#: "Title · Site", "Title || Site", "Title » Site", "Title ‹ Site", "Title › Site"
_SUFFIX = regex.compile(
    r"^(?P<head>.*\S)(?P<sep>\s+(?:\|\||\||–|—|-|::|·|•|»|‹|›)\s+"
    r"|\s+\|(?=[\p{Lu}\d])"  # " |Site": a pipe glued to a capitalised name
    r"|\s+-(?=[\p{Lu}\d]|[a-z\d][a-z\d\-]*(?:\.[a-z\d\-]+)*\.[a-z]{2,24}\s*$))"  # " -host.net"
    r"(?P<site>[^|–—]{1,60}?)\s*$",
    regex.VERSION0,
)
#: a sentence ending inside the line: "... here! Check them out", "... advertiser. All ..."
_SENTENCE_BREAK = regex.compile(r"\p{Ll}{2,}[.!?]['\"”’)]*\s+[\p{Lu}\d\"“‘]", regex.VERSION0)
#: a date label and its date ("Uploaded on Tue, Feb 11, 2025", "Publié le 22 août 2021",
#: "Modificado el 12 de julio de 2025"): the weekday or month may come before the number
_DATE_LABEL_LINE = (
    r"^(?:(?:first|last|date)\s+)?(?:published|posted|updated|modified|uploaded|edited|created"
    r"|ver[öo]ffentlicht|aktualisiert|erstellt|publi[ée]e?|modifi[ée]e?|mis\s+[àa]\s+jour"
    r"|mis\s+en\s+ligne|publicad[oa]|actualizad[oa]|modificad[oa])"
    r"(?:\s+(?:on|at|am|le|el|den))?\s*:?\s*(?:\p{L}+\.?,?\s+){0,2}\d"
)
#: a reprint's credit line: "Originally published by ...", "Originally appeared on ..."
_REPRINT_LINE = r"^originally\s+(?:published|appeared|posted|ran)\b"
#: a stock picture's caption: "Image for representation", "Representational photo", "Photo used
#: for representational purposes" (a headline about representation names no picture)
_REPRESENTATION_LINE = (
    r"\b(?:(?:image|photo|picture|pic)s?\s+(?:used\s+)?(?:for|is)\s+(?:\w+\s+)?represent"
    r"|representa(?:tion|tional|tive)\s+(?:image|photo|picture|pic)s?\b)"
)
#: a relative time alone on its line: "3 hours ago", "Il y a 3 heures", "vor 2 Tagen",
#: "hace 5 horas"
_RELATIVE_TIME_LINE = (
    r"^(?:(?:il\s+y\s+a|hace|vor)\s+\d{1,3}\s+\p{L}+"
    r"|\d{1,3}\s+(?:min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?)\s+ago)\s*$"
)
#: full weekday names (``data/provenance/weekdays.txt``, abbreviations left out)
_WEEKDAYS = sorted(
    (w for ln in data_lines("provenance/weekdays.txt") for w in ln.split("|") if len(w) >= 5),
    key=len,
    reverse=True,
)
#: a weekday, then a full date: a date line or a print edition's folio ("15  Sunday, 5 March
#: 2023  CITY JOURNAL", "SATURDAY, FEBRUARY 18, 2023"), no headline
_WEEKDAY_DATE = (
    r"\b(?:" + "|".join(regex.escape(w) for w in _WEEKDAYS) + r")\.?,?\s+"
    r"(?:\d{1,2}(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?\p{L}+\.?|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
    r",?\s+(?:de\s+)?(?:19|20)\d{2}\b"
)
#: lines that are metadata, not a headline: a label followed by a number ("Read time: 4 min",
#: "Date:2023-…"), section/tag labels, photo credits and ISO dates (clock times: ``_CLOCK``)
_NOT_TITLE = regex.compile(
    r"^\p{L}[\p{L} ]{1,24}:\s*[~≈]?\d"
    r"|^(?:posted in|filed (?:under|in)|section|category|categories|tags?|topics?|rubrique|"
    r"catégorie|sección|categoría|kategorie|ressort)\b"
    r"|^\p{L}[\p{L} ]{0,30}\s(?:by|von|par|por)\s*:"
    r"|\b(?:photo|image|picture|photograph|foto|imagen|bild|credit)s?\s*(?:credit|by|source)?\s*:"
    r"|\((?:photo|image|picture|file)\b|\b\d{4}-\d{2}-\d{2}\b"
    rf"|{_DATE_LABEL_LINE}|{_REPRINT_LINE}|{_REPRESENTATION_LINE}|{_RELATIVE_TIME_LINE}"
    rf"|{_WEEKDAY_DATE}",
    _FLAGS,
)
#: ``_NOT_TITLE`` in parts, each tried only where it can match (only whether one matches
#: counts): the two anchored at the start; those that need a colon; "(photo"; an ISO date
_NOT_TITLE_START = regex.compile(
    r"^\p{L}[\p{L} ]{1,24}:\s*[~≈]?\d"
    r"|^(?:posted in|filed (?:under|in)|section|category|categories|tags?|topics?|rubrique|"
    r"catégorie|sección|categoría|kategorie|ressort)\b"
    # a "<verb> by: <name>" field ("Issued by: Acme Corp", "Photos by: ...")
    r"|^\p{L}[\p{L} ]{0,30}\s(?:by|von|par|por)\s*:"
    rf"|{_DATE_LABEL_LINE}|{_REPRINT_LINE}|{_RELATIVE_TIME_LINE}",
    _FLAGS,
)

_NOT_TITLE_COLON = regex.compile(
    r"\b(?:photo|image|picture|photograph|foto|imagen|bild|credit)s?\s*(?:credit|by|source)?\s*:",
    _FLAGS,
)
#: a clock time marks a metadata line ("Updated 10:45", "21:52 IST") when a zone or am/pm
#: follows it or the line has fewer than ``_CLOCK_HEADLINE_WORDS`` words of letters; a longer
#: line is a headline quoting a game clock or a kick-off time
_CLOCK = regex.compile(
    r"\b\d{1,2}:\d{2}\b(?P<zone>\s*(?:[AaPp]\.?[Mm]\b|[A-Z]{2,5}\b))?", regex.VERSION0
)
_LETTER_WORD = regex.compile(r"\b\p{L}{2,}", regex.VERSION0)
_CLOCK_HEADLINE_WORDS = 6
#: a line all in capitals is a kicker ("CLICK FOR RESULTS") unless it has at least this many
#: words: then it is a headline set in capitals
_CAPS_HEADLINE_WORDS = 7
_NOT_TITLE_PAREN = regex.compile(r"\((?:photo|image|picture|file)\b", _FLAGS)
_REPRESENTATION = regex.compile(_REPRESENTATION_LINE, _FLAGS)
_NOT_TITLE_WEEKDAY_DATE = regex.compile(_WEEKDAY_DATE, _FLAGS)
#: a four-digit year (20xx or 19xx): ``_WEEKDAY_DATE`` needs one
_YEAR = re.compile(r"(?:19|20)\d\d")
_NOT_TITLE_DATE = regex.compile(r"\b\d{4}-\d{2}-\d{2}\b", _FLAGS)
_FIELD_SEP = regex.compile(r"\s(?:\||•|·)\s")
_SOCIAL = regex.compile(
    r"\b(?:facebook|twitter|whatsapp|pinterest|telegram|linkedin|reddit|e-?mail|instagram|x)\b",
    _FLAGS,
)
#: lower-case literals one of which every ``_SOCIAL`` match holds (unless the text holds a
#: character ``regex`` folds to an ASCII letter)
_SOCIAL_WORDS = (
    "facebook",
    "twitter",
    "whatsapp",
    "pinterest",
    "telegram",
    "linkedin",
    "reddit",
    "mail",
    "instagram",
    "x",
)
#: a separator ``_SUFFIX`` needs: whitespace, then | – — - :: · • » ‹ › (``re``'s ``\s``
#: holds ``regex``'s)
_SUFFIX_SEP = re.compile(r"\s(?:[|–—\-·•»‹›]|::)")
_BC_PREFIX = regex.compile(
    r"^(?:current|you are here|you're here|location|path|sie sind hier|vous êtes ici|"
    r"vous etes ici|usted está en|estás en|está en)\s*:\s*",
    _FLAGS,
)
_BC_HOME = regex.compile(
    r"^(?:home|homepage|home page|start|startseite|accueil|inicio|portada|news|main)$", _FLAGS
)
#: a headline cut from the lead has at least this many letters and digits (shorter ones open
#: many lines by chance), and the lead may put a dateline of up to this many before it
_LEAD_KEY_MIN = 15
#: ... unless the line ends with an ellipsis (a headline a feed cut short): then two will do
_CUT_KEY_MIN = 2
#: a cut headline taken for the story's first paragraph has at least this many words
_CUT_PROSE_MIN_WORDS = 6
_CUT = regex.compile(r"[^\s.…](?:\.{3}|…)\s*$", regex.VERSION0)
_DATELINE_LOOSE_MAX = 40
#: the raw characters such a dateline may take ("WASHINGTON, March 3 (Reuters) — ")
_DATELINE_RAW_MAX = 80
#: characters a headline's first word may open with that the lead may lack
_OPENING = "\"'“‘«([¿¡"
#: a trail joined by slashes has at most this many elements; more are a menu line's
_BC_SLASHED_MAX = 4
_BC_CHARS = re.compile(r"[>»›→⟩⇒/\\]")
# ">" "»" "›" "→" "⟩" and " / " between breadcrumb elements
_BC_SEP = regex.compile(r"\s*(?:>>?|»|›|→|⟩|⇒)\s*|\s+/\s+|\s+\\\s+")
_BC_PIPE = regex.compile(r"\s+\|\s+")
#: a date field after such a name: it holds a year ("3 Sep 2024", "Wed, 06 Mar 2024 15:40 GMT")
#: or a numeric date ("09/26/2024")
_DATE_FIELD = regex.compile(r"\b(?:19|20)\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b", regex.VERSION0)
_NAME_FIELDS = regex.compile(
    rf"^(?P<name>{PERSON})\s*(?:,|\||·|•|–|—|\s-)\s*(?P<rest>\S.{{0,60}})$", regex.VERSION0
)
#: the label of a byline ("By", "Par", "Por"): a name list opening with it is labelled
_BY_WORDS = frozenset({"by", "par", "por"})
#: what may lead a byline without "By" under a headline ("— Jane Roe, Staff Reporter")
_BYLINE_LEAD = "—–-•· \t"
#: a short tag in brackets after a repeated title ("... (VIDEO)", "... [UPDATED]") or a short
#: label before it ("Breaking: ...", "[Watch] ..."): the line still only repeats the title
_TAG_TAIL = regex.compile(r"\s*[(\[][^()\[\]]{1,24}[)\]]\s*$", regex.VERSION0)
_TAG_HEAD = regex.compile(
    r"^\s*(?:[(\[][^()\[\]]{1,24}[)\]]|\p{L}{2,15}(?:\s\p{L}{2,15})?\s*:)\s*", regex.VERSION0
)
#: a line ending with one full stop (no ellipsis): a sentence
_SENTENCE_END_ONLY = regex.compile(r"[^.…\s]\.\s*$", regex.VERSION0)
#: the rest of a dated byline has at most this many words
_DATE_FIELD_MAX_WORDS = 8


def _byline_roles(languages: Sequence[str]) -> regex.Pattern[str] | None:
    """The staff roles a byline without "By" puts after the name (``byline_roles`` of
    ``data/<lang>/captions.ini``), as one pattern matching a whole field."""
    roles = data_lists(languages, "captions.ini").get("byline_roles", [])
    if not roles:
        return None
    return regex.compile(r"^(?:{})\.?$".format("|".join(f"(?:{r})" for r in roles)), _FLAGS)


#: a label in capitals and a colon opening a line ("EXCLUSIVE: ...", "LIVE UPDATES: ...")
_CAPS_LABEL = regex.compile(r"^(\p{Lu}[\p{Lu}\d '’\-]{1,24}?)\s*:\s+\S", regex.VERSION0)


#: the words after a dateline's separator that make it a headline with a parenthesis instead:
#: a few words, none of four letters or more in lower case, no closing period
_PAREN_HEADLINE_MAX_WORDS = 8
_DATELINE_SEPARATOR = regex.compile(r"\)\s*[-–—:]\s*")


def _story_dateline(text: str) -> bool:
    """``is_dateline``, except for a headline that only looks like one: a name, a parenthesis
    and a few Title Case words ("Croatia (Group E): Sixth Appearance"); a story's dateline
    goes on with a sentence ("WASHINGTON (AP) — The Senate voted ...") or ends the line."""
    if not is_dateline(text):
        return False
    m = _DATELINE_SEPARATOR.search(text)
    if m is None:
        return True
    rest = text[m.end() :].split()
    if not rest or len(rest) > _PAREN_HEADLINE_MAX_WORDS or rest[-1][-1:] in ".,;":
        return True
    return any(len(w) >= 4 and w[:1].isalpha() and w[:1].islower() for w in rest)


def _title_like(
    text: str, suffixed: bool, caps: bool = False, kicker: bool = False, exclaim: bool = False
) -> bool:
    """Not a shouted kicker ("CLICK FOR RESULTS"; with ``caps``, a line in capitals with a
    sentence's worth of words is a headline), an exclamation, a bare question (a headline
    ending with "?" is taken only with a site suffix), two long sentences, a byline,
    a dateline, a photo credit, a labelled metadata line ("Read time: 4 min", "Filed under:
    Health"), a row of fields ("A | B | C") or of share buttons. With ``kicker`` the line
    opens with a kicker label ("BREAKING: ..."), which only looks like a dateline. With
    ``exclaim`` a byline follows the line, so an exclamation is a headline ("Goal!"), and so
    is a line in capitals of three words or more ("JAM RECIPE FOR AUTUMN")."""
    end = last_char(text)
    if (
        (end == "!" and not exclaim)
        or is_byline(text)
        or (not kicker and _story_dateline(text))
        or _not_title(text)
    ):
        return False
    if ":" in text and _clock_line(text):
        return False
    if end == "?" and not suffixed:
        return False  # a question opening a text is more often its lead than its headline
    if not suffixed and ("." in text or "!" in text or "?" in text):
        m = _SENTENCE_BREAK.search(text)
        if m is not None and len(text[: m.start()].split()) >= 7:
            return False
    if ("|" in text or "•" in text or "·" in text) and len(_FIELD_SEP.findall(text)) >= 2:
        return False
    if _may_be_social(text) and len(_SOCIAL.findall(text)) >= 2:
        return False
    if text.upper() != text:
        # a character upper-casing changes is cased and not upper (tested over all of
        # Unicode): the line is not all capitals
        return True
    cased = [c for c in text if c.lower() != c.upper()]
    if len(cased) >= 8 and all(c.isupper() for c in cased):
        # a kicker shouts a few words; a headline set in capitals has a sentence's worth, or
        # a byline right below it
        words = shape_of(text).words
        return caps and (words >= _CAPS_HEADLINE_WORDS or (exclaim and words >= 3))
    return True


def _cut_off(text: str) -> bool:
    """The line ends with an ellipsis glued to its last word: a feed cut the headline short
    ("Minister quits after..."); a spaced one ("But here is the catch …") is the writer's."""
    m = _CUT.search(text)
    return m is not None


def _cut_headline(doc: Document, i: int, min_words: int, max_words: int) -> bool:
    """Block ``i`` is headline-shaped but for the ellipsis a feed cut it short with."""
    text = doc.blocks[i].text
    if not _cut_off(text):
        return False
    sh = doc.shape(i)
    if sh.bullet or sh.url or not min_words <= sh.words <= max_words or sh.letters < 0.6:
        return False
    c = first_char(text)
    return (c.isupper() or c.isdigit()) and not is_byline(text)


#: a sentence ends and the next one begins inside the line
_SENTENCE_TURN = regex.compile(r"\w[.!?] +\p{Lu}")

#: the line that goes on with a wrapped paragraph has at least this many words
_WRAPPED_NEXT_WORDS = 5


def _wrapped(doc: Document, i: int, carry: frozenset[str] = frozenset()) -> bool:
    """Block ``i`` is a line of a hard-wrapped paragraph (print editions, e-mail copies): the
    next line follows it without a blank line and goes on with a lower-case word ("... put
    them in a" / "large pot. To the pears, ..."); a headline's next line starts afresh. In a
    cleaned body (a blank line between the lines) the next line must turn to a new sentence
    or open with a word in ``carry`` that carries the sentence over ("and", "but", "of"...:
    ``data/<lang>/continuation_words.txt``)."""
    j = i + 1
    if j >= len(doc.blocks):
        return False
    gap = doc.text[doc.blocks[i].end : doc.blocks[j].start]
    if gap.strip():
        return False
    nxt = doc.blocks[j].text
    c = first_char(nxt)
    if not (c.isalpha() and c.islower()) or doc.shape(j).words < _WRAPPED_NEXT_WORDS:
        return False
    carried = nxt.split(None, 1)[0] in carry
    if gap.count("\n") != 1 and not carried and not (
        _lower_word(nxt) and _SENTENCE_TURN.search(nxt)
    ):
        # a cleaned body puts a blank line between a wrapped paragraph's lines: the next line
        # then must end the sentence and begin another ("large pot. To the pears, ..."), which
        # a story's lower-case opening under its headline rarely does on its first line
        return False
    # "by Jane Doe, Published ...", "updated 3 hours ago": a metadata line, not the text
    return not (is_byline(nxt) or _not_title(nxt) or (":" in nxt and _clock_line(nxt)))


def _open(doc: Document, i: int) -> bool:
    """Block ``i`` is still in the body: undecided, or protected as the story's own by a step
    that ran before (on a second look, see :class:`~newsclean.rules.title_retry.TitleRetry`,
    the protections have run: a protected line still counts as a candidate or as the lead)."""
    d = doc.decisions[i]
    return d is None or type(d) is Protect


def _lower_word(text: str) -> bool:
    """The line's first word is written in lower case throughout ("large", not "iPhone")."""
    parts = text.split(maxsplit=1)
    letters = [c for c in parts[0] if c.isalpha()] if parts else []
    return bool(letters) and all(c.islower() for c in letters)


def _clock_line(text: str) -> bool:
    """The line's clock time makes it a metadata line (see ``_CLOCK``)."""
    m = _CLOCK.search(text)
    if m is None:
        return False
    return bool(m.group("zone")) or len(_LETTER_WORD.findall(text)) < _CLOCK_HEADLINE_WORDS


def _not_title(text: str) -> bool:
    """``_NOT_TITLE.search(text) is not None``, trying each part only where it can match."""
    return (
        _NOT_TITLE_START.match(text) is not None
        or (":" in text and _NOT_TITLE_COLON.search(text) is not None)
        or ("(" in text and _NOT_TITLE_PAREN.search(text) is not None)
        or ("-" in text and _NOT_TITLE_DATE.search(text) is not None)
        or ("epresent" in text and _REPRESENTATION.search(text) is not None)
        or (_YEAR.search(text) is not None and _NOT_TITLE_WEEKDAY_DATE.search(text) is not None)
    )


def _may_be_social(text: str) -> bool:
    if has_odd_chars(text):
        return True
    low = text.lower()
    return any(w in low for w in _SOCIAL_WORDS)


#: the small words inside a site's name that are not capitalised ("Times of India", "El
#: Correo de la Mancha", "Stimme der Hauptstadt"; ``data/name_particles.txt``)
_NAME_PARTICLES = frozenset(data_lines("name_particles.txt"))


def split_suffix(text: str) -> tuple[int, str | None, int]:
    """(length of the headline part, site name or None, offset of the site name) of a title
    line; the site is split off only when it looks like a name (short, capitalised or a host)."""
    m = _SUFFIX.match(text) if _SUFFIX_SEP.search(text) is not None else None
    if m is None:
        return len(text), None, -1
    head, sep, site = m.group("head"), m.group("sep").strip(), m.group("site")
    site_words = site.split()
    if len(head.split()) < 3 or not site_words or len(site_words) > 5:
        return len(text), None, -1
    c = site[0]
    hostlike = "." in site and " " not in site
    if not (c.isupper() or c.isdigit() or hostlike):
        return len(text), None, -1
    if last_char(site) in ",;:!?" or (last_char(site) == "." and not hostlike):
        return len(text), None, -1
    if sep in ("-", "–", "—") and not hostlike:
        # after a dash, a name: every word capitalised but its particles ("El Correo de la
        # Mancha", "Times of India"); "Landwirte fordern Abschuss" is the headline's second
        # half
        named = [w for w in site_words if w.casefold() not in _NAME_PARTICLES]
        if len(named) > 4 or not all(w[0].isupper() or w[0].isdigit() for w in named):
            return len(text), None, -1
    return len(head), site, m.start("site")


def breadcrumb_parts(text: str) -> tuple[int, list[tuple[int, int]]] | None:
    """The element spans (relative to ``text``) of a breadcrumb trail, and where the trail
    starts; ``None`` when the line is not a breadcrumb."""
    m = None
    sep_rx = _BC_SEP
    if not _BC_CHARS.search(text):
        # after "You are here:", pipes join the trail too ("You are here: Home | Economy")
        if "|" not in text or (m := _BC_PREFIX.match(text)) is None:
            return None
        sep_rx = _BC_PIPE
    m = m or _BC_PREFIX.match(text)
    start = m.end() if m else 0
    parts: list[tuple[int, int]] = []
    pos = start
    seps: list[str] = []
    for sm in sep_rx.finditer(text, start):
        if sm.start() > pos:
            parts.append((pos, sm.start()))
        seps.append(sm.group().strip())
        pos = sm.end()
    if pos < len(text):
        parts.append((pos, len(text)))
    if len(parts) < 2:
        return None
    first = text[parts[0][0] : parts[0][1]].strip()
    home = _BC_HOME.match(first) is not None
    # without "Home" or "You are here:": several short elements joined by arrows
    slashed = any(s in ("/", "\\") for s in seps)
    if not (m or home) and (len(parts) < 3 or slashed):
        return None
    if slashed and len(parts) > _BC_SLASHED_MAX:
        return None  # "Home / Politics / Sport / Culture / Science": a flat menu, no trail
    if any(len(text[a:b].split()) > 6 for a, b in parts[:-1]):
        return None
    return start, parts


class TitleRules:
    """The title: the one headline-shaped line (``title_min_words`` to ``headline_max_words``
    words, no terminal period, not a byline or a list header) before the first prose paragraph,
    with a site suffix (" – Site", " | Site", " -Site", " :: Site") split off into a
    ``site_name`` fact. When two different headline-shaped lines precede the story, neither is
    taken (so a cleaned body never yields a title when cleaned again), unless the first has a
    site suffix and the others disagree among themselves. A head line that the next line
    (the lead) opens with is a candidate whatever its shape. Lines that repeat the
    title are removed, as are breadcrumb trails ("Home > World > Asia"), which give a
    ``section`` fact, and breadcrumbs that run into the title ("Current:Home > newsTitle -Site"),
    which also give ``site_name``. A headline opening with a kicker label in capitals
    ("EXCLUSIVE: ...", ``data/<lang>/kickers.txt``) is no dateline."""

    id = "title"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(
            "title",
            "title",
            "the headline line; returned as Article.title, not as body",
            "Storm knocks out power across the coast – Daily Planet",
        ),
        RuleInfo(
            "title_repeat",
            "title_repeat",
            "a line that repeats the title",
            "Storm knocks out power across the coast",
        ),
        RuleInfo(
            "breadcrumb_title",
            "breadcrumb_title",
            "a breadcrumb trail that runs into the title",
            "You are here: Home > Weather > Storm knocks out power across the coast",
        ),
        RuleInfo(
            "breadcrumb", "breadcrumb", "a breadcrumb trail of site sections", "Home > World > Asia"
        ),
        RuleInfo(
            "site_tagline",
            "site_header",
            "the site's tagline at the top of the text, above the title (a headline-shaped "
            "line that says what the site is: data/<lang>/taglines.txt)",
            "Independent news for the north coast since 1998",
        ),
        RuleInfo(
            "above_headline",
            "site_header",
            "a headline-shaped line above the headline when the story's lead opens with the "
            "headline's words: the page's or newsletter's name, or a kicker",
            "The Evening Harbour Digest\nStorm knocks out power across the coast\n"
            "Storm knocks out power across the coast, leaving thousands in the dark.",
        ),
        RuleInfo(
            "unlabelled_byline",
            "byline",
            'a byline without "By" before the story: a person\'s name and a staff role or a date',
            "Jane Roe, Staff Writer",
        ),
    )

    def __init__(self, languages: Sequence[str] = ("en",)) -> None:
        self.headers = HeaderTable(languages)
        self.roles = _byline_roles(languages)
        self.kickers = frozenset(
            loose(w) for lang in languages for w in data_lines(f"{lang}/kickers.txt")
        )
        tag = [p for lang in languages for p in data_lines(f"{lang}/taglines.txt")]
        self.taglines = regex.compile("|".join(f"(?:{p})" for p in tag), _FLAGS) if tag else None
        self.carry = frozenset(
            w for lang in languages for ln in data_lines(f"{lang}/continuation_words.txt")
            for w in ln.split()
        )
        # a site-section label ("Opinion", "Local News") above a headline is no site name
        self.section_names = frozenset(
            loose(n) for n in data_lists(languages, "captions.ini").get("section_names", [])
        )

    def _site_name(self, doc: Document, i: int) -> bool:
        """Block ``i`` may be a site's name above its tagline: name-shaped with up to a title's
        minimum of words ("Notes From The Valley": it can be a candidate itself), and no
        site-section label ("Opinion", "Local News")."""
        name = doc.blocks[i].text.strip()
        sections = self.section_names
        if loose(name) in sections or loose(name.rsplit(None, 1)[0]) in sections:
            return False
        return site_name_shaped(doc, i, doc.config.thresholds.title_min_words)

    def _tagline(self, doc: Document, i: int) -> bool:
        """Block ``i``, the first headline-shaped line, is the site's tagline: it says what the
        site is ("Independent news for the valley since 1998", ``data/<lang>/taglines.txt``),
        in the line or in a part of it after a separator ("The Courier — Your hometown
        paper"), and at most a short name line is open above it."""
        if self.taglines is None:
            return False
        above = [j for j in range(i) if doc.decisions[j] is None]
        if any(doc.protected(j) for j in range(i)) or len(above) > 1:
            return False
        text = doc.blocks[i].text.strip()
        if doc.shape(i).words > _TAGLINE_MAX_WORDS:
            return False
        parts = [p.strip() for p in _SUFFIX_SEP.split(text)[1:]]
        if parts and any(self.taglines.search(p) for p in parts):
            return True  # "The Courier — Your hometown paper": name and tagline in one line
        # else the tagline stands under the site's name
        return (
            len(above) == 1 and self._site_name(doc, above[0]) and bool(self.taglines.search(text))
        )

    def _kicker(self, text: str) -> bool:
        """The line opens with a kicker label in capitals and a colon ("EXCLUSIVE: Minister
        quits", ``data/<lang>/kickers.txt``): a headline's, where "PARIS: The minister ..."
        opens a story with its dateline."""
        m = _CAPS_LABEL.match(text)
        return m is not None and loose(m.group(1)) in self.kickers

    def _unlabelled_byline(self, text: str) -> tuple[int, int] | None:
        """The span of the name when ``text`` is a person's name followed by a staff role
        ("Jane Roe, Staff Writer") or a date ("Jane Roe | 3 May 2024"): a byline without
        "By", which is no headline; else None."""
        # a dash may lead it ("— Jane Roe, Staff Reporter", a byline under the headline)
        lead = len(text) - len(text.lstrip(_BYLINE_LEAD))
        text = text[lead:]
        if not text[:1].isupper() or len(text) > 100:
            return None
        m = _NAME_FIELDS.match(text)
        if m is None:
            return None
        if m.group("name").split()[0].casefold() in _BY_WORDS:
            return None  # "By AFP | 3 May 2024": a labelled byline (provenance.bylines)
        rest = m.group("rest").strip()
        if (self.roles is not None and self.roles.match(rest) is not None) or (
            _DATE_FIELD.search(rest) is not None
            and len(rest.split()) <= _DATE_FIELD_MAX_WORDS
            and last_char(rest) not in ".!?"
        ):
            s, e = m.span("name")
            return s + lead, e + lead
        return None

    def apply(self, doc: Document) -> Iterator[Decision]:
        t = doc.config.thresholds
        first, _ = story_bounds(doc)
        if first is not None and self._cut_first(doc, first):
            # the story's first "paragraph" is a headline a feed cut short (its ellipsis ends
            # it like a sentence): the story begins with the next prose line
            first = next(
                (j for j in range(first + 1, len(doc.blocks)) if _open(doc, j) and doc.prose(j)),
                None,
            )
        limit = first if first is not None else min(len(doc.blocks), t.head_zone)
        crumbs: list[tuple[int, int, list[tuple[int, int]]]] = []
        cands: list[tuple[int, int, str | None, int]] = []
        # every candidate before the story counts (so that a second pass, which lacks the
        # title, sees no new one), but only one in the first head_zone open lines may win
        seen_open = 0
        zone_end = limit
        in_list = listed = False
        bylines: list[tuple[int, tuple[int, int]]] = []
        for i in range(limit):
            if not _open(doc, i):
                continue
            seen_open += 1
            if seen_open == t.head_zone + 1:
                zone_end = i
            text = doc.blocks[i].text
            kicker = self._kicker(text)
            if not kicker and _story_dateline(text) and (cands or split_suffix(text)[1] is None):
                # "MANILA (AFP) — ...": the story has begun, a line below is no title (also
                # when the title was cut away before: a second pass decides as the first);
                # "LOOK WHAT YOU MADE – Example.com" is a title with its site suffix
                break
            name = self._unlabelled_byline(text) if first is not None else None
            if name is not None:
                bylines.append((i, name))
                continue
            bc = breadcrumb_parts(text) if i < zone_end else None
            if bc is not None:
                crumbs.append((i, *bc))
                continue
            if self.headers.header_of(doc, i) is not None:
                in_list = True
                listed = False  # no item under this header yet
                continue
            if first is None:
                in_list = False
                continue
            if i > 0 and is_stamp(doc.blocks[i - 1].text):
                continue  # a live blog's entry head under its time stamp, not the page's title
            hlen, site, site_at = split_suffix(text)
            if not headline_shaped(doc, i, 2, t.headline_max_words + 6) and not _cut_headline(
                doc, i, t.title_min_words, t.headline_max_words
            ):
                in_list = False
                if i < zone_end and self._lead_opens_with(doc, i, hlen, limit):
                    cands.append((i, hlen, site, site_at))
                continue
            if (
                in_list
                and headline_shaped(doc, i, 3, t.headline_max_words)
                and (listed or self._next_item(doc, i, limit))
            ):
                listed = True
                continue  # an item of a headline list in the head, not the title
            in_list = False
            # a headline in capitals only as the first candidate: after one, it is the longer
            # line the head line was cut from, or a shouted subhead
            exclaim = (last_char(text) == "!" or text.upper() == text) and self._byline_follows(
                doc, i, limit
            )
            if not _title_like(text, site is not None, not cands, kicker, exclaim):
                if i < zone_end and self._lead_opens_with(doc, i, hlen, limit):
                    cands.append((i, hlen, site, site_at))
                continue
            words = shape_of(text[:hlen]).words
            if site is None and _wrapped(doc, i, self.carry):
                break  # a hard-wrapped paragraph's first line: the story's text has begun
            if t.title_min_words <= words <= t.headline_max_words:
                cands.append((i, hlen, site, site_at))
            elif words > t.headline_max_words and site is None:
                # too long for a headline: the story's text has begun (a paragraph that lost
                # its final period), and a line after it is no title
                break
        title_key: str | None = None
        tagline: int | None = None
        if (
            len(cands) >= 3
            and self._site_name(doc, cands[0][0])
            and self._tagline(doc, cands[1][0])
        ):
            # a name long enough to be a candidate itself ("Notes From The Valley"), then
            # the tagline: the masthead step takes the name once the title is found
            tagline = cands[1][0]
            cands = cands[2:]
        elif len(cands) >= 2 and self._tagline(doc, cands[0][0]):
            # the site's tagline under its name at the top, not a second headline: it goes
            # (once a title is found) with the name above it (the masthead step)
            tagline = cands[0][0]
            cands = cands[1:]
        if len(cands) >= 2:
            # a line above the site's navigation (a menu, a breadcrumb) with a candidate below
            # it is the page's header (a tagline), not the headline
            navs = sorted(
                {i for i, _, _ in crumbs}.union(
                    k for k in range(cands[-1][0]) if doc.category(k) in NAVIGATION_CATEGORIES
                )
            )
            cands = [c for c in cands if not _above_navigation(c[0], navs, cands[-1][0])]
        keys = [loose(doc.blocks[i].text[:h]) for i, h, _, _ in cands]
        header: list[int] = []
        if len(set(keys)) > 1 and self._lead_opens_with(doc, cands[-1][0], cands[-1][1], limit):
            # the story's lead opens with the last candidate's words: that one (where it
            # first shows) is the headline, and the other candidates above it are the page's
            # header (a newsletter's or a site's name, a kicker), which go with the title so
            # that the body left has no second candidate when it is cleaned again
            header = [c[0] for c, k in zip(cands, keys, strict=True) if k != keys[-1]]
            cands = [c for c, k in zip(cands, keys, strict=True) if k == keys[-1]]
            keys = [keys[-1]] * len(cands)
        distinct = set(keys)
        if len(distinct) > 2 and cands[0][2] is not None and keys.count(keys[0]) == 1:
            # a first line with a site suffix is the page title among subheads, provided the
            # others disagree among themselves, counting only those no later step absorbs as
            # short lines next to the removed title: then the body left yields none when
            # cleaned again
            others = {
                k
                for (i, _, _, _), k in zip(cands[1:], keys[1:], strict=True)
                if doc.shape(i).words > t.short_words
            }
            if len(others) >= 2:
                cands = cands[:1]
                distinct = {keys[0]}
        if len(distinct) == 1 and cands[0][0] < zone_end:
            # the open line right above the title, if the line after the title opens with
            # its words, is a candidate once the title is gone: a second pass would take it,
            # so this pass takes no title
            above = self._opens_after_title(doc, cands[0][0], limit, {i for i, _, _, _ in cands})
            if above is not None and above != keys[0]:
                distinct.add(above)
        if len(distinct) == 1 and cands[0][0] < zone_end:
            i, hlen, site, site_at = cands[0]
            b = doc.blocks[i]
            title_key = loose(b.text[:hlen])
            reason = "the headline line; returned as Article.title, not as body"
            if site is not None:
                reason += f" (site suffix {site!r} split off)"
            yield SetTitle(i, "title", b.start, b.start + hlen, reason)
            if tagline is not None:
                yield Remove(
                    tagline, "site_tagline", "site_header", "the site's tagline, above the title"
                )
            for j in header:
                yield Remove(
                    j,
                    "above_headline",
                    "site_header",
                    "a headline-shaped line above the headline that the story's lead opens "
                    "with: the page's or newsletter's name, or a kicker",
                )
            f = fact(doc, "title", b.start, b.start + hlen, "title")
            if f is not None:
                yield f
            if site is not None:
                f = fact(doc, "site_name", b.start + site_at, b.end, "title")
                if f is not None:
                    yield f
            yield from self._repeats(doc, i, title_key)
        for i, start, parts in crumbs:
            yield from self._crumb(doc, i, start, parts, title_key)
        for i, (a, e) in bylines:
            yield Remove(
                i,
                "unlabelled_byline",
                "byline",
                'a byline without "By" before the story: a person\'s name and a '
                "staff role or a date",
            )
            start = doc.blocks[i].start
            f = fact(doc, "authors", start + a, start + e, "unlabelled_byline")
            if f is not None:
                yield f

    def _byline_follows(self, doc: Document, i: int, limit: int) -> bool:
        """The next line after block ``i`` (past lines repeating it) is a byline, found by an
        earlier step or read as one here ("By Jane Roe", "— Jane Roe, Staff Reporter")."""
        key = loose(doc.blocks[i].text)
        for j in range(i + 1, min(limit + 1, len(doc.blocks))):
            text = doc.blocks[j].text
            if not text.strip() or loose(text) == key:
                continue
            return (
                doc.category(j) == "byline"
                or is_byline(text)
                or self._unlabelled_byline(text) is not None
            )
        return False

    @staticmethod
    def _cut_first(doc: Document, first: int) -> bool:
        """Block ``first`` (the story's first prose line) is a headline cut short: headline-shaped
        but for a glued ellipsis, with at least ``_CUT_PROSE_MIN_WORDS`` words, and open prose
        follows it."""
        t = doc.config.thresholds
        if not _cut_headline(doc, first, _CUT_PROSE_MIN_WORDS, t.headline_max_words):
            return False
        return any(_open(doc, j) and doc.prose(j) for j in range(first + 1, len(doc.blocks)))

    @staticmethod
    def _next_item(doc: Document, i: int, limit: int) -> bool:
        """The next open line before the story is headline-shaped too: block ``i`` under a
        list header is one of its items. A list header over a single headline-shaped line
        and then the story's metadata ("Top stories", the headline, a byline) is a header
        whose items were lost, over the title."""
        t = doc.config.thresholds
        j = i + 1
        while j < limit and not _open(doc, j):
            j += 1
        return j < limit and headline_shaped(doc, j, 3, t.headline_max_words)

    @classmethod
    def _opens_after_title(
        cls, doc: Document, title: int, limit: int, taken: set[int]
    ) -> str | None:
        """The key of the open line right above ``title`` when it is no candidate now but the
        open line after the title opens with its words (see :meth:`_lead_opens_with`)."""
        i = title - 1
        while i >= 0 and not _open(doc, i):
            i -= 1
        if i < 0 or i in taken:
            return None
        hlen = split_suffix(doc.blocks[i].text)[0]
        if not cls._lead_opens_with(doc, i, hlen, limit, skip=title):
            return None
        return loose(doc.blocks[i].text[:hlen])

    @staticmethod
    def _lead_opens_with(
        doc: Document, i: int, hlen: int, limit: int, skip: int | None = None
    ) -> bool:
        """Block ``i`` is a headline cut from the story's lead: the next open line (up to the
        story's first line) starts with its words, perhaps after a dateline, and goes on.
        That makes it the title though it may end with a period, be in capitals or read like
        a labelled line ("Summary: ..."), which alone would rule a line out."""
        t = doc.config.thresholds
        sh = doc.shape(i)
        # a headline a feed cut short may be cut to a word or two ("Prince Andrew...")
        cut = _cut_off(doc.blocks[i].text[:hlen])
        least = 1 if cut else t.title_min_words
        if sh.bullet or sh.url or not least <= sh.words <= t.headline_max_words:
            return False
        j = i + 1
        while j <= limit and j < len(doc.blocks) and (not _open(doc, j) or j == skip):
            j += 1
        if j > limit or j >= len(doc.blocks):
            return False
        text = doc.blocks[i].text[:hlen]
        if cut:
            text = text.rstrip().rstrip(".…")
        following = doc.blocks[j].text
        # a cheap literal test first: the line's first word in the start of the next line
        head = text.split(None, 1)[0].casefold().strip(_OPENING)
        if head not in following[: len(head) + _DATELINE_RAW_MAX].casefold():
            return False
        if is_byline(text) or is_dateline(text):
            return False
        key = loose(text)
        if len(key) < (_CUT_KEY_MIN if cut else _LEAD_KEY_MIN):
            return False
        lead = loose(following)
        at = lead.find(key, 0, _DATELINE_LOOSE_MAX + len(key))
        return at >= 0 and len(lead) > at + len(key)

    @staticmethod
    def _repeats(doc: Document, title: int, key: str) -> Iterator[Decision]:
        if len(key) < 8:
            return
        # the title's words as a sentence of their own ("... side." under "... side") with
        # other lines between are the story's first sentence, not a repeat of the headline;
        # right under the title they repeat it
        sentence = not doc.blocks[title].text.rstrip().endswith(".")
        lo, hi, k0 = len(key), 3 * len(key) + 20, key[0]
        decisions = doc.decisions
        # a line between two of the story's prose paragraphs that says what the headline says
        # is the story's own (a subhead or a pull quote echoing it, "... (part two)"): a page
        # repeats its headline above the story or after it, or shouts it in capitals
        first, last = story_bounds(doc)
        shouted = doc.blocks[title].text.isupper()
        for j, b in enumerate(doc.blocks):
            if j == title or decisions[j] is not None:
                continue
            if (
                first is not None
                and last is not None
                and first < j < last
                and (shouted or not b.text.isupper())
            ):
                continue
            text = b.text
            if not lo <= len(text) <= hi:
                continue
            if sentence and j != title + 1 and _SENTENCE_END_ONLY.search(text) is not None:
                continue
            # an ASCII letter or digit opening the line opens its loose form too
            c = text[0]
            if c.isascii() and c.isalnum() and c.lower() != k0:
                head = _TAG_HEAD.match(text) if ":" in text else None
                if head is not None and loose(text[head.end() :]) == key:
                    yield Remove(j, "title_repeat", "title_repeat", "a line that repeats the title")
                continue
            lj = loose(text)
            if lj.endswith(key) and (c == "(" or c == "["):
                head = _TAG_HEAD.match(text)
                if head is not None and loose(text[head.end() :]) == key:
                    yield Remove(j, "title_repeat", "title_repeat", "a line that repeats the title")
                    continue
            if not lj.startswith(key):
                continue
            if j > title + 1 and _in_parallel(doc, j, title):
                continue
            tag = _TAG_TAIL.search(text) if text.endswith((")", "]")) else None
            if (
                lj == key
                or loose(text[: split_suffix(text)[0]]) == key
                or (tag is not None and loose(text[: tag.start()]) == key)
            ):
                yield Remove(j, "title_repeat", "title_repeat", "a line that repeats the title")

    @staticmethod
    def _crumb(
        doc: Document, i: int, start: int, parts: list[tuple[int, int]], key: str | None
    ) -> Iterator[Decision]:
        b = doc.blocks[i]
        text = b.text
        at = -1
        if key:
            lt = loose(text)
            if key in lt:
                # find where the title starts in the raw text (the breadcrumb may be glued to it)
                at = _raw_find(text, key)
        if key and at >= 0:
            yield Remove(
                i,
                "breadcrumb_title",
                "breadcrumb_title",
                "a breadcrumb trail that runs into the title",
            )
            trail = [(a, min(e, at)) for a, e in parts if a < at]
            if trail:
                a, e = trail[-1]
                f = fact(doc, "section", b.start + a, b.start + e, "breadcrumb_title")
                if f is not None and not _BC_HOME.match(f.value):
                    yield f
            hlen = _raw_end(text, at, key)
            rest = text[hlen:]
            if rest.strip():
                _, site, site_at = split_suffix("x x x" + rest)
                if site is not None:
                    s = b.start + hlen + site_at - 5
                    f = fact(doc, "site_name", s, b.end, "breadcrumb_title")
                    if f is not None:
                        yield f
            return
        words = [len(text[a:e].split()) for a, e in parts]
        if max(words) > 6 or last_char(text) in ".!?":
            return
        yield Remove(i, "breadcrumb", "breadcrumb", "a breadcrumb trail of site sections")
        a, e = parts[-1]
        f = fact(doc, "section", b.start + a, b.start + e, "breadcrumb")
        if f is not None and not _BC_HOME.match(f.value) and first_char(f.value):
            yield f


#: the punctuation of a line, in order ("Austria (Group G): Third appearance" -> "():")
#: characters that join the items of a menu line (no site name holds one)
_MENU_SEPARATORS = "|•·/»>"
#: short words a site's name may hold in lower case ("Notes on the Valley")
_NAME_LOWER_MAX = 3


def site_name_shaped(doc: Document, i: int, max_words: int) -> bool:
    """Block ``i`` is shaped like a site's name: 1 to ``max_words`` capitalised words (short
    words may be lower case), mostly letters, no digits, URL, bullet or closing punctuation, no
    menu separators or breadcrumb. (The masthead step and the tagline check share it.)"""
    sh = doc.shape(i)
    text = doc.blocks[i].text.strip()
    if not 1 <= sh.words <= max_words or sh.url or sh.bullet:
        return False
    if sh.letters < 0.8 or any(c.isdigit() for c in text) or last_char(text) in ".!?:;,|":
        return False
    if breadcrumb_parts(text) is not None or not first_char(text).isupper():
        return False
    if any(c in text for c in _MENU_SEPARATORS) or "  " in text:
        return False  # items joined by separators: a menu line, no name
    return all(w[:1].isupper() or len(w) <= _NAME_LOWER_MAX for w in text.split())


_PUNCT = regex.compile(r"[^\p{L}\p{N}\s]+")


#: how many lines before or after a title repeat may hold an item built alike
_PARALLEL_LOOKAHEAD = 2
#: how many punctuation characters make lines "built alike"
_PARALLEL_MIN_PUNCT = 3
#: a number in brackets ending a line: a list item's year or count ("Fat City (1972)")
_NUMBER_TAG = regex.compile(r"[(\[]\d[\d\s–\-]{0,9}[)\]]\s*$", regex.VERSION0)


def _in_parallel(doc: Document, j: int, title: int) -> bool:
    """Block ``j`` is one of a run of lines built alike (the same punctuation, in order, and
    about as many words: "Croatia (Group E): Sixth appearance" / "Austria (Group G): Third
    appearance", one of the two lines before or after it; or each ending with a number in
    brackets: "Paper Moon (1973)" / "Fat City (1972)"): an item of the story's list, which
    only happens to repeat the headline."""
    text = doc.blocks[j].text
    skeleton = "".join(_PUNCT.findall(text))
    numbered = _NUMBER_TAG.search(text) is not None
    if len(skeleton) < _PARALLEL_MIN_PUNCT and not numbered:
        return False  # a comma or a period alone is every other line's
    words = doc.shape(j).words
    for step in (1, -1):
        seen = 0
        k = j + step
        while 0 <= k < len(doc.blocks) and k != title:
            other = doc.blocks[k].text
            if other.strip():
                if abs(doc.shape(k).words - words) <= 2 and (
                    "".join(_PUNCT.findall(other)) == skeleton
                    or (numbered and _NUMBER_TAG.search(other) is not None)
                ):
                    return True
                seen += 1
                if seen == _PARALLEL_LOOKAHEAD:
                    break
            k += step
    return False


#: the categories of a site's navigation lines
NAVIGATION_CATEGORIES = frozenset(("navigation_menu", "breadcrumb", "skip_link"))


def _above_navigation(i: int, navs: list[int], last: int) -> bool:
    """A navigation line sits between block ``i`` and block ``last`` (a later candidate)."""
    k = bisect.bisect_right(navs, i)
    return k < len(navs) and navs[k] < last


def _loose_map(text: str) -> tuple[str, list[int]]:
    """The ``loose`` form of ``text`` and, per character of it, the index in ``text`` of the
    character it comes from (casefolding may turn one character into two: "ß" -> "ss")."""
    chars: list[str] = []
    src: list[int] = []
    for k, c in enumerate(text):
        for f in c.casefold():
            if f.isalnum():
                chars.append(f)
                src.append(k)
    return "".join(chars), src


def _raw_find(text: str, key: str) -> int:
    """Index in ``text`` where a run of characters whose ``loose`` form is ``key`` starts."""
    flat, src = _loose_map(text)
    at = flat.find(key)
    return src[at] if at >= 0 and key else -1


def _raw_end(text: str, at: int, key: str) -> int:
    """Index in ``text`` just after the ``loose`` run ``key`` that starts at ``at``."""
    _, src = _loose_map(text)
    p = bisect.bisect_left(src, at)
    if p + len(key) > len(src) or not key:
        return len(text)
    return src[p + len(key) - 1] + 1
