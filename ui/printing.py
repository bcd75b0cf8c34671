"""Handing a rendered PDF to the person: a print preview, a saved copy, or the PDF viewer.

PySide6-Essentials has no QtPdf, so pdfium (the pypdfium2 wheel, which carries its own
binary) rasterises each page of our reportlab PDF and the page images are painted on the
QPrinter that QPrintPreviewDialog hands us. What the preview shows and the printer prints
is then the PDF itself, not a second layout of the same form.

Pages are rendered one at a time while painting: a 400-page journal at print resolution
would not fit in memory as a list of images.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from forms.output import atomic_output

__all__ = [
    "PdfPrintPreview",
    "copy_atomically",
    "offer_document",
    "open_in_viewer",
    "paint_pdf",
    "pdf_page_images",
    "pdf_page_sizes",
    "save_copy",
]

POINTS_PER_INCH = 72
# On screen the preview is seldom wider than a page at ~120 dpi; 150 stays sharp when zoomed
# in a little and keeps the recorded preview pages small.
PREVIEW_DPI = 150
# 300 dpi is what office laser printers resolve; more only makes the print job larger.
PRINT_DPI = 300


# --- pages as images -----------------------------------------------------------------------


def _open(pdf_path: Path) -> pdfium.PdfDocument:
    # From bytes, not by name: the file is not held open (a lock on Windows) while pages are
    # painted, and a path with Cyrillic letters never reaches pdfium's own file access.
    return pdfium.PdfDocument(Path(pdf_path).read_bytes())


def pdf_page_sizes(pdf_path: Path) -> list[QSizeF]:
    """The size of every page in points (1/72 inch); raises pdfium.PdfiumError on a bad file."""
    doc = _open(pdf_path)
    try:
        return [QSizeF(*doc.get_page_size(i)) for i in range(len(doc))]
    finally:
        doc.close()


def _page_image(page: pdfium.PdfPage, dpi: float) -> QImage:
    # RGBX is defined byte by byte, so the same buffer means the same image on any CPU.
    bitmap = page.render(scale=dpi / POINTS_PER_INCH, prefer_bgrx=True, rev_byteorder=True)
    try:
        view = QImage(
            bitmap.buffer,
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGBX8888,
        )
        # The QImage above only borrows pdfium's buffer, which close() frees: copy it out.
        return view.copy()
    finally:
        bitmap.close()


def iter_page_images(pdf_path: Path, dpi: float = PREVIEW_DPI) -> Iterator[QImage]:
    """Render the pages one by one, each a QImage that owns its pixels."""
    doc = _open(pdf_path)
    try:
        for i in range(len(doc)):
            page = doc[i]
            try:
                yield _page_image(page, dpi)
            finally:
                page.close()
    finally:
        doc.close()


def pdf_page_images(pdf_path: Path, dpi: float = PREVIEW_DPI) -> list[QImage]:
    """Every page of the PDF as an image at `dpi` (for a few pages: they are all in memory)."""
    return list(iter_page_images(pdf_path, dpi))


# --- painting on a printer -------------------------------------------------------------------


def _fit(image: QImage, area: QRectF) -> QRectF:
    """The largest rectangle with the image's proportions inside `area`, centred."""
    scale = min(area.width() / image.width(), area.height() / image.height())
    w, h = image.width() * scale, image.height() * scale
    return QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h)


def paint_pdf(printer: QPrinter, pdf_path: Path) -> int:
    """Paint every page of the PDF on `printer`, each fitted to the page; the pages painted.

    Raises OSError when the printer cannot start, pdfium.PdfiumError on an unreadable PDF.
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(f"the printer {printer.printerName()!r} could not start")
    pages = 0
    try:
        # The preview records pages into pictures held in memory: a screen resolution is
        # enough there. Real printing gets the resolution the paper can show.
        preview = painter.paintEngine().type() == QPaintEngine.Type.Picture
        dpi = PREVIEW_DPI if preview else min(printer.resolution(), PRINT_DPI)
        area = printer.pageRect(QPrinter.Unit.DevicePixel)
        area = QRectF(0, 0, area.width(), area.height())  # the painter's origin is its corner
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for image in iter_page_images(pdf_path, dpi):
            if pages and not printer.newPage():
                raise OSError("the printer refused a new page")
            painter.drawImage(_fit(image, area), image)
            pages += 1
    finally:
        painter.end()
    return pages


class PdfPrintPreview(QPrintPreviewDialog):
    """Qt's print preview of a PDF: A4, turned to landscape when the PDF is (the journal).

    The person zooms, chooses the printer and prints from the dialog's own toolbar; it
    closes as accepted once printed. A failure while painting is kept in `error`.
    """

    def __init__(
        self, pdf_path: Path, parent: QWidget | None = None, *, title: str | None = None
    ) -> None:
        self.pdf_path = Path(pdf_path)
        sizes = pdf_page_sizes(self.pdf_path)  # a broken file fails here, not mid-paint
        # The dialog keeps only a pointer to the printer: this reference keeps it alive.
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        landscape = bool(sizes) and sizes[0].width() > sizes[0].height()
        self.printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape
                if landscape
                else QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        # Our forms carry their own margins: print the PDF page onto the whole sheet, 1:1.
        self.printer.setFullPage(True)
        self.printer.setDocName(title or self.pdf_path.stem)
        super().__init__(self.printer, parent)
        self.setWindowTitle(title or QCoreApplication.translate("Printing", "Print preview"))
        self.error: Exception | None = None
        self.pages_painted = 0
        self.paintRequested.connect(self.paint)

    def paint(self, printer: QPrinter) -> None:
        """paintRequested's slot: for the preview and for the real print alike."""
        try:
            self.pages_painted = paint_pdf(printer, self.pdf_path)
        except (OSError, pdfium.PdfiumError) as exc:
            # Raised inside Qt's signal emission it would only reach stderr: keep it to show.
            self.error = exc
            self.pages_painted = 0


