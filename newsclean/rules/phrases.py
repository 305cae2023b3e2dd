"""Context-free phrase rules, read from the per-language tables ``data/<lang>/phrases.ini``.

Each section of a table is one rule; its name is the stable rule id. Keys:

``kind``      the category of what it removes (defaults to the rule id)
``reason``    a sentence for a person, shown in ``--explain`` and the catalogue
``example``   a line the rule must remove (the test suite checks every example)
``examples``  more such lines, one a line (optional); every language's examples are kept
``match``     ``line``: the whole stripped line matches (default); ``start``: the line
              starts with a match; ``search``: a match anywhere in the line (each pattern is
              searched on its own, in order: open it with a literal word so the search is fast)
``scope``     ``line`` (default): remove the whole line; ``match``: remove only the match
``brackets``  ``yes`` (default) or ``no``: a ``line`` rule also matches its line wrapped whole
              in a pair of brackets ("(Originally published on X.)", "[Advertisement]");
              ``no`` where a bracketed line is the story's (a bracketed "published" date
              closing a story printed before) and the patterns say which brackets they take
``max_words`` the rule ignores lines with more words than this (guards ``search`` rules)
``max_chars`` the rule ignores lines longer than this (a cheap guard, checked first)
``zone``      ``any`` (default), ``head`` or ``tail``: where in the document the line must be
``triggers``  words or short phrases (lower case, comma- or line-separated): the rule is tried
              only on lines that contain one of them (a declared trigger is a condition: a
              line without one is never tried, even if a pattern would match it).
              Triggers are optional for speed: literals are also *derived* from the patterns
              themselves (:mod:`newsclean.literals`: strings one of which every match must
              contain, read off the stdlib parser's tree), and the text is scanned once
              (Aho-Corasick over the lower-cased text) for every trigger and derived literal,
              so a rule's regex runs only on the few lines that hold them. A rule whose
              patterns give no usable literal (a date in digits) is tried on every line up to its
              ``max_chars`` (keep that small), or on every such line holding a digit when
              every match of the pattern holds one. A trigger must be a substring of every line
              the rule can match.
``patterns``  one regex per line (case-insensitive); every pattern of every language counts
``unless``    regexes (optional, one a line, searched): a line on which one is found is left
              alone by the rule, though a pattern matches it. For the words around a match that
              make it story rather than page furniture, the same for every pattern: reported
              speech ("Click here, the fake message read."), see the ``reported`` macro
``facts``     more regexes (optional) tried only on a line the rule removed, to record facts:
              a detection pattern can stay short and fast while a fact pattern spells out
              where the names are

Patterns are matched against one line (a block's stripped text) at a time, in every mode, so
``^`` and ``$`` always mean the start and end of the line.

Engines: patterns are written for ``regex`` (VERSION0, case-insensitive), and each is compiled on
first use with the stdlib ``re`` when it uses nothing ``re`` lacks (``\\p{..}``, possessive
quantifiers, atomic groups, variable lookbehinds...), since ``re`` runs these patterns faster;
fact patterns always use ``regex`` (repeated captures). The two engines agree on every pattern
here except on rare characters (``\\w``/``\\b`` next to combining marks, ``\\s`` for U+001C-U+001F).

A rule id that appears in several language tables is one rule: its patterns are the union, and
its ``kind``/``reason``/``example`` come from the first table that gives them (English first).

Macros: a table may have a ``[@macros]`` section whose keys name regex fragments; a pattern (or
another macro) writes ``{{name}}`` to use one. A language's macros override English ones of the
same name for the patterns of that language's table, so ``{{date}}`` in the German table can know
German month names.
One macro is built in and needs no definition: ``{{outlet_word}}``, a capitalised last word of
an outlet's name (the words of ``data/provenance/outlet_words.txt``).

A pattern may hold named groups whose names are fact kinds (``credits``, ``updated``,
``published``, ``original_url``, ``publisher``, ``aggregator``, ``syndication``,
``photo_credit``, ``section``, ``site_name``, ``tags``, ``authors``): when the rule removes
the line, the group's text becomes a fact through the provenance
:class:`~newsclean.provenance.normalise.Normaliser` (as ``facts_from_evidence`` does), so the
removal and the fact are one decision seen twice. Every pattern (and ``facts`` pattern) of the
rule that matches the removed line contributes, and a group repeated by a quantifier
contributes each of its captures. A single-valued kind (everything but ``credits``, ``tags``
and ``authors``) is recorded once per document: the first line that gives it wins.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
import string
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import regex

from ..document import Document
from ..literals import ODD_CHARS, has_odd_chars, needs, needs_any, top_level_bar
from ..provenance.normalise import LIST_KINDS, Normaliser
from ..shape import PICTOGRAPHS
from ..starts import Starts, starts
from ..step import Decision, Remove, RuleInfo
from ..triggers import MaskIndex
from ..vocab import alternation, bar_words, data_text, read_ini

FACT_KINDS = frozenset(
    {
        "credits", "updated", "published", "original_url", "publisher", "aggregator",
        "syndication", "photo_credit", "section", "site_name", "tags", "authors",
    }
)  # fmt: skip
MACRO_SECTION = "@macros"


def _builtin_macros() -> dict[str, str]:
    """Macros every table may use without defining them, read from the provenance vocabularies
    so a word list lives in one file: ``outlet_word`` is a capitalised last word of an outlet's
    name ("Times", "Gazette": ``data/provenance/outlet_words.txt``), matched case-sensitively."""
    words = alternation(bar_words("provenance/outlet_words.txt"))
    return {"outlet_word": f"(?-i:{words})" + r"(?![\p{L}\d])"}


_MODES = ("line", "start", "search")
_FLAGS = regex.IGNORECASE | regex.UNICODE | regex.VERSION0
_MACRO_REF = regex.compile(r"\{\{([A-Za-z_]\w*)\}\}")
_GROUP_NAME = regex.compile(r"\(\?P<([A-Za-z_]\w*)>")
_KEYS = frozenset(
    {"kind", "reason", "example", "examples", "match", "scope", "max_words", "max_chars",
     "zone", "patterns", "facts", "triggers", "unless", "brackets"}
)  # fmt: skip


#: a compiled pattern of either engine: the stdlib ``re`` when the pattern allows it, else ``regex``
Pattern = re.Pattern[str] | regex.Pattern[str]
Match = re.Match[str] | regex.Match[str]

_STD_FLAGS = re.IGNORECASE
#: syntax that ``re`` lacks (or lacks before Python 3.11: possessive quantifiers, atomic groups)
#: or reads differently: such a pattern is compiled with ``regex``. A conditional on a group's
#: name or number, ``(?(name)yes|no)``, both read alike; ``(?(DEFINE)...)`` and conditionals on
#: a lookaround are ``regex``'s own
_REGEX_ONLY = re.compile(
    r"\\[pPXLmMGKQE]|\(\?(?:>|\||&|\((?!(?!DEFINE\))[A-Za-z_]\w*\)|\d+\))|[+-]?\d|R|V|P>)"
    r"|[*+?}]\+|\{e\s*[<=]|\[\[:|\(\?<(?![=!])"
)


def compile_pattern(pattern: str) -> Pattern:
    """``pattern`` compiled with the stdlib ``re`` (several times faster to run and to compile)
    when it uses nothing that only ``regex`` has, else with ``regex``; case-insensitive."""
    if _REGEX_ONLY.search(pattern) is None:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            try:
                return re.compile(pattern, _STD_FLAGS)
            except (re.error, Warning, OverflowError, RecursionError):
                pass
    return regex.compile(pattern, _FLAGS)


@dataclass(frozen=True, slots=True)
class PhraseRule:
    """One rule of a phrase table. Its patterns are compiled on first use (most documents
    need a few rules only), each with the stdlib ``re`` when it can and ``regex`` otherwise."""

    id: str
    kind: str
    reason: str
    example: str
    mode: str
    scope: str
    zone: str
    max_words: int | None
    patterns: tuple[str, ...]
    #: every example line of every language table (``example`` first)
    examples: tuple[str, ...] = ()
    max_chars: int | None = None
    #: lower-case substrings, one of which every matching line contains (empty: no prefilter)
    triggers: tuple[str, ...] = ()
    #: the ``facts`` patterns of the table (tried only on removed lines, for the facts)
    fact_only: tuple[str, ...] = ()
    #: the ``unless`` regexes of the tables: a line on which one is found is not the rule's
    unless: tuple[str, ...] = ()
    #: a ``line`` rule also matches its line wrapped whole in brackets (``_wrap``)
    brackets: bool = True
    _lazy: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def info(self) -> RuleInfo:
        return RuleInfo(self.id, self.kind, self.reason, self.example)

    def _anchored(self, body: str) -> str:
        """``body`` anchored as the rule's mode and ``brackets`` say (see ``_wrap``)."""
        return _wrap(body, self.mode, self.brackets)

    @property
    def compiled(self) -> regex.Pattern[str]:
        """All patterns as one ``regex`` alternation, anchored as the mode says (compiled by
        :meth:`check`, which validates the table as a whole)."""
        c = self._lazy.get("compiled")
        if c is None:
            c = self._lazy["compiled"] = _compile_checked(
                self.id, self._anchored(_alternatives(self.patterns))
            )
        return c  # type: ignore[no-any-return]

    @property
    def matcher(self) -> Pattern:
        """What ``find`` runs for a ``line``/``start`` rule: the anchored alternation with the
        fastest engine that reads all of it (group names dropped; a ``start`` rule that cuts
        only its match keeps the first alternative that matches, so it is never split)."""
        c = self._lazy.get("matcher")
        if c is None:
            c = self._lazy["matcher"] = _compile_checked(self.id, self._matcher_source, fast=True)
        return c  # type: ignore[no-any-return]

    @property
    def _matcher_source(self) -> str:
        return self._anchored(_alternatives(map(_strip_names, self.patterns)))

    @property
    def _matcher_is_std(self) -> bool:
        """``matcher`` is a stdlib ``re`` pattern, told without compiling the alternation
        with ``regex`` when its syntax already says ``regex`` (that compile is the costliest
        of all, tens of ms, and ``sub_matchers`` need only the engine). Otherwise the
        alternation is compiled as ``matcher`` would be, and kept as ``matcher``."""
        std = self._lazy.get("std")
        if std is None:
            if "matcher" not in self._lazy and _REGEX_ONLY.search(self._matcher_source):
                std = False  # compile_pattern would go straight to ``regex``
            else:
                std = isinstance(self.matcher, re.Pattern)
            self._lazy["std"] = std
        return bool(std)

    def may_start(self, prefix: str, j: int | None = None) -> bool:
        """A match of pattern ``j`` (``None``: of any pattern) could begin a line that begins
        with ``prefix`` (its first two characters), as read off the patterns
        (:func:`~newsclean.starts.starts`): no regex is compiled or run to tell."""
        key = ("starts", j)
        found = self._lazy.get(key)  # type: ignore[call-overload]
        if found is None:
            acc: Starts | None = Starts({})
            for k in range(len(self.patterns)) if j is None else (j,):
                one = starts(_strip_names(self.patterns[k]))
                acc = None if one is None or acc is None else acc | one
            found = self._lazy[key] = (acc,)  # type: ignore[index]
        return found[0] is None or found[0].allows(prefix)

    def sub_matchers(self, which: tuple[int, ...]) -> tuple[Pattern, ...]:
        """For a ``line``/``start`` rule, the patterns ``which`` each anchored as the mode says
        and compiled on its own with the engine ``matcher`` uses: matching them in order finds
        what ``matcher`` finds when the other patterns cannot match (the first alternative that
        matches wins). One compiled pattern per pattern, however many subsets are used."""
        out = []
        for j in which:
            key = ("one", j)
            c = self._lazy.get(key)  # type: ignore[call-overload]
            if c is None:
                body = self._anchored(_strip_names(self.patterns[j]))
                if self._matcher_is_std:
                    c = re.compile(body, _STD_FLAGS)
                elif _has_facts(self.patterns[j]):
                    # the fact pattern, compiled once for both: its named groups capture
                    # but match as the anonymous ones do
                    c = self._fact_pattern(j)
                else:
                    c = regex.compile(body, _FLAGS)
                self._lazy[key] = c  # type: ignore[index]
            out.append(c)
        return tuple(out)

    @property
    def singles(self) -> tuple[Pattern, ...]:
        """For ``search`` rules, each pattern compiled on its own: a pattern that opens with a
        literal is searched fast, an alternation of several is not."""
        return tuple(self._single(j)[0] for j in range(len(self.patterns)))

    def _single(self, j: int) -> _Single:
        """Pattern ``j`` of ``singles``, its entry of ``leads`` and the further literal sets
        a line it matches holds (see ``find``), worked out on first use: ``find`` compiles
        only the patterns it searches (a pattern whose literals a line lacks is not compiled
        for it)."""
        slots: list[_Single | None] | None = self._lazy.get("slots")
        if slots is None:
            slots = self._lazy["slots"] = [None] * len(self.patterns)
        one = slots[j]
        if one is None:
            bare = _strip_names(self.patterns[j])
            c: Pattern = _compile_checked(self.id, bare, fast=True)
            lead = _leading_words(bare) if isinstance(c, re.Pattern) else ()
            one = slots[j] = (c, lead, _further_literals(bare))
        return one

    @property
    def fact_patterns(self) -> tuple[regex.Pattern[str], ...]:
        """The patterns that hold fact groups, each compiled on its own with ``regex`` (a group
        repeated by a quantifier gives each of its captures)."""
        c = self._lazy.get("facts")
        if c is None:
            c = self._lazy["facts"] = (
                *(self._fact_pattern(j) for j, p in enumerate(self.patterns) if _has_facts(p)),
                *(
                    _compile_checked(
                        self.id, self._anchored(p), what="facts pattern"
                    )
                    for p in self.fact_only
                    if _has_facts(p)
                ),
            )
        return c

    @property
    def fact_gates(self) -> tuple[tuple[tuple[str, ...], int | None], ...]:
        """For each of ``fact_patterns``: the lower-case strings one of which every match
        contains (empty: nothing known, always try it) and, for a pattern of a ``line`` or
        ``start`` rule, its index among ``patterns`` (for :meth:`may_start`; ``None``: no
        start check). A removed line lacking a pattern's literals, or beginning so that no
        match of it can, is not matched against it: the match could only fail."""
        c = self._lazy.get("fact_gates")
        if c is None:
            gates: list[tuple[tuple[str, ...], int | None]] = []
            line = self.mode != "search"
            for j, p in enumerate(self.patterns):
                if _has_facts(p):
                    gates.append((_fact_literals(p), j if line else None))
            for p in self.fact_only:
                if _has_facts(p):
                    gates.append((_fact_literals(p), None))
            c = self._lazy["fact_gates"] = tuple(gates)
        return c

    def _fact_pattern(self, j: int) -> regex.Pattern[str]:
        """Pattern ``j`` as ``fact_patterns`` holds it, compiled once (``sub_matchers`` uses it
        too when the rule's engine is ``regex``)."""
        key = ("fact", j)
        c = self._lazy.get(key)  # type: ignore[call-overload]
        if c is None:
            c = self._lazy[key] = _compile_checked(  # type: ignore[index]
                self.id, self._anchored(self.patterns[j]), what="facts pattern"
            )
        return c  # type: ignore[no-any-return]

    def prepare(self) -> None:
        """Compile now what matching a line and reading its facts use (not the whole-rule
        alternation that only :meth:`check` needs), so no document pays for a first use."""
        n = len(self.patterns)
        if self.mode == "search":
            _ = self.singles
        else:
            _ = self.matcher, self.sub_matchers(tuple(range(n)))
            for j in (None, *range(n)):
                self.may_start("", j)
        _ = self.fact_patterns, self.fact_gates
        if self.unless:
            _ = self.exception

    def check(self) -> None:
        """Compile every pattern now (a bad pattern raises ``ValueError``)."""
        _ = self.compiled, self.fact_patterns
        _ = self.singles if self.mode == "search" else self.matcher
        if self.unless:
            _ = self.exception

    def fits(self, doc: Document, i: int) -> bool:
        """The rule's guards (length, words, zone) allow it on block ``i``."""
        if self.max_chars is not None and len(doc.blocks[i].text) > self.max_chars:
            return False
        if self.max_words is not None and doc.shape(i).words > self.max_words:
            return False
        if self.zone == "head" and not doc.in_head(i):
            return False
        if self.zone == "tail" and not doc.in_tail(i):
            return False
        # checked last and only on a line a pattern matched: few lines get this far
        return not (self.unless and self.exception.search(doc.blocks[i].text) is not None)

    @property
    def exception(self) -> Pattern:
        """The ``unless`` regexes as one (only compiled when the rule has some)."""
        c: Pattern | None = self._lazy.get("unless")
        if c is None:
            c = self._lazy["unless"] = _compile_checked(
                self.id, _alternatives(self.unless), fast=True, what="unless"
            )
        return c

    @property
    def leads(self) -> tuple[tuple[str, ...], ...]:
        """For each of ``singles``: the lower-case words one of which every match of the pattern
        starts with (empty: unknown), read off a pattern that opens with ``\\b`` and a word or a
        group of words. A search then starts at the first of them in the line, or is skipped."""
        return tuple(self._single(j)[1] for j in range(len(self.patterns)))

    def find(self, text: str, skip: int = 0) -> Match | None:
        """The rule's own match on one line, or ``None``. For a ``search`` rule, ``skip`` has
        bit ``j`` set when pattern ``j`` cannot match the line (its literals are absent)."""
        if self.mode != "search":
            return self.matcher.match(text)
        low: str | None = None
        slots = self._lazy.get("slots")
        for j in range(len(self.patterns)):
            if skip >> j & 1:
                continue
            one = slots[j] if slots is not None else None
            if one is None:
                one = self._single(j)
                slots = self._lazy["slots"]
            p, lead, further = one
            pos = 0
            if lead or further:
                if low is None:
                    low = text.lower()
                    if len(low) != len(text) or _FOLDS_TO_ASCII.search(low) is not None:
                        low = ""  # lower() is not what IGNORECASE compares: no shortcut
                if low:
                    if further and not all(any(w in low for w in ws) for ws in further):
                        continue
                    if lead:
                        found = [k for k in (low.find(w) for w in lead) if k >= 0]
                        if not found:
                            continue
                        pos = min(found)
            m = p.search(text, pos)
            if m is not None:
                return m
        return None


