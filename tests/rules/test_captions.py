"""Photo captions, section labels and author bio boxes."""

from __future__ import annotations

import pytest
import regex

import newsclean
from newsclean import Pipeline
from newsclean.literals import has_odd_chars
from newsclean.rules.captions import CaptionRules, PhotoCaptions

from .context_helpers import PROSE, clean, doc, kept_all, rule_of, sample_lines

TITLE = "Harbour bridge reopens after two years of repairs"


def test_caption_attached_above_a_credit() -> None:
    cap = "Workers inspect the cables of the northern span on Monday, March 4, 2024."
    a = clean(doc(TITLE, cap + "\nPhoto: Jane Roe/Reuters", *PROSE))
    assert rule_of(a, cap) == "photo_caption"
    kept_all(a, PROSE)


def test_caption_across_a_blank_line_below_a_credit() -> None:
    cap = "Commuters walk across the bridge on its first morning back in service."
    a = clean(doc(TITLE, "Photo: Jane Roe/AFP", cap, *PROSE))
    assert rule_of(a, cap) == "photo_caption"
    kept_all(a, PROSE)


def test_description_above_beats_a_paragraph_attached_below() -> None:
    """A picture description across a blank line above the credit is its caption; the story's
    next paragraph, attached right under the credit, stays."""
    cap = "Farmers harvest wheat in a field outside the city."
    after = "Most of the harvest this year went to the regional mill, the cooperative said."
    a = clean(doc(TITLE, PROSE[0], cap, f"Credit: Jane Roe/Reuters\n{after}", *PROSE[1:]))
    assert rule_of(a, cap) == "photo_caption"
    kept_all(a, [after, *PROSE])


@pytest.mark.parametrize(
    "cap",
    [
        "Rescue workers search through rubble in the old town.",
        "The mayor addresses delegates at a summit in the capital.",
        "Engineers inspect the cables of the northern span.",
    ],
)
def test_scene_descriptions_above_a_credit(cap: str) -> None:
    a = clean(doc(TITLE, PROSE[0], cap, "Picture: Jane Roe/Xinhua/Pool", *PROSE[1:]))
    assert rule_of(a, cap) == "photo_caption"
    kept_all(a, PROSE)


def test_paragraph_next_to_a_credit_without_caption_survives() -> None:
    short = "The bridge was closed in 2022 after engineers found cracks in two piers."
    a = clean(doc(TITLE, PROSE[0], short, "Photo: Jane Roe/AFP", *PROSE[1:]))
    kept_all(a, [short, *PROSE])


@pytest.mark.parametrize(
    "line",
    [
        "Crews work on the bridge deck in this file picture. (Photo: City of Harbour)",
        "FILE PHOTO: A ferry crosses the bay near the harbour bridge.",
        "In this undated photo, the bridge is seen from the eastern shore.",
        "The mayor (left) and the chief engineer cut the ribbon on Friday.",
        "Traffic returns to the bridge on Monday. | Photo credit: Ana Diaz/AP",
        "The minister addresses reporters at the port. (Credit: Harbour Press/Ana Diaz)",
        "Representative image: A container ship leaves the port at dawn.",
    ],
)
def test_caption_cues(line: str) -> None:
    a = clean(doc(TITLE, PROSE[0], line, *PROSE[1:]))
    assert rule_of(a, line) is not None  # a phrase rule may take it first (as a credit)
    kept_all(a, PROSE)
    alone = Pipeline([PhotoCaptions()])(doc(TITLE, PROSE[0], line, *PROSE[1:]))
    assert rule_of(alone, line) == "photo_caption"


def test_caption_cue_records_the_credit() -> None:
    line = "Crews work on the bridge deck. (Photo: City of Harbour)"
    a = clean(doc(TITLE, PROSE[0], line, *PROSE[1:]))
    assert [f.value for f in a.provenance if f.kind == "photo_credit"] == ["City of Harbour"]


@pytest.mark.parametrize("label", ["Business", "Asia Pacific", "US & Canada", "Sport"])
def test_section_label_above_the_title(label: str) -> None:
    a = clean(doc(label, TITLE, *PROSE))
    assert a.title == TITLE
    assert rule_of(a, label) == "section_label"
    assert [f.value for f in a.provenance if f.kind == "section"] == [label]


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("Posted in Transport", "Transport"),
        ("Section: Local News", "Local News"),
        ("Rubrique : Société", "Société"),
    ],
)
def test_prefixed_section_labels(line: str, section: str) -> None:
    a = clean(doc(line, TITLE, *PROSE))
    assert rule_of(a, line) == "section_label"
    assert section in [f.value for f in a.provenance if f.kind == "section"]


