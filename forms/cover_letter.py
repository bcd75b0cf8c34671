"""The outgoing packet on paper: the cover letter with its transfer list, and the key sheet.

The cover letter (ілеспе хат / сопроводительное письмо) is one A4 portrait page for the
akim's signature; the transfer list (берілетін құжаттар тізілімі / реестр передаваемых
документов) follows on A4 landscape pages, its column header repeated, one row per case with
every document and its sheet count. Kazakh first, then Russian (DOMAIN.md §3).

Both name the electronic bundle: its file name and the SHA-256 of the .qbl, in groups of four.
Before the export they say it is not exported yet; the reprint after the export is the one
that goes with the packet, so the district can check that the file it holds is the one the
akim signed for. The fingerprint is repeated in every page's footer, so a page swapped into
the list does not match.

`render_fingerprint_sheet_pdf` prints an office's own key fingerprint, big, for reading out
over the phone before the other office trusts its card (docs/bundle-format.md §3).

Every renderer writes through `atomic_output`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table as DocxTable
from docx.table import _Cell
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from forms import labels as L
from forms.data import (
    Bilingual,
    CoverLetterData,
    FingerprintSheetData,
    OfficeHeader,
    Signatory,
    TransferRow,
)
from forms.fonts import PDF_REGULAR, apply_docx_fonts, register_fonts, set_docx_font
from forms.markup import LABEL_FILL as _LABEL_FILL
from forms.markup import Para as _Para
from forms.markup import bi_value as _bi_value
from forms.markup import label as _label
from forms.markup import run as _run
from forms.markup import shade as _shade
from forms.markup import t as _t
from forms.markup import tight as _tight
from forms.output import NumberedCanvas, atomic_output

__all__ = [
    "render_cover_letter_docx",
    "render_cover_letter_pdf",
    "render_fingerprint_sheet_pdf",
]

PORTRAIT_W, PORTRAIT_H = A4
LANDSCAPE_W, LANDSCAPE_H = landscape(A4)
MARGIN_X = 15 * mm
LIST_MARGIN_X = 10 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 16 * mm  # two footer lines live in here
LETTER_W = PORTRAIT_W - 2 * MARGIN_X
LIST_W = LANDSCAPE_W - 2 * LIST_MARGIN_X

INK = colors.black
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
LABEL_BG = colors.HexColor("#f0f0f0")
HEAD_BG = colors.HexColor("#e4e4e4")

# Transfer list columns: № | reg. number, date | applicant | ИИН | service | documents | sheets.
LIST_COL_MM = (8, 21, 38, 24, 50, 120, 16)
LIST_COL_W = tuple(w * mm for w in LIST_COL_MM)
assert abs(sum(LIST_COL_W) - LIST_W) < 0.01, "transfer list columns must fill the page width"


@dataclass(frozen=True)
class _Styles:
    office: ParagraphStyle
    contact: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    body: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    strong: ParagraphStyle
    big: ParagraphStyle
    fingerprint: ParagraphStyle
    head: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    doc_line: ParagraphStyle
    cell_total: ParagraphStyle
    small: ParagraphStyle
    caption: ParagraphStyle
    sign_role: ParagraphStyle
    sign_name: ParagraphStyle
    group_no: ParagraphStyle
    group: ParagraphStyle
    whole: ParagraphStyle


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
        subtitle=ps("subtitle", 9, 11, alignment=TA_CENTER),
        body=ps("body", 10, 13.5, firstLineIndent=10 * mm, spaceAfter=4),
        label=ps("label", 7, 8.5, spaceAfter=1.5),
        value=ps("value", 9.5, 11.5),
        strong=ps("strong", 9.5, 11.5, fontName=f.bold),
        big=ps("big", 16, 19, fontName=f.bold),
        fingerprint=ps("fingerprint", 10.5, 13, fontName=f.bold),
        head=ps("head", 7, 8.4),
        # DejaVu Sans is wide: 7.5 pt keeps an ИИН and a journal number on one line.
        cell=ps("cell", 7.5, 9),
        cell_right=ps("cell_right", 7.5, 9, alignment=TA_RIGHT),
        # Each document on its own numbered line; a wrapped name stays under its text.
        doc_line=ps("doc_line", 7, 8.4, leftIndent=9, firstLineIndent=-9),
        cell_total=ps("cell_total", 8.5, 10, fontName=f.bold, alignment=TA_RIGHT),
        small=ps("small", 8, 10),
        caption=ps("caption", 6.5, 8, textColor=GREY, alignment=TA_CENTER),
        sign_role=ps("sign_role", 9, 11),
        sign_name=ps("sign_name", 10, 12, fontName=f.bold),
        group_no=ps("group_no", 7, 8.5, textColor=GREY),
        group=ps("group", 30, 34, fontName=f.bold, alignment=TA_CENTER),
        whole=ps("whole", 13, 16, fontName=f.bold, alignment=TA_CENTER),
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
    s = _styles()
    return [_Para(_label(lb), s.label), _Para(value, style)]


def _boxes(boxes: list[list[Flowable]], widths: tuple[float, ...], total: float) -> Table:
    """One row of boxes; widths in points, the last one taking what is left."""
    cols = [*widths[:-1], total - sum(widths[:-1])]
    return Table([boxes], colWidths=cols, style=TableStyle(_BOX))


def _office_lines(o: OfficeHeader) -> str:
    return f"<b>{_t(o.name.kk)}</b><br/>{_t(o.name.ru)}"


def _contact(o: OfficeHeader) -> str:
    phone = o.phone and f"{L.PHONE_ABBR} {o.phone}"
    return "<br/>".join(_t(x) for x in (o.address, phone) if x)


def _number_and_date(data: CoverLetterData) -> str:
    return f"{L.NUMBER_SIGN} {data.packet_number}, {L.fmt_date(data.packet_date)}"


def _fingerprint_text(data: CoverLetterData) -> str:
    return data.bundle_fingerprint or L.both(L.NOT_EXPORTED)


def _fingerprint_lines(fingerprint: str) -> str:
    """Sixteen groups as two lines of eight: read and compared half by half."""
    groups = fingerprint.split()
    return "<br/>".join(" ".join(groups[i : i + 8]) for i in range(0, len(groups), 8))


def _bundle_box(data: CoverLetterData, width: float) -> Table:
    """The electronic bundle: file name and fingerprint, or «not exported yet»."""
    s = _styles()
    exported = data.bundle_fingerprint is not None
    file_name = _t(data.bundle_file) if data.bundle_file else _t(L.both(L.NOT_EXPORTED))
    rows = [
        [_Para(_label(L.BUNDLE_FILE, stacked=True), s.label), _Para(file_name, s.strong)],
        [
            _Para(_label(L.BUNDLE_FINGERPRINT, stacked=True), s.label),
            _Para(
                _fingerprint_lines(data.bundle_fingerprint)
                if data.bundle_fingerprint
                else _t(_fingerprint_text(data)),
                s.fingerprint if exported else s.value,
            ),
        ],
    ]
    label_w = 52 * mm
    return Table(
        rows,
        colWidths=(label_w, width - label_w),
        style=TableStyle(
            [
                *_BOX,
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (0, -1), LABEL_BG),
                ("BOX", (0, 0), (-1, -1), 1.0, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        ),
    )


def _signature(signatory: Signatory, width: float, stamp: bool = True) -> Table:
    """Position, a line to sign on, the name; the stamp mark under the position."""
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
            _Para(_t(L.both(L.STAMP)), s.small) if stamp else "",
            "",
            _Para(_t(L.caption(L.SIGNATURE_CAPTION)), s.caption),
            "",
            "" if name else _Para(_t(L.caption(L.NAME_CAPTION)), s.caption),
        ],
    ]
    cmds = [
        *_FLAT,
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 1.5),
        ("LINEBELOW", (2, 0), (2, 0), 0.6, INK),
        ("TOPPADDING", (0, 1), (-1, 1), 1),
    ]
    if not name:
        cmds.append(("LINEBELOW", (4, 0), (4, 0), 0.6, INK))
    widths = (70 * mm, 5 * mm, 50 * mm, 5 * mm, width - 130 * mm)
    return Table(rows, colWidths=widths, rowHeights=[12 * mm, None], style=TableStyle(cmds))


def _hand_line(lb: Bilingual, name: str | None, width: float) -> Table:
    """«Сдал(а) / Принял(а)»: who, a signature line and a date line."""
    s = _styles()
    rows = [
        [
            _Para(_label(lb) + ":", s.sign_role),
            _Para(_t(name), s.sign_name) if name else "",
            "",
            "",
            "",
            "",
        ],
        [
            "",
            "" if name else _Para(_t(L.caption(L.NAME_CAPTION)), s.caption),
            "",
            _Para(_t(L.caption(L.SIGNATURE_CAPTION)), s.caption),
            "",
            _Para(_t(L.caption(L.DATE_CAPTION)), s.caption),
        ],
    ]
    cmds = [
        *_FLAT,
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 1.5),
        ("LINEBELOW", (3, 0), (3, 0), 0.6, INK),
        ("LINEBELOW", (5, 0), (5, 0), 0.6, INK),
        ("TOPPADDING", (0, 1), (-1, 1), 1),
    ]
    if not name:
        cmds.append(("LINEBELOW", (1, 0), (1, 0), 0.6, INK))
    widths = (48 * mm, 70 * mm, 6 * mm, 50 * mm, 6 * mm, width - 180 * mm)
    return Table(rows, colWidths=widths, rowHeights=[10 * mm, None], style=TableStyle(cmds))


def _uncounted_note() -> str:
    return f"* {L.SHEETS_UNKNOWN} — {L.UNCOUNTED_NOTE.kk} / {L.UNCOUNTED_NOTE.ru}"


def _count_text(n: int) -> str:
    return str(n)


def _totals(data: CoverLetterData, width: float) -> Table:
    s = _styles()
    sheets = _count_text(data.sheet_count) + ("*" if data.uncounted else "")
    return _boxes(
        [
            _box(L.CASE_COUNT, _count_text(len(data.rows)), s.big),
            _box(L.DOCUMENT_COUNT, _count_text(data.document_count), s.big),
            _box(L.SHEET_COUNT, _t(sheets), s.big),
        ],
        (width / 3, width / 3, 0),
        width,
    )


# --- the letter (portrait) ----------------------------------------------------------------


def _letter_story(data: CoverLetterData) -> list[Flowable]:
    s = _styles()
    w = LETTER_W
    number = Table(
        [
            [
                _Para(_label(L.PACKET_NUMBER, stacked=True), s.label),
                _Para(_t(data.packet_number), s.strong),
            ],
            [
                _Para(_label(L.PACKET_DATE, stacked=True), s.label),
                _Para(L.fmt_date(data.packet_date), s.strong),
            ],
        ],
        colWidths=(22 * mm, 34 * mm),
        style=TableStyle([*_BOX, ("BACKGROUND", (0, 0), (0, -1), LABEL_BG)]),
    )
    side = 58 * mm
    contact = _contact(data.office)
    head = Table(
        [
            [
                [
                    _Para(_office_lines(data.office), s.office),
                    *([_Para(contact, s.contact)] if contact else []),
                ],
                number,
            ]
        ],
        colWidths=(w - side, side),
        style=TableStyle(
            [
                *_FLAT,
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
            ]
        ),
    )
    r = data.recipient
    to_block = Table(
        [
            [
                "",
                [
                    _Para(_label(L.RECIPIENT) + ":", s.label),
                    _Para(_office_lines(r), s.office),
                    _Para(f"{_t(L.both(L.OFFICE_CODE))}: {_t(r.code)}", s.contact),
                ],
            ]
        ],
        colWidths=(w - 92 * mm, 92 * mm),
        style=TableStyle(_FLAT),
    )
    story: list[Flowable] = [
        head,
        Spacer(1, 6 * mm),
        to_block,
        Spacer(1, 8 * mm),
        _Para(_t(L.both(L.COVER_LETTER_TITLE)), s.title),
        Spacer(1, 5 * mm),
        _Para(_t(L.COVER_TEXT.kk), s.body),
        _Para(_t(L.COVER_TEXT.ru), s.body),
        Spacer(1, 2 * mm),
        _totals(data, w),
    ]
    if data.uncounted:
        story.append(_Para(_t(_uncounted_note()), s.contact))
    story += [
        Spacer(1, 3 * mm),
        _Para(_label(L.APPENDIX) + ".", s.small),
        Spacer(1, 5 * mm),
        _Para(_t(L.ELECTRONIC_TEXT.kk), s.body),
        _Para(_t(L.ELECTRONIC_TEXT.ru), s.body),
        Spacer(1, 1 * mm),
        _bundle_box(data, w),
        Spacer(1, 12 * mm),
        _signature(data.signatory, w),
    ]
    if data.executor:
        story += [
            Spacer(1, 14 * mm),
            _Para(f"{_label(L.EXECUTOR)}: {_t(data.executor)}", s.small),
        ]
        if data.office.phone:
            story.append(_Para(_t(f"{L.PHONE_ABBR} {data.office.phone}"), s.small))
    return story


# --- the transfer list (landscape) --------------------------------------------------------


def _head_row() -> list[Flowable]:
    s = _styles()
    return [_Para(_label(c, stacked=True), s.head) for c in L.TRANSFER_COLUMNS]


def _sheets(n: int | None) -> str:
    return L.SHEETS_UNKNOWN if n is None else str(n)


def _documents_cell(row: TransferRow) -> list[Flowable]:
    s = _styles()
    lines = []
    for i, d in enumerate(row.documents, start=1):
        name = d.name.kk if d.name.kk == d.name.ru else f"{d.name.kk} / {d.name.ru}"
        lines.append(_Para(f"{i}. {_t(name)} — <b>{_sheets(d.sheets)}</b>", s.doc_line))
    return lines or [_Para(L.NONE, s.cell)]


def _list_row(n: int, row: TransferRow) -> list[Flowable]:
    s = _styles()
    sheets = str(row.sheets) + ("*" if row.uncounted else "")
    service = f'{_t(row.service.kk)}<br/><font color="#555555">{_t(row.service.ru)}</font>'
    return [
        _Para(str(n), s.cell),
        _Para(f"<b>{_t(row.number)}</b><br/>{L.fmt_date(row.registered_on)}", s.cell),
        _Para(_t(row.applicant_name), s.cell),
        _Para(_t(row.applicant_iin), s.cell),
        _Para(service if row.service.kk != row.service.ru else _t(row.service.kk), s.cell),
        _documents_cell(row),
        _Para(f"<b>{_t(sheets)}</b>", s.cell_right),
    ]


def _totals_row(data: CoverLetterData) -> list[object]:
    s = _styles()
    parts = [
        f"{_t(L.both(L.CASE_COUNT))}: <b>{len(data.rows)}</b>",
        f"{_t(L.both(L.DOCUMENT_COUNT))}: <b>{data.document_count}</b>",
        f"{_t(L.both(L.SHEET_COUNT))}:",
    ]
    text = f"<b>{_t(L.both(L.TOTAL))}</b> — " + " · ".join(parts)
    sheets = str(data.sheet_count) + ("*" if data.uncounted else "")
    return [_Para(text, s.cell_right), "", "", "", "", "", _Para(_t(sheets), s.cell_total)]


def _list_story(data: CoverLetterData) -> list[Flowable]:
    s = _styles()
    w = LIST_W
    o, r = data.office, data.recipient
    meta = Table(
        [
            [
                [
                    _Para(_label(L.SENDER) + ":", s.label),
                    _Para(
                        f"{_office_lines(o)} <font color='#555555'>({_t(o.code)})</font>", s.small
                    ),
                ],
                [
                    _Para(_label(L.RECIPIENT) + ":", s.label),
                    _Para(
                        f"{_office_lines(r)} <font color='#555555'>({_t(r.code)})</font>", s.small
                    ),
                ],
            ]
        ],
        colWidths=(w / 2, w / 2),
        style=TableStyle([*_BOX]),
    )
    rows: list[list[object]] = [_head_row()]
    rows += [_list_row(n, row) for n, row in enumerate(data.rows, start=1)]
    if not data.rows:
        rows.append([L.NONE, "", "", "", "", "", ""])
    rows.append(_totals_row(data))
    last = len(rows) - 1
    # The totals never start a page on their own: the last case goes over with them.
    keep = ("NOSPLIT", (0, max(last - 1, 1)), (-1, last))
    table = LongTable(
        rows,
        colWidths=LIST_COL_W,
        repeatRows=1,
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), PDF_REGULAR),
                ("FONTSIZE", (0, 0), (-1, -1), 7.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("GRID", (0, 0), (-1, -1), 0.3, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("SPAN", (0, last), (5, last)),
                ("BACKGROUND", (0, last), (-1, last), LABEL_BG),
                ("LINEABOVE", (0, last), (-1, last), 0.8, INK),
                ("BOX", (0, 0), (-1, -1), 0.8, INK),
                keep,
            ]
        ),
    )
    title = Table(
        [
            [
                _Para(_t(L.both(L.TRANSFER_LIST_TITLE)), s.title),
            ],
            [
                _Para(
                    f"{_t(L.both(L.APPENDIX_TO))} {_t(_number_and_date(data))}",
                    s.subtitle,
                )
            ],
        ],
        colWidths=(w,),
        style=TableStyle(_FLAT),
    )
    closing: list[Flowable] = []
    if data.uncounted:
        closing.append(_Para(_t(_uncounted_note()), s.contact))
    closing += [
        Spacer(1, 4 * mm),
        _bundle_box(data, w),
        Spacer(1, 4 * mm),
        _hand_line(L.HANDED_OVER, data.executor, w),
        Spacer(1, 3 * mm),
        _hand_line(L.RECEIVED_BY, None, w),
        Spacer(1, 4 * mm),
        _signature(data.signatory, w),
    ]
    # The signatures never start a page on their own: the bundle box goes with them.
    return [title, Spacer(1, 3 * mm), meta, Spacer(1, 3 * mm), table, KeepTogether(closing)]


def _footer(data: CoverLetterData) -> Callable[[Canvas, int, int], None]:
    f = register_fonts()
    # Every sheet says which packet it belongs to and which file: sheets of a long list get
    # separated, and a sheet from another packet must not pass for this one.
    title = L.COVER_LETTER_TITLE
    first = f"{title.kk.capitalize()} / {title.ru.capitalize()} {_number_and_date(data)}"
    second = f"SHA-256: {_fingerprint_text(data)}"

    def draw(c: Canvas, page: int, total: int) -> None:
        width = c._pagesize[0]
        margin = MARGIN_X if width < LANDSCAPE_W else LIST_MARGIN_X
        y = MARGIN_BOTTOM / 2 + 2
        c.saveState()
        c.setFont(f.regular, 7)
        c.setFillColor(GREY)
        c.drawString(margin, y, first)
        c.drawString(margin, y - 9, second)
        c.setFillColor(INK)
        c.drawRightString(width - margin, y, L.page_of(page, total))
        c.restoreState()

    return draw


def render_cover_letter_pdf(data: CoverLetterData, out: Path) -> Path:
    """The cover letter (portrait) and the transfer list (landscape) in one PDF."""
    out = Path(out)
    f = register_fonts()
    story = [
        *_letter_story(data),
        NextPageTemplate("list"),
        PageBreak(),
        *_list_story(data),
    ]
    with atomic_output(out) as tmp:
        doc = BaseDocTemplate(
            str(tmp),
            pagesize=A4,
            title=f"{L.both(L.COVER_LETTER_TITLE)} {_number_and_date(data)}",
            author=L.both(data.office.name),
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            initialFontName=f.regular,
        )
        letter = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            LETTER_W,
            PORTRAIT_H - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        listing = Frame(
            LIST_MARGIN_X,
            MARGIN_BOTTOM,
            LIST_W,
            LANDSCAPE_H - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates(
            [
                PageTemplate("letter", [letter], pagesize=A4),
                PageTemplate("list", [listing], pagesize=landscape(A4)),
            ]
        )
        doc.build(story, canvasmaker=NumberedCanvas.with_footer(_footer(data)))
    return out


# --- DOCX ---------------------------------------------------------------------------------
# Word lays the pages out itself: the letter in a portrait section, the list in a landscape
# one with its header row repeated on every page.

_HEAD_FILL = "E4E4E4"
_DOCX_LETTER_MM = 180
_DOCX_LIST_MM = LIST_COL_MM


def _cell_text(
    cell: _Cell,
    lines: list[str],
    size: float = 9,
    bold: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = None,
) -> None:
    for i, line in enumerate(lines):
        p = _tight(cell.paragraphs[0] if i == 0 else cell.add_paragraph())
        if align is not None:
            p.alignment = align
        _run(p, line, size, bold=bold)


def _cell_label(cell: _Cell, lb: Bilingual, size: float = 7.5) -> None:
    p = _tight(cell.paragraphs[0])
    _shade(cell, _LABEL_FILL)
    r = _run(p, lb.kk, size, bold=True)
    if lb.ru != lb.kk:
        r.add_break()
        _run(p, lb.ru, size, grey=True)


def _widths(table: DocxTable, widths_mm: tuple[float, ...]) -> None:
    for row in table.rows:
        for cell, w in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(w)


def _new_table(doc: DocxDocument, cols: int) -> DocxTable:
    table = doc.add_table(rows=0, cols=cols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    return table


def _repeat_header(row: object) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _cant_split(row: object) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _docx_bundle(doc: DocxDocument, data: CoverLetterData, width_mm: float) -> None:
    table = _new_table(doc, 2)
    for lb, value, bold in (
        (L.BUNDLE_FILE, data.bundle_file or L.both(L.NOT_EXPORTED), data.bundle_file is not None),
        (L.BUNDLE_FINGERPRINT, _fingerprint_text(data), data.bundle_fingerprint is not None),
    ):
        row = table.add_row()
        _cell_label(row.cells[0], lb)
        _cell_text(row.cells[1], [value], size=10 if bold else 9, bold=bold)
    _widths(table, (52, width_mm - 52))


def _docx_signature(doc: DocxDocument, signatory: Signatory) -> None:
    table = doc.add_table(rows=1, cols=3)
    table.autofit = False
    cells = table.rows[0].cells
    _cell_text(cells[0], [signatory.position.kk, signatory.position.ru], size=9)
    _cell_text(cells[1], ["_" * 24], size=9)
    cap = _tight(cells[1].add_paragraph())
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(cap, L.caption(L.SIGNATURE_CAPTION), 7, grey=True)
    _cell_text(cells[2], [signatory.name or "_" * 24], size=10, bold=bool(signatory.name))
    for cell in cells:
        _tight(cell.paragraphs[0], before=12)
    p = _tight(doc.add_paragraph(), before=2)
    _run(p, L.both(L.STAMP), 8)
    _widths(table, (70, 55, 55))


def _docx_letter(doc: DocxDocument, data: CoverLetterData) -> None:
    o, r = data.office, data.recipient
    head = doc.add_table(rows=1, cols=2)
    head.autofit = False
    left, right = head.rows[0].cells
    _cell_text(left, [o.name.kk, o.name.ru], size=9.5)
    left.paragraphs[0].runs[0].bold = True
    contact = ", ".join(x for x in (o.address, o.phone and f"{L.PHONE_ABBR} {o.phone}") if x)
    if contact:
        _run(_tight(left.add_paragraph()), contact, 7.5, grey=True)
    _cell_text(
        right,
        [
            f"{L.both(L.PACKET_NUMBER)} {data.packet_number}",
            f"{L.both(L.PACKET_DATE)}: {L.fmt_date(data.packet_date)}",
        ],
        size=9.5,
        bold=True,
        align=WD_ALIGN_PARAGRAPH.RIGHT,
    )
    _widths(head, (120, 60))

    p = _tight(doc.add_paragraph(), before=14)
    p.paragraph_format.left_indent = Mm(90)
    _run(p, f"{L.both(L.RECIPIENT)}:", 7.5, grey=True)
    for line, bold in ((r.name.kk, True), (r.name.ru, False)):
        q = _tight(doc.add_paragraph())
        q.paragraph_format.left_indent = Mm(90)
        _run(q, line, 9.5, bold=bold)
    q = _tight(doc.add_paragraph())
    q.paragraph_format.left_indent = Mm(90)
    _run(q, f"{L.both(L.OFFICE_CODE)}: {r.code}", 7.5, grey=True)

    p = _tight(doc.add_paragraph(), before=18, after=10)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(p, L.both(L.COVER_LETTER_TITLE), 13, bold=True)
    for text in (L.COVER_TEXT.kk, L.COVER_TEXT.ru):
        p = _tight(doc.add_paragraph(), after=4)
        p.paragraph_format.first_line_indent = Mm(10)
        _run(p, text, 10)

    totals = _new_table(doc, 3)
    labels = totals.add_row()
    values = totals.add_row()
    sheets = str(data.sheet_count) + ("*" if data.uncounted else "")
    for i, (lb, v) in enumerate(
        (
            (L.CASE_COUNT, str(len(data.rows))),
            (L.DOCUMENT_COUNT, str(data.document_count)),
            (L.SHEET_COUNT, sheets),
        )
    ):
        _cell_label(labels.cells[i], lb)
        _cell_text(values.cells[i], [v], size=16, bold=True)
    _widths(totals, (60, 60, 60))
    if data.uncounted:
        _run(_tight(doc.add_paragraph()), _uncounted_note(), 7.5, grey=True)
    p = _tight(doc.add_paragraph(), before=6)
    _run(p, f"{L.both(L.APPENDIX)}.", 8.5, bold=True)
    for text in (L.ELECTRONIC_TEXT.kk, L.ELECTRONIC_TEXT.ru):
        p = _tight(doc.add_paragraph(), before=2, after=4)
        p.paragraph_format.first_line_indent = Mm(10)
        _run(p, text, 10)
    _docx_bundle(doc, data, _DOCX_LETTER_MM)
    _tight(doc.add_paragraph(), before=10)
    _docx_signature(doc, data.signatory)
    if data.executor:
        p = _tight(doc.add_paragraph(), before=18)
        _run(p, f"{L.both(L.EXECUTOR)}: {data.executor}", 8)
        if o.phone:
            _run(_tight(doc.add_paragraph()), f"{L.PHONE_ABBR} {o.phone}", 8)


def _docx_list(doc: DocxDocument, data: CoverLetterData) -> None:
    section = doc.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.left_margin = section.right_margin = Mm(10)
    p = _tight(doc.add_paragraph(), after=2)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(p, L.both(L.TRANSFER_LIST_TITLE), 13, bold=True)
    p = _tight(doc.add_paragraph(), after=6)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(p, f"{L.both(L.APPENDIX_TO)} {_number_and_date(data)}", 9)
    for lb, office in ((L.SENDER, data.office), (L.RECIPIENT, data.recipient)):
        p = _tight(doc.add_paragraph())
        _run(p, f"{L.both(lb)}: ", 8, grey=True)
        _run(p, f"{office.name.kk} / {office.name.ru} ({office.code})", 8.5)

    table = _new_table(doc, len(L.TRANSFER_COLUMNS))
    head = table.add_row()
    _repeat_header(head)
    _cant_split(head)
    for cell, col in zip(head.cells, L.TRANSFER_COLUMNS, strict=True):
        _cell_label(cell, col, size=7)
        _shade(cell, _HEAD_FILL)
    for n, row in enumerate(data.rows, start=1):
        cells = table.add_row().cells
        _cell_text(cells[0], [str(n)], size=8)
        _cell_text(cells[1], [row.number, L.fmt_date(row.registered_on)], size=8)
        cells[1].paragraphs[0].runs[0].bold = True
        _cell_text(cells[2], [row.applicant_name], size=8)
        _cell_text(cells[3], [row.applicant_iin], size=8)
        _cell_text(cells[4], [row.service.kk, row.service.ru], size=7.5)
        docs = [
            f"{i}. {d.name.kk} / {d.name.ru} — {_sheets(d.sheets)}"
            for i, d in enumerate(row.documents, start=1)
        ]
        _cell_text(cells[5], docs or [L.NONE], size=7.5)
        sheets = str(row.sheets) + ("*" if row.uncounted else "")
        _cell_text(cells[6], [sheets], size=8.5, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    total = table.add_row()
    label = total.cells[0].merge(total.cells[5])
    _cell_text(
        label,
        [
            f"{L.both(L.TOTAL)} — {L.both(L.CASE_COUNT)}: {len(data.rows)} · "
            f"{L.both(L.DOCUMENT_COUNT)}: {data.document_count} · {L.both(L.SHEET_COUNT)}:"
        ],
        size=8,
        bold=True,
        align=WD_ALIGN_PARAGRAPH.RIGHT,
    )
    sheets = str(data.sheet_count) + ("*" if data.uncounted else "")
    _cell_text(total.cells[6], [sheets], size=9, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _shade(label, _LABEL_FILL)
    _shade(total.cells[6], _LABEL_FILL)
    for row in table.rows:
        # A merged row exposes the same cell several times; a width per grid column still works.
        for cell, w in zip(row.cells, _DOCX_LIST_MM, strict=True):
            cell.width = Mm(w)
    if data.uncounted:
        _run(_tight(doc.add_paragraph()), _uncounted_note(), 7.5, grey=True)
    _tight(doc.add_paragraph(), before=6)
    _docx_bundle(doc, data, sum(_DOCX_LIST_MM))
    for lb, name in ((L.HANDED_OVER, data.executor), (L.RECEIVED_BY, None)):
        p = _tight(doc.add_paragraph(), before=12)
        _run(p, f"{L.both(lb)}: ", 9, bold=True)
        _run(p, f"{name or '_' * 30}    {'_' * 24}    {'_' * 14}", 9)
    _tight(doc.add_paragraph(), before=6)
    _docx_signature(doc, data.signatory)


def _docx_footer(doc: DocxDocument, data: CoverLetterData) -> None:
    """The packet and the bundle's fingerprint on every page, in both sections."""
    for section in doc.sections:
        section.footer.is_linked_to_previous = False
        p = section.footer.paragraphs[0]
        for r in list(p.runs):
            r._r.getparent().remove(r._r)
        _run(p, f"{L.both(L.COVER_LETTER_TITLE)} {_number_and_date(data)}", 7, grey=True)
        _run(_tight(section.footer.add_paragraph()), f"SHA-256: {_fingerprint_text(data)}", 7)


