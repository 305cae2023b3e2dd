"""The JSON Schema shipped in the package describes to_dict(); from_dict round-trips."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import Article

from .helpers import FIXTURE_SEEDS

CASES = [
    "WASHINGTON (AP) — The story.\n\nBy Jane Doe\n\nUpdated: 18 Jun 2023, 07:28 AM IST",
    "Headline\n\nSource: https://example.com/news/1\n\nTags: A, B",
    "",
    "<html lang='de'><head><meta property='og:site_name' content='Beispiel'></head>"
    "<body><p>Der Text des Artikels steht hier.</p></body></html>",
]


def _validator() -> jsonschema.Draft202012Validator:
    raw = resources.files("newsclean").joinpath("schema/article.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(raw)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


VALIDATOR = _validator()


def _check(a: Article) -> None:
    d = a.to_dict()
    VALIDATOR.validate(d)
    assert d["schema_version"] == newsclean.SCHEMA_VERSION
    assert Article.from_dict(d) == a
    assert Article.from_json(a.to_json()) == a
    for f in d["provenance"]["facts"]:
        assert d["text"][f["start"] : f["end"]] == f["evidence"]


@pytest.mark.parametrize("text", CASES)
def test_cases_validate_and_round_trip(text: str) -> None:
    _check(newsclean.clean(text))


def test_seeds_validate_and_round_trip() -> None:
    paths = sorted(FIXTURE_SEEDS.glob("*.txt"))
    if not paths:
        pytest.skip("fixtures/seeds is absent")
    for p in paths:
        _check(newsclean.clean(p.read_bytes()))


def test_wrong_major_version_is_refused() -> None:
    d = newsclean.clean("Text.").to_dict()
    d["schema_version"] = "2.0"
    with pytest.raises(ValueError):
        Article.from_dict(d)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_any_text_validates(text: str) -> None:
    _check(newsclean.clean(text))
