#!/usr/bin/env python3
"""Validate blind_k/corpus.jsonl: offsets, lines == text.splitlines(), labels, kinds, titles,
expected_body, facts (shape, evidence, ISO dates), ids/splits, and the dev/test disjointness of
boilerplate wordings, names and bodies.  --regen also checks byte-identical regeneration."""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

KINDS = set(["theme_license_banner", "section_label", "breadcrumb_title", "title_repeat", "ui_word", "date_line", "stray_id", "photo_caption", "photo_credit", "wire_credit_line", "publisher_promo", "app_promo", "click_here_promo", "source_link", "read_original", "read_more", "original_url_line", "back_to_top", "aggregator_disclaimer", "you_may_also_like", "comment_form", "tag_list_header", "tag_item", "reaction_counter", "related_header", "related_item", "ranking_header", "ranking_item", "recommendation_header", "recommendation_item", "syndication_notice", "prev_next_link", "skip_link", "nav_menu", "footer_link", "breadcrumb", "byline", "reading_time", "shortcode", "advertisement_label", "also_read", "copyright_notice", "republish_notice", "originally_appeared", "newsletter_promo", "social_promo", "share_row", "cookie_notice", "email_placeholder", "author_bio", "tag_line", "trending_header", "trending_item", "more_stories_header", "more_stories_item", "headline_run_item"])
SCALAR = ("title", "site_name", "publisher", "original_url", "aggregator", "published", "updated",
          "photo_credit", "section", "syndication")
LISTS = ("credits", "tags", "authors")
ARCHETYPES = {"listicle", "qa_transcript", "flat_table", "practical_box", "short_form",
              "own_headlines", "trap_prose"}


def check_fact(errs, d, k, f):
    text = d["text"]
    for key in ("value", "line", "evidence", "start", "end"):
        if key not in f:
            errs.append(f"{d['id']}: fact {k} lacks {key}")
            return
    if text[f["start"]:f["end"]] != f["evidence"]:
        errs.append(f"{d['id']}: fact {k} evidence mismatch")
    ln = d["lines"][f["line"]]
    if not (ln["start"] <= f["start"] and f["end"] <= ln["end"]):
        errs.append(f"{d['id']}: fact {k} outside its line")
    if ln["label"] == "body" or ln["label"] == "blank":
        errs.append(f"{d['id']}: fact {k} on a {ln['label']} line")
    if k in ("published", "updated"):
        for v in [f["value"], *f.get("aliases", [])]:
            try:
                datetime.fromisoformat(v)
            except ValueError:
                errs.append(f"{d['id']}: bad date {v}")
    if not isinstance(f["value"], str) or not f["value"].strip():
        errs.append(f"{d['id']}: empty fact {k}")


def check_doc(d, errs):
    did, text = d["id"], d["text"]
    for key in ("id", "split", "archetype", "lang", "source", "text", "lines", "expected_body", "facts"):
        if key not in d:
            errs.append(f"{did}: missing {key}")
    if d["split"] not in ("dev", "test"):
        errs.append(f"{did}: bad split")
    if d["archetype"] not in ARCHETYPES:
        errs.append(f"{did}: bad archetype {d['archetype']}")
    sl = text.splitlines()
    if [x["text"] for x in d["lines"]] != sl:
        errs.append(f"{did}: lines != text.splitlines()")
    pos = 0
    titles = 0
    for i, ln in enumerate(d["lines"]):
        if ln["n"] != i:
            errs.append(f"{did}: line numbering")
        if text[ln["start"]:ln["end"]] != ln["text"]:
            errs.append(f"{did}:{i} offsets")
        if ln["start"] < pos:
            errs.append(f"{did}:{i} overlapping lines")
        pos = ln["end"]
        lab = ln["label"]
        if (ln["text"].strip() == "") != (lab == "blank"):
            errs.append(f"{did}:{i} blank label mismatch")
        if lab == "boilerplate":
            if ln["kind"] not in KINDS:
                errs.append(f"{did}:{i} unknown kind {ln['kind']}")
        elif ln["kind"] is not None:
            errs.append(f"{did}:{i} kind on non-boilerplate")
        if lab not in ("title", "body", "boilerplate", "blank"):
            errs.append(f"{did}:{i} bad label")
        if lab == "title":
            titles += 1
            tt, suf = ln["title_text"], ln["site_suffix"]
            if not ln["text"].startswith(tt) or (suf and not ln["text"].endswith(suf)):
                errs.append(f"{did}:{i} title/suffix split")
            if d["facts"].get("title", {}).get("value") != tt or d["facts"]["title"]["line"] != i:
                errs.append(f"{did}:{i} title fact")
            if suf and d["facts"].get("site_name", {}).get("value") != suf:
                errs.append(f"{did}:{i} site_name fact")
    if titles > 1 or (titles == 0 and "title" in d["facts"]):
        errs.append(f"{did}: title count {titles}")
    body = "\n\n".join(x["text"] for x in d["lines"] if x["label"] == "body")
    if body != d["expected_body"]:
        errs.append(f"{did}: expected_body")
    for k, v in d["facts"].items():
        if k in LISTS:
            if not isinstance(v, list) or not v:
                errs.append(f"{did}: {k} must be a non-empty list")
                continue
            vals = [x["value"].casefold() for x in v]
            if len(set(vals)) != len(vals):
                errs.append(f"{did}: duplicate {k}")
            for f in v:
                check_fact(errs, d, k, f)
        elif k in SCALAR:
            check_fact(errs, d, k, v)
        else:
            errs.append(f"{did}: unknown fact kind {k}")
    if not any(x["label"] == "body" for x in d["lines"]):
        errs.append(f"{did}: no body")


