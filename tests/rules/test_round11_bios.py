"""Author bio lines after the story, round 11: a name with an honorific or a handle in
parentheses, "is our <role>", "The author is a professor of…", "<Name> writes the weekly …
column". Story endings with the same words (a writer released by police, an expert quoted by
an institute, a column that prompted an inquiry) stay."""

from __future__ import annotations

import pytest

from .context_helpers import PROSE, category_of, clean, doc, rule_of

TITLE = "Council approves road budget after long debate"


@pytest.mark.parametrize(
    "bio",
    [
        "Lucy Chen is our weather editor. Follow her on X @lucychenwx.",
        "The author is a professor of economics at the University of Leeds.",
        "Dr. Helen Brandt is a cardiologist and a regular contributor to this site.",
        "Paul Meyer (@paulmeyer) is a contributing writer who lives in Denver with his two dogs.",
        "Chris Walker writes the weekly Money Matters column. Send him questions by email.",
        "The writer of this column teaches history at a secondary school in Bristol.",
        "Prof. Ines Duarte is a regular contributor and lectures on trade law.",
        "About the columnist: Rosa Diaz grew up on a farm near Valencia.",
        "Über die Autorin: Lena Fischer berichtet seit 2015 aus Brüssel.",
        "À propos de l'auteure : Marie Roux vit à Lyon.",
        "Sobre el autor: Lucía Ruiz es corresponsal en Bruselas.",
    ],
)
def test_bio_lines_after_the_story_are_removed(bio: str) -> None:
    art = clean(doc(TITLE, *PROSE, bio))
    # a line opening with an "About the author:" header may go with the header's phrase rule
    assert rule_of(art, bio) in {"author_bio", "author_bio_header"}
    assert category_of(art, bio) == "author_bio"


@pytest.mark.parametrize(
    "ending",
    [
        "The author of the report, Dr. Sarah Lim, said more research was needed.",
        "Mayor Tom Hardy writes the final chapter of his tenure next month when he steps down.",
        "The writer was later released without charge, police said.",
        "Smith writes the weekly column that first raised the issue in March.",
    ],
)
def test_story_endings_with_bio_words_stay(ending: str) -> None:
    art = clean(doc(TITLE, *PROSE, ending))
    assert rule_of(art, ending) is None
