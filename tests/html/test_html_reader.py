"""The reader: text view, blocks with markup, markup removals, page metadata."""

from __future__ import annotations

import json

from html_helpers import assert_partition, clean_html, html_only, page

from newsclean import Config
from newsclean.html import read_html

PAGE = page(
    """
<nav id="mainNav"><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav>
<article class="story entry-content"><h1>Council backs new bridge</h1>
<p>The council voted on <b>Tuesday</b> to build <a href="/b">a bridge</a> over the river.</p>
<!-- ad slot --><p>First line<br>second line</p>
<div hidden>hidden text</div><div style="display: none">also hidden</div>
<div>direct text<p>inner paragraph</p>tail text</div>
<pre>code line one
  code line two</pre>
<form><input value="typed"><button>Send</button><label>Your name</label></form>
<script>var tracking = 1;</script><noscript>Enable JS</noscript><svg><text>logo</text></svg>
<time datetime="2024-03-05T10:00:00Z">5 March 2024</time>
<div class="more"><a href="/more">More stories</a></div>
</article><footer>© 2024 Example</footer>
""",
    head=(
        "<title>Council backs new bridge | Example News</title>"
        '<meta property="og:title" content="Council backs new bridge">'
        '<meta property="og:site_name" content="Example News">'
        '<meta property="article:published_time" content="2024-03-05T10:00:00Z">'
        '<meta property="article:tag" content="Transport"><meta property="article:tag" '
        'content="Council">'
        '<meta name="author" content="Jane Doe">'
        '<link rel="canonical" href="https://example.com/news/bridge">'
        '<script type="application/ld+json">'
        + json.dumps(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {"@type": "WebSite", "name": "Example"},
                    {
                        "@type": "NewsArticle",
                        "headline": "Council backs new bridge",
                        "datePublished": "2024-03-05T10:00:00Z",
                    },
                ],
            }
        )
        + "</script><style>p { color: red }</style>"
    ),
)


def test_text_view_one_block_a_line() -> None:
    p = read_html(PAGE, Config())
    lines = p.text.split("\n")
    assert [b.text for b in p.blocks] == lines
    for b in p.blocks:
        assert p.text[b.start : b.end] == b.text
        assert b.markup is not None
    assert "The council voted on Tuesday to build a bridge over the river." in lines
    assert lines[lines.index("First line") :][:2] == ["First line", "second line"]
    assert lines[lines.index("direct text") :][:3] == [
        "direct text",
        "inner paragraph",
        "tail text",
    ]
    assert "code line one" in lines and "code line two" in lines
    for gone in (
        "Home",  # <nav> and <footer> are landmarks dropped at the markup level
        "© 2024 Example",
        "hidden text",
        "also hidden",
        "var tracking",
        "Enable JS",
        "logo",
        "Send",
        "typed",
        "Council backs new bridge | Example News",
    ):
        assert gone not in p.text


def test_markup_of_blocks() -> None:
    p = read_html(PAGE, Config())
    by_text = {b.text: b for b in p.blocks}
    para = by_text["The council voted on Tuesday to build a bridge over the river."]
    assert para.markup is not None
    assert para.markup.tag == "p"
    assert "/article[2].story.entry-content/p" in para.markup.path
    assert 0.1 < para.markup.link_density < 0.3
    more = by_text["More stories"].markup
    assert more is not None and more.link_density == 1.0 and more.path.endswith("/div[13].more")
    h1 = by_text["Council backs new bridge"].markup
    assert h1 is not None and h1.tag == "h1"
    story = by_text["direct text"].markup
    assert story is not None and story.tag == "div"
    assert by_text["inner paragraph"].markup.depth == story.depth + 1  # type: ignore[union-attr]