@pytest.mark.parametrize("label", ["markets", "europe News", "ECONOMÍA", "Kultur"])
def test_known_section_name_above_the_title_in_any_case(label: str) -> None:
    a = clean(doc(label, TITLE, *PROSE))
    assert rule_of(a, label) == "section_label"
    assert [f.value for f in a.provenance if f.kind == "section"] == [label]


@pytest.mark.parametrize("label", ["Health", "SCIENCE", "Local News", "société"])
def test_known_section_name_right_below_the_title(label: str) -> None:
    a = clean(doc(TITLE, label, *PROSE))
    assert a.title == TITLE
    assert rule_of(a, label) == "section_label"
    assert [f.value for f in a.provenance if f.kind == "section"] == [label]


@pytest.mark.parametrize("line", ["Big picture", "Subscribe", "harbour news", "Anna Berg"])
def test_other_short_line_below_the_title_is_no_section(line: str) -> None:
    a = clean(doc(TITLE, line, *PROSE))
    assert rule_of(a, line) != "section_label"
    assert "section" not in [f.kind for f in a.provenance]


def test_prefixed_label_ending_a_menu_is_read_as_the_section() -> None:
    menu = ["Home", "World", "Business", "Sport"]
    a = clean(doc(*menu, "Category: Harbour Life", TITLE, *PROSE, sep="\n"))
    assert rule_of(a, "Category: Harbour Life") == "section_label"
    assert rule_of(a, "Sport") == "menu_run"
    assert [f.value for f in a.provenance if f.kind == "section"] == ["Harbour Life"]


def test_headline_with_a_scene_verb_above_a_credit_stays_the_title() -> None:
    """Across a blank line, a picture description above a credit is a caption, but not a
    headline in the head: "plays" is a scene verb in both."""
    head = "Youth orchestra plays its farewell concert at the old hall"
    a = clean(doc(head, "Photo: Dana Lee/AFP", *PROSE))
    assert a.title == head
    assert rule_of(a, head) == "title"


def test_date_above_the_title_is_not_a_section() -> None:
    a = clean(doc("March 4", TITLE, *PROSE))
    assert "section" not in [f.kind for f in a.provenance]


def test_author_bio_box() -> None:
    bio = "Dana Whitfield covers transport and city hall for the Gazette."
    a = clean(doc(TITLE, *PROSE, "About the author", bio))
    assert rule_of(a, "About the author") is not None
    assert rule_of(a, bio) == "author_bio"
    alone = Pipeline([CaptionRules()])(doc(TITLE, *PROSE, "About the author", bio))
    assert rule_of(alone, "About the author") == "author_bio"


def test_author_bio_line_without_header() -> None:
    bio = (
        "Dana Whitfield is a senior reporter at the Gazette who has written about city "
        "politics for a decade."
    )
    a = clean(doc(TITLE, *PROSE, bio))
    assert rule_of(a, bio) == "author_bio"


def test_person_sentence_inside_the_story_survives() -> None:
    line = (
        "Dana Whitfield is a senior engineer at the bridge authority, and she said the "
        "works finished on time."
    )
    a = clean(doc(TITLE, PROSE[0], line, *PROSE[1:]))
    kept_all(a, [line])


def _line_mask(rules: PhotoCaptions, line: str) -> int:
    """The "other" cues the gate lets through for ``line``, as the step reads them."""
    groups = rules.cue_groups
    if groups.always or has_odd_chars(line):
        return -1
    return groups.index.words(line.lower())


@pytest.mark.parametrize("languages", [("en",), ("en", "de", "fr", "es")])
def test_cue_groups_find_what_one_alternation_finds(languages: tuple[str, ...]) -> None:
    """The grouped, gated cue search returns the same match as the one big alternation."""
    rules = PhotoCaptions(languages)
    assert rules.cues is not None
    groups = rules.cue_groups
    for line in sample_lines():
        want = rules.cues.search(line)
        got = groups.search(line, _line_mask(rules, line))
        assert (want is None) == (got is None), line
        if want is not None and got is not None:
            assert want.span() == got.span(), line
            assert want.groupdict().get("photo_credit") == got.groupdict().get("photo_credit")


