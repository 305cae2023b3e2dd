#!/usr/bin/env python3
"""Generate the held-out aggregator corpus: ``benchmarks/heldout/corpus.jsonl``.

Deterministic (seeded ``random.Random``). Article bodies come from the public article-extraction
benchmark's ground truth (clean texts); German, French and Spanish bodies from ``intl_bodies``.
Boilerplate comes from ``templates`` (written independently of newsclean's rules).

Usage:  python3 benchmarks/heldout/generate.py [--seed N] [--out PATH] [--bench PATH]
        python3 benchmarks/heldout/generate.py --seed 20261123 --split-name dev2 --id-prefix d \\
            --out benchmarks/heldout/dev2.jsonl      # the second development set
"""

# Prose, headlines and template sentences are kept on one line each:
# ruff: noqa: E501

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import templates as T  # noqa: E402
from intl_bodies import HEADLINES, INVENTED_HEADLINES_EN, STORIES  # noqa: E402
from kit import (  # noqa: E402
    AGENCIES,
    CITIES,
    MONTHS_EN,
    PUBLISHERS_EN,
    PUBLISHERS_INTL,
    Fx,
    Ln,
    Piece,
    aggregator_name,
    credit_fx,
    invented_publisher,
    person,
    random_datetime,
    render,
    site_name,
)

DEFAULT_BENCH = Path("/work/shared/bench/article-extraction-benchmark/ground-truth.json")
SCALAR = {"title", "site_name", "publisher", "original_url", "aggregator", "published", "updated",
          "photo_credit", "section", "syndication"}
LISTS = {"credits", "tags", "authors"}

# characters str.splitlines() breaks on besides \n: keep them out of generated text
_LINEBREAKS = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_ZW = re.compile("[\u200b\u200c\u200d\ufeff]")
_JUNK = re.compile(
    r"^(https?://|www\.|\[|advertisement|read more|related|see it now|buy now|photo|image|credit|"
    r"getty|share|subscribe|sign up|follow|click|originally published|contributing|copyright|©|"
    r"source:|updated|published|posted|by [A-Z])|may receive a commission|all rights reserved|"
    r"affiliate|newsletter|commission|disclosure|has been compensated|sponsored",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"^[A-Z][A-Za-z .,']{0,40}\((AP|Reuters|AFP)\)|^\((AP|Reuters|AFP)\)")
_CNN = re.compile(r"^[A-Za-z ,.]{0,30}\(CNN[A-Za-z ]*\)\s*[—–-]*\s*")
_TITLE_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.']{1,}(?: [A-Z][A-Z.']+)*(?:,\s*[A-Za-z. ]{0,30})?\s*(?:\([A-Za-z]+\))?|\([A-Za-z]+\))"
    r"\s*[—–-]+\s*")
_ANY_DATELINE = re.compile(r"^[A-Z][A-Z .,']{2,}(?:,[^—–\-]{0,40})?\s*(?:\([^)]*\))?\s*[—–-]")

TRAPS = [
    "The company said the app had been downloaded more than two million times since its launch, and a new version would follow in the autumn.",
    "Officials declined to name the source of the leak but said a related investigation was already under way.",
    "Under the terms of the license, the operator must publish its safety data every quarter and submit to annual inspections.",
    "A disclaimer on the product's packaging warned that results could vary, the lawsuit says.",
    "Readers can find the full report on the agency's website, where it was published on Tuesday.",
    "She said she would share more details with lawmakers next week, once the review is complete.",
    "The advertisement, which ran during the final, drew more than 400 complaints to the regulator.",
    "More than 300 comments were submitted during the public consultation, most of them opposing the plan.",
    "All rights to the footage belong to the broadcaster, a spokesperson said, adding that it had not been licensed to anyone else.",
    "Click-through rates on the campaign's online ads fell sharply after the first week, according to internal figures.",
    "Most read and most shared among the ministry's posts was a short video explaining the new rules.",
    "Follow-up tests confirmed the initial findings, the researchers said.",
    "The cookie maker said sales rose 12% in the quarter, helped by strong demand in Asia.",
    "Updated figures released on Monday showed the deficit had narrowed for a third month.",
    "Related charges against two other suspects were dropped last month.",
    "Subscribers to the service will see their monthly fee rise by $2 from July, the company said in an email.",
]
SUBHEADS = ["A difficult road ahead", "What comes next", "Growing pressure", "Mixed reactions",
            "The bigger picture", "Questions remain", "Looking ahead", "Early warnings", "A turning point",
            "Costs and benefits", "Signs of progress", "Behind the numbers", "Local concerns",
            "Why it matters", "The response", "Uncertain future", "A long history", "Next steps"]
