"""The receipt for an issued result, with the stub that stays in the office (002:1530).

«Хабарламаның (дәлелді бас тартудың) берілгені туралы қолхат / Расписка о выдаче
уведомления (мотивированного ответа об отказе)»: what was issued (its type, number and
date), for which case and service, to whom, when and by whom, signed by the recipient and
the specialist. Like the talon, one A4 sheet cut in two: the top half goes to the
applicant, the bottom half (the stub) stays in the office. Both carry both signatures.

A receipt that does not fit a half even in smaller type (a very long name or
representative) is printed as whole pages instead: the receipt first, the stub from a new
page, so nothing is clipped and no part is split by the cut.

Every renderer writes through `atomic_output`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Mm, Pt
from docx.table import Table as DocxTable
from docx.table import _Cell
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from forms import labels as L
from forms.data import Bilingual, IssueReceiptData
from forms.fonts import PDF_REGULAR, apply_docx_fonts, register_fonts, set_docx_font
from forms.markup import LABEL_FILL
from forms.markup import Para as _Para
from forms.markup import bi_value as _bi_value
from forms.markup import label as _label
from forms.markup import run as _run
from forms.markup import shade as _shade
from forms.markup import t as _t
from forms.markup import tight as _tight
from forms.output import NumberedCanvas, atomic_output

__all__ = ["fits_half_sheet", "render_issue_receipt_docx", "render_issue_receipt_pdf"]

PAGE_W, PAGE_H = A4
MARGIN_X = 14 * mm
MARGIN_Y = 8 * mm
CUT_GAP = 6 * mm  # clear space between each half's content and the cut line
CONTENT_W = PAGE_W - 2 * MARGIN_X
HALF_H = PAGE_H / 2 - MARGIN_Y - CUT_GAP

INK = colors.black
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")


# --- PDF --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Styles:
    office: ParagraphStyle
    contact: ParagraphStyle
    note: ParagraphStyle
    title: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    strong: ParagraphStyle
    sign_label: ParagraphStyle
    sign_caption: ParagraphStyle


@lru_cache(maxsize=2)
def _styles(compact: bool = False) -> _Styles:
    """Paragraph styles; the compact set is tried before a receipt is spread over pages."""
    f = register_fonts()
    k = 0.9 if compact else 1.0

    def ps(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
        kw.setdefault("fontName", f.regular)
        kw.setdefault("textColor", INK)
        return ParagraphStyle(name, fontSize=size * k, leading=leading * k, **kw)

    return _Styles(
        office=ps("office", 9, 11),
        contact=ps("contact", 7, 8.5, textColor=GREY, alignment=TA_RIGHT),
        note=ps("note", 7, 8.5, textColor=GREY, alignment=TA_RIGHT),
        title=ps("title", 10.5, 12.5, fontName=f.bold, alignment=TA_CENTER),
        label=ps("label", 7, 8.5, spaceAfter=1.5),
        value=ps("value", 9, 11),
        strong=ps("strong", 9.5, 11.5, fontName=f.bold),
        sign_label=ps("sign_label", 8, 9.5),
        sign_caption=ps("sign_caption", 7, 8.5, textColor=GREY),
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

_BOX_STYLE = [
    ("FONTNAME", (0, 0), (-1, -1), PDF_REGULAR),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ("BOX", (0, 0), (-1, -1), 0.5, RULE),
    ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
]


def _contact(data: IssueReceiptData) -> str:
    office = data.office
    phone = office.phone and f"{L.PHONE_ABBR} {office.phone}"
    return "<br/>".join(_t(x) for x in (office.address, phone) if x)


def _header(
    data: IssueReceiptData, title: Bilingual, note: Bilingual, s: _Styles
) -> list[Flowable]:
    """Office name (kk, ru); its contacts and who keeps the half on the right; a rule; the
    title across the whole width (its Russian half is long)."""
    name = f"<b>{_t(data.office.name.kk)}</b><br/>{_t(data.office.name.ru)}"
    right: list[Flowable] = [_Para(_label(note, stacked=True), s.note)]
    contact = _contact(data)
    if contact:
        right.append(_Para(contact, s.contact))
    head = Table(
        [[_Para(name, s.office), right]],
        colWidths=(CONTENT_W - 70 * mm, 70 * mm),
        style=TableStyle(
            [
                *_FLAT,
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
            ]
        ),
    )
    heading = _Para(f"{_t(title.kk)}<br/>{_t(title.ru)}", s.title)
    return [head, Spacer(1, 5), heading, Spacer(1, 5)]


def _box(lb: Bilingual, value: str, style: ParagraphStyle, s: _Styles) -> list[Flowable]:
    """A field as a box: a small bilingual caption above its value, like a ticket."""
    return [_Para(_label(lb), s.label), _Para(value, style)]


def _row(boxes: list[list[Flowable]], widths_mm: tuple[float, ...]) -> Table:
    """One row of boxes; a zero width takes whatever the others leave."""
    rest = CONTENT_W - sum(w * mm for w in widths_mm)
    widths = [w * mm if w else rest for w in widths_mm]
    return Table([boxes], colWidths=widths, style=TableStyle(_BOX_STYLE))


def _rows(data: IssueReceiptData, s: _Styles) -> list[Flowable]:
    return [
        _row(
            [
                _box(L.RESULT_TYPE, _bi_value(data.result_type), s.strong, s),
                _box(L.RESULT_NUMBER, _t(data.result_number), s.strong, s),
                _box(L.RESULT_DATE, L.fmt_date(data.result_date), s.value, s),
            ],
            (0, 40, 36),
        ),
        _row(
            [
                _box(L.CASE_NUMBER, _t(data.case_number), s.strong, s),
                _box(L.CASE_DATE, L.fmt_date(data.registered_at.date()), s.value, s),
                _box(L.SERVICE, _bi_value(data.service), s.value, s),
            ],
            (40, 36, 0),
        ),
        _row(
            [
                _box(L.APPLICANT, _t(data.applicant_name), s.strong, s),
                _box(L.IIN, _t(data.applicant_iin), s.strong, s),
            ],
            (0, 40),
        ),
        _row(
            [
                _box(L.ISSUED_AT, L.fmt_datetime(data.issued_at), s.strong, s),
                _box(L.ISSUED_TO, _t(data.issued_to), s.value, s),
                _box(L.ISSUED_BY, _t(data.issued_by), s.value, s),
            ],
            (40, 0, 58),
        ),
    ]


def _signatures(data: IssueReceiptData, s: _Styles) -> Table:
    """Two signature lines: the recipient's (received) and the specialist's (issued)."""
    caption = f"({_t(L.both(L.SIGNATURE))})"
    gap = 14 * mm
    col = (CONTENT_W - gap) / 2
    rows = [
        [
            _Para(_label(L.RESULT_RECEIVED) + ":", s.sign_label),
            "",
            _Para(_label(L.RESULT_GIVEN_BY) + ":", s.sign_label),
        ],
        ["", "", ""],
        [
            _Para(f"{caption}&nbsp;&nbsp;{_t(data.issued_to)}", s.sign_caption),
            "",
            _Para(f"{caption}&nbsp;&nbsp;{_t(data.issued_by)}", s.sign_caption),
        ],
    ]
    return Table(
        rows,
        colWidths=(col, gap, col),
        rowHeights=[None, 7 * mm, None],
        style=TableStyle(
            [
                *_FLAT,
                ("TOPPADDING", (0, 2), (-1, 2), 1.5),
                ("LINEBELOW", (0, 1), (0, 1), 0.6, INK),
                ("LINEBELOW", (2, 1), (2, 1), 0.6, INK),
            ]
        ),
    )


def _part(data: IssueReceiptData, stub: bool, compact: bool = False) -> list[Flowable]:
    """The flowables of one half: the receipt (stub=False) or the stub."""
    s = _styles(compact)
    title = L.ISSUE_STUB_TITLE if stub else L.ISSUE_RECEIPT_TITLE
    note = L.STAYS_IN_OFFICE if stub else L.FOR_APPLICANT
    return [
        *_header(data, title, note, s),
        *_rows(data, s),
        Spacer(1, 3 * mm),
        _signatures(data, s),
    ]


def _height(story: list[Flowable]) -> float:
    total = 0.0
    for f in story:
        _, h = f.wrap(CONTENT_W, PAGE_H)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def _layout(data: IssueReceiptData) -> tuple[list[Flowable], list[Flowable], bool]:
    """The two parts and whether they fit the halves of one sheet: normal type, then
    slightly smaller; else whole pages at normal size rather than shrinking further."""
    for compact in (False, True):
        top, bottom = _part(data, False, compact), _part(data, True, compact)
        # A point of slack: the frames must never disagree with this measurement.
        if max(_height(top), _height(bottom)) <= HALF_H - 1:
            return top, bottom, True
    return _part(data, False), _part(data, True), False


def fits_half_sheet(data: IssueReceiptData) -> bool:
    """True when the receipt and its stub share one sheet with a cut line."""
    return _layout(data)[2]


def _draw_cut_line(c: Canvas, _doc: object) -> None:
    f = register_fonts()
    y = PAGE_H / 2
    text = f"✂  {L.both(L.CUT_LINE)}"
    c.saveState()
    c.setFont(f.regular, 7)
    tw = c.stringWidth(text, f.regular, 7)
    mid = PAGE_W / 2
    c.setStrokeColor(GREY)
    c.setLineWidth(0.6)
    c.setDash(4, 3)
    # The line runs edge to edge (printers clip ~4 mm) and breaks around its label.
    c.line(6 * mm, y, mid - tw / 2 - 3 * mm, y)
    c.line(mid + tw / 2 + 3 * mm, y, PAGE_W - 6 * mm, y)
    c.setFillColor(GREY)
    c.drawString(mid - tw / 2, y - 2.3, text)
    c.restoreState()


def _page_footer(c: Canvas, page: int, total: int) -> None:
    f = register_fonts()
    c.saveState()
    c.setFont(f.regular, 7)
    c.setFillColor(GREY)
    # At the margin, not in it: printers clip about 4 mm at the edge.
    c.drawRightString(PAGE_W - MARGIN_X, MARGIN_Y, L.page_of(page, total))
    c.restoreState()


def render_issue_receipt_pdf(data: IssueReceiptData, out: Path) -> Path:
    """Render the issue receipt with its stub to PDF: halves of one sheet when they fit."""
    out = Path(out)
    top, bottom, halves = _layout(data)
    with atomic_output(out) as tmp:
        doc = BaseDocTemplate(
            str(tmp),
            pagesize=A4,
            title=f"{L.both(L.ISSUE_RECEIPT_TITLE)} {data.result_number}",
            author=L.both(data.office.name),
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_Y,
            bottomMargin=MARGIN_Y,
            # Otherwise reportlab starts every page in Helvetica and lists it in the file.
            initialFontName=register_fonts().regular,
        )
        pad = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
        if halves:
            upper = Frame(MARGIN_X, PAGE_H / 2 + CUT_GAP, CONTENT_W, HALF_H, id="receipt", **pad)
            lower = Frame(MARGIN_X, MARGIN_Y, CONTENT_W, HALF_H, id="stub", **pad)
            doc.addPageTemplates(PageTemplate("halves", [upper, lower], onPage=_draw_cut_line))
            doc.build([*top, FrameBreak(), *bottom])
        else:
            body_h = PAGE_H - 2 * MARGIN_Y - 4 * mm  # room for the page-number footer
            frame = Frame(MARGIN_X, MARGIN_Y + 4 * mm, CONTENT_W, body_h, id="page", **pad)
            doc.addPageTemplates(PageTemplate("pages", [frame]))
            doc.build(
                [*top, PageBreak(), *bottom],
                canvasmaker=NumberedCanvas.with_footer(_page_footer),
            )
    return out


# --- DOCX -------------------------------------------------------------------------------
# For the rare receipt that must be edited by hand: Word does its own page layout, so each
# half is one plain label/value table rather than the PDF's boxes.


def _cell_label(cell: _Cell, lb: Bilingual) -> None:
    p = _tight(cell.paragraphs[0])
    _shade(cell, LABEL_FILL)
    r = _run(p, lb.kk, 8, bold=True)
    if lb.ru != lb.kk:
        r.add_break()
        _run(p, lb.ru, 7.5, grey=True)


def _cell_lines(cell: _Cell, lines: list[str], size: float = 9.5, bold: bool = False) -> None:
    """Write lines into a cell, one paragraph each (the first reuses the cell's empty one)."""
    for i, line in enumerate(lines):
        p = _tight(cell.paragraphs[0] if i == 0 else cell.add_paragraph())
        _run(p, line, size, bold=bold)


def _bi_lines(v: Bilingual) -> list[str]:
    return [v.kk] if v.kk == v.ru else [v.kk, v.ru]


def _field(table: DocxTable, lb: Bilingual, lines: list[str], bold: bool = False) -> None:
    row = table.add_row()
    _cell_label(row.cells[0], lb)
    _cell_lines(row.cells[1], lines, bold=bold)


def _docx_part(doc: DocxDocument, data: IssueReceiptData, stub: bool) -> None:
    title = L.ISSUE_STUB_TITLE if stub else L.ISSUE_RECEIPT_TITLE
    note = L.STAYS_IN_OFFICE if stub else L.FOR_APPLICANT
    p = _tight(doc.add_paragraph(), after=2)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(p, L.both(note), 7.5, grey=True)
    _run(_tight(doc.add_paragraph()), data.office.name.kk, 9.5, bold=True)
    _run(_tight(doc.add_paragraph()), data.office.name.ru, 9.5)
    o = data.office
    contact = ", ".join(x for x in (o.address, o.phone and f"{L.PHONE_ABBR} {o.phone}") if x)
    if contact:
        _run(_tight(doc.add_paragraph()), contact, 8, grey=True)
    p = _tight(doc.add_paragraph(), before=6, after=4)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(p, title.kk, 11.5, bold=True).add_break()
    _run(p, title.ru, 11.5, bold=True)

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _field(table, L.RESULT_TYPE, _bi_lines(data.result_type), bold=True)
    _field(table, L.RESULT_NUMBER, [data.result_number], bold=True)
    _field(table, L.RESULT_DATE, [L.fmt_date(data.result_date)])
    _field(table, L.CASE_NUMBER, [data.case_number], bold=True)
    _field(table, L.CASE_DATE, [L.fmt_date(data.registered_at.date())])
    _field(table, L.SERVICE, _bi_lines(data.service))
    _field(table, L.APPLICANT, [data.applicant_name], bold=True)
    _field(table, L.IIN, [data.applicant_iin], bold=True)
    _field(table, L.ISSUED_AT, [L.fmt_datetime(data.issued_at)], bold=True)
    _field(table, L.ISSUED_TO, [data.issued_to])
    _field(table, L.ISSUED_BY, [data.issued_by])
    for row in table.rows:
        row.cells[0].width, row.cells[1].width = Mm(58), Mm(122)

    caption = f"({L.both(L.SIGNATURE)})"
    sig = doc.add_table(rows=3, cols=2)
    sig.autofit = False
    pairs = ((L.RESULT_RECEIVED, data.issued_to), (L.RESULT_GIVEN_BY, data.issued_by))
    for col, (lb, name) in enumerate(pairs):
        head, line, under = (sig.rows[i].cells[col] for i in range(3))
        _cell_lines(head, [f"{L.both(lb)}:"], size=8.5, bold=True)
        _tight(head.paragraphs[0], before=8)
        _cell_lines(line, ["_" * 34], size=9)
        _tight(line.paragraphs[0], before=12)
        _cell_lines(under, [f"{caption}  {name}"], size=7.5)
        for c in (head, line, under):
            c.width = Mm(90)


def render_issue_receipt_docx(data: IssueReceiptData, out: Path) -> Path:
    """The same receipt and stub as an editable DOCX."""
    out = Path(out)
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(15)
    section.top_margin = section.bottom_margin = Mm(12)
    apply_docx_fonts(doc)
    set_docx_font(doc.styles["Table Grid"])
    doc.styles["Normal"].font.size = Pt(9.5)
    doc.core_properties.title = f"{L.both(L.ISSUE_RECEIPT_TITLE)} {data.result_number}"

    _docx_part(doc, data, stub=False)
    # Word lays the page out itself; follow the PDF's decision so a long receipt does not
    # get its stub split across the page break.
    if fits_half_sheet(data):
        p = _tight(doc.add_paragraph(), before=10, after=10)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        dashes = "- " * 20
        _run(p, f"✂ {dashes} {L.both(L.CUT_LINE)} {dashes}", 7, grey=True)
    else:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _docx_part(doc, data, stub=True)

    with atomic_output(out) as tmp:
        doc.save(str(tmp))
    return out
