#!/usr/bin/env python3
"""Generate blind_p: aggregator / autoblog / syndication copies with provenance-notice variety.

Deterministic (seeded random.Random, stdlib only). Writes corpus.jsonl next to this file.
  python3 generate.py [--gt PATH] [--seed N] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import common  # noqa: E402
import foreign  # noqa: E402
import names  # noqa: E402
import w_de  # noqa: E402
import w_en  # noqa: E402
import w_es  # noqa: E402
import w_fr  # noqa: E402
from kit import (  # noqa: E402
    F,
    G,
    Line,
    assemble,
    collect_facts,
    date_parts,
    flatten,
    placeholders,
    rand_dt,
    render,
)

DEFAULT_GT = "/work/shared/bench/article-extraction-benchmark/ground-truth.json"
SEED = 51723
WORDINGS = {"en": w_en, "de": w_de, "fr": w_fr, "es": w_es}
FOCUS_KINDS = ("disclaimer", "takedown", "notresp", "syndication", "import", "partner", "orig",
               "source", "url", "promo", "rights", "correction")
SYND_FAMILY = ("syndication", "import", "partner")
KIND_LABEL = {"disclaimer": "aggregator_disclaimer", "takedown": "aggregator_disclaimer",
              "notresp": "aggregator_disclaimer", "syndication": "syndication_notice",
              "import": "syndication_notice", "partner": "syndication_notice",
              "orig": "originally_appeared", "source": "source_link", "url": "original_url_line",
              "promo": "publisher_promo", "correction": "date_line"}
SKIP_HOSTS = ("livemint", "kxan", "rnz.co.nz", "ndtv")
AG_TOKENS = re.compile(r"\b(AP|AFP|Reuters|PTI|ANI|IANS|dpa|EFE|Bloomberg|UPI|Xinhua|Associated Press)\b")
JUNK = re.compile(r"(https?://|www\.|©|copyright|originally|this (article|story|post)|subscribe|sign up|"
                  r"newsletter|follow us|click here|photo|image|credit|getty|shutterstock|reporting by|"
                  r"editing by|contributed|source:|advertis|sponsored|read more|related:|\[|\])", re.I)
PLAN = {  # per split: languages and archetypes (80 each)
    "dev": {"lang": {"en": 36, "de": 15, "fr": 15, "es": 14},
            "arch": {"aggregator": 18, "autoblog": 18, "syndication": 14, "feed_portal": 14, "nofacts": 16}},
    "test": {"lang": {"en": 36, "de": 15, "fr": 14, "es": 15},
             "arch": {"aggregator": 18, "autoblog": 18, "syndication": 14, "feed_portal": 14, "nofacts": 16}},
}
LIST_FAMILIES = [("related", "related_header", "related_item"), ("trending", "trending_header", "trending_item"),
                 ("more", "more_stories_header", "more_stories_item"), ("ranking", "ranking_header", "ranking_item"),
                 ("recommend", "recommendation_header", "recommendation_item"),
                 ("ymal", "you_may_also_like", "related_item")]


# ------------------------------------------------------------------ ground truth

def slug_title(url: str) -> str | None:
    path = urlsplit(url).path.rstrip("/")
    seg = path.split("/")[-1] if path else ""
    seg = re.sub(r"\.(html?|php|aspx?)$", "", seg)
    toks = [t for t in re.split(r"[-_]+", seg) if t and not re.search(r"\d", t)]
    if len(toks) < 4 or any(len(t) > 20 for t in toks):
        return None
    s = " ".join(toks)
    return s[0].upper() + s[1:]


LEAD_DATELINE = re.compile(r"^(?:[A-Z][A-Z.'’ -]{1,30}(?:, [\w.'’ ]{2,30})?(?: \([^)]{1,30}\))?\s*[—–-]{1,2}\s+"
                           r"|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2} \([^)]{1,30}\)\s+)")


def first_clause(p: str) -> str:
    p = LEAD_DATELINE.sub("", p, count=1)
    s = re.split(r"(?<=[.!?])\s", p)[0].rstrip(".")
    w = s.split()
    if len(w) > 13:
        s = " ".join(w[:11])
    return s.rstrip(",;:")


def load_gt(path: str):
    d = json.loads(Path(path).read_text(encoding="utf-8"))
    arts = []
    de_arts = []
    for key in sorted(d):
        v = d[key]
        url = v.get("url", "")
        if any(h in url for h in SKIP_HOSTS):
            continue
        body = v.get("articleBody", "")
        low = body.lower()
        if "comwrap" in url:
            paras = [p.strip() for p in body.split("\n") if len(p.split()) >= 8 and not JUNK.search(p)]
            de_arts.append((key, url, paras[:7]))
            continue
        en = sum(low.count(w) for w in (" the ", " and ", " of "))
        if en < 15:
            continue
        paras = []
        for p in body.split("\n"):
            p = p.strip()
            if len(p.split()) < 8 or len(p) > 1400 or JUNK.search(p) or AG_TOKENS.search(p):
                continue
            if p.endswith("...") or p.startswith(("By ", "BY ", "—", "-", "•", "*")):
                continue
            paras.append(p)
        if len(paras) < 4:
            continue
        arts.append((key, url, paras))
    return arts, de_arts


# ------------------------------------------------------------------ helpers

class Deck:
    """Round-robin over a shuffled wording pool, so that as many wordings as possible are used."""

    def __init__(self, items, rng):
        self.items = list(items)
        self.order = list(range(len(items)))
        rng.shuffle(self.order)

    def draw(self, ok):
        for i, idx in enumerate(self.order):
            if ok(self.items[idx]):
                self.order.append(self.order.pop(i))
                return self.items[idx]
        return None


def host_label(host: str) -> str:
    h = host[4:] if host.startswith("www.") else host
    return h.split(".")[0]


def bullets(rng):
    return rng.choice(["- ", "• ", "* ", "→ ", "» ", "▪ ", "", "", "NUM", "NUMP"])


class Doc:
    def __init__(self, rng, split, lang, arch, decks, body_lang):
        self.rng, self.split, self.lang, self.arch, self.decks = rng, split, lang, arch, decks
        self.body_lang = body_lang
        self.synd_used = False
        self.upd_used = False
        self.url_used = False
        self.nofacts = arch == "nofacts"

    # --- contexts
    def setup(self, agg, pubname, host, url, agency, title):
        r = self.rng
        self.agg, self.pubname, self.host, self.url, self.title = agg, pubname, host, url, title
        self.agency = agency
        bare = host[4:] if host and host.startswith("www.") else host
        if host:
            aliases = [bare, "www." + bare, host_label(host)]
            if pubname:
                self.pub_value, self.pub_aliases = pubname, aliases
            else:
                self.pub_value, self.pub_aliases = bare, aliases
        pub_dt = rand_dt(r)
        from datetime import timedelta
        upd_dt = pub_dt + timedelta(hours=r.randint(2, 60), minutes=r.randint(1, 59))
        self.pub_dt, self.upd_dt = pub_dt, upd_dt
        self.ctx = {"E": "[email protected]"}
        if agg:
            self.ctx["A"] = F("aggregator", agg)
        if pubname:
            self.ctx["P"] = F("publisher", pubname, self.pub_value, self.pub_aliases)
        if host:
            shown = r.choice([bare, bare, host]) if host.startswith("www.") else bare
            self.ctx["H"] = F("publisher", shown, self.pub_value, self.pub_aliases)
        if url:
            sp = urlsplit(url)
            pre = sp.scheme + "://"
            rest = url[len(pre) + len(sp.netloc):]
            self.ctx["U"] = G("original_url", [pre, F("publisher", sp.netloc, self.pub_value, self.pub_aliases), rest],
                              value=url)
        if agency:
            can, text = agency
            self.ctx["AG"] = F("credits", text, can, names.AGENCY_LONG.get(can, []) + [can])
        self.ctx["T"] = title or ""
        self.ctx["UPD"] = date_parts(r, upd_dt, self.lang, "updated")

    def allowed(self):
        if self.nofacts:
            return {"E"}
        a = {"E", "T"} | {k for k in ("A", "P", "H", "U", "AG") if k in self.ctx}
        if not self.upd_used:
            a.add("UPD")
        if self.url_used:
            a.discard("U")
        return a

    def notice(self, kind, need=(), forbid=()):
        """Draw a wording of a focus kind; returns (parts, line_kind) or None."""
        if kind in SYND_FAMILY and (self.synd_used or self.nofacts):
            return None
        allowed = self.allowed() - set(forbid)
        need = set(need)
        deck = self.decks[(self.split, self.lang, kind)]
        tpl = deck.draw(lambda t: placeholders(t) <= allowed and need <= placeholders(t))
        if tpl is None:
            return None
        lk = KIND_LABEL.get(kind)
        if kind == "rights":
            lk = "copyright_notice" if tpl.startswith("C|") else "republish_notice"
            tpl = tpl[2:]
        ph = placeholders(tpl)
        if "UPD" in ph:
            self.upd_used = True
        if "U" in ph:
            self.url_used = True
        if kind in SYND_FAMILY:
            self.synd_used = True
            return self.synd_parts(tpl), lk
        return render(tpl.replace("^", ""), self.ctx), lk

    def synd_parts(self, tpl):
        label, core = tpl.split("^", 1) if "^" in tpl else ("", tpl)
        lead = core[: len(core) - len(core.lstrip())]
        c = core.strip()
        pre = post = ""
        if (c.startswith("(") and c.endswith(")")) or (c.startswith("[") and c.endswith("]")):
            pre, post, c = c[0], c[-1], c[1:-1]
        elif c.startswith("*"):
            pre = "* " if c.startswith("* ") else "*"
            c = c[len(pre):]
        elif c.startswith("— ") and c.endswith(" —"):
            pre, post, c = "— ", " —", c[2:-2]
        inner = render(c, self.ctx)
        t = flatten(inner)[0]
        full = (label + lead + pre + t + post).strip()
        aliases = [full]
        if pre in ("(", "["):
            aliases.append(pre + t + post)
        return [label + lead + pre, G("syndication", inner, value=t, aliases=aliases), post]

    def nl(self, parts, kind, label="boilerplate"):
        if isinstance(parts, str):
            parts = [parts]
        return Line(parts, label=label, kind=kind)

    def pick(self, kind):
        return self.rng.choice(common.pool(kind, self.lang, self.split))


# ------------------------------------------------------------------ generic blocks

def headline_items(doc, pool, n):
    r = doc.rng
    items = r.sample(pool, min(n, len(pool)))
    b = bullets(r)
    out = []
    for i, h in enumerate(items):
        pre = f"{i + 1}. " if b == "NUM" else f"{i + 1}) " if b == "NUMP" else b
        suf = r.choice(["", "", "", "", " (Video)", " [VIDEO]", " | 14 Mar"]) if doc.lang == "en" else ""
        out.append(pre + h + suf)
    return out


def list_block(doc, heads):
    r = doc.rng
    fam, hk, ik = r.choice(LIST_FAMILIES)
    lines = [doc.nl(doc.pick(fam), hk)]
    if r.random() < 0.92:
        for t in headline_items(doc, heads, r.randint(3, 6)):
            lines.append(doc.nl(t, ik))
    return lines


def nav_lines(doc):
    r = doc.rng
    secs = r.sample(names.SECTIONS[doc.lang], 4)
    home = doc.pick("menu_home")
    if r.random() < 0.5:
        return [doc.nl(r.choice([" | ", " · ", "  "]).join([home] + secs), "nav_menu")]
    return [doc.nl(x, "nav_menu") for x in [home] + secs[: r.randint(2, 4)]]


def tag_block(doc):
    r = doc.rng
    tags = r.sample(names.TAGS[doc.lang], r.randint(2, 4))
    if doc.nofacts:
        return []
    if r.random() < 0.55:
        parts = [doc.pick("tagline")]
        for i, t in enumerate(tags):
            if i:
                parts.append(", ")
            parts.append(F("tags", t))
        return [doc.nl(parts, "tag_line")]
    lines = [doc.nl(doc.pick("taghead"), "tag_list_header")]
    b = r.choice(["- ", "# ", "", "• "])
    for t in tags:
        lines.append(doc.nl([b, F("tags", t)], "tag_item"))
    return lines


def footer_lines(doc):
    r = doc.rng
    items = r.sample(common.pool("footer", doc.lang, doc.split), 3)
    if r.random() < 0.5:
        return [doc.nl(" | ".join(items), "footer_link")]
    return [doc.nl(x, "footer_link") for x in items]


def comment_lines(doc):
    block = doc.pick("comment")
    return [doc.nl(x, "comment_form") for x in block]


def byline_line(doc, people):
    r = doc.rng
    pre = doc.pick("byline")
    a = r.sample(people, r.choice([1, 1, 1, 2]))
    upper = pre.isupper()
    parts = [pre]
    for i, n in enumerate(a):
        if i:
            parts.append({"en": " and ", "de": " und ", "fr": " et ", "es": " y "}[doc.lang])
        parts.append(F("authors", n.upper() if upper else n, n))
    return parts


def wire_line(doc):
    tpl = doc.pick("wire")
    return doc.nl(render(tpl, doc.ctx), "wire_credit_line")


# ------------------------------------------------------------------ the document

def build(doc, body_title, paras, people, heads, traps, seq_hint):
    r = doc.rng
    L = doc.lang
    head, meta, tail = [], [], []
    mids = []  # (position, Line)

    # ---------------- head chrome
    if r.random() < 0.3:
        head.append(doc.nl(doc.pick("skip"), "skip_link"))
    if r.random() < 0.45:
        head += nav_lines(doc)
    if r.random() < 0.15:
        ck = doc.pick("cookie")
        head += [doc.nl(x, "cookie_notice") for x in ck]
    if doc.arch == "autoblog" and r.random() < 0.3:
        head.append(doc.nl(r.choice(common.pool("shortcode", L, doc.split)), "shortcode"))
    if not doc.nofacts and r.random() < 0.2:
        secs = names.SECTIONS[L]
        sec = r.choice(secs)
        home = doc.pick("menu_home")
        sep = r.choice([" » ", " > ", " / ", " › "])
        head.append(doc.nl([home, sep, F("section", sec)], "breadcrumb"))

    # head-placed notices
    head_kinds = []
    if doc.arch == "aggregator" and r.random() < 0.35:
        head_kinds.append("disclaimer")
    if doc.arch == "syndication" and r.random() < 0.4:
        head_kinds.append("syndication")
    if doc.arch == "feed_portal" and r.random() < 0.35:
        head_kinds.append(r.choice(["import", "partner"]))
    if doc.nofacts and r.random() < 0.4:
        head_kinds.append(r.choice(["disclaimer", "notresp"]))
    for k in head_kinds:
        need = ("A",) if k == "disclaimer" and doc.agg and r.random() < 0.8 else ()
        n = doc.notice(k, need) or doc.notice(k)
        if n:
            head.append(doc.nl(*n))

    # ---------------- title
    title_line = None
    if not doc.nofacts:
        t = body_title
        cands = [x for x in (doc.agg, doc.agg, doc.pubname) if x]
        if cands and r.random() < 0.55:
            suffix = r.choice(cands)
            sep = r.choice([" – ", " | ", " - ", " — ", " :: ", " · "])
            title_line = Line([F("title", t), sep, F("site_name", suffix)], label="title",
                              title_text=t, site_suffix=suffix)
        else:
            title_line = Line([F("title", t)], label="title", title_text=t, site_suffix=None)

    # ---------------- meta (byline, dates)
    if not doc.nofacts:
        if r.random() < 0.5:
            parts = byline_line(doc, people)
            if r.random() < 0.3:
                parts += [r.choice([" · ", " | ", ", "]), date_parts(r, doc.pub_dt, L, "published")]
                meta.append(doc.nl(parts, "byline"))
            else:
                meta.append(doc.nl(parts, "byline"))
                if r.random() < 0.6:
                    meta.append(doc.nl([doc.pick("pub_label"), date_parts(r, doc.pub_dt, L, "published")], "date_line"))
        elif r.random() < 0.5:
            meta.append(doc.nl([doc.pick("pub_label"), date_parts(r, doc.pub_dt, L, "published")], "date_line"))
        if r.random() < 0.25 and not doc.upd_used and doc.arch != "syndication":
            doc.upd_used = True
            meta.append(doc.nl([doc.pick("upd_label"), doc.ctx["UPD"]], "date_line"))
    elif r.random() < 0.4:
        meta.append(doc.nl(doc.pick("reltime"), "date_line"))
    if r.random() < 0.25:
        meta.append(doc.nl(doc.pick("readtime"), "reading_time"))
    if r.random() < 0.15:
        meta.append(doc.nl(doc.pick("share"), "share_row"))

    # ---------------- body
    body = []
    first = paras[0]
    dl = None
    if LEAD_DATELINE.match(first):
        pass  # the article already opens with a dateline
    elif not doc.nofacts and doc.agency and r.random() < 0.3:
        can, _ = doc.agency
        city = r.choice(names.CITIES[doc.body_lang])
        tok = {"EFE": "EFE"}.get(can, can)
        if doc.body_lang == "es":
            dl = [f"{city}, {r.randint(1, 28)} {r.choice(['mar', 'jun', 'oct'])} (", F("credits", tok, can, names.AGENCY_LONG[can]), ").- "]
        elif doc.body_lang == "en":
            dl = [f"{city} (", F("credits", tok, can, names.AGENCY_LONG[can]), ") — "]
        else:
            dl = [f"{city} (", F("credits", tok, can, names.AGENCY_LONG[can]), ") - "]
    elif r.random() < 0.15:
        city = r.choice(names.CITIES[doc.body_lang])
        dl = [f"{city} – " if doc.body_lang != "en" else f"{city} — "]
    body.append(Line((dl or []) + [first], label="body"))
    for p in paras[1:]:
        body.append(Line([p], label="body"))
    if r.random() < 0.4 and len(body) > 2:
        body.insert(r.randint(2, len(body) - 1), Line([r.choice(traps)], label="body"))

    # mid-body boilerplate
    n_body = len(body)
    if n_body > 3:
        if r.random() < 0.45:
            mids.append((r.randint(1, n_body - 2), doc.nl(doc.pick("ad"), "advertisement_label")))
        if r.random() < 0.35:
            mids.append((r.randint(1, n_body - 2), doc.nl(doc.pick("alsoread") + r.choice(heads), "also_read")))
        if doc.arch == "autoblog" and r.random() < 0.4:
            mids.append((r.randint(1, n_body - 2), doc.nl(r.choice(common.pool("shortcode", L, doc.split)), "shortcode")))
        if r.random() < 0.35:
            k = r.choice(["partner", "promo", "disclaimer", "syndication"] if not doc.nofacts else ["notresp", "takedown"])
            n = doc.notice(k)
            if n:
                mids.append((r.randint(1, n_body - 2), doc.nl(*n)))
        if r.random() < 0.12:
            mids.append((r.randint(1, n_body - 2), doc.nl(doc.pick("newsletter"), "newsletter_promo")))

    # ---------------- tail provenance cluster(s)
    plan = tail_plan(doc)
    notices = []
    for item in plan:
        k, need = item if isinstance(item, tuple) else (item, ())
        n = doc.notice(k, need) or (doc.notice(k) if need else None)
        if n:
            notices.append(n)
    # make sure a document with facts names its publisher somewhere
    if not doc.nofacts:
        seen = [ln.parts for ln in head + [m for _, m in mids]] + [p for p, _ in notices]
        if not any(f[0] == "publisher" for ps in seen for f in flatten(ps)[1]):
            pubk = ("P",) if doc.pubname else ("H",)
            n = doc.notice(r.choice(["source", "orig", "promo"]), pubk) or doc.notice("orig", ("H",))
            if n:
                notices.insert(r.randint(0, len(notices)), n)
    # run two notices together on one line now and then
    tail_notice_lines = []
    i = 0
    while i < len(notices):
        if i + 1 < len(notices) and r.random() < 0.18:
            (p1, k1), (p2, k2) = notices[i], notices[i + 1]
            sep = r.choice([" ", " | ", " — ", " · "])
            t1, t2 = flatten(p1)[0], flatten(p2)[0]
            kind = k1 if len(t1) >= len(t2) else k2
            tail_notice_lines.append(doc.nl(p1 + [sep] + p2, kind))
            i += 2
        else:
            tail_notice_lines.append(doc.nl(*notices[i]))
            i += 1

    # other tail boilerplate, interleaved with the notice cluster
    extra_a, extra_b = [], []
    if doc.arch == "autoblog" and r.random() < 0.6:
        extra_a.append(doc.nl(r.choice(common.pool("shortcode", L, doc.split)), "shortcode"))
    if r.random() < 0.3 and not doc.nofacts and doc.agency:
        extra_a.append(wire_line(doc))
    elif r.random() < 0.25:
        extra_a.append(doc.nl(doc.pick("wire_anon"), "wire_credit_line"))
    if r.random() < 0.25:
        rk = "readmore" if r.random() < 0.5 else "readorig"
        extra_a.append(doc.nl(doc.pick(rk), "read_more" if rk == "readmore" else "read_original"))
    if r.random() < 0.35:
        extra_b.append(doc.nl(doc.pick("share"), "share_row"))
    if r.random() < 0.45:
        extra_b += tag_block(doc)
    if r.random() < 0.2:
        extra_b.append(doc.nl(doc.pick("reaction"), "reaction_counter"))
    if r.random() < 0.2:
        extra_b.append(doc.nl(doc.pick(r.choice(["app", "social", "newsletter"])), None))
        t = extra_b[-1].parts[0]
        extra_b[-1].kind = ("app_promo" if t in common.C["app"][L] else
                            "social_promo" if t in common.C["social"][L] else "newsletter_promo")
    if r.random() < 0.12:
        extra_b.append(doc.nl(doc.pick("email"), "email_placeholder"))
    if r.random() < 0.12:
        extra_b.append(doc.nl(doc.pick("ui"), "ui_word"))
    lists = []
    for _ in range(r.choice([0, 1, 1, 2])):
        lists += list_block(doc, heads)
    if doc.arch == "autoblog" and r.random() < 0.5:
        pv, nx = doc.pick("prevnext")
        a, b = r.sample(heads, 2)
        lists += [doc.nl(pv + (a if pv.endswith(" ") else ""), "prev_next_link"),
                  doc.nl(nx + (b if nx.endswith(" ") else ""), "prev_next_link")]
    if doc.arch in ("autoblog", "syndication") and r.random() < 0.45:
        lists += comment_lines(doc)
    end = []
    if r.random() < 0.3:
        end += footer_lines(doc)
    if r.random() < 0.2:
        end.append(doc.nl(doc.pick("backtop"), "back_to_top"))

    # order: notices split between just-after-body and the very end
    cut = r.randint(0, len(tail_notice_lines))
    tail = extra_a + tail_notice_lines[:cut] + extra_b + lists + tail_notice_lines[cut:] + end
    if r.random() < 0.3:
        tail = tail_notice_lines[:cut] + extra_a + extra_b + lists + tail_notice_lines[cut:] + end

    # ---------------- assemble
    body_with_mids = list(body)
    for pos, ln in sorted(mids, key=lambda x: -x[0]):
        body_with_mids.insert(pos, ln)
    lines = head + ([title_line] if title_line else []) + meta + body_with_mids + tail
    return lines


def tail_plan(doc):
    r = doc.rng
    a = doc.arch
    named_a = ("A",) if doc.agg and not doc.nofacts else ()
    plan = []
    if a == "nofacts":
        plan += r.sample(["disclaimer", "takedown", "notresp", "rights", "correction", "source"], r.randint(3, 5))
        return plan
    pubk = ("P",) if doc.pubname else ("H",)
    if a == "aggregator":
        plan.append(r.choice([("source", pubk), ("orig", pubk), "url", "url"]))
        if r.random() < 0.5:
            plan.append(("promo", pubk))
        if r.random() < 0.5:
            plan.append("url")
        plan.append(("disclaimer", named_a))
        plan += r.sample(["takedown", "notresp"], r.choice([0, 1, 1, 2]))
        if r.random() < 0.4:
            plan.append("rights")
        if r.random() < 0.25:
            plan.append("correction")
    elif a == "autoblog":
        plan.append(r.choice([("source", pubk), "source", ("orig", pubk)]))
        if r.random() < 0.55:
            plan.append("url")
        if r.random() < 0.35:
            plan.append(("import", pubk))
        if r.random() < 0.5:
            plan.append(r.choice(["takedown", ("takedown", named_a)]))
        if r.random() < 0.35:
            plan.append("notresp")
        if r.random() < 0.4:
            plan.append("rights")
    elif a == "syndication":
        plan.append(("syndication", pubk if r.random() < 0.7 else ()))
        if r.random() < 0.5:
            plan.append(("orig", pubk))
        if r.random() < 0.6:
            plan.append("rights")
        if r.random() < 0.5:
            plan.append("correction")
        if r.random() < 0.4:
            plan.append(("promo", pubk))
        if r.random() < 0.3:
            plan.append("url")
    elif a == "feed_portal":
        plan.append((r.choice(["import", "partner"]), pubk if r.random() < 0.8 else ()))
        if r.random() < 0.6:
            plan.append(("disclaimer", named_a))
        if r.random() < 0.6:
            plan.append("url")
        if r.random() < 0.4:
            plan.append(("source", pubk))
        if r.random() < 0.5:
            plan.append("notresp")
        if r.random() < 0.3:
            plan.append("correction")
        if r.random() < 0.25:
            plan.append("rights")
    have = {p if isinstance(p, str) else p[0] for p in plan}
    spare = [k for k in ("rights", "notresp", "takedown", "correction", "orig", "source", "promo") if k not in have]
    plan += r.sample(spare, min(len(spare), r.choice([0, 1, 1, 2, 2, 3])))
    r.shuffle(plan)
    return plan


# ------------------------------------------------------------------ main

def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--gt", default=DEFAULT_GT)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", default=str(HERE / "corpus.jsonl"))
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    arts, de_arts = load_gt(args.gt)
    rng.shuffle(arts)
    half = len(arts) // 2
    gt_split = {"dev": arts[:half], "test": arts[half:]}
    de_split = {"dev": de_arts[:1], "test": de_arts[1:2]}

    decks = {}
    for split in ("dev", "test"):
        for lang, mod in WORDINGS.items():
            pool = mod.DEV if split == "dev" else mod.TEST
            for k in FOCUS_KINDS:
                decks[(split, lang, k)] = Deck(pool[k], rng)

    records = []
    for split in ("dev", "test"):
        plan = PLAN[split]
        langs = [l for l, n in plan["lang"].items() for _ in range(n)]
        archs = [a for a, n in plan["arch"].items() for _ in range(n)]
        rng.shuffle(langs)
        rng.shuffle(archs)
        # body assignment
        gts = list(gt_split[split])
        used_gt = []
        story_uses = {}
        jobs = []
        for lang, arch in zip(langs, archs):
            body = None
            if lang == "de" and de_split[split] and not any(j[2][0] == "gtde" for j in jobs):
                key, url, paras = de_split[split][0]
                body = ("gtde", key, url, paras, "de")
            elif lang != "en":
                stories = foreign.STORIES[split][lang]
                cands = [i for i in range(len(stories)) if story_uses.get((lang, i), 0) < 4]
                if cands and rng.random() < 0.7:
                    i = min(cands, key=lambda c: story_uses.get((lang, c), 0))
                    story_uses[(lang, i)] = story_uses.get((lang, i), 0) + 1
                    body = ("story", f"{lang}-{split}{i}", None, stories[i], lang)
            if body is None:
                key, url, paras = gts.pop()
                used_gt.append(key)
                body = ("gt", key, url, paras, "en")
            jobs.append((lang, arch, body))
        # the split's remaining articles give English list headlines
        en_heads = [t for t in (slug_title(u) or first_clause(p[0]) for _, u, p in gts) if t][:40]
        for lang, arch, body in jobs:
            records.append(make_record(rng, split, lang, arch, body, decks, en_heads))
    for i, rec in enumerate(records):
        rec["id"] = f"p{i:03d}"
    out = [json.dumps({k: rec[k] for k in ("id", "split", "archetype", "lang", "source", "text", "lines",
                                           "expected_body", "facts")}, ensure_ascii=False) for rec in records]
    Path(args.out).write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {len(records)} documents to {args.out}")


def make_record(rng, split, lang, arch, body, decks, en_heads):
    btype, key, url, content, body_lang = body
    r = rng
    if btype == "story":
        title, paras_all = content
        n = len(paras_all)
        k = r.randint(max(4, n - 2), n)
        s = r.randint(0, n - k)
        paras = paras_all[s:s + k]
        if s > 0 and len(paras[0].split()) < 6:
            paras = paras[1:]
    else:
        paras_all = content
        k = min(len(paras_all), r.randint(4, 10))
        s = r.randint(0, max(0, min(2, len(paras_all) - k)))
        paras = paras_all[s:s + k]
        title = slug_title(url) if btype == "gt" else None
        if not title:
            cands = [first_clause(p).strip("“”\"'‘’«»„ ") for p in paras
                     if not p.startswith(("“", '"', "'", "‘", "«", "„"))]
            title = next((c for c in cands if len(c.split()) >= 5), cands[0] if cands else paras[0][:80])
            title = title[:1].upper() + title[1:]
        while sum(len(p) for p in paras) > 6000 and len(paras) > 4:
            paras = paras[:-1]
    doc = Doc(r, split, lang, arch, decks, body_lang)
    nofacts = arch == "nofacts"
    aggs = names.AGGREGATORS[split][lang]
    agg = r.choice(aggs) if (arch in ("aggregator", "feed_portal") or r.random() < 0.6) else None
    publang = lang if body_lang != "en" or lang == "en" else "en"
    pubname = host = purl = None
    if not nofacts:
        if btype == "gt" and r.random() < 0.45:
            purl = url
            host = urlsplit(url).netloc
        else:
            pubname, host = r.choice(names.PUBLISHERS[split][publang])
            plain = unicodedata.normalize("NFKD", title.lower().replace("ß", "ss"))
            plain = "".join(c for c in plain if not unicodedata.combining(c))
            slug = re.sub(r"[^a-z0-9]+", "-", plain)[:60].strip("-")
            sec = r.choice(["news", "local", "world", "politik", "actualite", "noticias", "region", "story"])
            form = r.randrange(4)
            if form == 0:
                purl = f"https://{host}/{sec}/{slug}-{r.randint(10000, 999999)}.html"
            elif form == 1:
                purl = f"https://{host}/{r.randint(2022, 2024)}/{r.randint(1, 12):02d}/{slug}/"
            elif form == 2:
                purl = f"https://{host}/{sec}/{slug}"
            else:
                purl = f"https://{host}/article/{r.randint(100000, 9999999)}/{slug}"
    agency = None
    if not nofacts:
        can = r.choice(names.AGENCIES_BY_LANG[body_lang if body_lang == lang else lang])
        agency = (can, r.choice([can] * 2 + names.AGENCY_LONG[can]))
    people = [f + " " + l for f in names.FIRST[split][lang] for l in names.LAST[split][lang]]
    doc.setup(agg, pubname, host, purl, agency, title)
    if nofacts:
        doc.agg = agg
    heads = en_heads if lang == "en" else foreign.HEADLINES[split][lang]
    traps = foreign.TRAPS[split][body_lang]
    lines = build(doc, title, paras, people, heads, traps, None)
    layout = r.choice(["double", "double", "single", "mixed"])
    text, recs, raw = assemble(lines, r, layout, r.random() < 0.6)
    facts = collect_facts(raw)
    body_lines = [x["text"] for x in recs if x["label"] == "body"]
    return {"split": split, "archetype": arch, "lang": lang, "source": key, "text": text, "lines": recs,
            "expected_body": "\n\n".join(body_lines), "facts": facts}


if __name__ == "__main__":
    main()
