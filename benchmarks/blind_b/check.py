#!/usr/bin/env python3
"""Validate benchmarks/blind_b/corpus.jsonl: record shape, line offsets tiling the text, labels and
kinds, title fields, expected_body, fact evidence offsets, ISO dates. Prints counts; exit 1 on error."""

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
SCALAR = {"title", "site_name", "publisher", "original_url", "aggregator", "published", "updated",
          "photo_credit", "section", "syndication"}
LISTS = {"credits", "tags", "authors"}
KIND_RE = re.compile(r"^[a-z][a-z_]*$")


def check_fact(doc: dict[str, Any], key: str, f: dict[str, Any], errs: list[str]) -> None:
    text = doc["text"]
    for k in ("value", "line", "evidence", "start", "end"):
        if k not in f:
            errs.append(f"{doc['id']}: fact {key} lacks {k}")
            return
    if text[f["start"]:f["end"]] != f["evidence"]:
        errs.append(f"{doc['id']}: fact {key} evidence {f['evidence']!r} != text {text[f['start']:f['end']]!r}")
    ln = doc["lines"][f["line"]]
    if not (ln["start"] <= f["start"] and f["end"] <= ln["end"]):
        errs.append(f"{doc['id']}: fact {key} outside its line {f['line']}")
    if ln["label"] == "blank":
        errs.append(f"{doc['id']}: fact {key} on a blank line")
    if not isinstance(f["value"], str) or not f["value"].strip():
        errs.append(f"{doc['id']}: fact {key} empty value")
    if key in ("published", "updated"):
        for v in [f["value"], *f.get("aliases", [])]:
            try:
                datetime.fromisoformat(v)
            except ValueError:
                errs.append(f"{doc['id']}: {key} {v!r} is not ISO 8601")
    if key == "original_url" and not f["value"].startswith("http"):
        errs.append(f"{doc['id']}: original_url {f['value']!r}")


def check_doc(doc: dict[str, Any], idx: int, errs: list[str]) -> None:
    did = doc.get("id")
    for k in ("id", "split", "archetype", "lang", "source", "text", "lines", "expected_body", "facts"):
        if k not in doc:
            errs.append(f"{did}: missing {k}")
            return
    if did != f"b{idx:03d}":
        errs.append(f"{did}: id out of order (expected b{idx:03d})")
    if doc["split"] != ("dev" if idx % 3 == 0 else "test"):
        errs.append(f"{did}: wrong split")
    if doc["lang"] not in ("en", "de", "fr", "es"):
        errs.append(f"{did}: lang {doc['lang']}")
    text = doc["text"]
    phys = text.splitlines(keepends=True)
    if len(phys) != len(doc["lines"]):
        errs.append(f"{did}: {len(phys)} physical lines but {len(doc['lines'])} records")
    pos = 0
    titles = 0
    for n, (ln, raw) in enumerate(zip(doc["lines"], phys)):
        if ln["n"] != n:
            errs.append(f"{did}: line numbering at {n}")
        if ln["start"] != pos:
            errs.append(f"{did}:{n}: start {ln['start']} != {pos} (lines must tile the text)")
        body = raw.rstrip("\r\n")
        if ln["end"] != pos + len(body) or text[ln["start"]:ln["end"]] != ln["text"] or ln["text"] != body:
            errs.append(f"{did}:{n}: offsets/text mismatch")
        pos += len(raw)
        lab = ln["label"]
        if lab not in LABELS:
            errs.append(f"{did}:{n}: label {lab}")
        if (lab == "blank") != (ln["text"].strip() == ""):
            errs.append(f"{did}:{n}: blank label iff whitespace-only text")
        if lab == "boilerplate":
            if not ln["kind"] or not KIND_RE.match(ln["kind"]):
                errs.append(f"{did}:{n}: boilerplate needs a snake_case kind")
        elif ln["kind"] is not None:
            errs.append(f"{did}:{n}: kind on a {lab} line")
        if lab == "title":
            titles += 1
            tt, suf = ln.get("title_text"), ln.get("site_suffix", "missing")
            if tt is None or suf == "missing":
                errs.append(f"{did}:{n}: title lacks title_text/site_suffix")
            elif not ln["text"].startswith(tt) or (suf and not ln["text"].endswith(suf)):
                errs.append(f"{did}:{n}: title_text/site_suffix do not split the line")
            elif suf is None and ln["text"] != tt:
                errs.append(f"{did}:{n}: title_text != line without suffix")
    if pos != len(text):
        errs.append(f"{did}: lines cover {pos} of {len(text)} chars")
    if titles > 1:
        errs.append(f"{did}: {titles} title lines")
    facts = doc["facts"]
    if titles == 1:
        tl = next(x for x in doc["lines"] if x["label"] == "title")
        if "title" not in facts or facts["title"]["value"] != tl["title_text"]:
            errs.append(f"{did}: title fact != title line's title_text")
    elif "title" in facts:
        errs.append(f"{did}: title fact without a title line")
    exp = "\n\n".join(x["text"] for x in doc["lines"] if x["label"] == "body")
    if exp != doc["expected_body"]:
        errs.append(f"{did}: expected_body mismatch")
    if not exp.strip():
        errs.append(f"{did}: no body")
    for key, val in facts.items():
        if key in LISTS:
            if not isinstance(val, list) or not val:
                errs.append(f"{did}: {key} must be a non-empty list")
                continue
            vals = [v["value"].casefold() for v in val]
            if len(set(vals)) != len(vals):
                errs.append(f"{did}: duplicate {key}")
            for f in val:
                check_fact(doc, key, f, errs)
        elif key in SCALAR:
            if not isinstance(val, dict):
                errs.append(f"{did}: {key} must be an object")
                continue
            check_fact(doc, key, val, errs)
        else:
            errs.append(f"{did}: unknown fact kind {key}")


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else HERE / "corpus.jsonl"
    docs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    errs: list[str] = []
    for i, d in enumerate(docs):
        check_doc(d, i, errs)
    labels: Counter[tuple[str, str]] = Counter()
    kinds: Counter[str] = Counter()
    facts: Counter[str] = Counter()
    for d in docs:
        for ln in d["lines"]:
            labels[(d["lang"], ln["label"])] += 1
            if ln["label"] == "boilerplate":
                kinds[ln["kind"]] += 1
        for k in d["facts"]:
            facts[k] += 1
    print(f"{len(docs)} documents; langs {dict(Counter(d['lang'] for d in docs))}")
    print(f"archetypes {dict(Counter(d['archetype'] for d in docs))}")
    print(f"splits {dict(Counter(d['split'] for d in docs))}; no facts: {sum(1 for d in docs if not d['facts'])};"
          f" no title: {sum(1 for d in docs if 'title' not in d['facts'])};"
          f" no boilerplate: {sum(1 for d in docs if not any(x['label'] == 'boilerplate' for x in d['lines']))}")
    for lang in ("de", "fr", "es", "en"):
        print(f"  {lang}: " + ", ".join(f"{lab} {labels[(lang, lab)]}" for lab in ("title", "body", "boilerplate", "blank")))
    print("  all: " + ", ".join(f"{lab} {sum(v for (l, b), v in labels.items() if b == lab)}"
                                 for lab in ("title", "body", "boilerplate", "blank")))
    print("kinds: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    print("facts (docs): " + ", ".join(f"{k} {v}" for k, v in facts.most_common()))
    if errs:
        print(f"\n{len(errs)} ERRORS")
        for e in errs[:50]:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
