"""Pipeline composition and the way decisions become spans, on tiny hand-made pipelines."""

from __future__ import annotations

import pickle

import pytest

import newsclean
from newsclean import Config, Document, Pipeline, PipelineError, Protect, Remove, RuleInfo, Step

from .steps import CutWord, FactOfWord, ProtectWhere, RemoveWhere, TitleFirst

TEXT = "Headline | Site\n\nFirst paragraph of the story.\n\nSource link\n"


def _partition_ok(a: newsclean.Article) -> None:
    assert "".join(s.text for s in a.spans) == a.text
    pos = 0
    for s in a.spans:
        assert s.start == pos and s.end > s.start and a.text[s.start : s.end] == s.text
        pos = s.end
    assert pos == len(a.text)


# -- composition -------------------------------------------------------------------------------
def test_ids_and_step_lookup() -> None:
    p = Pipeline([RemoveWhere("a", str.isupper), RemoveWhere("b", str.islower)])
    assert p.ids == ["a", "b"]
    assert p.step("b").id == "b"
    with pytest.raises(PipelineError, match="no step 'c'"):
        p.step("c")


def test_default_pipeline_has_unique_ids_and_catalogued_rules() -> None:
    p = Pipeline.default()
    assert p.ids and len(set(p.ids)) == len(p.ids)
    for s in p.steps:
        assert isinstance(s, Step)
        assert all(isinstance(r, RuleInfo) for r in s.rules)
    rule_ids = [r.id for s in p.steps for r in s.rules]
    assert len(rule_ids) == len(set(rule_ids)), "a rule id is declared by two steps"


def test_without_replace_insert_return_new_pipelines() -> None:
    a, b, c = RemoveWhere("a", str.isupper), RemoveWhere("b", str.islower), TitleFirst()
    p = Pipeline([a, b])
    assert p.without("a").ids == ["b"]
    assert p.without("a", "b").ids == []
    assert p.replace("a", c).ids == ["title_first", "b"]
    assert p.insert(c).ids == ["a", "b", "title_first"]
    assert p.insert(c, before="a").ids == ["title_first", "a", "b"]
    assert p.insert(c, before="b").ids == ["a", "title_first", "b"]
    assert p.insert(c, after="a").ids == ["a", "title_first", "b"]
    assert p.insert(c, after="b").ids == ["a", "b", "title_first"]
    assert p.ids == ["a", "b"], "composition must not change the original"
    assert p.replace("a", c).step("title_first") is c


def test_composition_keeps_the_config() -> None:
    cfg = Config(favor="recall")
    p = Pipeline([RemoveWhere("a", str.isupper)], cfg)
    assert p.without("a").config is cfg
    assert p.insert(TitleFirst()).config is cfg
    assert p.replace("a", TitleFirst()).config is cfg


def test_composition_errors() -> None:
    p = Pipeline([RemoveWhere("a", str.isupper)])
    with pytest.raises(PipelineError):
        p.without("nope")
    with pytest.raises(PipelineError):
        p.replace("nope", TitleFirst())
    with pytest.raises(PipelineError):
        p.insert(TitleFirst(), before="nope")
    with pytest.raises(PipelineError):
        p.insert(TitleFirst(), after="nope")
    with pytest.raises(PipelineError, match="not both"):
        p.insert(TitleFirst(), before="a", after="a")


def test_duplicate_ids_rejected() -> None:
    with pytest.raises(PipelineError, match="duplicate"):
        Pipeline([RemoveWhere("a", str.isupper), RemoveWhere("a", str.islower)])
    p = Pipeline([RemoveWhere("a", str.isupper)])
    with pytest.raises(PipelineError, match="duplicate"):
        p.insert(RemoveWhere("a", str.islower))
    q = Pipeline([RemoveWhere("a", str.isupper), RemoveWhere("b", str.islower)])
    with pytest.raises(PipelineError, match="duplicate"):
        q.replace("a", RemoveWhere("b", str.isupper))


