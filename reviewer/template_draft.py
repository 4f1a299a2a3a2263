"""A template while the auditor edits it: questions in order with their place in the tree,
the printed numbers (automatic unless the auditor typed one), and the edits the template
editor offers (add, remove, move, indent, outdent), each giving a new draft.

No Qt here: the editor's item model is a thin view over a `Draft`, and undo keeps drafts.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from functools import cached_property

from reviewer.i18n import _
from reviewer.model import Question, Template
from reviewer.templates import TemplateProblem, auto_keys, template_problems

# The fields a row of the editor shows, in its column order.
FIELDS = ("number", "text", "footnote", "finding")


def new_key() -> str:
    """A key for a question the auditor adds: unique for good, whatever its number."""
    return "q" + uuid.uuid4().hex[:8]


@dataclass(frozen=True)
class DraftQuestion:
    key: str  # the question's identity: never changed for an existing question
    text: str = ""
    footnote: str = ""  # the criterion, printed as a footnote on the question
    finding: str = ""
    parent: str | None = None  # the key of the question it is a sub-question of
    number: str = ""  # the printed number the auditor typed; "" numbers it automatically


@dataclass(frozen=True)
class Draft:
    """`new`: a template no project holds yet (the wizard, the library); saving it makes
    each question's printed number its key. Otherwise (a project's template) keys stay and
    a number that differs from the key is kept as the question's label."""

    name: str
    questions: tuple[DraftQuestion, ...]
    new: bool = True

    @classmethod
    def of(cls, template: Template, *, new: bool = True) -> Draft:
        """A template to edit. A printed number that is not what the published numbering
        gives at its place is the auditor's own and is kept when questions move."""
        automatic = auto_keys(template.questions)
        return cls(name=template.name, new=new, questions=tuple(
            DraftQuestion(key=q.key, text=q.text, footnote=q.footnote or "",
                          finding=q.finding or "", parent=q.parent,
                          number="" if q.printed_key == auto else q.printed_key)
            for q, auto in zip(template.questions, automatic, strict=True)))

    # -- reading ---------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.questions)

    @cached_property
    def numbers(self) -> tuple[str, ...]:
        """Each question's printed number, in order."""
        return tuple(auto_keys(self._bare(), given={
            q.key: q.number for q in self.questions if q.number}))

    @cached_property
    def depths(self) -> tuple[int, ...]:
        """0 for a main question, 1 for its sub-question, and so on; a parent that is not
        above its child counts as none (as the numbering reads it)."""
        depth: dict[str, int] = {}
        for q in self.questions:
            depth[q.key] = depth[q.parent] + 1 if q.parent in depth else 0
        return tuple(depth[q.key] for q in self.questions)

    @cached_property
    def _index(self) -> dict[str, int]:
        return {q.key: i for i, q in enumerate(self.questions)}

    def _bare(self) -> list[Question]:
        return [Question(key=q.key, text=q.text, parent=q.parent) for q in self.questions]

    def automatic_number(self, index: int) -> str:
        """The number the question would have if the auditor had typed none."""
        given = {q.key: q.number for i, q in enumerate(self.questions)
                 if q.number and i != index}
        return auto_keys(self._bare(), given=given)[index]

    def _is_below(self, index: int, key: str) -> bool:
        """Whether the question at `index` is a sub-question of `key` at any depth."""
        parent, seen = self.questions[index].parent, set()
        while parent is not None and parent not in seen:
            if parent == key:
                return True
            seen.add(parent)
            found = self._index.get(parent)
            parent = None if found is None else self.questions[found].parent
        return False

    def block(self, index: int) -> range:
        """The question and the sub-questions right under it: what moves with it."""
        key = self.questions[index].key
        end = index + 1
        while end < len(self.questions) and self._is_below(end, key):
            end += 1
        return range(index, end)

    def _previous_sibling(self, index: int) -> int | None:
        parent = self.questions[index].parent
        for before in range(index - 1, -1, -1):
            if self.questions[before].parent == parent:
                return before if self.block(before).stop == index else None
        return None

    def _next_sibling(self, index: int) -> int | None:
        after = self.block(index).stop
        if after < len(self.questions) and \
                self.questions[after].parent == self.questions[index].parent:
            return after
        return None

    # -- the edits: each gives a new draft and the row the cursor goes to ----------------

    def _with(self, questions: list[DraftQuestion] | tuple[DraftQuestion, ...]) -> Draft:
        return replace(self, questions=tuple(questions))

    def with_name(self, name: str) -> Draft:
        return replace(self, name=" ".join(name.split()))

    def with_field(self, index: int, field: str, value: str) -> Draft:
        """A field of one question set; a number that is what the numbering gives at its
        place (or none) numbers the question automatically again."""
        value = " ".join(value.split())
        if field == "number" and value == self.automatic_number(index):
            value = ""
        questions = list(self.questions)
        questions[index] = replace(questions[index], **{field: value})
        return self._with(questions)

    def add(self, after: int | None) -> tuple[Draft, int]:
        """A new, empty question after the one at `after` and its sub-questions, at its
        level (or at the end when `after` is None)."""
        if after is None or not self.questions:
            place, parent = len(self.questions), None
        else:
            place, parent = self.block(after).stop, self.questions[after].parent
        questions = list(self.questions)
        questions.insert(place, DraftQuestion(key=new_key(), parent=parent))
        return self._with(questions), place

    def remove(self, index: int) -> tuple[Draft, int]:
        """The question and its sub-questions taken out; how many went."""
        block = self.block(index)
        return self._with(self.questions[:block.start] + self.questions[block.stop:]), \
            len(block)

    def move(self, index: int, step: int) -> tuple[Draft, int] | None:
        """The question with its sub-questions one place up (-1) or down (+1) among the
        questions at its level; None at the end of its level."""
        if step > 0:
            following = self._next_sibling(index)
            if following is None:
                return None
            moved = self.move(following, -1)
            assert moved is not None
            return moved[0], moved[1] + len(self.block(following))
        previous = self._previous_sibling(index)
        if previous is None:
            return None
        block = self.block(index)
        questions = self.questions
        return self._with(questions[:previous] + questions[block.start:block.stop]
                          + questions[previous:block.start] + questions[block.stop:]), previous

    def indent(self, index: int) -> tuple[Draft, int] | None:
        """The question becomes the last sub-question of the question above it at its
        level; None when there is none."""
        previous = self._previous_sibling(index)
        if previous is None:
            return None
        questions = list(self.questions)
        questions[index] = replace(questions[index], parent=questions[previous].key)
        return self._with(questions), index

    def outdent(self, index: int) -> tuple[Draft, int] | None:
        """The sub-question becomes a question at its parent's level, right after the
        parent and its other sub-questions; None for a main question."""
        parent = self._index.get(self.questions[index].parent or "")
        if parent is None:
            return None
        block = self.block(index)
        moved = [replace(self.questions[index], parent=self.questions[parent].parent),
                 *self.questions[block.start + 1:block.stop]]
        rest = list(self.questions[:block.start] + self.questions[block.stop:])
        place = self.block(parent).stop - len(block)
        return self._with(rest[:place] + moved + rest[place:]), place

    # -- the result ------------------------------------------------------------------------

    def printed(self) -> Template:
        """The template as it prints: each question keyed by its printed number."""
        numbers = {q.key: n for q, n in zip(self.questions, self.numbers, strict=True)}
        return Template(name=self.name, questions=tuple(
            Question(key=number, text=q.text, footnote=q.footnote or None,
                     finding=q.finding or None,
                     parent=None if q.parent is None else numbers.get(q.parent, q.parent))
            for q, number in zip(self.questions, self.numbers, strict=True)))

    def template(self) -> Template:
        """What the editor gives back (see the class)."""
        if self.new:
            return self.printed()
        return Template(name=self.name, questions=tuple(
            Question(key=q.key, text=q.text, footnote=q.footnote or None,
                     finding=q.finding or None, parent=q.parent,
                     label=None if number == q.key else number)
            for q, number in zip(self.questions, self.numbers, strict=True)))

    def problems(self) -> list[TemplateProblem]:
        """Every problem, where it is (the row and the field), as the auditor reads the
        template: a duplicate is of printed numbers."""
        problems = template_problems(self.printed())
        if not self.questions:
            problems.insert(0, TemplateProblem(None, "questions",
                                               _("the template has no questions")))
        return problems
