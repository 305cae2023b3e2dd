#!/usr/bin/env python3
"""Generate the blind_r corpus (deterministic; stdlib only).

python3 generate.py [--gt PATH] [--seed N] [--out PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import unicodedata
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import dates  # noqa: E402
import foreign  # noqa: E402
import names as N  # noqa: E402
import wordings as WD  # noqa: E402
from kit import DAYS_DE, DAYS_EN, DAYS_ES, DAYS_FR, MON_EN, MONTHS_EN, MONTHS_ES, Doc, F, rand_dt  # noqa: E402
from names import half  # noqa: E402

DEFAULT_GT = "/work/shared/bench/article-extraction-benchmark/ground-truth.json"
SEED = 51277
FACT_SLOTS = {"AG", "AGL", "PUB", "HOST", "URL", "AGG", "AGGP", "AUTH", "AUTH2", "AUTHU", "SEC",
              "SECU", "D", "DP", "DU", "SITEC"}

# ------------------------------------------------------------------ body material (English)
SW = set("the of and to in a is that for it was on with as by at from be this are have he she they said".split())
JUNK = re.compile(
    r"https?://|www\.|\.com\b|@|\b(photo|photos|image|images|credit|copyright|©|originally|subscribe|sign up|"
    r"follow us|this article|this story|reporting by|editing by|contributed|associated press|reuters|"
    r"afp|\(ap\)|ap\b|getty|newsletter|click|advertis|read more|related|sponsored|pti|ani|ians|"
    r"bloomberg|xinhua|kyodo|yonhap|upi|dpa|efe|ansa|source|published|updated|follow|share|"
    r"caption|pictured|via|opinions expressed|do not necessarily|rights reserved|disclaimer|terms of)\b",
    re.I)
SEED_HOSTS = ("livemint", "kxan", "rnz.co", "ndtv")
WEIRD = re.compile(r"[\x0b\x0c\x1c-\x1f\x85\u2028\u2029\r\t]")


def load_bodies(gt_path):
    d = json.loads(Path(gt_path).read_text(encoding="utf-8"))
    out = []
    for k in sorted(d):
        v = d[k]
        if any(h in v.get("url", "") for h in SEED_HOSTS):
            continue
        b = v.get("articleBody") or ""
        w = re.findall(r"[a-zA-Z]+", b.lower())
        if not w or sum(x in SW for x in w) / len(w) < 0.12:
            continue
        ps = []
        for p in b.split("\n"):
            p = " ".join(WEIRD.sub(" ", p).split())
            if len(p.split()) >= 8 and not JUNK.search(p) and "#" not in p and "compensated" not in p and not p.startswith(("-", "•", "*", "[", "(")):
                ps.append(p)
        if len(ps) >= 3 and sum(len(p.split()) for p in ps) / len(ps) >= 18:
            out.append((k, v.get("url", ""), ps))
    return out


def slug_title(url, paras, rng):
    slug = url.rstrip("/").split("/")[-1]
    slug = re.sub(r"\.(html?|php|aspx?)$", "", slug)
    toks = [t for t in re.split(r"[-_]+", slug) if t and not re.fullmatch(r"[0-9a-f]{6,}|\d+|[a-z]\d+|index", t)]
    if 4 <= len(toks) <= 16 and all(t.isascii() for t in toks):
        t = " ".join(toks)
        t = t[0].upper() + t[1:]
    else:
        s = re.split(r"(?<=[.!?])\s", paras[0])[0]
        words = s.split()[:rng.randint(8, 13)]
        t = " ".join(words).rstrip(",;:.")
    if rng.random() < 0.4:
        small = {"a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "at", "by", "with"}
        t = " ".join(w if (w in small and i) else w[:1].upper() + w[1:] for i, w in enumerate(t.split()))
    return t


# ------------------------------------------------------------------ body traps (content that must stay)
TRAPS_EN = [
    "Related charges were filed against two other men later that week, according to court records.",
    "The licence granted to the operator runs until 2031 and can be renewed once.",
    "Source documents reviewed by investigators showed the payments began years earlier.",
    "The app, which launched in 2020, now has more than a million users across the region.",
    "A disclaimer on the company's website says the figures have not been audited.",
    "Share prices in the sector fell sharply after the announcement.",
    "Subscribers to the service were told about the change by email on Monday.",
    "Comments made by the minister on Tuesday drew criticism from opposition lawmakers.",
    "Copyright lawyers say the case could set a precedent for similar disputes.",
    "A photo of the letter was later circulated among staff members.",
    "Most read the statement as a sign that talks would continue.",
    "Trending topics on social media that evening were dominated by the decision.",
    "The original plan, published in 2021, envisaged a much smaller budget.",
    "Download speeds in rural areas still lag far behind those in cities.",
    "Advertising revenue for local broadcasters dropped by a fifth last year.",
    "Updated figures released on Friday show the total is higher than first thought.",
    "Read the fine print, consumer groups warn, before signing up for any such deal.",
    "Next, the committee will hear from residents who live closest to the site.",
    "Cookies and other tracking tools were at the centre of the regulator's complaint.",
    "All rights to the land were transferred to the trust in 1998.",
    "Back in 2016, a similar proposal was rejected by a single vote.",
    "Tags on the recovered bags led police to a warehouse on the edge of town.",
    "Sign-up numbers for the scheme have doubled since the spring, officials said.",
    "Via a spokesperson, the family asked for privacy.",
]
TRAPS_FOREIGN = {
    "de": ["Die Quelle des Streits liegt nach Ansicht von Beobachtern schon Jahre zurück.",
           "Aktualisierte Zahlen sollen Ende der Woche vorgelegt werden.",
           "Anzeigen gegen die Betreiber wurden bislang nicht erstattet.",
           "Mehr zum Thema wollte die Verwaltung am Abend nicht sagen."],
    "fr": ["La source du conflit remonte, selon plusieurs observateurs, à plusieurs années.",
           "Des chiffres mis à jour seront publiés en fin de semaine.",
           "Publicité mensongère : c'est ce que dénoncent plusieurs associations.",
           "À lire les documents internes, la décision était prise depuis longtemps."],
    "es": ["La fuente del conflicto, según varios observadores, se remonta a varios años atrás.",
           "Las cifras actualizadas se publicarán a finales de semana.",
           "Publicidad engañosa, denuncian varias asociaciones de consumidores.",
           "Leer más despacio la letra pequeña, aconsejan los expertos."],
}
SUBHEADS_EN = ["What happens next", "– A long road back –", "WHY IT MATTERS", "Looking ahead:",
               "The background", "— Mixed reactions —", "WHAT THEY SAID", "By the numbers:"]
QUOTES_EN = ["“We are not there yet,” she said.", "“This is only the beginning,” he added.",
             "“Nobody saw this coming,” one resident said.", "“We will keep fighting,” the group said in a statement.",
             "“It is a fair outcome,” the spokesperson said.", "“The numbers speak for themselves.”"]
BULLET_INTRO_EN = ["The plan includes:", "Key points of the proposal:", "Among the changes:",
                   "Officials listed three priorities:"]
BULLET_ITEMS_EN = ["new staff for the busiest sites", "longer opening hours on weekends",
                   "a review of fees by the end of the year", "more money for repairs",
                   "a hotline for affected residents", "quarterly progress reports"]

DL_AG = {"en": ["{CITY} ({AG}) — ", "{City}, {Mon} {d} ({AG}) - ", "({AG}) - ", "{CITY}, {Country} ({AG}) -- ",
                "{City} [{Country}], {Mon} {d} ({AG}): ", "{CITY}, {Mon} {d} /{AG}/ -- ", "{CITY} ({AG}) – ",
                "{City} ({AG}) — "],
         "de": ["{city} ({AG}) - ", "{city} ({AG}) – ", "{city}/Berlin ({AG}) - ", "{city}, {d}. {mon} ({AG}) – "],
         "fr": ["{city} ({AG}) - ", "{CITY} ({AG}) – ", "{city}, {d} {mon} ({AG}) - ", "({AG}) - "],
         "es": ["{city}, {d} {mon} ({AG}).- ", "{city} ({AG}) - ", "{CITY}, {d} de {mon} ({AG}) | ", "{city} ({AG}).- "]}
DL_NOAG = {"en": ["{CITY}: ", "{CITY}, {Country} — ", "{City}, {Mon} {d} — ", "{CITY} -- "],
           "de": ["{city} – ", "{city}. ", "{CITY} – ", "{city} - "],
           "fr": ["{city} – ", "{CITY} - ", "{city}. ", "{city} -- "],
           "es": ["{city} – ", "{CITY}. ", "{city}, {d} de {mon} – ", "{city} - "]}

STRAY = ["UNIQID", "MD5", "POSTID", "HEXSHORT", "UUID", "NUMID"]


# ------------------------------------------------------------------ per-document context
class Ctx:
    def __init__(self, rng, split, lang, arch, title, nofacts=False):
        self.rng, self.split, self.lang, self.arch = rng, split, lang, arch
        self.title = title
        self.nofacts = nofacts
        r = rng
        sites = {"en": N.SITES, "de": N.SITES_DE, "fr": N.SITES_FR, "es": N.SITES_ES}[lang]
        self.site = r.choice(half(sites, split))
        self.agg = r.choice(half(N.AGGREGATORS, split))
        pubs = {"en": N.PUBLISHERS, "de": N.PUBLISHERS_DE, "fr": N.PUBLISHERS_FR, "es": N.PUBLISHERS_ES}[lang]
        self.pub, self.host = r.choice(half(pubs, split))
        self.host_shown = ("www." + self.host) if r.random() < 0.6 else self.host
        self.agency = r.choice({"en": N.AG_EN, "de": N.AG_DE, "fr": N.AG_FR, "es": N.AG_ES}[lang])
        self.sec = r.choice(half(N.SECTIONS[lang], split))
        self.theme = r.choice(half(N.THEMES, split))
        self.plugin = r.choice(half(N.PLUGINS, split))
        self.has_suffix = False
        self.used: set[str] = set()
        self.pubdt = rand_dt(r)
        self.year = self.pubdt.year
        self.url = self._make_url()
        self.authors: list[str] = []

    # ---- picks
    def pick(self, lst):
        return self.rng.choice(half(lst, self.split))

    def wl(self, kind):
        p = WD.W[kind]
        return p.get(self.lang) or p["en"]

    def wp(self, kind, allow=None):
        """Pick a wording of ``kind``; templates whose fact slots are not allowed are skipped."""
        cands = half(self.wl(kind), self.split)
        ok = [t for t in cands if self._allowed(t, allow)]
        return self.rng.choice(ok) if ok else None

    def _allowed(self, tpl, allow):
        slots = set(re.findall(r"\{([A-Z0-9]+)", tpl))
        if "<<" in tpl:
            slots.add("WRAP")
        fs = {s for s in slots if s in FACT_SLOTS or s in ("TAGS", "WRAP")}
        if self.nofacts and fs:
            return False
        if "URL" in slots and "original_url" in self.used:
            return False
        if allow is not None and not fs <= allow:
            return False
        return True

    def person(self):
        if self.lang != "en" and self.rng.random() < 0.6:
            pp = foreign.PERSONS[self.lang]
            return self.rng.choice(pp[:4] if self.split == "dev" else pp[4:])
        return f"{self.pick(N.FIRST)} {self.pick(N.LAST)}"

    def _make_url(self):
        r = self.rng
        asc = unicodedata.normalize("NFKD", self.title.lower()).encode("ascii", "ignore").decode()
        slug = re.sub(r"[^a-z0-9]+", "-", asc).strip("-")[:70].strip("-") or "story"
        d = self.pubdt
        sec = re.sub(r"[^a-z]+", "-", self.sec.lower().encode("ascii", "ignore").decode()).strip("-") or "news"
        forms = [f"/news/{sec}/{slug}", f"/{d.year}/{d.month:02d}/{d.day:02d}/{slug}/",
                 f"/article/{slug}-{r.randrange(100000, 999999)}", f"/{sec}/{slug}.html",
                 f"/story/{r.randrange(10000, 99999)}/{slug}?utm_source=rss&utm_medium=feed",
                 f"/{sec}/{d.year}{d.month:02d}{d.day:02d}/{slug}", f"/a/{slug}/", f"/local/{slug}-{r.randrange(1000, 9999)}.php"]
        path = r.choice(half(forms, self.split))
        scheme = "https://" if r.random() < 0.85 else "http://"
        self.url_parts = (scheme, path)
        return scheme + self.host_shown + path

    # ---- fact parts
    def agF(self, long=False, ag=None):
        ag = ag or self.agency
        longs = N.AGENCIES[ag]
        shown = ag
        if long and ag not in ("Reuters",):
            shown = longs[0] if ag != "AP" else self.rng.choice(longs)
        return F("credits", shown, value=ag, aliases=[ag, *longs])

    def pubF(self):
        al = [self.host, "www." + self.host, self.host.split(".")[0]]
        if self.pub.startswith("The "):
            al.append(self.pub[4:])
        return F("publisher", self.pub, aliases=al)

    def hostF(self):
        al = ["www." + self.host, self.host.split(".")[0], self.pub]
        if self.pub.startswith("The "):
            al.append(self.pub[4:])
        return F("publisher", self.host_shown, value=self.host, aliases=al)

    def urlF(self):
        self.used.add("original_url")
        scheme, path = self.url_parts
        al = [self.url.split("?")[0]] if "?" in self.url else []
        return F("original_url", [scheme, self.hostF(), path], value=self.url, aliases=al)

    def authF(self, upper=False):
        p = self.person()
        self.authors.append(p)
        return F("authors", p.upper() if upper else p, value=p)

    def dateF(self, kind, dt=None):
        fmts = half(dates.FORMATS[self.lang], self.split)
        fmt = self.rng.choice(fmts)
        if dt is None:
            dt = self.pubdt if kind == "published" else self.upddt()
        if fmt in dates.NEED_BIGDAY and dt.day <= 12:
            fmt = self.rng.choice([f for f in fmts if f not in dates.NEED_BIGDAY])
        text, val = fmt(dt)
        self.used.add(kind)
        return F(kind, text, value=val)

    def upddt(self):
        if not hasattr(self, "_upd"):
            self._upd = self.pubdt + timedelta(hours=self.rng.randint(1, 60), minutes=self.rng.randint(0, 59))
        return self._upd

    # ---- templates
    def slot(self, name, kw):
        r = self.rng
        if name in kw:
            return kw[name]
        if name == "AG":
            return self.agF()
        if name == "AGL":
            return self.agF(long=True)
        if name == "PUB":
            return self.pubF()
        if name == "HOST":
            return self.hostF()
        if name == "URL":
            return self.urlF()
        if name in ("AGG", "AGGP"):
            return F("aggregator", self.agg)
        if name == "AGG0":
            return self.agg
        if name == "SITE":
            return self.site
        if name == "SITEN":
            return re.sub(r"^The ", "", self.site)
        if name == "PUBN":
            f = self.pubF()
            f.parts = re.sub(r"^The ", "", self.pub)
            return f
        if name == "SITEC":
            return F("site_name", self.site) if self.has_suffix else self.site
        if name in ("P", "P2"):
            return self.person()
        if name in ("AUTH", "AUTH2"):
            return self.authF()
        if name == "AUTHU":
            return self.authF(upper=True)
        if name == "THEME":
            return self.theme
        if name == "PLUGIN":
            return self.plugin
        if name in ("N", "N2", "N3"):
            return str(r.randint(2, 400))
        if name == "NS":
            return str(r.randint(1, 9))
        if name == "YEAR":
            return str(self.year)
        if name == "YEAR0":
            return str(self.year - r.randint(3, 15))
        if name == "SEC":
            return F("section", self.sec)
        if name == "SECU":
            return F("section", self.sec.upper(), value=self.sec, aliases=[self.sec.upper()])
        if name == "SECL":
            return self.sec.lower()
        if name == "H":
            return headline(self)
        if name == "TITLE":
            return self.title
        if name == "REL":
            return self.pick(WD.REL[self.lang])
        if name == "CITYT":
            return self.pick(N.CITIES_PAIR)[0]
        if name == "MONTHY":
            return f"{MONTHS_EN[r.randrange(12)]} {self.year - r.randint(0, 4)}"
        if name == "WEEKDAY":
            return {"en": DAYS_EN, "de": DAYS_DE, "fr": DAYS_FR, "es": DAYS_ES}[self.lang][r.randrange(7)]
        if name in ("THING", "THINGC"):
            t = self.pick(WD.THINGS[self.lang])
            return t[0].upper() + t[1:] if name == "THINGC" else t
        if name == "CRED":
            return self.credit()[0]
        raise KeyError(name)

    def T(self, tpl, wrap=None, **kw):
        parts: list = []
        stack: list = [parts]
        for tok in re.split(r"(<<|>>|\{[^{}]+\})", tpl):
            if not tok:
                continue
            if tok == "<<":
                inner: list = []
                stack[-1].append(F(wrap, inner))
                stack.append(inner)
            elif tok == ">>":
                stack.pop()
            elif tok.startswith("{TAGS"):
                stack[-1].extend(self.tag_parts(tok[5:-1]))
            elif tok.startswith("{") and tok.endswith("}"):
                stack[-1].append(self.slot(tok[1:-1], kw))
            else:
                stack[-1].append(tok)
        return parts

    def tag_parts(self, sep):
        pool = half(N.TAGS[self.lang], self.split)
        tags = self.rng.sample(pool, min(len(pool), self.rng.randint(2, 4)))
        out: list = []
        if sep.startswith("#"):
            for i, t in enumerate(tags):
                cc = "".join(w[:1].upper() + w[1:] for w in t.split())
                if i:
                    out.append(sep[1:])
                out.append("#")
                out.append(F("tags", cc, aliases=[t, "#" + cc]))
            return out
        for i, t in enumerate(tags):
            if i:
                out.append(sep)
            out.append(F("tags", t))
        return out

    def credit(self, agency_ok=True):
        """(parts, has_agency) for a photo credit body."""
        r = self.rng
        if agency_ok and r.random() < 0.6:
            shape = self.pick(WD.CREDIT_AG)
            ag = self.agency if r.random() < 0.7 else r.choice(["AP", "AFP", "Reuters"] if self.lang == "en" else [self.agency])
            if "Photo/" in shape and ag != "AP":
                shape = "{P}/{AG}"
            return self.T(shape, AG=self.agF(ag=ag)), True
        shape = self.pick(WD.CREDIT_NONAG)
        return self.T(shape), False


def headline(c, lang=None):
    lang = lang or c.lang
    s = c.pick(WD.HEAD_SUBJ[lang])
    p = c.pick(WD.HEAD_PRED[lang])
    h = f"{s} {p}"
    if lang == "en" and c.rng.random() < 0.3:
        h = " ".join(w[:1].upper() + w[1:] for w in h.split())
    return h


# ------------------------------------------------------------------ line helpers
def add_lines(d, c, kind, tpl, wrap=None, **kw):
    if tpl is None:
        return False
    d.bp(kind, *c.T(tpl, wrap=wrap, **kw))
    return True


def nav(d, c):
    words = c.pick(WD.NAV[c.lang])
    k = c.rng.randint(3, len(words))
    words = words[:k]
    if c.rng.random() < 0.45:
        for w in words:
            d.bp("nav_menu", w)
    else:
        sep = c.pick(WD.NAV_SEP)
        d.bp("nav_menu", sep.join(words))


def cookie(d, c):
    if c.rng.random() < 0.5:
        d.bp("cookie_notice", c.pick(WD.COOKIE_HEAD[c.lang]))
    d.bp("cookie_notice", *c.T(c.pick(WD.COOKIE_TEXT[c.lang]), N=str(c.rng.randint(40, 900)), SITE=c.site))
    for b in c.rng.sample(half(WD.COOKIE_BUTTONS[c.lang], c.split), c.rng.randint(1, 3)):
        d.bp("cookie_notice", b)


def breadcrumb(d, c, with_title=False, sep_title=None):
    root, sep = c.pick(WD.BREAD[c.lang])
    mid = [c.pick(WD.BREAD_MID[c.lang])] if c.rng.random() < 0.5 else []
    parts = [root + sep] + [m + sep for m in mid]
    if not with_title:
        d.bp("breadcrumb", *parts, F("section", c.sec))
        return
    glue = c.rng.choice([sep, ""])
    bc = "".join(parts) + c.sec + glue
    tsep = sep_title or c.pick(WD.TITLE_SEP)
    c.has_suffix = True
    d.add("boilerplate", [*parts, F("section", c.sec), glue, c.title, tsep, F("site_name", c.site)],
          "breadcrumb_title", breadcrumb=bc, title_text=c.title, site_suffix=c.site)


def title_line(d, c, suffix):
    if suffix:
        sep = c.pick(WD.TITLE_SEP)
        c.has_suffix = True
        d.add("title", [F("title", c.title), sep, F("site_name", c.site)], None,
              title_text=c.title, site_suffix=c.site)
    else:
        d.add("title", [F("title", c.title)], None, title_text=c.title, site_suffix=None)


def stray(c):
    r = c.rng
    k = c.pick(STRAY)
    if k == "UNIQID":
        return f"{r.randrange(16**13):013x}.{r.randrange(10**8):08d}"
    if k == "MD5":
        return hashlib.md5(str(r.random()).encode()).hexdigest()
    if k == "POSTID":
        return f"post-{r.randrange(1000, 99999)}"
    if k == "HEXSHORT":
        return f"#{r.randrange(16**8):08x}"
    if k == "UUID":
        h = hashlib.sha1(str(r.random()).encode()).hexdigest()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    return str(r.randrange(10**9, 10**10))


def byline(d, c, allow_ag=True):
    tpl = c.wp("byline", allow=None if allow_ag else {"AUTH", "AUTH2", "AUTHU"})
    if tpl is None:
        return
    parts = c.T(tpl)
    # sometimes the byline carries the publication date too
    if "published" not in c.used and c.rng.random() < 0.3:
        parts += [c.rng.choice([" | ", " · ", ", ", " — "]), c.dateF("published")]
    d.bp("byline", *parts)


def date_lines(d, c, pub=True, upd=False, both=False, rel=False):
    if both and "published" not in c.used and "updated" not in c.used:
        tpl = c.wp("date_both")
        d.bp("date_line", *c.T(tpl, DP=c.dateF("published"), DU=c.dateF("updated")))
        return
    if pub and "published" not in c.used:
        d.bp("date_line", *c.T(c.wp("date_pub"), D=c.dateF("published")))
    if upd and "updated" not in c.used:
        d.bp("date_line", *c.T(c.wp("date_upd"), D=c.dateF("updated")))
    if rel:
        d.bp("date_line", *c.T(c.wp("date_rel")))


def photo(d, c, inline=False, credit=True, agency_ok=True):
    cap = c.T(c.pick(WD.CAPTION[c.lang]))
    if c.nofacts:
        credit = False
    if not credit:
        d.bp("photo_caption", *cap)
        return
    lab, close = c.pick(WD.PHOTO_LABEL[c.lang])
    cred, _ = c.credit(agency_ok)
    if inline and "(" in "".join(x if isinstance(x, str) else x.parts for x in cred):
        inline = False
    cparts = [lab, F("photo_credit", cred), close]
    if inline:
        if lab.startswith("("):
            d.bp("photo_caption", *cap, " ", *cparts)
        else:
            d.bp("photo_caption", *cap, " (", *cparts, ")")
    else:
        d.bp("photo_caption", *cap)
        d.bp("photo_credit", *cparts)


def share(d, c):
    if c.rng.random() < 0.4:
        for w in c.pick(WD.SHARE_RUN[c.lang]):
            d.bp("share_row", w)
    else:
        d.bp("share_row", c.pick(WD.SHARE_LINE[c.lang]))


def item_deco(c, style):
    """Return a function i, headline -> item text for one list."""
    r = c.rng
    lang = c.lang
    pre = c.pick(WD.BULLETS) if style == "bullet" else None
    num = c.pick(WD.NUMBERING) if style == "num" else None
    extra = r.choice(["none", "none", "marker", "date", "read", "cat", "mixed"])
    mk_pre, mk_post = c.pick(WD.MARKERS_PRE), c.pick(WD.MARKERS_POST)
    dpost = c.pick(WD.DATE_POST[lang])
    rpost = c.pick(WD.READTIME_POST[lang])
    cat = c.pick(WD.CAT_PRE[lang])

    def f(i, h):
        s = h
        if extra == "marker" or (extra == "mixed" and r.random() < 0.3):
            s = (mk_pre + s) if r.random() < 0.5 else (s + mk_post)
        if extra == "date" or (extra == "mixed" and r.random() < 0.3):
            s = s + dpost if r.random() < 0.8 else s + dpost.strip()
        if extra == "read":
            s += rpost
        if extra == "cat":
            s = cat + s
        if pre:
            s = pre + s
        if num:
            s = num.format(i=i + 1) + s
        return s
    return f


def hlist(d, c, head_kind, n=None, header=True):
    r = c.rng
    item_kind = WD.ITEM_KIND[head_kind]
    if header:
        d.bp(head_kind, c.pick(WD.LIST_HEAD[head_kind][c.lang]))
        if r.random() < 0.08:
            return
    n = n or r.randint(3, 6)
    style = r.choice(["bare", "bullet", "num", "bullet"])
    f = item_deco(c, style)
    for i in range(n):
        d.bp(item_kind, f(i, headline(c)))


def headline_run(d, c, n=None):
    f = item_deco(c, c.rng.choice(["bare", "bare", "bullet"]))
    for i in range(n or c.rng.randint(3, 6)):
        d.bp("headline_run_item", f(i, headline(c)))


def tags(d, c):
    if c.nofacts:
        return
    if c.rng.random() < 0.55:
        d.bp("tag_line", *c.T(c.wp("tag_line")))
    else:
        d.bp("tag_list_header", c.wp("tag_list_header"))
        pool = half(N.TAGS[c.lang], c.split)
        for t in c.rng.sample(pool, min(len(pool), c.rng.randint(2, 5))):
            d.bp("tag_item", F("tags", t))


def comment_form(d, c):
    lines = half(WD.COMMENT_FORM[c.lang], c.split)
    k = c.rng.randint(2, min(6, len(lines)))
    start = c.rng.randrange(0, len(lines) - k + 1)
    for s in lines[start:start + k]:
        d.bp("comment_form", s)


def footer(d, c):
    items = c.rng.sample(half(WD.FOOTER[c.lang], c.split), c.rng.randint(2, min(6, len(half(WD.FOOTER[c.lang], c.split)))))
    if c.rng.random() < 0.5:
        for s in items:
            d.bp("footer_link", s)
    else:
        d.bp("footer_link", c.pick([" | ", " · ", "  ", " • "]).join(items))


def author_bio(d, c):
    d.bp("author_bio", c.pick(WD.AUTHOR_BIO_HEAD[c.lang]))
    p = c.authors[0] if c.authors else c.person()
    d.bp("author_bio", c.pick(WD.AUTHOR_BIO[c.lang]).format(P=p))


def disclaimer(d, c, named=True, combine=False):
    kind = "disclaimer_named" if (named and not c.nofacts) else "disclaimer_anon"
    parts = c.T(c.wp(kind))
    if combine:
        extra = []
        if c.rng.random() < 0.5:
            extra.append(c.T(c.wp("republish_notice")))
        if c.rng.random() < 0.6:
            extra.append(c.T(c.wp("email_placeholder")))
        if not c.nofacts and c.rng.random() < 0.4:
            extra.append(c.T(c.wp("copyright_site")))
        for e in extra:
            parts += [" "] + e
    d.bp("aggregator_disclaimer", *parts)


def syndication(d, c, named=True):
    if c.nofacts or "syndication" in c.used:
        return
    c.used.add("syndication")
    kind = "syndication_named" if named else "syndication_anon"
    d.bp("syndication_notice", *c.T(c.wp(kind), wrap="syndication"))


def wire(d, c, named=True):
    if named and not c.nofacts:
        add_lines(d, c, "wire_credit_line", c.wp("wire_credit_line"))
    else:
        add_lines(d, c, "wire_credit_line", c.wp("wire_anon"))


def copyright_line(d, c, agency=False):
    if c.nofacts:
        return
    d.bp("copyright_notice", *c.T(c.wp("copyright_agency" if agency else "copyright_site")))


def simple(d, c, kind, allow=None):
    tpl = c.wp(kind, allow=allow)
    if tpl is not None:
        d.bp(kind, *c.T(tpl))


def provenance_link(d, c):
    """One of the original-source lines (publisher / url)."""
    k = c.rng.choice(["original_url_line", "originally_appeared", "read_original", "publisher_promo",
                      "source_link"])
    simple(d, c, k)


# ------------------------------------------------------------------ body
def make_body(c, paras, credit_ok=True, dateline=0.5):
    """Return list of body paragraph parts (each a parts list), first with an optional dateline."""
    r = c.rng
    out = [[p] for p in paras]
    if r.random() < dateline:
        lang = c.lang
        use_ag = credit_ok and not c.nofacts and r.random() < 0.75
        tpl = c.pick((DL_AG if use_ag else DL_NOAG)[lang])
        if lang == "en":
            city, country = c.pick(N.CITIES_PAIR)
            mon = r.randrange(12)
            kw = {"CITY": city.upper(), "City": city, "Country": country, "Mon": MON_EN[mon],
                  "d": str(r.randint(1, 28))}
        else:
            city = c.city
            mon = r.randrange(12)
            mons = {"de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
                    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
                    "es": MONTHS_ES}[lang]
            kw = {"city": city, "CITY": city.upper(), "d": str(r.randint(1, 28)), "mon": mons[mon]}
        parts: list = []
        for tok in re.split(r"(\{[A-Za-z]+\})", tpl):
            if tok == "{AG}":
                parts.append(c.agF())
            elif tok.startswith("{") and tok.endswith("}"):
                parts.append(kw[tok[1:-1]])
            elif tok:
                parts.append(tok)
        out[0] = parts + out[0]
    # traps, subheads, quotes, bullet lists (English bodies; foreign stories carry their own)
    if c.lang == "en" and len(out) >= 3:
        n_tr = r.choice([0, 1, 1, 2])
        for _ in range(n_tr):
            out.insert(r.randint(1, len(out)), [c.pick(TRAPS_EN)])
        if r.random() < 0.3:
            out.insert(r.randint(1, len(out) - 1), [c.pick(SUBHEADS_EN)])
        if r.random() < 0.25:
            out.insert(r.randint(1, len(out)), [c.pick(QUOTES_EN)])
        if r.random() < 0.15:
            at = r.randint(1, len(out))
            items = r.sample(half(BULLET_ITEMS_EN, c.split), 3)
            b = r.choice(["- ", "• ", "* "])
            out[at:at] = [[c.pick(BULLET_INTRO_EN)]] + [[b + it] for it in items]
    elif c.lang != "en" and r.random() < 0.5:
        out.insert(r.randint(1, len(out)), [c.pick(TRAPS_FOREIGN[c.lang])])
    return out


INSIDE = ["advertisement_label", "also_read", "photo", "newsletter_promo", "app_promo", "social_promo",
          "shortcode", "click_here_promo", "share_row", "reading_time"]


def inside(d, c, kind):
    if kind == "photo":
        photo(d, c, inline=c.rng.random() < 0.4)
    elif kind == "share_row":
        share(d, c)
    elif kind == "shortcode":
        simple(d, c, "shortcode")
    else:
        allow = None if not c.nofacts else set()
        simple(d, c, kind, allow=allow)


def emit_body(d, c, body, inserts, brk=False):
    """Body paragraphs with boilerplate inserts placed between them."""
    slots: dict[int, list] = {}
    for k in inserts:
        pos = c.rng.randint(1, max(1, len(body) - 1))
        slots.setdefault(pos, []).append(k)
    for i, p in enumerate(body):
        for k in slots.get(i, []):
            inside(d, c, k)
        d.add("body", p)
    if brk:
        d.brk()


# ------------------------------------------------------------------ archetypes
def arch_wire_aggregator(d, c, body, titled=True):
    r = c.rng
    if r.random() < 0.3:
        nav(d, c)
    if r.random() < 0.25:
        disclaimer(d, c, named=r.random() < 0.7)
    if r.random() < 0.3:
        d.bp("section_label", *c.T(c.wp("section_label")))
    title_line(d, c, suffix=r.random() < 0.35)
    if r.random() < 0.5:
        byline(d, c)
    date_lines(d, c, pub=r.random() < 0.7, rel=r.random() < 0.3)
    if r.random() < 0.4:
        photo(d, c, inline=r.random() < 0.5)
    ins = r.sample(["advertisement_label", "also_read", "photo", "app_promo", "newsletter_promo",
                    "social_promo"], r.randint(1, 3))
    emit_body(d, c, body, ins)
    tail = ["wire", "publisher_promo", "app_promo", "ui", "updated", "click_here_promo", "read_original",
            "original_url_line", "email_placeholder", "trending", "more", "copyright_agency"]
    chosen = [t for t in tail if r.random() < 0.45]
    if "wire" not in chosen and r.random() < 0.6:
        chosen.insert(0, "wire")
    for t in chosen:
        tail_item(d, c, t)
    if "aggregator_disclaimer" not in {ln.get("kind") for ln in d.lines}:
        disclaimer(d, c, named=r.random() < 0.75, combine=r.random() < 0.45)


def tail_item(d, c, t):
    r = c.rng
    if t == "wire":
        wire(d, c, named=r.random() < 0.75)
    elif t == "ui":
        for _ in range(r.randint(1, 2)):
            simple(d, c, "ui_word")
    elif t == "updated":
        date_lines(d, c, pub=False, upd=True)
    elif t in ("trending", "more", "related", "ranking", "recommendation", "yml"):
        hk = {"trending": "trending_header", "more": "more_stories_header", "related": "related_header",
              "ranking": "ranking_header", "recommendation": "recommendation_header",
              "yml": "you_may_also_like"}[t]
        hlist(d, c, hk)
    elif t == "copyright_agency":
        copyright_line(d, c, agency=True)
    elif t == "copyright_site":
        copyright_line(d, c)
    elif t == "syn_named":
        syndication(d, c, True)
    elif t == "syn_anon":
        syndication(d, c, False)
    elif t == "tags":
        tags(d, c)
    elif t == "share":
        share(d, c)
    elif t == "comment":
        comment_form(d, c)
    elif t == "footer":
        footer(d, c)
    elif t == "bio":
        author_bio(d, c)
    elif t == "run":
        headline_run(d, c)
    elif t == "prevnext":
        pool = half(c.wl("prev_next_link"), c.split)
        i = r.randrange(0, len(pool) // 2) * 2 if len(pool) > 1 else 0
        pair = pool[i:i + 2] if r.random() < 0.7 else [r.choice(pool)]
        for tpl in pair:
            d.bp("prev_next_link", *c.T(tpl))
    elif t == "disclaimer":
        disclaimer(d, c, named=r.random() < 0.6, combine=r.random() < 0.3)
    elif t == "reactions":
        for _ in range(r.randint(1, 3)):
            simple(d, c, "reaction_counter")
    else:
        allow = set() if c.nofacts else None
        simple(d, c, t, allow=allow)


def arch_syndicated(d, c, body, titled=True):
    r = c.rng
    head_notice = r.random() < 0.35
    if r.random() < 0.4:
        simple(d, c, "skip_link")
    if r.random() < 0.4:
        nav(d, c)
    if head_notice:
        syndication(d, c, named=r.random() < 0.7)
    title_line(d, c, suffix=r.random() < 0.4)
    if r.random() < 0.6:
        byline(d, c)
    date_lines(d, c, pub=r.random() < 0.5, upd=r.random() < 0.4, both=r.random() < 0.3)
    if r.random() < 0.3:
        simple(d, c, "reading_time")
    ins = r.sample(["advertisement_label", "also_read", "photo", "newsletter_promo"], r.randint(0, 2))
    emit_body(d, c, body, ins)
    tail = []
    if not head_notice:
        tail.append(r.choice(["syn_named", "syn_named", "syn_anon"]))
    tail += [t for t in ["originally_appeared", "copyright_agency", "republish_notice", "read_more",
                         "wire", "prevnext", "copyright_site", "related"] if r.random() < 0.4]
    r.shuffle(tail)
    for t in tail:
        tail_item(d, c, t)


def arch_regional(d, c, body, titled=True):
    r = c.rng
    simple(d, c, "skip_link")
    if r.random() < 0.6:
        cookie(d, c)
    nav(d, c)
    if r.random() < 0.5:
        breadcrumb(d, c)
    elif r.random() < 0.5:
        d.bp("section_label", *c.T(c.wp("section_label")))
    title_line(d, c, suffix=r.random() < 0.5)
    byline(d, c)
    date_lines(d, c, pub=True, upd=r.random() < 0.3, both=r.random() < 0.25, rel=r.random() < 0.15)
    if r.random() < 0.5:
        simple(d, c, "reading_time")
    if r.random() < 0.5:
        share(d, c)
    if r.random() < 0.6:
        photo(d, c, inline=r.random() < 0.3)
    ins = r.sample(["advertisement_label", "also_read", "photo", "newsletter_promo", "social_promo",
                    "advertisement_label"], r.randint(1, 4))
    emit_body(d, c, body, ins)
    tail = [t for t in ["tags", "share", "bio", "newsletter_promo", "social_promo", "related", "ranking",
                        "recommendation", "trending", "more", "wire", "republish_notice"] if r.random() < 0.35]
    for t in tail:
        tail_item(d, c, t)
    footer(d, c)
    copyright_line(d, c)
    if r.random() < 0.3:
        tail_item(d, c, "back_to_top")


def arch_wp_autoblog(d, c, body, titled=True):
    r = c.rng
    if r.random() < 0.3:
        simple(d, c, "theme_license_banner")
    if r.random() < 0.3:
        simple(d, c, "skip_link")
    if r.random() < 0.4:
        nav(d, c)
    title_line(d, c, suffix=r.random() < 0.6)
    if r.random() < 0.6:
        d.bp("stray_id", stray(c))
    if r.random() < 0.3:
        d.bp("title_repeat", c.title)
    if r.random() < 0.6:
        simple(d, c, "shortcode")
    if r.random() < 0.4:
        date_lines(d, c, pub=True)
    ins = r.sample(["advertisement_label", "shortcode", "photo", "also_read"], r.randint(0, 2))
    emit_body(d, c, body, ins)
    if r.random() < 0.6:
        simple(d, c, "shortcode")
    tail = [r.choice(["source_link", "original_url_line", "read_more", "source_link"])]
    tail += [t for t in ["share", "reactions", "tags", "yml", "related", "run", "prevnext", "comment",
                         "copyright_site", "back_to_top", "footer"] if r.random() < 0.4]
    if "comment" not in tail and r.random() < 0.5:
        tail.append("comment")
    for t in tail:
        tail_item(d, c, t)


def arch_blog_republish(d, c, body, titled=True):
    r = c.rng
    if r.random() < 0.3:
        nav(d, c)
    title_line(d, c, suffix=r.random() < 0.3)
    byline(d, c, allow_ag=False)
    if "published" not in c.used:
        date_lines(d, c, pub=r.random() < 0.7)
    simple(d, c, "reading_time")
    if r.random() < 0.4:
        simple(d, c, "social_promo")
    if r.random() < 0.5:
        photo(d, c, agency_ok=False)
    ins = r.sample(["photo", "newsletter_promo", "also_read"], r.randint(0, 2))
    emit_body(d, c, body, ins)
    tail = ["originally_appeared"]
    tail += [t for t in ["reactions", "share", "tags", "bio", "recommendation", "more", "comment",
                         "syn_named"] if r.random() < 0.4]
    r.shuffle(tail)
    for t in tail:
        tail_item(d, c, t)


def arch_seo_spam(d, c, body, titled=True):
    r = c.rng
    if r.random() < 0.6:
        breadcrumb(d, c, with_title=True)
    elif r.random() < 0.5:
        breadcrumb(d, c)
    title_line(d, c, suffix=False)
    if r.random() < 0.5:
        simple(d, c, "ui_word")
    if r.random() < 0.7:
        date_lines(d, c, pub=True)
    if r.random() < 0.3:
        d.bp("title_repeat", c.title)
    ins = r.sample(["also_read", "shortcode", "advertisement_label", "click_here_promo"], r.randint(0, 2))
    emit_body(d, c, body, ins)
    if r.random() < 0.3:
        headline_run(d, c, r.randint(2, 3))
    tail = ["tags"] + [t for t in ["reactions", "wire"] if r.random() < 0.5]
    lists = r.sample(["related", "ranking", "recommendation", "trending", "more"], r.randint(1, 3))
    for t in tail + lists:
        tail_item(d, c, t)
    if r.random() < 0.4:
        headline_run(d, c)


def arch_theme_site(d, c, body, titled=True):
    r = c.rng
    simple(d, c, "theme_license_banner")
    d.bp("section_label", *c.T(c.wp("section_label")))
    title_line(d, c, suffix=r.random() < 0.3)
    if r.random() < 0.5:
        date_lines(d, c, pub=True, upd=r.random() < 0.3)
    photo(d, c, inline=r.random() < 0.3)
    ins = r.sample(["advertisement_label", "photo", "also_read"], r.randint(0, 2))
    emit_body(d, c, body, ins)
    tail = [r.choice(["original_url_line", "original_url_line", "originally_appeared", "read_original"])]
    tail += [t for t in ["tags", "share", "related", "copyright_site", "syn_anon"] if r.random() < 0.35]
    tail.append("back_to_top")
    for t in tail:
        tail_item(d, c, t)


def arch_clean(d, c, body, titled=True):
    if titled:
        title_line(d, c, suffix=False)
    emit_body(d, c, body, [])


def arch_minimal(d, c, body, titled=True):
    r = c.rng
    title_line(d, c, suffix=r.random() < 0.3)
    if r.random() < 0.4:
        date_lines(d, c, pub=True)
    emit_body(d, c, body, [])
    opts = ["wire", "original_url_line", "originally_appeared", "syn_named", "read_original",
            "publisher_promo", "copyright_agency", "updated", "source_link"]
    for t in r.sample(opts, r.randint(1, 3)):
        tail_item(d, c, t)


def arch_nofacts(d, c, body, titled=False):
    r = c.rng
    if r.random() < 0.4:
        simple(d, c, "skip_link")
    if r.random() < 0.5:
        nav(d, c)
    if r.random() < 0.3:
        cookie(d, c)
    if r.random() < 0.3:
        d.bp("date_line", *c.T(c.wp("date_rel")))
    if r.random() < 0.3:
        simple(d, c, "reading_time")
    ins = r.sample(["advertisement_label", "photo", "newsletter_promo", "shortcode"], r.randint(0, 2))
    emit_body(d, c, body, ins)
    tail = [t for t in ["wire", "disclaimer", "read_more", "source_link", "click_here_promo", "share",
                        "reactions", "comment", "related", "trending", "run", "prevnext", "email_placeholder",
                        "republish_notice", "footer", "back_to_top"] if r.random() < 0.35]
    if not tail:
        tail = ["disclaimer", "related"]
    for t in tail:
        if t == "wire":
            wire(d, c, named=False)
        elif t == "disclaimer":
            disclaimer(d, c, named=False, combine=r.random() < 0.4)
        else:
            tail_item(d, c, t)


ARCH = {
    "wire_aggregator": (arch_wire_aggregator, 24, 0.75),
    "syndicated_copy": (arch_syndicated, 20, 0.5),
    "regional_news": (arch_regional, 22, 0.35),
    "wp_autoblog": (arch_wp_autoblog, 18, 0.4),
    "blog_republish": (arch_blog_republish, 14, 0.1),
    "seo_spam": (arch_seo_spam, 14, 0.3),
    "theme_site": (arch_theme_site, 12, 0.3),
    "clean": (arch_clean, 8, 0.3),
    "minimal": (arch_minimal, 8, 0.4),
    "nofacts": (arch_nofacts, 10, 0.3),
}
FOREIGN_SHARE = {"wire_aggregator": 6, "syndicated_copy": 6, "regional_news": 5, "wp_autoblog": 3,
                 "blog_republish": 2, "seo_spam": 2, "theme_site": 2, "clean": 2, "minimal": 2, "nofacts": 2}


def build(gt_path, seed):
    rng = random.Random(seed)
    bodies = load_bodies(gt_path)
    rng.shuffle(bodies)
    plan = []
    langs_cycle = ["de", "fr", "es"]
    li = 0
    toggle = 0  # runs across groups, so the halves come out 75/75 and every group alternates
    for arch, (_, n, _) in ARCH.items():
        nf = FOREIGN_SHARE[arch]
        entries = []
        for i in range(n):
            lang = "en"
            if i < nf:
                lang = langs_cycle[li % 3]
                li += 1
            entries.append(lang)
        for lang in ["de", "fr", "es", "en"]:
            for lg in entries:
                if lg == lang:
                    plan.append((arch, lg, "dev" if toggle % 2 == 0 else "test"))
                    toggle += 1
    rng.shuffle(plan)
    docs = []
    bi = 0
    fuse: dict = {}
    for idx, (arch, lang, split) in enumerate(plan):
        drng = random.Random(f"{seed}-{idx}")
        fn, _, dl = ARCH[arch]
        titled = not (arch == "nofacts" or (arch == "clean" and idx % 2 == 0))
        if lang == "en":
            key, url, ps = bodies[bi]
            bi += 1
            n_min, n_max = (2, 4) if arch == "minimal" else (4, 12)
            k = drng.randint(n_min, n_max)
            start = drng.randint(0, max(0, len(ps) - k))
            paras = ps[start:start + k]
            while sum(len(p) for p in paras) > 6000 and len(paras) > 2:
                paras = paras[:-1]
            title = slug_title(url, paras, drng)
            source = key
            city = None
        else:
            stories = foreign.STORIES[lang]
            base = 0 if split == "dev" else 2
            j = fuse.get((lang, split), 0)
            fuse[(lang, split)] = j + 1
            si = base + (j % 2)
            ttl, sparas = stories[si]
            cities = {"de": N.CITIES_DE, "fr": N.CITIES_FR, "es": N.CITIES_ES}[lang]
            city = drng.choice(half(cities, split))
            pp = foreign.PERSONS[lang][:4] if split == "dev" else foreign.PERSONS[lang][4:]
            fill = dict(city=city, pf=drng.choice(pp[0::2]), pm=drng.choice(pp[1::2]), n1=str(drng.randint(12, 90)), n2=str(drng.randint(2, 60)))
            paras = [p.format(**fill) for p in sparas]
            if arch == "minimal":
                paras = paras[:drng.randint(2, 4)]
            title = ttl.format(**fill)
            source = f"{lang}-{si}"
        c = Ctx(drng, split, lang, arch, title, nofacts=(arch == "nofacts"))
        c.city = city
        d = Doc(drng, split)
        body = make_body(c, paras, credit_ok=titled or arch != "clean", dateline=dl)
        if not titled and arch == "clean":
            body = [[p] for p in paras]
        fn(d, c, body, titled)
        if arch == "seo_spam":
            layout = drng.choice(["single", "single", "single", "mixed"])
        else:
            layout = drng.choice(["double", "double", "mixed", "single", "triple"])
        nl = "\r\n" if drng.random() < 0.1 else "\n"
        text, lines, facts = d.render(layout, nl, final_nl=drng.random() < 0.6)
        # occasional trailing whitespace on body lines would change offsets; done via parts instead
        exp = "\n\n".join(ln["text"] for ln in lines if ln["label"] == "body")
        docs.append({"id": f"r{idx:03d}", "split": split, "archetype": arch, "lang": lang,
                     "source": source, "text": text, "lines": lines, "expected_body": exp,
                     "facts": order_facts(facts)})
    return docs


ORDER = ["title", "site_name", "section", "authors", "published", "updated", "credits", "photo_credit",
         "publisher", "original_url", "syndication", "aggregator", "tags"]


def order_facts(f):
    return {k: f[k] for k in ORDER if k in f}


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--gt", default=DEFAULT_GT)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", default=str(HERE / "corpus.jsonl"))
    a = ap.parse_args(argv)
    docs = build(a.gt, a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {a.out}")


if __name__ == "__main__":
    main()
