#!/usr/bin/env python3
"""Generate blind_n: provenance notices on aggregator / autoblog / syndication copies of news.

Deterministic (seeded random.Random, stdlib only). Writes corpus.jsonl beside this file.

  python3 generate.py [--gt PATH] [--seed N] [--out PATH] [--coverage]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import foreign  # noqa: E402
import names  # noqa: E402
import wordings as W  # noqa: E402
from kit import Line, ascii_slug, build_record, fact, publisher_forms, render  # noqa: E402

DEFAULT_GT = "/work/shared/bench/article-extraction-benchmark/ground-truth.json"
SEED = 51733
LANGS = ("en", "de", "fr", "es")
SEED_OUTLETS = ("livemint", "kxan", "rnz.co.nz", "ndtv")

ARCHETYPES = [  # (name, count)
    ("feed_card", 26),
    ("autoblog", 24),
    ("syndication", 24),
    ("legal_notice", 20),
    ("portal_digest", 22),
    ("noprov", 16),
    ("nofacts", 16),
    ("clean", 12),
]

USAGE: Counter = Counter()  # (pool, lang, split, template) -> uses, for the coverage report

# ------------------------------------------------------------------ English bodies

_JUNK = re.compile(
    r"https?:|www\.|\.com\b|photo|image|credit|copyright|©|originally|first (appeared|published)|"
    r"subscribe|sign up|newsletter|follow (us|him|her|@)|click|read more|this (article|story|post)|"
    r"contributed|reporting by|editing by|associated press|reuters|\((AP|AFP|UPI|PTI|ANI|IANS)\)|"
    r"\bAFP\b|\bPTI\b|\bANI\b|\bIANS\b|bloomberg|syndicat|aggregat|source:|courtesy|all rights|"
    r"advertis|sponsor|related|trending|comment|tags?:|updated|@|\bvia\b|reprint|republish|"
    r"\bfeed\b|newspaper|the paper\b|publisher",
    re.I,
)
_BADCH = re.compile(r"[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_STOP = set("the of and to in a is that for on with as was it by at be are from has have said".split())


def english_articles(gt: dict) -> list[tuple[str, str, list[str]]]:
    out = []
    for pid in sorted(gt):
        v = gt[pid]
        url = v.get("url", "")
        host = urlparse(url).netloc.lower()
        if any(s in host for s in SEED_OUTLETS):
            continue
        body = _BADCH.sub(" ", v.get("articleBody", ""))
        toks = re.findall(r"[a-z]+", body.lower())
        if len(toks) < 150 or sum(t in _STOP for t in toks) / len(toks) < 0.18:
            continue
        paras = []
        for p in body.split("\n"):
            p = " ".join(p.split())
            if len(p.split()) < 8 or len(p) > 1400 or _JUNK.search(p):
                continue
            if p[0] in "-•*–—>|[" or p.isupper() or p[-1] not in ".!?\"”’')":
                continue
            paras.append(p)
        if len(paras) >= 4:
            out.append((pid, url, paras))
    return out


def en_title(url: str, paras: list[str], rng: random.Random) -> str:
    segs = [s for s in urlparse(url).path.split("/") if s]
    words = None
    for s in reversed(segs):
        s = re.sub(r"\.(html?|php|aspx?|cms)$", "", s)
        ws = [w for w in re.split(r"[-_]+", s) if w]
        ws = [w for w in ws if not re.fullmatch(r"\d{5,}|[0-9a-f]{8,}|\d+[a-z]\d+", w)]
        if len(ws) >= 4 and all(re.fullmatch(r"[A-Za-z']+|\d{1,4}", w) for w in ws):
            words = [w.lower() for w in ws[:14]]
            break
    if words is None:
        first = re.split(r"(?<=[.!?])\s", paras[0])[0]
        words = first.rstrip(".!?\"”").split()
        if len(words) > 14:
            words = words[:12]
            while words[-1].lower() in {"a", "an", "the", "of", "in", "on", "to", "and", "for", "at", "by", "with"}:
                words = words[:-1]
        words = [w.rstrip(",;:") for w in words if w not in ("-", "–", "—", "|")]
        t = " ".join(words)
        return t[0].upper() + t[1:]
    if rng.random() < 0.4:
        small = {"a", "an", "the", "of", "in", "on", "to", "and", "for", "at", "by", "or", "with"}
        return " ".join(w if (i and w in small) else w[:1].upper() + w[1:] for i, w in enumerate(words))
    t = " ".join(words)
    return t[0].upper() + t[1:]


# ------------------------------------------------------------------ cycling pools


class Pools:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.q: dict = {}

    def take(self, key, items):
        q = self.q.get(key)
        if not q:
            q = list(items)
            self.rng.shuffle(q)
            self.q[key] = q
        return q.pop()


# ------------------------------------------------------------------ one document


class Doc:
    def __init__(self, g, lang, split, archetype, rng):
        self.g = g
        self.lang = lang
        self.split = split
        self.arch = archetype
        self.rng = rng
        self.agg = g.pools.take(("agg", lang, split), names.AGGREGATORS[lang][split])
        self.pub, self.host = g.pools.take(("pub", lang, split), names.PUBLISHERS[lang][split])
        self.pub_shown = self.pub
        if lang == "fr" and self.pub.startswith("L'") and rng.random() < 0.5:
            self.pub_shown = "l'" + self.pub[2:]
        self.title = None
        self.url = None
        self.section = None
        self.quota: dict = {}

    # -- helpers
    def pick(self, pool_name, pool):
        q = self.quota.get(pool_name)
        if q:
            t = q.pop(0)
        else:
            t = self.g.pools.take((pool_name, self.lang, self.split), pool[self.lang][self.split])
        USAGE[(pool_name, self.lang, self.split, t if isinstance(t, str) else t[1])] += 1
        return t

    def ord(self, kind):
        return self.g.pools.take(("ord", kind, self.lang, self.split), W.split_half(W.ORD[self.lang][kind], self.split))

    def slots(self):
        return {
            "A": (self.agg, "aggregator"),
            "P": (self.pub_shown, "publisher"),
            "T": (self.g.pools.take(("t", self.lang, self.split), W.REL_TIME[self.lang][self.split]), None),
            "U": (self.make_url(), "original_url"),
            "H": (self.title or self.headline(), None),
        }

    def make_url(self):
        if self.url is None:
            r = self.rng
            shape = r.choice(W.URL_SHAPES[self.split])
            slug = ascii_slug(self.title or self.headline()) or "story"
            sec = ascii_slug(self.section or r.choice(names.SECTIONS[self.lang][self.split]), 2) or "news"
            self.url = (shape.replace("{h}", self.host).replace("{S}", sec).replace("{G}", slug)
                        .replace("{Y}", str(r.choice([2022, 2023, 2024]))).replace("{M}", f"{r.randint(1, 12):02d}")
                        .replace("{D}", f"{r.randint(1, 28):02d}").replace("{N}", str(r.randint(10000, 9999999))))
        return self.url

    def headline(self):
        h = W.HEADLINES[self.lang]
        subj = W.split_half(h["subj"], self.split)
        return f"{self.rng.choice(subj)} {self.rng.choice(h['pred'])}"

    def bp(self, text, kind, facts=None):
        return Line(text, "boilerplate", kind, facts)

    # -- provenance lines
    def agg_line(self):
        t = self.pick("agg_named", W.AGG_NAMED)
        txt, fs = render(t, self.slots())
        return self.bp(txt, "aggregator_disclaimer", fs)

    def aggpub_line(self):
        t = self.pick("agg_pub", W.AGG_PUB)
        txt, fs = render(t, self.slots())
        return self.bp(txt, "aggregator_disclaimer", fs)

    def agg_anon(self):
        return self.bp(self.pick("agg_anon", W.AGG_ANON), "aggregator_disclaimer")

    def pub_line(self):
        kind, t = self.pick("pub_lines", W.PUB_LINES)
        txt, fs = render(t, self.slots())
        return self.bp(txt, kind, fs)

    def synd_line(self, named):
        q = self.quota.get("synd")
        if q:
            named, t = q.pop(0)
            pn = "synd_named" if named == "named" else "synd_anon"
            USAGE[(pn, self.lang, self.split, t)] += 1
        else:
            t = self.pick("synd_named" if named else "synd_anon", W.SYND_NAMED if named else W.SYND_ANON)
        inner, fs = render(t, self.slots())
        pre, post = self.rng.choice([("", ""), ("", ""), ("(", ")"), ("[", "]"), ("* ", ""), ("*", "")])
        for f in fs:
            f["rel"] += len(pre)
        fs.append(fact("syndication", inner, len(pre), inner))
        return self.bp(pre + inner + post, "syndication_notice", fs)

    def url_line(self):
        t = self.pick("url_lines", W.URL_LINES)
        txt, fs = render(t, self.slots())
        return self.bp(txt, "original_url_line", fs)

    def factfree(self):
        kind, t = self.pick("factfree", W.FACTFREE)
        return self.bp(t, kind)

    # -- ordinary boilerplate
    def title_line(self, suffix_p=0.35):
        t = self.title
        facts = [fact("title", t, 0, t)]
        extra = {"title_text": t, "site_suffix": None}
        text = t
        if self.rng.random() < suffix_p:
            sep = self.rng.choice([" – ", " | ", " - ", " — ", " :: ", " · "])
            text = t + sep + self.agg
            facts.append(fact("site_name", self.agg, len(t) + len(sep), self.agg))
            extra["site_suffix"] = self.agg
        return Line(text, "title", None, facts, extra)

    def breadcrumb(self):
        r = self.rng
        sec = r.choice(names.SECTIONS[self.lang][self.split])
        self.section = sec
        root = self.ord("nav_root")
        sep = r.choice([" › ", " » ", " > ", " / "])
        txt = root + sep + sec
        return self.bp(txt, "breadcrumb", [fact("section", sec, len(root) + len(sep), sec)])

    def tag_line(self):
        r = self.rng
        tags = r.sample(names.TAGS[self.lang][self.split], r.randint(2, 3))
        label = self.ord("tag_label")
        joiner = r.choice([", ", " · ", " | "])
        txt = label + " "
        fs = []
        for i, t in enumerate(tags):
            if i:
                txt += joiner
            fs.append(fact("tags", t, len(txt), t))
            txt += t
        return self.bp(txt, "tag_line", fs)

    def nav(self):
        r = self.rng
        items = [self.ord("nav_root")] + r.sample(W.split_half(W.ORD[self.lang]["nav_items"], self.split), 3)
        if r.random() < 0.5:
            return [self.bp(" | ".join(items), "nav_menu")]
        return [self.bp(x, "nav_menu") for x in items]

    def hlist(self, header_kind, item_kind, nmin=2, nmax=5):
        r = self.rng
        out = [self.bp(self.ord(header_kind), header_kind)]
        bullet = r.choice(["", "", "- ", "• ", "» ", "1. "])
        for i in range(r.randint(nmin, nmax)):
            b = f"{i + 1}. " if bullet == "1. " else bullet
            h = self.headline()
            if r.random() < 0.15:
                h += " " + self.g.pools.take(("t", self.lang, self.split), W.REL_TIME[self.lang][self.split])
            out.append(self.bp(b + h, item_kind))
        return out

    def any_list(self):
        r = self.rng
        c = r.choice([("related_header", "related_item"), ("trending_header", "trending_item"),
                      ("more_stories_header", "more_stories_item"), ("ranking_header", "ranking_item"),
                      ("recommendation_header", "recommendation_item"), ("you_may_also_like", "related_item")])
        return self.hlist(*c)

    def comments(self):
        blocks = W.split_half(W.ORD[self.lang]["comment_blocks"], self.split)
        b = self.rng.choice(blocks)
        k = self.rng.randint(2, len(b))
        return [self.bp(x, "comment_form") for x in b[:k]]

    def share(self):
        return [self.bp(self.ord("share_row"), "share_row") for _ in range(self.rng.randint(1, 2))]

    def footer(self):
        fl = W.split_half(W.ORD[self.lang]["footer_link"], self.split)
        k = self.rng.randint(2, len(fl))
        if self.rng.random() < 0.5:
            return [self.bp(" | ".join(fl[:k]), "footer_link")]
        return [self.bp(x, "footer_link") for x in fl[:k]]

    def one(self, kind):
        return self.bp(self.ord(kind), kind)


# ------------------------------------------------------------------ archetype builders


def flush_quota(d: Doc, head: list, tail: list) -> None:
    """Place the wordings assigned to this document that the builder did not use yet."""
    r = d.rng
    has_url = any(x.kind == "original_url_line" for x in head + tail)
    has_synd = any(x.kind == "syndication_notice" for x in head + tail)
    extra_head, extra_tail = [], []
    if d.quota.get("synd") and not has_synd:
        (extra_head if r.random() < 0.3 else extra_tail).append(d.synd_line(True))
    if d.quota.get("url_lines") and not has_url:
        extra_tail.append(d.url_line())
    while d.quota.get("pub_lines"):
        (extra_head if r.random() < 0.35 else extra_tail).append(d.pub_line())
    while d.quota.get("agg_named"):
        (extra_head if r.random() < 0.25 else extra_tail).append(d.agg_line())
    while d.quota.get("agg_pub"):
        extra_tail.append(d.aggpub_line())
    while d.quota.get("agg_anon"):
        extra_tail.append(d.agg_anon())
    assert not any(d.quota.values()), d.quota
    # head extras go right after the title line (or at the end of the head)
    ti = next((i for i, x in enumerate(head) if x.label == "title"), len(head) - 1)
    for x in extra_head:
        head.insert(ti + 1, x)
    for x in extra_tail:
        tail.insert(r.randint(0, len(tail)), x)


def assign_quota(docs_meta: list, rng: random.Random) -> None:
    """Spread every provenance wording over the documents of its language and split, so that
    each one occurs at least once. docs_meta: list of Doc."""
    prov = ("feed_card", "autoblog", "syndication", "legal_notice", "portal_digest")
    for lang in LANGS:
        for split in ("dev", "test"):
            mine = [d for d in docs_meta if d.lang == lang and d.split == split]
            carriers = [d for d in mine if d.arch in prov]
            rng.shuffle(carriers)
            # syndication archetype first for syndication notices (they carry one anyway)
            synd_order = [d for d in carriers if d.arch == "syndication"] + [d for d in carriers if d.arch != "syndication"]
            synd = [("named", t) for t in W.SYND_NAMED[lang][split]] + [("anon", t) for t in W.SYND_ANON[lang][split]]
            rng.shuffle(synd)
            assert len(synd) <= len(synd_order), (lang, split)
            for d, t in zip(synd_order, synd):
                d.quota["synd"] = [t]
            urls = list(W.URL_LINES[lang][split])
            rng.shuffle(urls)
            url_order = sorted(carriers, key=lambda d: d.arch == "syndication")
            assert len(urls) <= len(url_order), (lang, split)
            for d, t in zip(url_order, urls):
                d.quota["url_lines"] = [t]
            k = 0
            for pool_name, pool in (("agg_named", W.AGG_NAMED), ("agg_pub", W.AGG_PUB), ("pub_lines", W.PUB_LINES)):
                items = list(pool[lang][split])
                rng.shuffle(items)
                for t in items:
                    carriers[k % len(carriers)].quota.setdefault(pool_name, []).append(t)
                    k += 1
            anon_car = carriers + [d for d in mine if d.arch == "nofacts"]
            items = list(W.AGG_ANON[lang][split])
            rng.shuffle(items)
            for i, t in enumerate(items):
                anon_car[(i * 3 + 1) % len(anon_car)].quota.setdefault("agg_anon", []).append(t)


def body_lines(d: Doc, paras: list[str], traps: int, ads: bool) -> list:
    r = d.rng
    out: list = [Line(p, "body") for p in paras]
    for _ in range(traps):
        t = d.g.pools.take(("trap", d.lang, d.split), W.TRAPS[d.lang][d.split])
        out.insert(r.randint(1, len(out)), Line(t, "body"))
    if ads and len(out) > 3:
        out.insert(r.randint(2, len(out) - 1), d.one("advertisement_label"))
    if r.random() < 0.15:  # trailing whitespace on a body line
        i = r.randrange(len(out))
        if out[i].label == "body":
            out[i] = Line(out[i].text + r.choice([" ", "  ", "\u00a0"]), "body")
    return out


def P(d, p):
    return d.rng.random() < p


def build(d: Doc, paras: list[str]) -> list:
    r = d.rng
    head: list = []
    tail: list = []
    a = d.arch
    traps = r.choice([0, 0, 1, 1, 2]) if a != "clean" else r.choice([0, 1])
    ads = a in ("feed_card", "autoblog", "portal_digest", "noprov") and P(d, 0.4)
    prov = 0

    if a == "feed_card":
        if P(d, 0.3):
            head.append(d.one("skip_link"))
        if P(d, 0.5):
            head += d.nav()
        head.append(d.title_line())
        if P(d, 0.7):
            head.append(d.pub_line()); prov += 1
        elif P(d, 0.5):
            head.append(d.one("date_line"))
        if P(d, 0.4):
            tail += d.share()
        if P(d, 0.35):
            tail.append(d.pub_line()); prov += 1
        if P(d, 0.45):
            tail.append(d.url_line()); prov += 1
        if P(d, 0.75) or prov == 0:
            tail.append(d.agg_line())
        elif P(d, 0.5):
            tail.append(d.agg_anon())
        if P(d, 0.6):
            tail += d.any_list()
        if P(d, 0.4):
            tail += d.footer()

    elif a == "autoblog":
        head.append(d.title_line())
        if P(d, 0.4):
            head.append(d.one("date_line"))
        if P(d, 0.6):
            tail.append(d.pub_line()); prov += 1
        if P(d, 0.4):
            tail.append(d.factfree())
        if P(d, 0.6):
            tail += d.share()
        if P(d, 0.5):
            tail.append(d.tag_line())
        if P(d, 0.7):
            tail += d.any_list()
        if P(d, 0.5):
            tail += [d.one("prev_next_link") for _ in range(r.randint(1, 2))]
        if P(d, 0.7):
            tail += d.comments()
        if P(d, 0.5) or prov == 0:
            tail.append(d.aggpub_line() if P(d, 0.5) else d.agg_line())

    elif a == "syndication":
        if P(d, 0.5):
            head.append(d.breadcrumb())
        head.append(d.title_line(0.25))
        named = P(d, 0.6)
        if P(d, 0.35):
            head.append(d.synd_line(named))
        else:
            tail.append(d.synd_line(named))
        if P(d, 0.4):
            tail.append(d.pub_line())
        if P(d, 0.3):
            tail.append(d.factfree())
        if P(d, 0.5):
            tail.append(d.one("newsletter_promo"))
        if P(d, 0.5):
            tail += [d.one("prev_next_link") for _ in range(r.randint(1, 2))]
        if P(d, 0.4):
            tail += d.any_list()
        if P(d, 0.4):
            tail.append(d.one("copyright_notice"))

    elif a == "legal_notice":
        if P(d, 0.4):
            head.append(d.agg_line())
        head.append(d.title_line(0.45))
        if P(d, 0.4):
            tail += d.share()
        if P(d, 0.6):
            tail.append(d.aggpub_line())
        if P(d, 0.6):
            tail.append(d.url_line())
        if P(d, 0.7) or not any(x.kind == "aggregator_disclaimer" for x in head + tail):
            tail.append(d.agg_line())
        if P(d, 0.3):
            tail.append(d.agg_anon())
        if P(d, 0.5):
            tail += d.footer()
        if P(d, 0.4):
            tail.append(d.one("copyright_notice"))
        if P(d, 0.3):
            tail.append(d.one("back_to_top"))

    elif a == "portal_digest":
        if P(d, 0.4):
            head += d.nav()
        if P(d, 0.6):
            head.append(d.breadcrumb())
        head.append(d.title_line())
        if P(d, 0.4):
            head.append(d.one("date_line"))
        if P(d, 0.65):
            head.append(d.pub_line()); prov += 1
        if P(d, 0.6):
            tail.append(d.tag_line())
        if P(d, 0.4):
            tail.append(d.one("newsletter_promo"))
        if P(d, 0.4):
            tail.append(d.one("social_promo"))
        if P(d, 0.6):
            tail += d.any_list()
        if P(d, 0.35):
            tail += d.any_list()
        if P(d, 0.35) or prov == 0:
            tail.append(d.url_line())
        if P(d, 0.4):
            tail.append(d.agg_line())
        if P(d, 0.4):
            tail.append(d.one("copyright_notice"))

    elif a == "noprov":
        if P(d, 0.4):
            head.append(d.breadcrumb())
        head.append(d.title_line(0.4))
        if P(d, 0.4):
            head.append(d.one("date_line"))
        traps = max(traps, 1)
        if P(d, 0.6):
            tail += d.share()
        if P(d, 0.5):
            tail.append(d.tag_line())
        if P(d, 0.3):
            tail.append(d.factfree())
        if P(d, 0.7):
            tail += d.any_list()
        if P(d, 0.5):
            tail += d.comments()
        if P(d, 0.4):
            tail.append(d.one("newsletter_promo"))
        if P(d, 0.4):
            tail += d.footer()
        if not tail:
            tail += d.share()

    elif a == "nofacts":
        if P(d, 0.3):
            head.append(d.one("skip_link"))
        if P(d, 0.5):
            head += d.nav()
        if P(d, 0.3):
            head.append(d.one("date_line"))
        traps = max(traps, 1)
        if P(d, 0.6):
            tail.append(d.factfree())
        if P(d, 0.7):
            tail.append(d.agg_anon())
        if P(d, 0.5):
            tail += d.share()
        if P(d, 0.6):
            tail += d.any_list()
        if P(d, 0.4):
            tail += d.comments()
        if P(d, 0.4):
            tail += d.footer()
        if P(d, 0.3):
            tail.append(d.one("back_to_top"))
        if not tail:
            tail.append(d.agg_anon())

    elif a == "clean":
        if d.title is not None:
            head.append(d.title_line(0.0))

    flush_quota(d, head, tail)
    body = body_lines(d, paras, traps, ads)
    items = head + ["|"] + body + ["|"] + tail
    # blocks: tail entries separated by blocks when the builder grouped them
    return [x for x in items]


# ------------------------------------------------------------------ plan and main


def plan(rng: random.Random):
    docs = []
    fcycle = ["de", "fr", "es"]
    fi = 0
    for arch, count in ARCHETYPES:
        n_en = math.ceil(count / 2)
        langs = ["en"] * n_en
        for _ in range(count - n_en):
            langs.append(fcycle[fi % 3])
            fi += 1
        groups = defaultdict(list)
        for lg in langs:
            groups[lg].append(lg)
        for lg, g in sorted(groups.items()):
            first = rng.choice(["dev", "test"])
            other = "test" if first == "dev" else "dev"
            for i in range(len(g)):
                docs.append((arch, lg, first if i % 2 == 0 else other))
    rng.shuffle(docs)
    return docs


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--gt", default=DEFAULT_GT)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", default=str(HERE / "corpus.jsonl"))
    ap.add_argument("--coverage", action="store_true", help="print how often each wording was used")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    gt = json.loads(Path(args.gt).read_text(encoding="utf-8"))
    arts = english_articles(gt)
    rng.shuffle(arts)
    docs_plan = plan(rng)
    n_en = Counter(s for a, lg, s in docs_plan if lg == "en")
    if len(arts) < n_en["dev"] + n_en["test"]:
        raise SystemExit(f"only {len(arts)} usable English articles")
    en_pool = {"dev": arts[: n_en["dev"]], "test": arts[n_en["dev"]: n_en["dev"] + n_en["test"]]}

    class G:
        pass

    g = G()
    g.pools = Pools(rng)
    story_i = Counter()
    out = []
    all_docs = [Doc(g, lang, split, arch, rng) for arch, lang, split in docs_plan]
    assign_quota(all_docs, rng)
    for idx, (arch, lang, split) in enumerate(docs_plan):
        d = all_docs[idx]
        if lang == "en":
            pid, url, paras = en_pool[split].pop()
            k = rng.randint(4, min(9, len(paras)))
            s = rng.randint(0, len(paras) - k)
            chosen = paras[s: s + k]
            while sum(len(p) for p in chosen) > 4500 and len(chosen) > 4:
                chosen = chosen[:-1]
            title = en_title(url, paras if s == 0 else chosen, rng)
            source = pid
        else:
            base = 0 if split == "dev" else 3
            si = base + story_i[(lang, split)] % 3
            story_i[(lang, split)] += 1
            head, ps = foreign.STORIES[lang][si]
            city = rng.choice(names.CITIES[lang][split])
            keep = [ps[0]] + [p for p in ps[1:] if rng.random() < 0.8]
            chosen = [p.replace("{CITY}", city) for p in keep]
            title = head.replace("{CITY}", city)
            source = f"{lang}-{si}"
        if arch == "nofacts" or (arch == "clean" and rng.random() < 0.5):
            title = None
        d.title = title
        items = build(d, chosen)
        layout = rng.choices(["double", "single", "mixed", "blocks"], weights=[5, 2, 3, 2])[0]
        nl = "\r\n" if rng.random() < 0.1 else "\n"
        final_nl = rng.random() < 0.6
        forms = publisher_forms(d.pub, d.host, d.pub_shown)
        rec = build_record(f"n{idx:03d}", split, arch, lang, source, items, layout, nl, final_nl, rng, forms)
        out.append(rec)
    with open(args.out, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if args.coverage:
        pools = {"agg_named": W.AGG_NAMED, "agg_pub": W.AGG_PUB, "agg_anon": W.AGG_ANON, "pub_lines": W.PUB_LINES,
                 "synd_named": W.SYND_NAMED, "synd_anon": W.SYND_ANON, "url_lines": W.URL_LINES, "factfree": W.FACTFREE}
        for pn, pool in pools.items():
            for lg in LANGS:
                for sp in ("dev", "test"):
                    items = pool[lg][sp]
                    used = sum(1 for t in items if USAGE[(pn, lg, sp, t if isinstance(t, str) else t[1])])
                    print(f"{pn:<11} {lg} {sp:<4} {used:>2}/{len(items)} wordings used")
    print(f"wrote {len(out)} documents to {args.out}")


if __name__ == "__main__":
    main()
