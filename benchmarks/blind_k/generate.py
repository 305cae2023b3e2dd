#!/usr/bin/env python3
"""Generate blind_k: body survival on unusual article shapes (listicles, Q&A, flattened tables,
practical boxes, short forms/poems, own headline-shaped lines, trigger words in prose), wrapped in
boilerplate.  Deterministic (seeded random.Random), stdlib only.

  python3 generate.py [--gt PATH] [--seed N] [--out corpus.jsonl]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bodies_dev  # noqa: E402
import bodies_test  # noqa: E402
import names as N  # noqa: E402
from kit import DE_M, ES_M, FR_M, MON, MONTHS, WD, B, F, T, X, build, h12, rand_dt, zone  # noqa: E402
from wordings import WX, WX_KIND_OVERRIDE, W, headline  # noqa: E402

DEFAULT_GT = "/work/shared/bench/article-extraction-benchmark/ground-truth.json"
BODIES = {"dev": bodies_dev, "test": bodies_test}
AGENCY = {"Reuters": ["Thomson Reuters"], "AFP": ["Agence France-Presse"]}

# ------------------------------------------------------------------ ground-truth prose
JUNK = re.compile(
    r"https?://|www\.|\bphoto|\bimage|credit|copyright|getty|\(AP\)|\bAP\b|Associated Press|"
    r"Reuters|AFP|\bPTI\b|Bloomberg|subscribe|sign up|follow|newsletter|advertis|this (article|story)|"
    r"contributed|reporting by|editing by|©|originally|read more|click|share|download|\bapp\b|"
    r"cookie|comment|related|source|@|\[|\]|\bvia\b|published|updated", re.I)
EN_WORDS = re.compile(r"\b(the|and|of|to|in|is|that|for|was|with)\b", re.I)


def gt_pools(path, seed):
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    usable = []
    for pid in sorted(data):
        body = data[pid].get("articleBody") or ""
        paras = [" ".join(p.split()) for p in body.split("\n") if p.strip()]
        paras = [p for p in paras if len(p.split()) >= 8 and len(p) <= 900 and not JUNK.search(p)
                 and len(EN_WORDS.findall(p)) >= max(2, len(p.split()) // 12)
                 and not re.search(r"[\u0400-\u04ff\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", p)
                 and all(ord(c) >= 32 for c in p)]
        if len(paras) >= 5:
            usable.append((pid, data[pid]["url"], paras))
    rng = random.Random(seed + 7)
    rng.shuffle(usable)
    half = len(usable) // 2
    return {"dev": usable[:half], "test": usable[half:]}


def slug_title(url, paras):
    slug = url.rstrip("/").split("/")[-1]
    slug = re.sub(r"\.(html?|php|aspx?)$", "", slug)
    words = [w for w in re.split(r"[-_]+", slug) if w.isalpha()]
    if 4 <= len(words) <= 14 and not re.search(r"\d{5,}", slug):
        t = " ".join(words)
    else:
        t = " ".join(re.split(r"(?<=[.!?])\s", paras[0])[0].split()[:11]).rstrip(",;:.")
    return t[0].upper() + t[1:]


# ------------------------------------------------------------------ dates
def fmt_date(rng, split, lang, dt):
    """-> (evidence, iso value, aliases).  Only the formats that print seconds keep them."""
    if not (lang == "en" and split == "test"):
        dt = dt.replace(second=0)
    if lang == "de":
        if split == "dev":
            return f"{dt:%d.%m.%Y}, {dt:%H:%M} Uhr", dt.isoformat(), []
        ab, off = zone("MEZ", dt)
        return f"{dt.day}. {DE_M[dt.month - 1]} {dt.year} um {dt:%H:%M} {ab}", dt.isoformat() + off, []
    if lang == "fr":
        if split == "dev":
            return f"{dt.day} {FR_M[dt.month - 1]} {dt.year} à {dt.hour}h{dt:%M}", dt.isoformat(), []
        d = dt.date().isoformat()
        return f"{dt:%d/%m/%Y}", d, [d + "T00:00:00"]
    if lang == "es":
        if split == "dev":
            ab, off = zone("CE", dt)
            return f"{dt.day} de {ES_M[dt.month - 1]} de {dt.year}, {dt:%H:%M} {ab}", dt.isoformat() + off, []
        d = dt.date().isoformat()
        return f"{dt.day} {ES_M[dt.month - 1]} {dt.year}", d, [d + "T00:00:00"]
    h, ap = h12(dt)
    if split == "dev":
        k = rng.randrange(4)
        if k == 0:
            ab, off = zone("ET", dt)
            return f"{MONTHS[dt.month - 1]} {dt.day}, {dt.year} {h}:{dt:%M} {ap} {ab}", dt.isoformat() + off, []
        if k == 1:
            return f"{dt:%Y-%m-%d %H:%M}", dt.isoformat(), []
        if k == 2:
            return f"{dt.day} {MON[dt.month - 1]} {dt.year}, {dt:%H:%M} IST", dt.isoformat() + "+05:30", []
        d = dt.date().isoformat()
        return f"{MONTHS[dt.month - 1]} {dt.day}, {dt.year}", d, [d + "T00:00:00"]
    k = rng.randrange(4)
    if k in (1, 2):
        dt = dt.replace(second=0)
    if k == 0:
        ab, off = zone("UK", dt)
        return f"{WD[dt.weekday()][:3]}, {dt.day} {MON[dt.month - 1]} {dt.year} {dt:%H:%M:%S} {ab}", dt.isoformat() + off, []
    if k == 1:
        ab, off = zone("PT", dt)
        return f"{MON[dt.month - 1]}. {dt.day}, {dt.year} at {h}:{dt:%M} {ap.lower()[0]}.m. {ab}", dt.isoformat() + off, []
    if k == 2:
        return f"{dt:%Y-%m-%d %H:%M} SGT", dt.isoformat() + "+08:00", []
    d = dt.date().isoformat()
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year}", d, [d + "T00:00:00"]


# ------------------------------------------------------------------ boilerplate builders
class Ctx:
    def __init__(self, rng, split, lang):
        self.rng, self.split, self.lang = rng, split, lang
        self.site = rng.choice(N.SITES_X[lang][split] if lang != "en" else N.SITES[split])
        self.author = rng.choice(N.AUTHORS_X[lang][split] if lang != "en" else N.AUTHORS[split])
        self.agg = rng.choice(N.AGGREGATORS[split])
        self.pub, self.host = rng.choice(N.PUBLISHERS[split])
        self.photog = rng.choice(N.PHOTOGRAPHERS[split])
        self.section = rng.choice(N.SECTIONS[split])
        self.year = str(rng.choice([2023, 2024]))
        self.has_suffix = False
        self.dt = rand_dt(rng)

    def w(self, kind):
        """A wording for a kind in the document's language (None if that language lacks it)."""
        if self.lang != "en":
            pool = WX[self.lang].get(kind)
            return self.rng.choice(pool[self.split]) if pool else None
        return self.rng.choice(W[kind][self.split])

    def fill(self, s, **kw):
        d = dict(site=self.site, agg=self.agg, pub=self.pub, host=self.host, author=self.author,
                 AUTHOR=self.author.upper(), photog=self.photog, year=self.year,
                 n=str(self.rng.randint(2, 480)), m=str(self.rng.randint(1, 90)),
                 year2=str(self.rng.randint(2009, 2019)), section=self.section)
        d.update(kw)
        return s.format(**d)

    def hl(self):
        return headline(self.rng, self.split, self.lang)

    def pub_aliases(self):
        bare = self.host[4:] if self.host.startswith("www.") else self.host
        return [self.pub, self.host, bare, bare.split(".")[0]]


