"""The markup-aware steps: what they remove and why, and that they leave text input alone."""

from __future__ import annotations

from html_helpers import assert_partition, html_only, page, wrap_article

import newsclean
from newsclean import Config, Pipeline
from newsclean.html.comments import CommentThread
from newsclean.html.steps import (
    HtmlTitle,
    LinkDense,
    MainContent,
    MarkupSignals,
    html_steps,
    load_signals,
)
from newsclean.rules.phrases import PhraseRules

STORY = [
    "The city council approved the new bridge on Tuesday after a long debate about its cost.",
    "Construction is expected to begin in the spring and to last about two years, officials said.",
    "Residents on both banks of the river have campaigned for a crossing for more than a decade.",
    "“This is a good day for the whole region,” the mayor told reporters outside the town hall.",
]


def _rules(art: newsclean.Article) -> dict[str, str | None]:
    return {" ".join(s.text.split()): s.rule for s in art.spans}


def test_steps_do_nothing_on_text_input() -> None:
    text = "\n\n".join(["Home", "World", *STORY, "Privacy Policy"])
    cfg = Config()
    art = Pipeline(html_steps(cfg), cfg).run(text)
    assert art.source.kind == "text"
    assert not art.removed


def test_main_content_and_signals_on_a_typical_page() -> None:
    art = html_only().run(wrap_article(STORY), kind="html")
    assert_partition(art)
    assert art.body.split("\n\n") == STORY
    # the site header (its menu inside), the sidebar and the footer never reach the text view:
    # they are recorded as markup removals
    landmarks = {r.tag for r in art.source.markup_removals if r.rule == "html.landmark"}
    assert landmarks == {"header", "aside", "footer"}
    for chrome in (
        "The Daily Site",
        "Home",
        "Sign up for our daily briefing.",
        "© 2024 The Daily Site",
    ):
        assert chrome not in art.text


def test_signals_inside_the_article() -> None:
    body = (
        '<article class="story">'
        + "".join(f"<p>{s}</p>" for s in STORY)
        + '<div class="share-buttons"><a href="#">Share on the network</a> <span>Email</span></div>'
        + '<div class="related-stories"><h3>More on this</h3><p>Another long teaser paragraph '
        "about a different story, with a full sentence in it.</p></div>"
        + '<div id="comments"><h3>3 comments</h3></div>'
        + "</article>"
    )
    art = html_only().run(page(body), kind="html")
    rules = _rules(art)
    assert rules["Share on the network Email"] == "html.signal.share"
    assert rules["More on this"] == "html.signal.related"
    assert rules["3 comments"] == "html.signal.comments"
    assert art.body.split("\n\n") == STORY


def test_content_words_override_boilerplate_words() -> None:
    body = (
        '<article class="content content--type-comment">'
        + "".join(f"<p>{s}</p>" for s in STORY)
        + "</article>"
    )
    art = html_only().run(page(body), kind="html")
    assert art.body.split("\n\n") == STORY


def test_link_dense() -> None:
    body = (
        "<article>"
        + "".join(f"<p>{s}</p>" for s in STORY)
        + ('<p><a href="/a">Read more about the bridge</a></p></article>')
    )
    art = html_only().run(page(body), kind="html")
    assert _rules(art)["Read more about the bridge"] == "html.link_dense"


def test_title_from_metadata() -> None:
    html = page(
        "<article><h1>Council approves bridge</h1>"
        + "".join(f"<p>{s}</p>" for s in STORY)
        + "</article>",
        head='<meta property="og:title" content="Council approves bridge">',
    )
    art = html_only().run(html, kind="html")
    assert art.title == "Council approves bridge"
    assert "Council approves bridge" not in art.body


