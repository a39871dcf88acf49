"""File › Print preview and Print: a reading copy of the IMR, laid out on pages."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from imr_studio.export.printable import printable_html
from imr_studio.model.document import Document


def test_the_reading_copy_prints_to_pages(qtbot, window, tmp_path) -> None:
    window.open_sample(ask=False)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "copy.pdf"))
    window.render_printable(printer)
    data = (tmp_path / "copy.pdf").read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page") > 5


def test_print_preview_opens_on_the_reading_copy(qtbot, window) -> None:
    window.commands.print_preview.trigger()
    assert isinstance(window.print_dialog, QPrintPreviewDialog)
    qtbot.waitUntil(window.print_dialog.isVisible)
    window.print_dialog.close()


def test_the_reading_copy_shows_what_was_written_and_says_where_nothing_was() -> None:
    html = printable_html(Document())
    assert html.count("Nothing written yet.") >= 9 and "Quality assurance" not in html
