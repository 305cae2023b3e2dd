"""A site's disclaimer told apart by what it speaks of, not by its wording: liability for
external content, removal on request, automatic collection from other sources."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import ahocorasick_rs
import regex

from ..document import Document
from ..literals import needs_any
from ..step import Decision, Remove, RuleInfo
from .cues import QUOTE_FIRST, any_word, data_lists

#: what makes a line a disclaimer on its own: the site answering (or not) for the content,
#: taking content down, collecting it by machine, not standing in for an expert's advice
CORE = ("liability", "removal", "automation", "advice")
#: what a disclaimer says it about: content from elsewhere, its owners, its correctness, how it
#: was collected
OBJECTS = ("external", "rights", "accuracy", "request", "collection", "professional")
#: a disclaimer is one or two sentences: a longer line is a paragraph of the story
MAX_WORDS = 40
MIN_WORDS = 4
MAX_CHARS = 320
#: a disclaimer inside the story, in the site's voice, has at most this many words
MID_MAX_WORDS = 30
#: how far (in lines) removed boilerplate may be for a disclaimer to count as next to it
REACH = 2
#: marks of quoted words, anywhere in the line: someone's words in the story
_QUOTES = frozenset("\"“”«»„")


class DisclaimerConcepts:
    """Removes a short line that speaks of two concepts of a site's disclaimer, one of them
    core (liability, removal on request, automatic collection) and the other any different
    one (external content, rights and owners, accuracy, a request or a deadline, a second
    core concept, or the same one in two different words): "Any liability for third-party
    content is excluded.", "Wir distanzieren uns von den Inhalten verlinkter Seiten.", "No
    garantizamos que esta información esté completa." The concepts
    are word lists per language (``data/<lang>/disclaimers.ini``), so a wording no phrase
    table has met is caught by its meaning. A story sentence that happens to join two such
    words is someone's statement: lines with quotation marks or words of reported speech
    ("said", "sagte", "selon") are left alone, as are lines of under four or over forty
    words. A line with only two concepts, one of them not core, must also be in the site's
    voice (itself in the first person, "this site", "here", "is excluded", "solely
    responsible"): a story about platforms' liability for third-party content speaks of the
    same two things. Context decides as well, as for ``site_talk``: the line must lie before the
    story's first prose paragraph or after its last, or within two lines of removed
    boilerplate; with story on both sides it is a report about some other site's terms.
    Runs after the phrase tables, on the lines they left. A line that speaks of automatic
    collection, or of collecting the news (by the site's software, from the web, through
    RSS), is an aggregator's notice (``aggregator_concepts``, whose subject may name the
    aggregator); any other is the site's general disclaimer (``disclaimer_concepts``)."""

    id = "disclaimer_concepts"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(
            "aggregator_concepts",
            "aggregator_disclaimer",
            "a short line speaking of automatic collection and another concept of a site's "
            "disclaimer (removal on request, external content, owners' rights, accuracy), in a "
            "wording the phrase tables lack: an aggregator's notice",
            "Entries are compiled automatically and go online without human review.",
        ),
        RuleInfo(
            "disclaimer_concepts",
            "editorial_disclaimer",
            "a short line speaking of two concepts of a site's disclaimer (liability or removal "
            "on request, with external content, owners' rights or accuracy), in a wording the "
            "phrase tables lack",
            "Any liability for third-party content is excluded.",
        ),
    )

    def __init__(self, languages: Sequence[str] = ("en",)) -> None:
        self.languages = tuple(languages)
        data = data_lists(languages, "disclaimers.ini")
        core = [f for name in CORE for f in data.get(name, [])]
        #: strings one of which every core concept's words hold ("liab", "automat", "lösch"),
        #: read off the patterns: one scan of a line for them drops most lines before any regex
        literals = needs_any(core).literals if core else None
        self._literals = (
            ahocorasick_rs.AhoCorasick(sorted(literals)) if literals else None
        )
        self.concepts: dict[str, regex.Pattern[str]] = {
            name: any_word(data.get(name, [])) for name in (*CORE, *OBJECTS)
        }
        self.reported = any_word(data.get("reported", []))
        #: the site speaking of itself: in the first person, "this site", "here"
        self.speaker = any_word(data.get("speaker", []))
        #: ... or in an impersonal idiom of disclaimers ("is excluded", "solely responsible")
        self.voice = any_word(data.get("speaker", []) + data.get("voice", []))

    def __reduce__(self) -> tuple[type[DisclaimerConcepts], tuple[tuple[str, ...]]]:
        """Pipelines are pickled (worker processes): the automaton is rebuilt from the data."""
        return (type(self), (self.languages,))

    def concepts_of(self, text: str) -> list[str]:
        """The concepts ``text`` speaks of, core ones first; a core concept named in two
        different words ("collected automatically and published without review") twice. With
        no core concept, nothing more is looked for: ``[]``."""
        found: list[str] = []
        for name, rx in self.concepts.items():
            if name == OBJECTS[0] and not found:
                return found
            words = {m.group().casefold() for m in rx.finditer(text)}
            if words:
                found.append(name)
                if name in CORE and len(words) > 1:
                    found.append(name)
        return found

    def judge(self, text: str) -> list[str] | None:
        """The concepts that make ``text`` a disclaimer, or ``None``."""
        if len(text) > MAX_CHARS or (
            self._literals is not None
            and not self._literals.find_matches_as_indexes(text.lower())
        ):
            return None  # most lines: too long, or no word of a core concept in them
        if text[:1] in QUOTE_FIRST or not _QUOTES.isdisjoint(text):
            return None
        if not MIN_WORDS <= len(text.split()) <= MAX_WORDS:
            return None
        found = self.concepts_of(text)
        if len(found) < 2 or self.reported.search(text):
            return None
        # two concepts are also what a story about platforms' liability speaks of: they need
        # the site's voice, unless both are core ("collected automatically, never reviewed")
        # or a third joins them; how the news was collected is also what a story about an
        # aggregator tells ("Example pulls stories from RSS feeds"): it lifts no need of voice
        lifting = [c for c in found if c != "collection"]
        if (
            len(lifting) < 3
            and not (len(lifting) >= 2 and lifting[1] in CORE)
            and not self.voice.search(text)
        ):
            return None
        return found

    def _site_speaks(self, text: str) -> bool:
        """A line inside the story is the site's disclaimer all the same when the site speaks
        of itself in it (in the first person, "this site", "here": ``speaker``) in one short
        sentence or two: a report about some other site's terms says whose they are ("X says
        it is not liable", left out by ``judge``) and does not speak as the site. An
        impersonal idiom ("... is excluded") is not enough there: it may quote the terms."""
        return len(text.split()) <= MID_MAX_WORDS and self.speaker.search(text) is not None

    def apply(self, doc: Document) -> Iterator[Decision]:
        decisions = doc.decisions
        suspects: dict[int, list[str]] = {}
        for i, b in enumerate(doc.blocks):
            if decisions[i] is None:
                found = self.judge(b.text)
                if found is not None:
                    suspects[i] = found
        if not suspects:
            return
        # context (jusText's second pass): a disclaimer sits with the site's other lines, in
        # the page's head or tail or next to removed boilerplate; a line inside the story,
        # with story on both sides, is a report about some other site's terms
        removed = {i for i, d in enumerate(decisions) if type(d) is Remove}
        first_prose, last_prose = doc.prose_bounds(excluding=suspects)
        changed = True
        while changed:
            changed = False
            for i in sorted(suspects):
                near = any(i - k in removed or i + k in removed for k in range(1, REACH + 1))
                if not near and first_prose <= i <= last_prose and not self._site_speaks(
                    doc.blocks[i].text
                ):
                    continue
                found = suspects.pop(i)
                removed.add(i)
                changed = True
                where = (
                    "next to removed boilerplate" if near
                    else "outside the story's prose" if not first_prose <= i <= last_prose
                    else "in the site's own voice inside the story"
                )
                speaks = " and ".join(found)
                reason = f"a site's disclaimer by what it speaks of: {speaks} ({where})"
                if "automation" in found or "collection" in found:
                    yield Remove(i, "aggregator_concepts", "aggregator_disclaimer", reason)
                else:
                    yield Remove(i, "disclaimer_concepts", "editorial_disclaimer", reason)