def render_cover_letter_docx(data: CoverLetterData, out: Path) -> Path:
    """The same cover letter and transfer list as an editable DOCX."""
    out = Path(out)
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(15)
    section.top_margin = Mm(12)
    section.bottom_margin = Mm(16)
    section.footer_distance = Mm(6)
    apply_docx_fonts(doc)
    set_docx_font(doc.styles["Table Grid"])
    doc.styles["Normal"].font.size = Pt(9)
    doc.core_properties.title = f"{L.both(L.COVER_LETTER_TITLE)} {_number_and_date(data)}"
    _docx_letter(doc, data)
    _docx_list(doc, data)
    _docx_footer(doc, data)
    with atomic_output(out) as tmp:
        doc.save(str(tmp))
    return out


# --- the key fingerprint sheet ----------------------------------------------------------


def _sheet_story(data: FingerprintSheetData) -> list[Flowable]:
    s = _styles()
    w = LETTER_W
    contact = _contact(data.office)
    head = Table(
        [[_Para(_office_lines(data.office), s.office), _Para(contact, s.contact)]],
        colWidths=(w - 70 * mm, 70 * mm),
        style=TableStyle(
            [
                *_FLAT,
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
            ]
        ),
    )
    created = L.fmt_date(data.created.date()) if data.created else L.NONE
    facts = _boxes(
        [
            _box(L.OFFICE_CODE, _t(data.office.code), s.big),
            _box(L.OFFICE_ROLE, _bi_value(L.role_label(data.role)), s.strong),
            _box(L.KEY_CREATED, created, s.strong),
        ],
        (62 * mm, 66 * mm, 0),
        w,
    )
    groups = data.fingerprint.split()
    cells: list[list[object]] = []
    for r in range(0, len(groups), 4):
        line = []
        for i, g in enumerate(groups[r : r + 4], start=r + 1):
            line.append(
                [_Para(f"{i} {_t(L.GROUP.kk)} / {_t(L.GROUP.ru)}", s.group_no), _Para(g, s.group)]
            )
        line += [""] * (4 - len(line))
        cells.append(line)
    grid = Table(
        cells,
        colWidths=(w / 4,) * 4,
        style=TableStyle(
            [
                *_BOX,
                ("BOX", (0, 0), (-1, -1), 1.6, INK),
                ("INNERGRID", (0, 0), (-1, -1), 0.8, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
            ]
        ),
    )
    title = L.KEY_SHEET_TITLE
    one = L.both(title)
    title_lines = (
        [one] if stringWidth(one, s.title.fontName, s.title.fontSize) <= w else [title.kk, title.ru]
    )
    warning = Table(
        [
            [
                [
                    _Para(f"<b>{_t(L.KEY_SHEET_WARNING.kk)}</b>", s.small),
                    Spacer(1, 2),
                    _Para(f"<b>{_t(L.KEY_SHEET_WARNING.ru)}</b>", s.small),
                ]
            ]
        ],
        colWidths=(w,),
        style=TableStyle(
            [
                *_BOX,
                ("BOX", (0, 0), (-1, -1), 1.2, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        ),
    )
    story: list[Flowable] = [
        head,
        Spacer(1, 8 * mm),
        *[_Para(_t(x), s.title) for x in title_lines],
        _Para(_t(L.both(L.KEY_SHEET_SUBTITLE)), s.subtitle),
        Spacer(1, 6 * mm),
        facts,
        Spacer(1, 8 * mm),
        _Para(_label(L.FINGERPRINT), s.value),
        Spacer(1, 2 * mm),
        grid,
        Spacer(1, 4 * mm),
        _Para(_t(data.fingerprint), s.whole),
        Spacer(1, 2 * mm),
        _Para(f"{_label(L.HEX_LETTERS_LABEL)}: {_t(L.HEX_LETTERS)}", s.small),
        Spacer(1, 6 * mm),
        _Para(_t(L.KEY_SHEET_HOW.kk), s.body),
        _Para(_t(L.KEY_SHEET_HOW.ru), s.body),
        Spacer(1, 3 * mm),
        warning,
        Spacer(1, 14 * mm),
        _signature(data.signatory or Signatory(L.HEAD_OF_OFFICE, ""), w),
    ]
    if data.printed_at:
        story += [
            Spacer(1, 8 * mm),
            _Para(f"{_t(L.both(L.PRINTED_AT))}: {L.fmt_datetime(data.printed_at)}", s.contact),
        ]
    return story


def render_fingerprint_sheet_pdf(data: FingerprintSheetData, out: Path) -> Path:
    """One A4 page with the office's key fingerprint, to print, sign and read out by phone."""
    out = Path(out)
    f = register_fonts()
    with atomic_output(out) as tmp:
        doc = BaseDocTemplate(
            str(tmp),
            pagesize=A4,
            title=f"{L.both(L.KEY_SHEET_TITLE)} {data.office.code}",
            author=L.both(data.office.name),
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_TOP,
            initialFontName=f.regular,
        )
        frame = Frame(
            MARGIN_X,
            MARGIN_TOP,
            LETTER_W,
            PORTRAIT_H - 2 * MARGIN_TOP,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates(PageTemplate("sheet", [frame]))
        doc.build(_sheet_story(data))
    return out