def test_steps_catalogue() -> None:
    cfg = Config()
    for step in (HtmlTitle(cfg), MainContent(cfg), MarkupSignals(cfg), LinkDense(cfg)):
        assert step.id.startswith("html.")
        assert step.rules and all(r.id.startswith("html.") for r in step.rules)
        assert type(step).__doc__
    ids = [s.id for s in Pipeline.default(cfg).steps]
    # markup-aware steps run before the text rules, which then skip what they removed
    assert ids.index("html.link_dense") < ids.index("phrases")
    names = {s.name for s in load_signals()}
    assert {
        "related",
        "share",
        "comments",
        "newsletter",
        "navigation",
        "footer",
        "sidebar",
        "ad",
        "cookie",
        "byline",
        "caption",
        "tags",
        "content",
    } <= names


def test_favor_changes_link_threshold() -> None:
    assert LinkDense(Config(favor="precision")).threshold < LinkDense(Config()).threshold
    assert LinkDense(Config(favor="recall")).threshold > LinkDense(Config()).threshold


def test_bem_element_names_decide_over_their_block() -> None:
    """``article-body__topics`` is a tag list inside the article body, ``article__share`` a
    share row; ``article__body`` is still the article's own container."""
    body = (
        '<article class="article"><div class="article__body">'
        + "".join(f"<p>{s}</p>" for s in STORY)
        + '<div class="article-body__topics"><span>Topics:</span> <a href="/t/a">Bridges</a>'
        " <span>and</span> <span>Rivers of the region</span></div>"
        + '<div class="article__share--sticky"><span>Send this to a friend today</span></div>'
        + "</div></article>"
    )
    art = html_only().run(page(body), kind="html")
    rules = _rules(art)
    assert rules["Topics: Bridges and Rivers of the region"] == "html.signal.tags"
    assert rules["Send this to a friend today"] == "html.signal.share"
    assert art.body.split("\n\n") == STORY


def _with_thread(heading: str, items: list[str], *, before: list[str] = STORY) -> str:
    story = "".join(f"<p>{p}</p>" for p in before)
    listed = "".join(f"<li><p>{t}</p></li>" for t in items)
    return page(
        f'<div class="post"><h1>Bridge approved</h1>{story}<h3>{heading}</h3>'
        f'<ol class="x-list">{listed}</ol></div>'
    )


COMMENTS = [
    "Wonderful news, I drove across the old bridge every day for twenty years and it shook.",
    "Do they know yet how long the ferry will keep running while the works go on?",
]


def test_comment_thread_under_a_comment_count() -> None:
    art = newsclean.clean(_with_thread("2 Responses", COMMENTS))
    rules = _rules(art)
    assert all(rules[c] == "html.comment_thread" for c in COMMENTS)
    assert all(p in art.body for p in STORY)
    again = newsclean.clean(_with_thread("14 Kommentare", COMMENTS))
    assert not any(c in again.body for c in COMMENTS)


def test_a_list_under_a_story_subhead_stays() -> None:
    items = ["Work on the northern ramp starts in March next year.", *COMMENTS]
    art = newsclean.clean(_with_thread("What happens next", items))
    assert all(c in art.body for c in items)


def test_comment_thread_needs_the_story_above() -> None:
    cfg = Config()
    steps = [PhraseRules(cfg.languages), CommentThread()]
    above = Pipeline(steps, cfg).run(_with_thread("2 Responses", COMMENTS))
    assert _rules(above)[COMMENTS[0]] == "html.comment_thread"
    alone = Pipeline(steps, cfg).run(_with_thread("2 Responses", COMMENTS, before=[]))
    assert _rules(alone)["2 Responses"] == "comment_form"
    assert all(_rules(alone)[c] is None for c in COMMENTS)


def test_page_level_classes_on_body_mark_no_region() -> None:
    """Themes flag features on ``<body>`` ("comments-open", "has-sidebar"): the page is not
    a comment section or a sidebar."""
    story = "".join(f"<p>{p}</p>" for p in STORY)
    html = page(f'<article class="post">{story}</article>').replace(
        "<body>", '<body class="single-post blog-item-comments has-sidebar">'
    )
    art = newsclean.clean(html)
    assert all(p in art.body for p in STORY)
