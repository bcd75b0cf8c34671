"""The DejaVu Sans fonts shipped with the app, for reportlab (PDF) and python-docx (DOCX).

DejaVu Sans covers every Kazakh letter (Ә Ғ Қ Ң Ө Ұ Ү Һ І); reportlab's built-in Helvetica
covers none of them, so every PDF must use these fonts.

This lives in the `forms.fonts` package (next to the .ttf files it loads) rather than in a
`forms/fonts.py` module: a module of that name would be shadowed by this package folder.
"""

from __future__ import annotations

import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from docx.oxml.ns import qn
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont


def _font_dir() -> Path:
    # __file__ is right both from source and in a PyInstaller bundle (it points inside
    # sys._MEIPASS there); the fallback covers a spec that collected the fonts but
    # froze this module without a usable __file__.
    here = Path(__file__).resolve().parent
    if (here / "DejaVuSans.ttf").is_file():
        return here
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        return Path(meipass) / "forms" / "fonts"
    return here


FONT_DIR = _font_dir()
FONT_FILES: dict[str, Path] = {
    "regular": FONT_DIR / "DejaVuSans.ttf",
    "bold": FONT_DIR / "DejaVuSans-Bold.ttf",
}
LICENSE_FILE = FONT_DIR / "DejaVu-LICENSE.txt"

# Names as reportlab knows them once registered, and the face name Word looks up.
PDF_REGULAR = "DejaVuSans"
PDF_BOLD = "DejaVuSans-Bold"
DOCX_FONT_NAME = "DejaVu Sans"


@dataclass(frozen=True)
class FontNames:
    regular: str
    bold: str


_lock = threading.Lock()
_registered: FontNames | None = None


def register_fonts() -> FontNames:
    """Register DejaVu Sans (regular and bold, as one family) with reportlab, once."""
    global _registered
    if _registered is not None:
        return _registered
    # Renders may run on a worker thread while the GUI thread renders a preview.
    with _lock:
        if _registered is None:
            known = set(pdfmetrics.getRegisteredFontNames())
            if PDF_REGULAR not in known:
                pdfmetrics.registerFont(TTFont(PDF_REGULAR, str(FONT_FILES["regular"])))
            if PDF_BOLD not in known:
                pdfmetrics.registerFont(TTFont(PDF_BOLD, str(FONT_FILES["bold"])))
            # A family lets <b> in a Paragraph pick the bold face; there is no italic file,
            # so italic maps to the upright faces rather than failing.
            addMapping(PDF_REGULAR, 0, 0, PDF_REGULAR)
            addMapping(PDF_REGULAR, 1, 0, PDF_BOLD)
            addMapping(PDF_REGULAR, 0, 1, PDF_REGULAR)
            addMapping(PDF_REGULAR, 1, 1, PDF_BOLD)
            _registered = FontNames(regular=PDF_REGULAR, bold=PDF_BOLD)
    return _registered


def apply_docx_fonts(document: object, name: str = DOCX_FONT_NAME) -> None:
    """Make `name` the font of a python-docx Document: its defaults and its Normal style."""
    styles = document.styles  # type: ignore[attr-defined]
    defaults = styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
        if rpr is not None:
            _set_rfonts(rpr.get_or_add_rFonts(), name)
    set_docx_font(styles["Normal"], name)


def set_docx_font(element: object, name: str = DOCX_FONT_NAME) -> None:
    """Set the font of a python-docx style or run for every script, Cyrillic included.

    `font.name` alone writes only w:ascii/w:hAnsi; Word then picks the Cyrillic and
    complex-script face from w:eastAsia/w:cs or the theme, so all four are set.
    """
    element.font.name = name  # type: ignore[attr-defined]
    rpr = element.element.get_or_add_rPr()  # type: ignore[attr-defined]
    _set_rfonts(rpr.get_or_add_rFonts(), name)


def _set_rfonts(rfonts: object, name: str) -> None:
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)  # type: ignore[attr-defined]
    # A theme font on the same element wins over an explicit name, so drop them.
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)  # type: ignore[attr-defined]
