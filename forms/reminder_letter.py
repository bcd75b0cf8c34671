"""The quarterly re-confirmation of targeted social assistance on paper: a reminder letter per
family and the list of the quarter's families (DOMAIN.md §2, seed `002:1167`).

Each letter is one A4 page: the office in both languages, the family it goes to, the text in
Kazakh and then in Russian (the decision, the period, the quarter to re-confirm in, the
documents to bring), the akim's signature and who prepared it. The list (A4 landscape) has a
column where the family signs for the letter, so the office can show who was told.

`app.reminders` decides who is listed; this module only lays out what it is given. Every
renderer writes through `atomic_output`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Mm, Pt
from docx.table import _Cell
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from forms import labels as L
from forms.data import Bilingual, OfficeHeader, Signatory
from forms.fonts import PDF_REGULAR, apply_docx_fonts, register_fonts, set_docx_font
from forms.markup import LABEL_FILL
from forms.markup import Para as _Para
from forms.markup import label as _label
from forms.markup import run as _run
from forms.markup import shade as _shade
from forms.markup import t as _t
from forms.markup import tight as _tight
from forms.output import NumberedCanvas, atomic_output

__all__ = [
    "ReminderLetter",
    "RemindersData",
    "render_reminder_letters_docx",
    "render_reminder_letters_pdf",
    "render_reminder_list_docx",
    "render_reminder_list_pdf",
]


@dataclass(frozen=True)
class ReminderLetter:
    """One family to remind: whom, where, and the assignment to re-confirm."""

    applicant_name: str
    applicant_iin: str
    address: str | None
    phone: str | None
    case_number: str  # the application's incoming number
    decision_number: str
    decided_on: date
    period_from: date
    period_to: date | None  # None: no end known


@dataclass(frozen=True)
class RemindersData:
    office: OfficeHeader
    quarter: Bilingual  # «2026 жылғы 4-тоқсан» / «4 квартал 2026 года»
    quarter_from: date
    quarter_to: date
    letters: tuple[ReminderLetter, ...]
    signatory: Signatory  # the akim, who signs the letters
    executor: str | None = None  # the specialist who prepared them
    executor_phone: str | None = None
    printed_at: datetime | None = None

    @property
    def quarter_in(self) -> Bilingual:
        """The quarter as «in the quarter» (a case ending in both languages)."""
        y, q = self.quarter_from.year, (self.quarter_from.month - 1) // 3 + 1
        return Bilingual(
            L.QUARTER_IN.kk.format(year=y, quarter=q), L.QUARTER_IN.ru.format(year=y, quarter=q)
        )


PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 15 * mm
MARGIN_BOTTOM = 15 * mm
LETTER_W = PAGE_W - 2 * MARGIN_X

LIST_W_PAGE, LIST_H_PAGE = landscape(A4)
LIST_MARGIN_X = 12 * mm
LIST_W = LIST_W_PAGE - 2 * LIST_MARGIN_X
# №, applicant, ИИН, address, phone, decision, period, handed over (date, signature)
LIST_COL_MM = (9, 50, 27, 50, 28, 38, 33, 38)
LIST_COL_W = tuple(w * mm for w in LIST_COL_MM)
assert abs(sum(LIST_COL_W) - LIST_W) < 0.01, "the list's columns must fill the page width"

INK = colors.black
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
LABEL_BG = colors.HexColor("#f0f0f0")
HEAD_BG = colors.HexColor("#e4e4e4")


# --- shared text --------------------------------------------------------------------------


def decision_ref(letter: ReminderLetter) -> Bilingual:
    d = L.fmt_date(letter.decided_on)
    return Bilingual(
        L.DECISION_REF.kk.format(date=d, number=letter.decision_number),
        L.DECISION_REF.ru.format(date=d, number=letter.decision_number),
    )


def period_text(start: date, end: date | None) -> Bilingual:
    if end is None:
        s = L.fmt_date(start)
        return Bilingual(L.PERIOD_OPEN.kk.format(start=s), L.PERIOD_OPEN.ru.format(start=s))
    text = f"{L.fmt_date(start)} – {L.fmt_date(end)}"
    return Bilingual(text, text)


def _quarter_dates(data: RemindersData) -> str:
    return f"{L.fmt_date(data.quarter_from)} – {L.fmt_date(data.quarter_to)}"


def _paragraphs(letter: ReminderLetter, data: RemindersData, lang: str) -> list[str]:
    """Greeting, the assignment, the request: in one language."""
    pick = (lambda b: b.kk) if lang == "kk" else (lambda b: b.ru)
    return [
        pick(L.REMINDER_GREETING).format(name=letter.applicant_name),
        pick(L.REMINDER_TEXT).format(
            decision=pick(decision_ref(letter)),
            period=pick(period_text(letter.period_from, letter.period_to)),
        ),
        pick(L.REMINDER_ASK).format(when=pick(data.quarter_in), dates=_quarter_dates(data)),
    ]


# --- PDF ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Styles:
    office: ParagraphStyle
    contact: ParagraphStyle
    date: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    strong: ParagraphStyle
    greeting: ParagraphStyle
    body: ParagraphStyle
    body_ru: ParagraphStyle
    lang: ParagraphStyle
    item: ParagraphStyle
    sign_role: ParagraphStyle
    sign_name: ParagraphStyle
    caption: ParagraphStyle
    small: ParagraphStyle
    head: ParagraphStyle
    cell: ParagraphStyle
    meta: ParagraphStyle


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
        date=ps("date", 9, 11, alignment=TA_RIGHT),
        title=ps("title", 13, 16, fontName=f.bold, alignment=TA_CENTER),
        subtitle=ps("subtitle", 9, 11, alignment=TA_CENTER),
        label=ps("label", 7, 8.5, spaceAfter=1.5),
        value=ps("value", 9.5, 11.5),
        strong=ps("strong", 10, 12, fontName=f.bold),
        greeting=ps("greeting", 10, 13, fontName=f.bold, spaceAfter=3),
        body=ps("body", 10, 13.5, firstLineIndent=8 * mm, spaceAfter=3, alignment=TA_LEFT),
        body_ru=ps(
            "body_ru",
            9.5,
            12.5,
            firstLineIndent=8 * mm,
            spaceAfter=3,
            alignment=TA_LEFT,
            textColor=colors.HexColor("#222222"),
        ),
        lang=ps("lang", 7, 8.5, textColor=GREY, spaceAfter=2),
        item=ps("item", 9, 11.5, leftIndent=8 * mm, bulletIndent=3 * mm, bulletFontName=f.regular),
        sign_role=ps("sign_role", 9, 11),
        sign_name=ps("sign_name", 10, 12, fontName=f.bold),
        caption=ps("caption", 6.5, 8, textColor=GREY, alignment=TA_CENTER),
        small=ps("small", 8, 10),
        head=ps("head", 7, 8.4),
        cell=ps("cell", 7.5, 9),
        meta=ps("meta", 8.5, 11),
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


def _office_block(o: OfficeHeader) -> list[Flowable]:
    s = _styles()
    out: list[Flowable] = [_Para(f"<b>{_t(o.name.kk)}</b><br/>{_t(o.name.ru)}", s.office)]
    contact = ", ".join(x for x in (o.address, o.phone and f"{L.PHONE_ABBR} {o.phone}") if x)
    if contact:
        out.append(_Para(_t(contact), s.contact))
    return out


def _head(data: RemindersData) -> Table:
    s = _styles()
    printed = (data.printed_at or datetime.now()).date()
    date_text = f"{_label(L.PACKET_DATE)}: <b>{L.fmt_date(printed)}</b>"
    return Table(
        [[_office_block(data.office), _Para(date_text, s.date)]],
        colWidths=(LETTER_W - 55 * mm, 55 * mm),
        style=TableStyle([*_FLAT, ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK)]),
    )


def _addressee(letter: ReminderLetter) -> Table:
    """Whom the letter goes to, on the right as letters are addressed."""
    s = _styles()
    rows = [
        [
            _Para(_label(L.RECIPIENT, stacked=True), s.label),
            _Para(_t(letter.applicant_name), s.strong),
        ],
        [_Para(_label(L.IIN, stacked=True), s.label), _Para(_t(letter.applicant_iin), s.value)],
        [
            _Para(_label(L.ADDRESS, stacked=True), s.label),
            _Para(_t(letter.address or L.NONE), s.value),
        ],
        [_Para(_label(L.PHONE, stacked=True), s.label), _Para(_t(letter.phone or L.NONE), s.value)],
    ]
    inner = Table(
        rows,
        colWidths=(34 * mm, 66 * mm),
        style=TableStyle([*_FLAT, ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]),
    )
    return Table(
        [["", inner]],
        colWidths=(LETTER_W - 100 * mm, 100 * mm),
        style=TableStyle(_FLAT),
    )


def _facts(letter: ReminderLetter, data: RemindersData) -> Table:
    """The decision, its period, the case and the quarter, in boxes."""
    s = _styles()

    def box(lb: Bilingual, value: Bilingual | str) -> list[Flowable]:
        text = value if isinstance(value, str) else _bi(value)
        return [_Para(_label(lb, stacked=True), s.label), _Para(text, s.value)]

    return Table(
        [
            [
                box(L.REMINDER_DECISION, decision_ref(letter)),
                box(L.REMINDER_PERIOD, period_text(letter.period_from, letter.period_to)),
                box(L.REG_NUMBER, _t(letter.case_number)),
                box(L.QUARTER, f"<b>{_bi(data.quarter)}</b><br/>{_quarter_dates(data)}"),
            ]
        ],
        colWidths=(45 * mm, 47 * mm, 31 * mm, LETTER_W - 123 * mm),
        style=TableStyle([*_BOX, ("BACKGROUND", (0, 0), (-1, -1), LABEL_BG)]),
    )


def _bi(v: Bilingual) -> str:
    return _t(v.kk) if v.kk == v.ru else f"{_t(v.kk)}<br/>{_t(v.ru)}"


def _language_block(letter: ReminderLetter, data: RemindersData, lang: str) -> list[Flowable]:
    s = _styles()
    greeting, *body = _paragraphs(letter, data, lang)
    style = s.body if lang == "kk" else s.body_ru
    docs_title = L.REMINDER_DOCS_TITLE.kk if lang == "kk" else L.REMINDER_DOCS_TITLE.ru
    out: list[Flowable] = [_Para(_t(greeting), s.greeting)]
    out += [_Para(_t(p), style) for p in body]
    out.append(_Para(f"<b>{_t(docs_title)}:</b>", s.value))
    for n, doc in enumerate(L.REMINDER_DOCS, start=1):
        out.append(_Para(_t(doc.kk if lang == "kk" else doc.ru), s.item, bulletText=f"{n}."))
    return out


def _signature(signatory: Signatory) -> Table:
    s = _styles()
    name = signatory.name
    rows = [
        [
            _Para(_label(signatory.position, stacked=True), s.sign_role),
            "",
            "",
            "",
            _Para(_t(name), s.sign_name) if name else "",
        ],
        [
            "",
            "",
            _Para(_t(L.caption(L.SIGNATURE_CAPTION)), s.caption),
            "",
            "" if name else _Para(_t(L.caption(L.NAME_CAPTION)), s.caption),
        ],
    ]
    cmds = [
        *_FLAT,
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (2, 0), (2, 0), 0.6, INK),
        ("TOPPADDING", (0, 1), (-1, 1), 1),
    ]
    if not name:
        cmds.append(("LINEBELOW", (4, 0), (4, 0), 0.6, INK))
    widths = (62 * mm, 5 * mm, 45 * mm, 5 * mm, LETTER_W - 117 * mm)
    return Table(rows, colWidths=widths, rowHeights=[12 * mm, None], style=TableStyle(cmds))


def _executor(data: RemindersData) -> list[Flowable]:
    if not data.executor:
        return []
    s = _styles()
    phone = f", {L.PHONE_ABBR} {data.executor_phone}" if data.executor_phone else ""
    return [_Para(f"{_label(L.EXECUTOR)}: {_t(data.executor)}{_t(phone)}", s.small)]


def _letter_story(letter: ReminderLetter, data: RemindersData) -> list[Flowable]:
    s = _styles()
    return [
        _head(data),
        Spacer(1, 6 * mm),
        _addressee(letter),
        Spacer(1, 6 * mm),
        _Para(_t(L.REMINDER_TITLE.kk), s.title),
        _Para(_t(L.REMINDER_SUBTITLE.kk), s.subtitle),
        Spacer(1, 1.5 * mm),
        _Para(_t(L.REMINDER_TITLE.ru), s.title),
        _Para(_t(L.REMINDER_SUBTITLE.ru), s.subtitle),
        Spacer(1, 5 * mm),
        _facts(letter, data),
        Spacer(1, 5 * mm),
        *_language_block(letter, data, "kk"),
        Spacer(1, 4 * mm),
        Table(
            [[""]],
            colWidths=(LETTER_W,),
            rowHeights=(1,),
            style=TableStyle([*_FLAT, ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE)]),
        ),
        Spacer(1, 3 * mm),
        *_language_block(letter, data, "ru"),
        Spacer(1, 8 * mm),
        KeepTogether([_signature(data.signatory), Spacer(1, 4 * mm), *_executor(data)]),
    ]


def _letters_footer(data: RemindersData) -> Callable[[Canvas, object], None]:
    f = register_fonts()
    text = f"{L.both(L.REMINDER_TITLE)} · {L.both(data.quarter)}"

    def draw(c: Canvas, _doc: object) -> None:
        c.saveState()
        c.setFont(f.regular, 7)
        c.setFillColor(GREY)
        c.drawString(MARGIN_X, MARGIN_BOTTOM / 2, text)
        c.restoreState()

    return draw


def render_reminder_letters_pdf(data: RemindersData, out: Path) -> Path:
    """One reminder letter per family, each on its own A4 page."""
    out = Path(out)
    f = register_fonts()
    story: list[Flowable] = []
    for i, letter in enumerate(data.letters):
        if i:
            story.append(PageBreak())
        story += _letter_story(letter, data)
    if not story:  # nobody to remind: a page that says so rather than an empty file
        story = [_head(data), Spacer(1, 10 * mm), _Para(L.NONE, _styles().title)]
    with atomic_output(out) as tmp:
        doc = BaseDocTemplate(
            str(tmp),
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{L.both(L.REMINDER_TITLE)} {L.both(data.quarter)}",
            author=L.both(data.office.name),
            initialFontName=f.regular,
        )
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            LETTER_W,
            PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates(PageTemplate("letter", [frame], onPage=_letters_footer(data)))
        doc.build(story)
    return out


def _list_head_row() -> list[Flowable]:
    s = _styles()
    cols = (
        Bilingual(L.NUMBER_SIGN, L.NUMBER_SIGN),
        L.APPLICANT,
        L.IIN,
        L.ADDRESS,
        L.PHONE,
        L.REMINDER_DECISION,
        L.REMINDER_PERIOD,
        L.REMINDER_HANDED,
    )
    return [_Para(_label(c, stacked=True), s.head) for c in cols]


def _list_row(n: int, letter: ReminderLetter) -> list[Flowable]:
    s = _styles()
    period = period_text(letter.period_from, letter.period_to)
    return [
        _Para(str(n), s.cell),
        _Para(
            f"{_t(letter.applicant_name)}<br/>"
            f'<font color="#555555">{_t(letter.case_number)}</font>',
            s.cell,
        ),
        _Para(_t(letter.applicant_iin), s.cell),
        _Para(_t(letter.address or L.NONE), s.cell),
        _Para(_t(letter.phone or L.NONE), s.cell),
        _Para(_bi(decision_ref(letter)), s.cell),
        _Para(_bi(period), s.cell),
        "",
    ]


def _list_footer(data: RemindersData) -> Callable[[Canvas, int, int], None]:
    f = register_fonts()
    printed = data.printed_at or datetime.now()
    left = f"{L.both(data.quarter)} · {L.both(L.PRINTED_AT)}: {L.fmt_datetime(printed)}"

    def draw(c: Canvas, page: int, total: int) -> None:
        c.saveState()
        c.setFont(f.regular, 7)
        c.setFillColor(GREY)
        c.drawString(LIST_MARGIN_X, MARGIN_BOTTOM / 2, left)
        c.setFillColor(INK)
        c.drawRightString(LIST_W_PAGE - LIST_MARGIN_X, MARGIN_BOTTOM / 2, L.page_of(page, total))
        c.restoreState()

    return draw


def render_reminder_list_pdf(data: RemindersData, out: Path) -> Path:
    """The quarter's families on A4 landscape, with a column to sign for the letter."""
    out = Path(out)
    f = register_fonts()
    s = _styles()
    rows: list[list[object]] = [_list_head_row()]
    rows += [_list_row(n, letter) for n, letter in enumerate(data.letters, start=1)]
    if not data.letters:
        rows.append([L.NONE, *[""] * (len(LIST_COL_W) - 1)])
    table = LongTable(
        rows,
        colWidths=LIST_COL_W,
        repeatRows=1,
        minRowHeights=[0] + [11 * mm] * (len(rows) - 1),
        style=TableStyle(
            [
                *_BOX,
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("BOX", (0, 0), (-1, -1), 0.8, INK),
            ]
        ),
    )
    printed = data.printed_at or datetime.now()
    story: list[Flowable] = [
        *_office_block(data.office),
        Spacer(1, 3 * mm),
        _Para(_t(L.REMINDER_LIST_TITLE.kk), s.title),
        _Para(_t(L.REMINDER_LIST_TITLE.ru), s.subtitle),
        Spacer(1, 2 * mm),
        _Para(
            f"{_t(L.both(L.QUARTER))}: <b>{_t(L.both(data.quarter))}</b> ({_quarter_dates(data)})"
            f"&nbsp;&nbsp;&nbsp;&nbsp;{_t(L.both(L.FAMILY_COUNT))}: <b>{len(data.letters)}</b>"
            f"&nbsp;&nbsp;&nbsp;&nbsp;{_t(L.both(L.PRINTED_AT))}: {L.fmt_datetime(printed)}",
            s.meta,
        ),
        Spacer(1, 3 * mm),
        table,
        Spacer(1, 6 * mm),
        *_executor(data),
    ]
    with atomic_output(out) as tmp:
        doc = BaseDocTemplate(
            str(tmp),
            pagesize=landscape(A4),
            leftMargin=LIST_MARGIN_X,
            rightMargin=LIST_MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{L.both(L.REMINDER_LIST_TITLE)} {L.both(data.quarter)}",
            author=L.both(data.office.name),
            initialFontName=f.regular,
        )
        frame = Frame(
            LIST_MARGIN_X,
            MARGIN_BOTTOM,
            LIST_W,
            LIST_H_PAGE - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates(PageTemplate("list", [frame]))
        doc.build(story, canvasmaker=NumberedCanvas.with_footer(_list_footer(data)))
    return out


# --- DOCX ---------------------------------------------------------------------------------


def _cell_lines(cell: _Cell, lines: list[str], size: float = 9, bold: bool = False) -> None:
    for i, line in enumerate(lines):
        p = _tight(cell.paragraphs[0] if i == 0 else cell.add_paragraph())
        _run(p, line, size, bold=bold)


def _cell_label(cell: _Cell, lb: Bilingual, size: float = 7.5) -> None:
    p = _tight(cell.paragraphs[0])
    _shade(cell, LABEL_FILL)
    r = _run(p, lb.kk, size, bold=True)
    if lb.ru != lb.kk:
        r.add_break()
        _run(p, lb.ru, size, grey=True)


def _widths(table: object, widths_mm: tuple[float, ...]) -> None:
    for row in table.rows:  # type: ignore[attr-defined]
        for cell, w in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(w)


def _new_document(landscape_page: bool = False) -> DocxDocument:
    doc = Document()
    section = doc.sections[0]
    if landscape_page:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        section.left_margin = section.right_margin = Mm(12)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(20)
    section.top_margin = Mm(15)
    section.bottom_margin = Mm(15)
    apply_docx_fonts(doc)
    set_docx_font(doc.styles["Table Grid"])
    doc.styles["Normal"].font.size = Pt(10)
    return doc


def _docx_office(doc: DocxDocument, o: OfficeHeader) -> None:
    p = _tight(doc.add_paragraph())
    _run(p, o.name.kk, 9.5, bold=True)
    p = _tight(doc.add_paragraph())
    _run(p, o.name.ru, 9.5)
    contact = ", ".join(x for x in (o.address, o.phone and f"{L.PHONE_ABBR} {o.phone}") if x)
    if contact:
        _run(_tight(doc.add_paragraph()), contact, 7.5, grey=True)


def _docx_letter(doc: DocxDocument, letter: ReminderLetter, data: RemindersData) -> None:
    _docx_office(doc, data.office)
    printed = (data.printed_at or datetime.now()).date()
    p = _tight(doc.add_paragraph(), after=8)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(p, f"{L.both(L.PACKET_DATE)}: {L.fmt_date(printed)}", 9)

    to = doc.add_table(rows=0, cols=2)
    to.alignment = WD_TABLE_ALIGNMENT.RIGHT
    to.autofit = False
    for lb, value, bold in (
        (L.RECIPIENT, letter.applicant_name, True),
        (L.IIN, letter.applicant_iin, False),
        (L.ADDRESS, letter.address or L.NONE, False),
        (L.PHONE, letter.phone or L.NONE, False),
    ):
        row = to.add_row()
        _cell_lines(row.cells[0], [lb.kk, lb.ru], size=7.5)
        _cell_lines(row.cells[1], [value], size=10, bold=bold)
    _widths(to, (34, 66))

    for title, sub in (
        (L.REMINDER_TITLE.kk, L.REMINDER_SUBTITLE.kk),
        (L.REMINDER_TITLE.ru, L.REMINDER_SUBTITLE.ru),
    ):
        p = _tight(doc.add_paragraph(), before=8)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(p, title, 13, bold=True)
        p = _tight(doc.add_paragraph())
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(p, sub, 9)

    facts = doc.add_table(rows=2, cols=4)
    facts.style = "Table Grid"
    facts.autofit = False
    period = period_text(letter.period_from, letter.period_to)
    values = (
        (L.REMINDER_DECISION, [decision_ref(letter).kk, decision_ref(letter).ru]),
        (L.REMINDER_PERIOD, [period.kk] if period.kk == period.ru else [period.kk, period.ru]),
        (L.REG_NUMBER, [letter.case_number]),
        (L.QUARTER, [data.quarter.kk, data.quarter.ru, _quarter_dates(data)]),
    )
    for i, (lb, lines) in enumerate(values):
        _cell_label(facts.rows[0].cells[i], lb)
        _cell_lines(facts.rows[1].cells[i], lines, size=9)
    _widths(facts, (45, 47, 31, 47))

    for lang in ("kk", "ru"):
        greeting, *body = _paragraphs(letter, data, lang)
        p = _tight(doc.add_paragraph(), before=10, after=3)
        _run(p, greeting, 10, bold=True)
        for text in body:
            p = _tight(doc.add_paragraph(), after=3)
            p.paragraph_format.first_line_indent = Mm(8)
            _run(p, text, 10 if lang == "kk" else 9.5)
        docs_title = L.REMINDER_DOCS_TITLE.kk if lang == "kk" else L.REMINDER_DOCS_TITLE.ru
        _run(_tight(doc.add_paragraph(), before=2), f"{docs_title}:", 9.5, bold=True)
        for n, item in enumerate(L.REMINDER_DOCS, start=1):
            p = _tight(doc.add_paragraph())
            p.paragraph_format.left_indent = Mm(8)
            _run(p, f"{n}. {item.kk if lang == 'kk' else item.ru}", 9)

    sign = doc.add_table(rows=1, cols=3)
    sign.autofit = False
    cells = sign.rows[0].cells
    _cell_lines(cells[0], [data.signatory.position.kk, data.signatory.position.ru], size=9)
    _cell_lines(cells[1], ["_" * 22], size=9)
    cap = _tight(cells[1].add_paragraph())
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(cap, L.caption(L.SIGNATURE_CAPTION), 7, grey=True)
    name = data.signatory.name
    _cell_lines(cells[2], [name or "_" * 22], size=10, bold=bool(name))
    for cell in cells:
        _tight(cell.paragraphs[0], before=18)
    _widths(sign, (65, 50, 55))
    if data.executor:
        phone = f", {L.PHONE_ABBR} {data.executor_phone}" if data.executor_phone else ""
        _run(
            _tight(doc.add_paragraph(), before=10),
            f"{L.both(L.EXECUTOR)}: {data.executor}{phone}",
            8,
        )


def render_reminder_letters_docx(data: RemindersData, out: Path) -> Path:
    """The same letters as an editable DOCX, one per page."""
    out = Path(out)
    doc = _new_document()
    doc.core_properties.title = f"{L.both(L.REMINDER_TITLE)} {L.both(data.quarter)}"
    for i, letter in enumerate(data.letters):
        if i:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _docx_letter(doc, letter, data)
    if not data.letters:
        _docx_office(doc, data.office)
        _run(doc.add_paragraph(), L.NONE, 12)
    with atomic_output(out) as tmp:
        doc.save(str(tmp))
    return out


def render_reminder_list_docx(data: RemindersData, out: Path) -> Path:
    """The quarter's families as an editable DOCX table (A4 landscape)."""
    out = Path(out)
    doc = _new_document(landscape_page=True)
    doc.core_properties.title = f"{L.both(L.REMINDER_LIST_TITLE)} {L.both(data.quarter)}"
    _docx_office(doc, data.office)
    for text, size in ((L.REMINDER_LIST_TITLE.kk, 12), (L.REMINDER_LIST_TITLE.ru, 10)):
        p = _tight(doc.add_paragraph(), before=4)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(p, text, size, bold=True)
    printed = data.printed_at or datetime.now()
    _run(
        _tight(doc.add_paragraph(), before=4, after=4),
        f"{L.both(L.QUARTER)}: {L.both(data.quarter)} ({_quarter_dates(data)})    "
        f"{L.both(L.FAMILY_COUNT)}: {len(data.letters)}    "
        f"{L.both(L.PRINTED_AT)}: {L.fmt_datetime(printed)}",
        9,
    )
    table = doc.add_table(rows=1, cols=len(LIST_COL_MM))
    table.style = "Table Grid"
    table.autofit = False
    heads = (
        Bilingual(L.NUMBER_SIGN, L.NUMBER_SIGN),
        L.APPLICANT,
        L.IIN,
        L.ADDRESS,
        L.PHONE,
        L.REMINDER_DECISION,
        L.REMINDER_PERIOD,
        L.REMINDER_HANDED,
    )
    for cell, lb in zip(table.rows[0].cells, heads, strict=True):
        _cell_label(cell, lb)
    for n, letter in enumerate(data.letters, start=1):
        cells = table.add_row().cells
        ref, period = decision_ref(letter), period_text(letter.period_from, letter.period_to)
        values = (
            [str(n)],
            [letter.applicant_name, letter.case_number],
            [letter.applicant_iin],
            [letter.address or L.NONE],
            [letter.phone or L.NONE],
            [ref.kk, ref.ru],
            [period.kk] if period.kk == period.ru else [period.kk, period.ru],
            [""],
        )
        for cell, lines in zip(cells, values, strict=True):
            _cell_lines(cell, lines, size=8.5)
    _widths(table, LIST_COL_MM)
    if data.executor:
        _run(_tight(doc.add_paragraph(), before=8), f"{L.both(L.EXECUTOR)}: {data.executor}", 8)
    with atomic_output(out) as tmp:
        doc.save(str(tmp))
    return out
