#!/usr/bin/env python3
"""Validate blind corpus E (corpus.jsonl) and print its counts. Exit 1 on any error.

    python3 benchmarks/blind_e/check.py [path/to/corpus.jsonl]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

# the heldout README's 56 kinds + one of corpus E's own (see README.md)
KINDS = frozenset([
    "theme_license_banner", "section_label", "breadcrumb_title", "title_repeat", "ui_word", "date_line",
    "stray_id", "photo_caption", "photo_credit", "wire_credit_line", "publisher_promo", "app_promo",
    "click_here_promo", "source_link", "read_original", "read_more", "original_url_line", "back_to_top",
    "aggregator_disclaimer", "you_may_also_like", "comment_form", "tag_list_header", "tag_item",
    "reaction_counter", "related_header", "related_item", "ranking_header", "ranking_item",
    "recommendation_header", "recommendation_item", "syndication_notice", "prev_next_link", "skip_link",
    "nav_menu", "footer_link", "breadcrumb", "byline", "reading_time", "shortcode", "advertisement_label",
    "also_read", "copyright_notice", "republish_notice", "originally_appeared", "newsletter_promo",
    "social_promo", "share_row", "cookie_notice", "email_placeholder", "author_bio", "tag_line",
    "trending_header", "trending_item", "more_stories_header", "more_stories_item", "headline_run_item",
    "legal_disclaimer",
])
HELDOUT_KINDS = KINDS - {"legal_disclaimer"}
LABELS = {"title", "body", "boilerplate", "blank"}
LIST_FACTS = {"credits", "tags", "authors"}
SCALAR_FACTS = {"title", "site_name", "publisher", "original_url", "aggregator", "published", "updated",
                "photo_credit", "section", "syndication"}
CREDITS = {"AP", "AFP", "Reuters", "PTI", "ANI", "IANS", "dpa", "EFE", "ANSA", "Xinhua", "Kyodo", "Yonhap",
           "Bloomberg", "UPI", "APP", "BSS", "PNA", "CP", "PA", "AAP"}
ARCHETYPES = {"south_asia_portal", "local_tv", "gnews_copy", "celeb_autoblog", "crypto_blog", "sports_liveblog",
              "press_release", "community_faith", "jobs_exam", "syndication", "regional_de", "regional_fr",
              "regional_es", "clean", "nofacts", "minimal"}
LANGS = {"en", "de", "fr", "es"}
RECORD_KEYS = {"id", "split", "archetype", "lang", "source", "layout", "text", "lines", "expected_body", "facts"}
ODD_BREAKS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2})?$")


def check_fact(errs: list[str], did: str, key: str, f: Any, text: str, lines: list[dict[str, Any]]) -> None:
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
        errs.append(f"{where}: unknown keys {extra}")
    if not isinstance(f["value"], str) or not f["value"].strip():
        errs.append(f"{where}: empty value")
    if text[f["start"]:f["end"]] != f["evidence"] or not f["evidence"]:
        errs.append(f"{where}: evidence {f['evidence']!r} != text[{f['start']}:{f['end']}] {text[f['start']:f['end']]!r}")
    n = f["line"]
    if not (0 <= n < len(lines)):
        errs.append(f"{where}: bad line {n}")
    else:
        ln = lines[n]
        if not (ln["start"] <= f["start"] < f["end"] <= ln["end"]):
            errs.append(f"{where}: span outside line {n}")
        if ln["label"] == "body" and key != "credits":
            errs.append(f"{where}: only credits may come from body lines (datelines)")
        if ln["label"] == "blank":
            errs.append(f"{where}: fact on a blank line")
    al = f.get("aliases", [])
    if not isinstance(al, list) or not all(isinstance(a, str) and a for a in al):
        errs.append(f"{where}: bad aliases")
    if key in ("published", "updated"):
        for v in [f["value"], *al]:
            if not (DATE_ONLY.match(v) or DATE_TIME.match(v)):
                errs.append(f"{where}: not ISO 8601: {v!r}")
                continue
            try:
                datetime.fromisoformat(v)
            except ValueError:
                errs.append(f"{where}: invalid date {v!r}")
        if DATE_ONLY.match(f["value"]) and f"{f['value']}T00:00:00" not in al:
            errs.append(f"{where}: date-only value without the T00:00:00 alias")
    if key == "original_url" and not f["value"].startswith(("http://", "https://")):
        errs.append(f"{where}: not a URL")
    if key == "credits" and f["value"] not in CREDITS:
        errs.append(f"{where}: credit {f['value']!r} not canonical")


def check_doc(d: dict[str, Any], errs: list[str]) -> None:
    did = d.get("id", "?")
    missing = RECORD_KEYS - set(d)
    if missing:
        errs.append(f"{did}: missing keys {missing}")
        return
    if d["split"] != "dev":
        errs.append(f"{did}: split {d['split']!r}")
    if d["archetype"] not in ARCHETYPES:
        errs.append(f"{did}: archetype {d['archetype']!r}")
    if d["lang"] not in LANGS:
        errs.append(f"{did}: lang {d['lang']!r}")
    text: str = d["text"]
    if ODD_BREAKS.search(text):
        errs.append(f"{did}: text has a line separator other than \\n / \\r\\n")
    phys = text.splitlines(keepends=True)
    lines = d["lines"]
    if len(phys) != len(lines):
        errs.append(f"{did}: {len(phys)} physical lines but {len(lines)} records")
        return
    pos = 0
    titles = []
    for n, (raw, ln) in enumerate(zip(phys, lines)):
        body = raw.rstrip("\r\n")
        if ln["n"] != n or ln["start"] != pos or ln["end"] != pos + len(body) or ln["text"] != body:
            errs.append(f"{did}:{n}: offsets/text do not match the text")
        if text[ln["start"]:ln["end"]] != ln["text"]:
            errs.append(f"{did}:{n}: text[start:end] != line text")
        pos += len(raw)
        lab, kind = ln["label"], ln["kind"]
        if lab not in LABELS:
            errs.append(f"{did}:{n}: label {lab!r}")
        if (lab == "blank") != (ln["text"].strip() == ""):
            errs.append(f"{did}:{n}: blank label iff whitespace-only is violated")
        if lab == "boilerplate":
            if kind not in KINDS:
                errs.append(f"{did}:{n}: kind {kind!r} not in the vocabulary")
        elif kind is not None:
            errs.append(f"{did}:{n}: kind on a {lab} line")
        if lab == "title":
            titles.append(ln)
        if lab == "title" or kind == "breadcrumb_title":
            tt, suf = ln.get("title_text"), ln.get("site_suffix", "MISSING")
            if not tt or suf == "MISSING":
                errs.append(f"{did}:{n}: title fields missing")
                continue
            head = ln["text"]
            if kind == "breadcrumb_title":
                bc = ln.get("breadcrumb")
                if not bc or not head.startswith(bc):
                    errs.append(f"{did}:{n}: breadcrumb field does not start the line")
                    continue
                head = head[len(bc):]
                if tt not in head:
                    errs.append(f"{did}:{n}: title_text not in breadcrumb_title line")
            elif not head.startswith(tt):
                errs.append(f"{did}:{n}: title line does not start with title_text")
            if suf is not None and not ln["text"].endswith(suf):
                errs.append(f"{did}:{n}: site_suffix does not end the line")
            if suf is None and lab == "title" and ln["text"] != tt:
                errs.append(f"{did}:{n}: title line has text beyond title_text but no suffix")
    if pos != len(text):
        errs.append(f"{did}: lines do not cover the text")
    if len(titles) > 1:
        errs.append(f"{did}: {len(titles)} title lines")
    facts = d["facts"]
    for key, v in facts.items():
        if key in LIST_FACTS:
            if not isinstance(v, list) or not v:
                errs.append(f"{did}: {key} must be a non-empty list")
                continue
            vals = [f.get("value", "").casefold() for f in v]
            if len(set(vals)) != len(vals):
                errs.append(f"{did}: duplicate {key} values")
            for f in v:
                check_fact(errs, did, key, f, text, lines)
        elif key in SCALAR_FACTS:
            check_fact(errs, did, key, v, text, lines)
        else:
            errs.append(f"{did}: unknown fact key {key!r}")
    if titles:
        t = titles[0]
        tf = facts.get("title")
        if not tf or tf["value"] != t["title_text"] or tf["line"] != t["n"]:
            errs.append(f"{did}: title fact does not match the title line")
    elif "title" in facts:
        errs.append(f"{did}: title fact without a title line")
    body = "\n\n".join(ln["text"] for ln in lines if ln["label"] == "body")
    if d["expected_body"] != body:
        errs.append(f"{did}: expected_body is not the body lines joined with blank lines")
    if not body:
        errs.append(f"{did}: no body")
    if d["archetype"] == "nofacts" and facts:
        errs.append(f"{did}: nofacts document has facts")
    if d["archetype"] in ("clean",) and any(ln["label"] == "boilerplate" for ln in lines):
        errs.append(f"{did}: clean document has boilerplate")


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else HERE / "corpus.jsonl"
    docs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    errs: list[str] = []
    ids = [d.get("id") for d in docs]
    if ids != [f"e{i:03d}" for i in range(150)]:
        errs.append("ids are not e000..e149 in order")
    for d in docs:
        check_doc(d, errs)

    labels: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    wordings: dict[str, set[str]] = defaultdict(set)
    fact_docs: Counter[str] = Counter()
    fact_vals: Counter[str] = Counter()
    for d in docs:
        for ln in d["lines"]:
            labels[ln["label"]] += 1
            if ln["kind"]:
                kinds[ln["kind"]] += 1
                wordings[ln["kind"]].add(re.sub(r"\d+", "#", ln["text"].strip()))
        for k, v in d["facts"].items():
            fact_docs[k] += 1
            fact_vals[k] += len(v) if isinstance(v, list) else 1
    missing_kinds = HELDOUT_KINDS - set(kinds)
    if missing_kinds:
        errs.append(f"kinds never used: {sorted(missing_kinds)}")
    few = {k: len(w) for k, w in wordings.items() if len(w) < 8}
    if few:
        errs.append(f"kinds with fewer than 8 distinct wordings: {few}")

    print(f"{path.name}: {len(docs)} documents, {sum(len(d['text']) for d in docs):,} chars")
    print("archetypes:", dict(Counter(d["archetype"] for d in docs).most_common()))
    print("languages: ", dict(Counter(d["lang"] for d in docs).most_common()))
    print("layouts:   ", dict(Counter(d["layout"] for d in docs).most_common()))
    print("splits:    ", dict(Counter(d["split"] for d in docs)))
    print(f"titled docs: {sum(1 for d in docs if 'title' in d['facts'])}; fact-free docs: "
          f"{sum(1 for d in docs if not d['facts'])}; docs without boilerplate: "
          f"{sum(1 for d in docs if not any(ln['label'] == 'boilerplate' for ln in d['lines']))}")
    print("lines:", dict(labels.most_common()), "total", sum(labels.values()))
    print(f"kinds ({len(kinds)}; lines / distinct wordings):")
    for k, n in sorted(kinds.items(), key=lambda kv: -kv[1]):
        print(f"  {k:<24} {n:>5} {len(wordings[k]):>5}")
    print("facts (docs carrying / values):")
    for k in sorted(fact_docs, key=lambda k: -fact_docs[k]):
        print(f"  {k:<14} {fact_docs[k]:>4} {fact_vals[k]:>5}")
    if errs:
        print(f"\n{len(errs)} ERROR(S):")
        for e in errs[:60]:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