def test_cue_groups_gate_each_cue_by_its_own_literals() -> None:
    """A line a literal-gated cue matches has that cue's bit in the line's mask, and an
    anchored cue that opens with a letter class (its prefix gate would pass every capitalised
    line) is gated by its literals instead."""
    rules = PhotoCaptions(("en", "de", "fr", "es"))
    groups = rules.cue_groups
    assert groups.others and groups.index and not groups.always
    assert any(rx.pattern.startswith("(?P<_c") and ">^(?-i:\\p{Lu})" in rx.pattern
               for rx in groups.others)
    for line in [*sample_lines(), "Protesters are seen outside the ministry on Monday."]:
        mask = _line_mask(rules, line)
        for k, rx in enumerate(groups.others):
            if rx.search(line) is not None:
                assert mask >> k & 1, (rx.pattern, line)


def test_every_character_regex_folds_to_an_ascii_letter_is_seen_by_has_odd_chars() -> None:
    """The lower-casing gates (``has_odd_chars``, then ``str.lower``) miss no match: a non-ASCII
    character that ``regex`` matches to an ASCII letter case-insensitively either lower-cases
    to that letter (the Kelvin sign) or makes ``has_odd_chars`` true (İ, ſ)."""
    chars = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    flags = regex.IGNORECASE | regex.UNICODE | regex.VERSION0
    folding = set(regex.findall(r"[a-z]", chars, flags=flags))
    assert folding  # İ, ſ and the Kelvin sign, as of regex 2024
    for c in folding:
        assert has_odd_chars(c) or (c.lower().isascii() and c.lower().isalpha()), hex(ord(c))


def test_a_worded_cue_in_a_text_with_a_folding_character_is_still_found() -> None:
    # "İmage" lower-cases to "i̇mage", but the pattern matches it (and "top" triggers the line)
    line = "The bridge seen from the top. İmage: City Hall"
    assert rule_of(clean(doc(TITLE, PROSE[0], line, PROSE[1])), line) == "photo_caption"


def test_a_caption_taken_before_the_title_step_moves_the_head_zone() -> None:
    """A caption under its credit is removed before the title is chosen, so the headline-shaped
    line after it is the title on the first pass already (and cleaning the body again finds
    none)."""
    credit = "Photo: Jane Doe/AFP"
    caption = "Trade delegates arrive for the second round of talks in the capital on Monday"
    # (a caption below its credit is taken in a text that has blank lines; right below the
    # credit, only one that ends unfinished, as a caption fragment does)
    text = "\n".join([credit, caption, "Fall Acme Corp Met", PROSE[0]]) + "\n\n" + PROSE[1]
    first = clean(text)
    assert first.title == "Fall Acme Corp Met"
    assert rule_of(first, caption) == "photo_caption"
    assert clean(first.body).body == first.body


def test_credit_word_literals_gate_the_credit_pattern() -> None:
    from newsclean.rules import captions as c

    lines = [*sample_lines(), "PHOTOGRAPHS", "Crédito: EFE", "Pictures", "İmage"]
    for line in lines:
        if c._CREDIT_WORD.search(line) is not None:
            assert c._may_hold(line, c._CREDIT_LITERALS), line


def test_no_caption_taken_where_its_removal_would_move_the_tail() -> None:
    # the last paragraph sits right above a closing credit, with a kept URL line before it:
    # taking the paragraph as a caption would put the URL line in the tail on a second pass
    text = (
        "Officials in the capital said the new bridge would open to traffic next spring:\n"
        "https://www.example.com/2031/bridge-opening-plan\n"
        "Engineers expect the work on the eastern approach roads to finish before the winter.\n"
        "Photo: Jane Doe/AFP"
    )
    a = newsclean.clean(text)
    assert "Engineers expect" in a.body
    assert newsclean.clean(a.body).body == a.body


def test_prefix_gate_passing_is_the_gate_over_every_block() -> None:
    from newsclean import Pipeline
    from newsclean.rules.captions import PhotoCaptions
    from newsclean.rules.cues import heads

    gate = PhotoCaptions(("en", "de", "fr", "es")).cue_groups.anchored_gate
    d = Pipeline.default().read("\n".join(sample_lines()), kind="text")[0]
    want = [b.index for b in d.blocks if gate(b.text)]
    assert want and gate.passing(d) == want
    assert heads(d) == [b.text[:4] for b in d.blocks]
