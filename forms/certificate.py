"""The same-day certificate: whether the applicant belongs to the recipients of targeted
social assistance (анықтама / справка, 000:366, 004:84).

One A4 portrait page from the akim's office: its name in both languages with the
certificate's number and date, the statement in Kazakh and then in Russian — the applicant
(name, ИИН, address) is (is not) a recipient for the quarter, with the quarter's first and
last day — the basis when the applicant belongs, and the akim's signature with a place for
the stamp (М.О. / М.П.). The result is a certificate either way (DOMAIN.md §2).

Every renderer writes through `atomic_output`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from string import Formatter

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from docx.table import _Cell
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from forms import labels as L
from forms.data import CertificateData, OfficeHeader
from forms.fonts import PDF_REGULAR, apply_docx_fonts, register_fonts, set_docx_font
from forms.markup import LABEL_FILL
from forms.markup import Para as _Para
from forms.markup import label as _label
from forms.markup import run as _run
from forms.markup import shade as _shade
from forms.markup import t as _t
from forms.markup import tight as _tight
from forms.output import NumberedCanvas, atomic_output

__all__ = ["render_certificate_docx", "render_certificate_pdf"]

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 14 * mm
MARGIN_BOTTOM = 14 * mm  # the page-number footer lives in here
CONTENT_W = PAGE_W - 2 * MARGIN_X

INK = colors.black
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
LABEL_BG = colors.HexColor("#f0f0f0")

_Piece = tuple[str, bool]  # a run of the statement and whether it is printed bold


def _check(data: CertificateData) -> None:
    """A certificate for a quarter that does not exist is refused before writing."""
    if data.quarter not in (1, 2, 3, 4):
        raise ValueError(f"quarter must be 1..4, not {data.quarter!r}")


def _number_and_date(data: CertificateData) -> str:
    return f"{L.NUMBER_SIGN} {data.number}, {L.fmt_date(data.issued_on)}"


def _statement(data: CertificateData, lang: str) -> list[_Piece]:
    """The statement in one language as runs; the name and the verdict are bold."""
    address = (data.applicant_address or "").strip()
    who = getattr(L.CERT_WHO if address else L.CERT_WHO_NO_ADDRESS, lang)
    verdict = L.CERT_BELONGS if data.belongs else L.CERT_NOT_BELONGS
    values: dict[str, _Piece] = {
        "name": (data.applicant_name, True),
        "iin": (data.applicant_iin, False),
        "address": (address, False),
        "year": (str(data.year), False),
        "quarter": (str(data.quarter), False),
        "period": (L.fmt_period(data.period_from, data.period_to), False),
        "verdict": (getattr(verdict, lang), True),
    }
    pieces: list[_Piece] = []

    def expand(template: str) -> None:
        for literal, field, _spec, _conv in Formatter().parse(template):
            if literal:
                pieces.append((literal, False))
            if field == "who":
                expand(who)
            elif field:
                pieces.append(values[field])

    expand(getattr(L.CERT_TEXT, lang))
    return pieces


def _basis(data: CertificateData) -> str | None:
    """The basis is printed only for a recipient: a non-recipient has no decision to cite."""
    if not data.belongs:
        return None
    return (data.basis or "").strip() or L.NONE


# --- PDF --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Styles:
    office: ParagraphStyle
    contact: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    body: ParagraphStyle
    label: ParagraphStyle
    strong: ParagraphStyle
    small: ParagraphStyle
    caption: ParagraphStyle
    sign_role: ParagraphStyle
    stamp: ParagraphStyle


@lru_cache(maxsize=1)
def _styles() -> _Styles:
    f = register_fonts()

    def ps(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
        kw.setdefault("fontName", f.regular)
        kw.setdefault("textColor", INK)
        return ParagraphStyle(name, fontSize=size, leading=leading, **kw)

    return _Styles(
        office=ps("office", 10, 12),
        contact=ps("contact", 7.5, 9, textColor=GREY),
        title=ps("title", 16, 19, fontName=f.bold, alignment=TA_CENTER),
        subtitle=ps("subtitle", 9.5, 11.5, alignment=TA_CENTER),
        body=ps("body", 11, 15.5, firstLineIndent=10 * mm, spaceAfter=2 * mm),
        label=ps("label", 7, 8.5),
        strong=ps("strong", 10, 12, fontName=f.bold),
        small=ps("small", 9, 11.5),
        caption=ps("caption", 6.5, 8, textColor=GREY, alignment=TA_CENTER),
        sign_role=ps("sign_role", 10, 12.5),
        stamp=ps("stamp", 8, 10, textColor=GREY, alignment=TA_CENTER),
    )


_FLAT = [
    # Empty string cells are still "drawn" in the cell font, Helvetica unless told.
    ("FONTNAME", (0, 0), (-1, -1), PDF_REGULAR),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]

_BOX = [
    ("FONTNAME", (0, 0), (-1, -1), PDF_REGULAR),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ("BOX", (0, 0), (-1, -1), 0.5, RULE),
    ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
]


class _StampPlace(Flowable):
    """A dashed circle marking where the office's round stamp goes, labelled М.О. / М.П."""

    def __init__(self, diameter: float) -> None:
        super().__init__()
        self.diameter = diameter

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.diameter, self.diameter

    def draw(self) -> None:
        f = register_fonts()
        r = self.diameter / 2
        c = self.canv
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.setDash(2, 2)
        c.circle(r, r, r - 0.5)
        c.setFillColor(GREY)
        c.setFont(f.regular, 8)
        c.drawCentredString(r, r - 3, L.both(L.STAMP))
        c.restoreState()