_STOP_TAGS = set(["The", "This", "That", "These", "Those", "But", "And", "For", "With", "From", "When", "While", "After", "Before", "Since", "Their", "There", "They", "What", "Who", "How", "Why", "Where", "His", "Her", "Its", "Our", "Your", "We", "It", "In", "On", "At", "As", "If", "Or", "An", "A", "Mr", "Mrs", "Ms", "Dr", "However", "Meanwhile", "Still", "Also", "Many", "Some", "Most", "More", "One", "Two", "Three", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"])


# ------------------------------------------------------------------------------------ bodies

def clean_para(p: str) -> str:
    p = _ZW.sub("", _LINEBREAKS.sub(" ", p)).strip()
    return p


def is_english(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    ascii_share = sum(ch.isascii() for ch in letters) / len(letters)
    words = re.findall(r"[a-z]+", text.lower())
    stop = sum(w in ("the", "and", "of", "to", "is", "in") for w in words)
    return ascii_share > 0.97 and stop / max(1, len(words)) > 0.08


def load_bench(path: Path) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for pid in sorted(data):
        body, url = data[pid]["articleBody"], data[pid]["url"]
        if not is_english(body):
            continue
        paras = [clean_para(p) for p in body.split("\n")]
        paras = [p for p in paras if p and len(p.split()) >= 3 and not _JUNK.search(p)]
        if paras and _CNN.match(paras[0]):
            paras[0] = _CNN.sub("", paras[0])
        if len(paras) >= 4:
            out.append({"id": pid, "url": url, "paras": paras})
    return out


def slug_words(url: str) -> list[str]:
    seg = [s for s in url.split("?")[0].split("/") if s]
    if not seg:
        return []
    last = re.sub(r"\.(html?|php|aspx?)$", "", seg[-1])
    words = [w for w in re.split(r"[-_]+", last) if w]
    words = [w for w in words if not re.fullmatch(r"\d{4,}|[a-f0-9]{8,}", w)
             and len(re.findall(r"\d", w)) < 4]
    if len(words) < 4 or not all(re.fullmatch(r"[A-Za-z0-9']+", w) for w in words):
        return []
    return words


def titlecase(s: str) -> str:
    small = {"a", "an", "the", "of", "to", "in", "on", "and", "for", "at", "by", "or", "with"}
    ws = s.split(" ")
    return " ".join(w if (i and w.lower() in small) or not w[:1].isalpha() else w[:1].upper() + w[1:]
                    for i, w in enumerate(ws))


def make_title(rng: random.Random, url: str, paras: list[str]) -> str:
    words = slug_words(url)
    if words and rng.random() < 0.5:
        t = " ".join(words)
        t = t[:1].upper() + t[1:]
        return titlecase(t) if rng.random() < 0.4 else t
    para = _TITLE_DATELINE.sub("", paras[0])
    first = re.split(r"(?<=[a-z0-9”\"')][.!?])\s+(?=[A-Z“\"])", para)[0]
    ws = first.split()
    if len(ws) < 6:
        ws = para.split()
    if len(ws) > 14:
        commas = [i for i, w in enumerate(ws[:14]) if w.endswith(",") and i >= 5]
        ws = ws[: commas[0] + 1] if commas else ws[: rng.randint(8, 12)]
    while ws and ws[-1].lower().strip(",;:") in {"the", "a", "an", "of", "to", "and", "in", "on", "for",
                                                  "that", "with", "by", "at", "as", "or", "—", "-", "is"}:
        ws.pop()
    t = " ".join(ws).strip(" ,;:—–-\"“”'")
    t = t.rstrip(".")
    if len(t.split()) < 3:
        t = " ".join(paras[0].split()[:10]).rstrip(".,") or "Latest update"
    para_keys = {re.sub(r"\W+", " ", p).strip().casefold() for p in paras}
    if re.sub(r"\W+", " ", t).strip().casefold() in para_keys:  # never a copy of a paragraph
        ws = t.split()
        t = " ".join(ws[: max(3, len(ws) * 2 // 3)]).rstrip(",;:")
    if rng.random() < 0.3:
        t = titlecase(t)
    return t


def pick_tags(rng: random.Random, paras: list[str], lang: str) -> list[str]:
    text = " ".join(paras)
    cands: Counter[str] = Counter()
    for m in re.finditer(r"(?<![.!?]\s)(?<!^)\b([A-ZÄÖÜÉ][a-zäöüéèàáíóúñç]{2,}(?: [A-Z][a-z]{2,})?)\b", text):
        w = m.group(1)
        if w.split()[0] in _STOP_TAGS:
            continue
        cands[w] += 1
    top = [w for w, _ in cands.most_common(12)]
    rng.shuffle(top)
    tags = list(dict.fromkeys(top[: rng.randint(2, 5)]))
    if lang == "en" and rng.random() < 0.3:
        tags.append(rng.choice(["World News", "Politics", "Business", "Breaking News", "Top Stories", "Trending"]))
    return list(dict.fromkeys(tags)) or ["News"]


def split_sentences(p: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", p) if s]


def build_body(rng: random.Random, paras: list[str], lang: str, wire: str | None, facts_ok: bool,
               allow_extras: bool) -> tuple[list[Ln], str | None]:
    """Body lines (with dateline/subheads/quotes/bullets/traps). Returns (lines, native wire)."""
    k = rng.randint(4, min(30, len(paras))) if len(paras) >= 4 else len(paras)
    k = min(k, rng.randint(6, 22)) if len(paras) > 22 else k
    start = 0 if rng.random() < 0.75 else rng.randrange(0, max(1, len(paras) - k + 1))
    chosen = paras[start:start + k]
    if rng.random() < 0.25 and len(chosen) > 6:
        drop = set(rng.sample(range(1, len(chosen)), rng.randint(1, 2)))
        chosen = [p for i, p in enumerate(chosen) if i not in drop]
    # keep the budget of characters modest so the frozen file stays small
    total = 0
    kept: list[str] = []
    for p in chosen:
        if total > 7000 and len(kept) >= 4:
            break
        kept.append(p)
        total += len(p)
    chosen = kept
    native: str | None = None
    m = _DATELINE.match(chosen[0])
    lines: list[Ln] = []
    first = chosen[0]
    if m:
        native = m.group(1) or m.group(2)
        if not facts_ok:
            chosen = chosen[1:] if len(chosen) > 4 else [*chosen[1:], "Officials did not immediately comment."]
            first = chosen[0]
            native = None
            m = None
    if m and native:
        ev = f"({native})"
        i = first.index(ev)
        ln = render("{a}{d}{b}", "body", None, a=first[:i], d=Piece(ev, [credit_fx(native, native)]),
                    b=first[i + len(ev):])
        lines.append(ln)
    elif (wire and facts_ok and lang == "en" and rng.random() < 0.55 and not _ANY_DATELINE.match(first)
          and len(first.split()) >= 8 and first[:1].isupper()):
        city = rng.choice(CITIES)
        mon = MONTHS_EN[rng.randrange(12)]
        day = rng.randint(1, 28)
        form = AGENCIES[wire][0]
        ev = f"({form})"
        dash = rng.choice(["—", "–", "-", "--"])
        tpl = rng.choice([f"{city} {{d}} {dash} ", f"{city.title()}, {mon} {day} {{d}} {dash} ",
                          f"{city}, {mon[:3]} {day} {{d}} ", f"{{d}} {dash} ", f"{city.title()}: {{d}} "])
        if wire == "PTI" or wire == "IANS":
            tpl = f"{city.title()}, {mon[:3]} {day} {{d}} "
        ln = render(tpl + "{b}", "body", None, d=Piece(ev, [credit_fx(wire, form)]), b=first)
        lines.append(ln)
        native = wire
    elif wire and facts_ok and lang != "en" and rng.random() < 0.5:
        city = {"de": "Berlin", "fr": "Paris", "es": "Madrid"}[lang]
        form = AGENCIES[wire][0]
        ln = render(city + " ({d}) - {b}", "body", None, d=Piece(f"({form})", [credit_fx(wire, form)]),
                    b=first)
        lines.append(ln)
        native = wire
    else:
        lines.append(Ln(first, "body"))
    for p in chosen[1:]:
        lines.append(Ln(p, "body"))
    if not allow_extras or lang != "en":
        return lines, native
    # content that must survive
    if rng.random() < 0.25 and len(lines) > 4:
        style = rng.choice(["plain", "afp", "upper", "colon"])
        for _ in range(rng.randint(1, 2)):
            h = rng.choice(SUBHEADS)
            h = {"plain": h, "afp": f"– {h} –", "upper": h.upper(), "colon": h + ":"}[style]
            lines.insert(rng.randint(2, len(lines) - 1), Ln(h, "body"))
    if rng.random() < 0.15:
        quotes = [s for p in chosen for s in split_sentences(p) if s.startswith(("“", '"')) and len(s) < 220]
        if quotes:
            lines.insert(rng.randint(1, len(lines)), Ln(rng.choice(quotes), "body"))
    if rng.random() < 0.15:
        multi = [i for i, ln in enumerate(lines[1:], 1) if len(split_sentences(ln.text)) >= 3]
        if multi:
            i = rng.choice(multi)
            b = rng.choice(["• ", "- ", "* ", "— "])
            items = [Ln(b + s, "body") for s in split_sentences(lines[i].text)[:5]]
            lines[i:i + 1] = items
    if rng.random() < 0.18:
        lines.insert(rng.randint(1, len(lines)), Ln(rng.choice(TRAPS), "body"))
    return lines, native


# ------------------------------------------------------------------------------------ documents

Comp = Callable[[T.Ctx], list[Ln]]


def maybe(rng: random.Random, p: float, fn: Comp, c: T.Ctx) -> list[Ln]:
    return fn(c) if rng.random() < p else []


def title_line(c: T.Ctx, suffix_p: float) -> Ln:
    assert c.title
    rng = c.rng
    tf = Piece(c.title, [Fx("title", c.title, c.title)])
    if c.site and rng.random() < suffix_p:
        sep = rng.choice([" – ", " | ", " - ", " -", " — ", " :: ", " · "])
        sf = [Fx("site_name", c.site, c.site)] if c.ok("site_name") else []
        c.used.add("site_name")
        ln = render("{t}{sep}{s}", "title", None, t=tf, sep=sep, s=Piece(c.site, sf))
        ln.extra = {"title_text": c.title, "site_suffix": c.site}
    else:
        ln = render("{t}", "title", None, t=tf)
        ln.extra = {"title_text": c.title, "site_suffix": None}
    c.used.add("title")
    return ln


def lists_block(c: T.Ctx, n: int) -> list[Ln]:
    out: list[Ln] = []
    whichs = c.rng.sample(list(T.LIST_HEADERS), n)
    for w in whichs:
        out += T.headline_list(c, w)
    return out


def mid_insert(rng: random.Random, body: list[Ln], extra: list[list[Ln]]) -> list[Ln]:
    body = body[:]
    for block in extra:
        if len(body) < 3:
            body += block
            continue
        i = rng.randint(2, len(body) - 1)
        body[i:i] = block
    return body


FACTLESS: list[Comp] = [
    T.advertisement_label, T.share_row, T.comment_form, T.read_more,
    lambda c: T.source_link(c, allow_url=False), T.ui_word, T.back_to_top, T.cookie_notice,
    T.newsletter_promo, T.footer, T.stray_id, T.shortcode, T.reaction_counter, T.also_read,
    T.nav_menu, T.skip_link, T.prev_next, T.republish_notice, T.reading_time, T.email_placeholder,
    T.click_here_promo, T.read_original, T.app_promo, T.social_promo, T.wire_credit_line,
    T.copyright_notice, T.aggregator_disclaimer, lambda c: T.headline_list(c),
]


def compose(arch: str, c: T.Ctx, body: list[Ln]) -> tuple[list[Ln], list[Ln], list[Ln]]:
    """(head, body, tail) lines for an archetype; the title line is placed inside head."""
    rng = c.rng
    head: list[Ln] = []
    tail: list[Ln] = []
    mids: list[list[Ln]] = []
    if arch == "wire_aggregator":
        head.append(title_line(c, 0.3))
        head += maybe(rng, 0.25, T.section_label, c)
        head += maybe(rng, 0.2, lambda x: T.byline(x, with_date=rng.random() < 0.5), c)
        if rng.random() < 0.35:
            mids.append(T.also_read(c))
        if rng.random() < 0.3:
            mids.append(T.advertisement_label(c))
        tail += maybe(rng, 0.75, T.wire_credit_line, c)
        tail += maybe(rng, 0.6, T.publisher_promo, c)
        tail += maybe(rng, 0.5, T.app_promo, c)
        tail += maybe(rng, 0.4, T.ui_word, c)
        tail += maybe(rng, 0.7, lambda x: T.date_line(x, rng.choice(["updated", "updated", "published"])), c)
        tail += maybe(rng, 0.5, T.click_here_promo, c)
        tail += maybe(rng, 0.6, rng.choice([T.read_original, T.source_link, T.originally_appeared, T.original_url]), c)
        tail += maybe(rng, 0.85, T.aggregator_disclaimer, c)
        tail += maybe(rng, 0.15, T.email_placeholder, c)
    elif arch == "wp_autoblog":
        ad = rng.random() < 0.45
        head.append(title_line(c, 0.7))
        if ad:
            head += T.shortcode(c, 0)
        head += maybe(rng, 0.45, T.stray_id, c)
        head += maybe(rng, 0.25, T.byline, c)
        head += maybe(rng, 0.2, T.photo, c)
        if rng.random() < 0.25:
            mids.append(T.advertisement_label(c))
        if ad:
            tail += T.shortcode(c, 1)
        tail += maybe(rng, 0.1, T.title_repeat, c)
        tail += maybe(rng, 0.75, lambda x: T.source_link(x), c)
        tail += maybe(rng, 0.3, T.tag_list, c)
        tail += maybe(rng, 0.55, lambda x: T.headline_list(x, "you_may_also_like"), c)
        tail += maybe(rng, 0.65, T.comment_form, c)
        tail += maybe(rng, 0.3, T.prev_next, c)
        tail += maybe(rng, 0.2, T.headline_run, c)
    elif arch == "theme_site":
        head += maybe(rng, 0.9, T.theme_license_banner, c)
        head += maybe(rng, 0.6, T.section_label, c)
        head.append(title_line(c, 0.3))
        head += maybe(rng, 0.3, lambda x: T.byline(x, with_date=True), c)
        head += maybe(rng, 0.6, T.photo, c)
        tail += maybe(rng, 0.8, T.original_url, c)
        tail += maybe(rng, 0.3, T.share_row, c)
        tail += maybe(rng, 0.3, lambda x: T.headline_list(x, "related"), c)
        tail += maybe(rng, 0.3, T.footer, c)
        tail += maybe(rng, 0.6, T.back_to_top, c)
    elif arch == "spam_seo":
        head += maybe(rng, 0.8, lambda x: T.breadcrumb(x, glue_title=True), c)
        head.append(title_line(c, 0.15))
        head += maybe(rng, 0.4, T.ui_word, c)
        head += maybe(rng, 0.7, lambda x: T.date_line(x, "published"), c)
        tail += maybe(rng, 0.7, T.tag_list, c)
        tail += maybe(rng, 0.6, T.reaction_counter, c)
        tail += lists_block(c, rng.randint(1, 3))
        tail += maybe(rng, 0.3, T.headline_run, c)
    elif arch == "syndication":
        head.append(title_line(c, 0.35))
        head += maybe(rng, 0.3, lambda x: T.date_line(x, "published", both=rng.random() < 0.4), c)
        head += maybe(rng, 0.2, T.byline, c)
        if rng.random() < 0.3:
            mids.append(T.photo(c))
        tail += T.syndication_notice(c)
        tail += maybe(rng, 0.6, T.read_more, c)
        tail += maybe(rng, 0.2, T.share_row, c)
        tail += maybe(rng, 0.6, T.prev_next, c)
    elif arch == "news_site":
        head += maybe(rng, 0.5, T.skip_link, c)
        head += maybe(rng, 0.65, T.nav_menu, c)
        head += maybe(rng, 0.3, T.cookie_notice, c)
        head += maybe(rng, 0.4, T.breadcrumb, c)
        if not head or rng.random() < 0.3:
            head += T.section_label(c) if "section" not in c.used else []
        head.append(title_line(c, 0.5))
        head += maybe(rng, 0.12, T.title_repeat, c)
        if rng.random() < 0.7:
            head += T.byline(c, with_date=rng.random() < 0.45)
        head += maybe(rng, 0.45, lambda x: T.date_line(x, rng.choice(["published", "updated"]),
                                                          both=rng.random() < 0.3), c)
        head += maybe(rng, 0.3, T.reading_time, c)
        head += maybe(rng, 0.35, T.share_row, c)
        head += maybe(rng, 0.5, T.photo, c)
        for _ in range(rng.choice([0, 1, 1, 2, 3])):
            mids.append(T.advertisement_label(c))
        if rng.random() < 0.3:
            mids.append(T.also_read(c))
        if rng.random() < 0.2:
            mids.append(T.photo(c))
        if rng.random() < 0.15:
            mids.append(T.newsletter_promo(c))
        tail += maybe(rng, 0.35, T.wire_credit_line, c)
        tail += maybe(rng, 0.35, T.copyright_notice, c)
        tail += maybe(rng, 0.25, T.republish_notice, c)
        tail += maybe(rng, 0.4, T.tag_list, c)
        tail += maybe(rng, 0.3, T.author_bio, c)
        tail += maybe(rng, 0.2, T.originally_appeared, c)
        tail += maybe(rng, 0.35, T.newsletter_promo, c)
        tail += maybe(rng, 0.35, T.social_promo, c)
        tail += maybe(rng, 0.15, T.app_promo, c)
        tail += maybe(rng, 0.25, T.comment_form, c)
        tail += maybe(rng, 0.25, T.email_placeholder, c)
        if rng.random() < 0.5:
            tail += lists_block(c, rng.randint(1, 2))
        tail += maybe(rng, 0.55, T.footer, c)
        tail += maybe(rng, 0.35, T.copyright_notice, c)
        tail += maybe(rng, 0.3, T.back_to_top, c)
    elif arch == "clean":
        if c.title:
            head.append(title_line(c, 0.0))
    elif arch == "minimal":
        head.append(title_line(c, 0.4))
        fns = rng.sample(FACTLESS, rng.randint(1, 2))
        for fn in fns:
            (head if rng.random() < 0.3 else tail).extend(fn(c))
    elif arch == "nofacts":
        fns = rng.sample(FACTLESS, rng.randint(2, 6))
        for fn in fns:
            r = rng.random()
            if r < 0.3:
                head += fn(c)
            elif r < 0.45:
                mids.append(fn(c))
            else:
                tail += fn(c)
    # a few random extras from the fact-free kinds, anywhere, for coverage of every kind
    if arch not in ("clean", "minimal", "nofacts") and rng.random() < 0.5:
        fn = rng.choice(FACTLESS)
        (head if rng.random() < 0.3 else tail).extend(fn(c))
    body = mid_insert(rng, body, mids)
    return head, body, tail


ARCHETYPES = {  # name: number of documents
    "wire_aggregator": 32, "wp_autoblog": 40, "theme_site": 30, "spam_seo": 35, "syndication": 25,
    "news_site": 68, "clean": 20, "minimal": 20, "nofacts": 30,
}


def layout(rng: random.Random, arch: str, head: list[Ln], body: list[Ln], tail: list[Ln]
           ) -> tuple[str, list[tuple[int, Ln | None]]]:
    """Join lines into a text. Returns the text and, per physical line, (start, Ln or None)."""
    style = "none" if arch == "spam_seo" and rng.random() < 0.8 else rng.choice(
        ["blank", "blank", "blank", "none", "mixed"])
    all_lines = head + body + tail
    zone_break = {len(head), len(head) + len(body)}
    out: list[str] = []
    recs: list[tuple[int, Ln | None]] = []
    pos = 0

    def emit(s: str, ln: Ln | None) -> None:
        nonlocal pos
        recs.append((pos, ln))
        out.append(s)
        pos += len(s)

    for i, ln in enumerate(all_lines):
        if i:
            out.append("\n")
            pos += 1
            nblank = {"blank": 1, "none": 0, "mixed": rng.choice([0, 0, 1, 1, 2])}[style]
            if i in zone_break and style != "none" and rng.random() < 0.4:
                nblank += rng.randint(1, 2)
            for _ in range(nblank):
                ws = rng.choice(["", "", "", "", " ", "\u00a0", "\t"]) if style != "none" else ""
                emit(ws, None)
                out.append("\n")
                pos += 1
        text = ln.text
        if ln.label == "body" and rng.random() < 0.04:
            text += rng.choice([" ", "\u00a0", "  "])
            ln = Ln(text, ln.label, ln.kind, ln.facts, ln.extra)
        emit(text, ln)
    if rng.random() < 0.3:
        out.append("\n")
        pos += 1
    return "".join(out), recs


def to_record(doc_id: str, text: str, recs: list[tuple[int, Ln | None]]) -> dict[str, Any]:
    chunks = text.splitlines(keepends=True)
    assert len(chunks) == len(recs), (doc_id, len(chunks), len(recs))
    lines: list[dict[str, Any]] = []
    facts: dict[str, Any] = {}
    pos = 0
    for n, (chunk, (start, ln)) in enumerate(zip(chunks, recs, strict=False)):
        content = chunk.rstrip("\n")
        assert start == pos, (doc_id, n, start, pos)
        pos += len(chunk)
        if ln is None or not content.strip():
            assert ln is None or ln.label != "body", (doc_id, n)
            lines.append({"n": n, "start": start, "end": start + len(content), "text": content,
                          "label": "blank", "kind": None})
            continue
        assert content == ln.text, (doc_id, n, content, ln.text)
        rec: dict[str, Any] = {"n": n, "start": start, "end": start + len(content), "text": content,
                               "label": ln.label, "kind": ln.kind}
        rec.update(ln.extra)
        lines.append(rec)
        for f in ln.facts:
            fact: dict[str, Any] = {"value": f.value, "line": n,
                                    "evidence": content[f.start:f.end],
                                    "start": start + f.start, "end": start + f.end}
            if f.aliases:
                fact["aliases"] = [a for a in f.aliases if a != f.value]
                if not fact["aliases"]:
                    del fact["aliases"]
            if f.key in LISTS:
                lst = facts.setdefault(f.key, [])
                if all(x["value"].lower() != f.value.lower() for x in lst):
                    lst.append(fact)
            elif f.key in facts:
                old = facts[f.key]["value"]
                ok = old.lower() == f.value.lower() or f.value.lower() in [
                    a.lower() for a in facts[f.key].get("aliases", [])]
                assert ok, (doc_id, f.key, old, f.value)
            else:
                facts[f.key] = fact
    assert pos == len(text)
    body = "\n\n".join(r["text"] for r in lines if r["label"] == "body")
    return {"lines": lines, "facts": facts, "expected_body": body}


def make_doc(rng: random.Random, idx: int, arch: str, lang: str, bench: list[dict[str, Any]],
             headline_pool: list[str], bench_titles: dict[str, str],
             split_name: str | None = None, id_prefix: str = "h") -> dict[str, Any]:
    facts_ok = arch != "nofacts"
    title: str | None
    if lang == "en":
        src = bench[rng.randrange(len(bench))]
        paras, url, src_id = src["paras"], src["url"], src["id"]
        title = story_title = make_title(rng, url, paras)
        slug = "-".join(slug_words(url)) or re.sub(r"[^a-z0-9]+", "-", story_title.lower()).strip("-")
    else:
        story_i = rng.randrange(len(STORIES[lang]))
        story_title, paras = STORIES[lang][story_i]
        title = story_title
        paras = paras[:]
        if rng.random() < 0.3:
            title = story_title + rng.choice(["", " – das Wichtigste", ""]) if lang == "de" else title
        src_id = f"{lang}-{story_i}"
        slug = re.sub(r"[^a-z0-9]+", "-", story_title.lower().encode("ascii", "ignore").decode()).strip("-")
    if arch == "nofacts" or (arch == "clean" and rng.random() < 0.5):
        title = None
    # identities
    if lang == "en":
        pub_pool = list(PUBLISHERS_EN.items())
        publisher = rng.choice(pub_pool) if rng.random() < 0.7 else invented_publisher(rng)
    else:
        publisher = rng.choice(list(PUBLISHERS_INTL[lang].items()))
    wires_en = ["AP", "AFP", "Reuters", "PTI", "ANI", "IANS", "Xinhua", "Bloomberg", "Kyodo", "Yonhap", "UPI",
                "AP", "Reuters", "AFP", "PTI"]
    wires = {"en": wires_en, "de": ["dpa", "AFP", "Reuters"], "fr": ["AFP", "Reuters"],
             "es": ["EFE", "AFP", "Reuters", "ANSA"]}[lang]
    wire = rng.choice(wires) if rng.random() < 0.6 else None
    n_auth = 1 if rng.random() < 0.8 else 2
    authors = [person(rng) for _ in range(n_auth)]
    own = bench_titles.get(src_id)
    hl = headline_pool if lang == "en" else HEADLINES[lang] + rng.sample(headline_pool, 6)
    hl = [h for h in hl if h != title and h != own]
    c = T.Ctx(rng=rng, lang=lang, title=title, site=site_name(rng), publisher=publisher,
              aggregator=aggregator_name(rng), wire=wire, section=None, tags=[], authors=authors,
              headlines=hl, dt=random_datetime(rng), url_slug=slug, facts_ok=facts_ok,
              theme=rng.choice(T.THEMES))
    c.section = rng.choice(T.SECTIONS[lang])
    c.tags = pick_tags(rng, paras, lang)
    if not facts_ok:
        c.site = None
        c.wire = None
    body, native = build_body(rng, paras, lang, c.wire, facts_ok, arch not in ("clean",))
    if native and native != c.wire:
        c.wire = native
    if arch == "clean":
        c.used.update(())
    head, body, tail = compose(arch, c, body)
    text, recs = layout(rng, arch, head, body, tail)
    doc_id = f"{id_prefix}{idx:03d}"
    rec = to_record(doc_id, text, recs)
    split = split_name or ("dev" if idx % 3 == 0 else "test")
    return {"id": doc_id, "split": split, "archetype": arch, "lang": lang,
            "source": src_id, "text": text, **rec}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=20240618)
    ap.add_argument("--out", type=Path, default=HERE / "corpus.jsonl")
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--intl-share", type=float, default=0.15)
    # A separate development set (e.g. dev2.jsonl): every document gets this split name and ids
    # with this prefix, so it can never be mistaken for the frozen corpus's dev/test documents.
    ap.add_argument("--split-name", default=None, help="label every document with this split")
    ap.add_argument("--id-prefix", default="h")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every archetype's count")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    bench = load_bench(args.bench)
    trng = random.Random(args.seed + 1)
    bench_titles = {b["id"]: make_title(trng, b["url"], b["paras"]) for b in bench}
    headline_pool = sorted(set(bench_titles.values())) + INVENTED_HEADLINES_EN
    plan = [a for a, n in ARCHETYPES.items() for _ in range(round(n * args.scale))]
    rng.shuffle(plan)
    docs = []
    for idx, arch in enumerate(plan):
        lang = "en"
        if rng.random() < args.intl_share:
            lang = rng.choice(["de", "fr", "es"])
        docs.append(make_doc(rng, idx, arch, lang, bench, headline_pool, bench_titles,
                             args.split_name, args.id_prefix))
    with args.out.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    labels: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for d in docs:
        for ln in d["lines"]:
            labels[ln["label"]] += 1
            if ln["label"] == "boilerplate":
                kinds[ln["kind"]] += 1
    langs = Counter(d["lang"] for d in docs)
    print(f"wrote {len(docs)} docs to {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")
    print("languages:", dict(langs))
    print("labels:", dict(labels))
    print(f"kinds ({len(kinds)}):", ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    print("docs without facts:", sum(1 for d in docs if not d["facts"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