def list_block(c, hkind, ikind, header, n_items, bullet=None):
    g = object()
    out = [X(hkind, header, group=g)]
    r = c.rng
    if bullet is None:
        bullet = r.choice(["", "", "- ", "• ", "» ", "1. ", "→ "])
    seen = set()
    for i in range(n_items):
        h = c.hl()
        tries = 0
        while h in seen and tries < 10:
            h, tries = c.hl(), tries + 1
        seen.add(h)
        b = f"{i + 1}. " if bullet == "1. " else bullet
        if r.random() < 0.15 and c.lang == "en":
            h += r.choice([" (Video)", " – 2 hours ago", " | 14 Mar"] if c.split == "dev" else [" [PHOTOS]", " · 5h", " (Opinion)"])
        out.append(X(ikind, b + h, group=g))
    return out


def byline_line(c):
    wd = c.w("byline")
    if wd is None:
        return None
    lab = wd.split("{")[0]
    if "{AUTHOR}" in wd:
        return X("byline", lab, F("authors", c.author.upper(), c.author))
    return X("byline", lab, F("authors", c.author))


def date_line(c, kind="published"):
    dt = c.dt
    if kind == "updated":
        dt = dt + timedelta(hours=c.rng.randint(1, 30), minutes=c.rng.randint(0, 59))
    ev, val, al = fmt_date(c.rng, c.split, c.lang, dt)
    if c.lang == "en":
        lab = c.rng.choice(W["published_label" if kind == "published" else "updated_label"][c.split])
    else:
        lab = {("de", "published"): "Veröffentlicht: ", ("de", "updated"): "Aktualisiert: ",
               ("fr", "published"): "Publié le ", ("fr", "updated"): "Mis à jour le ",
               ("es", "published"): "Publicado: ", ("es", "updated"): "Actualizado: "}[(c.lang, kind)]
    return X("date_line", lab, F(kind, ev, val, al))