def _office_lines(o: OfficeHeader) -> str:
    return f"<b>{_t(o.name.kk)}</b><br/>{_t(o.name.ru)}"


def _contact(o: OfficeHeader) -> str:
    phone = o.phone and f"{L.PHONE_ABBR} {o.phone}"
    return "<br/>".join(_t(x) for x in (o.address, phone) if x)


def _head(data: CertificateData) -> Table:
    """The akim's office (kk, ru) with its contacts; the number and date on the right."""
    s = _styles()
    number = Table(
        [
            [_Para(_label(L.DOC_NUMBER, stacked=True), s.label), _Para(_t(data.number), s.strong)],
            [
                _Para(_label(L.ISSUED_ON, stacked=True), s.label),
                _Para(L.fmt_date(data.issued_on), s.strong),
            ],
        ],
        colWidths=(24 * mm, 30 * mm),
        style=TableStyle([*_BOX, ("BACKGROUND", (0, 0), (0, -1), LABEL_BG)]),
    )
    side = 56 * mm
    left: list[Flowable] = [_Para(_office_lines(data.office), s.office)]
    contact = _contact(data.office)
    if contact:
        left.append(_Para(contact, s.contact))
    return Table(
        [[left, number]],
        colWidths=(CONTENT_W - side, side),
        style=TableStyle(
            [
                *_FLAT,
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (1, 0), (1, 0), 2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
            ]
        ),
    )


def _markup(pieces: list[_Piece]) -> str:
    return "".join(f"<b>{_t(x)}</b>" if bold else _t(x) for x, bold in pieces)


def _signature(signer: str) -> Table:
    """The akim («position, surname and initials»), a line to sign on, and the stamp's place."""
    s = _styles()
    cap = _t(L.caption(L.SIGNATURE_CAPTION))
    line_w = 50 * mm
    rows = [
        [_Para(_t(signer), s.sign_role), "", ""],
        [_StampPlace(30 * mm), "", _Para(cap, s.caption)],
    ]
    return Table(
        rows,
        colWidths=(CONTENT_W - line_w - 10 * mm, 10 * mm, line_w),
        rowHeights=[None, None],
        style=TableStyle(
            [
                *_FLAT,
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 1.5),
                ("TOPPADDING", (0, 0), (-1, 0), 10 * mm),
                ("TOPPADDING", (0, 1), (-1, 1), 1),
                ("LEFTPADDING", (0, 1), (0, 1), 8 * mm),
                ("LINEBELOW", (2, 0), (2, 0), 0.6, INK),
            ]
        ),
    )


def _story(data: CertificateData) -> list[Flowable]:
    s = _styles()
    story: list[Flowable] = [
        _head(data),
        Spacer(1, 14 * mm),
        _Para(_t(L.both(L.CERTIFICATE_TITLE)), s.title),
        Spacer(1, 1 * mm),
        _Para(f"{_t(L.CERTIFICATE_SUBTITLE.kk)}<br/>{_t(L.CERTIFICATE_SUBTITLE.ru)}", s.subtitle),
        Spacer(1, 10 * mm),
        _Para(_markup(_statement(data, "kk")), s.body),
        _Para(_markup(_statement(data, "ru")), s.body),
    ]
    basis = _basis(data)
    if basis is not None:
        story += [Spacer(1, 2 * mm), _Para(f"{_label(L.BASIS)}: {_t(basis)}", s.small)]
    story += [
        Spacer(1, 4 * mm),
        _Para(f"{_t(L.CERT_PURPOSE.kk)}<br/>{_t(L.CERT_PURPOSE.ru)}", s.small),
        Spacer(1, 10 * mm),
        # The signature never starts a page of its own, away from what it signs.
        KeepTogether([_signature(data.signer)]),
    ]
    return story


def _footer(data: CertificateData) -> Callable[[Canvas, int, int], None]:
    f = register_fonts()
    first = f"{L.both(L.CERTIFICATE_TITLE)} {_number_and_date(data)}"

    def draw(c: Canvas, page: int, total: int) -> None:
        # Only a certificate spread over two sheets (a very long address) needs the footer.
        if total < 2:
            return
        y = MARGIN_BOTTOM / 2
        c.saveState()
        c.setFont(f.regular, 7)
        c.setFillColor(GREY)
        c.drawString(MARGIN_X, y, first)
        c.drawRightString(PAGE_W - MARGIN_X, y, L.page_of(page, total))
        c.restoreState()

    return draw


