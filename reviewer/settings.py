"""The auditor's own settings (name, language, default Summa convention), one INI file
shared by the command line and the app (which opens it with QSettings in IniFormat).

Environment variables override the file: AKTG_AUTHOR, AKTG_LANG.
"""

from __future__ import annotations

import configparser
import contextlib
import getpass
import os
from dataclasses import dataclass
from pathlib import Path

from reviewer import i18n
from reviewer.model import Convention

SECTION = "General"  # where QSettings keeps keys without a group


def settings_path() -> Path:
    if "AKTG_SETTINGS" in os.environ:
        return Path(os.environ["AKTG_SETTINGS"])
    from platformdirs import user_config_dir

    return Path(user_config_dir("Aktgranskning", appauthor=False)) / "settings.ini"


@dataclass(frozen=True)
class UserSettings:
    author: str
    language: str
    convention: Convention


def load_settings(path: Path | None = None) -> UserSettings:
    """The settings in force: environment, then the file, then the defaults."""
    parser = configparser.ConfigParser(interpolation=None)
    # A damaged settings file must not stop the work: the defaults apply.
    with contextlib.suppress(configparser.Error, UnicodeDecodeError):
        parser.read(path or settings_path(), encoding="utf-8")
    stored = parser[SECTION] if parser.has_section(SECTION) else {}
    language = os.environ.get("AKTG_LANG") or stored.get("language", i18n.DEFAULT_LANGUAGE)
    try:
        convention = Convention(stored.get("convention", Convention.ALL.value))
    except ValueError:
        convention = Convention.ALL
    return UserSettings(
        author=os.environ.get("AKTG_AUTHOR") or stored.get("author", "") or getpass.getuser(),
        language=language if language in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE,
        convention=convention)


def save_settings(settings: UserSettings, path: Path | None = None) -> None:
    path = path or settings_path()
    parser = configparser.ConfigParser(interpolation=None)
    parser[SECTION] = {"author": settings.author, "language": settings.language,
                       "convention": settings.convention.value}
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        parser.write(f)
