"""A question list as read from a file, made into a template.

The numbering is read (`8a` under `8`, `a.` under the numbered question above, a Word
list's levels), questions the file does not number are numbered in the published style
(`templates.auto_keys`), and every problem is named by its row or paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reviewer.errors import TemplateError
from reviewer.i18n import _
from reviewer.model import Question, Template
from reviewer.templates import auto_keys, refuse_too_many, size_problems, template_problems


@dataclass
class Entry:
    """One question as the file has it."""

    place: str  # where the auditor finds it, translated: "rad 7", "stycke 12"
    text: str
    key: str | None = None  # the number the file gives it (`8a`), if any
    level: int | None = None  # a Word list's level: 0 a question, 1 a sub-question
    parent: str | None = None  # what a Parent column names
    criterion: str | None = None
    finding: str | None = None
    origin: tuple[int, int] = (0, 0)  # (row, column) of its text in a grid


# A number typed before a question's text, tried in order: `8a.`, `8 a)`, `8.a)`; `8a`,
# `8a.1`; `8.1`; `1.`, `1)`; `a)`, `(a)`. A bare number or letter counts only with its
# mark, and letters after a space only with theirs, so "3 av 10 …" keeps its 3.
_TYPED = tuple(re.compile(pattern, re.S) for pattern in (
    r"\(?(?P<number>\d{1,4})\s*\.?\s*(?P<letters>[a-z]{1,2})\s*[.):]\s+(?P<text>\S.*)",
    r"(?P<number>\d{1,4})(?P<letters>[A-Za-z]{1,2})(?P<deeper>(?:\.\d{1,3})*)[.):]?"
    r"\s+(?P<text>\S.*)",
    r"(?P<number>\d{1,4})(?P<deeper>(?:\.\d{1,3})+)[.):]?\s+(?P<text>\S.*)",
    r"\(?(?P<number>\d{1,4})\s*[.):]\s+(?P<text>\S.*)",
    r"\(?(?P<letter>[a-z])\s*[.)]\s+(?P<text>\S.*)",
))
_LETTER = re.compile(r"[a-z]")  # a sub-question's own letter, as in `a.`
_DIGITS = re.compile(r"\d{1,4}")
_SUB_BY_LETTERS = re.compile(r"(?P<parent>.*\d)[A-Za-z]{1,2}")  # 8a under 8
_SUB_BY_NUMBER = re.compile(r"(?P<parent>.+)\.\d{1,3}")  # 8a.1 under 8a, 8.1 under 8
_JOINED = re.compile(r"(?P<number>\d{1,4})[\s.]*(?P<letters>[A-Za-z]{1,2})")


def clean(text: str | None) -> str:
    """A cell's or paragraph's text as one line: white space collapsed."""
    return " ".join(text.split()) if text else ""


def clean_key(cell: str | None) -> str:
    """A key as a file spells it, as the template keeps it: `8a.` and `8 a)` are 8a, `(a)`
    is a; other keys as written."""
    key = clean(cell).lstrip("(").rstrip(".):").strip()
    joined = _JOINED.fullmatch(key)
    if joined:
        return joined["number"] + joined["letters"]
    return key


def split_number(text: str) -> tuple[str | None, str]:
    """A number typed before the text, and the text after it (`8a. Framgår …` → 8a,
    `Framgår …`); (None, text) when it starts with none. A bare number or letter counts only
    with its `.` or `)`, so "3 av 10 …" keeps its 3."""
    for pattern in _TYPED:
        match = pattern.fullmatch(text)
        if match is not None:
            parts = match.groupdict()
            key = parts.get("letter") or (parts["number"] + (parts.get("letters") or "")
                                          + (parts.get("deeper") or ""))
            return key, match["text"]
    return None, text


def build_template(entries: Sequence[Entry], *, name: str, source: str, parent_column: bool,
                   allow_identity: bool, problems: Sequence[str] = ()) -> Template:
    """The template the entries make; TemplateError with every problem (those found while
    reading, `problems`, and the template's own), each named by its place in the file.

    With a Parent column, it alone says which question is a sub-question and keys are read
    as written; without one the numbering says it (see `_parents`)."""
    refuse_too_many(len(entries), source)
    found = list(problems)
    if not entries:
        raise TemplateError(source, [*found, _("the file holds no questions")])
    template = Template(name=clean(name), questions=tuple(_questions(entries, parent_column)))
    for problem in [*size_problems(template),
                    *template_problems(template, allow_identity=allow_identity)]:
        found.append(problem.message if problem.index is None
                     else f"{entries[problem.index].place}: {problem.message}")
    if found:
        raise TemplateError(source, found)
    return template


def _questions(entries: Sequence[Entry], parent_column: bool) -> list[Question]:
    keys: list[str] = []
    parents: list[int | str | None] = []
    placeholders: list[Question] = []  # the list's shape, for `auto_keys`
    index_of: dict[str, int] = {}
    for index, entry in enumerate(entries):
        parent, key = _parent(entry, parent_column, index_of, keys, parents, entries[:index])
        above = parent if isinstance(parent, int) else index_of.get(parent or "")
        placeholders.append(Question(key=f"#{index}", text="",
                                     parent=None if above is None else f"#{above}"))
        if key is None:
            # Numbered as `auto_keys` numbers the list, under the parent's own key.
            numbers = auto_keys(placeholders)
            key = (keys[above] + numbers[index][len(numbers[above]):] if above is not None
                   else numbers[index])
        keys.append(key)
        parents.append(parent)
        index_of.setdefault(key, index)
    return [Question(key=keys[index], text=entry.text, footnote=entry.criterion or None,
                     finding=entry.finding or None,
                     parent=keys[parent] if isinstance(parent, int) else parent)
            for index, (entry, parent) in enumerate(zip(entries, parents, strict=True))]


def _parent(entry: Entry, parent_column: bool, index_of: dict[str, int], keys: list[str],
            parents: list[int | str | None], earlier: Sequence[Entry]
            ) -> tuple[int | str | None, str | None]:
    """The entry's parent (an earlier entry's index, or a key a Parent column names) and its
    key (None: to be numbered).

    Without a Parent column: a lone letter (`a.`) belongs to the nearest numbered question
    above and is keyed after it (`8a`); a key such as `8a` or `8.1` belongs to the question
    `8` above it; a Word list's deeper level to the nearest question above on a shallower
    level."""
    key = entry.key
    if parent_column:
        return (entry.parent or None), key
    if key is not None and _LETTER.fullmatch(key):
        main = next((i for i in range(len(keys) - 1, -1, -1)
                     if parents[i] is None and _DIGITS.fullmatch(keys[i])), None)
        if main is not None:
            return main, keys[main] + key
        return None, key
    if key is not None:
        match = _SUB_BY_LETTERS.fullmatch(key) or _SUB_BY_NUMBER.fullmatch(key)
        if match and match["parent"] in index_of:
            return index_of[match["parent"]], key
    if entry.level:
        levels = _levels(earlier, parents)
        above = next((i for i in range(len(earlier) - 1, -1, -1)
                      if levels[i] < entry.level), None)
        return above, key
    return None, key


def _levels(entries: Sequence[Entry], parents: list[int | str | None]) -> list[int]:
    """Each entry's level: a Word list's own, else one below its parent's."""
    levels: list[int] = []
    for entry, parent in zip(entries, parents, strict=True):
        if entry.level is not None:
            levels.append(entry.level)
        else:
            levels.append(levels[parent] + 1 if isinstance(parent, int) else 0)
    return levels
