"""Render the sample project's reports to PNG pages, to look at after changing a renderer.

    .venv/bin/python scripts/render_reports.py [OUT_FOLDER]   (default: out/reports)

Writes the demo project, its Torsby appendix (first footnote 5, findings), the joint report
of all units, the same in Word, Excel and CSV, and a made-up 30-file unit to show how a
wide sample splits; LibreOffice (`soffice`, where installed) renders each Word file to
`NAME-word.pdf` as a report writer would see it; then `pdftoppm` (poppler-utils) turns every
PDF page into a PNG.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
from pathlib import Path

from reviewer import review
from reviewer.cli import main as reviewer
from reviewer.model import Code
from reviewer.sample import write_demo
from reviewer.templates import builtin_template


def wide_project(path: Path, files: int = 30) -> None:
    rng = random.Random(30)
    with review.create_project(path, title="Exempel: stort urval (påhittat)",
                               template=builtin_template()) as project:
        unit, _ = review.add_unit(project, "Storstad kommun (påhittad)", files=files)
        for case_file in project.case_files(unit.id):
            for question in project.template.questions:
                if project.cells(case_file.id)[question.key].derived:
                    continue
                code = rng.choice([Code.JA, Code.JA, Code.JA, Code.NEJ, Code.EB, Code.ET])
                reason = "Framgår inte av akten." if code is Code.EB else (
                    "Ej tillämpligt i ärendet." if code is Code.ET else None)
                review.set_answer(project, case_file.id, question.key, code, author="Exempel",
                                  reason=reason)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "out/reports")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    demo, wide = out / "exempel.aktg", out / "stort-urval.aktg"
    write_demo(demo).close()
    wide_project(wide)
    runs = [
        [str(demo), "--unit", "Torsby kommun", "--first-footnote", "5", "--findings",
         "--out", str(out / "torsby.pdf")],
        [str(demo), "--all", "--joint", "--out", str(out / "gemensam.pdf")],
        [str(wide), "--out", str(out / "stort-urval.pdf")],
        [str(demo), "--all", "--joint", "--format", "docx", "--out", str(out / "gemensam.docx")],
        [str(demo), "--unit", "Torsby kommun", "--first-footnote", "5", "--findings",
         "--format", "docx", "--out", str(out / "torsby.docx")],
        [str(wide), "--format", "docx", "--out", str(out / "stort-urval.docx")],
        [str(demo), "--all", "--joint", "--format", "xlsx", "--out", str(out / "gemensam.xlsx")],
        [str(demo), "--all", "--format", "csv", "--out", str(out / "alla-svar.csv")],
        [str(wide), "--format", "xlsx", "--out", str(out / "stort-urval.xlsx")],
    ]
    for args in runs:
        if reviewer(["report", *args]) != 0:
            return 1
    soffice = shutil.which("soffice")
    for word in sorted(out.glob("*.docx")):
        if soffice is None:
            break
        subprocess.run([soffice, f"-env:UserInstallation=file://{out.resolve()}/lo-profile",
                        "--headless", "--convert-to", "pdf", "--outdir", str(out / "word"),
                        str(word)], check=True, capture_output=True)
        (out / "word" / f"{word.stem}.pdf").rename(out / f"{word.stem}-word.pdf")
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing (apt-get install poppler-utils); PDFs are in", out)
        return 0
    _print_workbooks(out)
    for pdf in sorted(out.glob("*.pdf")):
        subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(out / pdf.stem)],
                       check=True)
    print("\n".join(str(p) for p in sorted(out.glob("*.png"))))
    return 0


def _print_workbooks(out: Path) -> None:
    """Each workbook as LibreOffice Calc prints it, to `NAME-excel.pdf` (where `soffice` is
    installed: `libreoffice-calc-nogui fonts-crosextra-carlito`), in a profile of its own
    so a LibreOffice running elsewhere is not disturbed."""
    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice is missing: the workbooks are not printed")
        return
    for book in sorted(out.glob("*.xlsx")):
        subprocess.run([soffice, f"-env:UserInstallation={(out / 'lo-profile').as_uri()}",
                        "--headless", "--convert-to", "pdf", "--outdir", str(out / "excel"),
                        str(book)], check=True, capture_output=True)
        (out / "excel" / f"{book.stem}.pdf").rename(out / f"{book.stem}-excel.pdf")


if __name__ == "__main__":
    raise SystemExit(main())