#: the most literals a fact pattern's gate tests (a longer list costs more than it spares)
_FACT_GATE_LIMIT = 24


def _fact_literals(pattern: str) -> tuple[str, ...]:
    """The literals every match of ``pattern`` contains (see :func:`~newsclean.literals.needs`),
    longest first, or ``()`` when none are known or they are too many to be worth testing."""
    lits = needs(_strip_names(pattern)).literals
    if not lits or len(lits) > _FACT_GATE_LIMIT:
        return ()
    return tuple(sorted(lits, key=lambda w: (-len(w), w)))


def _further_literals(pattern: str) -> tuple[tuple[str, ...], ...]:
    """Besides the literals the scan of a document tests (``needs(pattern).literals``), the
    other sets of strings one of each of which a line holds wherever ``pattern`` matches it
    (:attr:`~newsclean.literals.Needs.also`: other literal runs, the words its look-aheads
    look for), each worth testing (no set holding one common character), longest strings
    first: a ``search`` pattern is searched only on a line holding all of them."""
    return tuple(
        tuple(sorted(ws, key=lambda w: (-len(w), w)))
        for ws in needs(pattern).also
        if _usable(ws) is not None and len(ws) <= _FACT_GATE_LIMIT
    )


def _has_facts(pattern: str) -> bool:
    """``pattern`` holds a named group whose name is a fact kind."""
    return not FACT_KINDS.isdisjoint(_GROUP_NAME.findall(pattern))