def test_markup_removals_recorded() -> None:
    p = read_html(PAGE, Config())
    rules = {(r.tag, r.rule) for r in p.markup_removals}
    for expected in [
        ("head", "html.head"),
        ("#comment", "html.comment"),
        ("div", "html.hidden"),
        ("script", "html.non_text"),
        ("noscript", "html.non_text"),
        ("svg", "html.non_text"),
        ("input", "html.form_control"),
        ("button", "html.form_control"),
        ("nav", "html.landmark"),
        ("footer", "html.landmark"),
    ]:
        assert expected in rules
    for r in p.markup_removals:
        assert r.path.startswith("/html") and r.reason
    nav = next(r for r in p.markup_removals if r.tag == "nav")
    assert nav.path == "/html/body/nav#mainNav" and nav.chars == len("HomeWorld")
    hidden = [r for r in p.markup_removals if r.rule == "html.hidden"]
    assert len(hidden) == 2 and {r.chars for r in hidden} == {
        len("hidden text"),
        len("also hidden"),
    }


def test_meta() -> None:
    meta = read_html(PAGE, Config()).meta
    assert meta["title"] == "Council backs new bridge | Example News"
    assert meta["lang"] == "en"
    assert meta["canonical"] == "https://example.com/news/bridge"
    assert meta["og"]["site_name"] == "Example News"
    assert meta["article"]["tag"] == ["Transport", "Council"]
    assert meta["article"]["published_time"] == ["2024-03-05T10:00:00Z"]
    assert meta["meta"]["author"] == ["Jane Doe"]
    assert meta["authors"] == ["Jane Doe"]
    assert meta["news_article"]["headline"] == "Council backs new bridge"
    assert [o["@type"] for o in meta["jsonld"]] == ["WebSite", "NewsArticle"]
    assert meta["times"][0]["datetime"] == "2024-03-05T10:00:00Z"
    assert meta["times"][0]["text"] == "5 March 2024"
    assert meta["html"] == PAGE


def test_partition_and_accounting_on_the_result() -> None:
    art = clean_html(PAGE)
    assert_partition(art)
    assert art.source.kind == "html"
    assert art.source.markup_removals
    # every removed block has a rule and a reason
    for s in art.removed:
        assert s.rule and s.reason
    assert "The council voted on Tuesday" in art.body
    assert art.title == "Council backs new bridge"


def test_bad_jsonld_is_ignored() -> None:
    html = page(
        "<p>Body text of the page.</p>",
        head='<script type="application/ld+json">{not json</script>',
    )
    meta = read_html(html, Config()).meta
    assert "jsonld" not in meta


def test_html_steps_pipeline_partition() -> None:
    art = html_only().run(PAGE, kind="html")
    assert_partition(art)


def test_site_chrome_dropped_with_paths() -> None:
    html = page(
        '<header class="masthead"><a href="/">The Daily Site</a></header>'
        '<div role="navigation"><a href="/w">World</a></div>'
        '<ul role="menu"><li><a href="/s">Sport</a></li></ul>'
        '<form role="search"><label>Search the site</label></form>'
        "<article><header><h1>Council backs new bridge</h1><p>By Jane Doe</p></header>"
        "<p>The council voted on Tuesday to build a bridge over the river.</p></article>"
        '<section role="complementary"><p>Most read today</p></section>'
    )
    p = read_html(html, Config())
    assert p.text.split("\n") == [
        "Council backs new bridge",
        "By Jane Doe",
        "The council voted on Tuesday to build a bridge over the river.",
    ]
    landmarks = [(r.path, r.chars) for r in p.markup_removals if r.rule == "html.landmark"]
    assert landmarks == [
        ("/html/body/header.masthead", len("The Daily Site")),
        ("/html/body/div[2]", len("World")),
        ("/html/body/ul[3]", len("Sport")),
        ("/html/body/form[4]", len("Search the site")),
        ("/html/body/section[6]", len("Most read today")),
    ]


def test_metadata_read_inside_dropped_elements() -> None:
    html = page(
        "<nav><time datetime='2024-03-05'>5 March</time></nav>"
        "<p>The council voted on Tuesday to build a bridge over the river.</p>"
        '<footer><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge"}'
        '</script><meta itemprop="datePublished" content="2024-03-05"></footer>'
    )
    meta = read_html(html, Config()).meta
    assert meta["news_article"]["headline"] == "Bridge"
    assert meta["meta"]["datepublished"] == ["2024-03-05"]
    assert meta["times"] == [
        {"datetime": "2024-03-05", "text": "5 March", "path": "/html/body/nav/time"}
    ]
