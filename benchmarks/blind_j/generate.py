#!/usr/bin/env python3
"""Generate the blind_j corpus (provenance on copied news). Deterministic; stdlib only.

python3 generate.py [--gt PATH] [--seed N] [--out PATH]
"""
from __future__ import annotations

import argparse
import json
import random
import re
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlparse

import foreign
import names as N
import wordings as WD
from kit import F, L, bp, credit, finalize, make_date, pub_name, rand_dt, render, url_fact

HERE = Path(__file__).resolve().parent
DEFAULT_GT = "/work/shared/bench/article-extraction-benchmark/ground-truth.json"
EMAIL = "[email protected]"
SEED_OUTLETS = ("livemint", "kxan", "rnz.co.nz", "ndtv")

# ----------------------------------------------------------------------------- body traps
AGENCY_TRAPS = {
    "dev": ["Reuters first reported the talks earlier in the week, citing two people familiar with the matter.",
            "An AFP tally based on official figures put the number considerably higher.",
            "Speaking to Bloomberg on Monday, the chief executive declined to give a timeline."],
    "test": ["The Associated Press was unable to independently verify the footage.",
             "Figures compiled by Xinhua suggested a smaller turnout than organisers claimed.",
             "In an interview with dpa, the minister defended the plan as overdue."],
}
DATE_TRAPS = {
    "dev": ["The consultation closes on March 28, 2025, according to the notice.",
            "Published in 2019, the earlier review reached a similar conclusion.",
            "Updated guidance is expected before 14 June, officials said."],
    "test": ["Posted notices on the gates gave a deadline of 21 May 2024.",
             "Last updated in 2021, the register lists more than 400 sites.",
             "A hearing has been set for 17/09/2025 at the district court."],
}
PROV_TRAPS = {
    "dev": ["Via a spokesperson, the company said it would cooperate fully.",
            "Content provided by the ministry was later withdrawn from its website.",
            "The original source of the leak has never been identified."],
    "test": ["Distributed by volunteers, the leaflets reached about 3,000 homes.",
             "Courtesy of a local charity, the children were given free tickets.",
             "Partner organisations from six countries signed the declaration."],
}
DATELINES = {  # (template, needs_agency)
    "dev": ["{CITY} ({WIRE}) — ", "{City}, {Mon} {d} ({WIRE}) - ", "({WIRE}) — "],
    "test": ["{CITY}, {Country} ({WIRE}) -- ", "{City} ({WIRE}) – ", "{CITY}, {Mon} {d} ({WIRE}): ", "({WIRE}) -- "],
}
PLAIN_DATELINES = {"dev": "{CITY} — ", "test": "{City}: "}
DL_AGENCIES = {"dev": ["AP", "Reuters", "AFP", "PTI", "Bloomberg", "Kyodo"],
               "test": ["AP", "Reuters", "AFP", "ANI", "Xinhua", "Yonhap", "UPI", "IANS"]}
WIRE_AGENCIES = {"dev": ["AP", "Reuters", "AFP", "Bloomberg", "PTI"], "test": ["AP", "Reuters", "AFP", "Xinhua", "UPI", "IANS"]}
FOREIGN_DATELINES = {
    ("dev", "de"): "{City} ({A1}) - ", ("test", "de"): "{City} ({A1}/{A2}) – ",
    ("dev", "fr"): "{City} ({A1}) - ", ("test", "fr"): "{City}, {d} {mois} ({A1}) – ",
    ("dev", "es"): "{City}, {d} {mes} ({A1}).- ", ("test", "es"): "{City} ({A1}) — ",
}
FOREIGN_AGENCY = {"de": "dpa", "fr": "AFP", "es": "EFE"}
APP_SOURCE = {"dev": ["From {PUB}", "Story from {PUB} • 3h"], "test": ["Source · {PUB}", "Shared from {PUB}"]}
PRESS_LABELS = {"dev": ["PRESS RELEASE", "Media contact: {EMAIL}"], "test": ["News release", "For media enquiries: {EMAIL}"]}
URL_FORMS = {
    "dev": ["https://{host}/news/{y}/{m:02d}/{d:02d}/{slug}/",
            "https://{host}/{sec}/{slug}-{id}.html?utm_source=rss&utm_medium=feed",
            "https://{host}/story/{id}/{slug}#comments"],
    "test": ["http://{host}/{y}/{m:02d}/{slug}#main-content",
             "https://{host}/p/{id}?from=syndication&lang=en#top",
             "https://{host}/{sec}/{slug}?ref=partner"],
}
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
SEPS = {"dev": [" | ", " – ", " - "], "test": [" — ", " :: ", " · ", " -"]}