def _in_zone(doc: Document, i: int, zone: str) -> bool:
    """Block ``i`` lies in ``zone`` (``head`` or ``tail``), as ``PhraseRule.fits`` checks it.
    Checked before a zoned rule's regex runs: most lines are outside the zone, and a rule
    without literals (a ticker strip) would otherwise be matched, and fail, on each of them."""
    return doc.in_head(i) if zone == "head" else doc.in_tail(i)


#: characters that ``re`` matches case-insensitively with an ASCII letter that their
#: ``lower()`` is not (dotted/dotless i, long s)
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f]")
_LEAD = re.compile(r"\\b(?:\(\?:([A-Za-z]+(?:\|[A-Za-z]+)*)\)|([A-Za-z]+))(?![?*+{])")


def _leading_words(pattern: str) -> tuple[str, ...]:
    """The words one of which starts every match of ``pattern`` (see ``PhraseRule.leads``):
    the pattern opens with ``\\b`` then a word or a non-capturing group of plain words that no
    quantifier follows, and has no top-level alternation."""
    m = _LEAD.match(pattern)
    if m is None or top_level_bar(pattern):
        return ()
    return tuple(w.lower() for w in (m.group(1) or m.group(2)).split("|"))


def _compile_checked(rid: str, pattern: str, *, fast: bool = False, what: str = "pattern") -> Any:
    try:
        return compile_pattern(pattern) if fast else regex.compile(pattern, _FLAGS)
    except regex.error as e:
        raise ValueError(f"phrase rule {rid!r}: bad {what}: {e}") from e


