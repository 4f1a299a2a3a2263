"""The sample project's reports are the same, text for text, as the copy made before the
structure of the rules and renderers changed (issue 12): a change of structure shows
nothing to the auditor."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.golden import GOLDEN, render


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_sample_reports_read_as_the_copy_made_before_the_change() -> None:
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    made = render()
    assert made.keys() == expected.keys()
    for name in expected:
        assert made[name] == expected[name], name
