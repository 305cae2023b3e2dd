"""The original publisher ("... on <Paper>" promos, "has not been edited by <Outlet> staff",
"This article originally appeared on <X>", "The post ... appeared first on <X>") and the text of
syndication notices."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from ..document import Document
from ..model import Fact
from ..step import Remove, RuleInfo
from ..vocab import alternation, bar_words, ini_value
from .base import FactSink, ProvenanceStep
from .data import Tables
from .names import AGGREGATE_STEM, OUTLET, S, bare_name, opens_with_non_name, trim
from .normalise import Normaliser
from .pointers import PointerLine
from .urlnorm import URL_PATTERN

_P = "provenance.publisher"
#: what frames a notice line and is not its text
_BRACKETS = " \t\n\r\u00a0()[]*_"
#: each alternative of the publisher pattern needs one of these in its line (lower case):
#: "not edited by" notices and "originally appeared / first published / published from /
#: reprinted from / erschien zuerst / publié initialement / publicado originalmente" lines
_TRIGGERS = (
    "edited", "reworked", "modified", "changed", "original", "first", "published", "reprinted",
    "erschien", "initialement", "d'abord", "d’abord", "courtesy", "republi", "shared from",
)
#: a syndication notice holds one of these
_SYND_TRIGGERS = ("syndi", "feed", "sindica", "licen")
#: what an aggregator's disclaimer says and a syndication notice does not: whose rights the
#: text is, takedowns on request, "we" taking no responsibility (the phrase tables' ``takedown``
#: macro, which the phrase rule's syndication facts use too)
_TAKEDOWN = regex.compile("(?i)" + ini_value("en/phrases.ini", "@macros", "takedown"))
#: promo and courtesy lines start with their verb or label (anchored on the line break: the
#: stdlib ``re`` finds those fast)
_PROMO = re.compile(
    r"\n[^\S\n]*[-–—]?[^\S\n]*[(\[]?[^\S\n]*(?:catch|get|read|follow|find|check|for|stay|discover"
    r"|more|want|don['’]t|never"
    r"|courtesy|source|quelle|fuente|origen|v[ií]a|from|(?:story|article|report|post)[^\S\n]+from)"
)

#: what a line needs for any alternative of the publisher pattern to match (a looser stdlib
#: ``re`` on the lower-cased line, tried on the candidate lines only: most lines holding a
#: trigger word, "first" or "published" in prose, fail here and skip the full pattern)
_NEED = re.compile(
    r"^[^\S\n]*[-–—]?[^\S\n]*[(\[]?[^\S\n]*(?:(?:catch|get|read|follow|find|check|for|stay|discover"
    r"|more|want|don['’]t[^\S\n]+miss|never[^\S\n]+miss)"
    r"[^\n]*?(?:news|updates|stories|coverage|headlines|articles|analysis|videos)[^\n]*?"
    r"[^\S\n](?:on|at|only|exclusively|from|visit|go|head|log|turn|bookmark)[^\S\n]|courtesy|source|quelle"
    r"|fuente|origen|v[ií]a"
    r"|(?:(?:story|article|report|post)[^\S\n]+)?from[^\S\n]+[^\W\d_][^\n]{0,60}$)"
    r"|(?:edited|reworked|modified|changed)[^\S\n]+by"
    r"|originally[^\S\n]+(?:appeared|published|posted|ran|featured)"
    r"|first[^\S\n]+(?:appeared|published|posted|ran)|appeared[^\S\n]+(?:first|originally)"
    r"|(?:appears|appeared|published|reproduced|used|shared|runs?)[^\S\n]+(?:here[^\S\n]+)?courtesy"
    r"|shared[^\S\n]+(?:here[^\S\n]+)?from|republi(?:[ée]e?|cad[oa])[^\S\n]+(?:à|a|de|desde|depuis)"
    r"|(?:published|reprinted)[^\S\n]+(?:here[^\S\n]+)?(?:with[^\S\n]+permission[^\S\n]+)?from"
    r"|erschien(?:en)?[^\S\n]+(?:zuerst|urspr)|zuerst[^\S\n]+erschienen"
    r"|publi[ée]e?[^\S\n]+(?:initialement|originellement|d['’]abord)"
    r"|publicad[oa][^\S\n]+originalmente",
    re.MULTILINE,
)


#: the categories of a removed notice whose named outlet is the original publisher when no
#: known wording named it (see ``PublisherStep._fallback``); a line removed as the site's talk
#: counts when it says the story was syndicated or republished (``_REPUBLISHED``)
_NOTICES = frozenset({"syndication_notice", "read_original"})
_NOTICES_AND_TALK = _NOTICES | {"site_talk"}
#: the categories of a removed line whose text is recorded as a syndication notice when it holds
#: a syndication cue (``data/provenance/syndication_cues.txt``) and no known wording matched it
_SYND_CATEGORIES = frozenset({"syndication_notice", "site_talk", "editorial_disclaimer"})
#: the categories of a removed line whose "copied ... from <X>" names the original publisher,
#: even in an aggregator's own disclaimer ("Our crawler copied this article from X; write to us
#: to have it removed", "les articles sont collectés par un robot à partir de X")
_SOURCE_CATEGORIES = _NOTICES_AND_TALK | {"aggregator_disclaimer", "editorial_disclaimer"}
#: removed lines that never point to the story's source: the title, the site's own menus, bylines
#: and date lines ("A report from Jane Doe" names its writer), and
#: list headers ("More from X" over related links names the site's own pages; see
#: ``PublisherStep._pointer_fallback``, which also skips every ``*_header`` category)
_NOT_POINTERS = frozenset(
    {"title", "nav_menu", "breadcrumb", "section_label", "footer_link", "byline", "date_line"}
)
#: a line in which a site says it aggregates stories is its own disclaimer: the name it gives
#: is the aggregator's ("X aggregates publicly syndicated articles"), never the publisher's, and
#: the line is no syndication notice
_AGGREGATES = re.compile(AGGREGATE_STEM, re.IGNORECASE)
_REPUBLISHED = re.compile(
    r"syndicat|republish|re-publish|reprint|reproduc|with\s+permission|content[- ]sharing"
    r"|under\s+licen[cs]e|partner[- ]feed"
    r"|originally\s+(?:appeared|published|ran)|first\s+(?:appeared|published|ran)"
    r"|original\s+publisher|news[- ]exchange|(?:content|news|media|syndication)\s+partner"
    # in German, French and Spanish: taken over, reproduced with permission, a content partnership
    r"|übernommen|partnerschaft|repris|reprodu|autorisation|autorizaci[óo]n|genehmigung",
    re.IGNORECASE,
)


def _aggregator_talk(text: str, start: int = 0, end: int | None = None) -> bool:
    """``text[start:end]`` is an aggregator's own disclaimer (takedowns on request, "we"
    taking no responsibility, "X aggregates ..."): no syndication notice, and the name it gives
    is the aggregator's."""
    stop = len(text) if end is None else end
    return (
        _TAKEDOWN.search(text, start, stop) is not None
        or _AGGREGATES.search(text, start, stop) is not None
    )


