"""The sub-question rule: a question whose parent is not Ja reads as a derived Et."""

from __future__ import annotations

from collections.abc import Mapping

from reviewer.model import UNANSWERED, Answer, Cell, Code, Template
from reviewer.templates import ancestors

DERIVED_ET = Cell(answer=Answer(code=Code.ET), derived=True)


def effective_cells(template: Template, stored: Mapping[str, Cell]) -> dict[str, Cell]:
    """Every question's cell as it reads, in template order.

    A sub-question applies only when its parent reads Ja; otherwise it is a derived Et whose
    own stored answer (if any) is kept but hidden, so it comes back when the parent turns Ja.
    """
    codes = {key: cell.code for key, cell in stored.items()}
    return {q.key: DERIVED_ET if is_derived(template, q.key, codes)
            else stored.get(q.key, Cell(answer=UNANSWERED)) for q in template.questions}


def is_derived(template: Template, key: str, codes: Mapping[str, Code | None]) -> bool:
    """Whether `key` reads as a derived Et, given the stored codes of its ancestors: its
    parent reads Ja only if the parent is stored Ja and applies itself, and so on up."""
    return any(codes.get(parent) is not Code.JA for parent in ancestors(template, key))


def is_complete(cell: Cell) -> bool:
    return cell.derived or (cell.code is not None and not cell.missing_reason)
