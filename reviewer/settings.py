"""The auditor's own settings (name, language, default Summa convention, backups kept, the
firm's shared template folder, the firm's Word document the bilaga is built on): one INI
file shared by the command line and the app, in QSettings' INI format, read and written
only here (through `reviewer.ini`); the app's Settings dialog saves with `save_settings`.

Environment variables override the file: AKTG_AUTHOR, AKTG_LANG.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path

from reviewer import i18n, ini
from reviewer.model import Convention
from reviewer.scratch import partial_path


def settings_path() -> Path:
    if "AKTG_SETTINGS" in os.environ:
        return Path(os.environ["AKTG_SETTINGS"])
    from platformdirs import user_config_dir

    return Path(user_config_dir("Aktgranskning", appauthor=False)) / "settings.ini"


def state_path() -> Path:
    """What the app remembers by itself (recent projects, window sizes), kept apart from
    the settings a person edits."""
    return settings_path().with_name("state.ini")


@dataclass(frozen=True)
class UserSettings:
    author: str
    language: str
    convention: Convention
    backups: int = 10  # rolling backups of a project kept in the data folder
    shared_templates: str = ""  # the firm's shared template folder ("": none)
    word_reference: str = ""  # the firm's .docx/.dotx a Word bilaga is built on ("": none)


def _text(path: Path) -> str:
    """The file's text; a file that cannot be read reads as empty, and bytes that are not
    UTF-8 as U+FFFD (as QSettings reads them): the settings must never stop the work."""
    try:
        return path.read_bytes().decode("utf-8", errors="replace")
    except OSError:
        return ""


def load_settings(path: Path | None = None) -> UserSettings:
    """The settings in force: environment, then the file, then the defaults."""
    stored = ini.read(_text(path or settings_path()))
    language = os.environ.get("AKTG_LANG") or stored.get("language", i18n.DEFAULT_LANGUAGE)
    try:
        convention = Convention(stored.get("convention", Convention.ALL.value))
    except ValueError:
        convention = Convention.ALL
    try:
        backups = min(max(0, int(stored.get("backups", "10"))), 1000)
    except ValueError:
        backups = 10
    return UserSettings(
        author=os.environ.get("AKTG_AUTHOR") or stored.get("author", "") or getpass.getuser(),
        language=language if language in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE,
        convention=convention, backups=backups,
        shared_templates=stored.get("shared_templates", "").strip(),
        word_reference=stored.get("word_reference", "").strip())


def author_origin(path: Path | None = None) -> str | None:
    """Where the author in force comes from: "AKTG_AUTHOR", the settings file's path, or
    None for the login name."""
    if os.environ.get("AKTG_AUTHOR"):
        return "AKTG_AUTHOR"
    path = path or settings_path()
    return str(path) if ini.read(_text(path)).get("author") else None


def save_settings(settings: UserSettings, path: Path | None = None) -> None:
    """Write the settings, changing only their own lines of the file (whatever else it
    holds stays). The file is replaced whole, so a crash leaves the one before; OSError
    when it cannot be written."""
    path = path or settings_path()
    text = ini.with_values(_text(path), {
        "author": settings.author, "language": settings.language,
        "convention": settings.convention.value, "backups": str(settings.backups),
        "shared_templates": settings.shared_templates,
        "word_reference": settings.word_reference})
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = partial_path(path)
    try:
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