# --- the "document is ready" box ------------------------------------------------------------


# Spelled out as QCoreApplication.translate("Printing", "...") at each use, not wrapped in a
# helper: lupdate only collects literal strings passed straight to translate().
def open_in_viewer(pdf_path: Path) -> bool:
    """Open the PDF in the system viewer; False when the system has none for PDFs."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(pdf_path).resolve())))


def copy_atomically(source: Path, target: Path) -> Path:
    """Copy a file so that `target` is either the old file or the whole new one, never half."""
    with atomic_output(Path(target)) as tmp:
        shutil.copyfile(source, tmp)
    return Path(target)


def _error_text(exc: BaseException) -> str:
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc)


def save_copy(parent: QWidget | None, pdf_path: Path) -> Path | None:
    """Ask where to save a copy of the PDF and copy it there; the chosen path, or None."""
    target, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Printing", "Save as PDF"),
        str(Path.home() / Path(pdf_path).name),
        QCoreApplication.translate("Printing", "PDF documents (*.pdf)"),
    )
    if not target:
        return None
    out = Path(target)
    if out.suffix.lower() != ".pdf":
        out = out.with_name(out.name + ".pdf")
    try:
        return copy_atomically(pdf_path, out)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Printing", "Save as PDF"),
            QCoreApplication.translate("Printing", "Could not save the file: {error}").format(
                error=_error_text(exc)
            ),
        )
        return None


def preview(parent: QWidget | None, pdf_path: Path, title: str) -> bool:
    """Show the print preview; True once the document was printed from it."""
    try:
        dialog = PdfPrintPreview(pdf_path, parent, title=title)
    except (OSError, pdfium.PdfiumError) as exc:
        error: BaseException | None = exc
        printed = False
    else:
        printed = dialog.exec() == QDialog.DialogCode.Accepted
        error = dialog.error
        dialog.deleteLater()
    if error is not None:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "Printing", "The document could not be shown for printing: {error}"
            ).format(error=_error_text(error)),
        )
        return False
    return printed


def offer_document(parent: QWidget | None, pdf_path: Path, title: str) -> None:
    """Tell the person the document is ready; offer a print preview, a copy, or the viewer.

    "Save as PDF…" and a preview closed without printing return to the box, so the clerk
    can still print after saving; printing, "Open in PDF viewer" and "Close" end it.
    """
    pdf_path = Path(pdf_path)
    while True:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setText(title)
        box.setInformativeText(
            QCoreApplication.translate("Printing", "Saved to: {path}").format(path=str(pdf_path))
        )
        preview_button = box.addButton(
            QCoreApplication.translate("Printing", "Print preview…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        save_button = box.addButton(
            QCoreApplication.translate("Printing", "Save as PDF…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        viewer_button = box.addButton(
            QCoreApplication.translate("Printing", "Open in PDF viewer"),
            QMessageBox.ButtonRole.ActionRole,
        )
        close_button = box.addButton(
            QCoreApplication.translate("Printing", "Close"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(preview_button)
        box.setEscapeButton(close_button)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is preview_button:
            if preview(parent, pdf_path, title):
                return
            continue
        if clicked is save_button:
            save_copy(parent, pdf_path)
            continue
        if clicked is viewer_button and not open_in_viewer(pdf_path):
            QMessageBox.warning(
                parent,
                title,
                QCoreApplication.translate(
                    "Printing",
                    "No program to open PDF files was found. The document is saved at:\n{path}",
                ).format(path=str(pdf_path)),
            )
        return
