"""One translation mechanism: every message in the domain and CLI has its Swedish text."""

from __future__ import annotations

import json
import string
import sys
from pathlib import Path

from reviewer import i18n
from reviewer.errors import ProjectFileError
from reviewer.paths import I18N_DIR

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from messages import messages


def _fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_every_message_has_a_swedish_translation_with_the_same_fields() -> None:
    catalog = json.loads((I18N_DIR / "sv.json").read_text(encoding="utf-8"))
    found = messages()
    assert len(found) > 100
    missing = sorted(m for m in found if m not in catalog)
    assert missing == []
    for message in found:
        assert _fields(catalog[message]) == _fields(message), message
    assert sorted(set(catalog) - set(found)) == []  # no stale entries


def test_errors_speak_swedish_by_default_and_english_on_request() -> None:
    error = ProjectFileError("The file {path} does not exist.", path="x.aktg")
    assert str(error) == "Filen x.aktg finns inte."
    i18n.set_language("en")
    try:
        assert str(error) == "The file x.aktg does not exist."
    finally:
        i18n.set_language(i18n.DEFAULT_LANGUAGE)
