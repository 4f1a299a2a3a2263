"""Refresh the Qt translation files of the app from the code (pyside6-lupdate) and report
what still lacks a translation.

    .venv/bin/python scripts/update_ui_translations.py

Translations are edited in resources/i18n/aktgranskning_sv.ts (Qt Linguist or by hand);
the app compiles them with pyside6-lrelease when it starts (reviewer/ui/translation.py).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILES = sorted((ROOT / "resources" / "i18n").glob("aktgranskning_*.ts"))


def unfinished(ts: Path) -> list[str]:
    """Source texts without a finished translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") == "unfinished" \
                or not (translation.text or "").strip():
            missing.append(source)
    return missing


def main() -> int:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (ROOT / "reviewer" / "ui").rglob("*.py"))
    for ts in TS_FILES:
        subprocess.run([str(lupdate), *sources, "-ts", str(ts), "-no-obsolete",
                        "-locations", "none"], check=True)
        for source in unfinished(ts):
            print(f"{ts.name}: untranslated: {source!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
