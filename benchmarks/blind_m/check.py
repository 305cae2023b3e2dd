#!/usr/bin/env python3
"""Validate blind_m/corpus.jsonl: offsets, lines == text.splitlines(), labels and kinds, facts
(format, evidence, dates, the scorer's own comparison of gold with itself), expected_body,
dev/test disjointness (articles, names, wording indices). ``--regen`` also checks that
generate.py rebuilds the file byte for byte.

    python3 check.py [--corpus PATH] [--regen] [--gt PATH]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SEED_KINDS = """theme_license_banner section_label breadcrumb_title title_repeat ui_word date_line stray_id
photo_caption photo_credit wire_credit_line publisher_promo app_promo click_here_promo source_link read_original
read_more original_url_line back_to_top aggregator_disclaimer you_may_also_like comment_form tag_list_header tag_item
reaction_counter related_header related_item ranking_header ranking_item recommendation_header recommendation_item
syndication_notice prev_next_link""".split()
EXTRA_KINDS = """skip_link nav_menu footer_link breadcrumb byline reading_time shortcode advertisement_label also_read
copyright_notice republish_notice originally_appeared newsletter_promo social_promo share_row cookie_notice
email_placeholder author_bio tag_line trending_header trending_item more_stories_header more_stories_item
headline_run_item""".split()
KINDS = set(SEED_KINDS) | set(EXTRA_KINDS)
SCALAR = ("title", "site_name", "publisher", "original_url", "aggregator", "published", "updated",
          "photo_credit", "section", "syndication")
LISTS = ("credits", "tags", "authors")


def load_score():
    p = HERE.parent / "heldout" / "score.py"
    spec = importlib.util.spec_from_file_location("heldout_score", p)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)  # defines functions only; newsclean is imported in main()
    return m


def check(docs, errs):
    score = load_score()
    for k, d in enumerate(docs):
        did = d.get("id")
        e = lambda msg: errs.append(f"{did}: {msg}")  # noqa: E731
        if set(d) != {"id", "split", "archetype", "lang", "source", "text", "lines", "expected_body", "facts"}:
            e(f"keys {sorted(d)}")
        if did != f"m{k:03d}":
            e("id out of order")
        if d["split"] not in ("dev", "test"):
            e("split")
        text = d["text"]
        sl = text.splitlines()
        if [ln["text"] for ln in d["lines"]] != sl:
            e("lines != text.splitlines()")
        pos = 0
        for i, ln in enumerate(d["lines"]):
            if ln["n"] != i:
                e(f"line n {i}")
            if ln["start"] != pos or text[ln["start"]:ln["end"]] != ln["text"]:
                e(f"line {i} offsets")
            pos = ln["end"]
            if text.startswith("\r\n", pos):
                pos += 2
            elif pos < len(text):
                pos += 1
            lab, kind = ln["label"], ln["kind"]
            if lab not in ("title", "body", "boilerplate", "blank"):
                e(f"line {i} label {lab}")
            if (lab == "blank") != (ln["text"].strip() == ""):
                e(f"line {i} blank mismatch")
            if lab == "boilerplate" and kind not in KINDS:
                e(f"line {i} kind {kind}")
            if lab != "boilerplate" and kind is not None:
                e(f"line {i} kind on {lab}")
            if lab == "title":
                tt, suf = ln.get("title_text"), ln.get("site_suffix", "missing")
                if not tt or suf == "missing" or not ln["text"].startswith(tt):
                    e(f"line {i} title fields")
                if suf and not ln["text"].endswith(suf):
                    e(f"line {i} suffix")
        if pos != len(text):
            e("text not covered by lines")
        titles = [ln for ln in d["lines"] if ln["label"] == "title"]
        f = d["facts"]
        if len(titles) > 1:
            e("several title lines")
        if titles:
            if f.get("title", {}).get("value") != titles[0]["title_text"]:
                e("title fact != title_text")
            suf = titles[0]["site_suffix"]
            if suf and f.get("site_name", {}).get("value") != suf:
                e("site_name != suffix")
        elif "title" in f:
            e("title fact without title line")
        body = "\n\n".join(ln["text"] for ln in d["lines"] if ln["label"] == "body")
        if body != d["expected_body"]:
            e("expected_body")
        for kind, v in f.items():
            if kind not in SCALAR + LISTS:
                e(f"fact kind {kind}")
                continue
            recs = v if kind in LISTS else [v]
            if (kind in LISTS) != isinstance(v, list):
                e(f"fact {kind} shape")
            for r in recs:
                if not set(r) <= {"value", "line", "evidence", "start", "end", "aliases"}:
                    e(f"fact {kind} keys")
                if text[r["start"]:r["end"]] != r["evidence"] or not r["evidence"]:
                    e(f"fact {kind} evidence")
                ln = d["lines"][r["line"]]
                if not (ln["start"] <= r["start"] < r["end"] <= ln["end"]) or ln["label"] == "blank":
                    e(f"fact {kind} line")
                if kind in ("published", "updated"):
                    for x in [r["value"], *r.get("aliases", [])]:
                        datetime.fromisoformat(x)
                if kind == "original_url" and r["value"] != r["evidence"]:
                    e("url value != evidence")
                if not score.value_matches(kind, r["value"], r):
                    e(f"fact {kind} does not match itself")
            if kind in LISTS:
                if not score.fact_correct(kind, [r["value"] for r in recs], recs):
                    e(f"fact {kind} list self-match")
        if d["archetype"] == "control" and (f or titles):
            e("control document carries a fact or title")


def disjointness(docs, errs, usage=None):
    by = defaultdict(lambda: defaultdict(set))
    for d in docs:
        sp = d["split"]
        by["source"][sp].add(d["source"])
        for kind in ("aggregator", "publisher", "site_name", "original_url"):
            if kind in d["facts"]:
                by[kind][sp].add(d["facts"][kind]["value"].casefold())
        for a in d["facts"].get("authors", []):
            by["authors"][sp].add(a["value"].casefold())
    for k, v in by.items():
        both = v["dev"] & v["test"]
        if both:
            errs.append(f"dev/test share {k}: {sorted(both)[:5]}")
    en = Counter(d["source"] for d in docs if d["lang"] == "en")
    if any(n > 1 for n in en.values()):
        errs.append("an English article is used twice")
    if usage is not None:
        seen = defaultdict(set)
        for pool, lang, idx, sp in usage:
            seen[(pool, lang, idx)].add(sp)
        shared = [k for k, v in seen.items() if len(v) > 1]
        if shared:
            errs.append(f"wordings used by both splits: {shared[:5]}")
        return len(seen)
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(HERE / "corpus.jsonl"))
    ap.add_argument("--regen", action="store_true")
    ap.add_argument("--gt", default=None)
    a = ap.parse_args()
    raw = Path(a.corpus).read_bytes()
    docs = [json.loads(x) for x in raw.decode("utf-8").splitlines() if x.strip()]
    errs = []
    check(docs, errs)
    import generate
    import kit
    gt = a.gt or generate.DEFAULT_GT
    regen = generate.generate(gt, generate.SEED)
    nwords = disjointness(docs, errs, list(kit.USAGE))
    if a.regen:
        with tempfile.TemporaryDirectory() as td:
            out = Path(td) / "c.jsonl"
            generate.main(["--gt", gt, "--out", str(out)])
            if out.read_bytes() != raw:
                errs.append("regeneration is not byte-identical")
    # counts
    sp = Counter(d["split"] for d in docs)
    print(f"{len(docs)} documents: {dict(sp)}")
    for s in ("dev", "test"):
        ds = [d for d in docs if d["split"] == s]
        lab = Counter(ln["label"] for d in ds for ln in d["lines"])
        fk = Counter(k for d in ds for k in d["facts"])
        print(f"  {s}: langs {dict(Counter(d['lang'] for d in ds))}")
        print(f"      archetypes {dict(Counter(d['archetype'] for d in ds))}")
        print(f"      lines {dict(lab)}")
        print(f"      facts (docs carrying) {dict(fk.most_common())}; fact-free docs {sum(1 for d in ds if not d['facts'])}")
    kinds = Counter()
    kdocs = defaultdict(set)
    for d in docs:
        for ln in d["lines"]:
            if ln["label"] == "boilerplate":
                kinds[ln["kind"]] += 1
                kdocs[ln["kind"]].add(d["id"])
    print("kinds (lines/docs):")
    for k in sorted(kinds):
        print(f"  {k:24} {kinds[k]:4} {len(kdocs[k]):4}")
    print(f"distinct wordings used: {nwords}")
    # informative: identical boilerplate lines in both splits
    bl = defaultdict(set)
    for d in docs:
        for ln in d["lines"]:
            if ln["label"] == "boilerplate":
                bl[ln["text"].strip()].add(d["split"])
    same = sorted(t for t, s in bl.items() if len(s) > 1)
    print(f"boilerplate line texts found in both splits: {len(same)} {same[:12]}")
    if errs:
        print(f"{len(errs)} ERRORS")
        for x in errs[:40]:
            print("  " + x)
        return 1
    print("OK" + (" (regeneration byte-identical)" if a.regen else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