# ----------------------------------------------------------------------------- bodies
JUNK = re.compile(
    r"https?://|www\.|\b(AP|AFP|UPI|PTI|ANI|IANS|EFE|ANSA|dpa)\b|Associated Press|Reuters|Agence France|Bloomberg|"
    r"Xinhua|Kyodo|Yonhap|photo|image|credit|copyright|©|originally|subscribe|sign up|follow us|this article|"
    r"this story|contributed|reporting by|editing by|getty|courtesy|republish|distributed by|provided by|"
    r"partner content|advertis|newsletter|click here|read more|related|source:|\bvia\b|published by|"
    r"all rights|cookie|@", re.I)
STOP = {"the", "and", "of", "to", "in", "a", "is", "that", "for", "with", "was", "on", "it", "as", "by"}
BREAKS = re.compile(r"[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def english(text):
    w = re.findall(r"[A-Za-z']+", text.lower())
    return len(w) > 80 and sum(x in STOP for x in w) / len(w) > 0.12


def load_bodies(gt_path):
    gt = json.loads(Path(gt_path).read_text(encoding="utf-8"))
    out = []
    for key in sorted(gt):
        v = gt[key]
        url = v.get("url", "")
        if any(s in url for s in SEED_OUTLETS) or not english(v.get("articleBody", "")):
            continue
        paras = []
        for p in v["articleBody"].split("\n"):
            p = " ".join(BREAKS.sub(" ", p).split())
            if len(p.split()) < 8 or JUNK.search(p) or p.isupper() or p.startswith(("By ", "—", "-", "•", "*")):
                continue
            paras.append(p)
        if len(paras) >= 4:
            out.append((key, url, paras))
    return out


def slug_title(url, paras, rng):
    seg = [s for s in urlparse(url).path.split("/") if s]
    cand = ""
    if seg:
        s = re.sub(r"\.(html?|php|aspx?)$", "", seg[-1])
        words = [w for w in re.split(r"[-_]", s) if w]
        if len(words) >= 4 and all(w.isalpha() for w in words):
            cand = " ".join(words[:14])
    if not cand or rng.random() < 0.35:
        ws = paras[0].replace("“", "").replace("”", "").replace('"', "").split()[:12]
        cut = " ".join(ws)
        if "," in cut and len(cut.split(",")[0].split()) >= 5:
            cut = cut.split(",")[0]
        cut = re.split(r"(?<=[a-z]{3})[.!?] ", cut)[0]
        cand = cut.strip(",;:.—–-() ")
        tailw = {"he", "she", "the", "of", "in", "to", "a", "an", "and", "given", "that", "for", "with", "on",
                 "at", "by", "his", "her", "their", "its", "is", "was", "from", "this", "it", "as", "or", "who"}
        ws = cand.split()
        while len(ws) > 4 and (ws[-1].lower() in tailw or not ws[-1][-1].isalnum()):
            ws.pop()
        cand = " ".join(ws).strip(",;:.—–-() ")
        if cand.count("(") != cand.count(")"):
            cand = cand.split("(")[0].strip(",;:.—–- ")
        if len(cand.split()) < 4:
            cand = " ".join(paras[0].replace("“", "").replace("”", "").split()[:8]).strip(",;:.—–-() ")
        return cand[0].upper() + cand[1:]
    if rng.random() < 0.5:
        small = {"a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "at", "by", "with"}
        return " ".join(w if (i and w in small) else w.capitalize() for i, w in enumerate(cand.split()))
    return cand[0].upper() + cand[1:]


def slugify(t):
    return "-".join(re.findall(r"[a-z0-9]+", t.lower()))[:60].strip("-")


# ----------------------------------------------------------------------------- context
class Ctx:
    def __init__(self, rng, split, lang, idx):
        self.rng, self.split, self.lang = rng, split, lang
        r = rng
        if lang == "en":
            self.pub = r.choice(N.PUBLISHERS[split])
            self.site = r.choice(N.SITES[split])
            self.people = r.sample(N.PEOPLE[split], 4)
            self.sec = r.choice(N.SECTIONS[split])
        else:
            self.pub = r.choice(N.PUBLISHERS_INTL[split][lang])
            self.site = r.choice(N.SITES_INTL[split][lang])
            self.people = r.sample(N.PEOPLE_INTL[split][lang], 2) + r.sample(N.PEOPLE[split], 2)
            self.sec = r.choice(N.SECTIONS_INTL[split][lang])
        self.agg = r.choice(N.AGGREGATORS[split])
        self.year = r.choice([2023, 2024, 2025])
        self.dt = rand_dt(r)
        self.used = set()

    # values
    def pick(self, kind):
        return WD.pick(self.rng, kind, self.split, self.lang)

    def vals(self, **extra):
        r = self.rng
        v = {"EMAIL": EMAIL, "Y": str(self.dt.year), "HL": WD.headline(r, self.split, self.lang),
             "NAME": self.people[3], "SITEX": self.site,
             "UNIQ": f"{r.getrandbits(56):014x}"[:13] + f".{r.randint(10000000, 99999999)}",
             "MD5": f"{r.getrandbits(128):032x}"}
        v.update(extra)
        return v

    def D(self, style=None):
        assert "D" not in self.used
        self.used.add("D")
        return make_date(self.rng, "published", self.dt, self.split, self.lang, style)

    def U(self):
        assert "U" not in self.used
        self.used.add("U")
        dt = self.dt + timedelta(hours=self.rng.choice([2, 5, 9, 26, 50]), minutes=self.rng.randint(1, 50))
        return make_date(self.rng, "updated", dt, self.split, self.lang)

    def AGG(self):
        return F("aggregator", self.agg[0], self.agg[0])

    def AGGD(self):
        return F("aggregator", self.agg[1], self.agg[1])

    def PUB(self):
        return pub_name(self.pub)

    def URL(self):
        r = self.rng
        form = r.choice(URL_FORMS[self.split])
        host = self.pub[1]
        u = form.format(host=host, y=self.dt.year, m=self.dt.month, d=self.dt.day, slug=self.slug or "story",
                        sec=self.sec.lower(), id=r.randint(100000, 9999999))
        return url_fact(u, self.pub)

    def wire(self, long=False, pool=None):
        a = self.rng.choice(pool or WIRE_AGENCIES[self.split])
        return credit(a, N.LONG[a] if long else a)

    def photo(self):
        r, s = self.rng, self.split
        p = r.choice(self.people[2:] + [r.choice(N.PEOPLE[s])])
        if s == "dev":
            forms = [("{p}/AFP", "AFP"), ("AP Photo/{p}", "AP"), ("{p}/Getty Images", None),
                     ("{org}", None), ("{p}/Bloomberg", "Bloomberg")]
        else:
            forms = [("{p}/Reuters", "Reuters"), ("dpa/{p}", "dpa"), ("{p}/AFP via Getty Images", "AFP"),
                     ("Xinhua/{p}", "Xinhua"), ("{p} / Shutterstock", None), ("{org}", None)]
        f, ag = r.choice(forms)
        txt = f.format(p=p, org=r.choice(N.ORGS[s]))
        subs = []
        if ag:
            i = txt.index(ag)
            subs = [("credits", ag, i, i + len(ag), N.AGENCIES[ag], None)]
        return F("photo_credit", txt, txt, subs=subs)

    # line makers
    def bp(self, kind_key, label_kind=None, **vals):
        tpl = self.pick(kind_key)
        return self.bp_t(tpl, label_kind or kind_key, **vals)

    def bp_t(self, tpl, label_kind, **vals):
        v = self.vals(**vals)
        return bp(tpl, label_kind, **v)


def multi(ctx, kind, n):
    opts = WD.all_of(kind, ctx.split, ctx.lang)
    return [ctx.bp_t(t, kind) for t in ctx.rng.sample(opts, min(n, len(opts)))]


def navs(ctx, n):
    return multi(ctx, "nav_menu", n)


def synd_line(ctx, named):
    if named:
        l = ctx.bp("synd_named", "syndication_notice", PUB=ctx.PUB())
    else:
        l = ctx.bp("synd_anon", "syndication_notice")
    t = l.text
    a, b = 0, len(t)
    if (t.startswith("(") and t.endswith(")")) or (t.startswith("[") and t.endswith("]")):
        a, b = 1, len(t) - 1
    elif t.startswith("* "):
        a = 2
    l.marks.append(("syndication", t[a:b], a, b, [], None))
    return l


def agg_lines(ctx, named=True):
    if not named:
        return [ctx.bp("agg_anon", "aggregator_disclaimer")]
    opts = [t for t in WD.all_of("agg_named", ctx.split, ctx.lang) if t not in ctx.used]
    tpl = ctx.rng.choice(opts)
    ctx.used.add(tpl)
    v = ctx.vals(AGG=ctx.AGG(), AGGD=ctx.AGGD())
    if tpl.startswith("ABOUT:"):
        rest = tpl[6:]
        if "|" in rest:
            h, t = rest.split("|", 1)
            return [bp("About " + h, "aggregator_disclaimer", **v), bp(t, "aggregator_disclaimer", **v)]
        return [bp(rest, "aggregator_disclaimer", **v)]
    return [bp(tpl, "aggregator_disclaimer", **v)]


def title_line(ctx, title, suffix=None):
    sep = ctx.rng.choice(SEPS[ctx.split])
    marks = [("title", title, 0, len(title), [], None)]
    if suffix:
        text = title + sep + suffix
        a = len(title) + len(sep)
        marks.append(("site_name", suffix, a, a + len(suffix), [], None))
    else:
        text = title
    return L(text, "title", None, marks, title_text=title, site_suffix=suffix)


def list_block(ctx, n=None, header=True):
    r = ctx.rng
    fams = WD.LIST_HEADERS.get((ctx.split, ctx.lang)) or WD.LIST_HEADERS[(ctx.split, "en")]
    hk, ik, htxt = r.choice(fams)
    out = [L(htxt, "boilerplate", hk)] if header else []
    if not header:
        ik = "headline_run_item"
    bul = r.choice(WD.BULLETS[ctx.split])
    lang = ctx.lang if (ctx.split, ctx.lang) in WD.HL_PARTS else "en"
    for i in range(n if n is not None else r.randint(2, 5)):
        out.append(L(bul.format(i=i + 1) + WD.headline(r, ctx.split, lang), "boilerplate", ik))
    return out


def dates_block(ctx, mode):
    """mode: pub | upd | both | both2 | rel | none -> lines"""
    if mode == "pub":
        return [ctx.bp("date_pub", "date_line", D=ctx.D())]
    if mode == "upd":
        return [ctx.bp("date_upd", "date_line", U=ctx.U())]
    if mode == "both":
        return [ctx.bp("date_both", "date_line", D=ctx.D(), U=ctx.U())]
    if mode == "both2":
        return [ctx.bp("date_pub", "date_line", D=ctx.D()), ctx.bp("date_upd", "date_line", U=ctx.U())]
    if mode == "rel":
        return [ctx.bp("date_rel", "date_line")]
    return []


def byline(ctx, with_date=False, wire=False):
    r = ctx.rng
    tpls = WD.all_of("byline", ctx.split, ctx.lang)
    ok = [t for t in tpls if ("{D}" in t) == with_date and (("{WIRE" in t) == wire or (not wire and "{WIRE" not in t))]
    if not ok:
        ok = [t for t in tpls if "{D}" not in t and "{WIRE" not in t]
        with_date = False
    tpl = r.choice(ok)
    v = ctx.vals(AUTH=F("authors", ctx.people[0]), AUTH2=F("authors", ctx.people[1]))
    if "{D}" in tpl:
        v["D"] = ctx.D()
    if "{WIRE" in tpl:
        pool = [FOREIGN_AGENCY[ctx.lang]] if ctx.lang != "en" else None
        c = ctx.wire(long="{WIRELONG}" in tpl, pool=pool)
        v["WIRE"] = v["WIRELONG"] = c
    return bp(tpl, "byline", **v)


def photo_lines(ctx, credit_too=True):
    out = [ctx.bp("photo_caption")]
    if credit_too:
        out.append(ctx.bp("photo_credit", PHOTO=ctx.photo()))
    return out


def wire_line(ctx, named=True):
    if not named:
        return ctx.bp("wire_anon", "wire_credit_line")
    tpl = ctx.pick("wire_named")
    pool = [FOREIGN_AGENCY[ctx.lang]] if ctx.lang != "en" else None
    c = ctx.wire(long="{WIRELONG}" in tpl, pool=pool)
    return ctx.bp_t(tpl, "wire_credit_line", WIRE=c, WIRELONG=c)


def section_line(ctx):
    r = ctx.rng
    if ctx.lang == "en" and r.random() < 0.35:
        tpl = WD.pick(r, "breadcrumb", ctx.split, "en")
        return ctx.bp_t(tpl, "breadcrumb", SEC=F("section", ctx.sec))
    tpl = ctx.pick("section_label")
    return ctx.bp_t(tpl, "section_label", SEC=F("section", ctx.sec),
                    SECUP=F("section", ctx.sec, ctx.sec.upper(), [ctx.sec.upper()]))


def tag_line(ctx):
    r = ctx.rng
    if ctx.lang == "en":
        tags = r.sample(N.TAGS[ctx.split], r.randint(2, 4))
    else:
        tags = r.sample(N.TAGS[ctx.split], 2)
    tpl = ctx.pick("tag_line")
    subs, parts, pos = [], [], 0
    if "{TAGS_HASH}" in tpl:
        sep = " "
        shown = ["#" + "".join(w.capitalize() for w in t.split()) for t in tags]
        for t, s in zip(tags, shown):
            val = s[1:]
            subs.append(("tags", val, pos + 1, pos + len(s), [t, s], None))
            pos += len(s) + len(sep)
        txt = sep.join(shown)
    else:
        sep = ", " if "{TAGS_COMMA}" in tpl else " · "
        for t in tags:
            subs.append(("tags", t, pos, pos + len(t), [], None))
            pos += len(t) + len(sep)
        txt = sep.join(tags)
    f = F(None, None, txt, subs=subs)
    return ctx.bp_t(tpl, "tag_line", TAGS_COMMA=f, TAGS_DOT=f, TAGS_HASH=f)


def copyright_line(ctx, site_fact=None):
    if site_fact:
        return ctx.bp("copyright_site", "copyright_notice", SITE=F("site_name", site_fact))
    return ctx.bp("copyright", "copyright_notice")


# ----------------------------------------------------------------------------- body
def dateline(ctx, paras, mode):
    """mode: wire | plain | none. Returns new first paragraph text + marks."""
    r = ctx.rng
    first = paras[0]
    if mode == "none":
        return L(first, "body")
    if ctx.lang != "en":
        city = r.choice(foreign.CITIES[(ctx.split, ctx.lang)])
        tpl = FOREIGN_DATELINES[(ctx.split, ctx.lang)] if mode == "wire" else "{City} – "
        a1 = FOREIGN_AGENCY[ctx.lang]
        v = {"City": city, "A1": credit(a1), "A2": credit("AFP" if a1 != "AFP" else "Reuters"),
             "d": str(ctx.dt.day), "mois": foreign_month("fr", ctx.dt.month), "mes": foreign_month("es", ctx.dt.month)[:3]}
        pre, marks = render(tpl, v)
        return L(pre + first, "body", None, marks)
    city, country = r.choice(N.CITIES[ctx.split])
    if mode == "wire":
        tpls = DATELINES[ctx.split]
        if country is None:
            tpls = [t for t in tpls if "{Country}" not in t]
        tpl = r.choice(tpls)
    else:
        tpl = PLAIN_DATELINES[ctx.split]
    v = {"CITY": city, "City": city.title(), "Country": country or "", "Mon": MON3[ctx.dt.month - 1],
         "d": str(ctx.dt.day), "WIRE": credit(r.choice(DL_AGENCIES[ctx.split]))}
    pre, marks = render(tpl, v)
    return L(pre + first, "body", None, marks)


def foreign_month(lang, m):
    from kit import MONTHS_ES, MONTHS_FR
    return (MONTHS_FR if lang == "fr" else MONTHS_ES)[m - 1]


def body_lines(ctx, paras, dl="none", traps=1, inserts=()):
    """Body lines; traps = number of trap paragraphs; inserts = boilerplate line groups placed mid-body."""
    r = ctx.rng
    out = [dateline(ctx, paras, dl)] + [L(p, "body") for p in paras[1:]]
    if ctx.lang == "en":
        pools = [AGENCY_TRAPS[ctx.split], DATE_TRAPS[ctx.split], PROV_TRAPS[ctx.split]]
        for k in range(traps):
            t = r.choice(pools[(k + r.randint(0, 2)) % 3])
            if all(t != x.text for x in out):
                out.insert(r.randint(1, len(out)), L(t, "body"))
    groups = [out[i:i + 1] for i in range(len(out))]
    for g in inserts:
        groups.insert(r.randint(1, max(1, len(groups) - 1)), g)
    return [x for g in groups for x in g]


# ----------------------------------------------------------------------------- archetypes
def a_aggregator(ctx, paras, title):
    r = ctx.rng
    named = r.random() < 0.9
    head, tail = [], []
    if r.random() < 0.4:
        head.append(ctx.bp("skip_link"))
    head += navs(ctx, r.randint(1, 3))
    agg_head = r.random() < 0.3
    if agg_head:
        head += agg_lines(ctx, named)
    suffix = ctx.agg[0] if named and r.random() < 0.35 else None
    head.append(title_line(ctx, title, suffix))
    head += dates_block(ctx, r.choice(["pub", "upd", "both", "both2", "rel", "none"]))
    if r.random() < 0.4:
        head += photo_lines(ctx, r.random() < 0.8)
    ins = [[ctx.bp("advertisement_label")]] if r.random() < 0.5 else []
    if r.random() < 0.4:
        ins.append([ctx.bp("also_read")])
    body = body_lines(ctx, paras, r.choice(["wire", "wire", "plain", "none"]), r.randint(1, 2), ins)
    x = r.random()
    if x < 0.45:
        tail.append(wire_line(ctx, True))
    elif x < 0.65:
        tail.append(wire_line(ctx, False))
    y = r.random()
    if y < 0.3:
        tail.append(ctx.bp("publisher_promo", PUB=ctx.PUB()) if ctx.lang == "en" else
                    ctx.bp("read_original_pub", "read_original", PUB=ctx.PUB()))
    elif y < 0.55:
        tail.append(ctx.bp("read_original_pub", "read_original", PUB=ctx.PUB()))
    elif y < 0.7 and ctx.lang == "en":
        tail.append(ctx.bp("read_original"))
    if r.random() < 0.45:
        tail.append(ctx.bp("original_url_line", URL=ctx.URL()))
    if "U" not in ctx.used and r.random() < 0.4:
        tail.append(ctx.bp("date_upd_tail", "date_line", U=ctx.U()) if ctx.lang == "en" else
                    ctx.bp("date_upd", "date_line", U=ctx.U()))
    if r.random() < 0.3 and ctx.lang == "en":
        tail.append(ctx.bp("click_here_promo"))
    if r.random() < 0.5:
        tail += list_block(ctx)
    if not agg_head or r.random() < 0.3:
        tail += agg_lines(ctx, named)
    if named and r.random() < 0.3:
        tail += agg_lines(ctx, True)  # a second, differently shaped disclaimer
    if r.random() < 0.25 and ctx.lang == "en":
        tail.append(ctx.bp("email_placeholder"))
    if r.random() < 0.3:
        tail.append(copyright_line(ctx, suffix))
    return [head, body, tail]


def a_autoblog(ctx, paras, title):
    r = ctx.rng
    head, tail = [], []
    if r.random() < 0.4:
        head.append(ctx.bp("theme_license_banner"))
    head += navs(ctx, r.randint(1, 3))
    suffix = ctx.site if r.random() < 0.5 else None
    head.append(title_line(ctx, title, suffix))
    if r.random() < 0.5:
        head.append(ctx.bp("stray_id"))
    head += dates_block(ctx, r.choice(["pub", "pub", "both", "none"]))
    sc = WD.all_of("shortcode", ctx.split, "en")
    body = [L(sc[0], "boilerplate", "shortcode")] if r.random() < 0.6 else []
    body += body_lines(ctx, paras, r.choice(["wire", "plain", "none"]), r.randint(1, 2))
    if body[0].kind == "shortcode":
        body.append(L(sc[1], "boilerplate", "shortcode"))
    z = r.random()
    if z < 0.35:
        tail.append(ctx.bp("originally_appeared", PUB=ctx.PUB()))
        if r.random() < 0.5:
            tail.append(ctx.bp("original_url_line", URL=ctx.URL()))
    elif z < 0.7:
        tail.append(ctx.bp("original_url_line", URL=ctx.URL()))
    elif z < 0.85:
        tail.append(ctx.bp("source_link"))
    else:
        tail.append(ctx.bp("read_original_pub", "read_original", PUB=ctx.PUB()))
    if r.random() < 0.4:
        tail.append(wire_line(ctx, r.random() < 0.7))
    tail += multi(ctx, "share_row", r.randint(1, 3))
    if r.random() < 0.5:
        tail.append(tag_line(ctx))
    tail += list_block(ctx)
    if r.random() < 0.4:
        tail += [ctx.bp("prev_next_link") for _ in range(2)]
    if r.random() < 0.5:
        tail += [L(t, "boilerplate", "comment_form") for t in WD.all_of("comment_form", ctx.split, "en")]
    if r.random() < 0.35:
        tail += agg_lines(ctx, r.random() < 0.5)
    tail.append(copyright_line(ctx, suffix if r.random() < 0.5 else None))
    return [head, body, tail]


def a_syndication(ctx, paras, title):
    r = ctx.rng
    head, tail = [], []
    if r.random() < 0.5:
        head.append(ctx.bp("skip_link"))
    head += navs(ctx, r.randint(1, 2))
    if r.random() < 0.6:
        head.append(section_line(ctx))
    suffix = ctx.site if r.random() < 0.6 else None
    head.append(title_line(ctx, title, suffix))
    head.append(byline(ctx, wire=r.random() < 0.3))
    head += dates_block(ctx, r.choice(["pub", "both", "both2", "upd"]))
    notice_head = r.random() < 0.4
    kind = r.choice(["synd_named", "synd_named", "synd_named", "synd_anon", "synd_anon", "orig", "orig"])

    def notice():
        if kind == "orig":
            return ctx.bp("originally_appeared", PUB=ctx.PUB())
        return synd_line(ctx, kind == "synd_named")
    if notice_head:
        head.append(notice())
    ins = [photo_lines(ctx, True)] if r.random() < 0.4 else []
    body = body_lines(ctx, paras, r.choice(["wire", "plain", "none"]), r.randint(1, 2), ins)
    if not notice_head:
        tail.append(notice())
    if kind == "synd_anon" and r.random() < 0.6:
        tail.append(ctx.bp("originally_appeared", PUB=ctx.PUB()))
    if r.random() < 0.35:
        tail.append(ctx.bp("original_url_line", URL=ctx.URL()))
    if r.random() < 0.4:
        tail.append(ctx.bp("republish_notice"))
    if r.random() < 0.5:
        tail.append(tag_line(ctx))
    if r.random() < 0.6:
        tail += list_block(ctx)
    tail += multi(ctx, "footer_link", r.randint(1, 3))
    tail.append(copyright_line(ctx, suffix if r.random() < 0.6 else None))
    return [head, body, tail]


def a_regional(ctx, paras, title):
    r = ctx.rng
    head, tail = [], []
    if r.random() < 0.5:
        head += [L(t, "boilerplate", "cookie_notice") for t in WD.all_of("cookie_notice", ctx.split, ctx.lang)]
    head.append(ctx.bp("skip_link"))
    head += navs(ctx, r.randint(2, 4))
    head.append(section_line(ctx))
    suffix = ctx.site if r.random() < 0.7 else None
    head.append(title_line(ctx, title, suffix))
    wire_by = r.random() < 0.4
    with_date = r.random() < 0.3
    head.append(byline(ctx, with_date=with_date, wire=wire_by))
    if "D" in ctx.used:
        head += dates_block(ctx, r.choice(["upd", "none"]))
    else:
        head += dates_block(ctx, r.choice(["pub", "both", "both2"]))
    if r.random() < 0.6:
        head.append(ctx.bp("reading_time"))
    head += photo_lines(ctx, True)
    ins = [[ctx.bp("advertisement_label")], [ctx.bp("also_read")]]
    if r.random() < 0.5:
        ins.append([ctx.bp("newsletter_promo")])
    body = body_lines(ctx, paras, r.choice(["wire", "plain", "none", "none"]), r.randint(1, 2), ins)
    if r.random() < 0.5:
        tail.append(wire_line(ctx, r.random() < 0.6))
    if r.random() < 0.45:
        tail.append(ctx.bp("originally_appeared", PUB=ctx.PUB()))
    tail += multi(ctx, "share_row", r.randint(1, 2))
    if r.random() < 0.6:
        tail.append(tag_line(ctx))
    if ctx.lang == "en" and r.random() < 0.5:
        tail += [L(t.format(NAME=ctx.people[0]), "boilerplate", "author_bio") if "{NAME}" not in t else
                 ctx.bp_t(t, "author_bio", NAME=ctx.people[0]) for t in WD.all_of("author_bio", ctx.split, "en")]
    if ctx.lang == "en" and r.random() < 0.4:
        tail.append(ctx.bp("social_promo"))
    tail += list_block(ctx)
    tail += multi(ctx, "footer_link", r.randint(2, 3))
    tail.append(copyright_line(ctx, suffix))
    if ctx.lang == "en" and r.random() < 0.4:
        tail.append(ctx.bp("back_to_top"))
    return [head, body, tail]


def a_press(ctx, paras, title):
    r = ctx.rng
    head, tail = [], []
    head += navs(ctx, r.randint(1, 2))
    pl = PRESS_LABELS[ctx.split]
    if r.random() < 0.7:
        head.append(section_line(ctx))
    else:
        head.append(L(pl[0], "boilerplate", "section_label"))
    suffix = ctx.site if r.random() < 0.5 else None
    head.append(title_line(ctx, title, suffix))
    head += dates_block(ctx, r.choice(["pub", "pub", "both"]))
    head += multi(ctx, "share_row", r.randint(0, 2))
    body = body_lines(ctx, paras, "none", r.randint(1, 2))
    z = r.random()
    if z < 0.45:
        tail.append(synd_line(ctx, True))
    elif z < 0.8:
        tail.append(ctx.bp("originally_appeared", PUB=ctx.PUB()))
    else:
        tail.append(ctx.bp("original_url_line", URL=ctx.URL()))
    tail.append(ctx.bp_t(pl[1], "email_placeholder"))
    if r.random() < 0.5:
        tail.append(ctx.bp("agg_anon", "aggregator_disclaimer"))
    if r.random() < 0.5:
        tail.append(ctx.bp("republish_notice"))
    if r.random() < 0.5:
        tail += list_block(ctx)
    tail += multi(ctx, "footer_link", r.randint(1, 2))
    tail.append(copyright_line(ctx, suffix if r.random() < 0.5 else None))
    return [head, body, tail]


def a_app(ctx, paras, title):
    r = ctx.rng
    head, tail = [], []
    if ctx.lang == "en":
        head.append(ctx.bp("app_promo"))
        head.append(ctx.bp("ui_word"))
    head.append(ctx.bp_t(r.choice(APP_SOURCE[ctx.split]), "originally_appeared", PUB=ctx.PUB()) if ctx.lang == "en"
                else ctx.bp("originally_appeared", PUB=ctx.PUB()))
    head.append(title_line(ctx, title, None))
    if r.random() < 0.5:
        head.append(byline(ctx, wire=r.random() < 0.5))
    head += dates_block(ctx, r.choice(["pub", "upd", "both", "rel"]))
    if r.random() < 0.5:
        head += photo_lines(ctx, True)
    body = body_lines(ctx, paras, r.choice(["wire", "wire", "plain"]), r.randint(1, 2))
    if r.random() < 0.5:
        tail.append(wire_line(ctx, r.random() < 0.6))
    if r.random() < 0.6:
        tail.append(ctx.bp("read_original_pub", "read_original", PUB=ctx.PUB()))
    if r.random() < 0.4:
        tail.append(ctx.bp("original_url_line", URL=ctx.URL()))
    tail += multi(ctx, "share_row", r.randint(1, 2))
    tail += list_block(ctx)
    if ctx.lang == "en" and r.random() < 0.5:
        tail.append(ctx.bp("app_promo"))
    if r.random() < 0.45:
        tail += agg_lines(ctx, r.random() < 0.75)
    return [head, body, tail]


def a_clean(ctx, paras, title):
    return [[title_line(ctx, title, None)], body_lines(ctx, paras, ctx.rng.choice(["wire", "none"]), 0)]


def a_nofacts(ctx, paras, title):
    r = ctx.rng
    if r.random() < 0.12:  # untitled, no boilerplate at all
        return [body_lines(ctx, paras, "none", r.randint(1, 2))]
    head, tail = [], []
    if r.random() < 0.4:
        head.append(ctx.bp("skip_link"))
    head += navs(ctx, r.randint(0, 3))
    if r.random() < 0.3:
        head.append(ctx.bp("agg_anon", "aggregator_disclaimer"))
    if r.random() < 0.5:
        head.append(ctx.bp("date_rel", "date_line"))
    if r.random() < 0.3:
        head.append(ctx.bp("photo_caption"))
    ins = [[ctx.bp("advertisement_label")]] if r.random() < 0.5 else []
    if r.random() < 0.4:
        ins.append([ctx.bp("also_read")])
    body = body_lines(ctx, paras, r.choice(["plain", "none"]), r.randint(1, 3), ins)
    if r.random() < 0.5:
        tail.append(wire_line(ctx, False))
    if r.random() < 0.4 and ctx.lang == "en":
        tail.append(ctx.bp("read_original"))
    elif r.random() < 0.3:
        tail.append(ctx.bp("source_link"))
    tail += multi(ctx, "share_row", r.randint(0, 2))
    if r.random() < 0.6:
        tail += list_block(ctx, header=r.random() < 0.8)
    if r.random() < 0.6:
        tail.append(ctx.bp("agg_anon", "aggregator_disclaimer"))
    if r.random() < 0.3:
        tail.append(ctx.bp("republish_notice"))
    if r.random() < 0.3 and ctx.lang == "en":
        tail.append(ctx.bp("app_promo"))
    if r.random() < 0.5:
        tail.append(copyright_line(ctx))
    tail += multi(ctx, "footer_link", r.randint(0, 2))
    if not head and not tail:
        tail.append(ctx.bp("footer_link"))
    return [head, body, tail]


BUILDERS = {"aggregator": a_aggregator, "autoblog": a_autoblog, "syndication": a_syndication,
            "regional_network": a_regional, "press_release": a_press, "news_app": a_app,
            "clean": a_clean, "nofacts": a_nofacts}
PLAN = {  # archetype: (docs per split, foreign per split)
    "aggregator": (12, 3), "autoblog": (8, 1), "syndication": (9, 3), "regional_network": (8, 3),
    "press_release": (6, 0), "news_app": (7, 1), "clean": (2, 0), "nofacts": (18, 3),
}
FOREIGN_LANGS = {"dev": ["de"] * 5 + ["fr"] * 5 + ["es"] * 4, "test": ["de"] * 4 + ["fr"] * 5 + ["es"] * 5}


def build(gt_path, seed):
    rng = random.Random(seed)
    bodies = load_bodies(gt_path)
    rng.shuffle(bodies)
    n_en = sum(n - f for n, f in PLAN.values())
    assert len(bodies) >= 2 * n_en, (len(bodies), n_en)
    pool = {"dev": bodies[:n_en], "test": bodies[n_en:2 * n_en]}
    plans = []
    for split in ("dev", "test"):
        langs = list(FOREIGN_LANGS[split])
        rng.shuffle(langs)
        items = []
        for arch, (n, nf) in PLAN.items():
            for i in range(n):
                items.append((arch, langs.pop() if i < nf else "en"))
        assert not langs
        fcount = {}
        for arch, lang in items:
            if lang == "en":
                key, url, paras = pool[split].pop()
                k = rng.randint(4, 9)
                start = rng.randint(0, max(0, len(paras) - k))
                ps = paras[start:start + k]
                while sum(len(p) for p in ps) > 5000 and len(ps) > 3:
                    ps = ps[:-1]
                plans.append((split, arch, lang, key, url, ps, None))
            else:
                stories = foreign.STORIES[(split, lang)]
                j = fcount.get(lang, 0)
                fcount[lang] = j + 1
                hl, ps = stories[j % len(stories)]
                plans.append((split, arch, lang, f"{lang}-{split}-{j % len(stories)}", "", list(ps), hl))
    order = list(range(len(plans)))
    rng.shuffle(order)
    docs = []
    for idx, pi in enumerate(order):
        split, arch, lang, key, url, paras, hl = plans[pi]
        drng = random.Random(f"{seed}-{idx}")
        ctx = Ctx(drng, split, lang, idx)
        title = hl if hl else slug_title(url, paras, drng)
        ctx.slug = slugify(title)
        blocks = BUILDERS[arch](ctx, paras, title)
        mode = drng.choice(["double"] * 9 + ["single"] * 3 + ["blocks"] * 4 + ["mixed"] * 4)
        nl = "\r\n" if drng.random() < 0.08 else "\n"
        meta = {"id": f"j{idx:03d}", "split": split, "archetype": arch, "lang": lang, "source": key}
        rec = finalize(meta, blocks, drng, mode, nl, drng.random() < 0.7, pub=ctx.pub, agg=ctx.agg)
        if arch == "nofacts":
            assert not rec["facts"], (meta, rec["facts"])
        docs.append(rec)
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gt", default=DEFAULT_GT)
    ap.add_argument("--seed", type=int, default=51723)
    ap.add_argument("--out", default=str(HERE / "corpus.jsonl"))
    a = ap.parse_args()
    docs = build(a.gt, a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {a.out}")


if __name__ == "__main__":
    main()
