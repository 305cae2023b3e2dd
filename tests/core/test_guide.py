"""Every ``python`` block of docs/guide.md runs, in order, in one namespace."""

from __future__ import annotations

from docblocks import ROOT, python_blocks, run_python_blocks

GUIDE = ROOT / "docs" / "guide.md"


def test_guide_has_examples() -> None:
    assert len(python_blocks(GUIDE)) >= 8


def test_guide_examples_run() -> None:
    run_python_blocks(GUIDE, name="guide")


def test_guide_custom_step() -> None:
    """The guide's custom-step example, as plain test code."""
    from collections.abc import Iterator

    from newsclean import Document, Pipeline, Remove, RuleInfo, Step

    class SponsoredLabels:
        """Removes "Sponsored" and "Paid content" labels standing alone on a line."""

        id = "sponsored"
        rules = (
            RuleInfo(
                id="sponsored_label",
                category="advertisement",
                description="a label marking paid content",
                example="Sponsored",
            ),
        )

        def apply(self, doc: Document) -> Iterator[Remove]:
            for block in doc.blocks:
                if doc.open(block.index) and block.text.lower() in {"sponsored", "paid content"}:
                    yield Remove(
                        block.index, "sponsored_label", "advertisement", "a paid-content label"
                    )

    step = SponsoredLabels()
    assert isinstance(step, Step)
    mine = Pipeline.default().insert(step, before=Pipeline.default().ids[0])
    story = "Sponsored\n\nThe council approved the new budget on Monday after a long debate."
    result = mine.run(story)
    (label,) = [s for s in result.removed if s.rule == "sponsored_label"]
    assert label.text == "Sponsored\n\n" and label.category == "advertisement"
    assert result.body == "The council approved the new budget on Monday after a long debate."