def _own_site(doc: Document, name: str) -> bool:
    """``name`` is the page's own site (the ``site_name`` recorded, as a title suffix gives it):
    a "via" line naming it points nowhere else."""
    key = bare_name(name)
    return any(f.kind == "site_name" and bare_name(f.value) == key for f in doc.facts)


def _i(words: str) -> str:
    """A case-insensitive alternation where ``_`` stands for a space."""
    return "(?i:" + words.replace("_", f"{S}+") + ")"


class PublisherStep(ProvenanceStep):
    """Records ``publisher`` (the original publisher the text names) and ``syndication`` (the
    text of a syndication notice, without its brackets).

    Publisher evidence: a promo line ending "... news/updates ... on <Name>." (never a social
    network or app store, see ``data/provenance/platforms.txt``); "not been edited by <Name>
    staff"; "originally appeared/published on <Name or URL>", "appeared first on <Name>",
    "republished from <Name>", and their German, French and Spanish forms; "Via: <Name>" unless
    it names the page's own site (its recorded ``site_name``). Syndication notices:
    a line about a "syndicated feed", "syndicated from/by", "via syndication"... The first
    publisher in the text wins; a URL host is only a fallback (see ``provenance.urls``).

    Fallbacks, when no known wording matched: the outlet a removed notice names, or the one a
    removed disclaimer says the story was taken "from" ("our crawler copied this story from X",
    "collectés ... à partir de X": ``data/provenance/source_verbs.txt``), even an aggregator's;
    and the text of a removed line holding a syndication cue
    (``data/provenance/syndication_cues.txt``) as the notice.
    """

    id = "provenance.publisher"
    words = (*_TRIGGERS, *_SYND_TRIGGERS)
    #: lines longer than this are prose, not promos or notices
    max_chars = 500
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(f"{_P}.promo", "publisher", "a publisher promo line",
                 "Read all the latest headlines and live updates on The Daily Example."),
        RuleInfo(f"{_P}.edited", "publisher", "a not-edited-by notice",
                 "(This article has not been edited by Example Times staff.)"),
        RuleInfo(f"{_P}.original", "publisher", "an originally-appeared line",
                 "This article originally appeared on The Conversation."),
        RuleInfo(f"{_P}.courtesy", "publisher", "a courtesy or source line naming an outlet",
                 "(Courtesy: The Daily Example)"),
        RuleInfo(f"{_P}.syndication", "syndication", "a syndication notice",
                 "This story is auto-generated from a syndicated feed."),
        RuleInfo(f"{_P}.pointer", "publisher",
                 "the outlet a short removed line points the reader to, in words of pointing "
                 "only (no known wording named it)",
                 "Full coverage at The Example Herald →"),
        RuleInfo(f"{_P}.notice", "publisher",
                 "the outlet a removed syndication notice names, or that a removed disclaimer "
                 "says the story was copied from (no known wording named it); also the text of "
                 "a removed notice holding a syndication cue",
                 "The following article is syndicated from our partner Example Gazette."),
    )  # fmt: skip

    def __init__(self, tables: Tables | None = None, normaliser: Normaliser | None = None) -> None:
        super().__init__(tables, normaliser)
        promo_verbs = _i(
            r"catch|get|read|follow|find|check_out|for|stay_updated_with|discover|more|want"
            r"|don['’]t_miss|never_miss"
        )
        promo_nouns = _i(r"news|updates|stories|coverage|headlines|articles|analysis|videos")
        on = _i(r"on|at|only_on|exclusively_on|from|visit|go_to|head_to|log_on_to|turn_to|bookmark")
        #: when the reader should come back ("... visit The Example Star every morning.")
        often = _i(
            r"every_(?:day|morning|evening|night|week)|each_(?:day|morning|week)|daily"
            r"|day_and_night|around_the_clock|24/7|anytime|any_time"
        )
        edited = _i(r"(?:not_(?:been_)?|n['’]t_(?:been_)?)?(?:edited|reworked|modified|changed)_by")
        staff = _i(r"staff|team|editorial|editors|desk|newsroom")
        original = _i(
            r"originally_(?:appeared|published|posted|ran|featured)_(?:on|in|at|by)"
            r"|(?:article|story|post|piece|report|column|version)_(?:was_)?first_"
            r"(?:appeared|published|posted|ran)_(?:on|in|at|by)"
            r"|appeared_first_(?:on|in)|(?:re)?published_(?:here_)?(?:with_permission_)?from"
            r"|(?:(?:article|story|post|piece|report|column|version)_(?:has_|had_)?)?"
            r"appeared_originally_(?:on|in|at)"
            # "This story appears courtesy of X" (the story's, not a photo's: "used courtesy of
            # NASA" credits a picture)
            r"|(?:article|story|post|piece|report|column|content|text)_(?:appears|appeared|is_"
            r"(?:re)?published|was_(?:re)?published|is_reproduced|is_shared|is_used|runs|ran)_"
            r"(?:here_)?courtesy_of"
            r"|shared_(?:here_)?from|republi[ée]e?_(?:ici_)?(?:à_partir_de|depuis)"
            r"|republicad[oa]_(?:aquí_)?(?:a_partir_de|desde)"
            r"|reprinted_(?:with_permission_)?from|republished_from"
            r"|(?:erschien|erschienen)_(?:zuerst|urspr[üu]nglich)_(?:in|bei|auf)"
            r"|zuerst_erschienen_(?:in|bei|auf)"
            r"|publi[ée]e?_(?:initialement|originellement|d['’]abord)_(?:dans|sur|par)"
            r"|publicad[oa]_originalmente_(?:en|por)"
        )
        courtesy = _i(r"courtesy(?:_of)?|source|sources|quelle|fuente|origen")
        via = _i(r"via|vía")
        #: "Source: X (March 4, 2024)": the original's date in brackets after its name
        dated = r"[^()\n]{0,30}?(?:19|20)\d\d"
        self._rx = regex.compile(
            rf"^{S}*[(\[]?{S}*{promo_verbs}\b[^\n]{{0,200}}?{promo_nouns}[^\n]{{0,120}}?{S}{on}"
            rf"{S}+(?P<promo>{OUTLET})(?:{S}+{often})?{S}*[.!]?{S}*[)\]]?{S}*$"
            rf"|(?<![\p{{L}}]){edited}{S}+(?P<edited>{OUTLET})"
            rf"(?:{S}+{staff}|{S}*(?=[.)\]]|{S}(?i:and|und|et|y){S}))"
            rf"|^{S}*(?:[-–—]{S}*)?[(\[]?{S}*(?:(?P<via>{via})|{courtesy}){S}*[:|]?{S}+"
            rf"(?P<courtesy>{OUTLET}){S}*[)\]]?(?:{S}*\({S}*{dated}{S}*\)|{S}*,{S}*{dated})?"
            # "Source: X – https://...": its URL after the name (``provenance.urls``)
            rf"(?:{S}*[|–—:-]{S}*{URL_PATTERN}|{S}*\({S}*{URL_PATTERN}{S}*\))?{S}*\.?{S}*$"
            # "From The Example Times", "Story from X • 3h" (a feed card's source line)
            rf"|^{S}*(?:(?i:story|article|report|post){S}+)?(?i:from){S}+(?P<fromline>{OUTLET})"
            rf"(?:{S}*[•·|–—-]{S}*\d{{1,3}}{S}*(?i:h|hrs?|hours?|m|mins?|minutes?|d|days?)"
            rf"(?:{S}+(?i:ago))?)?{S}*$"
            # "first published on 3 March 2024 in X": the date before the name is not its
            rf"|(?<![\p{{L}}]){original}(?:{S}+[^\n]{{0,30}}?(?:19|20)\d\d,?{S}+(?i:in|on|at|by))?"
            rf":?{S}+(?P<original>{URL_PATTERN}|{OUTLET})",
            regex.MULTILINE | regex.VERSION0,
        )
        synd = _i(
            r"syndicated_(?:(?:partner|news|wire|agency|content|third-party)_)?"
            r"(?:feed|content|story|article|news|service|copy)"
            r"|syndicated_(?:from|by|via|through)|via_syndication|under_(?:a_)?syndication"
            r"|(?:auto-?generated|published|republished|sourced|generated)_(?:from|via|through)_"
            r"(?:an?_|the_)?(?:syndicated|wire|agency|news_agency)_(?:feed|copy|service)"
            r"|(?:news_)?syndication_(?:feed|partnership|agreement|arrangement|deal)"
            r"|carried_under_(?:a_)?licen[cs]e|(?:über_)?(?:einen_)?partner-?feed"
            r"|partenariat_de_syndication|acuerdo_de_sindicaci[óo]n"
            r"|aus_(?:einem_)?(?:Agentur|Nachrichten)-?feed|fil_d['’]actualit[ée]s_syndiqu"
            r"|contenido_sindicado|Syndication:"
        )
        #: the outlet a syndication notice names: after "from/by/in/on/with/of" (and "our
        #: (content) partner"), after a copyright sign and year, or opening the line before
        #: its possessive or "is the original publisher" / "holds the copyright" / "provided"
        partner = _i(
            r"(?:our_|the_|its_)?(?:(?:content|syndication|news|media|publishing)_)?partners?"
        )
        self._notice_rx = regex.compile(
            rf"(?<![\p{{L}}])(?i:from|by|in|on|at|with|of|via|de|von|chez|par|por|con|avec|mit|bei"
            rf"|desde){S}+(?:{partner}{S}+)?(?P<n>{OUTLET})"
            rf"|^[^\p{{L}}\p{{N}}\n]*(?i:source|courtesy){S}*:{S}*(?P<n4>{OUTLET})"
            rf"(?={S}*\({S}*(?i:syndicat|partner))"
            rf"|(?:©|\((?i:c)\)|(?i:copyright)){S}*(?:(?:19|20)\d\d,?{S}+)?(?P<n2>{OUTLET})"
            rf"|^[^\p{{L}}\p{{N}}\n]*(?P<n3>{OUTLET})(?=['’]s{S}|{S}+(?i:is{S}+the{S}+original"
            rf"|holds{S}+the{S}+(?:copyright|rights)|provided|supplied|produced|owns))",
            regex.MULTILINE | regex.VERSION0,
        )
        #: "copied this article from X", "indexed by a bot from X", "que proceden de X", "stammt
        #: von X": a verb of taking (``data/provenance/source_verbs.txt``), a few words, a source
        #: preposition and the outlet, which ends its clause
        taken = alternation(bar_words("provenance/source_verbs.txt"))
        source = _i(r"from|de|desde|von|aus|depuis|[àa]_partir_de|del|des|du")
        self._copied_rx = regex.compile(
            rf"(?<![\p{{L}}])(?i:{taken})(?![\p{{L}}])[^\n.;:!?]{{0,50}}?(?<![\p{{L}}]){source}"
            rf"{S}+(?P<n>{OUTLET})(?={S}*(?:[.,;:!?)\]]|$)|{S}+(?i:and|und|et|y|under|with|via"
            rf"|through|using|without|sans|sin|ohne|mais|but|aber|pero)(?![\p{{L}}]))",
            regex.MULTILINE | regex.VERSION0,
        )
        self._pointer = PointerLine()
        #: "this story belongs to X", "Les droits de ce texte appartiennent à X", "Los derechos
        #: ... pertenecen a X", "Die Rechte ... liegen bei X": whose the copied text is
        self._owned_rx = regex.compile(
            rf"(?<![\p{{L}}])(?:(?i:belongs?{S}+to|(?:is|are){S}+the{S}+property{S}+of"
            rf"|appartien(?:t|nent){S}+(?:à|au|aux)|pertenecen?{S}+a|liegen{S}+bei|gehört|gehören)"
            rf"){S}+(?:(?:der|dem|den|la|le|el|l['’]){S}*)?(?P<n>{OUTLET})"
            rf"(?={S}*(?:[.,;:!?)\]]|$))",
            regex.MULTILINE | regex.VERSION0,
        )
        cues = alternation(bar_words("provenance/syndication_cues.txt"))
        self._synd_cue = regex.compile(rf"(?<![\p{{L}}])(?i:{cues})", regex.VERSION0)
        provided = alternation(bar_words("provenance/provider_cues.txt"))
        self._provider_cue = regex.compile(rf"(?<![\p{{L}}])(?i:{provided})", regex.VERSION0)
        self._synd_rx = regex.compile(
            rf"^{S}*[(\[*_]*{S}*(?P<synd>[^\n]*?{synd}[^\n]*?){S}*[)\]*_]*{S}*$",
            regex.MULTILINE | regex.VERSION0,
        )

    def apply(self, doc: Document) -> list[Fact]:
        sink = FactSink(doc)
        text = doc.text
        blocks = self.view(doc)
        norm = self.normaliser
        if sink.wants("publisher"):
            low = blocks.low
            dblocks = doc.blocks
            bound = sink.bound("publisher")  # a publisher must start before it to win
            candidates = []
            for i in sorted(
                {
                    *blocks.with_words(_TRIGGERS, self.max_chars),
                    *blocks.matching(_PROMO, self.max_chars),
                }
            ):
                line_start = text.rfind("\n", 0, dblocks[i].start) + 1
                if line_start >= bound:
                    break
                if _NEED.search(low, line_start, dblocks[i].end):
                    candidates.append(i)
            for m in blocks.scan(self._rx, candidates):
                if blocks.foreign(m.start()):
                    continue
                name = m.lastgroup
                if name not in ("promo", "edited", "original", "courtesy", "fromline"):
                    continue
                s, e = m.span(name)
                if name == "fromline":
                    # "From The Example Times" alone on a removed line (a feed reader's source
                    # line); "From Tuesday" or "From The Archives" name no outlet
                    at = blocks.at(s)
                    if at is None or not doc.removed(at) or not norm.outlet_shaped(text[s:e]):
                        continue
                    name = "courtesy"
                if s >= sink.bound("publisher"):
                    break  # a publisher recorded earlier in the text wins
                if name == "courtesy" and norm.agencies.find(text, s, e):
                    continue  # "Source: Reuters" is a credit (provenance.credits)
                if m.group("via") is not None and _own_site(doc, text[s:e]):
                    continue  # "Via: X" on X's own page (its title ends "- X") names no source
                conf = 1.0 if name == "edited" else 0.9
                if sink.add_first(norm.facts("publisher", text, s, e, f"{_P}.{name}", conf)):
                    break
        if sink.fills("publisher"):
            self._fallback(doc, sink)
        if sink.fills("publisher"):
            self._pointer_fallback(doc, sink)
        if sink.wants("syndication"):
            synd = blocks.containing(_SYND_TRIGGERS, self.max_chars)
            for m in blocks.scan(self._synd_rx, synd):
                s, e = m.span("synd")
                if s >= sink.bound("syndication"):
                    break
                if len(text[s:e].split()) > 60 or blocks.foreign(s):
                    continue
                if _aggregator_talk(text, s, e):
                    continue  # an aggregator's disclaimer, not a syndication notice
                if sink.add_first(norm.facts("syndication", text, s, e, f"{_P}.syndication")):
                    break
        if sink.fills("syndication"):
            self._synd_fallback(doc, sink)
        return sink.facts

    def _synd_fallback(self, doc: Document, sink: FactSink) -> None:
        """The text of a removed notice that says the story came through a syndication partner
        or feed when no known wording matched it ("Partner content. Our newsroom was not
        involved ...", "This report comes to us from X's syndication service"): a line the
        site-talk step, an editorial disclaimer or the syndication notice rule removed that
        holds a syndication cue, is no question or offer ("Want to republish this story?"), and
        is no aggregator's disclaimer."""
        text = doc.text
        for i in doc.removed_as(_SYND_CATEGORIES):
            block = doc.blocks[i]
            line = block.text
            if "?" in line or len(line.split()) > 60 or self._synd_cue.search(line) is None:
                continue
            if _aggregator_talk(line):
                continue
            s, e = trim(text, block.start, block.end, _BRACKETS)
            if e > s and sink.add_first(
                self.normaliser.facts("syndication", text, s, e, f"{_P}.notice", 0.7)
            ):
                return

    def _fallback(self, doc: Document, sink: FactSink) -> None:
        """The outlet a removed syndication notice names when no known wording did ("The
        following article is syndicated from our partner X", "X's article is republished
        here", "(c) 2024 X. Distributed by ..."): the first outlet-shaped name in the notice
        that is not a wire agency, a network, the page's own site or a common word."""
        text = doc.text
        norm = self.normaliser
        for i in doc.removed_as(_SOURCE_CATEGORIES):
            block = doc.blocks[i]
            # an aggregator's disclaimer names the aggregator: only what it copied "from" names
            # the publisher there
            notice = not _aggregator_talk(block.text) and (
                doc.category(i) in _NOTICES
                or (
                    doc.category(i) == "site_talk"
                    and (
                        _REPUBLISHED.search(block.text) is not None
                        or self._synd_cue.search(block.text) is not None
                        or self._provider_cue.search(block.text) is not None
                    )
                )
            )
            patterns = (
                (self._notice_rx, self._copied_rx, self._owned_rx)
                if notice
                else (self._copied_rx, self._owned_rx)
            )
            named = self._named(block.start, block.text, patterns)
            pointed = self._pointer.read(block.text) if notice else None
            if pointed is not None:
                # a pointer line: "Provenance : La Voz de X" names "La Voz de X", not "X"; a
                # promo ("Restez informés avec X") names the site itself as often: nobody
                if pointed.promo:
                    continue
                named = iter(((block.start + pointed.start, block.start + pointed.end),))
            for s, e in named:
                if self._names_outlet(doc, s, e) and sink.add_first(
                    norm.facts("publisher", text, s, e, f"{_P}.notice", 0.7)
                ):
                    return

    def _pointer_fallback(self, doc: Document, sink: FactSink) -> None:
        """The outlet a short removed line points to when no notice named one ("Full story at
        The Example Herald", "Mehr dazu beim Beispiel Kurier": see :class:`PointerLine`); the
        title, menus and list headers are not read, nor are lines still in the body. A promo
        ("Follow X for daily news") names the site itself as often: it names no publisher."""
        text = doc.text
        for i, d in enumerate(doc.decisions):
            if type(d) is not Remove or d.category in _NOT_POINTERS or d.category.endswith(
                "_header"
            ):
                continue  # "More from X" over a list names the site's own pages
            block = doc.blocks[i]
            found = self._pointer.read_lead(block.text)
            if found is None or found.promo:
                continue
            s, e = block.start + found.start, block.start + found.end
            # "Source: X" names the source even when the page's title ends with X: the copy
            # kept the original's title suffix
            if self._names_outlet(doc, s, e, own_site=found.sourced) and sink.add_first(
                self.normaliser.facts("publisher", text, s, e, f"{_P}.pointer", 0.6)
            ):
                return

    @staticmethod
    def _named(
        offset: int, line: str, patterns: tuple[regex.Pattern[str], ...]
    ) -> Iterator[tuple[int, int]]:
        """Spans (in the document, ``line`` starting at ``offset``) of the names ``patterns``
        find in ``line``, in pattern order; a possessive "'s" is not the name's ("from X's
        syndication service": the outlet is X)."""
        for pattern in patterns:
            for m in pattern.finditer(line):
                if m.lastgroup is None:
                    continue
                s, e = m.span(m.lastgroup)
                if line[e - 2 : e] in ("'s", "’s"):
                    e -= 2
                yield offset + s, offset + e

    def _names_outlet(
        self, doc: Document, start: int, end: int, *, own_site: bool = False
    ) -> bool:
        """``text[start:end]`` can be an original publisher: not a pronoun or common word, a
        wire agency (a credit), a network or (unless ``own_site``) the page's own site. (An
        aggregator's disclaimer is skipped whole: see ``_TAKEDOWN``.)"""
        value = doc.text[start:end]
        if opens_with_non_name(value, self.tables.not_names):
            return False
        if value.casefold() in self.tables.platforms:
            return False
        if self.normaliser.agencies.find(doc.text, start, end):
            return False
        if not own_site and _own_site(doc, value):
            return False
        stop = self.tables.stopwords
        return not all(any(w.casefold() in ws for ws in stop.values()) for w in value.split())
