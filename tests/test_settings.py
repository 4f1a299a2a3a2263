"""The auditor's settings: one INI file for CLI and app; environment overrides; damage
falls back to the defaults."""

from __future__ import annotations

import getpass
import tempfile
from pathlib import Path

import hypothesis
import pytest
from hypothesis import strategies as st

from reviewer.cli import main
from reviewer.model import Convention
from reviewer.project import Project
from reviewer.settings import UserSettings, load_settings, save_settings


@pytest.fixture
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "settings.ini"
    monkeypatch.setenv("AKTG_SETTINGS", str(path))
    monkeypatch.delenv("AKTG_LANG", raising=False)
    monkeypatch.delenv("AKTG_AUTHOR", raising=False)
    return path


def test_settings_round_trip_and_reach_the_command_line(
        settings_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    save_settings(UserSettings(author="Cecilia Kontroll", language="en",
                               convention=Convention.APPLICABLE))
    assert "[General]" in settings_file.read_text(encoding="utf-8")  # QSettings' IniFormat
    assert load_settings().author == "Cecilia Kontroll"
    path = tmp_path / "p.aktg"
    assert main(["new", str(path), "--title", "T"]) == 0
    assert main(["add-unit", str(path), "Torsby kommun", "--files", "1"]) == 0
    assert main(["set", str(path), "--unit", "Torsby kommun", "--file", "1", "--question",
                 "1", "Ja"]) == 0
    assert "Created" in capsys.readouterr().out  # English from the settings
    with Project.open(path, readonly=True) as project:
        assert project.info.convention is Convention.APPLICABLE
        (case_file,) = project.case_files(project.units()[0].id)
        assert project.cells(case_file.id)["1"].author == "Cecilia Kontroll"
    from reviewer import i18n
    i18n.set_language(i18n.DEFAULT_LANGUAGE)


def test_environment_overrides_the_file(settings_file: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    save_settings(UserSettings(author="A", language="en", convention=Convention.ALL))
    monkeypatch.setenv("AKTG_AUTHOR", "B")
    monkeypatch.setenv("AKTG_LANG", "sv")
    assert (load_settings().author, load_settings().language) == ("B", "sv")


def test_damaged_settings_file_gives_the_defaults(settings_file: Path) -> None:
    settings_file.write_bytes(b"\xff\xfe[General\nlanguage = klingon\n")
    settings = load_settings()
    assert settings.language == "sv" and settings.convention is Convention.ALL
    assert settings.author


def test_settings_written_here_read_the_same_in_qsettings(settings_file: Path) -> None:
    from PySide6.QtCore import QSettings

    settings_file.write_text("[General]\nwindow=@ByteArray(x)\n", encoding="utf-8")
    save_settings(UserSettings(author='Åsa "Revisor" Öberg, KPMG', language="en",
                               convention=Convention.ASSESSED))
    store = QSettings(str(settings_file), QSettings.Format.IniFormat)
    assert store.value("author") == 'Åsa "Revisor" Öberg, KPMG'
    assert store.value("convention") == "assessed"
    assert "window=@ByteArray(x)" in settings_file.read_text(encoding="utf-8")  # kept
    store.setValue("author", "@Bo; Berg ")
    store.sync()
    assert load_settings().author == "@Bo; Berg "


# -- one codec: what QSettings reads, this reads ------------------------------------------

HAND_EDITED = {  # a settings file as a person may leave it → the author QSettings reads
    "[General]\nauthor=A\nauthor=B\n": "B",  # the last of a repeated key
    "author=Utan rubrik\n": "Utan rubrik",  # keys before any section are General ones
    "\ufeff[General]\r\nauthor=Bom\r\n": "Bom",
    "[general]\nauthor=Gemener\n": "Gemener",
    "[General]\nauthor=Bo Berg ; en kommentar\n": "Bo Berg",
    '[General]\nauthor = "Bo; Berg " \n': "Bo; Berg ",
    "; c\n# x\n[General]\njunk\nauthor=C\n[Other]\nauthor=D\n": "C",
    "[General]\nauthor=a\\x41b\\101\\q\n": "a\u041bA",
}


@pytest.mark.parametrize("text", HAND_EDITED)
def test_a_hand_edited_file_reads_as_qsettings_reads_it(settings_file: Path, text: str) -> None:
    from PySide6.QtCore import QSettings

    settings_file.write_text(text, encoding="utf-8", newline="")
    assert QSettings(str(settings_file), QSettings.Format.IniFormat).value("author") == \
        HAND_EDITED[text]
    assert load_settings().author == HAND_EDITED[text]


def test_a_damaged_settings_file_does_not_stop_the_command_line(
        settings_file: Path, tmp_path: Path) -> None:
    for damage in (b"[General]\nauthor=A\nauthor=B\n[General]\nbackups=99999999999999999999x\n",
                   b"\x00\xff" * 100, b"[General]\nauthor=\\xd800\\\n"):
        settings_file.write_bytes(damage)
        assert main(["new", str(tmp_path / "p.aktg"), "--title", "T"]) == 0
        (tmp_path / "p.aktg").unlink()


def test_saving_changes_only_the_settings_own_lines(settings_file: Path) -> None:
    from PySide6.QtCore import QSettings

    settings_file.write_text("; my notes\n[Other]\nx=1\n\n[General]\nauthor=A\nwindow=@Rect(0 0 1 "
                             "1)\nauthor=B\n", encoding="utf-8")
    save_settings(UserSettings(author="Åsa, KPMG", language="en", convention=Convention.ALL))
    text = settings_file.read_text(encoding="utf-8")
    assert text.startswith("; my notes\n[Other]\nx=1\n\n[General]\n")
    assert "window=@Rect(0 0 1 1)\n" in text and text.count("author=") == 1
    assert QSettings(str(settings_file), QSettings.Format.IniFormat).value("author") == \
        "Åsa, KPMG"


@hypothesis.settings(max_examples=150, deadline=None)
@hypothesis.given(st.text(min_size=1))
def test_any_name_reads_the_same_here_and_in_qsettings_both_ways(name: str) -> None:
    """One codec: what this writes QSettings reads, and what QSettings writes this reads."""
    from PySide6.QtCore import QSettings

    with tempfile.TemporaryDirectory() as folder:  # a new file each time: QSettings caches
        ours, theirs = Path(folder) / "ours.ini", Path(folder) / "theirs.ini"
        save_settings(UserSettings(author=name, language="sv", convention=Convention.ALL),
                      ours)
        assert QSettings(str(ours), QSettings.Format.IniFormat).value("author") == name
        assert load_settings(ours).author == name
        store = QSettings(str(theirs), QSettings.Format.IniFormat)
        store.setValue("author", name)
        store.sync()
        del store
        # QSettings itself loses a U+FEFF that starts a value: read what it reads back.
        back = QSettings(str(theirs), QSettings.Format.IniFormat).value("author")
        assert load_settings(theirs).author == (back or getpass.getuser())