def expand_macros(pattern: str, macros: Mapping[str, str], where: str = "") -> str:
    """``pattern`` with every ``{{name}}`` replaced by its macro (recursively), in a group."""
    for _ in range(20):
        if "{{" not in pattern:
            return pattern

        def sub(m: regex.Match[str]) -> str:
            name = m.group(1)
            if name not in macros:
                raise ValueError(f"{where}: unknown macro {{{{{name}}}}}")
            return f"(?:{macros[name]})"

        pattern = _MACRO_REF.sub(sub, pattern)
    raise ValueError(f"{where}: macros nest too deeply (a macro refers to itself?)")


def load_rules(languages: Sequence[str], table: str = "phrases.ini") -> list[PhraseRule]:
    """The rules of ``data/<lang>/<table>`` for each language, English first; a rule id that
    appears in several languages gets the patterns (and examples) of all of them."""
    merged: dict[str, dict[str, str]] = {}
    patterns: dict[str, list[str]] = {}
    fact_only: dict[str, list[str]] = {}
    unless: dict[str, list[str]] = {}
    triggers: dict[str, list[str]] = {}
    examples: dict[str, list[str]] = {}
    base_macros: dict[str, str] = _builtin_macros()
    for lang in dict.fromkeys(("en", *languages)):
        source = f"data/{lang}/{table}"
        text = data_text(f"{lang}/{table}")
        if text is None:
            continue
        cp = read_ini(text, source=source)
        macros = dict(base_macros)
        if cp.has_section(MACRO_SECTION):
            macros.update((k, v.strip()) for k, v in cp.items(MACRO_SECTION))
        if lang == "en":
            base_macros = macros
        for section in cp.sections():
            if section == MACRO_SECTION:
                continue
            opts = dict(cp.items(section))
            unknown = set(opts) - _KEYS
            if unknown:
                raise ValueError(f"{source} [{section}]: unknown keys {sorted(unknown)}")
            base = merged.setdefault(section, {})
            for k, v in opts.items():
                if k not in ("patterns", "examples", "facts", "triggers", "unless"):
                    base.setdefault(k, v)
            exs = examples.setdefault(section, [])
            for e in (opts.get("example", ""), *opts.get("examples", "").splitlines()):
                if e.strip() and e.strip() not in exs:
                    exs.append(e.strip())
            patterns.setdefault(section, []).extend(
                expand_macros(p.strip(), macros, f"{source} [{section}]")
                for p in opts.get("patterns", "").splitlines()
                if p.strip()
            )
            trig = triggers.setdefault(section, [])
            for t in regex.split(r"[,\n]", opts.get("triggers", "")):
                t = " ".join(t.split()).lower()
                if t and t not in trig:
                    trig.append(t)
            for u in opts.get("unless", "").splitlines():
                u = expand_macros(u.strip(), macros, f"{source} [{section}] unless")
                if u and u not in unless.setdefault(section, []):
                    unless[section].append(u)
            fact_only.setdefault(section, []).extend(
                expand_macros(p.strip(), macros, f"{source} [{section}] facts")
                for p in opts.get("facts", "").splitlines()
                if p.strip()
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
        max_words = opts.get("max_words")
        max_chars = opts.get("max_chars")
        brackets = opts.get("brackets", "yes")
        if brackets not in ("yes", "no"):
            raise ValueError(f"phrase rule {rid!r}: brackets must be yes or no, not {brackets!r}")
        rule_examples = tuple(examples.get(rid, ()))
        rules.append(
            PhraseRule(
                id=rid,
                kind=opts.get("kind", rid),
                reason=opts.get("reason", rid.replace("_", " ")),
                example=rule_examples[0] if rule_examples else "",
                mode=mode,
                scope=scope,
                zone=zone,
                max_words=int(max_words) if max_words else None,
                patterns=pats,
                examples=rule_examples,
                max_chars=int(max_chars) if max_chars else None,
                triggers=tuple(triggers.get(rid, ())),
                fact_only=tuple(fact_only.get(rid, ())),
                unless=tuple(unless.get(rid, ())),
                brackets=brackets == "yes",
            )
        )
    return rules


#: symbols that decorate the start of a line of page furniture ("👉 Also read: …", "🔔 Turn on
#: notifications", "➤ Skip to content"): arrows, dingbats, geometric shapes and emoji. A
#: ``line`` or ``start`` rule matches a line after them as it would without them. Plain list
#: bullets (``• * »``) are not among them: "* Reuters" under "Tags:" is a tag, not a credit.
DECOR = PICTOGRAPHS
_DECOR_LEAD = f"(?:[{DECOR}]+\\s*)?"
_DECORATED = re.compile(f"[{DECOR}]+\\s*")
#: a ``line`` rule also matches its line wrapped whole in brackets, as sites print editors'
#: notes: "(Originally published on Example Weekly.)", "[Advertisement]". The closing bracket
#: must answer the opening one (a conditional on the group that took it); a doubled bracket
#: ("[[ad]]") is a shortcode's, not a wrapper
_BRACKET_OPEN = r"(?:(?P<nc_paren>\()(?!\()\s*|(?P<nc_square>\[)(?!\[)\s*)?"
_BRACKET_CLOSE = r"(?(nc_paren)\s*\)\.?|(?(nc_square)\s*\]\.?))"
_BRACKETED = re.compile(r"[(\[]\s*")


def _wrap(body: str, mode: str, brackets: bool = True) -> str:
    if mode == "line":
        if not brackets:
            return rf"^{_DECOR_LEAD}(?:{body})$"
        return rf"^{_DECOR_LEAD}{_BRACKET_OPEN}(?:{body}){_BRACKET_CLOSE}$"
    if mode == "start":
        return rf"^{_DECOR_LEAD}(?:{body})"
    return body


def _start_key(text: str) -> str:
    """The first two characters of a line, for the start prefilter; on a decorated line (see
    :data:`DECOR`) or one opening with a bracket, also the first two after the decoration or
    the bracket, behind a NUL."""
    first = text[:1]
    if first == "(" or first == "[":
        m = _BRACKETED.match(text)
    elif first < "\u2190":  # every pictograph sits above U+2190: no regex for most lines
        return text[:2]
    else:
        m = _DECORATED.match(text)
    if m is None:
        return text[:2]
    return f"{text[:2]}\x00{text[m.end() : m.end() + 2]}"


def _may_start(rule: PhraseRule, start: str, j: int | None = None) -> bool:
    """``rule.may_start`` for a start key of :func:`_start_key`: either beginning will do."""
    raw, decorated, bare = start.partition("\x00")
    return rule.may_start(raw, j) or (bool(decorated) and rule.may_start(bare, j))


def _alternatives(patterns: Iterable[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _strip_names(pattern: str) -> str:
    """A pattern's named groups made anonymous, so patterns can share one combined regex."""
    return _GROUP_NAME.sub("(?:", pattern)


_LineKey = tuple[int, int, bool, str]
#: a ``search`` pattern compiled, its leading words and its further literal sets
_Single = tuple[Pattern, tuple[str, ...], tuple[tuple[str, ...], ...]]
_Tries = tuple[tuple[int, tuple[Pattern, ...], int], ...]
_Candidates = tuple[tuple[int, tuple[int, ...] | None], ...]
#: the stand-in for "no limit" among the length thresholds
_NO_LIMIT = 1 << 62
_ODD_CHAR = re.compile(f"[{ODD_CHARS}]")
_DIGIT = re.compile(r"\d")
_DIGIT_REGEX = regex.compile(r"\d")


def _has_digit(text: str) -> bool:
    """``text`` holds a decimal digit as either engine reads ``\\d`` (their Unicode tables
    may differ in age: a character new to one counts)."""
    return _DIGIT.search(text) is not None or (
        not text.isascii() and _DIGIT_REGEX.search(text) is not None
    )


class _Plan:
    """The prefilters of a rule table, worked out once: which literal bits each rule needs,
    and up to which line length it can match.

    Bits: a rule with declared ``triggers`` has one bit, set by any of its triggers (as
    before, a rule is tried only on lines holding a trigger). A ``search`` rule has one bit
    per pattern that gives literals: a pattern whose bit is unset is not searched, and a rule
    none of whose patterns can match is not tried. A ``line``/``start`` rule is split into
    units (each of its patterns, or all of them together when a pattern refers to a group):
    a unit whose patterns all give literals has a bit, and a unit is tried only on lines that
    hold its bit, are no longer than its widest match (``line`` rules) and, when none of its
    patterns can match a space, hold none; the rule runs the patterns of the units left, one
    by one in table order (its whole alternation when all are left). That finds what the
    alternation finds: patterns left out cannot match the line, a ``line`` rule's match is the
    line, a ``start`` rule's the first alternative that matches, and no pattern of a split
    rule refers to a group. Patterns are compiled one by one, so any subset costs nothing
    more to compile.
    A literal set holding a string of one common character (a letter, a digit, a comma...)
    is not used (too common to pay its way); equal literal sets share a bit. A unit without
    literals whose every match holds a decimal digit (a date, a counter) gets the digit bit,
    which a line's own test sets (no scan: digits are too common for one). The further sets
    a pattern needs (:attr:`~newsclean.literals.Needs.also`: its other literal runs, what its
    look-aheads look for) get bits too when the scan looks for their strings anyway or these
    are long (:func:`_worth_a_bit`): a unit, or a ``search`` pattern, is tried only on lines
    holding every one of them, and a ``search`` rule none of whose patterns is left is not
    tried.
    """

    def __init__(self, rules: Sequence[PhraseRule]) -> None:
        n_rules = len(rules)
        #: the rules (by index) that apply in the tail zone only
        self.tail = frozenset(n for n, r in enumerate(rules) if r.zone == "tail")
        #: decision order: whole-line rules first, then match-scope rules, each in table order
        self.order = sorted(range(n_rules), key=lambda n: rules[n].scope == "match")
        words: dict[str, int] = {}
        shared: dict[frozenset[str], int] = {}
        bit = 0

        def new_bit(lits: Iterable[str]) -> int:
            nonlocal bit
            b = 1 << bit
            bit += 1
            for w in lits:
                words[w] = words.get(w, 0) | b
            return b

        def set_bit(lits: frozenset[str]) -> int:
            b = shared.get(lits)
            if b is None:
                b = shared[lits] = new_bit(lits)
            return b

        self.need_all = [0] * n_rules  # every one of these bits must be set
        self.need_any = [0] * n_rules  # one of these must be set (0: no such condition)
        self.pattern_base = [0] * n_rules  # a search rule's pattern bits start here
        self.pattern_bits = [0] * n_rules  # which of its patterns have a bit (bit j: pattern j)
        #: for a search rule, (bit ``j``, the further bits a line must hold) for each
        #: pattern ``j`` that has some
        self.pattern_also: list[tuple[tuple[int, int], ...]] = [()] * n_rules
        self.limit = [_NO_LIMIT] * n_rules  # the longest line the rule can match
        #: a ``line``/``start`` rule's units: (patterns, literal bit or 0, longest line,
        #: a match may hold a space)
        self.units: list[tuple[_Unit, ...]] = [()] * n_rules
        derived = 0
        free_limit = -1
        #: the bit of the units with no literal whose every match holds a digit (0: none);
        #: no scan sets it: a line's own digit test does (:func:`_has_digit`)
        self.digit_bit = 0
        for n, r in enumerate(rules):
            if r.triggers:
                self.need_all[n] |= new_bit(r.triggers)
            stripped = [_strip_names(p) for p in r.patterns]
            if r.max_chars is not None:
                self.limit[n] = r.max_chars
            if r.mode == "search":
                lits = [_usable(needs(p).literals) for p in stripped]
                self.pattern_base[n] = bit
                for j, ls in enumerate(lits):
                    b = new_bit(ls or ())
                    if ls:
                        self.pattern_bits[n] |= 1 << j
                        derived |= b
                if all(lits):
                    self.need_any[n] = ((1 << len(lits)) - 1) << self.pattern_base[n]
                elif not self.need_all[n]:
                    free_limit = max(free_limit, self.limit[n])
                continue
            need = needs_any(stripped)
            if r.mode == "line" and need.max_width is not None:
                # the line is the whole match (``$`` may also stop before a final newline)
                self.limit[n] = min(self.limit[n], need.max_width + 1)
            every = tuple(range(len(stripped)))
            units = []
            for which in [(j,) for j in every] if need.plain else [every]:
                u = needs_any(stripped[j] for j in which)
                ulits = _usable(u.literals)
                if ulits:
                    b = set_bit(ulits)
                elif u.digit:
                    if not self.digit_bit:
                        self.digit_bit = new_bit(())
                    b = self.digit_bit
                else:
                    b = 0
                derived |= b
                width = self.limit[n]
                if r.mode == "line" and u.max_width is not None:
                    width = min(width, u.max_width + 1)
                units.append(_Unit(which, b, width, r.mode != "line" or u.spaces))
                if (not b or b == self.digit_bit) and not self.need_all[n]:
                    # a line without literals may still hold a digit
                    free_limit = max(free_limit, width)
            self.units[n] = tuple(units)
        # the further sets a unit's one pattern needs (``Needs.also``: its other literal runs,
        # what its look-aheads look for), each a bit of its own when the scan finds its
        # strings anyway or they are long enough to be rare: a unit is tried only on lines
        # holding all of them
        for n, r in enumerate(rules):
            if r.mode == "search":
                # the same for each pattern of a ``search`` rule: a pattern whose further
                # bits a line lacks is not searched on it
                alsos = []
                for p in r.patterns:
                    also = 0
                    for ws in needs(_strip_names(p)).also:
                        if _worth_a_bit(ws, words):
                            also |= set_bit(ws)
                    derived |= also
                    alsos.append(also)
                self.pattern_also[n] = tuple((1 << j, a) for j, a in enumerate(alsos) if a)
                continue
            if not self.units[n]:
                continue
            kept = []
            for unit in self.units[n]:
                also = 0
                if len(unit.which) == 1:
                    for ws in needs(_strip_names(r.patterns[unit.which[0]])).also:
                        if _worth_a_bit(ws, words):
                            also |= set_bit(ws)
                derived |= also
                kept.append(unit._replace(also=also))
            self.units[n] = tuple(kept)
        #: every derived bit (set on lines where literals tell nothing)
        self.derived = derived
        self.index = MaskIndex(words)
        self.thresholds = sorted({*self.limit, *(u.limit for us in self.units for u in us)})
        self.limit_class = [bisect.bisect_left(self.thresholds, x) for x in self.limit]
        self.units = [
            tuple(u._replace(limit=bisect.bisect_left(self.thresholds, u.limit)) for u in us)
            for us in self.units
        ]
        #: the longest line a rule can match without any literal
        self.free_limit = free_limit
        # the longest line (length class) each bit can still make a difference on
        reach: dict[int, int] = {}
        for n in range(n_rules):
            gates = [self.need_all[n]]
            gates += [
                1 << (self.pattern_base[n] + j)
                for j in range(len(rules[n].patterns))
                if self.pattern_bits[n] >> j & 1
            ]
            for _, also in self.pattern_also[n]:
                while also:
                    low = also & -also
                    gates.append(low)
                    also ^= low
            for b in gates:
                if b:
                    reach[b] = max(reach.get(b, 0), self.limit_class[n])
            for unit in self.units[n]:
                for b in (unit.bit, unit.also):
                    while b:
                        low = b & -b
                        reach[low] = max(reach.get(low, 0), unit.limit)
                        b ^= low
        #: per length class, the bits that matter on a line of that class (a bit all of whose
        #: rules and patterns need a shorter line is dropped, so lines that differ only in
        #: such bits share one remembered plan)
        self.relevant = [
            functools.reduce(operator.or_, (b for b, c in reach.items() if c >= k), 0)
            for k in range(len(self.thresholds) + 1)
        ]
        self.unit_bits = [
            functools.reduce(operator.or_, (u.bit for u in us), 0) for us in self.units
        ]
        # a rule is looked at only for a line holding one of its gate bits (its trigger bit;
        # else one of its patterns' bits when every pattern has one), or always (no gate);
        # rules are named by their rank in decision order (bit ``k`` of an int: rank ``k``)
        self.by_bit: dict[int, int] = {}
        self.open = 0
        for k, n in enumerate(self.order):
            gate = self.need_all[n] or self.need_any[n]
            if not gate and self.units[n] and all(u.bit for u in self.units[n]):
                gate = self.unit_bits[n]
            if not gate:
                self.open |= 1 << k
            while gate:
                low = gate & -gate
                self.by_bit[low] = self.by_bit.get(low, 0) | 1 << k
                gate ^= low
        #: per search rule, every further bit of its patterns
        self.rule_also = [
            functools.reduce(operator.or_, (a for _, a in self.pattern_also[n]), 0)
            for n in range(n_rules)
        ]
        #: the bits that open some rule (keys of ``by_bit``)
        self.gate_bits = functools.reduce(operator.or_, self.by_bit, 0)
        #: every bit a rule's decision depends on
        self.rule_bits = [
            self.need_all[n]
            | self.need_any[n]
            | self.unit_bits[n]
            | functools.reduce(operator.or_, (u.also for u in self.units[n]), 0)
            for n in range(n_rules)
        ]
        #: (rule, its bits on the line, length class, space) -> ``_entry`` (remembered: the
        #: same few combinations come back on many lines)
        self._entries: dict[tuple[int, int, int, bool], tuple[int, tuple[int, ...] | None] | None]
        self._entries = {}

    def candidates(
        self, mask: int, length_class: int, space: bool
    ) -> tuple[tuple[int, tuple[int, ...] | None], ...]:
        """The rules (in decision order) that a line with these literal bits, this length
        class and (``space``) a space could match, each with the patterns to run (``None``:
        all of them; for a ``search`` rule, always ``None``)."""
        ranks = self.open
        by_bit = self.by_bit
        rest = mask & self.gate_bits  # further bits open no rule
        while rest:
            low = rest & -rest
            ranks |= by_bit.get(low, 0)
            rest ^= low
        out = []
        entries = self._entries
        bits = self.rule_bits
        order = self.order
        while ranks:
            low = ranks & -ranks
            ranks ^= low
            n = order[low.bit_length() - 1]
            key = (n, mask & bits[n], length_class, space)
            if key in entries:
                e = entries[key]
            else:
                e = entries[key] = self._entry(*key)
            if e is not None:
                out.append(e)
        return tuple(out)

    def forget(self) -> None:
        """Drop the remembered entries (they only save time)."""
        self._entries.clear()

    def _entry(
        self, n: int, mask: int, length_class: int, space: bool
    ) -> tuple[int, tuple[int, ...] | None] | None:
        """Rule ``n`` and the patterns to run on such a line (``None``: all of them), or
        ``None`` when it cannot match the line."""
        need = self.need_all[n]
        if (
            length_class > self.limit_class[n]
            or mask & need != need
            or (self.need_any[n] and not mask & self.need_any[n])
        ):
            return None
        units = self.units[n]
        if not units:
            return (n, None)
        alive = [
            u.which
            for u in units
            if (not u.bit or mask & u.bit)
            and mask & u.also == u.also
            and length_class <= u.limit
            and (u.spaces or not space)
        ]
        if not alive:
            return None
        return (n, None if len(alive) == len(units) else tuple(j for w in alive for j in w))

    def skip(self, n: int, mask: int) -> int:
        """The patterns of search rule ``n`` (bit ``j``: pattern ``j``) whose literals are
        all absent from a line with literal bits ``mask``."""
        out = ~(mask >> self.pattern_base[n]) & self.pattern_bits[n]
        missing = self.rule_also[n] & ~mask
        if missing:
            for j_bit, also in self.pattern_also[n]:
                if not out & j_bit and missing & also:  # small ints first
                    out |= j_bit
        return out


class _Unit(NamedTuple):
    """Patterns of a ``line``/``start`` rule that are kept or left out together."""

    which: tuple[int, ...]
    #: the bit of their literals (0: none; the unit is tried whatever literals the line holds)
    bit: int
    #: the longest line they can match (a length class once the plan is built)
    limit: int
    #: a match may hold a space
    spaces: bool
    #: the bits of further literal sets, every one of which a line must hold (0: none)
    also: int = 0


#: the shortest string a further literal set may add to the scan (shorter ones are common
#: enough to cost the scan more than they spare)
_ALSO_MIN = 6


def _worth_a_bit(ws: frozenset[str], words: Mapping[str, int]) -> bool:
    """A further literal set ``ws`` is worth a bit of the scan: usable, not too many strings,
    and each either scanned for already or at least :data:`_ALSO_MIN` characters long."""
    return (
        _usable(ws) is not None
        and len(ws) <= _FACT_GATE_LIMIT
        and all(w in words or len(w) >= _ALSO_MIN for w in ws)
    )


#: single characters too common in prose to be worth a literal (letters, digits, spaces and
#: sentence punctuation; a ``(``, a ``©`` or a ``δ`` is rare enough)
_COMMON_CHARS = frozenset(string.ascii_letters + string.digits + string.whitespace + ".,;:!?'\"-/")


def _usable(lits: frozenset[str] | None) -> frozenset[str] | None:
    """``lits`` if they make a worthwhile prefilter: no string that is one common character."""
    if lits is None or any(len(w) < 2 and w in _COMMON_CHARS for w in lits):
        return None
    return lits


class PhraseRules:
    """Removes lines that match a phrase table: licence banners, aggregator disclaimers,
    "Source link", promos, comment forms, UI words, cookie notices and every other kind that a
    phrase alone identifies. Tables are data (``data/<lang>/phrases.ini``), one rule a section;
    disable a rule with ``Config(disabled_rules={"<rule id>"})``.

    A line is decided by the first rule of the table (whole-line cuts before ``scope = match``
    cuts) that matches it and whose guards (``max_chars``, ``max_words``, ``zone``) allow it.
    A ``line`` rule reads its line as it would without leading decorations (emoji, arrows)
    and, unless its table says ``brackets = no``, without a pair of brackets wrapping it whole
    ("(Originally published on Example Weekly.)").
    Prefilters keep this cheap, and none changes what a rule matches: one scan of the text
    finds, for every line, the rules whose literals it holds (declared ``triggers`` and
    literals derived from the patterns); only those lines, and lines short enough for a rule
    without literals, are looked at; a ``line`` rule skips lines longer than its longest
    possible match; a pattern is tried only on lines that hold its further literal sets
    (its other literal runs, the words its look-aheads need) where the scan finds them;
    a ``line``/``start`` rule is tried only on lines whose first two
    characters can begin a match (read off its patterns, once per pair); a pattern whose literals
    the line lacks is left out (a ``search`` pattern is not searched; a ``line``/``start``
    rule runs its other patterns only); whole-line patterns that cannot hold a space skip
    lines with one. Lines holding a character that case-folds oddly (``İ ı ſ``) are tried
    without derived literals.
    Building the step reads the tables only; each pattern is compiled on first use (call
    :meth:`check` to compile and validate them all now)."""

    id = "phrases"

    def __init__(self, languages: Sequence[str] = ("en",), table: str = "phrases.ini") -> None:
        self._args = (tuple(languages), table)
        self._rules = load_rules(languages, table)
        self._normaliser = Normaliser()
        self.rules: tuple[RuleInfo, ...] = tuple(r.info() for r in self._rules)
        self._plan_: _Plan | None = None
        #: (rule, first two characters) -> a ``line``/``start`` rule can match a line that
        #: begins so (:meth:`PhraseRule.may_start`; ``search`` rules are never asked)
        self._by_start: dict[tuple[int, str], bool] = {}
        #: (rule, first two characters, patterns its literals allow) -> the sub-matchers of
        #: those patterns that can begin such a line (:meth:`PhraseRule.sub_matchers`)
        self._by_which: dict[tuple[int, str, tuple[int, ...]], tuple[Pattern, ...]] = {}
        #: (literal mask, length class, space) -> the rules (and patterns) such a line allows
        self._by_mask: dict[tuple[int, int, bool], _Candidates] = {}
        #: (literal mask, length class, space, first two characters) -> what to try, in order
        self._by_line: dict[_LineKey, _Tries] = {}

    def __reduce__(self) -> tuple[type[PhraseRules], tuple[tuple[str, ...], str]]:
        """Pickled as its arguments (the tables are rebuilt in the receiving process)."""
        return (type(self), self._args)

    @property
    def _plan(self) -> _Plan:
        """The prefilters, worked out on first use (reading every pattern takes a while)."""
        plan = self._plan_
        if plan is None:
            plan = self._plan_ = _Plan(self._rules)
        return plan

    def check(self) -> None:
        """Compile every pattern of every rule now (a bad pattern raises ``ValueError``)."""
        for r in self._rules:
            r.check()

    def prepare(self) -> None:
        """Build the prefilters and compile every rule's matching patterns now (a few seconds),
        instead of on first use: a long run or a server then pays no first-use cost on the
        document that first needs a rule. Results are the same either way."""
        _ = self._plan
        for r in self._rules:
            r.prepare()

    @property
    def phrase_rules(self) -> tuple[PhraseRule, ...]:
        return tuple(self._rules)

    def apply(self, doc: Document) -> Iterator[Decision]:
        for i, rule, m in self._matches(doc):
            b = doc.blocks[i]
            if rule.scope == "match" and (m.start() > 0 or m.end() < len(b.text)):
                s, e = b.start + m.start(), b.start + m.end()
                yield Remove(i, rule.id, rule.kind, rule.reason, s, e)
                continue
            yield Remove(i, rule.id, rule.kind, rule.reason)
            yield from self._facts(doc, i, rule)

    def masks(self, doc: Document) -> dict[int, int]:
        """For each block holding a literal of some rule (a declared trigger or a literal
        derived from a pattern), the bits of those literals (one Aho-Corasick scan of the
        lower-cased text: :class:`~newsclean.triggers.MaskIndex`). A block holding one of
        :data:`~newsclean.literals.ODD_CHARS` gets every derived bit: literals say nothing
        there."""
        plan = self._plan
        found = plan.index.scan(doc)
        if has_odd_chars(doc.text):
            bounds = [b.start for b in doc.blocks]
            for m in _ODD_CHAR.finditer(doc.text):
                i = bisect.bisect_right(bounds, m.start()) - 1
                if i >= 0 and m.start() < doc.blocks[i].end:
                    found[i] = found.get(i, 0) | plan.derived
        return found

    def _matches(self, doc: Document) -> Iterator[tuple[int, PhraseRule, Match]]:
        """(block, rule, rule's own match) for each block a rule decides, in block order (then
        the lines left for tail-zone rules, from the last).
        Only blocks that hold a literal, or are short enough for a rule without literals,
        are looked at, and only against the rules (and patterns) their literals, length,
        spaces and first characters allow."""
        masks = self.masks(doc)
        plan = self._plan
        free = plan.free_limit
        digit_bit = plan.digit_bit
        thresholds = plan.thresholds
        by_line = self._by_line
        decisions = doc.decisions
        relevant = plan.relevant
        tail_rules = plan.tail
        deferred: list[tuple[int, _Tries]] = []
        for i, b in enumerate(doc.blocks):
            text = b.text
            n = len(text)
            mask = masks.get(i, 0)
            if (not mask and n > free) or not n or decisions[i] is not None:
                continue
            length_class = bisect.bisect_left(thresholds, n)
            wanted = relevant[length_class]
            if wanted & digit_bit and _has_digit(text):
                mask |= digit_bit
            mask &= wanted
            if not mask and n > free:
                continue
            key = (mask, length_class, " " in text, _start_key(text))
            tries = by_line.get(key)
            if tries is None:
                tries = self._tries(key)
            if tries:
                hit = self._decide(doc, i, tries)
                if hit is not None:
                    yield (i, *hit)
                elif tail_rules and any(k in tail_rules for k, _, _ in tries):
                    deferred.append((i, tries))
        # the tail zone (after the last prose block still kept) is known only once the lines
        # below are decided: an undecided line that a tail rule could match is looked at
        # again, last line first
        for i, tries in reversed(deferred):
            if decisions[i] is None:
                hit = self._decide(doc, i, tries)
                if hit is not None:
                    yield (i, *hit)

    def _tries(self, key: _LineKey) -> _Tries:
        """What to try on a line with these literal bits, length class, space or not and first
        two characters: (rule, the patterns to match in order, none for a ``search`` rule, the
        patterns a ``search`` rule skips), in decision order (remembered)."""
        mask, length_class, space, start = key
        by_mask = self._by_mask.get((mask, length_class, space))
        if by_mask is None:
            by_mask = self._by_mask[(mask, length_class, space)] = self._plan.candidates(
                mask, length_class, space
            )
        rules = self._rules
        by_start = self._by_start
        by_which = self._by_which
        if len(self._by_line) > 200_000:
            self._by_line.clear()
            self._by_mask.clear()
            by_start.clear()
            by_which.clear()
            self._plan.forget()
        out: list[tuple[int, tuple[Pattern, ...], int]] = []
        for k, which in by_mask:
            rule = rules[k]
            if rule.mode != "search":
                reach = by_start.get((k, start))
                if reach is None:
                    reach = by_start[(k, start)] = _may_start(rule, start)
                if not reach:
                    continue
            if rule.mode == "search":
                skip = self._plan.skip(k, mask)
                if skip != (1 << len(rule.patterns)) - 1:  # some pattern may match
                    out.append((k, (), skip))
            elif which is None:
                out.append((k, (rule.matcher,), 0))
            else:
                subs = by_which.get((k, start, which))
                if subs is None:
                    kept = tuple(j for j in which if _may_start(rule, start, j))
                    subs = by_which[(k, start, which)] = rule.sub_matchers(kept) if kept else ()
                if subs:
                    out.append((k, subs, 0))
        t = self._by_line[key] = tuple(out)
        return t

    def match_line(
        self, doc: Document, i: int, mask: int | None = None
    ) -> tuple[PhraseRule, Match] | None:
        """The rule that decides block ``i`` (and its match), or ``None``. ``mask`` holds the
        literal bits of block ``i`` (as :meth:`masks` gives them; ``None``: work it out)."""
        b = doc.blocks[i]
        if not b.text:
            return None
        plan = self._plan
        if mask is None:
            mask = plan.index.words(doc.lower[b.start : b.end])
            if has_odd_chars(b.text):
                mask |= plan.derived
        if plan.digit_bit and _has_digit(b.text):
            mask |= plan.digit_bit  # no scan sets it
        text = b.text
        length_class = bisect.bisect_left(plan.thresholds, len(text))
        key = (mask & plan.relevant[length_class], length_class, " " in text, _start_key(text))
        tries = self._by_line.get(key)
        if tries is None:
            tries = self._tries(key)
        return self._decide(doc, i, tries) if tries else None

    def _decide(self, doc: Document, i: int, tries: _Tries) -> tuple[PhraseRule, Match] | None:
        """The first rule of ``tries`` (see :meth:`_tries`) that matches block ``i`` and whose
        guards allow it."""
        text = doc.blocks[i].text
        rules = self._rules
        for k, patterns, skip in tries:
            rule = rules[k]
            if rule.zone != "any" and not _in_zone(doc, i, rule.zone):
                continue  # ``fits`` would refuse any match: spare the regex
            words = rule.max_words
            if words is not None and len(text) > 2 * words and doc.shape(i).more_words_than(words):
                # ``fits`` would refuse any match (a line of n characters has at most
                # (n + 1) // 2 words, so a short line needs no count): spare the regex, which
                # on a long paragraph is the costliest of all (search rules look around)
                continue
            if patterns:
                for p in patterns:
                    m = p.match(text)
                    if m is not None:
                        break
            else:
                m = rule.find(text, skip)
            if m is not None and rule.fits(doc, i):
                return rule, m
        return None

    def _facts(self, doc: Document, i: int, rule: PhraseRule) -> Iterable[Decision]:
        text = doc.blocks[i].text
        base = doc.blocks[i].start
        seen: set[tuple[str, str]] = set()
        # which fact of a kind is kept is Document.apply's rule (one per kind, one per value for
        # list kinds, the earliest in the text); here only skip kinds already recorded, to
        # spare the normaliser
        done = {f.kind for f in doc.facts if f.kind not in LIST_KINDS}
        # a pattern whose literals the line lacks, or that cannot begin the line, cannot match
        # it (literals say nothing on a line holding a character that case-folds oddly)
        b = doc.blocks[i]
        low = "" if has_odd_chars(text) else doc.lower[b.start : b.end]
        start = _start_key(text)
        for pattern, (lits, j) in zip(rule.fact_patterns, rule.fact_gates, strict=True):
            if lits and low and not any(w in low for w in lits):
                continue
            if j is not None and not _may_start(rule, start, j):
                continue
            m = pattern.search(text) if rule.mode == "search" else pattern.match(text)
            if m is None:
                continue
            for name in m.groupdict():
                if name not in FACT_KINDS:
                    continue
                for s, e in m.spans(name):
                    key = (name, text[s:e].strip().casefold())
                    if e <= s or key in seen:
                        continue
                    if name in done:
                        if name == "photo_credit":
                            # a second photo credit still names its agency ("Reuters /
                            # Redacción" after "Photo: AP Photo/..."): keep the credit
                            seen.add(key)
                            found = self._normaliser.facts(name, doc.text, base + s, base + e,
                                                           rule.id)
                            yield from (f for f in found if f.kind == "credits")
                        continue
                    seen.add(key)
                    yield from self._normaliser.facts(name, doc.text, base + s, base + e, rule.id)
