"""Small building blocks shared by the printed forms: reportlab paragraph markup for
bilingual labels, and python-docx cell and run helpers."""

from __future__ import annotations

from xml.sax.saxutils import escape

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run
from reportlab.platypus import Paragraph

from forms.data import Bilingual

DOCX_GREY = RGBColor(0x55, 0x55, 0x55)
LABEL_FILL = "F0F0F0"


class Para(Paragraph):
    """A Paragraph that does not re-break its lines when wrapped again at the same width.

    A table wraps each cell when measuring, when splitting at a page end and again when
    drawing; line breaking is most of a form's render time.
    """

    _wrapped_at: float | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._wrapped_at != avail_width:
            super().wrap(avail_width, avail_height)
            self._wrapped_at = avail_width
        return self.width, self.height


def t(text: str) -> str:
    """Text made safe for reportlab's paragraph markup."""
    return escape(text)


def label(lb: Bilingual, stacked: bool = False) -> str:
    """Kazakh in bold, then Russian in grey: inline for box captions, or on two lines."""
    if lb.kk == lb.ru:
        return f"<b>{t(lb.kk)}</b>"
    sep = "<br/>" if stacked else " / "
    return f'<b>{t(lb.kk)}</b>{sep}<font color="#555555">{t(lb.ru)}</font>'


def bi_value(v: Bilingual) -> str:
    return t(v.kk) if v.kk == v.ru else f"{t(v.kk)}<br/>{t(v.ru)}"


def shade(cell: _Cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def tight(p: DocxParagraph, before: float = 0, after: float = 0) -> DocxParagraph:
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    return p


def run(p: DocxParagraph, text: str, size: float, bold: bool = False, grey: bool = False) -> Run:
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if grey:
        r.font.color.rgb = DOCX_GREY
    return r
