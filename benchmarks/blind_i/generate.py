#!/usr/bin/env python3
"""Generate blind_i: scraped news texts where the article body and the boilerplate inside it are
hard to tell apart (body-survival traps), with a gold label for every line and provenance facts.

Deterministic: seeded random.Random, stdlib only.  Usage:
  python3 generate.py [--seed N] [--gt PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import names as N  # noqa: E402
import stories_en as SE  # noqa: E402
import stories_intl as SI  # noqa: E402
import traps_en as TE  # noqa: E402
import wordings as W  # noqa: E402
from ctx import Ctx  # noqa: E402
from kit import B, F, T, X, assemble  # noqa: E402

DEFAULT_GT = "/work/shared/bench/article-extraction-benchmark/ground-truth.json"
SEED = 51207

ARCH = {
    "wp_autoblog": ["en"] * 10 + ["de", "fr", "es", "de"],
    "aggregator": ["en"] * 10 + ["fr", "es", "de", "es"],
    "regional_news": ["en"] * 10 + ["de", "de", "fr", "fr", "es", "es"],
    "magazine_feature": ["en"] * 14,
    "live_blog": ["en"] * 10 + ["de", "fr", "es", "es"],
    "listicle_explainer": ["en"] * 14,
    "qa_interview": ["en"] * 8 + ["de", "fr", "es", "fr"],
    "sports_report": ["en"] * 10 + ["de", "fr", "es", "de"],
    "court_politics": ["en"] * 11 + ["de", "fr", "es"],
    "recipe_review": ["en"] * 10,
    "clean": ["en"] * 4 + ["de", "es"],
    "nofacts": ["en"] * 4 + ["fr", "de"],
}
GT_ARCH = {"wp_autoblog", "aggregator", "regional_news", "magazine_feature", "clean", "nofacts"}

# ------------------------------------------------------------------------------ ground truth

SEED_HOSTS = ("livemint", "kxan", "rnz.co", "ndtv")
JUNK = re.compile(
    r"https?://|www\.|\.com\b|photo|image|credit|copyright|©|subscribe|sign up|newsletter|follow us|click|"
    r"originally|this (article|story|post)|reporting by|editing by|contributed|associated press|\(ap\)|"
    r"reuters|afp|getty|bloomberg|read more|related|advertis|share|comment|cookie|app\b|download|"
    r"@|#|\bvia\b|source|tags?:|updated|published|^\W|\|",
    re.I)
EN_WORDS = re.compile(r"\b(the|and|of|to|in|is|was|that|for|with)\b", re.I)
DATELINE = re.compile(r"^[A-Z][A-Za-z.,' ]{1,40}?( \([^)]*\))? ?[—–-]+ ")


def load_gt(path: str):
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    out = []
    for key in sorted(data):
        v = data[key]
        url = v.get("url", "")
        if any(h in url for h in SEED_HOSTS):
            continue
        body = v.get("articleBody") or ""
        paras = [" ".join(p.split()) for p in body.split("\n") if p.strip()]
        if not paras:
            continue
        sample = " ".join(paras)[:3000]
        words = sample.split()
        if len(words) < 80 or len(EN_WORDS.findall(sample)) / len(words) < 0.12:
            continue
        if sum(c.isascii() for c in sample) / len(sample) < 0.97:
            continue
        good = [p for p in paras if len(p.split()) >= 6 and not JUNK.search(p) and len(p) < 1200]
        if len(good) < 5:
            continue
        out.append((key, url, good))
    return out


def slug_title(url: str, paras: list[str], rng) -> str:
    tail = [s for s in url.rstrip("/").split("/") if s][-1]
    tail = re.sub(r"\.(html?|php|aspx?)$", "", tail)
    tail = re.sub(r"[-_]?\d{5,}$", "", tail)
    ws = [w for w in re.split(r"[-_]+", tail) if w]
    if 4 <= len(ws) <= 16 and all(w.isalpha() or w.isdigit() for w in ws):
        t = " ".join(ws)
        t = t[0].upper() + t[1:]
        if rng.random() < 0.4:
            t = " ".join(w[:1].upper() + w[1:] for w in t.split())
        return t
    first = re.split(r"(?<=[.!?])\s", paras[0])[0]
    first = re.sub(r"^[A-Z][A-Za-z.,' ]{1,40}?( \([^)]*\))? ?[—–-]+ ", "", first)
    cut = re.split(r",|;| — | – ", first)[0].rstrip(".")
    ws = cut.split()[:14]
    t = " ".join(ws)
    return t[0].upper() + t[1:]


# ------------------------------------------------------------------------------ body helpers

def person(ctx):
    return ctx.name(N.PEOPLE)


def fill(ctx, s, **kw):
    return s.replace("{p}", kw.get("p") or person(ctx)).replace("{c}", kw.get("c", "the city"))


def trap_lines(ctx, cat):
    """One survival trap (a list of body Lines) of category ``cat`` (English)."""
    if cat == "short":
        return [B(ctx.pick(TE.SHORT), note="trap: short one-line paragraph")]
    if cat == "subhead":
        return [B(ctx.pick(TE.SUBHEAD), note="trap: subhead")]
    if cat == "trigger":
        return [B(ctx.pick(TE.TRIGGER), note="trap: starts with a boilerplate trigger word")]
    if cat == "topic":
        return [B(ctx.pick(TE.TOPIC), note="trap: prose about photos/cameras/apps/newsletters/cookies/comments/licences")]
    if cat == "caption":
        return [B(fill(ctx, ctx.pick(TE.CAPTION_PROSE)), note="trap: caption-like prose")]
    if cat == "acronym":
        return [B(ctx.pick(TE.ACRONYM), note="trap: capitals-led sentence")]
    if cat == "date_end":
        return [B(ctx.pick(TE.DATE_END), note="trap: prose ending with a date (no fact)")]
    if cat == "quote":
        return [B(fill(ctx, ctx.pick(TE.QUOTE)), note="trap: one-line quote")]
    if cat == "list":
        intro, items, note = ctx.pick(TE.STORY_LISTS)
        return [B(intro, note="trap: story list intro")] + [B(i, note="trap: " + note) for i in items]
    if cat == "timeline":
        intro, items = ctx.pick(TE.TIMELINE)
        return [B(intro, note="trap: timeline intro")] + [B(i, note="trap: timeline entry") for i in items]
    raise ValueError(cat)


INTL_CAT = {"short": "short", "trigger": "trigger", "date_end": "date_end", "acronym": "acr"}


def intl_trap(ctx, cat):
    pool = SI.TRAPS[ctx.lang][INTL_CAT[cat]][ctx.h]
    return [B(ctx.choice(pool), note=f"trap: {cat}")]


EN_CATS = ["short", "subhead", "trigger", "topic", "caption", "acronym", "date_end", "quote", "list", "timeline"]


def insert_blocks(ctx, paras: list[list], blocks: list[list], first_gap=1):
    """paras: list of line-groups; insert each block at a random gap (never before first_gap)."""
    groups = list(paras)
    for blk in blocks:
        i = ctx.rng.randint(min(first_gap, len(groups)), len(groups))
        groups.insert(i, blk)
    return [ln for g in groups for ln in g]


def traps_for(ctx, k, cats=None):
    cats = cats or EN_CATS
    if ctx.lang != "en":
        cats = [c for c in cats if c in INTL_CAT] or list(INTL_CAT)
        return [intl_trap(ctx, ctx.choice(cats)) for _ in range(k)]
    chosen = ctx.rng.sample(cats, min(k, len(cats)))
    return [trap_lines(ctx, c) for c in chosen]


AGENCY_DATELINE = {
    "en": [("{P} (AP) — ", "AP", "(AP)"), ("{P} (Reuters) - ", "Reuters", "Reuters"), ("(AFP) — ", "AFP", "AFP"),
           ("{P}, {M} {d} (Reuters) - ", "Reuters", "Reuters"), ("(Bloomberg) -- ", "Bloomberg", "Bloomberg"),
           ("{P} (AFP) – ", "AFP", "AFP")],
    "de": [("{P} (dpa) - ", "dpa", "dpa"), ("{P} (AFP) - ", "AFP", "AFP")],
    "fr": [("{P} (AFP) - ", "AFP", "AFP"), ("{P} (AFP) – ", "AFP", "AFP")],
    "es": [("{P}, {d} {m} (EFE).- ", "EFE", "EFE"), ("{P} (EFE) - ", "EFE", "EFE")],
}
PLAIN_DATELINE = {"en": ["{P} — ", "{P}: ", "{P} -- ", "{P} – "], "de": ["{P} – ", "{P}. "],
                  "fr": ["{P} – ", "{P}. — "], "es": ["{P}. ", "{P} – "]}


def dateline_parts(ctx, agency: bool):
    P = ctx.name(N.PLACES)
    if ctx.lang != "en":
        P = ctx.choice(SI.CITIES[ctx.lang][ctx.h])
    if agency:
        w, canon, ev = ctx.pick(AGENCY_DATELINE[ctx.lang]) if ctx.lang != "en" else ctx.choice(AGENCY_DATELINE["en"][ctx.h::2])
        txt = w.format(P=P, M=ctx.choice(["Jan", "Mar", "June", "Sept"]), d=ctx.rng.randint(1, 28),
                       m=ctx.choice(["ene", "mar", "jun", "oct"]))
        i = txt.index(ev)
        return [txt[:i], F("credits", ev, canon, N.AGENCY.get(canon, []) + [canon]), txt[i + len(ev):]]
    return [ctx.pick(PLAIN_DATELINE[ctx.lang]).format(P=P)]


def gt_paras(ctx, art, lo=4, hi=9, cap=4200):
    key, url, good = art
    n = ctx.rng.randint(lo, hi)
    start = ctx.rng.randint(0, max(0, len(good) - n))
    run = good[start:start + n]
    out, tot = [], 0
    for p in run:
        if tot + len(p) > cap and len(out) >= 3:
            break
        out.append(p)
        tot += len(p)
    return out


def has_dateline(p):
    return bool(DATELINE.match(p))


def gt_body(ctx, art, n_traps, agency_dateline=None, cats=None, inside=()):
    """GT paragraphs (+ dateline) with traps and in-body boilerplate blocks."""
    paras = gt_paras(ctx, art)
    groups = []
    for i, p in enumerate(paras):
        if i == 0 and agency_dateline is not None and not has_dateline(p):
            groups.append([B(*dateline_parts(ctx, agency_dateline), p,
                             note="dateline" + (" with agency" if agency_dateline else ""))])
        else:
            groups.append([B(p)])
    blocks = traps_for(ctx, n_traps, cats) + [b for b in inside if b]
    return insert_blocks(ctx, groups, blocks), paras


def intl_story(ctx):
    return ctx.choice(SI.STORIES[ctx.lang][ctx.h])


def intl_body(ctx, story, n_traps, agency_dateline=None, inside=()):
    title, blocks = story
    c = ctx.choice(SI.CITIES[ctx.lang][ctx.h])
    p = person(ctx)
    groups = []
    first = True
    for b in blocks:
        if b[0] == "p":
            txt = b[1].replace("{c}", c).replace("{p}", p)
            if first and agency_dateline is not None:
                groups.append([B(*dateline_parts(ctx, agency_dateline), txt, note="dateline")])
            else:
                groups.append([B(txt)])
            first = False
        elif b[0] == "h":
            groups.append([B(b[1], note="trap: subhead")])
        elif b[0] == "q":
            groups.append([B(b[1].replace("{p}", p), note="trap: one-line quote")])
        elif b[0] == "l":
            groups.append([B(b[1], note="trap: story list intro")] + [B(i, note="trap: story list item") for i in b[2]])
    traps = traps_for(ctx, n_traps) + [x for x in inside if x]
    return insert_blocks(ctx, groups, traps), title


def maybe(ctx, p, fn, *a, **k):
    return fn(ctx, *a, **k) if ctx.r() < p else []


def title_line(ctx, title, suffix_p=0.6, suffix_name=None):
    ctx.title = title
    if ctx.r() < suffix_p:
        site = suffix_name or ctx.name(N.SITES)
        ctx.site = site
        ctx.used.add("site_name")
        return T(title, ctx.choice([" – ", " | ", " - ", " — ", " :: ", " · "]), site)
    ctx.used.add("title")
    return T(title)


def pub_pick(ctx):
    return ctx.name(N.PUBLISHERS)


# ------------------------------------------------------------------------------ archetypes

def a_wp_autoblog(ctx, art):
    L = []
    L += maybe(ctx, 0.4, W.theme_license_banner)
    L += maybe(ctx, 0.4, W.nav_menu)
    if art:
        title = slug_title(art[1], art[2], ctx.rng)
    else:
        story = intl_story(ctx)
        title = story[0]
    if ctx.r() < 0.4:
        site = ctx.name(N.AUTOBLOGS)
        ctx.site = site
        L += W.breadcrumb_title(ctx, ctx.name(N.SECTIONS), title, site)
        L.append(title_line(ctx, title, 0.0))
    else:
        L.append(title_line(ctx, title, 0.7, ctx.name(N.AUTOBLOGS) if ctx.r() < 0.5 else None))
    L += maybe(ctx, 0.4, W.stray_id)
    L += maybe(ctx, 0.45, W.title_repeat)
    L += W.date_line(ctx, "published") if ctx.r() < 0.6 else W.byline(ctx, with_date=True)
    sc = W.shortcodes(ctx) if ctx.r() < 0.6 else None
    if sc:
        L.append(sc[0])
    inside = [maybe(ctx, 0.5, W.advertisement_label), maybe(ctx, 0.4, W.also_read),
              maybe(ctx, 0.3, W.photo_block)]
    if art:
        body, _ = gt_body(ctx, art, ctx.rng.randint(4, 6), agency_dateline=ctx.choice([None, None, True, False]),
                          inside=inside)
    else:
        body, _ = intl_body(ctx, story, ctx.rng.randint(2, 3), ctx.choice([None, True]), inside=inside)
    L += body
    if sc:
        L.append(sc[1])
    pub = pub_pick(ctx)
    L += maybe(ctx, 0.2, W.syndication_notice)
    L += maybe(ctx, 0.15, W.originally_appeared, pub)
    r = ctx.r()
    if r < 0.35:
        L += W.source_link(ctx, pub)
    elif r < 0.55:
        L += W.read_more(ctx)
    elif r < 0.8:
        L += W.original_url_line(ctx, pub)
    L += maybe(ctx, 0.5, W.share_row)
    L += maybe(ctx, 0.5, W.tags)
    L += maybe(ctx, 0.4, W.reaction_counter)
    L += maybe(ctx, 0.5, W.headline_list, "you_may_also_like")
    L += maybe(ctx, 0.2, W.headline_run)
    L += maybe(ctx, 0.4, W.prev_next)
    L += maybe(ctx, 0.5, W.comment_form)
    L += maybe(ctx, 0.4, W.copyright_notice, name_site=True)
    L += maybe(ctx, 0.3, W.footer)
    L += maybe(ctx, 0.3, W.back_to_top)
    return L


def a_aggregator(ctx, art):
    L = []
    head_disc = ctx.r() < 0.3
    anon = ctx.r() < 0.4
    if head_disc:
        L += W.aggregator_disclaimer(ctx, anon=anon)
    title = slug_title(art[1], art[2], ctx.rng) if art else None
    story = None if art else intl_story(ctx)
    L.append(title_line(ctx, title or story[0], 0.25))
    L += maybe(ctx, 0.3, W.title_repeat)
    L += W.date_line(ctx, "relative") if ctx.r() < 0.4 else W.date_line(ctx, "published")
    L += maybe(ctx, 0.4, W.photo_block)
    pub = pub_pick(ctx)
    agency = ctx.r() < 0.5
    inside = [maybe(ctx, 0.5, W.also_read), maybe(ctx, 0.4, W.advertisement_label),
              maybe(ctx, 0.3, W.social_promo)]
    if art:
        body, _ = gt_body(ctx, art, ctx.rng.randint(4, 6), agency_dateline=True if agency else None, inside=inside)
    else:
        body, _ = intl_body(ctx, story, ctx.rng.randint(2, 3), True if agency else None, inside=inside)
    L += body
    ag = {"en": ["AP", "AFP", "Reuters", "PTI"], "de": ["dpa"], "fr": ["AFP"], "es": ["EFE"]}[ctx.lang]
    L += W.wire_credit_line(ctx, ctx.choice(ag) if ctx.r() < 0.6 else None)
    L += maybe(ctx, 0.5, W.publisher_promo, pub)
    L += maybe(ctx, 0.4, W.app_promo, pub)
    L += maybe(ctx, 0.3, W.ui_word, 2)
    if ctx.free("updated") and ctx.r() < 0.4:
        L += W.date_line(ctx, "updated")
    L += maybe(ctx, 0.4, W.click_here_promo)
    L += W.read_original(ctx, pub) if ctx.r() < 0.6 else []
    L += maybe(ctx, 0.3, W.original_url_line, pub)
    L += maybe(ctx, 0.3, W.email_placeholder)
    if not head_disc and ctx.r() < 0.8:
        L += W.aggregator_disclaimer(ctx, anon=anon)
    L += maybe(ctx, 0.4, W.headline_list, "trending")
    return L


def a_regional_news(ctx, art):
    L = []
    L += maybe(ctx, 0.6, W.skip_link)
    L += maybe(ctx, 0.3, W.cookie_notice)
    L += W.nav_menu(ctx)
    sec = ctx.name(N.SECTIONS)
    L += W.breadcrumb(ctx, sec) if ctx.r() < 0.5 else W.section_label(ctx, sec)
    story = None if art else intl_story(ctx)
    L.append(title_line(ctx, slug_title(art[1], art[2], ctx.rng) if art else story[0], 0.7))
    L += W.byline(ctx, agency=ctx.r() < 0.15)
    L += W.date_both(ctx) if ctx.r() < 0.4 else W.date_line(ctx, "published")
    L += maybe(ctx, 0.4, W.reading_time)
    L += maybe(ctx, 0.4, W.share_row)
    L += maybe(ctx, 0.6, W.photo_block)
    inside = [maybe(ctx, 0.6, W.advertisement_label), maybe(ctx, 0.4, W.newsletter_promo),
              maybe(ctx, 0.4, W.also_read), maybe(ctx, 0.3, W.photo_block)]
    if art:
        body, _ = gt_body(ctx, art, ctx.rng.randint(4, 6), agency_dateline=ctx.choice([None, False]), inside=inside)
    else:
        body, _ = intl_body(ctx, story, ctx.rng.randint(2, 3), ctx.choice([None, False]), inside=inside)
    L += body
    L += maybe(ctx, 0.3, W.originally_appeared, pub_pick(ctx))
    L += maybe(ctx, 0.6, W.tags)
    L += maybe(ctx, 0.3, W.author_bio)
    L += maybe(ctx, 0.6, W.headline_list, "related")
    L += maybe(ctx, 0.3, W.headline_list, "ranking")
    L += maybe(ctx, 0.3, W.social_promo)
    L += W.footer(ctx)
    L += W.copyright_notice(ctx, name_site=True)
    return L


def a_magazine_feature(ctx, art):
    L = []
    sec = ctx.name(N.SECTIONS)
    L += W.section_label(ctx, sec)
    q = ctx.choice(SE.PULL[ctx.h])
    qq = ctx.choice([("“", "”"), ("‘", "’"), ('"', '"')])
    quoted = qq[0] + q + qq[1]
    sub = ctx.r() < 0.4
    title = quoted + (": " + slug_title(art[1], art[2], ctx.rng).lower() if sub else "")
    L.append(title_line(ctx, title, 0.5))
    paras = gt_paras(ctx, art, 5, 10, 5200)
    L.append(B(paras[0], note="standfirst"))
    L += W.byline(ctx)
    L += W.date_line(ctx, "published")
    L += W.photo_block(ctx)
    p = person(ctx)
    groups = [[B(x)] for x in paras[1:]]
    blocks = [[B(quoted, note="trap: pull quote repeating the headline" + ("" if sub else " exactly"))],
              [B(f"{qq[0]}{q},{qq[1]} says {p}.", note="trap: quote repeating the headline")],
              [B(ctx.pick(TE.SUBHEAD), note="trap: subhead")], [B(ctx.pick(TE.SUBHEAD), note="trap: subhead")],
              trap_lines(ctx, "caption"), trap_lines(ctx, "caption"), trap_lines(ctx, "topic")]
    blocks += traps_for(ctx, 2, ["short", "acronym", "date_end", "trigger"])
    blocks += [W.photo_block(ctx), maybe(ctx, 0.5, W.photo_block), maybe(ctx, 0.4, W.advertisement_label)]
    L += insert_blocks(ctx, groups, [b for b in blocks if b], first_gap=1)
    L += maybe(ctx, 0.6, W.headline_list, "more_stories")
    L += maybe(ctx, 0.5, W.headline_list, "recommendation")
    L += maybe(ctx, 0.5, W.newsletter_promo)
    L += maybe(ctx, 0.4, W.social_promo)
    L += W.copyright_notice(ctx, name_site=True)
    return L


def _stamp(ctx, fmt):
    h24 = ctx.rng.randint(6, 22)
    m = ctx.rng.randint(0, 59)
    h12 = h24 % 12 or 12
    return fmt.format(h=h12, H=f"{h24:02d}" if "{H}" in fmt and ctx.r() < 0.5 else h24, m=f"{m:02d}")


def a_live_blog(ctx, art):
    L = []
    L += maybe(ctx, 0.4, W.nav_menu)
    if ctx.lang == "en":
        title, entries = ctx.choice(SE.LIVE[ctx.h])
        stamps = SE.STAMPS[ctx.h]
    else:
        st = intl_story(ctx)
        title = SI.LIVE_TITLE[ctx.lang].format(h=st[0])
        c = ctx.choice(SI.CITIES[ctx.lang][ctx.h])
        p = person(ctx)
        entries = [(None if b[0] != "h" else b[1], None) for b in st[1]]
        entries = []
        pending = None
        for b in st[1]:
            if b[0] == "h":
                pending = b[1]
            elif b[0] in ("p", "q"):
                entries.append((pending, b[1].replace("{c}", c).replace("{p}", p)))
                pending = None
        stamps = SI.STAMPS[ctx.lang][ctx.h]
    L.append(title_line(ctx, title, 0.5))
    L += W.ui_word(ctx, 1) if ctx.lang != "en" else [X("ui_word", ctx.pick(["Live", "LIVE", "Live updates", "● Live"]))]
    L += W.date_line(ctx, "updated") if ctx.r() < 0.6 else W.date_line(ctx, "relative")
    L += W.byline(ctx)
    L += maybe(ctx, 0.5, lambda c: [X("ui_word", c.pick(["Show key events only", "Key events", "Pinned post", "Latest first"]))])
    L += maybe(ctx, 0.4, W.share_row)
    fmt = ctx.choice(stamps)
    n = ctx.rng.randint(5, len(entries))
    chosen = sorted(ctx.rng.sample(range(len(entries)), n))
    times = sorted((ctx.rng.randint(6, 22), ctx.rng.randint(0, 59)) for _ in chosen)[::-1]
    p = person(ctx)
    for (h24, m), idx in zip(times, chosen):
        head, txt = entries[idx]
        h12 = h24 % 12 or 12
        L.append(B(fmt.format(h=h12, H=f"{h24:02d}", m=f"{m:02d}"), note="trap: live-blog timestamp"))
        if head:
            L.append(B(head, note="trap: live-blog entry headline"))
        L.append(B(txt.replace("{p}", p)))
        r = ctx.r()
        if r < 0.15:
            L += W.advertisement_label(ctx)
        elif r < 0.25:
            L += W.photo_block(ctx)
        elif r < 0.35 and ctx.lang == "en":
            L += traps_for(ctx, 1, ["short", "trigger", "topic", "quote"])[0]
        elif r < 0.42:
            L.append(X("ui_word", ctx.pick(["Share", "Copy link", "Key event", "Share this post"])))
    L += maybe(ctx, 0.5, W.ui_word, 1)
    L += maybe(ctx, 0.5, W.headline_list, "trending")
    L += maybe(ctx, 0.4, W.footer)
    return L


def a_qa_interview(ctx, art):
    L = []
    L += maybe(ctx, 0.4, W.nav_menu)
    L += W.section_label(ctx, ctx.name(N.SECTIONS))
    interviewer_line = W.byline(ctx)
    iv = [p.value for p in interviewer_line[0].parts if isinstance(p, F) and p.kind == "authors"][0]
    subj = person(ctx)
    while subj == iv or any(subj == p.value for p in interviewer_line[0].parts if isinstance(p, F)):
        subj = person(ctx)
    if ctx.lang == "en":
        intro, pairs = ctx.choice(SE.QA[ctx.h])
        styles = SE.QA_STYLES[ctx.h]
        title = ctx.choice(["Interview: ", "Q&A: ", "", "In conversation: "]) + subj + \
            ctx.choice([" on rescues, retirement and rough seas", ": ‘I never planned any of this’",
                        " talks about what comes next", " looks back"])
        intro = intro.replace("{p}", subj)
    else:
        pairs = SI.QA_PAIRS[ctx.lang][ctx.h]
        styles = SI.QA[ctx.lang]
        styles = styles[ctx.h]
        c = ctx.choice(SI.CITIES[ctx.lang][ctx.h])
        intro = SI.QA_INTRO[ctx.lang].replace("{p}", subj).replace("{c}", c)
        title = {"de": "Interview: „Es ist Zeit“", "fr": "Entretien : « Il est temps »",
                 "es": "Entrevista: «Es el momento»"}[ctx.lang] + " – " + subj if ctx.r() < 0.5 else \
            {"de": "„Es ist Zeit“: {s} im Gespräch", "fr": "{s} : « Il est temps »", "es": "{s}: «Es el momento»"}[ctx.lang].format(s=subj)
    L.append(title_line(ctx, title, 0.5))
    L += interviewer_line
    L += W.date_line(ctx, "published")
    L += maybe(ctx, 0.5, W.photo_block)
    L.append(B(intro, note="interview intro"))
    style = ctx.choice(styles)
    qf, af = style.split("|")
    I, S = iv.split()[-1], subj.split()[-1]
    k = ctx.rng.randint(4, len(pairs))
    for j, (q, a) in enumerate(pairs[:k]):
        L.append(B(qf.format(q=q, I=I, S=S, IU=I.upper(), SU=S.upper()), note="trap: interview question"))
        L.append(B(af.format(a=a, I=I, S=S, IU=I.upper(), SU=S.upper()), note="trap: interview answer"))
        if j == 1 and ctx.r() < 0.5:
            L += W.advertisement_label(ctx)
        if j == 2 and ctx.lang == "en" and ctx.r() < 0.6:
            L += traps_for(ctx, 1, ["subhead", "trigger", "topic"])[0]
    L += maybe(ctx, 0.5, W.headline_list, "recommendation")
    L += maybe(ctx, 0.5, W.share_row)
    L += maybe(ctx, 0.4, W.comment_form)
    L += W.copyright_notice(ctx, name_site=True)
    return L


def a_sports_report(ctx, art):
    L = []
    L += W.nav_menu(ctx)
    teams = ctx.sample(N.TEAMS, 8 if ctx.lang == "en" else 4)
    t1, t2 = teams[0], teams[1]
    s2 = ctx.rng.randint(0, 2)
    s1 = s2 + ctx.rng.randint(1, 2)
    m = ctx.rng.randint(60, 89)
    p1, p2, p3 = [x.split()[-1] if ctx.r() < 0.3 else x for x in ctx.sample(N.PEOPLE, 3)]
    kw = dict(t1=t1, t2=t2, s1=s1, s2=s2, m=m, p1=p1, p2=p2, p3=p3,
              t3=teams[2], t4=teams[3])
    if ctx.lang == "en":
        P = SE.SPORT[ctx.h]
        title = ctx.choice([f"{t1} {s1}-{s2} {t2}: {p1} strikes late", f"{p1} double lifts {t1} past {t2}",
                            f"{t1} beat {t2} to end losing run", f"Match report: {t1} v {t2}"])
    else:
        P = SI.SPORT[ctx.lang][ctx.h]
        title = f"{t1} – {t2} {s1}:{s2}" if ctx.lang == "de" else f"{t1} {s1}-{s2} {t2}"
    L.append(title_line(ctx, title, 0.5))
    L += W.byline(ctx)
    L += W.date_line(ctx, "published")
    L += maybe(ctx, 0.4, W.ui_word, 1)
    L += maybe(ctx, 0.5, W.photo_block)
    f = lambda s: s.format(**kw)  # noqa: E731
    if ctx.lang == "en":
        groups = [[B(f(ctx.choice(P["lead"])))], [B(f(ctx.choice(P["score"])), note="trap: score line")]]
        for para in ctx.rng.sample(P["para"], 4):
            groups.append([B(f(para))])
        blocks = [[B(f(ctx.choice(P["short"])), note="trap: short line")],
                  [B(f(ctx.choice(P["quote"])), note="trap: one-line quote")],
                  [B(f(ctx.choice(P["scorers"])), note="trap: scorers line")]]
        lineup = [B(f(ctx.choice(P["lineup_intro"])), note="trap: line-up intro")]
        names = [x.split()[-1] for x in ctx.sample(N.PEOPLE, 11)]
        if ctx.r() < 0.5:
            lineup.append(B(f"{names[0]}; " + ", ".join(names[1:5]) + "; " + ", ".join(names[5:9]) + "; " +
                            ", ".join(names[9:11]) + ".", note="trap: names-only line-up"))
        else:
            lineup += [B(x, note="trap: names-only line-up item") for x in ctx.sample(N.PEOPLE, 5)]
        blocks.append(lineup)
        res = [B(f(ctx.choice(P["results_intro"])), note="trap: results intro")]
        others = teams[2:8]
        for i in range(0, 6, 2):
            a, b = ctx.rng.randint(0, 4), ctx.rng.randint(0, 3)
            form = ctx.choice(["{A} {a}, {B} {b}", "{A} {a}-{b} {B}", "{A} {a} {B} {b}"]) if ctx.h == 0 else \
                ctx.choice(["{A} {a}, {B} {b}", "{A} {a}-{b} {B}", "{A} v {B}: {a}-{b}"])
            res.append(B(form.format(A=others[i], B=others[i + 1], a=a, b=b), note="trap: result line"))
        blocks.append(res)
        blocks += traps_for(ctx, 1, ["trigger", "acronym", "topic"])
        # short line, quote, scorers and a trigger trap go between paragraphs; line-up and results close
        body = insert_blocks(ctx, groups, blocks[:3] + blocks[5:], first_gap=2) + blocks[3] + blocks[4]
    else:
        groups = [[B(f(P["lead"]))], [B(f(P["score"]), note="trap: score line")]]
        groups += [[B(f(x))] for x in P["para"]]
        blocks = [[B(f(P["quote"]), note="trap: one-line quote")], [B(f(P["scorers"]), note="trap: scorers line")]]
        blocks += traps_for(ctx, 1)
        res = [B(P["results_intro"], note="trap: results intro")]
        o = ctx.sample(N.TEAMS, 4)
        sep = ":" if ctx.lang == "de" else "-"
        res.append(B(f"{o[0]} – {o[1]} 2{sep}2" if ctx.lang == "de" else f"{o[0]} 2-2 {o[1]}", note="trap: result line"))
        res.append(B(f"{o[2]} – {o[3]} 0{sep}1" if ctx.lang == "de" else f"{o[2]} 0-1 {o[3]}", note="trap: result line"))
        body = insert_blocks(ctx, groups, blocks, first_gap=2) + res
    L += body
    L += maybe(ctx, 0.6, W.headline_list, "more_stories")
    L += maybe(ctx, 0.4, W.headline_list, "trending")
    L += maybe(ctx, 0.4, W.tags)
    L += maybe(ctx, 0.5, W.footer)
    return L


def a_court_politics(ctx, art):
    L = []
    L += maybe(ctx, 0.5, W.nav_menu)
    L += maybe(ctx, 0.5, W.breadcrumb, ctx.name(N.SECTIONS))
    agency = ctx.r() < 0.35
    if ctx.lang == "en":
        P = SE.COURT[ctx.h]
        lead = ctx.choice(P["lead"]).format(age=ctx.rng.randint(24, 67))
        title = re.split(r",| who | has been| after ", lead)[0].rstrip(".")
        if len(title.split()) < 5:
            title = lead.rstrip(".")
        title = lead.rstrip(".") if ctx.r() < 0.5 else title + ctx.choice([" jailed", " convicted", " in court"])
        L.append(title_line(ctx, title, 0.5))
        L += W.byline(ctx, agency=agency)
        L += W.date_line(ctx, "published") if ctx.r() < 0.6 else W.date_both(ctx)
        L += maybe(ctx, 0.4, W.photo_block)
        pp, qq, rr = ctx.sample(N.PEOPLE, 3)
        groups = [[B(*dateline_parts(ctx, False), lead, note="dateline")] if ctx.r() < 0.4 else [B(lead)]]
        groups += [[B(x.format(p=pp, q=qq, r=rr))] for x in P["para"]]
        blocks = [[B(ctx.choice(P["short"]), note="trap: short one-line paragraph")],
                  [B(ctx.choice(P["quote"]), note="trap: one-line quote")],
                  [B(ctx.choice(P["vote"]), note="trap: vote/verdict tally line")]]
        blocks += traps_for(ctx, 4, ["list", "timeline", "trigger", "date_end", "acronym", "short", "subhead"])
        blocks += [maybe(ctx, 0.5, W.advertisement_label), maybe(ctx, 0.3, W.also_read)]
        L += insert_blocks(ctx, groups, [b for b in blocks if b])
    else:
        story = ctx.choice([s for s in SI.STORIES[ctx.lang][ctx.h]])
        L.append(title_line(ctx, story[0], 0.5))
        L += W.byline(ctx, agency=agency)
        L += W.date_line(ctx, "published")
        body, _ = intl_body(ctx, story, 3, None, inside=[maybe(ctx, 0.5, W.advertisement_label)])
        L += body
    L += W.wire_credit_line(ctx, None) if ctx.r() < 0.2 else []
    L += maybe(ctx, 0.5, W.headline_list, "related")
    L += maybe(ctx, 0.4, W.tags)
    L += maybe(ctx, 0.2, W.republish_notice)
    L += maybe(ctx, 0.5, W.copyright_notice, name_site=True)
    return L


RECIPE_INTRO = (["This is the dish I make when friends turn up with an hour's notice.",
                 "I have been testing it for a month, on the school run, on the motorway and on a very wet weekend in the hills.",
                 "Comments from my family were mixed at first; now they ask for it every week."],
                ["My grandmother made a version of this every winter, with whatever was left in the cupboard.",
                 "I used it every day for three weeks, on trains, in the office and on a long-haul flight.",
                 "Photos of it on my phone don't do it justice, but the taste is what matters."])


def a_recipe_review(ctx, art):
    L = []
    L += W.nav_menu(ctx)
    L += W.section_label(ctx, ctx.name(N.SECTIONS))
    item = ctx.choice(SE.RECIPE[ctx.h])
    name, serves, lst, steps = item
    words = SE.RECIPE_WORDS[ctx.h]
    review = name.startswith("Review")
    L.append(title_line(ctx, name, 0.5))
    L += W.byline(ctx)
    L += W.date_line(ctx, "published")
    if not review:
        L.append(X("ui_word", ctx.choice(["Jump to recipe", "Print recipe"])))
    L += maybe(ctx, 0.6, W.photo_block)
    intro = [[B(x)] for x in ctx.rng.sample(RECIPE_INTRO[ctx.h], 2)]
    intro += traps_for(ctx, 2, ["trigger", "topic", "short", "acronym"])
    L += [ln for g in intro for ln in g]
    L += maybe(ctx, 0.4, W.advertisement_label)
    if not review:
        L.append(B(serves, note="trap: recipe yield line"))
        L.append(B(words[0], note="trap: recipe subhead"))
        L += [B(x, note="trap: ingredient line") for x in lst]
        L.append(B(words[1], note="trap: recipe subhead"))
        numbered = ctx.r() < 0.6
        L += [B((f"{i}. " if numbered else "") + s, note="trap: method step") for i, s in enumerate(steps, 1)]
        L.append(B(words[2].format(x="it keeps for three days in the fridge."), note="trap: tip line"))
    else:
        L.append(B(serves, note="trap: price line"))
        L.append(B(words[4], note="trap: review subhead"))
        L += [B(x, note="trap: spec line") for x in lst]
        L.append(B(words[5], note="trap: review subhead"))
        L += [B(x, note="trap: pros/cons line") for x in steps]
        L.append(B(words[3], note="trap: review subhead"))
        L.append(B(ctx.choice(["It is not cheap, but it is the best we have tested this year.",
                               "A few flaws, but easy to recommend."]), note="verdict paragraph"))
        L.append(B(words[6], note="trap: rating line in the review"))
    L += maybe(ctx, 0.6, W.reaction_counter)
    L += maybe(ctx, 0.5, W.share_row)
    L += maybe(ctx, 0.5, W.comment_form)
    L += maybe(ctx, 0.5, W.headline_list, "more_stories")
    return L


def a_listicle_explainer(ctx, art):
    L = []
    L += maybe(ctx, 0.5, W.nav_menu)
    title, sections = ctx.choice(SE.LISTICLE[ctx.h])
    L.append(title_line(ctx, title, 0.5))
    L += W.byline(ctx)
    L += W.date_line(ctx, "published") if ctx.r() < 0.6 else W.date_both(ctx)
    L += maybe(ctx, 0.4, W.share_row)
    L += maybe(ctx, 0.4, W.photo_block)
    L.append(B(ctx.choice(["Here is what you need to know.", "The changes affect thousands of households. Here is a guide.",
                           "We answer the most common questions from readers."] if ctx.h == 0 else
                          ["Here's everything we know so far.", "Readers sent us dozens of questions. These are the answers.",
                           "The short version: it is complicated. The long version is below."]), note="intro"))
    groups = []
    for head, txt in sections:
        groups.append([B(head, note="trap: numbered/question subhead"), B(txt)])
    blocks = traps_for(ctx, 3, ["list", "trigger", "topic", "short", "date_end", "acronym"])
    blocks.append(trap_lines(ctx, "list"))
    blocks += [maybe(ctx, 0.5, W.advertisement_label), maybe(ctx, 0.5, W.also_read)]
    L += insert_blocks(ctx, groups, [b for b in blocks if b], first_gap=1)
    L.append(B(ctx.pick(["The bottom line", "What you can do", "In short", "What it means for you"]), note="trap: subhead"))
    L.append(B(ctx.choice(["If in doubt, check the council's website or call the helpline.",
                           "Nothing changes until the final vote next month."])))
    L += W.headline_list(ctx, "related")
    L += maybe(ctx, 0.5, W.headline_list, "ranking")
    L += maybe(ctx, 0.4, W.newsletter_promo)
    return L


def a_clean(ctx, art):
    L = []
    titled = ctx.r() < 0.5
    story = None if art else intl_story(ctx)
    if titled:
        L.append(title_line(ctx, slug_title(art[1], art[2], ctx.rng) if art else story[0], 0.0))
    if art:
        body, _ = gt_body(ctx, art, ctx.rng.randint(3, 5), agency_dateline=False if ctx.r() < 0.5 else None)
    else:
        body, _ = intl_body(ctx, story, 2, None)
    return L + body


def a_nofacts(ctx, art):
    L = []
    L += maybe(ctx, 0.4, W.nav_menu)
    L += maybe(ctx, 0.4, W.date_line, "relative")
    L += maybe(ctx, 0.4, W.share_row)
    L += maybe(ctx, 0.4, W.photo_block, caption=True, credit=False)
    inside = [maybe(ctx, 0.6, W.advertisement_label)]
    if art:
        body, _ = gt_body(ctx, art, ctx.rng.randint(4, 6), agency_dateline=None, inside=inside)
    else:
        body, _ = intl_body(ctx, intl_story(ctx), 3, None, inside=inside)
    L += body
    L += maybe(ctx, 0.5, W.wire_credit_line, None)
    L += maybe(ctx, 0.5, W.read_more)
    L += maybe(ctx, 0.5, W.headline_list, "related")
    L += maybe(ctx, 0.4, W.headline_list, "trending")
    L += maybe(ctx, 0.4, W.comment_form)
    L += maybe(ctx, 0.3, W.aggregator_disclaimer, anon=True)
    L += maybe(ctx, 0.4, W.footer)
    return L


BUILDERS = {k: globals()["a_" + k] for k in ARCH}
LAYOUTS = {"wp_autoblog": ["double", "single", "mixed", "double"], "aggregator": ["double", "single", "mixed"],
           "regional_news": ["double", "blocks", "mixed"], "magazine_feature": ["double", "double", "mixed", "blocks"],
           "live_blog": ["double", "single", "mixed"], "listicle_explainer": ["double", "single", "blocks"],
           "qa_interview": ["double", "single", "mixed"], "sports_report": ["double", "single", "mixed"],
           "court_politics": ["double", "blocks", "single", "mixed"], "recipe_review": ["single", "double", "mixed"],
           "clean": ["double", "single"], "nofacts": ["double", "single", "mixed"]}


# ------------------------------------------------------------------------------ driver

def plan(rng):
    specs = []
    flip = 0
    for arch, langs in ARCH.items():
        by = {}
        for lg in langs:
            by.setdefault(lg, 0)
            by[lg] += 1
        for lg, n in by.items():
            for i in range(n):
                split = "dev" if (i + flip) % 2 == 0 else "test"
                specs.append((arch, lg, split))
            if n % 2:
                flip += 1
    rng.shuffle(specs)
    return specs


def build(seed: int, gt_path: str):
    rng = random.Random(seed)
    gt = load_gt(gt_path)
    rng.shuffle(gt)
    halves = {"dev": gt[0::2], "test": gt[1::2]}
    specs = plan(rng)
    docs = []
    for idx, (arch, lang, split) in enumerate(specs):
        drng = random.Random(f"{seed}-{idx}-{arch}-{lang}")
        ctx = Ctx(drng, split, lang)
        art = None
        if arch in GT_ARCH and lang == "en":
            if not halves[split]:
                raise SystemExit(f"out of ground-truth articles for {split}")
            art = halves[split].pop()
        lines = BUILDERS[arch](ctx, art)
        layout = drng.choice(LAYOUTS[arch])
        rec = assemble(lines, drng, layout, crlf=drng.random() < 0.08, final_nl=drng.random() < 0.7,
                       trailing_ws=0.05)
        source = art[0] if art else f"{lang}-{arch}"
        docs.append({"id": f"i{idx:03d}", "split": split, "archetype": arch, "lang": lang, "source": source,
                     **rec})
    return docs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--gt", default=DEFAULT_GT)
    ap.add_argument("--out", default=str(HERE / "corpus.jsonl"))
    a = ap.parse_args(argv)
    docs = build(a.seed, a.gt)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {a.out}")


if __name__ == "__main__":
    main()
