"""Templates: the built-in form, the file format, and invalid files refused clearly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reviewer.errors import TemplateError
from reviewer.model import Question, Template
from reviewer.templates import (
    auto_keys,
    builtin_template,
    key_of,
    load_template,
    template_to_data,
)


def test_builtin_template_is_the_published_form(reference: dict[str, Any]) -> None:
    template = builtin_template()
    assert template.keys == tuple(q["key"] for q in reference["questions"])
    assert [q.text for q in template.questions] == [q["text"] for q in reference["questions"]]
    assert template.question("1").footnote == reference["questions"][0]["question_footnote"]
    assert "14 dagar" in (template.question("1").footnote or "")
    assert [q.parent for q in template.questions][-3:] == ["8", "8", "8"]
    with_finding = [q["key"] for q in reference["questions"] if "finding" in q]
    assert [q.key for q in template.questions if q.finding] == with_finding


def test_template_file_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "mall.json"
    path.write_text(json.dumps(template_to_data(builtin_template()), ensure_ascii=False),
                    encoding="utf-8")
    assert load_template(path) == builtin_template()


def _write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "mall.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(("data", "expected"), [
    ({"questions": [{"key": "1", "text": "A"}, {"key": "1", "text": "B"}]}, "used twice"),
    ({"questions": [{"key": "1", "text": "A", "parent": "9"}]}, "unknown parent 9"),
    ({"questions": [{"key": "1", "text": "A", "parent": "2"},
                    {"key": "2", "text": "B", "parent": "1"}]}, "cycle"),
    ({"questions": [{"key": "1", "text": "A", "parent": "1"}]}, "cycle"),
    ({"questions": [{"key": "1", "text": "  "}]}, "text is empty"),
    ({"questions": [{"text": "A"}]}, "key is empty"),
    ({"questions": [{"key": "1", "text": "A", "colour": "red"}]}, "unknown fields colour"),
    ({"questions": []}, "no questions"),
    ({"frågor": []}, "list \"questions\""),
    ("{not json", "not readable JSON"),
    ({"questions": ["1"]}, "expected an object"),
], ids=["duplicate", "unknown-parent", "cycle", "self-parent", "empty-text", "empty-key",
        "unknown-field", "no-questions", "no-list", "bad-json", "not-object"])
def test_invalid_template_names_its_problem(tmp_path: Path, data: Any, expected: str,
                                            en: None) -> None:
    with pytest.raises(TemplateError) as caught:
        load_template(_write(tmp_path, data))
    assert expected in str(caught.value)


def test_every_problem_is_listed_at_once(tmp_path: Path, en: None) -> None:
    path = _write(tmp_path, {"questions": [{"key": "1", "text": ""},
                                           {"key": "1", "text": "B", "parent": "x"}]})
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    assert len(caught.value.problems) == 3


def test_missing_template_file(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="finns inte"):
        load_template(tmp_path / "saknas.json")


def test_the_auditor_names_a_question_by_its_printed_number_or_its_key() -> None:
    template = Template(name="T", questions=(
        Question(key="1", text="A"), Question(key="q7f3", text="B", label="2"),
        Question(key="2x", text="C", parent="1", label="1a")))
    assert key_of(template, "2") == "q7f3"
    assert key_of(template, " 1a ") == "2x"
    assert key_of(template, "q7f3") == "q7f3"
    with pytest.raises(KeyError):
        key_of(template, "3")


def test_published_numbering_letters_under_a_number_and_numbers_under_a_letter() -> None:
    questions = [Question(key="a", text="A"), Question(key="b", text="B"),
                 Question(key="c", text="C", parent="b"), Question(key="d", text="D", parent="b"),
                 Question(key="e", text="E", parent="d"), Question(key="f", text="F")]
    assert auto_keys(questions) == ["1", "2", "2a", "2b", "2b.1", "3"]
    many = [Question(key="p", text="P")] + [
        Question(key=f"s{i}", text="S", parent="p") for i in range(28)]
    assert auto_keys(many)[26:] == ["1z", "1aa", "1ab"]
