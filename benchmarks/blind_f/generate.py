#!/usr/bin/env python3
"""Generate corpus F (150 documents of platform chrome around news bodies) -> corpus.jsonl.

Deterministic: ``python3 generate.py [--seed N] [--out PATH]``; the default seed rebuilds the
frozen file byte for byte. Python 3.11 standard library only.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bodies import AGENCY_PAREN, dateline, english_bodies, title_from  # noqa: E402
from intl import BODIES, HEADLINES, TRAPS  # noqa: E402
from kit import (  # noqa: E402
    AGENCIES,
    AGGREGATORS,
    AUTHORS,
    AUTHORS_INTL,
    DAYS_EN,
    HEADLINES_EN,
    MONTHS_EN,
    OUTLETS,
    OUTLETS_INTL,
    SECTIONS,
    SECTIONS_INTL,
    SITES,
    SITES_INTL,
    TAGS,
    TAGS_INTL,
    Doc,
    Fact,
    fill,
    fmt_date,
    rand_dt,
)
from wordings import BULLET_SETS, EM, QUOTES, SUBHEADS, THEMES, TRAPS_EN, W  # noqa: E402

SEED = 20240905
N_DOCS = 150

# archetype -> number of documents (all even: each pair of ids shares an archetype, one dev one test)
ARCHETYPES = {
    "wp_theme": 10, "wp_autoblog": 10, "amp_scrape": 8, "ghost": 8, "substack": 10, "medium": 8,
    "blogger": 8, "joomla": 8, "drupal": 8, "social_repost": 8, "channel_repost": 8, "rss_reader": 8,
    "news_aggregator": 8, "content_farm": 8, "podcast_notes": 8, "epaper": 8, "clean": 8, "nofacts": 8,
}
# pairs of non-English documents per archetype (the rest English)
INTL_PAIRS = {a: 1 for a in ARCHETYPES}
INTL_PAIRS["wp_theme"] = 2
INTL_PAIRS["joomla"] = 2

# which placeholder of a wording gives which fact
FACT_PH = {
    "section_label": {"section": "section", "SECTION": "section"},
    "photo_credit": {"pc": "photo_credit"},
    "copyright_notice": {"site": "site_name"},
    "copyright_agency": {"agency": "credits"},
    "originally_appeared": {"outlet": "publisher"},
    "publisher_promo": {"outlet": "publisher"},
    "source_named": {"outlet": "publisher", "host": "publisher"},
    "read_original_named": {"outlet": "publisher"},
    "syndication_notice": {"outlet": "publisher"},
    "aggregator_disclaimer": {"agg": "aggregator"},
    "byline": {"a": "authors", "b": "authors", "A": "authors", "agency": "credits"},
    "byline_dated": {"a": "authors", "d": "published"},
    "date_published": {"d": "published"},
    "date_updated": {"d": "updated"},
    "date_both": {"d": "published", "u": "updated"},
    "wire_credit_line": {"agency": "credits", "agency2": "credits", "along": "credits"},
}
# wording key -> line kind where they differ
KIND_OF = {"source_named": "source_link", "read_original_named": "read_original",
           "aggregator_disclaimer_anon": "aggregator_disclaimer", "syndication_anon": "syndication_notice",
           "copyright_agency": "copyright_notice", "date_published": "date_line", "date_updated": "date_line",
           "date_both": "date_line", "date_relative": "date_line", "byline_dated": "byline",
           "wire_credit_anon": "wire_credit_line", "nav_single": "nav_menu"}

PHOTOGRAPHERS = ["Lena Ostrowski", "Marcus Feld", "Ana Ruiz", "Kenji Mori", "Sipho Ndlovu", "Carla Benedetti",
                 "Jonah Pike", "Mei Lin Ong"]
BULLETS = ["", "", "- ", "• ", "* ", "→ ", "» ", "▪ ", "#.", "#)", "– "]
ITEM_SUFFIX = ["", "", "", "", " 2 hours ago", " (Video)", " | 3 min read", " — 14 comments", " · 5h", " [PHOTOS]"]


WP_COMMENTS = ["Leave a Reply", "Cancel reply", "Your email address will not be published. Required fields are marked *",
               "Comment *", "Name *", "Email *", "Website",
               "Save my name, email, and website in this browser for the next time I comment.", "Post Comment",
               "Leave a Comment", "Be the first to comment", "Join the conversation", "0 Comments", "Comments are closed."]


class V:
    """A placeholder value: what is printed, the fact value and its aliases."""

    def __init__(self, shown: str, value: str | None = None, aliases: list[str] | None = None,
                 inner: list[tuple[str, str, str, list[str]]] | None = None):
        self.shown, self.value, self.aliases = shown, value if value is not None else shown, aliases or []
        self.inner = inner or []  # extra facts inside the shown text: (key, value, evidence, aliases)


class Gen:
    def __init__(self, rng: random.Random, lang: str, pools: dict):
        self.rng, self.lang, self.pools = rng, lang, pools
        self.doc = Doc()
        r = rng
        self.site = r.choice(SITES_INTL[lang]) if lang != "en" and r.random() < 0.7 else r.choice(SITES)
        self.section = r.choice(SECTIONS_INTL[lang]) if lang != "en" else r.choice(SECTIONS)
        self.author = r.choice(AUTHORS_INTL[lang]) if lang != "en" and r.random() < 0.8 else r.choice(AUTHORS)
        self.author2 = r.choice([a for a in AUTHORS if a != self.author])
        on, oh = r.choice(OUTLETS_INTL[lang]) if lang != "en" and r.random() < 0.7 else r.choice(OUTLETS)
        self.outlet, self.host = on, oh
        self.agg = r.choice(AGGREGATORS)
        self.theme = r.choice(THEMES)
        self.dt = rand_dt(r)
        self.handle = r.choice(["dailywirefeed", "brief_world", "newsnow_live", "thecivicdesk", "headlines24x7"])
        self.title_text: str | None = None

    # ---------------------------------------------------------------- small helpers
    def local(self, key: str, p: float = 0.65) -> list[str]:
        d = W[key]
        if self.lang != "en" and d.get(self.lang) and self.rng.random() < p:
            return d[self.lang]
        return d["en"]

    def outlet_v(self) -> V:
        label = self.host.split(".")[0]
        return V(self.outlet, self.outlet, [self.host, "www." + self.host, label])

    def host_v(self, www: bool | None = None) -> V:
        label = self.host.split(".")[0]
        shown = ("www." + self.host) if (www if www is not None else self.rng.random() < 0.5) else self.host
        return V(shown, self.host, ["www." + self.host, label, self.outlet])

    def date_v(self, dt=None, **kw) -> V:
        s, v, al = fmt_date(self.rng, dt or self.dt, self.lang if self.rng.random() < 0.8 else "en", **kw)
        return V(s, v, al)

    def agency_v(self, canon: str, long: bool = False) -> V:
        shown = self.rng.choice(AGENCIES[canon]) if long else canon
        return V(shown, canon, list(AGENCIES[canon]))

    def defaults(self) -> dict:
        r = self.rng
        n = r.randint(3, 980)
        return {
            "site": self.site, "theme": self.theme, "section": self.section, "SECTION": self.section.upper(),
            "author": self.author, "h": self.headline(), "n": str(n), "m": str(r.randint(0, 60)),
            "s": str(r.randint(0, 9)), "k": r.choice(["1.2K", "3.4K", "987", "12K", "2.1K", "456"]),
            "nc": f"{r.randint(1, 40)},{r.randint(100, 999)}", "year": str(self.dt.year), "handle": self.handle,
            "outlet": self.outlet_v(), "host": self.host_v(), "agg": self.agg, "email": EM,
            "ago": r.choice(["2 hours ago", "3h", "Yesterday", "45 min ago"]),
        }

    def headline(self) -> str:
        if self.lang != "en" and self.rng.random() < 0.75:
            return self.rng.choice(HEADLINES[self.lang])
        return self.rng.choice(HEADLINES_EN)

    def nbsp(self, text: str) -> str:
        if " " in text and self.rng.random() < 0.12:
            idx = [i for i, c in enumerate(text) if c == " "]
            i = self.rng.choice(idx)
            text = text[:i] + "\u00a0" + text[i + 1:]
        return text

    # ---------------------------------------------------------------- adding wordings
    def put(self, key: str, template: str | None = None, kind: str | None = None, facts: bool = True, **vals):
        tpl = template if template is not None else self.rng.choice(self.local(key))
        allv = self.defaults()
        allv.update(vals)
        shown = {k: (v.shown if isinstance(v, V) else str(v)) for k, v in allv.items()}
        text, spans = fill(tpl, **shown)
        fl: list[Fact] = []
        if facts:
            for ph, fk in FACT_PH.get(key, {}).items():
                if ph not in spans:
                    continue
                v = allv[ph]
                s, e = spans[ph]
                if isinstance(v, V):
                    if fk in ("published", "updated", "credits", "authors", "publisher", "site_name",
                              "section", "aggregator") or fk == "photo_credit":
                        fl.append(Fact(fk, v.value, (s, e), v.aliases))
                    for ik, ival, iev, ial in v.inner:
                        i = text.find(iev, s, e)
                        fl.append(Fact(ik, ival, (i, i + len(iev)), ial))
                else:
                    fl.append(Fact(fk, v, (s, e)))
        if not fl and kind != "title":
            text = self.nbsp(text)
        return self.doc.add(text, kind or KIND_OF.get(key, key), fl)

    def raw(self, kind: str, text: str, facts: list[Fact] | None = None):
        return self.doc.add(text, kind, facts)

    # ---------------------------------------------------------------- composite pieces
    def title(self, suffix_p: float = 0.5, suffix: str | None = None, upper: bool = False, site_fact=True):
        t = self.title_text
        if upper:
            t = t.upper()
            self.title_text = t
        if suffix is None and self.rng.random() < suffix_p:
            suffix = self.site
        if suffix:
            self.site = suffix
            sep = self.rng.choice([" – ", " | ", " - ", " — ", " :: ", " · ", " -", " » "])
            return self.doc.title(t, sep, suffix, site_fact)
        return self.doc.title(t)

    def breadcrumb_title(self, suffix_p: float = 0.6):
        """A breadcrumb trail running into the headline (and maybe a site suffix) on one line."""
        r = self.rng
        home = {"de": "Startseite", "fr": "Accueil", "es": "Inicio"}.get(self.lang, r.choice(["Home", "HOME", "Index"]))
        sep = r.choice([" > ", " » ", " › ", " / ", ">", " :: "])
        pre = r.choice(["", "", "You are here: ", "Location: ", "📍 "])
        crumbs = f"{pre}{home}{sep}{self.section}"
        glue = r.choice([sep, sep, "", " "])
        breadcrumb = crumbs + glue
        text = breadcrumb + self.title_text
        suffix = None
        if r.random() < suffix_p:
            suffix = self.site
            text += r.choice([" -", " - ", " | ", " – "]) + suffix
        i = len(crumbs) - len(self.section)
        facts = [Fact("section", self.section, (i, len(crumbs)))]
        if suffix:
            facts.append(Fact("site_name", suffix, (len(text) - len(suffix), len(text))))
        return self.doc.add(text, "breadcrumb_title", facts, title_text=self.title_text, site_suffix=suffix,
                            breadcrumb=breadcrumb)

    def photo(self, caption_p: float = 0.7):
        r = self.rng
        if r.random() < caption_p:
            self.put("photo_caption")
        name = r.choice(PHOTOGRAPHERS)
        forms = [
            (f"{name}/AFP", "AFP", "AFP"), (f"{name}/Reuters", "Reuters", "Reuters"), (f"AP Photo/{name}", "AP", "AP"),
            ("Getty Images", None, None), (f"{name}/Getty Images", None, None), (f"{name} for {self.site}", None, None),
            (f"{name}/EPA", None, None), ("picture alliance/dpa", "dpa", "dpa"), (f"EFE/{name}", "EFE", "EFE"),
            (f"Xinhua/{name}", "Xinhua", "Xinhua"), (f"{name}/Bloomberg", "Bloomberg", "Bloomberg"),
            ("Shutterstock", None, None), ("Supplied", None, None), (f"{name}/ANI", "ANI", "ANI"),
            ("PTI Photo", "PTI", "PTI"),
        ]
        pc, canon, tok = r.choice(forms)
        inner = [("credits", canon, tok, list(AGENCIES[canon]))] if canon else []
        self.put("photo_credit", pc=V(pc, pc, [], inner))

    def hlist(self, header_key: str | None, item_kind: str, n: int | None = None, empty_p: float = 0.08,
              dated: bool = False, **vals):
        r = self.rng
        if header_key:
            self.put(header_key, **vals)
            if r.random() < empty_p:
                return
        n = n or r.randint(2, 6)
        style = r.choice(BULLETS)
        seen = set()
        for i in range(n):
            h = self.headline()
            if h in seen and r.random() < 0.7:
                h = self.headline()
            seen.add(h)
            b = style.replace("#", str(i + 1)) + (" " if style.startswith("#") else "")
            self.raw(item_kind, f"{b}{h}{r.choice(ITEM_SUFFIX)}".rstrip() if style != "#." else f"{i + 1}. {h}")
            if dated:
                d = fmt_date(r, rand_dt(r), "en", zone=False, time=False)[0]
                self.raw(item_kind, d)
                if r.random() < 0.6:
                    self.raw(item_kind, f'In "{r.choice(SECTIONS)}"')

    def date(self, which: str = "published", **kw):
        """A date line; a second published/updated is never added."""
        if which == "both":
            if self.doc.has_fact("published") or self.doc.has_fact("updated"):
                return
            d = self.date_v(**kw)
            u_dt = self.dt + timedelta(hours=self.rng.randint(1, 30), minutes=self.rng.randint(0, 59))
            u = self.date_v(u_dt, zone=False if "T" in d.value and len(d.value) == 19 else None, time=True)
            return self.put("date_both", d=d, u=u)
        if which == "relative":
            return self.put("date_relative")
        if self.doc.has_fact(which):
            return None
        dt = self.dt if which == "published" else self.dt + timedelta(hours=self.rng.randint(2, 50))
        return self.put("date_published" if which == "published" else "date_updated", d=self.date_v(dt, **kw))

    def byline(self, dated: bool = False, agency: bool = False):
        r = self.rng
        a = self.author
        b = self.author2
        if dated and not self.doc.has_fact("published"):
            return self.put("byline_dated", a=a, d=self.date_v())
        tpl = r.choice(self.local("byline"))
        if "{agency}" in tpl and not agency:
            tpl = "By {a}"
        ag = r.choice(["Reuters", "AFP", "AP", "Bloomberg"])
        return self.put("byline", template=tpl, a=a, b=b, A=V(a.upper(), a), agency=self.agency_v(ag, long=r.random() < 0.3))

    def tags(self, as_line: bool | None = None):
        r = self.rng
        pool = TAGS_INTL[self.lang] if self.lang != "en" and r.random() < 0.7 else TAGS
        tags = r.sample(pool, r.randint(2, 4))
        if as_line is None:
            as_line = r.random() < 0.45
        if not as_line:
            self.put("tag_list_header")
            style = r.choice(["", "", "# ", "• ", "- ", "#"])
            for t in tags:
                txt = f"{style}{t}" + r.choice(["", "", ","])
                i = len(style)
                self.raw("tag_item", txt, [Fact("tags", t, (i, i + len(t)), [f"#{t}"] if "#" in style else [])])
            return
        tpl = r.choice(self.local("tag_line"))
        if "{hashtags}" in tpl:
            parts = ["#" + t.replace(" ", "") for t in tags]
            joined = " ".join(parts)
            facts = []
            pos = 0
            for t, p in zip(tags, parts):
                i = joined.index(p, pos)
                facts.append(Fact("tags", p[1:], (i + 1, i + len(p)), [p, t]))
                pos = i + len(p)
            return self.raw("tag_line", joined, facts)
        sep = {"{tags}": ", ", "{tags_dot}": " · ", "{tags_pipe}": " | ", "{tags_semi}": "; "}
        key = next(k for k in sep if k in tpl)
        joined = sep[key].join(tags)
        text = tpl.replace(key, joined)
        base = text.index(joined)
        facts = []
        pos = 0
        for t in tags:
            i = joined.index(t, pos)
            facts.append(Fact("tags", t, (base + i, base + i + len(t))))
            pos = i + len(t)
        return self.raw("tag_line", text, facts)

    def syndication(self, named: bool = True):
        key = "syndication_notice" if named else "syndication_anon"
        ln = self.put(key)
        t = ln.text
        s, e = 0, len(t)
        if t[0] in "([" and t[-1] in ")]":
            s, e = 1, len(t) - 1
        ln.facts.append(Fact("syndication", t[s:e], (s, e)))
        return ln

    def original_url(self, with_title: bool = False):
        r = self.rng
        label_slug = "-".join(w.lower().strip(",.:;’'\"“”?!") for w in self.title_text.split()[:9])
        label_slug = "".join(c for c in label_slug if c.isalnum() or c == "-").strip("-") or "story"
        sec = self.section.lower().replace(" ", "-")
        sec = "".join(c for c in sec if c.isascii() and (c.isalnum() or c == "-")) or "news"
        y, m = self.dt.year, self.dt.month
        www = r.random() < 0.6
        host = ("www." if www else "") + self.host
        path = r.choice([f"/{sec}/{y}/{m:02d}/{self.dt.day:02d}/{label_slug}/",
                         f"/{sec}/{label_slug}-{r.randint(10000, 999999)}.html",
                         f"/news/{label_slug}", f"/article/{r.randint(100000, 9999999)}/{label_slug}",
                         f"/{y}/{m:02d}/{label_slug}.html?utm_source=rss"])
        url = f"https://{host}{path}"
        tpl = r.choice(["{u}", "{u}", "{u}", "Original: {u}", "URL: {u}", "<{u}>", "🔗 {u}"])
        if with_title:
            tpl = "{u} " + self.title_text
        text = tpl.replace("{u}", url)
        i = text.index(url)
        hs = i + len("https://")
        label = self.host.split(".")[0]
        facts = [Fact("original_url", url, (i, i + len(url))),
                 Fact("publisher", self.host, (hs, hs + len(host)), ["www." + self.host, label, self.outlet])]
        return self.raw("original_url_line", text, facts)

    def stray_id(self):
        r = self.rng
        hexs = "0123456789abcdef"
        forms = [
            "".join(r.choice(hexs) for _ in range(14)) + "." + str(r.randint(10000000, 99999999)),
            "".join(r.choice(hexs) for _ in range(32)),
            f"post-{r.randint(1000, 99999)}",
            f"#{''.join(r.choice(hexs) for _ in range(6))}",
            f"{''.join(r.choice(hexs) for _ in range(8))}-{''.join(r.choice(hexs) for _ in range(4))}-4{''.join(r.choice(hexs) for _ in range(3))}-a{''.join(r.choice(hexs) for _ in range(3))}-{''.join(r.choice(hexs) for _ in range(12))}",
            f"ID: {r.randint(1000000, 9999999)}",
            f"wp-block-{''.join(r.choice(hexs) for _ in range(5))}",
            f"itemid={r.randint(100, 99999)}",
            str(r.randint(10**11, 10**12)),
        ]
        self.raw("stray_id", r.choice(forms))

    def credit_line(self, anon_p: float = 0.25):
        r = self.rng
        if r.random() < anon_p:
            return self.put("wire_credit_anon", a=self.author, b=self.author2)
        pool = {"de": ["dpa", "AFP", "Reuters"], "fr": ["AFP", "Reuters", "AP"], "es": ["EFE", "AFP", "Reuters"]}.get(
            self.lang, ["AP", "Reuters", "AFP", "PTI", "IANS", "ANI", "Xinhua", "UPI", "Kyodo", "Yonhap", "ANSA"])
        a1, a2 = r.sample(pool, 2)
        return self.put("wire_credit_line", agency=self.agency_v(a1), agency2=self.agency_v(a2),
                        along=self.agency_v(a1, long=True))

    def comments(self, n: int | None = None):
        r = self.rng
        opts = WP_COMMENTS if self.lang == "en" or r.random() < 0.4 else W["comment_form"][self.lang]
        start = r.randrange(len(opts))
        for i in range(n or r.randint(1, 5)):
            self.put("comment_form", template=opts[(start + i) % len(opts)])

    def footer(self, links: int | None = None, copyright_p: float = 0.6, site_fact: bool = True):
        r = self.rng
        opts = self.local("footer_link")
        for t in r.sample(opts, min(len(opts), links if links is not None else r.randint(0, 4))):
            self.put("footer_link", template=t)
        if r.random() < copyright_p:
            self.put("copyright_notice", facts=site_fact)

    # ---------------------------------------------------------------- the body
    def make_body(self, allow_wire: bool = True) -> list[str]:
        r = self.rng
        if self.lang != "en":
            b = self.pools["intl"][self.lang].pop(0)
            self.pools["intl"][self.lang].append(b)
            self.title_text = b["title"]
            lines = list(b["lines"])
            if r.random() < 0.5:
                lines.insert(r.randint(1, len(lines) - 1), r.choice(TRAPS[self.lang]))
            if allow_wire and b["agency"] in AGENCIES and r.random() < 0.6:
                pre, _ = dateline(r, self.lang, self.dt, agency=b["agency"], city=b["city"] if r.random() < 0.5 else None)
                lines[0] = pre + lines[0]
            return lines
        pool = self.pools["en"]
        for _ in range(len(pool)):
            b = pool.pop(0)
            pool.append(b)
            if allow_wire or not b["wired"]:
                break
        paras = b["paras"]
        n = min(len(paras), r.randint(4, 13))
        start = 0 if (b["wired"] and allow_wire) or r.random() < 0.55 else r.randint(0, len(paras) - n)
        chosen = paras[start:start + n]
        if not allow_wire:
            chosen = [p for p in chosen if not AGENCY_PAREN.search(p)] or chosen
        out, total = [], 0
        for p in chosen:
            if total > 5500 and len(out) >= 4:
                break
            out.append(p)
            total += len(p)
        self.title_text = title_from(r, b["url"], out[0])
        if allow_wire and not AGENCY_PAREN.search(out[0]) and not re.match(r"^[A-Z][A-Z .,]{2,}\s*[—–-]", out[0]) \
                and r.random() < 0.35:
            pre, _ = dateline(r, "en", self.dt)
            out[0] = pre + out[0]
        if r.random() < 0.65:
            for t in r.sample(TRAPS_EN, r.randint(1, 2)):
                out.insert(r.randint(1, len(out)), t)
        if r.random() < 0.35:
            out.insert(r.randint(1, len(out) - 1), r.choice(SUBHEADS))
        if r.random() < 0.3:
            out.insert(r.randint(1, len(out)), r.choice(QUOTES))
        if r.random() < 0.3:
            intro, items = r.choice(BULLET_SETS)
            at = r.randint(1, len(out))
            out[at:at] = [intro, *items]
        return out

    def emit_body(self, lines: list[str], inserts: list | None = None, wrap: int = 0):
        """Add body lines; ``inserts`` are callables run between body lines at random places."""
        r = self.rng
        if wrap:
            wrapped = []
            for p in lines:
                wrapped.extend(textwrap.wrap(p, width=wrap, break_long_words=False, break_on_hyphens=True) or [p])
            lines = wrapped
        slots: dict[int, list] = {}
        for fn in inserts or []:
            if len(lines) > 2:
                slots.setdefault(r.randint(1, len(lines) - 1), []).append(fn)
        for i, text in enumerate(lines):
            for fn in slots.get(i, []):
                fn()
            facts = [Fact("credits", m.group(1), (m.start(1), m.end(1)), list(AGENCIES[m.group(1)]))
                     for m in AGENCY_PAREN.finditer(text)]
            self.doc.body(text, facts)


# ====================================================================== archetypes


def a_wp_theme(g: Gen):
    r = g.rng
    body = g.make_body()
    if r.random() < 0.3:
        g.put("cookie_notice")
    if r.random() < 0.75:
        g.put("theme_license_banner")
        if r.random() < 0.3:
            g.raw("ui_word", r.choice(["Dismiss", "×", "Activate now", "Hide notice"]))
    if r.random() < 0.5:
        g.put("skip_link")
    if r.random() < 0.5:
        g.put("nav_menu")
    elif r.random() < 0.6:
        for t in r.sample(g.local("nav_single"), r.randint(3, 4)):
            g.put("nav_single", template=t)
    crumb = r.random() < 0.45
    if crumb:
        sep = r.choice([" » ", " > ", " / ", " › ", " | ", " → "])
        home = {"de": "Startseite", "fr": "Accueil", "es": "Inicio"}.get(g.lang, r.choice(["Home", "HOME", "🏠 Home"]))
        mid = r.choice(["", "News" + sep, "Blog" + sep])
        pre = r.choice(["", "You are here: ", ""])
        text = f"{pre}{home}{sep}{mid}{g.section}"
        i = len(text) - len(g.section)
        g.raw("breadcrumb", text, [Fact("section", g.section, (i, len(text)))])
    elif r.random() < 0.5:
        g.put("section_label")
    g.title(0.6)
    if r.random() < 0.75:
        if r.random() < 0.4:
            g.byline(dated=True)
        else:
            g.byline()
            g.date(r.choice(["both", "published", "published"]))
    if r.random() < 0.3:
        g.date("updated")
    if r.random() < 0.3:
        g.put("reading_time")
    if r.random() < 0.5:
        g.photo()
    ins = []
    if r.random() < 0.45:
        ins.append(lambda: g.put("advertisement_label"))
    if r.random() < 0.4:
        ins.append(lambda: g.put("also_read"))
    if r.random() < 0.2:
        ins.append(lambda: g.put("shortcode"))
    g.emit_body(body, ins)
    if r.random() < 0.8:
        g.put("share_row", template=r.choice(["Share this:", "Share", "SHARE ➦", g.local("share_row")[0]]))
        for _ in range(r.randint(0, 3)):
            g.raw("share_row", r.choice(["Facebook", "X", "WhatsApp", "Telegram", "Email", "Print", "LinkedIn", "Reddit"]))
    if r.random() < 0.5:
        g.raw("share_row", "Like this:")
        g.raw("ui_word", r.choice(["Like Loading...", "Like Loading…", "Loading..."]))
    if r.random() < 0.6:
        g.hlist("related_header", "related_item", n=3, dated=r.random() < 0.6)
    if r.random() < 0.6:
        g.tags()
    if r.random() < 0.3:
        g.put("author_bio")
        g.put("author_bio", template=r.choice(["{author} is a reporter covering climate and energy.",
                                               "{author} has covered city hall since 2016."]))
    if r.random() < 0.6:
        g.put("prev_next_link")
        if r.random() < 0.7:
            g.put("prev_next_link", template=r.choice(["Next post: {h}", "Next Article »", "Newer →"]))
    if r.random() < 0.6:
        g.comments()
    if r.random() < 0.3:
        g.hlist("more_stories_header", "more_stories_item")
    g.footer()
    if r.random() < 0.5:
        g.put("back_to_top")


def a_wp_autoblog(g: Gen):
    r = g.rng
    body = g.make_body()
    if r.random() < 0.4:
        g.put("theme_license_banner")
    if r.random() < 0.3:
        g.breadcrumb_title(suffix_p=0.4)
        g.title(0.0)
    else:
        g.title(0.5, suffix=r.choice([None, g.outlet]) if r.random() < 0.5 else None)
    if r.random() < 0.6:
        g.stray_id()
    if r.random() < 0.5:
        g.date("published")
    if r.random() < 0.7:
        g.raw("shortcode", r.choice(["[ad_1]", '[the_ad id="4412"]', '[adinserter block="1"]']))
    ins = []
    if r.random() < 0.4:
        ins.append(lambda: g.put("shortcode"))
    if r.random() < 0.3:
        ins.append(lambda: g.photo())
    g.emit_body(body, ins)
    if r.random() < 0.4:
        g.credit_line()
    if r.random() < 0.3:
        g.put("republish_notice")
    if r.random() < 0.3:
        g.raw("title_repeat", g.title_text)
    if r.random() < 0.7:
        g.raw("shortcode", r.choice(["[ad_2]", '[the_ad id="4413"]', "[/vc_column_text]"]))
    choice = r.random()
    if choice < 0.45:
        g.put("source_link")
    elif choice < 0.7:
        g.put("source_named")
    else:
        g.original_url(with_title=r.random() < 0.3)
    if r.random() < 0.4:
        g.syndication(named=r.random() < 0.5)
    if r.random() < 0.7:
        g.hlist("you_may_also_like", "related_item", empty_p=0.35)
    if r.random() < 0.6:
        g.comments(r.randint(2, 6))
    if r.random() < 0.6:
        if r.random() < 0.5:
            g.put("aggregator_disclaimer")
        else:
            g.put("aggregator_disclaimer_anon")
    g.footer(links=r.randint(0, 2), copyright_p=0.3)


def a_amp_scrape(g: Gen):
    r = g.rng
    body = g.make_body()
    for w in r.sample(["Menu", "Close", "Search", "☰", "✕"], r.randint(1, 3)):
        g.raw("ui_word", w)
    if r.random() < 0.5:
        g.put("nav_menu")
    if r.random() < 0.5:
        g.put("section_label")
    g.title(0.4)
    if r.random() < 0.4:
        g.raw("title_repeat", g.title_text if r.random() < 0.6 else g.title_text.upper())
    if r.random() < 0.7:
        g.byline(agency=True)
    g.date(r.choice(["both", "published", "updated"]))
    if r.random() < 0.5:
        g.put("share_row", template=r.choice(["Share on Facebook | Share on X | Copy link", "f  𝕏  in  ✉", "Tweet  Share  Pin"]))
    if r.random() < 0.5:
        g.photo()
    ins = [lambda: g.put("advertisement_label") for _ in range(r.randint(1, 3))]
    if r.random() < 0.4:
        ins.append(lambda: g.put("also_read"))
    g.emit_body(body, ins)
    if r.random() < 0.4:
        g.credit_line()
    if r.random() < 0.35:
        g.put("publisher_promo")
    if r.random() < 0.5:
        g.hlist(r.choice(["related_header", "ranking_header"]), "related_item")
    if r.random() < 0.4:
        g.put("newsletter_promo")
    if r.random() < 0.4:
        g.put("app_promo")
    g.raw("footer_link", r.choice(["View non-AMP version", "Exit mobile version", "View full site", "Desktop version",
                                   "Powered by AMP ⚡", "Switch to classic view"]))
    g.footer(links=r.randint(0, 3))
    if r.random() < 0.4:
        g.put("back_to_top")


def a_ghost(g: Gen):
    r = g.rng
    body = g.make_body()
    g.raw("nav_menu", r.choice(["Home  About  Archive  Sign in  Subscribe", "Home | Newsletter | Archive | Members",
                                "Sign in  Subscribe", "Posts  Tags  Authors  Search"]))
    if r.random() < 0.6:
        g.put("section_label", template=r.choice(["{section}", "{SECTION}", "#{section}"]))
    g.title(0.35)
    d = g.date_v(time=False)
    g.raw("date_line", f"{d.shown} — {r.randint(2, 12)} min read" if r.random() < 0.6 else d.shown,
          [Fact("published", d.value, (0, len(d.shown)), d.aliases)])
    if r.random() < 0.7:
        g.byline()
    if r.random() < 0.5:
        g.photo(caption_p=0.5)
    ins = []
    if r.random() < 0.4:
        ins.append(lambda: g.put("newsletter_promo", template=r.choice(
            ["Subscribe to {site}", "Enjoyed this? Subscribe to get new posts every Tuesday.",
             "Don't miss the next issue. Sign up now — it's free."])))
    g.emit_body(body, ins)
    if r.random() < 0.6:
        g.tags(as_line=True)
    if r.random() < 0.5:
        g.put("share_row")
    g.put("newsletter_promo", template=r.choice(["Subscribe to {site}", "Sign up for our newsletter", "✉️ NEWSLETTER | The week's best reads, every Friday"]))
    if r.random() < 0.6:
        g.raw("newsletter_promo", r.choice(["Get the latest posts delivered right to your inbox.",
                                            "Members get every issue, plus the archive.",
                                            "No spam. Unsubscribe anytime."]))
        g.put("email_placeholder", template=r.choice([EM, "✉ " + EM]))
        g.raw("newsletter_promo", "Subscribe")
    if r.random() < 0.3:
        g.put("newsletter_promo", template="Success! Check your inbox to confirm your subscription.")
    if r.random() < 0.6:
        g.hlist(r.choice(["you_may_also_like", "related_header"]), "related_item", n=3)
    g.footer(links=0, copyright_p=0.7)
    g.raw("footer_link", r.choice(["Built with Ghost • Theme by Northlight", "Powered by Ghost", "Published with Ghost & a cup of tea"]))


def a_substack(g: Gen):
    r = g.rng
    body = g.make_body()
    g.raw("newsletter_promo", "Subscribe")
    if r.random() < 0.6:
        g.raw("ui_word", "Sign in")
    if r.random() < 0.7:
        g.raw("share_row", "Share this post")
    if r.random() < 0.3:
        g.raw("ui_word", "Discover more from " + g.site)
    g.title(0.4)
    g.byline(dated=False) if r.random() < 0.4 else g.raw("byline", g.author, [Fact("authors", g.author, (0, len(g.author)))])
    d = g.date_v(time=False)
    g.raw("date_line", d.shown, [Fact("published", d.value, (0, len(d.shown)), d.aliases)])
    if r.random() < 0.3:
        g.raw("ui_word", "∙ Paid")
    g.put("reaction_counter", template=r.choice(["{n}", "{n}  {m}  Share", "♡ {n}   💬 {m}", "{n} Likes · {m} Restacks"]))
    ins = []
    if r.random() < 0.7:
        ins.append(lambda: g.put("newsletter_promo", template=r.choice(
            ["Thanks for reading! Subscribe for free to receive new posts and support my work.",
             "{site} is a reader-supported publication. To receive new posts, consider becoming a free or paid subscriber.",
             "Type your email…  Subscribe"])))
    if r.random() < 0.4:
        ins.append(lambda: g.raw("share_row", "Share"))
    g.emit_body(body, ins)
    if r.random() < 0.3:
        g.put("originally_appeared", template=r.choice(["Cross-posted from {outlet}.", "This post first ran in {outlet} and is republished here with permission."]))
    g.put("reaction_counter", template=r.choice(["{n} Likes · {m} Restacks", "{n} Likes", "♡ {n}"]))
    if r.random() < 0.5:
        g.raw("share_row", r.choice(["Share", "Share this post"]))
    g.raw("comment_form", "Discussion about this post")
    for t in r.sample(["Comments  Restacks", "Write a comment…", "Top Latest Discussions", "No posts"], r.randint(1, 3)):
        g.raw("comment_form" if "omment" in t else "ui_word", t)
    g.put("newsletter_promo", template="Ready for more?")
    if r.random() < 0.6:
        g.put("newsletter_promo", template="Type your email…  Subscribe")
    g.put("copyright_notice", template=r.choice(["© {year} {site}", "© {year} {site} · Privacy ∙ Terms ∙ Collection notice"]))
    if r.random() < 0.7:
        g.put("app_promo", template="Start writing  Get the app")
    g.raw("footer_link", r.choice(["A newsletter platform for independent writers", "Where great culture gets written",
                                   "Privacy ∙ Terms ∙ Collection notice"]))


def a_medium(g: Gen):
    r = g.rng
    body = g.make_body()
    if r.random() < 0.5:
        g.raw("nav_menu", r.choice(["Open in app  Sign up  Sign in", "Write  Sign up  Sign in", "Sign in  Get started"]))
    if r.random() < 0.7:
        g.raw("ui_word", r.choice(["Member-only story", "Member-only story ★", "★ Member-only"]))
    g.title(0.25)
    g.raw("byline", g.author, [Fact("authors", g.author, (0, len(g.author)))])
    g.raw("social_promo", r.choice(["Follow", "·  Follow", "+ Follow"]))
    d = g.date_v(time=False)
    pre = f"{r.randint(3, 14)} min read · "
    g.raw("reading_time", pre + d.shown, [Fact("published", d.value, (len(pre), len(pre) + len(d.shown)), d.aliases)])
    if r.random() < 0.7:
        g.put("reaction_counter", template=r.choice(["👏 {k}", "{k}", "{k} claps"]))
        if r.random() < 0.6:
            g.raw("reaction_counter", str(r.randint(2, 90)))
    for w in r.sample(["Listen", "Share", "Text to speech", "More"], r.randint(1, 3)):
        g.raw("share_row" if w == "Share" else "ui_word", w)
    if r.random() < 0.5:
        g.photo(caption_p=0.4)
    g.emit_body(body)
    g.put("reaction_counter", template=r.choice(["👏 {k}", "{k}", "{k} claps"]))
    g.raw("author_bio", f"Written by {g.author}")
    g.put("author_bio", template="{k} Followers")
    if r.random() < 0.7:
        g.put("author_bio", template=r.choice(["{author} writes about technology and culture. Follow her on X.",
                                                "{author} is the founder of this newsletter and a former economics correspondent."]))
    g.raw("social_promo", "Follow")
    if r.random() < 0.7:
        g.hlist("more_stories_header", "more_stories_item", n=r.randint(2, 4),
                template=r.choice(["More from {author}", "More articles by {author}", "More from this author"]))
    if r.random() < 0.7:
        g.hlist("recommendation_header", "recommendation_item", n=r.randint(2, 4))
    g.raw("footer_link", r.choice(["Help  Status  About  Careers  Blog  Privacy  Terms  Text to speech", "Help  Status  About  Careers  Press  Blog  Privacy  Terms"]))


def a_blogger(g: Gen):
    r = g.rng
    body = g.make_body()
    if r.random() < 0.5:
        g.raw("nav_menu", r.choice(["Home", "Home  About Me  Contact", "Pages: Home · Archive"]))
    d = g.date_v(time=False)
    g.raw("date_line", d.shown, [Fact("published", d.value, (0, len(d.shown)), d.aliases)])
    g.title(0.3)
    g.emit_body(body)
    t = f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(['AM', 'PM'])}"
    BL = {"en": ("Posted by ", "No comments:", "Post a Comment", "Newer Post  Older Post  Home"),
          "de": ("Eingestellt von ", "Keine Kommentare:", "Kommentar veröffentlichen", "Neuerer Post  Älterer Post  Startseite"),
          "fr": ("Publié par ", "Aucun commentaire:", "Enregistrer un commentaire", "Article plus récent  Article plus ancien  Accueil"),
          "es": ("Publicado por ", "No hay comentarios:", "Publicar un comentario", "Entrada más reciente  Entrada antigua  Inicio")}
    bl = BL[g.lang if r.random() < 0.6 else "en"]
    pre = bl[0] if r.random() < 0.8 else bl[0].lower()
    txt = f"{pre}{g.author} at {t}" if r.random() < 0.7 else f"{pre}{g.author}"
    g.raw("byline", txt, [Fact("authors", g.author, (len(pre), len(pre) + len(g.author)))])
    g.raw("share_row", r.choice(["Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest",
                                 "Email This  BlogThis!  Share to X  Share to Facebook", "Share"]))
    if r.random() < 0.7:
        g.tags(as_line=True)
    g.raw("comment_form", bl[1] if r.random() < 0.7 else f"{r.randint(1, 9)} comments:")
    g.raw("comment_form", bl[2])
    g.raw("prev_next_link", bl[3] if r.random() < 0.7 else bl[3].replace("  ", " "))
    g.raw("footer_link", "Subscribe to: Post Comments (Atom)")
    if r.random() < 0.6:
        g.raw("more_stories_header", r.choice(["Blog Archive", "Archive", "Archivo del blog"]))
        y = g.dt.year
        for i in range(r.randint(2, 4)):
            g.raw("more_stories_item", f"{'▼' if i == 0 else '►'} {y - i} ({r.randint(3, 60)})")
    if r.random() < 0.5:
        g.put("author_bio", template="About Me")
        g.put("author_bio", template="{author} writes about technology and culture. Follow her on X.")
    g.raw("footer_link", r.choice(["Powered by Blogger.", "Theme images by Gintare. Powered by Blogger.", "Simple theme. Powered by Blogger."]))


def a_joomla(g: Gen):
    r = g.rng
    body = g.make_body()
    L = {"en": ("Written by", "Category:", "Published:", "Hits:", "Parent Category:", "Print  Email", "Details"),
         "de": ("Geschrieben von", "Kategorie:", "Veröffentlicht:", "Zugriffe:", "Übergeordnete Kategorie:", "Drucken  E-Mail", "Details"),
         "fr": ("Écrit par", "Catégorie :", "Publication :", "Affichages :", "Catégorie parente :", "Imprimer  E-mail", "Détails"),
         "es": ("Escrito por", "Categoría:", "Publicado:", "Visitas:", "Categoría principal:", "Imprimir  Correo electrónico", "Detalles")}
    wb, cat, pub, hits, parent, pe, det = L[g.lang if r.random() < 0.8 else "en"]
    if r.random() < 0.5:
        home = {"de": "Startseite", "fr": "Accueil", "es": "Inicio"}.get(g.lang, "Home")
        pre = r.choice(["You are here: ", "You are here:  ", "Aktuelle Seite: " if g.lang == "de" else "", ""])
        text = f"{pre}{home} / {g.section}"
        g.raw("breadcrumb", text, [Fact("section", g.section, (len(text) - len(g.section), len(text)))])
    g.title(0.3)
    if r.random() < 0.6:
        g.raw("ui_word", det)
    d = g.date_v()
    n = str(r.randint(12, 9999))
    if r.random() < 0.4:
        parts = [f"{wb} {g.author}", f"{cat} {g.section}", f"{pub} {d.shown}", f"{hits} {n}"]
        sep = r.choice([" ", "  ", " | ", "\t"])
        text = sep.join(parts)
        a0 = len(wb) + 1
        c0 = text.index(f"{cat} {g.section}") + len(cat) + 1
        d0 = text.index(f"{pub} {d.shown}") + len(pub) + 1
        g.raw("byline", text, [Fact("authors", g.author, (a0, a0 + len(g.author))),
                               Fact("section", g.section, (c0, c0 + len(g.section))),
                               Fact("published", d.value, (d0, d0 + len(d.shown)), d.aliases)])
    else:
        g.raw("byline", f"{wb} {g.author}", [Fact("authors", g.author, (len(wb) + 1, len(wb) + 1 + len(g.author)))])
        if r.random() < 0.4:
            g.raw("section_label", f"{parent} {r.choice(['News', 'Archive', 'Regional'])}")
        t = f"{cat} {g.section}"
        g.raw("section_label", t, [Fact("section", g.section, (len(cat) + 1, len(t)))])
        t = f"{pub} {d.shown}"
        g.raw("date_line", t, [Fact("published", d.value, (len(pub) + 1, len(t)), d.aliases)])
        g.raw("reaction_counter", f"{hits} {n}")
    if r.random() < 0.7:
        g.raw("share_row", pe)
    ins = [lambda: g.photo()] if r.random() < 0.4 else []
    g.emit_body(body, ins)
    if r.random() < 0.3:
        g.credit_line()
    if r.random() < 0.4:
        g.date("updated")
    if r.random() < 0.6:
        pn = {"en": ["Prev  Next", "< Prev   Next >"], "de": ["« Zurück  Weiter »", "Prev  Next"],
              "fr": ["Précédent  Suivant", "Prev  Next"], "es": ["Anterior  Siguiente", "< Prev   Next >"]}[g.lang]
        g.raw("prev_next_link", r.choice(pn))
    if r.random() < 0.4:
        g.hlist(r.choice(["ranking_header", "more_stories_header"]), r.choice(["ranking_item", "more_stories_item"]))
    if r.random() < 0.5:
        g.put("back_to_top")
    g.footer(links=r.randint(0, 3))


def a_drupal(g: Gen):
    r = g.rng
    body = g.make_body()
    if r.random() < 0.6:
        g.put("skip_link")
    if r.random() < 0.5:
        g.raw("nav_menu", "Main menu")
        for t in r.sample(g.local("nav_single"), r.randint(2, 4)):
            g.put("nav_single", template=t)
    if r.random() < 0.6:
        pre = r.choice(["You are here", "You are here:", "Home", "Breadcrumb"])
        sep = r.choice([" › ", " » ", " / "])
        text = f"{pre}{sep}{'Home' + sep if pre != 'Home' else ''}{g.section}"
        g.raw("breadcrumb", text, [Fact("section", g.section, (len(text) - len(g.section), len(text)))])
    g.title(0.5)
    dt = g.dt
    if dt.day > 12 and r.random() < 0.7:
        ds = f"{DAYS_EN[dt.weekday()][:3]}, {dt.month:02d}/{dt.day:02d}/{dt.year} - {dt:%H:%M}"
        pre = f"Submitted by {g.author} on "
        g.raw("byline", pre + ds, [Fact("authors", g.author, (13, 13 + len(g.author))),
                                   Fact("published", dt.strftime("%Y-%m-%dT%H:%M:00"), (len(pre), len(pre) + len(ds)))])
    else:
        g.byline(dated=True)
    if r.random() < 0.4:
        g.raw("reaction_counter", f"{r.randint(20, 9000)} reads")
    g.emit_body(body, [lambda: g.photo()] if r.random() < 0.3 else [])
    if r.random() < 0.7:
        g.tags(as_line=r.random() < 0.3)
    if r.random() < 0.5:
        g.raw("share_row", r.choice(["Printer-friendly version", "Printer-friendly version  PDF version", "Send by email"]))
    g.raw("comment_form", r.choice(["Log in or register to post comments", "Log in to post comments", "Add new comment"]))
    if r.random() < 0.4:
        g.hlist("related_header", "related_item")
    g.footer(links=r.randint(0, 2), copyright_p=0.4)
    g.raw("footer_link", r.choice(["Powered by Drupal", "Drupal theme by Corolla", "Site built with Drupal"]))


def a_social_repost(g: Gen):
    r = g.rng
    body = g.make_body()
    if r.random() < 0.5:  # LinkedIn-like article
        if r.random() < 0.5:
            g.raw("cookie_notice", r.choice(["This platform and 3rd parties use essential and non-essential cookies to provide, secure, analyze and improve our services.",
                                             "We use cookies to improve your experience. By continuing you accept our use of cookies."]))
            g.raw("cookie_notice", r.choice(["Accept  Reject", "Accept cookies", "Reject cookies"]))
        g.raw("nav_menu", r.choice(["Sign in  Join now", "Join now  Sign in", "Articles  People  Learning  Jobs"]))
        g.title(0.0)
        g.raw("byline", g.author, [Fact("authors", g.author, (0, len(g.author)))])
        g.raw("author_bio", r.choice([f"Senior correspondent at {r.choice(SITES)}", "Economist | Writer | Speaker",
                                      "Policy analyst · Former newspaper editor", "Helping cities plan for climate risk"]))
        d = g.date_v(time=False)
        g.raw("date_line", "Published " + d.shown, [Fact("published", d.value, (10, 10 + len(d.shown)), d.aliases)])
        g.raw("social_promo", r.choice(["+ Follow", "Follow"]))
        g.emit_body(body)
        g.put("reaction_counter", template=r.choice(["{n} · {m} Comments", "{n}  {m} Comments", "👍❤️ {n}"]))
        g.raw("share_row", r.choice(["Like  Comment  Share", "Like Comment Share", "Like · Comment · Repost · Send"]))
        if r.random() < 0.5:
            g.raw("ui_word", "Report this article")
        if r.random() < 0.6:
            g.hlist("more_stories_header", "more_stories_item", n=r.randint(2, 4), template="More articles by {author}")
        if r.random() < 0.5:
            g.raw("nav_menu", "Explore topics")
            for t in r.sample(["Sales", "Marketing", "Business Administration", "HR Management", "Content Management"], 3):
                g.raw("nav_menu", t)
    else:  # Tumblr-like repost
        if r.random() < 0.4:
            g.raw("nav_menu", r.choice(["Archive  Ask me anything  Submit", "Dashboard  Explore  Log in"]))
        g.title(0.0)
        g.emit_body(body)
        if r.random() < 0.6:
            g.put("source_named", template=r.choice(["Source: {host}", "Source: {outlet}", "(via {host})"]))
            if g.doc.lines[-1].text.startswith("(via"):
                g.doc.lines[-1].kind = "originally_appeared"
        g.tags(as_line=True)
        g.put("reaction_counter", template="{n} notes")
        g.raw("share_row", r.choice(["Share · Reblog", "reblog  like", "Reblog  Share  Like"]))
        if r.random() < 0.6:
            g.put("date_relative")


def a_channel_repost(g: Gen):
    r = g.rng
    body = g.make_body()
    body = body[: r.randint(2, min(6, len(body)))]
    if r.random() < 0.4:
        g.raw("ui_word", r.choice(["🔴 BREAKING", "⚡️ URGENT", "Forwarded many times", "📌 Pinned message"]))
    g.title(0.0)
    g.emit_body(body)
    c = r.random()
    if c < 0.4:
        g.put("source_named")
    elif c < 0.7:
        g.original_url()
    if r.random() < 0.5:
        g.put("social_promo", template=r.choice(["📢 Join us on Telegram: t.me/{handle}", "👉 @{handle}",
                                                  "Join our WhatsApp channel for instant updates", "Follow @{handle} for more"]))
    if r.random() < 0.3:
        g.raw("social_promo", "🔔 " + r.choice(["Subscribe to the channel", "Turn on notifications", "Share with friends who need this"]))
    g.put("reaction_counter", template=r.choice(["👁 {k}", "👁 {k}  {n}:{m}", "{k} views", "👍 {n}  🔥 {m}  😢 {s}"]))
    if r.random() < 0.4:
        g.raw("ui_word", r.choice(["edited", "Forwarded many times", "Channel"]))


def a_rss_reader(g: Gen):
    r = g.rng
    body = g.make_body()
    if r.random() < 0.5:
        g.raw("nav_menu", r.choice(["All articles · Unread · Starred", "Today  Read later  Feeds", "Feeds > World"]))
    g.put("originally_appeared", template=r.choice(["Feed: {outlet}", "{outlet} · {ago}", "From {outlet}", "Via {outlet}"]))
    g.title(0.0)
    if r.random() < 0.6:
        g.byline()
    g.date(r.choice(["published", "published", "both"]))
    for w in r.sample(["Mark as read", "☆ Star", "Save for later", "Share"], r.randint(1, 3)):
        g.raw("share_row" if w == "Share" else "ui_word", w)
    g.emit_body(body)
    g.put("read_original")
    if r.random() < 0.7:
        g.original_url()
    if r.random() < 0.3:
        g.put("read_original", template="Open in browser ↗")


def a_news_aggregator(g: Gen):
    r = g.rng
    body = g.make_body()
    body = body[: r.randint(3, len(body))]
    g.raw("nav_menu", r.choice(["Home  For you  Following  World  Business  Tech", "Top stories | Local | World | Science",
                                "Headlines  Following  Newsstand"]))
    if r.random() < 0.5:
        g.raw("ui_word", "Full Coverage")
    g.title(0.35, suffix=g.agg)
    g.put("originally_appeared", template=r.choice(["{outlet} · {ago}", "{outlet} · {ago}", "Via {outlet}", "Story first published by {outlet}."]))
    if r.random() < 0.5:
        g.date(r.choice(["published", "updated", "both"]))
    g.emit_body(body)
    g.put("read_original_named")
    if r.random() < 0.5:
        g.hlist("ranking_header", "ranking_item")
    if r.random() < 0.5:
        g.hlist("more_stories_header", "more_stories_item", template=r.choice(["More headlines", "Latest", "More Stories"]))
    if r.random() < 0.5:
        g.hlist("trending_header", "trending_item")
    g.put("aggregator_disclaimer")
    if r.random() < 0.5:
        g.put("cookie_notice")
    g.footer(links=r.randint(0, 3), copyright_p=0.0)


def a_content_farm(g: Gen):
    r = g.rng
    body = g.make_body()
    if r.random() < 0.5:
        g.put("cookie_notice")
    if r.random() < 0.4:
        g.put("nav_menu")
    if r.random() < 0.5:
        g.hlist("trending_header", "trending_item", n=r.randint(2, 4))
    if r.random() < 0.6:
        g.breadcrumb_title()
        g.title(0.0)
    else:
        g.title(0.5)
    if r.random() < 0.5:
        g.stray_id()
    if r.random() < 0.5:
        g.date("published")
    else:
        g.date("relative")
    if r.random() < 0.3:
        g.date("updated")
    if r.random() < 0.4:
        g.put("reading_time")
    g.raw("shortcode", "[ad_1]")
    ins = [lambda: g.put("also_read")]
    if r.random() < 0.6:
        ins.append(lambda: g.put("advertisement_label"))
    if r.random() < 0.6:
        ins.append(lambda: g.put("click_here_promo"))
    g.emit_body(body, ins)
    g.raw("shortcode", "[ad_2]")
    if r.random() < 0.4:
        g.put("shortcode")
    if r.random() < 0.3:
        g.raw("title_repeat", g.title_text)
    if r.random() < 0.5:
        g.put("source_link")
    if r.random() < 0.4:
        g.hlist("you_may_also_like", "related_item")
    if r.random() < 0.5:
        g.tags()
    if r.random() < 0.4:
        g.put("reaction_counter")
    if r.random() < 0.5:
        g.put("aggregator_disclaimer_anon")
    else:
        g.put("aggregator_disclaimer")
    if r.random() < 0.5:
        g.put("email_placeholder")
    if r.random() < 0.5:
        g.hlist(None, "headline_run_item", n=r.randint(3, 7))
    if r.random() < 0.4:
        g.hlist("ranking_header", "ranking_item")
    if r.random() < 0.3:
        g.put("republish_notice")
    g.footer(links=r.randint(1, 4), copyright_p=0.5)


def a_podcast_notes(g: Gen):
    r = g.rng
    body = g.make_body(allow_wire=False)
    body = body[: r.randint(3, min(7, len(body)))]
    show = r.choice(["The Civic Hour", "Inside the Newsroom", "Signal & Noise", "Morning Docket", "Field Dispatch"])
    ep = r.randint(12, 340)
    g.title_text = f"{r.choice(['Ep. ', 'Episode ', '#', 'E'])}{ep}: {g.title_text}"
    g.title(0.6, suffix=show if r.random() < 0.7 else None)
    g.put("app_promo", template=r.choice(["Listen on Apple Podcasts · Spotify · Pocket Casts", "Available on the App Store | Get it on Google Play",
                                          "🎧 Apple Podcasts | Spotify | YouTube Music | RSS"]))
    g.put("reading_time", template=r.choice(["🎧 Listen · 48 min", "Listen · 12:45", f"{r.randint(20, 75)} min", f"Duration: {r.randint(20, 75)}:{r.randint(0, 59):02d}"]))
    g.date("published")
    if r.random() < 0.5:
        intro, items = r.choice(BULLET_SETS)
        body = [*body, "In this episode we discuss:", *[i.lstrip("-•*–0123456789.) ") for i in items]]
    g.emit_body(body)
    g.put("read_more", template=r.choice(["Read the transcript", "Transcript", "Full transcript →", "Read more"]))
    g.put("newsletter_promo", template="Subscribe wherever you get your podcasts.")
    if r.random() < 0.6:
        g.put("social_promo", template=r.choice(["Support the show on Patreon", "Follow @{handle} for more", "Subscribe to our YouTube channel"]))
    if r.random() < 0.5:
        g.put("email_placeholder", template=r.choice(["Tips? " + EM, "Write to us at " + EM]))
    if r.random() < 0.6:
        g.raw("more_stories_header", r.choice(["More episodes", "Previous episodes", "Latest episodes"]))
        for i in range(r.randint(2, 4)):
            g.raw("more_stories_item", f"Ep. {ep - i - 1}: {g.headline()}")
    g.footer(links=r.randint(0, 2), copyright_p=0.5)


def a_epaper(g: Gen):
    r = g.rng
    body = g.make_body()
    paper = g.site.upper()
    dt = g.dt
    if g.lang == "en":
        ds = r.choice([f"{DAYS_EN[dt.weekday()].upper()}, {MONTHS_EN[dt.month - 1].upper()} {dt.day}, {dt.year}",
                       f"{DAYS_EN[dt.weekday()]}, {dt.day} {MONTHS_EN[dt.month - 1]} {dt.year}"])
    else:
        ds = fmt_date(r, dt, g.lang, zone=False, time=False)[0]
    pg = r.randint(2, 28)
    sep = r.choice([" | ", " ▪ ", "  ", " · "])
    text = f"{paper}{sep}{ds}{sep}PAGE {pg}" if r.random() < 0.6 else f"{pg}{sep}{ds}{sep}{paper}"
    i = text.index(ds)
    g.raw("date_line", text, [Fact("published", dt.strftime("%Y-%m-%d"), (i, i + len(ds)), [dt.strftime("%Y-%m-%dT00:00:00")])])
    for w in r.sample(["Zoom −", "Zoom +", "Page 7 / 24", "e-Paper", "Clip | Share | Print"], r.randint(1, 2)):
        g.raw("share_row" if "Share" in w else "ui_word", w)
    if r.random() < 0.6:
        g.put("section_label", template="{SECTION}")
    g.title(0.0, upper=r.random() < 0.4)
    if r.random() < 0.7:
        tpl = r.choice(["BY {A}", "By {a}", "{A} | Staff Reporter", "{a}, Correspondent"])
        A = V(g.author.upper(), g.author)
        g.put("byline", template=tpl, a=g.author, A=A)
    ins = []
    if r.random() < 0.6:
        ins.append(lambda: (g.put("read_more", template=f"Continued on Page {pg + r.randint(1, 9)}"),
                            g.raw("read_more", f"Continued from Page {pg}")))
    if r.random() < 0.5:
        ins.append(lambda: g.put("advertisement_label", template=r.choice(["ADVERTISEMENT", "Advertisement", "ANZEIGE" if g.lang == "de" else "AD"])))
    if r.random() < 0.5:
        ins.append(lambda: g.photo(caption_p=0.9))
    g.emit_body(body, ins, wrap=r.randint(55, 78))
    if r.random() < 0.3:
        g.raw("title_repeat", g.title_text.title() if g.title_text.isupper() else g.title_text)
    if r.random() < 0.4:
        g.put("email_placeholder", template=r.choice(["Reach the author at " + EM, "Contact: " + EM]))


def a_clean(g: Gen, titled: bool):
    body = g.make_body(allow_wire=titled)
    if titled:
        g.title(0.0)
    g.emit_body(body)


def a_nofacts(g: Gen):
    r = g.rng
    body = g.make_body(allow_wire=False)
    pre = ["skip_link", "nav_menu", "cookie_notice", "ui_word", "reading_time", "advertisement_label", "share_row"]
    for k in r.sample(pre, r.randint(1, 4)):
        g.put(k)
    if r.random() < 0.3:
        g.raw("shortcode", "[ad_1]")
    ins = []
    for k in r.sample(["advertisement_label", "click_here_promo", "app_promo", "newsletter_promo", "social_promo"], r.randint(0, 2)):
        ins.append(lambda k=k: g.put(k))
    g.emit_body(body, ins)
    post = ["share_row", "read_more", "source_link", "read_original", "aggregator_disclaimer_anon", "comment_form",
            "back_to_top", "footer_link", "republish_notice", "email_placeholder", "date_relative", "prev_next_link"]
    for k in r.sample(post, r.randint(2, 5)):
        g.put(k)
    if r.random() < 0.6:
        g.hlist(r.choice(["related_header", "recommendation_header", "trending_header", "you_may_also_like"]),
                r.choice(["related_item", "recommendation_item", "trending_item"]))


BUILDERS = {
    "wp_theme": a_wp_theme, "wp_autoblog": a_wp_autoblog, "amp_scrape": a_amp_scrape, "ghost": a_ghost,
    "substack": a_substack, "medium": a_medium, "blogger": a_blogger, "joomla": a_joomla, "drupal": a_drupal,
    "social_repost": a_social_repost, "channel_repost": a_channel_repost, "rss_reader": a_rss_reader,
    "news_aggregator": a_news_aggregator, "content_farm": a_content_farm, "podcast_notes": a_podcast_notes,
    "epaper": a_epaper, "nofacts": a_nofacts,
}


def extra_chrome(g: Gen, arche: str):
    """Kinds that most platforms can show anywhere, sprinkled so that every kind gets many wordings."""
    r = g.rng
    if arche in ("clean", "nofacts"):
        return
    extras = [
        ("publisher_promo", 0.15), ("app_promo", 0.08), ("click_here_promo", 0.12), ("republish_notice", 0.12),
        ("social_promo", 0.10), ("newsletter_promo", 0.08), ("read_more", 0.06), ("cookie_notice", 0.05),
        ("email_placeholder", 0.10), ("reaction_counter", 0.06), ("syndication", 0.15), ("wire", 0.12),
        ("copyright_agency", 0.06), ("recommendation", 0.08), ("trending", 0.06), ("ranking", 0.06),
        ("read_original", 0.05), ("back_to_top", 0.06), ("footer", 0.08), ("originally", 0.06),
        ("read_more", 0.05), ("tags", 0.08), ("updated", 0.12), ("shortcode", 0.05), ("stray", 0.07),
    ]
    for what, p in extras:
        if r.random() >= p:
            continue
        if arche == "podcast_notes" and what in ("wire", "copyright_agency", "syndication"):
            continue
        if what == "syndication":
            if not g.doc.has_fact("syndication"):
                g.syndication(named=r.random() < 0.6)
        elif what == "wire":
            g.credit_line()
        elif what == "copyright_agency":
            ag = r.choice(["AP", "AFP", "Reuters", "dpa", "EFE", "PTI"])
            g.put("copyright_agency", agency=g.agency_v(ag, long=ag not in ("Reuters",) and r.random() < 0.8))
        elif what == "recommendation":
            g.hlist("recommendation_header", "recommendation_item")
        elif what == "trending":
            g.hlist("trending_header", "trending_item")
        elif what == "ranking":
            g.hlist("ranking_header", "ranking_item")
        elif what == "footer":
            g.put("footer_link")
        elif what == "stray":
            g.stray_id()
        elif what == "tags":
            if not g.doc.has_fact("tags"):
                g.tags(as_line=False)
        elif what == "updated":
            g.date("updated")
        elif what in ("publisher_promo", "originally"):
            if not g.doc.has_fact("publisher"):
                g.put("publisher_promo" if what == "publisher_promo" else "originally_appeared")
        else:
            g.put(what)


def build(doc_id: int, arche: str, lang: str, rng: random.Random, pools: dict) -> dict:
    g = Gen(rng, lang, pools)
    if arche == "clean":
        a_clean(g, titled=doc_id % 4 < 2)
    else:
        BUILDERS[arche](g)
        lines = g.doc.lines
        last_body = max(i for i, ln in enumerate(lines) if ln.label == "body")
        cut = last_body + 1 if rng.random() < 0.6 else len(lines)
        g.doc.held = lines[cut:]
        g.doc.lines = lines[:cut]
        extra_chrome(g, arche)
        g.doc.lines.extend(g.doc.held)
        g.doc.held = []
    r = rng
    layout = {"epaper": "none"}.get(arche) or r.choice(["blank", "blank", "blank", "none", "mixed", "mixed"])
    if arche == "channel_repost":
        layout = r.choice(["none", "blank", "mixed"])
    newline = "\r\n" if r.random() < 0.07 else "\n"
    rec = g.doc.render(r, layout, newline=newline, final_newline=r.random() < 0.6,
                       trailing_ws=0.15 if r.random() < 0.3 else 0.0)
    out = {"id": f"f{doc_id:03d}", "split": "dev" if doc_id % 2 == 0 else "test", "archetype": arche,
           "lang": lang, "layout": layout + ("+crlf" if newline == "\r\n" else "")}
    out.update(rec)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", type=Path, default=HERE / "corpus.jsonl")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    en = english_bodies()
    rng.shuffle(en)
    intl = {k: list(v) for k, v in BODIES.items()}
    for v in intl.values():
        rng.shuffle(v)
    pools = {"en": en, "intl": intl}
    pairs = []
    for a, n in ARCHETYPES.items():
        for i in range(n // 2):
            pairs.append((a, i < INTL_PAIRS[a]))
    rng.shuffle(pairs)
    assert len(pairs) * 2 == N_DOCS
    langs = ["de", "fr", "es"]
    li = 0
    docs = []
    for k, (a, intl_pair) in enumerate(pairs):
        for j in range(2):
            doc_id = 2 * k + j
            if intl_pair:
                lang = langs[li % 3]
                li += 1
            else:
                lang = "en"
            docs.append(build(doc_id, a, lang, random.Random(f"{args.seed}-{doc_id}"), pools))
    with args.out.open("w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
