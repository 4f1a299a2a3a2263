"""Where the shipped resources (templates, sample data, translations) live."""

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
TEMPLATES_DIR = RESOURCES / "templates"
SAMPLE_DIR = RESOURCES / "sample"
I18N_DIR = RESOURCES / "i18n"
