"""The placeholder window (until the app issue): it opens a project and shows its Summa."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QTreeWidget
from pytestqt.qtbot import QtBot

from reviewer.project import Project
from reviewer.sample import write_demo
from reviewer.ui.app import PlaceholderWindow


def test_window_shows_each_units_published_summa(qtbot: QtBot, tmp_path: Path,
                                                 reference: dict[str, Any]) -> None:
    write_demo(tmp_path / "x.aktg").close()
    with Project.open(tmp_path / "x.aktg", readonly=True) as project:
        window = PlaceholderWindow(project)
        qtbot.addWidget(window)
        window.show()
        assert str(tmp_path / "x.aktg") in window.windowTitle()
        tree = window.findChild(QTreeWidget)
        assert tree is not None
        torsby = tree.topLevelItem(0)
        assert torsby is not None and torsby.text(0) == "Torsby kommun"
        rows = [torsby.child(i) for i in range(torsby.childCount())]
        shown = [(row.text(0).split(".")[0], row.text(5)) for row in rows if row is not None]
        assert shown == [(q["key"], q["summa"]) for q in reference["questions"]]
