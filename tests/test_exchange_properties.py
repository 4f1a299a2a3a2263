"""Properties of merging (hypothesis): two copies edited at random, merged in both orders and
twice, agree, lose no event, and flag exactly the cells edited on both sides since they
parted to different values; and mutated packages (thousands of them) are refused with the
project's own error or bring nothing new, never changing the project."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer import review
from reviewer.errors import OperationError, ReviewerError
from reviewer.exchange import export_package, import_package, merge_package
from reviewer.model import Code
from reviewer.project import Project
from reviewer.templates import builtin_template
from tests.conftest import audit_trail
from tests.test_exchange import content, state

TEMPLATE = builtin_template()
FILES = 3
Edit = tuple[int, str, Code | None, bool]  # case file, question, code, with a reason
EDITS = st.lists(st.tuples(st.integers(0, FILES - 1), st.sampled_from(TEMPLATE.keys),
                           st.sampled_from([Code.JA, Code.NEJ, Code.EB, Code.ET, None]),
                           st.booleans()), max_size=25)


@contextmanager
def parted(common: list[Edit]) -> Iterator[tuple[Project, Project, Path]]:
    """A project with `common` edits, and a copy of it imported from a package."""
    folder = Path(tempfile.mkdtemp(prefix="aktg-merge-"))
    a = review.create_project(folder / "a.aktg", title="Gemensam", template=TEMPLATE,
                              units=[("Torsby kommun", FILES)])
    try:
        apply(a, common, "Anna")
        export_package(a, folder / "start.aktgx", author="Anna")
        import_package(folder / "start.aktgx", folder / "b.aktg", author="Bo")
        with Project.open(folder / "b.aktg") as b:
            yield a, b, folder
    finally:
        a.close()
        shutil.rmtree(folder, ignore_errors=True)


def apply(project: Project, edits: list[Edit], author: str) -> set[tuple[str, str]]:
    """Make the edits; the cells that got a new event."""
    files = [f.id for f in project.case_files(project.units()[0].id)]
    changed = set()
    for index, key, code, with_reason in edits:
        with contextlib.suppress(OperationError):  # a derived sub-question refuses
            changes = review.set_answer(
                project, files[index], key, code, author=author,
                reason=f"Skäl {author}" if with_reason and code in (Code.EB, Code.ET) else None)
            changed |= {(c.case_file_id, c.question_key) for c in changes.cells}
    return changed


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(common=EDITS, mine=EDITS, theirs=EDITS)
def test_merging_in_either_order_and_twice_agrees_and_flags_exactly_the_edits_apart(
        common: list[Edit], mine: list[Edit], theirs: list[Edit]) -> None:
    with parted(common) as (a, b, folder):
        edited_a = apply(a, mine, "Anna")
        edited_b = apply(b, theirs, "Bo")
        events = {e.id for e in audit_trail(a)} | {e.id for e in audit_trail(b)}
        # Edited on both sides to different values: the same value on both is no conflict.
        apart = {(f, k) for f, k in edited_a & edited_b
                 if a.stored_cells(f)[k].answer != b.stored_cells(f)[k].answer}
        export_package(a, folder / "a.aktgx", author="Anna")
        export_package(b, folder / "b.aktgx", author="Bo")
        merge_package(a, folder / "b.aktgx", author="Anna", keep_backups=0)
        merge_package(b, folder / "a.aktgx", author="Bo", keep_backups=0)
        assert state(a) == state(b)
        assert {e.id for e in audit_trail(a)} == events  # none lost, none made up
        assert {(c.case_file_id, c.question_key) for c in a.conflicts()} == apart
        twice = content(a.path)
        merge_package(a, folder / "b.aktgx", author="Anna", keep_backups=0)
        assert content(a.path) == twice


@contextmanager
def merged_target() -> Iterator[tuple[Project, bytes]]:
    """A project that already holds everything of a package: merging it changes nothing."""
    edits: list[Edit] = [(0, "1", Code.JA, False), (1, "2", Code.EB, True),
                         (2, "8", Code.JA, False), (2, "8a", Code.ET, True)]
    with parted(edits) as (a, b, folder):
        apply(b, [(0, "3", Code.NEJ, False), (1, "1", Code.JA, False)], "Bo")
        export_package(b, folder / "b.aktgx", author="Bo")
        merge_package(a, folder / "b.aktgx", author="Anna", keep_backups=0)
        yield a, (folder / "b.aktgx").read_bytes()


def mutate(data: bytes, draw: st.DataObject) -> bytes:
    if not data:
        return draw.draw(st.binary(min_size=1, max_size=16))
    kind = draw.draw(st.sampled_from(["flip", "cut", "insert", "overwrite"]))
    at = draw.draw(st.integers(0, len(data) - 1))
    if kind == "flip":
        return data[:at] + bytes([data[at] ^ draw.draw(st.integers(1, 255))]) + data[at + 1:]
    if kind == "cut":
        return data[:at]
    chunk = draw.draw(st.binary(min_size=1, max_size=16))
    if kind == "insert":
        return data[:at] + chunk + data[at:]
    return data[:at] + chunk + data[at + len(chunk):]


def test_mutated_packages_are_refused_or_harmless_and_never_change_the_project() -> None:
    with merged_target() as (target, package), tempfile.TemporaryDirectory() as scratch:
        before = content(target.path)
        path = Path(scratch) / "mutated.aktgx"
        outcomes: dict[str, int] = {}

        @settings(max_examples=2500, deadline=None, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
        @given(data=st.data())
        def fuzz(data: st.DataObject) -> None:
            mutated = package
            for _step in range(data.draw(st.integers(1, 3))):
                mutated = mutate(mutated, data)
            path.write_bytes(mutated)
            try:
                report = merge_package(target, path, author="Anna", keep_backups=0)
            except ReviewerError as exc:  # the project's own error type, nothing else
                outcomes[type(exc).__name__] = outcomes.get(type(exc).__name__, 0) + 1
            else:
                assert report.nothing_new
                outcomes["harmless"] = outcomes.get("harmless", 0) + 1
            assert content(target.path) == before

        fuzz()
        assert sum(outcomes.values()) >= 2000
        assert outcomes.get("DamagedPackageError", 0) > 1000  # most mutations break it