def render_certificate_pdf(data: CertificateData, out: Path) -> Path:
    """Render the certificate (belongs / does not belong, for the quarter) to PDF."""
    out = Path(out)
    _check(data)
    story = _story(data)
    f = register_fonts()
    with atomic_output(out) as tmp:
        doc = BaseDocTemplate(
            str(tmp),
            pagesize=A4,
            title=f"{L.both(L.CERTIFICATE_TITLE)} {_number_and_date(data)}",
            author=L.both(data.office.name),
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            # Otherwise reportlab starts every page in Helvetica and lists it in the file.
            initialFontName=f.regular,
        )
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            CONTENT_W,
            PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates(PageTemplate("certificate", [frame]))
        doc.build(story, canvasmaker=NumberedCanvas.with_footer(_footer(data)))
    return out


# --- DOCX -------------------------------------------------------------------------------


def _cell_lines(cell: _Cell, lines: list[str], size: float = 10, bold: bool = False) -> None:
    """Write lines into a cell, one paragraph each (the first reuses the cell's empty one)."""
    for i, line in enumerate(lines):
        p = _tight(cell.paragraphs[0] if i == 0 else cell.add_paragraph())
        _run(p, line, size, bold=bold)


def _docx_head(doc: DocxDocument, data: CertificateData) -> None:
    o = data.office
    head = doc.add_table(rows=1, cols=2)
    head.style = "Table Grid"
    head.autofit = False
    left, right = head.rows[0].cells
    _cell_lines(left, [o.name.kk, o.name.ru])
    left.paragraphs[0].runs[0].bold = True
    contact = ", ".join(x for x in (o.address, o.phone and f"{L.PHONE_ABBR} {o.phone}") if x)
    if contact:
        _run(_tight(left.add_paragraph()), contact, 7.5, grey=True)
    _cell_lines(
        right,
        [
            f"{L.both(L.DOC_NUMBER)}: {data.number}",
            f"{L.both(L.ISSUED_ON)}: {L.fmt_date(data.issued_on)}",
        ],
        size=9.5,
        bold=True,
    )
    _shade(right, LABEL_FILL)
    left.width, right.width = Mm(110), Mm(60)


def _docx_signature(doc: DocxDocument, signer: str) -> None:
    table = doc.add_table(rows=1, cols=2)
    table.autofit = False
    who, line = table.rows[0].cells
    _cell_lines(who, [signer])
    _cell_lines(line, ["_" * 24])
    cap = _tight(line.add_paragraph())
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(cap, L.caption(L.SIGNATURE_CAPTION), 7, grey=True)
    for cell in (who, line):
        _tight(cell.paragraphs[0], before=24)
    who.width, line.width = Mm(115), Mm(55)
    p = _tight(doc.add_paragraph(), before=10)
    p.paragraph_format.left_indent = Mm(12)
    _run(p, L.both(L.STAMP), 9, grey=True)


def render_certificate_docx(data: CertificateData, out: Path) -> Path:
    """The same certificate as an editable DOCX."""
    out = Path(out)
    _check(data)
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin = section.bottom_margin = Mm(14)
    apply_docx_fonts(doc)
    set_docx_font(doc.styles["Table Grid"])
    doc.styles["Normal"].font.size = Pt(10)
    doc.core_properties.title = f"{L.both(L.CERTIFICATE_TITLE)} {_number_and_date(data)}"

    _docx_head(doc, data)
    p = _tight(doc.add_paragraph(), before=24, after=2)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(p, L.both(L.CERTIFICATE_TITLE), 16, bold=True)
    p = _tight(doc.add_paragraph(), after=16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(p, L.CERTIFICATE_SUBTITLE.kk, 9.5).add_break()
    _run(p, L.CERTIFICATE_SUBTITLE.ru, 9.5)
    for lang in ("kk", "ru"):
        p = _tight(doc.add_paragraph(), after=6)
        p.paragraph_format.first_line_indent = Mm(10)
        for text, bold in _statement(data, lang):
            _run(p, text, 11, bold=bold)
    basis = _basis(data)
    if basis is not None:
        p = _tight(doc.add_paragraph(), before=4)
        _run(p, f"{L.both(L.BASIS)}: ", 9, bold=True)
        _run(p, basis, 9)
    p = _tight(doc.add_paragraph(), before=8)
    _run(p, L.CERT_PURPOSE.kk, 9).add_break()
    _run(p, L.CERT_PURPOSE.ru, 9)
    _docx_signature(doc, data.signer)

    with atomic_output(out) as tmp:
        doc.save(str(tmp))
    return out
