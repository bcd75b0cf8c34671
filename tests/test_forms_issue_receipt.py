"""The receipt for an issued result (расписка о выдаче) with its stub, as PDF and DOCX."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from forms import labels as L
from forms.data import Bilingual as B
from forms.data import IssueReceiptData
from forms.issue_receipt import (
    fits_half_sheet,
    render_issue_receipt_docx,
    render_issue_receipt_pdf,
)
from tests.test_forms_decision import (
    LONG_NAME,
    SERVICE,
    _shown_text,
    pdf_fonts,
    text_off_the_page,
)
from tests.test_forms_talon import OFFICE, _flat, docx_text, pdf_pages

REPRESENTATIVE = "Һәкімов Ұлан Ғалымұлы, ЖСН 061211600012, сенімхат № 45, 02.12.2026"

RECEIPT = IssueReceiptData(
    office=OFFICE,
    case_number="0047/2027",
    registered_at=datetime(2026, 12, 15, 10, 42),
    service=SERVICE,
    applicant_name="Әбдіғалиева Гүлнұр Серікқызы",
    applicant_iin="791028302728",
    result_type=B("Тағайындау туралы хабарлама", "Уведомление о назначении"),
    result_number="1-12/345",
    result_date=date(2027, 1, 20),
    issued_at=datetime(2027, 1, 22, 11, 5),
    issued_to=REPRESENTATIVE,
    issued_by="Нұрланова Ә. Қ.",
)
REFUSAL_ISSUED = dataclasses.replace(
    RECEIPT,
    result_type=B("Дәлелді бас тарту", "Мотивированный отказ"),
    result_number="1-12/346",
    issued_to=RECEIPT.applicant_name,
)

LABELS = (
    L.ISSUE_RECEIPT_TITLE,
    L.ISSUE_STUB_TITLE,
    L.RESULT_TYPE,
    L.RESULT_NUMBER,
    L.RESULT_DATE,
    L.CASE_NUMBER,
    L.CASE_DATE,
    L.SERVICE,
    L.APPLICANT,
    L.IIN,
    L.ISSUED_AT,
    L.ISSUED_TO,
    L.ISSUED_BY,
    L.RESULT_RECEIVED,
    L.RESULT_GIVEN_BY,
    L.SIGNATURE,
)


def values(data: IssueReceiptData) -> list[str]:
    return [
        data.office.name.kk,
        data.office.name.ru,
        data.result_type.kk,
        data.result_type.ru,
        data.result_number,
        "20.01.2027",
        data.case_number,
        "15.12.2026",
        data.service.kk,
        data.service.ru,
        data.applicant_name,
        data.applicant_iin,
        "22.01.2027 11:05",
        data.issued_to,
        data.issued_by,
    ]


def assert_receipt_content(text: str, data: IssueReceiptData) -> None:
    for label in LABELS:
        assert _flat(label.kk) in text and _flat(label.ru) in text, label
    for value in values(data):
        assert _flat(value) in text, value
    for word in ("Әбдіғалиева", "Гүлнұр", "Һәкімов", "Ұлан", "Ғалымұлы", "Нұрланова", "әкімінің"):
        assert word in text, word


# --- PDF ----------------------------------------------------------------------------------


def test_receipt_pdf_carries_every_field_in_both_languages(tmp_path: Path) -> None:
    out = render_issue_receipt_pdf(RECEIPT, tmp_path / "receipt.pdf")
    assert out == tmp_path / "receipt.pdf"
    pages = pdf_pages(out)
    assert len(pages) == 1
    assert_receipt_content(pages[0], RECEIPT)
    assert fonts_are_dejavu(out)


def fonts_are_dejavu(path: Path) -> bool:
    fonts = pdf_fonts(path)
    return bool(fonts) and all("DejaVuSans" in f for f in fonts)


def test_receipt_and_stub_share_one_sheet_cut_in_half(tmp_path: Path) -> None:
    out = render_issue_receipt_pdf(RECEIPT, tmp_path / "receipt.pdf")
    text = pdf_pages(out)[0]
    assert text.count(RECEIPT.result_number) == 2  # once on each half
    assert text.count(RECEIPT.issued_by) == 4  # field and signature caption, on each half
    assert L.both(L.CUT_LINE) in text
    for note in (L.FOR_APPLICANT, L.STAYS_IN_OFFICE):
        assert note.kk in text and note.ru in text, note
    # Each part fits its half: the receipt above the cut, the stub below, nothing across.
    middle = A4[1] / 2
    shown = _shown_text(PdfReader(out).pages[0])
    title_y = [y for t, _x, y, _w in shown if L.ISSUE_RECEIPT_TITLE.kk in t]
    stub_y = [y for t, _x, y, _w in shown if L.ISSUE_STUB_TITLE.kk in t]
    assert len(title_y) == 1 and title_y[0] > middle
    assert len(stub_y) == 1 and stub_y[0] < middle
    numbers = sorted(y for t, _x, y, _w in shown if RECEIPT.result_number in t)
    assert numbers[0] < middle < numbers[1]
    near_cut = [t for t, _x, y, _w in shown if abs(y - middle) < 12 and L.CUT_LINE.kk not in t]
    assert near_cut == []
    assert text_off_the_page(out) == []


def test_a_refusal_can_be_issued_on_the_same_receipt(tmp_path: Path) -> None:
    text = pdf_pages(render_issue_receipt_pdf(REFUSAL_ISSUED, tmp_path / "r.pdf"))[0]
    assert "Дәлелді бас тарту" in text and "Мотивированный отказ" in text
    assert "1-12/346" in text
    assert "Уведомление о назначении" not in text
    assert REPRESENTATIVE not in text


def test_long_name_and_representative_still_fit_the_halves(tmp_path: Path) -> None:
    data = dataclasses.replace(
        RECEIPT,
        applicant_name=LONG_NAME,
        issued_to=f"{LONG_NAME.strip()}, {REPRESENTATIVE}",
    )
    assert fits_half_sheet(data)
    out = render_issue_receipt_pdf(data, tmp_path / "receipt.pdf")
    pages = pdf_pages(out)
    assert len(pages) == 1
    assert pages[0].count(_flat(LONG_NAME)) >= 2
    assert L.both(L.CUT_LINE) in pages[0]
    assert text_off_the_page(out) == []


def test_receipt_too_long_for_a_half_goes_on_whole_pages(tmp_path: Path) -> None:
    long_to = "; ".join(f"{REPRESENTATIVE} ({i})" for i in range(1, 16))
    data = dataclasses.replace(RECEIPT, applicant_name=LONG_NAME * 2, issued_to=long_to)
    assert not fits_half_sheet(data)
    out = render_issue_receipt_pdf(data, tmp_path / "receipt.pdf")
    pages = pdf_pages(out)
    assert len(pages) == 2
    # The receipt on the first page, the stub from a new page; no cut line splits anything.
    assert L.ISSUE_RECEIPT_TITLE.kk in pages[0] and L.ISSUE_STUB_TITLE.kk not in pages[0]
    assert L.ISSUE_STUB_TITLE.kk in pages[1]
    assert L.both(L.CUT_LINE) not in " ".join(pages)
    for n, page in enumerate(pages, start=1):
        assert _flat(long_to) in page
        assert L.page_of(n, 2) in page
    assert text_off_the_page(out) == []


def test_failed_render_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_build(self: object, *args: object, **kwargs: object) -> None:
        Path(self.filename).write_bytes(b"%PDF-1.4 half")  # type: ignore[attr-defined]
        raise OSError("disk full")

    monkeypatch.setattr("forms.issue_receipt.BaseDocTemplate.build", broken_build)
    with pytest.raises(OSError, match="disk full"):
        render_issue_receipt_pdf(RECEIPT, tmp_path / "receipt.pdf")
    assert list(tmp_path.iterdir()) == []

    previous = tmp_path / "old.pdf"
    previous.write_bytes(b"previous receipt")
    with pytest.raises(OSError, match="disk full"):
        render_issue_receipt_pdf(RECEIPT, previous)
    assert previous.read_bytes() == b"previous receipt"
    assert [p.name for p in tmp_path.iterdir()] == ["old.pdf"]


def test_failed_docx_render_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_save(self: object, path: str) -> None:
        Path(path).write_bytes(b"PK half")
        raise OSError("disk full")

    monkeypatch.setattr("docx.document.Document.save", broken_save)
    with pytest.raises(OSError, match="disk full"):
        render_issue_receipt_docx(RECEIPT, tmp_path / "receipt.docx")
    assert list(tmp_path.iterdir()) == []


def test_render_replaces_the_file_and_leaves_no_temp(tmp_path: Path) -> None:
    for name, render in (
        ("r.pdf", render_issue_receipt_pdf),
        ("r.docx", render_issue_receipt_docx),
    ):
        out = tmp_path / name
        out.write_bytes(b"previous")
        render(RECEIPT, out)
        assert out.read_bytes()[:2] in (b"%P", b"PK"), name
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.docx", "r.pdf"]


# --- DOCX ---------------------------------------------------------------------------------


def _page_breaks(path: Path) -> int:
    body = Document(str(path)).element.body
    return sum(1 for br in body.iter(qn("w:br")) if br.get(qn("w:type")) == "page")


def test_receipt_docx_carries_every_field_and_the_stub(tmp_path: Path) -> None:
    out = render_issue_receipt_docx(RECEIPT, tmp_path / "receipt.docx")
    text = docx_text(out)
    assert_receipt_content(text, RECEIPT)
    assert text.count(RECEIPT.result_number) == 2
    assert L.both(L.CUT_LINE) in text
    assert _page_breaks(out) == 0
    assert text.index(L.ISSUE_RECEIPT_TITLE.kk) < text.index(L.ISSUE_STUB_TITLE.kk)


def test_long_receipt_docx_puts_the_stub_on_its_own_page(tmp_path: Path) -> None:
    long_to = "; ".join(f"{REPRESENTATIVE} ({i})" for i in range(1, 16))
    data = dataclasses.replace(RECEIPT, applicant_name=LONG_NAME * 2, issued_to=long_to)
    out = render_issue_receipt_docx(data, tmp_path / "receipt.docx")
    text = docx_text(out)
    assert L.both(L.CUT_LINE) not in text
    assert _page_breaks(out) == 1
    assert text.count(_flat(long_to)) >= 2


def test_receipt_docx_uses_dejavu_for_cyrillic(tmp_path: Path) -> None:
    doc = Document(str(render_issue_receipt_docx(RECEIPT, tmp_path / "receipt.docx")))
    rfonts = doc.styles["Normal"].element.rPr.rFonts
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        assert rfonts.get(qn(f"w:{attr}")) == "DejaVu Sans", attr
