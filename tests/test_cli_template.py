"""`reviewer template show|export|check` and `reviewer new --template FILE` with question
lists from Word, Excel and CSV: exit codes, output, and nothing made when refused."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.project import Project
from reviewer.sample import write_demo
from reviewer.templates import builtin_template, load_template, write_template
from tests.conftest import snapshot, write_csv
from tests.test_template_files import BAD_FILES, _bad_file
from tests.wordfiles import published_as_typed_list, published_as_word_list

Cli = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    """A command in this process: (exit code, stdout, stderr)."""
    def run(*args: str | Path) -> tuple[int, str, str]:
        code = main([*map(str, args), "--author", "Anna Revisor"])
        out, err = capsys.readouterr()
        return code, out, err
    return run


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.aktg"
    write_demo(path).close()
    return path


def test_show_prints_the_questions_with_sub_questions_indented(demo: Path, cli: Cli) -> None:
    code, out, err = cli("template", "show", demo)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == ("Missbruks- och beroendevård, aktgranskning (gemensam granskning): "
                        "11 frågor, varav 3 underfrågor")
    assert lines[1] == "1. Har utredning inletts utan dröjsmål och framgår skäl till utredning?"
    assert lines[2] == ("      Kriterium: Bedömningen görs på om utredning inletts skyndsamt "
                        "inom 14 dagar.")
    assert ("      Iakttagelse: I x av n akter har barnperspektivet beaktats") in lines
    at = lines.index("   8a. Framgår det av den individuella planen vilka insatser som behövs?")
    assert lines[at + 1] == "         gäller när 8 är Ja"


def test_show_reads_a_template_file_too(tmp_path: Path, cli: Cli) -> None:
    path = published_as_typed_list(tmp_path / "Bilaga 2.docx", builtin_template())
    code, out, _err = cli("template", "show", path, "--lang", "en")
    assert code == 0
    assert "   8c. Framgår det av den individuella planen vem som har det övergripande " \
           "ansvaret för planen?" in out.splitlines()


@pytest.mark.parametrize("suffix", [".xlsx", ".json"])
def test_export_writes_what_reads_back_as_the_projects_template(
        demo: Path, tmp_path: Path, cli: Cli, suffix: str) -> None:
    out = tmp_path / f"mall{suffix}"
    code, stdout, _err = cli("template", "export", demo, "--out", out)
    assert code == 0 and stdout == f"Skrev {out} (11 frågor).\n"
    with Project.open(demo, readonly=True) as project:
        assert load_template(out) == project.template


def test_export_does_not_replace_a_file_unless_told(demo: Path, tmp_path: Path,
                                                   cli: Cli) -> None:
    out = tmp_path / "mall.xlsx"
    out.write_bytes(b"an auditor's own workbook")
    code, _out, err = cli("template", "export", demo, "--out", out, "--lang", "en")
    assert code == 2
    assert err == (f"Error: The file {out} already exists.\n"
                   "To replace it, run the command again with --overwrite.\n")
    assert out.read_bytes() == b"an auditor's own workbook"
    assert cli("template", "export", demo, "--out", out, "--overwrite")[0] == 0
    assert load_template(out) == builtin_template()


@pytest.mark.parametrize("out", ["mall.docx", "mall.csv", "saknas/mall.xlsx"])
def test_export_refuses_what_it_cannot_write(demo: Path, tmp_path: Path, cli: Cli,
                                            out: str) -> None:
    before = snapshot(tmp_path)
    code, _out, err = cli("template", "export", demo, "--out", tmp_path / out, "--lang", "en")
    assert code == 2
    assert "A template is written as .xlsx or .json" in err or "does not exist" in err
    assert snapshot(tmp_path) == before


def test_export_converts_a_word_template_to_excel(tmp_path: Path, cli: Cli) -> None:
    word = published_as_word_list(tmp_path / "Bilaga 2.docx", builtin_template())
    assert cli("template", "export", word, "--out", tmp_path / "mall.xlsx")[0] == 0
    assert load_template(tmp_path / "mall.xlsx") == load_template(word)


def test_check_passes_a_good_file_in_one_line(tmp_path: Path, cli: Cli) -> None:
    write_template(builtin_template(), tmp_path / "mall.xlsx")
    code, out, err = cli("template", "check", tmp_path / "mall.xlsx", "--lang", "en")
    assert (code, err) == (0, "")
    assert out == (f"{tmp_path / 'mall.xlsx'}: a valid template “Missbruks- och "
                   "beroendevård, aktgranskning (gemensam granskning)”, 11 questions, of "
                   "them 3 sub-questions.\n")


def test_check_lists_every_problem_by_row(tmp_path: Path, cli: Cli) -> None:
    path = write_csv(tmp_path / "mall.csv", [
        ["Nr", "Fråga", "Överordnad"], ["1", "Finns beslut?", ""], ["2", "", ""],
        ["1", "Finns plan?", ""], ["3", "Om vård?", "4"], ["4", "Om boende?", "3"]],
        delimiter=";")
    code, out, err = cli("template", "check", path)
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        f"Fel: Mallen {path} är inte giltig:",
        "  - rad 3: fråga 2: texten är tom",
        "  - rad 4: fråga 3: nyckeln 1 används två gånger",
        "  - rad 5: fråga 3: dess överordnade fråga 4 kommer efter den",
        "  - rad 5: fråga 3: de överordnade frågorna bildar en slinga (3 → 4 → 3)",
        "  - rad 6: fråga 4: de överordnade frågorna bildar en slinga (4 → 3 → 4)",
    ]


def test_template_needs_a_sub_command(cli: Cli) -> None:
    with pytest.raises(SystemExit) as usage:
        cli("template")
    assert usage.value.code == 1


@pytest.mark.parametrize("write", ["word", "xlsx", "csv", "json"])
def test_new_project_from_a_template_in_each_format(tmp_path: Path, cli: Cli,
                                                    write: str) -> None:
    builtin = builtin_template()
    if write == "word":
        template = published_as_word_list(tmp_path / "Bilaga 2.docx", builtin)
    elif write == "csv":
        template = write_csv(tmp_path / "mall.csv", [
            ["Nr", "Kontrollfråga", "Kriterium", "Iakttagelse", "Överordnad"],
            *([q.key, q.text, q.footnote or "", q.finding or "", q.parent or ""]
              for q in builtin.questions)])
    else:
        template = tmp_path / f"mall.{write}"
        write_template(builtin, template)
    code, out, err = cli("new", tmp_path / "p.aktg", "--title", "Missbruk 2025",
                         "--template", template)
    assert code == 0, err
    assert out == f"Skapade {tmp_path / 'p.aktg'} (11 frågor).\n"
    with Project.open(tmp_path / "p.aktg", readonly=True) as project:
        assert project.template == load_template(template)
        assert [q.key for q in project.template.questions] == list(builtin.keys)


@pytest.mark.parametrize("kind", BAD_FILES)
def test_new_project_from_a_bad_template_makes_nothing(tmp_path: Path, cli: Cli,
                                                       kind: str) -> None:
    template, expected = _bad_file(kind, tmp_path)
    before = snapshot(tmp_path)
    code, out, err = cli("new", tmp_path / "p.aktg", "--title", "T", "--template", template,
                         "--lang", "en")
    assert (code, out) == (2, "")
    assert expected in err and "Traceback" not in err
    assert snapshot(tmp_path) == before
