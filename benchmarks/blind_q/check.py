#!/usr/bin/env python3
"""Validate blind_q/corpus.jsonl; print counts. --regen also checks byte-identical regeneration."""

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
# generic field phrases allowed in both splits (none expected; reported if present)
ALLOWED_SHARED = set()


def err(errors, did, msg):
    errors.append(f"{did}: {msg}")


def check_fact(errors, d, kind, f):
    did, text = d["id"], d["text"]
    for k in ("value", "line", "evidence", "start", "end"):
        if k not in f:
            err(errors, did, f"{kind} lacks {k}")
            return
    if text[f["start"]:f["end"]] != f["evidence"]:
        err(errors, did, f"{kind} evidence mismatch")
    ln = d["lines"][f["line"]]
    if not (ln["start"] <= f["start"] and f["end"] <= ln["end"]):
        err(errors, did, f"{kind} evidence outside its line")
    if ln["label"] == "blank":
        err(errors, did, f"{kind} on a blank line")
    if not isinstance(f["value"], str) or not f["value"].strip():
        err(errors, did, f"{kind} empty value")
    if kind in ("published", "updated"):
        for v in [f["value"], *f.get("aliases", [])]:
            try:
                datetime.fromisoformat(v)
            except ValueError:
                err(errors, did, f"{kind} not ISO: {v}")
    if kind == "original_url" and not re.match(r"https?://\S+$", f["value"]):
        err(errors, did, f"bad url {f['value']}")


def check(path):
    docs = [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines() if x.strip()]
    errors = []
    ids = set()
    bp_by_split = defaultdict(lambda: defaultdict(set))
    for i, d in enumerate(docs):
        did = d["id"]
        if did != f"q{i:03d}" or did in ids:
            err(errors, did, "bad/duplicate id")
        ids.add(did)
        for k in ("split", "archetype", "lang", "source", "text", "lines", "expected_body", "facts"):
            if k not in d:
                err(errors, did, f"missing {k}")
        if d["split"] not in ("dev", "test"):
            err(errors, did, "bad split")
        text = d["text"]
        sl = text.splitlines()
        if [ln["text"] for ln in d["lines"]] != sl:
            err(errors, did, "lines != text.splitlines()")
        titles = 0
        for n, ln in enumerate(d["lines"]):
            if ln["n"] != n or text[ln["start"]:ln["end"]] != ln["text"]:
                err(errors, did, f"line {n} offsets")
            lab = ln["label"]
            if lab not in ("title", "body", "boilerplate", "blank"):
                err(errors, did, f"line {n} bad label")
            if (lab == "blank") != (ln["text"].strip() == ""):
                err(errors, did, f"line {n} blank mismatch")
            if lab == "boilerplate":
                if ln["kind"] not in KINDS:
                    err(errors, did, f"line {n} bad kind {ln['kind']}")
                bp_by_split[ln["kind"]][d["split"]].add(ln["text"])
            elif ln["kind"] is not None:
                err(errors, did, f"line {n} kind on non-boilerplate")
            if lab == "title":
                titles += 1
                tt, sfx = ln.get("title_text"), ln.get("site_suffix")
                if tt is None or not ln["text"].startswith(tt):
                    err(errors, did, "title_text")
                if sfx and not ln["text"].endswith(sfx):
                    err(errors, did, "site_suffix")
                if d["facts"].get("title", {}).get("value") != tt:
                    err(errors, did, "title fact != title_text")
            if ln["kind"] == "breadcrumb_title":
                if not ln.get("breadcrumb") or not ln["text"].startswith(ln["breadcrumb"]) or ln.get("title_text") not in ln["text"]:
                    err(errors, did, "breadcrumb_title fields")
        if titles > 1 or (titles == 0 and "title" in d["facts"]):
            err(errors, did, "title count")
        body = "\n\n".join(ln["text"] for ln in d["lines"] if ln["label"] == "body")
        if body != d["expected_body"]:
            err(errors, did, "expected_body")
        for k, v in d["facts"].items():
            if k in LISTS:
                if not isinstance(v, list) or not v:
                    err(errors, did, f"{k} must be a non-empty list")
                    continue
                vals = [x["value"].casefold() for x in v]
                if len(set(vals)) != len(vals):
                    err(errors, did, f"{k} duplicates")
                for x in v:
                    check_fact(errors, d, k, x)
            elif k in SCALAR:
                check_fact(errors, d, k, v)
            else:
                err(errors, did, f"unknown fact kind {k}")
        if d["archetype"] == "nofacts" and d["facts"]:
            err(errors, did, "nofacts doc has facts")
    # dev/test disjointness of boilerplate wordings (exact line texts, ignoring digits and list items)
    shared = Counter()
    for kind, by in bp_by_split.items():
        if kind.endswith("_item") or kind in ("headline_run_item", "title_repeat", "stray_id"):
            continue
        norm = {s: {re.sub(r"\d+", "#", t) for t in by[s]} for s in ("dev", "test")}
        both = (norm["dev"] & norm["test"]) - ALLOWED_SHARED
        if both:
            shared[kind] = len(both)
            for t in sorted(both)[:3]:
                errors.append(f"wording in both splits [{kind}]: {t!r}")
    # sources disjoint
    src = defaultdict(set)
    for d in docs:
        src[d["source"]].add(d["split"])
    for s, sp in src.items():
        if len(sp) > 1:
            errors.append(f"source {s} in both splits")
    return docs, errors


