"""The rule catalogue (``docs/rules.md``), generated from the default pipeline's own steps.

Each step contributes its id and class docstring; each :class:`~newsclean.step.RuleInfo` it
declares contributes the rule id, the category it removes, its description, an example and how
to turn it off. The docs cannot drift from the code: a test compares ``docs/rules.md`` with
this output. Regenerate with::

    python -m newsclean.catalogue > docs/rules.md
"""

from __future__ import annotations

import inspect
import sys

from .config import Config
from .pipeline import Pipeline
from .step import RuleInfo, Step

COMMAND = "python -m newsclean.catalogue > docs/rules.md"


def _code(text: str) -> str:
    """``text`` as one Markdown code span, whatever backticks it holds."""
    text = " ".join(text.split())
    fence = "`"
    while fence in text:
        fence += "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _doc(step: Step) -> str:
    doc = type(step).__doc__
    return inspect.cleandoc(doc) if doc else "(This step has no docstring.)"


def _rule(info: RuleInfo) -> list[str]:
    lines = [
        f"#### {_code(info.id)}",
        "",
        f"- **category:** {_code(info.category)}",
        f"- **catches:** {' '.join(info.description.split()) or '(no description)'}",
    ]
    if info.example:
        lines.append(f"- **example:** {_code(info.example)}")
    lines += [f'- **turn off:** `Config(disabled_rules={{"{info.id}"}})`', ""]
    return lines


def build_catalogue(pipeline: Pipeline | None = None) -> str:
    """The catalogue of ``pipeline`` (default: the default pipeline with a default Config)."""
    p = pipeline if pipeline is not None else Pipeline.default(Config())
    n_rules = sum(len(s.rules) for s in p.steps)
    out = [
        "# Rule catalogue",
        "",
        "<!-- Generated from the rules themselves; do not edit by hand. Regenerate with:",
        f"     {COMMAND} -->",
        "",
        f"The default pipeline runs {len(p.steps)} steps, in this order, and declares "
        f"{n_rules} rule ids. Every removed span of an `Article` carries one of these rule ids "
        "(`Span.rule`) and its category (`Span.category`); `article.explain()` lists them.",
        "",
        '- Turn a whole step off: `Pipeline.default().without("<step id>")`.',
        '- Turn one rule off: `Config(disabled_rules={"<rule id>"})`, then '
        "`newsclean.clean(text, config=config)` or `Pipeline.default(config)`.",
        "",
        "| # | step | rules |",
        "|---:|---|---:|",
    ]
    out += [
        f"| {n} | [`{s.id}`](#step-{s.id}) | {len(s.rules)} |" for n, s in enumerate(p.steps, 1)
    ]
    out.append("")
    for s in p.steps:
        out += [
            f'<a id="step-{s.id}"></a>',
            "",
            f"## Step `{s.id}`",
            "",
            _doc(s),
            "",
            f'Turn this step off: `Pipeline.default().without("{s.id}")`',
            "",
        ]
        if s.rules:
            out += ["### Rules", ""]
            for info in s.rules:
                out += _rule(info)
        else:
            out += ["This step declares no rule ids.", ""]
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def main() -> int:
    sys.stdout.write(build_catalogue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
