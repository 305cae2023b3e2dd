#!/usr/bin/env python3
"""Validate blind_i/corpus.jsonl: offsets, line splitting, labels, kinds, facts, scorer compatibility.

  python3 check.py [--corpus PATH] [--regen]

--regen also regenerates the corpus into a temporary file and checks it is byte-identical.
The scorer check feeds every record to heldout/score.py's per-document code with a null cleaner
(nothing removed, no facts): it only proves the records load; no metric is printed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORE = HERE.parent / "heldout" / "score.py"

KINDS = set(["theme_license_banner", "section_label", "breadcrumb_title", "title_repeat", "ui_word", "date_line", "stray_id", "photo_caption", "photo_credit", "wire_credit_line", "publisher_promo", "app_promo", "click_here_promo", "source_link", "read_original", "read_more", "original_url_line", "back_to_top", "aggregator_disclaimer", "you_may_also_like", "comment_form", "tag_list_header", "tag_item", "reaction_counter", "related_header", "related_item", "ranking_header", "ranking_item", "recommendation_header", "recommendation_item", "syndication_notice", "prev_next_link", "skip_link", "nav_menu", "footer_link", "breadcrumb", "byline", "reading_time", "shortcode", "advertisement_label", "also_read", "copyright_notice", "republish_notice", "originally_appeared", "newsletter_promo", "social_promo", "share_row", "cookie_notice", "email_placeholder", "author_bio", "tag_line", "trending_header", "trending_item", "more_stories_header", "more_stories_item", "headline_run_item"])
SCALAR = ("title", "site_name", "publisher", "original_url", "aggregator", "published", "updated", "photo_credit",
          "section", "syndication")
LISTS = ("credits", "tags", "authors")
KEYS = {"id", "split", "archetype", "lang", "source", "text", "lines", "expected_body", "facts"}


def check_doc(d, errs):
    e = lambda m: errs.append(f"{d.get('id')}: {m}")  # noqa: E731
    if set(d) != KEYS:
        e(f"keys {sorted(set(d) ^ KEYS)}")
    text = d["text"]
    phys = text.splitlines()
    if len(phys) != len(d["lines"]):
        e(f"{len(d['lines'])} lines vs splitlines {len(phys)}")
    pos = 0
    titles = []
    for i, ln in enumerate(d["lines"]):
        if ln["n"] != i:
            e(f"line n {ln['n']} != {i}")
        if ln["start"] != pos:
            e(f"line {i} start {ln['start']} != {pos}")
        if text[ln["start"]:ln["end"]] != ln["text"]:
            e(f"line {i} text mismatch")
        if i < len(phys) and phys[i] != ln["text"]:
            e(f"line {i} != splitlines")
        pos = ln["end"]
        if text.startswith("\r\n", pos):
            pos += 2
        elif text.startswith("\n", pos):
            pos += 1
        lab = ln["label"]
        if lab not in ("title", "body", "boilerplate", "blank"):
            e(f"line {i} label {lab}")
        if (lab == "blank") != (ln["text"].strip() == ""):
            e(f"line {i} blank mismatch")
        if lab == "boilerplate":
            if ln["kind"] not in KINDS:
                e(f"line {i} kind {ln['kind']}")
        elif ln["kind"] is not None:
            e(f"line {i} has kind but label {lab}")
        if lab == "title":
            titles.append(ln)
            tt, suf = ln.get("title_text"), ln.get("site_suffix", "missing")
            if tt is None or suf == "missing":
                e(f"title line {i} lacks title_text/site_suffix")
            elif not ln["text"].startswith(tt) or (suf and not ln["text"].endswith(suf)):
                e(f"title line {i} split wrong")
    if pos != len(text):
        e(f"text not covered: {pos} != {len(text)}")
    if len(titles) > 1:
        e("several title lines")
    body = "\n\n".join(ln["text"] for ln in d["lines"] if ln["label"] == "body")
    if body != d["expected_body"]:
        e("expected_body mismatch")
    if not body.strip():
        e("no body")
    f = d["facts"]
    for k, v in f.items():
        if k not in SCALAR + LISTS:
            e(f"fact kind {k}")
            continue
        items = v if k in LISTS else [v]
        if k in LISTS and not isinstance(v, list):
            e(f"{k} not a list")
        for x in items:
            if not isinstance(x, dict) or not {"value", "line", "evidence", "start", "end"} <= set(x):
                e(f"{k} malformed {x}")
                continue
            if text[x["start"]:x["end"]] != x["evidence"]:
                e(f"{k} evidence offsets wrong")
            ln = d["lines"][x["line"]]
            if not (ln["start"] <= x["start"] and x["end"] <= ln["end"]):
                e(f"{k} evidence outside line {x['line']}")
            if ln["label"] == "blank":
                e(f"{k} on a blank line")
            if not str(x["value"]).strip():
                e(f"{k} empty value")
            if k in ("published", "updated"):
                for c in [x["value"], *x.get("aliases", [])]:
                    try:
                        datetime.fromisoformat(c)
                    except ValueError:
                        e(f"{k} bad ISO {c}")
            if k == "original_url" and not x["value"].startswith("http"):
                e("original_url not a URL")
    if titles:
        if f.get("title", {}).get("value") != titles[0]["title_text"]:
            e("title fact != title_text")
        if titles[0]["site_suffix"] and f.get("site_name", {}).get("value") != titles[0]["site_suffix"]:
            e("site_name fact != suffix")
    elif "title" in f:
        e("title fact without title line")
    if d["archetype"] == "nofacts" and f:
        e(f"nofacts document has facts {sorted(f)}")
    if d["archetype"] == "clean" and any(ln["label"] == "boilerplate" for ln in d["lines"]):
        e("clean document has boilerplate")


def scorer_dry_run(docs, errs):
    spec = importlib.util.spec_from_file_location("heldout_score", SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)

    class _Prov:
        facts = ()

    class _Art:
        def __init__(self, t):
            self.text, self.spans, self.title, self.provenance, self.body = t, [], None, _Prov(), t

    res = []
    for d in docs:
        r = mod.score_doc(d, lambda t: _Art(t))
        if r["error"]:
            errs.append(f"{d['id']}: scorer error {r['error']}")
        res.append(r)
    mod.aggregate(docs, res)  # must not raise


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus.jsonl")
    ap.add_argument("--regen", action="store_true")
    a = ap.parse_args(argv)
    raw = a.corpus.read_bytes()
    docs = [json.loads(x) for x in raw.decode("utf-8").splitlines() if x.strip()]
    errs = []
    ids = [d["id"] for d in docs]
    if ids != [f"i{i:03d}" for i in range(len(docs))]:
        errs.append("ids not i000.. in order")
    for d in docs:
        check_doc(d, errs)
    scorer_dry_run(docs, errs)
    # dev/test disjointness: ground-truth articles and boilerplate wordings
    src = defaultdict(set)
    for d in docs:
        if d["lang"] == "en" and not d["source"].startswith("en-"):
            src[d["split"]].add(d["source"])
    if src["dev"] & src["test"]:
        errs.append(f"ground-truth articles shared by dev and test: {sorted(src['dev'] & src['test'])[:5]}")
    bp = {"dev": defaultdict(set), "test": defaultdict(set)}
    for d in docs:
        for ln in d["lines"]:
            if ln["label"] == "boilerplate":
                bp[d["split"]][ln["kind"]].add(ln["text"].strip())
    shared = {k: sorted(bp["dev"][k] & bp["test"][k]) for k in KINDS if bp["dev"][k] & bp["test"][k]}
    # print counts
    print(f"documents: {len(docs)}  split: {dict(Counter(d['split'] for d in docs))}  "
          f"lang: {dict(Counter(d['lang'] for d in docs))}")
    for sp in ("dev", "test"):
        sub = [d for d in docs if d["split"] == sp]
        lab = Counter(ln["label"] for d in sub for ln in d["lines"])
        nf = sum(len(v) if isinstance(v, list) else 1 for d in sub for v in d["facts"].values())
        print(f"  {sp}: {len(sub)} docs, lines {dict(lab)}, facts {nf}")
    arch = Counter((d["archetype"], d["split"]) for d in docs)
    print("archetypes:", {k: (arch[(k, 'dev')], arch[(k, 'test')]) for k in dict.fromkeys(d["archetype"] for d in docs)})
    kinds = Counter()
    kdocs = Counter()
    for d in docs:
        ks = [ln["kind"] for ln in d["lines"] if ln["label"] == "boilerplate"]
        kinds.update(ks)
        kdocs.update(set(ks))
    print("kinds (lines/docs):", {k: (kinds[k], kdocs[k]) for k in sorted(kinds)})
    print("missing kinds:", sorted(KINDS - set(kinds)))
    fk = Counter(k for d in docs for k in d["facts"])
    print("facts (docs carrying):", dict(fk.most_common()))
    traps = Counter(ln.get("note", "").split(":")[1].strip() if ln.get("note", "").startswith("trap") else None
                    for d in docs for ln in d["lines"] if ln["label"] == "body")
    traps.pop(None, None)
    print("trap body lines:", sum(traps.values()), dict(traps.most_common()))
    print("identical boilerplate line texts in dev and test (per kind):",
          {k: len(v) for k, v in sorted(shared.items())})
    if a.regen:
        with tempfile.TemporaryDirectory() as td:
            out = Path(td) / "c.jsonl"
            subprocess.run([sys.executable, str(HERE / "generate.py"), "--out", str(out)], check=True,
                           capture_output=True)
            if out.read_bytes() != raw:
                errs.append("regeneration is not byte-identical")
            else:
                print("regeneration: byte-identical")
    if errs:
        print(f"\n{len(errs)} ERRORS")
        for x in errs[:40]:
            print("  ", x)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