def norm(s):
    return re.sub(r"\d+", "#", s.strip().lower())


def disjointness(docs, errs):
    import names as N
    import wordings as Wd
    bp = defaultdict(set)
    bodies = defaultdict(set)
    for d in docs:
        for ln in d["lines"]:
            if ln["label"] == "boilerplate":
                bp[d["split"]].add((ln["kind"], norm(ln["text"])))
            elif ln["label"] == "body":
                bodies[d["split"]].add(norm(ln["text"]))
    shared = {t for t in bp["dev"] & bp["test"]}
    if shared:
        errs.append(f"boilerplate lines shared by dev and test: {sorted(shared)[:10]}")
    sb = bodies["dev"] & bodies["test"]
    if sb:
        errs.append(f"body lines shared by dev and test: {sorted(sb)[:10]}")
    for kind, pools in Wd.W.items():
        if set(pools["dev"]) & set(pools["test"]):
            errs.append(f"wording pool {kind} shares entries")
    for lang, kinds in Wd.WX.items():
        for kind, pools in kinds.items():
            if set(pools["dev"]) & set(pools["test"]):
                errs.append(f"wording pool {lang}/{kind} shares entries")
    for pool in (N.SITES, N.AGGREGATORS, N.PUBLISHERS, N.AUTHORS, N.PHOTOGRAPHERS, N.SECTIONS, N.TAGS):
        if set(map(str, pool["dev"])) & set(map(str, pool["test"])):
            errs.append("name pool shares entries")
    src = {s: {d["source"] for d in docs if d["split"] == s and d["archetype"] == "trap_prose"} for s in ("dev", "test")}
    if src["dev"] & src["test"]:
        errs.append("ground-truth article used in both splits")
    # names that appear in the texts of the other split
    for s, o in (("dev", "test"), ("test", "dev")):
        names = set(N.SITES[s] + N.AUTHORS[s] + N.AGGREGATORS[s] + [p for p, _ in N.PUBLISHERS[s]])
        other = "\n".join(d["text"] for d in docs if d["split"] == o)
        for nm in names:
            if nm in other:
                errs.append(f"{s} name {nm!r} occurs in {o} texts")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(HERE / "corpus.jsonl"))
    ap.add_argument("--regen", action="store_true")
    a = ap.parse_args()
    raw = Path(a.corpus).read_bytes()
    docs = [json.loads(x) for x in raw.decode("utf-8").splitlines() if x.strip()]
    errs = []
    for i, d in enumerate(docs):
        if d["id"] != f"k{i:03d}":
            errs.append(f"id {d['id']} at {i}")
        check_doc(d, errs)
    disjointness(docs, errs)
    # the scorer's loader
    try:
        sys.path.insert(0, str(HERE.parent / "heldout"))
        for d in docs:
            d["facts"].get("title", {}).get("value")
            for ln in d["lines"]:
                ln["label"], ln["start"], ln["end"], ln["kind"], ln["n"]
    except Exception as e:  # pragma: no cover
        errs.append(f"scorer fields: {e}")
    if a.regen:
        with tempfile.TemporaryDirectory() as td:
            out = Path(td) / "c.jsonl"
            subprocess.run([sys.executable, str(HERE / "generate.py"), "--out", str(out), "--quiet"], check=True)
            if out.read_bytes() != raw:
                errs.append("regeneration is not byte-identical")
    # counts
    c = Counter()
    for d in docs:
        s = d["split"]
        c[(s, "docs")] += 1
        c[(s, "lang", d["lang"])] += 1
        c[(s, "arch", d["archetype"])] += 1
        for ln in d["lines"]:
            c[(s, "label", ln["label"])] += 1
            if ln["kind"]:
                c[(s, "kind", ln["kind"])] += 1
        for k in d["facts"]:
            c[(s, "fact", k)] += 1
        if not d["facts"]:
            c[(s, "nofacts")] += 1
        if not any(ln["label"] == "boilerplate" for ln in d["lines"]):
            c[(s, "no_boilerplate")] += 1
    for s in ("dev", "test"):
        print(f"== {s}: {c[(s, 'docs')]} docs")
        for grp in ("lang", "arch", "label", "fact", "kind"):
            items = sorted((k[2], v) for k, v in c.items() if k[0] == s and k[1] == grp)
            print(f"  {grp}: " + ", ".join(f"{k} {v}" for k, v in items))
        print(f"  no facts: {c[(s, 'nofacts')]}, no boilerplate: {c[(s, 'no_boilerplate')]}")
    if errs:
        print(f"\n{len(errs)} ERRORS")
        for e in errs[:60]:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
