"""Varied wordings of each kind (not the seeds' sentences), and the facts they record."""

from __future__ import annotations

import pytest

import newsclean

from .phrase_helpers import PROSE, facts_of, rule_of

CASES = {
    "theme_license_banner": [
        "Soledad Theme License is not validated, go to the theme options page to validate "
        "the license.",
        "Please activate your copy of the theme to unlock demos and updates.",
        "Plugin licence key is not valid. You need a single licence for each domain.",
    ],
    "aggregator_disclaimer": [
        "NewsPortal is an automatic aggregator of the global media. "
        "All trademarks belong to their respective owners.",
        "Denial of responsibility: all materials are the property of their authors.",
        "If you are the copyright owner of this material and do not want it here, "
        "email us and the article will be removed within 12 hours.",
        "No copyright infringement intended.",
    ],
    "wire_credit_line": [
        "(With inputs from PTI)",
        "With input from agencies",
        "(Reporting by Ana Ruiz; Editing by Tom Hale)",
        "Additional reporting by Reuters",
        "(Mit Material von dpa)",
        "(avec AFP)",
        "Con información de EFE y AFP",
    ],
    "agency_line": ["— AFP", "(Reuters)", "- Agencies", "(ANI)"],
    "contributed_line": ["Associated Press writer Kim Tong-Hyung contributed to this report."],
    "syndication_notice": [
        "(This report has not been edited by Example Post staff and is published from a "
        "syndicated feed.)",
        "This article is auto-generated from a wire feed.",
        "This piece was republished with permission from Example Weekly.",
    ],
    "read_original": [
        "Read the full article on Example Herald",
        "This story originally appeared on Example Weekly.",
        "Originally published at https://example.org/2023/06/18/story",
        "The post Why rates rose again appeared first on Money Daily.",
    ],
    "source_link": ["Source Link", "source: https://example.com/a/b/c", "Via: Example Gazette"],
    "original_url_line": [],
    "read_more": [
        "Read more",
        "READ MORE: Floods hit the coast again",
        "Keep reading",
        "Lire la suite",
    ],
    "click_here_promo": [
        "For all the latest Tech News Click Here",
        "Click here to join our Telegram channel",
    ],
    "click_here_tail": ["For the full schedule, click here.", "To see the video, tap here"],
    "publisher_promo": [
        "Catch all the Politics News and Breaking News Events on Example Times.",
        "Stay updated with the latest cricket news on Example Sports.",
    ],
    "app_promo": [
        "Download the Example Times app to get daily market updates.",
        "Get it on Google Play",
        "Available on the App Store",
    ],
    "newsletter_promo": [
        "Sign up for our morning briefing",
        "Subscribe to the Example Weekly newsletter",
        "Get our top stories delivered to your inbox every morning",
    ],
    "social_follow": [
        "Follow us on Instagram",
        "Join our Telegram channel for instant updates",
        "For the latest news, follow us on Google News.",
        "Síguenos en Twitter",
    ],
    "share_row": [
        "Share on Twitter",
        "Tweet Share Email",
        "Click to share on Facebook (Opens in new window)",
    ],
    "cookie_notice": [
        "This site uses cookies. By continuing to browse the site you are agreeing to our "
        "use of cookies.",
        "We use cookies to give you the best online experience.",
    ],
    "advertisement": ["ADVERTISEMENT", "— Sponsored —", "Article continues below advertisement"],
    "copyright_notice": ["© Example Media 2024", "Copyright © 2023 Example Inc."],
    "copyright_phrase": [
        "Example Media Inc. All rights reserved. This material may not be published, "
        "broadcast, rewritten, or redistributed.",
        "Reuse of this article without written permission is strictly prohibited.",
    ],
    "comment_form": [
        "Leave a Reply",
        "Post a comment",
        "Your email address will not be published.",
        "0 Comments",
        "Cancel reply",
    ],
    "back_to_top": ["Back to Top", "Scroll back to top"],
    "skip_to_content": ["Skip to content", "Skip to main content"],
    "ui_word": [
        "More",
        "Less",
        "View",
        "Loading...",
        "Show More",
        "Close",
        "Menu",
        "Search",
        "Print",
        "Email",
    ],
    "date_line": [
        "Updated: 18 Jun 2023, 07:28 AM IST",
        "Last Updated: June 18, 2023 at 7:28 a.m. ET",
        "Date: 2024-02-01 10:00:00",
        "Published: 2 March 2024",
        "First published on Jan 5, 2024",
    ],
    "photo_credit": [
        "Photo: Jane Roe / Reuters",
        "(Photo by Sam Lee/AFP via Getty Images)",
        "Image: Tom Oak via Getty Images",
        "Image source, Getty Images",
        "Credit: Example Studios",
        "Foto: Max Muster/dpa",
        "Crédit photo : Jean Dupont",
    ],
    "stray_id": [
        "5f3a9c2e1b7d44.12345678",
        "9b2f4c6d-1a3e-4f5b-8c7d-0e9f8a7b6c5d",
        "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3",
        "QmFzZTY0IGlzIG5vdCBlbmNyeXB0aW9u",
    ],
    "email_placeholder": ["[email protected]"],
    "prev_next_link": [
        "Previous post Markets slide as oil jumps",
        "Next post: Council approves budget",
        "Next »",
        "« Previous",
        "Older Posts",
    ],
    "reaction_counter": ["Wow! (12)", "Like (34)", "👍 120", "Angry! (3) Sad! (1)"],
    "author_bio_header": ["About the Author", "More from this author"],
}


@pytest.mark.parametrize(
    ("rule", "line"), [(r, line) for r, lines in CASES.items() for line in lines]
)
def test_kind_is_removed(rule: str, line: str) -> None:
    assert rule_of(line) == rule