def photo_lines(c):
    r = c.rng
    out = []
    if c.lang == "en" and r.random() < 0.7:
        out.append(X("photo_caption", r.choice(W["photo_caption"][c.split])))
    lab = r.choice(W["photo_credit_label"][c.split]) if c.lang == "en" else {"de": "Foto: ", "fr": "Photo : ", "es": "Foto: "}[c.lang]
    agency = r.random() < 0.25
    cred = f"{c.photog}/{'Reuters' if c.split == 'dev' else 'AFP'}" if agency else c.photog
    close = ")" if lab.startswith("(") else ""
    parts = [lab, F("photo_credit", cred, also=[("credits", "Reuters" if c.split == "dev" else "AFP",
                                                   AGENCY["Reuters" if c.split == "dev" else "AFP"],
                                                   len(c.photog) + 1, len(cred))] if agency else [])]
    if close:
        parts.append(close)
    out.append(X("photo_credit", *parts))
    return out


def inside_inserts(c):
    """One boilerplate insert for inside the article."""
    r = c.rng
    choices = ["advertisement_label", "also_read", "newsletter_promo", "photo"]
    if c.frame == "wp_autoblog":
        choices.append("shortcode")
    if c.lang == "en":
        choices += ["social_promo", "app_promo"]
    k = r.choice(choices)
    if k == "photo":
        return photo_lines(c)
    wd = c.w(k)
    if wd is None:
        wd = c.w("advertisement_label")
        k = "advertisement_label"
    return [X(k, c.fill(wd, hl=c.hl()))]


