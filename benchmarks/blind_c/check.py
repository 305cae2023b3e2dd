#!/usr/bin/env python3
"""Validate every record of ``corpus.jsonl`` (format of ``benchmarks/heldout/README.md``) and print
counts. Exits 1 on any error.

Usage: python3 benchmarks/blind_c/check.py [path/to/corpus.jsonl] [--regen]

``--regen`` also rebuilds the corpus into a temporary file and checks it is byte-identical.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LABELS = {"title", "body", "boilerplate", "blank"}
LANGS = {"en", "de", "fr", "es"}
SEED_KINDS = ["theme_license_banner", "section_label", "breadcrumb_title", "title_repeat", "ui_word", "date_line", "stray_id", "photo_caption", "photo_credit", "wire_credit_line", "publisher_promo", "app_promo", "click_here_promo", "source_link", "read_original", "read_more", "original_url_line", "back_to_top", "aggregator_disclaimer", "you_may_also_like", "comment_form", "tag_list_header", "tag_item", "reaction_counter", "related_header", "related_item", "ranking_header", "ranking_item", "recommendation_header", "recommendation_item", "syndication_notice", "prev_next_link"]
EXTRA_KINDS = ["skip_link", "nav_menu", "footer_link", "breadcrumb", "byline", "reading_time", "shortcode", "advertisement_label", "also_read", "copyright_notice", "republish_notice", "originally_appeared", "newsletter_promo", "social_promo", "share_row", "cookie_notice", "email_placeholder", "author_bio", "tag_line", "trending_header", "trending_item", "more_stories_header", "more_stories_item", "headline_run_item"]
KINDS = set(SEED_KINDS) | set(EXTRA_KINDS)
SCALAR = {"title", "site_name", "publisher", "original_url", "aggregator", "published", "updated",
          "photo_credit", "section", "syndication"}
LISTS = {"credits", "tags", "authors"}
CANON_AGENCIES = {"AP", "AFP", "Reuters", "PTI", "ANI", "IANS", "dpa", "EFE", "ANSA", "Xinhua",
                  "Kyodo", "Yonhap", "Bloomberg", "UPI"}
MIN_PER_KIND = 3  # every kind must occur in at least this many documents


def split_lines(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        out.append((pos, pos + len(body)))
        pos += len(raw)
    return out


def check_fact(errs: list[str], did: str, key: str, f: Any, doc: dict[str, Any]) -> None:
    text = doc["text"]
    where = f"{did} fact {key}"
    if not isinstance(f, dict):
        errs.append(f"{where}: not an object")
        return
    for k in ("value", "line", "evidence", "start", "end"):
        if k not in f:
            errs.append(f"{where}: missing {k}")
            return
    extra = set(f) - {"value", "line", "evidence", "start", "end", "aliases", "note"}
    if extra:
        errs.append(f"{where}: unknown fields {extra}")
    if not isinstance(f["value"], str) or not f["value"].strip():
        errs.append(f"{where}: empty value")
    if text[f["start"]:f["end"]] != f["evidence"] or not f["evidence"]:
        errs.append(f"{where}: evidence offsets wrong ({f['evidence']!r})")
    lines = doc["lines"]
    if not 0 <= f["line"] < len(lines):
        errs.append(f"{where}: bad line {f['line']}")
        return
    ln = lines[f["line"]]
    if not (ln["start"] <= f["start"] and f["end"] <= ln["end"]):
        errs.append(f"{where}: evidence outside line {f['line']}")
    if ln["label"] not in ("title", "boilerplate", "body"):
        errs.append(f"{where}: fact on a {ln['label']} line")
    if "aliases" in f and (not isinstance(f["aliases"], list) or not all(isinstance(a, str) for a in f["aliases"])):
        errs.append(f"{where}: aliases must be a list of str")
    if key in ("published", "updated"):
        for v in [f["value"], *f.get("aliases", [])]:
            try:
                datetime.fromisoformat(v)
            except ValueError:
                errs.append(f"{where}: not ISO 8601: {v!r}")
        if len(f["value"]) == 10 and f["value"] + "T00:00:00" not in f.get("aliases", []):
            errs.append(f"{where}: date-only value lacks the T00:00:00 alias")
    if key == "original_url" and (f["value"] != f["evidence"] or not f["value"].startswith("http")):
        errs.append(f"{where}: URL value must equal its evidence")
    if key == "credits" and f["value"] not in CANON_AGENCIES:
        errs.append(f"{where}: non-canonical agency {f['value']!r}")
    if key == "title":
        tl = [x for x in lines if x["label"] == "title"]
        if not tl or tl[0]["title_text"] != f["value"]:
            errs.append(f"{where}: title fact differs from the title line's title_text")
    if key == "syndication" and lines[f["line"]]["kind"] != "syndication_notice":
        errs.append(f"{where}: syndication fact not on a syndication notice")
    if key == "aggregator" and lines[f["line"]]["kind"] != "aggregator_disclaimer":
        errs.append(f"{where}: aggregator fact not on a disclaimer")
    if key == "authors" and lines[f["line"]]["kind"] != "byline":
        errs.append(f"{where}: authors only come from bylines")


def check_doc(doc: dict[str, Any], errs: list[str]) -> None:
    did = doc.get("id", "?")
    need = {"id", "split", "archetype", "lang", "source", "text", "lines", "expected_body", "facts"}
    if set(doc) != need:
        errs.append(f"{did}: fields {sorted(set(doc) ^ need)} wrong")
        return
    if doc["split"] != "test":
        errs.append(f"{did}: split must be test")
    if doc["lang"] not in LANGS:
        errs.append(f"{did}: lang {doc['lang']}")
    text = doc["text"]
    spans = split_lines(text)
    lines = doc["lines"]
    if len(spans) != len(lines):
        errs.append(f"{did}: {len(lines)} line records, text has {len(spans)} lines")
        return
    n_title = 0
    for i, (ln, (s, e)) in enumerate(zip(lines, spans, strict=True)):
        w = f"{did} L{i}"
        if ln["n"] != i or ln["start"] != s or ln["end"] != e:
            errs.append(f"{w}: n/start/end wrong")
        if text[ln["start"]:ln["end"]] != ln["text"]:
            errs.append(f"{w}: text differs from offsets")
        lab = ln["label"]
        if lab not in LABELS:
            errs.append(f"{w}: label {lab}")
        if (lab == "blank") != (ln["text"].strip() == ""):
            errs.append(f"{w}: blank label iff whitespace-only")
        if lab == "boilerplate":
            if ln["kind"] not in KINDS:
                errs.append(f"{w}: unknown kind {ln['kind']}")
        elif ln["kind"] is not None:
            errs.append(f"{w}: kind on a {lab} line")
        if lab == "title":
            n_title += 1
            if "title_text" not in ln or "site_suffix" not in ln:
                errs.append(f"{w}: title without title_text/site_suffix")
            elif not ln["text"].startswith(ln["title_text"]):
                errs.append(f"{w}: title_text is not the start of the line")
            elif ln["site_suffix"] and not ln["text"].endswith(ln["site_suffix"]):
                errs.append(f"{w}: site_suffix is not the end of the line")
            elif ln["site_suffix"] is None and ln["text"] != ln["title_text"]:
                errs.append(f"{w}: no suffix but text != title_text")
        if ln.get("kind") == "breadcrumb_title":
            if not {"title_text", "breadcrumb", "site_suffix"} <= set(ln):
                errs.append(f"{w}: breadcrumb_title without its fields")
            elif not ln["text"].startswith(ln["breadcrumb"] + ln["title_text"]):
                errs.append(f"{w}: breadcrumb + title_text is not the start of the line")
    if n_title > 1:
        errs.append(f"{did}: {n_title} title lines")
    body = "\n\n".join(ln["text"] for ln in lines if ln["label"] == "body")
    if body != doc["expected_body"]:
        errs.append(f"{did}: expected_body differs from body lines")
    if not body:
        errs.append(f"{did}: no body")
    facts = doc["facts"]
    if (n_title == 1) != ("title" in facts):
        errs.append(f"{did}: title fact iff title line")
    for key, val in facts.items():
        if key in LISTS:
            if not isinstance(val, list) or not val:
                errs.append(f"{did}: {key} must be a non-empty list")
                continue
            vals = [f.get("value") for f in val]
            if len(set(vals)) != len(vals):
                errs.append(f"{did}: duplicate {key} values")
            for f in val:
                check_fact(errs, did, key, f, doc)
        elif key in SCALAR:
            check_fact(errs, did, key, val, doc)
        else:
            errs.append(f"{did}: unknown fact key {key}")


def main(argv: list[str]) -> int:
    regen = "--regen" in argv
    args = [a for a in argv if not a.startswith("--")]
    path = Path(args[0]) if args else HERE / "corpus.jsonl"
    raw = path.read_text(encoding="utf-8")
    docs = [json.loads(x) for x in raw.splitlines() if x.strip()]
    errs: list[str] = []
    ids = [d.get("id") for d in docs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    if ids != [f"c{i:03d}" for i in range(len(docs))]:
        errs.append("ids must run c000, c001, ...")
    for d in docs:
        check_doc(d, errs)
    # counts
    labels: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    kind_docs: Counter[str] = Counter()
    facts: Counter[str] = Counter()
    for d in docs:
        seen = set()
        for ln in d["lines"]:
            labels[ln["label"]] += 1
            if ln["label"] == "boilerplate":
                kinds[ln["kind"]] += 1
                seen.add(ln["kind"])
        kind_docs.update(seen)
        facts.update(d["facts"].keys())
    for k in sorted(KINDS):
        if kind_docs[k] < MIN_PER_KIND:
            errs.append(f"kind {k} occurs in only {kind_docs[k]} documents")
    print(f"{path}: {len(docs)} documents")
    print("archetypes:", dict(Counter(d["archetype"] for d in docs)))
    print("languages: ", dict(Counter(d["lang"] for d in docs)))
    print("lines:     ", dict(labels))
    print("no title:  ", sum(1 for d in docs if "title" not in d["facts"]),
          "| no fact:", sum(1 for d in docs if not d["facts"]),
          "| no boilerplate:", sum(1 for d in docs if not any(x["label"] == "boilerplate" for x in d["lines"])))
    print("facts (documents carrying each):", dict(sorted(facts.items())))
    print(f"kinds ({len(kinds)}; lines / documents):")
    for k in sorted(kinds, key=lambda k: (-kinds[k], k)):
        print(f"  {k:<24} {kinds[k]:>4} / {kind_docs[k]:>3}")
    if regen:
        with tempfile.TemporaryDirectory() as td:
            out = Path(td) / "c.jsonl"
            subprocess.run([sys.executable, str(HERE / "generate.py"), "--out", str(out)], check=True,
                           stdout=subprocess.DEVNULL)
            if out.read_bytes() != path.read_bytes():
                errs.append("regenerated corpus differs from the stored one")
            else:
                print("regenerated corpus is byte-identical")
    if errs:
        print(f"\n{len(errs)} ERRORS")
        for e in errs[:80]:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