def test_non_steps_rejected() -> None:
    class NoApply:
        id = "x"
        rules = ()

    with pytest.raises(PipelineError, match="not a Step"):
        Pipeline([NoApply()])  # type: ignore[list-item]
    with pytest.raises(PipelineError):
        Pipeline(["phrases"])  # type: ignore[list-item]


def test_default_pipeline_composes() -> None:
    p = Pipeline.default()
    first = p.ids[0]
    assert first not in p.without(first).ids
    mine = RemoveWhere("mine", lambda t: t == "Source link")
    q = p.insert(mine, before=first)
    assert q.ids[0] == "mine"
    a = q.run(TEXT)
    (gone,) = [s for s in a.spans if s.text.startswith("Source link")]
    assert not gone.kept and gone.rule == "mine"


def test_with_config() -> None:
    p = Pipeline.default()
    q = p.with_config(Config(favor="precision"))
    assert q.config.favor == "precision" and q.ids == p.ids
    custom = Pipeline([TitleFirst()])
    r = custom.with_config(Config(favor="recall"))
    assert r.ids == ["title_first"] and r.config.favor == "recall"


# -- the protocol ------------------------------------------------------------------------------
def test_custom_user_step_through_the_protocol() -> None:
    class DropShouting:
        """Removes lines written in capitals."""

        id = "shouting"
        rules = (RuleInfo("shouting", "ui_word", "a line in capitals", "CLICK HERE"),)

        def apply(self, doc: Document) -> list[Remove]:
            return [
                Remove(b.index, "shouting", "ui_word", "written in capitals")
                for b in doc.blocks
                if b.text.isupper()
            ]

    step = DropShouting()
    assert isinstance(step, Step)
    a = Pipeline([step]).run("A story.\nCLICK HERE\nMore story.")
    assert a.body == "A story.\n\nMore story."
    (gone,) = a.removed
    assert (gone.rule, gone.category, gone.reason) == ("shouting", "ui_word", "written in capitals")
    assert gone.text == "CLICK HERE\n"


def test_steps_see_earlier_decisions() -> None:
    seen: list[bool] = []

    class Spy:
        id = "spy"
        rules = ()

        def apply(self, doc: Document) -> list[Remove]:
            seen.extend(doc.removed(i) for i in range(len(doc)))
            return []

    Pipeline([RemoveWhere("a", str.isupper), Spy()]).run("ABC\nabc\nDEF")
    assert seen == [True, False, True]


def test_disabled_rules_ignored() -> None:
    steps = [RemoveWhere("a", str.isupper, rule="caps"), FactOfWord("f", "ABC")]
    on = Pipeline(steps).run("ABC\nabc")
    off = Pipeline(steps, Config(disabled_rules=frozenset({"caps", "f"}))).run("ABC\nabc")
    assert [s.kept for s in on.spans] == [False, True] and len(on.provenance) == 1
    assert [s.kept for s in off.spans] == [True, True] and len(off.provenance) == 0
    also = Pipeline(steps, Config().without_rules("caps")).run("ABC\nabc")
    assert all(s.kept for s in also.spans)


def test_disabled_rule_in_default_pipeline() -> None:
    p = Pipeline.default()
    for step in p.steps:
        for info in step.rules:
            if info.example:
                cfg = Config(disabled_rules=frozenset({info.id}))
                a = newsclean.clean(info.example, config=cfg)
                assert all(s.rule != info.id for s in a.spans)
                return
    pytest.skip("no default rule has an example yet")


def test_first_decision_wins() -> None:
    p = Pipeline([RemoveWhere("first", str.isupper), RemoveWhere("second", lambda t: True)])
    a = p.run("ABC\nabc")
    assert [s.rule for s in a.spans] == ["first", "second"]


def test_protect_blocks_later_removal() -> None:
    p = Pipeline([ProtectWhere("keep", lambda t: "keep" in t), RemoveWhere("drop", lambda t: True)])
    a = p.run("keep me\nlose me")
    assert [(s.kept, s.rule) for s in a.spans] == [(True, None), (False, "drop")]


