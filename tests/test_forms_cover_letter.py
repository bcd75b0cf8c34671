"""The cover letter with its transfer list (PDF and DOCX), and the key fingerprint sheet.

Every check reads the rendered file back (pypdf, python-docx): what matters is what the akim
signs and what the district compares, not what the renderer meant to draw.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from pypdf import PdfReader

from forms import labels as L
from forms.cover_letter import (
    render_cover_letter_docx,
    render_cover_letter_pdf,
    render_fingerprint_sheet_pdf,
)
from forms.data import Bilingual as B
from forms.data import (
    CoverLetterData,
    FingerprintSheetData,
    OfficeHeader,
    Signatory,
    TransferDocument,
    TransferRow,
)

KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"
FINGERPRINT = "72D6 150F 3D87 188F 4309 8CA6 603B 33B6 AA19 C1DB CC0B F90C E73F 0001 298B 2B93"
KEY_FINGERPRINT = "5A5D CB66 0D9A 1A52 CDD3 7904 04F8 4EA3"

OFFICE = OfficeHeader(
    code="196435100",
    name=B(
        "Қосшы ауылдық округі әкімінің аппараты",
        "Аппарат акима Косшынского сельского округа",
    ),
    address="Ақмола облысы, Целиноград ауданы, Қосшы ауылы, Қаһарман көшесі, 12",
    phone="+7 7162 31 12 45",
)
DISTRICT = OfficeHeader(
    code="196400000",
    name=B(
        "Целиноград ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі",
        "Отдел занятости и социальных программ Целиноградского района",
    ),
)
ASP = B(
    "Мемлекеттік атаулы әлеуметтік көмек тағайындау",
    "Назначение государственной адресной социальной помощи",
)
FUEL = B(
    "Әлеуметтік сала мамандарына отын сатып алуға әлеуметтік көмек тағайындау",
    "Назначение социальной помощи специалистам социальной сферы на приобретение топлива",
)
# Every Kazakh letter appears in some applicant's name, upper and lower case.
NAMES = (
    "Әбдіғалиева Гүлнұр Серікқызы",
    "Һәкімов Ұлан Ғалымұлы",
    "Қаңтарбаев Өмірзақ Үсенұлы",
    "Іңкәрова Әйгерім Қайратқызы",
    "Ұзақбай Нұрсұлтан Өтегенұлы",
    "Ңұрғиса Һамит Ғабитұлы",  # Ң and lower-case һ (rare in names, but they must print)
    "Шаһмарданова Гүлжаһан",
)


def _row(i: int, service: B = ASP, act: bool = True, sheets: int | None = 2) -> TransferRow:
    docs = [
        TransferDocument(B("Өтініш", "Заявление"), 1),
        TransferDocument(
            B("Жеке басын куәландыратын құжат", "Документ, удостоверяющий личность"), sheets
        ),
    ]
    if act:
        docs.append(TransferDocument(L.ACT_AND_CONCLUSION, 3))
    return TransferRow(
        number=f"{i}/2026",
        registered_on=date(2026, 2, 3),
        applicant_name=NAMES[i % len(NAMES)],
        applicant_iin=f"7910283027{i % 100:02d}",
        service=service,
        documents=tuple(docs),
    )


def _data(n: int = 4, **kw: object) -> CoverLetterData:
    rows = tuple(_row(i, ASP if i % 2 else FUEL, act=bool(i % 2)) for i in range(1, n + 1))
    base = CoverLetterData(
        office=OFFICE,
        recipient=DISTRICT,
        packet_number="12/2026",
        packet_date=date(2026, 3, 2),
        rows=rows,
        signatory=Signatory(L.AKIM, "Ахметов Б.Қ."),
        executor="Сейітова Ә.Б.",
        printed_at=datetime(2026, 3, 2, 10, 15),
    )
    return dataclasses.replace(base, **kw)  # type: ignore[arg-type]


def _flat(text: str) -> str:
    return " ".join(text.split())


def pdf_pages(path: Path) -> list[str]:
    return [_flat(page.extract_text()) for page in PdfReader(path).pages]


def docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    for section in doc.sections:
        parts += [p.text for p in section.footer.paragraphs]
    return _flat("\n".join(parts))


# --- PDF ----------------------------------------------------------------------------------


def test_letter_and_list_carry_both_languages_and_every_case(tmp_path: Path) -> None:
    data = _data(5)
    pages = pdf_pages(render_cover_letter_pdf(data, tmp_path / "letter.pdf"))
    text = " ".join(pages)
    for label in (
        L.COVER_LETTER_TITLE,
        L.TRANSFER_LIST_TITLE,
        L.RECIPIENT,
        L.CASE_COUNT,
        L.DOCUMENT_COUNT,
        L.SHEET_COUNT,
        L.BUNDLE_FILE,
        L.BUNDLE_FINGERPRINT,
        L.HANDED_OVER,
        L.RECEIVED_BY,
    ):
        assert label.kk in text, label
        assert label.ru in text, label
    # Kazakh comes first: the Kazakh title is printed before the Russian one.
    assert text.index(L.COVER_LETTER_TITLE.kk) < text.index(L.COVER_LETTER_TITLE.ru)
    for value in (OFFICE.name.kk, OFFICE.name.ru, DISTRICT.name.kk, DISTRICT.name.ru, "12/2026"):
        assert _flat(value) in text, value
    list_text = " ".join(pages[1:])
    for row in data.rows:
        assert row.number in list_text and row.applicant_iin in list_text
        assert _flat(row.applicant_name) in list_text, row.applicant_name
    assert _flat(ASP.kk) in list_text and _flat(FUEL.ru) in list_text
    assert all(ch in text for ch in KAZAKH_LETTERS)
    # The signer and the specialist who prepared the packet.
    assert "Ахметов Б.Қ." in pages[0] and "Сейітова Ә.Б." in pages[0]


def test_totals_count_cases_documents_and_sheets(tmp_path: Path) -> None:
    data = _data(4)  # two cases with an act (1+2+3 sheets), two without (1+2)
    assert (data.document_count, data.sheet_count) == (10, 18)
    pages = pdf_pages(render_cover_letter_pdf(data, tmp_path / "letter.pdf"))
    assert f"{L.both(L.CASE_COUNT)} 4 " in pages[0]
    assert f"{L.both(L.DOCUMENT_COUNT)} 10 " in pages[0]
    assert f"{L.both(L.SHEET_COUNT)} 18 " in pages[0]
    listed = " ".join(pages[1:])
    assert f"{L.both(L.CASE_COUNT)}: 4 · {L.both(L.DOCUMENT_COUNT)}: 10" in listed
    assert f"{L.both(L.SHEET_COUNT)}: 18 " in listed


def test_before_export_it_says_not_exported(tmp_path: Path) -> None:
    pages = pdf_pages(render_cover_letter_pdf(_data(), tmp_path / "letter.pdf"))
    assert f"{L.NOT_EXPORTED.kk} / {L.NOT_EXPORTED.ru}" in pages[0]
    assert "экспортталмаған" in pages[0] and "ещё не выгружен" in pages[0]
    assert ".qbl" not in " ".join(pages).replace("(.qbl)", "")


def test_after_export_every_page_names_the_file_and_its_fingerprint(tmp_path: Path) -> None:
    data = _data(30, bundle_file="196435100-196400000-000017.qbl", bundle_fingerprint=FINGERPRINT)
    pages = pdf_pages(render_cover_letter_pdf(data, tmp_path / "letter.pdf"))
    assert len(pages) > 3
    assert "196435100-196400000-000017.qbl" in pages[0]
    assert FINGERPRINT in pages[0]  # two lines of eight groups read back as one line
    for page in pages:
        assert f"SHA-256: {FINGERPRINT}" in page  # the footer of every page
    assert "ещё не выгружен" not in " ".join(pages)


def test_letter_is_portrait_and_the_list_landscape_with_its_header_repeated(
    tmp_path: Path,
) -> None:
    out = render_cover_letter_pdf(_data(40), tmp_path / "letter.pdf")
    reader = PdfReader(out)
    boxes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    assert boxes[0][0] < boxes[0][1]
    assert len(boxes) > 3 and all(w > h for w, h in boxes[1:])
    texts = pdf_pages(out)
    n = len(texts)
    for i, page in enumerate(texts, start=1):
        assert f"{L.both(L.PAGE)} {i} / {n}" in page
    with_rows = [page for page in texts[1:] if "/2026 03.02.2026" in page]
    assert len(with_rows) > 2
    for page in with_rows:
        assert L.TL_DOCUMENTS.kk in page and L.TL_DOCUMENTS.ru in page  # repeated header
    # Every case is printed exactly once across the pages.
    listed = " ".join(texts[1:])
    for i in range(1, 41):
        assert listed.count(f" {i}/2026 ") == 1, i


def test_uncounted_sheets_are_marked_not_guessed(tmp_path: Path) -> None:
    rows = (_row(1, sheets=None), _row(2))
    data = _data(rows=rows)
    assert data.uncounted == 1 and data.sheet_count == 1 + 3 + 1 + 2 + 3
    text = " ".join(pdf_pages(render_cover_letter_pdf(data, tmp_path / "letter.pdf")))
    assert f"— {L.SHEETS_UNKNOWN}" in text
    assert L.UNCOUNTED_NOTE.kk in text and L.UNCOUNTED_NOTE.ru in text
    assert f"{data.sheet_count}*" in text


def test_an_empty_document_list_still_prints(tmp_path: Path) -> None:
    row = dataclasses.replace(_row(1), documents=())
    text = " ".join(pdf_pages(render_cover_letter_pdf(_data(rows=(row,)), tmp_path / "x.pdf")))
    assert "1/2026" in text and L.NONE in text


def test_failed_render_leaves_the_previous_file_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "letter.pdf"
    render_cover_letter_pdf(_data(), out)
    before = out.read_bytes()

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr("forms.cover_letter.BaseDocTemplate.build", boom)
    with pytest.raises(RuntimeError):
        render_cover_letter_pdf(_data(bundle_fingerprint=FINGERPRINT), out)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letter.pdf"]


# --- DOCX ---------------------------------------------------------------------------------


def test_docx_carries_the_same_content(tmp_path: Path) -> None:
    data = _data(6, bundle_file="196435100-196400000-000017.qbl", bundle_fingerprint=FINGERPRINT)
    out = render_cover_letter_docx(data, tmp_path / "letter.docx")
    text = docx_text(out)
    for label in (L.COVER_LETTER_TITLE, L.TRANSFER_LIST_TITLE, L.BUNDLE_FINGERPRINT):
        assert label.kk in text and label.ru in text
    for row in data.rows:
        assert row.number in text and _flat(row.applicant_name) in text
    assert FINGERPRINT in text and "196435100-196400000-000017.qbl" in text
    assert all(ch in text for ch in KAZAKH_LETTERS)
    doc = Document(str(out))
    assert doc.sections[0].orientation == WD_ORIENT.PORTRAIT
    assert doc.sections[1].orientation == WD_ORIENT.LANDSCAPE
    # The list's header row repeats on every page Word lays out.
    listing = next(t for t in doc.tables if len(t.rows) == len(data.rows) + 2)
    assert "w:tblHeader" in listing.rows[0]._tr.xml
    assert "w:tblHeader" not in listing.rows[1]._tr.xml


def test_docx_before_export_says_not_exported(tmp_path: Path) -> None:
    text = docx_text(render_cover_letter_docx(_data(), tmp_path / "letter.docx"))
    assert "экспортталмаған" in text and "ещё не выгружен" in text


# --- the fingerprint sheet ------------------------------------------------------------------


def test_fingerprint_sheet_is_one_page_big_and_bilingual(tmp_path: Path) -> None:
    data = FingerprintSheetData(
        office=OFFICE,
        role="akimat",
        fingerprint=KEY_FINGERPRINT,
        created=datetime(2026, 2, 1, 9, 0),
        signatory=Signatory(L.AKIM, "Ахметов Б.Қ."),
        printed_at=datetime(2026, 2, 1, 9, 5),
    )
    out = render_fingerprint_sheet_pdf(data, tmp_path / "sheet.pdf")
    pages = pdf_pages(out)
    assert len(pages) == 1
    text = pages[0]
    for label in (L.KEY_SHEET_TITLE, L.FINGERPRINT, L.ROLE_AKIMAT, L.KEY_SHEET_WARNING):
        assert _flat(label.kk) in text and _flat(label.ru) in text, label
    assert KEY_FINGERPRINT in text  # the whole fingerprint on one line
    for n, group in enumerate(KEY_FINGERPRINT.split(), start=1):
        assert f"{n} {L.GROUP.kk}" in text and group in text
    assert "196435100" in text and "01.02.2026" in text and "Ахметов Б.Қ." in text
    assert all(ch in text for ch in "ӘҚІәқңүі")
    # The groups are printed big: the largest font on the page is the fingerprint's.
    sizes: list[tuple[float, str]] = []

    def visit(text_: str, _cm: object, tm: list[float], _fd: object, size: float) -> None:
        if text_.strip():
            sizes.append((abs(tm[0]) * size, text_.strip()))

    PdfReader(out).pages[0].extract_text(visitor_text=visit)
    biggest = max(sizes)
    assert biggest[1] in KEY_FINGERPRINT.split() and biggest[0] >= 24


def test_fingerprint_sheet_for_a_district_without_signer(tmp_path: Path) -> None:
    data = FingerprintSheetData(office=DISTRICT, role="district", fingerprint=KEY_FINGERPRINT)
    text = pdf_pages(render_fingerprint_sheet_pdf(data, tmp_path / "sheet.pdf"))[0]
    assert L.ROLE_DISTRICT.kk in text and L.ROLE_DISTRICT.ru in text
    assert L.HEAD_OF_OFFICE.kk in text and L.NONE in text  # no key date known
