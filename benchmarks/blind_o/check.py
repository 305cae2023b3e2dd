#!/usr/bin/env python3
"""Validate blind_o/corpus.jsonl: offsets, lines, labels, facts, scorer expectations, dev/test
disjointness; print counts. ``--regen`` also checks byte-identical regeneration."""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
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
import names as N  # noqa: E402

SCORE = HERE.parent / "heldout" / "score.py"
LABELS = {"title", "body", "boilerplate", "blank"}
LISTS = ("credits", "tags", "authors")
SINGLE = ("title", "site_name", "publisher", "original_url", "aggregator", "published", "updated",
          "photo_credit", "section", "syndication")
CANON = set(N.AGENCY_CANON)
# kinds whose line text is generated per document (headlines, ids, tags), not a wording
GENERATED = {"related_item", "trending_item", "ranking_item", "recommendation_item", "more_stories_item",
             "headline_run_item", "stray_id", "tag_item", "title_repeat", "breadcrumb_title", "original_url_line",
             "nav_menu", "footer_link", "liveblog_chrome", "breadcrumb", "date_line", "byline", "tag_line",
             "photo_credit", "section_label"}


def load_score():
    spec = importlib.util.spec_from_file_location("heldout_score", SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # top level is stdlib only; newsclean is imported in main()
    return mod


def check_doc(d, sc, errs):
    def err(msg):
        errs.append(f"{d.get('id')}: {msg}")

    for k in ("id", "split", "archetype", "lang", "source", "text", "lines", "expected_body", "facts"):
        if k not in d:
            err(f"missing {k}")
            return
    text, lines = d["text"], d["lines"]
    if d["split"] not in ("dev", "test"):
        err("bad split")
    sl = text.splitlines()
    if sl != [x["text"] for x in lines]:
        err("lines != text.splitlines()")
    pos = 0
    titles = []
    for i, ln in enumerate(lines):
        if ln["n"] != i:
            err(f"line n {ln['n']} != {i}")
        if text[ln["start"]:ln["end"]] != ln["text"]:
            err(f"line {i} offsets")
        if ln["start"] < pos:
            err(f"line {i} overlaps")
        gap = text[pos:ln["start"]]
        if i and gap not in ("\n", "\r\n"):
            err(f"line {i} gap {gap!r}")
        pos = ln["end"]
        lab, kind = ln["label"], ln["kind"]
        if lab not in LABELS:
            err(f"line {i} label {lab}")
        if (lab == "blank") != (ln["text"].strip() == ""):
            err(f"line {i} blank mismatch")
        if (lab == "boilerplate") != (kind is not None):
            err(f"line {i} kind {kind} for {lab}")
        if lab == "title":
            titles.append(ln)
            if not ln["text"].startswith(ln["title_text"]):
                err("title_text not at start")
            if ln["site_suffix"] and not ln["text"].endswith(ln["site_suffix"]):
                err("site_suffix not at end")
            if "site_suffix" not in ln:
                err("title without site_suffix field")
        if kind == "breadcrumb_title":
            for k in ("title_text", "site_suffix", "breadcrumb"):
                if k not in ln:
                    err(f"breadcrumb_title without {k}")
            if not ln["text"].startswith(ln["breadcrumb"]) or ln["title_text"] not in ln["text"]:
                err("breadcrumb_title fields")
    if text[pos:] not in ("", "\n", "\r\n"):
        err(f"trailing {text[pos:]!r}")
    if len(titles) > 1:
        err("several title lines")
    body = "\n\n".join(x["text"] for x in lines if x["label"] == "body")
    if body != d["expected_body"]:
        err("expected_body")
    facts = d["facts"]
    for k, v in facts.items():
        if k not in SINGLE + LISTS:
            err(f"fact kind {k}")
            continue
        recs = v if k in LISTS else [v]
        if k in LISTS and not isinstance(v, list):
            err(f"{k} must be a list")
            continue
        if k not in LISTS and not isinstance(v, dict):
            err(f"{k} must be an object")
            continue
        for f in recs:
            for key in ("value", "line", "evidence", "start", "end"):
                if key not in f:
                    err(f"{k} missing {key}")
            if text[f["start"]:f["end"]] != f["evidence"] or not f["evidence"]:
                err(f"{k} evidence offsets")
            ln = lines[f["line"]]
            if not (ln["start"] <= f["start"] <= f["end"] <= ln["end"]):
                err(f"{k} outside its line")
            if ln["label"] == "blank":
                err(f"{k} on blank line")
            if k in ("published", "updated"):
                try:
                    datetime.fromisoformat(f["value"])
                except ValueError:
                    err(f"{k} not ISO: {f['value']}")
                if len(f["value"]) == 10 and f["value"] + "T00:00:00" not in f.get("aliases", []):
                    err(f"{k} date-only without alias")
            if k == "credits" and f["value"] not in CANON:
                err(f"credit {f['value']}")
            if k == "original_url" and f["value"] != f["evidence"]:
                err("original_url value != evidence")
            # the scorer must accept the gold value itself
            if not sc.fact_correct(k, [x["value"] for x in recs] if k in LISTS else [f["value"]], v):
                err(f"scorer rejects gold {k}")
    if titles:
        t = titles[0]
        if "title" not in facts or facts["title"]["value"] != t["title_text"] or facts["title"]["line"] != t["n"]:
            err("title fact != title line")
        if t["site_suffix"] and facts.get("site_name", {}).get("value") != t["site_suffix"]:
            err("site_name != suffix")
    elif "title" in facts:
        err("title fact without a title line")
    if d["archetype"] == "nofacts" and facts:
        err("nofacts document has facts")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(HERE / "corpus.jsonl"))
    ap.add_argument("--regen", action="store_true")
    a = ap.parse_args()
    sc = load_score()
    raw = Path(a.corpus).read_bytes()
    docs = [json.loads(x) for x in raw.decode("utf-8").splitlines() if x.strip()]
    errs: list[str] = []
    ids = [d["id"] for d in docs]
    if ids != [f"o{i:03d}" for i in range(len(docs))]:
        errs.append("ids not o000.. in order")
    for d in docs:
        check_doc(d, sc, errs)
    # split disjointness: sources, names, wordings
    src = defaultdict(set)
    for d in docs:
        src[d["split"]].add(d["source"])
    if src["dev"] & src["test"]:
        errs.append(f"sources shared across splits: {sorted(src['dev'] & src['test'])[:5]}")
    pools = [N.SITES, N.SITES_DE, N.SITES_FR, N.SITES_ES, N.AGGREGATORS, N.THEMES, N.PLUGINS, N.PEOPLE_EN,
             N.PEOPLE_DE, N.PEOPLE_FR, N.PEOPLE_ES, N.PHOTOGRAPHERS]
    for sp, other in (("dev", "test"), ("test", "dev")):
        forbidden = [x for p in pools for x in p[other]] + [n for n, _ in N.PUBLISHERS[other]]
        for d in docs:
            if d["split"] != sp:
                continue
            for x in forbidden:
                if x in d["text"]:
                    errs.append(f"{d['id']} ({sp}) contains {other} name {x!r}")
    seen = defaultdict(lambda: defaultdict(set))
    for d in docs:
        for ln in d["lines"]:
            if ln["label"] == "boilerplate" and ln["kind"] not in GENERATED:
                seen[d["split"]][ln["kind"]].add(ln["text"].strip().casefold())
    overlap = {k: sorted(seen["dev"][k] & seen["test"][k]) for k in seen["dev"] if seen["dev"][k] & seen["test"][k]}
    for k, v in overlap.items():
        errs.append(f"wording shared by dev and test in {k}: {v[:4]}")
    # wording pools themselves: no wording in both halves (any language)
    import wordings
    for k, d in wordings.W.items():
        def key(t):
            return re.sub(r"[^{}]+(?=\{|$)", lambda m: m.group(0).casefold(), t)
        dv = {key(t) for v in d.values() for t in v[0]}
        ts = {key(t) for v in d.values() for t in v[1]}
        if dv & ts:
            errs.append(f"wording pool {k} shared: {sorted(dv & ts)[:4]}")
    if a.regen:
        with tempfile.TemporaryDirectory() as td:
            out = Path(td) / "c.jsonl"
            subprocess.run([sys.executable, str(HERE / "generate.py"), "--out", str(out)], check=True,
                           stdout=subprocess.DEVNULL)
            if hashlib.sha256(out.read_bytes()).hexdigest() != hashlib.sha256(raw).hexdigest():
                errs.append("regeneration is not byte-identical")
            else:
                print("regeneration: byte-identical")
    # counts
    by = Counter((d["split"]) for d in docs)
    print(f"documents: {len(docs)}  {dict(by)}")
    print("langs:", dict(Counter(d["lang"] for d in docs)), " by split:",
          {s: dict(Counter(d["lang"] for d in docs if d["split"] == s)) for s in ("dev", "test")})
    arch = Counter((d["archetype"], d["split"]) for d in docs)
    print("archetypes:", {a_: f"{arch[(a_, 'dev')]}/{arch[(a_, 'test')]}" for a_ in dict.fromkeys(d["archetype"] for d in docs)})
    for s in ("dev", "test", None):
        sel = [d for d in docs if s is None or d["split"] == s]
        lab = Counter(ln["label"] for d in sel for ln in d["lines"])
        fc = Counter(k for d in sel for k in d["facts"])
        nf = sum(1 for d in sel if not d["facts"])
        nb = sum(1 for d in sel if not any(ln["label"] == "boilerplate" for ln in d["lines"]))
        print(f"[{s or 'all'}] lines {dict(lab)}; docs without facts {nf}; without boilerplate {nb}")
        print(f"[{s or 'all'}] facts (docs): {dict(fc.most_common())}")
    kinds = Counter()
    kdocs = Counter()
    for d in docs:
        ks = [ln["kind"] for ln in d["lines"] if ln["label"] == "boilerplate"]
        kinds.update(ks)
        kdocs.update(set(ks))
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
