"""A template changed during a review, as changes of its questions: which questions get a
new state (added, reworded, moved, removed, brought back), each state whole.

Pure values (no store): `review.change_template` reads the template's current states,
plans here, and records the plan as template events in one transaction. The rules:
- a question is its key: a key the project knows (a removed question's too) is that
  question, brought back if removed; an unknown key is a new question, which keeps a key
  made by `templates.new_key` and otherwise gets one (its key the printed number it asked
  for), so two copies each adding "question 9" add two questions;
- order is a sort key per question: the questions whose order did not change keep theirs
  (the longest run in order), the others get keys between their new neighbours', so two
  copies moving different questions merge to the same order either way;
- a printed number is automatic unless the auditor typed one (`label`): a label unchanged
  from what the template showed keeps what it was, and one equal to the number the
  question gets anyway is not typed (`templates.printed_keys`).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, replace

from reviewer.i18n import _
from reviewer.model import Question, QuestionState, Template
from reviewer.templates import descendants, is_new_key, new_key, printed_keys


@dataclass(frozen=True)
class Planned:
    """The questions whose state changes, each with its whole new state, in the new order
    (the removed ones last); `keys` maps the new template's keys to the ones stored (a new
    question's key is made here unless `templates.new_key` made it)."""

    states: tuple[QuestionState, ...]
    keys: Mapping[str, str]  # key in the template given → key stored

    @property
    def changed(self) -> frozenset[str]:
        return frozenset(s.key for s in self.states)


def plan(current: Template, states: Mapping[str, QuestionState],
         new: Template) -> Planned:
    """The states to record so the project's template reads as `new`. `current` is the
    template as read now, `states` every question's current state (removed ones too)."""
    keys = {q.key: q.key if q.key in states or is_new_key(q.key) else new_key()
            for q in new.questions}
    questions = [replace(q, key=keys[q.key],
                         parent=keys.get(q.parent, q.parent) if q.parent else None)
                 for q in new.questions]
    positions = _positions([states[q.key].position if q.key in states else None
                            for q in questions],
                           [q.key for q in questions])
    shown = {q.key: q.printed_key for q in current.questions}
    # A sub-question whose parent another copy removed (or moved after it) reads as a main
    # question; given so again it keeps its own parent, which comes back with the parent.
    parents = {q.key: q.parent for q in current.questions}
    questions = [replace(q, parent=states[q.key].parent)
                 if q.key in parents and q.parent == parents[q.key] else q
                 for q in questions]
    typed = {q.key: _typed(given, states.get(q.key), shown.get(q.key))
             for q, given in zip(questions, new.questions, strict=True)}
    labels: dict[str, str | None] = {}

    def own(question: Question, number: str) -> str | None:
        # A typed number that is the one the question gets anyway is no number of its own.
        labels[question.key] = None if typed[question.key] == number else typed[question.key]
        return labels[question.key]

    printed_keys(questions, own)
    wanted: list[QuestionState] = []
    for question, position in zip(questions, positions, strict=True):
        before = states.get(question.key)
        state = QuestionState(
            key=question.key, text=question.text, footnote=question.footnote or None,
            finding=question.finding or None, parent=question.parent, position=position,
            label=labels[question.key])
        if state != before:
            wanted.append(state)
    kept = {q.key for q in questions}
    wanted += [replace(states[q.key], removed=True) for q in current.questions
               if q.key not in kept]
    return Planned(states=tuple(wanted), keys=keys)


def after(states: Mapping[str, QuestionState], planned: Planned,
          detached: Set[str] = frozenset()) -> list[QuestionState]:
    """The questions in the template once `planned` is recorded, in order; those of
    `detached` (sub-questions that read as main questions, their parent removed or after
    them) read so still while their parent is not back before them."""
    merged = {**states, **{s.key: s for s in planned.states}}
    result = sorted((s for s in merged.values() if not s.removed),
                    key=lambda s: (s.position, s.key))
    seen: set[str] = set()
    for index, state in enumerate(result):
        if state.key in detached and state.parent is not None and state.parent not in seen:
            result[index] = replace(state, parent=None)
        seen.add(state.key)
    return result


