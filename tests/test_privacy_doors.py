"""The personnummer guard at every door: the author (from --author, AKTG_AUTHOR or the
settings), template texts and the report title are refused like a reason, and `reviewer
check` names every stored text that looks like one."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reviewer import review
from reviewer.cli import main
from reviewer.errors import PrivacyError, TemplateError
from reviewer.gridimport import import_grid
from reviewer.model import Code
from reviewer.project import Project
from reviewer.report.builder import build_report
from reviewer.report.model import ReportOptions
from reviewer.templates import BUILTIN_PATH, builtin_template, load_template
from tests.conftest import AUTHOR, snapshot
from tests.keys import bring_up, click, press, type_text
from tests.test_privacy import PNR, SAMORDNING

DASHED = f"{PNR[:6]}-{PNR[6:]}"


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], en: None
        ) -> Callable[..., tuple[int, str]]:
    """The command in this process (fast): its exit code and what it wrote on stderr."""
    def call(*args: str | Path) -> tuple[int, str]:
        code = main(list(map(str, args)))
        return code, capsys.readouterr().err
    return call


def new_project(tmp_path: Path) -> Path:
    path = tmp_path / "p.aktg"
    review.create_project(path, title="Granskning", template=builtin_template(),
                          units=[("Torsby kommun", 2)]).close()
    return path


SET = ("set", "--unit", "Torsby kommun", "--file", "1", "--question", "1", "Ja")


# -- the author ------------------------------------------------------------------------------


@pytest.mark.parametrize("source", ["--author", "AKTG_AUTHOR", "settings"])
def test_an_author_with_a_personnummer_is_refused_from_every_source(
        tmp_path: Path, source: str, monkeypatch: pytest.MonkeyPatch,
        cli: Callable[..., tuple[int, str]]) -> None:
    path = new_project(tmp_path)
    author = f"Anna {DASHED}"
    settings = tmp_path / "settings.ini"
    settings.write_text(f"[General]\nauthor={author}\n" if source == "settings" else "",
                        encoding="utf-8")
    monkeypatch.setenv("AKTG_SETTINGS", str(settings))
    extra: list[str] = []
    if source == "--author":
        extra = ["--author", author]
    elif source == "AKTG_AUTHOR":
        monkeypatch.setenv("AKTG_AUTHOR", author)
    before = snapshot(tmp_path)
    code, stderr = cli(SET[0], path, *SET[1:], *extra, "--lang", "en")
    assert code == 2
    where = str(settings) if source == "settings" else source
    assert stderr == (f"Error: The author (from {where}) contains what looks like a personal "
                      f"identity number ({DASHED}). Case files are referred to by sample "
                      "number only; remove it, or confirm deliberately to keep it.\n")
    assert snapshot(tmp_path) == before
    # Deliberately kept, as for a reason.
    assert cli(SET[0], path, *SET[1:], *extra, "--allow-identity-number")[0] == 0


def test_the_domain_refuses_an_author_with_a_personnummer(project: Project,
                                                          tmp_path: Path) -> None:
    unit, _changes = review.add_unit(project, "Torsby kommun", files=1)
    case_file = project.case_files(unit.id)[0]
    with pytest.raises(PrivacyError):
        review.set_answer(project, case_file.id, "1", Code.JA, author=f"19{PNR}")
    sheet = tmp_path / "ark.csv"
    sheet.write_text("Fråga;1\n1;Ja\n", encoding="utf-8")
    with pytest.raises(PrivacyError):
        import_grid(project, sheet, "Ny enhet", author=f"Klient-{DASHED}")
    assert [u.name for u in project.units()] == ["Torsby kommun"]
    assert project.history(case_file.id, "1") == []


# -- template texts --------------------------------------------------------------------------


def hostile_template(tmp_path: Path, field: str, value: str) -> Path:
    data: dict[str, Any] = json.loads(BUILTIN_PATH.read_text(encoding="utf-8"))
    data["questions"][1][field] = value
    path = tmp_path / "mall.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("field", ["text", "footnote", "finding"])
def test_a_template_text_with_a_personnummer_is_refused(
        tmp_path: Path, field: str, cli: Callable[..., tuple[int, str]]) -> None:
    template = hostile_template(tmp_path, field, f"Gäller klient {PNR[:6]}–{PNR[6:]}")
    with pytest.raises(TemplateError) as caught:
        load_template(template)
    assert caught.value.problems == [
        f"question 2: \"{field}\" contains what looks like a personal identity number "
        f"({PNR[:6]}–{PNR[6:]})"]
    before = snapshot(tmp_path)
    code, stderr = cli("new", tmp_path / "p.aktg", "--title", "T", "--template", template,
                       "--lang", "en")
    assert code == 2 and "personal identity number" in stderr
    assert snapshot(tmp_path) == before  # no project file made
    assert cli("new", tmp_path / "p.aktg", "--title", "T", "--template", template,
               "--allow-identity-number")[0] == 0


def test_creating_a_project_checks_its_template(tmp_path: Path) -> None:
    template = load_template(hostile_template(tmp_path, "text", f"Se {SAMORDNING}"),
                             allow_identity=True)
    with pytest.raises(Exception, match="personnummer"):
        review.create_project(tmp_path / "p.aktg", title="T", template=template)
    assert not (tmp_path / "p.aktg").exists()


# -- the report title ------------------------------------------------------------------------


def test_a_report_title_with_a_personnummer_is_refused(
        tmp_path: Path, cli: Callable[..., tuple[int, str]]) -> None:
    path = new_project(tmp_path)
    for fmt in ("pdf", "xlsx"):
        out = tmp_path / f"bilaga.{fmt}"
        before = snapshot(tmp_path)
        code, stderr = cli("report", path, "--format", fmt, "--out", out, "--title",
                           f"Bilaga 2 ({DASHED})", "--lang", "en")
        assert code == 2 and stderr.startswith("Error: The report title contains")
        assert snapshot(tmp_path) == before
    assert cli("report", path, "--format", "pdf", "--out", tmp_path / "bilaga.pdf",
               "--title", f"Bilaga 2 ({DASHED})", "--allow-identity-number")[0] == 0


def test_the_report_dialog_says_why_it_makes_no_preview(qtbot: QtBot, project: Project
                                                        ) -> None:
    from reviewer.ui.report_dialog import ReportDialog

    review.add_unit(project, "Torsby kommun", files=1)
    dialog = ReportDialog(project, [])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.background.busy, timeout=30000)
    bring_up(qtbot, dialog)
    click(dialog.title)  # the auditor writes a title of their own
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(f"Bilaga {DASHED}")
    qtbot.waitUntil(lambda: "Rapportens titel" in dialog.status.text(), timeout=30000)
    assert not dialog.print_button.isEnabled()
    with pytest.raises(PrivacyError):
        build_report(project, project.units(), ReportOptions(title=f"Bilaga {DASHED}"))


# -- reviewer check --------------------------------------------------------------------------


def test_check_lists_every_stored_personnummer_as_a_problem(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], en: None) -> None:
    template = load_template(hostile_template(tmp_path, "finding", f"klient 19{PNR}"),
                             allow_identity=True)
    path = tmp_path / "p.aktg"
    with review.create_project(path, title=f"Granskning {PNR}", template=template,
                               organisation=f"Org {SAMORDNING}",
                               units=[("Torsby kommun", 3), (f"Enhet {DASHED}", 1)],
                               allow_identity=True) as project:
        torsby, other = project.units()
        one, two, three = project.case_files(torsby.id)
        review.rename_case_file(project, three.id, f"{PNR[:6]}+{PNR[6:]}", allow_identity=True)
        review.set_answer(project, one.id, "1", Code.EB, author=AUTHOR,
                          reason=f"Se {DASHED}", allow_identity=True)
        review.set_answer(project, one.id, "1", Code.EB, author=AUTHOR, reason="Se journal")
        review.set_answer(project, one.id, "2", Code.JA, author=f"Bo {SAMORDNING}",
                          note=f"tel {PNR} och {PNR[:6]}‐{PNR[6:]}", allow_identity=True)
        review.remove_unit(project, other.id, confirm=True)
        for key in [q.key for q in project.template.questions]:
            if not project.cells(two.id)[key].derived:
                review.set_answer(project, two.id, key, Code.JA, author=AUTHOR)
        review.sign_off(project, two.id, by=f"Cecilia {DASHED}", allow_identity=True)
    assert main(["check", str(path), "--lang", "en"]) == 2
    problems = [line for line in capsys.readouterr().out.splitlines()
                if line.startswith("Problem:")]
    assert problems == [
        f"Problem: Template: question 2: \"finding\" contains what looks like a personal "
        f"identity number (19{PNR})",
        f"Problem: The title contains what looks like a personal identity number: {PNR}",
        f"Problem: The organisation contains what looks like a personal identity number: "
        f"{SAMORDNING}",
        f"Problem: The name of a removed unit contains what looks like a personal identity "
        f"number: {DASHED}",
        f"Problem: The sign-off of Torsby kommun, file 2 contains what looks like a personal "
        f"identity number: {DASHED}",
        f"Problem: A case file label of Torsby kommun contains what looks like a personal "
        f"identity number: {PNR[:6]}+{PNR[6:]}",
        f"Problem: A reason in the history of Torsby kommun, file 1, question 1 contains what "
        f"looks like a personal identity number: {DASHED}",
        f"Problem: The note of Torsby kommun, file 1, question 2 contains what looks like a "
        f"personal identity number: {PNR[:6]}‐{PNR[6:]}",  # "tel 81…" is a phone number
        f"Problem: The author of a change contains what looks like a personal identity "
        f"number: {SAMORDNING}",
    ]
