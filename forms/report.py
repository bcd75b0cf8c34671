"""The monthly report as PDF, DOCX and XLSX: a title block and a list of bilingual tables.

app/reports.py turns its figures into a `ReportDocument` (plain data: labels, typed cells);
this module lays it out and knows nothing of cases or sessions. Kazakh comes first in every
label, Russian after it. Cells keep their type to the end, so the workbook has real numbers
and real dates and the PDF prints them the way Kazakhstani paperwork writes them.

Every renderer writes through `atomic_output` and takes a `cancel()` callback, checked as it
goes: a cancelled render raises `RenderCancelled` and leaves no file behind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from forms import labels as L
from forms import report_labels as R
from forms.data import Bilingual, OfficeHeader
from forms.fonts import DOCX_FONT_NAME, apply_docx_fonts, register_fonts, set_docx_font
from forms.markup import Para, run, shade, tight
from forms.output import NumberedCanvas, atomic_output

__all__ = [
    "Cell",
    "Column",
    "RenderCancelled",
    "ReportDocument",
    "ReportTable",
    "render_report_docx",
    "render_report_pdf",
    "render_report_xlsx",
]

Cell = str | int | float | date | datetime | Bilingual | None
CancelFn = Callable[[], bool]

KINDS = ("text", "int", "float", "date", "datetime")


class RenderCancelled(Exception):
    """The person cancelled while the file was being written; nothing was left behind."""


@dataclass(frozen=True)
class Column:
    label: Bilingual
    kind: str = "text"  # text | int | float | date | datetime
    width: float = 1.0  # share of the table's width, relative to the other columns


@dataclass(frozen=True)
class ReportTable:
    sheet: str  # the workbook sheet's name (at most 31 characters)
    title: Bilingual
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total: tuple[Cell, ...] | None = None  # printed bold under the rows


@dataclass(frozen=True)
class ReportDocument:
    office: OfficeHeader
    title: Bilingual
    date_from: date
    date_to: date
    as_of: datetime
    facts: tuple[tuple[Bilingual, Cell], ...]  # the summary: label, value
    notes: tuple[Bilingual, ...]  # what is counted and how
    tables: tuple[ReportTable, ...]


def _check(cancel: CancelFn | None) -> None:
    if cancel is not None and cancel():
        raise RenderCancelled()


def _period(doc: ReportDocument) -> str:
    return f"{L.fmt_date(doc.date_from)} – {L.fmt_date(doc.date_to)}"


def _number(value: float) -> str:
    # A decimal comma, as Kazakh and Russian write it.
    return f"{value:.1f}".replace(".", ",")


def cell_text(value: Cell, sep: str = "\n") -> str:
    """A cell as printed text: dates dd.mm.yyyy, decimals with a comma, "—" for nothing."""
    if value is None:
        return L.NONE
    if isinstance(value, Bilingual):
        return value.kk if value.kk == value.ru else f"{value.kk}{sep}{value.ru}"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, datetime):
        return L.fmt_datetime(value)
    if isinstance(value, date):
        return L.fmt_date(value)
    return str(value)


# --- PDF --------------------------------------------------------------------------------

PAGE_W, PAGE_H = landscape(A4)
MARGIN_X = 10 * mm
MARGIN_TOP = 10 * mm
MARGIN_BOTTOM = 12 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#8a8a8a")
HEAD_BG = colors.HexColor("#e8e8e8")
TOTAL_BG = colors.HexColor("#f4f4f4")


@dataclass(frozen=True)
class _PdfStyles:
    office: ParagraphStyle
    title: ParagraphStyle
    meta: ParagraphStyle
    note: ParagraphStyle
    heading: ParagraphStyle
    head: ParagraphStyle
    cell: ParagraphStyle
    number: ParagraphStyle


def _pdf_styles() -> _PdfStyles:
    f = register_fonts()

    def ps(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
        base: dict[str, object] = {"fontName": f.regular, "fontSize": size, "leading": leading}
        return ParagraphStyle(name, **{**base, **kw})

    return _PdfStyles(
        office=ps("office", 9.5, 12),
        title=ps("title", 13, 16, fontName=f.bold, spaceBefore=4, spaceAfter=2),
        meta=ps("meta", 8.5, 11),
        note=ps("note", 7.5, 9.5, textColor=GREY),
        # keepWithNext: a heading never stays alone at the foot of a page.
        heading=ps(
            "heading", 10, 12.5, fontName=f.bold, spaceBefore=7, spaceAfter=3, keepWithNext=1
        ),
        head=ps("head", 6.5, 7.8),
        cell=ps("cell", 7.5, 9),
        number=ps("number", 7.5, 9, alignment=TA_RIGHT),
    )


def _bi_markup(label: Bilingual, stacked: bool = False) -> str:
    if label.kk == label.ru:
        return f"<b>{escape(label.kk)}</b>"
    sep = "<br/>" if stacked else " / "
    return f'<b>{escape(label.kk)}</b>{sep}<font color="#555555">{escape(label.ru)}</font>'


def _cell_markup(value: Cell) -> str:
    if isinstance(value, Bilingual):
        if value.kk == value.ru:
            return escape(value.kk)
        return f'{escape(value.kk)}<br/><font color="#555555">{escape(value.ru)}</font>'
    return escape(cell_text(value)).replace("\n", "<br/>")


def _col_widths(table: ReportTable) -> list[float]:
    share = sum(c.width for c in table.columns)
    return [CONTENT_W * c.width / share for c in table.columns]


def _pdf_table(table: ReportTable, st: _PdfStyles, cancel: CancelFn | None) -> list[Flowable]:
    heading = Paragraph(_bi_markup(table.title), st.heading)
    head = [Para(_bi_markup(c.label, stacked=True), st.head) for c in table.columns]
    numeric = [c.kind in ("int", "float") for c in table.columns]
    rows: list[list[object]] = [head]
    for row in table.rows:
        _check(cancel)
        rows.append(
            [
                Para(_cell_markup(v), st.number if num else st.cell)
                for v, num in zip(row, numeric, strict=True)
            ]
        )
    if not table.rows:
        rows.append([Para(_cell_markup(R.NOTHING), st.cell), *[""] * (len(table.columns) - 1)])
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("GRID", (0, 0), (-1, -1), 0.3, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
    ]
    if table.total is not None:
        rows.append(
            [
                Para(f"<b>{_cell_markup(v)}</b>", st.number if num else st.cell)
                for v, num in zip(table.total, numeric, strict=True)
            ]
        )
        style += [
            ("BACKGROUND", (0, -1), (-1, -1), TOTAL_BG),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ]
    body = LongTable(rows, colWidths=_col_widths(table), repeatRows=1, style=TableStyle(style))
    return [heading, body]


def _title_block(doc: ReportDocument, st: _PdfStyles) -> list[Flowable]:
    o = doc.office.name
    office = f"<b>{escape(o.kk)}</b>" + ("" if o.kk == o.ru else f"<br/>{escape(o.ru)}")
    if doc.office.code:
        office += f"<br/>{escape(L.both(R.CODE))}: {escape(doc.office.code)}"
    story: list[Flowable] = [
        Paragraph(office, st.office),
        Paragraph(f"{escape(doc.title.kk)}<br/>{escape(doc.title.ru)}", st.title),
        Paragraph(
            f"{escape(L.both(R.PERIOD))}: <b>{_period(doc)}</b>&nbsp;&nbsp;&nbsp;&nbsp;"
            f"{escape(L.both(R.AS_OF))}: <b>{L.fmt_datetime(doc.as_of)}</b>",
            st.meta,
        ),
        Spacer(1, 2 * mm),
    ]
    facts = [
        [Para(_bi_markup(label), st.cell), Para(_cell_markup(value), st.number)]
        for label, value in doc.facts
    ]
    if facts:
        story.append(
            Table(
                facts,
                colWidths=[90 * mm, 30 * mm],
                hAlign="LEFT",
                style=TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.3, RULE),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("TOPPADDING", (0, 0), (-1, -1), 2),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                    ]
                ),
            )
        )
        story.append(Spacer(1, 2 * mm))
    for note in doc.notes:
        story.append(Paragraph(f"{escape(note.kk)}<br/>{escape(note.ru)}", st.note))
        story.append(Spacer(1, 1 * mm))
    return story


def _footer(doc: ReportDocument) -> Callable[[Canvas, int, int], None]:
    f = register_fonts()
    left = f"{L.both(doc.title)} · {_period(doc)} · {doc.office.code}"

    def draw(c: Canvas, page: int, total: int) -> None:
        y = MARGIN_BOTTOM / 2
        c.saveState()
        c.setFont(f.regular, 7)
        c.setFillColor(GREY)
        c.drawString(MARGIN_X, y, left)
        c.setFillColor(colors.black)
        c.drawRightString(PAGE_W - MARGIN_X, y, f"{L.both(R.PAGE)} {page} / {total}")
        c.restoreState()

    return draw


class _CancellableDoc(BaseDocTemplate):
    """Checks `cancel()` after every piece it lays out: a long table stops within a page."""

    def __init__(self, filename: str, cancel: CancelFn | None, **kw: object) -> None:
        super().__init__(filename, **kw)
        self._cancel = cancel

    def afterFlowable(self, flowable: Flowable) -> None:  # reportlab's hook name
        _check(self._cancel)


def render_report_pdf(doc: ReportDocument, out: Path, *, cancel: CancelFn | None = None) -> Path:
    """The report for printing: A4 landscape, bilingual headers repeated, pages "N / M"."""
    out = Path(out)
    st = _pdf_styles()
    f = register_fonts()
    story = _title_block(doc, st)
    for table in doc.tables:
        story += _pdf_table(table, st, cancel)
    _check(cancel)
    with atomic_output(out) as tmp:
        pdf = _CancellableDoc(
            str(tmp),
            cancel,
            pagesize=landscape(A4),
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{L.both(doc.title)} {_period(doc)}",
            author=L.both(doc.office.name),
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
        pdf.addPageTemplates(PageTemplate("report", [frame]))
        pdf.build(story, canvasmaker=NumberedCanvas.with_footer(_footer(doc)))
    return out


# --- DOCX -------------------------------------------------------------------------------

DOCX_CONTENT_MM = 277.0
HEAD_FILL = "E8E8E8"
TOTAL_FILL = "F4F4F4"


def _docx_label(p: object, label: Bilingual, size: float, bold: bool = True) -> None:
    r = run(p, label.kk, size, bold=bold)  # type: ignore[arg-type]
    if label.ru != label.kk:
        r.add_break()
        run(p, label.ru, size, grey=True)  # type: ignore[arg-type]


def _docx_value(cell: object, value: Cell, numeric: bool, bold: bool = False) -> None:
    p = tight(cell.paragraphs[0])  # type: ignore[attr-defined]
    if numeric:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if isinstance(value, Bilingual) and value.kk != value.ru:
        r = run(p, value.kk, 8, bold=bold)
        r.add_break()
        run(p, value.ru, 8, bold=bold, grey=True)
        return
    lines = cell_text(value).split("\n")
    r = run(p, lines[0], 8, bold=bold)
    for line in lines[1:]:
        r.add_break()
        r = run(p, line, 8, bold=bold)


def _docx_table(document: object, table: ReportTable, cancel: CancelFn | None) -> None:
    heading = tight(document.add_paragraph(), before=8, after=3)  # type: ignore[attr-defined]
    _docx_label(heading, table.title, 10)
    numeric = [c.kind in ("int", "float") for c in table.columns]
    t = document.add_table(rows=1, cols=len(table.columns))  # type: ignore[attr-defined]
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    share = sum(c.width for c in table.columns)
    widths = [Mm(DOCX_CONTENT_MM * c.width / share) for c in table.columns]
    for cell, col, w in zip(t.rows[0].cells, table.columns, widths, strict=True):
        cell.width = w
        shade(cell, HEAD_FILL)
        _docx_label(tight(cell.paragraphs[0]), col.label, 7)
    lines: list[tuple[tuple[Cell, ...], bool]] = [(r, False) for r in table.rows]
    if not table.rows:
        lines.append(((R.NOTHING, *[""] * (len(table.columns) - 1)), False))
    if table.total is not None:
        lines.append((table.total, True))
    for values, is_total in lines:
        _check(cancel)
        cells = t.add_row().cells
        for cell, value, num, w in zip(cells, values, numeric, widths, strict=True):
            cell.width = w
            if is_total:
                shade(cell, TOTAL_FILL)
            _docx_value(cell, value, num, bold=is_total)


def render_report_docx(doc: ReportDocument, out: Path, *, cancel: CancelFn | None = None) -> Path:
    """The same report as an editable DOCX (A4 landscape)."""
    out = Path(out)
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.left_margin = section.right_margin = Mm(10)
    section.top_margin = Mm(10)
    section.bottom_margin = Mm(12)
    apply_docx_fonts(document)
    set_docx_font(document.styles["Table Grid"])
    document.styles["Normal"].font.size = Pt(9)
    document.core_properties.title = f"{L.both(doc.title)} {_period(doc)}"

    o = doc.office.name
    p = tight(document.add_paragraph())
    run(p, o.kk, 10, bold=True)
    if o.ru != o.kk:
        run(p, "\n" + o.ru, 10)
    if doc.office.code:
        run(tight(document.add_paragraph()), f"{L.both(R.CODE)}: {doc.office.code}", 8, grey=True)
    title = tight(document.add_paragraph(), before=6, after=2)
    run(title, doc.title.kk, 13, bold=True)
    run(title, "\n" + doc.title.ru, 13, bold=True)
    meta = tight(document.add_paragraph(), after=4)
    run(meta, f"{L.both(R.PERIOD)}: ", 9)
    run(meta, _period(doc), 9, bold=True)
    run(meta, f"    {L.both(R.AS_OF)}: ", 9)
    run(meta, L.fmt_datetime(doc.as_of), 9, bold=True)

    if doc.facts:
        facts = document.add_table(rows=0, cols=2)
        facts.style = "Table Grid"
        facts.autofit = False
        for label, value in doc.facts:
            cells = facts.add_row().cells
            cells[0].width, cells[1].width = Mm(90), Mm(30)
            _docx_label(tight(cells[0].paragraphs[0]), label, 8, bold=False)
            _docx_value(cells[1], value, numeric=True, bold=True)
    for note in doc.notes:
        n = tight(document.add_paragraph(), before=3)
        run(n, note.kk, 7.5, grey=True)
        run(n, "\n" + note.ru, 7.5, grey=True)
    for table in doc.tables:
        _docx_table(document, table, cancel)

    footer = section.footer.paragraphs[0]
    run(footer, f"{L.both(doc.title)} · {_period(doc)} · {doc.office.code}", 7, grey=True)
    _check(cancel)
    with atomic_output(out) as tmp:
        document.save(str(tmp))
    return out


# --- XLSX -------------------------------------------------------------------------------

XLSX_TITLE_ROW = 1
XLSX_HEADER_ROW = 2  # the bilingual column header of every table sheet; data follows
SUMMARY_SHEET = "Жиынтық"
NUMBER_FORMATS = {
    "int": "0",
    "float": "0.0",
    "date": "DD.MM.YYYY",
    "datetime": "DD.MM.YYYY HH:MM",
    "text": "@",
}


def _xlsx_value(value: Cell) -> object:
    """What goes into a workbook cell: numbers and dates as themselves, the rest as text."""
    if value is None:
        return None
    if isinstance(value, Bilingual):
        return cell_text(value)
    if isinstance(value, (int, float, date)):  # datetime is a date
        return value
    return str(value)


def _sheet_title(name: str, taken: set[str]) -> str:
    # Excel refuses these characters and names over 31 characters or used twice.
    clean = "".join("_" if ch in "[]:*?/\\" else ch for ch in name)[:31] or "Sheet"
    title, n = clean, 2
    while title.lower() in taken:
        suffix = f" ({n})"
        title, n = clean[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title.lower())
    return title


def render_report_xlsx(doc: ReportDocument, out: Path, *, cancel: CancelFn | None = None) -> Path:
    """The report as a workbook: a summary sheet, then one sheet per table."""
    out = Path(out)
    wb = Workbook()
    font = Font(name=DOCX_FONT_NAME, size=10)
    bold = Font(name=DOCX_FONT_NAME, size=10, bold=True)
    thin = Side(style="thin", color="8A8A8A")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor=HEAD_FILL)
    total_fill = PatternFill("solid", fgColor=TOTAL_FILL)
    top_wrap = Alignment(vertical="top", wrap_text=True)
    taken: set[str] = set()

    ws = wb.active
    ws.title = _sheet_title(SUMMARY_SHEET, taken)
    ws["A1"] = L.both(doc.title)
    ws["A1"].font = Font(name=DOCX_FONT_NAME, size=13, bold=True)
    ws["A2"] = doc.office.name.kk
    ws["A3"] = doc.office.name.ru
    ws["A2"].font = ws["A3"].font = bold
    summary: list[tuple[str, object, str | None]] = [
        (L.both(R.CODE), doc.office.code, "@"),
        (f"{L.both(R.PERIOD)} (1)", doc.date_from, NUMBER_FORMATS["date"]),
        (f"{L.both(R.PERIOD)} (2)", doc.date_to, NUMBER_FORMATS["date"]),
        (L.both(R.AS_OF), doc.as_of, NUMBER_FORMATS["datetime"]),
    ]
    summary += [(L.both(label), _xlsx_value(v), None) for label, v in doc.facts]
    row = 5
    for label, value, fmt in summary:
        ws.cell(row=row, column=1, value=label).font = font
        cell = ws.cell(row=row, column=2, value=value)
        cell.font = bold
        if fmt:
            cell.number_format = fmt
        row += 1
    row += 1
    for note in doc.notes:
        for text in (note.kk, note.ru):
            c = ws.cell(row=row, column=1, value=text)
            c.font = Font(name=DOCX_FONT_NAME, size=9, color="555555")
            row += 1
    ws.column_dimensions["A"].width = 48
    ws.column_dimensions["B"].width = 20

    for table in doc.tables:
        ws = wb.create_sheet(_sheet_title(table.sheet, taken))
        ws.cell(row=XLSX_TITLE_ROW, column=1, value=L.both(table.title)).font = Font(
            name=DOCX_FONT_NAME, size=12, bold=True
        )
        for i, col in enumerate(table.columns, start=1):
            cell = ws.cell(row=XLSX_HEADER_ROW, column=i, value=cell_text(col.label))
            cell.font = bold
            cell.fill = head_fill
            cell.border = border
            cell.alignment = Alignment(vertical="center", wrap_text=True)
            ws.column_dimensions[get_column_letter(i)].width = max(10, round(col.width * 9))
        ws.row_dimensions[XLSX_HEADER_ROW].height = 42
        lines: list[tuple[tuple[Cell, ...], bool]] = [(r, False) for r in table.rows]
        if table.total is not None:
            lines.append((table.total, True))
        for n, (values, is_total) in enumerate(lines, start=XLSX_HEADER_ROW + 1):
            _check(cancel)
            for i, (value, col) in enumerate(zip(values, table.columns, strict=True), start=1):
                cell = ws.cell(row=n, column=i, value=_xlsx_value(value))
                cell.font = bold if is_total else font
                cell.border = border
                cell.alignment = top_wrap
                if value is not None and not isinstance(value, Bilingual):
                    cell.number_format = NUMBER_FORMATS.get(col.kind, "General")
                if is_total:
                    cell.fill = total_fill
        last = get_column_letter(len(table.columns))
        ws.freeze_panes = f"A{XLSX_HEADER_ROW + 1}"
        if table.rows:
            ws.auto_filter.ref = f"A{XLSX_HEADER_ROW}:{last}{XLSX_HEADER_ROW + len(table.rows)}"
        ws.print_title_rows = f"{XLSX_HEADER_ROW}:{XLSX_HEADER_ROW}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.oddFooter.right.text = f"{L.both(R.PAGE)} &P / &N"

    _check(cancel)
    with atomic_output(out) as tmp:
        wb.save(str(tmp))
    return out