def head_lines(c, title, frame):
    r = c.rng
    L = []
    if frame == "wp_autoblog" and c.lang == "en" and r.random() < 0.4:
        L.append(X("theme_license_banner", c.w("theme_license_banner")))
    if frame in ("news_site", "blog_platform") and r.random() < 0.5:
        L.append(X("skip_link", c.w("skip_link")))
    if frame == "news_site" and r.random() < 0.45:
        g = object()
        for s in c.rng.sample((WX[c.lang]["cookie_notice"] if c.lang != "en" else W["cookie_notice"])[c.split], 2):
            L.append(X("cookie_notice", s, group=g))
    if frame in ("news_site", "wp_autoblog", "seo_spam") and r.random() < 0.7:
        words = (WX[c.lang]["nav_menu_words"] if c.lang != "en" else W["nav_menu_words"])[c.split]
        ws = r.sample(words, min(len(words), r.randint(4, 7)))
        if r.random() < 0.35:
            L.append(X("nav_menu", r.choice([" | ", " · ", "  "]).join(ws)))
        else:
            g = object()
            L += [X("nav_menu", w, group=g) for w in ws]
    sec_given = False
    if frame in ("news_site", "seo_spam") and r.random() < 0.5:
        crumbs = {"en": "Home", "de": "Startseite", "fr": "Accueil", "es": "Portada"}[c.lang]
        sep = r.choice([" › ", " / ", " » "])
        L.append(X("breadcrumb", f"{crumbs}{sep}", F("section", c.section)))
        sec_given = True
    elif frame in ("wp_autoblog", "blog_platform") and c.lang == "en" and r.random() < 0.5:
        L.append(X("section_label", F("section", c.section.upper() if r.random() < 0.5 else c.section, c.section)))
        sec_given = True
    # title
    if frame == "clean_untitled":
        return L, None
    if r.random() < 0.45:
        sep = r.choice([" | ", " – ", " - ", " — ", " :: "] if c.split == "dev" else [" | ", " – ", " - ", " · ", " » "])
        L.append(T(title, sep, c.site))
        c.has_suffix = True
    else:
        L.append(T(title))
    if frame == "seo_spam" and r.random() < 0.4:
        L.append(X("title_repeat", title))
    if frame == "wp_autoblog" and r.random() < 0.35:
        L.append(X("stray_id", f"{r.getrandbits(52):013x}.{r.randint(10000000, 99999999)}"))
    if frame != "clean" and r.random() < 0.6:
        b = byline_line(c)
        if b:
            L.append(b)
    if frame != "clean" and r.random() < 0.65:
        L.append(date_line(c))
        if r.random() < 0.25:
            L.append(date_line(c, "updated"))
    elif frame == "aggregator" and c.lang == "en":
        L.append(X("date_line", c.w("relative_date")))
    if frame in ("news_site", "blog_platform") and c.lang == "en" and r.random() < 0.5:
        L.append(X("reading_time", c.fill(c.w("reading_time"), n=str(r.randint(2, 9)))))
    if frame in ("news_site", "blog_platform", "seo_spam") and r.random() < 0.35:
        wd = c.w("share_row")
        L.append(X("share_row", c.fill(wd)))
    if frame in ("news_site", "wp_autoblog", "aggregator") and r.random() < 0.35:
        L += photo_lines(c)
    if frame == "wp_autoblog" and c.lang == "en" and r.random() < 0.5:
        L.append(X("shortcode", c.fill(W["shortcode"][c.split][0])))
    return L, sec_given


