"""The pipeline: an ordered list of named steps, applied to one input at a time.

A pipeline is immutable: ``without``, ``replace``, ``insert`` and ``with_config`` return new
pipelines. It holds compiled rules (built once, when the pipeline is built) and no per-run state,
so one pipeline can be shared across threads and pickled to worker processes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from .config import Config
from .decode import decode
from .document import Document
from .errors import InputTooLarge, PipelineError
from .model import Article, Provenance, Source, Span
from .segment import segment_text
from .step import Protect, Remove, SetTitle, Step

InputData = str | bytes | bytearray | memoryview


class Pipeline:
    """Ordered, named steps plus the Config they were built with."""

    __slots__ = ("config", "steps")

    def __init__(self, steps: Iterable[Step], config: Config | None = None) -> None:
        self.config = config if config is not None else Config()
        self.steps: tuple[Step, ...] = tuple(steps)
        seen: set[str] = set()
        for s in self.steps:
            if not isinstance(s, Step):
                raise PipelineError(f"{s!r} is not a Step (needs id, rules and apply(doc))")
            if s.id in seen:
                raise PipelineError(f"duplicate step id {s.id!r}")
            seen.add(s.id)

    @classmethod
    def default(cls, config: Config | None = None) -> Pipeline:
        """The default pipeline (what :func:`newsclean.clean` runs)."""
        from .defaults import default_steps

        config = config if config is not None else Config()
        return cls(default_steps(config), config)

    # -- composition ----------------------------------------------------------------------------
    @property
    def ids(self) -> list[str]:
        """The step ids, in order."""
        return [s.id for s in self.steps]

    def step(self, step_id: str) -> Step:
        for s in self.steps:
            if s.id == step_id:
                return s
        raise PipelineError(f"no step {step_id!r}; steps are {self.ids}")

    def without(self, *step_ids: str) -> Pipeline:
        """A copy without the named steps."""
        for i in step_ids:
            self.step(i)
        return Pipeline([s for s in self.steps if s.id not in step_ids], self.config)

    def replace(self, step_id: str, step: Step) -> Pipeline:
        """A copy with step ``step_id`` replaced by ``step``."""
        self.step(step_id)
        return Pipeline([step if s.id == step_id else s for s in self.steps], self.config)

    def insert(
        self, step: Step, *, before: str | None = None, after: str | None = None
    ) -> Pipeline:
        """A copy with ``step`` added before or after a named step (at the end if neither)."""
        if before is not None and after is not None:
            raise PipelineError("give before= or after=, not both")
        steps = list(self.steps)
        anchor = before if before is not None else after
        if anchor is None:
            steps.append(step)
        else:
            pos = self.ids.index(self.step(anchor).id)
            steps.insert(pos if before is not None else pos + 1, step)
        return Pipeline(steps, self.config)

    def with_config(self, config: Config) -> Pipeline:
        """The default steps rebuilt for ``config`` when this is a default pipeline's step list,
        else the same steps with the new config attached."""
        from .defaults import default_steps

        if self.ids == [s.id for s in default_steps(self.config)]:
            return Pipeline.default(config)
        return Pipeline(self.steps, config)

    def __repr__(self) -> str:
        return f"Pipeline({self.ids}, favor={self.config.favor!r})"

    # -- running ---------------------------------------------------------------------------------
    def prepare(self) -> Pipeline:
        """Do now the one-time work that steps otherwise do on first use (compiling phrase
        patterns, building word automata): a few seconds once, after which no input pays a
        first-use cost. Worth it before a long run or in a server; a one-off ``clean()`` is
        faster without it. A step takes part by having a ``prepare()`` method of no
        arguments. Results are the same prepared or not. Returns the pipeline itself."""
        for step in self.steps:
            prep = getattr(step, "prepare", None)
            if callable(prep):
                prep()
        return self

    def __call__(
        self, data: InputData, *, url: str | None = None, kind: str | None = None
    ) -> Article:
        return self.run(data, url=url, kind=kind)

    def run(self, data: InputData, *, url: str | None = None, kind: str | None = None) -> Article:
        """Clean one input: ``str`` or bytes, text or HTML (``kind`` overrides detection)."""
        doc, source = self.read(data, url=url, kind=kind)
        return self.finish(self.decide(doc), source)

    def read(
        self, data: InputData, *, url: str | None = None, kind: str | None = None
    ) -> tuple[Document, Source]:
        """Decode and segment the input into a fresh Document (no step has run yet)."""
        if kind not in (None, "text", "html"):
            raise ValueError(f"kind must be 'text', 'html' or None, not {kind!r}")
        cfg = self.config
        encoding: str | None = None
        replaced = False
        if isinstance(data, (bytes, bytearray, memoryview)):
            raw = bytes(data)
            if len(raw) > cfg.max_input_bytes:
                raise InputTooLarge(len(raw), cfg.max_input_bytes, "bytes")
            from .detect import declared_charset

            decoded = decode(raw, declared_charset(raw))
            text, encoding, replaced = decoded.text, decoded.encoding, decoded.replaced
        elif isinstance(data, str):
            text = data
        else:
            raise TypeError(
                f"newsclean cleans str or bytes, not {type(data).__name__}"
            )
        if len(text) > cfg.max_input_chars:
            raise InputTooLarge(len(text), cfg.max_input_chars)
        if kind is None:
            from .detect import looks_like_html

            kind = "html" if looks_like_html(text) else "text"
        if kind == "html":
            from .html import read_html

            page = read_html(text, cfg)
            doc = Document(
                page.text,
                page.blocks,
                cfg,
                kind="html",
                url=url,
                markup_removals=page.markup_removals,
                meta=page.meta,
            )
        else:
            doc = Document(text, segment_text(text), cfg, kind="text", url=url)
        source = Source(
            kind="html" if kind == "html" else "text",
            encoding=encoding,
            replaced=replaced,
            url=url,
            markup_removals=doc.markup_removals,
        )
        return doc, source

    def decide(self, doc: Document) -> Document:
        """Run every step on ``doc``, applying each step's decisions before the next step."""
        for step in self.steps:
            for decision in step.apply(doc):
                doc.apply(decision)
        return doc

    def finish(self, doc: Document, source: Source) -> Article:
        """Turn a decided Document into an Article (spans, body, title, provenance)."""
        spans = build_spans(doc)
        return Article(
            text=doc.text,
            body=build_body(spans),
            title=doc.title_text,
            spans=tuple(spans),
            provenance=Provenance(tuple(sorted(doc.facts, key=lambda f: (f.start, f.end)))),
            source=source,
        )


