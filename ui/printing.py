"""Handing a rendered PDF to the person: print it, or save a copy.

Qt can only preview a PDF through QtPdf, which PySide6-Essentials does not ship, and
rasterising it needs a PDF engine we do not bundle. Every office PC has a PDF viewer, so
"Print…" opens the file there (its print dialog knows the office printer), and
"Save as PDF…" copies it wherever the clerk wants (a USB stick, the desktop).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


# Spelled out as QCoreApplication.translate("Printing", "...") at each use, not wrapped in a
# helper: lupdate only collects literal strings passed straight to translate().
def open_in_viewer(pdf_path: Path) -> bool:
    """Open the PDF in the system viewer; False when the system has none for PDFs."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(pdf_path).resolve())))


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
        shutil.copyfile(pdf_path, out)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Printing", "Save as PDF"),
            QCoreApplication.translate("Printing", "Could not save the file: {error}").format(
                error=exc.strerror or str(exc)
            ),
        )
        return None
    return out


def offer_document(parent: QWidget | None, pdf_path: Path, title: str) -> None:
    """Tell the person the document is ready and offer to print it or save a copy.

    "Save as PDF…" returns to the box, so the clerk can still print after saving; "Print…"
    and "Close" end it.
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
        print_button = box.addButton(
            QCoreApplication.translate("Printing", "Print…"), QMessageBox.ButtonRole.AcceptRole
        )
        save_button = box.addButton(
            QCoreApplication.translate("Printing", "Save as PDF…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        close_button = box.addButton(
            QCoreApplication.translate("Printing", "Close"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(print_button)
        box.setEscapeButton(close_button)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is print_button:
            if not open_in_viewer(pdf_path):
                QMessageBox.warning(
                    parent,
                    title,
                    QCoreApplication.translate(
                        "Printing",
                        "No program to open PDF files was found. The document is saved at:\n{path}",
                    ).format(path=str(pdf_path)),
                )
            return
        if clicked is save_button:
            save_copy(parent, pdf_path)
            continue
        return
