#!/usr/bin/env python3
"""Generate the blind_a corpus (150 documents) -> corpus.jsonl.

Deterministic: seeded random.Random, stdlib only, no network. Written blind to newsclean.
Usage: python3 benchmarks/blind_a/generate.py [--seed N] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bodies as BO  # noqa: E402
import intl  # noqa: E402
import wordings as W  # noqa: E402
from kit import BP, DAYS, B, F, L, assemble, credit, fmt_date  # noqa: E402

GT = Path("/work/shared/bench/article-extraction-benchmark/ground-truth.json")
N_DOCS = 150

SITES: dict[str, list[tuple[str, str]]] = {
    "ghost_substack": [("The Margin Notes", "marginnotes.substack.com"),
                       ("Lowtide Dispatch", "lowtide.blog"), ("Signal & Static", "signalstatic.pub"),
                       ("Quiet Ledger", "quietledger.ghost.io"), ("Field Notes Weekly", "fieldnotes.weekly")],
    "blogspot": [("Rustbelt Rambler", "rustbeltrambler.blogspot.com"),
                 ("Island Politics Watch", "islandpoliticswatch.blogspot.com"),
                 ("Offside Opinions", "offsideopinions.blogspot.com"),
                 ("Kettle Creek Notebook", "kettlecreeknotebook.blogspot.com")],
    "drupal_joomla": [("The Carden Valley Courier", "cardenvalleycourier.com"),
                      ("Ashby Herald-Tribune", "ashbyherald.com"), ("Northfield Examiner", "northfieldexaminer.com"),
                      ("Port Wessex Mercury", "portwessexmercury.co.uk"), ("Daily Lantern", "dailylantern.news")],
    "station": [("WKRV News 9", "wkrv9.com"), ("KDTO 4 Action News", "kdto4.com"),
                ("NewsRadio 1040 WJRB", "wjrb1040.com"), ("Channel 27 Tri-Cities", "ch27tricities.com"),
                ("KQTL NewsTalk 880", "kqtl880.com")],
    "sports_ent": [("Gridiron Pulse", "gridironpulse.com"), ("Courtside Wire", "courtsidewire.net"),
                   ("ReelChatter", "reelchatter.com"), ("StarGlow Daily", "starglowdaily.com"),
                   ("PitchSide 90", "pitchside90.com")],
    "finance_crypto": [("CoinTidal", "cointidal.io"), ("BlockMeridian", "blockmeridian.com"),
                       ("Ticker Harbor", "tickerharbor.com"), ("Ledgerline Markets", "ledgerline.markets"),
                       ("SatoshiBeat", "satoshibeat.news")],
    "tech_blog": [("Byteforge", "byteforge.dev"), ("Kernel Panic Weekly", "kernelpanicweekly.com"),
                  ("GadgetLoft", "gadgetloft.net"), ("DevNook", "devnook.io")],
    "pr_wire": [("BusinessTideWire", "businesstidewire.com"), ("PressBeacon", "pressbeacon.com"),
                ("GlobeRelease Network", "globerelease.net")],
    "gnews_aggregator": [("NewsPulse Hub", "newspulsehub.com"), ("FeedFountain", "feedfountain.net"),
                         ("HeadlineHarvest", "headlineharvest.com"), ("NewsGrid 24", "newsgrid24.com")],
    "amp_flat": [("Metro Dispatch", "metrodispatch.news"), ("The Caldwell Times", "caldwelltimes.net"),
                 ("Stadium Daily", "stadiumdaily.com")],
    "forum_repost": [("RetroTalk Forums", "retrotalk.net"), ("CityBoards", "cityboards.org"),
                     ("OverclockerDen", "overclockerden.com")],
    "bot_repost": [("WorldNews Feed Bot", "t.me/worldnews_feedbot"), ("RSS Relay", "rssrelay.app"),
                   ("Daily Brief Bot", "t.me/dailybriefbot")],
}

PLAN: list[tuple[str, int]] = [
    ("ghost_substack", 11), ("blogspot", 10), ("drupal_joomla", 11), ("station", 10),
    ("sports_ent", 9), ("finance_crypto", 9), ("tech_blog", 8), ("pr_wire", 10),
    ("gnews_aggregator", 8), ("amp_flat", 7), ("forum_repost", 7), ("bot_repost", 6),
    ("clean", 15), ("nofacts", 20), ("intl", 9),
]

JUNK = re.compile(r"^(https?://|www\.)|Image credit|See it now|Getty Images|Photo:|^By |"
                  r"^Credit|^Advertisement|^Related|^Read more|^Sign up|^Subscribe|^Follow",
                  re.I)
DATELINE = re.compile(r"^(?:[A-Z][A-Za-z.,' -]{1,40} )?\((AP|Reuters|AFP|UPI|Bloomberg)\) ?[—–-]")
ENGLISH = {"the", "and", "of", "to", "in", "a", "is", "that", "for", "was", "on", "with"}


# ------------------------------------------------------------------------------ bodies


def load_bodies() -> list[tuple[str, str, list[str]]]:
    data = json.loads(GT.read_text(encoding="utf-8"))
    out = []
    for key in sorted(data):
        paras = [p.strip() for p in data[key]["articleBody"].split("\n") if p.strip()]
        words = " ".join(paras).lower().split()
        if len(words) < 120:
            continue
        if sum(w in ENGLISH for w in words) / len(words) < 0.12:
            continue
        paras = [p for p in paras if len(p.split()) >= 3 and not JUNK.search(p)
                 and not re.search(r"[\u2028\u2029\x0b\x0c\x1c-\x1e\x85\r]", p)]
        if len(paras) >= 4:
            out.append((key, data[key].get("url", ""), paras))
    return out


LEAD_DATELINE = re.compile(r"^(?:[A-Z][A-Za-z.,' ]{1,40}?(?: \(\w+\))? ?[—–-]{1,2} |\(\w+\) [—–-]{1,2} )")


def make_title(rng: random.Random, url: str, paras: list[str]) -> str:
    """A headline from the URL slug, else from the first longer sentence (dateline cut off)."""
    slug = url.rstrip("/").split("/")[-1]
    slug = re.sub(r"\.(html?|php)$", "", slug)
    words = [w for w in re.split(r"[-_]+", slug)
             if w and not re.fullmatch(r"\d{4,}|[0-9a-f]{8,}", w)]
    if len(words) >= 5 and all(re.fullmatch(r"[A-Za-z']+|\d{1,3}", w) for w in words):
        words = words[:14]
        if rng.random() < 0.5:
            t = " ".join(w.capitalize() for w in words)
        else:
            t = " ".join(words)
            t = t[0].upper() + t[1:]
        return t.strip()
    for p in paras:
        p = LEAD_DATELINE.sub("", p)
        p = re.sub(r"^(?:[A-Z][A-Za-z ]{1,20} )?\([A-Za-z ]{2,20}\) ", "", p)
        first = re.split(r"(?<=[.!?])\s", p)[0]
        ws = first.rstrip(".").split()
        if len(ws) < 6 or ":" in " ".join(ws[:16]):
            continue
        if len(ws) > 16:
            cut = [i for i, w in enumerate(ws[:16]) if w.endswith(",") and i >= 5]
            ws = ws[: cut[0] + 1] if cut else ws[:10]
        t = " ".join(ws).rstrip(",;:—-")
        return t[0].upper() + t[1:]
    return rng.choice(BO.HEADLINES)


def dressed_body(rng: random.Random, paras: list[str], c: W.Ctx, allow_agency: bool
                 ) -> list[L]:
    """Body lines: a run of benchmark paragraphs plus written traps, subheads, quotes, lists."""
    n = rng.randint(4, 12)
    start = rng.randint(0, max(0, len(paras) - n)) if rng.random() < 0.4 else 0
    chosen = paras[start:start + n]
    total, keep = 0, []
    for p in chosen:
        if total + len(p) > 5000 and len(keep) >= 3:
            break
        keep.append(p)
        total += len(p)
    lines: list[L] = []
    for p in keep:
        m = DATELINE.match(p)
        ln = B(p)
        if m:
            ag = m.group(1)
            ln.facts.append(credit(f"({ag})", ag))
        lines.append(ln)
    has_dl = any(DATELINE.match(p) for p in keep)
    if not has_dl and rng.random() < 0.35:
        opts = [d for d in BO.DATELINES if allow_agency or d[1] is None]
        pre, ag, ev = rng.choice(opts)
        first = lines[0].text
        lines[0] = B(pre + first[0].upper() + first[1:] if pre else first)
        if ag:
            lines[0].facts.append(credit(ev, ag))
    extras: list[list[L]] = []
    for t in rng.sample(BO.TRAPS, rng.choice([0, 1, 1, 2, 3])):
        extras.append([B(t)])
    if rng.random() < 0.35:
        extras.append([B(rng.choice(BO.SUBHEADS))])
    if rng.random() < 0.3:
        extras.append([B(rng.choice(BO.QUOTES))])
    if rng.random() < 0.2:
        head, items = rng.choice(BO.BULLET_SETS)
        extras.append([B(head)] + [B(x) for x in items])
    for ex in extras:
        pos = rng.randint(1, len(lines))
        lines[pos:pos] = ex
    for ln in lines:
        if rng.random() < 0.04:
            ln.text += rng.choice([" ", "  ", "\u00a0"])
    return lines


def insert_mid(rng: random.Random, body: list[L], gens: list[Callable[[], list[L]]],
               k: int) -> list[L]:
    out = list(body)
    for _ in range(k):
        if not gens or len(out) < 3:
            break
        g = rng.choice(gens)
        pos = rng.randint(1, len(out) - 1)
        out[pos:pos] = g()
    return out


# ------------------------------------------------------------------------------ families


def maybe(rng: random.Random, p: float, fn: Callable[[], list[L]]) -> list[L]:
    return fn() if rng.random() < p else []


def fam_ghost(c: W.Ctx, r: random.Random, authors: list[str]) -> tuple[list[L], list[L], list]:
    head: list[L] = []
    head += maybe(r, 0.3, lambda: W.nav_menu(c))
    head.append(W.title_lines(c, r.random() < 0.4))
    d = fmt_date(r, r.choice(["date_long", "date_abbr", "date_dmy"]))
    if r.random() < 0.5:
        head += W.byline_f(c, authors[:1], d)
    else:
        head += W.byline_f(c, authors[:1], None)
        head.append(BP("date_line", f"{W.reading_time(c)[0].text} · {d.text}",
                       *([F("published", d.value, d.text, d.aliases)] if c.can("published") else [])))
        c.take("published")
    head += maybe(r, 0.5, lambda: W.share_row(c))
    tail: list[L] = []
    tail += maybe(r, 0.5, lambda: W.reaction_counter(c))
    tail += W.substack_chrome(c)
    tail += maybe(r, 0.5, lambda: W.newsletter_promo(c))
    tail += maybe(r, 0.4, lambda: W.comment_form(c))
    tail += maybe(r, 0.4, lambda: W.tag_line_f(c))
    tail += maybe(r, 0.5, lambda: W.more_stories(c))
    tail += maybe(r, 0.3, lambda: W.author_bio_f(c, authors[0]))
    tail += maybe(r, 0.3, lambda: W.podcast_promo(c))
    tail += maybe(r, 0.4, lambda: W.copyright_site_f(c) if "site_name" in c.used
                  else W.copyright_anon(c))
    mids = [lambda: W.newsletter_promo(c), lambda: W.also_read(c)]
    return head, tail, mids


def fam_blogspot(c: W.Ctx, r: random.Random, authors: list[str]) -> tuple[list[L], list[L], list]:
    head: list[L] = []
    if r.random() < 0.5:
        head.append(BP("site_header", c.site))
        head.append(BP("site_header", r.choice(["Thoughts on everything, mostly politics.",
                                               "A blog about the game we love",
                                               "Notes from a small town"])))
    d = fmt_date(r, r.choice(["date_long", "date_dmy"]))
    wd = DAYS[datetime.fromisoformat(d.value).weekday()]
    dl = f"{wd}, {d.text}"
    head.append(BP("date_line", dl, *([F("published", d.value, d.text, d.aliases)])))
    c.take("published")
    head.append(W.title_lines(c, False))
    tail: list[L] = []
    ptime = f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(['AM', 'PM'])}"
    tail.append(BP("byline", f"Posted by {authors[0]} at {ptime}", F("authors", authors[0], authors[0])))
    tail += W.share_row(c) if r.random() < 0.3 else [
        BP("share_row", "Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest")]
    if r.random() < 0.6:
        tags = r.sample(W.TAGS, r.randint(1, 4))
        tail.append(BP("tag_line", "Labels: " + ", ".join(tags), *[F("tags", t, t) for t in tags]))
        c.take("tags")
    tail += maybe(r, 0.5, lambda: W.reaction_counter(c) if r.random() < 0.5 else [
        BP("reaction_counter", f"Reactions: funny ({r.randint(0, 9)}) interesting ({r.randint(0, 9)}) cool ({r.randint(0, 9)})")])
    tail += [BP("comment_form", t) for t in r.choice([
        [f"{r.randint(1, 30)} comments:", "Post a Comment"], ["No comments:", "Post a Comment"],
        ["Post a Comment"]])]
    tail += [BP("prev_next_link", t) for t in r.choice([["Newer Post", "Older Post", "Home"],
                                                        ["Newer Post Older Post Home"]])]
    tail.append(BP("feed_link", r.choice(["Subscribe to: Post Comments (Atom)",
                                          "Subscribe to: Posts (Atom)"])))
    tail += maybe(r, 0.6, lambda: W.ranking(c))
    if r.random() < 0.5:
        tail.append(BP("archive_link", "Blog Archive"))
        for y in (2025, 2024, 2023)[: r.randint(1, 3)]:
            tail.append(BP("archive_link", f"► {y} ({r.randint(3, 60)})"))
    tail += maybe(r, 0.3, lambda: W.stray_id(c))
    tail.append(BP("footer_link", r.choice(["Powered by Blogger.", "Simple theme. Powered by Blogger.",
                                            "Theme images by Gaussian_Blur. Powered by Blogger."])))
    mids = [lambda: W.photo_caption_anon(c), lambda: W.advertisement(c)]
    return head, tail, mids


def fam_drupal(c: W.Ctx, r: random.Random, authors: list[str]) -> tuple[list[L], list[L], list]:
    sec = r.choice(W.SECTIONS)
    head: list[L] = []
    head += maybe(r, 0.6, lambda: W.skip_link(c))
    head += maybe(r, 0.6, lambda: W.nav_menu(c))
    head += maybe(r, 0.3, lambda: W.cookie_notice(c))
    bc = r.random()
    if bc < 0.3:
        head += W.breadcrumb_plain(c, sec)
    elif bc < 0.6:
        head += W.breadcrumb_title_f(c, sec)
    head.append(W.title_lines(c, r.random() < 0.6))
    if r.random() < 0.5:  # Joomla article info block
        head.append(BP("article_info", r.choice(["Details", "Article Info"])))
        head += W.byline_f(c, authors[:1], None)
        head += W.section_label_f(c, sec)
        head += W.date_line_f(c, "published")
        head.append(BP("hits_counter", r.choice([f"Hits: {r.randint(50, 9000)}",
                                                 f"Views: {r.randint(50, 9000)}",
                                                 f"Read {r.randint(50, 9000)} times"])))
        head += maybe(r, 0.5, lambda: [BP("ui_word", "Print"), BP("ui_word", "Email")])
    else:
        head += W.byline_f(c, authors[:r.choice([1, 1, 2])], fmt_date(r) if r.random() < 0.6 else None)
        head += maybe(r, 0.4, lambda: W.date_line_f(c, "updated"))
        head += maybe(r, 0.3, lambda: [BP("ui_word", "A A A")])
    head += maybe(r, 0.3, lambda: W.photo_credit_f(c))
    tail: list[L] = []
    tail += maybe(r, 0.5, lambda: W.tag_list_f(c) if r.random() < 0.5 else W.tag_line_f(c))
    tail += maybe(r, 0.3, lambda: W.wire_credit_f(c))
    tail += maybe(r, 0.5, lambda: W.related(c))
    tail += maybe(r, 0.4, lambda: W.ranking(c))
    tail += maybe(r, 0.4, lambda: W.comment_form(c))
    tail += maybe(r, 0.3, lambda: W.back_to_top(c))
    tail += maybe(r, 0.6, lambda: W.footer(c))
    tail += (W.copyright_site_f(c) if "site_name" in c.used else W.copyright_anon(c)) if r.random() < 0.6 else []
    mids = [lambda: W.advertisement(c), lambda: W.photo_caption_anon(c), lambda: W.also_read(c)]
    return head, tail, mids


def fam_station(c: W.Ctx, r: random.Random, authors: list[str]) -> tuple[list[L], list[L], list]:
    head: list[L] = []
    head += maybe(r, 0.5, lambda: W.skip_link(c))
    head += maybe(r, 0.7, lambda: W.nav_menu(c))
    head += maybe(r, 0.4, lambda: [BP("ui_word", r.choice(["Watch Live", "WATCH LIVE", "Listen Live",
                                                            "▶ Live: 9 News at 6"]))])
    head += maybe(r, 0.3, lambda: [BP("weather_widget", f"{r.randint(20, 95)}°")])
    head.append(W.title_lines(c, r.random() < 0.7))
    head += W.byline_f(c, authors[:1], None)
    head += W.date_line_f(c, "published")
    head += maybe(r, 0.6, lambda: W.date_line_f(c, "updated"))
    head += maybe(r, 0.5, lambda: W.share_row(c))
    head += maybe(r, 0.4, lambda: W.photo_caption_anon(c) + W.photo_credit_f(c))
    tail: list[L] = []
    if r.random() < 0.5:
        tail += W.copyright_wire_f(c)
        tail += W.republish(c)
    else:
        tail += maybe(r, 0.5, lambda: W.republish(c))
    tail += maybe(r, 0.6, lambda: W.app_promo(c))
    tail += maybe(r, 0.5, lambda: W.trending(c))
    tail += maybe(r, 0.3, lambda: W.email_placeholder(c))
    tail += maybe(r, 0.7, lambda: W.footer(c))
    tail += (W.copyright_site_f(c) if "site_name" in c.used else W.copyright_anon(c)) if r.random() < 0.5 else []
    mids = [lambda: W.advertisement(c), lambda: W.advertisement(c), lambda: W.also_read(c)]
    return head, tail, mids


def fam_sports(c: W.Ctx, r: random.Random, authors: list[str]) -> tuple[list[L], list[L], list]:
    sec = r.choice(["NFL", "NBA", "Soccer", "Movies", "Music", "TV", "Celebrity", "College Football"])
    head: list[L] = []
    head += maybe(r, 0.5, lambda: W.nav_menu(c))
    head += maybe(r, 0.6, lambda: W.section_label_f(c, sec))
    head.append(W.title_lines(c, r.random() < 0.5))
    head += maybe(r, 0.3, lambda: [BP("title_repeat", c.title)])
    head += W.byline_f(c, authors[:1], fmt_date(r) if r.random() < 0.7 else None)
    head += maybe(r, 0.5, lambda: W.photo_caption_credit_f(c) if r.random() < 0.5 else W.photo_credit_f(c))
    head += maybe(r, 0.4, lambda: W.share_row(c))
    tail: list[L] = []
    tail += maybe(r, 0.5, lambda: W.tag_line_f(c))
    tail += maybe(r, 0.5, lambda: W.reaction_counter(c))
    tail += maybe(r, 0.5, lambda: W.more_stories(c))
    tail += maybe(r, 0.5, lambda: W.trending(c))
    tail += maybe(r, 0.4, lambda: W.social_promo(c))
    tail += maybe(r, 0.4, lambda: W.comment_form(c))
    tail += maybe(r, 0.4, lambda: W.headline_run(c))
    mids = [lambda: W.advertisement(c), lambda: W.also_read(c), lambda: W.also_read(c)]
    return head, tail, mids


def fam_finance(c: W.Ctx, r: random.Random, authors: list[str]) -> tuple[list[L], list[L], list]:
    head: list[L] = []
    if r.random() < 0.5:
        head.append(BP("ticker_strip", r.choice([
            f"BTC ${r.randint(20, 99)},{r.randint(100, 999)} ▲{r.randint(0, 9)}.{r.randint(0, 9)}%  "
            f"ETH ${r.randint(1, 4)},{r.randint(100, 999)} ▼{r.randint(0, 9)}.{r.randint(0, 9)}%",
            f"DOW {r.randint(30, 44)},{r.randint(100, 999)} +{r.randint(1, 400)} | S&P 500 "
            f"{r.randint(4, 6)},{r.randint(100, 999)} -{r.randint(1, 40)}",
            f"Bitcoin (BTC) $ {r.randint(20, 99)},{r.randint(100, 999)}.{r.randint(10, 99)} "
            f"{r.randint(0, 4)}.{r.randint(10, 99)}%"])))
    fsec = r.choice(["Markets", "Crypto", "Economy", "Bitcoin News", "Stocks"])
    head += maybe(r, 0.4, lambda: W.breadcrumb_plain(c, fsec) if r.random() < 0.5
                  else W.breadcrumb_title_f(c, fsec))
    head.append(W.title_lines(c, r.random() < 0.5))
    head += W.byline_f(c, authors[:1], fmt_date(r) if r.random() < 0.6 else None)
    head += maybe(r, 0.5, lambda: W.date_line_f(c, "updated"))
    head += maybe(r, 0.5, lambda: W.reading_time(c))
    head += maybe(r, 0.3, lambda: W.photo_credit_f(c))
    tail: list[L] = []
    tail.append(BP("investment_disclaimer", r.choice([
        "Disclaimer: This article is for informational purposes only and does not constitute "
        "financial advice. Do your own research before investing.",
        "Not investment advice. Crypto assets are volatile; you could lose all of your money.",
        "The views expressed are the author's own. Nothing here is a recommendation to buy or "
        "sell any security.",
        "DISCLOSURE: The author holds no positions in the stocks mentioned."])))
    tail += maybe(r, 0.5, lambda: W.tag_line_f(c))
    tail += maybe(r, 0.5, lambda: W.related(c))
    tail += maybe(r, 0.5, lambda: W.social_promo(c))
    tail += maybe(r, 0.4, lambda: W.newsletter_promo(c))
    tail += maybe(r, 0.3, lambda: W.author_bio_f(c, authors[0]))
    tail += maybe(r, 0.3, lambda: W.wire_credit_f(c))
    mids = [lambda: W.advertisement(c), lambda: W.also_read(c), lambda: W.newsletter_promo(c)]
    return head, tail, mids


def fam_tech(c: W.Ctx, r: random.Random, authors: list[str]) -> tuple[list[L], list[L], list]:
    head: list[L] = []
    head += maybe(r, 0.4, lambda: W.skip_link(c))
    head += maybe(r, 0.3, lambda: W.theme_license_banner(c))
    head.append(W.title_lines(c, r.random() < 0.5))
    head += W.byline_f(c, authors[:1], fmt_date(r) if r.random() < 0.7 else None)
    head += maybe(r, 0.4, lambda: W.reading_time(c))
    head += maybe(r, 0.4, lambda: W.photo_credit_f(c))
    tail: list[L] = []
    tail += maybe(r, 0.5, lambda: W.share_row(c))
    tail += maybe(r, 0.5, lambda: W.tag_list_f(c) if r.random() < 0.4 else W.tag_line_f(c))
    tail += maybe(r, 0.5, lambda: W.prev_next(c))
    tail += maybe(r, 0.4, lambda: W.author_bio_f(c, authors[0]))
    tail += maybe(r, 0.5, lambda: W.you_may_also_like(c) if r.random() < 0.5 else W.related(c))
    tail += maybe(r, 0.6, lambda: W.comment_form(c))
    tail += maybe(r, 0.3, lambda: W.back_to_top(c))
    tail += maybe(r, 0.4, lambda: W.footer(c))
    mids = [lambda: W.shortcode(c), lambda: W.also_read(c), lambda: W.advertisement(c)]
    return head, tail, mids


WIRES = ["BusinessTideWire", "PressBeacon", "GlobeRelease Network"]
ISSUERS = ["Acmetrix Labs", "Northwind Solar Inc.", "Brightpath Health", "Quarry Logistics",
           "Lumenvale Software", "Tidewater Foods Co."]


def fam_pr(c: W.Ctx, r: random.Random, authors: list[str]) -> tuple[list[L], list[L], list]:
    wire = c.site
    issuer = r.choice(ISSUERS)
    head: list[L] = []
    head += maybe(r, 0.3, lambda: [BP("section_label", r.choice(["Press Release", "PRESS RELEASE",
                                                                "Press Releases"]))])
    head.append(W.title_lines(c, r.random() < 0.4))
    head.append(BP("pr_provider", r.choice([f"NEWS PROVIDED BY {issuer}", f"Provided by {issuer}",
                                            f"Issued by: {issuer}"])))
    head += W.date_line_f(c, "published")
    head += maybe(r, 0.4, lambda: W.share_row(c))
    tail: list[L] = []
    tail += W.pr_markers(c)
    if r.random() < 0.6:
        tail.append(BP("media_contact", r.choice(["Media Contact:", "MEDIA CONTACT", "Press contact:"])))
        tail.append(BP("media_contact", r.choice(W.PEOPLE)))
        tail += W.email_placeholder(c)
    tail.append(BP("pr_source_line", r.choice([f"SOURCE {issuer}", f"Source: {issuer}"])))
    if r.random() < 0.6:
        inner = r.choice([f"This press release was distributed by {wire}.",
                          f"Distributed by {wire} on behalf of {issuer}.",
                          f"This content was issued through the press release distribution service of {wire}."])
        t = r.choice([inner, f"({inner})"])
        facts = [F("syndication", inner, inner), F("publisher", wire, wire)] if c.can("syndication") else []
        c.take("syndication")
        c.take("publisher")
        tail.append(BP("syndication_notice", t, *facts))
    tail += maybe(r, 0.6, lambda: [BP("pr_disclaimer", r.choice([
        "The views and opinions expressed in this press release are those of the issuer and do "
        "not reflect those of this website.",
        "Disclaimer: press releases are published as received. We accept no responsibility for "
        "their accuracy.",
        "This is a paid press release. Readers should do their own due diligence.",
        "Legal Disclaimer: The information in this press release is provided by a third party."]))])
    tail += maybe(r, 0.4, lambda: W.more_stories(c))
    mids: list = []
    return head, tail, mids


def fam_gnews(c: W.Ctx, r: random.Random, authors: list[str]) -> tuple[list[L], list[L], list]:
    head: list[L] = []
    head += maybe(r, 0.5, lambda: W.nav_menu(c))
    head += maybe(r, 0.3, lambda: [BP("more_stories_header", r.choice(["Top stories", "Headlines"]))])
    head.append(W.title_lines(c, r.random() < 0.4))
    head += maybe(r, 0.6, lambda: W.originally_appeared_f(c))
    head += maybe(r, 0.4, lambda: W.relative_date(c) if r.random() < 0.5 else W.date_line_f(c, "published"))
    head += maybe(r, 0.3, lambda: [BP("ui_word", r.choice(["Full coverage", "View Full Coverage", "See more headlines"]))])
    tail: list[L] = []
    tail += maybe(r, 0.5, lambda: W.read_original(c))
    tail += maybe(r, 0.4, lambda: W.original_url_f(c))
    tail += maybe(r, 0.4, lambda: W.wire_credit_f(c) if r.random() < 0.7 else W.wire_credit_anon(c))
    tail += maybe(r, 0.4, lambda: W.publisher_promo_f(c))
    tail += maybe(r, 0.3, lambda: W.click_here_promo(c))
    tail += maybe(r, 0.3, lambda: W.ui_words(c))
    tail += W.aggregator_disclaimer_f(c, c.site)
    tail += maybe(r, 0.5, lambda: W.more_stories(c))
    tail += maybe(r, 0.4, lambda: W.headline_run(c))
    mids = [lambda: W.advertisement(c)]
    return head, tail, mids


def fam_amp(c: W.Ctx, r: random.Random, authors: list[str]) -> tuple[list[L], list[L], list]:
    head: list[L] = []
    head += [BP("ui_word", t) for t in r.choice([["Menu"], ["☰"], ["Menu", "Search"], ["Close"]])]
    head += maybe(r, 0.5, lambda: [BP("site_header", c.site)])
    head.append(W.title_lines(c, r.random() < 0.3))
    head += W.byline_f(c, authors[:1], fmt_date(r) if r.random() < 0.6 else None)
    head += maybe(r, 0.5, lambda: W.share_row(c))
    tail: list[L] = []
    tail += maybe(r, 0.5, lambda: W.read_more(c))
    tail += maybe(r, 0.4, lambda: W.app_promo(c))
    tail += maybe(r, 0.4, lambda: W.related(c) if r.random() < 0.5 else W.recommendation(c))
    tail += maybe(r, 0.4, lambda: [BP("title_repeat", c.title)])
    tail.append(BP("ui_word", r.choice(["View non-AMP version", "View Full Site", "Back to full site",
                                        "Desktop version"])))
    tail += maybe(r, 0.5, lambda: W.back_to_top(c))
    tail += (W.copyright_site_f(c) if "site_name" in c.used else W.copyright_anon(c)) if r.random() < 0.6 else []
    mids = [lambda: W.advertisement(c), lambda: W.advertisement(c)]
    return head, tail, mids


def fam_forum(c: W.Ctx, r: random.Random, authors: list[str]) -> tuple[list[L], list[L], list]:
    sec = r.choice(["News & Current Events", "Off-Topic", "Tech News", "World Politics"])
    head: list[L] = []
    head += maybe(r, 0.4, lambda: W.nav_menu(c))
    head += W.breadcrumb_plain(c, sec) if r.random() < 0.6 else []
    head.append(W.title_lines(c, r.random() < 0.5))
    head += W.forum_chrome(c)
    user = r.choice(["newsjunkie88", "grumpy_ol_tom", "K.Larsen", "quietobserver", "rex_the_mod"])
    head.append(BP("forum_chrome", r.choice([user, f"{user} said:", f"{user} wrote:"])))
    tail: list[L] = []
    tail += maybe(r, 0.6, lambda: W.original_url_f(c))
    tail += W.forum_chrome(c)
    tail += maybe(r, 0.5, lambda: [BP("reaction_counter", r.choice(
        [f"Like x {r.randint(1, 20)}", f"👍 {r.randint(1, 50)}", f"Reactions: {r.choice(W.PEOPLE)} and {r.randint(2, 40)} others"]))])
    tail += maybe(r, 0.5, lambda: W.related(c) if r.random() < 0.3 else hl_similar(c))
    tail += maybe(r, 0.5, lambda: W.footer(c))
    mids = [lambda: [BP("forum_chrome", r.choice(["Click to expand...", "Quote:", "Spoiler"]))]]
    return head, tail, mids


def hl_similar(c: W.Ctx) -> list[L]:
    return W.hl_list(c, "related_header", "related_item", ["Similar threads", "Similar Threads",
                                                           "Related threads"])


def fam_bot(c: W.Ctx, r: random.Random, authors: list[str]) -> tuple[list[L], list[L], list]:
    head: list[L] = []
    head += maybe(r, 0.5, lambda: W.bot_chrome(c))
    head.append(W.title_lines(c, False))
    tail: list[L] = []
    if r.random() < 0.5:
        tail += W.original_url_f(c)
    else:
        tail += W.originally_appeared_f(c)
    if r.random() < 0.6:
        d = fmt_date(r, "rss")
        lab = r.choice(["pubDate: ", "Published: ", "🕒 "])
        tail.append(BP("date_line", lab + d.text, *([F("published", d.value, d.text)] if c.can("published") else [])))
        c.take("published")
    tail += maybe(r, 0.6, lambda: W.tag_line_f(c))
    tail += W.bot_chrome(c)
    tail += maybe(r, 0.4, lambda: W.social_promo(c))
    return head, tail, []


FAMILIES = {
    "ghost_substack": fam_ghost, "blogspot": fam_blogspot, "drupal_joomla": fam_drupal,
    "station": fam_station, "sports_ent": fam_sports, "finance_crypto": fam_finance,
    "tech_blog": fam_tech, "pr_wire": fam_pr, "gnews_aggregator": fam_gnews, "amp_flat": fam_amp,
    "forum_repost": fam_forum, "bot_repost": fam_bot,
}

# fact-free generators for the nofacts archetype
NOFACT_HEAD = ["skip_link", "nav_menu", "theme_license_banner", "cookie_notice", "theme_license_banner", "ui_words",
               "reading_time", "share_row", "stray_id", "relative_date", "advertisement"]
NOFACT_TAIL = ["source_link", "read_more", "read_original", "source_link", "read_more", "comment_form", "related", "ranking",
               "recommendation", "trending", "more_stories", "you_may_also_like", "headline_run",
               "share_row", "newsletter_promo", "podcast_promo", "social_promo", "app_promo",
               "copyright_anon", "republish", "footer", "back_to_top", "aggregator_disclaimer_anon",
               "reaction_counter", "email_placeholder", "prev_next", "author_bio_anon",
               "wire_credit_anon", "stray_id", "click_here_promo", "ui_words"]
NOFACT_MID = ["advertisement", "photo_caption_anon", "also_read", "shortcode", "newsletter_promo"]


def build_doc(i: int, archetype: str, rng: random.Random, body_src: tuple[str, str, list[str]],
              site: tuple[str, str], family: str) -> dict[str, Any]:
    key, url, paras = body_src
    if archetype == "intl":
        lang = ["de", "fr", "es"][INTL_SEEN["n"] % 3]
        k = (INTL_SEEN["n"] // 3) % 3
        INTL_SEEN["n"] += 1
        t = intl.BODIES[lang][k][0]
        lines = intl.intl_doc(rng, lang, k, intl.other_titles(lang, t))
        layout = rng.choice(["blank", "none", "mixed"])
        text, recs, facts = assemble(lines, rng, layout, final_nl=rng.random() < 0.6)
        return {"id": f"a{i:03d}", "split": "dev" if i % 3 == 0 else "test",
                "archetype": archetype, "lang": lang, "source": f"{lang}-{k}", "text": text,
                "lines": recs,
                "expected_body": "\n\n".join(r["text"] for r in recs if r["label"] == "body"),
                "facts": facts}
    title = make_title(rng, url, paras)
    others = [h for h in W_HEADLINES if h != title]
    c = W.Ctx(rng, site[0], site[1], title, others, family,
              facts_ok=archetype not in ("nofacts",), outlet=rng.choice(W.OUTLETS))
    authors = rng.sample(W.PEOPLE, 3)
    lines: list[L]
    if archetype == "clean":
        titled = i % 2 == 0
        c.facts_ok = titled
        body = dressed_body(rng, paras, c, allow_agency=titled)
        lines = ([W.title_lines(c, False)] if titled else []) + body
        if not titled:
            for ln in lines:
                ln.facts = []
    elif archetype == "nofacts":
        body = dressed_body(rng, [p for p in paras if not DATELINE.match(p)], c, allow_agency=False)
        for ln in body:
            ln.facts = []
        head: list[L] = []
        for g in rng.sample(NOFACT_HEAD, rng.randint(0, 3)):
            head += getattr(W, g)(c)
        tail: list[L] = []
        for g in rng.sample(NOFACT_TAIL, rng.randint(2, 6)):
            tail += getattr(W, g)(c)
        mids = [getattr(W, g) for g in NOFACT_MID]
        body = insert_mid(rng, body, [lambda g=g: g(c) for g in mids], rng.randint(0, 2))
        lines = head + body + tail
    else:
        fam = FAMILIES[archetype]
        head, tail, mids = fam(c, rng, authors)
        body = dressed_body(rng, paras, c, allow_agency=True)
        common_mid = [lambda: W.advertisement(c), lambda: W.photo_caption_anon(c)]
        body = insert_mid(rng, body, mids or common_mid, rng.choice([0, 1, 1, 2, 3]))
        # a few extra kinds anywhere in the tail, so every kind is frequent
        extra_pool: list[Callable[[], list[L]]] = [
            lambda: W.source_link(c), lambda: W.read_more(c), lambda: W.cookie_notice(c),
            lambda: W.ui_words(c), lambda: W.stray_id(c), lambda: W.back_to_top(c),
            lambda: W.social_promo(c), lambda: W.recommendation(c), lambda: W.you_may_also_like(c),
            lambda: W.headline_run(c), lambda: W.email_placeholder(c), lambda: W.republish(c),
            lambda: W.originally_appeared_f(c), lambda: W.aggregator_disclaimer_anon(c),
            lambda: W.read_original(c), lambda: W.click_here_promo(c), lambda: W.podcast_promo(c),
            lambda: W.publisher_promo_f(c), lambda: W.syndication_f(c), lambda: W.source_link(c),
            lambda: W.read_more(c), lambda: W.you_may_also_like(c), lambda: W.app_promo(c),
            lambda: W.tag_list_f(c), lambda: [BP("title_repeat", c.title)],
        ]
        for g in rng.sample(extra_pool, rng.randint(1, 3)):
            tail += g()
        if rng.random() < 0.12:
            head = W.theme_license_banner(c) + head
        lines = head + body + tail
    layout = rng.choice(["blank", "blank", "none", "mixed", "mixed"])
    if archetype in ("forum_repost", "bot_repost") and rng.random() < 0.5:
        layout = "none"
    for ln in lines:
        if ln.label == "boilerplate" and rng.random() < 0.03:
            ln.text += " "
    text, recs, facts = assemble(lines, rng, layout, final_nl=rng.random() < 0.6)
    if not c.facts_ok:
        assert not facts, (i, facts)
    expected = "\n\n".join(r["text"] for r in recs if r["label"] == "body")
    lang = "en"
    return {
        "id": f"a{i:03d}",
        "split": "dev" if i % 3 == 0 else "test",
        "archetype": archetype,
        "lang": lang,
        "source": key,
        "text": text,
        "lines": recs,
        "expected_body": expected,
        "facts": facts,
    }


W_HEADLINES: list[str] = []
INTL_SEEN = {"n": 0}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=20261123)
    ap.add_argument("--out", type=Path, default=HERE / "corpus.jsonl")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    bodies = load_bodies()
    # headline pool: written headlines + headlines made from other benchmark URLs
    W_HEADLINES[:] = list(BO.HEADLINES)
    hrng = random.Random(args.seed + 1)
    for _k, url, paras in bodies:
        t = make_title(hrng, url, paras)
        if 4 <= len(t.split()) <= 14:
            W_HEADLINES.append(t)
    order = [a for a, n in PLAN for _ in range(n)]
    assert len(order) == N_DOCS
    rng.shuffle(order)
    body_order = list(range(len(bodies)))
    rng.shuffle(body_order)
    docs = []
    for i, arch in enumerate(order):
        src = bodies[body_order[i % len(body_order)]]
        fam = arch if arch in SITES else rng.choice(sorted(SITES))
        site = rng.choice(SITES[fam])
        docs.append(build_doc(i, arch, rng, src, site, fam))
    with args.out.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
