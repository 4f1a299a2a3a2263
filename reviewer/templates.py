"""Templates (granskningsmallar): the built-in one, template files, and their validation.

A template file is JSON: {"name": ..., "questions": [{"key", "text", "footnote"?,
"finding"?, "parent"?}, ...]}, or a question list in Excel, CSV or Word
(`reviewer/templatefiles/`); the README documents them.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reviewer import privacy
from reviewer.errors import TemplateError
from reviewer.i18n import N_, _
from reviewer.model import Question, Template
from reviewer.paths import TEMPLATES_DIR
from reviewer.userfiles import TooLargeError, read_whole

BUILTIN_PATH = TEMPLATES_DIR / "builtin.json"
# The files a template is read from (`load_template`), and written to (`write_template`).
TEMPLATE_SUFFIXES = (".json", ".xlsx", ".csv", ".docx")
EXPORT_SUFFIXES = (".xlsx", ".json")
_FIELDS = {"key", "text", "footnote", "finding", "parent"}

# Bounds on a template read from a file (docs/decisions.md): a published bilaga has a
# dozen questions; a file of thousands is a wrong file, refused before it is checked.
MAX_QUESTIONS = 500
MAX_TEXT_CHARS = 2_000  # a question's text, criterion or finding; the template's name
MAX_KEY_CHARS = 20
MAX_FILE_BYTES = 64 * 1024 * 1024


def builtin_template() -> Template:
    return load_template(BUILTIN_PATH)


def _too_large(source: str, size: int) -> TemplateError:
    return TemplateError(source, [_("the file is {size} MB; a template file is not read "
                                    "above {limit} MB", size=size // 2**20,
                                    limit=MAX_FILE_BYTES // 2**20)])


def load_template(path: Path, *, allow_identity: bool = False) -> Template:
    """Read and validate a template file (.json, or a question list in .xlsx, .csv or
    .docx); TemplateError lists every problem found, each by its row or paragraph in a
    question list (a text that looks like a personal identity number too, unless
    deliberately allowed)."""
    path = Path(path)
    source = str(path)
    suffix = path.suffix.casefold()
    if suffix not in TEMPLATE_SUFFIXES:
        raise TemplateError(source, [_("a template is read from {suffixes}, not {suffix}",
                                       suffixes=", ".join(TEMPLATE_SUFFIXES),
                                       suffix=path.suffix or path.name)])
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise TemplateError(source, [_("this is not a file")])
    except FileNotFoundError:
        raise TemplateError(source, [_("the file does not exist")]) from None
    except OSError as exc:
        raise TemplateError(source, [_("the file could not be read: {detail}",
                                       detail=exc.strerror or exc)]) from None
    if size == 0:
        raise TemplateError(source, [_("the file is empty")])
    if size > MAX_FILE_BYTES:
        raise _too_large(source, size)
    if suffix in (".xlsx", ".csv"):
        from reviewer.templatefiles.grid import load_sheet

        return load_sheet(path, allow_identity=allow_identity)
    if suffix == ".docx":
        from reviewer.templatefiles.word import load_docx

        return load_docx(path, allow_identity=allow_identity)
    try:
        # Whole, within the bound checked above (a file grown since is not read further).
        raw = json.loads(read_whole(path, MAX_FILE_BYTES).decode("utf-8-sig"))
    except FileNotFoundError:
        raise TemplateError(source, [_("the file does not exist")]) from None
    except TooLargeError as exc:
        raise _too_large(source, exc.size) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TemplateError(source, [_("not readable JSON ({detail})", detail=exc)]) from None
    return template_from_data(raw, source=source, default_name=path.stem,
                              allow_identity=allow_identity, bounded=True)


def template_from_data(raw: Any, *, source: str, default_name: str = "",
                       allow_identity: bool = False, bounded: bool = False) -> Template:
    """A template from its JSON form; `bounded`: within the bounds of a template file
    (`MAX_QUESTIONS`, `MAX_TEXT_CHARS`)."""
    problems: list[str] = []
    if not isinstance(raw, dict) or not isinstance(raw.get("questions"), list):
        raise TemplateError(source, [_("expected an object with a list \"questions\"")])
    if bounded:
        refuse_too_many(len(raw["questions"]), source)
    name = raw.get("name", default_name)
    if not isinstance(name, str):
        problems.append(_("\"name\" must be text"))
        name = default_name
    questions: list[Question] = []
    for index, item in enumerate(raw["questions"], start=1):
        question = _question_from_data(item, index, problems)
        if question is not None:
            questions.append(question)
    template = Template(name=" ".join(name.split()), questions=tuple(questions))
    if bounded:
        problems.extend(p.message for p in size_problems(template))
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


def refuse_too_many(count: int, source: str) -> None:
    """A file of more questions than a template holds is refused at once, with one message
    (listing each of 5,000 rows would bury it)."""
    if count > MAX_QUESTIONS:
        raise TemplateError(source, [_("the file holds {count} questions; a template holds "
                                       "at most {limit}", count=count, limit=MAX_QUESTIONS)])


def size_problems(template: Template) -> list[TemplateProblem]:
    """Texts longer than a template file holds: a cell pasted whole into a question."""
    problems: list[TemplateProblem] = []
    if len(template.name) > MAX_TEXT_CHARS:
        problems.append(TemplateProblem(None, "name", _(
            "the name is longer than {limit} characters", limit=MAX_TEXT_CHARS)))
    for index, question in enumerate(template.questions):
        if len(question.key) > MAX_KEY_CHARS:
            problems.append(TemplateProblem(index, "key", _(
                "question {n}: the key is longer than {limit} characters", n=index + 1,
                limit=MAX_KEY_CHARS)))
        for field in ("text", "footnote", "finding"):
            if len(getattr(question, field) or "") > MAX_TEXT_CHARS:
                problems.append(TemplateProblem(index, field, _(
                    "question {n}: \"{field}\" is longer than {limit} characters",
                    n=index + 1, field=field, limit=MAX_TEXT_CHARS)))
    return problems


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


def printed_template(template: Template) -> Template:
    """The template as it prints: each question keyed by its printed number, parents named
    by theirs. What an exported file holds, so that it reads back as the auditor saw it."""
    printed = {q.key: q.printed_key for q in template.questions}
    return Template(name=template.name, questions=tuple(
        Question(key=q.printed_key, text=q.text, footnote=q.footnote, finding=q.finding,
                 parent=printed.get(q.parent, q.parent) if q.parent is not None else None)
        for q in template.questions))


def write_template(template: Template, out: Path, *, overwrite: bool = False) -> None:
    """Write the template (as it prints) to `out`: Excel (.xlsx, the columns a question list
    is read with) or JSON. Written beside `out` and renamed into place when whole; an
    existing file is replaced only when asked."""
    from reviewer import scratch
    from reviewer.errors import OperationError, TargetExistsError
    from reviewer.report.output import check_target

    out = Path(out)
    suffix = out.suffix.casefold()
    if suffix not in EXPORT_SUFFIXES:
        raise OperationError(N_("A template is written as {suffixes}, not {suffix}."),
                             suffixes=" or ".join(EXPORT_SUFFIXES),
                             suffix=out.suffix or out.name)
    check_target(out)
    if out.exists() and not overwrite:
        raise TargetExistsError(N_("The file {path} already exists."), path=str(out))
    printed = printed_template(template)
    partial = scratch.partial_path(out)
    try:
        with scratch.job("template") as job:
            job.leave(partial)
            try:
                if suffix == ".xlsx":
                    from reviewer.templatefiles.grid import write_xlsx

                    write_xlsx(printed, partial)
                else:
                    partial.write_text(json.dumps(template_to_data(printed), indent=2,
                                                  ensure_ascii=False) + "\n",
                                       encoding="utf-8")
                os.replace(partial, out)
            finally:
                partial.unlink(missing_ok=True)
    except OSError as exc:
        raise OperationError(N_("The template could not be written to {path}: {detail}"),
                             path=str(out), detail=exc.strerror or exc) from exc


def printed_list(template: Template, keys: Sequence[str]) -> str:
    """Questions named as the auditor sees them: `2, 8a`."""
    return ", ".join(template.question(key).printed_key for key in keys)


def printed_key_of(template: Template, key: str | None, missing: str | None = None) -> str:
    """How the auditor sees the question of `key` named: its printed number; when the
    template has no such question (a removed one), `missing`, by default the key itself;
    "" for no key."""
    if key is None:
        return ""
    if key in template.keys:
        return template.question(key).printed_key
    return key if missing is None else missing


def key_of(template: Template, given: str) -> str:
    """The key of the question the auditor names by its printed number (or by its key);
    KeyError when the template has none."""
    given = given.strip()
    for question in template.questions:
        if question.printed_key == given:
            return question.key
    return template.question(given).key


def new_key() -> str:
    """The key of a question added to a template: a fresh id, never a printed number, so
    questions two auditors add apart never share one (its number is `label` or automatic).
    A uuid written in the letters a–p: without digits it can never read as a personnummer."""
    return "q" + uuid.uuid4().hex.translate(_LETTERS)


_LETTERS = str.maketrans("0123456789abcdef", "abcdefghijklmnop")


def is_new_key(key: str) -> bool:
    """Whether `key` is one `new_key` makes."""
    return len(key) == 33 and key[0] == "q" and all("a" <= c <= "p" for c in key[1:])


def auto_keys(questions: Sequence[Question], *,
              given: Mapping[str, str] | None = None) -> list[str]:
    """The published numbering of questions in this order: main questions `1`, `2`, …;
    their sub-questions `8a`, `8b`, … under `8`; a sub-question's own sub-questions `8a.1`,
    `8a.2`. A parent must come before its children; one that does not (or is unknown) is
    numbered as a main question, so a half-edited list still reads. `given` holds numbers
    the auditor chose (by key): such a question keeps its own, its sub-questions are
    numbered under it, and the others are numbered as if it had the automatic one."""
    chosen = given or {}
    return printed_keys(questions, lambda question, _number: chosen.get(question.key))


def printed_keys(questions: Sequence[Question],
                 typed: Callable[[Question, str], str | None] = lambda q, _number: q.label,
                 ) -> list[str]:
    """The numbers questions in this order print: the number the auditor typed for one
    (`typed`, asked with the number the published numbering gives it there; by default its
    `label`), else that number. As in `auto_keys`, a question with a typed number keeps its
    place in the count and its sub-questions are numbered under its number."""
    numbers: dict[str, str] = {}
    depth: dict[str, int] = {}
    children: dict[str | None, int] = {}
    printed: list[str] = []
    for question in questions:
        parent = question.parent if question.parent in numbers else None
        count = children[parent] = children.get(parent, 0) + 1
        if parent is None:
            number, level = str(count), 0
        elif depth[parent] == 0:
            number, level = numbers[parent] + _letters(count), 1
        else:
            number, level = f"{numbers[parent]}.{count}", depth[parent] + 1
        number = typed(question, number) or number
        numbers[question.key], depth[question.key] = number, level
        printed.append(number)
    return printed


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
