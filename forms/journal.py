"""The registration journal (тіркеу журналы / журнал регистрации) as PDF and XLSX.

The PDF is what gets printed and signed: A4 landscape, the column header repeated on every
page, an empty signature column, "N / M" page numbers and the time it was printed. The XLSX
is for the district department and for the office's own counting: real dates, a frozen
header, a filter. A year of a busy office is a few thousand rows; 10,000 must still work,
so body cells are plain strings wrapped here (cached: services and statuses repeat)
rather than one reportlab Paragraph per cell.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)

from forms import labels as L
from forms.data import Bilingual, JournalData, JournalRow
from forms.fonts import DOCX_FONT_NAME, register_fonts
from forms.output import NumberedCanvas, atomic_output

__all__ = ["render_journal_pdf", "render_journal_xlsx"]

PAGE_W, PAGE_H = landscape(A4)
MARGIN_X = 10 * mm
MARGIN_TOP = 10 * mm
MARGIN_BOTTOM = 12 * mm  # the footer lives in here
CONTENT_W = PAGE_W - 2 * MARGIN_X

# One width per column of labels.JOURNAL_COLUMNS; they add up to the 277 mm content width.
COL_MM = (19, 19, 40, 23, 71, 30, 18, 17, 24, 16)
COL_W = tuple(w * mm for w in COL_MM)
assert abs(sum(COL_W) - CONTENT_W) < 0.01, "journal columns must fill the page width"

FONT_SIZE = 7.5
LEADING = 9.0
PAD_X = 2.5
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#8a8a8a")
HEAD_BG = colors.HexColor("#e8e8e8")


# --- PDF --------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _wrap(text: str, width: float, font: str) -> str:
    """Break text into lines that fit `width`; cached because services and statuses repeat."""
    room = width - 2 * PAD_X
    lines: list[str] = []
    for para in text.split("\n"):
        for line in simpleSplit(para, font, FONT_SIZE, room) or [""]:
            # simpleSplit breaks at spaces only; a long number or code must not spill over
            # into the next column, so it is cut by characters.
            while stringWidth(line, font, FONT_SIZE) > room and len(line) > 1:
                cut = len(line) - 1
                while cut > 1 and stringWidth(line[:cut], font, FONT_SIZE) > room:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
            lines.append(line)
    return "\n".join(lines)


def _bi(v: Bilingual) -> str:
    return v.kk if v.kk == v.ru else f"{v.kk}\n{v.ru}"


def _cells(row: JournalRow, font: str) -> list[str]:
    w = COL_W
    return [
        _wrap(row.number, w[0], font),
        row.registered_at.strftime("%d.%m.%Y\n%H:%M"),
        _wrap(row.applicant_name, w[2], font),
        row.applicant_iin,
        _wrap(_bi(row.service), w[4], font),
        _wrap(_bi(row.status), w[5], font),
        L.fmt_date(row.due_date),
        _wrap(row.outgoing or "", w[7], font),
        _wrap(row.issued or "", w[8], font),
        "",  # signed by hand
    ]


def _period(data: JournalData) -> str:
    return f"{L.fmt_date(data.date_from)} – {L.fmt_date(data.date_to)}"


def _title_block(data: JournalData, printed: datetime) -> list:
    f = register_fonts()
    office = ParagraphStyle("office", fontName=f.regular, fontSize=9, leading=11)
    title = ParagraphStyle("title", fontName=f.bold, fontSize=13, leading=16, spaceBefore=4)
    meta = ParagraphStyle("meta", fontName=f.regular, fontSize=8.5, leading=11)
    o = data.office.name
    return [
        Paragraph(f"<b>{escape(o.kk)}</b><br/>{escape(o.ru)}", office),
        Paragraph(escape(L.both(L.JOURNAL_TITLE)), title),
        Paragraph(
            f"{escape(L.both(L.PERIOD))}: <b>{_period(data)}</b>"
            f"&nbsp;&nbsp;&nbsp;&nbsp;{escape(L.both(L.ROW_COUNT))}: <b>{len(data.rows)}</b>"
            f"&nbsp;&nbsp;&nbsp;&nbsp;{escape(L.both(L.PRINTED_AT))}: {L.fmt_datetime(printed)}",
            meta,
        ),
        Spacer(1, 3 * mm),
    ]


def _header_row() -> list[Paragraph]:
    f = register_fonts()
    style = ParagraphStyle("head", fontName=f.regular, fontSize=7, leading=8.4)
    return [
        Paragraph(
            f"<b>{escape(c.kk)}</b>"
            + ("" if c.kk == c.ru else f'<br/><font color="#555555">{escape(c.ru)}</font>'),
            style,
        )
        for c in L.JOURNAL_COLUMNS
    ]


def _footer(data: JournalData, printed: datetime) -> Callable[[Canvas, int, int], None]:
    f = register_fonts()
    # Every sheet says what it is and when it was printed: pages get separated in a folder.
    left = (
        f"{L.both(L.JOURNAL_TITLE)} · {_period(data)} · "
        f"{L.both(L.PRINTED_AT)}: {L.fmt_datetime(printed)}"
    )

    def draw(c: Canvas, page: int, total: int) -> None:
        y = MARGIN_BOTTOM / 2
        c.saveState()
        c.setFont(f.regular, 7)
        c.setFillColor(GREY)
        c.drawString(MARGIN_X, y, left)
        c.setFillColor(colors.black)
        c.drawRightString(PAGE_W - MARGIN_X, y, L.page_of(page, total))
        c.restoreState()

    return draw


def render_journal_pdf(data: JournalData, out: Path) -> Path:
    """Render the journal for printing: A4 landscape, header repeated, pages "N / M"."""
    out = Path(out)
    f = register_fonts()
    printed = data.printed_at or datetime.now()
    rows: list[list[object]] = [_header_row()]
    rows += [_cells(r, f.regular) for r in data.rows]
    if not data.rows:
        rows.append([L.NONE, *[""] * (len(COL_W) - 1)])
    table = LongTable(
        rows,
        colWidths=COL_W,
        repeatRows=1,
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), f.regular),
                ("FONTSIZE", (0, 0), (-1, -1), FONT_SIZE),
                ("LEADING", (0, 0), (-1, -1), LEADING),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("GRID", (0, 0), (-1, -1), 0.3, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
            ]
        ),
        # Every row keeps room for a handwritten signature, however short its text.
        minRowHeights=[0] + [7 * mm] * (len(rows) - 1),
    )
    with atomic_output(out) as tmp:
        doc = BaseDocTemplate(
            str(tmp),
            pagesize=landscape(A4),
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{L.both(L.JOURNAL_TITLE)} {_period(data)}",
            author=L.both(data.office.name),
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
        doc.addPageTemplates(PageTemplate("journal", [frame]))
        doc.build(
            [*_title_block(data, printed), table],
            canvasmaker=NumberedCanvas.with_footer(_footer(data, printed)),
        )
    return out


# --- XLSX -------------------------------------------------------------------------------

XLSX_HEADER_ROW = 4  # rows 1-3: title, office, period and print time
XLSX_WIDTHS = (12, 17, 32, 15, 48, 26, 13, 14, 24, 14)  # in characters, per column


def render_journal_xlsx(data: JournalData, out: Path) -> Path:
    """Export the journal to Excel: bilingual header, real dates, frozen header, filter."""
    out = Path(out)
    printed = data.printed_at or datetime.now()
    wb = Workbook()
    ws = wb.active
    ws.title = L.JOURNAL_TITLE.kk[:31]
    font = Font(name=DOCX_FONT_NAME, size=10)
    bold = Font(name=DOCX_FONT_NAME, size=10, bold=True)
    thin = Side(style="thin", color="8A8A8A")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    top_wrap = Alignment(vertical="top", wrap_text=True)
    ncols = len(L.JOURNAL_COLUMNS)
    last_col = get_column_letter(ncols)

    ws["A1"] = L.both(L.JOURNAL_TITLE)
    ws["A1"].font = Font(name=DOCX_FONT_NAME, size=13, bold=True)
    ws["A2"] = L.both(data.office.name)
    ws["A2"].font = bold
    ws["A3"] = (
        f"{L.both(L.PERIOD)}: {_period(data)}    {L.both(L.PRINTED_AT)}: {L.fmt_datetime(printed)}"
    )
    ws["A3"].font = font

    head_fill = PatternFill("solid", fgColor="E8E8E8")
    for i, col in enumerate(L.JOURNAL_COLUMNS, start=1):
        cell = ws.cell(row=XLSX_HEADER_ROW, column=i, value=_bi(col))
        cell.font = bold
        cell.fill = head_fill
        cell.border = border
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(i)].width = XLSX_WIDTHS[i - 1]
    ws.row_dimensions[XLSX_HEADER_ROW].height = 30

    for n, row in enumerate(data.rows, start=XLSX_HEADER_ROW + 1):
        values: list[object] = [
            row.number,
            row.registered_at,
            row.applicant_name,
            row.applicant_iin,  # text: an ИИН may start with 0
            _bi(row.service),
            _bi(row.status),
            row.due_date,
            row.outgoing,
            row.issued,
            None,
        ]
        for i, value in enumerate(values, start=1):
            cell = ws.cell(row=n, column=i, value=value)
            cell.font = font
            cell.border = border
            cell.alignment = top_wrap
        ws.cell(row=n, column=2).number_format = "DD.MM.YYYY HH:MM"
        ws.cell(row=n, column=4).number_format = "@"
        ws.cell(row=n, column=7).number_format = "DD.MM.YYYY"

    last_row = XLSX_HEADER_ROW + max(len(data.rows), 0)
    ws.freeze_panes = f"A{XLSX_HEADER_ROW + 1}"
    ws.auto_filter.ref = f"A{XLSX_HEADER_ROW}:{last_col}{last_row}"
    ws.print_title_rows = f"{XLSX_HEADER_ROW}:{XLSX_HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.right.text = f"{L.both(L.PAGE)} &P / &N"

    with atomic_output(out) as tmp:
        wb.save(str(tmp))
    return out
