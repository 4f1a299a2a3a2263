"""The Qt binding keeps Python's reference counts: PySide6 6.12.0 dropped one reference
to True on every signal emit and one to None on every thread-pool run, and the app aborted
after a few thousand answers. pyproject.toml keeps that version out; this proves it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Sender(QObject):
    changed = Signal(object)


class _Job(QRunnable):
    def run(self) -> None:
        pass


def test_emitting_a_signal_keeps_the_count_of_true() -> None:
    sender = _Sender()
    received: list[object] = []
    sender.changed.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(500):
        sender.changed.emit(1)
    received.clear()
    assert abs(sys.getrefcount(True) - before) < 50


def test_thread_pool_runs_keep_the_count_of_none() -> None:
    pool = QThreadPool.globalInstance()
    before = sys.getrefcount(None)
    for _ in range(500):
        pool.start(_Job())
    pool.waitForDone()
    assert abs(sys.getrefcount(None) - before) < 50
