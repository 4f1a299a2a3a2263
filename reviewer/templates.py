"""Templates (granskningsmallar): the built-in one, template files, and their validation.

A template file is JSON: {"name": ..., "questions": [{"key", "text", "footnote"?,
"finding"?, "parent"?}, ...]}; the README documents it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reviewer import privacy
from reviewer.errors import TemplateError
from reviewer.i18n import _
from reviewer.model import Question, Template
from reviewer.paths import TEMPLATES_DIR

BUILTIN_PATH = TEMPLATES_DIR / "builtin.json"
# The files a template is read from (`load_template`).
TEMPLATE_SUFFIXES = (".json",)
_FIELDS = {"key", "text", "footnote", "finding", "parent"}


def builtin_template() -> Template:
    return load_template(BUILTIN_PATH)


def load_template(path: Path, *, allow_identity: bool = False) -> Template:
    """Read and validate a template file; TemplateError lists every problem found (a text
    that looks like a personal identity number too, unless deliberately allowed)."""
    source = str(path)
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise TemplateError(source, [_("the file does not exist")]) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TemplateError(source, [_("not readable JSON ({detail})", detail=exc)]) from None
    return template_from_data(raw, source=source, default_name=Path(path).stem,
                              allow_identity=allow_identity)


def template_from_data(raw: Any, *, source: str, default_name: str = "",
                       allow_identity: bool = False) -> Template:
    problems: list[str] = []
    if not isinstance(raw, dict) or not isinstance(raw.get("questions"), list):
        raise TemplateError(source, [_("expected an object with a list \"questions\"")])
    name = raw.get("name", default_name)
    if not isinstance(name, str):
        problems.append(_("\"name\" must be text"))
        name = default_name
    questions: list[Question] = []
    for index, item in enumerate(raw["questions"], start=1):
        question = _question_from_data(item, index, problems)
        if question is not None:
            questions.append(question)
    template = Template(name=name.strip(), questions=tuple(questions))
    problems.extend(validate_template(template, allow_identity=allow_identity))
    if not template.questions and not problems:
        problems.append(_("the template has no questions"))
    if problems:
        raise TemplateError(source, problems)
    return template


def _question_from_data(item: Any, index: int, problems: list[str]) -> Question | None:
    if not isinstance(item, dict):
        problems.append(_("question {n}: expected an object", n=index))
        return None
    unknown = sorted(set(item) - _FIELDS)
    if unknown:
        problems.append(_("question {n}: unknown fields {fields}", n=index,
                          fields=", ".join(unknown)))
    values: dict[str, str | None] = {}
    for name in _FIELDS:
        value = item.get(name)
        if value is not None and not isinstance(value, str | int):
            problems.append(_("question {n}: \"{field}\" must be text", n=index, field=name))
            value = None
        values[name] = " ".join(str(value).split()) if value is not None else None
    return Question(
        key=values["key"] or "",
        text=values["text"] or "",
        footnote=values["footnote"] or None,
        finding=values["finding"] or None,
        parent=values["parent"] or None,
    )


@dataclass(frozen=True)
class TemplateProblem:
    """One problem of a template, where it is: the question's place in the list (0-based;
    None for the template's name) and the field (`key`, `text`, `footnote`, `finding`,
    `parent`, `name`), so an editor marks the cell and a file reader names the row."""

    index: int | None
    field: str
    message: str


def validate_template(template: Template, *, allow_identity: bool = False) -> list[str]:
    """Problems of a template as messages (see `template_problems`)."""
    return [p.message for p in template_problems(template, allow_identity=allow_identity)]


def template_problems(template: Template, *,
                      allow_identity: bool = False) -> list[TemplateProblem]:
    """Problems of a template: keys, texts, parents (known, before their children, no
    cycle), and (unless deliberately allowed) texts that look like a personal identity
    number: every report prints them."""
    problems: list[TemplateProblem] = []
    seen: set[str] = set()
    for index, question in enumerate(template.questions):
        n = index + 1
        if not question.key:
            problems.append(TemplateProblem(index, "key", _("question {n}: the key is empty",
                                                            n=n)))
        elif question.key in seen:
            problems.append(TemplateProblem(index, "key", _(
                "question {n}: the key {key} is used twice", n=n, key=question.key)))
        seen.add(question.key)
        if not question.text:
            problems.append(TemplateProblem(index, "text", _(
                "question {key}: the text is empty", key=question.key or n)))
    parents = {q.key: q.parent for q in template.questions}
    earlier: set[str] = set()
    for index, question in enumerate(template.questions):
        if question.parent is not None and question.parent not in parents:
            problems.append(TemplateProblem(index, "parent", _(
                "question {key}: unknown parent {parent}", key=question.key,
                parent=question.parent)))
        elif (question.parent is not None and question.parent not in earlier
              and question.parent != question.key):
            problems.append(TemplateProblem(index, "parent", _(
                "question {key}: its parent {parent} comes after it", key=question.key,
                parent=question.parent)))
        earlier.add(question.key)
    for index, question in enumerate(template.questions):
        chain = [question.key]
        parent = question.parent
        while parent is not None and parent in parents:
            if parent in chain:
                problems.append(TemplateProblem(index, "parent", _(
                    "question {key}: its parents form a cycle ({chain})", key=question.key,
                    chain=" → ".join([*chain, parent]))))
                break
            chain.append(parent)
            parent = parents[parent]
    return problems if allow_identity else problems + identity_problems(template)


def identity_problems(template: Template) -> list[TemplateProblem]:
    """Each text of the template that holds what looks like a personal identity number."""
    problems: list[TemplateProblem] = []
    found = privacy.find_identity_numbers(template.name)
    if found:
        problems.append(TemplateProblem(None, "name", _(
            "\"name\" contains what looks like a personal identity number ({found})",
            found=", ".join(found))))
    for index, question in enumerate(template.questions):
        for field in ("key", "text", "footnote", "finding", "parent"):
            found = privacy.find_identity_numbers(getattr(question, field) or "")
            if found:
                problems.append(TemplateProblem(index, field, _(
                    "question {key}: \"{field}\" contains what looks like a personal "
                    "identity number ({found})", key=question.key, field=field,
                    found=", ".join(found))))
    return problems


def template_to_data(template: Template) -> dict[str, Any]:
    questions = []
    for q in template.questions:
        item: dict[str, str] = {"key": q.key, "text": q.text}
        for name in ("footnote", "finding", "parent"):
            value = getattr(q, name)
            if value is not None:
                item[name] = value
        questions.append(item)
    return {"name": template.name, "questions": questions}


def key_of(template: Template, given: str) -> str:
    """The key of the question the auditor names by its printed number (or by its key);
    KeyError when the template has none."""
    given = given.strip()
    for question in template.questions:
        if question.printed_key == given:
            return question.key
    return template.question(given).key


def auto_keys(questions: Sequence[Question], *,
              given: Mapping[str, str] | None = None) -> list[str]:
    """The published numbering of questions in this order: main questions `1`, `2`, …;
    their sub-questions `8a`, `8b`, … under `8`; a sub-question's own sub-questions `8a.1`,
    `8a.2`. A parent must come before its children; one that does not (or is unknown) is
    numbered as a main question, so a half-edited list still reads. `given` holds numbers
    the auditor chose (by key): such a question keeps its own, its sub-questions are
    numbered under it, and the others are numbered as if it had the automatic one."""
    given = given or {}
    numbers: dict[str, str] = {}
    depth: dict[str, int] = {}
    children: dict[str | None, int] = {}
    keys: list[str] = []
    for question in questions:
        parent = question.parent if question.parent in numbers else None
        count = children[parent] = children.get(parent, 0) + 1
        if parent is None:
            number, level = str(count), 0
        elif depth[parent] == 0:
            number, level = numbers[parent] + _letters(count), 1
        else:
            number, level = f"{numbers[parent]}.{count}", depth[parent] + 1
        number = given.get(question.key) or number
        numbers[question.key], depth[question.key] = number, level
        keys.append(number)
    return keys


def _letters(count: int) -> str:
    """1 → a, 26 → z, 27 → aa: the letters of a sub-question."""
    text = ""
    while count:
        count, rest = divmod(count - 1, 26)
        text = chr(ord("a") + rest) + text
    return text


def ancestors(template: Template, key: str) -> tuple[str, ...]:
    """The keys above `key`, nearest first."""
    return _family(template)[0].get(key, ())


def descendants(template: Template, key: str) -> tuple[str, ...]:
    """The keys below `key` at any depth, in template order."""
    return _family(template)[1].get(key, ())


def _family(template: Template) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    # Kept on the template itself: a cache keyed by templates compared an equal template
    # read by another project field by field on every cell, a third of a keypress.
    family: tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]] | None
    family = template.__dict__.get("_family")
    if family is None:
        family = _family_of(template)
        object.__setattr__(template, "_family", family)
    return family


def _family_of(template: Template
               ) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    parents = {q.key: q.parent for q in template.questions}
    above: dict[str, tuple[str, ...]] = {}
    for key in parents:
        chain: list[str] = []
        parent = parents[key]
        while parent is not None and parent not in chain and parent != key:
            chain.append(parent)
            parent = parents.get(parent)
        above[key] = tuple(chain)
    below = {key: tuple(k for k in parents if key in above[k]) for key in parents}
    return above, below
