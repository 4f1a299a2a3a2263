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
from tests.conftest import AUTHOR

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
        assert len(reopened.events()) >= ROUNDS