def test_protected_block_still_takes_cuts() -> None:
    """Protection keeps the block; a sub-block cut inside it still applies (step.py)."""
    q = Pipeline([ProtectWhere("keep", lambda t: True), CutWord("cut", "me")])
    a = q.run("keep me")
    assert [(s.text, s.kept) for s in a.spans] == [("keep ", True), ("me", False)]
    assert a.body == "keep"


def test_protect_after_removal_does_nothing() -> None:
    p = Pipeline([RemoveWhere("drop", lambda t: True), ProtectWhere("keep", lambda t: True)])
    a = p.run("x")
    assert not a.spans[0].kept


def test_cut_inside_block_gives_kept_removed_kept() -> None:
    text = "The story goes on ADVERT and on.\nNext line."
    a = Pipeline([CutWord("ads", "ADVERT")]).run(text)
    _partition_ok(a)
    assert [(s.kept, s.text, s.rule) for s in a.spans] == [
        (True, "The story goes on ", None),
        (False, "ADVERT", "ads"),
        (True, " and on.\n", None),
        (True, "Next line.", None),
    ]
    assert a.spans[1].block == a.spans[0].block == a.spans[2].block == 0
    assert a.body == "The story goes on and on.\n\nNext line."


def test_cut_at_block_edges_and_whole_block() -> None:
    a = Pipeline([CutWord("ads", "ADVERT")]).run("ADVERT tail\nhead ADVERT\nADVERT")
    _partition_ok(a)
    assert [(s.kept, s.text) for s in a.spans] == [
        (False, "ADVERT"),
        (True, " tail\n"),
        (True, "head "),
        (False, "ADVERT"),
        (True, "\n"),
        (False, "ADVERT"),
    ]
    assert a.body == "tail\n\nhead"


def test_overlapping_cuts_first_wins_and_removed_block_ignores_cuts() -> None:
    a = Pipeline([CutWord("c1", "ADVERT"), CutWord("c2", "VERT a")]).run("x ADVERT and y")
    _partition_ok(a)
    assert [s.rule for s in a.removed] == ["c1"]
    b = Pipeline([RemoveWhere("drop", lambda t: True), CutWord("c", "ADVERT")]).run("x ADVERT")
    assert [(s.kept, s.rule) for s in b.spans] == [(False, "drop")]


def test_cut_then_remove_whole_block() -> None:
    a = Pipeline([CutWord("c", "AD"), RemoveWhere("drop", lambda t: True)]).run("x AD y")
    _partition_ok(a)
    # the block was still open after the cut, so the later whole-block removal takes it
    assert a.body == ""


def test_bad_block_index_is_an_error() -> None:
    class Wild:
        id = "wild"
        rules = ()

        def apply(self, doc: Document) -> list[Remove]:
            return [Remove(len(doc), "wild", "x", "out of range")]

    with pytest.raises(IndexError, match="wild"):
        Pipeline([Wild()]).run("one line")


def test_title_and_suffix() -> None:
    a = Pipeline([TitleFirst()]).run("Big news | The Site\n\nThe story.")
    assert a.title == "Big news"
    assert a.body == "The story."
    assert a.spans[0].category == "title" and not a.spans[0].kept


def test_only_one_title() -> None:
    class TitleAll:
        id = "titles"
        rules = ()

        def apply(self, doc: Document) -> list[newsclean.SetTitle]:
            return [newsclean.SetTitle(b.index, "titles", b.start, b.end) for b in doc.blocks]

    a = Pipeline([TitleAll()]).run("one\ntwo")
    assert a.title == "one"
    assert [s.kept for s in a.spans] == [False, True]


def test_protected_block_stays_in_body() -> None:
    a = Pipeline([ProtectWhere("p", lambda t: True), TitleFirst()]).run("Title\nbody")
    assert a.title is None and a.body == "Title\n\nbody"
    assert all(s.kept for s in a.spans)


