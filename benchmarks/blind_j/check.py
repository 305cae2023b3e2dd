#!/usr/bin/env python3
"""Validate blind_j/corpus.jsonl and print counts. --regen also checks byte-identical regeneration."""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from kit import KINDS, LISTS, SCALARS  # noqa: E402

FACT_KINDS = set(SCALARS) | set(LISTS)
sys.path.insert(0, str(HERE.parent / "heldout"))


def check_doc(d, errs):
    e = lambda m: errs.append(f"{d.get('id')}: {m}")  # noqa: E731
    for k in ("id", "split", "archetype", "lang", "source", "text", "lines", "expected_body", "facts"):
        if k not in d:
            e(f"missing {k}")
            return
    if d["split"] not in ("dev", "test"):
        e("bad split")
    text, lines = d["text"], d["lines"]
    sl = text.splitlines()
    if len(sl) != len(lines):
        e(f"{len(lines)} line records vs {len(sl)} splitlines")
    ends = text.splitlines(keepends=True)
    pos = 0
    for i, ln in enumerate(lines):
        if ln["n"] != i:
            e(f"line {i} has n={ln['n']}")
        if i < len(sl):
            if ln["text"] != sl[i] or ln["start"] != pos or ln["end"] != pos + len(sl[i]):
                e(f"line {i} offsets/text wrong")
            pos += len(ends[i])
        if text[ln["start"]:ln["end"]] != ln["text"]:
            e(f"line {i} text != slice")
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
            tt, ss = ln.get("title_text"), ln.get("site_suffix", "MISSING")
            if tt is None or ss == "MISSING" or not ln["text"].startswith(tt):
                e(f"line {i} title fields")
            if ss and not ln["text"].endswith(ss):
                e(f"line {i} suffix not at end")
    titles = [ln for ln in lines if ln["label"] == "title"]
    if len(titles) > 1:
        e("more than one title line")
    body = "\n\n".join(ln["text"] for ln in lines if ln["label"] == "body")
    if body != d["expected_body"]:
        e("expected_body mismatch")
    facts = d["facts"]
    for k, v in facts.items():
        if k not in FACT_KINDS:
            e(f"unknown fact kind {k}")
        items = v if k in LISTS else [v]
        if k in LISTS and not isinstance(v, list):
            e(f"{k} must be a list")
        if k not in LISTS and not isinstance(v, dict):
            e(f"{k} must be an object")
        for f in items:
            for kk in ("value", "line", "evidence", "start", "end"):
                if kk not in f:
                    e(f"{k} fact lacks {kk}")
                    continue
            if text[f["start"]:f["end"]] != f["evidence"]:
                e(f"{k} evidence mismatch")
            ln = lines[f["line"]]
            if not (ln["start"] <= f["start"] <= f["end"] <= ln["end"]):
                e(f"{k} evidence outside its line")
            if ln["label"] == "blank":
                e(f"{k} on blank line")
            if not isinstance(f["value"], str) or not f["value"].strip():
                e(f"{k} empty value")
            if k in ("published", "updated"):
                for c in [f["value"], *f.get("aliases", [])]:
                    try:
                        datetime.fromisoformat(c)
                    except ValueError:
                        e(f"{k} not ISO: {c}")
            if k == "original_url" and f["value"] != f["evidence"]:
                e("original_url value != evidence")
        if k in LISTS:
            vals = [f["value"] for f in items]
            if len(set(vals)) != len(vals):
                e(f"{k} duplicate values")
    if titles:
        t = titles[0]
        if "title" not in facts or facts["title"]["value"] != t["title_text"]:
            e("title fact != title_text")
        if t.get("site_suffix") and facts.get("site_name", {}).get("value") != t["site_suffix"]:
            e("site_name != suffix")
    elif "title" in facts:
        e("title fact without title line")
    if d["archetype"] == "nofacts" and facts:
        e("nofacts doc has facts")
    # the scorer's own helpers must accept every gold value
    try:
        import score  # heldout/score.py (comparison helpers only; newsclean is not imported)
        for k, v in facts.items():
            items = v if k in LISTS else [v]
            for f in items:
                if not score.value_matches(k, f["value"], f):
                    e(f"{k} gold value does not match itself in score.value_matches")
            if k in LISTS and not score.fact_correct(k, [f["value"] for f in items], items):
                e(f"{k} list not self-consistent for score.fact_correct")
    except ImportError:
        pass


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(HERE / "corpus.jsonl"))
    ap.add_argument("--regen", action="store_true")
    a = ap.parse_args()
    raw = Path(a.corpus).read_text(encoding="utf-8")
    docs = [json.loads(x) for x in raw.splitlines() if x.strip()]
    errs = []
    ids = [d["id"] for d in docs]
    if ids != [f"j{i:03d}" for i in range(len(docs))]:
        errs.append("ids not j000.. in order")
    for d in docs:
        check_doc(d, errs)
    # dev/test disjointness of bodies
    src = {s: {d["source"] for d in docs if d["split"] == s} for s in ("dev", "test")}
    if src["dev"] & src["test"]:
        errs.append(f"sources shared across splits: {sorted(src['dev'] & src['test'])[:5]}")
    en_src = [d["source"] for d in docs if d["lang"] == "en"]
    if len(en_src) != len(set(en_src)):
        errs.append("an English ground-truth article is used twice")
    # wording disjointness
    import wordings as WD
    for k, dd in WD.W.items():
        for lang in ("en", "de", "fr", "es"):
            ov = set(dd.get(("dev", lang), [])) & set(dd.get(("test", lang), []))
            if ov:
                errs.append(f"wording shared by dev and test: {k}/{lang}: {ov}")
    import names as N
    for pool in ("AGGREGATORS", "PUBLISHERS", "SITES", "PEOPLE", "ORGS"):
        p = getattr(N, pool)
        if set(map(str, p["dev"])) & set(map(str, p["test"])):
            errs.append(f"name pool {pool} overlaps")
    if a.regen:
        with tempfile.TemporaryDirectory() as td:
            out = Path(td) / "c.jsonl"
            subprocess.run([sys.executable, str(HERE / "generate.py"), "--out", str(out)], check=True,
                           capture_output=True)
            if out.read_bytes() != Path(a.corpus).read_bytes():
                errs.append("regeneration is not byte-identical")
            else:
                print("regeneration: byte-identical")
    for s in ("dev", "test"):
        ds = [d for d in docs if d["split"] == s]
        lab = Counter(ln["label"] for d in ds for ln in d["lines"])
        fk = Counter(k for d in ds for k in d["facts"])
        fv = Counter()
        for d in ds:
            for k, v in d["facts"].items():
                fv[k] += len(v) if isinstance(v, list) else 1
        print(f"[{s}] docs {len(ds)}  langs {dict(Counter(d['lang'] for d in ds))}")
        print(f"  archetypes {dict(Counter(d['archetype'] for d in ds))}")
        print(f"  lines {sum(lab.values())} {dict(lab)}")
        print(f"  docs without facts {sum(1 for d in ds if not d['facts'])}")
        print(f"  docs carrying fact: {dict(fk.most_common())}")
        print(f"  fact values: {dict(fv.most_common())}")
    kinds = Counter(ln["kind"] for d in docs for ln in d["lines"] if ln["label"] == "boilerplate")
    kdocs = Counter(k for d in docs for k in {ln["kind"] for ln in d["lines"] if ln["label"] == "boilerplate"})
    print("kinds (lines/docs):", ", ".join(f"{k} {kinds[k]}/{kdocs[k]}" for k in sorted(kinds)))
    if errs:
        print(f"{len(errs)} ERRORS")
        for x in errs[:40]:
            print("  ", x)
        return 1
    print(f"OK: {len(docs)} documents valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
