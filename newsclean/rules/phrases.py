"""Context-free phrase rules, read from the per-language tables ``data/<lang>/phrases.ini``.

Each section of a table is one rule; its name is the stable rule id. Keys:

``kind``      the category of what it removes (defaults to the rule id)
``reason``    a sentence for a person, shown in ``--explain`` and the catalogue
``example``   a line the rule must remove (the test suite checks every example)
``match``     ``line``: the whole stripped line matches (default); ``start``: the line
              starts with a match; ``search``: a match anywhere in the line
``scope``     ``line`` (default): remove the whole line; ``match``: remove only the match
``max_words`` the rule ignores lines with more words than this (guards ``search`` rules)
``zone``      ``any`` (default), ``head`` or ``tail``: where in the document the line must be
``patterns``  one regex per line (case-insensitive); every pattern of every language counts

A pattern may hold named groups whose names are fact kinds (``credits``, ``updated``,
``published``, ``original_url``, ``publisher``, ``aggregator``, ``syndication``,
``photo_credit``, ``section``, ``site_name``, ``tags``, ``authors``): when the rule removes
the line, the group's text becomes a fact through
:func:`newsclean.provenance.normalise.facts_from_evidence`, so the removal and the fact are one
decision seen twice.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import regex

from ..document import Document
from ..provenance.normalise import facts_from_evidence
from ..step import Decision, Remove, RuleInfo
from ..vocab import data_text, read_ini

FACT_KINDS = frozenset(
    {
        "credits", "updated", "published", "original_url", "publisher", "aggregator",
        "syndication", "photo_credit", "section", "site_name", "tags", "authors",
    }
)  # fmt: skip
_MODES = ("line", "start", "search")
_FLAGS = regex.IGNORECASE | regex.UNICODE | regex.VERSION0


@dataclass(frozen=True, slots=True)
class PhraseRule:
    """One rule of a phrase table, with its patterns compiled."""

    id: str
    kind: str
    reason: str
    example: str
    mode: str
    scope: str
    zone: str
    max_words: int | None
    patterns: tuple[str, ...]
    compiled: regex.Pattern[str]

    def info(self) -> RuleInfo:
        return RuleInfo(self.id, self.kind, self.reason, self.example)


def load_rules(languages: Sequence[str], table: str = "phrases.ini") -> list[PhraseRule]:
    """The rules of ``data/<lang>/<table>`` for each language, English first; a rule id that
    appears in several languages gets the patterns of all of them."""
    merged: dict[str, dict[str, str]] = {}
    patterns: dict[str, list[str]] = {}
    for lang in dict.fromkeys(("en", *languages)):
        text = data_text(f"{lang}/{table}")
        if text is None:
            continue
        cp = read_ini(text, source=f"data/{lang}/{table}")
        for section in cp.sections():
            opts = dict(cp.items(section))
            base = merged.setdefault(section, {})
            for k, v in opts.items():
                if k != "patterns":
                    base.setdefault(k, v)
            patterns.setdefault(section, []).extend(
                p.strip() for p in opts.get("patterns", "").splitlines() if p.strip()
            )
    rules = []
    for rid, opts in merged.items():
        pats = tuple(patterns[rid])
        if not pats:
            continue
        mode = opts.get("match", "line")
        if mode not in _MODES:
            raise ValueError(f"phrase rule {rid!r}: match must be one of {_MODES}, not {mode!r}")
        scope = opts.get("scope", "line")
        zone = opts.get("zone", "any")
        if scope not in ("line", "match") or zone not in ("any", "head", "tail"):
            raise ValueError(f"phrase rule {rid!r}: bad scope {scope!r} or zone {zone!r}")
        body = "|".join(f"(?:{p})" for p in pats)
        compiled = regex.compile(_wrap(body, mode), _FLAGS)
        max_words = opts.get("max_words")
        rules.append(
            PhraseRule(
                id=rid,
                kind=opts.get("kind", rid),
                reason=opts.get("reason", rid.replace("_", " ")),
                example=opts.get("example", ""),
                mode=mode,
                scope=scope,
                zone=zone,
                max_words=int(max_words) if max_words else None,
                patterns=pats,
                compiled=compiled,
            )
        )
    return rules


def _wrap(body: str, mode: str) -> str:
    if mode == "line":
        return rf"^(?:{body})$"
    if mode == "start":
        return rf"^(?:{body})"
    return body


def _strip_names(pattern: str) -> str:
    """A pattern's named groups made anonymous, so patterns can share one combined regex."""
    return str(regex.sub(r"\(\?P<[A-Za-z_]\w*>", "(?:", pattern))