def test_facts_sorted_by_offset() -> None:
    steps = [FactOfWord("f1", "Beta", "tags"), FactOfWord("f2", "Alpha", "tags")]
    a = Pipeline(steps).run("Alpha Beta Gamma")
    found = [(f.start, f.evidence) for f in a.provenance]
    assert found == [(0, "Alpha"), (6, "Beta")]
    for f in a.provenance:
        assert a.text[f.start : f.end] == f.evidence


def test_facts_one_per_kind_earliest_wins() -> None:
    # single kinds: one fact, the earliest in the text, whichever step found it first
    a = Pipeline([FactOfWord("late", "Beta"), FactOfWord("early", "Alpha")]).run("Alpha Beta")
    assert [(f.value, f.rule) for f in a.provenance] == [("Alpha", "early")]
    # list kinds: one fact per distinct value (case-insensitive), the earliest of each
    b = Pipeline([FactOfWord("t", "AP", "credits"), FactOfWord("u", "ap", "credits")]).run(
        "ap then AP and AFP"
    )
    assert [(f.start, f.value) for f in b.provenance] == [(0, "ap")]


def test_empty_and_blank_inputs() -> None:
    p = Pipeline([RemoveWhere("all", lambda t: True)])
    assert p.run("").spans == () and p.run("").body == ""
    a = p.run(" \n\t\n")
    assert [(s.kept, s.text) for s in a.spans] == [(True, " \n\t\n")] and a.body == ""


def test_leading_whitespace_belongs_to_first_block() -> None:
    a = Pipeline([RemoveWhere("all", lambda t: True)]).run("\n\n  x\n\ny  ")
    _partition_ok(a)
    assert [s.text for s in a.spans] == ["\n\n  x\n\n", "y  "]
    assert not any(s.kept for s in a.spans)


def test_pipeline_callable_and_repr() -> None:
    p = Pipeline([TitleFirst()])
    assert p("a\nb") == p.run("a\nb")
    assert "title_first" in repr(p)


def test_read_and_decide_are_separate() -> None:
    p = Pipeline([RemoveWhere("caps", str.isupper)])
    doc, source = p.read("ABC\nabc")
    assert doc.open(0) and doc.open(1) and source.kind == "text"
    p.decide(doc)
    assert doc.removed(0) and not doc.removed(1)
    assert p.finish(doc, source) == p.run("ABC\nabc")


def test_kind_override_validated() -> None:
    with pytest.raises(ValueError, match="kind"):
        Pipeline([]).run("x", kind="pdf")


def test_url_recorded() -> None:
    a = Pipeline([]).run("x", url="https://example.com/a")
    assert a.source.url == "https://example.com/a"


# -- pickling and sharing ----------------------------------------------------------------------
def test_default_pipeline_pickles_and_gives_same_result() -> None:
    p = Pipeline.default()
    q = pickle.loads(pickle.dumps(p))
    assert q.ids == p.ids and q.config == p.config
    text = "Some headline\n\nA paragraph of the story, long enough to read as prose.\n\nSource link"
    assert q.run(text).to_dict() == p.run(text).to_dict()


def test_clean_uses_default_pipeline_without_hidden_state() -> None:
    text = "Some headline\n\nA paragraph of the story.\n\nSource link\n"
    first = newsclean.clean(text).to_dict()
    fresh = Pipeline.default().run(text).to_dict()
    assert first == fresh == newsclean.clean(text).to_dict()
    cfg = Config(favor="recall")
    assert newsclean.clean(text, config=cfg) == Pipeline.default(cfg).run(text)
    assert newsclean.default_pipeline(cfg) is newsclean.default_pipeline(Config(favor="recall"))


def test_a_pipeline_is_reusable() -> None:
    p = Pipeline([RemoveWhere("caps", str.isupper)])
    a1 = p.run("ABC\nabc")
    p.run("totally\nDIFFERENT\ninput")
    assert p.run("ABC\nabc") == a1


def test_protect_type_is_exported() -> None:
    assert Protect(0, "r", "why").block == 0
