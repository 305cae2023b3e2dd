#!/usr/bin/env python3
"""Build the blind_c corpus: 120 scraped news texts with gold line labels and provenance facts.

Deterministic (seeded ``random.Random``, stdlib only). English bodies are paragraphs of the public
article-extraction benchmark (``ground-truth.json``); German, French and Spanish bodies come from
``foreign.py``. Boilerplate wordings are in ``wordings.py``; survival traps in ``traps.py``.

Usage: python3 benchmarks/blind_c/generate.py [--seed N] [--gt PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wordings as W  # noqa: E402
from foreign import STORIES  # noqa: E402
from kit import (  # noqa: E402
    AGGREGATORS,
    MONTHS_EN,
    MONTHS_ES,
    PUBLISHERS,
    PUBLISHERS_EN,
    SITES,
    SITES_EN,
    Doc,
    Fact,
    agency_aliases,
    host_of,
    rand_dt,
)
from traps import (  # noqa: E402
    BULLET_SETS,
    DATELINES_EN,
    DATELINES_FOREIGN,
    DATELINES_PLAIN_EN,
    DATELINES_PLAIN_FOREIGN,
    QUOTES,
    SUBHEADS,
    TRAPS,
)

DEFAULT_SEED = 73105
DEFAULT_GT = Path("/work/shared/bench/article-extraction-benchmark/ground-truth.json")
N_DOCS = 120

# ------------------------------------------------------------------------------ English bodies

STOP = set(["the", "a", "of", "and", "to", "in", "is", "that", "for", "on", "with", "was", "as", "it", "by", "at", "from", "are", "be", "has", "have", "said"])
JUNK = re.compile(
    r"https?://|www\.|\.com\b|©|\bcopyright\b|image credit|originally|published|^photo|getty images"
    r"|all rights reserved|editing by|reporting by|^\(?with (post )?wires|sign up|subscribe"
    r"|newsletter|click here|read more|^advert|^related|follow us|@\w|#\w|^this article|^share"
    r"|\bcookie|read the original|^see more|^\W+$|\[|\]|\||^[-•*▪→»]|^disclosure|sponsored|affiliate"
    r"|we bring you the best deals|for free \(|^(be sure to|check out|visit|watch|listen)\b",
    re.I,
)
BAD_CHARS = set("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\r\t")
AG_DATELINE = re.compile(r"^(?:[A-Z][A-Za-z.,' ]{0,40}?\s)?\((AP|Reuters|AFP)\)\s*[—–-]")
OTHER_PAREN_DATELINE = re.compile(r"^[A-Z][A-Za-z.,' ]{0,40}?\([^)]{1,30}\)\s*[—–-]|^\([^)]{1,30}\)\s*[—–-]")
AGENCY_MARK = re.compile(r"\((AP|Reuters|AFP|PTI|ANI|IANS|dpa|EFE|Xinhua|Bloomberg|UPI)\)")
SEED_HOSTS = ("livemint", "ndtv", "rnz.co", "kxan", "deals")  # + deal-list pages
PLAIN_DATELINE = re.compile(r"^[A-Z][A-Z .,'’]{2,40}(?:\([^)]*\))?\s*(?:--|—|–|-|:)\s+")


def slug_title(url: str) -> str | None:
    segs = [s for s in url.split("?")[0].split("/") if s]
    for seg in reversed(segs[2:]):
        seg = re.sub(r"\.(html?|php|aspx?)$", "", seg)
        words = [w for w in re.split(r"[-_]+", seg) if w]
        while words and (re.fullmatch(r"[0-9a-f]{6,}|\d+", words[-1].lower())):
            words.pop()
        if len(words) >= 4 and all(re.fullmatch(r"[A-Za-z']+|\d{1,4}", w) for w in words):
            return " ".join(words[:16])
    return None


def first_sentence_title(p: str) -> str:
    s = re.split(r"(?<=[.!?])\s", p)[0]
    s = PLAIN_DATELINE.sub("", AG_DATELINE.sub("", s)).strip()
    s = re.sub(r"^(?:\([^)]{1,30}\)\s*[—–-]+\s*)", "", s)
    words = s.split()
    if len(words) > 12:
        cut = words[:12]
        while cut and cut[-1].lower() in {"the", "a", "of", "and", "to", "in", "for", "on", "with",
                                          "at", "by", "an", "as", "that", "from"}:
            cut.pop()
        words = cut
    return " ".join(words).rstrip(".,;:—–-").strip("“”\"")


def load_articles(gt: Path) -> list[dict[str, Any]]:
    data = json.loads(gt.read_text(encoding="utf-8"))
    arts = []
    for key in sorted(data):
        v = data[key]
        url = v.get("url", "")
        if any(h in url for h in SEED_HOSTS):
            continue
        if re.search(r"compensated by|#ad\b", v["articleBody"]):
            continue  # sponsored posts: their own promo lines would be ambiguous
        ps = [p.strip() for p in v["articleBody"].split("\n") if p.strip()]
        words = " ".join(ps).lower().split()
        if not words or sum(w in STOP for w in words) / len(words) <= 0.12:
            continue
        keep: list[str] = []
        credit: tuple[str, str] | None = None
        for p in ps:
            if len(p.split()) < 8 or JUNK.search(p) or p[-1] not in ".\"”’?!)":
                continue
            if any(ch in BAD_CHARS for ch in p):
                continue
            m = AG_DATELINE.match(p)
            if m:
                if keep:
                    continue
                credit = (m.group(1), f"({m.group(1)})")
            elif OTHER_PAREN_DATELINE.match(p) or AGENCY_MARK.search(p):
                continue
            keep.append(p)
        if len(keep) < 4:
            continue
        arts.append({"key": key, "url": url, "paras": keep, "credit": credit})
    return arts


# ------------------------------------------------------------------------------ body emission


def fill_dateline(tmpl: str, c: W.Ctx, city: str = "") -> str:
    city_t = city.title().replace(" De ", " de ")
    return tmpl.format(Mon=MONTHS_EN[c.dt.month - 1][:3], d=c.dt.day, CITY=city, City=city_t,
                       mon=MONTHS_ES[c.dt.month - 1][:3])


def emit_body(
    c: W.Ctx,
    paras: list[str],
    *,
    own_credit: tuple[str, str] | None = None,
    city: str = "",
    mid: list[Callable[[W.Ctx], None]] | None = None,
    traps: bool = True,
    dateline_p: float = 0.35,
) -> None:
    rng, d, lang = c.rng, c.doc, c.lang
    paras = list(paras)
    first_facts: list[Fact] = []
    # dateline on the first paragraph
    if own_credit:
        canon, ev = own_credit
        first_facts.append(Fact("credits", canon, ev, agency_aliases(canon)))
    elif not paras[0].startswith("§") and rng.random() < dateline_p:
        if d.can("credits") and rng.random() < 0.75:
            pool = DATELINES_EN if lang == "en" else DATELINES_FOREIGN[lang]
            tmpl, canon, ev = rng.choice(pool)
            paras[0] = fill_dateline(tmpl, c, city) + paras[0]
            assert canon is not None
            first_facts.append(Fact("credits", canon, ev, agency_aliases(canon)))
        else:
            pool_p = DATELINES_PLAIN_EN if lang == "en" else DATELINES_PLAIN_FOREIGN[lang]
            paras[0] = fill_dateline(rng.choice(pool_p), c, city) + paras[0]
    # units: list of (label-less) body lines that stay together
    units: list[list[str]] = [[p[1:]] if p.startswith("§") else [p] for p in paras]
    if traps and len(units) > 2:
        if rng.random() < 0.55:
            for t in rng.sample(TRAPS[lang], rng.randint(1, 2 if lang == "en" else 1)):
                units.insert(rng.randint(1, len(units)), [t])
        if lang == "en" and rng.random() < 0.35:
            pos = rng.randint(2, len(units) - 1)
            units.insert(pos, [rng.choice(SUBHEADS["en"])])
        if rng.random() < 0.25:
            units.insert(rng.randint(1, len(units)), [rng.choice(QUOTES[lang])])
        if rng.random() < 0.2:
            intro, items = rng.choice(BULLET_SETS[lang])
            units.insert(rng.randint(1, len(units)), [intro, *items])
    # mid-body boilerplate slots (never before the first paragraph)
    slots: dict[int, list[Callable[[W.Ctx], None]]] = {}
    for comp in mid or []:
        if len(units) > 1:
            slots.setdefault(rng.randint(1, len(units) - 1), []).append(comp)
    for i, u in enumerate(units):
        for comp in slots.get(i, []):
            comp(c)
        for j, line in enumerate(u):
            if i == 0 and j == 0:
                d.body(line, first_facts)
            else:
                d.body(line)


def maybe(c: W.Ctx, p: float, fn: Callable[..., None], *args: Any, **kw: Any) -> bool:
    if c.rng.random() < p:
        fn(c, *args, **kw)
        return True
    return False


def mid_pick(c: W.Ctx, options: list[tuple[float, Callable[[W.Ctx], None]]]) -> list[Callable[[W.Ctx], None]]:
    out = []
    for p, fn in options:
        if c.rng.random() < p:
            out.append(fn)
    return out


def photo(c: W.Ctx, caption_p: float = 0.7) -> None:
    if c.rng.random() < caption_p:
        W.photo_caption(c)
    W.photo_credit(c)


def lists(c: W.Ctx, n_max: int = 2, kinds: list[str] | None = None) -> None:
    kinds = kinds or ["related", "ranking", "recommendation", "trending", "more_stories",
                      "you_may_also_like"]
    for k in c.rng.sample(kinds, c.rng.randint(1, n_max)):
        W.headline_list(c, k)


def run_tail(c: W.Ctx, steps: list[tuple[float, Callable[[W.Ctx], None]]], swaps: int = 2) -> None:
    chosen = [fn for p, fn in steps if c.rng.random() < p]
    for _ in range(swaps):
        if len(chosen) > 2 and c.rng.random() < 0.5:
            i = c.rng.randrange(len(chosen) - 1)
            chosen[i], chosen[i + 1] = chosen[i + 1], chosen[i]
    for fn in chosen:
        fn(c)


# ------------------------------------------------------------------------------ archetypes


def plan_aggregator(c: W.Ctx, src: dict[str, Any]) -> None:
    rng = c.rng
    if rng.random() < 0.5:
        c.site = c.aggregator
    use_url = rng.random() < 0.45
    if use_url and src.get("url") and rng.random() < 0.6:
        c.url = src["url"]
    maybe(c, 0.35, W.nav_menu)
    maybe(c, 0.1, W.theme_license_banner)
    head_disc = maybe(c, 0.15, W.aggregator_disclaimer)
    maybe(c, 0.3, W.section_label)
    title_block(c, src, suffix_p=0.4, crumb_p=0.12)
    maybe(c, 0.55, W.date_line, "published")
    maybe(c, 0.2, W.byline)
    maybe(c, 0.2, W.reading_time)
    mid = mid_pick(c, [(0.3, W.advertisement_label), (0.25, W.also_read), (0.1, W.ui_word)])
    body_of(c, src, mid)
    run_tail(c, [
        (0.45, W.wire_credit_line), (0.45, W.publisher_promo), (0.4, W.app_promo),
        (0.3, lambda c: [W.ui_word(c) for _ in range(c.rng.randint(1, 2))]),
        (0.35, lambda c: W.date_line(c, "updated")), (0.4, W.click_here_promo),
        (0.55, W.read_original), (1.0 if use_url else 0.0, W.original_url_line),
        (0.0 if head_disc else 0.85, W.aggregator_disclaimer), (0.15, W.email_placeholder),
        (0.4, lambda c: lists(c, 1)), (0.1, lambda c: W.title_repeat(c, c.title) if c.title else None),
    ])


def plan_autoblog(c: W.Ctx, src: dict[str, Any]) -> None:
    rng = c.rng
    use_url = rng.random() < 0.35
    if use_url and src.get("url") and rng.random() < 0.6:
        c.url = src["url"]
    maybe(c, 0.45, W.theme_license_banner)
    maybe(c, 0.2, W.skip_link)
    maybe(c, 0.3, W.nav_menu)
    maybe(c, 0.4, W.shortcode)
    maybe(c, 0.4, W.stray_id)
    maybe(c, 0.3, W.section_label)
    title_block(c, src, suffix_p=0.5, crumb_p=0.12)
    maybe(c, 0.1, lambda c: W.title_repeat(c, c.title) if c.title else None)
    maybe(c, 0.25, photo)
    maybe(c, 0.4, W.date_line, "published")
    mid = mid_pick(c, [(0.3, W.shortcode), (0.2, W.advertisement_label), (0.1, W.also_read)])
    body_of(c, src, mid)
    run_tail(c, [
        (0.4, W.shortcode), (0.55, W.source_link), (1.0 if use_url else 0.0, W.original_url_line),
        (0.2, W.read_more), (0.4, W.share_row),
        (0.4, lambda c: (W.tag_list if c.rng.random() < 0.5 else W.tag_line)(c)),
        (0.2, W.reaction_counter),
        (0.45, lambda c: W.headline_list(c, "you_may_also_like")), (0.15, W.headline_run),
        (0.3, lambda c: W.headline_list(c, "related")),
        (0.15, lambda c: W.headline_list(c, "trending")),
        (0.15, lambda c: W.headline_list(c, "more_stories")), (0.5, W.prev_next),
        (0.6, W.comment_form), (0.3, W.back_to_top), (0.2, W.footer_links), (0.3, W.copyright_notice),
    ])


def plan_syndication(c: W.Ctx, src: dict[str, Any]) -> None:
    rng = c.rng
    head_syn = maybe(c, 0.3, W.syndication_notice)
    head_orig = maybe(c, 0.2, W.originally_appeared)
    title_block(c, src, suffix_p=0.5)
    maybe(c, 0.5, W.byline)
    maybe(c, 0.5, W.date_line, "published")
    mid = mid_pick(c, [(0.35, W.also_read), (0.3, W.advertisement_label)])
    body_of(c, src, mid)
    run_tail(c, [
        (0.0 if head_syn else 0.9, W.syndication_notice),
        (0.0 if head_orig else 0.4, W.originally_appeared), (0.4, W.republish_notice),
        (0.4, W.copyright_notice), (0.35, W.read_more), (0.4, W.prev_next), (0.15, W.also_read),
        (0.15, W.social_promo), (0.2, W.author_bio),
    ])
    _ = rng


def plan_regional(c: W.Ctx, src: dict[str, Any]) -> None:
    rng = c.rng
    maybe(c, 0.5, W.skip_link)
    head_cookie = maybe(c, 0.4, W.cookie_notice)
    maybe(c, 0.6, W.nav_menu)
    if rng.random() < 0.5:
        W.breadcrumb(c)
    else:
        maybe(c, 0.4, W.section_label)
    title_block(c, src, suffix_p=0.6)
    maybe(c, 0.1, lambda c: W.title_repeat(c, c.title) if c.title else None)
    maybe(c, 0.7, W.byline)
    maybe(c, 0.55, W.date_line, "published")
    maybe(c, 0.3, W.date_line, "updated")
    maybe(c, 0.4, W.reading_time)
    maybe(c, 0.35, W.share_row)
    maybe(c, 0.5, photo)
    mid = mid_pick(c, [(0.5, W.advertisement_label), (0.4, W.also_read),
                       (0.2, W.newsletter_promo), (0.1, W.photo_caption), (0.15, W.also_read)])
    body_of(c, src, mid)
    run_tail(c, [
        (0.5, lambda c: (W.tag_list if c.rng.random() < 0.4 else W.tag_line)(c)),
        (0.3, W.share_row), (0.5, W.author_bio),
        (0.4, lambda c: W.newsletter_promo(c, block=c.rng.random() < 0.5)),
        (0.4, W.social_promo), (0.7, lambda c: lists(c, 2)),
        (0.0 if head_cookie else 0.2, W.cookie_notice), (0.5, W.footer_links),
        (0.5, W.copyright_notice), (0.3, W.back_to_top), (0.2, W.email_placeholder),
    ], swaps=1)


def plan_wire(c: W.Ctx, src: dict[str, Any]) -> None:
    maybe(c, 0.3, W.nav_menu)
    if not maybe(c, 0.2, W.breadcrumb):
        maybe(c, 0.4, W.section_label)
    head_rep = maybe(c, 0.15, W.republish_notice)
    title_block(c, src, suffix_p=0.5)
    maybe(c, 0.6, W.byline)
    maybe(c, 0.7, W.date_line, "published")
    maybe(c, 0.4, W.date_line, "updated")
    mid = mid_pick(c, [(0.3, W.advertisement_label), (0.2, W.also_read)])
    body_of(c, src, mid, dateline_p=0.9)
    run_tail(c, [
        (0.4, W.wire_credit_line), (0.6, W.copyright_notice),
        (0.0 if head_rep else 0.6, W.republish_notice),
        (0.4, lambda c: lists(c, 1)), (0.15, W.read_more), (0.2, W.ui_word),
    ], swaps=1)


def plan_spam(c: W.Ctx, src: dict[str, Any]) -> None:
    rng = c.rng
    title = make_title(c, src)
    c.title = title
    if rng.random() < 0.65:
        W.breadcrumb_title(c, title)
        W.title_line(c, title, suffix=False)
    else:
        W.title_line(c, title, suffix=rng.random() < 0.7)
    maybe(c, 0.25, lambda c: W.title_repeat(c, title))
    maybe(c, 0.35, W.ui_word)
    maybe(c, 0.7, W.date_line, "published")
    maybe(c, 0.2, W.stray_id)
    maybe(c, 0.2, W.reading_time)
    mid = mid_pick(c, [(0.25, W.also_read), (0.25, W.advertisement_label)])
    body_of(c, src, mid)
    run_tail(c, [
        (0.65, lambda c: (W.tag_list if c.rng.random() < 0.6 else W.tag_line)(c)),
        (0.5, W.reaction_counter),
        (1.0, lambda c: lists(c, 3, ["related", "ranking", "recommendation", "trending",
                                       "more_stories"])),
        (0.6, W.headline_run), (0.2, W.prev_next), (0.2, W.copyright_notice),
    ], swaps=0)


def plan_clean(c: W.Ctx, src: dict[str, Any], titled: bool) -> None:
    if titled:
        title_block(c, src, suffix_p=0.0)
    body_of(c, src, [], traps=True)


def plan_stub(c: W.Ctx, src: dict[str, Any], titled: bool) -> None:
    rng = c.rng
    if titled:
        title_block(c, src, suffix_p=0.3)
    src = dict(src)
    src["paras"] = src["paras"][: rng.randint(2, 4)]
    head_opts = [W.skip_link, W.ui_word, W.stray_id, W.reading_time, W.shortcode]
    tail_opts = [W.read_more, W.source_link, W.share_row, W.back_to_top, W.app_promo,
                 W.advertisement_label, W.copyright_notice]
    if rng.random() < 0.4:
        rng.choice(head_opts)(c)
    body_of(c, src, [], traps=False)
    for fn in rng.sample(tail_opts, rng.randint(1, 2)):
        fn(c)


def plan_nofacts(c: W.Ctx, src: dict[str, Any]) -> None:
    rng = c.rng
    head_opts: list[Callable[[W.Ctx], None]] = [
        W.skip_link, W.nav_menu, lambda c: W.cookie_notice(c), W.ui_word, W.reading_time,
        lambda c: W.date_line(c, relative=True), W.stray_id, W.theme_license_banner, W.shortcode,
        W.share_row, W.photo_caption, W.aggregator_disclaimer, W.originally_appeared,
    ]
    mid_opts: list[tuple[float, Callable[[W.Ctx], None]]] = [
        (0.3, W.advertisement_label), (0.3, W.also_read), (0.15, W.shortcode),
        (0.1, W.newsletter_promo), (0.1, W.photo_caption),
    ]
    tail_opts: list[Callable[[W.Ctx], None]] = [
        W.app_promo, W.click_here_promo, W.source_link, W.read_more, W.read_original,
        W.newsletter_promo, W.social_promo, W.comment_form, W.back_to_top, W.footer_links,
        W.copyright_notice, W.republish_notice, W.aggregator_disclaimer, W.wire_credit_line,
        W.originally_appeared, W.reaction_counter, lambda c: lists(c, 2), W.headline_run,
        W.prev_next, W.email_placeholder, W.share_row, W.cookie_notice,
    ]
    for fn in rng.sample(head_opts, rng.randint(1, 3)):
        fn(c)
    body_of(c, src, mid_pick(c, mid_opts), dateline_p=0.15)
    for fn in rng.sample(tail_opts, rng.randint(2, 5)):
        fn(c)


# ------------------------------------------------------------------------------ titles and bodies


def make_title(c: W.Ctx, src: dict[str, Any]) -> str:
    rng = c.rng
    if c.lang != "en":
        t = src["headline"]
        return t.upper() if rng.random() < 0.08 else t
    t = slug_title(src.get("url", "")) if rng.random() < 0.8 else None
    if not t:
        t = first_sentence_title(src["paras"][0])
    r = rng.random()
    if r < 0.45:
        t = t[0].upper() + t[1:]
    elif r < 0.9:
        t = " ".join(w[:1].upper() + w[1:] for w in t.split(" "))
    else:
        t = t.upper()
    return t


def title_block(c: W.Ctx, src: dict[str, Any], suffix_p: float, crumb_p: float = 0.0) -> None:
    if c.doc.nofacts:
        return
    t = make_title(c, src)
    c.title = t
    if c.rng.random() < crumb_p:
        W.breadcrumb_title(c, t)  # breadcrumb running into the title; clean title line follows
        W.title_line(c, t, suffix=False)
        return
    W.title_line(c, t, suffix=c.rng.random() < suffix_p)


def body_of(
    c: W.Ctx,
    src: dict[str, Any],
    mid: list[Callable[[W.Ctx], None]],
    traps: bool = True,
    dateline_p: float = 0.35,
) -> None:
    paras = list(src["paras"])
    own = src.get("credit")
    if own and not c.doc.can("credits"):
        paras = paras[1:]
        own = None
    emit_body(c, paras, own_credit=own, city=src.get("city", ""), mid=mid, traps=traps,
              dateline_p=0.0 if own else dateline_p)


def pick_paras(rng: random.Random, paras: list[str], lo: int, hi: int, limit: int = 6000) -> list[str]:
    n = min(len(paras), rng.randint(lo, hi))
    out: list[str] = []
    total = 0
    for p in paras[:n]:
        if out and total + len(p) > limit:
            break
        out.append(p)
        total += len(p)
    return out


# ------------------------------------------------------------------------------ main

ARCHETYPES: list[tuple[str, int, int]] = [
    # name, documents, of which non-English
    ("aggregator_feed", 16, 3),
    ("wp_autoblog", 16, 3),
    ("syndication", 12, 3),
    ("regional_news", 18, 5),
    ("wire_portal", 10, 2),
    ("scraper_spam", 12, 2),
    ("clean", 12, 2),
    ("stub", 8, 1),
    ("nofacts", 16, 3),
]


def build(seed: int, gt: Path) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    arts = load_articles(gt)
    rng.shuffle(arts)
    slots: list[tuple[str, bool]] = []
    for name, n, n_foreign in ARCHETYPES:
        slots += [(name, True)] * n_foreign + [(name, False)] * (n - n_foreign)
    rng.shuffle(slots)
    foreign_langs = ["de", "fr", "es"] * 8
    rng.shuffle(foreign_langs)
    story_pool = {lang: list(STORIES[lang]) for lang in STORIES}
    story_use = {lang: 0 for lang in STORIES}
    for lang in story_pool:
        rng.shuffle(story_pool[lang])
    clean_seen = {True: 0, False: 0}
    stub_seen = 0
    docs = []
    for i, (arche, foreign) in enumerate(slots):
        lang = foreign_langs.pop() if foreign else "en"
        titled = True
        nofacts = arche == "nofacts"
        if arche == "clean":
            # half of the clean documents have no title (and then no fact)
            titled = clean_seen[foreign] % 2 == 0
            clean_seen[foreign] += 1
            nofacts = not titled
        if arche == "stub":
            titled = stub_seen >= 2
            nofacts = not titled
            stub_seen += 1
        doc = Doc(rng, lang, nofacts=nofacts)
        if lang == "en":
            a = arts.pop()
            paras = pick_paras(rng, a["paras"], 3 if arche in ("stub", "clean") else 4, 12)
            if a["credit"] and paras[0] != a["paras"][0]:
                a = dict(a, credit=None)
            src = {"paras": paras, "url": a["url"], "credit": a["credit"], "source": a["key"]}
            site = rng.choice(SITES_EN)
            pub = rng.choice(PUBLISHERS_EN)
            tld = rng.choice([".com", ".com", ".net", ".co.uk", ".in", ".org", ".news"])
        else:
            st = story_pool[lang][story_use[lang] % len(story_pool[lang])]
            story_use[lang] += 1
            ps = st["paras"]
            if rng.random() < 0.4:  # sometimes a shorter cut of the story
                ps = ps[: max(3, len(ps) - rng.randint(1, 2))]
            while ps[-1].startswith("§"):  # never end on a subhead
                ps = ps[:-1]
            src = {"paras": ps, "url": "", "credit": None, "headline": st["headline"],
                   "city": st["city"], "source": st["key"]}
            site = rng.choice(SITES[lang])
            pub = rng.choice(PUBLISHERS[lang])
            tld = {"de": ".de", "fr": ".fr", "es": ".es"}[lang]
        c = W.Ctx(doc=doc, rng=rng, lang=lang, site=site, host=host_of(site, tld), publisher=pub,
                  pub_host=host_of(pub, tld), aggregator=rng.choice(AGGREGATORS),
                  dt=rand_dt(rng))
        c.section = W.section_name(c)
        if arche == "aggregator_feed":
            plan_aggregator(c, src)
        elif arche == "wp_autoblog":
            plan_autoblog(c, src)
        elif arche == "syndication":
            plan_syndication(c, src)
        elif arche == "regional_news":
            plan_regional(c, src)
        elif arche == "wire_portal":
            plan_wire(c, src)
        elif arche == "scraper_spam":
            plan_spam(c, src)
        elif arche == "clean":
            plan_clean(c, src, titled)
        elif arche == "stub":
            plan_stub(c, src, titled)
        else:
            plan_nofacts(c, src)
        if arche == "scraper_spam":
            layout = "single" if rng.random() < 0.8 else "mixed"
        else:
            layout = rng.choices(["double", "mixed", "single", "blank_blocks"], [55, 25, 10, 10])[0]
        eol = "\r\n" if rng.random() < 0.04 else "\n"
        rec = doc.render(layout, eol=eol, final_eol=rng.random() < 0.5)
        docs.append({
            "id": f"c{i:03d}",
            "split": "test",
            "archetype": arche,
            "lang": lang,
            "source": src["source"],
            "text": rec["text"],
            "lines": rec["lines"],
            "expected_body": rec["expected_body"],
            "facts": rec["facts"],
        })
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--gt", type=Path, default=DEFAULT_GT)
    ap.add_argument("--out", type=Path, default=HERE / "corpus.jsonl")
    args = ap.parse_args(argv)
    docs = build(args.seed, args.gt)
    assert len(docs) == N_DOCS
    with args.out.open("w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
