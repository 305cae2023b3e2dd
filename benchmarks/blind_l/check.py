#!/usr/bin/env python3
"""Validate blind_l/corpus.jsonl: offsets, lines, labels, facts, split disjointness.

python3 check.py [--regen]   (--regen also checks byte-identical regeneration)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/main/benchmarks/heldout")
LABELS = {"title", "body", "boilerplate", "blank"}
_KINDS_TEXT = """theme_license_banner section_label breadcrumb_title title_repeat ui_word date_line stray_id
photo_caption photo_credit wire_credit_line publisher_promo app_promo click_here_promo source_link read_original
read_more original_url_line back_to_top aggregator_disclaimer you_may_also_like comment_form tag_list_header tag_item
reaction_counter related_header related_item ranking_header ranking_item recommendation_header recommendation_item
syndication_notice prev_next_link skip_link nav_menu footer_link breadcrumb byline reading_time shortcode
advertisement_label also_read copyright_notice republish_notice originally_appeared newsletter_promo social_promo
share_row cookie_notice email_placeholder author_bio tag_line trending_header trending_item more_stories_header
more_stories_item headline_run_item"""
KINDS = set(_KINDS_TEXT.split())
SCALAR = ("title", "site_name", "publisher", "original_url", "aggregator", "published", "updated",
          "photo_credit", "section", "syndication")
LISTS = ("credits", "tags", "authors")
PROV = ("aggregator", "publisher", "syndication", "original_url", "credits", "published", "updated")
# kinds whose wordings must not repeat across splits (after removing fact evidence)
DISJOINT_KINDS = {"aggregator_disclaimer", "syndication_notice", "originally_appeared", "source_link",
                  "read_original", "original_url_line", "wire_credit_line", "publisher_promo", "date_line",
                  "republish_notice", "copyright_notice", "byline", "skip_link", "shortcode",
                  "comment_form", "prev_next_link", "read_more", "tag_line", "reading_time",
                  "cookie_notice", "newsletter_promo", "social_promo", "ui_word", "back_to_top",
                  "nav_menu", "footer_link", "share_row", "advertisement_label", "photo_caption",
                  "related_header", "trending_header", "more_stories_header", "ranking_header",
                  "recommendation_header", "you_may_also_like", "stray_id"}


def check_fact(errs: list[str], did: str, k: str, f: dict, doc: dict) -> None:
    text = doc["text"]
    for key in ("value", "line", "evidence", "start", "end"):
        if key not in f:
            errs.append(f"{did} {k}: missing {key}")
            return
    if text[f["start"]:f["end"]] != f["evidence"]:
        errs.append(f"{did} {k}: evidence mismatch")
    ln = doc["lines"][f["line"]]
    if not (ln["start"] <= f["start"] and f["end"] <= ln["end"]):
        errs.append(f"{did} {k}: evidence outside its line")
    if ln["label"] not in ("title", "boilerplate", "body"):
        errs.append(f"{did} {k}: fact on a {ln['label']} line")
    if not isinstance(f["value"], str) or not f["value"].strip():
        errs.append(f"{did} {k}: empty value")
    if k in ("published", "updated"):
        for v in [f["value"], *f.get("aliases", [])]:
            try:
                datetime.fromisoformat(v)
            except ValueError:
                errs.append(f"{did} {k}: bad ISO {v!r}")
    if k == "original_url" and not f["value"].startswith("http"):
        errs.append(f"{did} original_url not a URL")
    if k == "syndication" and f["value"] != f["evidence"]:
        errs.append(f"{did} syndication value != evidence")
    if k == "syndication" and f["value"][:1] in "([*" :
        errs.append(f"{did} syndication keeps its wrapper")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--regen", action="store_true")
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus.jsonl")
    a = ap.parse_args()
    docs = [json.loads(x) for x in a.corpus.read_text(encoding="utf-8").splitlines() if x.strip()]
    errs: list[str] = []
    ids = set()
    stats: dict[str, Counter] = defaultdict(Counter)
    kind_lines: Counter = Counter()
    kind_docs: Counter = Counter()
    arch: Counter = Counter()
    wording: dict[str, dict[str, set]] = {"dev": defaultdict(set), "test": defaultdict(set)}
    names: dict[str, dict[str, set]] = {"dev": defaultdict(set), "test": defaultdict(set)}
    sources: dict[str, set] = {"dev": set(), "test": set()}
    body_texts: dict[str, set] = {"dev": set(), "test": set()}
    for i, d in enumerate(docs):
        did = d.get("id")
        if did != f"l{i:03d}" or did in ids:
            errs.append(f"bad id {did} at {i}")
        ids.add(did)
        for key in ("id", "split", "archetype", "lang", "source", "text", "lines", "expected_body", "facts"):
            if key not in d:
                errs.append(f"{did}: missing {key}")
        sp = d["split"]
        if sp not in ("dev", "test"):
            errs.append(f"{did}: split {sp}")
        text = d["text"]
        split_lines = text.splitlines()
        if len(split_lines) != len(d["lines"]):
            errs.append(f"{did}: {len(split_lines)} splitlines vs {len(d['lines'])} lines")
        pos = 0
        for n, ln in enumerate(d["lines"]):
            if ln["n"] != n or text[ln["start"]:ln["end"]] != ln["text"]:
                errs.append(f"{did}: line {n} offsets")
            if n < len(split_lines) and split_lines[n] != ln["text"]:
                errs.append(f"{did}: line {n} != splitlines")
            if ln["start"] < pos:
                errs.append(f"{did}: line {n} overlaps")
            pos = ln["end"]
            lab = ln["label"]
            if lab not in LABELS:
                errs.append(f"{did}: label {lab}")
            if (lab == "blank") != (ln["text"].strip() == ""):
                errs.append(f"{did}: line {n} blank mismatch")
            if lab == "boilerplate":
                if ln["kind"] not in KINDS:
                    errs.append(f"{did}: kind {ln['kind']}")
                kind_lines[ln["kind"]] += 1
            elif ln["kind"] is not None:
                errs.append(f"{did}: kind on non-boilerplate line {n}")
            if lab == "title":
                if "title_text" not in ln or "site_suffix" not in ln:
                    errs.append(f"{did}: title fields")
                elif ln["text"] != ln["title_text"] and not (ln["site_suffix"] and ln["text"].startswith(ln["title_text"]) and ln["text"].endswith(ln["site_suffix"])):
                    errs.append(f"{did}: title split")
            stats[sp][lab] += 1
            if lab == "body":
                body_texts[sp].add(ln["text"].strip())
        for k in {ln["kind"] for ln in d["lines"] if ln["label"] == "boilerplate"}:
            kind_docs[k] += 1
        exp = "\n\n".join(ln["text"] for ln in d["lines"] if ln["label"] == "body")
        if exp != d["expected_body"]:
            errs.append(f"{did}: expected_body")
        titles = [ln for ln in d["lines"] if ln["label"] == "title"]
        if len(titles) > 1:
            errs.append(f"{did}: several titles")
        facts = d["facts"]
        if titles:
            if facts.get("title", {}).get("value") != titles[0]["title_text"]:
                errs.append(f"{did}: title fact")
            if titles[0]["site_suffix"] and facts.get("site_name", {}).get("value") != titles[0]["site_suffix"]:
                errs.append(f"{did}: site_name fact")
        elif "title" in facts:
            errs.append(f"{did}: title fact without title line")
        for k, v in facts.items():
            if k in LISTS:
                if not isinstance(v, list) or not v:
                    errs.append(f"{did}: {k} not a list")
                    continue
                for f in v:
                    check_fact(errs, did, k, f, d)
            elif k in SCALAR:
                check_fact(errs, did, k, v, d)
            else:
                errs.append(f"{did}: unknown fact {k}")
        for k in facts:
            stats[sp]["fact:" + k] += 1
        if not any(k in facts for k in PROV):
            stats[sp]["docs_without_provenance"] += 1
        if not facts:
            stats[sp]["docs_without_any_fact"] += 1
        if d["archetype"] in ("nofacts", "trap_titled") and any(k in facts for k in PROV):
            errs.append(f"{did}: provenance fact in a fact-free archetype")
        if "syndication" in facts and not any(ln["kind"] == "syndication_notice" for ln in d["lines"]):
            errs.append(f"{did}: syndication without notice")
        if any(ln["kind"] == "syndication_notice" for ln in d["lines"]) and "syndication" not in facts:
            errs.append(f"{did}: notice without syndication fact")
        # wordings with fact evidence blanked, for the cross-split check
        spans = []
        for k, v in facts.items():
            for f in (v if isinstance(v, list) else [v]):
                if k not in ("syndication", "original_url", "title"):
                    spans.append((f["start"], f["end"]))
        for ln in d["lines"]:
            if ln["label"] == "boilerplate" and ln["kind"] in DISJOINT_KINDS:
                t = list(ln["text"])
                for s, e in spans:
                    for j in range(max(s, ln["start"]), min(e, ln["end"])):
                        t[j - ln["start"]] = "\0"
                sig = re.sub(r"\0+", "{X}", "".join(t))
                sig = re.sub(r"\d+", "0", sig)
                sig = re.sub(r"https?://\S+", "{URL}", sig)
                if ln["kind"] == "prev_next_link":
                    sig = " ".join(sig.split(" ")[:2])
                wording[sp][ln["kind"]].add(sig)
        for k in ("aggregator", "publisher", "site_name", "authors"):
            v = facts.get(k)
            for f in (v if isinstance(v, list) else [v] if v else []):
                names[sp][k].add(f["value"].casefold())
        sources[sp].add(d["source"])
        stats[sp]["docs"] += 1
        stats[sp]["lines"] += len(d["lines"])
        arch[(d["archetype"], sp)] += 1
    for k in DISJOINT_KINDS:
        common = wording["dev"][k] & wording["test"][k]
        for s in sorted(common):
            errs.append(f"wording shared across splits [{k}]: {s!r}")
    for k in names["dev"]:
        common = names["dev"][k] & names["test"][k]
        if common:
            errs.append(f"{k} names shared across splits: {sorted(common)}")
    if sources["dev"] & sources["test"]:
        errs.append("sources shared across splits")
    shared_body = {b for b in body_texts["dev"] & body_texts["test"] if len(b.split()) > 3}
    if shared_body:
        errs.append(f"{len(shared_body)} body lines shared across splits: {sorted(shared_body)[:3]}")
    # the scorer's loader and per-doc scoring helpers accept the records
    import score  # type: ignore
    for d in docs:
        for k in score.FACT_KINDS:
            g = d["facts"].get(k)
            if g is not None:
                score.fact_correct(k, [g[0]["value"]] if k in score.LISTS else [g["value"]], g)
                if k not in score.LISTS and not score.value_matches(k, g["value"], g):
                    errs.append(f"{d['id']}: gold {k} does not match itself")
    if a.regen:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "c.jsonl"
            subprocess.run([sys.executable, str(HERE / "generate.py"), "--out", str(out)], check=True,
                           capture_output=True)
            h1 = hashlib.sha256(out.read_bytes()).hexdigest()
            h2 = hashlib.sha256(a.corpus.read_bytes()).hexdigest()
            print("regeneration", "byte-identical" if h1 == h2 else "DIFFERS")
            if h1 != h2:
                errs.append("regeneration differs")
    for sp in ("dev", "test"):
        print(sp, dict(sorted(stats[sp].items())))
    print("archetypes", dict(sorted(arch.items())))
    print("kinds (lines/docs)", {k: (kind_lines[k], kind_docs[k]) for k in sorted(kind_lines)})
    for e in errs[:60]:
        print("ERROR", e)
    print(f"{len(docs)} documents, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