class PhraseRules:
    """Removes lines that match a phrase table: licence banners, aggregator disclaimers,
    "Source link", promos, comment forms, UI words, cookie notices and every other kind that a
    phrase alone identifies. Tables are data (``data/<lang>/phrases.ini``), one rule a section;
    disable a rule with ``Config(disabled_rules={"<rule id>"})``."""

    id = "phrases"

    def __init__(self, languages: Sequence[str] = ("en",), table: str = "phrases.ini") -> None:
        self._rules = load_rules(languages, table)
        self.rules: tuple[RuleInfo, ...] = tuple(r.info() for r in self._rules)
        # one combined regex per match mode; group _N names rule N
        self._combined: dict[str, regex.Pattern[str] | None] = {}
        for mode in _MODES:
            alts = [
                f"(?P<_{n}>{_strip_names('|'.join(f'(?:{p})' for p in r.patterns))})"
                for n, r in enumerate(self._rules)
                if r.mode == mode
            ]
            self._combined[mode] = (
                regex.compile(_wrap("|".join(alts), mode), _FLAGS) if alts else None
            )

    @property
    def phrase_rules(self) -> tuple[PhraseRule, ...]:
        return tuple(self._rules)

    def apply(self, doc: Document) -> Iterator[Decision]:
        for i, rule, m in self._matches(doc):
            b = doc.blocks[i]
            if rule.max_words is not None and doc.shape(i).words > rule.max_words:
                continue
            if rule.zone == "head" and not doc.in_head(i):
                continue
            if rule.zone == "tail" and not doc.in_tail(i):
                continue
            if rule.scope == "match" and (m.start() > 0 or m.end() < len(b.text)):
                s, e = b.start + m.start(), b.start + m.end()
                yield Remove(i, rule.id, rule.kind, rule.reason, s, e)
            else:
                yield Remove(i, rule.id, rule.kind, rule.reason)
            yield from self._facts(doc, i, rule, m)

    def _matches(self, doc: Document) -> Iterator[tuple[int, PhraseRule, regex.Match[str]]]:
        """(block, rule, rule's own match) for each block a rule matches, in block order."""
        found: dict[int, tuple[int, PhraseRule, regex.Match[str]]] = {}
        line, start = self._combined["line"], self._combined["start"]
        for i, b in enumerate(doc.blocks):
            if not doc.open(i):
                continue
            for combined in (line, start):
                if combined is None:
                    continue
                cm = combined.match(b.text)
                if cm is not None:
                    hit = self._which(cm, b.text)
                    if hit is not None:
                        found[i] = (i, *hit)
                        break
        search = self._combined["search"]
        if search is not None:
            starts = [b.start for b in doc.blocks]
            for cm in search.finditer(doc.text):
                i = bisect.bisect_right(starts, cm.start()) - 1
                if i < 0 or i in found or not doc.open(i):
                    continue
                b = doc.blocks[i]
                if cm.end() > b.end:
                    continue
                hit = self._which(cm, b.text, cm.start() - b.start)
                if hit is not None:
                    found[i] = (i, *hit)
        for i in sorted(found):
            yield found[i]

    def _which(
        self, cm: regex.Match[str], text: str, pos: int = 0
    ) -> tuple[PhraseRule, regex.Match[str]] | None:
        name = cm.lastgroup
        if name is None or not name.startswith("_"):
            return None
        rule = self._rules[int(name[1:])]
        m = rule.compiled.match(text) if rule.mode != "search" else rule.compiled.search(text, pos)
        return None if m is None else (rule, m)

    @staticmethod
    def _facts(doc: Document, i: int, rule: PhraseRule, m: regex.Match[str]) -> Iterable[Decision]:
        base = doc.blocks[i].start
        for name, value in m.groupdict().items():
            if value is None or name not in FACT_KINDS:
                continue
            s, e = m.span(name)
            yield from facts_from_evidence(name, doc.text, base + s, base + e, rule.id)
