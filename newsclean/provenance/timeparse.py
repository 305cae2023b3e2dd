"""Dates in text to ISO 8601: a regex finds the shortest span that holds a full date (with an
optional time and zone), python-dateutil parses it, and the zone table gives the offset.

A date needs a day, a month and a year: "June 18" or "Sunday" alone give nothing, so no date is
ever invented from a default. Numeric dates with dots or dashes (``18.06.2023``) read day first;
with slashes they read month first unless the first number cannot be a month (``18/06/2023``),
the zone is outside the Americas (``04/03/2023 17:02 CET``) or a German, French or Spanish word
stands on the line before the date or inside it ("Publicado: 04/06/2023", "04/06/2023 à 10h").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, tzinfo

import regex
from dateutil import parser as du_parser
from dateutil import tz as du_tz

#: patterns of the parsing code, compiled once (a module-level ``regex.sub`` call looks its
#: pattern up in the module's cache on every call)
_SPACE_BEFORE_ZONE = regex.compile(r"\s+(?=[+\-Z])")
_ORDINAL = regex.compile(r"(?<=\d)(?i:st|nd|rd|th|er|º)\b")
_DE_OF = regex.compile(r"\b(?:del?|of)\b")
#: a two-digit year after an apostrophe ("Mar 4 '24"): dateutil reads "24" as 2024
_APOS_YEAR = regex.compile(r"['’](?=\d{2}\b)")
#: a full hour without minutes, French "8h" or German "10 Uhr": read as "8:00"
_HOUR_ONLY = regex.compile(r"(\d{1,2})[^\S\n]?(?:h|Uhr)", regex.IGNORECASE)
_NUMERIC_DATE = regex.compile(r"(\d{1,4})([./-])(\d{1,2})[./-](\d{2,4})")
_DIGIT_DOT = regex.compile(r"(?<=\d)\.")
#: an hour-minute separator: ":" or "." ("10.15"), or French "h" with or without spaces
#: ("10h15", "1 h 41")
_TIME_SEP = regex.compile(r"(?<=\d)(?:[^\S\n]?h[^\S\n]?|\.)(?=\d)")
_AM_PM = regex.compile(r"(?i)([ap])\.?\s?m\.?")
#: an hour word after the time ("10:00 h", "10:00 hrs", "10.00 Uhr", "10:00 horas"): the way
#: of writing of languages (and of Indian English) whose slashed dates read day first
_HOURS_WORD = regex.compile(r"\d[^\S\n]*(?i:h|hrs|uhr|horas|heures)(?![\p{L}])")
_UTC_OFFSET = regex.compile(r"(?:UTC|GMT)?\s*([+\-])\s*(\d{1,2})(?::?(\d{2}))?")
_OFFSET_VALUE = regex.compile(r"([+\-])(\d{1,2}):?(\d{2})")


def _am_pm(m: regex.Match[str]) -> str:
    """"p.m." -> "PM" (dateutil reads the compact form)."""
    return m.group(1).upper() + "M"


_S = r"[^\S\n]"  # a space that is not a line break
_D = r"(?:3[01]|[12]\d|0?[1-9])"
_Y = r"(?:19|20)\d{2}"
_AMPM = r"(?i:[ap]\.?" + _S + r"?m\.?)(?![\p{L}])"
_TIME = (
    rf"(?:(?:2[0-3]|[01]?\d)(?:[:.]|{_S}?h{_S}?)[0-5]\d(?::[0-5]\d(?:[.,]\d{{1,6}})?)?"
    rf"(?:{_S}*{_AMPM})?"
    rf"|(?:1[0-2]|0?[1-9]){_S}*{_AMPM}"
    # a full hour with French "h" or German "Uhr" and no minutes ("à 8h", "um 10 Uhr")
    rf"|(?:2[0-3]|[01]?\d){_S}?(?:h|Uhr)(?![\p{{L}}]))(?![\d:])"
)
_ISO = (
    rf"{_Y}-(?:1[0-2]|0[1-9])-(?:3[01]|[12]\d|0[1-9])"
    rf"(?:(?:T|{_S}+)(?:2[0-3]|[01]\d):[0-5]\d(?::[0-5]\d(?:\.\d{{1,6}})?)?"
    rf"(?:{_S}?(?:Z|[+\-](?:[01]\d|2[0-3]):?[0-5]\d))?)?(?![\d:])"
)
_OFFSET = rf"(?:UTC|GMT){_S}*[+\-−]{_S}*\d{{1,2}}(?::?[0-5]\d)?"
#: a numeric offset without "UTC"/"GMT" ("10:15:00 +0100", as e-mail and feed dates print it):
#: read only right after a time
_BARE_OFFSET = r"[+\-−](?:[01]\d|2[0-3]):?[0-5]\d(?![\d])"
#: what may stand between a date and its time: punctuation, and the bullets and middle dots
#: of theme date lines ("Friday, May 10, 2019 • 7:41 AM HKT")
_DATE_TIME_SEP = r"[,|@\-–—/•·∙]"


class _NewsParserInfo(du_parser.parserinfo):
    """dateutil's parserinfo with the month names of the loaded tables (module level, so a
    pipeline holding one pickles)."""

    def __init__(self, months: list[tuple[str, ...]]) -> None:
        self.MONTHS = months  # type: ignore[assignment]
        super().__init__()


class DateReader:
    """Finds and parses dates; built from the month, weekday and zone tables."""

    __slots__ = (
        "_dayfirst_rx", "_dayfirst_text", "_info", "_parse_rx", "_zones", "pattern", "search_rx",
    )  # fmt: skip

    def __init__(
        self,
        months: Mapping[str, int],
        weekdays: Sequence[str],
        zones: Mapping[str, str],
        dayfirst_words: Sequence[str] = (),
        dayfirst_text: Callable[[str], bool] | None = None,
    ) -> None:
        """``dayfirst_text``: whether a whole text is written in a language whose slashed
        numeric dates read day first, asked when a date's line gives no sign of it."""
        self._dayfirst_text = dayfirst_text
        names = sorted(months, key=len, reverse=True)
        mon = "(?i:" + "|".join(regex.escape(n) for n in names) + r")\.?(?![\p{L}])"
        abbrs = sorted((z for z in zones if len(z) > 1), key=len, reverse=True)
        zone = rf"(?:{_OFFSET}|(?:" + "|".join(regex.escape(z) for z in abbrs) + r")(?![\p{L}]))"
        wd = "(?i:" + "|".join(regex.escape(w) for w in sorted(weekdays, key=len, reverse=True))
        wd += r")\.?,?" + _S + "+"
        ordinal = r"(?i:st|nd|rd|th|er|º)?"
        #: a year: four digits, or two after an apostrophe ("Mar 4 '24")
        year = rf"(?:{_Y}|['’]\d{{2}}(?![\d]))"
        dmy = (
            rf"{_D}{ordinal}\.?(?:{_S}+(?:de|of))?{_S}*[-\s]?{mon}(?:{_S}+del?)?,?{_S}*[-\s]?"
            rf"{year}"
        )
        mdy = rf"{mon}{_S}+{_D}{ordinal},?{_S}+{year}"
        #: numeric dates; dotted and slashed ones also with a two-digit year ("03.04.24",
        #: "3/4/24"), dashed ones only with four digits ("12-05-24" is as often a code); year
        #: first with slashes, dashes or dots ("2024/03/14", "2024.03.14", as East Asian sites
        #: print them)
        num = (
            rf"(?:\d{{1,2}}[./]\d{{1,2}}[./](?:{_Y}|\d{{2}})|\d{{1,2}}-\d{{1,2}}-{_Y}"
            rf"|{_Y}[/-]\d{{1,2}}[/-]\d{{1,2}}|{_Y}\.\d{{1,2}}\.\d{{1,2}})(?![\d])"
        )
        date = rf"(?:{dmy}|{mdy}|{num})"
        #: between a date and its time: punctuation, or an opening bracket ("March 3, 2023
        #: (9:15 PM ET)"), then maybe "at"
        sep = (
            rf"(?:{_S}*{_DATE_TIME_SEP}{_S}*|{_S}*\({_S}*|{_S}+)"
            rf"(?:(?i:at|um|à|a las|a la|alle|ore|ab){_S}+)?"
        )
        hours = rf"(?:{_S}*(?i:Uhr|h|hrs|horas|heures)(?![\p{{L}}])\.?)?"
        after_time = rf"(?:{zone}|{_BARE_OFFSET})"
        zone_tail = rf"{hours}(?:{_S}*\(?(?P<zone>{after_time})\)?)?"
        zone_tail2 = rf"(?:{_S}*\(?(?P<zone2>{after_time})\)?)?"
        full = (
            # an ISO date and its time written apart ("2023-03-03 at 21:15") read as a date
            rf"(?P<iso>{_ISO})(?!{sep}{_TIME})(?:{_S}*\(?(?P<zone0>{zone})\)?)?"
            rf"|(?P<date>{date})(?:{sep}(?P<time>{_TIME}){zone_tail})?"
            rf"|(?P<time2>{_TIME}){zone_tail2}{_S}*[,|@\-–—]?{_S}*(?:(?i:on){_S}+)?(?:{wd})?"
            rf"(?P<date2>{date})"
        )
        #: the date alternation (named groups inside), for embedding in step regexes
        self.pattern = rf"(?<![\p{{L}}\p{{N}}])(?:{full})"
        self.search_rx = regex.compile(self.pattern, regex.VERSION0)
        self._parse_rx = regex.compile(rf"(?:{full})", regex.VERSION0)
        self._zones = dict(zones)
        words = sorted(dayfirst_words, key=len, reverse=True)
        self._dayfirst_rx = (
            regex.compile(
                r"(?<![\p{L}])(?:" + "|".join(regex.escape(w) for w in words) + r")(?![\p{L}])"
                r"|\d[hH]\d",
                regex.IGNORECASE,
            )
            if words
            else None
        )
        month_tuples = [tuple(n for n in names if months[n] == m) for m in range(1, 13)]
        self._info: du_parser.parserinfo = _NewsParserInfo(month_tuples)

    # -- finding ---------------------------------------------------------------------------------
    def find(
        self, text: str, start: int = 0, end: int | None = None
    ) -> tuple[str, int, int] | None:
        """The first parsable date in ``text[start:end]``: ``(iso value, start, end)``."""
        end = len(text) if end is None else end
        for m in self.search_rx.finditer(text, start, end):
            value = self.parse(m.group(), self._dayfirst_context(text, m.start(), m.end()))
            if value is not None:
                return value, m.start(), m.end()
        return None

    def _dayfirst_context(self, text: str, start: int, end: int) -> bool:
        """A German, French or Spanish word on the line before the date (at most 60 characters
        back) or inside it, or a text in such a language: its numeric dates read day first."""
        if "/" not in text[start:end]:
            return False
        line_start = max(text.rfind("\n", 0, start) + 1, start - 60)
        if self._dayfirst_rx is not None and self._dayfirst_rx.search(text, line_start, end):
            return True
        return self._dayfirst_text is not None and self._dayfirst_text(text)

    # -- parsing ---------------------------------------------------------------------------------
    def parse(self, s: str, dayfirst: bool = False) -> str | None:
        """The ISO 8601 value of a string the date pattern matched in full, or ``None``;
        ``dayfirst``: numeric dates with slashes read day first (the line is not English)."""
        m = self._parse_rx.fullmatch(s.strip())
        if m is None:
            return None
        try:
            if m.group("iso"):
                return self._iso(m.group("iso"), m.group("zone0"))
            date, time, zone = m.group("date"), m.group("time"), m.group("zone")
            if date is None:
                date, time, zone = m.group("date2"), m.group("time2"), m.group("zone2")
            hours = time is not None and _HOURS_WORD.search(s) is not None
            return self._parts(date, time, zone, dayfirst or hours)
        except (ValueError, OverflowError):
            return None

    def _iso(self, s: str, zone: str | None) -> str:
        dt = du_parser.isoparse(_SPACE_BEFORE_ZONE.sub("", s.replace(" ", "T", 1)))
        if dt.tzinfo is None and zone:
            dt = dt.replace(tzinfo=self._tz(zone, dt))
        has_time = "T" in s or " " in s
        return dt.isoformat() if has_time else dt.date().isoformat()

    def _parts(
        self, date: str, time: str | None, zone: str | None, hint: bool = False
    ) -> str | None:
        d = _ORDINAL.sub("", date)
        d = _APOS_YEAR.sub("", _DE_OF.sub(" ", d))
        numeric = _NUMERIC_DATE.fullmatch(d.strip())
        dayfirst = False
        if numeric:
            first, sepc = int(numeric.group(1)), numeric.group(2)
            if len(numeric.group(1)) == 4:
                d = f"{numeric.group(1)}-{int(numeric.group(3)):02d}-{int(numeric.group(4)):02d}"
            else:
                # a 12-hour clock ("9:12 AM") is the American way of writing, whose slashed
                # dates read month first even with a zone such as GMT
                twelve = time is not None and _AM_PM.search(time) is not None
                dayfirst = (
                    hint
                    or sepc in ".-"
                    or first > 12
                    or (self._east_of_americas(zone) and not twelve)
                )
                d = d.replace(".", "/").replace("-", "/")
        else:
            d = _DIGIT_DOT.sub(" ", d).replace(".", " ")
        s = d
        if time:
            t = _HOUR_ONLY.sub(r"\1:00", time) if _HOUR_ONLY.fullmatch(time) else time
            t = _TIME_SEP.sub(":", t)
            t = _AM_PM.sub(_am_pm, t)
            s = f"{d} {t}"
        dt = du_parser.parse(s, parserinfo=self._info, dayfirst=dayfirst, default=_DEFAULT)
        if not 1900 <= dt.year <= 2100 or dt.tzinfo is not None:
            return None
        if not time:
            return dt.date().isoformat()
        if zone:
            dt = dt.replace(tzinfo=self._tz(zone, dt))
        return dt.isoformat()

    def _east_of_americas(self, zone: str | None) -> bool:
        """A zone outside the Americas (``CET``, ``IST``, ``UTC+2``): its numeric dates read day
        first. ``None`` (no zone) and American zones read month first."""
        if not zone:
            return False
        z = zone.strip().strip("()").replace("−", "-")
        value = self._zones.get(z, z)
        return not (value.startswith("America/") or value.startswith("-") or "-" in z[3:])

    def _tz(self, zone: str, dt: datetime) -> tzinfo | None:
        z = zone.strip().strip("()").replace("−", "-")
        m = _UTC_OFFSET.fullmatch(z)
        if m is None:
            value = self._zones.get(z)
            if value is None:
                return None
            m = _OFFSET_VALUE.fullmatch(value)
            if m is None:
                return du_tz.gettz(value)
        sign = -1 if m.group(1) == "-" else 1
        seconds = sign * (int(m.group(2)) * 3600 + int(m.group(3) or 0) * 60)
        if abs(seconds) > 14 * 3600:
            raise ValueError(f"offset out of range: {zone!r}")
        return du_tz.tzoffset(None, seconds)


_DEFAULT = datetime(1, 1, 1)
