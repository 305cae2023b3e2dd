#!/usr/bin/env python3
"""Validate every record of benchmarks/blind_d/corpus.jsonl; print counts. Exit 1 on any error.

Usage: python3 benchmarks/blind_d/check.py [path/to/corpus.jsonl]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LABELS = {"title", "body", "boilerplate", "blank"}
SEED_KINDS = set(["theme_license_banner", "section_label", "breadcrumb_title", "title_repeat", "ui_word", "date_line", "stray_id", "photo_caption", "photo_credit", "wire_credit_line", "publisher_promo", "app_promo", "click_here_promo", "source_link", "read_original", "read_more", "original_url_line", "back_to_top", "aggregator_disclaimer", "you_may_also_like", "comment_form", "tag_list_header", "tag_item", "reaction_counter", "related_header", "related_item", "ranking_header", "ranking_item", "recommendation_header", "recommendation_item", "syndication_notice", "prev_next_link"])
HELDOUT_KINDS = set(["skip_link", "nav_menu", "footer_link", "breadcrumb", "byline", "reading_time", "shortcode", "advertisement_label", "also_read", "copyright_notice", "republish_notice", "originally_appeared", "newsletter_promo", "social_promo", "share_row", "cookie_notice", "email_placeholder", "author_bio", "tag_line", "trending_header", "trending_item", "more_stories_header", "more_stories_item", "headline_run_item"])
# kinds this corpus adds (see README.md)
EXTRA_KINDS = set(["masthead", "video_label", "embed_chrome", "ticker", "finance_disclaimer", "press_contact", "release_source", "end_marker", "email_chrome", "forum_chrome", "paywall_prompt"])
KINDS = SEED_KINDS | HELDOUT_KINDS | EXTRA_KINDS
SCALAR = {"title", "site_name", "publisher", "original_url", "aggregator", "published", "updated", "photo_credit",
          "section", "syndication"}
LISTS = {"credits", "tags", "authors"}
LANGS = {"en", "de", "fr", "es"}


def check_doc(d: dict[str, Any], errs: list[str]) -> None:
    did = d.get("id", "?")

    def err(msg: str) -> None:
        errs.append(f"{did}: {msg}")

    for k in ("id", "split", "archetype", "lang", "source", "text", "lines", "expected_body", "facts"):
        if k not in d:
            err(f"missing key {k}")
            return
    if not did.startswith("dd"):
        err("id prefix")
    if d["split"] != "dev":
        err("split must be dev")
    if d["lang"] not in LANGS:
        err(f"lang {d['lang']}")
    text: str = d["text"]
    phys = text.splitlines(keepends=True)
    lines = d["lines"]
    if len(phys) != len(lines):
        err(f"{len(lines)} line records, {len(phys)} physical lines")
        return
    pos = 0
    n_title = 0
    title_line: dict[str, Any] | None = None
    for i, (raw, ln) in enumerate(zip(phys, lines)):
        content = raw.rstrip("\r\n")
        if raw.endswith("\r\n"):
            content = raw[:-2]
        elif raw[-1:] in ("\n", "\r"):
            content = raw[:-1]
        if ln["n"] != i or ln["start"] != pos or ln["end"] != pos + len(content) or ln["text"] != content:
            err(f"line {i}: offsets/text mismatch")
        if text[ln["start"]:ln["end"]] != ln["text"]:
            err(f"line {i}: text[start:end] != text")
        pos += len(raw)
        lab, kind = ln["label"], ln["kind"]
        if lab not in LABELS:
            err(f"line {i}: label {lab}")
        if (lab == "blank") != (ln["text"].strip() == ""):
            err(f"line {i}: blank label mismatch")
        if lab == "boilerplate":
            if kind not in KINDS:
                err(f"line {i}: kind {kind}")
        elif kind is not None:
            err(f"line {i}: kind on a {lab} line")
        if lab == "title":
            n_title += 1
            title_line = ln
            tt, suf = ln.get("title_text"), ln.get("site_suffix", "MISSING")
            if not tt or suf == "MISSING":
                err(f"line {i}: title fields")
            elif not ln["text"].startswith(tt):
                err(f"line {i}: title_text not at line start")
            elif suf is not None and not ln["text"].rstrip().endswith(suf):
                err(f"line {i}: site_suffix not at line end")
            elif suf is None and ln["text"] != tt:
                err(f"line {i}: title line has more than title_text")
        if kind == "breadcrumb_title":
            for k in ("title_text", "site_suffix", "breadcrumb"):
                if k not in ln:
                    err(f"line {i}: breadcrumb_title lacks {k}")
            if ln.get("title_text") and ln["title_text"] not in ln["text"]:
                err(f"line {i}: breadcrumb_title lacks the title")
            if ln.get("breadcrumb") and not ln["text"].startswith(ln["breadcrumb"]):
                err(f"line {i}: breadcrumb not at start")
    if pos != len(text):
        err("lines do not cover the text")
    if n_title > 1:
        err("more than one title line")
    exp = "\n\n".join(ln["text"] for ln in lines if ln["label"] == "body")
    if exp != d["expected_body"]:
        err("expected_body mismatch")
    if not exp.strip():
        err("empty body")
    facts = d["facts"]
    for k, v in facts.items():
        if k not in SCALAR | LISTS:
            err(f"fact kind {k}")
            continue
        if (k in LISTS) != isinstance(v, list):
            err(f"fact {k}: list/scalar shape")
            continue
        for f in v if isinstance(v, list) else [v]:
            for key in ("value", "line", "evidence", "start", "end"):
                if key not in f:
                    err(f"fact {k}: missing {key}")
                    break
            else:
                if text[f["start"]:f["end"]] != f["evidence"]:
                    err(f"fact {k}: evidence offsets")
                ln = lines[f["line"]]
                if not (ln["start"] <= f["start"] < f["end"] <= ln["end"]):
                    err(f"fact {k}: evidence outside line {f['line']}")
                if ln["label"] in ("body", "blank") and k != "credits":
                    err(f"fact {k}: on a {ln['label']} line")
                if not str(f["value"]).strip():
                    err(f"fact {k}: empty value")
                if k in ("published", "updated"):
                    for c in [f["value"], *f.get("aliases", [])]:
                        try:
                            datetime.fromisoformat(c)
                        except ValueError:
                            err(f"fact {k}: not ISO: {c}")
                if k == "original_url" and not f["value"].startswith("http"):
                    err("original_url value")
        if isinstance(v, list):
            vals = [x["value"].casefold() for x in v]
            if len(vals) != len(set(vals)):
                err(f"fact {k}: duplicate values")
    if title_line is not None:
        t = facts.get("title")
        if not t or t["value"] != title_line["title_text"] or t["line"] != title_line["n"]:
            err("title fact does not match the title line")
        if title_line.get("site_suffix") and "site_name" not in facts:
            err("suffix without site_name fact")
    elif "title" in facts:
        err("title fact without a title line")


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "corpus.jsonl"
    docs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    errs: list[str] = []
    ids = Counter(d.get("id") for d in docs)
    for i, c in ids.items():
        if c > 1:
            errs.append(f"duplicate id {i}")
    for d in docs:
        check_doc(d, errs)
    labels: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    kind_variants: dict[str, set[str]] = {}
    fact_docs: Counter[str] = Counter()
    for d in docs:
        for ln in d["lines"]:
            labels[ln["label"]] += 1
            if ln["kind"]:
                kinds[ln["kind"]] += 1
                kind_variants.setdefault(ln["kind"], set()).add(ln["text"])
        for k in d["facts"]:
            fact_docs[k] += 1
    print(f"documents: {len(docs)}")
    print("languages:", dict(Counter(d["lang"] for d in docs)))
    print("archetypes:", dict(sorted(Counter(d["archetype"] for d in docs).items())))
    print("lines per label:", dict(labels))
    print("documents without facts:", sum(1 for d in docs if not d["facts"]),
          "| untitled:", sum(1 for d in docs if not any(ln["label"] == "title" for ln in d["lines"])),
          "| clean:", sum(1 for d in docs if not any(ln["label"] == "boilerplate" for ln in d["lines"])),
          "| no blank lines:", sum(1 for d in docs if not any(ln["label"] == "blank" for ln in d["lines"])))
    print("documents per fact kind:", dict(sorted(fact_docs.items())))
    print(f"kinds ({len(kinds)}; lines / distinct line texts):")
    for k in sorted(kinds):
        print(f"  {k:24s} {kinds[k]:4d} {len(kind_variants[k]):4d}")
    missing = sorted((SEED_KINDS | HELDOUT_KINDS) - set(kinds))
    if missing:
        errs.append(f"kinds never generated: {missing}")
    for e in errs[:60]:
        print("ERROR", e)
    print(f"{len(errs)} error(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
