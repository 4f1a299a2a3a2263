"""The auditor's settings: one INI file for CLI and app; environment overrides; damage
falls back to the defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

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
