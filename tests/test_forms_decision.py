"""The district's notice of assignment and reasoned refusal, as PDF and DOCX.

Every check reads the rendered file back (pypdf, python-docx). `text_off_the_page` is
shared with the issue-receipt and certificate tests: it finds printed text that runs past
the printable area, which extraction alone would not notice.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from forms import labels as L
from forms.data import Bilingual as B
from forms.data import DecisionData, OfficeHeader
from forms.decision import render_decision_docx, render_decision_pdf
from forms.fonts import PDF_BOLD, PDF_REGULAR, register_fonts
from tests.test_forms_talon import OFFICE, _flat, docx_text, pdf_pages

NBSP = "\u00a0"

DISTRICT = OfficeHeader(
    code="TSELINOGRAD-ZhSB",
    name=B(
        "Целиноград ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі",
        "Отдел занятости и социальных программ Целиноградского района",
    ),
    address="Ақмол ауылы, Гагарин көшесі, 15",
    phone="+7 71651 3 12 00",
)
SERVICE = B(
    "Мемлекеттік атаулы әлеуметтік көмек тағайындау",
    "Назначение государственной адресной социальной помощи",
)
GROUND = B(
    "Жан басына шаққандағы орташа табыс кедейлік шегінен жоғары",
    "Среднедушевой доход превышает черту бедности",
)
REASONING = (
    "Отбасының жан басына шаққандағы орташа айлық табысы 61 200,00 ₸, кедейлік шегі 58 960,00 ₸.\n"
    "\n"
    "Среднедушевой месячный доход семьи 61 200,00 ₸ при черте бедности 58 960,00 ₸."
)

ASSIGNED = DecisionData(
    district=DISTRICT,
    office=OFFICE,
    outcome="assigned",
    number="1-12/345",
    decided_on=date(2027, 1, 20),
    case_number="0047/2027",
    registered_at=datetime(2026, 12, 15, 10, 42),
    service=SERVICE,
    applicant_name="Әбдіғалиева Гүлнұр Серікқызы",
    applicant_iin="791028302728",
    applicant_address="Қосшы ауылы, Абай көшесі, 7, 12-пәтер",
    refusal_ground=None,
    refusal_text=None,
    amount=f"31{NBSP}875,00{NBSP}₸",
    period_from=date(2027, 1, 1),
    period_to=date(2027, 3, 31),
    signer="Бөлім басшысы / Руководитель отдела Жақсылықов Ұ. Ғ.",
)
REFUSED = dataclasses.replace(
    ASSIGNED,
    outcome="refused",
    amount=None,
    period_from=None,
    period_to=None,
    refusal_ground=GROUND,
    refusal_text=REASONING,
)
LONG_NAME = "Әбдіғалиева-Сейітқұлова Гүлнұр-Ақмаржан Серікқызы " * 3
LONG_ADDRESS = (
    "Ақмола облысы, Целиноград ауданы, Қосшы ауылдық округі, Қосшы ауылы, "
    "Қаһарман Ғалымжан Үсенұлы атындағы көше, 127-үй, 3-подъезд, 14-қабат, 245-пәтер; "
    "уақытша тұратын мекенжайы: Ұлытау ауданы, Жезді кенті, Һәкімов көшесі, 1"
)


# --- helpers shared with the other way-back form tests ------------------------------------

_PRINTABLE = 5 * mm  # printers clip ~4 mm at every edge


def _shown_text(page: object) -> list[tuple[str, float, float, float]]:
    """(text, x, y, width) of every text shown on a page, in page coordinates."""
    shown: list[tuple[str, float, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        base = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
        face = PDF_BOLD if "Bold" in base else PDF_REGULAR
        shown.append((text, x, y, stringWidth(text, face, size * abs(tm[0] * cm[0]))))

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return shown


def text_off_the_page(path: Path) -> list[str]:
    """Every shown text whose start or end lies outside the printable area of its page."""
    register_fonts()
    bad: list[str] = []
    for n, page in enumerate(PdfReader(path).pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        for text, x, y, w in _shown_text(page):
            inside = x >= _PRINTABLE and x + w <= width - _PRINTABLE
            if not (inside and _PRINTABLE <= y <= height - _PRINTABLE):
                bad.append(f"page {n} at ({x:.0f}, {y:.0f}) +{w:.0f}: {text!r}")
    return bad


def pdf_fonts(path: Path) -> set[str]:
    names: set[str] = set()
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get_object().get("/Font") or {}
        for ref in fonts.get_object().values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names


def test_the_page_check_catches_text_past_the_edge(tmp_path: Path) -> None:
    # The checker itself must be able to fail, or the overflow tests below prove nothing.
    f = register_fonts()
    out = tmp_path / "overflow.pdf"
    c = Canvas(str(out), pagesize=A4)
    c.setFont(f.regular, 10)
    c.drawString(20 * mm, 150 * mm, "Қосшы ауылы ішінде")
    c.drawString(A4[0] - 30 * mm, 100 * mm, "Қаһарман көшесі, 127-үй, 245-пәтер")
    c.save()
    bad = text_off_the_page(out)
    assert len(bad) == 1 and "Қаһарман" in bad[0]


def assert_kazakh_intact(text: str) -> None:
    for word in ("Әбдіғалиева", "Гүлнұр", "Серікқызы", "Жақсылықов", "әкімінің", "Ақмол"):
        assert word in text, word


def decision_values(data: DecisionData) -> list[str]:
    """Every field value of the header, the case and the applicant, as printed."""
    return [
        data.district.name.kk,
        data.district.name.ru,
        data.number,
        "20.01.2027",
        data.office.name.kk,
        data.office.name.ru,
        data.case_number,
        "15.12.2026",
        data.applicant_name,
        data.applicant_iin,
        data.applicant_address or "",
        data.service.kk,
        data.service.ru,
    ]


# --- PDF ----------------------------------------------------------------------------------


def test_notice_of_assignment_carries_every_field_in_both_languages(tmp_path: Path) -> None:
    out = render_decision_pdf(ASSIGNED, tmp_path / "notice.pdf")
    assert out == tmp_path / "notice.pdf"
    pages = pdf_pages(out)
    assert len(pages) == 1
    text = pages[0]
    for value in [*decision_values(ASSIGNED), ASSIGNED.signer]:
        assert _flat(value) in text, value
    for label in (
        L.ASSIGNED_TITLE,
        L.DOC_NUMBER,
        L.DECISION_DATE,
        L.FROM_OFFICE,
        L.CASE_NUMBER,
        L.CASE_DATE,
        L.APPLICANT,
        L.IIN,
        L.ADDRESS,
        L.SERVICE,
        L.ASSIGNED_TEXT,
        L.AMOUNT_MONTHLY,
        L.ASSIGNED_PERIOD,
    ):
        assert _flat(label.kk) in text and _flat(label.ru) in text, label
    assert "31 875,00 ₸" in text
    assert "01.01.2027–31.03.2027" in text
    assert L.both(L.STAMP) in text
    # Kazakh first: the Kazakh title and sentence come before the Russian ones.
    assert text.index(L.ASSIGNED_TITLE.kk) < text.index(L.ASSIGNED_TITLE.ru)
    assert text.index(_flat(L.ASSIGNED_TEXT.kk)) < text.index(_flat(L.ASSIGNED_TEXT.ru))
    # Nothing of a refusal on a notice of assignment.
    for label in (L.REFUSED_TITLE, L.REFUSAL_GROUND, L.REFUSAL_MOTIVES):
        assert label.kk not in text and label.ru not in text, label
    assert_kazakh_intact(text)


def test_reasoned_refusal_gives_ground_reasoning_and_how_to_appeal(tmp_path: Path) -> None:
    pages = pdf_pages(render_decision_pdf(REFUSED, tmp_path / "refusal.pdf"))
    assert len(pages) == 1
    text = pages[0]
    for value in decision_values(REFUSED):
        assert _flat(value) in text, value
    for label in (L.REFUSED_TITLE, L.REFUSED_TEXT, L.REFUSAL_GROUND, L.REFUSAL_MOTIVES):
        assert _flat(label.kk) in text and _flat(label.ru) in text, label
    assert GROUND.kk in text and GROUND.ru in text
    for line in REASONING.splitlines():
        assert _flat(line) in text, line
    # How to appeal: the higher authority or the court, per the Administrative Procedure Code.
    assert _flat(L.APPEAL_TEXT.kk) in text and _flat(L.APPEAL_TEXT.ru) in text
    assert "Әкімшілік рәсімдік-процестік кодексінде" in text
    assert "Административным процедурно-процессуальным кодексом" in text
    assert "в вышестоящий орган или в суд" in text
    for label in (L.ASSIGNED_TITLE, L.AMOUNT_MONTHLY, L.ASSIGNED_PERIOD):
        assert label.kk not in text and label.ru not in text, label
    assert "₸" in text  # from the reasoning only
    assert_kazakh_intact(text)


def test_an_amount_without_the_tenge_sign_gets_one(tmp_path: Path) -> None:
    data = dataclasses.replace(ASSIGNED, amount="85 000,00")
    text = pdf_pages(render_decision_pdf(data, tmp_path / "notice.pdf"))[0]
    assert "85 000,00 ₸" in text
    assert "85 000,00 ₸ ₸" not in text


def test_missing_values_print_as_dashes_and_blank_signer_lines(tmp_path: Path) -> None:
    data = dataclasses.replace(
        REFUSED, refusal_ground=None, refusal_text=None, applicant_address=None, signer=None
    )
    text = pdf_pages(render_decision_pdf(data, tmp_path / "refusal.pdf"))[0]
    assert L.caption(L.POSITION_CAPTION) in text
    assert L.caption(L.NAME_CAPTION) in text
    assert L.caption(L.SIGNATURE_CAPTION) in text
    assert text.count(L.NONE) >= 3  # address, ground, reasoning
    assert ASSIGNED.signer not in text


def test_unknown_outcome_is_refused_before_writing(tmp_path: Path) -> None:
    data = dataclasses.replace(ASSIGNED, outcome="postponed")
    for name, render in (("d.pdf", render_decision_pdf), ("d.docx", render_decision_docx)):
        with pytest.raises(ValueError, match="postponed"):
            render(data, tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_long_name_and_address_stay_on_the_page(tmp_path: Path) -> None:
    for data in (ASSIGNED, REFUSED):
        data = dataclasses.replace(data, applicant_name=LONG_NAME, applicant_address=LONG_ADDRESS)
        out = render_decision_pdf(data, tmp_path / f"{data.outcome}.pdf")
        pages = pdf_pages(out)
        assert len(pages) == 1, data.outcome
        assert _flat(LONG_NAME) in pages[0]
        assert _flat(LONG_ADDRESS) in pages[0]
        assert text_off_the_page(out) == []


def test_long_reasoning_continues_on_a_numbered_next_page(tmp_path: Path) -> None:
    lines = [
        f"{i}. Отбасы мүшесінің табысы туралы мәлімет тексерілді, ол шекпен салыстырылды; "
        f"сведения о доходе члена семьи № {i} проверены и сопоставлены с порогом."
        for i in range(1, 41)
    ]
    # One paragraph far longer than a page must split too, not fail to fit.
    lines.append("Қорытынды / Итог: " + "табыс шектен жоғары, доход выше порога; " * 120)
    data = dataclasses.replace(REFUSED, refusal_text="\n".join(lines))
    out = render_decision_pdf(data, tmp_path / "refusal.pdf")
    pages = pdf_pages(out)
    assert len(pages) >= 2
    text = " ".join(pages)
    for line in lines[:-1]:
        assert _flat(line) in text, line
    assert text.count("доход выше порога") == 120
    for n in range(1, len(pages) + 1):
        assert L.page_of(n, len(pages)) in pages[n - 1]
        assert ASSIGNED.number in pages[n - 1]  # every sheet names its document
    assert _flat(L.APPEAL_TEXT.ru) in text
    assert ASSIGNED.signer in pages[-1]
    assert text_off_the_page(out) == []


def test_only_the_dejavu_fonts_are_embedded(tmp_path: Path) -> None:
    for data in (ASSIGNED, REFUSED):
        fonts = pdf_fonts(render_decision_pdf(data, tmp_path / "d.pdf"))
        assert fonts and all("DejaVuSans" in f for f in fonts), fonts


def test_failed_render_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_build(self: object, *args: object, **kwargs: object) -> None:
        # Half a file written, then the disk fills up.
        Path(self.filename).write_bytes(b"%PDF-1.4 half")  # type: ignore[attr-defined]
        raise OSError("disk full")

    monkeypatch.setattr("forms.decision.BaseDocTemplate.build", broken_build)
    with pytest.raises(OSError, match="disk full"):
        render_decision_pdf(ASSIGNED, tmp_path / "notice.pdf")
    assert list(tmp_path.iterdir()) == []

    previous = tmp_path / "refusal.pdf"
    previous.write_bytes(b"previous refusal")
    with pytest.raises(OSError, match="disk full"):
        render_decision_pdf(REFUSED, previous)
    assert previous.read_bytes() == b"previous refusal"
    assert [p.name for p in tmp_path.iterdir()] == ["refusal.pdf"]


def test_failed_docx_render_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_save(self: object, path: str) -> None:
        Path(path).write_bytes(b"PK half")
        raise OSError("disk full")

    monkeypatch.setattr("docx.document.Document.save", broken_save)
    with pytest.raises(OSError, match="disk full"):
        render_decision_docx(REFUSED, tmp_path / "refusal.docx")
    assert list(tmp_path.iterdir()) == []


def test_render_replaces_the_file_and_leaves_no_temp(tmp_path: Path) -> None:
    for name, render in (("d.pdf", render_decision_pdf), ("d.docx", render_decision_docx)):
        out = tmp_path / name
        out.write_bytes(b"previous")
        render(ASSIGNED, out)
        assert out.read_bytes()[:2] in (b"%P", b"PK"), name
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.docx", "d.pdf"]


# --- DOCX ---------------------------------------------------------------------------------


def test_docx_notice_of_assignment_carries_the_same_content(tmp_path: Path) -> None:
    text = docx_text(render_decision_docx(ASSIGNED, tmp_path / "notice.docx"))
    for value in [*decision_values(ASSIGNED), ASSIGNED.signer]:
        assert _flat(value) in text, value
    for label in (L.ASSIGNED_TITLE, L.ASSIGNED_TEXT, L.AMOUNT_MONTHLY, L.ASSIGNED_PERIOD):
        assert _flat(label.kk) in text and _flat(label.ru) in text, label
    assert "31 875,00 ₸" in text and "01.01.2027–31.03.2027" in text
    assert L.REFUSED_TITLE.kk not in text and L.REFUSAL_GROUND.ru not in text
    assert text.index(L.ASSIGNED_TITLE.kk) < text.index(L.ASSIGNED_TITLE.ru)
    assert_kazakh_intact(text)


def test_docx_refusal_carries_ground_reasoning_and_appeal(tmp_path: Path) -> None:
    text = docx_text(render_decision_docx(REFUSED, tmp_path / "refusal.docx"))
    for value in decision_values(REFUSED):
        assert _flat(value) in text, value
    for label in (L.REFUSED_TITLE, L.REFUSED_TEXT, L.REFUSAL_GROUND, L.REFUSAL_MOTIVES):
        assert _flat(label.kk) in text and _flat(label.ru) in text, label
    assert GROUND.kk in text and GROUND.ru in text
    for line in REASONING.splitlines():
        assert _flat(line) in text, line
    assert _flat(L.APPEAL_TEXT.kk) in text and _flat(L.APPEAL_TEXT.ru) in text
    assert L.AMOUNT_MONTHLY.kk not in text


def test_docx_without_signer_leaves_lines_to_fill(tmp_path: Path) -> None:
    data = dataclasses.replace(ASSIGNED, signer=None, amount=None)
    text = docx_text(render_decision_docx(data, tmp_path / "notice.docx"))
    assert L.caption(L.POSITION_CAPTION) in text and L.caption(L.SIGNATURE_CAPTION) in text
    assert "____" in text
    assert ASSIGNED.signer not in text
    assert f"{L.NONE}" in text  # no amount known


def test_docx_uses_dejavu_for_cyrillic(tmp_path: Path) -> None:
    doc = Document(str(render_decision_docx(REFUSED, tmp_path / "refusal.docx")))
    rfonts = doc.styles["Normal"].element.rPr.rFonts
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        assert rfonts.get(f"{ns}{attr}") == "DejaVu Sans", attr