def test_email_placeholder_inside_a_sentence_is_cut_alone() -> None:
    from .phrase_helpers import PROSE, run

    line = "Readers can reach the newsroom at [email protected] with tips about the story."
    doc = run(f"{PROSE}\n\n{line}\n\n{PROSE}")
    assert doc.decisions[1] is None
    (cut,) = doc.cuts
    assert doc.text[cut.start : cut.end] == "[email protected]"
    assert cut.rule == "email_placeholder_inline"


def _facts(line: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in facts_of(line):
        out.setdefault(f.kind, []).append(f.value)
    return out


def test_facts_from_a_disclaimer_promo_and_date() -> None:
    assert _facts(
        "Denial of responsibility! NewsHub247 is an automatic aggregator of the world's media."
    )["aggregator"] == ["NewsHub247"]
    assert _facts("Catch all the Business News on The Morning Herald.")["publisher"] == [
        "The Morning Herald"
    ]
    assert _facts("Updated: 3 March 2024, 04:15 PM IST")["updated"] == ["2024-03-03T16:15:00+05:30"]
    assert _facts("Date:2024-01-02 03:04:05")["published"] == ["2024-01-02T03:04:05"]


def test_credit_facts_only_for_agencies() -> None:
    assert _facts("(With inputs from Associated Press and Reuters)")["credits"] == ["AP", "Reuters"]
    assert "credits" not in _facts("(Reporting by Jane Doe; Editing by John Roe)")
    assert _facts("photograph: Ann Lee/AFP/Pool")["photo_credit"] == ["Ann Lee/AFP/Pool"]


def test_syndication_facts() -> None:
    facts = _facts(
        "(This story has not been edited by Example Post staff and is auto-generated from a "
        "syndicated feed.)"
    )
    assert facts["publisher"] == ["Example Post"]
    assert facts["syndication"][0].startswith("This story has not been edited")
    assert not facts["syndication"][0].startswith("(")


def test_original_url_fact() -> None:
    facts = _facts("https://www.example.co.nz/news/world/123456/some-story-slug Some story title")
    assert facts["original_url"] == ["https://www.example.co.nz/news/world/123456/some-story-slug"]


def test_a_removed_prose_like_line_does_not_end_the_head() -> None:
    """A cookie notice above the headline reads as a sentence; once removed it does not end
    the head zone, so a bare byline below the headline is still in the head. Cleaning the body
    again (where the notice is gone) finds the same zone."""
    text = (
        "This website uses cookies to improve your experience. You can opt out if you wish.\n"
        "Reject\n"
        "Rivers rise after a week of heavy rain\n"
        "By Mei Larsen and Chloe Brandt\n"
        f"{PROSE}\n{PROSE}\n"
    )
    article = newsclean.clean(text)
    assert "Mei Larsen" not in article.body
    assert [f.value for f in article.provenance if f.kind == "authors"] == [
        "Mei Larsen",
        "Chloe Brandt",
    ]
    assert newsclean.clean(article.body).body == article.body


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("By Omar Lindgren  2023-10-29 08:16 SGT", "byline_line"),
        ("Story by Jonas Berg  27th June 2021", "byline_line"),
        ("Reported by Kwame Ansah  2:55 AM EDT, Apr 20, 2019", "byline_line"),
        ("By: Julia Lund and Noah Kimura, Press Trust of India", "byline_line"),
        ("Par Lucas Morel, 5 août 2020 à 01h05 CEST", "byline_line"),
        ("Auteur : Anika Blanc, 08/04/2022 à 22:32 CEST", "byline_line"),
        ("Por Diego Ramos | 3 de octubre de 2023, 21:07", "byline_line"),
        ("Autor: Leila Brandt | 15.01.2021, 20:05 Uhr", "byline_line"),
        ("Auteur : Aarav Morel et Victor Blanc", "byline_label"),
        ("Por Lucía Gómez", "byline_label"),
        ("Von Hannah Keller", "byline_label"),
    ],
)
def test_bylines_in_four_languages(line: str, rule: str) -> None:
    assert rule_of(line, zone="head") == rule


@pytest.mark.parametrize(
    "line",
    [
        "Par ailleurs, la mairie a fermé le pont pour des travaux.",
        "Por fin llegó la lluvia a la región.",
        "Von Berlin aus fuhr der Zug weiter nach Hamburg.",
    ],
)
def test_sentences_opening_like_bylines_stay(line: str) -> None:
    assert rule_of(line, zone="head") is None


def test_tail_rules_see_the_lines_below_decided() -> None:
    """A bare URL line above a comment form is in the tail once the form (which reads like
    prose) is removed: it goes in the first pass, so cleaning the body again changes nothing."""
    text = (
        f"Rivers rise after a week of heavy rain\n\n{PROSE}\n\n{PROSE}\n\n"
        "https://www.example-gazette.com/2024/05/rivers-rise-after-heavy-rain-123\n\n"
        "Leave a Reply\n\n"
        "Your email address will not be published and your comment will appear once a "
        "moderator has approved it.\n"
    )
    article = newsclean.clean(text)
    assert "example-gazette" not in article.body and "moderator" not in article.body
    assert newsclean.clean(article.body).body == article.body


@pytest.mark.parametrize(
    "line",
    [
        "Quelle: https://www.beispiel-zeitung.de/politik/artikel-123.html",
        "Fuente: https://www.ejemplo.es/sociedad/noticia-7",
        "Source : https://www.exemple.fr/societe/article-42",
    ],
)
def test_source_url_lines_in_other_languages(line: str) -> None:
    assert rule_of(line, zone="tail") == "source_link"
