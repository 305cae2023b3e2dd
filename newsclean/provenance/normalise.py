"""Turn the evidence a rule matched into normalised facts.

``facts_from_evidence`` is the one entry point rules use when a match both removes a span and
records a fact (e.g. "(With inputs from Associated Press)" removes the line and gives
credits=AP). Every fact it returns has the exact sub-span that carries its value
(``text[fact.start:fact.end] == fact.evidence``); a region that holds no valid fact (an
unparsable date, a credit line naming no known agency) gives ``[]``: nothing is invented.

Values, by kind:

* ``credits``: canonical agency names from ``data/agencies.tsv``, one fact per agency;
* ``published`` / ``updated``: ISO 8601, with the UTC offset when a zone is given, naive when not;
* ``original_url``: the URL normalised (see :func:`~newsclean.provenance.urlnorm.normalise_url`);
* ``publisher``: the name as written (an agency alias becomes its canonical name); a URL or a
  host gives a name from the host (``www.example.co.nz`` -> ``EXAMPLE`` if short, else the host);
* ``photo_credit``: the credit text, plus one ``credits`` fact per agency inside it;
* ``authors``: one fact per person (an agency in a byline gives ``credits`` instead);
* ``tags``: one fact per item of the list;
* ``syndication``: the notice without its enclosing brackets;
* ``aggregator``, ``site_name``, ``section``, ``title``: the trimmed text;
* ``language``: a language code.

Build one :class:`Normaliser` per step (in the constructor) and call :meth:`Normaliser.facts`;
``facts_from_evidence`` without ``normaliser=`` loads the tables on every call (slower).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..model import LIST_KINDS, Fact
from ..vocab import alternation, bar_words
from .agencies import AgencyFinder
from .data import Tables, load_tables
from .names import credit_phrase, plausible_name, section_name, split_names, trim
from .stoplang import StopwordLanguage
from .timeparse import DateReader
from .urlnorm import (
    BARE_URL_PATTERN,
    URL_PATTERN,
    host_of,
    is_article_url,
    normalise_url,
    publisher_from_host,
    registrable_domain,
    trim_url,
)

if TYPE_CHECKING:
    pass

_HOST = r"(?<![\w@.\-])(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+[a-z]{2,24}(?![\w\-])"
_WS = " \t\n\r\u00a0"
_NAME_START = regex.compile(r"[\p{Lu}\p{N}]|(?:de|der|die|le|la|el|the)\s+\p{Lu}")
#: a lower-case word that is not a particle: "Company press release" is not an outlet's name
#: (an elided article before a capital is a particle too: "Le Courrier de l'Ouest")
_PROSE_WORD = regex.compile(
    r"(?<=\s)(?!(?:of|the|and|for|on|in|at|de|du|des|del|della|di|da|la|le|les|el|los|las|y|et"
    r"|und|für|am|im|an|zu|zur|zum|van|von|der|den|die|das|do|dos|e)\s|[ld]['’]\p{Lu})\p{Ll}\p{L}*"
)
#: a source label opening the line right before a name ("Source: ", "SOURCE ", "Quelle:"): a
#: company named there is a press release's issuer
_SOURCE_LABEL = regex.compile(
    r"[^\S\n]*[(\[]?[^\S\n]*(?i:source|sources|quelle|fuente|origen)[^\S\n]*[:|]?[^\S\n]*"
)
#: a trailing word that names the outlet's site, not the outlet
#: a lower-case article before a name ("the Example Post", German "der Beispiel Zeitung" after
#: "erschien in"): grammar, not part of the name
_LOWER_ARTICLE = regex.compile(r"(?:the|der|die|das|dem|den)\s+(?=\p{Lu})")
#: when the story appeared, after a publisher's name ("... in The Example Observer on Monday",
#: "... in the Example Chronicle last week", "... bei Beispiel Bote am Montag"): not the name's.
#: A name may end in a time word itself ("Example Today", "The Mail on Sunday", "Welt am
#: Sonntag"), so only a lower-case preposition with a weekday other than Sunday, or "last/this
#: week|month|year", is cut
_TIME_TAIL = regex.compile(
    r"\s+(?:(?:on|am|le|el)\s+(?P<w>\p{L}+)|(?:last|this|earlier\s+this)\s+(?P<w2>week|month|year"
    r"|weekend))\.?\s*$"
)
_SUNDAY = frozenset({"sunday", "sonntag", "dimanche", "domingo"})
#: a possessive inside a name ("Example's AI"): what follows is the site's tool
_POSSESSIVE = regex.compile(r"['’]s(?=\s|$)")
#: a site's tagline after its name, past a bar or a spaced dash
_TAGLINE_SEP = regex.compile(r"\s+[|–—]\s+")
_SITE_WORD = regex.compile(r"\s+(?:website|web\s+site|site|homepage|web\s+portal)\s*$")
#: a person's name never starts with an article (that is an outlet: "The Daily Example")
#: patterns of the normalising code, compiled once (a module-level ``regex.sub`` call looks
#: its pattern up in the module's cache on every call)
_BY_LABEL = regex.compile(r"(?i)^(?:by|von|par|por)\s+")
_LETTER = regex.compile(r"\p{L}")
_HOST_LABEL = regex.compile(r"^www\.|\..*$")
_SENTENCE_END = regex.compile(r"[.!?]\s")
_ARTICLES = frozenset({"the", "der", "die", "das", "le", "la", "les", "el", "los", "las"})
__all__ = ["LIST_KINDS", "Normaliser", "facts_from_evidence"]


class Normaliser:
    """Normalises evidence into facts; holds the compiled tables (agencies, dates, URLs)."""

    __slots__ = (
        "_bare_url_rx",
        "_company_words",
        "_date_labels",
        "_dayfirst_seen",
        "_editions",
        "_generic",
        "_host_rx",
        "_item_rx",
        "_label_rx",
        "_language",
        "_outlet_words",
        "_staff_rx",
        "_url_rx",
        "_weekdays",
        "agencies",
        "dates",
        "tables",
    )

    def __init__(self, tables: Tables | None = None) -> None:
        self.tables = tables if tables is not None else load_tables()
        self.agencies = AgencyFinder(self.tables.agencies)
        self._language = StopwordLanguage(self.tables.stopwords)
        #: the last text :meth:`dayfirst_text` was asked about, and its answer
        self._dayfirst_seen: tuple[str, bool] | None = None
        self.dates = DateReader(
            self.tables.months,
            self.tables.weekdays,
            self.tables.timezones,
            self.tables.dayfirst_words,
            self.dayfirst_text,
        )
        self._url_rx = regex.compile(URL_PATTERN)
        self._bare_url_rx = regex.compile(rf"[\s<(\[]*(?P<url>{BARE_URL_PATTERN})")
        self._host_rx = regex.compile(_HOST, regex.IGNORECASE)
        self._item_rx = regex.compile(r"[^,;|•·\n]+")
        #: ``not_names`` in any case ("SOURCE LINK" names no outlet either)
        self._generic = frozenset(w.casefold() for w in self.tables.not_names)
        self._editions = _edition_subdomains()
        self._outlet_words = bar_words("provenance/outlet_words.txt")
        self._company_words = bar_words("provenance/company_words.txt")
        self._date_labels = frozenset(
            w.casefold() for w in bar_words("provenance/date_labels.txt")
        )
        self._weekdays = frozenset(w.lower() for w in self.tables.weekdays)
        labels = alternation(bar_words("provenance/disclaimer_labels.txt"))
        #: a label before the name: with its colon or dash, in capitals ("DISCLAIMER X") or
        #: two in a row ("About Us X", "Important Notice X"); one capitalised word alone may
        #: open a name ("Update News")
        lab, sp = f"(?i:{labels})", r"[^\S\n]"
        self._label_rx = regex.compile(
            rf"(?:{lab}{sp}*[:!.\-–—]{sp}*|(?=(?-i:\p{{Lu}}{{2,}}){sp}){lab}{sp}+"
            rf"|{lab}{sp}+{lab}(?:{sp}*[:!.\-–—])?{sp}*)+(?=[\p{{Lu}}\p{{N}}])"
        )
        staff = alternation(bar_words("provenance/site_staff.txt"))
        self._staff_rx = regex.compile(rf"(?:[^\S\n]+(?i:{staff}))+$")

    def dayfirst_text(self, text: str) -> bool:
        """``text`` is written in a language of the stoplists other than English (whose
        slashed numeric dates read month first): "04/07/2023 - 10:00" on a Spanish page is 4
        July. Asked only for a slashed date whose line gives no sign; the answer for the last
        text is kept (the steps read one document's dates one after another)."""
        seen = self._dayfirst_seen
        if seen is not None and seen[0] is text:
            return seen[1]
        found = self._language.detect(text)
        answer = found is not None and found[0] != "en"
        self._dayfirst_seen = (text, answer)
        return answer

    def facts(
        self, kind: str, text: str, start: int, end: int, rule: str, confidence: float = 1.0
    ) -> list[Fact]:
        """Facts of ``kind`` found in ``text[start:end]``, each with its exact sub-span."""
        start, end = max(0, start), min(len(text), end)
        if start >= end:
            return []

        def fact(k: str, value: str, s: int, e: int) -> Fact:
            return Fact(k, value, s, e, text[s:e], rule, confidence)

        photo_only = self.tables.photo_agencies
        if kind == "credits":
            return [
                fact("credits", n, s, e)
                for n, s, e in self.agencies.find(text, start, end)
                if n not in photo_only
            ]
        if kind in ("published", "updated"):
            found = self.dates.find(text, start, end)
            return [] if found is None else [fact(kind, *found)]
        if kind == "original_url":
            # shorteners, social networks, homepages and media files are never the original
            urls = self._urls(text, start, end)
            return [fact(kind, *u) for u in urls if is_article_url(u[0], self.tables.hosts)][:1]
        if kind == "publisher":
            return [fact(kind, *p) for p in self._publisher(text, start, end)]
        if kind == "photo_credit":
            s, e = trim(text, start, end, _WS + "()[]:,;")
            s = _past_credit_label(text, s, e)
            if e <= s or len(text[s:e].split()) > 12:
                return []
            credits = self.agencies.find(text, s, e)
            if not credits and (_caption_shaped(text[s:e]) or credit_phrase(text[s:e])):
                return []
            return [fact(kind, text[s:e], s, e)] + [
                fact("credits", *c) for c in credits if c[0] not in photo_only
            ]
        if kind == "authors":
            out = []
            for s, e in split_names(text, start, end):
                value = _BY_LABEL.sub("", text[s:e])
                s = e - len(value)
                e2 = self.before_date_word(text, s, e)
                while e2 < e:  # "Jane Doe  Published Nov": the month, then the label
                    e, e2 = e2, self.before_date_word(text, s, e2)
                value = text[s:e]
                agency = self.agencies.find(text, s, e)
                rest = (text[s : agency[0][1]] + " " + text[agency[0][2] : e]) if agency else ""
                if agency and all(w in self.tables.not_names for w in rest.split()):
                    if agency[0][0] not in photo_only:
                        out.append(fact("credits", *agency[0]))
                elif (
                    len(value.split()) >= 2
                    and plausible_name(value, self.tables.not_names, 5)
                    and value.split()[0].lower() not in _ARTICLES
                    and not self.outlet_shaped(value)
                ):
                    out.append(fact(kind, " ".join(value.split()), s, e))
            return out
        if kind == "tags":
            out = []
            for m in self._item_rx.finditer(text, start, end):
                s, e = trim(text, m.start(), m.end())
                value = " ".join(text[s:e].split())
                if e > s and len(value.split()) <= 6 and _LETTER.search(value):
                    out.append(fact(kind, value, s, e))
            return out
        if kind == "syndication":
            s, e = trim(text, start, end, _WS + "()[]{}*_")
            return [fact(kind, " ".join(text[s:e].split()), s, e)] if e > s else []
        if kind == "language":
            s, e = trim(text, start, end)
            value = text[s:e].lower()
            return [fact(kind, value, s, e)] if value in self.tables.stopwords else []
        if kind == "title":
            s, e = trim(text, start, end, _WS)
            return [fact(kind, " ".join(text[s:e].split()), s, e)] if e > s else []
        s, e = trim(text, start, end)
        if kind == "aggregator":
            own = _POSSESSIVE.search(text, s, e)  # "X's AI", "X's robots": the site is X
            if own is not None and own.start() > s:
                s, e = trim(text, s, own.start())
            # "DISCLAIMER X", "About Us X": the line's label; "X Editorial Team": its people
            label = self._label_rx.match(text, s, e)
            if label is not None and label.end() < e:
                s = label.end()
            staff = self._staff_rx.search(text, s, e)
            if staff is not None and staff.start() > s:
                s, e = trim(text, s, staff.start())
        value = " ".join(text[s:e].split())
        if e <= s:
            return []
        if kind in ("aggregator", "site_name", "section") and not plausible_name(
            value, (), 8
        ):
            return []
        if kind == "section" and not section_name(text[s:e]):
            return []
        return [fact(kind, value, s, e)]

    # -- helpers -----------------------------------------------------------------------------
    def _urls(self, text: str, start: int, end: int) -> list[tuple[str, int, int]]:
        out = []
        for m in self._url_rx.finditer(text, start, end):
            e = trim_url(text, m.start(), m.end())
            url = normalise_url(text[m.start() : e])
            if url is not None:
                out.append((url, m.start(), e))
        if not out:
            # "Quelle: www.example.de/politik/story": a URL without its scheme opening the
            # evidence a source label gave
            b = self._bare_url_rx.match(text, start, end)
            if b is not None:
                s = b.start("url")
                e = trim_url(text, s, b.end("url"))
                url = normalise_url("https://" + text[s:e])
                if url is not None:
                    out.append((url, s, e))
        return out

    def host_publisher(
        self, url: str, text: str, start: int, end: int
    ) -> tuple[str, int, int] | None:
        """A publisher from the host of ``url``, whose text is at ``text[start:end]``: the span
        is the host as written there."""
        host = host_of(url)
        if host is None or any(host == h or host.endswith("." + h) for h in self.tables.hosts):
            return None
        i = text.lower().find(host, start, end)
        if i < 0:
            return None
        agency = self.agencies.canonical(_HOST_LABEL.sub("", host))
        return (agency or self.host_name(host)), i, i + len(host)

    def before_date_word(self, text: str, start: int, end: int) -> int:
        """The end of a byline name that ran into the date after it ("Jane Doe  Sat, 22 Jul
        2023", "Jane Doe Dec. 7, 2023", "Jane Doe  Published Nov 8"): a last word that names a
        weekday or month and is followed by a number, or a date label
        (``data/provenance/date_labels.txt``), is the date's, not the name's."""
        m = _LAST_WORD.search(text, start, end)
        if m is None or m.start() == start:
            return end
        word = m.group(1).lower()
        if word in self._date_labels:  # "Jane Doe  Published ...": the label is the date's
            return trim(text, start, m.start())[1]
        if not _DATE_NEXT.match(text, end):
            return end
        if word in self.tables.months or word in self._weekdays:
            return trim(text, start, m.start())[1]
        return end

    def only_agency(self, text: str, start: int, end: int) -> bool:
        """``text[start:end]`` is a wire agency's name and nothing else: a credit, never the
        original publisher."""
        agency = self.agencies.find(text, start, end)
        return bool(agency) and agency[0][1] == start and agency[0][2] == end

    def outlet_shaped(self, value: str) -> bool:
        """A byline item that names an outlet, not a person ("Example Post", "Valley Times")."""
        return any(w.strip(".,'’") in self._outlet_words for w in value.split()[1:])

    def host_name(self, host: str) -> str:
        """The publisher a host names: an outlet's own subdomain is part of it
        (``news.example.com``, ``money.portal.example``: portals host several outlets), an
        edition or device subdomain (``www.``, ``m.``, ``edition.``) is not; a bare registrable
        domain gives :func:`publisher_from_host`'s name (``bbc.co.uk`` -> ``BBC``)."""
        labels = host.lower().split(".")
        while len(labels) > 2 and labels[0] in self._editions:
            labels = labels[1:]
        bare = ".".join(labels)
        if bare != registrable_domain(bare):
            return bare
        return publisher_from_host(bare)

    def _publisher(self, text: str, start: int, end: int) -> list[tuple[str, int, int]]:
        for url, s, e in self._urls(text, start, end):
            found = self.host_publisher(url, text, s, e)
            return [found] if found else []
        s, e = trim(text, start, end)
        article = _LOWER_ARTICLE.match(text, s, e)
        if article is not None:  # a lower-case article is not part of the name
            s, e = trim(text, article.end(), e)
        site = _SITE_WORD.search(text, s, e)  # "The Daily Example website": the outlet
        if site is not None and site.start() > s:
            s, e = trim(text, s, site.start())
        tagline = _TAGLINE_SEP.search(text, s, e)  # "The Example Times | Local News"
        if tagline is not None and tagline.start() > s:
            s, e = trim(text, s, tagline.start())
        dated = self.dates.find(text, s, e)
        if dated is not None and trim(text, dated[1], dated[2]) == (s, e):
            return []  # "first published on 3 March 2024 in ...": a date names no outlet
        when = _TIME_TAIL.search(text, s, e)
        if when is not None and when.start() > s:
            w = (when.group("w") or "").casefold()
            if when.group("w2") or (w in self._weekdays and w not in _SUNDAY):
                s, e = trim(text, s, when.start())
        value = " ".join(text[s:e].split())
        if e <= s:
            return []
        host = self._host_rx.fullmatch(value)
        if host is not None:
            return [(self.host_name(value.lower()), s, e)]
        if value.lower() in self.tables.platforms or not _NAME_START.match(value):
            return []
        if _SENTENCE_END.search(value) or _PROSE_WORD.search(value):
            return []
        if not plausible_name(value, self.tables.not_names, 6) or _only_generic(
            value, self._generic
        ):
            return []
        if self.only_agency(text, s, e):
            return []  # "Source: Asian News International" credits a wire (``credits``)
        if self.company_shaped(value) and _SOURCE_LABEL.fullmatch(
            text, text.rfind("\n", 0, s) + 1, s
        ):
            return []  # "Source: Example Logistics": a press release's issuer, not its publisher
        return [(value, s, e)]

    def company_shaped(self, value: str) -> bool:
        """A company's name ("Example Labs", "Example Logistics"): its last word is an industry
        that never ends an outlet's name (``company_words.txt``)."""
        words = value.split()
        return len(words) >= 2 and words[-1].rstrip(".,") in self._company_words


#: the last word of a name, and what follows a date's weekday or month ("Sat, 22", "Dec. 7")
_LAST_WORD = regex.compile(r"(?<=\s)(\p{L}+)\.?$")
_DATE_NEXT = regex.compile(r"\.?,?[^\S\n]*(?:\p{Lu}\p{Ll}{2,}\.?,?[^\S\n]+)?\d")
#: a credit's own label left at its start ("Source: Jane Doe/AFP" from "Image Source: ...")
_CREDIT_LABEL = regex.compile(
    r"(?i:(?:(?:image|photo|picture|foto|bild)\s*(?:source|credits?|courtesy(?:\s+of)?)?"
    r"|source|credits?|courtesy(?:\s+of)?|quelle|fuente|cr[ée]dit)\s*:\s*)"
)


def _past_credit_label(text: str, start: int, end: int) -> int:
    """Where a photo credit's value starts once a label the pattern left in front is skipped."""
    m = _CREDIT_LABEL.match(text, start, end)
    return m.end() if m is not None and m.end() < end else start


def _only_generic(value: str, generic: frozenset[str]) -> bool:
    """Every word is a generic word in any case: "Source LINK" -> "LINK" names no outlet."""
    return all(w.strip(".,'’:").casefold() in generic for w in value.split())


def _edition_subdomains() -> frozenset[str]:
    """``data/provenance/edition_subdomains.txt``: subdomains that are not part of an outlet."""
    return frozenset(w.lower() for w in bar_words("provenance/edition_subdomains.txt"))


def _caption_shaped(value: str) -> bool:
    """A picture's description, not its credit: more than six words, mostly lower case, no
    "Name/Agency" slash ("Traders work on the floor of the exchange in Seoul")."""
    words = value.split()
    if len(words) <= 6 or "/" in value:
        return False
    caps = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return caps / len(words) < 0.5


def facts_from_evidence(
    kind: str,
    text: str,
    start: int,
    end: int,
    rule: str,
    *,
    normaliser: Normaliser | None = None,
    confidence: float = 1.0,
) -> list[Fact]:
    """Facts of ``kind`` found in ``text[start:end]``, each with its exact sub-span.

    Pass ``normaliser=`` (built once, in a step's constructor) to avoid reloading the tables.
    """
    n = normaliser if normaliser is not None else Normaliser()
    return n.facts(kind, text, start, end, rule, confidence)
