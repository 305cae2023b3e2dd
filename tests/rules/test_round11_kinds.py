"""Kinds widened in wording round 11: comment-form lines (moderation notices, house rules,
closed threads, "show more replies"), podcast and app promos (episode plugs, "our app is now
available"), sponsored-content and ad-slot labels ("This feature is presented by …", "Why am I
seeing this ad?"). Story sentences with the same words stay."""

from __future__ import annotations

import pytest

from .phrase_helpers import rule_of


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Reply to this story", "comment_form"),
        ("Your comment will appear after moderation.", "comment_form"),
        ("Have your say: share your thoughts in the comments below.", "comment_form"),
        ("By posting a comment you agree to our community guidelines.", "comment_form"),
        ("Log in or register to join the conversation.", "comment_form"),
        ("This conversation has been closed to new comments.", "comment_form"),
        ("Your email (never shared)", "comment_form"),
        ("Show 5 more replies", "comment_form"),
        (
            "We welcome your comments. Please read our comment policy before posting.",
            "comment_form",
        ),
        ("New episodes every Monday. Listen now.", "app_promo"),
        ("Hear more on this story in today's episode of our podcast.", "app_promo"),
        ("Stream the latest episode of Morning Call now.", "app_promo"),
        ("Our app is now available in 12 languages. Try it free.", "app_promo"),
        ("This article is sponsored by Example Bank.", "advertisement"),
        ("Content from our partners", "advertisement"),
        ("The rest of this article is below the ad.", "advertisement"),
        ("Report an ad", "advertisement"),
        ("Why am I seeing this ad?", "advertisement"),
        ("Melden Sie sich an, um zu kommentieren.", "comment_form"),
        ("Connectez-vous pour commenter.", "comment_form"),
        ("799 Likes · 5 Restacks", "reaction_counter"),
        ("1.2K Claps | 48 Responses", "reaction_counter"),
    ],
)
def test_widened_kinds_are_removed(line: str, rule: str) -> None:
    assert rule_of(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "The minister declined to comment on the report, saying it was a matter for the courts.",
        "Have your say, the council urged residents, before the consultation closes on Friday.",
        "By posting a comment online he had broken the court order, the judge said.",
        "The discussion was closed to the public after the first hour.",
        "Show more compassion for refugees, the bishop told the congregation.",
        "Replies to the survey were due by the end of March.",
        "Fans can stream the latest episode of the show on Friday, the network said.",
        "The series was sponsored by the ministry of culture and ran for three seasons.",
        "Stories from survivors were read aloud at the memorial on Sunday.",
        "The app is now available in 40 countries and has two million users.",
        "New episodes of the drama were filmed in Belfast last year.",
        "3 Killed · 5 Injured in Crash on the Coast Road",
        "5 Things to Know About the Budget",
    ],
)
def test_story_lines_with_the_same_words_stay(line: str) -> None:
    assert rule_of(line) is None
    assert rule_of(line, zone="tail") is None