def tail_lines(c, frame, title):
    r = c.rng
    L = []
    en = c.lang == "en"
    pub_done = False
    if frame == "wp_autoblog" and en and r.random() < 0.5:
        L.append(X("shortcode", c.fill(W["shortcode"][c.split][1])))
    if en and frame in ("aggregator", "news_site") and r.random() < 0.3:
        ag = "Reuters" if c.split == "dev" else "AFP"
        wd = W["wire_credit_line"][c.split][0]
        i = wd.index(ag)
        L.append(X("wire_credit_line", wd[:i], F("credits", ag, ag, AGENCY[ag]), wd[i + len(ag):]))
    if en and frame in ("wp_autoblog", "aggregator", "syndicated") and r.random() < 0.75:
        k = r.choice(["source_pub", "originally_appeared", "original_url_line", "publisher_promo", "syndication_notice"])
        if k == "syndication_notice":
            wd = c.fill(W["syndication_notice"][c.split][0])
            inner = wd[1:-1]
            i = inner.index(c.pub)
            L.append(X("syndication_notice", wd[0], F("syndication", inner, also=[
                ("publisher", c.pub, c.pub_aliases(), i, i + len(c.pub))]), wd[-1]))
        elif k == "original_url_line":
            slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
            wd = r.choice(W["original_url_line"][c.split])
            url = "https://{host}" + wd.split("https://{host}")[1]
            url = url.format(host=c.host, slug=slug)
            pre = wd.split("https://")[0]
            bare = c.host[4:]
            L.append(X("original_url_line", pre, F("original_url", url, also=[
                ("publisher", bare, [c.host, bare.split(".")[0], c.pub], 8, 8 + len(c.host))])))
            pub_done = True
        else:
            wd = r.choice(W[k][c.split])
            a, b = wd.split("{pub}")
            kind = {"publisher_promo": "publisher_promo", "originally_appeared": "originally_appeared",
                    "source_pub": "source_link" if wd.startswith("Source") else "originally_appeared"}[k]
            L.append(X(kind, a, F("publisher", c.pub, aliases=c.pub_aliases()), b))
            pub_done = True
    if en and frame == "wp_autoblog" and r.random() < 0.6:
        L.append(X("source_link", c.w("source_link")))
    if en and frame == "aggregator" and r.random() < 0.5:
        L.append(X("read_original", c.w("read_original")))
    if en and frame in ("syndicated",) and r.random() < 0.6:
        L.append(X("read_more", c.w("read_more")))
    if frame != "clean" and r.random() < 0.45:
        tg = r.sample((N.TAGS[c.split]), r.randint(2, 4))
        if c.lang != "en" or r.random() < 0.6:
            lab = c.w("tag_line_label") or "Tags: "
            parts = [lab]
            for i, t in enumerate(tg):
                if i:
                    parts.append(", ")
                parts.append(F("tags", t))
            L.append(X("tag_line", *parts))
        else:
            g = object()
            L.append(X("tag_list_header", c.w("tag_list_header"), group=g))
            L += [X("tag_item", F("tags", t), group=g) for t in tg]
    if frame in ("news_site", "blog_platform", "seo_spam") and r.random() < 0.4:
        L.append(X("share_row", c.fill(c.w("share_row"))))
    if en and frame in ("blog_platform", "seo_spam") and r.random() < 0.5:
        g = object()
        L += [X("reaction_counter", c.fill(w), group=g) for w in W["reaction_counter"][c.split]]
    if en and frame in ("blog_platform", "news_site") and r.random() < 0.3:
        g = object()
        L.append(X("author_bio", c.w("author_bio_head"), group=g))
        L.append(X("author_bio", c.fill(c.w("author_bio")), group=g))
    if en and r.random() < 0.3 and frame != "clean":
        k = r.choice(["newsletter_promo", "social_promo", "app_promo"])
        L.append(X(k, c.fill(c.w(k))))
    # headline lists
    if frame != "clean":
        fams = [("related_header", "related_item"), ("trending_header", "trending_item"),
                ("more_stories_header", "more_stories_item"), ("ranking_header", "ranking_item"),
                ("recommendation_header", "recommendation_item"), ("you_may_also_like", "related_item")]
        if not en:
            fams = [("related_header", "related_item"), ("more_stories_header", "more_stories_item")]
        nl = {"seo_spam": r.randint(1, 3), "aggregator": r.randint(1, 2)}.get(frame, r.randint(0, 2))
        for hk, ik in r.sample(fams, min(nl, len(fams))):
            hdr = c.w(hk)
            kk = WX_KIND_OVERRIDE.get((c.lang, c.split, hk), hk)
            ikk = ik if kk == hk else "ranking_item"
            n = 0 if r.random() < 0.08 else (r.randint(2, 6) if en else r.randint(2, 4))
            bullet = "1. " if kk == "ranking_header" and r.random() < 0.6 else None
            L += list_block(c, kk, ikk, hdr, n, bullet)
        if frame in ("wp_autoblog", "seo_spam") and r.random() < 0.3:
            g = object()
            for _ in range(r.randint(3, 5)):
                L.append(X("headline_run_item", c.hl(), group=g))
    if en and frame == "aggregator" and r.random() < 0.3:
        L.append(X("ui_word", c.w("ui_word")))
    if en and frame == "aggregator" and r.random() < 0.3:
        L.append(X("click_here_promo", c.w("click_here_promo")))
    if en and frame == "aggregator" and r.random() < 0.85:
        if r.random() < 0.75:
            wd = c.w("aggregator_disclaimer")
            a, b = wd.split("{agg}")
            L.append(X("aggregator_disclaimer", a, F("aggregator", c.agg), b))
        else:
            L.append(X("aggregator_disclaimer", c.w("aggregator_disclaimer_anon")))
    if en and frame == "aggregator" and r.random() < 0.3:
        L.append(X("email_placeholder", c.w("email_placeholder")))
    if frame in ("wp_autoblog", "blog_platform", "news_site") and r.random() < 0.5:
        g = object()
        cf = (WX[c.lang]["comment_form"] if not en else W["comment_form"])[c.split]
        k = r.randint(2, len(cf))
        L += [X("comment_form", s, group=g) for s in cf[:k]]
    if en and frame in ("wp_autoblog", "syndicated") and r.random() < 0.5:
        g = object()
        a, b = W["prev_next_link"][c.split]
        L.append(X("prev_next_link", a, group=g))
        if r.random() < 0.5:
            L.append(X("prev_next_link", c.hl(), group=g))
        L.append(X("prev_next_link", b, group=g))
    if en and frame in ("news_site",) and r.random() < 0.3:
        L.append(X("republish_notice", c.w("republish_notice")))
    if frame in ("news_site", "wp_autoblog", "seo_spam", "syndicated") and r.random() < 0.55:
        words = (WX[c.lang]["footer_words"] if not en else W["footer_words"])[c.split]
        ws = r.sample(words, r.randint(3, len(words)))
        if r.random() < 0.4:
            L.append(X("footer_link", " | ".join(ws)))
        else:
            g = object()
            L += [X("footer_link", w, group=g) for w in ws]
    if frame != "clean" and r.random() < 0.55:
        if c.has_suffix or not en:
            wd = c.w("copyright_notice")
            if "{site}" in wd and c.has_suffix:
                a, b = wd.split("{site}")
                L.append(X("copyright_notice", c.fill(a), F("site_name", c.site), c.fill(b)))
            elif "{site}" not in wd:
                L.append(X("copyright_notice", c.fill(wd)))
        else:
            L.append(X("copyright_notice", c.fill(c.w("copyright_anon"))))
    if en and frame == "wp_autoblog" and r.random() < 0.4:
        L.append(X("back_to_top", c.w("back_to_top")))
    return L


