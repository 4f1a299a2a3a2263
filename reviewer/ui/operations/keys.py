"""The key list (kodnyckel) in the app: unlocked for the session with its password, locked
again on request or when the window closes. While unlocked, the navigator and the stepping
form show each case file's case identifier beside its number; locked, nothing shows.

The session holds the key list's data key and the entries read at unlocking (a few
kilobytes), never the password. `shown` tells the panes to show what changed: unlocked,
locked, an entry typed in, a key imported or deleted. Key changes are no answer changes:
they are not undo steps and do not go through `ProjectOps.changed`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from reviewer.project import Project

if TYPE_CHECKING:
    from reviewer.keylist import DeletedKey, ImportedKey, KeyList


class KeySession(QObject):
    shown = Signal()  # unlocked or locked, or what it shows changed

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._keys: KeyList | None = None
        self._entries: dict[str, dict[str, str]] = {}  # by case file id, while unlocked

    @property
    def unlocked(self) -> bool:
        return self._keys is not None

    def has_key_list(self) -> bool:
        from reviewer import keylist

        return keylist.has_key_list(self.project)

    def unlock(self, password: str, *, create: bool = False) -> None:
        """Open the key list with its password (with `create`, give a project without one
        a key list with this password); a wrong one raises and leaves it locked."""
        from reviewer import keylist

        self._keys = keylist.unlock(self.project, password, create=create)
        self._read()

    def lock(self) -> None:
        self._keys = None
        self._entries = {}
        self.shown.emit()

    def _read(self) -> None:
        assert self._keys is not None
        self._entries = {case_file_id: values for unit_id in self._keys.units()
                         for case_file_id, values in self._keys.entries(unit_id).items()}
        self.shown.emit()

    # -- what the panes show -------------------------------------------------------------

    def values(self, case_file_id: str | None) -> dict[str, str]:
        """The case file's entry while unlocked, else nothing."""
        return self._entries.get(case_file_id or "", {}) if self.unlocked else {}

    def identifier(self, case_file_id: str | None) -> str:
        """The case file's case identifier while unlocked; "" when locked or none."""
        return next(iter(self.values(case_file_id).values()), "")

    def count(self, unit_id: str) -> int:
        """How many of the unit's case files have an entry (while unlocked)."""
        return sum(1 for f in self.project.case_files(unit_id) if f.id in self._entries)

    # -- what the auditor does -----------------------------------------------------------

    def _unlocked(self) -> KeyList:
        if self._keys is None:
            raise RuntimeError("the key list is locked")
        return self._keys

    def set_identifier(self, case_file_id: str, identifier: str) -> None:
        """Type in the case file's case identifier, keeping the other values of its entry
        (an empty one takes the entry out)."""
        from reviewer import keylist

        current = dict(self.values(case_file_id))
        column = next(iter(current), keylist.HAND_ENTERED)
        values = {column: identifier, **{k: v for k, v in current.items() if k != column}}
        self._unlocked().set_entry(case_file_id, values if identifier.strip() else {})
        self._read()

    def store(self, entries: list[tuple[str, dict[str, str]]]) -> None:
        """The entries of case files just drawn, extended or put in place: (case file id,
        the population's values kept) into their unit's key."""
        if entries:
            unit_id = self.project.case_file(entries[0][0]).unit_id
            self._unlocked().store(unit_id, entries)
            self._read()

    def export(self, unit_id: str, out: Path, file_password: str, author: str) -> int:
        from reviewer import keylist

        keys = self._unlocked()
        # The data key is open: the export needs no password of the key list again.
        return keylist.export_entries(keys, unit_id, out, file_password, author=author)

    def import_file(self, source: Path, file_password: str) -> ImportedKey:
        from reviewer import keylist

        imported = keylist.import_into(self._unlocked(), source, file_password)
        self._read()
        return imported

    def erase(self, unit_id: str) -> DeletedKey:
        """Delete a unit's key for good (no password needed). Runs off the UI thread; the
        panes learn of it from `erased`, called after it on the UI thread."""
        from reviewer import keylist

        return keylist.delete_key(self.project, unit_id)

    def erased(self) -> None:
        from reviewer import keylist

        if self._keys is None:
            return
        if keylist.has_key_list(self.project):
            self._read()
        else:
            self.lock()  # the last key went, and its password with it