def build_spans(doc: Document) -> list[Span]:
    """Partition ``doc.text``: each block owns the text from its start to the next block's start
    (the first block also owns any leading whitespace); cuts split a kept block's span."""
    text, blocks = doc.text, doc.blocks
    if not blocks:
        return [Span(0, len(text), text, True)] if text else []
    cuts: dict[int, list[Remove]] = {}
    for c in doc.cuts:
        cuts.setdefault(c.block, []).append(c)
    spans: list[Span] = []
    append = spans.append
    los = [0, *(b.start for b in blocks[1:])]
    his = [*los[1:], len(text)]
    for i, d in enumerate(doc.decisions):
        lo, hi = los[i], his[i]
        if d is None or type(d) is Protect:
            if i in cuts:
                _split_kept(text, i, lo, hi, cuts[i], append)
            else:
                append(Span(lo, hi, text[lo:hi], True, None, None, None, i))
        elif type(d) is SetTitle:
            append(Span(lo, hi, text[lo:hi], False, d.rule, "title", d.reason, i))
        else:
            assert isinstance(d, Remove)
            append(Span(lo, hi, text[lo:hi], False, d.rule, d.category, d.reason, i))
    return spans


def _split_kept(
    text: str, i: int, lo: int, hi: int, cuts: list[Remove], append: Callable[[Span], None]
) -> None:
    """The spans of kept block ``i`` (``text[lo:hi]``) with its sub-block cuts taken out."""
    pos = lo
    for c in sorted(cuts, key=lambda c: c.start or 0):
        cs, ce = c.start or 0, c.end or 0
        if cs > pos:
            append(Span(pos, cs, text[pos:cs], True, None, None, None, i))
        append(Span(cs, ce, text[cs:ce], False, c.rule, c.category, c.reason, i))
        pos = ce
    if hi > pos:
        append(Span(pos, hi, text[pos:hi], True, None, None, None, i))


def build_body(spans: Sequence[Span]) -> str:
    """Kept spans only, in order: a block's kept parts joined, whitespace folded, blocks
    separated by a blank line."""
    paras: list[str] = []
    block: int | None = -1
    parts: list[str] = []
    for s in spans:
        if not s.kept:
            continue
        if s.block != block or block is None:
            if parts:
                paras.append(_fold(parts))
            parts = []
            block = s.block
        parts.append(s.text)
    if parts:
        paras.append(_fold(parts))
    return "\n\n".join(p for p in paras if p)


def _fold(parts: list[str]) -> str:
    """One block's kept parts joined by a space, each whitespace run folded to one space."""
    t = parts[0] if len(parts) == 1 else " ".join(parts)
    t = t.strip()
    # only a double space or a space other than " " needs folding, and every space but " " is
    # non-printable (a separator or a control character): a cheap check in C for the common case
    if "  " not in t and t.isprintable():
        return t
    return " ".join(t.split())
