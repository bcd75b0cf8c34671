"""Every printed form keeps every Kazakh letter it prints (issue: languages).

Each form gets one probe field carrying all nine Kazakh-specific letters in both cases;
the text extracted back from the PDF (and DOCX / XLSX) must hold them intact, which fails
when a font without them is used or a renderer drops or decomposes them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from pypdf import PdfReader

from forms.act import render_act_docx, render_act_pdf
from forms.certificate import render_certificate_docx, render_certificate_pdf
from forms.cover_letter import render_cover_letter_docx, render_cover_letter_pdf
from forms.decision import render_decision_docx, render_decision_pdf
from forms.issue_receipt import render_issue_receipt_docx, render_issue_receipt_pdf
from forms.journal import render_journal_pdf, render_journal_xlsx
from forms.talon import render_talon_docx, render_talon_pdf
from tests.test_forms_act import ACT
from tests.test_forms_certificate import BELONGS, NOT_BELONGS
from tests.test_forms_cover_letter import _data as cover_letter
from tests.test_forms_decision import ASSIGNED, REFUSED
from tests.test_forms_issue_receipt import RECEIPT
from tests.test_forms_journal import journal
from tests.test_forms_talon import REFUSAL, TALON

PROBE = "Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі"
LETTERS = [ch for ch in PROBE if not ch.isspace()]


def _pdf_text(path: Path) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def _xlsx_text(path: Path) -> str:
    sheet = openpyxl.load_workbook(path).active
    return "\n".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row if c)


def _forms() -> list[tuple[str, object, Callable[[object, Path], Path], str]]:
    talon = dataclasses.replace(TALON, applicant_name=PROBE)
    refusal = dataclasses.replace(REFUSAL, applicant_name=PROBE)
    act = dataclasses.replace(ACT, applicant_name=PROBE)
    jr = journal(3)
    jr = dataclasses.replace(
        jr, rows=(dataclasses.replace(jr.rows[0], applicant_name=PROBE), *jr.rows[1:])
    )
    letter = cover_letter(3)
    letter = dataclasses.replace(
        letter, rows=(dataclasses.replace(letter.rows[0], applicant_name=PROBE), *letter.rows[1:])
    )
    assigned = dataclasses.replace(ASSIGNED, applicant_name=PROBE)
    refused = dataclasses.replace(REFUSED, applicant_name=PROBE)
    receipt = dataclasses.replace(RECEIPT, applicant_name=PROBE)
    belongs = dataclasses.replace(BELONGS, applicant_name=PROBE)
    not_belongs = dataclasses.replace(NOT_BELONGS, applicant_name=PROBE)
    forms = [
        ("talon.pdf", talon, render_talon_pdf, "pdf"),
        ("talon.docx", talon, render_talon_docx, "docx"),
        ("refusal.pdf", refusal, render_talon_pdf, "pdf"),
        ("refusal.docx", refusal, render_talon_docx, "docx"),
        ("act.pdf", act, render_act_pdf, "pdf"),
        ("act.docx", act, render_act_docx, "docx"),
        ("journal.pdf", jr, render_journal_pdf, "pdf"),
        ("journal.xlsx", jr, render_journal_xlsx, "xlsx"),
        ("cover-letter.pdf", letter, render_cover_letter_pdf, "pdf"),
        ("cover-letter.docx", letter, render_cover_letter_docx, "docx"),
        ("decision-assigned.pdf", assigned, render_decision_pdf, "pdf"),
        ("decision-assigned.docx", assigned, render_decision_docx, "docx"),
        ("decision-refused.pdf", refused, render_decision_pdf, "pdf"),
        ("decision-refused.docx", refused, render_decision_docx, "docx"),
        ("issue-receipt.pdf", receipt, render_issue_receipt_pdf, "pdf"),
        ("issue-receipt.docx", receipt, render_issue_receipt_docx, "docx"),
        ("certificate.pdf", belongs, render_certificate_pdf, "pdf"),
        ("certificate.docx", belongs, render_certificate_docx, "docx"),
        ("certificate-not.pdf", not_belongs, render_certificate_pdf, "pdf"),
        ("certificate-not.docx", not_belongs, render_certificate_docx, "docx"),
    ]
    return forms


@pytest.mark.parametrize(
    ("name", "data", "render", "kind"), _forms(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_every_kazakh_letter_survives(
    tmp_path: Path, name: str, data: object, render, kind: str
) -> None:  # type: ignore[no-untyped-def]
    out = render(data, tmp_path / name)
    text = {"pdf": _pdf_text, "docx": _docx_text, "xlsx": _xlsx_text}[kind](out)
    missing = [ch for ch in LETTERS if ch not in text]
    assert missing == [], f"{name} lost {missing}"
