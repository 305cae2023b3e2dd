#!/usr/bin/env python3
"""Generate the blind_q corpus (deterministic; stdlib only).

python3 generate.py [--gt PATH] [--seed N] [--out PATH]
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

import foreign  # noqa: E402
import names as N  # noqa: E402
import wordings as W  # noqa: E402
from kit import (  # noqa: E402
    BODY,
    BODYP,
    BP,
    TITLE,
    F,
    G,
    agency,
    assemble,
    date_fact,
    flat,
    short_date_text,
)

DEFAULT_GT = "/work/shared/bench/article-extraction-benchmark/ground-truth.json"
SEED = 51723
SPLITS = ("dev", "test")

# ------------------------------------------------------------------ English bodies

SEED_HOSTS = ("livemint", "kxan", "rnz.co", "ndtv")
EN_WORDS = set("the of and to in a is that for on was with as it he by at are be from has have said this but were not they".split())
JUNK = re.compile(
    r"https?://|www\.|\.com\b|photo|image|credit|copyright|©|originally|subscribe|sign up|follow (us|him|her)|"
    r"newsletter|this (article|story|report)|reporting by|editing by|contributed|associated press|\(ap\)|"
    r"reuters|afp\b|agence|bloomberg|xinhua|kyodo|yonhap|\bupi\b|\bpti\b|\bani\b|ians|click|read more|related|"
    r"advertis|all rights|source|\bvia\b|disclaimer|syndicat|aggregat|getty|\bdpa\b|\befe\b|trending|"
    r"most read|comment|share|download|app\b|updated|published|posted|cookie|@|#|\[|\]|\|",
    re.I,
)


def english_bodies(gt_path):
    data = json.loads(Path(gt_path).read_text(encoding="utf-8"))
    out = []
    for pid in sorted(data):
        rec = data[pid]
        url = rec.get("url", "")
        if any(h in url for h in SEED_HOSTS):
            continue
        body = rec.get("articleBody", "")
        toks = re.findall(r"[a-z']+", body.lower())
        if len(toks) < 150 or sum(t in EN_WORDS for t in toks) / len(toks) < 0.18:
            continue
        paras = []
        for p in re.split(r"\n+", body):
            p = " ".join(p.replace("\u2028", " ").replace("\u2029", " ").replace("\x85", " ")
                         .replace("\x0b", " ").replace("\x0c", " ").split())
            if len(p.split()) < 8 or JUNK.search(p) or p.endswith("...") or p.endswith("…"):
                continue
            paras.append(p)
        if len(paras) >= 4:
            out.append((pid, url, paras))
    return out


def slug_title(url, paras):
    seg = [s for s in url.rstrip("/").split("/") if s][-1] if url else ""
    seg = re.sub(r"\.(html?|php|aspx?)$", "", seg)
    words = [w for w in re.split(r"[-_]+", seg) if w]
    words = [w for w in words if not re.search(r"\d", w)]
    if 5 <= len(words) <= 16 and all(w.isalpha() for w in words):
        t = " ".join(words)
        return t[0].upper() + t[1:]
    for p in paras:
        p = re.sub(r"^[A-Z][A-Z .,'-]+(\([^)]*\))?\s*[—–-]+\s*", "", p)
        first = re.split(r"(?<=[.!?])\s", p)[0]
        ws = first.rstrip(".!?").split()
        if len(ws) >= 5:
            return " ".join(ws[:13]).rstrip(",;:")
    return " ".join(paras[0].split()[:10]).rstrip(",;:.")


def title_case(t):
    small = {"a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "at", "by", "with"}
    ws = t.split()
    return " ".join(w if (i and w.lower() in small) else (w[0].upper() + w[1:]) for i, w in enumerate(ws))


# ------------------------------------------------------------------ context


class Ctx:
    def __init__(self, rng, split, lang, pools):
        self.rng, self.split, self.lang = rng, split, lang
        self.si = SPLITS.index(split)
        self.agg = rng.choice(N.AGGREGATORS[split])
        self.site = rng.choice(N.SITES[split][lang])
        tld = {"de": ".de", "fr": ".fr", "es": ".es"}.get(lang)
        pubs = [p for p in N.PUBLISHERS[split] if (p[1].endswith(tld) if tld else p[1][-3:] not in (".de", ".fr", ".es"))]
        self.pub = rng.choice(pubs)
        self.people = rng.sample(N.PEOPLE[split][lang], 2)
        self.city = rng.choice(N.CITIES[split][lang])
        self.section = rng.choice(N.SECTIONS[split][lang])
        self.tags = rng.sample(N.TAGS[split][lang], rng.randint(2, 4))
        self.theme = rng.choice(N.THEMES[split])
        self.plugin = rng.choice(N.PLUGINS[split])
        self.mail_user = rng.choice(N.EMAIL_USERS[split])
        self.agency = rng.choice(W.AGENCY_BY_LANG[lang])
        self.have = set()  # fact kinds already placed (published/updated/authors/section/tags/photo)
        self.used_headlines = set()
        self.title = ""
        self.url_path = ""

    def pick(self, pool):
        lst = pool[self.lang][self.si] if isinstance(pool, dict) else pool[self.si]
        return self.rng.choice(lst)

    def half(self, pool):
        return pool[self.lang][self.si] if isinstance(pool, dict) else pool[self.si]

    # -------------------------------------------------------------- facts
    def pub_aliases(self, exclude):
        name, host = self.pub
        label = host.split(".")[0]
        return [a for a in [name, host, "www." + host, label] if a != exclude]

    def url_parts(self):
        name, host = self.pub
        shown = ("www." + host) if self.rng.random() < 0.6 else host
        path = self.url_path
        return G("original_url", ["https://", F("publisher", shown, host, self.pub_aliases(host)), path],
                 value=f"https://{shown}{path}")

    def mail(self):
        if self.rng.random() < 0.55:
            return "[email protected]"
        dom = re.sub(r"[^a-z0-9.]", "", self.agg[0].lower())
        if "." not in dom:
            dom += ".net"
        return f"{self.mail_user}@{dom}"


DECKS = {}


def deck(key, lst):
    """Draw from a shuffled deck per key (all wordings of a pool get used before any repeats)."""
    d = DECKS.get(key)
    if not d:
        d = list(lst)
        random.Random(f"{SEED}-{key}").shuffle(d)
        DECKS[key] = d
    return d.pop()


PH = re.compile(r"\{(\w+)\}")


def render(ctx, tpl, **kw):
    """Template -> parts (facts for agg/pub/url/ag/a/a2/A/d/u/sec/SEC/t)."""
    rng = ctx.rng
    parts = []
    pos = 0
    for m in PH.finditer(tpl):
        if m.start() > pos:
            parts.append(tpl[pos:m.start()])
        k = m.group(1)
        pos = m.end()
        if k in kw:
            v = kw[k]
            parts.append(v if not isinstance(v, (int, float)) else str(v))
        elif k == "agg":
            parts.append(F("aggregator", ctx.agg[0], None, ctx.agg[1]))
        elif k == "pub":
            parts.append(F("publisher", ctx.pub[0], None, ctx.pub_aliases(ctx.pub[0])))
        elif k == "url":
            parts.append(ctx.url_parts())
        elif k == "ag":
            a = ctx.agency
            long = W.AGENCY_LONG.get(a)
            parts.append(agency(a, long if long and rng.random() < 0.4 else a))
        elif k == "a":
            parts.append(F("authors", ctx.people[0]))
            ctx.have.add("authors")
        elif k == "a2":
            parts.append(F("authors", ctx.people[1]))
        elif k == "A":
            parts.append(F("authors", ctx.people[0].upper(), ctx.people[0]))
            ctx.have.add("authors")
        elif k == "d":
            parts.append(date_fact(rng, ctx.lang, "published"))
            ctx.have.add("published")
        elif k == "u":
            parts.append(date_fact(rng, ctx.lang, "updated", with_time=True))
            ctx.have.add("updated")
        elif k == "sec":
            parts.append(F("section", ctx.section))
            ctx.have.add("section")
        elif k == "SEC":
            parts.append(F("section", ctx.section.upper(), ctx.section))
            ctx.have.add("section")
        elif k == "mail":
            parts.append(ctx.mail())
        elif k == "hours":
            parts.append(str(rng.choice([12, 24, 48, 72])))
        elif k == "days":
            parts.append(str(rng.choice([2, 3, 5, 7])))
        elif k in ("h", "m", "n", "i"):
            parts.append(str({"h": rng.randint(2, 11), "m": rng.randint(3, 55), "n": rng.randint(3, 4800),
                              "i": 1}[k]))
        elif k == "y":
            parts.append(str(rng.choice([2023, 2024, 2025])))
        elif k == "site":
            parts.append(ctx.site)
        elif k == "theme":
            parts.append(ctx.theme)
        elif k == "plugin":
            parts.append(ctx.plugin)
        elif k == "city":
            parts.append(ctx.city)
        else:
            raise KeyError(k)
    if pos < len(tpl):
        parts.append(tpl[pos:])
    return parts


def no_fact_tpl(lst, *keys):
    return [t for t in lst if not any("{" + k + "}" in t for k in keys)]


# ------------------------------------------------------------------ headlines and lists


def headline(ctx):
    voc = W.HEADLINE[ctx.lang][ctx.si]
    for _ in range(50):
        h = f"{ctx.rng.choice(voc['S'])} {ctx.rng.choice(voc['V'])} {ctx.rng.choice(voc['O'])}"
        if ctx.rng.random() < 0.25:
            h += {"en": f" in {ctx.city}", "de": f" in {ctx.city}", "fr": f" à {ctx.city}", "es": f" en {ctx.city}"}[ctx.lang]
        if h not in ctx.used_headlines:
            ctx.used_headlines.add(h)
            return h
    return h


def list_block(ctx, family, n=None, header=True, fact_free=True):
    rng = ctx.rng
    hk, ik = W.LIST_KINDS[family]
    out = []
    if header:
        out.append(BP(hk, ctx.pick(W.HEADERS[family])))
    else:
        ik = "headline_run_item"
    if header and rng.random() < 0.07:
        return out  # header whose items were not captured
    n = n or rng.randint(2, 8)
    pre = rng.choice(W.ITEM_PREFIX[ctx.si])
    suf = rng.choice(W.ITEM_SUFFIX[ctx.lang][ctx.si])
    secp = rng.choice(W.ITEM_SECTION[ctx.si]) if rng.random() < 0.2 else ""
    secs = N.SECTIONS[ctx.split][ctx.lang]
    for i in range(1, n + 1):
        p = pre.replace("{i}", str(i)) if "{i}" in pre else pre
        s = suf.replace("{date}", short_date_text(rng, ctx.lang)).replace("{n}", f"{rng.randint(12, 9800):,}").replace("{h}", str(rng.randint(2, 9)))
        sp = secp.replace("{sec}", rng.choice(secs))
        out.append(BP(ik, p + sp + headline(ctx) + s))
    return out


# ------------------------------------------------------------------ boilerplate blocks


def disclaimer(ctx, named):
    rng = ctx.rng
    comp = W.AGG[ctx.lang][ctx.split]
    key = f"{ctx.lang}-{ctx.split}"
    if named:
        first = deck("aggN-" + key, comp["SELF_N"])
    else:
        first = deck("aggA-" + key, comp["SELF_A"] + comp["AUTO"] + comp["NOTRESP"][:1])
    cats = ["RIGHTS", "REMOVAL", "NOTRESP", "AUTO"]
    rng.shuffle(cats)
    sents = [first]
    for c in cats[: rng.choice([0, 1, 1, 2, 2])]:
        s = deck(f"agg{c}-{key}", comp[c])
        if s not in sents:
            sents.append(s)
    kw = {} if named else {"mail": "[email protected]"}
    label = rng.choice(comp["LABEL"]) if rng.random() < 0.35 else None
    two = rng.random() < 0.22 and (label or len(sents) > 1)
    if two:
        if label and (len(sents) == 1 or rng.random() < 0.5):
            l1, l2 = [label], [" ".join(sents)]
        else:
            k = rng.randint(1, len(sents) - 1)
            l1 = ([label + " "] if label else []) + [" ".join(sents[:k])]
            l2 = [" ".join(sents[k:])]
        return [BP("aggregator_disclaimer", *render(ctx, "".join(l1), **kw)),
                BP("aggregator_disclaimer", *render(ctx, "".join(l2), **kw))]
    tpl = (label + " " if label else "") + " ".join(sents)
    if rng.random() < 0.12:
        tpl = "*" + tpl + "*"
    return [BP("aggregator_disclaimer", *render(ctx, tpl, **kw))]


def syndication(ctx, named=None):
    rng = ctx.rng
    pool = ctx.half(W.SYND)
    key = f"synd-{ctx.lang}-{ctx.split}"
    if named is True:
        tpl = deck(key + "-N", [t for t in pool if "{pub}" in t])
    elif named is False:
        tpl = deck(key + "-A", [t for t in pool if "{pub}" not in t])
    else:
        tpl = deck(key, pool)
    if rng.random() < 0.4:  # a two-sentence notice: add an anonymous one
        extra = deck(key + "-A", [t for t in pool if "{pub}" not in t])
        if extra != tpl:
            tpl = tpl + " " + extra
    lw, rw = rng.choice(W.SYND_WRAP[ctx.si])
    if "syndication" in ctx.have:  # a second notice: the first one is the fact
        return [BP("syndication_notice", lw, *render(ctx, tpl), rw)]
    ctx.have.add("syndication")
    return [BP("syndication_notice", lw, G("syndication", render(ctx, tpl)), rw)]


def date_block(ctx, pub=True, upd=False, rel=False):
    rng = ctx.rng
    out = []
    if rel:
        return [BP("date_line", *render(ctx, ctx.pick(W.DATE_REL)))]
    if pub and upd and "published" not in ctx.have and rng.random() < 0.4:
        return [BP("date_line", *render(ctx, ctx.pick(W.DATE_BOTH)))]
    if pub and "published" not in ctx.have:
        out.append(BP("date_line", *render(ctx, ctx.pick(W.DATE_PUB))))
    if upd and "updated" not in ctx.have:
        out.append(BP("date_line", *render(ctx, ctx.pick(W.DATE_UPD))))
    return out


def byline(ctx):
    pool = ctx.half(W.BYLINE)
    if "published" in ctx.have:
        pool = no_fact_tpl(pool, "d")
    return [BP("byline", *render(ctx, ctx.rng.choice(pool)))]


def photo(ctx, credit=True):
    rng = ctx.rng
    out = [BP("photo_caption", ctx.pick(W.CAPTION).replace("{city}", ctx.city))]
    if credit and rng.random() < 0.85:
        lab = ctx.pick(W.PHOTO_LABEL)
        p = ctx.people[1] if rng.random() < 0.5 else rng.choice(N.PEOPLE[ctx.split][ctx.lang])
        r = rng.random()
        if r < 0.45:
            ag = ctx.agency
            if ag == "AP" and rng.random() < 0.5:
                credit_parts = [agency("AP"), " Photo/" + p]
            else:
                credit_parts = [p + "/", agency(ag)]
        elif r < 0.7:
            credit_parts = [p + " for " + ctx.site]
        else:
            credit_parts = [p]
        close = ")" if lab.startswith("(") else ""
        if "photo_credit" in ctx.have:
            out.append(BP("photo_credit", lab, *credit_parts, close))
        else:
            out.append(BP("photo_credit", lab, G("photo_credit", credit_parts), close))
            ctx.have.add("photo_credit")
    return out


def share(ctx):
    return [BP("share_row", x) for x in ctx.pick(W.SHARE)]


def comment_form(ctx):
    lst = ctx.half(W.COMMENT)
    k = ctx.rng.randint(2, min(5, len(lst)))
    return [BP("comment_form", x) for x in lst[:k]]


def nav(ctx):
    items = ctx.half(W.NAV)
    k = ctx.rng.randint(3, len(items))
    style = ctx.pick(W.NAV_JOIN)
    if style == "lines":
        return [BP("nav_menu", x) for x in items[:k]]
    sep = " | " if style == "piped" else " · "
    return [BP("nav_menu", sep.join(items[:k]))]


def breadcrumb(ctx, with_title=False, suffix=None):
    rng = ctx.rng
    home = ctx.pick(W.BREAD_HOME)
    sep = ctx.pick(W.BREAD_SEP)
    trail = [home] + ([W.NEWS_WORD[ctx.lang]] if rng.random() < 0.5 else [])
    parts = [sep.join(trail) + sep, F("section", ctx.section)]
    ctx.have.add("section")
    if not with_title:
        return BP("breadcrumb", *parts)
    t = ctx.title
    parts += [sep, t]
    if suffix:
        parts += [" - ", F("site_name", suffix)]
    ln = BP("breadcrumb_title", *parts)
    ln.extra.update(title_text=t, site_suffix=suffix, breadcrumb=flat(parts[:2]))
    return ln


def tags(ctx):
    rng = ctx.rng
    if rng.random() < 0.45:
        out = [BP("tag_list_header", ctx.pick(W.TAG_HEADER))]
        for t in ctx.tags:
            out.append(BP("tag_item", F("tags", t)))
        ctx.have.add("tags")
        return out
    tpl = ctx.pick(W.TAG_LINE)
    if tpl.startswith("#"):
        parts = []
        for i, t in enumerate(ctx.tags):
            hs = "#" + t.replace(" ", "")
            if i:
                parts.append(" ")
            parts.append(F("tags", hs, t, [hs, t.replace(" ", "")]))
        ctx.have.add("tags")
        return [BP("tag_line", *parts)]
    sep = ctx.pick(W.TAG_SEP)
    parts = [tpl.split("{t}")[0]]
    for i, t in enumerate(ctx.tags):
        if i:
            parts.append(sep)
        parts.append(F("tags", t))
    ctx.have.add("tags")
    return [BP("tag_line", *parts)]


def prev_next(ctx):
    a, b = ctx.pick(W.PREV_NEXT)
    return [BP("prev_next_link", a.replace("{h}", headline(ctx))), BP("prev_next_link", b.replace("{h}", headline(ctx)))]


def simple(ctx, kind, pool, **kw):
    return [BP(kind, *render(ctx, ctx.pick(pool), **kw))]


def wire(ctx, named=True):
    if named:
        return simple(ctx, "wire_credit_line", W.WIRE_NAMED)
    return simple(ctx, "wire_credit_line", W.WIRE_ANON)


def orig_url(ctx):
    return simple(ctx, "original_url_line", W.ORIG_URL)


def orig_appeared(ctx):
    return simple(ctx, "originally_appeared", W.ORIG_APPEARED)


def cookie(ctx):
    a, b = ctx.half(W.COOKIE)
    return [BP("cookie_notice", a), BP("cookie_notice", b)]


def author_bio(ctx):
    h, s = ctx.pick(W.AUTHOR_BIO)
    beat = {"en": "transport and housing", "de": "Verkehr und Stadtentwicklung", "fr": "l'environnement",
            "es": "la política local"}[ctx.lang]
    return [BP("author_bio", h), BP("author_bio", s.replace("{a}", ctx.people[0]).replace("{beat}", beat))]


def footer(ctx):
    lst = ctx.half(W.FOOTER)
    if ctx.rng.random() < 0.5:
        return [BP("footer_link", x) for x in lst]
    return [BP("footer_link", " | ".join(lst))]


def section_label(ctx):
    return simple(ctx, "section_label", W.SECTION_LABEL)


def stray_id(ctx):
    rng = ctx.rng
    if ctx.si == 0:
        return [BP("stray_id", f"{rng.getrandbits(52):013x}.{rng.randrange(10**8):08d}")]
    return [BP("stray_id", f"{rng.getrandbits(128):032x}")]


def reactions(ctx):
    lst = ctx.half(W.REACTION)
    return [BP("reaction_counter", t.replace("{n}", str(ctx.rng.randint(0, 400)))) for t in lst]


# ------------------------------------------------------------------ bodies


DATELINE = {
    "en": [("{CITY} ({ag}) — ", True), ("{City}, {Mon} {d} ({ag}) - ", True), ("({ag}) — ", True), ("{CITY} — ", False)],
    "de": [("{City} ({ag}) - ", True), ("{City} – ", False)],
    "fr": [("{City} ({ag}) - ", True), ("{City} – ", False)],
    "es": [("{City}, {d} {mon} ({ag}).- ", True), ("{City}. – ", False)],
}


def dateline_parts(ctx, allow_agency=True):
    rng = ctx.rng
    opts = [o for o in DATELINE[ctx.lang] if allow_agency or not o[1]]
    tpl, has_ag = rng.choice(opts)
    from kit import MONTHS, SHORT_EN
    mi = rng.randrange(12)
    day = rng.randint(1, 28)
    rep = {"{CITY}": ctx.city.upper(), "{City}": ctx.city, "{Mon}": SHORT_EN[mi], "{d}": str(day),
           "{mon}": MONTHS["es"][mi][:3]}
    for k, v in rep.items():
        tpl = tpl.replace(k, v)
    if not has_ag:
        return [tpl]
    a, b = tpl.split("{ag}")
    return [a, agency(ctx.agency), b]


def body_lines(ctx, src, n_min=4, n_max=10, dateline=0.35, allow_agency=True, traps=0.3):
    rng = ctx.rng
    paras = list(src)
    if len(paras) > n_min:
        k = rng.randint(n_min, min(n_max, len(paras)))
        st = rng.randint(0, len(paras) - k) if rng.random() < 0.5 else 0
        paras = paras[st:st + k]
    while sum(len(p) for p in paras) > 5500 and len(paras) > 3:
        paras.pop()
    out = []
    for i, p in enumerate(paras):
        if i == 0 and rng.random() < dateline:
            out.append(BODYP(*dateline_parts(ctx, allow_agency), p))
        else:
            out.append(BODY(p))
    if rng.random() < traps and len(out) > 2:
        out.insert(rng.randint(1, len(out) - 1), BODY(ctx.pick(W.TRAPS)))
    return out


def insert_mid(ctx, body, blocks):
    """Insert boilerplate blocks between body paragraphs (never before the first one)."""
    for b in blocks:
        if len(body) < 2:
            body.extend(b)
            continue
        pos = ctx.rng.randint(1, len(body) - 1)
        # do not split an earlier inserted block: move to a body-line boundary
        while pos < len(body) and body[pos].label != "body":
            pos += 1
        body[pos:pos] = b
    return body


def title_line(ctx, suffix_p=0.4, site=None):
    rng = ctx.rng
    if rng.random() < suffix_p:
        sep = ctx.pick(W.TITLE_SEP)
        return TITLE(ctx.title, site or ctx.site, sep)
    return TITLE(ctx.title)


# ------------------------------------------------------------------ archetypes


def maybe(ctx, p, fn, *a, **kw):
    return fn(ctx, *a, **kw) if ctx.rng.random() < p else []


def tail_lists(ctx, fams, k):
    out = []
    for fam in ctx.rng.sample(fams, k):
        out += list_block(ctx, fam, header=ctx.rng.random() < 0.85)
    return out


def arch_aggregator(ctx, src):
    rng = ctx.rng
    named = rng.random() < 0.55
    pos = rng.choice(["head", "tail", "tail", "middle", "head+tail"])
    head, meta, tail = [], [], []
    head += maybe(ctx, 0.3, nav)
    if "head" in pos:
        head += disclaimer(ctx, named)
    site = ctx.agg[0] if rng.random() < 0.3 else None
    t = title_line(ctx, 0.45, site)
    meta += maybe(ctx, 0.15, simple, "source_link", W.SOURCE_LINK)
    r = rng.random()
    meta += date_block(ctx, rel=True) if r < 0.3 else date_block(ctx, pub=True) if r < 0.75 else []
    meta += maybe(ctx, 0.3, photo)
    body = body_lines(ctx, src)
    mids = []
    if rng.random() < 0.35:
        mids.append(simple(ctx, "advertisement_label", W.AD))
    if rng.random() < 0.3:
        mids.append(simple(ctx, "also_read", W.ALSO_READ, h=headline(ctx)))
    if pos == "middle":
        mids.append(disclaimer(ctx, named))
    insert_mid(ctx, body, mids)
    if rng.random() < 0.35:
        tail += wire(ctx, rng.random() < 0.7)
    tail += maybe(ctx, 0.3, simple, "publisher_promo", W.PUBLISHER_PROMO)
    tail += maybe(ctx, 0.2, simple, "app_promo", W.APP)
    tail += maybe(ctx, 0.2, simple, "ui_word", W.UI)
    tail += maybe(ctx, 0.3, date_block, pub=False, upd=True)
    tail += maybe(ctx, 0.2, simple, "click_here_promo", W.CLICK)
    tail += maybe(ctx, 0.4, simple, "read_original", W.READ_ORIGINAL)
    r = rng.random()
    tail += orig_url(ctx) if r < 0.45 else orig_appeared(ctx) if r < 0.65 else []
    if "tail" in pos:
        tail += disclaimer(ctx, named and rng.random() < 0.8)
    if rng.random() < 0.5:
        tail += syndication(ctx)
    tail += maybe(ctx, 0.15, simple, "email_placeholder", W.EMAIL)
    if rng.random() < 0.75:
        tail += tail_lists(ctx, ["trending", "more_stories", "ranking", "related"], rng.choice([1, 1, 2]))
    tail += maybe(ctx, 0.25, footer)
    if pos == "tail" and rng.random() < 0.3:  # disclaimer at the very end, after lists
        tail += disclaimer(ctx, False)
    return head + [t] + meta + body + tail


def arch_syndicated(ctx, src):
    rng = ctx.rng
    head, meta, tail = [], [], []
    head += maybe(ctx, 0.3, simple, "skip_link", W.SKIP)
    head += maybe(ctx, 0.4, nav)
    if rng.random() < 0.4:
        head.append(breadcrumb(ctx))
    t = title_line(ctx, 0.5)
    meta += maybe(ctx, 0.7, byline)
    meta += date_block(ctx, pub=True, upd=rng.random() < 0.3)
    meta += maybe(ctx, 0.3, simple, "reading_time", W.READING)
    meta += maybe(ctx, 0.25, share)
    synd_head = rng.random() < 0.3
    named = rng.random() < 0.6
    if synd_head:
        meta += syndication(ctx, named)
    body = body_lines(ctx, src)
    mids = []
    if rng.random() < 0.35:
        mids.append(simple(ctx, "advertisement_label", W.AD))
    if rng.random() < 0.3:
        mids.append(simple(ctx, "also_read", W.ALSO_READ, h=headline(ctx)))
    if rng.random() < 0.2:
        mids.append(simple(ctx, "newsletter_promo", W.NEWSLETTER))
    insert_mid(ctx, body, mids)
    if not synd_head:
        tail += syndication(ctx, named)
    elif rng.random() < (0.35 if ctx.lang == "en" else 0.7):
        tail += syndication(ctx, not named)
    if rng.random() < 0.25:
        tail += disclaimer(ctx, False)
    tail += maybe(ctx, 0.3, orig_appeared)
    tail += maybe(ctx, 0.25, wire, rng.random() < 0.6)
    tail += maybe(ctx, 0.3, simple, "read_more", W.READ_MORE)
    tail += maybe(ctx, 0.3, simple, "republish_notice", W.REPUBLISH)
    tail += maybe(ctx, 0.4, simple, "copyright_notice", W.COPYRIGHT)
    tail += maybe(ctx, 0.4, tags)
    tail += maybe(ctx, 0.3, prev_next)
    if rng.random() < 0.6:
        tail += tail_lists(ctx, ["related", "more_stories", "recommendation", "you_may_also_like"], rng.choice([1, 2]))
    tail += maybe(ctx, 0.3, footer)
    return head + [t] + meta + body + tail


def arch_autoblog(ctx, src):
    rng = ctx.rng
    head, meta, tail = [], [], []
    head += maybe(ctx, 0.3, simple, "theme_license_banner", W.LICENSE)
    head += maybe(ctx, 0.3, simple, "skip_link", W.SKIP)
    head += maybe(ctx, 0.4, nav)
    head += maybe(ctx, 0.4, section_label)
    t = title_line(ctx, 0.45)
    meta += maybe(ctx, 0.3, stray_id)
    meta += maybe(ctx, 0.5, date_block, pub=True)
    meta += maybe(ctx, 0.3, byline)
    meta += [BP("shortcode", W.SHORTCODE[ctx.si][0])] if rng.random() < 0.5 else []
    body = body_lines(ctx, src, traps=0.25)
    mids = []
    if rng.random() < 0.3:
        mids.append([BP("shortcode", rng.choice(W.SHORTCODE[ctx.si][1:]))])
    if rng.random() < 0.3:
        mids.append(simple(ctx, "advertisement_label", W.AD))
    insert_mid(ctx, body, mids)
    tail += [BP("shortcode", W.SHORTCODE[ctx.si][1])] if rng.random() < 0.5 else []
    r = rng.random()
    tail += simple(ctx, "source_link", W.SOURCE_LINK) if r < 0.4 else orig_url(ctx) if r < 0.7 else []
    if rng.random() < 0.6:
        tail += disclaimer(ctx, rng.random() < 0.5)
    tail += maybe(ctx, 0.5, syndication)
    tail += maybe(ctx, 0.5, share)
    tail += maybe(ctx, 0.35, tags)
    tail += maybe(ctx, 0.3, reactions)
    if rng.random() < 0.6:
        tail += list_block(ctx, "you_may_also_like")
    if rng.random() < 0.3:
        tail += list_block(ctx, "related", header=False)
    tail += maybe(ctx, 0.5, prev_next)
    tail += maybe(ctx, 0.65, comment_form)
    tail += maybe(ctx, 0.3, simple, "copyright_notice", W.COPYRIGHT)
    tail += maybe(ctx, 0.3, simple, "back_to_top", W.BACK_TOP)
    return head + [t] + meta + body + tail


def arch_news_site(ctx, src):
    rng = ctx.rng
    head, meta, tail = [], [], []
    head += maybe(ctx, 0.4, simple, "skip_link", W.SKIP)
    head += maybe(ctx, 0.4, cookie)
    head += maybe(ctx, 0.6, nav)
    if rng.random() < 0.5:
        head.append(breadcrumb(ctx))
    elif rng.random() < 0.5:
        head += section_label(ctx)
    t = title_line(ctx, 0.55)
    meta += maybe(ctx, 0.8, byline)
    meta += date_block(ctx, pub=True, upd=rng.random() < 0.5)
    meta += maybe(ctx, 0.4, simple, "reading_time", W.READING)
    meta += maybe(ctx, 0.5, photo)
    meta += maybe(ctx, 0.35, share)
    body = body_lines(ctx, src)
    mids = []
    for p, blk in ((0.5, lambda: simple(ctx, "advertisement_label", W.AD)),
                   (0.4, lambda: simple(ctx, "also_read", W.ALSO_READ, h=headline(ctx))),
                   (0.3, lambda: simple(ctx, "newsletter_promo", W.NEWSLETTER)),
                   (0.15, lambda: photo(ctx))):
        if rng.random() < p:
            mids.append(blk())
    insert_mid(ctx, body, mids)
    tail += maybe(ctx, 0.2, wire, rng.random() < 0.6)
    tail += maybe(ctx, 0.5, syndication)
    tail += maybe(ctx, 0.15, disclaimer, False)
    tail += maybe(ctx, 0.6, tags)
    tail += maybe(ctx, 0.3, share)
    tail += maybe(ctx, 0.3, author_bio)
    tail += maybe(ctx, 0.3, simple, "social_promo", W.SOCIAL)
    tail += maybe(ctx, 0.3, simple, "app_promo", W.APP)
    if rng.random() < 0.7:
        tail += tail_lists(ctx, ["related", "ranking", "recommendation", "more_stories", "trending"], rng.choice([1, 2, 2]))
    tail += maybe(ctx, 0.3, comment_form)
    tail += maybe(ctx, 0.6, simple, "copyright_notice", W.COPYRIGHT)
    tail += maybe(ctx, 0.5, footer)
    tail += maybe(ctx, 0.3, simple, "back_to_top", W.BACK_TOP)
    return head + [t] + meta + body + tail


def arch_spam_list(ctx, src):
    rng = ctx.rng
    head, meta, tail = [], [], []
    sfx = ctx.site if rng.random() < 0.6 else None
    if rng.random() < 0.55:
        head.append(breadcrumb(ctx, with_title=True, suffix=sfx))
        t = TITLE(ctx.title)
    else:
        t = title_line(ctx, 0.5)
    meta += maybe(ctx, 0.3, simple, "ui_word", W.UI)
    if rng.random() < 0.6:
        meta.append(BP("date_line", *render(ctx, {"en": "Date: {d}", "de": "Datum: {d}", "fr": "Date : {d}",
                                                  "es": "Fecha: {d}"}[ctx.lang] if ctx.si == 0 else
                                             {"en": "Time: {d}", "de": "Zeit: {d}", "fr": "Le {d}",
                                              "es": "El {d}"}[ctx.lang])))
        ctx.have.add("published")
    if rng.random() < 0.2:
        meta.append(BP("title_repeat", ctx.title))
    body = body_lines(ctx, src, n_max=8, traps=0.2)
    mids = []
    if rng.random() < 0.4:
        mids.append(simple(ctx, "also_read", W.ALSO_READ, h=headline(ctx)))
    if rng.random() < 0.3:
        mids.append(list_block(ctx, "related", n=rng.randint(2, 3), header=False))
    insert_mid(ctx, body, mids)
    tail += maybe(ctx, 0.6, tags)
    tail += maybe(ctx, 0.5, reactions)
    tail += tail_lists(ctx, ["related", "ranking", "recommendation", "trending", "more_stories"], rng.randint(1, 3))
    if rng.random() < 0.4:
        tail += list_block(ctx, "more_stories", header=False)
    tail += maybe(ctx, 0.35, syndication)
    tail += maybe(ctx, 0.5, disclaimer, False)
    return head + [t] + meta + body + tail


def arch_clean(ctx, src, titled):
    body = body_lines(ctx, src, n_min=3, n_max=8, dateline=0.4 if titled else 0.3,
                      allow_agency=titled, traps=0.3)
    return ([TITLE(ctx.title)] if titled else []) + body


def arch_minimal(ctx, src):
    rng = ctx.rng
    body = body_lines(ctx, src, n_min=2, n_max=4, traps=0.2)
    opts = [lambda: disclaimer(ctx, rng.random() < 0.5), lambda: syndication(ctx),
            lambda: orig_url(ctx), lambda: date_block(ctx, pub=True), lambda: orig_appeared(ctx),
            lambda: list_block(ctx, rng.choice(list(W.LIST_KINDS)), n=rng.randint(2, 4)),
            lambda: simple(ctx, "read_original", W.READ_ORIGINAL)]
    extra = []
    for f in rng.sample(opts, rng.randint(1, 3)):
        extra += f()
    if rng.random() < 0.3 and extra:
        return [TITLE(ctx.title)] + extra[:1] + body + extra[1:]
    return [TITLE(ctx.title)] + body + extra


def arch_nofacts(ctx, src):
    rng = ctx.rng
    head, tail = [], []
    head += maybe(ctx, 0.3, simple, "skip_link", W.SKIP)
    head += maybe(ctx, 0.3, cookie)
    head += maybe(ctx, 0.4, nav)
    if rng.random() < 0.3:
        head += disclaimer(ctx, False)
    head += maybe(ctx, 0.4, date_block, rel=True)
    body = body_lines(ctx, src, n_max=7, dateline=0.25, allow_agency=False, traps=0.25)
    mids = []
    if rng.random() < 0.4:
        mids.append(simple(ctx, "advertisement_label", W.AD))
    if rng.random() < 0.3:
        mids.append(simple(ctx, "also_read", W.ALSO_READ, h=headline(ctx)))
    if rng.random() < 0.25:
        mids.append(photo(ctx, credit=False))
    insert_mid(ctx, body, mids)
    tail += maybe(ctx, 0.35, wire, False)
    if rng.random() < 0.8:
        tail += disclaimer(ctx, False)
    tail += maybe(ctx, 0.3, simple, "read_more", W.READ_MORE)
    tail += maybe(ctx, 0.4, share)
    tail += maybe(ctx, 0.3, simple, "newsletter_promo", W.NEWSLETTER)
    tail += maybe(ctx, 0.2, simple, "social_promo", W.SOCIAL)
    if rng.random() < 0.7:
        tail += tail_lists(ctx, ["related", "trending", "more_stories", "ranking", "you_may_also_like"], rng.choice([1, 2]))
    if rng.random() < 0.3:
        tail += list_block(ctx, "trending", header=False)
    tail += maybe(ctx, 0.3, comment_form)
    tail += maybe(ctx, 0.3, footer)
    tail += maybe(ctx, 0.2, simple, "back_to_top", W.BACK_TOP)
    return head + body + tail


# ------------------------------------------------------------------ plan

PLAN = [  # archetype, count, langs (cycled; each entry used by one dev and one test document)
    ("aggregator", 40, ["en", "de", "en", "fr", "en", "es", "en", "de", "en", "fr", "es", "en", "de", "en", "fr", "en", "es", "en", "de", "en"]),
    ("syndicated", 30, ["en", "fr", "en", "de", "es", "en", "en", "de", "fr", "en", "es", "en", "fr", "en", "de"]),
    ("autoblog", 20, ["en", "de", "en", "fr", "en", "es", "en", "de", "en", "es"]),
    ("news_site", 22, ["en", "de", "fr", "en", "es", "en", "de", "en", "fr", "en", "es"]),
    ("spam_list", 16, ["en", "de", "en", "fr", "en", "es", "en", "fr"]),
    ("clean", 10, ["en", "de", "en", "fr", "es"]),
    ("minimal", 8, ["en", "fr", "en", "es"]),
    ("nofacts", 14, ["en", "de", "fr", "en", "es", "en", "en"]),
]


def layout_for(rng, arch):
    if arch == "spam_list":
        lay = "single" if rng.random() < 0.75 else "mixed"
    else:
        r = rng.random()
        lay = "double" if r < 0.6 else "mixed" if r < 0.85 else "single"
    eol = "\r\n" if rng.random() < 0.08 else "\n"
    return lay, eol, rng.random() < 0.7


def build(gt_path, seed):
    rng = random.Random(seed)
    en = english_bodies(gt_path)
    rng.shuffle(en)
    en_pools = {"dev": en[: len(en) // 2], "test": en[len(en) // 2:]}
    plan = []
    for arch, count, langs in PLAN:
        for i in range(count):
            plan.append((arch, SPLITS[i % 2], langs[(i // 2) % len(langs)], i // 2))
    rng.shuffle(plan)
    docs = []
    counters = {s: {"en": 0} for s in SPLITS}
    for idx, (arch, split, lang, k) in enumerate(plan):
        drng = random.Random(f"{seed}-{idx}")
        ctx = Ctx(drng, split, lang, None)
        if lang == "en":
            pid, url, paras = en_pools[split][counters[split]["en"]]
            counters[split]["en"] += 1
            src = paras
            ctx.title = slug_title(url, paras)
            if drng.random() < 0.35:
                ctx.title = title_case(ctx.title)
            source = pid
        else:
            stories = foreign.STORIES[lang]
            si = drng.randrange(3) + (0 if split == "dev" else 3)
            head, paras = stories[si]
            fill = {"city": ctx.city, "p": ctx.people[1], "n": str(drng.randint(2, 40)), "m": str(drng.randint(2, 9))}
            src = [p.format(**fill) for p in paras]
            ctx.title = head.format(**fill)
            source = f"{lang}-{si}"
        slug = re.sub(r"[^a-z0-9]+", "-", ctx.title.lower().encode("ascii", "ignore").decode()).strip("-")[:70]
        ctx.url_path = drng.choice([f"/news/{drng.randint(2022, 2025)}/{drng.randint(1, 12):02d}/{slug}",
                                    f"/{slug}-{drng.randint(100000, 999999)}", f"/article/{drng.randint(10000, 99999)}/{slug}.html",
                                    f"/{ctx.section.lower().encode('ascii', 'ignore').decode()}/{slug}/"])
        if arch == "clean":
            items = arch_clean(ctx, src, titled=k % 2 == 0)
        else:
            items = globals()["arch_" + arch](ctx, src)
        if lang != "en" and arch not in ("clean", "minimal"):
            # the emphasis of this corpus: more disclaimer / syndication wordings in de/fr/es
            kinds = {it.kind for it in items}
            if "aggregator_disclaimer" not in kinds and drng.random() < 0.7:
                blk = disclaimer(ctx, arch != "nofacts" and drng.random() < 0.4)
                if drng.random() < 0.3 and arch != "nofacts":
                    items = blk + items
                else:
                    items = items + blk
            if "syndication_notice" not in kinds and arch != "nofacts" and drng.random() < 0.6:
                items = items + syndication(ctx)
        lay, eol, fin = layout_for(drng, arch)
        text, lines, facts, body = assemble(items, drng, lay, eol, fin)
        docs.append({"id": f"q{idx:03d}", "split": split, "archetype": arch, "lang": lang, "source": source,
                     "text": text, "lines": lines, "expected_body": body, "facts": facts})
    return docs


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--gt", default=DEFAULT_GT)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", default=str(HERE / "corpus.jsonl"))
    a = ap.parse_args(argv)
    docs = build(a.gt, a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
