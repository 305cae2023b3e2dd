#!/usr/bin/env python3
"""Validate every blind_g record and print counts.

python3 benchmarks/blind_g/check.py [--corpus PATH] [--regen]

--regen also regenerates the corpus in memory and checks it is byte-identical to the file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = {"title", "body", "boilerplate", "blank"}
SCALAR = ("title", "site_name", "publisher", "original_url", "aggregator", "published", "updated",
          "photo_credit", "section", "syndication")
LISTS = ("credits", "tags", "authors")
KINDS = set(["theme_license_banner", "section_label", "breadcrumb_title", "title_repeat", "ui_word", "date_line", "stray_id", "photo_caption", "photo_credit", "wire_credit_line", "publisher_promo", "app_promo", "click_here_promo", "source_link", "read_original", "read_more", "original_url_line", "back_to_top", "aggregator_disclaimer", "you_may_also_like", "comment_form", "tag_list_header", "tag_item", "reaction_counter", "related_header", "related_item", "ranking_header", "ranking_item", "recommendation_header", "recommendation_item", "syndication_notice", "prev_next_link", "skip_link", "nav_menu", "footer_link", "breadcrumb", "byline", "reading_time", "shortcode", "advertisement_label", "also_read", "copyright_notice", "republish_notice", "originally_appeared", "newsletter_promo", "social_promo", "share_row", "cookie_notice", "email_placeholder", "author_bio", "tag_line", "trending_header", "trending_item", "more_stories_header", "more_stories_item", "headline_run_item"])
CANON_CREDITS = {"AP", "AFP", "Reuters", "PTI", "ANI", "IANS", "dpa", "EFE", "ANSA", "Xinhua", "Kyodo", "Yonhap",
                 "Bloomberg", "UPI"}


def check_doc(d, errs):
    did = d["id"]

    def err(msg):
        errs.append(f"{did}: {msg}")

    for k in ("id", "split", "archetype", "lang", "source", "text", "lines", "expected_body", "facts"):
        if k not in d:
            err(f"missing key {k}")
            return
    text = d["text"]
    phys = text.splitlines()
    if len(phys) != len(d["lines"]):
        err(f"{len(d['lines'])} line records but text.splitlines() has {len(phys)}")
    pos = 0
    titles = 0
    for i, ln in enumerate(d["lines"]):
        if ln["n"] != i:
            err(f"line {i}: n={ln['n']}")
        if ln["start"] != pos:
            err(f"line {i}: start {ln['start']} != {pos}")
        if text[ln["start"]:ln["end"]] != ln["text"]:
            err(f"line {i}: text mismatch")
        if i < len(phys) and phys[i] != ln["text"]:
            err(f"line {i}: differs from splitlines()")
        pos = ln["end"]
        if text.startswith("\r\n", pos):
            pos += 2
        elif text.startswith("\n", pos):
            pos += 1
        lab = ln["label"]
        if lab not in LABELS:
            err(f"line {i}: label {lab}")
        if (lab == "blank") != (ln["text"].strip() == ""):
            err(f"line {i}: blank label/whitespace disagree")
        if lab == "boilerplate":
            if ln["kind"] not in KINDS:
                err(f"line {i}: kind {ln['kind']}")
        elif ln["kind"] is not None:
            err(f"line {i}: kind on a {lab} line")
        if lab == "title":
            titles += 1
            t, suf = ln["title_text"], ln["site_suffix"]
            if not ln["text"].startswith(t):
                err(f"line {i}: title line does not start with title_text")
            if suf is not None and not ln["text"].rstrip().endswith(suf):
                err(f"line {i}: title line does not end with site_suffix")
            if suf is None and ln["text"] != t:
                err(f"line {i}: title line without suffix differs from title_text")
        if ln["kind"] == "breadcrumb_title":
            if not ln["text"].startswith(ln["breadcrumb"] + ln["title_text"]):
                err(f"line {i}: breadcrumb_title != breadcrumb + title_text")
    if pos != len(text):
        err(f"lines end at {pos}, text has {len(text)}")
    if titles > 1:
        err("more than one title line")
    exp = "\n\n".join(ln["text"] for ln in d["lines"] if ln["label"] == "body")
    if exp != d["expected_body"]:
        err("expected_body mismatch")
    facts = d["facts"]
    for k, v in facts.items():
        if k not in SCALAR and k not in LISTS:
            err(f"fact kind {k}")
            continue
        if (k in LISTS) != isinstance(v, list):
            err(f"fact {k}: list/scalar shape")
            continue
        for f in v if isinstance(v, list) else [v]:
            if text[f["start"]:f["end"]] != f["evidence"]:
                err(f"fact {k}: evidence not at offsets")
            ln = d["lines"][f["line"]]
            if not (ln["start"] <= f["start"] <= f["end"] <= ln["end"]):
                err(f"fact {k}: outside its line")
            if ln["label"] == "blank":
                err(f"fact {k}: on a blank line")
            if not f["value"] or not f["evidence"]:
                err(f"fact {k}: empty")
            if k in ("published", "updated"):
                try:
                    datetime.fromisoformat(f["value"])
                except ValueError:
                    err(f"fact {k}: not ISO {f['value']}")
            if k == "credits" and f["value"] not in CANON_CREDITS:
                err(f"credit {f['value']} not canonical")
    tl = [ln for ln in d["lines"] if ln["label"] == "title"]
    if tl and facts.get("title", {}).get("value") != tl[0]["title_text"]:
        err("title fact != title_text")
    if not tl and "title" in facts:
        err("title fact without a title line")
    if d["archetype"] == "nofacts" and facts:
        err("nofacts document has facts")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus.jsonl")
    ap.add_argument("--regen", action="store_true")
    a = ap.parse_args(argv)
    raw = a.corpus.read_text(encoding="utf-8")
    docs = [json.loads(x) for x in raw.splitlines() if x.strip()]
    errs = []
    ids = [d["id"] for d in docs]
    if ids != [f"g{i:03d}" for i in range(len(docs))] or len(docs) != 160:
        errs.append("ids are not g000..g159")
    for d in docs:
        check_doc(d, errs)
    sp = Counter(d["split"] for d in docs)
    print(f"{len(docs)} documents; split {dict(sp)}")
    print("lang:", dict(Counter(d["lang"] for d in docs)))
    by = defaultdict(Counter)
    for d in docs:
        by[d["archetype"]][d["split"]] += 1
        by[d["archetype"]][d["lang"]] += 1
    print("archetype            dev test  en de fr es")
    for k, c in by.items():
        print(f"  {k:<20}{c['dev']:>3} {c['test']:>4} {c['en']:>3} {c['de']:>2} {c['fr']:>2} {c['es']:>2}")
        if not c["dev"] or not c["test"]:
            errs.append(f"archetype {k} missing from a split")
    lab = Counter(ln["label"] for d in docs for ln in d["lines"])
    print("lines:", dict(lab))
    kl = Counter(ln["kind"] for d in docs for ln in d["lines"] if ln["label"] == "boilerplate")
    kd = Counter(k for d in docs for k in {ln["kind"] for ln in d["lines"] if ln["label"] == "boilerplate"})
    print(f"boilerplate kinds ({len(kl)}; lines / docs):")
    for k in sorted(kl):
        print(f"  {k:<24}{kl[k]:>5}{kd[k]:>5}")
    missing = KINDS - set(kl)
    if missing:
        print("kinds never used:", sorted(missing))
    fc = Counter(k for d in docs for k in d["facts"])
    print("facts (docs carrying):", dict(sorted(fc.items(), key=lambda x: -x[1])))
    print("docs without any fact:", sum(1 for d in docs if not d["facts"]),
          "| without boilerplate:", sum(1 for d in docs if not any(ln["label"] == "boilerplate" for ln in d["lines"])))
    if a.regen:
        sys.path.insert(0, str(HERE))
        import generate
        new = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in generate.generate())
        if new != raw:
            errs.append("regeneration is not byte-identical")
        else:
            print("regen: byte-identical")
    for e in errs[:50]:
        print("ERROR", e)
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
