#!/usr/bin/env python3
"""Validate benchmarks/blind_a/corpus.jsonl: record shape, offsets, labels, tiling, facts.

Usage: python3 benchmarks/blind_a/check.py [path]   (exit 1 on any error)
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LABELS = {"title", "body", "boilerplate", "blank"}
FACT_KINDS = {"title", "site_name", "publisher", "original_url", "aggregator", "published",
              "updated", "photo_credit", "section", "syndication", "credits", "tags", "authors"}
LISTS = {"credits", "tags", "authors"}
KIND_RE = re.compile(r"^[a-z][a-z_]*$")


def check_doc(i: int, d: dict[str, Any]) -> list[str]:
    errs: list[str] = []
    e = errs.append
    for k in ("id", "split", "archetype", "lang", "source", "text", "lines", "expected_body",
              "facts"):
        if k not in d:
            e(f"missing key {k}")
            return errs
    if d["id"] != f"a{i:03d}":
        e(f"id {d['id']} != a{i:03d}")
    if d["split"] != ("dev" if i % 3 == 0 else "test"):
        e("split wrong")
    text = d["text"]
    phys = text.splitlines()
    lines = d["lines"]
    if len(phys) != len(lines):
        e(f"{len(lines)} line records but {len(phys)} physical lines")
    pos = 0
    titles = 0
    for n, ln in enumerate(lines):
        if ln["n"] != n:
            e(f"line {n}: n={ln['n']}")
        if ln["start"] != pos:
            e(f"line {n}: start {ln['start']} != {pos} (lines do not tile)")
        if text[ln["start"]:ln["end"]] != ln["text"]:
            e(f"line {n}: offsets do not give the text")
        if n < len(phys) and phys[n] != ln["text"]:
            e(f"line {n}: differs from splitlines()")
        if "\n" in ln["text"]:
            e(f"line {n}: contains a newline")
        pos = ln["end"] + 1
        lab = ln["label"]
        if lab not in LABELS:
            e(f"line {n}: bad label {lab}")
        if (lab == "blank") != (ln["text"].strip() == ""):
            e(f"line {n}: blank label mismatch")
        if lab == "boilerplate":
            if not ln["kind"] or not KIND_RE.match(ln["kind"]):
                e(f"line {n}: boilerplate without a kind")
        elif ln["kind"] is not None:
            e(f"line {n}: kind on a {lab} line")
        if lab == "title":
            titles += 1
            tt, suf = ln.get("title_text"), ln.get("site_suffix", "missing")
            if tt is None or suf == "missing":
                e(f"line {n}: title without title_text/site_suffix")
            elif not ln["text"].startswith(tt):
                e(f"line {n}: title_text not at line start")
            elif suf is not None and not ln["text"].rstrip().endswith(suf):
                e(f"line {n}: site_suffix not at line end")
            elif suf is None and ln["text"].strip() != tt.strip():
                e(f"line {n}: title line has extra text but no suffix")
        if ln.get("kind") == "breadcrumb_title":
            if not ln["text"].startswith(ln.get("breadcrumb", "\0")) or ln.get("title_text") not in ln["text"]:
                e(f"line {n}: breadcrumb_title fields wrong")
    end_expected = len(text) - (1 if text.endswith("\n") else 0)
    if lines and lines[-1]["end"] != end_expected:
        e("last line does not end at the end of the text")
    if titles > 1:
        e("more than one title line")
    body = "\n\n".join(ln["text"] for ln in lines if ln["label"] == "body")
    if body != d["expected_body"]:
        e("expected_body != body lines joined")
    facts = d["facts"]
    if titles == 0 and "title" in facts:
        e("title fact without a title line")
    if titles == 1:
        tl = next(ln for ln in lines if ln["label"] == "title")
        if facts.get("title", {}).get("value") != tl["title_text"]:
            e("title fact != title_text")
    for k, v in facts.items():
        if k not in FACT_KINDS:
            e(f"unknown fact kind {k}")
        items = v if k in LISTS else [v]
        if k in LISTS and not isinstance(v, list):
            e(f"{k} must be a list")
            continue
        if k in LISTS:
            vals = [x["value"].casefold() for x in v]
            if len(vals) != len(set(vals)):
                e(f"{k}: duplicate values")
        for f in items:
            if text[f["start"]:f["end"]] != f["evidence"]:
                e(f"{k}: evidence offsets wrong")
            ln = lines[f["line"]]
            if not (ln["start"] <= f["start"] and f["end"] <= ln["end"]):
                e(f"{k}: evidence outside its line")
            if ln["label"] == "blank":
                e(f"{k}: fact on a blank line")
            if k in ("published", "updated"):
                for c in [f["value"], *f.get("aliases", [])]:
                    try:
                        datetime.fromisoformat(c)
                    except ValueError:
                        e(f"{k}: not ISO: {c}")
            if not isinstance(f["value"], str) or not f["value"].strip():
                e(f"{k}: empty value")
    return errs


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else HERE / "corpus.jsonl"
    docs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    bad = 0
    labels: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    facts: Counter[str] = Counter()
    for i, d in enumerate(docs):
        errs = check_doc(i, d)
        for er in errs:
            print(f"{d.get('id', i)}: {er}")
        bad += bool(errs)
        for ln in d["lines"]:
            labels[ln["label"]] += 1
            if ln["kind"]:
                kinds[ln["kind"]] += 1
        for k in d["facts"]:
            facts[k] += 1
    print(f"{len(docs)} documents, {bad} with errors")
    print("labels:", dict(labels))
    print("documents per archetype:", dict(Counter(d["archetype"] for d in docs)))
    print("documents per lang:", dict(Counter(d["lang"] for d in docs)))
    print("fact-free documents:", sum(1 for d in docs if not d["facts"]))
    print("documents carrying each fact kind:", dict(sorted(facts.items())))
    print(f"{len(kinds)} boilerplate kinds:")
    for k, n in sorted(kinds.items(), key=lambda kv: -kv[1]):
        print(f"  {k:<24} {n}")
    return 1 if bad or len(docs) != 150 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
