#!/usr/bin/env python3
"""Generate the blind_h corpus (provenance on aggregator and syndicated copies).

Deterministic: a seeded ``random.Random`` (default seed 51723), stdlib only.

    python3 benchmarks/blind_h/generate.py [--seed N] [--gt PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import names as N  # noqa: E402
import stories as S  # noqa: E402
import wordings as W  # noqa: E402
from kit import F, Line, assemble, body, bp, credit, date_fact, later, plain, rand_dt, tpl  # noqa: E402

DEFAULT_GT = Path("/work/shared/bench/article-extraction-benchmark/ground-truth.json")
SEED = 51723

#: archetype, documents, of which non-English (all even: half dev, half test)
PLAN = [
    ("aggregator_feed", 32, 8),
    ("syndication", 26, 8),
    ("wire_portal", 18, 6),
    ("press_release", 14, 0),
    ("wp_autoblog", 20, 4),
    ("regional_news", 16, 6),
    ("clean", 8, 2),
    ("nofacts", 16, 4),
]
SEED_HOSTS = ("livemint", "kxan", "rnz.co", "ndtv")

# ============================================================================ bodies

_EN_WORDS = set(["the", "a", "of", "to", "and", "in", "is", "that", "for", "on", "with", "was", "as", "it", "by", "at", "from", "are", "be", "this", "have", "has", "said"])
_JUNK = re.compile(
    r"https?://|www\.|\.com\b|\(AP\)|Associated Press|Reuters|\bAFP\b|Agence France|Bloomberg|\bCNN\b|"
    r"Xinhua|\bPTI\b|\bIANS\b|\bANI\b|\bUPI\b|Kyodo|Yonhap|\bdpa\b|\bEFE\b|copyright|\u00a9|originally|"
    r"first appeared|first published|republish|syndicat|photo|image|credit|getty|subscribe|sign up|newsletter|"
    r"follow us|this article|this story|contributed|reporting by|editing by|all rights|click|download|"
    r"advertis|sponsored|read more|related|source:|\bvia\b|courtesy|published|updated|\bby [A-Z][a-z]+ [A-Z]",
    re.I,
)
_SPLITLINES_BAD = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\r]")


def english(text: str) -> bool:
    toks = re.findall(r"[A-Za-z]+", text.lower())
    if len(toks) < 80:
        return False
    ascii_share = sum(c.isascii() for c in text) / max(1, len(text))
    return ascii_share > 0.97 and sum(t in _EN_WORDS for t in toks) / len(toks) > 0.18


def load_articles(gt_path: Path) -> list[tuple[str, str, list[str]]]:
    gt = json.loads(gt_path.read_text(encoding="utf-8"))
    out = []
    for key in sorted(gt):
        page = gt[key]
        url = page.get("url", "")
        if any(h in url for h in SEED_HOSTS):
            continue
        text = page.get("articleBody", "")
        if not english(text):
            continue
        paras = []
        for p in text.split("\n"):
            p = " ".join(p.split())
            if len(p.split()) < 8 or _JUNK.search(p) or _SPLITLINES_BAD.search(p):
                continue
            if p.isupper() or p.startswith(("-", "\u2022", "*", "[", "(")) or p.endswith(":"):
                continue
            if re.match(r"^[A-Z][A-Z .,'-]{2,40}(\(|\u2014|--| - |:)", p):  # a dateline of its own
                continue
            paras.append(p)
        if len(paras) >= 4:
            out.append((key, url, paras))
    return out


def slugify(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


_STOP_END = set(["the", "a", "an", "of", "to", "and", "or", "in", "on", "for", "with", "that", "whether", "at", "by", "from", "as", "is", "was", "are", "be", "its", "their", "his", "her", "this", "these", "but", "who", "which", "when", "while", "after", "before", "into", "than"])


def make_title(rng, url: str, paras: list[str]) -> str:
    slug = url.rstrip("/").split("/")[-1]
    slug = re.sub(r"\.(html?|php|aspx?)$", "", slug)
    words = [w for w in re.split(r"[-_]+", slug) if w]
    while words and re.fullmatch(r"[0-9a-f]{6,}|\d+|[a-z]?\d+[a-z]?", words[-1]):
        words.pop()
    good = 5 <= len(words) <= 14 and all(w.isalpha() for w in words)
    if good and rng.random() < 0.75:
        t = " ".join(words)
        t = t[0].upper() + t[1:]
    else:
        first = re.split(r"(?<![A-Z])(?<!Mr)(?<!Mrs)(?<!Ms)(?<!Dr)(?<!St)(?<!Sen)(?<!Gov)(?<!Rep)(?<!Jr)"
                         r"(?<!No)(?<!vs)[.!?](?=\s+[A-Z\u201c\"])", paras[0])[0].rstrip(".!?")
        ws = first.split()
        if len(ws) < 6:
            ws = paras[0].split()[:11]
        if ws and ws[0].lower() in ("but", "and", "so", "or"):
            ws = ws[1:]
            ws[0] = ws[0][:1].upper() + ws[0][1:]
        if len(ws) > 13:
            cut = first.split(",")[0].split()
            ws = cut if 5 <= len(cut) <= 13 else ws[:11]
        while len(ws) > 5 and ws[-1].lower().strip(",;:") in _STOP_END:
            ws = ws[:-1]
        t = " ".join(ws).rstrip(",;:\u2014-")
    if rng.random() < 0.3:
        t = " ".join(w[:1].upper() + w[1:] if len(w) > 3 or i == 0 else w for i, w in enumerate(t.split()))
    return t


# ============================================================================ document context


class Ctx:
    def __init__(self, rng, doc_id, split, lang, arch):
        self.rng = rng
        self.id = doc_id
        self.split = split
        self.lang = lang
        self.arch = arch
        self.used_people: set = set()
        r = rng
        if lang == "en":
            self.site = r.choice(N.SITES[split])
            self.publisher = r.choice(N.PUBLISHERS[split])
            self.agg = r.choice(N.AGGREGATORS[split])
        else:
            self.site = r.choice(N.SITES_FOREIGN[split][lang])
            self.publisher = r.choice(N.PUBLISHERS_FOREIGN[split][lang])
            self.agg = r.choice(N.AGGREGATORS_FOREIGN[split][lang])
        self.pub_facts: list[F] = []
        self.has_pub_name = False
        self.dt = rand_dt(r)
        self.upd = later(r, self.dt)
        self.section = r.choice(N.SECTIONS[lang][split])
        self.agency = None  # the main agency of the story
        self.title = None
        self.slug = None
        self.used_published = False
        self.used_updated = False
        self.email_used = False

    # ---- pools
    def pick(self, name, lang=None):
        lang = lang or self.lang
        if not W.has(name, lang):
            lang = "en"
        return W.pick(self.rng, name, lang, self.split)

    def L(self, name):
        return self.lang if W.has(name, self.lang) else "en"

    # ---- names
    def person(self):
        while True:
            n = f"{self.rng.choice(N.FIRST[self.split])} {self.rng.choice(N.LAST[self.split])}"
            if n not in self.used_people:
                self.used_people.add(n)
                return n

    def pub(self, form="name"):
        name, host = self.publisher
        if form == "name":
            self.has_pub_name = True
            f = F("publisher", name)
        elif form == "www":
            f = F("publisher", "www." + host)
        else:
            f = F("publisher", host)
        self.pub_facts.append(f)
        return f

    def finish_publisher(self):
        name, host = self.publisher
        label = host.split(".")[0]
        forms = [name, name[4:] if name.startswith("The ") else None, host, "www." + host, label]
        forms = [x for x in forms if x]
        value = name if self.has_pub_name else host
        for f in self.pub_facts:
            f.value = value
            f.aliases = [x for x in forms if x != value]

    def agency_form(self, agency):
        return self.rng.choice(N.AGENCY_FORMS[agency])

    def credit(self, agency, form=None):
        return credit(agency, form or self.agency_form(agency))

    def date(self, kind):
        dt = self.dt if kind == "published" else self.upd
        return date_fact(self.rng, kind, dt, self.lang, self.split)

    def url(self):
        name, host = self.publisher
        r = self.rng
        form = self.pick("url_form", "any")
        slug = self.slug or "story"
        fields = {"section": slugify(self.section) or "news", "y": f"{self.dt.year}", "m": f"{self.dt.month:02d}",
                  "d": f"{self.dt.day:02d}", "slug": slug, "id": str(r.randint(100000, 9999999)),
                  "short": slug[:18].strip("-")}
        full = form.replace("www.{host}", "\x00").replace("{host}", "\x01")
        for k, v in fields.items():
            full = full.replace("{" + k + "}", v)
        pre, _, rest = full.partition("\x00" if "\x00" in full else "\x01")
        hostf = self.pub("www" if "\x00" in full else "host")
        text = pre + plain([hostf]) + rest
        bare = re.split(r"[?#]", text)[0]
        aliases = [bare] if bare != text else []
        return F("original_url", [pre, hostf, rest], value=text, aliases=aliases)


def wrap(rng, inner_parts, kind_fact="syndication"):
    """Wrap a syndication notice: the fact excludes (), [] or a leading '*'."""
    g = F(kind_fact, inner_parts)
    style = rng.choice(["bare", "bare", "paren", "bracket", "star", "italic_dash"])
    if style == "paren":
        return ["(", g, ")"]
    if style == "bracket":
        return ["[", g, "]"]
    if style == "star":
        return ["*", g]
    if style == "italic_dash":
        return ["_", g, "_"]
    return [g]


# ============================================================================ line helpers


class B:
    """Builds the line list of one document."""

    def __init__(self, ctx: Ctx):
        self.c = ctx
        self.r = ctx.rng

    def p(self, x):
        return self.r.random() < x

    def t(self, name, slots=None, lang=None):
        return tpl(self.c.pick(name, lang), dict(slots or {}))

    # ---- title
    def title_line(self, suffix=None, sep=None):
        c = self.c
        if suffix is None:
            return Line("title", None, [F("title", c.title)], {"title_text": c.title, "site_suffix": None})
        sep = sep or self.c.pick("title_sep", "en")
        return Line("title", None, [F("title", c.title), sep, F("site_name", suffix)],
                    {"title_text": c.title, "site_suffix": suffix})

    # ---- provenance
    def disclaimer(self, named=True):
        c = self.c
        out = []
        if self.p(0.25):
            out.append(bp("aggregator_disclaimer", self.t("agg_header")))
        if named:
            slots = {"AGG": F("aggregator", c.agg), "agg": c.agg, "EMAIL": W.EMAIL}
            out.append(bp("aggregator_disclaimer", self.t("agg_named", slots)))
        else:
            out.append(bp("aggregator_disclaimer", self.t("agg_anon", {"EMAIL": W.EMAIL})))
        return out

    def synd(self, named=True):
        if named:
            inner = self.t("synd_named", {"PUB": self.c.pub("name")})
        else:
            inner = self.t("synd_anon")
        return bp("syndication_notice", wrap(self.r, inner))

    def orig(self):
        return bp("originally_appeared", self.t("orig", {"PUB": self.c.pub("name")}))

    def source_pub(self):
        return bp("source_link", self.t("source_pub", {"PUB": self.c.pub("name")}))

    def source_plain(self):
        return bp("source_link", self.t("source_plain"))

    def url_line(self, pool="url_line"):
        return bp("original_url_line", self.t(pool, {"URL": self.c.url(), "TITLE": self.c.title or ""}))

    def read_orig(self, named):
        if named:
            return bp("read_original", self.t("read_orig_pub", {"PUB": self.c.pub("name")}))
        return bp("read_original", self.t("read_orig_plain"))

    def wire(self, agency):
        if agency:
            return bp("wire_credit_line", self.t("wire_agency", {"AGY": self.c.credit(agency)}))
        return bp("wire_credit_line", self.t("wire_anon"))

    def author(self, caps=False):
        name = self.c.person()
        return F("authors", name.upper() if caps else name, value=name)

    def byline(self, mode="plain", agency=None):
        c = self.c
        if mode == "two":
            tp = c.pick("byline2", "en")
            caps = tp.startswith("BY ")
            return bp("byline", tpl(tp, {"AUTH": self.author(caps), "AUTH2": self.author(caps)}))
        if mode == "date":
            tp = c.pick("byline_date", "en")
            c.used_published = True
            return bp("byline", tpl(tp, {"AUTH": self.author(), "DATE": c.date("published")}))
        if mode == "agency":
            tp = c.pick("byline_agency")
            return bp("byline", tpl(tp, {"AUTH": self.author(), "AGY": c.credit(agency)}))
        tp = c.pick("byline")
        caps = tp[:3] in ("BY ", "VON", "PAR", "POR")
        return bp("byline", tpl(tp, {"AUTH": self.author(caps)}))

    def date_lines(self, pub=0.6, both=0.25, upd_only=0.0, rel=0.1):
        c = self.c
        out = []
        if c.used_published:
            if self.p(upd_only or 0.3):
                c.used_updated = True
                out.append(bp("date_line", self.t("upd_label", {"UPD": c.date("updated")})))
            return out
        if self.p(pub):
            if self.p(both) and W.has("both_label", c.lang):
                c.used_published = c.used_updated = True
                out.append(bp("date_line", self.t("both_label", {"DATE": c.date("published"),
                                                                  "UPD": c.date("updated")})))
            else:
                c.used_published = True
                out.append(bp("date_line", self.t("pub_label", {"DATE": c.date("published")})))
        elif self.p(rel):
            out.append(bp("date_line", self.t("rel_date")))
        return out

    def updated_line(self):
        c = self.c
        if c.used_updated:
            return []
        c.used_updated = True
        return [bp("date_line", self.t("upd_label", {"UPD": c.date("updated")}))]

    def photo(self, agency_ok=True, caption=True):
        c = self.c
        out = []
        if caption:
            out.append(bp("photo_caption", self.t("caption")))
        if agency_ok and self.p(0.55):
            tp, ag = c.pick("credit_agency")
            cr = F("photo_credit", tpl(tp, {"NAME": c.person(), "AGY": c.credit(ag, _agency_form_for(tp, ag))}))
        else:
            cr = F("photo_credit", self.t("credit_other", {"NAME": c.person()}))
        out.append(bp("photo_credit", self.t("photo_label", {"CREDIT": cr})))
        return out

    def section_line(self):
        return bp("section_label", self.t("section_form", {"SECTION": F("section", self.c.section)}))

    def breadcrumb(self):
        c = self.c
        sep = c.pick("crumb_sep")
        mids = self.r.sample(N.NAV[c.lang][c.split], self.r.randint(0, 1))
        parts = [c.pick("crumb_home")]
        for m in mids:
            parts += [sep, m]
        parts += [sep, F("section", c.section)]
        return bp("breadcrumb", parts)

    def nav(self):
        c = self.c
        pool = N.NAV[c.lang][c.split]
        items = self.r.sample(pool, min(len(pool), self.r.randint(3, 6)))
        if self.p(0.5):
            sep = self.r.choice([" | ", "  ", " \u00b7 ", " / "])
            return [bp("nav_menu", sep.join(items))]
        return [bp("nav_menu", x) for x in items]

    def footer(self):
        c = self.c
        items = self.r.sample(N.FOOTER[c.lang][c.split], min(len(N.FOOTER[c.lang][c.split]), self.r.randint(2, 5)))
        if self.p(0.4):
            return [bp("footer_link", " | ".join(items))]
        return [bp("footer_link", x) for x in items]

    def hlist(self, header_pool, header_kind, item_kind, n=None):
        c = self.c
        out = [bp(header_kind, self.t(header_pool))]
        if self.p(0.08):
            return out
        bullet = self.r.choice(W.ITEM_BULLETS)
        num = self.p(0.15)
        for i in range(n or self.r.randint(3, 6)):
            h = W.headline(self.r, c.split, c.lang)
            suf = self.r.choice(W.ITEM_SUFFIX) if c.lang == "en" else ""
            pre = f"{i + 1}. " if num else bullet
            out.append(bp(item_kind, pre + h + suf))
        return out

    def tags(self):
        c = self.c
        pool = N.TAGS[c.lang][c.split]
        chosen = self.r.sample(pool, min(len(pool), self.r.randint(2, 4)))
        if self.p(0.55):
            parts: list = []
            for i, tg in enumerate(chosen):
                if i:
                    parts.append(", ")
                parts.append(F("tags", tg))
            return [bp("tag_line", self.t("tag_line", {"TAGS": parts}))]
        out = [bp("tag_list_header", self.t("tag_header"))]
        bullet = self.r.choice(["", "- ", "# ", "\u2022 "])
        for tg in chosen:
            out.append(bp("tag_item", [bullet, F("tags", tg)]))
        return out

    def simple(self, kind, pool, slots=None):
        return bp(kind, self.t(pool, slots))


def _agency_form_for(tp, ag):
    """Photo-credit templates show the agency in a fixed form."""
    if "PHOTO/" in tp or "Photo/" in tp:
        return "AP" if ag == "AP" else ag.upper() if ag == "Reuters" else ag
    if tp.startswith("{AGY}/") and ag == "Reuters":
        return "REUTERS"
    if "News/" in tp:
        return ag
    return ag


# ============================================================================ body


def make_body(b: B, paras: list[str], dateline: bool, agency_ok: bool, n_traps: int, prefer=None):
    c = b.c
    r = b.r
    lines = []
    first = list([paras[0]])
    if dateline:
        forms = S.DATELINES[c.lang]
        idxs = [i for i in range(len(forms)) if (i % 2 == 0) == (c.split == "dev")]
        if not agency_ok:
            idxs = [i for i in idxs if forms[i][1] is None]
        elif prefer and any(forms[i][1] == prefer for i in idxs):
            idxs = [i for i in idxs if forms[i][1] == prefer]
        i = r.choice(idxs)
        W.USAGE[("dateline", c.lang, i)].add(c.split)
        tp, ag = forms[i]
        cities = S.AGENCY_CITIES.get(ag, {}).get(c.split) or S.CITIES[c.lang][c.split]
        city, country = r.choice(cities)
        if c.lang != "en" and getattr(c, "city", None):
            city = c.city  # a foreign story's dateline names the story's own city
        if c.lang == "es":
            d = f"{c.dt.day} {S.ES_MON[c.dt.month - 1]}"
        else:
            d = f"{c.dt:%b} {c.dt.day}" if r.random() < 0.5 else f"{c.dt:%B} {c.dt.day}"
        slots = {"CITY": city.upper(), "City": city, "COUNTRY": country or city, "Country": country or city,
                 "D": d}
        if ag:
            c.agency = ag
            slots["AGY"] = c.credit(ag, ag)
        first = tpl(tp, slots) + first
    lines.append(body(first))
    for p in paras[1:]:
        lines.append(body(p))
    traps = S.TRAPS[c.lang]
    idxs = [i for i in range(len(traps)) if (i % 2 == 0) == (c.split == "dev")]
    for i in r.sample(idxs, min(n_traps, len(idxs))):
        W.USAGE[("trap", c.lang, i)].add(c.split)
        pos = r.randint(1, len(lines))
        lines.insert(pos, body(traps[i]))
    return lines


def insert_mid(b: B, body_lines: list[Line], extra: list[list[Line]]):
    """Put boilerplate blocks between body paragraphs (never before the first)."""
    for block in extra:
        pos = b.r.randint(1, max(1, len(body_lines) - 1))
        body_lines[pos:pos] = block
    return body_lines


# ============================================================================ archetypes


def arch_aggregator(b: B, paras):
    c, p = b.c, b.p
    head, tail, mid = [], [], []
    named = p(0.7)
    if p(0.3):
        head += b.nav()
    disc_head = p(0.35)
    if disc_head:
        head += b.disclaimer(named)
    if p(0.35):
        head.append(b.section_line())
    suffix = None
    if p(0.5):
        suffix = c.agg if (named and p(0.6)) else c.site
    head.append(b.title_line(suffix))
    head += b.date_lines(pub=0.65, both=0.3, rel=0.4)
    src_head = p(0.3)
    if src_head:
        head.append(b.source_pub())
    if p(0.25):
        head += b.photo()
    if p(0.15):
        head.append(b.simple("reading_time", "reading_time"))
    dl = p(0.5)
    bl = make_body(b, paras, dateline=dl, agency_ok=True, n_traps=b.r.randint(1, 2))
    if p(0.3):
        mid.append([b.simple("advertisement_label", "advert")])
    if p(0.25):
        mid.append([b.simple("also_read", "also_read", {"H": W.headline(b.r, c.split, c.lang)})])
    bl = insert_mid(b, bl, mid)
    if p(0.4):
        ag = c.agency if (c.agency and p(0.5)) else b.r.choice(N.AGENCIES_BY_LANG[c.lang])
        tail.append(b.wire(ag))
    elif p(0.2):
        tail.append(b.wire(None))
    prov = b.r.sample(["url", "read_pub", "read_plain", "source_pub", "source_plain"], b.r.randint(1, 2))
    for x in prov:
        if x == "url":
            tail.append(b.url_line())
        elif x == "read_pub":
            tail.append(b.read_orig(True))
        elif x == "read_plain":
            tail.append(b.read_orig(False))
        elif x == "source_pub" and not src_head:
            tail.append(b.source_pub())
        elif x == "source_plain":
            tail.append(b.source_plain())
    if p(0.25):
        tail.append(b.simple("publisher_promo", "pub_promo", {"PUB": c.pub("name")}))
    if c.lang == "en":
        if p(0.2):
            tail.append(b.simple("app_promo", "app_promo"))
        if p(0.2):
            tail.append(b.simple("click_here_promo", "click_here"))
    if p(0.2):
        tail += [b.simple("ui_word", "ui_word"), b.simple("ui_word", "ui_word")]
    if p(0.25):
        tail += b.updated_line()
    if not disc_head and p(0.85):
        tail += b.disclaimer(named)
    if p(0.15):
        tail.append(b.simple("email_placeholder", "email_alone", {"EMAIL": W.EMAIL}))
    if p(0.35):
        if c.lang == "en" and p(0.5):
            tail += b.hlist("trending_header", "trending_header", "trending_item")
        else:
            tail += b.hlist("more_header", "more_stories_header", "more_stories_item")
    if p(0.2):
        tail.append(b.simple("copyright_notice", "copy_anon", {"YEAR": str(c.dt.year)}))
    return head + bl + tail


def arch_syndication(b: B, paras):
    c, p = b.c, b.p
    head, tail, mid = [], [], []
    if p(0.3):
        head.append(b.simple("skip_link", "skip"))
    if p(0.5):
        head += b.nav()
    if p(0.5):
        head.append(b.breadcrumb() if p(0.5) else b.section_line())
    suffix = c.site if p(0.7) else None
    head.append(b.title_line(suffix))
    notice_kind = b.r.choices(["synd_named", "synd_anon", "orig"], [0.45, 0.25, 0.3])[0]
    notice_head = p(0.3)

    def notice():
        if notice_kind == "synd_named":
            return b.synd(True)
        if notice_kind == "synd_anon":
            return b.synd(False)
        return b.orig()

    if notice_head:
        head.append(notice())
    if p(0.6):
        mode = b.r.choice(["plain", "plain", "two", "date"]) if c.lang == "en" else "plain"
        head.append(b.byline(mode))
    head += b.date_lines(pub=0.6, both=0.25)
    if p(0.2):
        head.append(b.simple("reading_time", "reading_time"))
    if p(0.4):
        head += b.photo()
    bl = make_body(b, paras, dateline=p(0.25), agency_ok=True, n_traps=b.r.randint(1, 2))
    if p(0.3):
        mid.append([b.simple("advertisement_label", "advert")])
    if p(0.2):
        mid.append([b.simple("newsletter_promo", "newsletter")])
    bl = insert_mid(b, bl, mid)
    if not notice_head:
        tail.append(notice())
    if notice_kind != "synd_anon" and p(0.3):
        tail.append(b.url_line())
    if p(0.3):
        tail.append(b.simple("republish_notice", "republish"))
    if p(0.3):
        tail.append(b.simple("read_more", "read_more"))
    if p(0.4):
        tail += b.tags()
    if p(0.3):
        tail.append(b.simple("share_row", "share_row"))
    if p(0.3):
        tail += b.hlist("related_header", "related_header", "related_item")
    if c.lang == "en" and p(0.3):
        tail += [b.simple("prev_next_link", "prev", {"H": W.headline(b.r, c.split)}),
                 b.simple("prev_next_link", "next", {"H": W.headline(b.r, c.split)})]
    if suffix and c.lang == "en" and p(0.4):
        tail.append(b.simple("copyright_notice", "copy_site", {"YEAR": str(c.dt.year), "SITE": suffix}))
    elif p(0.3):
        tail.append(b.simple("copyright_notice", "copy_anon", {"YEAR": str(c.dt.year)}))
    if p(0.4):
        tail += b.footer()
    return head + bl + tail


def arch_wire(b: B, paras):
    c, p = b.c, b.p
    head, tail = [], []
    if p(0.3):
        head += b.nav()
    if p(0.6):
        head.append(b.section_line())
    suffix = c.site if p(0.6) else None
    head.append(b.title_line(suffix))
    ag = b.r.choice(N.AGENCIES_BY_LANG[c.lang])
    c.agency = ag
    if p(0.55):
        head.append(b.byline("agency", ag))
    elif p(0.4):
        head.append(b.byline("plain"))
    head += b.date_lines(pub=0.8, both=0.3)
    if p(0.3):
        head.append(b.simple("reading_time", "reading_time"))
    if p(0.5):
        head += b.photo(caption=p(0.6))
    bl = make_body(b, paras, dateline=p(0.85), agency_ok=True, n_traps=b.r.randint(1, 2), prefer=ag)
    if p(0.25):
        bl = insert_mid(b, bl, [[b.simple("advertisement_label", "advert")]])
    if p(0.45):
        tail.append(b.wire(c.agency if p(0.6) else b.r.choice(N.AGENCIES_BY_LANG[c.lang])))
    if p(0.5):
        tail.append(b.simple("copyright_notice", "copy_agency", {"YEAR": str(c.dt.year), "AGY": c.credit(c.agency)}))
    if p(0.5):
        tail.append(b.simple("republish_notice", "republish"))
    if not c.used_updated and p(0.2):
        tail += b.updated_line()
    if p(0.4):
        if c.lang == "en" and p(0.5):
            tail += b.hlist("ranking_header", "ranking_header", "ranking_item")
        else:
            tail += b.hlist("more_header", "more_stories_header", "more_stories_item")
    if p(0.3):
        tail += b.footer()
    return head + bl + tail


def arch_press(b: B, paras):
    c, p = b.c, b.p
    c.publisher = b.r.choice(N.COMPANIES[c.split])
    c.agg = b.r.choice(N.PR_PORTALS[c.split])
    c.section = c.pick("pr_label")
    head, tail = [], []
    if p(0.3):
        head += b.nav()
    head.append(b.simple("section_label", "section_form", {"SECTION": F("section", c.section)})
                if p(0.3) else bp("section_label", [F("section", c.section)]))
    suffix = c.agg if p(0.5) else None
    head.append(b.title_line(suffix))
    if p(0.6):
        head.append(b.simple("originally_appeared", "pr_provided", {"PUB": c.pub("name")}))
    head += b.date_lines(pub=0.85, both=0.15)
    if p(0.2):
        head.append(b.simple("share_row", "share_row"))
    bl = make_body(b, paras, dateline=False, agency_ok=False, n_traps=1)
    if p(0.4):
        tail.append(b.simple("share_row", "pr_end"))
        tail[-1].kind = "ui_word"
    if p(0.5):
        tail.append(b.source_pub())
    if p(0.7):
        tail.append(b.simple("email_placeholder", "pr_contact", {"EMAIL": W.EMAIL, "NAME": c.person()}))
    if p(0.35):
        tail.append(b.url_line("pr_view"))
    if p(0.55):
        tail.append(bp("aggregator_disclaimer", b.t("pr_portal", {"AGG": F("aggregator", c.agg), "agg": c.agg})))
    elif p(0.5):
        tail.append(bp("aggregator_disclaimer", b.t("pr_anon")))
    if p(0.2):
        tail += b.tags()
    if p(0.3):
        tail += b.hlist("more_header", "more_stories_header", "more_stories_item")
    if p(0.3):
        tail += b.footer()
    return head + bl + tail


def arch_autoblog(b: B, paras):
    c, p = b.c, b.p
    head, tail, mid = [], [], []
    if p(0.45):
        head.append(b.simple("theme_license_banner", "theme_banner",
                             {"THEME": b.r.choice(N.THEMES[c.split]), "PLUGIN": b.r.choice(N.PLUGINS[c.split])}))
    if p(0.2):
        head.append(b.simple("skip_link", "skip"))
    if p(0.35):
        head += b.nav()
    if p(0.4):
        head.append(b.section_line())
    suffix = c.site if p(0.5) else None
    head.append(b.title_line(suffix))
    if p(0.25):
        head.append(bp("stray_id", f"{b.r.getrandbits(56):014x}.{b.r.randint(10000000, 99999999)}"
                       if p(0.5) else f"{b.r.getrandbits(128):032x}"))
    ad1 = p(0.4)
    if ad1:
        head.append(bp("shortcode", "[ad_1]"))
    head += b.date_lines(pub=0.5, both=0.1)
    if p(0.1):
        head.append(bp("title_repeat", c.title))
    bl = make_body(b, paras, dateline=p(0.3), agency_ok=True, n_traps=b.r.randint(1, 2))
    if p(0.2):
        mid.append([b.simple("also_read", "also_read", {"H": W.headline(b.r, c.split, c.lang)})])
    if p(0.2):
        mid.append([b.simple("shortcode", "shortcode", {"N": str(b.r.randint(100, 999))})])
    if p(0.3):
        mid.append(b.photo())
    bl = insert_mid(b, bl, mid)
    if ad1:
        tail.append(bp("shortcode", "[ad_2]"))
    x = b.r.choices(["url", "plain", "read_pub", "orig"], [0.55, 0.25, 0.1, 0.1])[0]
    if x == "url":
        tail.append(b.url_line())
    elif x == "plain":
        tail.append(b.source_plain())
    elif x == "read_pub":
        tail.append(b.read_orig(True))
    else:
        tail.append(b.orig())
    if p(0.5):
        tail.append(b.simple("share_row", "share_row"))
    if p(0.4):
        tail += b.tags()
    if c.lang == "en":
        if p(0.35):
            tail += b.hlist("ymal_header", "you_may_also_like", "related_item")
        elif p(0.3):
            tail += b.hlist("related_header", "related_header", "related_item")
        if p(0.35):
            tail += [b.simple("prev_next_link", "prev", {"H": W.headline(b.r, c.split)}),
                     b.simple("prev_next_link", "next", {"H": W.headline(b.r, c.split)})]
        if p(0.45):
            n = b.r.randint(2, 5)
            tail += [bp("comment_form", x) for x in _comment_lines(c, n)]
        if p(0.25):
            tail.append(b.simple("back_to_top", "back_to_top"))
    elif p(0.4):
        tail += b.hlist("related_header", "related_header", "related_item")
    if p(0.2):
        tail += b.footer()
    if p(0.2):
        tail.append(b.simple("copyright_notice", "copy_anon", {"YEAR": str(c.dt.year)}))
    return head + bl + tail


def _comment_lines(c, n):
    items = W.P[("comment", "en")]
    idxs = [i for i in range(len(items)) if (i % 2 == 0) == (c.split == "dev")]
    for i in idxs[:n]:
        W.USAGE[("comment", "en", i)].add(c.split)
    return [items[i] for i in idxs[:n]]


def arch_regional(b: B, paras):
    c, p = b.c, b.p
    head, tail, mid = [], [], []
    if p(0.4):
        head.append(b.simple("skip_link", "skip"))
    if c.lang == "en" and p(0.3):
        head.append(b.simple("cookie_notice", "cookie"))
        head.append(b.simple("cookie_notice", "cookie_btn"))
    if p(0.6):
        head += b.nav()
    if p(0.5):
        head.append(b.breadcrumb())
    elif p(0.5):
        head.append(b.section_line())
    suffix = c.site if p(0.75) else None
    head.append(b.title_line(suffix))
    if p(0.8):
        mode = b.r.choice(["plain", "plain", "two", "date", "date"]) if c.lang == "en" else "plain"
        head.append(b.byline(mode))
    head += b.date_lines(pub=0.85, both=0.35, upd_only=0.5)
    if p(0.3):
        head.append(b.simple("reading_time", "reading_time"))
    if p(0.3):
        head.append(b.simple("share_row", "share_row"))
    if p(0.5):
        head += b.photo()
    bl = make_body(b, paras, dateline=p(0.2), agency_ok=False, n_traps=b.r.randint(1, 2))
    if p(0.4):
        mid.append([b.simple("advertisement_label", "advert")])
    if p(0.3):
        mid.append([b.simple("also_read", "also_read", {"H": W.headline(b.r, c.split, c.lang)})])
    if p(0.25):
        mid.append([b.simple("newsletter_promo", "newsletter")])
    bl = insert_mid(b, bl, mid)
    if p(0.25):
        tail.append(b.orig() if p(0.5) else b.synd(p(0.6)))
    if p(0.5):
        tail += b.tags()
    if p(0.25):
        tail.append(b.simple("author_bio", "bio_header", {}, ) if c.lang == "en" else None)
        tail.append(b.simple("author_bio", "bio", {"NAME": c.person()}))
    if p(0.3):
        tail.append(b.simple("share_row", "share_row"))
    if p(0.4):
        tail += b.hlist("related_header", "related_header", "related_item")
    if p(0.3):
        tail += b.hlist("more_header", "more_stories_header", "more_stories_item")
    if p(0.3):
        tail.append(b.simple("social_promo", "social"))
    if suffix and c.lang == "en" and p(0.5):
        tail.append(b.simple("copyright_notice", "copy_site", {"YEAR": str(c.dt.year), "SITE": suffix}))
    if p(0.5):
        tail += b.footer()
    if c.lang == "en" and p(0.2):
        tail.append(b.simple("back_to_top", "back_to_top"))
    return head + [x for x in bl if x] + [x for x in tail if x]


def arch_clean(b: B, paras, titled):
    out = []
    if titled:
        out.append(b.title_line(None))
    out += make_body(b, paras, dateline=titled and b.p(0.4), agency_ok=True, n_traps=b.r.randint(1, 3))
    return out


def arch_nofacts(b: B, paras):
    """No title, no fact: only fact-free boilerplate."""
    c, p = b.c, b.p
    head, tail, mid = [], [], []
    en = c.lang == "en"
    if p(0.3):
        head.append(b.simple("skip_link", "skip"))
    if p(0.4):
        head += b.nav()
    if p(0.35):
        head += b.disclaimer(named=False)
    if p(0.3):
        head.append(b.simple("date_line", "rel_date"))
    if p(0.2):
        head.append(b.simple("reading_time", "reading_time"))
    bl = make_body(b, paras, dateline=p(0.3), agency_ok=False, n_traps=b.r.randint(2, 3))
    if p(0.4):
        mid.append([b.simple("advertisement_label", "advert")])
    if p(0.3):
        mid.append([b.simple("also_read", "also_read", {"H": W.headline(b.r, c.split, c.lang)})])
    bl = insert_mid(b, bl, mid)
    if p(0.5):
        tail.append(b.wire(None))
    pool = [lambda: [b.source_plain()], lambda: [b.read_orig(False)], lambda: [b.simple("read_more", "read_more")],
            lambda: [b.simple("share_row", "share_row")], lambda: [b.simple("newsletter_promo", "newsletter")],
            lambda: [b.simple("social_promo", "social")], lambda: b.hlist("more_header", "more_stories_header",
                                                                          "more_stories_item"),
            lambda: [b.simple("republish_notice", "republish")],
            lambda: [b.simple("copyright_notice", "copy_anon", {"YEAR": str(c.dt.year)})],
            lambda: b.footer()]
    if en:
        pool += [lambda: [b.simple("app_promo", "app_promo")], lambda: [b.simple("click_here_promo", "click_here")],
                 lambda: [bp("shortcode", "[ad_2]")], lambda: [bp("comment_form", x) for x in _comment_lines(c, 2)]]
    for f in b.r.sample(pool, b.r.randint(3, 5)):
        tail += f()
    if not any(ln.kind == "aggregator_disclaimer" for ln in head) and p(0.6):
        tail += b.disclaimer(named=False)
    return head + bl + tail


# ============================================================================ driver


def foreign_body(rng, split, lang, used):
    stories = S.FOREIGN[lang]
    idxs = [0, 1] if split == "dev" else [2, 3]
    i = min(idxs, key=lambda k: (used.get((lang, k), 0), rng.random()))
    used[(lang, i)] = used.get((lang, i), 0) + 1
    title_t, paras_t = stories[i]
    city = rng.choice(S.CITIES[lang][split])[0]
    person = f"{rng.choice(N.FIRST[split])} {rng.choice(N.LAST[split])}"
    n = str(rng.randint(23, 480))
    fill = lambda s: s.replace("{city}", city).replace("{person}", person).replace("{n}", n)  # noqa: E731
    return f"{lang}-{i}", fill(title_t), [fill(x) for x in paras_t], city


def build(seed=SEED, gt=DEFAULT_GT):
    W.USAGE.clear()
    rng = random.Random(seed)
    arts = load_articles(gt)
    rng.shuffle(arts)
    plan = []
    fl = ["de", "fr", "es"]
    pair = 0
    for arch, n, nf in PLAN:
        langs = ["en"] * (n - nf)
        for k in range(nf // 2):  # pairs: one dev, one test document of a language
            langs += [fl[pair % 3]] * 2
            pair += 1
        for k, lang in enumerate(sorted(langs, key=lambda x: x != "en")):
            plan.append((arch, lang))
    # stratified split: within each (archetype, language), alternate dev/test
    groups: dict = {}
    for arch, lang in plan:
        groups.setdefault((arch, lang), []).append((arch, lang))
    specs = []
    for (arch, lang), items in groups.items():
        for k, it in enumerate(items):
            specs.append((arch, lang, "dev" if k % 2 == 0 else "test"))
    rng.shuffle(specs)
    half = len(arts) // 2
    pools = {"dev": arts[:half], "test": arts[half:]}
    docs = []
    used_foreign: dict = {}
    for idx, (arch, lang, split) in enumerate(specs):
        doc_id = f"h{idx:03d}"
        drng = random.Random(f"{seed}-{doc_id}")
        ctx = Ctx(drng, doc_id, split, lang, arch)
        if lang == "en":
            key, url, paras = pools[split].pop()
            start = drng.randint(0, max(0, len(paras) - 4))
            take = drng.randint(4, 10)
            paras = paras[start:start + take]
            while sum(len(x) for x in paras) > 5200 and len(paras) > 4:
                paras = paras[:-1]
            ctx.title = make_title(drng, url, paras)
            tkey = re.sub(r"\W+", " ", ctx.title).strip().casefold()
            paras = [x for x in paras if re.sub(r"\W+", " ", x).strip().casefold() != tkey]
            source = key
        else:
            source, ctx.title, paras, ctx.city = foreign_body(drng, split, lang, used_foreign)
        ctx.slug = slugify(ctx.title)[:70].strip("-")
        b = B(ctx)
        if arch == "aggregator_feed":
            lines = arch_aggregator(b, paras)
        elif arch == "syndication":
            lines = arch_syndication(b, paras)
        elif arch == "wire_portal":
            lines = arch_wire(b, paras)
        elif arch == "press_release":
            lines = arch_press(b, paras)
        elif arch == "wp_autoblog":
            lines = arch_autoblog(b, paras)
        elif arch == "regional_news":
            lines = arch_regional(b, paras)
        elif arch == "clean":
            n_clean = sum(1 for d in docs if d["archetype"] == "clean" and d["split"] == split)
            lines = arch_clean(b, paras, titled=n_clean % 2 == 0)
        else:
            lines = arch_nofacts(b, paras)
        lines = [ln for ln in lines if ln is not None]
        ctx.finish_publisher()
        if arch in ("nofacts", "clean"):
            style = drng.choice(["double", "double", "single", "mixed"])
        elif arch in ("wp_autoblog", "aggregator_feed"):
            style = drng.choice(["double", "single", "mixed", "blocks"])
        else:
            style = drng.choice(["double", "double", "mixed", "blocks"])
        nl = "\r\n" if drng.random() < 0.1 else "\n"
        text, recs, expected, facts = assemble(drng, lines, style, nl, drng.random() < 0.5, trailing_ws=0.04)
        docs.append({"id": doc_id, "split": split, "archetype": arch, "lang": lang, "source": source,
                     "text": text, "lines": recs, "expected_body": expected, "facts": facts})
    return docs, dict(W.USAGE)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--gt", type=Path, default=DEFAULT_GT)
    ap.add_argument("--out", type=Path, default=HERE / "corpus.jsonl")
    args = ap.parse_args(argv)
    docs, _ = build(args.seed, args.gt)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
