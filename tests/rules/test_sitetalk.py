"""The site-talk step: a learned score on a line's words, decided with its context.

The step's logic is tested with small hand-made models (so a retrain cannot change what these
tests mean); the shipped weights are tested for what they must never do (take reported story
sentences) and for a few notices in wordings the phrase tables do not know.
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Config, Pipeline
from newsclean.rules.sitetalk import SiteTalk
from newsclean.rules.sitetalk_model import SiteTalkModel, features, stems, words_of

STORY = [
    "Harbour district gets new bus lanes after long fight",
    "The city council voted on Tuesday to add bus lanes on three streets near the harbour, a "
    "plan that has divided shop owners for two years.",
    "Supporters said the lanes would cut journey times by a quarter, while opponents warned "
    "that deliveries would suffer during the works.",
    "Work is due to start in the spring and finish before the end of the year, the council said.",
]

#: a toy model: "robots" and "gathered" make a line site talk, "said" weighs against it; every
#: other word of the test lines is known (weight 0) so that the known-words share is met
TOY_WORDS = (
    "everything", "published", "here", "is", "by", "our", "from", "other", "newsrooms", "the",
    "a", "story", "mayor", "opened", "new", "bridge", "on", "monday", "and", "city", "robots",
    "gathered", "said",
)
TOY = SiteTalkModel(-1.0, {**dict.fromkeys(TOY_WORDS, 0.0), "robots": 3.0, "gathered": 2.0,
                           "said": -4.0})
NOTICE = "Everything published here is gathered by our robots from other newsrooms."


def run(lines: list[str], model: SiteTalkModel = TOY, config: Config | None = None) -> dict[
        str, str | None]:
    """Each line of the text and the rule that removed it (None: kept)."""
    text = "\n\n".join(lines) + "\n"
    pipe = Pipeline.default(config).replace("site_talk", SiteTalk(model))
    article = pipe.run(text)
    out: dict[str, str | None] = {}
    for line in lines:
        spans = [s for s in article.spans if line in s.text]
        out[line] = next((s.rule for s in spans if not s.kept), None)
    return out


def test_a_notice_next_to_removed_boilerplate_goes() -> None:
    got = run([*STORY, "Source link", NOTICE])
    assert got["Source link"] is not None
    assert got[NOTICE] == "site_talk"
    assert all(got[line] is None for line in STORY[1:])


def test_the_reason_names_the_score_and_the_words() -> None:
    article = Pipeline.default().replace("site_talk", SiteTalk(TOY)).run(
        "\n\n".join([*STORY, "Source link", NOTICE]))
    span = next(s for s in article.spans if s.rule == "site_talk")
    assert span.text.strip() == NOTICE
    assert "score 4.0 >= 3.5" in (span.reason or "")
    assert "robots +3.0" in (span.reason or "")


def test_a_suspect_line_inside_the_story_stays() -> None:
    lines = [STORY[0], STORY[1], NOTICE, STORY[2], STORY[3]]
    assert run(lines)[NOTICE] is None


def test_a_very_high_score_needs_no_neighbour() -> None:
    strong = SiteTalkModel(TOY.bias, {**TOY.weights, "robots": 9.0})
    lines = [STORY[0], STORY[1], NOTICE, STORY[2], STORY[3]]
    assert run(lines, strong)[NOTICE] == "site_talk"


def test_at_the_page_edges_a_lower_score_needs_no_neighbour() -> None:
    edgy = SiteTalkModel(TOY.bias, {**TOY.weights, "robots": 4.5})  # the notice scores 5.5
    config = Config().tuned(site_talk_edge_score=5.0, site_talk_alone_score=8.0)
    assert run([*STORY, NOTICE], edgy, config)[NOTICE] == "site_talk"  # after the last prose
    inside = [STORY[0], STORY[1], NOTICE, STORY[2], STORY[3]]
    assert run(inside, edgy, config)[NOTICE] is None  # inside the story: needs 8.0
    higher = Config().tuned(site_talk_edge_score=6.0, site_talk_alone_score=8.0)
    assert run([*STORY, NOTICE], edgy, higher)[NOTICE] is None


def test_a_cluster_of_notices_goes_one_after_the_other() -> None:
    second = "Our robots gathered everything here from other newsrooms."
    # (a line no phrase table takes: "Everything here is gathered by robots." is an
    # aggregator_disclaimer_shapes line now)
    third = "Robots gathered everything here."
    got = run([*STORY, "Source link", NOTICE, second, third])
    assert got[NOTICE] == got[second] == got[third] == "site_talk"


def test_reported_speech_weighs_against_a_line() -> None:
    said = "The mayor said robots gathered everything published here."
    assert run([*STORY, "Source link", said])[said] is None


def test_a_quote_or_a_dateline_is_the_storys() -> None:
    quote = "“Robots gathered everything published here,” Mayor Lee wrote."
    dateline = "CITY (AP) — Robots gathered everything published here on Monday."
    got = run([*STORY, "Source link", quote, dateline])
    assert got[quote] is None and got[dateline] is None


def test_lines_under_four_words_are_left_to_other_steps() -> None:
    short = "Robots gathered everything."
    assert len(words_of(short)) == 3
    assert run([*STORY, "Source link", short])[short] != "site_talk"


def test_a_line_mostly_in_words_the_model_does_not_know_is_not_judged() -> None:
    foreign = "Tudo publicado aqui foi recolhido pelos nossos robots gathered."
    assert run([*STORY, "Source link", foreign])[foreign] is None


def test_thresholds_come_from_the_config() -> None:
    strict = Config().tuned(site_talk_min_score=4.5)
    assert run([*STORY, "Source link", NOTICE], config=strict)[NOTICE] is None
    loose = Config().tuned(site_talk_alone_score=3.0)
    lines = [STORY[0], STORY[1], NOTICE, STORY[2], STORY[3]]
    assert run(lines, config=loose)[NOTICE] == "site_talk"


def test_the_rule_can_be_turned_off() -> None:
    config = Config().without_rules("site_talk")
    assert run([*STORY, "Source link", NOTICE], config=config)[NOTICE] is None


def test_presets_order_the_thresholds() -> None:
    p, b, r = (Config(favor=f).thresholds for f in ("precision", "balanced", "recall"))
    assert p.site_talk_min_score < b.site_talk_min_score < r.site_talk_min_score
    assert p.site_talk_alone_score < b.site_talk_alone_score < r.site_talk_alone_score
    assert p.site_talk_edge_score < b.site_talk_edge_score < r.site_talk_edge_score
    for t in (p, b, r):
        assert t.site_talk_min_score < t.site_talk_edge_score < t.site_talk_alone_score


# -- the model and its data file --------------------------------------------------------------
def test_features_are_words_pairs_first_word_and_marks() -> None:
    f = features("Sign up at www.example.org for our newsletter!")
    assert {"sign", "up", "sign_up", "^sign", "#url", "#excl", "#len8"} <= set(f)
    assert "#quote" not in f and "#digit" not in f
    assert len(f) == len(set(f))


def test_stems_are_four_letters_without_accents() -> None:
    assert stems(["aggregator", "aggregates", "aggregiert"]) == ["~aggr"]
    assert stems(["agrégateur", "agregador", "Ärger".lower()]) == ["~agre", "~arge"]
    assert stems(["news", "feed", "the"]) == []  # four letters or fewer: the word is enough
    f = features("Our aggregator republishes feeds")
    assert {"aggregator", "~aggr", "~repu", "feeds", "~feed"} <= set(f)
    assert "~our" not in f


#: a toy model that knows the notice's words only by their stems
STEMS_ONLY = SiteTalkModel(-1.0, {"~ever": 0.0, "~publ": 1.0, "~gath": 2.0, "~robo": 3.0,
                                  "~news": 0.5, "~othe": 0.0, "here": 0.0, "our": 0.0})


def test_a_line_known_only_by_its_stems_is_judged_on_them() -> None:
    inflected = "Everything publishing here gets gatherered by our robotic newsrooms."
    assert "robotic" not in STEMS_ONLY.weights and "~robo" in features(inflected)
    assert run([*STORY, "Source link", inflected], model=STEMS_ONLY)[inflected] == "site_talk"
    # the same line through a model without the stems: most words unknown, not judged
    words_only = SiteTalkModel(-1.0, {"here": 0.0, "our": 0.0, "gets": 9.0})
    assert run([*STORY, "Source link", inflected], model=words_only)[inflected] is None


def test_the_data_file_round_trips() -> None:
    model = SiteTalkModel.load()
    assert len(model.weights) > 1000
    again = SiteTalkModel.parse(model.dump(["a header"]))
    assert again.bias == pytest.approx(model.bias, abs=1e-4)
    assert again.weights.keys() == model.weights.keys()
    assert model.score(features(NOTICE)) == pytest.approx(again.score(features(NOTICE)), abs=1e-2)


def test_a_malformed_data_line_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no tab"):
        SiteTalkModel.parse("@bias\t0.1\nbroken line\n")


def test_explain_lists_the_weights_largest_first() -> None:
    parts = TOY.explain(features(NOTICE))
    assert parts[0] == ("robots", 3.0)
    assert parts[1] == ("gathered", 2.0)


# -- the shipped weights ----------------------------------------------------------------------
STORY_SENTENCES = [
    "The council said the new app would let residents report potholes from their phones.",
    "Officials said the licence had expired in March and would not be renewed.",
    "The newspaper's owners said they would appeal the ruling on copyright.",
    "Readers of the magazine had complained about the article for weeks, the editor told us.",
    "The company said its website was down for most of Tuesday after a cyberattack.",
    "“Subscribe to nothing and trust no one,” the singer joked on stage in Leeds.",
    "Die Stadt teilte mit, die neue App solle im Frühjahr erscheinen.",
    "Le ministre a déclaré que le site du ministère serait rétabli lundi.",
]


@pytest.mark.parametrize("sentence", STORY_SENTENCES)
def test_shipped_weights_keep_story_sentences_next_to_boilerplate(sentence: str) -> None:
    text = "\n\n".join([*STORY, "Source link", sentence])
    article = newsclean.clean(text)
    assert sentence in article.body


@pytest.mark.parametrize("notice", [
    "This post was first put online by a partner newsroom and appears here with their "
    "permission.",
])
def test_shipped_weights_take_notices_the_tables_do_not_know(notice: str) -> None:
    article = newsclean.clean("\n\n".join([*STORY, "Source link", notice]))
    assert notice not in article.body
    assert any(s.rule == "site_talk" for s in article.removed)


# -- notes on the story's own changes ---------------------------------------------------------
STORY_CHANGES = [
    "Editor’s note: This article has been updated to include a statement from the school board.",
    "Correction: An earlier version of this story gave the wrong date for the hearing.",
    "This report was corrected on Friday to fix the spelling of the coach's name.",
    "Hinweis: Dieser Artikel wurde am Dienstag um 14 Uhr aktualisiert.",
    "Mise à jour : cet article a été modifié pour ajouter la réaction du maire.",
    "Este artículo fue actualizado con las declaraciones del alcalde de la ciudad.",
    "This interview was conducted in Portuguese and translated for our readers.",
    "Der Beitrag wurde von der Autorin aus dem Spanischen übersetzt.",
]


@pytest.mark.parametrize("note", STORY_CHANGES)
def test_a_note_on_the_storys_own_changes_is_never_judged(note: str) -> None:
    # a model that would remove every line it judges, wherever it stands
    eager = SiteTalkModel(20.0, dict.fromkeys(words_of(note), 0.0))
    step = SiteTalk(eager, languages=Config().languages)
    pipe = Pipeline.default().replace("site_talk", step)
    article = pipe.run("\n\n".join([*STORY, note]))
    assert note in article.body


def test_a_line_of_site_talk_that_mentions_updates_is_still_judged() -> None:
    talk = "Everything published here is updated by our robots from other newsrooms."
    eager = SiteTalkModel(20.0, dict.fromkeys(words_of(talk), 0.0))
    pipe = Pipeline.default().replace("site_talk", SiteTalk(eager, languages=Config().languages))
    assert talk not in pipe.run("\n\n".join([*STORY, talk])).body