# ------------------------------------------------------------------ bodies
def trap_body(rng, split, item):
    pid, url, paras = item
    mod = BODIES[split]
    k = rng.randint(4, min(9, len(paras)))
    st = rng.randrange(0, len(paras) - k + 1)
    ps = paras[st:st + k]
    blocks = [[p] for p in ps]
    traps = rng.sample(mod.TRAPS, rng.randint(2, 4))
    for t in traps:
        blocks.insert(rng.randint(1, len(blocks)), [t])
    if rng.random() < 0.6:
        blocks.insert(rng.randint(2, len(blocks)), [rng.choice(mod.SUBHEADS)])
    if rng.random() < 0.5:
        blocks.insert(rng.randint(2, len(blocks)), [rng.choice(mod.QUOTES)])
    return {"title": slug_title(url, paras), "blocks": blocks, "source": pid}


FRAMES = ["news_site", "wp_autoblog", "aggregator", "blog_platform", "seo_spam", "syndicated"]


def make_doc(rng, split, shape, lang, body, frame):
    c = Ctx(rng, split, lang)
    c.frame = frame
    title = body["title"]
    head, _ = head_lines(c, title, frame)
    items = list(head)
    # body lines with inserts
    blocks = body["blocks"]
    n_ins = 0 if frame.startswith("clean") else rng.randint(1, 3)
    ins_at = {}
    for _ in range(n_ins):
        bi = rng.randint(1, max(1, len(blocks) - 1))
        ins_at.setdefault(bi, []).append(inside_inserts(c))
    trailing = rng.random() < 0.1
    for bi, blk in enumerate(blocks):
        for ins in ins_at.get(bi, []):
            items += ins
        g = object()
        mid = None
        if len(blk) >= 5 and n_ins and rng.random() < 0.15 and frame != "clean":
            mid = rng.randint(2, len(blk) - 2)
        for li, line in enumerate(blk):
            if mid is not None and li == mid:
                items += inside_inserts(c)
            t = line + (" " if trailing and rng.random() < 0.2 else "")
            items.append(B(t, group=g))
    if not frame.startswith("clean"):
        items += tail_lines(c, frame, title)
    if frame == "seo_spam":
        layout = rng.choice(["single", "single", "block"])
    elif frame.startswith("clean"):
        layout = rng.choice(["double", "block"])
    else:
        layout = rng.choice(["double", "block", "mix", "double"])
    nl = "\r\n" if rng.random() < 0.08 else "\n"
    rec = build(items, rng, layout=layout, nl=nl, final_nl=rng.random() < 0.6,
                ws_blanks=layout == "mix")
    return rec, layout


