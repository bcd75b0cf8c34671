"""The district commission's inspection act and its conclusion, as PDF and DOCX (DOMAIN.md §3).

One file, printed for signatures: the inspection act (тексеру актісі / акт обследования
материального положения лица (семьи)) first, then the commission's conclusion (учаскелік
комиссияның қорытындысы / заключение участковой комиссии) from a new page. A4 portrait,
Kazakh first, then Russian.

The family table splits across pages with its column header repeated, and never drops a
member. An applicant who refused or evaded the inspection is printed as a framed outcome
near the top: it is a refusal ground, not a footnote. Without a conclusion the conclusion
page is still printed, with empty boxes and lines to fill by hand.

The DOCX carries the same content as editable Word tables, for an office that prefers to
edit the act and sign a paper copy. Both write through `atomic_output`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from forms import labels as L
from forms.data import ActData, ActFamilyMember, ActSigner, Bilingual, ConclusionData
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

__all__ = ["OUTCOMES", "outcome_label", "render_act_docx", "render_act_pdf"]

OUTCOMES: dict[str, Bilingual] = {
    "inspected": L.OUTCOME_INSPECTED,
    "refused": L.OUTCOME_REFUSED,
    "evaded": L.OUTCOME_EVADED,
}


def outcome_label(outcome: str) -> Bilingual:
    """The printed wording of an act's outcome; an unknown outcome is an error, not a guess."""
    try:
        return OUTCOMES[outcome]
    except KeyError:
        known = ", ".join(OUTCOMES)
        raise ValueError(f"unknown inspection outcome {outcome!r} (expected {known})") from None


def _is_refusal(data: ActData) -> bool:
    return outcome_label(data.outcome) is not L.OUTCOME_INSPECTED


_NUMBER_JUNK = re.compile(r"[\s\u00a0\u202f₸]|тг\.?|тенге", re.IGNORECASE)


def _amount(text: str | None) -> Decimal | None:
    """'31 875,00 ₸' -> Decimal('31875.00'); None for anything that is not plainly a sum."""
    if not text:
        return None
    t = _NUMBER_JUNK.sub("", text).replace(",", ".")
    if not re.fullmatch(r"\d+(\.\d+)?", t):
        return None
    try:
        return Decimal(t)
    except InvalidOperation:  # pragma: no cover - the pattern already rules this out
        return None


def _comparison(c: ConclusionData) -> Bilingual | None:
    """Per-capita income against the threshold, only when both are plain numbers."""
    pc, th = _amount(c.per_capita), _amount(c.threshold)
    if pc is None or th is None:
        return None
    if pc < th:
        return L.BELOW_THRESHOLD
    return L.AT_THRESHOLD if pc == th else L.ABOVE_THRESHOLD


# --- PDF --------------------------------------------------------------------------------

PAGE_W, PAGE_H = A4
MARGIN_X = 12 * mm
MARGIN_TOP = 10 * mm
MARGIN_BOTTOM = 13 * mm  # the footer lives in here
CONTENT_W = PAGE_W - 2 * MARGIN_X

INK = colors.black
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
LABEL_BG = colors.HexColor("#f0f0f0")
HEAD_BG = colors.HexColor("#e4e4e4")
ALERT_BG = colors.HexColor("#e4e4e4")

# Family table columns: № | name | relation | birth date | ИИН | occupation | incomes | total.
FAMILY_COL_MM = (6, 29.5, 21.5, 16, 21, 27, 45, 20)
FAMILY_COL_W = tuple(w * mm for w in FAMILY_COL_MM)
assert abs(sum(FAMILY_COL_W) - CONTENT_W) < 0.01, "family columns must fill the page width"
CELL_PAD = 2.2
# The amount column inside the incomes cell: as wide as the widest amount, within limits.
INCOME_AMOUNT_MIN_W = 13 * mm
INCOME_AMOUNT_MAX_W = 24 * mm


@dataclass(frozen=True)
class _Styles:
    office: ParagraphStyle
    contact: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    section: ParagraphStyle
    section_free: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    strong: ParagraphStyle
    alert: ParagraphStyle
    head: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_total: ParagraphStyle
    cell_grey: ParagraphStyle
    pair_label: ParagraphStyle
    pair_value: ParagraphStyle
    sign_role: ParagraphStyle
    sign_name: ParagraphStyle
    caption: ParagraphStyle
    mark: ParagraphStyle
    choice: ParagraphStyle
    arith: ParagraphStyle
    arith_value: ParagraphStyle


