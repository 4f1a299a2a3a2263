"""The Summa of a row under a convention, the finding sentence, and a unit's counts.

Plain values: `grid.py` computes them, summaries, reports and panes show them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from reviewer.model import Code, Convention, FileStatus, Question, Unit


@dataclass(frozen=True)
class Summa:
    numerator: int
    denominator: int

    @property
    def share(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None

    @classmethod
    def total(cls, parts: Iterable[Summa]) -> Summa:
        """The Summa of several units' rows together."""
        parts = list(parts)
        return cls(sum(p.numerator for p in parts), sum(p.denominator for p in parts))

    def text(self, *, percent: bool = False) -> str:
        base = f"{self.numerator}/{self.denominator}"
        if percent and self.share is not None:
            return f"{base} ({round(100 * self.share)} %)"
        return base


def summa_of(ja: int, eb: int, et: int, files: int, convention: Convention) -> Summa:
    """The Summa of one row: Ja over the case files the convention counts (each is
    described at `Convention`)."""
    if convention is Convention.ALL:
        return Summa(ja, files)
    if convention is Convention.APPLICABLE:
        return Summa(ja, files - et)
    return Summa(ja, files - eb - et)


# The sentence frame is report text in the template's language (the published form is
# Swedish), not interface text: it does not follow the interface language.
FINDING_FORMAT = "I {x} av {n} akter {phrase}."


def finding_sentence(phrase: str, summa: Summa) -> str:
    return FINDING_FORMAT.format(x=summa.numerator, n=summa.denominator, phrase=phrase)


class StatusCounts(Mapping[FileStatus, int]):
    """How many case files are in each status; `done` counts the complete and the signed
    off, the files a report no longer waits for."""

    def __init__(self, statuses: Iterable[FileStatus] = ()) -> None:
        self._counts = Counter(statuses)

    def __getitem__(self, status: FileStatus) -> int:
        return self._counts[status]

    def __iter__(self) -> Iterator[FileStatus]:
        return iter(FileStatus)

    def __len__(self) -> int:
        return len(FileStatus)

    def __repr__(self) -> str:
        return f"StatusCounts({dict(self)})"

    @property
    def files(self) -> int:
        return sum(self._counts.values())

    @property
    def done(self) -> int:
        return self._counts[FileStatus.COMPLETE] + self._counts[FileStatus.SIGNED_OFF]


@dataclass(frozen=True)
class QuestionSummary:
    key: str  # as printed (`Question.printed_key`)
    text: str
    ja: int
    nej: int
    eb: int
    et: int  # derived Et included
    unanswered: int
    missing_reasons: int
    summa: Summa
    finding: str | None  # the "I x av n akter …" sentence, if the question has a phrase

    def count(self, code: Code) -> int:
        return {Code.JA: self.ja, Code.NEJ: self.nej, Code.EB: self.eb, Code.ET: self.et}[code]


def question_summary(question: Question, *, ja: int, nej: int, eb: int, et: int,
                     unanswered: int, missing_reasons: int, files: int,
                     convention: Convention) -> QuestionSummary:
    """A row's counts with its Summa, and its finding once there is a case file to count."""
    summa = summa_of(ja, eb, et, files, convention)
    finding = (finding_sentence(question.finding, summa)
               if question.finding and summa.denominator else None)
    return QuestionSummary(key=question.printed_key, text=question.text, ja=ja, nej=nej, eb=eb,
                           et=et, unanswered=unanswered, missing_reasons=missing_reasons,
                           summa=summa, finding=finding)


@dataclass(frozen=True)
class UnitSummary:
    unit: Unit
    files: int
    questions: tuple[QuestionSummary, ...]
    status_counts: StatusCounts

    @property
    def findings(self) -> list[str]:
        return [q.finding for q in self.questions if q.finding]

    @property
    def done(self) -> int:
        """Case files complete or signed off."""
        return self.status_counts.done

    @property
    def complete(self) -> bool:
        return self.done == self.files

    @property
    def missing_reasons(self) -> int:
        """Eb and Et answers that still lack their reason."""
        return sum(q.missing_reasons for q in self.questions)
