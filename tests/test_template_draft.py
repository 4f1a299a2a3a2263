"""A template while it is edited (`reviewer.template_draft`): numbering, the edits the
editor offers, what it gives back for a new template and for a project's, and the template
library (`reviewer.library`): listing, a file that cannot be read, saving."""

from __future__ import annotations

import os
from pathlib import Path

import hypothesis
import pytest
from hypothesis import strategies as st

from reviewer.errors import TemplateError
from reviewer.library import OWN, SHARED, library_path, list_library, own_folder, save_template
from reviewer.model import Question, Template
from reviewer.template_draft import Draft
from reviewer.templates import builtin_template, load_template, template_problems


def numbers(draft: Draft) -> list[str]:
    return list(draft.numbers)


def test_the_builtin_template_opens_numbered_automatically_and_comes_back_unchanged() -> None:
    draft = Draft.of(builtin_template())
    assert all(q.number == "" for q in draft.questions)
    assert draft.template() == builtin_template()
    assert draft.depths[-3:] == (1, 1, 1)


def test_a_question_moves_with_its_sub_questions_and_is_numbered_anew() -> None:
    draft = Draft.of(builtin_template())
    moved, row = draft.move(7, -1) or pytest.fail("8 moves up")
    assert row == 6 and numbers(moved)[6:] == ["7", "7a", "7b", "7c", "8"]
    template = moved.template()
    assert template.question("7").text.startswith("Har en Samordnad")
    assert [q.parent for q in template.questions][7:] == ["7", "7", "7", None]
    back, row = moved.move(6, +1) or pytest.fail("and back down")
    assert row == 7 and back.template() == builtin_template()
    assert draft.move(0, -1) is None and draft.move(7, +1) is None  # ends of the level
    assert draft.move(8, -1) is None  # 8a is the first under 8


def test_indent_makes_a_sub_question_of_the_one_above_and_outdent_takes_it_back() -> None:
    draft = Draft.of(builtin_template())
    indented, row = draft.indent(7) or pytest.fail("8 under 7")
    assert row == 7 and numbers(indented)[6:] == ["7", "7a", "7a.1", "7a.2", "7a.3"]
    outdented, row = indented.outdent(7) or pytest.fail("8 back")
    assert outdented.template() == builtin_template()
    assert draft.indent(0) is None and draft.indent(8) is None and draft.outdent(0) is None
    # A sub-question taken out goes after its parent's other sub-questions.
    out, row = draft.outdent(8) or pytest.fail("8a out")
    assert row == 10 and numbers(out)[7:] == ["8", "8a", "8b", "9"]
    assert out.questions[10].text.startswith("Framgår det av den individuella planen vilka "
                                             "insatser som behövs")


def test_a_new_question_comes_after_the_current_one_and_its_sub_questions() -> None:
    draft = Draft.of(builtin_template())
    added, row = draft.add(7)
    assert row == 11 and numbers(added)[-1] == "9" and added.questions[-1].parent is None
    added, row = draft.add(8)  # after 8a, at its level
    assert row == 9 and numbers(added)[8:] == ["8a", "8b", "8c", "8d"]
    assert added.questions[9].key.startswith("q") and added.questions[9].parent == "8"
    empty, row = Draft.of(Template(name="", questions=())).add(None)
    assert row == 0 and numbers(empty) == ["1"]


def test_removing_a_question_takes_its_sub_questions() -> None:
    removed, count = Draft.of(builtin_template()).remove(7)
    assert count == 4 and numbers(removed) == ["1", "2", "3", "4", "5", "6", "7"]


def test_a_typed_number_stays_and_its_sub_questions_follow_it() -> None:
    draft = Draft.of(builtin_template()).with_field(7, "number", "8 ")
    assert draft.questions[7].number == ""  # what the numbering gives: automatic
    draft = draft.with_field(7, "number", "SIP")
    assert numbers(draft)[7:] == ["SIP", "SIPa", "SIPb", "SIPc"]
    moved, _row = draft.move(7, -1) or pytest.fail("moves")
    assert numbers(moved)[6:] == ["SIP", "SIPa", "SIPb", "SIPc", "8"]  # 7 counts on
    assert Draft.of(moved.template()).questions[6].number == "SIP"  # kept when reopened


def test_a_new_template_is_keyed_by_its_numbers_and_a_projects_keeps_its_keys() -> None:
    draft, _row = Draft.of(builtin_template()).move(7, -1) or pytest.fail("moves")
    draft = draft.with_field(6, "text", "Har SIP upprättats?")
    assert draft.template().keys[6:] == ("7", "7a", "7b", "7c", "8")
    kept = Draft.of(builtin_template(), new=False)
    moved, _row = kept.move(7, -1) or pytest.fail("moves")
    added, row = moved.add(0)
    added = added.with_field(row, "text", "Ny fråga?")
    template = added.template()
    assert template.keys[7:] == ("8", "8a", "8b", "8c", "7")  # identities never change
    assert [q.printed_key for q in template.questions] == [
        "1", "2", "3", "4", "5", "6", "7", "8", "8a", "8b", "8c", "9"]
    new = template.questions[1]
    assert new.key.startswith("q") and len(new.key) == 9 and new.label == "2"
    assert template.question("7").label == "9" and template.question("2").label == "3"
    assert template.question("8").label is None  # printed as its key: no label


