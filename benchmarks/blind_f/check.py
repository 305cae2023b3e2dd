#!/usr/bin/env python3
"""Validate corpus F (corpus.jsonl) and print its counts. Exit 1 on any error.

Checks: ids/splits; line records cover the text exactly (``text.splitlines(keepends=True)``);
one label per line, blank iff whitespace-only; boilerplate kinds from the closed vocabulary;
title line/fields/fact consistency; ``expected_body``; fact shapes, evidence at the offsets,
inside the named line; ISO dates; canonical credits.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

KINDS = frozenset({
    "theme_license_banner", "section_label", "breadcrumb_title", "title_repeat", "ui_word",
    "date_line", "stray_id", "photo_caption", "photo_credit", "wire_credit_line", "publisher_promo",
    "app_promo", "click_here_promo", "source_link", "read_original", "read_more",
    "original_url_line", "back_to_top", "aggregator_disclaimer", "you_may_also_like",
    "comment_form", "tag_list_header", "tag_item", "reaction_counter", "related_header",
    "related_item", "ranking_header", "ranking_item", "recommendation_header",
    "recommendation_item", "syndication_notice", "prev_next_link", "skip_link", "nav_menu",
    "footer_link", "breadcrumb", "byline", "reading_time", "shortcode", "advertisement_label",
    "also_read", "copyright_notice", "republish_notice", "originally_appeared", "newsletter_promo",
    "social_promo", "share_row", "cookie_notice", "email_placeholder", "author_bio", "tag_line",
    "trending_header", "trending_item", "more_stories_header", "more_stories_item",
    "headline_run_item",
})
LABELS = {"title", "body", "boilerplate", "blank"}
SCALAR = {"title", "site_name", "publisher", "original_url", "aggregator", "published", "updated",
          "photo_credit", "section", "syndication"}
LISTS = {"credits", "tags", "authors"}
CANON_CREDITS = {"AP", "AFP", "Reuters", "PTI", "ANI", "IANS", "dpa", "EFE", "ANSA", "Xinhua", "Kyodo",
                 "Yonhap", "Bloomberg", "UPI"}
ARCHETYPES = {"wp_theme", "wp_autoblog", "amp_scrape", "ghost", "substack", "medium", "blogger", "joomla",
              "drupal", "social_repost", "channel_repost", "rss_reader", "news_aggregator", "content_farm",
              "podcast_notes", "epaper", "clean", "nofacts"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2})?)?$")


def check_doc(d: dict, errs: list[str]) -> None:
    did = d.get("id", "?")

    def err(msg: str) -> None:
        errs.append(f"{did}: {msg}")

    for k in ("id", "split", "archetype", "lang", "text", "lines", "expected_body", "facts"):
        if k not in d:
            err(f"missing key {k}")
            return
    if not re.fullmatch(r"f\d{3}", did):
        err("bad id")
    num = int(did[1:])
    if d["split"] != ("dev" if num % 2 == 0 else "test"):
        err("split does not follow id parity")
    if d["archetype"] not in ARCHETYPES:
        err(f"unknown archetype {d['archetype']}")
    if d["lang"] not in {"en", "de", "fr", "es"}:
        err("bad lang")
    text = d["text"]
    phys = text.splitlines(keepends=True)
    lines = d["lines"]
    if len(phys) != len(lines):
        err(f"{len(lines)} line records for {len(phys)} physical lines")
        return
    pos = 0
    title_lines = []
    for i, (p, ln) in enumerate(zip(phys, lines)):
        content = p.rstrip("\r\n")
        term = len(p) - len(content)
        if ln["n"] != i or ln["start"] != pos or ln["end"] != pos + len(content):
            err(f"line {i}: offsets {ln['start']}-{ln['end']} != {pos}-{pos + len(content)}")
        if ln["text"] != content or text[ln["start"]:ln["end"]] != ln["text"]:
            err(f"line {i}: text mismatch")
        pos += len(p)
        lab, kind = ln["label"], ln["kind"]
        if lab not in LABELS:
            err(f"line {i}: bad label {lab}")
        if (content.strip() == "") != (lab == "blank"):
            err(f"line {i}: blank label mismatch ({lab!r} for {content!r})")
        if lab == "boilerplate":
            if kind not in KINDS:
                err(f"line {i}: kind {kind!r} not in vocabulary")
        elif kind is not None:
            err(f"line {i}: {lab} line with kind {kind}")
        if lab == "title" or kind == "breadcrumb_title":
            tt, suf = ln.get("title_text"), ln.get("site_suffix", "missing")
            if tt is None or suf == "missing":
                err(f"line {i}: title fields missing")
            elif suf is None:
                if content != tt and kind != "breadcrumb_title":
                    err(f"line {i}: title_text != line")
            elif not (content.endswith(suf) and tt in content and len(content) > len(tt) + len(suf)):
                err(f"line {i}: title_text/site_suffix do not make up the line")
            if lab == "title":
                title_lines.append(ln)
        if term == 0 and i != len(phys) - 1:
            err(f"line {i}: no terminator")
    if pos != len(text):
        err("lines do not cover the text")
    body = "\n\n".join(ln["text"] for ln in lines if ln["label"] == "body")
    if body != d["expected_body"]:
        err("expected_body differs from body lines")
    if not body:
        err("no body")
    facts = d["facts"]
    if len(title_lines) > 1:
        err("more than one title line")
    if title_lines:
        t = facts.get("title")
        if not t or t["value"] != title_lines[0]["title_text"] or t["line"] != title_lines[0]["n"]:
            err("title fact does not match the title line")
    elif "title" in facts:
        err("title fact without a title line")
    for key, f in facts.items():
        if key in LISTS:
            if not isinstance(f, list) or not f:
                err(f"{key} must be a non-empty list")
                continue
            vals = [x["value"].casefold() for x in f]
            if len(set(vals)) != len(vals):
                err(f"{key}: duplicate values")
            items = f
        elif key in SCALAR:
            if not isinstance(f, dict):
                err(f"{key} must be an object")
                continue
            items = [f]
        else:
            err(f"unknown fact {key}")
            continue
        for x in items:
            if set(x) - {"value", "line", "evidence", "start", "end", "aliases", "note"}:
                err(f"{key}: unexpected fields")
            if not isinstance(x.get("value"), str) or not x["value"].strip():
                err(f"{key}: empty value")
            if text[x["start"]:x["end"]] != x["evidence"] or not x["evidence"]:
                err(f"{key}: evidence {x['evidence']!r} not at {x['start']}:{x['end']}")
            ln = lines[x["line"]] if 0 <= x["line"] < len(lines) else None
            if ln is None or not (ln["start"] <= x["start"] and x["end"] <= ln["end"]):
                err(f"{key}: evidence outside line {x['line']}")
            elif ln["label"] == "blank":
                err(f"{key}: fact on a blank line")
            if key in ("published", "updated"):
                for v in [x["value"], *x.get("aliases", [])]:
                    if not DATE_RE.match(v):
                        err(f"{key}: {v!r} is not ISO 8601")
                    else:
                        try:
                            datetime.fromisoformat(v)
                        except ValueError:
                            err(f"{key}: {v!r} is not a valid date")
                if len(x["value"]) == 10 and x["value"] + "T00:00:00" not in x.get("aliases", []):
                    err(f"{key}: date-only value without the T00:00:00 alias")
            if key == "credits" and x["value"] not in CANON_CREDITS:
                err(f"credits: {x['value']!r} not canonical")
            if key == "original_url" and not x["value"].startswith(("http://", "https://")):
                err("original_url is not a URL")


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else HERE / "corpus.jsonl"
    docs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    errs: list[str] = []
    ids = [d.get("id") for d in docs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    if ids != [f"f{i:03d}" for i in range(len(docs))]:
        errs.append("ids are not f000.. in order")
    for d in docs:
        check_doc(d, errs)

    split = Counter(d["split"] for d in docs)
    arch = defaultdict(Counter)
    for d in docs:
        arch[d["archetype"]][d["split"]] += 1
    langs = Counter((d["lang"], d["split"]) for d in docs)
    labels = Counter(ln["label"] for d in docs for ln in d["lines"])
    kinds = Counter(ln["kind"] for d in docs for ln in d["lines"] if ln["label"] == "boilerplate")
    wordings = defaultdict(set)
    for d in docs:
        for ln in d["lines"]:
            if ln["label"] == "boilerplate":
                wordings[ln["kind"]].add(re.sub(r"\d+", "0", " ".join(ln["text"].split()).casefold()))
    fact_docs = Counter(k for d in docs for k in d["facts"])
    fact_vals = Counter()
    for d in docs:
        for k, f in d["facts"].items():
            fact_vals[k] += len(f) if isinstance(f, list) else 1
    nofacts = sum(1 for d in docs if not d["facts"])
    untitled = sum(1 for d in docs if "title" not in d["facts"])
    clean = sum(1 for d in docs if not any(ln["label"] == "boilerplate" for ln in d["lines"]))
    crlf = sum(1 for d in docs if "\r\n" in d["text"])
    nbsp = sum(1 for d in docs if "\u00a0" in d["text"])
    noblank = sum(1 for d in docs if not any(ln["label"] == "blank" for ln in d["lines"]))
    trailing = sum(1 for d in docs if any(ln["label"] == "body" and ln["text"] != ln["text"].rstrip() for ln in d["lines"]))
    zoned = sum(1 for d in docs for k in ("published", "updated") if k in d["facts"] and re.search(r"[+-]\d\d:\d\d$", d["facts"][k]["value"]))

    print(f"corpus F: {len(docs)} documents ({split['dev']} dev, {split['test']} test), "
          f"{sum(len(d['text']) for d in docs):,} characters")
    print("archetypes (dev/test):")
    for a in sorted(arch):
        print(f"  {a:<16} {arch[a]['dev']:>3} {arch[a]['test']:>3}")
    print("languages (dev/test): " + ", ".join(f"{lg} {langs[(lg, 'dev')]}/{langs[(lg, 'test')]}" for lg in ("en", "de", "fr", "es")))
    print("lines: " + ", ".join(f"{k} {labels[k]}" for k in ("title", "body", "boilerplate", "blank")))
    print(f"boilerplate kinds used: {len(kinds)}/{len(KINDS)}  (lines, distinct wordings)")
    for k in sorted(KINDS):
        flag = "" if len(wordings[k]) >= 8 else "   <-- fewer than 8 wordings"
        print(f"  {k:<24} {kinds[k]:>5} {len(wordings[k]):>5}{flag}")
    print("facts (docs carrying, values):")
    for k in sorted(fact_docs):
        print(f"  {k:<14} {fact_docs[k]:>4} {fact_vals[k]:>5}")
    print(f"docs without facts {nofacts}; untitled {untitled}; without boilerplate {clean}; "
          f"CRLF {crlf}; with U+00A0 {nbsp}; no blank lines {noblank}; trailing whitespace on body {trailing}; "
          f"zoned dates {zoned}")
    missing = KINDS - set(kinds)
    if missing:
        errs.append(f"kinds never used: {sorted(missing)}")
    if errs:
        print(f"\n{len(errs)} ERRORS")
        for e in errs[:60]:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