def report(docs):
    print(f"{len(docs)} documents")
    for split in ("dev", "test", None):
        ds = [d for d in docs if split is None or d["split"] == split]
        lab = Counter(ln["label"] for d in ds for ln in d["lines"])
        facts = sum(len(v) if isinstance(v, list) else 1 for d in ds for v in d["facts"].values())
        print(f"  {split or 'all':5} docs {len(ds):3}  langs {dict(Counter(d['lang'] for d in ds))}  lines {dict(lab)}  facts {facts}")
    print("archetypes:", dict(Counter((d["archetype"], d["split"]) for d in docs)))
    print("archetype docs:", dict(Counter(d["archetype"] for d in docs)))
    kl, kd = Counter(), Counter()
    for d in docs:
        ks = [ln["kind"] for ln in d["lines"] if ln["label"] == "boilerplate"]
        kl.update(ks)
        kd.update(set(ks))
    print("kinds (lines/docs):")
    for k in sorted(kl):
        print(f"  {k:24} {kl[k]:4} {kd[k]:4}")
    fc = Counter(k for d in docs for k in d["facts"])
    print("facts (docs carrying):", dict(fc.most_common()))
    print("docs without facts:", sum(1 for d in docs if not d["facts"]),
          "| without boilerplate:", sum(1 for d in docs if not any(ln["label"] == "boilerplate" for ln in d["lines"])))
    dis = defaultdict(set)
    syn = defaultdict(set)
    for d in docs:
        for ln in d["lines"]:
            if ln["kind"] == "aggregator_disclaimer":
                dis[(d["lang"], d["split"])].add(ln["text"])
            if ln["kind"] == "syndication_notice":
                syn[(d["lang"], d["split"])].add(ln["text"])
    import wordings as W  # template coverage: which syndication templates occur per language
    cov = {}
    for lang, halves in W.SYND.items():
        used = 0
        for tpl in halves[0] + halves[1]:
            rx = re.compile(re.escape(tpl).replace(re.escape("{pub}"), ".+?"))
            if any(rx.search(t) for (lg, _s), v in syn.items() if lg == lang for t in v):
                used += 1
        cov[lang] = f"{used}/{len(halves[0]) + len(halves[1])}"
    print("syndication templates used per language:", cov)
    print("distinct disclaimer lines per (lang, split):", {f"{a}/{b}": len(v) for (a, b), v in sorted(dis.items())})
    print("distinct syndication lines per (lang, split):", {f"{a}/{b}": len(v) for (a, b), v in sorted(syn.items())})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(HERE / "corpus.jsonl"))
    ap.add_argument("--regen", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    docs, errors = check(a.corpus)
    if not a.quiet:
        report(docs)
    if a.regen:
        with tempfile.TemporaryDirectory() as td:
            out = Path(td) / "c.jsonl"
            subprocess.run([sys.executable, str(HERE / "generate.py"), "--out", str(out)], check=True,
                           stdout=subprocess.DEVNULL)
            if out.read_bytes() != Path(a.corpus).read_bytes():
                errors.append("regeneration is not byte-identical")
            else:
                print("regeneration: byte-identical")
    for e in errors[:60]:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
