"""The district's answer on paper: the notice of assignment or the reasoned refusal.

One A4 portrait page (a long reasoning continues on the next, numbered): the district
department's name in both languages with the document's number and date, the akim's office
the case came from with its incoming number and date, the applicant and the service, then
either the monthly amount and the period (хабарлама / уведомление о назначении) or the
listed refusal ground, the signer's reasoning and how to appeal (дәлелді бас тарту /
мотивированный отказ). Kazakh first, then Russian (DOMAIN.md §1 step 5, §3).

Every renderer writes through `atomic_output`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from docx.table import Table as DocxTable
from docx.table import _Cell
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from forms import labels as L
from forms.data import Bilingual, DecisionData, OfficeHeader
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

__all__ = ["OUTCOMES", "render_decision_docx", "render_decision_pdf"]

OUTCOMES = ("assigned", "refused")

PAGE_W, PAGE_H = A4
MARGIN_X = 15 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 14 * mm  # the footer lives in here
CONTENT_W = PAGE_W - 2 * MARGIN_X

INK = colors.black
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
LABEL_BG = colors.HexColor("#f0f0f0")
RESULT_BG = colors.HexColor("#e4e4e4")
NBSP = "\u00a0"


def _title(data: DecisionData) -> Bilingual:
    """The notice's title for the outcome; an unknown outcome is refused before writing."""
    if data.outcome not in OUTCOMES:
        raise ValueError(f"unknown decision outcome {data.outcome!r} (expected {OUTCOMES})")
    return L.ASSIGNED_TITLE if data.outcome == "assigned" else L.REFUSED_TITLE


def _tenge(amount: str | None) -> str:
    """The app hands over "85 000,00 ₸" with non-breaking spaces; add the sign if it did not."""
    if not amount or not amount.strip():
        return L.NONE
    amount = amount.strip()
    return amount if amount.endswith("₸") else f"{amount}{NBSP}₸"


def _number_and_date(data: DecisionData) -> str:
    return f"{L.NUMBER_SIGN} {data.number}, {L.fmt_date(data.decided_on)}"


def _text_lines(text: str | None) -> list[str]:
    """The reasoning as typed: its own line breaks kept, blank lines dropped."""
    lines = [x.strip() for x in (text or "").splitlines()]
    return [x for x in lines if x] or [L.NONE]


# --- PDF --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Styles:
    office: ParagraphStyle
    contact: ParagraphStyle
    title: ParagraphStyle
    body: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    strong: ParagraphStyle
    big: ParagraphStyle
    small: ParagraphStyle
    caption: ParagraphStyle
    sign_role: ParagraphStyle


