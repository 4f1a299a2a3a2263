"""The interface language: Qt's translator for widget text (compiled from the .ts files
in resources/i18n with pyside6-lrelease, once, into the cache folder) and the domain's
catalog for messages from `reviewer`. Swedish is the default; English is the source text."""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from reviewer import i18n
from reviewer.paths import I18N_DIR

log = logging.getLogger("aktgranskning")


def _compiled(language: str) -> Path | None:
    """The .qm file for `language`, compiled when missing or older than its .ts."""
    import PySide6
    from platformdirs import user_cache_dir

    source = I18N_DIR / f"aktgranskning_{language}.ts"
    if not source.exists():
        return None
    target = Path(user_cache_dir("Aktgranskning", appauthor=False)) / f"{source.stem}.qm"
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    try:
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)],
                       check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as exc:
        log.error("could not compile %s: %s", source, exc)
        return None
    return target


_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str) -> QTranslator | None:
    """Switch the interface to `language`; English needs no translator.

    Qt's own texts (Yes/No, the wizard's Next, the file and print dialogs) come from the
    translations shipped with Qt."""
    i18n.set_language(language if language in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE)
    while _installed:  # a language chosen at the first start replaces the one before
        app.removeTranslator(_installed.pop())
    if language == "en":
        return None
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    compiled = _compiled(language)
    translator = QTranslator(app)
    if compiled is None or not translator.load(str(compiled)):
        log.error("no interface translation for %s; showing English", language)
        return None
    app.installTranslator(translator)
    _installed.append(translator)
    return translator
