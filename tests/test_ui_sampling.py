"""The sampling record in the app: Project → How this unit's sample was drawn, by keyboard;
and the report dialog's checkbox puts it under the table."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reviewer import review
from reviewer.model import Template
from reviewer.sampling.draw import DrawPlan, Method
from reviewer.sampling.operations import draw_into_unit
from reviewer.sampling.population import PopulationSpec
from reviewer.ui.main_window import MainWindow
from tests.conftest import AUTHOR, Dialogs, write_csv
from tests.keys import bring_up, choose_in_menu


def test_the_project_menu_shows_how_the_sample_was_drawn(qtbot: QtBot, tmp_path: Path,
                                                         template: Template,
                                                         dialogs: Dialogs) -> None:
    lista = write_csv(tmp_path / "lista.csv", [["Ärende"], *([f"SOC/2024-{n:04d}"]
                                                             for n in range(40))])
    project = review.create_project(tmp_path / "p.aktg", title="G", template=template)
    draw_into_unit(project, "Eda kommun", PopulationSpec(lista, "Ärende"),
                   DrawPlan(Method.SYSTEMATIC, "Eda", 8), seed_typed=True, author=AUTHOR)
    window = MainWindow(project, AUTHOR)
    qtbot.addWidget(window)
    bring_up(qtbot, window)
    try:
        choose_in_menu(window.menuBar(), window.tr("How this unit's sa&mple was drawn…"))
        qtbot.waitUntil(lambda: bool(dialogs.shown))
        kind, text = dialogs.shown[-1]
        assert kind == "information"
        assert "lista.csv" in text and "systematiskt urval" in text and "Eda" in text
        assert "SOC/2024" not in text
    finally:
        window.close()
        project.close()


def test_the_report_dialog_prints_the_record_when_asked(qtbot: QtBot, tmp_path: Path,
                                                       template: Template) -> None:
    from reviewer.report.builder import build_report
    from reviewer.ui.report_dialog import ReportDialog
    from tests.keys import press_mnemonic

    project = review.create_project(tmp_path / "p.aktg", title="G", template=template)
    unit, _changes = review.add_unit(project, "Torsby kommun", files=3)
    dialog = ReportDialog(project, [unit.id])
    qtbot.addWidget(dialog)
    bring_up(qtbot, dialog)
    try:
        press_mnemonic(dialog.sampling)
        assert dialog.options().sampling
        report = build_report(project, [unit], dialog.options())
        assert report.appendices[0].sampling == (
            "Urvalet för Torsby kommun (3 akter) är inte draget av verktyget; hur det valdes "
            "är inte antecknat här.",)
    finally:
        dialog.close()
        project.close()

