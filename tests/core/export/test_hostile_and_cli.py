"""Text Word cannot hold, very long text, the command line, and broken templates."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import zipfile

import docx
import pytest

from imr_studio.cli import main
from imr_studio.export import ExportError, check_template, default_template, export_action_plan, export_report
from imr_studio.model.narrative import Paragraph
from imr_studio.paths import sample_project


def test_hostile_text_exports(sample, tmp_path):
    sample.contact.events[0].summary = "Bell\x07 null\x00 tab\x0b form\x0c end\ufffe"
    sample.methodology.narrative = [
        Paragraph(text="word " * 210_000),
        Paragraph(text="Emoji 🙂👩‍👧 and right to left: مرحبا بالعالم עברית"),
    ]
    sample.review.agency = "Police & <Partners> \x01"
    out = export_report(sample, tmp_path / "hostile.docx")
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    assert any(len(t) > 1_000_000 for t in texts)
    assert "Emoji 🙂👩‍👧 and right to left: مرحبا بالعالم עברית" in texts
    cells = {c.text for t in document.tables for r in t.rows for c in r.cells}
    assert "Bell null tab  form  end" in cells
    assert "Police & <Partners> " in "\n".join(texts)


def test_default_template_passes_its_check():
    assert check_template(default_template()) == []


def test_broken_templates_are_named(tmp_path):
    not_word = tmp_path / "notes.docx"
    not_word.write_text("hello")
    assert "not a Word document" in check_template(not_word)[0]
    template = docx.Document(str(default_template()))
    body_tag = next(p for p in template.paragraphs if "{{ body }}" in p.text)
    body_tag.text = "{{ body"
    template.add_paragraph("}} and {{ unknown_name }}")
    template.sections[0].footer.paragraphs[0].text = "no marking here"
    broken = tmp_path / "broken.docx"
    template.save(str(broken))
    problems = "\n".join(check_template(broken))
    assert "split over more than one paragraph" in problems
    assert "only {{ body }}" in problems
    assert "does not show the protective marking" in problems


def test_missing_style_and_unknown_placeholder(tmp_path):
    template = docx.Document(str(default_template()))
    template.styles["Table Text"].delete()
    template.add_paragraph("{{ reviewer_nickname }}")
    path = tmp_path / "t.docx"
    template.save(str(path))
    problems = check_template(path)
    assert "the style “Table Text” is missing" in problems
    assert any("reviewer_nickname" in p for p in problems)
    with pytest.raises(ExportError, match="Table Text"):
        export_report(docx_sample(), tmp_path / "out.docx", template=path)
    assert not (tmp_path / "out.docx").exists()


def test_smart_quotes_inside_tags_are_tolerated(sample, tmp_path):
    template = docx.Document(str(default_template()))
    template.add_paragraph("{{ agency ~ “ – ” ~ reference }}")
    path = tmp_path / "quotes.docx"
    template.save(str(path))
    assert check_template(path) == []
    out = export_report(sample, tmp_path / "out.docx", template=path)
    assert "Northshire Police – Kettlemere DHR 2024/01" in [p.text for p in docx.Document(str(out)).paragraphs]


def docx_sample():
    from imr_studio.storage import load_project

    return load_project(sample_project())


def test_cli_exports_both_versions_and_the_action_plan(tmp_path, capsys):
    sample = str(sample_project())
    assert main(["export", sample, "-o", str(tmp_path / "r.docx")]) == 0
    assert main(["export", sample, "-o", str(tmp_path / "p.docx"), "--publication"]) == 0
    assert main(["export", sample, "-o", str(tmp_path / "t.docx"), "--template", str(default_template())]) == 0
    assert main(["export", sample, "--action-plan", "-o", str(tmp_path / "plan.docx")]) == 0
    assert main(["export", sample, "--action-plan", "-o", str(tmp_path / "plan.csv")]) == 0
    for name in ("r.docx", "p.docx", "t.docx", "plan.docx"):
        assert zipfile.is_zipfile(tmp_path / name)
    with open(tmp_path / "plan.csv", encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][:3] == ["Recommendation number", "Recommendation", "Action"]
    assert len(rows) > 4


@pytest.mark.parametrize(
    "extra, message",
    [
        (["--template", "missing.docx"], "does not exist"),
        (["--template", "sample"], "not a Word document"),
    ],
)
def test_cli_bad_template_is_exit_2(tmp_path, capsys, extra, message):
    extra = [str(sample_project()) if e == "sample" else str(tmp_path / e) if e.endswith(".docx") else e for e in extra]
    assert main(["export", str(sample_project()), "-o", str(tmp_path / "r.docx"), *extra]) == 2
    error = capsys.readouterr().err
    assert error.startswith("imr-studio: ") and message in error and error.count("\n") == 1


def test_cli_missing_project_is_exit_2_and_a_leak_exit_1_naming_each_place(tmp_path, capsys, sample):
    assert main(["export", str(tmp_path / "none.imr"), "-o", str(tmp_path / "r.docx")]) == 2
    assert "imr-studio: " in capsys.readouterr().err
    from imr_studio.storage import save_project

    sample.contact.events[0].summary = "The Halloway family called."
    project = tmp_path / "leaky.imr"
    save_project(sample, project)
    assert main(["export", str(project), "-o", str(tmp_path / "p.docx"), "--publication"]) == 1
    err = capsys.readouterr().err
    assert "nothing was saved" in err and "Halloway family called" in err
    assert not (tmp_path / "p.docx").exists()


def test_action_plan_publication_csv_is_checked(sample, tmp_path):
    sample.recommendations[0].actions[0].evidence = "Agreed with Mrs Halloway"
    with pytest.raises(ExportError, match="real name"):
        export_action_plan(sample, tmp_path / "plan.csv", fmt="csv", publication=True)
    assert not (tmp_path / "plan.csv").exists()


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice or poppler-utils is not installed")
def test_libreoffice_fills_in_the_contents_page_numbers(sample, tmp_path):
    out = export_report(sample, tmp_path / "r.docx")
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(out)],
        check=True, capture_output=True, timeout=180,
    )
    pdf = str(tmp_path / "r.pdf")
    pages = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True,
                           text=True).stdout.split("\f")
    entries = re.findall(r"^ *(?:\d+ +)?(\S.*?\S)\.{3,}(\d+)$", pages[1], re.MULTILINE)
    assert len(entries) > 30 and entries[0][0] == "Review details"
    for heading, page in entries:
        lines = [line.strip() for line in pages[int(page) - 1].splitlines()]
        assert any(line == heading or re.fullmatch(rf"\d+ +{re.escape(heading)}", line) for line in lines), heading
