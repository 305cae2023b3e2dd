#!/usr/bin/env python3
"""Generate blind_m: aggregator / autoblog news texts whose boilerplate sits inside the article
(headline lists, aggregator disclaimers, read-original / source / via lines, original URLs,
syndication notices) plus fact-free control documents. Deterministic, stdlib only.

    python3 generate.py [--gt PATH] [--seed N] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from random import Random

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import foreign  # noqa: E402
import kit  # noqa: E402
import names  # noqa: E402
import traps  # noqa: E402
import wordings  # noqa: E402
from kit import F, expand, half, pick  # noqa: E402

DEFAULT_GT = "/work/shared/bench/article-extraction-benchmark/ground-truth.json"
SEED = 51207

# archetype -> {lang: count}
PLAN = {
    "aggregator_feed": {"en": 21, "de": 3, "fr": 3, "es": 3},
    "autoblog": {"en": 18, "de": 2, "fr": 2, "es": 2},
    "syndicated_copy": {"en": 12, "de": 2, "fr": 2, "es": 2},
    "digest_portal": {"en": 12, "de": 2, "fr": 2, "es": 2},
    "spam_mirror": {"en": 9, "de": 1, "fr": 1, "es": 1},
    "control": {"en": 12, "de": 2, "fr": 2, "es": 2},
}

FAMILIES = {  # family -> (header pool, header kind, item kind)
    "related": ("hdr_related", "related_header", "related_item"),
    "ymal": ("hdr_ymal", "you_may_also_like", "related_item"),
    "recommendation": ("hdr_recommendation", "recommendation_header", "recommendation_item"),
    "ranking": ("hdr_ranking", "ranking_header", "ranking_item"),
    "trending": ("hdr_trending", "trending_header", "trending_item"),
    "more": ("hdr_more", "more_stories_header", "more_stories_item"),
}

JUNK = re.compile(
    r"https?:|www\.|©|copyright|photo|image|credit|getty|originally|subscri|sign up|newsletter|follow us|"
    r"this article|this story|associated press|\(ap\)|reuters|\bafp\b|agence|bloomberg|\bpti\b|\bians\b|\bani\b|"
    r"xinhua|\bdpa\b|\befe\b|kyodo|yonhap|\bupi\b|click|read more|related|source|\bvia\b|syndicat|aggregat|"
    r"all rights|advertis|@|\[|\]|contributed|reporting by|editing by|sponsor|affiliate|commission|"
    r"first published|first appeared|republish|reprint|courtesy|recommend|popular|trending|don't miss|"
    r"\bshare\b|comment|disclaimer|not responsible",
    re.I,
)
DATELINE = re.compile(r"^[A-Z][A-Za-z .,'-]{0,50}\([^)]{1,40}\)\s*[-–—:]")
BAD_CHARS = dict.fromkeys(map(ord, "\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e\r"), " ")

EN_SUBJ = ["City council", "Regional airport", "School board", "Local bakery", "Transit agency", "Hospital trust",
           "Football club", "State regulator", "Harbour authority", "University lab", "Mayor", "Water utility",
           "County sheriff", "Art museum", "Wildlife park", "Tech startup", "Farmers' union", "Fire service"]
EN_PRED = ["approves new budget after long debate", "unveils plan for riverside park", "faces questions over missing funds",
           "delays opening until spring", "hires first female chief in its history", "cuts ties with longtime supplier",
           "wins award for energy savings", "sued over noise complaints", "says repairs will take months",
           "launches free night service", "reports record visitor numbers", "warns of shortages this winter",
           "names new director after search", "shelves expansion amid cost fears", "asks residents to save water",
           "settles dispute with neighbours", "tests drones for deliveries", "moves into renovated headquarters"]


# ------------------------------------------------------------------ helpers

def slugify(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def slug_title(url):
    segs = [x for x in url.split("?")[0].split("#")[0].rstrip("/").split("/")[3:] if x]
    if not segs:
        return None
    s = re.sub(r"\.(html?|php|aspx?)$", "", segs[-1])
    words = [w for w in re.split(r"[-_]+", s) if w and not re.fullmatch(r"[0-9a-f]{6,}|\d+|[a-z]?\d{4,}\w*", w)]
    if len(words) < 4 or not all(re.fullmatch(r"[A-Za-z']+", w) for w in words):
        return None
    t = " ".join(words)
    return t[0].upper() + t[1:]


def clean_paras(body):
    out = []
    for p in body.split("\n"):
        p = " ".join(p.translate(BAD_CHARS).split())
        if len(p.split()) < 8 or len(p) > 1400 or JUNK.search(p) or not re.search(r"[.!?\"”’)]$", p) \
                or DATELINE.match(p):
            continue
        out.append(p)
    return out


EN_WORDS = set("the and of to in is that for was with on are it as".split())


def load_gt(path):
    d = json.loads(Path(path).read_text(encoding="utf-8"))
    arts = []
    for k in sorted(d):
        v = d[k]
        t = v["articleBody"]
        w = re.findall(r"[A-Za-z]+", t.lower())
        if sum(x in EN_WORDS for x in w) / max(1, len(t.split())) < 0.12:
            continue
        host = v["url"].split("/")[2]
        if any(x in host for x in ("livemint", "kxan", "rnz.co", "ndtv")):
            continue
        ps = clean_paras(t)
        if len(ps) < 4:
            continue
        arts.append({"id": k, "url": v["url"], "paras": ps, "slug": slug_title(v["url"])})
    return arts


STOP = set("and or but of the a an to in for with on at by as from that which who its their his her".split())


def lead_title(paras):
    """A headline cut from the first plain sentence of the story (no quote at its start)."""
    cands = [re.split(r"(?<=[.!?])\s", p)[0] for p in paras]
    good = [s for s in cands if s[:1] not in "\"“‘'«„" and 6 <= len(s.split())]
    s = good[0] if good else cands[0].lstrip("\"“‘'«„")
    w = s.split()
    if len(w) > 14:
        cut = " ".join(w[:14])
        s = cut.rsplit(",", 1)[0] if "," in cut[20:] else cut
    s = s.rstrip(".,;:!?\"”’ ")
    while s.split()[-1].lower() in STOP:
        s = s.rsplit(" ", 1)[0].rstrip(",;:")
    return s


class Ctx:
    """Everything one document needs."""

    def __init__(self, rng, lang, split, arch):
        self.rng, self.lang, self.split, self.arch = rng, lang, split, arch
        self.site = None
        self.agg = rng.choice(half(names.AGGREGATORS[lang], split))
        self.pub, self.host = rng.choice(half(names.PUBLISHERS[lang], split))
        self.person = rng.choice(half(names.PEOPLE[lang], split))
        self.www = rng.random() < 0.6
        self.year = rng.choice([2022, 2023, 2024])
        self.url = None
        self.title = ""
        self.headlines = []
        self.used_fams = set()

    # publisher forms
    def pub_aliases(self):
        al = [self.pub, self.host, "www." + self.host, self.host.split(".")[0]]
        if self.pub.startswith("The "):
            al.append(self.pub[4:])
        return al

    def pub_part(self):
        return F("publisher", self.pub, aliases=self.pub_aliases())

    def host_part(self):
        shown = ("www." if self.www else "") + self.host
        return F("publisher", shown, value=self.host, aliases=self.pub_aliases())

    def url_part(self):
        scheme, rest = self.url.split("://", 1)
        hostshown, path = rest.split("/", 1)
        return F("original_url", [scheme + "://", F("publisher", hostshown, value=self.host, aliases=self.pub_aliases()), "/" + path])

    def slots(self, **extra):
        s = {
            "agg": lambda: F("aggregator", self.agg),
            "pub": self.pub_part,
            "host": self.host_part,
            "url": self.url_part,
            "site": self.site or "",
            "email": "[email protected]",
            "title": self.title,
            "year": str(self.year),
            "n": str(self.rng.randint(2, 9)),
            "h": lambda: self.headline(),
            "person": lambda: F("authors", self.person),
            "PERSON": lambda: F("authors", self.person.upper(), value=self.person),
        }
        s.update(extra)
        return s

    def headline(self):
        return self.rng.choice(self.headlines)

    def pick(self, name, filt=None):
        return pick(self.rng, name, self.lang, self.split, filt)


def no_site(t):
    return "{site}" not in t


def no_pub(t):
    return not any(x in t for x in ("{pub}", "{agg}", "{url}", "{host}"))


# ------------------------------------------------------------------ pieces

def add_list(doc, c, family, n_items=None, header=True):
    rng = c.rng
    if family == "run":
        hkind, ikind = None, "headline_run_item"
    else:
        c.used_fams.add(family)
        pname, hkind, ikind = FAMILIES[family]
        tpl = c.pick(pname, None if c.site else no_site)
        h = "".join(x for x in expand(tpl, {"site": c.site or ""}))
        r = rng.random()
        if r < 0.12:
            h = h.upper()
        elif r < 0.2:
            h = h.rstrip(":") + ":"
        elif r < 0.26:
            h = "— " + h + " —"
        elif r < 0.31:
            h = "▼ " + h
        doc.add("boilerplate", hkind, h)
    if n_items is None:
        n_items = rng.randint(3, 8)
    bullet = rng.choice(wordings.BULLETS)
    tails = wordings.ITEM_TAILS[c.lang]
    tail_p = rng.choice([0.0, 0.0, 0.5, 1.0])
    used = set()
    for i in range(n_items):
        for _ in range(10):
            hl = c.headline()
            if hl not in used:
                break
        used.add(hl)
        if bullet == "#":
            b = rng.choice(["{}. ", "{}) ", "0{} "]).format(i + 1)
        else:
            b = bullet
        t = ""
        if rng.random() < tail_p:
            t = rng.choice(tails).format(n=rng.randint(2, 23), m=rng.randint(1, 9), day=rng.randint(13, 28),
                                          mon=rng.choice(["Jan", "Feb", "Mar", "Apr", "Jun", "Sep", "Oct"]),
                                          mo=f"{rng.randint(1, 12):02d}", year=c.year)
        doc.add("boilerplate", ikind, b + hl + t)


def add_line(doc, c, pname, kind, filt=None, **extra):
    tpl = c.pick(pname, filt)
    doc.add("boilerplate", kind, expand(tpl, c.slots(**extra)))


def add_disclaimer(doc, c, named=True, allow_pub=True):
    rng = c.rng
    if rng.random() < 0.3:
        add_line(doc, c, "disc_head", "aggregator_disclaimer")
    if named:
        add_line(doc, c, "disc_named", "aggregator_disclaimer", None if allow_pub else (lambda t: "{pub}" not in t))
    else:
        add_line(doc, c, "disc_anon", "aggregator_disclaimer", None if allow_pub else no_pub)


def add_syndication(doc, c, filt=None):
    tpl = c.pick("syndication", filt)
    o, cl = c.rng.choice(wordings.WRAPPERS)
    doc.add("boilerplate", "syndication_notice", [o, F("syndication", expand(tpl, c.slots())), cl])


def add_date(doc, c, kind="published", prefix=None):
    dt = kit.rand_dt(c.rng)
    txt, iso, als = kit.fmt_date(c.rng, c.lang, c.split, dt)
    tpl = c.pick("date_pub" if kind == "published" else "date_upd")
    doc.add("boilerplate", "date_line", expand(tpl, {"d": F(kind, txt, value=iso, aliases=als)}))


def add_title(doc, c, suffix_p):
    parts = [F("title", c.title)]
    extra = {"title_text": c.title, "site_suffix": None}
    if c.site is not None and c.rng.random() < suffix_p:
        sep = c.rng.choice([" – ", " | ", " - ", " — ", " :: ", " · "])
        parts += [sep, F("site_name", c.site)]
        extra["site_suffix"] = c.site
    elif c.site is not None:
        c.site = None  # the document does not name its site
    doc.add("title", None, parts, **extra)


def body_lines(c, paras, n_traps):
    """Return a list of ('body', text) / ('list', items...) entries with traps inserted."""
    rng = c.rng
    out = [p for p in paras]
    pool = half(traps.TRAPS[c.lang], c.split)
    for t in rng.sample(pool, min(n_traps, len(pool))):
        out.insert(rng.randint(1, len(out)), t)
        kit.USAGE.append(("trap", c.lang, traps.TRAPS[c.lang].index(t), c.split))
    res = [("p", x) for x in out]
    if rng.random() < 0.25:
        sl = half(traps.STORY_LISTS[c.lang], c.split)
        j = rng.randrange(len(sl))
        intro, items = sl[j]
        kit.USAGE.append(("story_list", c.lang, traps.STORY_LISTS[c.lang].index(sl[j]), c.split))
        b = rng.choice(["- ", "• ", "* ", ""])
        at = rng.randint(1, len(res))
        res[at:at] = [("p", intro)] + [("p", b + it) for it in items]
    return res


def emit_body(doc, c, entries, inserts):
    """inserts: {paragraph index -> callable(doc)} run after that body entry."""
    for i, (_, txt) in enumerate(entries):
        if c.rng.random() < 0.04:
            txt += " "
        doc.add("body", None, txt)
        if i in inserts:
            doc.block()
            inserts[i](doc)
            doc.block()


def mid_positions(c, entries, k):
    cand = [i for i in range(1, len(entries) - 1) if not entries[i + 1][1][:2] in ("- ", "• ", "* ")
            and not entries[i][1].endswith(":")]
    c.rng.shuffle(cand)
    return sorted(cand[:k])


# ------------------------------------------------------------------ archetypes

def build(c, paras, arch):
    rng = c.rng
    doc = kit.Doc(c.lang)
    fams = ["related", "ymal", "recommendation", "ranking", "trending", "more"]
    control = arch == "control"
    entries = body_lines(c, paras, rng.randint(3, 5) if control else rng.randint(0, 2))
    inserts = {}

    def list_ins(fam):
        return lambda d: add_list(d, c, fam)

    if control:
        light = rng.random() < 0.55
        if light and rng.random() < 0.5:
            add_line(doc, c, "share", "share_row")
            doc.block()
        if light:
            for p in mid_positions(c, entries, rng.randint(0, 1)):
                inserts[p] = (lambda d: add_line(d, c, "ad", "advertisement_label"))
        emit_body(doc, c, entries, inserts)
        doc.block()
        if light:
            tail = []
            if rng.random() < 0.6:
                tail.append(lambda: add_list(doc, c, rng.choice([f for f in fams if f != "more"])))
            if rng.random() < 0.4:
                tail.append(lambda: add_disclaimer(doc, c, named=False, allow_pub=False))
            if rng.random() < 0.4:
                tail.append(lambda: add_line(doc, c, "comment", "comment_form"))
            if rng.random() < 0.3:
                tail.append(lambda: add_line(doc, c, "source_anon", "source_link"))
            for f in tail:
                f()
                doc.block()
        return doc

    # ---------- head
    site_p = {"aggregator_feed": 0.5, "autoblog": 0.75, "syndicated_copy": 0.4, "digest_portal": 0.6,
              "spam_mirror": 0.7}[arch]
    if rng.random() < site_p:
        c.site = c.agg if (arch == "aggregator_feed" and rng.random() < 0.5) else rng.choice(half(names.SITES[c.lang], c.split))
    if arch in ("digest_portal", "autoblog") and rng.random() < 0.5:
        add_line(doc, c, "nav", "nav_menu")
    head_disc = arch in ("aggregator_feed", "spam_mirror") and rng.random() < 0.25
    named_disc = arch in ("aggregator_feed",) or (arch in ("spam_mirror", "autoblog") and rng.random() < 0.5)
    if head_disc:
        add_disclaimer(doc, c, named=named_disc)
        doc.block()
    head_synd = arch == "syndicated_copy" and rng.random() < 0.4
    add_title(doc, c, 0.85)
    doc.block()
    if rng.random() < 0.45:
        add_line(doc, c, "byline", "byline")
    if rng.random() < 0.55:
        add_date(doc, c, "published")
    elif rng.random() < 0.3:
        add_line(doc, c, "reltime", "date_line")
    if rng.random() < 0.2:
        add_line(doc, c, "reading_time", "reading_time")
    if arch == "aggregator_feed" and rng.random() < 0.25:
        add_line(doc, c, "source_named", "source_link")
    if head_synd:
        add_syndication(doc, c)
    if rng.random() < 0.25:
        add_line(doc, c, "share", "share_row")
    doc.block()

    # ---------- inside the article
    n_mid = {"aggregator_feed": rng.choice([0, 1, 1, 2]), "autoblog": rng.choice([0, 1]),
             "syndicated_copy": rng.choice([0, 1]), "digest_portal": rng.choice([1, 2, 2, 3]),
             "spam_mirror": rng.choice([0, 1])}[arch]
    for p in mid_positions(c, entries, n_mid + rng.choice([0, 0, 1])):
        r = rng.random()
        if n_mid > 0 and r < 0.7:
            inserts[p] = list_ins(rng.choice(["related", "ymal", "recommendation", "ranking", "more", "trending", "related"]))
            n_mid -= 1
        elif r < 0.85:
            inserts[p] = (lambda d: add_line(d, c, "also_read", "also_read"))
        else:
            inserts[p] = (lambda d: add_line(d, c, "ad", "advertisement_label"))
    emit_body(doc, c, entries, inserts)
    doc.block()

    # ---------- tail
    tail = []
    prov = []  # provenance lines (publisher / url)
    has_url = {"aggregator_feed": 0.35, "autoblog": 0.6, "syndicated_copy": 0.2, "digest_portal": 0.25,
               "spam_mirror": 0.45}[arch] > rng.random()
    if has_url:
        prov.append(lambda: add_line(doc, c, "url_line", "original_url_line"))
    prov_kinds = {"aggregator_feed": ["read_original", "originally", "source_named", "read_original_anon"],
                  "autoblog": ["source_anon", "source_named", "read_original", "originally"],
                  "syndicated_copy": ["originally", "read_original"],
                  "digest_portal": ["originally", "source_named", "read_original"],
                  "spam_mirror": ["read_original", "source_named", "source_anon"]}[arch]
    kindmap = {"read_original": "read_original", "read_original_anon": "read_original", "originally": "originally_appeared",
               "source_named": "source_link", "source_anon": "source_link"}
    for pk in rng.sample(prov_kinds, rng.choice([1, 1, 2])):
        prov.append(lambda pk=pk: add_line(doc, c, pk, kindmap[pk]))
    rng.shuffle(prov)
    tail.extend(prov)
    if arch == "syndicated_copy" and not head_synd:
        tail.insert(rng.randint(0, len(tail)), lambda: add_syndication(doc, c))
    elif arch != "syndicated_copy" and rng.random() < 0.1:
        tail.append(lambda: add_syndication(doc, c))
    if rng.random() < 0.3:
        tail.append(lambda: add_line(doc, c, "share", "share_row"))
    n_lists = {"aggregator_feed": rng.choice([1, 1, 2]), "autoblog": rng.choice([1, 2]), "syndicated_copy": rng.choice([0, 1, 1]),
               "digest_portal": rng.choice([1, 2]), "spam_mirror": rng.choice([2, 3])}[arch]
    lists = rng.sample(fams, n_lists)  # families not already used inside the article come first
    lists = sorted(lists, key=lambda f: f in c.used_fams)
    free = [f for f in fams if f not in c.used_fams and f not in lists]
    lists = [f if f not in c.used_fams or not free else free.pop(rng.randrange(len(free))) for f in lists]
    if arch == "autoblog" and "ymal" not in lists and rng.random() < 0.6:
        lists[0] = "ymal"
    for fam in lists:
        tail.append(lambda fam=fam: add_list(doc, c, fam))
    if arch == "autoblog" and rng.random() < 0.5:
        tail.append(lambda: add_line(doc, c, "prevnext", "prev_next_link"))
    if arch in ("autoblog", "spam_mirror") and rng.random() < 0.5:
        tail.append(lambda: [add_line(doc, c, "comment", "comment_form") for _ in range(rng.randint(1, 2 if c.lang == "en" else 1))])
    if rng.random() < 0.12:
        tail.append(lambda: add_date(doc, c, "updated"))
    disc = (arch == "aggregator_feed" and not head_disc) or (arch in ("autoblog", "spam_mirror") and not head_disc and rng.random() < 0.45)
    disc_last = rng.random() < 0.5
    if disc and not disc_last:
        tail.append(lambda: add_disclaimer(doc, c, named=named_disc))
    if rng.random() < 0.35:
        tail.append(lambda: add_line(doc, c, "copyright" if c.site else "copyright_anon", "copyright_notice"))
    for f in tail:
        f()
        doc.block()
    if disc and disc_last:
        add_disclaimer(doc, c, named=named_disc)
        doc.block()
        if rng.random() < 0.3:  # a second sentence naming the same aggregator
            add_line(doc, c, "disc_named", "aggregator_disclaimer", lambda t: "{pub}" not in t)
    run_p = {"aggregator_feed": 0.3, "autoblog": 0.5, "syndicated_copy": 0.25, "digest_portal": 0.2, "spam_mirror": 0.6}[arch]
    if rng.random() < run_p:
        add_list(doc, c, "run", rng.randint(3, 7))
    elif rng.random() < 0.2:
        add_line(doc, c, "back_top", "back_to_top")
    return doc


# ------------------------------------------------------------------ driver

def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--gt", default=DEFAULT_GT)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", default=str(HERE / "corpus.jsonl"))
    a = ap.parse_args(argv)
    docs = generate(a.gt, a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {a.out}")
    return 0


def generate(gt, seed):
    kit.USAGE.clear()
    rng = Random(seed)
    arts = load_gt(gt)
    rng.shuffle(arts)
    pools = {"dev": arts[0::2], "test": arts[1::2]}
    hl = {}
    for sp in ("dev", "test"):
        inv = [s + " " + p for s in half(EN_SUBJ, sp) for p in half(EN_PRED, sp)]
        hl[sp] = {"en": [a["slug"] for a in pools[sp] if a["slug"]] + inv}
        for lg in ("de", "fr", "es"):
            hl[sp][lg] = half(foreign.HEADLINES[lg], sp)
    # split plan: stratified alternation per (archetype, lang)
    plan = []
    flip = 0
    for arch, langs in PLAN.items():
        for lang, n in langs.items():
            for i in range(n):
                plan.append((arch, lang, "dev" if (i + flip) % 2 == 0 else "test"))
            flip ^= n % 2
    rng.shuffle(plan)
    next_art = {"dev": 0, "test": 0}
    story_use = Counter()
    docs = []
    for k, (arch, lang, split) in enumerate(plan):
        c = Ctx(rng, lang, split, arch)
        if lang == "en":
            art = pools[split][next_art[split]]
            next_art[split] += 1
            ps = art["paras"]
            st = 0 if rng.random() < 0.7 else rng.randint(0, max(0, len(ps) - 4))
            take, chars = [], 0
            for p in ps[st:]:
                if len(take) >= rng.randint(4, 9) or chars + len(p) > 4500:
                    break
                take.append(p)
                chars += len(p)
            if len(take) < 3:
                take = ps[:4]
            source = art["id"]
            title = art["slug"] if art["slug"] and rng.random() < 0.6 else None
            if title is None:
                title = lead_title(take)
            if rng.random() < 0.25:
                title = " ".join(x[:1].upper() + x[1:] for x in title.split())
            c.headlines = [h for h in hl[split]["en"] if h != art["slug"]]
        else:
            sidx = [0, 2] if split == "dev" else [1, 3]
            si = min(sidx, key=lambda i: (story_use[(lang, i)], rng.random()))
            story_use[(lang, si)] += 1
            kit.USAGE.append(("story", lang, si, split))
            tt, ps = foreign.STORIES[lang][si]
            city = rng.choice(half(names.CITIES[lang], split))
            off = rng.choice(half(names.OFFICIALS[lang], split))
            n = str(rng.randint(3, 48))
            fill = lambda s: s.replace("{city}", city).replace("{off}", off).replace("{n}", n)  # noqa: E731
            take = [fill(p) for p in ps]
            take = [x[0].upper() + x[1:] for x in take]
            if rng.random() < 0.4:
                take = take[: rng.randint(4, 6)]
            title = fill(tt)
            title = title[0].upper() + title[1:]
            source = f"{lang}-{si}"
            c.headlines = hl[split][lang]
        c.title = title
        slug = slugify(title)[:80].strip("-")
        path = rng.choice(["{sec}/{y}/{m:02d}/{slug}/", "news/{slug}-{id}.html", "{y}/{m:02d}/{d:02d}/{slug}",
                           "story/{sec}/{slug}", "{slug}-{id}"])
        c.url = "https://" + ("www." if c.www else "") + c.host + "/" + path.format(
            sec=rng.choice(["news", "local", "world", "business", "region", "lifestyle"]), y=c.year,
            m=rng.randint(1, 12), d=rng.randint(1, 28), slug=slug, id=rng.randint(10000, 999999))
        doc = build(c, take, arch)
        layout = "single" if arch == "spam_mirror" and rng.random() < 0.8 else rng.choice(
            ["double", "double", "double", "mixed", "blocks", "single"])
        nl = "\r\n" if rng.random() < 0.08 else "\n"
        text, lines, facts, body = doc.assemble(rng, layout, nl, rng.random() < 0.7)
        docs.append({"id": f"m{k:03d}", "split": split, "archetype": arch, "lang": lang, "source": source,
                     "text": text, "lines": lines, "expected_body": body, "facts": facts})
    return docs


if __name__ == "__main__":
    sys.exit(main())
