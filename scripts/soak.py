"""A long adversarial run: writers killed at random moments, and damaged project files
tried with every command. Prints what it tried and what went wrong; the figures go in the
README. Exit 1 when anything was lost, changed or crashed.

    .venv/bin/python scripts/soak.py [--kills 200] [--fuzz 5000] [--seed 7]

A killed writer has just closed a stray descriptor on its file (as a file dialog does) and
a reader in another process has read the file meanwhile (issue 10, §1); after the kill the
file must open and hold every answer the writer confirmed. A damaged file must be refused
by every command with exit 2 and one message, or read as before if no check sees the
damage, and never changed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reviewer import review  # noqa: E402
from reviewer.model import Code  # noqa: E402
from reviewer.project import Project  # noqa: E402
from reviewer.templates import builtin_template  # noqa: E402

WRITER = """
import json, os, subprocess, sys
from pathlib import Path
from typing import Any
from reviewer import review
from reviewer.model import Code
from reviewer.project import Project

path, start = Path(sys.argv[1]), int(sys.argv[2])
project = Project.open(path)
files = [f for u in project.units() for f in project.case_files(u.id)]
keys = [q.key for q in project.template.questions if q.parent is None]
codes = [Code.JA, Code.NEJ]
step = start
while True:
    if step % 7 == 0:
        open(path, "rb").close()  # drops this process's POSIX locks on the file
        subprocess.run([sys.executable, "-m", "reviewer", "status", str(path)],
                       capture_output=True)
    case_file = files[step % len(files)]
    key = keys[(step // len(files)) % len(keys)]
    code = codes[step % 2]
    review.set_answer(project, case_file.id, key, code, author="Soak")
    print(json.dumps([case_file.id, key, code.value, step]), flush=True)
    step += 1
"""


def kills(folder: Path, rounds: int, rng: random.Random) -> dict[str, int]:
    path = folder / "kills.aktg"
    with review.create_project(path, title="Soak", template=builtin_template()) as project:
        review.add_unit(project, "Torsby kommun", files=10)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    confirmed_total = lost = unopenable = 0
    step = 0
    for _round in range(rounds):
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(step)],
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                 text=True, env=env)
        assert child.stdout is not None
        wanted = rng.randint(1, 12)
        confirmed: list[list[Any]] = []
        deadline = time.monotonic() + 60
        while len(confirmed) < wanted and time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            confirmed.append(json.loads(line))
        time.sleep(rng.random() * 0.02)  # somewhere in the next write, or between two
        child.send_signal(signal.SIGKILL)
        child.wait()
        confirmed_total += len(confirmed)
        try:
            with Project.open(path) as reopened:
                for case_file_id, key, code, _step in confirmed:
                    history = [e.answer.code for e in reopened.history(case_file_id, key)]
                    lost += Code(code) not in history
        except Exception as exc:  # counted, and the run fails
            unopenable += 1
            print(f"  unopenable after a kill: {type(exc).__name__}: {exc}", file=sys.stderr)
        if confirmed:
            step = confirmed[-1][3] + 1
    return {"writer kills": rounds, "confirmed answers": confirmed_total,
            "answers lost": lost, "unopenable after a kill": unopenable}


def _random_damage(path: Path, rng: random.Random) -> str:
    from tests.damage import KINDS, damage

    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    choice = rng.randrange(5)
    if choice == 0:
        kind = rng.choice(sorted(KINDS))
        damage(path, kind)
        return kind
    if choice == 1:
        start = rng.randrange(len(data) // page) * page
        data[start:start + page] = bytes(page)
        path.write_bytes(bytes(data))
        return "a page zeroed"
    if choice == 2:
        for _ in range(rng.randint(1, 64)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(data))
        return "bits flipped"
    if choice == 3:
        path.write_bytes(bytes(data[:rng.randrange(len(data))]))
        return "cut"
    start = rng.randrange(100, len(data))
    data[start:start + rng.randint(1, 400)] = rng.randbytes(rng.randint(1, 400))
    path.write_bytes(bytes(data))
    return "bytes overwritten"


def _tell(kind: str, command: list[str], what: str) -> None:
    print(f"  {kind} / {command[0]}: {what.strip()}", file=sys.stderr)


def damaged_files(folder: Path, runs: int, rng: random.Random) -> dict[str, int]:
    import contextlib
    import io

    from reviewer.cli import main

    good = folder / "good.aktg"
    with contextlib.redirect_stdout(io.StringIO()):
        main(["demo", str(good)])
    commands = [
        lambda p: ["summary", str(p)], lambda p: ["status", str(p)],
        lambda p: ["check", str(p)],
        lambda p: ["set", str(p), "--unit", "Torsby kommun", "--file", "2", "--question",
                   "1", "Nej"],
        lambda p: ["report", str(p), "--format", "csv", "--out", str(p.with_suffix(".csv"))],
        lambda p: ["export", str(p), "--out", str(p.with_suffix(".aktgx"))],
        lambda p: ["history", str(p), "--unit", "Torsby kommun", "--file", "2",
                   "--question", "1"],
    ]
    tracebacks = changed = refused = read = 0
    for run in range(runs):
        case = folder / f"case{run % 50}"
        shutil.rmtree(case, ignore_errors=True)
        case.mkdir()
        path = case / "p.aktg"
        shutil.copy(good, path)
        kind = _random_damage(path, rng)
        before = {f.name: f.read_bytes() for f in case.iterdir()}
        out, err = io.StringIO(), io.StringIO()
        command = rng.choice(commands)(path)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                check_code = main(["check", str(path)])
                code = main(command)
        except BaseException as exc:  # a traceback: counted, and the run fails
            tracebacks += 1

            _tell(kind, command, "".join(traceback.format_exception(exc)[-4:]))
            continue
        if "oförutsett" in err.getvalue():
            tracebacks += 1
            _tell(kind, command, err.getvalue())
        after = {f.name: f.read_bytes() for f in case.iterdir()}
        if check_code != 0:
            refused += 1
            if after != before or code != 2:
                changed += 1
                differ = sorted(n for n in set(before) | set(after)
                                if before.get(n) != after.get(n))
                _tell(kind, command, f"exit {code}, changed {differ} {err.getvalue()[-300:]}")
        else:
            read += 1
    return {"damaged-file runs": runs, "refused": refused, "read as before": read,
            "tracebacks": tracebacks, "changed or not refused": changed}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--fuzz", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    started = time.monotonic()
    figures: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as name:
        os.environ["AKTG_DATA"] = str(Path(name) / "data")
        figures |= kills(Path(name), args.kills, rng)
        figures |= damaged_files(Path(name), args.fuzz, rng)
    for label, value in figures.items():
        print(f"{label}: {value:,}")
    print(f"time: {time.monotonic() - started:.0f} s")
    bad = (figures["answers lost"] + figures["unopenable after a kill"]
           + figures["tracebacks"] + figures["changed or not refused"])
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
