"""The registration journal as PDF (printed, signed) and XLSX (counted, filtered)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from forms import labels as L
from forms.data import Bilingual as B
from forms.data import JournalData, JournalRow, OfficeHeader
from forms.journal import XLSX_HEADER_ROW, render_journal_pdf, render_journal_xlsx

OFFICE = OfficeHeader(
    code="KOSSHY",
    name=B(
        "Қосшы ауылдық округі әкімінің аппараты",
        "Аппарат акима Косшынского сельского округа",
    ),
)
SERVICES = (
    B(
        "Мемлекеттік атаулы әлеуметтік көмек тағайындау",
        "Назначение государственной адресной социальной помощи",
    ),
    B(
        "Он сегіз жасқа дейінгі балаларға мемлекеттік жәрдемақы тағайындау",
        "Назначение государственного пособия на детей до восемнадцати лет",
    ),
)
STATUSES = (
    B("Тіркелді", "Зарегистрировано"),
    B("Комиссияда", "На комиссии"),
    B("Берілді", "Выдано"),
    B("Мерзімі өтті", "Просрочено"),
)
NAMES = (
    "Әбдіғалиева Гүлнұр Серікқызы",
    "Һәкімов Ұлан Ғалымұлы",
    "Қасымов Нұрлан Өмірұлы",
    "Иванова Ольга Петровна",
)
PRINTED_AT = datetime(2027, 4, 1, 9, 15)


def journal(n: int) -> JournalData:
    start = datetime(2027, 1, 4, 9, 0)
    rows = tuple(
        JournalRow(
            number=f"{i:04d}/2027",
            registered_at=start + timedelta(minutes=41 * i),
            applicant_name=NAMES[i % len(NAMES)],
            applicant_iin="791028302728" if i % 2 else "061211600012",
            service=SERVICES[i % len(SERVICES)],
            status=STATUSES[i % len(STATUSES)],
            due_date=date(2027, 2, 3) + timedelta(days=i // 20),
            outgoing=f"04-12/{i}" if i % 3 == 0 else None,
            issued=f"04.02.2027, {NAMES[i % len(NAMES)].split()[0]}" if i % 4 == 2 else None,
        )
        for i in range(1, n + 1)
    )
    return JournalData(
        office=OFFICE,
        date_from=date(2027, 1, 1),
        date_to=date(2027, 3, 31),
        rows=rows,
        printed_at=PRINTED_AT,
    )


def _flat(text: str) -> str:
    return " ".join(text.split())


def pdf_pages(path: Path) -> list[str]:
    return [_flat(page.extract_text()) for page in PdfReader(path).pages]


def assert_column_header(text: str) -> None:
    for column in L.JOURNAL_COLUMNS:
        for word in (column.kk, column.ru):
            # Header cells are narrow: compare word by word, they may wrap anywhere.
            for part in word.split():
                assert part in text, (column, part)
    assert "Тіркелген күні" in text and "Дата регистрации" in text
    assert "Қолы" in text and "Подпись" in text


# --- PDF ----------------------------------------------------------------------------------


def test_journal_pdf_has_every_row_and_the_header_on_every_page(tmp_path: Path) -> None:
    data = journal(300)
    pages = pdf_pages(render_journal_pdf(data, tmp_path / "journal.pdf"))
    assert len(pages) > 2
    text = " ".join(pages)
    for row in data.rows:
        assert row.number in text, row.number
    # The repeated header: page 2 and the last page have it too, not only page 1.
    assert "Тіркеу № Рег. №" in pages[1]
    for page in pages:
        assert_column_header(page)
    for n, page in enumerate(pages, start=1):
        assert L.page_of(n, len(pages)) in page
        assert "01.04.2027 09:15" in page  # printed-at, on every sheet


def test_journal_pdf_first_page_names_office_period_and_title(tmp_path: Path) -> None:
    first = pdf_pages(render_journal_pdf(journal(5), tmp_path / "journal.pdf"))[0]
    for text in (
        OFFICE.name.kk,
        OFFICE.name.ru,
        L.both(L.JOURNAL_TITLE),
        "01.01.2027 – 31.03.2027",
        L.both(L.PRINTED_AT),
        "Әбдіғалиева Гүлнұр Серікқызы",
        "Һәкімов Ұлан Ғалымұлы",
        "791028302728",
        "061211600012",
        "Мерзімі өтті",
        "Просрочено",
        "04-12/3",
    ):
        assert text in first, text
    assert f"{L.both(L.ROW_COUNT)}: 5" in first


def test_journal_pdf_prints_row_dates_as_written_in_kazakhstan(tmp_path: Path) -> None:
    data = journal(3)
    text = " ".join(pdf_pages(render_journal_pdf(data, tmp_path / "journal.pdf")))
    row = data.rows[0]
    assert row.registered_at.strftime("%d.%m.%Y %H:%M") in text
    assert "03.02.2027" in text


def test_empty_journal_still_renders(tmp_path: Path) -> None:
    data = journal(0)
    pages = pdf_pages(render_journal_pdf(data, tmp_path / "journal.pdf"))
    assert len(pages) == 1
    assert_column_header(pages[0])
    assert f"{L.both(L.ROW_COUNT)}: 0" in pages[0]
    ws = load_workbook(render_journal_xlsx(data, tmp_path / "journal.xlsx")).active
    assert ws.max_row == XLSX_HEADER_ROW


# --- XLSX ---------------------------------------------------------------------------------


def test_journal_xlsx_has_bilingual_header_real_dates_and_every_row(tmp_path: Path) -> None:
    data = journal(300)
    wb = load_workbook(render_journal_xlsx(data, tmp_path / "journal.xlsx"))
    ws = wb.active
    header = [c.value for c in ws[XLSX_HEADER_ROW]]
    assert header == [f"{c.kk}\n{c.ru}" if c.kk != c.ru else c.kk for c in L.JOURNAL_COLUMNS]
    assert header[-1] == "Қолы\nПодпись"
    assert ws.max_row - XLSX_HEADER_ROW == 300
    first = XLSX_HEADER_ROW + 1
    assert ws.cell(first, 1).value == "0001/2027"
    registered = ws.cell(first, 2).value
    assert isinstance(registered, datetime)
    assert registered == data.rows[0].registered_at
    assert ws.cell(first, 2).number_format == "DD.MM.YYYY HH:MM"
    due = ws.cell(first, 7).value
    assert isinstance(due, datetime)  # Excel has no date-only type
    assert due.date() == data.rows[0].due_date
    # An ИИН is text: a leading zero must survive.
    assert ws.cell(XLSX_HEADER_ROW + 2, 4).value == "061211600012"
    assert ws.cell(ws.max_row, 1).value == "0300/2027"
    assert ws.cell(first, 10).value is None  # signed by hand
    assert ws.freeze_panes == f"A{first}"
    assert ws.auto_filter.ref == f"A{XLSX_HEADER_ROW}:J{ws.max_row}"
    assert OFFICE.name.kk in ws["A2"].value
    assert L.JOURNAL_TITLE.kk in ws["A1"].value
    assert ws.column_dimensions["E"].width > ws.column_dimensions["A"].width


def test_xlsx_render_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "journal.xlsx"
    out.write_bytes(b"previous export")

    def broken_save(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("forms.journal.Workbook.save", broken_save)
    with pytest.raises(OSError, match="disk full"):
        render_journal_xlsx(journal(3), out)
    assert out.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["journal.xlsx"]


@pytest.mark.slow
def test_ten_thousand_rows(tmp_path: Path) -> None:
    data = journal(10_000)
    pdf = render_journal_pdf(data, tmp_path / "journal.pdf")
    reader = PdfReader(pdf)
    total = len(reader.pages)
    assert total > 300
    last = _flat(reader.pages[-1].extract_text())
    assert "10000/2027" in last
    assert L.page_of(total, total) in last
    assert_column_header(last)
    ws = load_workbook(render_journal_xlsx(data, tmp_path / "journal.xlsx"), read_only=True).active
    assert ws.max_row - XLSX_HEADER_ROW == 10_000