def as_printed(states: Sequence[QuestionState]) -> list[Question]:
    """Questions in this order under the numbers they print (typed, or automatic): what
    the auditor sees, to name them in a problem."""
    numbers = printed_keys([Question(key=s.key, text=s.text, parent=s.parent, label=s.label)
                            for s in states])
    printed = {s.key: number for s, number in zip(states, numbers, strict=True)}
    return [Question(key=printed[s.key], text=s.text, footnote=s.footnote, finding=s.finding,
                     parent=printed.get(s.parent, s.parent) if s.parent else None)
            for s in states]


def _typed(given: Question, before: QuestionState | None, shown: str | None) -> str | None:
    """The printed number the auditor typed for a question, or None: of a new question
    its label, else its key unless made by `new_key`; of a question the template holds a
    label changed from what it showed, else the number it had typed before."""
    if before is None:
        return given.label or (None if is_new_key(given.key) or not given.key
                               else given.key)
    if given.label is None or given.label == shown:
        return before.label
    return given.label


def _positions(known: Sequence[float | None], keys: Sequence[str]) -> list[float]:
    """Sort keys for questions in this order: a known key is kept where the longest run of
    known keys in order allows, every other one goes between its neighbours; if floating
    point has no room left there, every question is numbered anew 0, 1, 2, …"""
    keep = _longest_in_order([(p, k) if p is not None else None
                              for p, k in zip(known, keys, strict=True)])
    result: list[float | None] = [known[i] if i in keep else None for i in range(len(keys))]
    i = 0
    while i < len(result):
        if result[i] is not None:
            i += 1
            continue
        end = i
        while end < len(result) and result[end] is None:
            end += 1
        low, high, count = (result[i - 1] if i else None), (
            result[end] if end < len(result) else None), end - i
        for n in range(count):
            if low is None and high is None:
                result[i + n] = float(i + n)
            elif low is None:
                assert high is not None
                result[i + n] = high - (count - n)
            elif high is None:
                result[i + n] = low + n + 1
            else:
                result[i + n] = low + (high - low) * (n + 1) / (count + 1)
        i = end
    final = [p for p in result if p is not None]
    # The template reads in the order of (sort key, key): copies that put two questions at
    # one place leave equal sort keys, which read in the order of their keys.
    pairs = list(zip(final, keys, strict=True))
    if any(b <= a for a, b in itertools.pairwise(pairs)):
        return [float(n) for n in range(len(keys))]
    return final


def _longest_in_order(items: Sequence[tuple[float, str] | None]) -> set[int]:
    """Indexes of a longest strictly increasing run (not necessarily adjacent) of the known
    items; on a tie, the earliest."""
    tails: list[tuple[float, str]] = []
    tail_index: list[int] = []
    previous: dict[int, int | None] = {}
    for i, item in enumerate(items):
        if item is None:
            continue
        at = bisect.bisect_left(tails, item)
        previous[i] = tail_index[at - 1] if at else None
        if at == len(tails):
            tails.append(item)
            tail_index.append(i)
        else:
            tails[at], tail_index[at] = item, i
    chosen: set[int] = set()
    index = tail_index[-1] if tail_index else None
    while index is not None:
        chosen.add(index)
        index = previous[index]
    return chosen


# -- the small changes, as a new template ------------------------------------------------


def block(template: Template, key: str) -> list[Question]:
    """A question with its sub-questions at any depth, in template order."""
    below = set(descendants(template, key))
    return [q for q in template.questions if q.key == key or q.key in below]


def insert_at(questions: Sequence[Question], moved: Sequence[Question],
              after: str | None, parent: str | None) -> tuple[Question, ...]:
    """`moved` put into `questions` (which lack them): at the start when `after` is None,
    else after the question `after`: right after it when it is their new parent, otherwise
    after its sub-questions too."""
    rest = list(questions)
    if after is None:
        return (*moved, *rest)
    below = set() if after == parent else set(
        descendants(Template(name="", questions=tuple(rest)), after))
    index = max(i for i, q in enumerate(rest) if q.key == after or q.key in below)
    return (*rest[:index + 1], *moved, *rest[index + 1:])


def state_text(state: QuestionState) -> str:
    """A question's state as one line: its text, criterion and finding; removed or not."""
    parts = [state.text]
    if state.footnote:
        parts.append(_("criterion: {text}", text=state.footnote))
    if state.finding:
        parts.append(_("finding: {text}", text=state.finding))
    line = " – ".join(parts)
    return _("(removed) {text}", text=line) if state.removed else line
