"""Work off the UI thread (like Anki's QueryOp): a function runs in Qt's thread pool and
its result or refusal comes back to the UI thread as a signal, so the window never freezes.

Only the latest job of a `Background` counts: the result of one started before it is
dropped (a preview asked for again while the last one was still being made).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reviewer.errors import ReviewerError


class _Relay(QObject):
    """Lives in the UI thread; the worker's emits reach its slots there (queued)."""

    done = Signal(int, object)
    failed = Signal(int, object)


class _Task(QRunnable):
    def __init__(self, number: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._number = number
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # every failure goes back to the UI thread
            self._relay.failed.emit(self._number, exc)
        else:
            self._relay.done.emit(self._number, result)


class Background(QObject):
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._relay.failed.connect(self._failed)
        self._latest = 0
        self._running = 0
        self._callbacks: dict[int, tuple[Callable[[Any], None],
                                         Callable[[ReviewerError], None]]] = {}

    @property
    def busy(self) -> bool:
        return self._running > 0

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None],
            on_refused: Callable[[ReviewerError], None]) -> None:
        """Run `work` in the pool; `on_done(result)` or `on_refused(error)` in this thread.

        An error that is not the domain's own is raised again here, so it reaches the
        app's error dialog and log like any other."""
        self._latest += 1
        self._callbacks[self._latest] = (on_done, on_refused)
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        QThreadPool.globalInstance().start(_Task(self._latest, work, self._relay))

    def wait(self) -> None:
        """Block until every job has finished (closing a window, tests)."""
        QThreadPool.globalInstance().waitForDone()

    def _finish(self, number: int) -> tuple[Callable[[Any], None],
                                             Callable[[ReviewerError], None]] | None:
        self._running -= 1
        if self._running == 0:
            self.busy_changed.emit(False)
        callbacks = self._callbacks.pop(number)
        return callbacks if number == self._latest else None

    def _done(self, number: int, result: object) -> None:
        callbacks = self._finish(number)
        if callbacks is not None:
            callbacks[0](result)

    def _failed(self, number: int, error: BaseException) -> None:
        callbacks = self._finish(number)
        if isinstance(error, ReviewerError):
            if callbacks is not None:
                callbacks[1](error)
            return
        sys.excepthook(type(error), error, error.__traceback__)