def plan(rng, split):
    """(shape, lang, frame) for the split's 70 documents."""
    en = ([("listicle", 9), ("qa_transcript", 9), ("flat_table", 9), ("practical_box", 10),
           ("short_form", 7), ("own_headlines", 7), ("trap_prose", 9)])
    out = []
    for shape, n in en:
        out += [(shape, "en")] * n
    out += [("foreign", "de")] * 4 + [("foreign", "fr")] * 3 + [("foreign", "es")] * 3
    frames = []
    for i in range(len(out)):
        frames.append(FRAMES[i % len(FRAMES)])
    rng.shuffle(frames)
    # a few clean docs (no boilerplate), one without title
    for j in rng.sample(range(len(out)), 4):
        frames[j] = "clean"
    frames[rng.choice([i for i, f in enumerate(frames) if f == "clean"])] = "clean_untitled"
    return [(s, l, f) for (s, l), f in zip(out, frames)]


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--gt", default=DEFAULT_GT)
    ap.add_argument("--seed", type=int, default=51023)
    ap.add_argument("--out", default=str(HERE / "corpus.jsonl"))
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    gt = gt_pools(a.gt, a.seed)
    docs = []
    stats = Counter()
    for split in ("dev", "test"):
        rng = random.Random(f"{a.seed}-{split}")
        mod = BODIES[split]
        gen_idx = Counter()
        gt_i = 0
        for shape, lang, frame in plan(rng, split):
            if shape == "trap_prose":
                body = trap_body(rng, split, gt[split][gt_i])
                gt_i += 1
            elif shape == "foreign":
                gens = mod.FOREIGN[lang]
                fn = gens[gen_idx[lang] % len(gens)]
                gen_idx[lang] += 1
                body = fn(rng)
                body["source"] = f"{lang}-{split}-{fn.__name__}"
            else:
                gens = mod.GENERATORS[shape]
                fn = gens[gen_idx[shape] % len(gens)]
                gen_idx[shape] += 1
                body = fn(rng)
                body["source"] = f"{split}-{fn.__name__}"
            arche = body.get("shape", shape)
            if lang == "en" and shape != "trap_prose" and rng.random() < 0.3:
                blocks = body["blocks"]
                blocks.insert(len(blocks) - 1, [rng.choice(mod.TRAPS)])
            rec, layout = make_doc(rng, split, arche, lang, body, frame)
            if frame == "clean_untitled":
                assert "title" not in rec["facts"]
            docs.append({"split": split, "archetype": arche, "lang": lang, "source": body["source"],
                         "frame": frame, "layout": layout, **rec})
            stats[(split, arche, frame)] += 1
    # interleave ids: keep split blocks but number sequentially
    out = []
    for i, d in enumerate(docs):
        frame, layout = d.pop("frame"), d.pop("layout")
        rec = {"id": f"k{i:03d}", "split": d["split"], "archetype": d["archetype"], "lang": d["lang"],
               "source": d["source"], "text": d["text"], "lines": d["lines"],
               "expected_body": d["expected_body"], "facts": d["facts"]}
        out.append(rec)
        stats[("frame", frame)] += 1
        stats[("layout", layout)] += 1
    Path(a.out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    if not a.quiet:
        for k in sorted(stats, key=str):
            if k[0] in ("frame", "layout"):
                print(k, stats[k])
    return 0


if __name__ == "__main__":
    sys.exit(main())
