"""Hypothesis strategies: arbitrary text with awkward characters, and article-like documents."""

from __future__ import annotations

from hypothesis import strategies as st

# line breaks str.splitlines knows, spaces str.strip knows, and characters it does not strip
AWKWARD = [
    "\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e",
    "\u00a0", "\u2009", "\u3000", "\t", " ", "\u200b", "\ufeff", "\ufffd", "\u0301", "\U0001f600",
    "—", "–", "…", "“", "”", "’", "•", "·", "©", "|", ">", "<", "#", "http://", "www.",
]  # fmt: skip

_chars = st.characters(codec="utf-8")  # any code point but surrogates

any_text = st.one_of(
    st.text(_chars),
    st.lists(st.one_of(st.text(_chars, max_size=12), st.sampled_from(AWKWARD)), max_size=40).map(
        "".join
    ),
    # very long lines
    st.builds(lambda s, n: s * n, st.text(_chars, min_size=1, max_size=8), st.integers(200, 2000)),
)

# -- article-like documents ---------------------------------------------------------------------
_SAMPLE = (
    "the minister said talks would continue next week after officials met in the capital "
    "where markets rose sharply while analysts warned that prices could fall again as the "
    "government faces pressure from voters and business groups over its plans for energy "
    "trade security water schools hospitals and roads in several regions of the country"
)
WORDS = _SAMPLE.split(" ")
NAMES = ["Blinken", "Beijing", "Reuters", "Paris", "Maria Lopez", "Acme Corp", "June", "Monday"]

_word = st.sampled_from(WORDS)
_cap = st.sampled_from(NAMES + [w.capitalize() for w in WORDS])
# a fixed, varied word stream: a sentence is a window of it (two draws, cheap to generate)
_POOL = [
    (NAMES[i % len(NAMES)] if i % 7 == 3 else WORDS[(i * 31) % len(WORDS)])
    + ("," if i % 11 == 5 else "")
    for i in range(997)
]


@st.composite
def sentence(draw: st.DrawFn, lo: int = 6, hi: int = 24) -> str:
    n = draw(st.integers(lo, hi))
    k = draw(st.integers(0, len(_POOL) - hi))
    words = _POOL[k : k + n]
    first = words[0].rstrip(",")
    end = draw(st.sampled_from([".", ".", ".", "?", "!", ".”", ":"]))
    return " ".join([first[0].upper() + first[1:], *words[1:]]).rstrip(",") + end


@st.composite
def prose(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(sentence(), min_size=1, max_size=4)))


@st.composite
def title_line(draw: st.DrawFn) -> str:
    t = " ".join(draw(st.lists(_cap, min_size=3, max_size=12)))
    if draw(st.booleans()):
        sep = draw(st.sampled_from([" – ", " - ", " | ", " :: "]))
        t += sep + draw(st.sampled_from(["Daily Planet", "KXYZ News", "The Herald", "News24"]))
    return t


@st.composite
def short_line(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(_cap, min_size=1, max_size=3)))


@st.composite
def bullet(draw: st.DrawFn) -> str:
    mark = draw(st.sampled_from(["- ", "• ", "* ", "1. ", "2) "]))
    return mark + draw(st.one_of(sentence(3, 14), short_line()))


@st.composite
def url(draw: st.DrawFn) -> str:
    host = draw(st.sampled_from(["www.example.com", "news.example.org", "example.net"]))
    path = "-".join(draw(st.lists(_word, min_size=1, max_size=6)))
    return f"https://{host}/{draw(st.integers(2000, 2030))}/{path}"


BOILERPLATE = [
    "Source link", "Read More", "Read original article here", "Related", "Related Posts",
    "You May Also Like", "Trending", "Most read", "Advertisement", "ADVERTISEMENT", "Share this:",
    "Facebook", "Twitter", "WhatsApp", "Leave a Reply", "Cancel reply",
    "Your email address will not be published. Required fields are marked *",
    "Previous post", "Next post", "Back to top", "Back to top button", "Skip to content", "Home",
    "World", "Contact us", "Privacy Policy", "Terms of Use", "More", "Less", "View", "Loading...",
    "© 2023 Example Media. All rights reserved.",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "Download the App for the latest news", "Subscribe to our newsletter",
    "Follow us on Twitter", "We use cookies to improve your experience. Accept",
    "Updated: 14 Jun 2023, 09:12 PM IST", "Date:2025-04-13 22:32:16", "By Maria Lopez",
    "Tags: Politics, World", "6489b3d5873571.38868013", "Photo: Jane Doe/AFP", "[email protected]",
    "(With inputs from Reuters)", "This article originally appeared on Example News.",
    "Home > World > Asia", "veryGood! (12)", "Click Here",
]  # fmt: skip

_line = st.one_of(
    prose(), prose(), prose(), short_line(), bullet(), url(), st.sampled_from(BOILERPLATE)
)


@st.composite
def article_like(draw: st.DrawFn) -> str:
    """A title, a mix of prose, short lines, bullets, URLs and boilerplate-like lines,
    separated by varied line breaks."""
    lines = draw(st.lists(_line, min_size=0, max_size=25))
    head = draw(st.lists(st.sampled_from(BOILERPLATE), max_size=3))
    if draw(st.booleans()):
        head.append(draw(title_line()))
    lines = head + lines
    newline = draw(st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n", None]))
    out = []
    for i, line in enumerate(lines):
        sep = newline or draw(st.sampled_from(["\n", "\n\n", "\n \n", "\r\n", "\u2028"]))
        lead = draw(st.sampled_from(["", "", "", " ", "\t", "\u00a0"]))
        trail = draw(st.sampled_from(["", "", "", " ", "\u00a0"]))
        out.append(lead + line + trail + (sep if i + 1 < len(lines) else ""))
    return "".join(out)
