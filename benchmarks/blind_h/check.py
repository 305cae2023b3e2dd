#!/usr/bin/env python3
"""Validate blind_h/corpus.jsonl and print counts.

Checks every record (ids, split, offsets, ``lines == text.splitlines()``, labels and kinds, title
fields, ``expected_body``, fact shapes, ``text[start:end] == evidence``, facts inside their line,
ISO dates, canonical agency names), that the scorer's own comparison accepts every gold value,
that dev and test share no wording template, no invented name and no story body, and (with
``--regen``) that the generator rebuilds the file byte for byte.

    python3 benchmarks/blind_h/check.py [--regen]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
CORPUS = HERE / "corpus.jsonl"

KINDS = set(["theme_license_banner", "section_label", "breadcrumb_title", "title_repeat", "ui_word", "date_line", "stray_id", "photo_caption", "photo_credit", "wire_credit_line", "publisher_promo", "app_promo", "click_here_promo", "source_link", "read_original", "read_more", "original_url_line", "back_to_top", "aggregator_disclaimer", "you_may_also_like", "comment_form", "tag_list_header", "tag_item", "reaction_counter", "related_header", "related_item", "ranking_header", "ranking_item", "recommendation_header", "recommendation_item", "syndication_notice", "prev_next_link", "skip_link", "nav_menu", "footer_link", "breadcrumb", "byline", "reading_time", "shortcode", "advertisement_label", "also_read", "copyright_notice", "republish_notice", "originally_appeared", "newsletter_promo", "social_promo", "share_row", "cookie_notice", "email_placeholder", "author_bio", "tag_line", "trending_header", "trending_item", "more_stories_header", "more_stories_item", "headline_run_item"])
LABELS = {"title", "body", "boilerplate", "blank"}
LISTS = ("credits", "tags", "authors")
SCALARS = ("title", "site_name", "publisher", "original_url", "aggregator", "published", "updated",
           "photo_credit", "section", "syndication")
ARCHES = {"aggregator_feed", "syndication", "wire_portal", "press_release", "wp_autoblog", "regional_news",
          "clean", "nofacts"}


def load_scorer():
    spec = importlib.util.spec_from_file_location("heldout_score", HERE.parent / "heldout" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # defines functions only; newsclean is imported inside main()
    return mod


def check_doc(d, errs, sc, agencies):
    did = d.get("id")

    def err(msg):
        errs.append(f"{did}: {msg}")

    for k in ("id", "split", "archetype", "lang", "source", "text", "lines", "expected_body", "facts"):
        if k not in d:
            err(f"missing key {k}")
            return
    if d["split"] not in ("dev", "test"):
        err("bad split")
    if d["archetype"] not in ARCHES:
        err("bad archetype")
    text = d["text"]
    lines = d["lines"]
    sl = text.splitlines()
    if len(sl) != len(lines):
        err(f"{len(lines)} line records but splitlines gives {len(sl)}")
        return
    pos_ok = True
    for i, (ln, s) in enumerate(zip(lines, sl)):
        if ln["n"] != i or ln["text"] != s or text[ln["start"]:ln["end"]] != s:
            err(f"line {i} offsets/text mismatch")
            pos_ok = False
            break
        if ln["label"] not in LABELS:
            err(f"line {i} bad label")
        if (ln["label"] == "blank") != (s.strip() == ""):
            err(f"line {i} blank mismatch")
        if ln["label"] == "boilerplate":
            if ln["kind"] not in KINDS:
                err(f"line {i} bad kind {ln['kind']}")
        elif ln["kind"] is not None:
            err(f"line {i} kind on non-boilerplate")
        if ln["label"] == "title":
            tt, suf = ln.get("title_text"), ln.get("site_suffix", "MISSING")
            if not tt or suf == "MISSING" or not s.startswith(tt) or (suf and not s.endswith(suf)):
                err(f"line {i} title fields")
    if not pos_ok:
        return
    titles = [ln for ln in lines if ln["label"] == "title"]
    if len(titles) > 1:
        err("more than one title line")
    facts = d["facts"]
    if titles:
        if facts.get("title", {}).get("value") != titles[0]["title_text"]:
            err("title fact != title_text")
        suf = titles[0]["site_suffix"]
        if suf and facts.get("site_name", {}).get("value") != suf:
            err("site_name != suffix")
    elif "title" in facts:
        err("title fact without title line")
    exp = "\n\n".join(ln["text"] for ln in lines if ln["label"] == "body")
    if exp != d["expected_body"]:
        err("expected_body mismatch")
    for k, v in facts.items():
        if k in LISTS:
            if not isinstance(v, list) or not v:
                err(f"{k} not a non-empty list")
                continue
            items = v
        elif k in SCALARS:
            items = [v]
        else:
            err(f"unknown fact kind {k}")
            continue
        for f in items:
            if set(f) - {"value", "line", "evidence", "start", "end", "aliases"}:
                err(f"{k} extra keys")
            if not isinstance(f.get("value"), str) or not f["value"].strip():
                err(f"{k} empty value")
                continue
            if text[f["start"]:f["end"]] != f["evidence"]:
                err(f"{k} evidence offsets")
            ln = lines[f["line"]]
            if not (ln["start"] <= f["start"] and f["end"] <= ln["end"]):
                err(f"{k} evidence outside its line")
            if ln["label"] == "body" and k != "credits":
                err(f"{k} taken from a body line")
            if k in ("published", "updated"):
                try:
                    datetime.fromisoformat(f["value"])
                except ValueError:
                    err(f"{k} not ISO: {f['value']}")
                if len(f["value"]) == 10 and f"{f['value']}T00:00:00" not in f.get("aliases", []):
                    err(f"{k} date-only without T00:00:00 alias")
            if k == "credits" and f["value"] not in agencies:
                err(f"credit {f['value']} not canonical")
            if k == "original_url" and not f["value"].startswith("http"):
                err("original_url not a URL")
            if not sc.value_matches(k, f["value"], f):
                err(f"{k}: scorer rejects its own gold value")
    if d["archetype"] == "nofacts" and facts:
        err("nofacts document has facts")
    if d["archetype"] == "nofacts" and titles:
        err("nofacts document has a title")
    if d["archetype"] == "clean" and any(ln["label"] == "boilerplate" for ln in lines):
        err("clean document has boilerplate")


def name_leaks(docs):
    """No invented name of one split appears in a document of the other split."""
    import names as N

    def flat(x):
        if isinstance(x, dict):
            for v in x.values():
                yield from flat(v)
        elif isinstance(x, (list, tuple)):
            for v in x:
                yield from flat(v)
        else:
            yield x

    pools = [N.AGGREGATORS, N.AGGREGATORS_FOREIGN, N.PUBLISHERS, N.PUBLISHERS_FOREIGN, N.COMPANIES,
             N.PR_PORTALS, N.SITES, N.SITES_FOREIGN, N.THEMES, N.PLUGINS, N.LAST]
    out = []
    for sp, other in (("dev", "test"), ("test", "dev")):
        names = {n for p in pools for n in flat(p[sp]) if isinstance(n, str) and len(n) > 4}
        for d in docs:
            if d["split"] == other:
                hit = [n for n in names if n in d["text"]]
                if hit:
                    out.append(f"{d['id']} ({other}) contains {sp} names {hit[:3]}")
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--regen", action="store_true")
    args = ap.parse_args(argv)
    import names as N

    sc = load_scorer()
    raw = args.corpus.read_text(encoding="utf-8")
    docs = [json.loads(x) for x in raw.splitlines() if x.strip()]
    errs: list[str] = []
    ids = [d["id"] for d in docs]
    if ids != [f"h{i:03d}" for i in range(len(docs))]:
        errs.append("ids are not h000.. in order")
    for d in docs:
        check_doc(d, errs, sc, set(N.AGENCY_ALIASES))
    # story bodies disjoint between splits
    src = {}
    for d in docs:
        src.setdefault(d["source"], set()).add(d["split"])
    for s, sp in src.items():
        if len(sp) > 1:
            errs.append(f"source {s} used in both splits")
    en_src = Counter(d["source"] for d in docs if d["lang"] == "en")
    errs += [f"article {s} used {n} times" for s, n in en_src.items() if n > 1]
    errs += name_leaks(docs)
    # wordings disjoint between splits
    import generate

    _, usage = generate.build()
    for key, splits in usage.items():
        if len(splits) > 1:
            errs.append(f"wording {key} used in both splits")
    if args.regen:
        with tempfile.TemporaryDirectory() as td:
            out = Path(td) / "c.jsonl"
            generate.main(["--out", str(out)])
            if out.read_bytes() != args.corpus.read_bytes():
                errs.append("regeneration is not byte-identical")
            else:
                print("regeneration: byte-identical")
    # counts
    print(f"documents: {len(docs)}  ", dict(Counter(d["split"] for d in docs)))
    print("languages:", dict(Counter((d["lang"]) for d in docs)))
    arch = Counter((d["archetype"], d["split"]) for d in docs)
    for a in sorted({d["archetype"] for d in docs}):
        nonen = sum(1 for d in docs if d["archetype"] == a and d["lang"] != "en")
        print(f"  {a:<16} dev {arch[(a, 'dev')]:>3}  test {arch[(a, 'test')]:>3}  non-en {nonen}")
    for sp in ("dev", "test"):
        lab = Counter(ln["label"] for d in docs if d["split"] == sp for ln in d["lines"])
        fk = Counter(k for d in docs if d["split"] == sp for k in d["facts"])
        print(f"{sp}: lines {dict(lab)}")
        print(f"{sp}: docs carrying each fact {dict(sorted(fk.items(), key=lambda x: -x[1]))}")
        print(f"{sp}: fact-free docs {sum(1 for d in docs if d['split'] == sp and not d['facts'])}")
    kinds = Counter(ln["kind"] for d in docs for ln in d["lines"] if ln["label"] == "boilerplate")
    kdocs = Counter(k for d in docs for k in {ln["kind"] for ln in d["lines"] if ln["label"] == "boilerplate"})
    print("kinds (lines/docs):")
    for k in sorted(kinds):
        print(f"  {k:<24} {kinds[k]:>4} {kdocs[k]:>4}")
    if errs:
        print(f"\n{len(errs)} ERRORS")
        for e in errs[:60]:
            print("  " + e)
        return 1
    print("\nOK: all records valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
