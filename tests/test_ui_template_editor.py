"""The template editor driven as an auditor drives it, by keyboard: the joint report's form
typed from nothing equals the built-in template and previews as its empty bilaga; problems
are shown where they are and stop the template from being kept; the new-project wizard
makes a project from the library and from a template written in the editor."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from reviewer.library import library_path, own_folder, save_template
from reviewer.model import Convention, Question, Template
from reviewer.project import Project
from reviewer.templates import builtin_template
from reviewer.ui.template_editor import TemplateEditor
from reviewer.ui.widgets import MISSING_COLOUR
from reviewer.ui.wizard import NewProjectWizard
from tests.conftest import Dialogs
from tests.keys import bring_up, click, press, press_mnemonic, type_text, when_open

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
EMPTY = Template(name="", questions=())


@pytest.fixture(autouse=True)
def answered(dialogs: Dialogs) -> Dialogs:
    """Message boxes answered (leaving an edited template asks first), never waited on."""
    return dialogs


def open_editor(qtbot: QtBot, template: Template = EMPTY) -> TemplateEditor:
    editor = TemplateEditor(template)
    qtbot.addWidget(editor)
    bring_up(qtbot, editor)
    return editor


def type_question(question: Question, *, first: bool = False) -> None:
    """Ctrl+N (the first time Insert) makes a question after the current one and opens its
    text; the text, then Tab to the criterion and Tab to the finding, Enter."""
    press(Qt.Key.Key_Insert if first else Qt.Key.Key_N,
          Qt.KeyboardModifier.NoModifier if first else CTRL)
    type_text(question.text)
    if question.footnote or question.finding:
        type_text("\t" + (question.footnote or "") + "\t" + (question.finding or ""))
    press(Qt.Key.Key_Return)


def type_the_form(template: Template) -> None:
    """The questions in order: a sub-question is typed after its parent (at the parent's
    level) and made a sub-question with Alt+→; the next one after it stays at its level."""
    level: str | None = None
    for number, question in enumerate(template.questions):
        type_question(question, first=number == 0)
        if question.parent is not None and level is None:
            press(Qt.Key.Key_Right, ALT)
        elif question.parent is None and level is not None:
            press(Qt.Key.Key_Left, ALT)
        level = question.parent


def wait_for_preview(qtbot: QtBot, editor: TemplateEditor, template: Template) -> str:
    qtbot.waitUntil(lambda: editor.preview.shown == template, timeout=30000)
    return " ".join(editor.preview.text().split())


def test_the_joint_form_typed_by_keyboard_is_the_builtin_template_and_previews_empty(
        qtbot: QtBot) -> None:
    builtin = builtin_template()
    editor = open_editor(qtbot)
    assert QApplication.focusWidget() is editor.name
    type_text(builtin.name)
    type_the_form(builtin)
    assert editor.model.draft.numbers == builtin.keys
    assert editor.ok_button.isEnabled() and editor.problem_list.isHidden()

    press_mnemonic(editor.preview_button)
    text = wait_for_preview(qtbot, editor, builtin)
    for question in builtin.questions:
        assert f"{question.key}. {question.text}" in text
    assert "Bilaga 2 Aktgranskning" in text and "Kontrollfråga 1 2 3 4 5 6 7 8 9 10 Summa" in text
    criterion = builtin.questions[0].footnote
    assert criterion and f"1 {criterion}" in text  # printed as footnote 1
    assert "Ja" not in text.split() and "0/10" not in text  # an empty form: no answers

    press_mnemonic(editor.name)
    press(Qt.Key.Key_Return)  # OK
    assert not editor.isVisible() and editor.result_template == builtin


def test_questions_move_indent_and_come_back_with_undo(qtbot: QtBot) -> None:
    editor = open_editor(qtbot, builtin_template())
    click(editor.table.viewport(), editor.table.visualRect(editor.model.index(7, 1)).center())
    press(Qt.Key.Key_Up, ALT)  # 8 with its sub-questions above 7
    assert editor.model.draft.numbers[6:11] == ("7", "7a", "7b", "7c", "8")
    assert editor.model.draft.questions[6].text.startswith("Har en Samordnad")
    press(Qt.Key.Key_Delete)
    assert len(editor.model.draft) == 7
    assert {"7", "3"} <= set(editor.status.text().split())  # question 7 and its 3 below
    press(Qt.Key.Key_Z, CTRL)
    press(Qt.Key.Key_Z, CTRL)
    assert editor.model.draft.template() == builtin_template()
    assert not editor.modified()


def test_a_number_typed_is_kept_and_an_emptied_one_is_automatic_again(qtbot: QtBot) -> None:
    editor = open_editor(qtbot, builtin_template())
    click(editor.table.viewport(), editor.table.visualRect(editor.model.index(1, 0)).center())
    type_text("B2\n")  # typing on a cell replaces it
    assert editor.model.draft.numbers[:3] == ("1", "B2", "3")
    press(Qt.Key.Key_Down, ALT)
    assert editor.model.draft.numbers[:3] == ("1", "2", "B2")
    press(Qt.Key.Key_F2)
    press(Qt.Key.Key_A, CTRL)
    press(Qt.Key.Key_Delete)
    press(Qt.Key.Key_Return)
    assert editor.model.draft.numbers[:3] == ("1", "2", "3")


def problem_cell(editor: TemplateEditor, row: int, column: int) -> str:
    """The tooltip of a cell marked as having a problem ("" when it is not marked)."""
    index = editor.model.index(row, column)
    background = index.data(Qt.ItemDataRole.BackgroundRole)
    if not isinstance(background, QBrush) or background.color().name() != MISSING_COLOUR:
        return ""
    return str(index.data(Qt.ItemDataRole.ToolTipRole))


def problems_listed(editor: TemplateEditor) -> list[str]:
    return [editor.problem_list.item(i).text() for i in range(editor.problem_list.count())]


def test_problems_are_shown_where_they_are_and_nothing_is_kept_meanwhile(
        qtbot: QtBot, en: None) -> None:
    editor = open_editor(qtbot, builtin_template())
    click(editor.table.viewport(), editor.table.visualRect(editor.model.index(0, 1)).center())
    press(Qt.Key.Key_N, CTRL)  # question 2, its text opened
    press(Qt.Key.Key_Escape)  # and left empty
    assert "text is empty" in problem_cell(editor, 1, 1)
    assert problems_listed(editor) == ["question 2: the text is empty"]
    assert not editor.ok_button.isEnabled() and not editor.library_button.isEnabled()
    type_text("Finns en plan?\n")
    assert editor.ok_button.isEnabled()

    press(Qt.Key.Key_Left)  # its number: typed as the next one's
    type_text("3\n")
    assert "the key 3 is used twice" in problem_cell(editor, 2, 0)
    assert not editor.ok_button.isEnabled()
    press(Qt.Key.Key_Z, CTRL)
    assert editor.ok_button.isEnabled()

    press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Right)  # the criterion
    type_text("Som för klient 811218-9876\n")
    assert "personal identity number (811218-9876)" in problem_cell(editor, 1, 2)
    assert not editor.ok_button.isEnabled()
    press_mnemonic(editor.name)
    press(Qt.Key.Key_Return)  # OK is refused
    assert editor.isVisible() and editor.result_template is None
    press(Qt.Key.Key_Tab)  # the table
    assert QApplication.focusWidget() is editor.table
    press(Qt.Key.Key_Delete)  # the question with the problem goes
    assert problems_listed(editor) == [] and editor.ok_button.isEnabled()


def test_saved_in_the_library_it_is_listed_and_replaced_only_when_asked(
        qtbot: QtBot, dialogs: Dialogs) -> None:
    from PySide6.QtWidgets import QMessageBox

    from reviewer.library import list_library

    editor = open_editor(qtbot, builtin_template())
    press_mnemonic(editor.library_button)
    (entry,) = list_library()
    assert entry.template == builtin_template() and entry.questions == 11
    dialogs.answer = QMessageBox.StandardButton.No
    press_mnemonic(editor.name)
    press(Qt.Key.Key_A, CTRL)
    type_text("Kort mall")
    press_mnemonic(editor.library_button)
    assert len(list_library()) == 2 and not dialogs.shown
    saved = library_path("Kort mall").read_bytes()
    press(Qt.Key.Key_Tab)  # the table
    press(Qt.Key.Key_Delete)
    press_mnemonic(editor.library_button)  # the same name again: asked, and not replaced
    assert "Kort mall.json" in dialogs.shown[-1][1]
    assert library_path("Kort mall").read_bytes() == saved


# -- the new-project wizard -------------------------------------------------------------


def wizard_to_template_page(qtbot: QtBot, title: str) -> NewProjectWizard:
    wizard = NewProjectWizard(Convention.ALL)
    qtbot.addWidget(wizard)
    bring_up(qtbot, wizard)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.details.project_title)
    type_text(title)
    press(Qt.Key.Key_Return)  # Next
    assert wizard.currentPage() is wizard.template_page
    return wizard


def finish(wizard: NewProjectWizard, path: Path) -> None:
    """Next to the units, one unit, Next, the file's path typed, Finish."""
    press_mnemonic(wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.units_page
    press_mnemonic(wizard.units_page.names)
    type_text("Torsby kommun")
    press_mnemonic(wizard.button(QWizard.WizardButton.NextButton))
    press_mnemonic(wizard.file_page.path)
    type_text(str(path))
    press(Qt.Key.Key_Return)  # Finish
    assert wizard.created == path


def test_a_project_from_a_library_template(qtbot: QtBot, tmp_path: Path) -> None:
    own = Template(name="Ekonomiskt bistånd", questions=(
        Question("1", "Finns en ansökan?"), Question("2", "Är beslutet motiverat?",
                                                     footnote="Enligt 2 kap. FL")))
    save_template(own, library_path(own.name))
    (own_folder() / "trasig.json").write_text("{inte json", encoding="utf-8")
    wizard = wizard_to_template_page(qtbot, "Bistånd 2025")
    page = wizard.template_page
    assert page.library.topLevelItemCount() == 2
    press_mnemonic(page.use_library)
    press(Qt.Key.Key_Tab)  # into the list
    assert QApplication.focusWidget() is page.library
    assert page.template == own
    press(Qt.Key.Key_Down)  # the broken one cannot be chosen: it says why
    assert page.template is None and "trasig.json" in page.problems.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    press(Qt.Key.Key_Up)
    assert [page.questions.item(i).text() for i in range(page.questions.count())] == [
        "1. Finns en ansökan?", "2. Är beslutet motiverat?"]
    finish(wizard, tmp_path / "bistand.aktg")
    with Project.open(tmp_path / "bistand.aktg", readonly=True) as project:
        assert project.template == own


def test_a_project_from_a_template_written_in_the_editor(qtbot: QtBot, tmp_path: Path) -> None:
    written = Template(name="LSS", questions=(
        Question("1", "Finns ett beslut om insats?", finding="finns ett beslut"),
        Question("2", "Finns en genomförandeplan?"),
        Question("2a", "Är den undertecknad?", parent="2")))
    wizard = wizard_to_template_page(qtbot, "LSS 2025")
    page = wizard.template_page

    def write(editor: TemplateEditor) -> None:
        type_text(written.name)
        type_the_form(written)
        press_mnemonic(editor.name)
        press(Qt.Key.Key_Return)

    when_open(TemplateEditor, write)
    press_mnemonic(page.write_button)
    deadline = time.monotonic() + 30
    while page.written is None and time.monotonic() < deadline:
        QApplication.processEvents()
    assert page.written == written and page.use_written.isChecked()
    assert page.template == written
    finish(wizard, tmp_path / "lss.aktg")
    with Project.open(tmp_path / "lss.aktg", readonly=True) as project:
        assert project.template == written


def test_starting_from_the_builtin_template_changes_a_copy(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = wizard_to_template_page(qtbot, "Utan SIP-delfrågor")
    page = wizard.template_page
    assert page.template == builtin_template()

    def drop_last(editor: TemplateEditor) -> None:
        press(Qt.Key.Key_Tab)  # from the name into the questions
        press(Qt.Key.Key_End, CTRL)  # the last one: 8c
        press(Qt.Key.Key_Delete)
        press_mnemonic(editor.name)
        press(Qt.Key.Key_Return)

    when_open(TemplateEditor, drop_last)
    press_mnemonic(page.change_button)
    assert page.use_written.isChecked() and page.template is not None
    assert page.template.keys == builtin_template().keys[:-1]
    assert page.builtin == builtin_template()  # the built-in one stays as it was
    finish(wizard, tmp_path / "utan.aktg")
    with Project.open(tmp_path / "utan.aktg", readonly=True) as project:
        assert project.template.keys[-2:] == ("8a", "8b")


def test_the_shared_folder_set_in_settings_is_listed_in_the_wizard(
        qtbot: QtBot, tmp_path: Path) -> None:
    from reviewer.settings import load_settings
    from reviewer.ui.settings_dialog import SettingsDialog

    shared = tmp_path / "byrån"
    save_template(Template(name="Byråns mall", questions=(Question("1", "Fråga?"),)),
                  shared / "byråns.json")
    settings = SettingsDialog()
    qtbot.addWidget(settings)
    bring_up(qtbot, settings)
    press_mnemonic(settings.shared_templates)
    type_text(str(shared) + "\n")  # Enter saves
    assert load_settings().shared_templates == str(shared)
    wizard = wizard_to_template_page(qtbot, "Granskning")
    library = wizard.template_page.library
    assert library.topLevelItemCount() == 1
    item = library.topLevelItem(0)
    assert item is not None and item.text(0) == "Byråns mall"


def test_a_parent_after_its_child_or_in_a_cycle_is_shown_on_the_number(
        qtbot: QtBot, en: None) -> None:
    after = Template(name="Omvänd", questions=(Question("1", "Delfråga?", parent="2"),
                                               Question("2", "Huvudfråga?")))
    editor = open_editor(qtbot, after)
    assert "its parent 2 comes after it" in problem_cell(editor, 0, 0)
    assert not editor.ok_button.isEnabled()
    press(Qt.Key.Key_Tab)  # into the questions, on the first
    press(Qt.Key.Key_Left, ALT)  # no longer a sub-question: it goes after its parent
    assert problems_listed(editor) == [] and editor.ok_button.isEnabled()
    assert [q.text for q in editor.model.draft.template().questions] == [
        "Huvudfråga?", "Delfråga?"]

    cycle = Template(name="Cirkel", questions=(Question("1", "A?", parent="2"),
                                               Question("2", "B?", parent="1")))
    editor = open_editor(qtbot, cycle)
    assert "cycle" in problem_cell(editor, 0, 0) and "cycle" in problem_cell(editor, 1, 0)