@lru_cache(maxsize=1)
def _styles() -> _Styles:
    f = register_fonts()

    def ps(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
        kw.setdefault("fontName", f.regular)
        kw.setdefault("textColor", INK)
        return ParagraphStyle(name, fontSize=size, leading=leading, **kw)

    return _Styles(
        office=ps("office", 9, 11),
        contact=ps("contact", 7, 8.5, textColor=GREY, alignment=TA_RIGHT),
        title=ps("title", 13, 16, fontName=f.bold, alignment=TA_CENTER),
        subtitle=ps("subtitle", 9, 11, alignment=TA_CENTER),
        section=ps("section", 9, 11, spaceBefore=7, spaceAfter=2.5, keepWithNext=1),
        section_free=ps("section_free", 9, 11, spaceBefore=7, spaceAfter=2.5),
        label=ps("label", 7, 8.5, spaceAfter=1.5),
        value=ps("value", 9, 11),
        strong=ps("strong", 9.5, 11.5, fontName=f.bold),
        alert=ps("alert", 11, 13.5, fontName=f.bold, alignment=TA_CENTER),
        head=ps("head", 6.6, 7.8),
        # DejaVu Sans is wide: at 7 pt an ИИН, a date and «заявительница» fit their columns.
        cell=ps("cell", 7, 8.5),
        cell_right=ps("cell_right", 7, 8.5, alignment=TA_RIGHT),
        cell_total=ps("cell_total", 7, 8.5, fontName=f.bold, alignment=TA_RIGHT),
        cell_grey=ps("cell_grey", 6.8, 8.2, textColor=GREY),
        pair_label=ps("pair_label", 7, 8.4),
        pair_value=ps("pair_value", 8.5, 10.2),
        sign_role=ps("sign_role", 7.5, 9),
        sign_name=ps("sign_name", 9, 11, fontName=f.bold),
        caption=ps("caption", 6.5, 8, textColor=GREY, alignment=TA_CENTER),
        mark=ps("mark", 12, 13, fontName=f.bold, alignment=TA_CENTER),
        choice=ps("choice", 10.5, 13),
        arith=ps("arith", 8.5, 10.5),
        arith_value=ps("arith_value", 9, 11, fontName=f.bold, alignment=TA_RIGHT),
    )


def _multiline(text: str) -> str:
    return _t(text).replace("\n", "<br/>")


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
    s = _styles()
    return [_Para(_label(lb), s.label), _Para(value, style)]


def _row(boxes: list[list[Flowable]], widths_mm: tuple[float, ...]) -> Table:
    """One row of boxes; widths in mm, the last one taking what is left."""
    widths = [w * mm for w in widths_mm[:-1]]
    widths.append(CONTENT_W - sum(widths))
    return Table([boxes], colWidths=widths, style=TableStyle(_BOX))


def _section(n: int | None, lb: Bilingual, keep: bool = True) -> Paragraph:
    """A numbered section heading, kept on the page of what follows it unless `keep=False`."""
    s = _styles()
    prefix = f"{n}. " if n is not None else ""
    return _Para(f"{prefix}{_label(lb)}", s.section if keep else s.section_free)


def _header(data: ActData, title: Bilingual, subtitle: Bilingual) -> list[Flowable]:
    """Office name (kk, ru) with its contacts, a rule, then the two-language title."""
    s = _styles()
    office = data.office
    name = f"<b>{_t(office.name.kk)}</b><br/>{_t(office.name.ru)}"
    phone = office.phone and f"{L.PHONE_ABBR} {office.phone}"
    contact = "<br/>".join(_t(x) for x in (office.address, phone) if x)
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
    return [
        head,
        Spacer(1, 5),
        *_title_lines(title, s.title),
        *_title_lines(subtitle, s.subtitle),
        Spacer(1, 6),
    ]


def _title_lines(lb: Bilingual, style: ParagraphStyle) -> list[Flowable]:
    """'kk / ru' on one line when it fits, else Kazakh and Russian on a line each.

    A title wrapped mid-phrase («… / ЗАКЛЮЧЕНИЕ» then «УЧАСТКОВОЙ КОМИССИИ») reads badly.
    """
    one = L.both(lb)
    if stringWidth(one, style.fontName, style.fontSize) <= CONTENT_W:
        lines = [one]
    else:
        lines = [lb.kk, lb.ru]
    return [_Para(_t(x), style) for x in lines]


def _outcome_box(data: ActData) -> Table:
    """The outcome; a refusal or evasion is framed and shaded so nobody can miss it."""
    s = _styles()
    label = outcome_label(data.outcome)
    if not _is_refusal(data):
        return _row([_box(L.OUTCOME, _t(L.both(label)), s.value)], (0,))
    cell = [_Para(_label(L.OUTCOME), s.label), _Para(_bi_value(label), s.alert)]
    style = [
        *_BOX,
        ("BACKGROUND", (0, 0), (-1, -1), ALERT_BG),
        ("BOX", (0, 0), (-1, -1), 1.6, INK),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    return Table([[cell]], colWidths=(CONTENT_W,), style=TableStyle(style))


def _meta(data: ActData) -> list[Flowable]:
    s = _styles()
    return [
        _row(
            [
                _box(L.REG_NUMBER, _t(data.application_number), s.strong),
                _box(L.SERVICE, _bi_value(data.service), s.value),
            ],
            (42, 0),
        ),
        _row(
            [
                _box(L.COMMISSION_DECISION, _t(data.commission_decision or L.NONE), s.value),
                _box(L.VISIT_DATE, L.fmt_date(data.visit_date), s.strong),
                _box(L.VISIT_PLACE, _t(data.place or L.NONE), s.value),
            ],
            (62, 40, 0),
        ),
        _outcome_box(data),
    ]


def _applicant(data: ActData) -> list[Flowable]:
    s = _styles()
    return [
        _section(1, L.SECTION_APPLICANT),
        _row(
            [
                _box(L.APPLICANT, _t(data.applicant_name), s.strong),
                _box(L.IIN, _t(data.applicant_iin), s.strong),
            ],
            (130, 0),
        ),
        _row([_box(L.ADDRESS, _t(data.applicant_address or L.NONE), s.value)], (0,)),
    ]


_TENGE_SUFFIX = re.compile(r"[\s\u00a0\u202f]*₸\s*$")


def _money(text: str) -> str:
    """An amount without its trailing '₸': in the family table the column header says ₸.

    The app writes amounts with non-breaking spaces («85 000,00 ₸»), so a cell cannot wrap
    them; without the sign they fit the column instead of being cut mid-number.
    """
    return _TENGE_SUFFIX.sub("", text)


def _income_amount_w(family: tuple[ActFamilyMember, ...]) -> float:
    """One amount-column width for every member's incomes, so the amounts line up."""
    s = _styles()
    widest = max(
        (
            stringWidth(_money(i.monthly_amount), s.cell_right.fontName, s.cell_right.fontSize)
            for m in family
            for i in m.incomes
        ),
        default=0.0,
    )
    return min(max(widest + 2, INCOME_AMOUNT_MIN_W), INCOME_AMOUNT_MAX_W)


def _incomes_cell(member: ActFamilyMember, amount_w: float) -> Flowable:
    s = _styles()
    if not member.incomes:
        return _Para(_t(L.both(L.NO_INCOME)), s.cell_grey)
    rows = [
        [_Para(_t(L.both(i.kind)), s.cell), _Para(_t(_money(i.monthly_amount)), s.cell_right)]
        for i in member.incomes
    ]
    inner_w = FAMILY_COL_W[6] - 2 * CELL_PAD
    return Table(
        rows,
        colWidths=(inner_w - amount_w, amount_w),
        style=TableStyle(
            [
                *_FLAT,
                ("RIGHTPADDING", (0, 0), (0, -1), 2),
                ("TOPPADDING", (0, 1), (-1, -1), 1.5),
                ("LINEABOVE", (0, 1), (-1, -1), 0.3, RULE),
            ]
        ),
    )


def _family(data: ActData) -> list[Flowable]:
    s = _styles()
    columns = (
        L.NUMBER_SIGN,
        L.FAM_NAME,
        L.FAM_RELATION,
        L.FAM_BIRTH,
        L.IIN,
        L.FAM_OCCUPATION,
        L.FAM_INCOMES,
        L.FAM_TOTAL,
    )
    head = [
        _Para(f"<b>{_t(c)}</b>" if isinstance(c, str) else _label(c, stacked=True), s.head)
        for c in columns
    ]
    rows: list[list[object]] = [head]
    amount_w = _income_amount_w(data.family)
    for n, m in enumerate(data.family, start=1):
        rows.append(
            [
                _Para(str(n), s.cell),
                _Para(_t(m.full_name), s.cell),
                _Para(_t(m.relation or L.NONE), s.cell),
                _Para(L.fmt_date(m.birth_date), s.cell),
                _Para(_t(m.iin or L.NONE), s.cell),
                _Para(_t(m.occupation or L.NONE), s.cell),
                _incomes_cell(m, amount_w),
                _Para(_t(_money(m.monthly_total)), s.cell_total),
            ]
        )
    cmds = [
        ("FONTNAME", (0, 0), (-1, -1), PDF_REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
    ]
    if not data.family:
        rows.append([_Para(L.NONE, s.cell), *[""] * 7])
        cmds.append(("SPAN", (0, 1), (-1, 1)))
    if data.family_total is not None:
        rows.append(
            [
                _Para(_label(L.FAMILY_TOTAL), s.cell_right),
                *[""] * 6,
                _Para(_t(_money(data.family_total)), s.cell_total),
            ]
        )
        last = len(rows) - 1
        cmds += [
            ("SPAN", (0, last), (6, last)),
            ("LINEABOVE", (0, last), (-1, last), 0.8, INK),
            ("BACKGROUND", (0, last), (-1, last), LABEL_BG),
        ]
    table = LongTable(rows, colWidths=FAMILY_COL_W, repeatRows=1, style=TableStyle(cmds))
    count = L.with_count(L.SECTION_FAMILY, len(data.family))
    # Not keepWithNext: that would wrap heading and table in a KeepTogether, and a table
    # taller than the space left would then jump whole to the next page, leaving a hole.
    # The heading only needs the header row and a first member under it.
    return [CondPageBreak(40 * mm), _section(2, count, keep=False), table]


def _pairs(n: int, lb: Bilingual, items: tuple[tuple[Bilingual, str], ...]) -> list[Flowable]:
    """(label, value) pairs two to a row: label cells shaded, values in plain type."""
    s = _styles()
    lw, vw = 36 * mm, CONTENT_W / 2 - 36 * mm
    cmds = [*_BOX, ("TOPPADDING", (0, 0), (-1, -1), 2.5)]
    rows: list[list[object]] = []
    if not items:
        rows.append([_Para(L.NONE, s.pair_value), "", "", ""])
        cmds.append(("SPAN", (0, 0), (-1, 0)))
    for i in range(0, len(items), 2):
        chunk = items[i : i + 2]
        row: list[object] = []
        for label, value in chunk:
            row += [
                _Para(_label(label, stacked=True), s.pair_label),
                _Para(_t(value), s.pair_value),
            ]
        r = len(rows)
        cmds += [("BACKGROUND", (0, r), (0, r), LABEL_BG)]
        if len(chunk) == 2:
            cmds += [("BACKGROUND", (2, r), (2, r), LABEL_BG)]
        else:
            row += ["", ""]
            cmds += [("SPAN", (1, r), (3, r))]
        rows.append(row)
    table = Table(rows, colWidths=(lw, vw, lw, vw), style=TableStyle(cmds))
    return [_section(n, lb), table]


def _text_section(n: int, lb: Bilingual, text: str | None) -> list[Flowable]:
    s = _styles()
    return [_section(n, lb), _row([[_Para(_multiline(text or L.NONE), s.value)]], (0,))]


def _signer_rows(signers: tuple[ActSigner, ...]) -> Table:
    """Role, name and a signature line with its caption, one block per member present."""
    s = _styles()
    cap = _Para(_t(L.caption(L.SIGNATURE_CAPTION)), s.caption)
    role_cap = _Para(_t(L.caption(L.ROLE_CAPTION)), s.caption)
    name_cap = _Para(_t(L.caption(L.NAME_CAPTION)), s.caption)
    rows: list[list[object]] = []
    cmds = list(_FLAT)
    heights: list[float | None] = []
    blank = not signers
    people = signers or tuple(ActSigner("", Bilingual("", "")) for _ in range(3))
    for signer in people:
        r = len(rows)
        role = "" if blank else _Para(_label(signer.role, stacked=True), s.sign_role)
        rows.append([role, "", _Para(_t(signer.full_name), s.sign_name), "", ""])
        # A blank block (no members recorded yet) says what goes on each line.
        rows.append([role_cap, "", name_cap, "", cap] if blank else ["", "", "", "", cap])
        heights += [10 * mm, None]
        cmds += [
            ("VALIGN", (0, r), (-1, r), "BOTTOM"),
            ("BOTTOMPADDING", (0, r), (-1, r), 1.5),
            ("LINEBELOW", (4, r), (4, r), 0.6, INK),
            ("TOPPADDING", (0, r + 1), (-1, r + 1), 1),
        ]
        if blank:
            cmds += [
                ("LINEBELOW", (0, r), (0, r), 0.6, INK),
                ("LINEBELOW", (2, r), (2, r), 0.6, INK),
            ]
    widths = (48 * mm, 6 * mm, 66 * mm, 6 * mm, CONTENT_W - 126 * mm)
    return Table(rows, colWidths=widths, rowHeights=heights, style=TableStyle(cmds))


def _acquainted(data: ActData) -> Table:
    """The applicant's «acquainted with the act» line: name, signature, date."""
    s = _styles()
    rows = [
        [_Para(_label(L.ACT_ACQUAINTED) + ":", s.section_free), "", "", "", ""],
        [_Para(_t(data.applicant_name), s.sign_name), "", "", "", ""],
        [
            "",
            "",
            _Para(_t(L.caption(L.SIGNATURE_CAPTION)), s.caption),
            "",
            _Para(_t(L.caption(L.DATE_CAPTION)), s.caption),
        ],
    ]
    widths = (76 * mm, 6 * mm, 56 * mm, 6 * mm, CONTENT_W - 144 * mm)
    return Table(
        rows,
        colWidths=widths,
        rowHeights=[None, 9 * mm, None],
        style=TableStyle(
            [
                *_FLAT,
                ("SPAN", (0, 0), (-1, 0)),
                ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 1.5),
                ("LINEBELOW", (2, 1), (2, 1), 0.6, INK),
                ("LINEBELOW", (4, 1), (4, 1), 0.6, INK),
                ("TOPPADDING", (0, 2), (-1, 2), 1),
            ]
        ),
    )


def _act_story(data: ActData) -> list[Flowable]:
    story = [*_header(data, L.ACT_TITLE, L.ACT_SUBTITLE), *_meta(data)]
    story += _applicant(data)
    story += _family(data)
    story += _pairs(3, L.SECTION_DWELLING, data.dwelling)
    story += _pairs(4, L.SECTION_PLOT, data.plot)
    story += _pairs(5, L.SECTION_PROPERTY, data.property)
    story += _text_section(6, L.SECTION_OTHER_INCOME, data.other_income)
    # The signatures never sit alone on a sheet: the remarks go with them, and the
    # applicant's line stays with the commission's.
    story.append(
        KeepTogether(
            [
                *_text_section(7, L.SECTION_REMARKS, data.remarks),
                _section(None, L.COMMISSION_SIGNATURES),
                _signer_rows(data.signers),
                Spacer(1, 6 * mm),
                _acquainted(data),
            ]
        )
    )
    return story


def _checkbox(checked: bool, lb: Bilingual) -> Table:
    s = _styles()
    mark = _Para(L.CHECK_MARK if checked else "", s.mark)
    text = f"<b>{_t(lb.kk)}</b> / {_t(lb.ru)}" if checked else _t(L.both(lb))
    side = 6 * mm
    return Table(
        [[mark, _Para(text, s.choice)]],
        colWidths=(side, CONTENT_W - side),
        rowHeights=[side],
        style=TableStyle(
            [
                *_FLAT,
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (0, 0), 1.2, INK),
                ("LEFTPADDING", (1, 0), (1, 0), 3 * mm),
                ("TOPPADDING", (0, 0), (0, 0), 1),
            ]
        ),
    )


def _ruled_lines(n: int, height: float = 7 * mm) -> Table:
    """Empty ruled lines for handwriting."""
    return Table(
        [[""] for _ in range(n)],
        colWidths=(CONTENT_W,),
        rowHeights=[height] * n,
        style=TableStyle([*_FLAT, ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]),
    )


def _arithmetic(c: ConclusionData | None) -> Table:
    s = _styles()
    lines: list[tuple[Bilingual, str]]
    if c is None:
        lines = [(L.FAMILY_INCOME, ""), (L.FAMILY_SIZE, "")]
    else:
        lines = list(c.arithmetic) or [(Bilingual(L.NONE, L.NONE), "")]
    rows = [[_Para(_label(lb), s.arith), _Para(_t(v), s.arith_value)] for lb, v in lines]
    cmds = [*_BOX, ("TOPPADDING", (0, 0), (-1, -1), 3), ("BACKGROUND", (1, 0), (1, -1), LABEL_BG)]
    heights = [8 * mm] * len(rows) if c is None else None
    # Values such as «85 000,00 ₸ + … = 266 500,00 ₸» get room; a longer sum wraps at its «+».
    font, size = s.arith_value.fontName, s.arith_value.fontSize
    widest = max((stringWidth(v, font, size) for _, v in lines), default=0.0) + 9
    vw = min(max(widest, 46 * mm), 96 * mm)
    return Table(rows, colWidths=(CONTENT_W - vw, vw), rowHeights=heights, style=TableStyle(cmds))


def _per_capita(c: ConclusionData | None) -> Table:
    s = _styles()
    if c is None:
        values = ("", "", "")
    else:
        verdict = _comparison(c)
        values = (
            _t(c.per_capita or L.NONE),
            _t(c.threshold or L.NONE),
            _t(L.both(verdict)) if verdict else L.NONE,
        )
    boxes = [
        _box(L.PER_CAPITA, values[0], s.strong),
        _box(L.THRESHOLD, values[1], s.strong),
        _box(L.COMPARISON, values[2], s.strong),
    ]
    table = _row(boxes, (66, 70, 0))
    if c is None:
        table.setStyle(TableStyle([("BOTTOMPADDING", (0, 0), (-1, -1), 8 * mm)]))
    return table


def _conclusion_story(data: ActData) -> list[Flowable]:
    s = _styles()
    c = data.conclusion
    concluded = L.fmt_date(c.concluded_on) if c and c.concluded_on else ""
    story: list[Flowable] = [
        *_header(data, L.CONCLUSION_TITLE, L.CONCLUSION_SUBTITLE),
        _row(
            [
                _box(L.REG_NUMBER, _t(data.application_number), s.strong),
                _box(L.APPLICANT, _t(data.applicant_name), s.strong),
                _box(L.IIN, _t(data.applicant_iin), s.strong),
            ],
            (42, 100, 0),
        ),
        _row(
            [
                _box(L.SERVICE, _bi_value(data.service), s.value),
                _box(L.VISIT_DATE, L.fmt_date(data.visit_date), s.value),
                _box(L.CONCLUSION_DATE, concluded, s.strong),
            ],
            (102, 40, 0),
        ),
        _section(None, L.VERDICT_SUBJECT),
        Spacer(1, 1.5 * mm),
        _checkbox(bool(c and c.needs_assistance), L.NEEDS_ASSISTANCE),
        Spacer(1, 2.5 * mm),
        _checkbox(bool(c and not c.needs_assistance), L.NOT_NEEDS_ASSISTANCE),
        _section(None, L.REASONS),
    ]
    if c is not None and c.reasons.strip():
        story.append(_row([[_Para(_multiline(c.reasons), s.value)]], (0,)))
    else:
        story.append(_ruled_lines(4))
    story += [
        _section(None, L.ARITHMETIC),
        _arithmetic(c),
        Spacer(1, 2 * mm),
        _per_capita(c),
        KeepTogether([_section(None, L.COMMISSION_SIGNATURES), _signer_rows(data.signers)]),
    ]
    return story


def _footer(data: ActData) -> Callable[[Canvas, int, int], None]:
    f = register_fonts()
    left = f"{L.NUMBER_SIGN} {data.application_number} · {data.applicant_name}"

    def draw(c: Canvas, page: int, total: int) -> None:
        y = MARGIN_BOTTOM / 2
        c.saveState()
        c.setFont(f.regular, 7)
        c.setFillColor(GREY)
        c.drawString(MARGIN_X, y, left)
        c.setFillColor(INK)
        c.drawRightString(PAGE_W - MARGIN_X, y, L.page_of(page, total))
        c.restoreState()

    return draw


def render_act_pdf(data: ActData, out: Path) -> Path:
    """Render the inspection act and, from a new page, the commission's conclusion to PDF."""
    out = Path(out)
    outcome_label(data.outcome)  # fail before touching the disk
    f = register_fonts()
    story = [*_act_story(data), PageBreak(), *_conclusion_story(data)]
    with atomic_output(out) as tmp:
        doc = BaseDocTemplate(
            str(tmp),
            pagesize=A4,
            title=f"{L.both(L.ACT_TITLE)} {data.application_number}",
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
        doc.addPageTemplates(PageTemplate("act", [frame]))
        doc.build(story, canvasmaker=NumberedCanvas.with_footer(_footer(data)))
    return out


# --- DOCX -------------------------------------------------------------------------------
# Word lays the pages out itself: the DOCX is plain editable tables in the PDF's order, the
# family table's header row marked to repeat on every page.

_HEAD_FILL = "E4E4E4"
_DOCX_CONTENT_MM = 186
_DOCX_FAMILY_MM = (7, 32, 18, 18, 22, 27, 43, 19)
_CHECKED, _UNCHECKED = "☒", "☐"


def _cell_text(
    cell: _Cell,
    lines: list[str],
    size: float = 9,
    bold: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = None,
) -> None:
    """Write lines into a cell, one paragraph each (the first reuses the cell's empty one)."""
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


def _bi_lines(v: Bilingual) -> list[str]:
    return [v.kk] if v.kk == v.ru else [v.kk, v.ru]


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


def _field_table(
    doc: DocxDocument, fields: list[tuple[Bilingual, list[str], bool]], label_mm: float = 62
) -> DocxTable:
    """A two-column label | value table; each field is (label, value lines, bold)."""
    table = _new_table(doc, 2)
    for lb, lines, bold in fields:
        row = table.add_row()
        _cell_label(row.cells[0], lb)
        _cell_text(row.cells[1], lines or [L.NONE], bold=bold)
    _widths(table, (label_mm, _DOCX_CONTENT_MM - label_mm))
    return table


def _docx_heading(doc: DocxDocument, lb: Bilingual, n: int | None = None) -> None:
    p = _tight(doc.add_paragraph(), before=8, after=3)
    p.paragraph_format.keep_with_next = True
    _run(p, f"{n}. " if n is not None else "", 9.5, bold=True)
    _run(p, lb.kk, 9.5, bold=True)
    if lb.ru != lb.kk:
        _run(p, f" / {lb.ru}", 9.5, grey=True)


def _docx_header(
    doc: DocxDocument, data: ActData, title: Bilingual, sub: Bilingual, new_page: bool = False
) -> None:
    first = _tight(doc.add_paragraph())
    # A break *before* the first line, not an empty paragraph holding a page break: that
    # would leave a blank line at the top of the new page.
    first.paragraph_format.page_break_before = new_page
    _run(first, data.office.name.kk, 9.5, bold=True)
    _run(_tight(doc.add_paragraph()), data.office.name.ru, 9.5)
    office = data.office
    phone = office.phone and f"{L.PHONE_ABBR} {office.phone}"
    contact = ", ".join(x for x in (office.address, phone) if x)
    if contact:
        _run(_tight(doc.add_paragraph()), contact, 7.5, grey=True)
    p = _tight(doc.add_paragraph(), before=8)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(p, L.both(title), 13, bold=True)
    p = _tight(doc.add_paragraph(), after=6)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(p, L.both(sub), 9.5)


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


def _docx_family(doc: DocxDocument, data: ActData) -> None:
    _docx_heading(doc, L.with_count(L.SECTION_FAMILY, len(data.family)), 2)
    table = _new_table(doc, 8)
    head = table.add_row()
    _repeat_header(head)
    _cant_split(head)
    columns = (
        None,
        L.FAM_NAME,
        L.FAM_RELATION,
        L.FAM_BIRTH,
        L.IIN,
        L.FAM_OCCUPATION,
        L.FAM_INCOMES,
        L.FAM_TOTAL,
    )
    for cell, col in zip(head.cells, columns, strict=True):
        if col is None:
            _shade(cell, _HEAD_FILL)
            _cell_text(cell, [L.NUMBER_SIGN], size=7.5, bold=True)
        else:
            _cell_label(cell, col, size=7)
            _shade(cell, _HEAD_FILL)
    for n, m in enumerate(data.family, start=1):
        row = table.add_row()
        _cant_split(row)
        c = row.cells
        _cell_text(c[0], [str(n)], size=8)
        _cell_text(c[1], [m.full_name], size=8)
        _cell_text(c[2], [m.relation or L.NONE], size=8)
        _cell_text(c[3], [L.fmt_date(m.birth_date)], size=8)
        _cell_text(c[4], [m.iin or L.NONE], size=8)
        _cell_text(c[5], [m.occupation or L.NONE], size=8)
        incomes = [f"{L.both(i.kind)}: {i.monthly_amount}" for i in m.incomes]
        _cell_text(c[6], incomes or [L.both(L.NO_INCOME)], size=8)
        _cell_text(c[7], [m.monthly_total], size=8, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    if not data.family:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        _cell_text(merged, [L.NONE], size=8)
    if data.family_total is not None:
        row = table.add_row()
        _cant_split(row)
        label = row.cells[0].merge(row.cells[6])
        _cell_text(label, [L.both(L.FAMILY_TOTAL)], size=8, bold=True)
        label.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _cell_text(
            row.cells[7], [data.family_total], size=8, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT
        )
        _shade(label, _LABEL_FILL)
        _shade(row.cells[7], _LABEL_FILL)
    for row in table.rows:
        # A merged row exposes the same cell several times; a width per grid column still works.
        for cell, w in zip(row.cells, _DOCX_FAMILY_MM, strict=True):
            cell.width = Mm(w)


def _docx_pairs(doc: DocxDocument, n: int, lb: Bilingual, items: tuple) -> None:
    _docx_heading(doc, lb, n)
    fields = [(label, [value], False) for label, value in items]
    if not fields:
        table = _new_table(doc, 1)
        _cell_text(table.add_row().cells[0], [L.NONE])
        _widths(table, (_DOCX_CONTENT_MM,))
        return
    _field_table(doc, fields)


def _docx_text(doc: DocxDocument, n: int, lb: Bilingual, text: str | None) -> None:
    _docx_heading(doc, lb, n)
    table = _new_table(doc, 1)
    _cell_text(table.add_row().cells[0], (text or L.NONE).split("\n"))
    _widths(table, (_DOCX_CONTENT_MM,))


def _docx_signers(doc: DocxDocument, signers: tuple[ActSigner, ...]) -> None:
    _docx_heading(doc, L.COMMISSION_SIGNATURES)
    table = doc.add_table(rows=0, cols=3)
    table.autofit = False
    line = "_" * 30
    caption = L.caption(L.SIGNATURE_CAPTION)
    people = signers or tuple(ActSigner("_" * 28, Bilingual("_" * 22, "")) for _ in range(3))
    for signer in people:
        row = table.add_row()
        _cant_split(row)
        role = [signer.role.kk] if not signer.role.ru else _bi_lines(signer.role)
        _cell_text(row.cells[0], role, size=8)
        _cell_text(row.cells[1], [signer.full_name], size=9.5, bold=True)
        _cell_text(row.cells[2], [line], size=9)
        cap = _tight(row.cells[2].add_paragraph(), after=6)
        cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(cap, caption, 7, grey=True)
        for cell in row.cells:
            _tight(cell.paragraphs[0], before=12)
    _widths(table, (52, 70, 64))


def _docx_acquainted(doc: DocxDocument, data: ActData) -> None:
    p = _tight(doc.add_paragraph(), before=14, after=2)
    p.paragraph_format.keep_with_next = True
    _run(p, f"{L.both(L.ACT_ACQUAINTED)}:", 9.5, bold=True)
    table = doc.add_table(rows=1, cols=3)
    table.autofit = False
    cells = table.rows[0].cells
    _cell_text(cells[0], [data.applicant_name], size=9.5, bold=True)
    for cell, lb in ((cells[1], L.SIGNATURE_CAPTION), (cells[2], L.DATE_CAPTION)):
        _cell_text(cell, ["_" * 26], size=9)
        cap = _tight(cell.add_paragraph())
        cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(cap, L.caption(lb), 7, grey=True)
    for cell in cells:
        _tight(cell.paragraphs[0], before=12)
    _widths(table, (76, 60, 50))


def _docx_act(doc: DocxDocument, data: ActData) -> None:
    _docx_header(doc, data, L.ACT_TITLE, L.ACT_SUBTITLE)
    outcome = outcome_label(data.outcome)
    meta = _field_table(
        doc,
        [
            (L.REG_NUMBER, [data.application_number], True),
            (L.SERVICE, _bi_lines(data.service), False),
            (L.COMMISSION_DECISION, [data.commission_decision or L.NONE], False),
            (L.VISIT_DATE, [L.fmt_date(data.visit_date)], True),
            (L.VISIT_PLACE, [data.place or L.NONE], False),
        ],
    )
    row = meta.add_row()
    _cell_label(row.cells[0], L.OUTCOME)
    if _is_refusal(data):
        _cell_text(row.cells[1], _bi_lines(outcome), size=11, bold=True)
        _shade(row.cells[1], _HEAD_FILL)
    else:
        _cell_text(row.cells[1], [L.both(outcome)])
    _widths(meta, (62, _DOCX_CONTENT_MM - 62))

    _docx_heading(doc, L.SECTION_APPLICANT, 1)
    _field_table(
        doc,
        [
            (L.APPLICANT, [data.applicant_name], True),
            (L.IIN, [data.applicant_iin], True),
            (L.ADDRESS, [data.applicant_address or L.NONE], False),
        ],
    )
    _docx_family(doc, data)
    _docx_pairs(doc, 3, L.SECTION_DWELLING, data.dwelling)
    _docx_pairs(doc, 4, L.SECTION_PLOT, data.plot)
    _docx_pairs(doc, 5, L.SECTION_PROPERTY, data.property)
    _docx_text(doc, 6, L.SECTION_OTHER_INCOME, data.other_income)
    _docx_text(doc, 7, L.SECTION_REMARKS, data.remarks)
    _docx_signers(doc, data.signers)
    _docx_acquainted(doc, data)


def _docx_conclusion(doc: DocxDocument, data: ActData) -> None:
    c = data.conclusion
    _docx_header(doc, data, L.CONCLUSION_TITLE, L.CONCLUSION_SUBTITLE, new_page=True)
    concluded = L.fmt_date(c.concluded_on) if c and c.concluded_on else ""
    _field_table(
        doc,
        [
            (L.REG_NUMBER, [data.application_number], True),
            (L.APPLICANT, [data.applicant_name], True),
            (L.IIN, [data.applicant_iin], True),
            (L.SERVICE, _bi_lines(data.service), False),
            (L.VISIT_DATE, [L.fmt_date(data.visit_date)], False),
            (L.CONCLUSION_DATE, [concluded], True),
        ],
    )
    _docx_heading(doc, L.VERDICT_SUBJECT)
    for checked, lb in (
        (bool(c and c.needs_assistance), L.NEEDS_ASSISTANCE),
        (bool(c and not c.needs_assistance), L.NOT_NEEDS_ASSISTANCE),
    ):
        p = _tight(doc.add_paragraph(), before=2, after=2)
        _run(p, f"{_CHECKED if checked else _UNCHECKED}  ", 14)
        _run(p, L.both(lb), 10.5, bold=checked)

    _docx_heading(doc, L.REASONS)
    table = _new_table(doc, 1)
    reasons = c.reasons.split("\n") if c and c.reasons.strip() else ["", "", "", ""]
    _cell_text(table.add_row().cells[0], reasons)
    _widths(table, (_DOCX_CONTENT_MM,))

    _docx_heading(doc, L.ARITHMETIC)
    lines = [(L.FAMILY_INCOME, ""), (L.FAMILY_SIZE, "")] if c is None else list(c.arithmetic)
    verdict = _comparison(c) if c else None
    blank = "" if c is None else L.NONE
    lines += [
        (L.PER_CAPITA, (c.per_capita if c else None) or blank),
        (L.THRESHOLD, (c.threshold if c else None) or blank),
        (L.COMPARISON, L.both(verdict) if verdict else blank),
    ]
    table = _new_table(doc, 2)
    for lb, value in lines:
        row = table.add_row()
        _cell_text(row.cells[0], [L.both(lb)], size=8.5)
        _cell_text(row.cells[1], [value], size=9.5, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
        _shade(row.cells[1], _LABEL_FILL)
    _widths(table, (134, 52))
    _docx_signers(doc, data.signers)


def _docx_footer(doc: DocxDocument, data: ActData) -> None:
    """'№ … · applicant' and 'Бет / Страница N / M', with Word's own page fields."""
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(p, f"{L.NUMBER_SIGN} {data.application_number} · {data.applicant_name}    ", 7, grey=True)
    _run(p, f"{L.both(L.PAGE)} ", 7)
    _field(p, "PAGE")
    _run(p, " / ", 7)
    _field(p, "NUMPAGES")


def _field(p: DocxParagraph, code: str) -> None:
    for kind in ("begin", None, "separate", "end"):
        r = _run(p, "", 7)
        if kind is None:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {code} "
            r._r.append(instr)
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
            if kind == "separate":
                _run(p, "1", 7)


def render_act_docx(data: ActData, out: Path) -> Path:
    """Render the act and the conclusion as an editable DOCX (same content as the PDF)."""
    out = Path(out)
    outcome_label(data.outcome)
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(12)
    section.top_margin = Mm(10)
    section.bottom_margin = Mm(14)
    section.footer_distance = Mm(6)
    apply_docx_fonts(doc)
    set_docx_font(doc.styles["Table Grid"])
    doc.styles["Normal"].font.size = Pt(9)
    doc.core_properties.title = f"{L.both(L.ACT_TITLE)} {data.application_number}"

    _docx_footer(doc, data)
    _docx_act(doc, data)
    _docx_conclusion(doc, data)

    with atomic_output(out) as tmp:
        doc.save(str(tmp))
    return out
