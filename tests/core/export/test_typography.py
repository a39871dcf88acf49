"""The report reads like a professional document: no code or word broken, related parts kept together, and a
glossary of every acronym the report uses, its own fixed wording included."""

from __future__ import annotations

import docx
from docx.oxml.ns import qn
from hypothesis import given, settings
from hypothesis import strategies as st

from imr_studio.export import export_report
from imr_studio.export.column_widths import fitted_widths, word_width_pt
from imr_studio.model.document import Document

EMU_PER_PT = 12_700


def _cell_text(cell) -> str:
    """The cell's text with non-breaking hyphens shown as hyphens."""
    return "".join((e.text or "") if e.tag == qn("w:t") else "-"
                   for e in cell._tc.iter(qn("w:t"), qn("w:noBreakHyphen")))


def _grid(table) -> list[int]:
    return [int(col.get(qn("w:w"))) * 635 for col in table._tbl.tblGrid.findall(qn("w:gridCol"))]  # twips to EMU


def test_every_column_of_the_sample_report_is_wide_enough_for_its_longest_word(sample, tmp_path):
    document = docx.Document(str(export_report(sample, tmp_path / "r.docx")))
    size = document.styles["Table Text"].font.size.pt
    checked = 0
    for table in document.tables[1:]:  # the title page's table is the template's own
        widths = _grid(table)
        for row in table.rows:
            for column, cell in enumerate(row.cells[: len(widths)]):
                for word in _cell_text(cell).split():
                    needed = word_width_pt(word, size, bold=True) * EMU_PER_PT
                    assert needed <= widths[column] or needed > 0.4 * sum(widths), (word, column)
                    checked += 1
    assert checked > 1000


def test_hyphens_inside_reference_numbers_never_break_and_ordinary_ones_may(sample, tmp_path):
    document = docx.Document(str(export_report(sample, tmp_path / "r.docx")))
    chronology = next(t for t in document.tables if t.rows[0].cells[-1].text == "Source reference")
    cells = [cell for row in chronology.rows[1:] for cell in row.cells]
    references = [cell._tc for cell in cells[7::8]]
    assert "220625-0871" in " ".join(_cell_text(cell) for cell in cells)
    written = " ".join(t.text or "" for tc in references for t in tc.iter(qn("w:t")))
    assert "220625-0871" not in written and "220625" in written  # its hyphen is a non-breaking one
    words = " ".join(t.text or "" for cell in cells for t in cell._tc.iter(qn("w:t")))
    assert "body-worn" in words  # an ordinary word keeps its ordinary hyphen


def test_a_learning_point_or_recommendation_is_kept_on_one_page_with_its_table(sample, tmp_path):
    document = docx.Document(str(export_report(sample, tmp_path / "r.docx")))
    body = list(document.element.body)
    for title in ("Learning point 1", "Recommendation 1", "Conclusion 1"):
        heading = next(p for p in document.paragraphs if p.style.name.startswith("Heading") and p.text == title)
        start = body.index(heading._p)
        table_at = next(i for i in range(start, len(body)) if body[i].tag == qn("w:tbl"))
        paragraphs = [p for e in body[start : table_at + 1] for p in e.iter(qn("w:p"))]
        kept = [p.find(qn("w:pPr") + "/" + qn("w:keepNext")) is not None for p in paragraphs]
        assert all(kept[:-1]), title  # the heading, the text and every row but the last keep with the next


def test_the_glossary_has_the_acronyms_of_the_reports_own_wording(tmp_path):
    document = docx.Document(str(export_report(Document(), tmp_path / "empty.docx")))
    glossary = document.tables[-1]
    terms = {row.cells[0].text: row.cells[1].text for row in glossary.rows[1:]}
    assert "IMR" in terms and terms["IMR"].startswith("Individual Management Review")
    assert any("IMR" in p.text for p in document.paragraphs + [c.paragraphs[0] for t in document.tables[:1]
                                                               for r in t.rows for c in r.cells])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(min_value=0.5, max_value=10), min_size=1, max_size=9),
       st.lists(st.text(alphabet="ab-0/ ", min_size=0, max_size=30), min_size=0, max_size=12),
       st.integers(min_value=2_000_000, max_value=9_000_000))
def test_fitted_widths_fill_the_table_and_give_each_column_its_longest_word_when_they_can(weights, texts, total):
    titles = ["Title"] * len(weights)
    rows = [[texts[(r + c) % len(texts)] if texts else "" for c in range(len(weights))] for r in range(3)]
    widths = fitted_widths(weights, titles, rows, total, 9.5)
    assert len(widths) == len(weights) and all(w > 0 for w in widths)
    assert abs(sum(widths) - total) <= len(widths) + 1
    needed = fitted_widths([1] * len(weights), titles, rows, 10**12, 9.5)  # unconstrained: at least what each needs
    if sum(min(n, total * 0.4) for n in needed) < total * 0.9:
        for width, column in zip(widths, range(len(weights))):
            longest = max([word_width_pt(w, 9.5) for r in rows for w in r[column].split()] + [0])
            assert width + 1 >= min((longest + 11) * EMU_PER_PT, total * 0.4)


def test_every_heading_keeps_with_the_paragraph_after_it(sample, tmp_path):
    document = docx.Document(str(export_report(sample, tmp_path / "r.docx")))
    headings = [p for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert len(headings) > 40
    assert all(p.paragraph_format.keep_with_next or p.style.paragraph_format.keep_with_next for p in headings)
