"""The certificate of belonging to targeted-assistance recipients (анықтама / справка)."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from forms import labels as L
from forms.certificate import render_certificate_docx, render_certificate_pdf
from forms.data import CertificateData
from tests.test_forms_decision import LONG_ADDRESS, LONG_NAME, pdf_fonts, text_off_the_page
from tests.test_forms_talon import OFFICE, _flat, docx_text, pdf_pages

BELONGS = CertificateData(
    office=OFFICE,
    number="0051/2027",
    issued_on=date(2027, 1, 18),
    applicant_name="Әбдіғалиева Гүлнұр Серікқызы",
    applicant_iin="791028302728",
    applicant_address="Қосшы ауылы, Абай көшесі, 7, 12-пәтер",
    belongs=True,
    quarter=1,
    year=2027,
    period_from=date(2027, 1, 1),
    period_to=date(2027, 3, 31),
    basis="Шешім / Решение № 1-12/345, 20.01.2027",
    signer="Қосшы ауылдық округінің әкімі / Аким Косшынского сельского округа Ахметов Б. Қ.",
)
NOT_BELONGS = dataclasses.replace(BELONGS, belongs=False, basis=None)

QUARTERS = {
    1: (date(2027, 1, 1), date(2027, 3, 31)),
    2: (date(2027, 4, 1), date(2027, 6, 30)),
    3: (date(2027, 7, 1), date(2027, 9, 30)),
    4: (date(2027, 10, 1), date(2027, 12, 31)),
}


def values(data: CertificateData) -> list[str]:
    return [
        data.office.name.kk,
        data.office.name.ru,
        data.number,
        "18.01.2027",
        data.applicant_name,
        data.applicant_iin,
        data.applicant_address or "",
        f"{data.year} жылғы {data.quarter}-тоқсанда",
        f"за {data.quarter} квартал {data.year} года",
        L.fmt_period(data.period_from, data.period_to),
        data.signer,
        L.both(L.STAMP),
    ]


def assert_certificate(text: str, data: CertificateData) -> None:
    for value in values(data):
        assert _flat(value) in text, value
    for label in (L.CERTIFICATE_TITLE, L.CERTIFICATE_SUBTITLE, L.CERT_PURPOSE, L.ISSUED_ON):
        assert _flat(label.kk) in text and _flat(label.ru) in text, label
    assert L.both(L.CERTIFICATE_TITLE) == "АНЫҚТАМА / СПРАВКА"
    # The statement in Kazakh first, then in Russian.
    assert text.index("Осы анықтама") < text.index("Настоящая справка подтверждает")
    if data.belongs:
        assert "алушы болып табылатынын растайды" in text
        assert f"{data.applicant_iin}, адрес проживания" in text
        assert "является получателем адресной социальной помощи" in text
        assert "табылмайтынын" not in text and "не является" not in text
    else:
        assert "алушы болып табылмайтынын растайды" in text
        assert "не является получателем адресной социальной помощи" in text
        assert "табылатынын" not in text
    for word in ("Әбдіғалиева", "Гүлнұр", "Серікқызы", "Қосшы", "әкімінің", "Қ."):
        assert word in text, word


# --- PDF ----------------------------------------------------------------------------------


def test_certificate_of_a_recipient_carries_every_field(tmp_path: Path) -> None:
    out = render_certificate_pdf(BELONGS, tmp_path / "certificate.pdf")
    assert out == tmp_path / "certificate.pdf"
    pages = pdf_pages(out)
    assert len(pages) == 1
    text = pages[0]
    assert_certificate(text, BELONGS)
    assert f"{L.both(L.BASIS)}: {BELONGS.basis}" in text
    fonts = pdf_fonts(out)
    assert fonts and all("DejaVuSans" in f for f in fonts), fonts


def test_certificate_of_a_non_recipient_says_so_and_cites_no_basis(tmp_path: Path) -> None:
    # Even a basis handed over by mistake is not printed for a non-recipient.
    data = dataclasses.replace(NOT_BELONGS, basis="Шешім № 1")
    text = pdf_pages(render_certificate_pdf(data, tmp_path / "certificate.pdf"))[0]
    assert_certificate(text, data)
    assert L.BASIS.kk not in text and L.BASIS.ru not in text
    assert "Шешім № 1" not in text


def test_a_recipient_without_a_known_basis_gets_a_dash(tmp_path: Path) -> None:
    data = dataclasses.replace(BELONGS, basis=None)
    text = pdf_pages(render_certificate_pdf(data, tmp_path / "certificate.pdf"))[0]
    assert f"{L.both(L.BASIS)}: {L.NONE}" in text


def test_without_an_address_the_clause_is_left_out(tmp_path: Path) -> None:
    data = dataclasses.replace(BELONGS, applicant_address=None)
    text = pdf_pages(render_certificate_pdf(data, tmp_path / "certificate.pdf"))[0]
    assert "(ЖСН 791028302728)" in text and "(ИИН 791028302728)" in text
    assert "мекенжайы" not in text and "адрес проживания" not in text


@pytest.mark.parametrize("quarter", [1, 2, 3, 4])
def test_every_quarter_prints_its_number_and_days(tmp_path: Path, quarter: int) -> None:
    start, end = QUARTERS[quarter]
    data = dataclasses.replace(BELONGS, quarter=quarter, period_from=start, period_to=end)
    text = pdf_pages(render_certificate_pdf(data, tmp_path / "certificate.pdf"))[0]
    assert f"2027 жылғы {quarter}-тоқсанда ({L.fmt_period(start, end)})" in text
    assert f"за {quarter} квартал 2027 года ({L.fmt_period(start, end)})" in text


@pytest.mark.parametrize("quarter", [0, 5])
def test_a_quarter_that_does_not_exist_is_refused_before_writing(
    tmp_path: Path, quarter: int
) -> None:
    data = dataclasses.replace(BELONGS, quarter=quarter)
    for name, render in (("c.pdf", render_certificate_pdf), ("c.docx", render_certificate_docx)):
        with pytest.raises(ValueError, match="quarter"):
            render(data, tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_long_name_and_address_stay_on_one_page(tmp_path: Path) -> None:
    for data in (BELONGS, NOT_BELONGS):
        data = dataclasses.replace(data, applicant_name=LONG_NAME, applicant_address=LONG_ADDRESS)
        out = render_certificate_pdf(data, tmp_path / f"{data.belongs}.pdf")
        pages = pdf_pages(out)
        assert len(pages) == 1
        # Twice each: in the Kazakh and in the Russian statement.
        assert pages[0].count(_flat(LONG_NAME)) == 2
        assert pages[0].count(_flat(LONG_ADDRESS)) == 2
        assert data.signer in pages[0]
        assert text_off_the_page(out) == []


def test_failed_render_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_build(self: object, *args: object, **kwargs: object) -> None:
        Path(self.filename).write_bytes(b"%PDF-1.4 half")  # type: ignore[attr-defined]
        raise OSError("disk full")

    monkeypatch.setattr("forms.certificate.BaseDocTemplate.build", broken_build)
    with pytest.raises(OSError, match="disk full"):
        render_certificate_pdf(BELONGS, tmp_path / "certificate.pdf")
    assert list(tmp_path.iterdir()) == []

    previous = tmp_path / "old.pdf"
    previous.write_bytes(b"previous certificate")
    with pytest.raises(OSError, match="disk full"):
        render_certificate_pdf(BELONGS, previous)
    assert previous.read_bytes() == b"previous certificate"
    assert [p.name for p in tmp_path.iterdir()] == ["old.pdf"]


def test_failed_docx_render_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_save(self: object, path: str) -> None:
        Path(path).write_bytes(b"PK half")
        raise OSError("disk full")

    monkeypatch.setattr("docx.document.Document.save", broken_save)
    with pytest.raises(OSError, match="disk full"):
        render_certificate_docx(BELONGS, tmp_path / "certificate.docx")
    assert list(tmp_path.iterdir()) == []


def test_render_replaces_the_file_and_leaves_no_temp(tmp_path: Path) -> None:
    for name, render in (("c.pdf", render_certificate_pdf), ("c.docx", render_certificate_docx)):
        out = tmp_path / name
        out.write_bytes(b"previous")
        render(BELONGS, out)
        assert out.read_bytes()[:2] in (b"%P", b"PK"), name
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.docx", "c.pdf"]


# --- DOCX ---------------------------------------------------------------------------------


def test_docx_certificate_of_a_recipient(tmp_path: Path) -> None:
    text = docx_text(render_certificate_docx(BELONGS, tmp_path / "certificate.docx"))
    assert_certificate(text, BELONGS)
    assert f"{L.both(L.BASIS)}: {BELONGS.basis}" in text


def test_docx_certificate_of_a_non_recipient(tmp_path: Path) -> None:
    text = docx_text(render_certificate_docx(NOT_BELONGS, tmp_path / "certificate.docx"))
    assert_certificate(text, NOT_BELONGS)
    assert L.BASIS.kk not in text


def test_docx_prints_the_name_and_the_verdict_in_bold(tmp_path: Path) -> None:
    doc = Document(str(render_certificate_docx(NOT_BELONGS, tmp_path / "certificate.docx")))
    bold = {r.text for p in doc.paragraphs for r in p.runs if r.bold}
    assert NOT_BELONGS.applicant_name in bold
    assert L.CERT_NOT_BELONGS.kk in bold and L.CERT_NOT_BELONGS.ru in bold
    assert NOT_BELONGS.applicant_iin not in " ".join(bold)


def test_docx_uses_dejavu_for_cyrillic(tmp_path: Path) -> None:
    doc = Document(str(render_certificate_docx(BELONGS, tmp_path / "certificate.docx")))
    rfonts = doc.styles["Normal"].element.rPr.rFonts
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        assert rfonts.get(qn(f"w:{attr}")) == "DejaVu Sans", attr
