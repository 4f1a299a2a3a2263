"""Nothing lost: an answer whose `set` returned survives the process being killed at once."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
from multiprocessing.connection import Connection
from pathlib import Path

from reviewer import review
from reviewer.model import Code, Template
from reviewer.project import Project
from tests.conftest import AUTHOR, audit_trail

ROUNDS = 40
CODES = [Code.JA, Code.NEJ, Code.EB, Code.ET]


def _answer_until_killed(path: Path, start: int, channel: Connection) -> None:
    project = Project.open(path)
    (unit,) = project.units()
    files = project.case_files(unit.id)
    keys = [q.key for q in project.template.questions if q.parent is None]
    step = start
    while True:
        case_file = files[step % len(files)]
        key = keys[(step // len(files)) % len(keys)]
        code = CODES[step % len(CODES)]
        review.set_answer(project, case_file.id, key, code, author=AUTHOR)
        channel.send((case_file.id, key, code.value, step))  # sent only after set returned
        step += 1


def test_answer_survives_sigkill_right_after_set_returned(tmp_path: Path,
                                                          template: Template) -> None:
    path = tmp_path / "p.aktg"
    with review.create_project(path, title="Hållbarhet", template=template) as project:
        review.add_unit(project, "Torsby kommun", files=7)
    context = multiprocessing.get_context("fork")
    rng = random.Random(7)
    step = 0
    for _round in range(ROUNDS):
        receiver, sender = context.Pipe(duplex=False)
        child = context.Process(target=_answer_until_killed, args=(path, step, sender))
        child.start()
        sender.close()
        wanted = rng.randint(1, 4)
        confirmed = [receiver.recv() for _ in range(wanted)]
        assert child.pid is not None
        os.kill(child.pid, signal.SIGKILL)  # no clean-up, no checkpoint, no lock release
        child.join()
        receiver.close()
        with Project.open(path) as reopened:
            for case_file_id, key, code, _step in confirmed:
                # a later, unconfirmed write may have replaced it: then the history has it
                history = [e.answer.code for e in reopened.history(case_file_id, key)]
                assert Code(code) in history
            last_file, last_key, _code, last_step = confirmed[-1]
            cell = reopened.cells(last_file)[last_key]
            assert cell.code is not None
        step = last_step + 1
    with Project.open(path) as reopened:
        assert len(audit_trail(reopened)) >= ROUNDS


def _latest_wal_page(wal: bytes, page_size: int, page: int) -> bytes:
    """The newest copy of `page` in a WAL file (32-byte header, then frames of a 24-byte
    header and one page)."""
    found = b""
    frame = 24 + page_size
    for offset in range(32, len(wal) - frame + 1, frame):
        if int.from_bytes(wal[offset:offset + 4], "big") == page:
            found = wal[offset + 24:offset + frame]
    assert found, "page not in the WAL"
    return found


def test_a_crash_during_a_checkpoint_leaves_a_project_that_opens_whole(
        tmp_path: Path, template: Template) -> None:
    """The header page came from the WAL, the file had not grown yet: SQLite recovers it
    from the hot WAL, so the length check must not call it damaged first."""
    path = tmp_path / "p.aktg"
    with review.create_project(path, title="Hållbarhet", template=template) as project:
        review.add_unit(project, "Torsby kommun", files=3)
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    written: dict[tuple[str, str], Code] = {}
    with Project.open(path) as project:
        review.add_unit(project, "Eda kommun", files=30)
        for case_file in [f for u in project.units() for f in project.case_files(u.id)]:
            for i, question in enumerate(project.template.questions[:2]):
                code = CODES[(i + len(written)) % 2]  # Ja or Nej: no reason needed
                review.set_answer(project, case_file.id, question.key, code, author=AUTHOR)
                written[(case_file.id, question.key)] = code
        # The laptop dies now: the file and its hot WAL are what is left.
        for name in (path.name, path.name + "-wal"):
            (crashed / name).write_bytes((path.parent / name).read_bytes())
    copy = crashed / path.name
    data = copy.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    page_one = _latest_wal_page((crashed / (path.name + "-wal")).read_bytes(), page_size, 1)
    assert int.from_bytes(page_one[28:32], "big") * page_size > len(data)  # it grew
    copy.write_bytes(page_one + data[page_size:])  # checkpoint killed after page 1
    from reviewer.check import check_file

    assert check_file(copy).ok
    with Project.open(copy) as reopened:
        for (case_file_id, key), code in written.items():
            assert reopened.cells(case_file_id)[key].code is code
