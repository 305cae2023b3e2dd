"""Lines in which the site talks about itself, the article or its reader rather than telling the
story: disclaimers, notices, promos and nags in wordings no phrase table has met yet."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from ..document import Document
from ..step import Decision, Remove, RuleInfo
from .cues import QUOTE_FIRST, data_lists, is_dateline
from .sitetalk_model import (
    MAX_CHARS,
    MIN_WORDS,
    ScoreBound,
    SiteTalkModel,
    TextWords,
    features,
)

#: how far (in lines) removed boilerplate may be for a suspect line to count as next to it
REACH = 2
#: share of a line's distinct words the model must know (the word or its stem): a line in a
#: language the weights were not learned on (or mostly names) is not judged
MIN_KNOWN = 0.6


class SiteTalk:
    """Scores each line still in the body on the words it uses ("article", "content",
    "subscribe", "cookies", "rights", "app", "vous", "derechos"...) and their stems (so an
    inflection or a compound the weights never met still counts), its first word and a few
    marks of its shape (a URL, an e-mail address, a quotation mark, a closing full stop), with
    weights learned from labelled lines (``data/sitetalk.tsv``, made by
    ``benchmarks/sitetalk_train.py``; pass ``model`` to use others). Story words weigh against
    a line ("said", quotation marks, long sentences), so prose that merely mentions an app or
    a licence stays.

    Context decides as well (jusText's second pass): a line is removed when its score reaches
    ``site_talk_min_score`` *and* a line at most two lines away has been removed, so a
    suspicious sentence inside the story stays, and a cluster of notices goes one after the
    other; a score of ``site_talk_alone_score`` needs no neighbour, nor does one of
    ``site_talk_edge_score`` before the story's first prose paragraph or after its last.
    Lines of fewer than four words (left to the context steps), of more than 320 characters
    (story paragraphs), and lines most of whose words the model does not know, neither as
    words nor by their stems (another language), are not judged; nor are lines that open
    with a quotation mark, datelines, nor notes on the story's own changes ("This story was
    updated at 5 p.m. to include ...", ``data/<lang>/sitetalk.ini``): they are the story's.
    This is the phrase tables' safety net: it catches their kinds in other wordings."""

    id = "site_talk"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(
            "site_talk",
            "site_talk",
            "a line worded as the site's talk about itself, the article or the reader (a "
            "disclaimer, notice or promo in a wording the phrase tables lack), next to removed "
            "boilerplate or scored very high",
            "Everything published here is gathered by our robots from other newsrooms.",
        ),
    )

    def __init__(
        self, model: SiteTalkModel | None = None, languages: Sequence[str] = ("en",)
    ) -> None:
        self.model = model if model is not None else SiteTalkModel.load()
        self.bound = ScoreBound(self.model)
        data = data_lists(languages, "sitetalk.ini")
        labels = "|".join(f"(?:{x})" for x in data.get("labels", []))
        changes = "|".join(f"(?:{x})" for x in data.get("story_changes", []))
        #: a note on the story's own changes ("This story was updated at 5 p.m. to include
        #: ...", "An earlier version of this article ..."): the story's, never judged
        self.story_change = (
            regex.compile(
                rf"[\W_]*(?:(?:{labels})\s*[:.\-–—]\s*)?(?:{changes})" if labels
                else rf"[\W_]*(?:{changes})",
                regex.IGNORECASE | regex.VERSION0,
            )
            if changes
            else None
        )

    def suspects(self, doc: Document, least: float) -> dict[int, float]:
        """Blocks still in the body whose score reaches ``least``, with their scores. Judged:
        four words or more, at most MAX_CHARS characters, most words known to the model."""
        decisions = doc.decisions
        model = self.model
        bound = self.bound
        vocab = bound.vocab
        reaches = bound.reaches
        out: dict[int, float] = {}
        lines = TextWords(doc.lower)
        for i, b in enumerate(doc.blocks):
            text = b.text
            # a line that opens with a quotation mark (someone's words, attributed or not) and a
            # dateline (tested once a line scores high: the costlier test) are the story's
            if decisions[i] is not None or len(text) > MAX_CHARS or text[:1] in QUOTE_FIRST:
                continue
            words = lines.words(text, b.start, b.end)
            if len(words) < MIN_WORDS:
                continue
            distinct = set(words)
            known = vocab.intersection(distinct)
            need = MIN_KNOWN * len(distinct)
            if len(known) < need and len(known) + bound.stem_known(distinct - known) < need:
                continue
            # the exact score (and its feature strings) only where the bound reaches ``least``
            if not reaches(words, known, least):
                continue
            score = model.score(features(text, words))
            if score < least:
                continue
            if is_dateline(text):
                continue
            if self.story_change is not None and self.story_change.match(text):
                continue
            out[i] = score
        return out

    def apply(self, doc: Document) -> Iterator[Decision]:
        t = doc.config.thresholds
        least, alone, edge = (t.site_talk_min_score, t.site_talk_alone_score,
                              t.site_talk_edge_score)
        suspects = self.suspects(doc, least)
        removed = {i for i, d in enumerate(doc.decisions) if type(d) is Remove}
        first_prose, last_prose = doc.prose_bounds() if suspects else (0, 0)
        changed = bool(suspects)
        while changed:
            changed = False
            for i in sorted(suspects):
                near = any(i - k in removed or i + k in removed for k in range(1, REACH + 1))
                score = suspects[i]
                if not near and score < alone and (
                    score < edge or first_prose <= i <= last_prose
                ):
                    continue
                del suspects[i]
                removed.add(i)
                changed = True
                cues = ", ".join(f"{f} {v:+.1f}" for f, v in
                                 self.model.explain(features(doc.blocks[i].text))[:4])
                where = (f"next to removed boilerplate, score {score:.1f} >= {least:g}"
                         if near else f"score {score:.1f} >= {alone:g}" if score >= alone
                         else f"outside the story's prose, score {score:.1f} >= {edge:g}")
                yield Remove(i, "site_talk", "site_talk",
                             f"worded as the site's talk, not the story ({where}; {cues})")
