"""Intake through the `qabyldau` command: intake → talon → register → journal."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from pypdf import PdfReader

from tests.test_cli import OFFICE, ok, user_error

DOCS = [
    "--doc",
    "application",
    "--doc",
    "identity_document",
    "--doc",
    "Сведения о составе семьи",  # by name, as a clerk types it
    "--doc",
    "income",
    "--doc",
    "household_plot",
    "--doc",
    "residence",
]
PERSON = [
    "--iin",
    "791028302728",
    "--surname",
    "Әбдіғалиев",
    "--name",
    "Ерлан",
    "--patronymic",
    "Серікұлы",
]


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_intake_talon_register_journal(tmp_path: Path) -> None:
    ok(tmp_path, *OFFICE)
    r = ok(
        tmp_path,
        "intake",
        "--service",
        "asp",
        *PERSON,
        "--phone",
        "+7 701 555 12 34",
        *DOCS,
        "--registered",
        "2026-12-10T10:00",
        "--json",
    )
    data = json.loads(r.stdout)
    assert data["number"] == "1/2026" and data["due_date"] == "2027-01-15"

    pdf, docx = tmp_path / "talon.pdf", tmp_path / "talon.docx"
    ok(tmp_path, "talon", "1/2026", "--out", str(pdf), "--docx", str(docx))
    text = _pdf_text(pdf)
    for needle in (
        "ТАЛОН",
        "ТҮБІРТЕК",
        "КОРЕШОК",
        "1/2026",
        "791028302728",
        "15.01.2027",
        "Әбдіғалиев",
    ):
        assert needle in text, needle
    assert "Сейітова Ә." in text  # the acceptor's surname and initials
    assert docx.stat().st_size > 5000

    rows = json.loads(ok(tmp_path, "register", "--search", "абдигал", "--json").stdout)
    assert rows["total"] == 1 and rows["rows"][0]["number"] == "1/2026"

    xlsx = tmp_path / "journal.xlsx"
    ok(tmp_path, "journal", "--from", "01.12.2026", "--to", "31.12.2026", "--out", str(xlsx))
    sheet = openpyxl.load_workbook(xlsx).active
    values = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert "1/2026" in values and "791028302728" in values
    jpdf = tmp_path / "journal.pdf"
    ok(tmp_path, "journal", "--from", "2026-12-01", "--to", "2026-12-31", "--out", str(jpdf))
    assert "Журнал регистрации" in _pdf_text(jpdf)


def test_intake_errors_write_nothing(tmp_path: Path) -> None:
    ok(tmp_path, *OFFICE)
    bad_iin = [a if a != "791028302728" else "791028302729" for a in PERSON]
    assert "Контрольная цифра" in user_error(
        tmp_path, "intake", "--service", "asp", *bad_iin, *DOCS
    )
    assert "Нет такой услуги" in user_error(tmp_path, "intake", "--service", "aps", *PERSON, *DOCS)
    assert "бақылау цифры" in user_error(
        tmp_path, "intake", "--service", "asp", *bad_iin, *DOCS, lang="kk"
    )
    assert json.loads(ok(tmp_path, "register", "--json").stdout)["total"] == 0
    assert "не найдено" in user_error(tmp_path, "talon", "7", "--out", str(tmp_path / "x.pdf"))
    assert not (tmp_path / "x.pdf").exists()


def test_refusal_receipt_and_duplicate(tmp_path: Path) -> None:
    ok(tmp_path, *OFFICE)
    r = ok(
        tmp_path,
        "intake",
        "--service",
        "asp",
        *PERSON,
        "--doc",
        "application",
        "--missing",
        "income",
    )
    assert "отказ в приеме" in r.stdout
    pdf = tmp_path / "receipt.pdf"
    ok(tmp_path, "talon", "1", "--out", str(pdf))
    text = _pdf_text(pdf)
    assert "Расписка об отказе в приеме документов" in text
    assert "Сведения о полученных доходах" in text
    ok(tmp_path, "intake", "--service", "asp", *PERSON, *DOCS)
    assert "уже есть открытое заявление" in user_error(
        tmp_path, "intake", "--service", "asp", *PERSON, *DOCS
    )
    ok(tmp_path, "intake", "--service", "asp", *PERSON, *DOCS, "--allow-duplicate")
