"""Boilerplate wordings for the blind_a corpus, one generator per kind.

All sentences and site names here were written for this corpus, blind to newsclean's rules.
Each generator takes a ``Ctx`` and returns labelled lines. Generators whose name ends in ``_f``
carry facts and are only used in documents that may carry facts.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from kit import BP, D, F, L, credit, fmt_date


@dataclass
class Ctx:
    rng: random.Random
    site: str
    domain: str
    title: str
    headlines: list[str]
    family: str
    facts_ok: bool = True
    outlet: tuple[str, str] = ("Harbor Gazette", "harborgazette.com")
    pub: str | None = None  # naive ISO of the published fact, to keep "updated" after it
    used: set[str] = field(default_factory=set)  # fact kinds already placed

    def pick(self, xs: list[str]) -> str:
        return self.rng.choice(xs)

    def hl(self, k: int) -> list[str]:
        return self.rng.sample(self.headlines, k)

    def can(self, kind: str) -> bool:
        """May this document still take a (single-valued) fact of this kind?"""
        return self.facts_ok and kind not in self.used

    def take(self, kind: str) -> None:
        self.used.add(kind)


# ------------------------------------------------------------------------------ name pools

PEOPLE = [
    "Mara Okonkwo", "Dylan Petrosyan", "Priya Venkataraman", "Tomasz Wielgosz", "Elena Marchetti",
    "Graham Holloway", "Keiko Tanabe", "Luis Carvajal", "Ruth Abernathy", "Samir Haddad",
    "Colleen Brightwater", "Jonah Feldstein", "Aisha Bello", "Ben Thornquist", "Nadia Karimova",
    "Owen Castellanos", "Fiona McAllister", "Rafael Quintero", "Hannah Lindqvist", "Marcus Obi",
    "Delphine Arnaud", "Kwame Asante", "Sofia Ruiz-Halvorsen", "Trevor Nakamura", "Ingrid Solberg",
]
PHOTOGS = ["Dana Whitcombe", "Ivo Marček", "Lucia Ferraro", "Omar Saleh", "Jess Pemberton",
           "Ravi Deshmukh", "Carla Nunes", "Pete Ostrowski"]
SECTIONS = ["Politics", "Local News", "Business", "Markets", "Crypto", "Sports", "NFL",
            "Entertainment", "Movies", "Tech", "Gadgets", "Science", "Health", "World",
            "Weather", "Education", "Opinion", "Lifestyle", "Music", "Soccer", "Economy",
            "Real Estate", "Crime & Courts", "Travel"]
TAGS = ["Bitcoin", "inflation", "Federal Reserve", "elections", "climate change", "NBA",
        "Premier League", "streaming", "artificial intelligence", "smartphones", "city council",
        "wildfires", "housing", "Ethereum", "box office", "startups", "cybersecurity",
        "public health", "transportation", "education policy", "space", "privacy",
        "interest rates", "college football", "Hollywood", "renewable energy"]


# ------------------------------------------------------------------------------ helpers


def bullet(rng: random.Random, style: str, i: int, text: str) -> str:
    if style == "none":
        return text
    if style == "num":
        return f"{i + 1}. {text}"
    if style == "paren":
        return f"{i + 1}) {text}"
    return f"{style} {text}"


def suffix_extra(rng: random.Random, text: str) -> str:
    r = rng.random()
    if r < 0.1:
        return f"{text} {rng.choice(['(Video)', '[PHOTOS]', '(Watch)', '— VIDEO'])}"
    if r < 0.2:
        return f"{text} {rng.randint(2, 11)} hours ago"
    if r < 0.25:
        return f"{text} · {rng.randint(2, 9)} min read"
    return text


def hl_list(c: Ctx, header_kind: str, item_kind: str, headers: list[str],
            k: tuple[int, int] = (3, 7), header: bool = True) -> list[L]:
    out: list[L] = []
    if header:
        out.append(BP(header_kind, c.pick(headers)))
    if header and c.rng.random() < 0.06:
        return out  # header whose items were not captured
    style = c.pick(["none", "-", "•", "*", "→", "»", "▪", "num", "paren", "none", "-"])
    for i, h in enumerate(c.hl(c.rng.randint(*k))):
        out.append(BP(item_kind, bullet(c.rng, style, i, suffix_extra(c.rng, h))))
    return out


# ------------------------------------------------------------------------------ kinds (fact-free)


def theme_license_banner(c: Ctx) -> list[L]:
    theme = c.pick(["Newspaperly", "Flatmag Pro", "ZenNews", "Publisho", "Herald WP",
                    "MagBuzz", "Soledad-X", "Newsmatic Plus"])
    w = [
        f"{theme} theme license not activated — please enter your purchase code to unlock updates",
        f"Your {theme} license is inactive. Activate your license to receive support and updates.",
        f"⚠ Please activate {theme} to use all features | Go to Theme Options > License",
        f"THE {theme.upper()} LICENSE KEY IS MISSING OR INVALID. CONTACT THE SITE ADMINISTRATOR.",
        f"License check failed for {theme}: this copy is not registered.",
        "Theme license is not validated, go to the theme options page to validate the license, "
        "you need a single license for each domain name.",
        f"Warning: {theme} plugin is unlicensed. Activate license »",
        f"{theme} v4.2 — unregistered copy. Enter your license key to remove this notice.",
    ]
    return [BP("theme_license_banner", c.pick(w))]


def aggregator_disclaimer_anon(c: Ctx) -> list[L]:
    n = c.pick(["24", "48", "72", "12"])
    w = [
        "Disclaimer: This post was collected automatically from a public RSS feed. All trademarks "
        "and images belong to their respective owners.",
        f"This content is aggregated automatically. If you are the owner and want it removed, "
        f"email us and it will be taken down within {n} hours.",
        "We do not claim ownership of any content on this page. It was pulled in by an automated "
        "news feed; all rights remain with the original author.",
        f"NOTICE — auto-generated page. Content, logos and trademarks are the property of their "
        f"owners. Takedown requests are processed within {n} hrs.",
        "This story was syndicated automatically from the web and has not been reviewed by a "
        "human editor. All copyrights belong to their owners.",
        "disclaimer: we are a news aggregator and do not own this article. for removal please "
        "use the contact page.",
    ]
    return [BP("aggregator_disclaimer", c.pick(w))]


def you_may_also_like(c: Ctx) -> list[L]:
    return hl_list(c, "you_may_also_like", "related_item",
                   ["You May Also Like", "YOU MAY ALSO LIKE", "You might also like",
                    "You may also like:", "You may also like…", "— You May Also Like —"])


def related(c: Ctx) -> list[L]:
    return hl_list(c, "related_header", "related_item",
                   ["Related", "Related Posts", "RELATED STORIES", "Related Articles:",
                    "Related coverage", "See also", "Read Next", "More on this story",
                    "Related »", "Related news"])


def ranking(c: Ctx) -> list[L]:
    return hl_list(c, "ranking_header", "ranking_item",
                   ["Most Read", "MOST POPULAR", "Most read this week", "Popular now",
                    "Top 10", "Most viewed", "Popular Posts", "🔥 Most read", "Ranking"])


def recommendation(c: Ctx) -> list[L]:
    return hl_list(c, "recommendation_header", "recommendation_item",
                   ["Recommended", "Editor's Picks", "Don't Miss", "Recommended for you",
                    "EDITORS' PICKS", "Recommendation", "Picked for you", "Don’t miss"])


def trending(c: Ctx) -> list[L]:
    return hl_list(c, "trending_header", "trending_item",
                   ["Trending", "Trending Now", "TRENDING", "What's hot", "Trending 🔥",
                    "Trending on " + c.site, "Hot right now"])


def more_stories(c: Ctx) -> list[L]:
    return hl_list(c, "more_stories_header", "more_stories_item",
                   ["More from " + c.site, "Latest", "Latest News", "Top Stories",
                    "More Stories", "Recent Posts", "What to read next", "LATEST HEADLINES",
                    "More in this section", "Up next"])


def headline_run(c: Ctx) -> list[L]:
    return hl_list(c, "", "headline_run_item", [], k=(3, 6), header=False)


def also_read(c: Ctx) -> list[L]:
    h = c.hl(1)[0]
    w = [f"Also Read: {h}", f"ALSO READ | {h}", f"Also read — {h}", f"READ ALSO: {h}",
         f"Also Read » {h}", f"also read: {h.lower()}", f"👉 Also read: {h}"]
    return [BP("also_read", c.pick(w))]


def source_link(c: Ctx) -> list[L]:
    return [BP("source_link", c.pick(["Source link", "Source Link", "source link",
                                      "SOURCE LINK", "Source link »", "🔗 Source link"]))]


def read_original(c: Ctx) -> list[L]:
    return [BP("read_original", c.pick([
        "Read original article here", "Read the original article", "Read original article",
        "Read the full story at the original source", "View original post »",
        "Read the original story →", "Click to read the original article",
    ]))]


def read_more(c: Ctx) -> list[L]:
    return [BP("read_more", c.pick([
        "Read More", "Read more", "READ MORE", "Continue reading", "Continue reading →",
        "Read more »", "Continue Reading...", "Keep reading", "Read the rest of this entry »",
        "[Read more]",
    ]))]


def comment_form(c: Ctx) -> list[L]:
    n = c.rng.randint(0, 48)
    variants = [
        ["Leave a Reply", "Your email address will not be published. Required fields are marked *",
         "Comment *", "Name *", "Email *", "Website",
         "Save my name, email, and website in this browser for the next time I comment.",
         "Post Comment"],
        ["Leave a Comment", "Cancel reply", "You must be logged in to post a comment."],
        [f"{n} Comments", "Log in to reply"],
        ["Add Comment", "Your name", "Your email (not published)", "Submit"],
        ["Post a Comment", "No comments:"],
        [f"{n} comments", "Show comments"],
        ["Leave a reply", "Cancel reply", "Please enter your comment!",
         "Please enter your name here", "You have entered an incorrect email address!",
         "Please enter your email address here"],
        ["Join the conversation", f"{n} Responses", "Sign in to comment"],
        ["Comments are closed."],
    ]
    v = c.pick(variants)
    return [BP("comment_form", t) for t in v]


def breadcrumb_plain(c: Ctx, section: str | None) -> list[L]:
    sec = section or c.pick(SECTIONS)
    sep = c.pick([" » ", " > ", " / ", " › ", " | ", " → "])
    mid = c.pick(["News", "Home", "Stories", "Sections"])
    w = [f"Home{sep}{sec}", f"Home{sep}{mid}{sep}{sec}", f"You are here: Home{sep}{sec}",
         f"{c.site}{sep}{sec}", f"HOME{sep}{sec.upper()}"]
    t = c.pick(w)
    facts: list[F] = []
    if section and c.can("section"):
        ev = sec.upper() if t.startswith("HOME") else sec
        facts.append(F("section", sec, ev, nth=0 if ev != c.site else 1))
        c.take("section")
    return [BP("breadcrumb", t, *facts)]


def prev_next(c: Ctx) -> list[L]:
    a, b = c.hl(2)
    v = c.pick([
        [f"Previous post {a}", f"Next post {b}"],
        [f"← Previous: {a}", f"Next: {b} →"],
        ["« Older Post", "Newer Post »"],
        ["PREVIOUS ARTICLE", a, "NEXT ARTICLE", b],
        [f"Prev {a}", f"Next {b}"],
        ["Newer Post", "Older Post", "Home"],
        [f"‹ {a}", f"{b} ›"],
    ])
    return [BP("prev_next_link", t) for t in v]


def back_to_top(c: Ctx) -> list[L]:
    return [BP("back_to_top", c.pick(["Back to top", "Back to top button", "↑ Back to Top",
                                      "BACK TO TOP", "Scroll to top", "Top ▲", "^ Top"]))]


def ui_words(c: Ctx) -> list[L]:
    v = c.pick([["More", "Less"], ["View all"], ["Loading…"], ["Show comments"], ["Print"],
                ["A A A"], ["Load more"], ["Show more"], ["Expand"], ["Loading..."],
                ["View"], ["See all ›"], ["Print", "Email"], ["A-", "A+"], ["Menu"],
                ["Search"], ["Close"], ["View All »"], ["Listen", "Share"]])
    return [BP("ui_word", t) for t in v]


def app_promo(c: Ctx) -> list[L]:
    w = [
        f"Download the {c.site} app for breaking news alerts on iOS and Android.",
        f"📱 Get the {c.site} App — free on the App Store and Google Play",
        "Get our free mobile app",
        f"Stay informed on the go: install the {c.site} News app today!",
        f"DOWNLOAD OUR APP | {c.site} on iPhone & Android",
        "Never miss a story — get the app.",
        f"Watch {c.site} live on Roku, Fire TV and Apple TV. Download the streaming app →",
    ]
    return [BP("app_promo", c.pick(w))]


def newsletter_promo(c: Ctx) -> list[L]:
    w = [
        f"Sign up for the {c.site} newsletter and get the day's top stories in your inbox.",
        "Subscribe to our daily newsletter",
        "📧 Get our free morning briefing — Subscribe",
        "Like this story? Get more like it every Friday. Subscribe now.",
        "Subscribe", "Type your email…",
        f"Join 40,000+ readers who get {c.site} in their inbox.",
        "Enter your email address to subscribe to this blog and receive notifications of new "
        "posts by email.",
        "NEWSLETTER: The Morning Memo — sign up here",
    ]
    t = c.pick(w)
    out = [BP("newsletter_promo", t)]
    if t == "Type your email…":
        out.append(BP("newsletter_promo", "Subscribe"))
    return out


def podcast_promo(c: Ctx) -> list[L]:
    w = [
        f"🎧 Listen to The {c.site} Podcast on Spotify, Apple Podcasts or wherever you listen.",
        "Listen to our podcast: new episodes every Tuesday",
        f"PODCAST | This week on '{c.site} Unfiltered' — subscribe now",
        "Prefer audio? Catch the daily briefing podcast here.",
        "Subscribe to the show on Apple Podcasts | Spotify | Google Podcasts",
    ]
    return [BP("podcast_promo", c.pick(w))]


def social_promo(c: Ctx) -> list[L]:
    w = [
        f"Follow {c.site} on Facebook, X and Instagram for the latest updates.",
        "Follow us on Google News",
        "Join our Telegram channel for instant updates 🚀",
        "Follow us: Facebook | Twitter | YouTube | TikTok",
        "Like us on Facebook to see similar stories",
        "👉 Follow us on WhatsApp for breaking news",
        "FOLLOW US ON INSTAGRAM @" + c.domain.split(".")[0],
        "Join the discussion on our Discord server",
    ]
    return [BP("social_promo", c.pick(w))]


def share_row(c: Ctx) -> list[L]:
    v = c.pick([
        ["Share this:", "Facebook", "X", "WhatsApp", "Email"],
        ["Share", "Tweet", "Pin", "Email"],
        ["Share on Facebook", "Share on Twitter", "Share via Email"],
        ["Facebook Twitter LinkedIn Reddit WhatsApp Email"],
        ["Share: f | 𝕏 | in | ✉"],
        [f"{c.rng.randint(0, 900)} Shares"],
        ["SHARE", "TWEET", "SHARE"],
        ["Copy link", "Share"],
        ["Share this article", "Copy Link"],
        ["Facebook · Twitter · Telegram · Copy URL"],
    ])
    return [BP("share_row", t) for t in v]


def cookie_notice(c: Ctx) -> list[L]:
    v = c.pick([
        ["We use cookies to give you the best experience on our website. By continuing you agree "
         "to our use of cookies.", "Accept"],
        ["This site uses cookies. Learn more", "OK"],
        ["🍪 We value your privacy. We and our partners use cookies to personalise ads and "
         "measure traffic.", "Accept all", "Reject all", "Manage preferences"],
        ["By using this website, you agree to our use of cookies.", "Got it!"],
        ["Cookie settings", "Accept cookies"],
        ["This website uses cookies to improve your experience. We'll assume you're ok with "
         "this, but you can opt-out if you wish. Accept Read More"],
    ])
    return [BP("cookie_notice", t) for t in v]


def advertisement(c: Ctx) -> list[L]:
    return [BP("advertisement_label", c.pick([
        "Advertisement", "ADVERTISEMENT", "Sponsored", "- Advertisement -", "Sponsored Content",
        "Story continues below advertisement", "ADVERTISEMENT - CONTINUE READING BELOW",
        "Ad", "Advertisement · Scroll to continue", "[ Advertisement ]", "Paid Content",
        "SPONSORED", "Promoted",
    ]))]


def copyright_anon(c: Ctx) -> list[L]:
    y = c.rng.choice([2023, 2024, 2025])
    return [BP("copyright_notice", c.pick([
        f"© {y} All rights reserved.", f"Copyright © {y}. All Rights Reserved.",
        "All rights reserved.", f"(c) {y} — all rights reserved", f"© 2019–{y}",
        "Copyright ©" + str(y) + " | Powered by WordPress",
    ]))]


def republish(c: Ctx) -> list[L]:
    return [BP("republish_notice", c.pick([
        "This material may not be published, broadcast, rewritten or redistributed.",
        "All rights reserved. This material may not be published, broadcast, rewritten, or "
        "redistributed without permission.",
        "THIS MATERIAL MAY NOT BE PUBLISHED, BROADCAST, REWRITTEN OR REDISTRIBUTED.",
        "This article may not be reproduced or republished in whole or in part without written "
        "consent.",
        "Reproduction in whole or in part is prohibited.",
    ]))]


def author_bio_anon(c: Ctx) -> list[L]:
    v = c.pick([
        ["About the Author", "Our staff writer covers city hall, transit and anything that "
         "makes a neighbourhood tick. Tips welcome."],
        ["ABOUT THE AUTHOR", "A lifelong gamer and former QA tester who writes about consoles, "
         "PC hardware and the business of play."],
        ["About the author: a freelance writer with a decade of experience in personal "
         "finance."],
        ["Editorial Team", "The newsroom team curates the day's top stories for our readers."],
    ])
    return [BP("author_bio", t) for t in v]


def reaction_counter(c: Ctx) -> list[L]:
    r = c.rng
    v = c.pick([
        [f"👍 {r.randint(1, 99)} Like", f"😮 {r.randint(0, 20)}", f"😢 {r.randint(0, 9)}"],
        [f"Like ({r.randint(0, 300)})", f"Dislike ({r.randint(0, 40)})"],
        [f"❤️ {r.randint(1, 999)}  💬 {r.randint(0, 80)}"],
        [f"Happy {r.randint(0, 60)}", f"Sad {r.randint(0, 20)}", f"Angry {r.randint(0, 20)}"],
        [f"👏 {r.randint(1, 9)}.{r.randint(0, 9)}K"],
        [f"{r.randint(2, 90)} Likes · {r.randint(0, 12)} Restacks"],
        [f"Was this helpful? Yes ({r.randint(0, 40)}) No ({r.randint(0, 12)})"],
        [f"🔥 {r.randint(1, 200)} ⬆️ {r.randint(1, 400)}"],
    ])
    return [BP("reaction_counter", t) for t in v]


def stray_id(c: Ctx) -> list[L]:
    r = c.rng
    hexs = "".join(r.choice("0123456789abcdef") for _ in range(r.choice([8, 13, 32, 40])))
    v = c.pick([
        hexs, f"{hexs[:13]}.{r.randint(10000000, 99999999)}", f"post-{r.randint(1000, 99999)}",
        f"ID: {r.randint(100000, 999999)}", f"#{r.randint(10000, 99999)}",
        f"{r.randint(10**9, 10**10 - 1)}", f"msg_{hexs[:10]}", f"[{hexs[:8]}]",
    ])
    return [BP("stray_id", v)]


def photo_caption_anon(c: Ctx) -> list[L]:
    return [BP("photo_caption", c.pick([
        "Supporters gather outside the building on Tuesday evening.",
        "A view of the site seen from the air.",
        "File photo.",
        "FILE - The entrance to the company's headquarters is seen in this undated photo.",
        "Representational image.",
        "Players celebrate after the final whistle.",
        "(Image for representation purposes only)",
        "The new device on display at the launch event.",
    ]))]


def email_placeholder(c: Ctx) -> list[L]:
    return [BP("email_placeholder", c.pick([
        "[email protected]", "Contact: [email protected]", "Email: [email protected]",
        "📩 [email protected]", "Send tips to [email protected]",
        "Questions? Write to [email protected]",
    ]))]


def nav_menu(c: Ctx) -> list[L]:
    r = c.rng
    items = r.sample(["Home", "News", "Local", "Sports", "Weather", "Business", "Entertainment",
                      "Tech", "Opinion", "Video", "Podcasts", "Markets", "Crypto", "Lifestyle",
                      "Contact", "Watch Live", "Traffic", "Obituaries", "Events", "Deals"],
                     r.randint(4, 8))
    mode = r.random()
    if mode < 0.4:
        sep = r.choice([" | ", " · ", "  ", " / "])
        return [BP("nav_menu", sep.join(items))]
    if mode < 0.6:
        return [BP("nav_menu", " ".join(x.upper() for x in items))]
    return [BP("nav_menu", x) for x in items]


def skip_link(c: Ctx) -> list[L]:
    return [BP("skip_link", c.pick(["Skip to content", "Skip to main content",
                                    "Skip to navigation", "SKIP TO CONTENT",
                                    "Jump to content", "Skip to main content ↓"]))]


def footer(c: Ctx) -> list[L]:
    r = c.rng
    items = r.sample(["About", "About Us", "Contact", "Contact Us", "Privacy Policy", "Terms",
                      "Terms of Use", "Careers", "Advertise", "Advertise with us", "Sitemap",
                      "Accessibility", "Do Not Sell My Personal Information", "FCC Public File",
                      "EEO Report", "Cookie Policy", "RSS", "Corrections", "Ethics Policy"],
                     r.randint(3, 7))
    if r.random() < 0.45:
        sep = r.choice([" | ", " · ", " — ", " • "])
        return [BP("footer_link", sep.join(items))]
    return [BP("footer_link", x) for x in items]


def reading_time(c: Ctx) -> list[L]:
    r = c.rng
    return [BP("reading_time", c.pick([
        f"{r.randint(2, 14)} min read", f"Reading time: {r.randint(2, 9)} minutes",
        "Listen to this article", f"⏱ {r.randint(2, 9)} min", f"Estimated read: {r.randint(2, 9)} min",
        f"{r.randint(2, 9)} MIN READ", f"🎧 Listen · {r.randint(2, 9)}:{r.randint(10, 59)}",
    ]))]


def relative_date(c: Ctx) -> list[L]:
    r = c.rng
    return [BP("date_line", c.pick([
        f"Updated {r.randint(2, 11)} hours ago", f"Published {r.randint(2, 50)} minutes ago",
        "Posted yesterday", f"{r.randint(2, 6)} days ago", "Last updated: just now",
    ]))]


def shortcode(c: Ctx) -> list[L]:
    return [BP("shortcode", c.pick(["[ad_1]", "[ad_2]", f"[adsense id=\"{c.rng.randint(1, 99)}\"]",
                                    "[/embed]", "[td_block_ad_box spot_id=\"custom_ad_1\"]",
                                    "{{ad-slot-2}}", "[sponsored_post]"]))]


def pr_markers(c: Ctx) -> list[L]:
    return [BP("pr_end_mark", c.pick(["###", "# # #", "-30-", "— END —"]))]


def forum_chrome(c: Ctx) -> list[L]:
    r = c.rng
    v = c.pick([
        [f"Joined: {r.choice(['Mar', 'Jun', 'Sep', 'Dec'])} 20{r.randint(10, 21)}",
         f"Posts: {r.randint(12, 9000)}"],
        [f"#{r.randint(1, 40)}", "Quote", "Reply"],
        ["Reply With Quote"],
        [f"Last edited: {r.randint(2, 9)} hours ago"],
        ["Report post", "Quote", "Multi-Quote"],
        ["Thread starter", f"Replies: {r.randint(1, 300)}", f"Views: {r.randint(100, 90000)}"],
        ["You must log in or register to reply here."],
    ])
    return [BP("forum_chrome", t) for t in v]


def bot_chrome(c: Ctx) -> list[L]:
    r = c.rng
    v = c.pick([
        [f"👁 {r.randint(100, 30000)}", "Forwarded message"],
        [f"🤖 Posted automatically by {c.site}", "Via RSS"],
        [f"views: {r.randint(100, 9999)} · edited"],
        ["━━━━━━━━━━━━"],
        ["🔔 Turn on notifications so you never miss an update"],
    ])
    return [BP("bot_chrome", t) for t in v]


def substack_chrome(c: Ctx) -> list[L]:
    v = c.pick([
        [f"Discover more from {c.site}", "Continue reading", "Sign in"],
        ["Already have an account? Sign in"],
        ["Ready for more?"],
        ["This post is for paid subscribers", "Upgrade to paid"],
        [f"You've successfully subscribed to {c.site}!"],
        ["Great! Check your inbox and click the link to confirm your subscription."],
        ["Powered by Ghost"],
        ["Sign up for free", "Members only"],
        ["--", "Follow"],
    ])
    kind = "newsletter_promo" if v[0] not in ("Powered by Ghost", "--") else "ui_word"
    return [BP(kind, t) for t in v]


# ------------------------------------------------------------------------------ kinds with facts


def title_lines(c: Ctx, suffix: bool, site_suffix_name: str | None = None) -> L:
    if not suffix:
        return L(c.title, "title", None, [F("title", c.title, c.title)],
                 {"title_text": c.title, "site_suffix": None})
    name = site_suffix_name or c.site
    sep = c.pick([" | ", " - ", " – ", " — ", " | ", " :: ", " · "])
    text = f"{c.title}{sep}{name}"
    facts = [F("title", c.title, c.title)]
    if c.can("site_name"):
        facts.append(F("site_name", name, name, nth=0 if name not in c.title else 1))
        c.take("site_name")
    return L(text, "title", None, facts, {"title_text": c.title, "site_suffix": name})


def breadcrumb_title_f(c: Ctx, section: str) -> list[L]:
    sep = c.pick([" » ", " > ", " / ", " › "])
    crumb = f"Home{sep}{section}{sep}"
    text = crumb + c.title
    facts = []
    if c.can("section"):
        facts.append(F("section", section, section))
        c.take("section")
    return [L(text, "boilerplate", "breadcrumb_title", facts,
              {"title_text": c.title, "site_suffix": None, "breadcrumb": crumb})]


def section_label_f(c: Ctx, section: str) -> list[L]:
    t = c.pick([section, section.upper(), f"Category: {section}", f"Filed under: {section}",
                f"» {section}", f"Section: {section}", f"{section} 〉"])
    ev = section.upper() if t == section.upper() else section
    facts = []
    if c.can("section"):
        facts.append(F("section", section, ev))
        c.take("section")
    return [BP("section_label", t, *facts)]


def byline_f(c: Ctx, authors: list[str], date: D | None, agency: str | None = None) -> list[L]:
    names = " and ".join(authors) if len(authors) <= 2 else (
        ", ".join(authors[:-1]) + " and " + authors[-1])
    pre = c.pick(["By ", "By ", "BY ", "Written by ", "Posted by ", "Story by ", "Words: ",
                  "Reporting by ", "Author: "])
    shown = names.upper() if pre == "BY " else names
    t = pre + shown
    facts: list[F] = []
    if c.facts_ok:
        for a in authors:
            facts.append(F("authors", a, a.upper() if pre == "BY " else a))
    if agency:
        t += f", {agency}" if agency != "AP" else c.pick([", Associated Press", ", The Associated Press"])
        ev = "Associated Press" if agency == "AP" else agency
        facts.append(credit(ev, agency))
    if date:
        sep = c.pick([" | ", " · ", " — ", "\u00a0|\u00a0", " on ", ", "])
        t += sep + date.text
        if c.can("published"):
            facts.append(F("published", date.value, date.text, date.aliases))
            c.take("published")
            c.pub = date.value[:19]
    return [BP("byline", t, *facts)]


def date_line_f(c: Ctx, which: str) -> list[L]:
    d = fmt_date(c.rng)
    for _ in range(50):  # an update comes after the publication
        if which != "updated" or c.pub is None or d.value[:19] >= c.pub:
            break
        d = fmt_date(c.rng)
    if which == "published" and c.can("published"):
        c.pub = d.value[:19]
    if which == "published":
        lab = c.pick(["Published: ", "Published ", "Posted on ", "Date: ", "Posted: ",
                      "First published ", "Published on ", "PUBLISHED: ", "🕒 Posted "])
    else:
        lab = c.pick(["Updated: ", "Updated ", "Last updated: ", "Last modified: ",
                      "UPDATED ", "Updated on ", "Last Updated "])
    t = lab + d.text
    facts = []
    if c.can(which):
        facts.append(F(which, d.value, d.text, d.aliases))
        c.take(which)
    return [BP("date_line", t, *facts)]


def tag_line_f(c: Ctx) -> list[L]:
    tags = c.rng.sample(TAGS, c.rng.randint(2, 5))
    mode = c.pick(["Tags: ", "TAGS: ", "Topics: ", "Tagged ", "#", "Filed in: ", "Labels: "])
    if mode == "#":
        shown = ["".join(w[:1].upper() + w[1:] for w in t.split()) for t in tags]
        text = " ".join("#" + s for s in shown)
        facts = [F("tags", s, s) for s in shown] if c.can("tags") else []
    else:
        sep = c.pick([", ", " · ", " | ", ", "])
        text = mode + sep.join(tags)
        facts = [F("tags", t, t) for t in tags] if c.can("tags") else []
    if facts:
        c.take("tags")
    # make evidence unique-first: find after the label
    for f in facts:
        f.nth = 0
    return [BP("tag_line", text, *facts)]


def tag_list_f(c: Ctx) -> list[L]:
    tags = c.rng.sample(TAGS, c.rng.randint(2, 5))
    header = c.pick(["Tags", "TAGS", "Topics", "In:", "Related topics", "- In:", "Tagged:"])
    b = c.pick(["- ", "• ", "", "#"])
    out = [BP("tag_list_header", header)]
    ok = c.can("tags")
    for t in tags:
        out.append(BP("tag_item", b + t, *([F("tags", t, t)] if ok else [])))
    if ok:
        c.take("tags")
    return out


def photo_credit_f(c: Ctx) -> list[L]:
    who = c.pick(PHOTOGS)
    agency = c.pick(["AFP", "Getty Images", "AP", "Reuters", "Shutterstock", None, "Unsplash",
                     "AFP via Getty Images", None])
    credit_txt = f"{who}/{agency}" if agency else who
    label = c.pick(["Photo: ", "Photo: ", "Image: ", "Credit: ", "Image source: ",
                    "Photograph: ", "PHOTO: ", "(Photo by ", "Photo credit: "])
    if label == "Image source: " and c.rng.random() < 0.5:
        credit_txt = c.pick(["Pexels", "Unsplash", "Pixabay", "company handout"])
        agency = None
    t = label + credit_txt + (")" if label.startswith("(") else "")
    facts = []
    if c.can("photo_credit"):
        facts.append(F("photo_credit", credit_txt, credit_txt))
        c.take("photo_credit")
        if agency in ("AFP", "AP", "Reuters", "AFP via Getty Images"):
            ag = agency.split()[0]
            facts.append(credit(ag, ag))
    return [BP("photo_credit", t, *facts)]


def photo_caption_credit_f(c: Ctx) -> list[L]:
    """Caption and credit on one line."""
    cap = c.pick(["Fans wait outside the arena before the game.",
                  "The company's new headquarters, pictured last year.",
                  "Firefighters work through the night near the ridge.",
                  "Council members listen during Tuesday's meeting.",
                  "A trader works on the floor of the exchange."])
    who = c.pick(PHOTOGS)
    src = c.pick(["Getty Images", "AFP via Getty Images", "file photo", "courtesy of the team"])
    cr = f"{who}/{src}" if src not in ("file photo", "courtesy of the team") else f"{who}, {src}"
    t = f"{cap} (Photo by {cr})"
    facts = []
    if c.can("photo_credit"):
        facts.append(F("photo_credit", cr, cr))
        c.take("photo_credit")
        if src.startswith("AFP"):
            facts.append(credit("AFP", "AFP"))
    return [BP("photo_caption", t, *facts)]


def copyright_site_f(c: Ctx) -> list[L]:
    """Copyright line naming the site (only used when the title suffix names the same site)."""
    y = c.rng.choice([2023, 2024, 2025])
    t = c.pick([f"© {y} {c.site}. All rights reserved.", f"Copyright © {y} {c.site}",
                f"© {c.site} {y} | All Rights Reserved", f"Copyright {y} {c.site}, Inc."])
    facts = []
    if c.can("site_name"):
        facts.append(F("site_name", c.site, c.site))
        c.take("site_name")
    return [BP("copyright_notice", t, *facts)]


def copyright_wire_f(c: Ctx) -> list[L]:
    y = c.rng.choice([2023, 2024, 2025])
    ag, ev, t = c.pick([
        ("AP", "The Associated Press", f"Copyright {y} The Associated Press. All rights reserved."),
        ("AP", "The Associated Press", f"© {y} The Associated Press"),
        ("Reuters", "Thomson Reuters", f"© Thomson Reuters {y}"),
        ("AFP", "AFP", f"© AFP {y}"),
        ("UPI", "United Press International", f"Copyright {y} United Press International, Inc."),
    ])
    return [BP("copyright_notice", t, credit(ev, ag))]


def wire_credit_f(c: Ctx) -> list[L]:
    ag, ev, t = c.pick([
        ("Reuters", "Reuters", "(With inputs from Reuters)"),
        ("AP", "The Associated Press", "— The Associated Press contributed to this report."),
        ("AFP", "AFP", "— AFP"),
        ("Reuters", "Reuters", "(Reporting by Reuters; editing by staff)"),
        ("AP", "AP", "Copy via AP wire"),
        ("Bloomberg", "Bloomberg", "—With assistance from Bloomberg"),
        ("AFP", "Agence France-Presse", "(Agence France-Presse)"),
        ("UPI", "UPI", "Distributed by UPI"),
    ])
    return [BP("wire_credit_line", t, credit(ev, ag))]


def wire_credit_anon(c: Ctx) -> list[L]:
    return [BP("wire_credit_line", c.pick(["(With inputs from agencies)", "— Agencies",
                                           "(With agency inputs)", "Inputs from wire services."]))]


OUTLETS = [("Harbor Gazette", "harborgazette.com"), ("Ridgeview Ledger", "ridgeviewledger.com"),
           ("The Caldwell Times", "caldwelltimes.net"), ("Metro Dispatch", "metrodispatch.news"),
           ("Pinecrest Post", "pinecrestpost.org"), ("Lakeshore Observer", "lakeshoreobserver.com"),
           ("Bayline Business Journal", "baylinebiz.com"), ("Crypto Frontier", "cryptofrontier.io"),
           ("Stadium Daily", "stadiumdaily.com"), ("The Northgate Record", "northgaterecord.co.uk")]


def originally_appeared_f(c: Ctx) -> list[L]:
    name, host = c.outlet
    t = c.pick([
        f"This article originally appeared on {name}.",
        f"This story was first published by {name} and is republished here with permission.",
        f"Originally published on {name}",
        f"Republished with permission from {name}.",
        f"This post first appeared on {name} — read it there »",
        f"The article above originally ran in {name}.",
        f"Source: {name}",
        f"Via {name}",
    ])
    facts = []
    if c.can("publisher"):
        facts.append(F("publisher", name, name))
        c.take("publisher")
    return [BP("originally_appeared", t, *facts)]


def original_url_f(c: Ctx) -> list[L]:
    name, host = c.outlet
    slug = "-".join(c.title.lower().replace("’", "").replace("'", "").split()[:8])
    slug = "".join(ch for ch in slug if ch.isalnum() or ch == "-")
    www = c.rng.random() < 0.6
    h = ("www." if www else "") + host
    path = c.pick([f"/news/{slug}", f"/{c.rng.randint(2023, 2025)}/{c.rng.randint(1, 12):02d}/{slug}/",
                   f"/article/{slug}-{c.rng.randint(100000, 999999)}", f"/story/{slug}.html"])
    url = f"https://{h}{path}"
    mode = c.pick(["bare", "bare", "label", "title"])
    if mode == "bare":
        t = url
    elif mode == "label":
        t = c.pick(["Original article: ", "Source URL: ", "Original: "]) + url
    else:
        t = f"{url} {c.title}"
    facts = []
    if c.can("original_url"):
        facts.append(F("original_url", url, url))
        c.take("original_url")
        if c.can("publisher"):
            label = host.split(".")[0]
            al = [x for x in ["www." + host, label, name] if x]
            facts.append(F("publisher", host, h, al))
            c.take("publisher")
    return [BP("original_url_line", t, *facts)]


def publisher_promo_f(c: Ctx) -> list[L]:
    name, _h = c.outlet
    t = c.pick([
        f"Catch the latest headlines and live updates on {name}.",
        f"For more stories like this, visit {name}.",
        f"Get all the latest business news on {name}",
        f"Read more local coverage on {name}",
        f"Stay ahead with breaking news from {name}.",
    ])
    facts = []
    if c.can("publisher"):
        facts.append(F("publisher", name, name))
        c.take("publisher")
    return [BP("publisher_promo", t, *facts)]


def click_here_promo(c: Ctx) -> list[L]:
    return [BP("click_here_promo", c.pick([
        "For all the latest headlines, Click Here", "Click here for more updates",
        "CLICK HERE to get breaking alerts", "For the latest sports news click here »",
        "Want more? Click here.",
    ]))]


def syndication_f(c: Ctx) -> list[L]:
    name, _h = c.outlet
    inner = c.pick([
        f"This story has been published from a wire agency feed without modifications to the "
        f"text. Only the headline has been changed by {name}.",
        f"This article was automatically generated from a syndicated feed; {name} has not "
        f"edited it.",
        f"Content syndicated via {name}. Headline and text unedited.",
        f"Published via a content partnership with {name}.",
    ])
    wrap = c.pick(["()", "[]", "", "**"])
    t = (wrap[0] + inner + wrap[1]) if len(wrap) == 2 and wrap != "**" else (
        f"*{inner}*" if wrap == "**" else inner)
    facts = []
    if c.can("syndication"):
        facts.append(F("syndication", inner, inner))
        c.take("syndication")
    if c.can("publisher"):
        facts.append(F("publisher", name, name))
        c.take("publisher")
    return [BP("syndication_notice", t, *facts)]


AGGREGATORS = ["NewsPulse Hub", "FeedFountain", "HeadlineHarvest", "NewsGrid 24", "AllTheWire",
               "Newsdeck", "Briefly Daily", "PressScope"]


def aggregator_disclaimer_f(c: Ctx, name: str) -> list[L]:
    n = c.pick(["24", "48", "72"])
    t = c.pick([
        f"Disclaimer: {name} is an automated news aggregator. All content belongs to its "
        f"respective publisher; we do not claim ownership.",
        f"{name} collects headlines automatically from the open web. Trademarks and images are "
        f"the property of their owners. Removal requests are handled within {n} hours.",
        f"DISCLAIMER — {name} does not create this content. It is aggregated from RSS feeds; "
        f"write to [email protected] and we will delete it within {n} hours.",
        f"Note: {name} is a news aggregation service. The article above is reproduced "
        f"automatically and all rights remain with the original publisher.",
        f"Denial of liability: {name} only indexes stories published elsewhere.",
    ])
    facts = []
    if c.can("aggregator"):
        facts.append(F("aggregator", name, name))
        c.take("aggregator")
    return [BP("aggregator_disclaimer", t, *facts)]


def author_bio_f(c: Ctx, author: str) -> list[L]:
    first = author.split()[0]
    v = c.pick([
        ["About the Author", f"{author} is a senior reporter covering technology and policy."],
        [f"{author} writes about markets and personal finance. Follow {first} on X."],
        ["ABOUT THE AUTHOR", f"{author} has covered local government for more than a decade."],
        [f"Written by {author}", f"{first} is a contributing editor. View all posts →"],
    ])
    return [BP("author_bio", t) for t in v]
