"""The talon with its stub and the refusal-to-accept receipt, as PDF and DOCX.

Every check reads the rendered file back (pypdf, python-docx): what matters is what a
clerk prints, not what the renderer meant to draw.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from forms import labels as L
from forms.data import Bilingual as B
from forms.data import OfficeHeader, TalonData
from forms.fonts import FONT_FILES, register_fonts
from forms.talon import render_talon_docx, render_talon_pdf

KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"

OFFICE = OfficeHeader(
    code="KOSSHY",
    name=B(
        "Қосшы ауылдық округі әкімінің аппараты",
        "Аппарат акима Косшынского сельского округа",
    ),
    address="Ақмола облысы, Целиноград ауданы, Қосшы ауылы, Қаһарман көшесі, 12",
    phone="+7 7162 31 12 45",
)

DOCUMENTS = (
    B("Өтініш", "Заявление"),
    B("Жеке басын куәландыратын құжат", "Документ, удостоверяющий личность"),
    B("Отбасы құрамы туралы анықтама", "Справка о составе семьи"),
    B("Отбасы мүшелерінің табыстары туралы мәліметтер", "Сведения о доходах членов семьи"),
    B(
        "Жұмыспен қамту орталығында тіркелгені туралы анықтама",
        "Справка о регистрации в центре занятости",
    ),
)

TALON = TalonData(
    office=OFFICE,
    number="0047/2027",
    registered_at=datetime(2026, 12, 15, 10, 42),
    service=B(
        "Мемлекеттік атаулы әлеуметтік көмек тағайындау",
        "Назначение государственной адресной социальной помощи",
    ),
    applicant_name="Әбдіғалиева Гүлнұр Серікқызы",
    applicant_iin="791028302728",
    applicant_phone="+7 701 555 12 34",
    representative="Һәкімов Ұлан Ғалымұлы, ЖСН 061211600012, сенімхат № 45, 02.12.2026",
    documents=DOCUMENTS,
    due_date=date(2027, 1, 15),
    place_of_issue=B(
        "Қосшы ауылдық округі әкімінің аппараты, 3-кабинет",
        "Аппарат акима Косшынского сельского округа, кабинет 3",
    ),
    acceptor="Нұрланова Ә. Қ.",
    complaint=B(
        "Шешімге немесе әрекетке (әрекетсіздікке) аудан әкіміне не аудандық жұмыспен қамту "
        "және әлеуметтік бағдарламалар бөліміне немесе сотқа шағымдануға болады.",
        "Решение, действие (бездействие) можно обжаловать акиму района, в районный отдел "
        "занятости и социальных программ или в суд.",
    ),
)

REFUSAL = dataclasses.replace(
    TALON,
    documents=DOCUMENTS[:2],
    missing=DOCUMENTS[2:],
    due_date=None,
)

# Labels every talon half carries, in both languages.
TALON_LABELS = (
    L.REG_NUMBER,
    L.REG_DATETIME,
    L.SERVICE,
    L.APPLICANT,
    L.IIN,
    L.PHONE,
    L.REPRESENTATIVE,
    L.DOCS_ACCEPTED,
    L.DUE_DATE,
    L.PLACE_OF_ISSUE,
    L.ACCEPTOR,
    L.COMPLAINT,
    L.TALON_TITLE,
    L.STUB_TITLE,
    L.TALON_RECEIVED,
    L.SIGNATURE,
)


def _flat(text: str) -> str:
    # A wrapped line comes back as a line break: compare words, not layout.
    return " ".join(text.split())


def pdf_pages(path: Path) -> list[str]:
    return [_flat(page.extract_text()) for page in PdfReader(path).pages]


def pdf_text(path: Path) -> str:
    return " ".join(pdf_pages(path))


def docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return _flat("\n".join(parts))


def assert_talon_content(text: str, data: TalonData) -> None:
    for label in TALON_LABELS:
        assert label.kk in text, label
        assert label.ru in text, label
    for value in (
        data.number,
        data.applicant_iin,
        data.applicant_name,
        data.applicant_phone,
        data.acceptor,
        data.representative,
        "15.01.2027",
        "15.12.2026 10:42",
        data.office.name.kk,
        data.office.name.ru,
        data.service.kk,
        data.service.ru,
        data.place_of_issue.kk,
        data.place_of_issue.ru,
    ):
        assert _flat(value) in text, value
    for doc in data.documents:
        assert _flat(doc.kk) in text, doc
        assert _flat(doc.ru) in text, doc
    assert f"({len(data.documents)})" in text  # the count next to the documents label


# --- PDF ----------------------------------------------------------------------------------


def test_fonts_register_once_and_cover_kazakh() -> None:
    assert all(path.is_file() for path in FONT_FILES.values())
    first = register_fonts()
    assert register_fonts() is first
    assert first.regular != first.bold
    for name in (first.regular, first.bold):
        face = pdfmetrics.getFont(name).face
        missing = [ch for ch in KAZAKH_LETTERS + "№✂–" if ord(ch) not in face.charToGlyph]
        assert missing == [], (name, missing)


def test_talon_pdf_carries_every_field_in_both_languages(tmp_path: Path) -> None:
    out = render_talon_pdf(TALON, tmp_path / "talon.pdf")
    assert out == tmp_path / "talon.pdf"
    text = pdf_text(out)
    assert_talon_content(text, TALON)
    # The applicant learns how to complain on the talon itself.
    assert _flat(TALON.complaint.kk) in text
    assert _flat(TALON.complaint.ru) in text


def test_talon_and_stub_share_one_sheet(tmp_path: Path) -> None:
    pages = pdf_pages(render_talon_pdf(TALON, tmp_path / "talon.pdf"))
    assert len(pages) == 1
    text = pages[0]
    assert text.count(TALON.number) == 2  # once on the talon, once on the stub
    assert L.both(L.STUB_TITLE) in text
    assert L.both(L.CUT_LINE) in text
    for note in (L.STAYS_IN_OFFICE, L.FOR_APPLICANT):
        assert note.kk in text and note.ru in text, note
    # The talon comes first: the applicant's half is the top one.
    assert text.index(L.TALON_TITLE.kk) < text.index(L.STUB_TITLE.kk)


def test_every_kazakh_letter_survives_pdf_extraction(tmp_path: Path) -> None:
    probe = B(f"Әріптер {KAZAKH_LETTERS}", f"Буквы {KAZAKH_LETTERS}")
    data = dataclasses.replace(TALON, documents=(*DOCUMENTS, probe))
    text = pdf_text(render_talon_pdf(data, tmp_path / "talon.pdf"))
    assert KAZAKH_LETTERS in text
    # And in the real words, not only in the probe line.
    for word in ("Әбдіғалиева", "Гүлнұр", "Һәкімов", "Ұлан", "Ғалымұлы", "Қаһарман", "әкімінің"):
        assert word in text, word
    assert "Мемлекеттік қызметті алатын күні" in text


def test_long_document_list_continues_on_next_page(tmp_path: Path) -> None:
    docs = tuple(
        B(f"{i:02d}-құжат: {d.kk}", f"документ {i:02d}: {d.ru}")
        for i, d in enumerate(DOCUMENTS * 5, start=1)
    )
    assert len(docs) == 25
    data = dataclasses.replace(TALON, documents=docs)
    pages = pdf_pages(render_talon_pdf(data, tmp_path / "talon.pdf"))
    assert len(pages) >= 2
    text = " ".join(pages)
    for doc in docs:
        # Twice each: on the talon and on the stub.
        assert text.count(_flat(doc.kk)) == 2, doc
        assert text.count(_flat(doc.ru)) == 2, doc
    assert "(25)" in text
    # The stub starts on a sheet of its own; nothing is split by a cut line.
    assert L.STUB_TITLE.kk not in pages[0]
    assert L.both(L.CUT_LINE) not in text
    assert L.page_of(1, len(pages)) in pages[0]


def test_refusal_receipt_lists_missing_documents_and_no_due_date(tmp_path: Path) -> None:
    pages = pdf_pages(render_talon_pdf(REFUSAL, tmp_path / "refusal.pdf"))
    assert len(pages) == 1
    text = pages[0]
    for label in (L.REFUSAL_TITLE, L.MISSING_DOCS, L.DOCS_PRESENTED, L.REFUSAL_STUB_TITLE):
        assert label.kk in text, label
        assert label.ru in text, label
    for doc in REFUSAL.missing + REFUSAL.documents:
        assert _flat(doc.kk) in text, doc
        assert _flat(doc.ru) in text, doc
    assert f"({len(REFUSAL.missing)})" in text
    assert L.DUE_DATE.kk not in text
    assert L.DUE_DATE.ru not in text
    assert L.DOCS_ACCEPTED.kk not in text
    assert "15.01.2027" not in text
    assert TALON.applicant_iin in text
    assert TALON.acceptor in text
    assert L.both(L.RECEIPT_RECEIVED) in text


def test_failed_render_leaves_the_previous_file_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "talon.pdf"
    out.write_bytes(b"previous talon")

    def broken_build(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("forms.talon.BaseDocTemplate.build", broken_build)
    with pytest.raises(OSError, match="disk full"):
        render_talon_pdf(TALON, out)
    assert out.read_bytes() == b"previous talon"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["talon.pdf"]


def test_successful_render_replaces_the_file_and_leaves_no_temp(tmp_path: Path) -> None:
    out = tmp_path / "talon.pdf"
    out.write_bytes(b"previous talon")
    render_talon_pdf(TALON, out)
    assert out.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["talon.pdf"]


def test_talon_pdf_renders_quickly(tmp_path: Path) -> None:
    register_fonts()
    render_talon_pdf(TALON, tmp_path / "warm.pdf")
    best = min(_timed(lambda: render_talon_pdf(TALON, tmp_path / "t.pdf")) for _ in range(5))
    # The target is well under 50 ms; the bound leaves room for a busy CI machine.
    assert best < 0.1, f"{best * 1000:.0f} ms"


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


# --- DOCX ---------------------------------------------------------------------------------


def test_talon_docx_carries_every_field_in_both_languages(tmp_path: Path) -> None:
    out = render_talon_docx(TALON, tmp_path / "talon.docx")
    text = docx_text(out)
    assert_talon_content(text, TALON)
    assert L.both(L.CUT_LINE) in text
    assert _flat(TALON.complaint.kk) in text


def test_every_kazakh_letter_survives_in_docx(tmp_path: Path) -> None:
    probe = B(f"Әріптер {KAZAKH_LETTERS}", f"Буквы {KAZAKH_LETTERS}")
    data = dataclasses.replace(TALON, documents=(probe,))
    text = docx_text(render_talon_docx(data, tmp_path / "talon.docx"))
    assert KAZAKH_LETTERS in text
    assert "Әбдіғалиева Гүлнұр Серікқызы" in text


def test_talon_docx_uses_dejavu_for_cyrillic(tmp_path: Path) -> None:
    doc = Document(str(render_talon_docx(TALON, tmp_path / "talon.docx")))
    rfonts = doc.styles["Normal"].element.rPr.rFonts
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        value = rfonts.get(
            f"{{http://schemas.openxmlformats.org/wordprocessingml/2006/main}}{attr}"
        )
        assert value == "DejaVu Sans", attr


def test_refusal_docx_lists_missing_documents_and_no_due_date(tmp_path: Path) -> None:
    text = docx_text(render_talon_docx(REFUSAL, tmp_path / "refusal.docx"))
    for label in (L.REFUSAL_TITLE, L.MISSING_DOCS, L.REFUSAL_STUB_TITLE):
        assert label.kk in text, label
        assert label.ru in text, label
    for doc in REFUSAL.missing:
        assert _flat(doc.kk) in text, doc
        assert _flat(doc.ru) in text, doc
    assert L.DUE_DATE.kk not in text
    assert L.DUE_DATE.ru not in text
    assert TALON.acceptor in text
    assert TALON.applicant_iin in text


def test_long_talon_docx_keeps_all_documents(tmp_path: Path) -> None:
    docs = tuple(B(f"{i}-құжат", f"документ {i}") for i in range(1, 26))
    data = dataclasses.replace(TALON, documents=docs)
    text = docx_text(render_talon_docx(data, tmp_path / "talon.docx"))
    for doc in docs:
        assert f"{doc.kk} / {doc.ru}" in text, doc


# --- labels -------------------------------------------------------------------------------


def test_labels_are_bilingual_and_kazakh_first() -> None:
    same_in_both = {L.TALON_TITLE, L.PHONE}
    labels = [v for v in vars(L).values() if isinstance(v, B)]
    assert len(labels) > 30
    for label in labels:
        assert label.kk.strip() and label.ru.strip(), label
        if label not in same_in_both:
            assert label.kk != label.ru, label
    assert L.both(L.IIN) == "ЖСН / ИИН"
    assert L.both(L.PHONE) == "Телефон"
    assert L.page_of(2, 7) == "Бет / Страница 2 / 7"
