"""Where the shipped resources (templates, sample data, translations) live, and the user's
data folder (the sample project, backups)."""

import os
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
TEMPLATES_DIR = RESOURCES / "templates"
SAMPLE_DIR = RESOURCES / "sample"
I18N_DIR = RESOURCES / "i18n"


def data_dir() -> Path:
    """The user's data folder (AKTG_DATA overrides it, for tests and portable use)."""
    if "AKTG_DATA" in os.environ:
        return Path(os.environ["AKTG_DATA"])
    from platformdirs import user_data_dir

    return Path(user_data_dir("Aktgranskning", appauthor=False))


def log_path() -> Path:
    """Where unforeseen errors are written, for the app and the command line alike."""
    return data_dir() / "aktgranskning.log"
