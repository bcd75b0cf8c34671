"""The talon handed to the applicant, with the stub that stays in the office (DOMAIN.md §3).

One A4 sheet, cut in two: the top half goes to the applicant, the bottom half (the stub,
түбіртек / корешок) stays in the office with the applicant's signature. When `missing` is
non-empty the same sheet becomes the refusal-to-accept receipt (қолхат / расписка) listing
the missing documents instead of a due date.

A sheet whose content does not fit a half (a very long document list) is printed as whole
pages instead: the talon first, the stub from a new page, so nothing is ever clipped and
no part is split by the cut.

Every renderer writes through `atomic_output`: a half-written file never sits at the
target path, even if rendering fails or the process is killed.
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
from docx.table import _Cell, _Row
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
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
from forms.data import Bilingual, TalonData
from forms.fonts import PDF_REGULAR, apply_docx_fonts, register_fonts, set_docx_font
from forms.markup import Para as _Para
from forms.markup import bi_value as _bi_value
from forms.markup import label as _label
from forms.markup import run as _run
from forms.markup import shade as _shade
from forms.markup import t as _t
from forms.markup import tight as _tight
from forms.output import NumberedCanvas, atomic_output

__all__ = [
    "NumberedCanvas",
    "atomic_output",
    "is_refusal",
    "render_talon_docx",
    "render_talon_pdf",
]

PAGE_W, PAGE_H = A4
MARGIN_X = 14 * mm
MARGIN_Y = 8 * mm
CUT_GAP = 6 * mm  # clear space between each half's content and the cut line
CONTENT_W = PAGE_W - 2 * MARGIN_X
HALF_H = PAGE_H / 2 - MARGIN_Y - CUT_GAP

INK = colors.black
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
DUE_BG = colors.HexColor("#e4e4e4")


def is_refusal(data: TalonData) -> bool:
    """True when `data` prints as the refusal-to-accept receipt rather than a talon."""
    return bool(data.missing)


# --- PDF --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Styles:
    office: ParagraphStyle
    contact: ParagraphStyle
    note: ParagraphStyle
    title: ParagraphStyle
    title_long: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    strong: ParagraphStyle
    due: ParagraphStyle
    item: ParagraphStyle
    small: ParagraphStyle
    sign_label: ParagraphStyle
    sign_caption: ParagraphStyle


@lru_cache(maxsize=2)
def _styles(compact: bool = False) -> _Styles:
    """Paragraph styles; the compact set is tried before a talon is spread over pages."""
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
        title=ps("title", 13, 15.5, fontName=f.bold, alignment=TA_CENTER),
        title_long=ps("title_long", 10.5, 12.5, fontName=f.bold, alignment=TA_CENTER),
        label=ps("label", 7, 8.5, spaceAfter=1.5),
        value=ps("value", 9, 11),
        strong=ps("strong", 9.5, 11.5, fontName=f.bold),
        due=ps("due", 13, 16, fontName=f.bold),
        item=ps(
            "item",
            8.5,
            10.2,
            leftIndent=16 * k,
            bulletIndent=0,
            bulletFontName=f.regular,
            bulletFontSize=8.5 * k,
        ),
        small=ps("small", 7.5, 9),
        sign_label=ps("sign_label", 8, 9.5),
        sign_caption=ps("sign_caption", 7, 8.5, textColor=GREY),
    )


def _doc_line(d: Bilingual) -> str:
    return _t(d.kk) if d.kk == d.ru else f"{_t(d.kk)} / {_t(d.ru)}"


def _contact(data: TalonData) -> str:
    office = data.office
    phone = office.phone and f"{L.PHONE_ABBR} {office.phone}"
    return "\n".join(x for x in (office.address, phone) if x)


_FLAT = [
    # Empty string cells are still "drawn" in the cell font, Helvetica unless told.
    ("FONTNAME", (0, 0), (-1, -1), PDF_REGULAR),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


def _header(data: TalonData, title: Bilingual, note: Bilingual, s: _Styles) -> list[Flowable]:
    """Office name (kk, ru) with its contacts, a rule, then the title and who keeps the half."""
    name = f"<b>{_t(data.office.name.kk)}</b><br/>{_t(data.office.name.ru)}"
    contact = _t(_contact(data)).replace("\n", "<br/>")
    head = Table(
        [[_Para(name, s.office), _Para(contact, s.contact)]],
        colWidths=(CONTENT_W - 80 * mm, 80 * mm),
        style=TableStyle(
            [
                *_FLAT,
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
            ]
        ),
    )
    side = 46 * mm
    centre = CONTENT_W - 2 * side
    one_line = L.both(title)
    if stringWidth(one_line, s.title.fontName, s.title.fontSize) <= centre:
        heading = _Para(_t(one_line), s.title)
    else:
        heading = _Para(f"{_t(title.kk)}<br/>{_t(title.ru)}", s.title_long)
        widest = max(
            stringWidth(x, s.title_long.fontName, s.title_long.fontSize)
            for x in (title.kk, title.ru)
        )
        if widest > centre:
            # A long title takes the empty left cell too rather than wrapping a third line.
            centre = CONTENT_W - side
    widths = (CONTENT_W - side - centre, centre, side)
    # The title is centred on the page when it can be; the note sits on the right.
    title_row = Table(
        [["", heading, _Para(_label(note, stacked=True), s.note)]],
        colWidths=widths,
        style=TableStyle([*_FLAT, ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
    )
    return [head, Spacer(1, 4), title_row, Spacer(1, 4)]


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


def _box(lb: Bilingual, value: str, style: ParagraphStyle, s: _Styles) -> list[Flowable]:
    """A field as a box: a small bilingual caption above its value, like a ticket."""
    return [_Para(_label(lb), s.label), _Para(value, style)]


def _row(
    boxes: list[list[Flowable]], widths: tuple[float, ...], shaded: tuple[int, ...] = ()
) -> Table:
    """One row of boxes; rows are separate tables so a long part breaks between them."""
    cmds = list(_BOX_STYLE)
    for i in shaded:
        cmds += [("BACKGROUND", (i, 0), (i, 0), DUE_BG), ("BOX", (i, 0), (i, 0), 1.2, INK)]
    return Table([boxes], colWidths=widths, style=TableStyle(cmds))


def _items(lb: Bilingual, docs: tuple[Bilingual, ...], s: _Styles, strong: bool = False) -> Table:
    """A captioned numbered list, one table row per entry, caption repeated after a break."""
    rows: list[list[object]] = [[_Para(_label(lb), s.label)]]
    # The number is a bullet, so wrapped lines align with the text, not under "10.".
    rows += [[_Para(_doc_line(d), s.item, bulletText=f"{i}.")] for i, d in enumerate(docs, start=1)]
    if not docs:
        rows.append([_Para(L.NONE, s.item)])
    cmds = [
        ("FONTNAME", (0, 0), (-1, -1), PDF_REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        # Entries sit close together; the box padding goes on the first and last row only.
        ("TOPPADDING", (0, 0), (-1, -1), 0.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
        ("TOPPADDING", (0, 0), (0, 0), 2),
        ("BOTTOMPADDING", (0, -1), (0, -1), 3.5),
        ("BOX", (0, 0), (-1, -1), 1.2 if strong else 0.5, INK if strong else RULE),
    ]
    return Table(rows, colWidths=(CONTENT_W,), repeatRows=1, style=TableStyle(cmds))


# Column splits of the box rows across the content width.
_W_TOP = (50 * mm, 52 * mm, CONTENT_W - 102 * mm)  # number | date-time | due date
_W_PERSON = (84 * mm, 42 * mm, CONTENT_W - 126 * mm)  # applicant | ИИН | phone
_W_ISSUE = (CONTENT_W - 64 * mm, 64 * mm)  # place of issue | acceptor
_W_HALVES = (CONTENT_W / 2, CONTENT_W / 2)
_W_FULL = (CONTENT_W,)


def _common_rows(data: TalonData, refusal: bool, s: _Styles) -> list[Flowable]:
    first = [
        _box(L.REG_NUMBER, _t(data.number), s.strong, s),
        _box(L.REG_DATETIME, L.fmt_datetime(data.registered_at), s.value, s),
    ]
    if refusal:
        top = _row(first, _W_HALVES)
    else:
        # The due date is what the applicant comes back for: the one shaded, boxed field.
        first.append(_box(L.DUE_DATE, L.fmt_date(data.due_date), s.due, s))
        top = _row(first, _W_TOP, shaded=(2,))
    rows: list[Flowable] = [
        top,
        _row([_box(L.SERVICE, _bi_value(data.service), s.value, s)], _W_FULL),
        _row(
            [
                _box(L.APPLICANT, _t(data.applicant_name), s.strong, s),
                _box(L.IIN, _t(data.applicant_iin), s.strong, s),
                _box(L.PHONE, _t(data.applicant_phone or L.NONE), s.value, s),
            ],
            _W_PERSON,
        ),
    ]
    if data.representative:
        rows.append(_row([_box(L.REPRESENTATIVE, _t(data.representative), s.value, s)], _W_FULL))
    return rows


def _talon_rows(data: TalonData, stub: bool, s: _Styles) -> list[Flowable]:
    rows = _common_rows(data, refusal=False, s=s)
    rows.append(_items(L.with_count(L.DOCS_ACCEPTED, len(data.documents)), data.documents, s))
    place = _box(L.PLACE_OF_ISSUE, _bi_value(data.place_of_issue), s.value, s)
    rows.append(_row([place, _box(L.ACCEPTOR, _t(data.acceptor), s.strong, s)], _W_ISSUE))
    if not stub:
        rows.append(_row([_box(L.COMPLAINT, _bi_value(data.complaint), s.small, s)], _W_FULL))
    return rows


def _refusal_rows(data: TalonData, stub: bool, s: _Styles) -> list[Flowable]:
    rows = _common_rows(data, refusal=True, s=s)
    if data.documents:
        presented = L.with_count(L.DOCS_PRESENTED, len(data.documents))
        rows.append(_items(presented, data.documents, s))
    missing = L.with_count(L.MISSING_DOCS, len(data.missing))
    rows.append(_items(missing, data.missing, s, strong=True))
    rows.append(_row([[_Para(_bi_value(L.REFUSAL_REASON), s.small)]], _W_FULL))
    rows.append(_row([_box(L.REFUSAL_OFFICER, _t(data.acceptor), s.strong, s)], _W_FULL))
    if not stub:
        rows.append(_row([_box(L.COMPLAINT, _bi_value(data.complaint), s.small, s)], _W_FULL))
    return rows


def _signatures(data: TalonData, refusal: bool, s: _Styles) -> Table:
    """Two signature lines: the applicant's (received) and the specialist's (accepted)."""
    got = L.RECEIPT_RECEIVED if refusal else L.TALON_RECEIVED
    gave = L.RECEIPT_GIVEN_BY if refusal else L.DOCS_TAKEN_BY
    caption = f"({_t(L.both(L.SIGNATURE))})"
    gap = 14 * mm
    col = (CONTENT_W - gap) / 2
    rows = [
        [
            _Para(_label(got) + ":", s.sign_label),
            "",
            _Para(_label(gave) + ":", s.sign_label),
        ],
        ["", "", ""],
        [
            _Para(f"{caption}&nbsp;&nbsp;{_t(data.applicant_name)}", s.sign_caption),
            "",
            _Para(f"{caption}&nbsp;&nbsp;{_t(data.acceptor)}", s.sign_caption),
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


def _part(data: TalonData, stub: bool, compact: bool = False) -> list[Flowable]:
    """The flowables of one half: the talon/receipt (stub=False) or the stub."""
    s = _styles(compact)
    refusal = is_refusal(data)
    if refusal:
        title = L.REFUSAL_STUB_TITLE if stub else L.REFUSAL_TITLE
        rows = _refusal_rows(data, stub, s)
    else:
        title = L.STUB_TITLE if stub else L.TALON_TITLE
        rows = _talon_rows(data, stub, s)
    note = L.STAYS_IN_OFFICE if stub else L.FOR_APPLICANT
    story = [*_header(data, title, note, s), *rows]
    if stub:
        story += [Spacer(1, 3 * mm), _signatures(data, refusal, s)]
    return story


def _height(story: list[Flowable], width: float) -> float:
    total = 0.0
    for f in story:
        _, h = f.wrap(width, PAGE_H)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def _layout(data: TalonData) -> tuple[list[Flowable], list[Flowable], bool]:
    """The two parts and whether they fit the halves of one sheet.

    Normal type first, then slightly smaller type; if even that does not fit, the parts go
    on whole pages at normal size rather than shrinking further.
    """
    for compact in (False, True):
        top, bottom = _part(data, False, compact), _part(data, True, compact)
        # A point of slack: the frames must never disagree with this measurement.
        if max(_height(top, CONTENT_W), _height(bottom, CONTENT_W)) <= HALF_H - 1:
            return top, bottom, True
    return _part(data, False), _part(data, True), False


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


def _part_footer(c: Canvas, page: int, total: int) -> None:
    f = register_fonts()
    c.saveState()
    c.setFont(f.regular, 7)
    c.setFillColor(GREY)
    c.drawRightString(PAGE_W - MARGIN_X, MARGIN_Y / 2, L.page_of(page, total))
    c.restoreState()


def render_talon_pdf(data: TalonData, out: Path) -> Path:
    """Render the talon with its stub (or, with `data.missing`, the refusal receipt) to PDF."""
    out = Path(out)
    top, bottom, halves = _layout(data)
    title = L.both(L.REFUSAL_TITLE if is_refusal(data) else L.TALON_TITLE)
    with atomic_output(out) as tmp:
        doc = BaseDocTemplate(
            str(tmp),
            pagesize=A4,
            title=f"{title} {data.number}",
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
            upper = Frame(MARGIN_X, PAGE_H / 2 + CUT_GAP, CONTENT_W, HALF_H, id="talon", **pad)
            lower = Frame(MARGIN_X, MARGIN_Y, CONTENT_W, HALF_H, id="stub", **pad)
            doc.addPageTemplates(PageTemplate("halves", [upper, lower], onPage=_draw_cut_line))
            doc.build([*top, FrameBreak(), *bottom])
        else:
            body_h = PAGE_H - 2 * MARGIN_Y - 4 * mm  # room for the page-number footer
            frame = Frame(MARGIN_X, MARGIN_Y + 4 * mm, CONTENT_W, body_h, id="page", **pad)
            doc.addPageTemplates(PageTemplate("pages", [frame]))
            doc.build(
                [*top, PageBreak(), *bottom],
                canvasmaker=NumberedCanvas.with_footer(_part_footer),
            )
    return out


# --- DOCX -------------------------------------------------------------------------------
# The DOCX is for the rare talon that must be edited by hand; Word does its own page
# layout, so it is one plain label/value table per half rather than the PDF's boxes.

_DOCX_LABEL_FILL = "F0F0F0"
_DOCX_DUE_FILL = "E4E4E4"


def _cell_label(cell: _Cell, lb: Bilingual | None) -> None:
    p = _tight(cell.paragraphs[0])
    _shade(cell, _DOCX_LABEL_FILL)
    if lb is None:
        return
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


def _docx_field(
    table: DocxTable,
    lb: Bilingual | None,
    lines: list[str],
    size: float = 9.5,
    bold: bool = False,
) -> _Row:
    row = table.add_row()
    _cell_label(row.cells[0], lb)
    _cell_lines(row.cells[1], lines, size=size, bold=bold)
    return row


def _docx_items(table: DocxTable, lb: Bilingual, docs: tuple[Bilingual, ...]) -> None:
    lines = [f"{i}. {_doc_text(d)}" for i, d in enumerate(docs, start=1)] or [L.NONE]
    _docx_field(table, lb, lines, size=9)


def _doc_text(d: Bilingual) -> str:
    return d.kk if d.kk == d.ru else f"{d.kk} / {d.ru}"


def _docx_part(doc: DocxDocument, data: TalonData, stub: bool) -> None:
    refusal = is_refusal(data)
    if refusal:
        title = L.REFUSAL_STUB_TITLE if stub else L.REFUSAL_TITLE
    else:
        title = L.STUB_TITLE if stub else L.TALON_TITLE
    note = L.STAYS_IN_OFFICE if stub else L.FOR_APPLICANT

    p = _tight(doc.add_paragraph(), after=2)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(p, L.both(note), 7.5, grey=True)
    _run(_tight(doc.add_paragraph()), data.office.name.kk, 9.5, bold=True)
    _run(_tight(doc.add_paragraph()), data.office.name.ru, 9.5)
    contact = _contact(data).replace("\n", ", ")
    if contact:
        _run(_tight(doc.add_paragraph()), contact, 8, grey=True)

    p = _tight(doc.add_paragraph(), before=6, after=4)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    lines = [L.both(title)] if len(L.both(title)) <= 40 else _bi_lines(title)
    for i, line in enumerate(lines):
        r = _run(p, line, 13 if len(lines) == 1 else 11.5, bold=True)
        if i < len(lines) - 1:
            r.add_break()

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _docx_field(table, L.REG_NUMBER, [data.number], bold=True)
    _docx_field(table, L.REG_DATETIME, [L.fmt_datetime(data.registered_at)])
    _docx_field(table, L.SERVICE, _bi_lines(data.service))
    _docx_field(table, L.APPLICANT, [data.applicant_name], bold=True)
    _docx_field(table, L.IIN, [data.applicant_iin])
    _docx_field(table, L.PHONE, [data.applicant_phone or L.NONE])
    if data.representative:
        _docx_field(table, L.REPRESENTATIVE, [data.representative])
    if refusal:
        if data.documents:
            presented = L.with_count(L.DOCS_PRESENTED, len(data.documents))
            _docx_items(table, presented, data.documents)
        _docx_items(table, L.with_count(L.MISSING_DOCS, len(data.missing)), data.missing)
        _docx_field(table, None, _bi_lines(L.REFUSAL_REASON), size=8)
        _docx_field(table, L.REFUSAL_OFFICER, [data.acceptor], bold=True)
    else:
        _docx_items(table, L.with_count(L.DOCS_ACCEPTED, len(data.documents)), data.documents)
        due = _docx_field(table, L.DUE_DATE, [L.fmt_date(data.due_date)], size=13, bold=True)
        _shade(due.cells[1], _DOCX_DUE_FILL)
        _docx_field(table, L.PLACE_OF_ISSUE, _bi_lines(data.place_of_issue))
        _docx_field(table, L.ACCEPTOR, [data.acceptor], bold=True)
    if not stub:
        _docx_field(table, L.COMPLAINT, _bi_lines(data.complaint), size=8)
    for row in table.rows:
        row.cells[0].width = Mm(58)
        row.cells[1].width = Mm(122)

    if stub:
        got = L.RECEIPT_RECEIVED if refusal else L.TALON_RECEIVED
        gave = L.RECEIPT_GIVEN_BY if refusal else L.DOCS_TAKEN_BY
        caption = f"({L.both(L.SIGNATURE)})"
        sig = doc.add_table(rows=3, cols=2)
        sig.autofit = False
        for col, (lb, name) in enumerate(((got, data.applicant_name), (gave, data.acceptor))):
            label, line, under = (sig.rows[i].cells[col] for i in range(3))
            _cell_lines(label, [f"{L.both(lb)}:"], size=8.5, bold=True)
            _tight(label.paragraphs[0], before=10)
            _cell_lines(line, ["_" * 34], size=9)
            _tight(line.paragraphs[0], before=12)
            _cell_lines(under, [f"{caption}  {name}"], size=7.5)
            for c in (label, line, under):
                c.width = Mm(90)


def render_talon_docx(data: TalonData, out: Path) -> Path:
    """Render the talon with its stub (or the refusal receipt) as an editable DOCX."""
    out = Path(out)
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(15)
    section.top_margin = section.bottom_margin = Mm(12)
    apply_docx_fonts(doc)
    set_docx_font(doc.styles["Table Grid"])
    doc.styles["Normal"].font.size = Pt(9.5)
    title = L.REFUSAL_TITLE if is_refusal(data) else L.TALON_TITLE
    doc.core_properties.title = f"{L.both(title)} {data.number}"

    _docx_part(doc, data, stub=False)
    # Word lays the page out itself; follow the PDF's decision so a long talon does not
    # get its stub split across the page break.
    if _layout(data)[2]:
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
