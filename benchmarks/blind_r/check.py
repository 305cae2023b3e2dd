#!/usr/bin/env python3
"""Validate blind_r/corpus.jsonl and print counts. --regen also checks byte-identical regeneration."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
KINDS = set("""theme_license_banner section_label breadcrumb_title title_repeat ui_word date_line stray_id
photo_caption photo_credit wire_credit_line publisher_promo app_promo click_here_promo source_link read_original
read_more original_url_line back_to_top aggregator_disclaimer you_may_also_like comment_form tag_list_header
tag_item reaction_counter related_header related_item ranking_header ranking_item recommendation_header
recommendation_item syndication_notice prev_next_link skip_link nav_menu footer_link breadcrumb byline
reading_time shortcode advertisement_label also_read copyright_notice republish_notice originally_appeared
newsletter_promo social_promo share_row cookie_notice email_placeholder author_bio tag_line trending_header
trending_item more_stories_header more_stories_item headline_run_item""".split())
SCALAR = ("title", "site_name", "publisher", "original_url", "aggregator", "published", "updated",
          "photo_credit", "section", "syndication")
LISTS = ("credits", "tags", "authors")
CANON = {"AP", "AFP", "Reuters", "PTI", "ANI", "IANS", "dpa", "EFE", "ANSA", "Xinhua", "Kyodo", "Yonhap",
         "Bloomberg", "UPI"}


def check_doc(d, errs):
    did = d["id"]

    def e(msg):
        errs.append(f"{did}: {msg}")
    for k in ("id", "split", "archetype", "lang", "source", "text", "lines", "expected_body", "facts"):
        if k not in d:
            e(f"missing {k}")
    text = d["text"]
    if d["split"] not in ("dev", "test"):
        e("bad split")
    sl = text.splitlines()
    if len(sl) != len(d["lines"]):
        e(f"line count {len(d['lines'])} != splitlines {len(sl)}")
    titles = 0
    for i, ln in enumerate(d["lines"]):
        if ln["n"] != i:
            e(f"line n {ln['n']} != {i}")
        if text[ln["start"]:ln["end"]] != ln["text"]:
            e(f"line {i} offsets")
        if i < len(sl) and sl[i] != ln["text"]:
            e(f"line {i} != splitlines")
        lab = ln["label"]
        if lab not in ("title", "body", "boilerplate", "blank"):
            e(f"line {i} bad label {lab}")
        if (lab == "blank") != (ln["text"].strip() == ""):
            e(f"line {i} blank mismatch")
        if lab == "boilerplate":
            if ln["kind"] not in KINDS:
                e(f"line {i} bad kind {ln['kind']}")
        elif ln["kind"] is not None:
            e(f"line {i} kind on non-boilerplate")
        if lab == "title":
            titles += 1
            if "title_text" not in ln or "site_suffix" not in ln:
                e(f"line {i} title fields")
            else:
                tt, sx = ln["title_text"], ln["site_suffix"]
                if sx is None and ln["text"] != tt:
                    e(f"line {i} title_text != text")
                if sx is not None and not (ln["text"].startswith(tt) and ln["text"].endswith(sx)):
                    e(f"line {i} title/suffix split")
        if ln.get("kind") == "breadcrumb_title":
            if not (ln["text"].startswith(ln["breadcrumb"] + ln["title_text"]) and ln["text"].endswith(ln["site_suffix"])):
                e(f"line {i} breadcrumb_title fields")
    if titles > 1:
        e("more than one title line")
    exp = "\n\n".join(ln["text"] for ln in d["lines"] if ln["label"] == "body")
    if exp != d["expected_body"]:
        e("expected_body mismatch")
    f = d["facts"]
    for k, v in f.items():
        if k not in SCALAR + LISTS:
            e(f"unknown fact {k}")
            continue
        vals = v if k in LISTS else [v]
        if k in LISTS and not isinstance(v, list):
            e(f"{k} must be a list")
        for fv in vals:
            for kk in ("value", "line", "evidence", "start", "end"):
                if kk not in fv:
                    e(f"fact {k} missing {kk}")
            if text[fv["start"]:fv["end"]] != fv["evidence"]:
                e(f"fact {k} evidence offsets")
            ln = d["lines"][fv["line"]]
            if not (ln["start"] <= fv["start"] and fv["end"] <= ln["end"]):
                e(f"fact {k} outside its line")
            if ln["label"] == "blank":
                e(f"fact {k} on blank line")
            if k in ("published", "updated"):
                for c in [fv["value"], *fv.get("aliases", [])]:
                    try:
                        datetime.fromisoformat(c)
                    except ValueError:
                        e(f"fact {k} bad iso {c}")
            if k == "credits" and fv["value"] not in CANON:
                e(f"credit not canonical {fv['value']}")
            if not isinstance(fv["value"], str) or not fv["value"].strip():
                e(f"fact {k} empty value")
    if "title" in f:
        tl = [ln for ln in d["lines"] if ln["label"] == "title"]
        if not tl or tl[0]["title_text"] != f["title"]["value"]:
            e("title fact != title line")
    elif titles:
        e("title line without title fact")
    if "site_name" in f:
        sfx = [ln.get("site_suffix") for ln in d["lines"] if ln["label"] == "title" or ln.get("kind") == "breadcrumb_title"]
        if f["site_name"]["value"] not in sfx:
            e("site_name without a suffix")
    if d["archetype"] == "nofacts" and f:
        e("nofacts doc has facts")


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(HERE / "corpus.jsonl"))
    ap.add_argument("--regen", action="store_true")
    a = ap.parse_args(argv)
    raw = Path(a.corpus).read_text(encoding="utf-8")
    docs = [json.loads(x) for x in raw.splitlines() if x.strip()]
    errs: list[str] = []
    ids = [d["id"] for d in docs]
    if ids != [f"r{i:03d}" for i in range(len(docs))]:
        errs.append("ids not r000.. in order")
    for d in docs:
        check_doc(d, errs)
    # disjointness of sources across the split
    src = defaultdict(set)
    for d in docs:
        src[d["source"]].add(d["split"])
    for s, sp in src.items():
        if len(sp) > 1:
            errs.append(f"source {s} in both splits")
    en_src = Counter(d["source"] for d in docs if d["lang"] == "en")
    for s, n in en_src.items():
        if n > 1:
            errs.append(f"English source {s} used {n} times")
    # the scorer's loader
    sys.path.insert(0, str(HERE.parent / "heldout"))
    try:
        import score
        for d in docs:
            for k in score.FACT_KINDS:
                g = d["facts"].get(k)
                if g is None:
                    continue
                gl = g if k in score.LISTS else [g]
                for x in gl:
                    if not score.value_matches(k, x["value"], x):
                        errs.append(f"{d['id']}: scorer does not accept its own gold {k}")
    except ImportError as ex:
        print(f"(scorer not importable: {ex})")
    if a.regen:
        with tempfile.TemporaryDirectory() as td:
            out = Path(td) / "c.jsonl"
            subprocess.run([sys.executable, str(HERE / "generate.py"), "--out", str(out)], check=True,
                           capture_output=True)
            if out.read_bytes() != Path(a.corpus).read_bytes():
                errs.append("regeneration is not byte-identical")
            else:
                print("regeneration: byte-identical")
    # counts
    lab = Counter()
    kinds = Counter()
    kdocs = defaultdict(set)
    facts = Counter()
    by = Counter()
    for d in docs:
        by[(d["archetype"], d["split"])] += 1
        for ln in d["lines"]:
            lab[(ln["label"], d["split"])] += 1
            if ln["label"] == "boilerplate":
                kinds[ln["kind"]] += 1
                kdocs[ln["kind"]].add(d["id"])
        for k in d["facts"]:
            facts[(k, d["split"])] += 1
    print(f"{len(docs)} docs; split {Counter(d['split'] for d in docs)}; lang {Counter(d['lang'] for d in docs)}")
    print("archetypes:", {a_: (by[(a_, 'dev')], by[(a_, 'test')]) for a_ in dict.fromkeys(d['archetype'] for d in docs)})
    print("lines:", dict(sorted(lab.items())))
    fk = sorted({k for k, _ in facts})
    print("facts (dev/test docs):", {k: (facts[(k, 'dev')], facts[(k, 'test')]) for k in fk})
    print("no-fact docs:", sum(1 for d in docs if not d["facts"]),
          "no-boilerplate docs:", sum(1 for d in docs if not any(ln["label"] == "boilerplate" for ln in d["lines"])))
    missing = KINDS - set(kinds)
    print("kinds missing:", sorted(missing))
    for k in sorted(kinds):
        print(f"  {k:<24} {kinds[k]:>5} {len(kdocs[k]):>4}")
    if errs:
        print(f"\n{len(errs)} ERRORS")
        for x in errs[:60]:
            print("  " + x)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