def test_problems_name_the_row_and_the_field_by_printed_number() -> None:
    draft, _row = Draft.of(builtin_template()).add(0)
    draft = draft.with_field(2, "number", "2").with_field(3, "footnote", "811218-9876")
    found = {(p.index, p.field) for p in draft.problems()}
    assert found == {(1, "text"), (2, "key"), (3, "footnote")}
    assert Draft.of(Template(name="", questions=())).problems()[0].field == "questions"


edits = st.lists(st.tuples(st.sampled_from(["add", "remove", "up", "down", "in", "out"]),
                           st.integers(0, 30)), max_size=40)


@hypothesis.given(edits)
@hypothesis.settings(deadline=None, max_examples=150)
def test_any_edits_keep_the_tree_in_order_and_the_numbers_unique(
        steps: list[tuple[str, int]]) -> None:
    draft = Draft.of(builtin_template())
    for name, at in steps:
        row = at % len(draft) if len(draft) else None
        if name == "add" or row is None:
            draft, added = draft.add(row)
            draft = draft.with_field(added, "text", f"Fråga {added}?")
            continue
        done = (draft.remove(row)[0], row) if name == "remove" else \
            draft.move(row, -1) if name == "up" else draft.move(row, +1) if name == "down" \
            else draft.indent(row) if name == "in" else draft.outdent(row)
        if done is not None:
            draft = done[0]
    if draft.questions:
        assert template_problems(draft.template()) == []
        assert sorted(draft.template().keys) == sorted(set(draft.numbers))
        for index in range(len(draft)):  # a question's sub-questions follow it
            assert list(draft.block(index)) == [
                i for i in range(index, len(draft))
                if i == index or draft._is_below(i, draft.questions[index].key)]


# -- the library -------------------------------------------------------------------------


def test_the_library_lists_own_and_shared_templates_and_a_broken_file_as_such(
        tmp_path: Path) -> None:
    short = Template(name="Kort mall", questions=(Question("1", "Finns en plan?"),))
    save_template(builtin_template(), library_path(builtin_template().name))
    (own_folder() / "trasig.json").write_text('{"questions": [{"key": "1"}]', encoding="utf-8")
    (own_folder() / "anteckningar.txt").write_text("inte en mall", encoding="utf-8")
    (own_folder() / ".halvfärdig.json.partial").write_text("{", encoding="utf-8")
    shared = tmp_path / "byrån"
    save_template(short, shared / "kort.json")
    os.utime(shared / "kort.json", (1_700_000_000, 1_700_000_000))
    entries = list_library(shared)
    assert [(e.name, e.folder, e.questions, e.usable) for e in entries] == [
        (builtin_template().name, OWN, 11, True), ("trasig", OWN, 0, False),
        ("Kort mall", SHARED, 1, True)]
    assert "JSON" in entries[1].problem or "json" in entries[1].problem.lower()
    assert entries[2].template == short and entries[2].changed is not None
    assert entries[2].changed.year == 2023


def test_a_shared_folder_out_of_reach_is_listed_and_an_own_one_not_yet_made_is_empty(
        tmp_path: Path) -> None:
    assert list_library() == []
    (entry,) = list_library(tmp_path / "nätverksenhet")
    assert entry.folder == SHARED and not entry.usable and "nätverksenhet" in entry.problem


def test_saving_refuses_a_template_with_problems_and_writes_nothing(tmp_path: Path) -> None:
    bad = Template(name="Mall", questions=(Question("1", ""),))
    with pytest.raises(TemplateError):
        save_template(bad, tmp_path / "mall.json")
    with pytest.raises(TemplateError):
        save_template(Template(name="Tom", questions=()), tmp_path / "tom.json")
    assert list(tmp_path.iterdir()) == []
    path = save_template(builtin_template(), tmp_path / "mall.json")
    assert load_template(path) == builtin_template()


def test_a_library_file_name_is_made_safe_from_the_templates_name() -> None:
    assert library_path("LSS: boende/daglig verksamhet").name == \
        "LSS- boende-daglig verksamhet.json"
    assert library_path(" . ").name == "mall.json"


def test_the_preview_of_a_projects_template_prints_the_numbers_not_the_keys() -> None:
    from reviewer.report.builder import blank_report

    draft, row = Draft.of(builtin_template(), new=False).add(None)
    draft = draft.with_field(row, "text", "Ny sista fråga?")
    moved, _row = draft.move(row, -1) or pytest.fail("moves")
    template = moved.template()
    (appendix,) = blank_report(template).appendices
    assert [r.question.text.split(".")[0] for r in appendix.rows] == [
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "9a", "9b", "9c"]
    assert all(c.text == "" for r in appendix.rows for c in (*r.cells, r.summa))
    assert appendix.file_labels == tuple(str(n) for n in range(1, 11))


def test_the_shared_folder_is_a_setting_that_round_trips() -> None:
    from reviewer.model import Convention
    from reviewer.settings import UserSettings, load_settings, save_settings

    save_settings(UserSettings(author="Anna", language="sv", convention=Convention.ALL,
                               shared_templates="/srv/byrå/mallar"))
    assert load_settings().shared_templates == "/srv/byrå/mallar"
