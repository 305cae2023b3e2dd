#!/usr/bin/env python3
"""Generate the blind_o corpus (deterministic; stdlib only).

Usage: python3 generate.py [--gt PATH] [--seed N] [--out PATH]
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

import foreign as FO  # noqa: E402
import names as N  # noqa: E402
import traps as T  # noqa: E402
from kit import F, Line, agency, assemble, flat, fmt_date, rand_dt, render  # noqa: E402
from wordings import VENUES, W  # noqa: E402

DEFAULT_GT = "/work/shared/bench/article-extraction-benchmark/ground-truth.json"
SEED = 51723
ARCH = [("news_site", 22), ("wp_autoblog", 20), ("aggregator", 20), ("syndication", 16), ("spam_seo", 14),
        ("paywall_magazine", 12), ("live_media", 12), ("clean", 10), ("minimal", 10), ("nofacts", 14)]
LANG_CYCLE = ["en", "en", "de", "de", "en", "en", "fr", "fr", "en", "en", "es", "es"]
SEPS = {"dev": [" – ", " | ", " - "], "test": [" — ", " :: ", " · ", " -"]}
BULLETS = {"dev": ["- ", "• ", "* ", "→ ", "1. "], "test": ["▪ ", "» ", "› ", "– ", "1) "]}
DECOR = {"dev": [" - 2 hours ago", " (Video)", " 5 hours ago", " [PHOTOS]"],
         "test": [" | 14 Mar", " (Watch)", " · 3 days ago", " 1h"]}
AGENCY_FORMS = {"AP": ["AP", "Associated Press", "The Associated Press"], "AFP": ["AFP", "Agence France-Presse"],
                "Reuters": ["Reuters"], "dpa": ["dpa", "Deutsche Presse-Agentur"], "EFE": ["EFE", "Agencia EFE"]}
LANG_AGENCIES = {"en": ["AP", "AFP", "Reuters"], "de": ["dpa", "AFP", "Reuters"], "fr": ["AFP", "Reuters"],
                 "es": ["EFE", "AFP", "Reuters"]}
TOPICS = {"en": (["world", "business", "sports", "India", "tech"], ["politics", "entertainment", "science", "health", "markets"]),
          "de": (["Politik", "Sport"], ["Wirtschaft", "Kultur"]), "fr": (["politique", "sport"], ["économie", "culture"]),
          "es": (["política", "deportes"], ["economía", "cultura"])}
POLL_Q = {"en": (["Should the council raise parking fees?", "Do you feel safe on public transport?"],
                 ["Would you use a night bus service?", "Is the new stadium worth the cost?"]),
          "de": (["Sollte die Innenstadt autofrei werden?"], ["Würden Sie einen Nachtbus nutzen?"]),
          "fr": (["Faut-il piétonniser le centre-ville ?"], ["Utiliseriez-vous un bus de nuit ?"]),
          "es": (["¿Debería el centro ser peatonal?"], ["¿Usarías un autobús nocturno?"])}
JUNK = re.compile(
    r"https?://|www\.|\.com\b|photo|image|credit|copyright|©|originally|subscribe|sign up|newsletter|follow (us|him|her|me)"
    r"|this article|this story|contributed|reporting by|editing by|associated press|\(ap\)|reuters|\bafp\b|\bdpa\b|\befe\b"
    r"|agence france|getty|click|advertis|read more|all rights|disclosure|commission|affiliate|@|\bupdated\b|\bpublished\b|^by |^\W", re.I)
BAD_CHARS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\r]")
DATELINE_RE = re.compile(r"^[A-Z][A-Z.,' ]{2,40}(\(|--|—|–|:|-)\s*")
SEED_HOSTS = ("livemint", "kxan", "rnz.co.nz", "ndtv")
EN_WORDS = set("the of and to in is that for was with on are said it as by".split())


# ------------------------------------------------------------------ bodies

def load_articles(gt_path):
    d = json.loads(Path(gt_path).read_text(encoding="utf-8"))
    arts = []
    for key in sorted(d):
        v = d[key]
        url, body = v.get("url", ""), v.get("articleBody", "")
        if any(h in url for h in SEED_HOSTS) or "deal" in url:
            continue
        words = re.findall(r"[a-zA-Z]+", body.lower())
        if not words or sum(w in EN_WORDS for w in words) / len(words) < 0.12:
            continue
        paras = []
        for p in re.split(r"\n+", body):
            p = " ".join(p.split())
            if len(p.split()) < 8 or JUNK.search(p) or BAD_CHARS.search(p) or len(p) > 1500:
                continue
            paras.append(p)
        if len(paras) < 4:
            continue
        arts.append({"key": key, "url": url, "paras": paras})
    return arts


def slug_title(url):
    segs = [s for s in re.split(r"[/?#]", url.split("://", 1)[-1])[1:] if s]
    for s in reversed(segs):
        s = re.sub(r"\.(html?|php|aspx?)$", "", s)
        s = re.sub(r"[-_]?\d{4,}$", "", s)
        ws = [w for w in re.split(r"[-_]+", s) if w]
        if 5 <= len(ws) <= 14 and all(w.isalpha() and (len(w) > 1 or w in "aAI") for w in ws):
            return " ".join(ws)
    return None


SMALL = set("a an the of in on at to for and or but by with from as via vs is was are its his her their that".split())


def clause_title(para):
    p = DATELINE_RE.sub("", para)
    sents = re.split(r"(?<=[a-z0-9%”\")][.!?])\s+(?=[A-Z“\"])", p)
    sent = sents[0]
    ws = sent.split()
    if len(ws) > 14:
        # cut at a clause boundary when one falls between 6 and 14 words
        cut = [i + 1 for i, w in enumerate(ws[:14]) if i >= 5 and w.endswith((",", ";", ":"))]
        ws = ws[: cut[-1]] if cut else ws[:11]
        while ws and ws[-1].lower().strip(",;:") in SMALL:
            ws.pop()
    t = " ".join(ws).rstrip(",;:.—–- ")
    return t if len(t.split()) >= 4 else None


def make_title(rng, url, first_para):
    t = slug_title(url) if url and rng.random() < 0.4 else None
    t = t or clause_title(first_para) or slug_title(url) or " ".join(first_para.split()[:9]).rstrip(",;:.")
    if rng.random() < 0.5:
        t = t[0].upper() + t[1:]
    else:
        out = []
        for i, w in enumerate(t.split()):
            if w.islower() and (i == 0 or w not in SMALL):
                w = w[0].upper() + w[1:]
            out.append(w)
        t = " ".join(out)
    return t


# ------------------------------------------------------------------ context

class Ctx:
    def __init__(self, rng, split, lang, arch):
        self.r, self.split, self.si, self.lang, self.arch = rng, split, 0 if split == "dev" else 1, lang, arch
        r = rng
        sites = {"en": N.SITES, "de": N.SITES_DE, "fr": N.SITES_FR, "es": N.SITES_ES}[lang][split]
        self.site = r.choice(sites)
        pubs = N.PUBLISHERS[split]
        self.pub = r.choice(pubs[:8]) if lang == "en" else pubs[{"de": 8, "fr": 9, "es": 10}[lang]]
        self.agg = r.choice(N.AGGREGATORS[split])
        people = {"en": N.PEOPLE_EN, "de": N.PEOPLE_DE, "fr": N.PEOPLE_FR, "es": N.PEOPLE_ES}[lang][split]
        self.people = people
        self.author = r.choice(people)
        self.section = r.choice(N.SECTIONS[lang][split])
        self.tags = r.sample(N.TAGS[lang][split], r.randint(2, 4))
        self.theme, self.plugin = r.choice(N.THEMES[split]), r.choice(N.PLUGINS[split])
        self.year = str(r.randint(2021, 2025))
        self.dt = rand_dt(r)
        # which facts the doc states (set by builders); templates naming them are only used then
        self.has = set()
        self.used_heads = set()
        self.trig = rng.sample(range(len(T.TRIGGERS[lang][self.si])), 2)

    # -- wording pools
    def pool(self, kind):
        d = W[kind]
        if "any" in d:
            return d["any"][self.si]
        return d.get(self.lang, d["en"])[self.si]

    def ok(self, tpl):
        for ph, need in (("{site}", "site_name"), ("{section}", "section"), ("{SECTION}", "section"),
                         ("{pub}", "publisher"), ("{agg}", "aggregator")):
            if ph in tpl and need not in self.has:
                return False
        return True

    def pick(self, kind, filt=None):
        p = [t for t in self.pool(kind) if self.ok(t) and (filt is None or filt(t))]
        return self.r.choice(p)

    def slots(self, **kw):
        r = self.r
        s = {"site": self.site, "agg": self.agg, "pub": self.pub_f(), "theme": self.theme, "plugin": self.plugin,
             "year": self.year, "n": str(r.randint(2, 480)), "email": "[email protected]", "author": self.author,
             "AUTHOR": self.author.upper(), "head": self.head(), "topic": r.choice(TOPICS[self.lang][self.si]),
             "section": self.section, "SECTION": self.section.upper(), "handle": re.sub(r"\W", "", self.site),
             "mm": f"{r.randint(0, 9)}:{r.randint(0, 59):02d}", "venue": r.choice(VENUES[self.split][:3] if self.lang == "en" else VENUES[self.split][3:]),
             "evdate": self.evdate(), "tags": ", ".join(self.tags)}
        s.update(kw)
        return s

    def w(self, kind, tpl=None, filt=None, **kw):
        tpl = tpl if tpl is not None else self.pick(kind, filt)
        if kind in ("reading_time", "relative_date", "liveblog_chrome"):
            kw.setdefault("n", str(self.r.randint(2, 12)))
        return render(tpl, self.slots(**kw))

    # -- facts
    def pub_f(self):
        name, host = self.pub
        return F("publisher", name, aliases=[host, "www." + host])

    def agency_f(self, short, long_ok=True):
        forms = AGENCY_FORMS[short] if long_ok else [short]
        return agency(short, self.r.choice(forms))

    def evdate(self):
        d = rand_dt(self.r)
        if self.lang == "en":
            return f"{['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday()]} {d.day} {d.strftime('%B')}, 7pm"
        return f"{d.day:02d}.{d.month:02d}., 19:30"

    def date_f(self, kind, dt=None):
        s, v, al = fmt_date(self.r, self.lang, self.split, dt or self.dt)
        self.has.add(kind)
        return F(kind, s, value=v, aliases=al)

    # -- headlines
    def head(self):
        subj, pred = T.HEAD_PARTS[self.lang][self.si]
        for _ in range(50):
            h = f"{self.r.choice(subj)} {self.r.choice(pred)}"
            if h not in self.used_heads:
                break
        self.used_heads.add(h)
        return h


def BP(parts, kind):
    return Line(parts, "boilerplate", kind)


def BODY(parts):
    return Line(parts, "body")


# ------------------------------------------------------------------ building blocks

def title_line(c, title, suffix=False):
    if suffix:
        sep = c.r.choice(SEPS[c.split])
        c.has.add("site_name")
        return Line([F("title", title), sep, F("site_name", c.site)], "title",
                    extra={"title_text": title, "site_suffix": c.site})
    return Line([F("title", title)], "title", extra={"title_text": title, "site_suffix": None})


def headline_list(c, hkind, ikind, n=None, header=True, bullets=True):
    r = c.r
    out = []
    if header:
        hk = {"you_may_also_like": "you_may_also_like"}.get(hkind, hkind)
        out.append(BP(c.w(hk), hkind))
        if r.random() < 0.08:
            return out
    n = n or r.randint(3, 6)
    b = r.choice(BULLETS[c.split]) if bullets and r.random() < 0.6 else ""
    for i in range(n):
        bb = b.replace("1", str(i + 1)) if b[:1].isdigit() else b
        h = c.head()
        if c.lang == "en" and r.random() < 0.2:
            h += r.choice(DECOR[c.split])
        out.append(BP(bb + h, ikind))
    return out


LIST_FAMILIES = [("related_header", "related_item"), ("trending_header", "trending_item"),
                 ("ranking_header", "ranking_item"), ("recommendation_header", "recommendation_item"),
                 ("more_stories_header", "more_stories_item"), ("you_may_also_like", "related_item")]


def some_list(c, fams=None):
    h, i = c.r.choice(fams or LIST_FAMILIES)
    return headline_list(c, h, i)


def nav_menu(c):
    items = c.r.sample(c.pool("nav_menu"), c.r.randint(4, min(7, len(c.pool("nav_menu")))))
    if c.r.random() < 0.5:
        return [BP(c.r.choice([" | ", " · ", "  ", " / "]).join(items), "nav_menu")]
    return [BP(x, "nav_menu") for x in items]


def footer(c):
    items = c.r.sample(c.pool("footer_link"), c.r.randint(2, 5))
    if c.r.random() < 0.4:
        return [BP(" | ".join(items), "footer_link")]
    return [BP(x, "footer_link") for x in items]


def breadcrumb(c):
    sep = c.r.choice(W["breadcrumb_sep"]["any"][c.si])
    home = c.r.choice(c.pool("breadcrumb_home"))
    mid = [c.r.choice(c.pool("nav_menu"))] if c.r.random() < 0.4 else []
    mid = [m for m in mid if m != home and m != c.section]
    c.has.add("section")
    return BP([sep.join([home, *mid]) + sep, F("section", c.section)], "breadcrumb")


def section_label(c):
    c.has.add("section")
    tpl = c.pick("section_label")
    return BP(c.w("section_label", tpl=tpl, section=F("section", c.section),
                  SECTION=F("section", c.section.upper(), value=c.section)), "section_label")


def byline(c, with_date=False, agency_short=None):
    if agency_short:
        tpl = c.pick("byline_agency")
        parts = c.w("byline_agency", tpl=tpl, author=F("authors", c.author), agency=agency(agency_short))
    else:
        tpl = c.pick("byline")
        parts = c.w("byline", tpl=tpl, author=F("authors", c.author),
                    AUTHOR=F("authors", c.author.upper(), value=c.author))
    if with_date:
        parts = parts + [c.r.choice([" | ", " — ", ", ", " · "]), c.date_f("published")]
    return BP(parts, "byline")


def date_line(c, kind="published", dt=None):
    lab = "published_label" if kind == "published" else "updated_label"
    tpl = c.pick(lab)
    return BP(c.w(lab, tpl=tpl, date=c.date_f(kind, dt)), "date_line")


def both_dates(c):
    import datetime as _d
    up = c.dt + _d.timedelta(hours=c.r.randint(1, 20), minutes=c.r.randint(0, 59))
    a = c.w("published_label", date=c.date_f("published"))
    b = c.w("updated_label", date=c.date_f("updated", up))
    return BP(a + [c.r.choice([" | ", " · ", "; "])] + b, "date_line")


def photo(c, inline=False):
    r = c.r
    ph = r.choice(N.PHOTOGRAPHERS[c.split])
    ag = r.choice(LANG_AGENCIES[c.lang])
    if c.split == "dev":
        forms = [lambda: [ph, "/", agency(ag)], lambda: [agency("AP", "AP"), " Photo/", ph] if ag == "AP" else [ph, "/", agency(ag)],
                 lambda: [ph], lambda: ["Shutterstock"], lambda: [ph, "/EPA"], lambda: [ph, " for ", c.site] if "site_name" in c.has else [ph]]
    else:
        forms = [lambda: [agency(ag), "/", ph], lambda: [ph, "/", agency(ag), " via Getty Images"], lambda: [ph, " / Handout"],
                 lambda: ["Courtesy of the organisers"] if c.lang == "en" else [ph, " / Handout"], lambda: [ph, " (Pool)"], lambda: ["Getty Images"]]
    cr = r.choice(forms)()
    cf = F("photo_credit", cr)
    if inline:
        cap = c.pick("photo_caption")
        lab = {"en": ["Photo: ", "", "Image: "], "de": ["Foto: ", ""], "fr": ["Photo : ", ""], "es": ["Foto: ", ""]}[c.lang]
        return [BP([cap, " (", c.r.choice(lab), cf, ")"], "photo_caption")]
    out = []
    if r.random() < 0.8:
        out.append(BP(c.pick("photo_caption"), "photo_caption"))
    out.append(BP(c.w("photo_credit", credit=cf), "photo_credit"))
    if r.random() < 0.3:
        out.reverse()
    return out


def stray_id(c):
    r = c.r
    hx = "0123456789abcdef"
    if c.split == "dev":
        s = r.choice([f"{r.getrandbits(52):013x}.{r.randint(10000000, 99999999)}", "".join(r.choice(hx) for _ in range(32))])
    else:
        u = "".join(r.choice(hx) for _ in range(32))
        s = r.choice([f"{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}", "".join(r.choice(hx) for _ in range(24))])
    return BP(s, "stray_id")


def original_url(c, title):
    name, host = c.pub
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:70]
    www = c.r.random() < 0.7
    shown = ("www." if www else "") + host
    path = c.r.choice([f"/news/{c.year}/{c.r.randint(1, 12):02d}/{slug}/", f"/{slug}-{c.r.randint(100000, 999999)}",
                       f"/article/{slug}.html", f"/{c.section.lower().replace(' ', '-')}/{slug}"])
    url = "https://" + shown + path
    pf = F("publisher", shown, value=host, aliases=["www." + host, host.split(".")[0], name])
    c.has.update(["original_url", "publisher"])
    parts = [F("original_url", ["https://", pf, path])]
    if c.r.random() < 0.3:
        parts += [" ", title]
    return BP(parts, "original_url_line")


def cookie(c):
    pool = c.pool("cookie_notice")
    k = c.r.randint(2, 3)
    return [BP(x, "cookie_notice") for x in c.r.sample(pool, k)]


def comment_block(c):
    pool = c.pool("comment_form")
    k = c.r.randint(2, min(6, len(pool)))
    idx = sorted(c.r.sample(range(len(pool)), k))
    return [BP(pool[i], "comment_form") for i in idx]


def tags_block(c):
    c.has.add("tags")
    if c.r.random() < 0.5:
        parts = []
        tpl = c.pick("tag_line")
        joiner = c.r.choice([", ", " · ", " | "])
        for i, t in enumerate(c.tags):
            if i:
                parts.append(joiner)
            parts.append(F("tags", t))
        pre, post = tpl.split("{tags}")
        return [BP([pre, *parts, post], "tag_line")]
    if c.r.random() < 0.25:  # hashtag line
        parts = []
        for i, t in enumerate(c.tags):
            if i:
                parts.append(" ")
            shown = "#" + t.replace(" ", "")
            parts.append(F("tags", shown, value=t, aliases=[t.replace(" ", ""), shown]))
        return [BP(parts, "tag_line")]
    out = [BP(c.pick("tag_list_header"), "tag_list_header")]
    b = c.r.choice(["", "", "- ", "#"])
    for t in c.tags:
        if b == "#":
            out.append(BP(F("tags", "#" + t.replace(" ", ""), value=t, aliases=[t.replace(" ", "")]), "tag_item"))
        else:
            out.append(BP([b, F("tags", t)], "tag_item"))
    return out


def reactions(c):
    pool = c.pool("reaction_counter")
    ws = c.r.sample(pool, min(len(pool), c.r.randint(2, 4)))
    if c.r.random() < 0.4:
        return [BP("  ".join(flat(c.w("reaction_counter", tpl=t)) for t in ws), "reaction_counter")]
    return [BP(c.w("reaction_counter", tpl=t), "reaction_counter") for t in ws]


def share(c):
    pool = c.pool("share_row")
    return [BP(c.w("share_row", tpl=t), "share_row") for t in c.r.sample(pool, c.r.randint(1, 3))]


def author_bio(c):
    pool = c.pool("author_bio")
    heads = [t for t in pool if "{author}" not in t or len(t) < 25]
    sents = [t for t in pool if t not in heads]
    out = [BP(c.w("author_bio", tpl=c.r.choice(heads)), "author_bio")]
    out.append(BP(c.w("author_bio", tpl=c.r.choice(sents)), "author_bio"))
    return out


def prevnext(c):
    pool = c.pool("prev_next_link")
    k = 2 if c.r.random() < 0.7 else 1
    return [BP(c.w("prev_next_link", tpl=t), "prev_next_link") for t in c.r.sample(pool, k)]


def disclaimer(c, named):
    if named:
        c.has.add("aggregator")
        return BP(c.w("aggregator_disclaimer", agg=F("aggregator", c.agg)), "aggregator_disclaimer")
    return BP(c.w("aggregator_disclaimer_anon"), "aggregator_disclaimer")


def wire_credit(c, named=True):
    if named:
        ag = c.r.choice(LANG_AGENCIES[c.lang])
        return BP(c.w("wire_credit_line", agency=c.agency_f(ag)), "wire_credit_line")
    return BP(c.w("wire_credit_anon"), "wire_credit_line")


def pub_line(c, key, kind):
    c.has.add("publisher")
    return BP(c.w(key), kind)


def syndication(c, named):
    if named:
        c.has.update(["publisher", "syndication"])
        tpl = c.pick("syndication_notice")
        parts = c.w("syndication_notice", tpl=tpl)
    else:
        c.has.add("syndication")
        parts = c.w("syndication_notice_anon")
    t = flat(parts)
    lead = 1 if t[:1] in "([*" else 0
    trail = 1 if t[-1:] in ")]" else 0
    inner = parts
    # wrap the inner text (without brackets) in a syndication fact, keeping nested publisher facts
    first, last = inner[0], inner[-1]
    new = list(inner)
    pre = post = ""
    if lead:
        pre = first[0]
        new[0] = first[1:]
    if trail:
        post = new[-1][-1]
        new[-1] = new[-1][:-1]
    new = [p for p in new if p != ""]
    assert isinstance(first, str) and isinstance(last, str)
    return BP([pre, F("syndication", new), post] if pre or post else [F("syndication", new)], "syndication_notice")


def copyright_line(c, agency_short=None):
    if agency_short:
        return BP(c.w("copyright_agency", agency=agency(agency_short, c.r.choice(N.AGENCY_CANON[agency_short][:1] + [agency_short]))),
                  "copyright_notice")
    if "site_name" in c.has and c.r.random() < 0.6:
        return BP(c.w("copyright_named"), "copyright_notice")
    return BP(c.w("copyright_notice"), "copyright_notice")


def also_read(c):
    return BP(c.w("also_read"), "also_read")


# ------------------------------------------------------------------ body with traps

def body_block(c, art, *, dateline=True, traps=True, inserts=(), agency_ok=True):
    r = c.r
    paras = list(art["paras"])
    lines = []
    first = paras[0]
    if dateline and r.random() < 0.55 and not DATELINE_RE.match(first):
        opts = [d for d in T.DATELINES[c.lang][c.si] if agency_ok or d[1] is None]
        pre, ag, suf = r.choice(opts)
        pre = pre.replace("{city}", art.get("city", ""))
        if c.lang != "en" and pre.startswith(("{", "/", ",", " ")):
            pre = pre.lstrip("/, ")
        if ag:
            lines.append(BODY([pre, agency(ag), suf + first]))
        else:
            lines.append(BODY(pre + first))
    else:
        lines.append(BODY(first))
    rest = [[BODY(p)] for p in paras[1:]]
    if traps:
        lang_t = c.lang
        for kind in r.sample(["subhead", "quote", "bullets", "trigger", "trigger2"], r.randint(1, 3)):
            if kind == "subhead":
                grp = [BODY(r.choice(T.SUBHEADS[lang_t][c.si]))]
            elif kind == "quote":
                grp = [BODY(r.choice(T.QUOTES[lang_t][c.si]))]
            elif kind == "bullets":
                intro, items = r.choice(T.BULLETS[lang_t][c.si])
                grp = [BODY(intro)] + [BODY(x) for x in items]
            elif kind == "trigger":
                grp = [BODY(T.TRIGGERS[lang_t][c.si][c.trig[0]])]
            else:
                grp = [BODY(T.TRIGGERS[lang_t][c.si][c.trig[1]])]
            hi = len(rest) - 1 if kind in ("subhead", "bullets") else len(rest)
            rest.insert(r.randint(0, max(0, hi)), grp)
    for grp in inserts:
        rest.insert(r.randint(0, len(rest)), grp)
    for g in rest:
        lines.extend(g)
    return lines


# ------------------------------------------------------------------ archetypes

def maybe(c, p, fn, *a):
    return fn(*a) if c.r.random() < p else []


def one(x):
    return [x]


def arch_news_site(c, art):
    r = c.r
    L = []
    L += maybe(c, 0.6, lambda: [BP(c.pick("skip_link"), "skip_link")])
    L += nav_menu(c)
    if r.random() < 0.4:
        L += cookie(c)
    if r.random() < 0.6:
        L.append(breadcrumb(c))
    else:
        L.append(section_label(c))
    L.append(title_line(c, art["title"], suffix=r.random() < 0.6))
    ag = r.choice(LANG_AGENCIES[c.lang]) if r.random() < 0.2 else None
    if r.random() < 0.4:
        L.append(byline(c, with_date=True, agency_short=ag))
        if r.random() < 0.4:
            L.append(date_line(c, "updated", c.dt.replace(hour=min(23, c.dt.hour + 2))))
    else:
        L.append(byline(c, agency_short=ag))
        L.append(both_dates(c) if r.random() < 0.4 else date_line(c))
    L += maybe(c, 0.6, lambda: [BP(c.w("reading_time"), "reading_time")])
    L += maybe(c, 0.5, share, c)
    ins = [photo(c), [BP(c.pick("advertisement_label"), "advertisement_label")]]
    ins += maybe(c, 0.5, lambda: [[also_read(c)]])
    ins += maybe(c, 0.4, lambda: [[BP(c.w("newsletter_promo"), "newsletter_promo")]])
    ins += maybe(c, 0.25, lambda: [[BP(c.w("video_chrome", tpl=t), "video_chrome")
                                    for t in r.sample(c.pool("video_chrome"), r.randint(2, 3))]])
    ins += maybe(c, 0.15, lambda: [[BP(c.w("poll_widget", tpl=t), "poll_widget") for t in r.sample(c.pool("poll_widget"), 3)]])
    L += body_block(c, art, inserts=ins)
    tail = []
    tail += maybe(c, 0.15, lambda: [BP(c.w("event_listing", tpl=t), "event_listing")
                                    for t in r.sample(c.pool("event_listing"), r.randint(2, 3))])
    tail += maybe(c, 0.2, lambda: [pub_line(c, "originally_appeared", "originally_appeared")])
    tail += tags_block(c) if r.random() < 0.7 else []
    tail += author_bio(c) if r.random() < 0.5 else []
    tail += maybe(c, 0.5, lambda: [BP(c.w("social_promo"), "social_promo")])
    tail += some_list(c, LIST_FAMILIES[:3])
    tail += maybe(c, 0.5, lambda: some_list(c, LIST_FAMILIES[3:]))
    tail += maybe(c, 0.3, lambda: [BP(c.w("app_promo"), "app_promo")])
    tail += [copyright_line(c)]
    tail += footer(c)
    tail += maybe(c, 0.5, lambda: [BP(c.pick("back_to_top"), "back_to_top")])
    return L + tail


def arch_wp_autoblog(c, art):
    r = c.r
    L = []
    L.append(BP(c.w("theme_license_banner"), "theme_license_banner"))
    L += maybe(c, 0.4, lambda: [BP(c.pick("skip_link"), "skip_link")])
    L += maybe(c, 0.4, lambda: [section_label(c)])
    L.append(title_line(c, art["title"], suffix=r.random() < 0.7))
    L.append(stray_id(c))
    L += maybe(c, 0.25, lambda: [BP(art["title"], "title_repeat")])
    L += maybe(c, 0.6, lambda: [date_line(c)])
    L += maybe(c, 0.6, lambda: [BP(c.w("shortcode"), "shortcode")])
    ins = maybe(c, 0.5, lambda: [[BP(c.w("shortcode"), "shortcode")]])
    ins += maybe(c, 0.5, lambda: [[also_read(c)]])
    ins += maybe(c, 0.3, lambda: [photo(c, inline=True)])
    L += body_block(c, art, inserts=ins)
    T_ = []
    T_ += maybe(c, 0.6, lambda: [BP(c.w("shortcode"), "shortcode")])
    x = r.random()
    if x < 0.5:
        T_.append(BP(c.pick("source_link"), "source_link"))
    elif x < 0.8:
        T_.append(pub_line(c, "source_pub", "source_link"))
    else:
        T_.append(pub_line(c, "originally_appeared", "originally_appeared"))
    T_ += maybe(c, 0.3, lambda: [BP(c.pick("read_more"), "read_more")])
    T_ += maybe(c, 0.5, share, c)
    T_ += maybe(c, 0.5, tags_block, c)
    T_ += maybe(c, 0.4, reactions, c)
    T_ += headline_list(c, "you_may_also_like", "related_item", header=True) if r.random() < 0.7 else []
    T_ += maybe(c, 0.6, lambda: [BP(c.w("comment_count"), "comment_count")])
    T_ += maybe(c, 0.7, comment_block, c)
    T_ += maybe(c, 0.6, prevnext, c)
    T_ += maybe(c, 0.3, lambda: [copyright_line(c)])
    T_ += maybe(c, 0.3, lambda: [BP(c.pick("back_to_top"), "back_to_top")])
    T_ += maybe(c, 0.5, lambda: headline_list(c, None, "headline_run_item", header=False, bullets=False))
    return L + T_


def arch_aggregator(c, art):
    r = c.r
    named = r.random() < 0.6
    L = []
    head_disc = r.random() < 0.3
    if head_disc:
        L.append(disclaimer(c, named))
    L.append(title_line(c, art["title"], suffix=r.random() < 0.3))
    L.append(BP(c.w("relative_date"), "date_line") if r.random() < 0.4 else date_line(c))
    L += maybe(c, 0.5, photo, c)
    ins = maybe(c, 0.5, lambda: [[BP(c.pick("advertisement_label"), "advertisement_label")]])
    ins += maybe(c, 0.5, lambda: [[also_read(c)]])
    ins += maybe(c, 0.3, lambda: [[BP(c.w("app_promo"), "app_promo")]])
    L += body_block(c, art, inserts=ins)
    T_ = []
    T_ += maybe(c, 0.6, lambda: [wire_credit(c, r.random() < 0.6)])
    use_pub = r.random() < 0.7
    if use_pub:
        c.has.add("publisher")
        T_.append(BP(c.w("publisher_promo"), "publisher_promo"))
    T_ += maybe(c, 0.5, lambda: [BP(c.w("app_promo"), "app_promo")])
    T_ += maybe(c, 0.5, lambda: [BP(x, "ui_word") for x in r.sample(c.pool("ui_word"), 2)])
    T_ += maybe(c, 0.5, lambda: [date_line(c, "updated", c.dt.replace(hour=min(23, c.dt.hour + 1)))])
    T_ += maybe(c, 0.6, lambda: [BP(c.w("click_here_promo"), "click_here_promo")])
    T_ += maybe(c, 0.3, lambda: [BP(c.pick("read_more"), "read_more")])
    if use_pub and r.random() < 0.5:
        T_.append(BP(c.w("read_original_pub"), "read_original"))
    else:
        T_.append(BP(c.pick("read_original"), "read_original"))
    if r.random() < 0.4:
        T_.append(original_url(c, art["title"]))
    T_ += maybe(c, 0.4, lambda: some_list(c, [LIST_FAMILIES[1], LIST_FAMILIES[4]]))
    if not head_disc:
        T_.append(disclaimer(c, named))
    T_ += maybe(c, 0.4, lambda: [BP(c.w("email_placeholder"), "email_placeholder")])
    return L + T_


def arch_syndication(c, art):
    r = c.r
    named = r.random() < 0.65
    L = []
    head_note = r.random() < 0.3
    mode = r.choice(["synd", "synd", "orig"])
    note = (lambda: syndication(c, named)) if mode == "synd" else (lambda: pub_line(c, "originally_appeared", "originally_appeared"))
    if head_note:
        L.append(note())
    L.append(title_line(c, art["title"], suffix=r.random() < 0.5))
    ag = r.choice(LANG_AGENCIES[c.lang]) if r.random() < 0.35 else None
    L += maybe(c, 0.6, lambda: [byline(c, agency_short=ag)])
    L += maybe(c, 0.7, lambda: [date_line(c)])
    L += body_block(c, art, inserts=maybe(c, 0.4, lambda: [[BP(c.pick("advertisement_label"), "advertisement_label")]]))
    T_ = []
    if not head_note:
        T_.append(note())
    T_ += maybe(c, 0.5, lambda: [BP(c.w("republish_notice"), "republish_notice")])
    if r.random() < 0.35:
        T_.append(copyright_line(c, r.choice(LANG_AGENCIES[c.lang])))
    else:
        T_ += maybe(c, 0.5, lambda: [copyright_line(c)])
    T_ += maybe(c, 0.5, lambda: [BP(c.pick("read_more"), "read_more")])
    T_ += maybe(c, 0.6, prevnext, c)
    T_ += maybe(c, 0.3, lambda: some_list(c))
    return L + T_


def arch_spam_seo(c, art):
    r = c.r
    L = []
    sep = r.choice(W["breadcrumb_sep"]["any"][c.si])
    home = r.choice(c.pool("breadcrumb_home"))
    tsep = r.choice(SEPS[c.split])
    c.has.update(["section", "site_name"])
    bc = [home + sep, F("section", c.section), r.choice([sep, "", " "])]
    L.append(Line(bc + [art["title"], tsep, F("site_name", c.site)], "boilerplate", "breadcrumb_title",
                  extra={"title_text": art["title"], "site_suffix": c.site, "breadcrumb": flat(bc)}))
    L.append(title_line(c, art["title"]))
    L += maybe(c, 0.5, lambda: [BP(r.choice(c.pool("ui_word")), "ui_word")])
    L.append(date_line(c))
    L += maybe(c, 0.3, lambda: [BP(art["title"], "title_repeat")])
    ins = maybe(c, 0.4, lambda: [[also_read(c)]])
    ins += maybe(c, 0.3, lambda: [[BP(c.w("shortcode"), "shortcode")]])
    ins += maybe(c, 0.3, lambda: [headline_list(c, None, "headline_run_item", n=r.randint(2, 3), header=False, bullets=False)])
    L += body_block(c, art, inserts=ins)
    T_ = tags_block(c) if r.random() < 0.8 else []
    T_ += maybe(c, 0.6, reactions, c)
    for _ in range(r.randint(1, 3)):
        T_ += some_list(c)
    T_ += maybe(c, 0.4, lambda: headline_list(c, None, "headline_run_item", header=False, bullets=False))
    return L + T_


def arch_paywall(c, art):
    r = c.r
    L = nav_menu(c) if r.random() < 0.5 else []
    L.append(section_label(c))
    L.append(title_line(c, art["title"], suffix=r.random() < 0.5))
    L.append(byline(c, with_date=r.random() < 0.5))
    L += maybe(c, 0.6, lambda: [BP(c.w("reading_time"), "reading_time")])
    L += maybe(c, 0.4, lambda: [BP(c.w("paywall_nag"), "paywall_nag")])
    pw = c.pool("poll_widget")
    order = r.sample(range(len(pw)), 3)
    poll = [BP(c.w("poll_widget", tpl=pw[order[0]]), "poll_widget"), BP(r.choice(POLL_Q[c.lang][c.si]), "poll_widget")]
    poll += [BP(c.w("poll_widget", tpl=pw[i]), "poll_widget") for i in order[1:]]
    ins = [poll] if r.random() < 0.6 else []
    ins += maybe(c, 0.5, lambda: [[BP(c.w("newsletter_promo"), "newsletter_promo")]])
    ins += maybe(c, 0.4, lambda: [[BP(c.w("donation_appeal"), "donation_appeal")]])
    paras = art["paras"][: max(3, len(art["paras"]) - r.randint(0, 2))]
    L += body_block(c, dict(art, paras=paras), inserts=ins)
    T_ = [BP(c.w("paywall_nag"), "paywall_nag") for _ in range(r.randint(1, 2))]
    T_ += [BP(t, "donation_appeal") for t in r.sample(c.pool("donation_appeal"), r.randint(1, 3))]
    T_ += maybe(c, 0.5, author_bio, c)
    T_ += maybe(c, 0.5, lambda: headline_list(c, "ranking_header", "ranking_item"))
    T_ += maybe(c, 0.5, footer, c)
    return L + T_


def arch_live_media(c, art):
    r = c.r
    L = []
    lv = c.pool("liveblog_chrome")
    mode = ["live", "video", "live", "event"][c.k % 4]
    if mode == "live":
        L.append(BP(lv[0], "liveblog_chrome"))
    L.append(title_line(c, art["title"], suffix=r.random() < 0.5))
    L.append(date_line(c, "updated") if r.random() < 0.5 else BP(c.w("relative_date"), "date_line"))
    if mode == "live":
        L += [BP(c.w("liveblog_chrome", tpl=t), "liveblog_chrome") for t in r.sample(lv[1:], 2)]
    vid = [BP(c.w("video_chrome", tpl=t), "video_chrome") for t in r.sample(c.pool("video_chrome"), r.randint(2, 3))]
    if mode == "video":
        L += vid
    body = body_block(c, art)
    if mode == "live":
        out = []
        for i, ln in enumerate(body):
            if i and r.random() < 0.5:
                h, m = r.randint(6, 22), r.randint(0, 59)
                ts = r.choice([f"{h:02d}:{m:02d}", f"{h:02d}.{m:02d} GMT", f"{r.randint(2, 55)} min ago", f"{h % 12 or 12}:{m:02d}pm"]) \
                    if c.split == "dev" else r.choice([f"{h}:{m:02d}", f"{h:02d}h{m:02d}", f"{r.randint(2, 55)}m ago", f"{h:02d}:{m:02d} BST"])
                out.append(BP(ts, "liveblog_chrome"))
            out.append(ln)
        body = out
    L += body
    if mode == "live":
        L += [BP(c.w("liveblog_chrome", tpl=t), "liveblog_chrome") for t in r.sample(lv[1:], 1)]
        L += maybe(c, 0.5, lambda: vid)
    if mode == "event":
        L += [BP(c.w("event_listing", tpl=t), "event_listing") for t in r.sample(c.pool("event_listing"), r.randint(3, 4))]
    L += maybe(c, 0.5, share, c)
    L += some_list(c, [LIST_FAMILIES[4], LIST_FAMILIES[1]])
    return L


def arch_clean(c, art, titled):
    L = [title_line(c, art["title"])] if titled else []
    return L + body_block(c, art, agency_ok=titled)


def arch_minimal(c, art):
    r = c.r
    L = [title_line(c, art["title"], suffix=r.random() < 0.3)]
    L += body_block(c, art, traps=r.random() < 0.5)
    makers = [lambda: BP(c.pick("source_link"), "source_link"), lambda: BP(c.pick("read_more"), "read_more"),
              lambda: BP(c.w("share_row"), "share_row"), lambda: BP(c.pick("advertisement_label"), "advertisement_label"),
              lambda: BP(c.pick("back_to_top"), "back_to_top"), lambda: BP(c.w("comment_count"), "comment_count"),
              lambda: BP(c.w("newsletter_promo"), "newsletter_promo")]
    for mk in r.sample(makers, r.randint(1, 3)):
        L.append(mk())
    return L


def arch_nofacts(c, art):
    r = c.r
    L = []
    L += maybe(c, 0.4, nav_menu, c)
    L += maybe(c, 0.3, lambda: [BP(c.pick("skip_link"), "skip_link")])
    L += maybe(c, 0.3, lambda: [BP(c.w("relative_date"), "date_line")])
    L += maybe(c, 0.3, lambda: [BP(c.w("reading_time"), "reading_time")])
    ins = maybe(c, 0.5, lambda: [[BP(c.pick("advertisement_label"), "advertisement_label")]])
    ins += maybe(c, 0.3, lambda: [[BP(c.w("newsletter_promo"), "newsletter_promo")]])
    L += body_block(c, art, dateline=False, inserts=ins)
    makers = [lambda: [disclaimer(c, False)], lambda: [wire_credit(c, False)], lambda: some_list(c),
              lambda: share(c), lambda: comment_block(c), lambda: [BP(c.pick("source_link"), "source_link")],
              lambda: [BP(c.pick("read_more"), "read_more")], lambda: [BP(c.pick("back_to_top"), "back_to_top")],
              lambda: [BP(c.w("paywall_nag"), "paywall_nag")], lambda: [BP(c.w("donation_appeal"), "donation_appeal")],
              lambda: [BP(c.pick("read_original"), "read_original")], lambda: [BP(c.w("email_placeholder"), "email_placeholder")],
              lambda: [syndication_anon_nofact(c)], lambda: footer(c), lambda: [BP(c.w("copyright_notice"), "copyright_notice")],
              lambda: [BP(c.w("republish_notice"), "republish_notice")], lambda: [stray_id(c)],
              lambda: headline_list(c, None, "headline_run_item", header=False, bullets=False)]
    for mk in r.sample(makers, r.randint(3, 6)):
        L += mk()
    return L


def syndication_anon_nofact(c):
    # no syndication notice in fact-free documents: use a UI word instead
    return BP(c.r.choice(c.pool("ui_word")), "ui_word")


# ------------------------------------------------------------------ plan

class SafeRandom(random.Random):
    """sample() never asks for more items than the pool holds."""

    def sample(self, population, k, **kw):
        return super().sample(population, min(k, len(population)), **kw)


def foreign_article(rng, lang, split, used):
    stories = FO.STORIES[lang][split]
    k = min(range(len(stories)), key=lambda i: (used.get((lang, split, i), 0), rng.random()))
    used[(lang, split, k)] = used.get((lang, split, k), 0) + 1
    title, paras = stories[k]
    people = {"de": N.PEOPLE_DE, "fr": N.PEOPLE_FR, "es": N.PEOPLE_ES}[lang][split]
    slots = {"city": rng.choice(FO.CITIES[lang][split]), "person": rng.choice(people),
             "n1": str(rng.randint(12, 95)), "n2": str(rng.randint(15, 60)), "n3": str(rng.randint(2026, 2030))}
    ps = [p.format(**slots) for p in paras]
    keep = [ps[0]] + sorted(rng.sample(ps[1:], rng.randint(3, len(ps) - 1)), key=ps.index)
    return {"key": f"{lang}-{split}-{k}", "title": title.format(**slots), "paras": keep, "person": slots["person"],
            "city": slots["city"]}


def build(gt, seed):
    rng = random.Random(seed)
    arts = load_articles(gt)
    rng.shuffle(arts)
    pools = {"dev": arts[0::2], "test": arts[1::2]}
    plan = []
    off = 0
    for arch, n in ARCH:
        for i in range(n):
            lang = LANG_CYCLE[(i + off) % 12]
            split = "dev" if i % 2 == 0 else "test"
            plan.append((arch, lang, split))
        off += n
    rng.shuffle(plan)
    used_foreign = {}
    docs = []
    untitled_clean = {"dev": 0, "test": 0}
    arch_count = {}
    for idx, (arch, lang, split) in enumerate(plan):
        r = SafeRandom(f"{seed}-{idx}")
        c = Ctx(r, split, lang, arch)
        c.k = arch_count.get(arch, 0)
        arch_count[arch] = c.k + 1
        if lang == "en":
            a = pools[split].pop()
            paras = a["paras"]
            st = r.randint(0, max(0, len(paras) - 4))
            run = paras[st: st + r.randint(4, 10)]
            while sum(len(p) for p in run) > 5000 and len(run) > 3:
                run.pop()
            art = {"key": a["key"], "title": make_title(r, a["url"], run[0]), "paras": run}
        else:
            art = foreign_article(r, lang, split, used_foreign)
            if c.author == art["person"]:
                c.author = next(p for p in c.people if p != art["person"])
        if arch == "clean":
            titled = untitled_clean[split] >= 2 or r.random() < 0.5
            if not titled:
                untitled_clean[split] += 1
            lines = arch_clean(c, art, titled)
        else:
            lines = {"news_site": arch_news_site, "wp_autoblog": arch_wp_autoblog, "aggregator": arch_aggregator,
                     "syndication": arch_syndication, "spam_seo": arch_spam_seo, "paywall_magazine": arch_paywall,
                     "live_media": arch_live_media, "minimal": arch_minimal, "nofacts": arch_nofacts}[arch](c, art)
        if arch == "spam_seo":
            layout = r.choice(["single", "single", "single", "mixed"])
        else:
            layout = r.choice(["double", "double", "double", "mixed", "blocks", "blocks", "single"])
        newline = "\r\n" if r.random() < 0.08 else "\n"
        text, recs, facts = assemble(lines, r, layout, newline, r.random() < 0.5)
        body = [x["text"] for x in recs if x["label"] == "body"]
        docs.append({"id": f"o{idx:03d}", "split": split, "archetype": arch, "lang": lang, "source": art["key"],
                     "text": text, "lines": recs, "expected_body": "\n\n".join(body), "facts": facts})
    return docs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gt", default=DEFAULT_GT)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", default=str(HERE / "corpus.jsonl"))
    a = ap.parse_args(argv)
    docs = build(a.gt, a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {a.out}")


if __name__ == "__main__":
    main()
