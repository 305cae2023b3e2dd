#!/usr/bin/env python3
"""Generate the blind_l corpus (provenance on copied / syndicated / aggregated news text).

Deterministic: seeded random.Random, stdlib only.  Usage: python3 generate.py [--gt PATH] [--seed N]
Dev and test documents use disjoint wording halves (names.half), disjoint invented names and
disjoint ground-truth articles.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import kit  # noqa: E402
import names as N  # noqa: E402
import traps as T  # noqa: E402
import wordings as W  # noqa: E402
from kit import F  # noqa: E402

DEFAULT_GT = "/work/shared/bench/article-extraction-benchmark/ground-truth.json"
SEED = 52017
EMAIL = "[email protected]"
SEPS = [" – ", " | ", " - ", " — ", " :: ", " · "]
PLAN = (["aggregator_digest"] * 13 + ["autoblog"] * 10 + ["syndicated_copy"] * 10
        + ["wire_copy"] * 5 + ["nofacts"] * 8 + ["trap_titled"] * 8)  # + 6 foreign per split
SKIP_HOSTS = ("livemint", "kxan", "rnz.co", "ndtv")
JUNK = re.compile(
    r"https?://|www\.|©|copyright|originally|first appeared|first published|republish|syndicat|"
    r"this article|this story|subscribe|sign up|newsletter|follow us|click here|photo|image|"
    r"credit|getty|reporting by|editing by|contributed|associated press|reuters|\bafp\b|\(ap\)|"
    r"\bap\b|bloomberg|source:|advertis|read more|related|©|\bvia\b|aggregat|\bfeed\b|disclaimer",
    re.I)
DATELINE = re.compile(r"^[A-Z][A-Za-z .,'-]{1,40}\([^)]{1,40}\)\s*[-—–:]")
OWN_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]{2,}(,|\s[—–-]|:)")
STOP = {"the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "it", "a"}
BAD_CHARS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\r]")


# ------------------------------------------------------------------ bodies

def load_articles(path: str) -> list[dict[str, Any]]:
    gt = json.loads(Path(path).read_text(encoding="utf-8"))
    out = []
    for key in sorted(gt):
        url = gt[key].get("url", "")
        if any(s in url for s in SKIP_HOSTS):
            continue
        paras = []
        for p in gt[key]["articleBody"].split("\n"):
            p = " ".join(BAD_CHARS.sub(" ", p).split())
            w = p.split()
            if len(w) < 8 or JUNK.search(p) or DATELINE.match(p) or p[:1] in "-•*–—[(" or p.isupper():
                continue
            paras.append(p)
        words = " ".join(paras).lower().split()
        if len(paras) < 4 or not words:
            continue
        if sum(w in STOP for w in words) / len(words) < 0.12:  # not English
            continue
        out.append({"key": key, "url": url, "paras": paras})
    return out


def pick_run(rng: random.Random, paras: list[str]) -> list[str]:
    n = rng.randint(4, 9)
    out: list[str] = []
    for p in paras:
        if len(out) >= n or sum(map(len, out)) + len(p) > 5000:
            break
        out.append(p)
    return out or paras[:1]


SMALL = {"a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "at", "by", "with", "as"}


def make_title(rng: random.Random, url: str, paras: list[str]) -> str:
    segs = [s for s in urlparse(url).path.split("/") if s]
    cand = max(segs, key=lambda s: s.count("-"), default="")
    cand = re.sub(r"\.(html?|php|aspx?)$", "", cand)
    words = [w for w in cand.split("-") if w.isalpha()]
    if 4 <= len(words) <= 16:
        if rng.random() < 0.5:
            t = " ".join(words)
            return t[0].upper() + t[1:]
        return " ".join(w if (i and w in SMALL) else w.capitalize() for i, w in enumerate(words))
    first = re.split(r"(?<=[.!?])\s", paras[0])[0].rstrip(".")
    return " ".join(first.split()[:12]).rstrip(",;:")


# ------------------------------------------------------------------ helpers

def fill(tpl: str, ctx: dict[str, Any]) -> list[Any]:
    parts: list[Any] = []
    for i, tok in enumerate(re.split(r"\{(\w+)\}", tpl)):
        if i % 2 == 0:
            if tok:
                parts.append(tok)
        else:
            v = ctx[tok]
            parts.append(v() if callable(v) else v)
    return parts


def agg_fact(ent: tuple[str, str]) -> F:
    disp, dom = ent
    al = [dom, dom.split(".")[0], re.sub(r"^The ", "", disp)]
    return F("aggregator", disp, disp, tuple(al))


def pub_aliases(ent: tuple[str, str]) -> list[str]:
    name, host = ent
    return [name, re.sub(r"^(The|Le|La|L'|El|Die) ?", "", name), host, "www." + host, host.split(".")[0]]


def pub_fact(ent: tuple[str, str]) -> F:
    return F("publisher", ent[0], ent[0], tuple(pub_aliases(ent)))


def slugify(t: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")[:70]


def url_parts(rng: random.Random, ent: tuple[str, str], title: str) -> F:
    host = ent[1]
    shown = host if rng.random() < 0.4 else "www." + host
    slug = slugify(title) or "story"
    path = rng.choice([
        f"/news/{rng.randint(2023, 2024)}/{rng.randint(1, 12):02d}/{slug}/",
        f"/local/{slug}-{rng.randint(100000, 999999)}",
        f"/story/{rng.randint(1000, 99999)}/{slug}.html",
        f"/{slug}/",
        f"/article/{slug}?ref=rss",
    ])
    return F("original_url", None, parts=["https://", F("publisher", host, shown, tuple(pub_aliases(ent))), path])


def credit(agy: str, long: bool) -> F:
    forms = N.AGENCIES[agy]
    shown = forms[0] if long else agy
    return F("credits", agy, shown, tuple(x for x in [agy, *forms] if x != shown))


def headline(rng: random.Random, S: dict[str, Any]) -> str:
    return f"{rng.choice(S['hl_subj'])} {rng.choice(S['hl_pred'])}"


class Ctx:
    """Everything a document builder needs for its split."""

    def __init__(self, split: str, rng: random.Random) -> None:
        self.split = split
        self.rng = rng
        h = lambda pool: N.half(pool, split)  # noqa: E731
        self.h = h
        self.S = {"hl_subj": h(N.HL_SUBJECTS), "hl_pred": h(N.HL_PREDICATES)}
        self.aggs = h(N.AGGREGATORS_EN)
        self.pubs = h(N.PUBLISHERS_EN)
        self.sites = h(N.SITES_EN)
        self.papers = h(N.TRAP_PAPERS)
        self.nets = h(N.NETWORKS)
        self.people = h(N.PEOPLE)
        self.agencies = N.EN_AGENCIES  # canonical names are shared (they are not invented)

    def pick(self, pool: Any, lang: str = "en") -> Any:
        if isinstance(pool, dict):
            pool = pool[lang]
        return self.rng.choice(self.h(pool))


# ------------------------------------------------------------------ building blocks

def head_furniture(d: kit.Doc, c: Ctx, lang: str, heavy: bool) -> None:
    r = c.rng
    if r.random() < (0.35 if heavy else 0.15):
        d.bp("skip_link", c.pick(W.SKIP_LINK, lang))
    if r.random() < (0.3 if heavy else 0.1) and lang == "en":
        ck = c.pick(W.COOKIE)
        d.bp("cookie_notice", ck[0])
        d.bp("cookie_notice", ck[1])
    if r.random() < (0.6 if heavy else 0.3):
        items = c.pick(W.NAV, lang)
        if r.random() < 0.5:
            d.bp("nav_menu", " | ".join(items))
        else:
            for it in items:
                d.bp("nav_menu", it)
    d.block()


def title_line(d: kit.Doc, c: Ctx, title: str, suffix: str | None) -> None:
    if suffix:
        sep = c.rng.choice(SEPS)
        d.add("title", None, F("title", title, title), sep, F("site_name", suffix, suffix),
              title_text=title, site_suffix=suffix)
    else:
        d.add("title", None, F("title", title, title), title_text=title, site_suffix=None)
    d.block()


def date_lines(d: kit.Doc, c: Ctx, lang: str, pub: bool, upd: bool) -> None:
    r = c.rng
    fmts = c.h(kit.EN_DATE_FORMATS) if lang == "en" else kit.FOREIGN_DATE_FORMATS[lang]
    if lang != "en":
        fmts = [fmts[0]] if c.split == "dev" else [fmts[1]]
    f_doc = r.choice(fmts)  # one date format per document
    t1 = kit.rand_time(r)
    t2 = t1 + kit.dt.timedelta(hours=r.randint(2, 60), minutes=r.randint(0, 59))
    if pub and upd and lang == "en" and r.random() < 0.35:
        f = f_doc
        d.bp("date_line", *fill(c.pick(W.BOTH_DATES), {"D": kit.date_fact("published", f, t1),
                                                       "D2": kit.date_fact("updated", f, t2)}))
        return
    if pub:
        d.bp("date_line", *fill(c.pick(W.PUBLISHED, lang), {"D": kit.date_fact("published", f_doc, t1)}))
    if upd:
        d.bp("date_line", *fill(c.pick(W.UPDATED, lang), {"D": kit.date_fact("updated", f_doc, t2)}))


def body_block(d: kit.Doc, c: Ctx, paras: list[str], lang: str, *, n_traps: int, ads: float,
               dateline: F | None = None, city: str = "", shortcodes: list[str] | None = None,
               captions: bool = False) -> None:
    r = c.rng
    items: list[list[Any]] = [[p] for p in paras]
    if dateline is not None and not OWN_DATELINE.match(paras[0]):
        sep = r.choice([" — ", " - ", " – "])
        items[0] = [f"{city} (", dateline, ")" + sep, paras[0]]
    if lang == "en":
        tp = list(T.TRAPS[c.split])
    else:
        tp = list(T.FOREIGN_TRAPS[lang][c.split])
    r.shuffle(tp)
    for t in tp[:n_traps]:
        txt = t.replace("{PAPER}", r.choice(c.papers)).replace("{AGYP}", r.choice(T.AGENCY_PROSE[c.split]))
        items.insert(r.randint(1, len(items)), [txt])
    if shortcodes:
        d.bp("shortcode", shortcodes[0])
    for i, it in enumerate(items):
        if i > 0 and r.random() < ads:
            d.bp("advertisement_label", c.pick(W.ADS, lang))
        if i == 1 and captions and r.random() < 0.5 and lang == "en":
            d.bp("photo_caption", c.pick(W.CAPTIONS))
        if r.random() < 0.04 and isinstance(it[-1], str):
            it = [*it[:-1], it[-1] + " "]
        d.body(*it)
    d.block()
    if shortcodes:
        d.bp("shortcode", shortcodes[1])
        d.block()


def tail_furniture(d: kit.Doc, c: Ctx, lang: str, site: str | None, *, lists: int, comments: bool,
                   prevnext: bool, tags: bool) -> None:
    r = c.rng
    if r.random() < 0.4:
        for s in c.pick(W.SHARE, lang):
            d.bp("share_row", s)
    if tags and lang == "en":
        tl = r.sample(["Politics", "Local News", "Weather", "Economy", "Health", "Courts", "Transport",
                       "Education", "Environment", "Crime", "Housing", "Energy"], r.randint(2, 4))
        i = r.randrange(2)
        tpl = W.TAG_LINE[2 * i + (0 if c.split == "dev" else 1)]
        sep = W.TAG_SEPS[2 * i + (0 if c.split == "dev" else 1)]
        parts: list[Any] = []
        for j, t in enumerate(tl):
            if j:
                parts.append(sep)
            parts.append(F("tags", t, t))
        pre, post = tpl.split("{TAGS}")
        d.bp("tag_line", pre, *parts, post)
    if r.random() < 0.2 and lang == "en":
        d.bp("newsletter_promo" if r.random() < 0.5 else "social_promo",
             c.pick(W.NEWSLETTER) if r.random() < 0.5 else c.pick(W.SOCIAL))
    headers = c.h(W.RELATED[lang])
    for kind, header in r.sample(headers, min(lists, len(headers))):
        d.block()
        d.bp(kind, header)
        item_kind = {"related_header": "related_item", "you_may_also_like": "related_item",
                     "trending_header": "trending_item", "more_stories_header": "more_stories_item",
                     "ranking_header": "ranking_item", "recommendation_header": "recommendation_item"}[kind]
        bullet = r.choice(["", "- ", "• ", "» "]) if c.split == "dev" else r.choice(["", "* ", "→ ", "1. "])
        for k in range(r.randint(0, 5) if r.random() < 0.1 else r.randint(3, 5)):
            b = f"{k + 1}. " if bullet == "1. " else bullet
            hl = headline(r, c.S) if lang == "en" else r.choice(N.half(N.FOREIGN_HEADLINES[lang], c.split))
            d.bp(item_kind, b + hl)
    d.block()
    if prevnext:
        pn = c.pick(W.PREV_NEXT)
        d.bp("prev_next_link", pn[0] + " " + headline(r, c.S))
        d.bp("prev_next_link", pn[1] + " " + headline(r, c.S))
    if comments:
        for s in c.pick(W.COMMENT, lang):
            d.bp("comment_form", s)
    d.block()
    if r.random() < 0.5:
        for s in c.pick(W.FOOTER, lang):
            d.bp("footer_link", s)
    if site and r.random() < 0.5:
        d.bp("copyright_notice", *fill(c.pick(W.SITE_COPYRIGHT), {"YEAR": str(r.randint(2023, 2025)), "SITE": site}))
    if r.random() < 0.25:
        d.bp("back_to_top", c.pick(W.BACK_TO_TOP))


def synd_line(d: kit.Doc, c: Ctx, lang: str, pub: tuple[str, str] | None) -> None:
    if pub is not None:
        pre, notice, post = c.pick(W.SYND_NAMED, lang)
        inner = fill(notice, {"PUB": pub_fact(pub), "NET": c.rng.choice(c.nets)})
    else:
        pre, notice, post = c.pick(W.SYND_ANON, lang)
        inner = [notice]
    d.bp("syndication_notice", *([pre] if pre else []), F("syndication", None, parts=inner), *([post] if post else []))


def agg_line(d: kit.Doc, c: Ctx, lang: str, agg: tuple[str, str] | None, pub: tuple[str, str] | None,
             want_pub: bool) -> bool:
    """Add an aggregator disclaimer; return True when it named the publisher."""
    if agg is None:
        d.bp("aggregator_disclaimer", *fill(c.pick(W.AGG_ANON, lang), {"EMAIL": EMAIL}))
        return False
    pool = c.h(W.AGG_NAMED[lang])
    cands = [t for t in pool if ("{PUB}" in t) == (want_pub and pub is not None)] or pool
    tpl = c.rng.choice(cands)
    ctx: dict[str, Any] = {"AGG": agg_fact(agg), "EMAIL": EMAIL}
    if "{PUB}" in tpl:
        assert pub is not None
        ctx["PUB"] = pub_fact(pub)
    d.bp("aggregator_disclaimer", *fill(tpl, ctx))
    return "{PUB}" in tpl


def publisher_line(d: kit.Doc, c: Ctx, lang: str, pub: tuple[str, str], title: str, how: str) -> None:
    if how == "url":
        tpl = c.pick(W.ORIGINAL_URL)
        d.bp("original_url_line", *fill(tpl, {"URL": url_parts(c.rng, pub, title), "TITLE": title}))
    elif how == "orig":
        d.bp("originally_appeared", *fill(c.pick(W.ORIGINALLY, lang), {"PUB": pub_fact(pub)}))
    elif how == "source":
        d.bp("source_link", *fill(c.pick(W.SOURCE_NAMED, lang), {"PUB": pub_fact(pub)}))
    elif how == "readorig":
        d.bp("read_original", *fill(c.pick(W.READ_ORIGINAL_NAMED), {"PUB": pub_fact(pub)}))
    elif how == "promo":
        d.bp("publisher_promo", *fill(c.pick(W.PUBLISHER_PROMO), {"PUB": pub_fact(pub)}))
    else:
        raise ValueError(how)


def byline(d: kit.Doc, c: Ctx, lang: str, person: str) -> None:
    d.bp("byline", *fill(c.pick(W.BYLINE, lang), {"PERSON": F("authors", person, person)}))


# ------------------------------------------------------------------ archetypes

def build_en(arch: str, c: Ctx, art: dict[str, Any]) -> kit.Doc:
    r = c.rng
    d = kit.Doc()
    paras = pick_run(r, art["paras"])
    title = make_title(r, art["url"], paras)
    agg = r.choice(c.aggs)
    pub = r.choice(c.pubs)
    site = r.choice(c.sites)
    head: list[Any] = []  # callables placed before/after the title
    tail: list[Any] = []
    dateline: F | None = None
    city = r.choice(N.CITIES)
    shortcodes = None
    suffix: str | None = None
    has_title = arch != "nofacts"
    n_traps = r.randint(0, 2)
    comments = prevnext = tags = False
    lists = r.randint(0, 2)
    meta: list[Any] = []

    if arch == "aggregator_digest":
        named = r.random() < 0.8
        suffix = (agg[0] if named and r.random() < 0.4 else (site if r.random() < 0.3 else None))
        named_pub = agg_pub = False
        spot = r.choices(["head", "after", "tail"], [25, 15, 60])[0]
        want_pub = named and r.random() < 0.5
        disc = lambda: agg_line(d, c, "en", agg if named else None, pub, want_pub)  # noqa: E731
        (head if spot == "head" else meta if spot == "after" else tail).append(disc)
        agg_pub = want_pub
        if r.random() < 0.5:
            tail.insert(0, lambda: d.bp("read_original", c.pick(W.READ_ORIGINAL_BARE)))
        if r.random() < (0.5 if agg_pub else 0.75):
            how = r.choices(["url", "orig", "source", "readorig", "promo"], [40, 25, 12, 13, 10])[0]
            tail.insert(0, lambda: publisher_line(d, c, "en", pub, title, how))
            named_pub = True
        del named_pub
        pubd, upd = r.random() < 0.7, r.random() < 0.4
        meta.append(lambda: date_lines(d, c, "en", pubd, upd))
        if not upd and r.random() < 0.3:
            tail.append(lambda: d.bp("date_line", c.pick(W.RELATIVE_DATE)))
        if r.random() < 0.35:
            dateline = credit(r.choice(c.agencies), False)
        x = r.random()
        if x < 0.25:
            agy = r.choice(c.agencies)
            tail.insert(0, lambda: d.bp("wire_credit_line", *fill(c.pick(W.WIRE_NAMED), {"AGY": credit(agy, r.random() < 0.5)})))
        elif x < 0.4:
            tail.insert(0, lambda: d.bp("wire_credit_line", c.pick(W.WIRE_ANON)))
        if r.random() < 0.3:
            tail.append(lambda: d.bp("ui_word", c.pick(W.UI_WORD)))
    elif arch == "autoblog":
        suffix = site if r.random() < 0.6 else None
        shortcodes = c.pick(W.SHORTCODES)
        if r.random() < 0.3:
            meta.append(lambda: d.bp("stray_id", f"{r.getrandbits(56):014x}.{r.randint(10**7, 10**8 - 1)}"))
        if r.random() < 0.5:
            meta.append(lambda: date_lines(d, c, "en", True, False))
        if r.random() < 0.55:
            want_pub = r.random() < 0.45
            tail.append(lambda: agg_line(d, c, "en", agg, pub, want_pub))
        x = r.random()
        if x < 0.3:
            tail.insert(0, lambda: d.bp("source_link", c.pick(W.SOURCE_BARE)))
        how = r.choices(["url", "orig", "source", None], [40, 25, 15, 20])[0]
        if how:
            tail.insert(0, lambda: publisher_line(d, c, "en", pub, title, how))
        comments, prevnext, tags = r.random() < 0.6, r.random() < 0.5, r.random() < 0.4
        lists = r.randint(1, 2)
    elif arch == "syndicated_copy":
        suffix = site if r.random() < 0.5 else None
        named = r.random() < 0.6
        spot_head = r.random() < 0.3
        s_line = lambda: synd_line(d, c, "en", pub if named else None)  # noqa: E731
        (meta if spot_head else tail).append(s_line)
        if (not named and r.random() < 0.6) or r.random() < 0.2:
            how = r.choices(["orig", "url", "readorig", "promo"], [50, 25, 15, 10])[0]
            tail.append(lambda: publisher_line(d, c, "en", pub, title, how))
        if r.random() < 0.5:
            person = r.choice(c.people)
            meta.insert(0, lambda: byline(d, c, "en", person))
        if r.random() < 0.6:
            pubd, upd = True, r.random() < 0.4
            meta.append(lambda: date_lines(d, c, "en", pubd, upd))
        if r.random() < 0.35:
            tail.append(lambda: d.bp("republish_notice", c.pick(W.REPUBLISH)))
        if r.random() < 0.3:
            tail.append(lambda: d.bp("copyright_notice", *fill(c.pick(W.OTHER_COPYRIGHT), {"YEAR": "2024", "PAPER": r.choice(c.papers)})))
        prevnext = r.random() < 0.4
        tags = r.random() < 0.3
        if r.random() < 0.3:
            tail.append(lambda: d.bp("read_more", r.choice(["Read More", "Read more »"] if c.split == "dev" else ["Continue reading", "More »"])))
    elif arch == "wire_copy":
        suffix = site if r.random() < 0.5 else None
        agy = r.choice(c.agencies)
        if r.random() < 0.75:
            dateline = credit(agy, False)
        if r.random() < 0.5:
            person = r.choice(c.people)
            meta.insert(0, lambda: d.bp("byline", *fill(c.pick(W.AGENCY_BYLINE), {"PERSON": F("authors", person, person), "AGY": credit(agy, r.random() < 0.5)})))
        if dateline is None or OWN_DATELINE.match(paras[0]) or r.random() < 0.4:
            agy2 = agy if r.random() < 0.6 else r.choice(c.agencies)
            tail.append(lambda: d.bp("wire_credit_line", *fill(c.pick(W.WIRE_NAMED), {"AGY": credit(agy2, r.random() < 0.5)})))
        if r.random() < 0.5:
            tail.append(lambda: d.bp("copyright_notice", *fill(c.pick(W.AGENCY_COPYRIGHT), {"YEAR": str(r.randint(2023, 2025)), "AGY": credit(agy, True)})))
        if r.random() < 0.5:
            tail.append(lambda: d.bp("republish_notice", c.pick(W.REPUBLISH)))
        pubd, upd = r.random() < 0.8, r.random() < 0.5
        meta.append(lambda: date_lines(d, c, "en", pubd, upd))
        if r.random() < 0.25:
            tail.append(lambda: synd_line(d, c, "en", None))
    else:  # nofacts / trap_titled: fact-free boilerplate that looks like provenance
        n_traps = r.randint(2, 3)
        if arch == "trap_titled" and r.random() < 0.3:
            suffix = None
        opts = [
            lambda: d.bp("aggregator_disclaimer", *fill(c.pick(W.AGG_ANON), {"EMAIL": EMAIL})),
            lambda: d.bp("source_link", c.pick(W.SOURCE_BARE)),
            lambda: d.bp("read_original", c.pick(W.READ_ORIGINAL_BARE)),
            lambda: d.bp("wire_credit_line", c.pick(W.WIRE_ANON)),
            lambda: d.bp("copyright_notice", *fill(c.pick(W.OTHER_COPYRIGHT), {"YEAR": str(r.randint(2023, 2025)), "PAPER": r.choice(c.papers)})),
            lambda: d.bp("date_line", c.pick(W.RELATIVE_DATE)),
            lambda: d.bp("republish_notice", c.pick(W.REPUBLISH)),
            lambda: d.bp("read_more", r.choice(["Read More", "Read more »"] if c.split == "dev" else ["Continue reading", "More »"])),
        ]
        for f in r.sample(opts, r.randint(2, 4)):
            (tail if r.random() < 0.75 else head).append(f)
        if r.random() < 0.4:
            shortcodes = c.pick(W.SHORTCODES)
        comments, prevnext = r.random() < 0.3, r.random() < 0.3
        lists = r.randint(0, 2)

    head_furniture(d, c, "en", heavy=arch in ("syndicated_copy", "trap_titled", "wire_copy"))
    for f in head:
        f()
    if head:
        d.block()
    if has_title:
        title_line(d, c, title, suffix)
    for f in meta:
        f()
    if has_title and r.random() < 0.2:
        d.bp("reading_time", c.pick(W.READING))
    d.block()
    body_block(d, c, paras, "en", n_traps=n_traps, ads=0.12, dateline=dateline, city=city,
               shortcodes=shortcodes, captions=True)
    for f in tail:
        f()
    d.block()
    tail_furniture(d, c, "en", suffix if suffix and suffix == site else None, lists=lists,
                   comments=comments, prevnext=prevnext, tags=tags)
    return d


def build_foreign(c: Ctx, lang: str, idx: int, mode: str) -> kit.Doc:
    r = c.rng
    d = kit.Doc()
    title, paras = T.FOREIGN_BODIES[lang][c.split][idx]
    agg = N.half(N.AGGREGATORS_FOREIGN[lang], c.split)[idx]
    pub = N.half(N.PUBLISHERS_FOREIGN[lang], c.split)[idx]
    site = N.half(N.SITES_FOREIGN[lang], c.split)[idx]
    person = N.half(N.FOREIGN_PEOPLE[lang], c.split)[idx]
    head_furniture(d, c, lang, heavy=True)
    suffix = agg[0] if mode == "agg" and r.random() < 0.5 else (site if r.random() < 0.5 else None)
    title_line(d, c, title, suffix)
    if r.random() < 0.5:
        byline(d, c, lang, person)
    date_lines(d, c, lang, True, r.random() < 0.5)
    d.block()
    body_block(d, c, paras, lang, n_traps=1, ads=0.2)
    if mode == "agg":
        want_pub = r.random() < 0.5
        named_pub = agg_line(d, c, lang, agg, pub, want_pub)
        if not named_pub and r.random() < 0.7:
            if r.random() < 0.5:
                d.bp("read_original", c.pick(W.READ_ORIGINAL_BARE, lang))
            publisher_line(d, c, lang, pub, title, r.choice(["url", "source"]))
    else:
        named = r.random() < 0.6
        synd_line(d, c, lang, pub if named else None)
        if not named:
            publisher_line(d, c, lang, pub, title, r.choice(["orig", "source"]))
        if r.random() < 0.5:
            d.bp("aggregator_disclaimer", c.pick(W.AGG_ANON, lang))
    if r.random() < 0.5:
        d.bp("date_line", c.pick(W.RELATIVE_DATE, lang))
    d.block()
    tail_furniture(d, c, lang, None, lists=r.randint(1, 2), comments=r.random() < 0.5,
                   prevnext=False, tags=False)
    return d


# ------------------------------------------------------------------ main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gt", default=DEFAULT_GT)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", type=Path, default=HERE / "corpus.jsonl")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    arts = load_articles(args.gt)
    rng.shuffle(arts)
    need = len(PLAN)
    pools = {"dev": arts[:need], "test": arts[need:2 * need]}
    if len(pools["test"]) < need:
        raise SystemExit(f"only {len(arts)} usable articles, need {2 * need}")
    jobs: list[tuple[str, str, Any]] = []
    for split in ("dev", "test"):
        plan = list(PLAN)
        for lang in ("de", "fr", "es"):
            plan += [f"foreign:{lang}:0:agg", f"foreign:{lang}:1:synd"]
        for a in plan:
            jobs.append((split, a, None))
    rng.shuffle(jobs)
    ctxs = {s: Ctx(s, random.Random(f"{args.seed}-{s}")) for s in ("dev", "test")}
    used = {"dev": 0, "test": 0}
    records = []
    for i, (split, arch, _) in enumerate(jobs):
        c = ctxs[split]
        if arch.startswith("foreign:"):
            _, lang, idx, mode = arch.split(":")
            d = build_foreign(c, lang, int(idx), mode)
            source = f"{lang}-{split}-{idx}"
            archetype = "foreign_" + mode
        else:
            art = pools[split][used[split]]
            used[split] += 1
            d = build_en(arch, c, art)
            lang, source, archetype = "en", art["key"], arch
        lay = c.rng.choices(["double", "single", "mixed", "blocks"], [45, 20, 20, 15])[0]
        nl = "\r\n" if c.rng.random() < 0.08 else "\n"
        rec = kit.render(d, c.rng, lay, nl, final_nl=c.rng.random() < 0.7)
        out = {"id": f"l{i:03d}", "split": split, "archetype": archetype, "lang": lang,
               "source": source, "layout": lay, **rec}
        records.append(out)
    with args.out.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