@lru_cache(maxsize=1)
def _styles() -> _Styles:
    f = register_fonts()

    def ps(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
        kw.setdefault("fontName", f.regular)
        kw.setdefault("textColor", INK)
        return ParagraphStyle(name, fontSize=size, leading=leading, **kw)

    return _Styles(
        office=ps("office", 9.5, 11.5),
        contact=ps("contact", 7.5, 9, textColor=GREY),
        title=ps("title", 13, 16, fontName=f.bold, alignment=TA_CENTER),
        body=ps("body", 10, 13.5, firstLineIndent=10 * mm, spaceAfter=3),
        label=ps("label", 7, 8.5, spaceAfter=1.5),
        value=ps("value", 9.5, 11.5),
        strong=ps("strong", 9.5, 11.5, fontName=f.bold),
        big=ps("big", 13, 16, fontName=f.bold),
        small=ps("small", 8, 10),
        caption=ps("caption", 6.5, 8, textColor=GREY, alignment=TA_CENTER),
        sign_role=ps("sign_role", 9.5, 11.5),
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


def _box(lb: Bilingual, value: str, style: ParagraphStyle) -> list[Flowable]:
    """A field as a box: a small bilingual caption above its value."""
    return [_Para(_label(lb), _styles().label), _Para(value, style)]


def _row(boxes: list[list[Flowable]], widths_mm: tuple[float, ...], shaded: bool = False) -> Table:
    """One row of boxes; the last width is whatever is left of the content width."""
    widths = [w * mm for w in widths_mm[:-1]]
    widths.append(CONTENT_W - sum(widths))
    cmds = list(_BOX)
    if shaded:
        # The result is what the applicant reads the notice for: the one boxed, shaded row.
        cmds += [("BACKGROUND", (0, 0), (-1, -1), RESULT_BG), ("BOX", (0, 0), (-1, -1), 1.2, INK)]
    return Table([boxes], colWidths=widths, style=TableStyle(cmds))


def _office_lines(o: OfficeHeader) -> str:
    return f"<b>{_t(o.name.kk)}</b><br/>{_t(o.name.ru)}"


def _contact(o: OfficeHeader) -> str:
    phone = o.phone and f"{L.PHONE_ABBR} {o.phone}"
    return "<br/>".join(_t(x) for x in (o.address, phone) if x)


def _head(data: DecisionData) -> list[Flowable]:
    """The district department (kk, ru) with its contacts; the number and date on the right."""
    s = _styles()
    number = Table(
        [
            [_Para(_label(L.DOC_NUMBER, stacked=True), s.label), _Para(_t(data.number), s.strong)],
            [
                _Para(_label(L.DECISION_DATE, stacked=True), s.label),
                _Para(L.fmt_date(data.decided_on), s.strong),
            ],
        ],
        colWidths=(24 * mm, 34 * mm),
        style=TableStyle([*_BOX, ("BACKGROUND", (0, 0), (0, -1), LABEL_BG)]),
    )
    side = 60 * mm
    contact = _contact(data.district)
    left = [_Para(_office_lines(data.district), s.office)]
    if contact:
        left.append(_Para(contact, s.contact))
    head = Table(
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
    return [head]


def _heading(title: Bilingual) -> list[Flowable]:
    s = _styles()
    one = L.both(title)
    if stringWidth(one, s.title.fontName, s.title.fontSize) <= CONTENT_W:
        return [_Para(_t(one), s.title)]
    return [_Para(_t(title.kk), s.title), _Para(_t(title.ru), s.title)]


def _case_rows(data: DecisionData) -> list[Flowable]:
    s = _styles()
    return [
        _row(
            [
                _box(L.FROM_OFFICE, _office_lines(data.office), s.value),
                _box(L.CASE_NUMBER, _t(data.case_number), s.strong),
                _box(L.CASE_DATE, L.fmt_date(data.registered_at.date()), s.value),
            ],
            (100, 38, 0),
        ),
        _row(
            [
                _box(L.APPLICANT, _t(data.applicant_name), s.strong),
                _box(L.IIN, _t(data.applicant_iin), s.strong),
            ],
            (130, 0),
        ),
        _row([_box(L.ADDRESS, _t(data.applicant_address or L.NONE), s.value)], (0,)),
        _row([_box(L.SERVICE, _bi_value(data.service), s.value)], (0,)),
    ]


def _assigned_rows(data: DecisionData) -> list[Flowable]:
    s = _styles()
    return [
        _row(
            [
                _box(L.AMOUNT_MONTHLY, _t(_tenge(data.amount)), s.big),
                _box(L.ASSIGNED_PERIOD, L.fmt_period(data.period_from, data.period_to), s.big),
            ],
            (80, 0),
            shaded=True,
        )
    ]


def _refused_rows(data: DecisionData) -> list[Flowable]:
    s = _styles()
    ground = _bi_value(data.refusal_ground) if data.refusal_ground else L.NONE
    # The reasoning may split inside its row, the caption repeated: a long one runs on to
    # the next page instead of failing to fit.
    paragraphs = [_Para(_t(line), s.value) for line in _text_lines(data.refusal_text)]
    motives = Table(
        [[_Para(_label(L.REFUSAL_MOTIVES), s.label)], [paragraphs]],
        colWidths=(CONTENT_W,),
        repeatRows=1,
        splitInRow=1,
        style=TableStyle(
            [
                *(c for c in _BOX if c[0] != "INNERGRID"),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 0),
            ]
        ),
    )
    appeal = f"{_t(L.APPEAL_TEXT.kk)}<br/>{_t(L.APPEAL_TEXT.ru)}"
    return [
        _row([_box(L.REFUSAL_GROUND, ground, s.strong)], (0,), shaded=True),
        motives,
        _row([_box(L.COMPLAINT, appeal, s.small)], (0,)),
    ]


def _signature(signer: str | None) -> Table:
    """The signer («position, surname and initials») and a line to sign on; blank lines to
    fill by hand when the app does not know the signer."""
    s = _styles()
    cap = _t(L.caption(L.SIGNATURE_CAPTION))
    if signer:
        rows = [
            [_Para(_t(signer), s.sign_role), "", ""],
            [_Para(_t(L.both(L.STAMP)), s.small), "", _Para(cap, s.caption)],
        ]
        widths = (CONTENT_W - 62 * mm, 10 * mm, 52 * mm)
        lines = [(2, 0)]
    else:
        who = f"{_t(L.caption(L.POSITION_CAPTION))}, {_t(L.caption(L.NAME_CAPTION))}"
        rows = [
            ["", "", ""],
            [_Para(who, s.caption), "", _Para(cap, s.caption)],
            [_Para(_t(L.both(L.STAMP)), s.small), "", ""],
        ]
        widths = (CONTENT_W - 62 * mm, 10 * mm, 52 * mm)
        lines = [(0, 0), (2, 0)]
    cmds = [
        *_FLAT,
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 1.5),
        ("TOPPADDING", (0, 1), (-1, -1), 1),
    ]
    cmds += [("LINEBELOW", cell, cell, 0.6, INK) for cell in lines]
    heights = [12 * mm] + [None] * (len(rows) - 1)
    return Table(rows, colWidths=widths, rowHeights=heights, style=TableStyle(cmds))


def _story(data: DecisionData) -> list[Flowable]:
    s = _styles()
    title = _title(data)
    assigned = data.outcome == "assigned"
    text = L.ASSIGNED_TEXT if assigned else L.REFUSED_TEXT
    return [
        *_head(data),
        Spacer(1, 8 * mm),
        *_heading(title),
        Spacer(1, 5 * mm),
        *_case_rows(data),
        Spacer(1, 5 * mm),
        _Para(_t(text.kk), s.body),
        _Para(_t(text.ru), s.body),
        Spacer(1, 2 * mm),
        *(_assigned_rows(data) if assigned else _refused_rows(data)),
        Spacer(1, 12 * mm),
        _signature(data.signer),
    ]


def _footer(data: DecisionData) -> Callable[[Canvas, int, int], None]:
    f = register_fonts()
    # Every sheet names its document: a second page of reasoning must not pass for another's.
    first = f"{L.both(_title(data))} {_number_and_date(data)}"

    def draw(c: Canvas, page: int, total: int) -> None:
        y = MARGIN_BOTTOM / 2
        c.saveState()
        c.setFont(f.regular, 7)
        c.setFillColor(GREY)
        c.drawString(MARGIN_X, y, first)
        c.drawRightString(PAGE_W - MARGIN_X, y, L.page_of(page, total))
        c.restoreState()

    return draw


def render_decision_pdf(data: DecisionData, out: Path) -> Path:
    """Render the notice of assignment or the reasoned refusal to PDF."""
    out = Path(out)
    story = _story(data)  # an unknown outcome fails here, before a file is touched
    f = register_fonts()
    with atomic_output(out) as tmp:
        doc = BaseDocTemplate(
            str(tmp),
            pagesize=A4,
            title=f"{L.both(_title(data))} {_number_and_date(data)}",
            author=L.both(data.district.name),
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
        doc.addPageTemplates(PageTemplate("decision", [frame]))
        doc.build(story, canvasmaker=NumberedCanvas.with_footer(_footer(data)))
    return out


# --- DOCX -------------------------------------------------------------------------------
# For the rare notice that must be edited by hand: Word lays the page out itself, so the
# fields are one label/value table rather than the PDF's boxes.

_RESULT_FILL = "E4E4E4"


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


def _field(
    table: DocxTable, lb: Bilingual, lines: list[str], size: float = 9.5, bold: bool = False
) -> _Cell:
    row = table.add_row()
    _cell_label(row.cells[0], lb)
    _cell_lines(row.cells[1], lines, size=size, bold=bold)
    return row.cells[1]


def _docx_head(doc: DocxDocument, data: DecisionData) -> None:
    o = data.district
    head = doc.add_table(rows=1, cols=2)
    head.autofit = False
    left, right = head.rows[0].cells
    _cell_lines(left, [o.name.kk, o.name.ru], size=9.5)
    left.paragraphs[0].runs[0].bold = True
    contact = ", ".join(x for x in (o.address, o.phone and f"{L.PHONE_ABBR} {o.phone}") if x)
    if contact:
        _run(_tight(left.add_paragraph()), contact, 7.5, grey=True)
    _cell_lines(
        right,
        [
            f"{L.both(L.DOC_NUMBER)}: {data.number}",
            f"{L.both(L.DECISION_DATE)}: {L.fmt_date(data.decided_on)}",
        ],
        size=9.5,
        bold=True,
    )
    for p in right.paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for row in head.rows:
        row.cells[0].width, row.cells[1].width = Mm(115), Mm(65)


def _docx_signature(doc: DocxDocument, signer: str | None) -> None:
    table = doc.add_table(rows=1, cols=2)
    table.autofit = False
    who, line = table.rows[0].cells
    if signer:
        _cell_lines(who, [signer], size=9.5)
    else:
        _cell_lines(who, ["_" * 40], size=9.5)
        cap = _tight(who.add_paragraph())
        _run(cap, f"{L.caption(L.POSITION_CAPTION)}, {L.caption(L.NAME_CAPTION)}", 7, grey=True)
    _cell_lines(line, ["_" * 24], size=9.5)
    cap = _tight(line.add_paragraph())
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(cap, L.caption(L.SIGNATURE_CAPTION), 7, grey=True)
    for cell in (who, line):
        _tight(cell.paragraphs[0], before=14)
    who.width, line.width = Mm(120), Mm(60)
    _run(_tight(doc.add_paragraph(), before=4), L.both(L.STAMP), 8)


def render_decision_docx(data: DecisionData, out: Path) -> Path:
    """The same notice or refusal as an editable DOCX."""
    out = Path(out)
    title = _title(data)
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(15)
    section.top_margin = section.bottom_margin = Mm(12)
    apply_docx_fonts(doc)
    set_docx_font(doc.styles["Table Grid"])
    doc.styles["Normal"].font.size = Pt(9.5)
    doc.core_properties.title = f"{L.both(title)} {_number_and_date(data)}"

    _docx_head(doc, data)
    p = _tight(doc.add_paragraph(), before=16, after=8)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(p, title.kk, 13, bold=True).add_break()
    _run(p, title.ru, 13, bold=True)

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    o = data.office
    _field(table, L.FROM_OFFICE, [o.name.kk, o.name.ru])
    _field(table, L.CASE_NUMBER, [data.case_number], bold=True)
    _field(table, L.CASE_DATE, [L.fmt_date(data.registered_at.date())])
    _field(table, L.APPLICANT, [data.applicant_name], bold=True)
    _field(table, L.IIN, [data.applicant_iin], bold=True)
    _field(table, L.ADDRESS, [data.applicant_address or L.NONE])
    _field(table, L.SERVICE, _bi_lines(data.service))

    assigned = data.outcome == "assigned"
    text = L.ASSIGNED_TEXT if assigned else L.REFUSED_TEXT
    for line in (text.kk, text.ru):
        p = _tight(doc.add_paragraph(), before=4, after=2)
        p.paragraph_format.first_line_indent = Mm(10)
        _run(p, line, 10)
    _tight(doc.add_paragraph(), after=2)

    result = doc.add_table(rows=0, cols=2)
    result.style = "Table Grid"
    result.alignment = WD_TABLE_ALIGNMENT.CENTER
    result.autofit = False
    if assigned:
        for lb, value in (
            (L.AMOUNT_MONTHLY, _tenge(data.amount)),
            (L.ASSIGNED_PERIOD, L.fmt_period(data.period_from, data.period_to)),
        ):
            _shade(_field(result, lb, [value], size=12, bold=True), _RESULT_FILL)
    else:
        ground = _bi_lines(data.refusal_ground) if data.refusal_ground else [L.NONE]
        _shade(_field(result, L.REFUSAL_GROUND, ground, bold=True), _RESULT_FILL)
        _field(result, L.REFUSAL_MOTIVES, _text_lines(data.refusal_text))
        _field(result, L.COMPLAINT, _bi_lines(L.APPEAL_TEXT), size=8.5)
    for t in (table, result):
        for row in t.rows:
            row.cells[0].width, row.cells[1].width = Mm(55), Mm(125)

    _docx_signature(doc, data.signer)
    with atomic_output(out) as tmp:
        doc.save(str(tmp))
    return out
