"""Keyboard reach: in every window, in Swedish and English, each Alt mnemonic is unique
where it acts (the window's menu bar and its visible widgets; each menu; each wizard page
with the wizard's buttons), and none sits on an I or i (underlined, it reads as a J);
F10 opens the menu bar."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from reviewer.model import Convention
from reviewer.project import Project
from reviewer.sample import write_demo
from reviewer.sampling.draw import DrawPlan, Method
from reviewer.sampling.operations import Outcome, draw_into_unit
from reviewer.sampling.population import PopulationSpec
from reviewer.ui import translation
from reviewer.ui.main_window import MainWindow
from tests.conftest import write_csv
from tests.keys import bring_up, mnemonic, press


def widget_texts(root: QWidget) -> list[str]:
    """Texts with a mnemonic on buttons and on labels that hand the keyboard to a field."""
    texts = [b.text() for b in root.findChildren(QAbstractButton)]
    texts += [label.text() for label in root.findChildren(QLabel) if label.buddy()]
    return [t for t in texts if mnemonic(t)]


def problems(scope: str, texts: list[str]) -> list[str]:
    found = []
    letters = [mnemonic(t) for t in texts]
    for text, letter in zip(texts, letters, strict=True):
        if letters.count(letter) > 1:
            found.append(f"{scope}: {letter!r} twice ({text})")
        if letter == "i":
            found.append(f"{scope}: on an I ({text})")
    return found


@pytest.fixture(params=["sv", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translation.install(app, request.param)
    yield str(request.param)
    translation.install(app, "sv")


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    path = tmp_path / "exempel.aktg"
    write_demo(path).close()
    with Project.open(path) as opened:
        yield opened


def test_the_main_window_and_its_menus_have_unique_mnemonics(
        language: str, project: Project, qtbot: QtBot) -> None:
    window = MainWindow(project, "Anna")
    qtbot.addWidget(window)
    bar = window.menuBar()
    titles = [a.text() for a in bar.actions()]
    found = problems("menu bar and window", titles + widget_texts(window))
    menus = [(action.text(), action.menu()) for action in bar.actions()]
    while menus:
        title, menu = menus.pop()
        assert isinstance(menu, QMenu)
        found += problems(title, [a.text() for a in menu.actions() if mnemonic(a.text())])
        menus += [(a.text(), a.menu()) for a in menu.actions() if a.menu() is not None
                  and a.menu() is not window.recent_menu]  # submenus too (Key list)
    assert found == []


def _dialogs(project: Project) -> dict[str, Callable[[], QDialog]]:
    from reviewer.ui.exchange_dialogs import ExportDialog
    from reviewer.ui.operations import ProjectOps
    from reviewer.ui.project_dialogs import AddUnitDialog, ProjectDetailsDialog
    from reviewer.ui.report_dialog import ReportDialog
    from reviewer.ui.sample_dialogs import DrawDialog, ExtendDialog, ReplaceDialog
    from reviewer.ui.settings_dialog import SettingsDialog
    from reviewer.ui.template_editor import TemplateEditor

    units = [u.id for u in project.units()]
    ops = ProjectOps(project, "Anna")
    stratified = _stratified_draw(project)
    return {
        "settings": SettingsDialog,
        "export": lambda: ExportDialog(project, "Anna"),
        "report": lambda: ReportDialog(project, units[:1]),
        "details": lambda: ProjectDetailsDialog(ops),
        "add unit": lambda: AddUnitDialog(ops),
        "template editor": lambda: TemplateEditor(project.template),
        "draw": lambda: DrawDialog(ops, ""),
        "extend": lambda: ExtendDialog(ops, stratified.unit.id, stratified.draw, ""),
        "replace": lambda: ReplaceDialog(ops, project.case_file(stratified.case_files[0][0]),
                                         stratified.draw, ""),
    }


def _stratified_draw(project: Project) -> Outcome:
    """A unit drawn by stratum, so that the extend dialog shows its stratum row too."""
    rows = [["Ärende", "Team"], *([f"SOC/{n}", f"Team {n % 2}"] for n in range(10))]
    lista = write_csv(project.path.with_name("lista.csv"), rows)
    return draw_into_unit(project, "Urval", PopulationSpec(lista, "Ärende",
                                                           stratum_column="Team"),
                          DrawPlan(Method.STRATIFIED, "1", per_stratum=1), seed_typed=True,
                          author="Anna")


def test_every_dialog_has_unique_mnemonics(language: str, project: Project,
                                           qtbot: QtBot) -> None:
    found = []
    for name, make in _dialogs(project).items():
        dialog = make()
        qtbot.addWidget(dialog)
        found += problems(name, widget_texts(dialog))
    assert found == []


def test_each_wizard_page_has_unique_mnemonics(language: str, qtbot: QtBot) -> None:
    from reviewer.ui.wizard import NewProjectWizard

    wizard = NewProjectWizard(Convention.ALL)
    qtbot.addWidget(wizard)
    buttons = [wizard.buttonText(b) for b in (
        QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
        QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)]
    found = []
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        found += problems(f"page {page_id}", widget_texts(page)
                          + [b for b in buttons if mnemonic(b)])
    assert found == []


def test_f10_opens_the_menu_bar(project: Project, qtbot: QtBot) -> None:
    window = MainWindow(project, "Anna")
    qtbot.addWidget(window)
    bring_up(qtbot, window)
    assert isinstance(window, QMainWindow)
    press(Qt.Key.Key_F10)
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QMenu)
    assert popup is window.menuBar().actions()[0].menu()
    press(Qt.Key.Key_Escape)
