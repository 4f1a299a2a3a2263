"""The one translation mechanism for user-facing text outside Qt widgets.

Source strings are English; `resources/i18n/<lang>.json` maps them to a language.
Swedish is the default. The app sets the language from its settings; the CLI from --lang.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache

from reviewer.paths import I18N_DIR

DEFAULT_LANGUAGE = "sv"
LANGUAGES = ("sv", "en")

_language = DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    _language = language


def language() -> str:
    return _language


@cache
def _catalog(lang: str) -> dict[str, str]:
    if lang == "en":
        return {}
    with (I18N_DIR / f"{lang}.json").open(encoding="utf-8") as f:
        catalog: dict[str, str] = json.load(f)
    return catalog


def _(message: str, /, **params: object) -> str:
    """Translate `message` into the current language and fill in `params`."""
    text = _catalog(_language).get(message, message)
    return text.format(**params) if params else text


def local_time(stamp: str, *, seconds: bool = False) -> str:
    """A stored UTC time (ISO 8601) as people read it: local time, to the minute."""
    try:
        moment = dt.datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    return moment.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def N_(message: str, /) -> str:
    """Mark a string for translation where it is translated later (gettext_noop)."""
    return message


def translate(language: str, message: str, /, **params: object) -> str:
    """`message` in `language` whatever the current one (a report's text is Swedish)."""
    text = _catalog(language).get(message, message) if language in LANGUAGES else message
    return text.format(**params) if params else text
