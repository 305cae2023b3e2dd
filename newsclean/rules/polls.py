"""The question and answer options of a reader poll, between the poll's label and its buttons."""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..step import Decision, Remove, RuleInfo

#: the category the phrase tables give a poll's label and buttons ("POLL: Have your say",
#: "Vote now", "View results", "Not sure")
POLL = "poll_widget"
#: the most lines a poll holds between its label and its buttons (a question, a few options)
MAX_LINES = 8
#: an answer option is this short; the question may be longer when it ends with "?"
OPTION_WORDS = 4
QUESTION_WORDS = 20


class PollOptions:
    """A reader poll printed into the text: its label ("POLL: What do you think?",
    "Sondage :", "Umfrage:") and its buttons ("Vote now", "View results") are worded as a
    poll, and the phrase tables take them (category ``poll_widget``); the question and the
    answer options between them ("Should the council raise parking fees?", "Yes", "No") are
    not. This step takes the undecided lines right after a poll line when they are all
    options of at most four words or questions ending with "?", at most eight of them, and a
    poll line follows them: a label and its buttons frame the options."""

    id = "poll_options"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(
            "poll_option",
            POLL,
            "a reader poll's question or answer option, between its label and its buttons",
            "POLL: Have your say\nShould the bridge be rebuilt?\nYes\nNo\nVote now",
        ),
    )

    def apply(self, doc: Document) -> Iterator[Decision]:
        decisions = doc.decisions
        n = len(doc.blocks)
        i = 0
        while i < n:
            if doc.category(i) != POLL:
                i += 1
                continue
            run: list[int] = []
            j = i + 1
            while j < n and len(run) < MAX_LINES and decisions[j] is None and self._option(
                doc, j
            ):
                run.append(j)
                j += 1
            if run and j < n and doc.category(j) == POLL:
                for k in run:
                    yield Remove(k, "poll_option", POLL,
                                 "a reader poll's question or answer option")
            i = j if run else i + 1

    @staticmethod
    def _option(doc: Document, j: int) -> bool:
        text = doc.blocks[j].text.strip()
        words = len(text.split())
        if words <= OPTION_WORDS:
            return not text.endswith((".", ":")) or words <= 2
        return text.endswith("?") and words <= QUESTION_WORDS
