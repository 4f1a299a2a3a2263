"""The projects opened lately, for the start page and the File menu, kept by QSettings in
the app's state file (not in the settings a person edits)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QSettings

from reviewer.settings import state_path

LIMIT = 10


@dataclass(frozen=True)
class RecentProject:
    path: str
    title: str
    organisation: str = ""
    done: int = 0  # case files complete or signed off, when it was last closed
    files: int = 0
    opened: str = ""  # ISO date it was last opened
    case_file_id: str = ""  # where the auditor was, to come back to

    @property
    def exists(self) -> bool:
        return Path(self.path).is_file()


class RecentProjects:
    def __init__(self, path: Path | None = None) -> None:
        self._settings = QSettings(str(path or state_path()), QSettings.Format.IniFormat)

    def entries(self) -> list[RecentProject]:
        s = self._settings
        entries = []
        for i in range(s.beginReadArray("recent")):
            s.setArrayIndex(i)
            path = str(s.value("path", ""))
            if path:
                entries.append(RecentProject(
                    path=path, title=str(s.value("title", "")),
                    organisation=str(s.value("organisation", "")),
                    done=_int(s.value("done", 0)), files=_int(s.value("files", 0)),
                    opened=str(s.value("opened", "")),
                    case_file_id=str(s.value("case_file_id", ""))))
        s.endArray()
        return entries

    def get(self, path: Path | str) -> RecentProject | None:
        wanted = _key(path)
        return next((e for e in self.entries() if _key(e.path) == wanted), None)

    def remember(self, entry: RecentProject) -> None:
        """Put `entry` first (today's date), replacing the older entry of its file."""
        entry = replace(entry, path=str(Path(entry.path).resolve()),
                        opened=dt.date.today().isoformat())
        rest = [e for e in self.entries() if _key(e.path) != _key(entry.path)]
        self._write([entry, *rest][:LIMIT])

    def forget(self, path: Path | str) -> None:
        self._write([e for e in self.entries() if _key(e.path) != _key(path)])

    def _write(self, entries: list[RecentProject]) -> None:
        s = self._settings
        s.remove("recent")
        s.beginWriteArray("recent", len(entries))
        for i, entry in enumerate(entries):
            s.setArrayIndex(i)
            for name in ("path", "title", "organisation", "done", "files", "opened",
                         "case_file_id"):
                s.setValue(name, getattr(entry, name))
        s.endArray()
        s.sync()


def _key(path: Path | str) -> str:
    return str(Path(path).resolve())


def _int(value: object) -> int:
    try:
        return int(str(value))
    except ValueError:
        return 0
