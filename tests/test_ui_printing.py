"""Printing our PDFs: pdfium's page images, the print preview's painting, the "ready" box.

The printed result is read back from a real file (a PDF printer's output, read with pypdf)
rather than trusted from the painter. Only QMessageBox, QFileDialog, QDesktopServices and
the preview's exec() are patched: the edge where the person or the system takes over.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.cases import write_talon_pdf
from app.context import AppContext
from app.intake import ApplicantInput, IntakeRequest, register
from app.office import init_office
from forms.data import Bilingual, JournalData, JournalRow, OfficeHeader
from forms.journal import render_journal_pdf
from ui import printing
from ui.printing import PdfPrintPreview, offer_document, paint_pdf, pdf_page_images

# Qt's warnings (a painter on an inactive device, a bad image format) fail these tests.
pytestmark = pytest.mark.qt_log_level_fail("WARNING")

A4_W_MM, A4_H_MM = 210, 297
MM_PER_INCH = 25.4


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    with AppContext(home) as c:
        init_office(
            c,
            role="akimat",
            code="196435100",
            name_kk="Қосшы ауылдық округі әкімінің аппараты",
            name_ru="Аппарат акима Косшынского сельского округа",
            staff_surname="Сейітова",
            staff_name="Әсел",
            staff_login="specialist",
            staff_role="specialist",
        )
        yield c


@pytest.fixture
def talon_pdf(ctx: AppContext) -> Path:
    """A talon as the intake dialog prints it: registered, then rendered by app.cases."""
    svc = ctx.catalogue.get("child-allowance")
    result = register(
        ctx,
        IntakeRequest(
            service_code=svc.code,
            applicant=ApplicantInput(iin="791028302728", surname="Әбілқайыров", name="Нұрлан"),
            documents=[d.name.ru for d in svc.documents if d.required],
        ),
    )
    return write_talon_pdf(ctx, result.application_id)


@pytest.fixture
def journal_pdf(tmp_path: Path) -> Path:
    """A journal long enough to need several A4 landscape pages."""
    start = datetime(2026, 3, 2, 9, 0)
    rows = tuple(
        JournalRow(
            number=f"{n}/2026",
            registered_at=start + timedelta(hours=n),
            applicant_name="Әбдіғалиева Гүлнұр Серікқызы",
            applicant_iin="791028302728",
            service=Bilingual(
                "Мемлекеттік атаулы әлеуметтік көмек тағайындау",
                "Назначение государственной адресной социальной помощи",
            ),
            status=Bilingual("Тіркелді", "Зарегистрировано"),
            due_date=date(2026, 4, 1),
        )
        for n in range(1, 61)
    )
    office = OfficeHeader(code="196435100", name=Bilingual("Қосшы", "Косшы"))
    data = JournalData(office, date(2026, 3, 1), date(2026, 3, 31), rows)
    return render_journal_pdf(data, tmp_path / "journal.pdf")


# --- what is on an image -----------------------------------------------------------------


def _gray_rows(image: QImage) -> list[bytes]:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(gray.constBits())
    stride = gray.bytesPerLine()
    return [data[y * stride : y * stride + gray.width()] for y in range(gray.height())]


def _ink_box(image: QImage, threshold: int = 160) -> tuple[int, int, int, int, float]:
    """(left, top, right, bottom) of the dark pixels, and the share of the page they cover."""
    rows = _gray_rows(image)
    dark_rows = [y for y, row in enumerate(rows) if min(row) < threshold]
    assert dark_rows, "the page is blank"
    cols = [x for row in rows for x, v in enumerate(row) if v < threshold]
    return min(cols), dark_rows[0], max(cols), dark_rows[-1], len(cols) / len(rows[0]) / len(rows)


def _pages(path: Path) -> int:
    return len(PdfReader(path).pages)


# --- pdf_page_images -------------------------------------------------------------------------


def test_page_images_are_a4_with_the_form_inside_its_margins(talon_pdf: Path) -> None:
    dpi = 60
    images = pdf_page_images(talon_pdf, dpi)
    gc.collect()  # the images must own their pixels, not borrow pdfium's freed buffer
    assert len(images) == _pages(talon_pdf) == 1
    [image] = images
    px_per_mm = dpi / MM_PER_INCH
    assert image.width() == pytest.approx(A4_W_MM * px_per_mm, abs=1)
    assert image.height() == pytest.approx(A4_H_MM * px_per_mm, abs=1)
    assert image.pixelColor(0, 0).name() == "#ffffff"  # the paper is white, not transparent
    left, top, right, bottom, ink = _ink_box(image)
    # Printed text, but mostly paper: not a blank page, not a black or scrambled one.
    assert 0.005 < ink < 0.25
    # The form sits inside its margins on both sides: a wrong stride would shear it sideways.
    assert 3 * px_per_mm < left < 25 * px_per_mm
    assert 3 * px_per_mm < image.width() - right < 25 * px_per_mm
    assert top < 40 * px_per_mm
    assert bottom > A4_H_MM / 3 * px_per_mm


def test_page_images_of_a_journal_are_landscape_pages(journal_pdf: Path) -> None:
    images = pdf_page_images(journal_pdf, 30)
    assert len(images) == _pages(journal_pdf) > 1
    for image in images:
        assert image.width() / image.height() == pytest.approx(A4_H_MM / A4_W_MM, rel=0.01)


def test_page_images_from_a_folder_with_kazakh_letters(talon_pdf: Path, tmp_path: Path) -> None:
    folder = tmp_path / "Құжаттар"  # a Windows user folder is often named in Kazakh
    folder.mkdir()
    copy = folder / "талон.pdf"
    copy.write_bytes(talon_pdf.read_bytes())
    assert len(pdf_page_images(copy, 20)) == 1


def test_page_images_of_a_broken_file_raise(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 cut off here")
    with pytest.raises(RuntimeError):  # pdfium.PdfiumError
        pdf_page_images(bad)


# --- the preview and the printer ---------------------------------------------------------


def _pdf_printer(out: Path, layout: QPageLayout) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setPageLayout(layout)
    printer.setFullPage(True)
    return printer


def test_preview_prints_every_journal_page_on_landscape_a4(
    qtbot: QtBot, journal_pdf: Path, tmp_path: Path
) -> None:
    dialog = PdfPrintPreview(journal_pdf, title="Журнал")
    qtbot.addWidget(dialog)
    layout = dialog.printer.pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.A4
    assert layout.orientation() == QPageLayout.Orientation.Landscape
    assert dialog.windowTitle() == "Журнал"

    # What the preview widget shows: one preview page per PDF page.
    widget = dialog.findChild(QPrintPreviewWidget)
    assert widget is not None
    widget.updatePreview()
    assert widget.pageCount() == _pages(journal_pdf)

    # What "Print" sends: the same paint slot, on a PDF printer this time.
    out = tmp_path / "printed.pdf"
    dialog.paintRequested.emit(_pdf_printer(out, layout))
    assert dialog.error is None
    printed = PdfReader(out)
    assert len(printed.pages) == _pages(journal_pdf) == dialog.pages_painted
    for page in printed.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert width == pytest.approx(A4_H_MM / MM_PER_INCH * 72, abs=2)
        assert height == pytest.approx(A4_W_MM / MM_PER_INCH * 72, abs=2)
        assert len(page.images) == 1  # the page was painted, not left blank


def test_preview_of_a_talon_is_portrait_and_paints_it(
    qtbot: QtBot, talon_pdf: Path, tmp_path: Path
) -> None:
    dialog = PdfPrintPreview(talon_pdf)
    qtbot.addWidget(dialog)
    assert dialog.printer.pageLayout().orientation() == QPageLayout.Orientation.Portrait
    out = tmp_path / "printed.pdf"
    printer = _pdf_printer(out, dialog.printer.pageLayout())
    assert paint_pdf(printer, talon_pdf) == 1
    [page] = PdfReader(out).pages
    assert float(page.mediabox.height) > float(page.mediabox.width)
    [image] = page.images
    # Printed at 300 dpi, not at the preview's screen resolution nor the printer's 1200.
    assert image.image.width == pytest.approx(A4_W_MM / MM_PER_INCH * printing.PRINT_DPI, abs=2)


# --- the "document is ready" box ---------------------------------------------------------


@dataclass
class Edge:
    clicks: list[str] = field(default_factory=list)  # button texts to click, box by box
    boxes: list[str] = field(default_factory=list)
    buttons: list[list[str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    opened: list[QUrl] = field(default_factory=list)
    save_to: Path | None = None
    previews: list[int] = field(default_factory=list)  # pages shown by each preview
    preview_result: QDialog.DialogCode = QDialog.DialogCode.Rejected


@pytest.fixture
def edge(monkeypatch: pytest.MonkeyPatch) -> Edge:
    e = Edge()

    def box_exec(box: QMessageBox) -> int:
        e.boxes.append(box.text())
        e.buttons.append([b.text() for b in box.buttons()])
        if e.clicks:
            wanted = e.clicks.pop(0)
            next(b for b in box.buttons() if b.text() == wanted).click()
        return 0

    def warning(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
        e.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    def preview_exec(dialog: PdfPrintPreview) -> int:
        widget = dialog.findChild(QPrintPreviewWidget)
        assert widget is not None
        widget.updatePreview()  # what showing it does
        e.previews.append(widget.pageCount())
        return e.preview_result.value

    def open_url(url: QUrl) -> bool:
        e.opened.append(url)
        return True

    def save_name(*_a: Any, **_k: Any) -> tuple[str, str]:
        return (str(e.save_to) if e.save_to else "", "")

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(PdfPrintPreview, "exec", preview_exec)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    return e


def test_box_offers_preview_save_viewer_and_close(
    qtbot: QtBot, talon_pdf: Path, edge: Edge
) -> None:
    offer_document(None, talon_pdf, "Талон № 1/2026")
    assert edge.boxes == ["Талон № 1/2026"]
    [buttons] = edge.buttons  # in the platform's order of button roles
    assert sorted(buttons) == ["Close", "Open in PDF viewer", "Print preview…", "Save as PDF…"]


def test_save_as_pdf_copies_the_file_and_returns_to_the_box(
    qtbot: QtBot, talon_pdf: Path, edge: Edge, tmp_path: Path
) -> None:
    target = tmp_path / "usb"
    target.mkdir()
    edge.clicks = ["Save as PDF…"]
    edge.save_to = target / "talon"  # the extension is added
    offer_document(None, talon_pdf, "Талон")
    assert (target / "talon.pdf").read_bytes() == talon_pdf.read_bytes()
    assert [p.name for p in target.iterdir()] == ["talon.pdf"]  # no temporary file left
    assert len(edge.boxes) == 2  # shown again after saving, then closed
    assert edge.warnings == []


def test_save_as_pdf_to_a_folder_that_is_gone_warns_and_writes_nothing(
    qtbot: QtBot, talon_pdf: Path, edge: Edge, tmp_path: Path
) -> None:
    edge.clicks = ["Save as PDF…"]
    edge.save_to = tmp_path / "unplugged" / "talon.pdf"
    offer_document(None, talon_pdf, "Талон")
    assert len(edge.warnings) == 1
    assert edge.warnings[0].startswith("Could not save the file: ")
    assert not (tmp_path / "unplugged").exists()


def test_print_preview_shows_the_pages_and_printing_ends_the_box(
    qtbot: QtBot, talon_pdf: Path, edge: Edge
) -> None:
    edge.clicks = ["Print preview…"]
    edge.preview_result = QDialog.DialogCode.Accepted  # printed from the preview
    offer_document(None, talon_pdf, "Талон")
    assert edge.previews == [1]
    assert len(edge.boxes) == 1


def test_preview_closed_without_printing_returns_to_the_box(
    qtbot: QtBot, talon_pdf: Path, edge: Edge
) -> None:
    edge.clicks = ["Print preview…", "Open in PDF viewer"]
    offer_document(None, talon_pdf, "Талон")
    assert edge.previews == [1]
    assert len(edge.boxes) == 2
    assert [u.toLocalFile() for u in edge.opened] == [str(talon_pdf.resolve())]


def test_preview_of_a_broken_file_warns_instead_of_showing_an_empty_preview(
    qtbot: QtBot, edge: Edge, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 cut off here")
    edge.clicks = ["Print preview…"]
    offer_document(None, bad, "Талон")
    assert edge.previews == []
    assert len(edge.warnings) == 1
    assert edge.warnings[0].startswith("The document could not be shown for printing: ")
    assert len(edge.boxes) == 2  # back to the box: the clerk can still open it elsewhere
