"""Benchmark of opening the key list (kodnyckel) for a unit, beside bare AES-GCM.

A project with a unit of --files case files (default 100) whose key holds, per case file, a
case number, a personnummer, a team and a decision date. Timed in one run (median of
--rounds):
  - `keylist.open_key` in process: the lock row read, scrypt (the password to the data
    key), the unit's row read, AES-GCM decrypt, the entries parsed;
  - the bare baselines on the same bytes: AES-GCM decrypt alone (the data key known), and
    scrypt + AES-GCM decrypt (what any password-based open must do);
  - `reviewer key show` in a new process, imports included;
  - deleting the unit's key for good (overwrite, VACUUM, WAL truncated).
Run: .venv/bin/python -m benchmarks.bench_key [--files 100] [--rounds 20]
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from reviewer import keylist, review
from reviewer.exchange.crypto import decrypt, derive_key
from reviewer.project import Project
from reviewer.templates import builtin_template

PASSWORD = "bänk-lösen"


def timed(work: object) -> float:
    started = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - started


def build(folder: Path, files: int) -> Path:
    path = folder / "bench.aktg"
    with review.create_project(path, title="Bänk", template=builtin_template(),
                               units=[("Torsby kommun", files)]) as project:
        unit = project.units()[0]
        entries = [(f.id, {"Diarienummer": f"SOC/2023-{i:06d}",
                           "Personnummer": f"19{60 + i % 40:02d}0101-{i % 10000:04d}",
                           "Team": "Vuxen", "Beslutsdatum": "2023-04-01"})
                   for i, f in enumerate(project.case_files(unit.id))]
        keylist.store_drawn(project, unit.id, entries, PASSWORD)
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as folder_name:
        folder = Path(folder_name)
        os.environ["AKTG_DATA"] = str(folder / "data")
        path = build(folder, args.files)
        with sqlite3.connect(path) as connection:
            lock, = connection.execute("SELECT data FROM sealed WHERE id = 'lock'").fetchone()
            unit_id, blob = connection.execute(
                "SELECT id, data FROM sealed WHERE id != 'lock'").fetchone()
            project_id, = connection.execute(
                "SELECT value FROM meta WHERE key = 'project_id'").fetchone()
        connection.close()
        salt = base64.b64decode(json.loads(lock)["encryption"]["salt"])
        with Project.open(path, readonly=True) as project:
            keys = keylist.unlock(project, PASSWORD)
            data_key = keys._key  # the bench compares with the same key, known
            associated = f"aktg-keylist:{project_id}:{unit_id}".encode()
            opened, bare, bare_scrypt = [], [], []
            for _round in range(args.rounds):
                opened.append(timed(lambda p=project: keylist.open_key(p, unit_id, PASSWORD)))
                bare.append(timed(lambda: decrypt(data_key, blob, associated)))
                bare_scrypt.append(timed(lambda: (derive_key(PASSWORD, salt),
                                                  decrypt(data_key, blob, associated))))
            count = len(keylist.open_key(project, unit_id, PASSWORD))
        environment = {**os.environ, "AKTG_KEY_PASSWORD": PASSWORD}
        shown = [timed(lambda: subprocess.run(
            [sys.executable, "-m", "reviewer", "key", "show", str(path)], check=True,
            capture_output=True, env=environment)) for _round in range(5)]
        with Project.open(path) as project:
            deleted = timed(lambda: keylist.delete_key(project, unit_id))

    median = statistics.median
    print(f"machine: {platform.node()} {platform.machine()} {platform.python_version()}, "
          f"SQLite {sqlite3.sqlite_version}")
    print(f"unit: {args.files} case files, {count} key entries, sealed row {len(blob):,} bytes")
    print(f"open_key (lock, scrypt, row, AES-GCM, parse): median {median(opened) * 1000:.1f} "
          f"ms, max {max(opened) * 1000:.1f} ms")
    print(f"bare AES-GCM decrypt of the same bytes: median {median(bare) * 1e6:.0f} µs")
    print(f"bare scrypt + AES-GCM decrypt: median {median(bare_scrypt) * 1000:.1f} ms "
          f"(open_key is {median(opened) / median(bare_scrypt):.2f}× this)")
    print(f"`reviewer key show` in a new process: median {median(shown):.2f} s")
    print(f"deleting the unit's key for good: {deleted * 1000:.0f} ms")


if __name__ == "__main__":
    main()
