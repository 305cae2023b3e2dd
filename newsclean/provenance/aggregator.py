"""The name an aggregator's disclaimer gives itself ("<Name> is an automatic aggregator ...")."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from ..document import Document
from ..model import Fact
from ..step import RuleInfo
from ..vocab import alternation, bar_words
from .base import FactSink, LowerStarts, ProvenanceStep
from .data import Tables
from .names import AGGREGATE_STEM, OUTLET, S, bare_name, opens_with_non_name
from .normalise import Normaliser

_P = "provenance.aggregator"
#: one word shaped as a brand, never a common word of any language (German capitalises its
#: nouns): a capital or digit inside it ("FeedHeap", "Feed24"), or a host ("example.net")
_BRANDED = regex.compile(
    r"\p{Lu}[\p{L}\p{N}]*?[\p{Ll}\p{N}][\p{Lu}\p{N}][\p{L}\p{N}]*"
    r"|[\p{L}\p{N}][\p{L}\p{N}\-]*(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,12}",
    regex.VERSION0,
)
#: a disclaimer block contains one of these (lower case; each stands for all the words it
#: starts: "collect" for collects/collected/collecté, "sammelt" inside "gesammelt"...)
_TRIGGERS = (
    "aggreg", "agrég", "agreg", "agrège", "collect", "gather", "compile", "curate",
    "sammelt", "sammeln", "recopila", "fetched", "does not create", "does not produce", "index",
    "republish", "ownership", "sourced", "pulled", "imported", "pulls", "imports", "scrape",
    "automati", "automáti", "auto-publ", "autopubl", "rss", "importé", "récupéré", "übernommen",
    "importiert", "picked up",
)


#: the fallback also reads a line removed as the site's talk or an editorial disclaimer when it
#: says how the story was collected ("aggregator", "automatically", "RSS", "our robots")
_CUED = frozenset({"site_talk", "editorial_disclaimer"})
#: the categories of the removed lines the fallback reads (see ``AggregatorStep._fallback``)
_FALLBACK_CATEGORIES = _CUED | {"aggregator_disclaimer", "copyright_notice"}
_AGGREGATOR_CUE = re.compile(
    rf"{AGGREGATE_STEM}|automati|automated|automáti|\brss\b|\bfeeds?\b|\b(?:ro)?bots?\b|crawler"
    r"|algorithm|scrap|third[- ]part|extern|terceros|\btiers\b|dritte"
    r"|original\s+(?:publisher|source|author)|respective"
    # the story is copied from elsewhere: "taken from the internet", "copied from other websites",
    # "republished from a partner website", "does not own this story", "claims no credit"
    r"|\b(?:story|article|content|news|post|it)\b[^.;]{0,40}\b(?:copied|taken|republished|reposted"
    r"|sourced)\s+from\b|\bfrom\s+(?:the\s+)?internet\b"
    r"|\b(?:from|on)\s+(?:an?\s+)?(?:other|another|partner|external|various|different|multiple)\s+"
    r"(?:web)?(?:sites?|outlets|sources)\b"
    r"|\b(?:does\s+not|do\s+not|doesn['’]t|don['’]t)\s+own\s+(?:this|the|any)\s+"
    r"(?:story|article|content|news|post)|\bno\s+credit\b"
    r"|\bnot\s+(?:the\s+)?(?:original\s+)?(?:owner|author|publisher|writer|creator)s?\b"
    r"|\b(?:has|have)\s+not\s+written\b"
    # it claims no rights to what it reproduces: "makes no claim of ownership", "publicly
    # available news", "öffentlich zugänglich", "accessibles au public", "públicamente disponibles"
    r"|\bno\s+claim\b|\bclaim\s+of\s+ownership|publicly\s+available|öffentlich\s+zugänglich"
    r"|accessibles?\s+au\s+public|p[úu]blicamente\s+disponibles?|disponibles?\s+p[úu]blicamente"
    # it is not the owner or author ("n'est pas propriétaire", "ist nicht Eigentümer", "no es
    # propietario"), shows the story "for informational purposes", or keeps a stored copy
    r"|n['’]est\s+pas\s+(?:le\s+|l['’])?(?:propriétaire|auteur)|ist\s+nicht\s+(?:der\s+)?"
    r"(?:Eigentümer|Urheber|Autor|Inhaber)|no\s+es\s+(?:el\s+|la\s+)?(?:propietari|dueñ|autor|titular)"
    r"|informational\s+purposes|fines\s+informativos|titre\s+informatif|titre\s+d['’]information"
    r"|informationszwecken|\bcopy\s+(?:stored|saved|cached|kept)\s+by\b|collection\s+service"
    # it only relays what others wrote: "merely links", "se contente de citer", "ne sont pas
    # les nôtres", "stammen nicht von uns", "verlinkt ... lediglich", "se limita a enlazar",
    # "collects, sorts and republishes articles"
    r"|\b(?:merely|only|simply)\s+(?:links?|quotes?|relays?|points?)\b|\brepublish"
    r"|se\s+content\w*\s+de\s+(?:les\s+|l['’])?(?:citer|relayer|reprendre|renvoyer)"
    r"|ne\s+fai(?:t|sons)\s+que\s+"
    r"(?:citer|relayer|reprendre|renvoyer)|ne\s+sont\s+pas\s+les\s+nôtres|\brelay"
    r"|nicht\s+von\s+uns|\blediglich\s+(?:verlinkt|zitiert|übernommen)|(?:verlinkt|zitiert)\s+"
    r"(?:\w+\s+){0,2}lediglich|no\s+son\s+(?:nuestr|propi)|se\s+limita\w*\s+a\s+(?:enlazar|citar"
    r"|reproducir|recoger|difundir)|\bcollects?,?\s+(?:sorts|and|news|stories|articles|headlines)",
    re.IGNORECASE,
)

#: a rights holder's takedown request ("Own the rights to this story and want it gone? Email X
#: and we will remove it", "Si es titular de los derechos ... lo eliminaremos"): the site that
#: removes on request copied the story, so the line is the aggregator's talk
_TAKEDOWN_REQUEST = re.compile(
    r"(?=.*?(?:\brights?\b|\bowners?\b|\bauthors?\b|copyright|titular|derechos|\bauteur"
    r"|propriétaire|\bdroits\b|urheber|rechte))"
    r".*?(?:remov|delet|take\s+(?:it\s+)?down|supprim|retir|elimin|entfern|lösch)"
    # or where such requests go: "Takedown requests for X ...", "Löschanfragen an X",
    # "Copyright complaints regarding material on X", "le retrait d'un article du site X"
    r"|.*?(?:take-?down\s+requests?|removal\s+requests?|löschanfrage|copyright\s+complaints?"
    r"|retrait\s+d['’]un|retirada\s+de\s+un|solicitud\s+de\s+retirada)",
    re.IGNORECASE,
)

#: a copyright line (removed as the site's own notice) names the aggregator only when it says the
#: stories were aggregated, or collected automatically ("© 2025 X — news aggregated from around
#: the web", "Copyright © 2024 X. All articles are collected automatically ...")
_COPYRIGHT_CUE = re.compile(
    rf"{AGGREGATE_STEM}|automati\w*\W+(?:\w+\W+)?(?:collect|gather|curat|compil|sammel|gesammelt"
    r"|recopil)|(?:collected|gathered|curated|compiled)\W+automatically",
    re.IGNORECASE,
)

#: the verb that opens the passive way of saying it (``_S``: the space class, as ``S``)
_S = r"[^\S\n]"
_PASSIVE_LEAD = (
    rf"(?:was|were|is|are|been|wurde|wurden|ist|sind|a{_S}+été|est|sont|fue|fueron|es|son)"
)

#: the groups of the pattern that hold the aggregator's name, one per way of saying it
_NAME_GROUPS = (
    "agg", "agg2", "agg3", "agg4", "agg5", "agg6", "agg6b", "agg7", "agg8", "agg9", "agg10",
    "agg11", "agg12", "agg6c", "agg13",
)  # fmt: skip

#: the groups of the fallback's pattern that hold the name (see ``AggregatorStep._subject``)
_SUBJECT_GROUPS = (
    "n8", "n", "n2", "n3", "n4", "n5", "n6", "n7", "n9", "n10", "n11", "n12", "n13", "n14",
    "n15", "n16", "n17", "n18", "n19", "n20", "n21", "n22", "n23",
)  # fmt: skip

#: what does the collecting on the site's behalf ("X's software", "our robots", "unsere
#: Algorithmen", "nos robots", "nuestros algoritmos")
_TOOLS = (
    r"software|robots?|bots?|crawlers?|algorithms?|systems?|scripts?|programs?|engines?|tools?"
    r"|feed{S}+readers?|Software|Roboter|Algorithmen|Crawler|algorithmes|logiciels?"
    r"|algoritmos|programas?|rastreadores"
)
#: "our"/"we" opening the sentence after the site's name ("... on X? Our robots gather ...")
_WE = r"our|we|unsere?|wir|nos|nous|nuestros?|nuestras?"


class AggregatorStep(ProvenanceStep):
    """Records ``aggregator``: the name a disclaimer gives the site that copied the story, as in
    "<Name> is an automatic aggregator of the global media" (also "a news aggregator",
    "an automated content aggregator", "ist ein automatischer Aggregator", "est un agrégateur",
    "es un agregador"). The name must start a sentence; "It"/"This"/"We" are not names.
    The site's tool counts as the site ("gathered by X's software", "X's crawlers collect
    articles"), and so does a question naming it that "our robots"/"we" answer by collecting
    news ("Why am I seeing this on X? Our robots gather news ..."); a social network is never
    the aggregator. A story copied by X with a feed cue on the line ("This story was
    auto-published by X from an RSS feed", "Cet article a été récupéré automatiquement par X",
    "wurde automatisch von X aus einem RSS-Feed übernommen") and "X is an automated platform
    that collects articles" name it too."""

    id = "provenance.aggregator"
    words = _TRIGGERS
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(f"{_P}.disclaimer", "aggregator", "an aggregator's self-description",
                 "Disclaimer: Example Wire is an automated news aggregator."),
        RuleInfo(f"{_P}.lone_name", "aggregator",
                 "the one name the site's removed disclaimers hold (no wording placed it)",
                 "Content owners may ask Example Hub to remove any item."),
        RuleInfo(f"{_P}.subject", "aggregator",
                 "the name a removed aggregator disclaimer is about (no known wording names it)",
                 "Disclaimer: Example Wire is an AI-powered news aggregator."),
    )  # fmt: skip

    def __init__(self, tables: Tables | None = None, normaliser: Normaliser | None = None) -> None:
        super().__init__(tables, normaliser)
        adj = (
            r"automatic|automated|free|online|independent|news|content|rss|feed|web|digital"
            r"|automatischer|automatische|automatisierter|automatisierte|nachrichten|automatique"
            r"|autom[áa]tico|de{S}+noticias"
        ).replace("{S}", S)
        noun = (
            rf"(?:nachrichten|news)?aggregator|agr[ée]gateur|agregador"
            rf"|aggregation{S}+(?:site|service|platform|website)"
            rf"|index(?:ing)?{S}+(?:site|service|platform|website|engine)"
        )
        adverb = r"automatically|automatisch|automatiquement|autom[áa]ticamente"
        verb = (
            r"aggregates|collects|gathers|compiles|curates|indexes|republishes|reposts|fetches"
            r"|sammelt|agr[èe]ge|recopila|agrega|pulls|imports|scrapes"
        )
        #: what "we" do in a disclaimer that names the site ("We at X curate stories...",
        #: "Note from X: we collect stories...")
        we_verb = (
            r"aggregate|collect|gather|compile|curate|index|republish|repost|fetch|sammeln"
            r"|agr[èe]geons|collectons|recopilamos|agregamos"
            # what "our robots" do: the plural forms ("nos robots collectent", "unsere
            # Algorithmen sammeln", "nuestros algoritmos recopilan")
            r"|collectent|agr[èe]gent|rassemblent|recopilan|agregan|recogen|re[úu]nen"
        )
        things = (
            r"news|articles|stories|content|headlines|posts|feeds|excerpts|nachrichten|artikel"
            r"|noticias"
        )
        passive = (
            r"collected|aggregated|gathered|compiled|fetched|curated|picked[^\S\n]+up|gesammelt|aggregiert"
            r"|collect[ée]e?s?|agr[ée]g[ée]e?s?|recopilad[oa]s?|agregad[oa]s?"
        )
        #: what a disclaimer says was copied ("this story", "cet article", "dieser Beitrag")
        item = (
            r"article|story|post|item|content|report|piece|text|news|contenu|texte|contenido"
            r"|noticia|art[íi]culo|beitrag|artikel|meldung|page|seite|p[áa]gina"
        )
        #: a copied item that can be the subject of "was collected by X"
        copied = (
            r"article|story|post|item|contenu|texte|contenido|noticia|art[íi]culo|beitrag"
            r"|artikel|meldung"
        )
        #: how it was copied (with a feed cue on the line: "published by X" alone is the
        #: publisher's credit)
        moved = (
            r"imported|auto-?published|published|pulled|fetched|retrieved|scraped|posted|syndicated"
            r"|import[ée]e?|publi[ée]e?|r[ée]cup[ée]r[ée]e?|importad[oa]|publicad[oa]"
            r"|obtenid[oa]|recopilad[oa]|repris|reprise|recogid[oa]|tomad[oa]"
        )
        #: what a site that collects is called ("an automated platform that collects ...")
        place = (
            r"platform|service|site|website|page|portal|blog|tool|app|plattform|dienst|seite"
            r"|webseite|plateforme|portail|plataforma|sitio"
        )
        tools = _TOOLS.replace("{S}", S)
        we = _WE
        #: what the tool collects, right after its verb ("gather news", "collect the latest
        #: headlines", "collectent les articles"): "We gather that ..." collects nothing
        what = (
            rf"(?:(?i:the|all|latest|top|these|les|des|las|los|die|alle){S}+){{0,2}}"
            rf"(?i:{things}|actualit[ée]s|infos|informations|noticias|meldungen)(?![\p{{L}}])"
        )
        #: the verbs that say it by themselves ("X aggregates news from ..."): the others
        #: ("collects", "gathers") need a cue after them
        aggregates = r"aggregates|agr[èe]ge|agrega|aggregiert"
        #: where the collected things come from ("from across the web", "from various
        #: sources", "from hundreds of publishers"): a cue for a collecting verb
        origin = (
            rf"(?i:from){S}+(?:(?i:across|around|all{S}+over){S}+the{S}+(?i:web|internet|net)"
            rf"|(?:(?i:various|multiple|many|other|different|numerous|trusted|third[- ]party"
            rf"|hundreds{S}+of|thousands{S}+of|dozens{S}+of){S}+)(?:(?i:news|online|media){S}+)?"
            rf"(?i:sources|sites|websites|publishers|outlets|feeds))"
        )
        #: reported speech: a story telling what an aggregator does, not its disclaimer
        told = r"(?<![\p{L}])(?i:said|says|told|according{S}+to)(?![\p{L}])".replace("{S}", S)
        #: "All news on X is sourced from ... via RSS": passives that need a feed cue after them
        sourced = r"sourced|pulled|imported|syndicated"
        cue = (
            r"automatic|automatically|rss|feeds?|aggregat|automatisch|automatiquement"
            r"|autom[áa]ticamente"
        )
        #: "... was collected by <Name>": the one way of saying it that may start inside a word
        passive_lead = rf"(?i:{_PASSIVE_LEAD.replace(_S, S)}{S}+)"
        self._rx = regex.compile(
            rf"(?:^|(?<=[.!?:]{S}{{1,3}}))(?P<agg>{OUTLET}){S}+(?i:is|are|ist|est|es){S}+"
            rf"(?:(?i:an?|ein|eine|un|une|una){S}+)?(?:(?i:{adj})(?:-|{S})+){{0,3}}(?i:{noun})"
            rf"|(?:^|(?<=[.!?:]{S}{{1,3}}))(?P<agg2>{OUTLET}){S}+(?:(?i:only|simply|merely){S}+)?"
            rf"(?:(?i:{adverb}){S}+(?i:{verb})|(?:(?i:{aggregates})(?![\p{{L}}])"
            rf"|(?i:{verb})(?=[^\n.]{{0,80}}?(?:(?i:{cue})|{origin})))(?![^\n.]{{0,200}}{told}))"
            rf"{S}+(?=[^\n.]{{0,80}}?(?i:{things}))"
            rf"|{passive_lead}"
            rf"(?:(?i:{adverb}){S}+)?(?i:{passive}){S}+(?:(?i:{adverb}){S}+)?(?i:by|von|par|por){S}+"
            rf"(?P<agg3>{OUTLET})(?={S}*(?:[.,;:!?)]|(?i:from|aus|de|desde|via|depuis|[àa]{S}+partir"
            rf"|über|through){S})"
            rf"|['’]s{S}+(?:\p{{L}}+{S}+)?(?i:{tools})(?![\p{{L}}]))"
            rf"|(?:^|(?<=[.!?:—–-]{S}{{1,3}}))(?P<agg4>{OUTLET}){S}+(?i:does|do){S}+not{S}+"
            rf"(?:(?i:create|produce|write|publish|own){S}+(?:(?i:this|any|the|its){S}+)?"
            rf"(?i:content|news|articles?|stories|material)"
            rf"|(?i:claim){S}+(?i:ownership|any{S}+rights?|copyright))"
            # the cue ("automatically", "RSS feed") after the name or before it on the line
            rf"(?:(?=[^\n]{{0,160}}?(?i:{cue}))|(?<=(?i:{cue})[^\n]{{0,200}}))"
            # "All articles on X are gathered by software..."
            rf"|(?<![\p{{L}}])(?i:{things}){S}+(?i:on|at){S}+(?P<agg5>{OUTLET}){S}+(?i:are|is){S}+"
            rf"(?:(?i:{adverb}){S}+)?(?:(?i:{passive})|(?i:{sourced})(?=[^\n.]{{0,80}}?(?i:{cue})))"
            rf"(?![\p{{L}}])"
            # "X — news from everywhere. Content is aggregated automatically ...": the name
            # opens the disclaimer line, a tagline after a dash
            rf"|^{S}*(?P<agg7>{OUTLET}){S}+[—–]{S}+(?=[^\n]{{0,160}}?(?<![\p{{L}}])"
            rf"(?i:{things}){S}+(?i:is|are){S}+(?:(?i:{adverb}){S}+)?(?i:{passive}){S}+"
            rf"(?i:{adverb}|from|by{S}+(?:software|algorithms?|bots?)))"
            # "We at X curate stories ...", "Note from X: we collect stories ..."
            rf"|(?:(?<![\p{{L}}])(?i:we{S}+at|wir{S}+bei){S}+(?P<agg6>{OUTLET})"
            rf"|(?<![\p{{L}}])(?i:(?:a{S}+)?note|message|notice){S}+(?i:from){S}+(?P<agg6b>{OUTLET})"
            rf"{S}*:{S}*(?i:we)"
            rf"|^[^\p{{L}}\p{{N}}\n]{{0,3}}(?:(?i:about){S}+)?(?P<agg6c>{OUTLET}){S}*:{S}*(?i:we)"
            rf"(?=[^\n]{{0,160}}?(?:(?i:{cue})|{origin})))"
            rf"{S}+(?:(?i:{adverb}){S}+)?(?i:{we_verb})(?![\p{{L}}])"
            rf"(?=[^\n.]{{0,80}}?(?i:{things}))"
            # "This story was auto-published by X from an RSS feed", "Cet article a été
            # importé par X depuis un flux": a story's subject, a feed cue on the line
            rf"|(?<![\p{{L}}])(?i:this|the|cet|ce|cette|la|le|este|esta|el|dieser|diese|die|der|das)"
            rf"{S}+(?i:{item})"
            rf"{S}+{passive_lead}(?:(?i:{adverb}){S}+)?(?i:{moved}){S}+(?:(?i:{adverb}){S}+)?"
            rf"(?i:by|par|por){S}+(?:(?i:the|le|la|el|l['’]){S}*(?i:{place}){S}+)?(?P<agg10>{OUTLET})"
            rf"(?={S}*(?:[.,;:!?)]|(?i:from|via|depuis|[àa]{S}+partir|desde|de){S}))"
            rf"(?:(?=[^\n]{{0,160}}?(?i:{cue}))|(?<=(?i:{cue})[^\n]{{0,200}}))"
            # "Content aggregated by X from third-party publishers", "Aggregated by X.": a
            # sentence that opens with what was collected, or with the verb
            rf"|(?:^[^\p{{L}}\p{{N}}\n]{{0,3}}|(?<=[.!?:]{S}{{1,3}}))(?:(?i:all){S}+)?"
            rf"(?:(?i:{things}){S}+)?(?:(?i:{adverb}){S}+(?i:{passive})|(?i:{passive}){S}+(?i:{adverb})"
            rf"|(?i:aggregated|aggregiert|agr[ée]g[ée]e?s?|agregad[oa]s?"
            rf"|auto-?(?:aggregated|curated|collected|compiled|fetched))){S}+"
            rf"(?i:by|von|par|por){S}*:?{S}+(?P<agg13>{OUTLET})"
            rf"(?={S}*(?:[.,;:!?)—–|]|$|(?i:from|via|aus|de|desde|depuis|through){S}))"
            # "Dieser Beitrag wurde automatisch von X aus einem RSS-Feed übernommen"
            rf"|(?<![\p{{L}}])(?i:wurde|wurden|ist|sind){S}+(?:(?i:automatisch){S}+)?(?i:von){S}+"
            rf"(?P<agg11>{OUTLET}){S}+(?:(?i:automatisch){S}+)?(?i:aus|von|über){S}+[^\n.]{{0,80}}?"
            rf"(?i:feed|rss|agentur|quelle|nachrichtendienst|webseite|website)[^\n.]{{0,40}}?"
            rf"(?i:übernommen|importiert|gesammelt|eingelesen|abgerufen|zusammengestellt)"
            # "X is an automated platform that collects articles from publishers"
            rf"|(?:^|(?<=[.!?:]{S}{{1,3}}))(?P<agg12>{OUTLET}){S}+(?i:is|ist|est|es){S}+"
            rf"(?i:an?|ein|eine|un|une|una){S}+(?:(?i:{adj})(?:-|{S})+){{0,3}}(?i:{place}){S}+"
            rf"(?i:that|which|qui|que|der|die|das){S}+(?:(?i:{adverb}){S}+)?(?i:{verb})"
            rf"(?![\p{{L}}]){S}+{what}"
            # "Why am I seeing this on X? Our robots gather news ...": a question naming the
            # site, answered by what "our robots" or "we" do
            rf"|(?<![\p{{L}}])(?i:on|at|sur|auf|en){S}+(?P<agg8>{OUTLET}){S}?\?{S}+(?i:{we})"
            rf"(?:{S}+(?i:{tools}))?{S}+(?:(?i:{adverb}){S}+)?(?i:{we_verb}|{verb}){S}+{what}"
            # "X's robots automatically collect stories ...": the site's tool does it
            rf"|(?:^|(?<=[.!?:]{S}{{1,3}}))(?P<agg9>{OUTLET})['’]s{S}+(?:\p{{L}}+{S}+)?"
            rf"(?i:{tools}){S}+(?:(?i:{adverb}){S}+)?(?i:{we_verb}|{verb}){S}+{what}",
            regex.MULTILINE | regex.VERSION0,
        )
        #: where a match can start besides a line start (see :meth:`Blocks.scan_from`), read
        #: off the ways of saying it above: a name after a sentence's end, or one of the words
        #: a way of saying it opens with, then a space. A stdlib pattern, scanned fast, for a
        #: superset of ``_rx``'s match starts (its look-behind split into fixed widths; ``re``
        #: matches, case-insensitively and as a space, every character ``regex`` does there;
        #: written in lower case and run on the lower-cased text: see ``LowerStarts``):
        #: ``_rx`` costs a few us a position however it fails, and now runs at a few a line
        lead = rf"(?:{things}|we|wir|note|message|notice|a{_S}+note|{_PASSIVE_LEAD})"
        #: "on X? Our ...": the question's preposition, a short name and a "?" before "our"/"we"
        asked = (
            rf"(?=(?:on|at|sur|auf|en){_S}+[^\s?]{{1,40}}(?:{_S}[^\s?]{{1,40}}){{0,4}}"
            rf"{_S}?\?{_S}+(?:{_WE}){_S})"
        )
        #: the fallback: where a removed disclaimer names the site without a known wording
        #: (a name opening a sentence and followed by its verb, a comma or a possessive; a name
        #: that things "on X" are, "We at X", "About X:", "Powered by X", "(X)")
        site_verbs = alternation(bar_words("provenance/site_verbs.txt"))
        site_nouns = alternation(bar_words("provenance/site_nouns.txt"))
        labels = alternation(bar_words("provenance/disclaimer_labels.txt"))
        #: a name in quotes ("'Newsgrove' is ...") or followed by its host or a description in
        #: brackets ("Newsbeacon (newsbeacon.net) is ...", "X (an automated aggregator) does ...")
        q_open, q_close = "[\"“‘'«]?", "[\"”’'»]?"
        aside = rf"(?:{S}*\([^()\n]{{1,60}}\))?"
        self._subject = regex.compile(
            # a copyright line: "© 2025 X — news aggregated ...", "Copyright © 2024 X. All
            # articles are collected automatically ..." (the year is not the name's)
            rf"^[^\p{{L}}\p{{N}}\n]*(?:(?i:copyright)(?:{S}*©)?|©|\((?i:c)\)){S}*"
            rf"(?:(?:19|20)\d\d(?:{S}*[-–]{S}*\d{{2,4}})?,?{S}+)?(?P<n8>{OUTLET})"
            rf"(?={S}*(?:[.,|—–]|{S}-{S}))"
            rf"|(?<![\p{{L}}])(?i:we{S}+at|at|powered{S}+by|about|à{S}+propos{S}+de|über|acerca{S}+de"
            rf"|sobre|welcome{S}+to|part{S}+of|brought{S}+to{S}+you{S}+by|presented{S}+by|operated{S}+by"
            rf"|a{S}+service{S}+(?:of|from)|(?:a{S}+)?(?:note|notice|message){S}+from)"
            rf"{S}+(?P<n3>{OUTLET})(?:{S}*[,:]|{S}+(?=(?i:we|wir|nous|nosotros){S})|{S}+(?=[—–]{S}))"
            # "collected by our aggregator, X, from ...", "Aggregator: X"
            rf"|(?<![\p{{L}}])(?i:our|the|unser|notre|nuestro){S}+(?:(?i:news|automated|automatic)"
            rf"{S}+)?(?i:aggregator|agrégateur|agregador|nachrichtenaggregator),?{S}+(?P<n9>{OUTLET})"
            rf"(?={S}*[,.;)]|{S}+(?i:from|via|aus|depuis|desde)(?![\p{{L}}]))"
            rf"|^{S}*(?i:(?:news{S}+)?aggregator|agrégateur|agregador){S}*:{S}*(?P<n10>{OUTLET}){S}*$"
            # "Found on X — the automated aggregator", "Thanks for reading X. Our stories ..."
            rf"|(?<![\p{{L}}])(?i:found{S}+on|you{S}+are{S}+reading|you['’]re{S}+reading"
            rf"|thanks{S}+for{S}+reading){S}+(?P<n11>{OUTLET})(?={S}*[.,:;!—–-]|{S}*$)"
            # "Sur X, les articles sont collectés ...", "En X recopilamos noticias ..."
            rf"|(?<![\p{{L}}])(?i:sur|en){S}+(?P<n12>{OUTLET})(?:{S}*,|{S}+(?=(?i:recopilamos"
            rf"|agregamos|reunimos|seleccionamos|recogemos|collectons|agrégeons|rassemblons){S}))"
            rf"|(?:^[^\p{{L}}\p{{N}}\n]*|(?<=[.!?;:—–|-]{S}{{1,3}})){q_open}(?P<n>{OUTLET}){q_close}{aside}(?="
            # its verb: "X only curates ...", "X does not own ...", "X ist ein ... Aggregator"
            rf"{S}+(?:(?i:only|just|merely|simply|also|automatically|automatisch|nur"
            rf"|automatiquement|seulement|autom[áa]ticamente|solo|sólo){S}+)?"
            # an object pronoun before the verb: "X lo muestra ...", "X le diffuse ...", "X zeigt
            # ihn ..." (the verb first in German: see site_verbs.txt)
            rf"(?:(?i:lo|la|los|las|le|les|l['’]){S}+)?"
            rf"(?:(?i:{site_verbs})(?![\p{{L}}])"
            rf"|(?i:is|are|ist|est|es)(?![\p{{L}}])[^.!?\n]{{0,60}}?(?<![\p{{L}}])(?i:{site_nouns})"
            # "X ist nicht für die Inhalte ... verantwortlich"
            rf"|(?i:ist){S}+(?i:nicht){S}+(?i:für|verantwortlich|haftbar|der{S}+urheber|der{S}+autor)"
            # "X is powered by algorithms that collect news ..."
            rf"|(?i:is|are){S}+(?i:powered|run|driven|operated){S}+(?:(?i:entirely){S}+)?(?i:by){S}+"
            rf"(?i:algorithm|software|bot|robot|ai|artificial|machine)"
            # "X ist nicht Eigentümer ...", "X n'est pas propriétaire ...", "X no es propietario"
            rf"|(?i:ist{S}+nicht|n['’]est{S}+pas|no{S}+es){S}+(?:(?i:der|le|la|el|l['’]){S}*)?"
            rf"(?i:Eigentümer|Urheber|Autor|Inhaber|propriétaire|auteur|propietari[oa]|dueñ[oa]"
            rf"|autora?|titular)"
            rf"|(?i:is|are){S}+(?i:not|n['’]t){S}+(?:(?i:the){S}+(?:(?i:original){S}+)?"
            rf"(?i:author|owner|creator|publisher|writer)s?|(?i:responsible|liable|affiliated))(?![\p{{L}}]))"
            # "X, an automated news aggregator, ...", "X's robots ...", "X — news from ..."
            rf"|{S}*,{S}+(?i:an?|un|une|ein|eine|una){S}[^.!?\n]{{0,60}}?(?<![\p{{L}}])(?i:{site_nouns})"
            rf"|{S}*\({S}*(?i:an?|un|une|ein|eine|una){S}[^()\n]{{0,60}}?(?<![\p{{L}}])(?i:{site_nouns})"
            rf"|['’]s{S}|{S}+[—–-]{S}|{S}*(?:©|\((?i:c)\))"
            # "X | Disclaimer: This site is an automatic aggregator ..."
            rf"|{S}*\|{S}*(?i:{labels}){S}*:"
            # "X: automatically aggregated headlines", "X: all the news, automatically
            # aggregated"
            rf"|{S}*:{S}+(?:[^\n.!?:]{{0,40}}?[\s,])?(?i:automati|auto-|aggregat|agrég|gesammelt"
            rf"|recopil))"
            rf"|(?<![\p{{L}}])(?i:on|at|sur|auf|bei|en){S}+(?P<n2>{OUTLET}){S}+"
            rf"(?i:is|are|gets?|ist|sind|werden|wurden|est|sont|es|son|se|stammen|kommen|come"
            rf"|proviennent|provienen|proceden){S}"
            # "auto-generated by X from an RSS feed", "automatisch von X importiert"
            rf"|(?<![\p{{L}}])(?i:by|von|par|por)(?:{S}*:)?{S}+(?P<n5>{OUTLET})(?=(?:{S}+(?i:from|via|aus|über"
            rf"|depuis|desde|importiert|übernommen|gesammelt|eingelesen|abgerufen|zusammengestellt"
            rf"|erfasst|aggregiert|ausgewählt"
            rf"|[àa]{S}+partir)(?![\p{{L}}])|{S}*[.;]|{S}*$))"
            # "aggregated by X and belongs to ...", "Aggregated by X — all credit to ...": the
            # collecting verb right before "by", then the name and a clause of its own
            rf"|(?<![\p{{L}}])(?i:aggregated|curated|collected|compiled|gathered|fetched|imported"
            rf"|indexed|selected|scraped|pulled){S}+(?i:by){S}+(?P<n7>{OUTLET})"
            rf"(?={S}*[,—–]|{S}+(?i:and|und|et|y){S})"
            # "collected by the X bot", "contact the X team"
            rf"|(?<![\p{{L}}])(?i:the){S}+(?P<n6>{OUTLET}){S}+(?:(?i:news|feed|rss|ai){S}+)?"
            rf"(?i:bots?|robots?|crawlers?|software|team"
            rf"|algorithms?|engine)(?![\p{{L}}])"
            rf"|(?<![\p{{L}}])(?i:site|website|page|platform|portal|blog|service){S}*\({S}*(?P<n4>{OUTLET}){S}*\)"
            # "We at X do not own ...", "(operated as X)", "removed from X, write to ...",
            # "put together by X's algorithm"
            rf"|(?<![\p{{L}}])(?i:we){S}+(?i:at){S}+(?P<n13>{OUTLET})(?={S}+\p{{Ll}})"
            rf"|(?<![\p{{L}}])(?i:operated|run|known|trading|published|branded){S}+(?i:as){S}+"
            rf"(?P<n14>{OUTLET})(?={S}*[),.;:])"
            rf"|(?<![\p{{L}}])(?i:removed|deleted|taken{S}+down|withdrawn){S}+(?i:from){S}+"
            rf"(?P<n15>{OUTLET})(?={S}*[,.;:?]|{S}+\p{{Ll}})"
            # where takedown requests go: "Takedown requests for X", "Copyright complaints
            # regarding material on X", "Löschanfragen an X", "le retrait d'un article du site X"
            rf"|(?<![\p{{L}}])(?:(?i:take-?down|removal|deletion){S}+(?i:requests?){S}+(?i:for|to|at)"
            rf"|(?i:complaints?){S}+(?i:regarding|about|concerning|over){S}+(?i:material|content|articles?"
            rf"|items?|stories){S}+(?i:on|at|from)|(?i:Löschanfragen|Löschanträge){S}+(?i:an|für|bei)"
            rf"|(?i:retrait|retirada|suppression|supresión){S}+(?i:d['’]un|de{S}+un|d['’]une|de{S}+una)"
            rf"{S}*(?i:article|art[íi]culo|contenu|contenido|texte|texto){S}+(?i:du|del){S}+"
            rf"(?i:site|sitio|portail|portal){S}+){S}*(?P<n23>{OUTLET})(?={S}*[,.;:?]|{S}+\p{{Ll}})"
            rf"|(?<![\p{{L}}])(?i:by){S}+(?P<n16>{OUTLET})['’]s{S}+(?:\p{{Ll}}+{S}+)?(?i:{tools})(?![\p{{L}}])"
            # "This site, X, is an automatic aggregator", "Ce site, X, agrège ...": the name in
            # apposition to the site
            rf"|(?<![\p{{L}}])(?i:this|our|ce|cette|notre|este|esta|nuestro|nuestra|diese|dieser"
            rf"|unsere){S}+(?i:{place}),{S}*{q_open}(?P<n17>{OUTLET}){q_close}{S}*,"
            # "We are X, an automatic aggregator", "generated by X, a news aggregation service":
            # the name with its description in apposition
            rf"|(?<![\p{{L}}])(?i:we{S}+are|wir{S}+sind|nous{S}+sommes|somos|by|von|par|por|from)"
            rf"{S}+{q_open}(?P<n19>{OUTLET}){q_close}{S}*,{S}*(?i:an?|un|une|ein|eine|una){S}"
            rf"[^.!?\n]{{0,60}}?(?<![\p{{L}}])(?i:{site_nouns})"
            # "part of the automated news stream of X", "le flux automatique de X": the site
            # whose automatic feed the story is in
            rf"|(?<![\p{{L}}])(?i:automated|automatic|automatique|autom[áa]tic[oa])"
            rf"{S}+(?:(?i:news|content|rss){S}+)?(?i:stream|feed|service|digest|wire|flow|flux|fil"
            rf"|selection|flujo|servicio){S}+(?i:of|from|de|du|del|des){S}+"
            rf"(?P<n20>{OUTLET})(?={S}*[,.;:)]|{S}+(?i:and|et|y|is|was|est|es)(?![\p{{L}}]))"
            # "les articles de X sont collectés par un robot": the site whose stories are
            # the subject
            rf"|(?<![\p{{L}}])(?i:{things}|contenus?|contenidos?|inhalte|beiträge|art[íi]culos)"
            rf"{S}+(?i:of|de|du|del|von|auf|sur){S}+(?P<n21>{OUTLET}){S}+"
            rf"(?i:are|is|sont|est|son|es|sind|werden|wurden|se)(?![\p{{L}}])"
            # "please contact X and we will take it down", "contactez X : l'article sera
            # supprimé", "escriba a X y lo eliminaremos": the site a takedown request goes to
            rf"|(?<![\p{{L}}])(?i:contact|contactez|contacter|notify|write{S}+to|email|e-mail"
            rf"|écrivez{S}+à|escriba{S}+a|escríbanos{S}+a|contacte{S}+(?:con|a)|kontaktieren{S}+Sie"
            rf"|schreiben{S}+Sie{S}+an|wenden{S}+Sie{S}+sich{S}+an){S}+(?P<n22>{OUTLET})"
            rf"(?={S}*[,:;]|{S}+(?i:and|et|y|und)(?![\p{{L}}]))(?=[^\n]{{0,160}}?(?i:remov"
            rf"|take{S}+(?:it{S}+)?down|delet|supprim|retir|elimin|entfern|lösch))"
            # "The team behind X does not write ...": who runs the site, then their verb
            rf"|(?<![\p{{L}}])(?i:team|people|folks|editors|volunteers){S}+(?i:behind|running)"
            rf"{S}+(?P<n18>{OUTLET}){S}+(?i:do|does|did|is|are|cannot|can|will|have|has)"
            rf"(?![\p{{L}}])",
            regex.MULTILINE | regex.VERSION0,
        )
        #: "... was collected by X" names an aggregator when what was collected is the
        #: sentence's subject or a feed cue is on the line ("The figures were compiled by
        #: Statistics Canada from ..." is a story's sentence): checked on a match only
        self._copied_subject = regex.compile(
            rf"(?<![\p{{L}}])(?i:{things}|{copied})(?:{S}+[\p{{L}}\d'’-]+){{0,3}}{S}+\Z",
            regex.VERSION0,
        )
        self._feed_cue = regex.compile(rf"(?i:{cue})", regex.VERSION0)
        #: a disclaimer's heading on the line above it: "About X", "À propos de X", "Über X"
        self._about = regex.compile(
            rf"{S}*[^\p{{L}}\p{{N}}\n]{{0,3}}(?i:about|à{S}+propos{S}+de|über|acerca{S}+de|sobre)"
            rf"{S}+(?P<name>{OUTLET}){S}*[:.]?{S}*",
            regex.VERSION0,
        )
        self._not_subject = bar_words("provenance/disclaimer_words.txt") | bar_words(
            "provenance/disclaimer_labels.txt"
        )
        #: a name anywhere in a line (see ``_lone_name``), and the words that put it as the
        #: story's source right before it
        self._name = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}.@/:\-])(?:{OUTLET})(?![\p{{L}}\p{{N}}/@\-])", regex.VERSION0
        )
        self._source = regex.compile(
            rf"(?i:from|von|aus|de|depuis|desde|del|du|via|on|auf|sur|en){S}*[:\-–—]?{S}*\Z",
            regex.VERSION0,
        )
        self._starts = LowerStarts(
            "|".join(rf"(?<=[.!?:—–-]{_S}{{{n}}})" for n in (1, 2, 3))
            + rf"|(?={lead}{_S})|{asked}"
        )

    def apply(self, doc: Document) -> list[Fact]:
        sink = FactSink(doc)
        if not sink.wants("aggregator"):
            return []
        blocks = self.view(doc)
        for m in blocks.scan_from(self._rx, blocks.containing(_TRIGGERS), self._starts):
            group = next(g for g in _NAME_GROUPS if m.group(g) is not None)
            s, e = m.span(group)
            if group == "agg3" and not self._collected(doc.text, m.start()):
                continue
            if group == "agg3" and "picked" in m.group().casefold() and (
                doc.text[e : e + 1] not in ("'", "’")
            ):
                continue  # "picked up by X's software" collects; "picked up by X" reprints
            if group == "agg7":
                # "LONDON — The news is collected automatically by..." is a story's dateline:
                # a name before a dash counts on a line the classifier removed only
                at = blocks.at(s)
                if at is None or not doc.removed(at):
                    continue
            if s >= sink.bound("aggregator"):
                break  # an aggregator recorded earlier in the text wins
            value = doc.text[s:e]
            if opens_with_non_name(value, self.tables.not_names):
                continue
            if value.casefold() in self.tables.platforms:
                continue  # "seen on Facebook? We collect ..." names a network, not the site
            if self.normaliser.only_agency(doc.text, s, e):
                continue  # "Stories compiled automatically by Reuters, ..." credits a wire
            found = self.normaliser.facts("aggregator", doc.text, s, e, f"{_P}.disclaimer")
            if sink.add_first(found):
                break
        if sink.fills("aggregator"):
            self._fallback(doc, sink)
        return sink.facts

    def _collected(self, text: str, at: int) -> bool:
        """The passive at ``at`` ("was collected by X") is about a copied story: the words
        before it in its sentence end with a copied item ("This article was ..."), or a feed
        cue is on its line."""
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        lead = text[max(line_start, at - 80) : at]
        return (
            self._copied_subject.search(lead) is not None
            or self._feed_cue.search(text, line_start, line_end) is not None
        )

    def _fallback(self, doc: Document, sink: FactSink) -> None:
        """The name a line the classifier removed as an aggregator's disclaimer (or as the site's
        talk or an editorial disclaimer, with a collecting cue on it) is about, when
        no known wording named it: the first name that opens a sentence with its verb after it
        ("Newsrake is an AI-powered news aggregator", "Examplefold acts as ..."), or that the
        copied things are "on", or "We at X", "About X:", "(X)". A common word opening a
        sentence ("Content is collected ...") names nobody: see :meth:`_common`."""
        lines = list(self._disclaimer_lines(doc))
        for i in lines:
            block = doc.blocks[i]
            for m in self._subject.finditer(block.text):
                group = next(g for g in _SUBJECT_GROUPS if m.group(g) is not None)
                s = block.start + m.start(group)
                e = block.start + m.end(group)
                if self._common(doc.text, s, e):
                    continue
                found = self.normaliser.facts("aggregator", doc.text, s, e, f"{_P}.subject")
                if sink.add_first(found):
                    return
            if i > 0 and self._about_line(doc, i - 1, sink):
                return
        self._lone_name(doc, sink, lines)

    @staticmethod
    def _disclaimer_lines(doc: Document) -> Iterator[int]:
        """The removed lines the fallbacks read: an aggregator's disclaimer, the site's talk or
        an editorial disclaimer that says how the story was collected, a copyright line that
        says the stories were aggregated."""
        for i in doc.removed_as(_FALLBACK_CATEGORIES):
            text = doc.blocks[i].text
            category = doc.category(i)
            if (
                category == "aggregator_disclaimer"
                or (
                    category in _CUED
                    and (
                        _AGGREGATOR_CUE.search(text) is not None
                        or _TAKEDOWN_REQUEST.match(text) is not None
                    )
                )
                or (category == "copyright_notice" and _COPYRIGHT_CUE.search(text) is not None)
            ):
                yield i

    def _lone_name(self, doc: Document, sink: FactSink, lines: list[int]) -> None:
        """The one name the site's disclaimers hold when no wording placed it ("Content owners
        may ask Example Hub to remove any item", "Powered by Example Hub · an aggregation
        service"): every name of those lines shaped as a brand ("FeedHeap", "example.net") or
        recorded as the site's name (a title suffix), but for networks, wire agencies, the
        original publisher and what the story came "from" ("... from example.com"), is the
        same name. Two different names name nobody. (A capitalised word is no name by itself:
        German capitalises every noun.) ``lines``: the disclaimer lines, as
        :meth:`_disclaimer_lines` gives them."""
        text = doc.text
        publishers = {bare_name(f.value) for f in doc.facts if f.kind == "publisher"}
        sites = {bare_name(f.value) for f in doc.facts if f.kind == "site_name"}
        found: tuple[int, int] | None = None
        for i in lines:
            block = doc.blocks[i]
            for m in self._name.finditer(block.text):
                s, e = block.start + m.start(), block.start + m.end()
                if text[e - 2 : e] in ("'s", "’s"):
                    e -= 2
                if text.startswith("the ", s):
                    s += 4  # "the Example desk": the article is not the name's
                if self._source.search(text, max(block.start, s - 12), s) is not None:
                    continue  # "... from example.com": where the story came from
                key = bare_name(text[s:e])
                if not (key in sites or _BRANDED.fullmatch(text, s, e)) or self._common(
                    text, s, e
                ):
                    continue
                if key in publishers:
                    continue
                if found is not None and key != bare_name(text[found[0] : found[1]]):
                    return  # two names: which one is the site's is not said
                found = found or (s, e)
        if found is not None:
            facts = self.normaliser.facts("aggregator", text, *found, f"{_P}.lone_name", 0.6)
            sink.add_first(facts)

    def _about_line(self, doc: Document, i: int, sink: FactSink) -> bool:
        """Block ``i``, right above a removed disclaimer, is its heading "About X" (and
        nothing else): X is the site the disclaimer is about."""
        block = doc.blocks[i]
        m = self._about.fullmatch(block.text)
        if m is None:
            return False
        s, e = block.start + m.start("name"), block.start + m.end("name")
        if self._common(doc.text, s, e):
            return False
        found = self.normaliser.facts("aggregator", doc.text, s, e, f"{_P}.subject")
        return sink.add_first(found)

    def _common(self, text: str, start: int, end: int) -> bool:
        """``value`` is not a site's name: it opens with a pronoun or a word that is never a
        name, is a network, or all its words are disclaimer words, stop words or words the
        document also writes in lower case."""
        value = text[start:end]
        words = value.split()
        if opens_with_non_name(value, self.tables.not_names) or (
            value.casefold() in self.tables.platforms
        ):
            return True
        if self.normaliser.only_agency(text, start, end):
            return True
        stop = self.tables.stopwords
        for w in words:
            f = w.casefold()
            if f in self._not_subject or any(f in ws for ws in stop.values()):
                continue
            if not w[:1].isupper() or w[1:] != w[1:].lower() or not w.isalpha():
                return False  # "NewsGrid", "Newsberry 24", "ABC": a name's shape
            # the name's host ("newsbeacon.net") is no lower-case use of the word
            if regex.search(
                rf"(?<![\p{{L}}.]){regex.escape(f)}(?![\p{{L}}]|\.\p{{L}})", text
            ) is None:
                return False
        return True
