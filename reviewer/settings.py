"""The auditor's own settings (name, language, default Summa convention), one INI file
shared by the command line and the app (which reads and writes it with QSettings in
IniFormat, so strings here follow QSettings' quoting).

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
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_UNESCAPES = {"\\": "\\", '"': '"', "n": "\n", "r": "\r", "t": "\t"}


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


def qsettings_quote(value: str) -> str:
    """A string as QSettings writes it in an INI file (quoted where a comma would split it)."""
    escaped = "".join(_ESCAPES.get(ch, ch) for ch in value)
    if escaped.startswith("@"):
        escaped = "@" + escaped
    if any(ch in value for ch in ",;=") or value[:1] == " " or value[-1:] == " ":
        return f'"{escaped}"'
    return escaped


def qsettings_unquote(raw: str) -> str:
    """The string QSettings reads from an INI value (quotes and escapes undone)."""
    text = raw.strip()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1]
    if text.startswith("@@"):
        text = text[1:]
    out: list[str] = []
    characters = iter(text)
    for ch in characters:
        out.append(_UNESCAPES.get(next(characters, ""), "") if ch == "\\" else ch)
    return "".join(out)


def _read(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # QSettings keys keep case
    # A damaged settings file must not stop the work: the defaults apply.
    with contextlib.suppress(configparser.Error, UnicodeDecodeError):
        parser.read(path, encoding="utf-8")
    return parser


def load_settings(path: Path | None = None) -> UserSettings:
    """The settings in force: environment, then the file, then the defaults."""
    parser = _read(path or settings_path())
    stored = ({k: qsettings_unquote(v) for k, v in parser[SECTION].items()}
              if parser.has_section(SECTION) else {})
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
        convention=convention, backups=backups)


def author_origin(path: Path | None = None) -> str | None:
    """Where the author in force comes from: "AKTG_AUTHOR", the settings file's path, or
    None for the login name."""
    if os.environ.get("AKTG_AUTHOR"):
        return "AKTG_AUTHOR"
    path = path or settings_path()
    parser = _read(path)
    if parser.has_section(SECTION) and qsettings_unquote(parser[SECTION].get("author", "")):
        return str(path)
    return None


def save_settings(settings: UserSettings, path: Path | None = None) -> None:
    """Write the settings, keeping whatever else the file holds."""
    path = path or settings_path()
    parser = _read(path)
    if not parser.has_section(SECTION):
        parser.add_section(SECTION)
    for key, value in (("author", settings.author), ("language", settings.language),
                       ("convention", settings.convention.value),
                       ("backups", str(settings.backups))):
        parser[SECTION][key] = qsettings_quote(value)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        parser.write(f, space_around_delimiters=False)
