"""Quarterly re-confirmation of targeted assistance (app.reminders): quarters and their edges,
which families are listed, the bilingual letters and list as PDF (read back with pypdf) and
DOCX, and `qabyldau reminders`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from app.context import AppContext
from app.errors import UserError
from app.iin import make_iin
from app.intake import ApplicantInput, IntakeRequest, register
from app.office import init_office
from app.reminders import Quarter, current_quarter, reminders, write_letters, write_list
from db.models import Decision
from tests.test_cli import run

KAZAKH_LETTERS = "әғқңөұүһі"
Q3, Q4, Q1_27 = Quarter(2026, 3), Quarter(2026, 4), Quarter(2027, 1)


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    with AppContext(home) as c:
        init_office(
            c,
            role="akimat",
            code="196435100",
            name_kk="Қосшы ауылдық округі әкімінің аппараты",
            name_ru="Аппарат акима Косшынского сельского округа",
            staff_surname="Сейітова",
            staff_name="Әсел",
            staff_login="specialist",
        )
        with c.session() as s:
            office = c.self_office(s)
            office.address = "Қосшы а., Абай к., 1"
            office.phone = "+7 7172 55 12 34"
        yield c


_serial = iter(range(200, 10_000))


def _family(
    ctx: AppContext,
    surname: str,
    *,
    service: str = "asp",
    name: str = "Гүлнұр",
    address: str | None = None,
    iin: str | None = None,
) -> tuple[int, str]:
    """Register an application; (its id, the applicant's ИИН)."""
    iin = iin or make_iin(date(1980, 5, 5), "F", serial=next(_serial))
    svc = ctx.catalogue.get(service)
    result = register(
        ctx,
        IntakeRequest(
            service_code=service,
            applicant=ApplicantInput(
                iin=iin,
                surname=surname,
                name=name,
                address=address,
                phone="+7 701 555 12 34",
            ),
            documents=[d.name.ru for d in svc.documents if d.required],
            registered_at=datetime(2026, 1, 12, 10, 0),
            allow_duplicate=True,
        ),
    )
    return result.application_id, iin


def _decide(
    ctx: AppContext,
    application_id: int,
    decided_on: date,
    outcome: str = "assigned",
    period: tuple[date | None, date | None] = (None, None),
    number: str | None = None,
) -> None:
    with ctx.session() as s:
        s.add(
            Decision(
                application_id=application_id,
                outcome=outcome,
                number=number or f"АСП-{application_id}",
                decided_on=decided_on,
                period_from=period[0],
                period_to=period[1],
            )
        )


def _names(ctx: AppContext, quarter: Quarter) -> list[str]:
    return [r.applicant_name.split()[0] for r in reminders(ctx, quarter)]


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


# --- quarters ---------------------------------------------------------------------------------


def test_quarters_parse_and_have_edges() -> None:
    assert Quarter.parse("2026-Q4") == Q4
    assert Quarter.parse(" 2026q4 ") == Q4
    assert str(Quarter(2027, 1)) == "2027-Q1"
    assert (Q4.first_day, Q4.last_day) == (date(2026, 10, 1), date(2026, 12, 31))
    assert (Quarter(2028, 1).first_day, Quarter(2028, 1).last_day) == (
        date(2028, 1, 1),
        date(2028, 3, 31),
    )
    assert Quarter(2026, 2).last_day == date(2026, 6, 30)
    assert Q4.next() == Q1_27 and Q1_27.previous() == Q4
    assert Quarter.of(date(2026, 9, 30)) == Q3 and Quarter.of(date(2026, 10, 1)) == Q4
    assert current_quarter(date(2026, 3, 31)) == Quarter(2026, 1)
    assert Q4.label().kk == "2026 жылғы 4-тоқсан" and Q4.label().ru == "4 квартал 2026 года"
    for bad in ("2026-Q5", "2026-Q0", "Q4", "26-Q4", "", "2026-4"):
        with pytest.raises(UserError) as err:
            Quarter.parse(bad)
        assert err.value.code == "bad-quarter"


# --- who is listed ------------------------------------------------------------------------------


def test_who_re_confirms_in_which_quarter(ctx: AppContext) -> None:
    # With a period: listed in the quarters after the one of the decision that it reaches.
    a, _ = _family(ctx, "Абаева")
    _decide(ctx, a, date(2026, 7, 20), period=(date(2026, 7, 1), date(2026, 12, 31)))
    # No period, decided on the last day of Q3: every following quarter.
    b, _ = _family(ctx, "Бекова")
    _decide(ctx, b, date(2026, 9, 30))
    # No period, decided on the first day of Q4: not in Q4 itself.
    c, _ = _family(ctx, "Сейітова")
    _decide(ctx, c, date(2026, 10, 1))
    # A period reaching Q4 by its first day only still reaches it.
    e, _ = _family(ctx, "Ерланова")
    _decide(ctx, e, date(2026, 5, 10), period=(date(2026, 5, 1), date(2026, 10, 1)))
    # A period ending with Q3 does not.
    f, _ = _family(ctx, "Жұмабаева")
    _decide(ctx, f, date(2026, 4, 10), period=(date(2026, 4, 1), date(2026, 9, 30)))
    # A refusal, and another service's assignment: never.
    d, _ = _family(ctx, "Дәулетова")
    _decide(ctx, d, date(2026, 7, 1), outcome="refused")
    g, _ = _family(ctx, "Ғабитова", service="fuel-aid")
    _decide(ctx, g, date(2026, 7, 1))

    assert _names(ctx, Q3) == ["Ерланова", "Жұмабаева"]
    assert _names(ctx, Q4) == ["Абаева", "Бекова", "Ерланова"]
    assert _names(ctx, Q1_27) == ["Бекова", "Сейітова"]
    r = next(r for r in reminders(ctx, Q4) if r.applicant_name.startswith("Бекова"))
    assert (r.period_from, r.period_to, r.assigned_in) == (date(2026, 9, 30), None, Q3)


def test_the_latest_decision_of_a_family_counts(ctx: AppContext) -> None:
    # Assigned in Q2 without a period, then refused in Q3: not reminded in Q4.
    first, iin = _family(ctx, "Әлиева")
    _decide(ctx, first, date(2026, 5, 5))
    second, _ = _family(ctx, "Әлиева", iin=iin)
    _decide(ctx, second, date(2026, 8, 15), outcome="refused")
    # Assigned in Q2, assigned again in Q4: not in Q4 (just confirmed), then by the new one.
    third, iin2 = _family(ctx, "Ясинова")
    _decide(ctx, third, date(2026, 5, 5), number="АСП-1")
    fourth, _ = _family(ctx, "Ясинова", iin=iin2)
    _decide(ctx, fourth, date(2026, 11, 5), number="АСП-2")

    assert _names(ctx, Q3) == ["Ясинова"]  # the refusal came during Q3: it counts for Q3
    assert _names(ctx, Q4) == []
    listed = reminders(ctx, Q1_27)
    assert [(r.applicant_name.split()[0], r.decision_number) for r in listed] == [
        ("Ясинова", "АСП-2")
    ]


def test_families_are_in_kazakh_alphabetical_order(ctx: AppContext) -> None:
    for surname in ("Ясинова", "Әлиева", "Ақанова", "Абаева", "Үсенова", "Ұлықбекова"):
        app_id, _ = _family(ctx, surname)
        _decide(ctx, app_id, date(2026, 8, 1))
    assert _names(ctx, Q4) == ["Абаева", "Ақанова", "Әлиева", "Ұлықбекова", "Үсенова", "Ясинова"]


# --- the letters and the list -----------------------------------------------------------------


def _two_families(ctx: AppContext) -> None:
    a, _ = _family(
        ctx,
        "Һәкімов",
        name="Ұлан Өтегенұлы",
        address="Қосшы а., Ғабит Мүсірепов к., 12",
    )
    _decide(ctx, a, date(2026, 7, 20), period=(date(2026, 7, 1), date(2026, 12, 31)), number="154")
    b, _ = _family(ctx, "Ахметова", name="Айгүл", address="Қосшы а., Абай к., 5")
    _decide(ctx, b, date(2026, 8, 3), number="171")


def test_letters_pdf_one_page_per_family_in_both_languages(ctx: AppContext, tmp_path: Path) -> None:
    _two_families(ctx)
    out = write_letters(ctx, Q4, tmp_path / "letters.pdf", staff_login="specialist")
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    first, second = (page.extract_text() for page in reader.pages)
    # Kazakh alphabetical order: А before Һ.
    assert "Ахметова Айгүл" in first and "Һәкімов Ұлан Өтегенұлы" in second
    text = _pdf_text(out)
    for expected in (
        "ЕСКЕ САЛУ ХАТЫ",
        "ПИСЬМО-НАПОМИНАНИЕ",
        "Қосшы ауылдық округі әкімінің аппараты",
        "Аппарат акима Косшынского сельского округа",
        "2026 жылғы 4-тоқсанда",
        "в 4 квартале 2026 года",
        "01.10.2026 – 31.12.2026",
        "№ 154 от 20.07.2026",
        "20.07.2026 № 154",
        "01.07.2026 – 31.12.2026",
        "с 03.08.2026",  # no period end: from the decision's date
        "Сейітова Ә.",
    ):
        assert expected in text, expected
    # Kazakh first: the Kazakh greeting comes before the Russian one on each letter.
    assert second.index("Құрметті") < second.index("Уважаемый")
    for letter in KAZAKH_LETTERS:
        assert letter in text.lower(), letter
    assert reader.metadata.title.startswith("ЕСКЕ САЛУ ХАТЫ / ПИСЬМО-НАПОМИНАНИЕ")


def test_letters_and_list_as_docx(ctx: AppContext, tmp_path: Path) -> None:
    _two_families(ctx)
    write_letters(ctx, Q4, tmp_path / "letters.pdf", tmp_path / "letters.docx")
    doc = Document(str(tmp_path / "letters.docx"))
    body = "\n".join(p.text for p in doc.paragraphs)
    cells = "\n".join(c.text for t in doc.tables for row in t.rows for c in row.cells)
    assert "ПИСЬМО-НАПОМИНАНИЕ" in body and "Құрметті Һәкімов Ұлан Өтегенұлы!" in body
    assert "Ахметова Айгүл" in cells and "№ 171 от 03.08.2026" in cells
    for letter in KAZAKH_LETTERS:
        assert letter in (body + cells).lower(), letter

    write_list(ctx, Q4, tmp_path / "list.pdf", tmp_path / "list.docx")
    table = Document(str(tmp_path / "list.docx")).tables[0]
    assert len(table.rows) == 3  # header and two families
    assert table.rows[1].cells[1].text.startswith("Ахметова Айгүл")
    assert table.rows[2].cells[2].text == reminders(ctx, Q4)[1].applicant_iin
    text = _pdf_text(tmp_path / "list.pdf")
    assert "АТАУЛЫ ӘЛЕУМЕТТІК КӨМЕКТІ РАСТАУҒА ТИІСТІ ОТБАСЫЛАР ТІЗІМІ" in text
    assert "Һәкімов Ұлан Өтегенұлы" in text and "Хат табыс етілді" in text


def test_no_families_no_letters_and_nothing_half_written(ctx: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "letters.pdf"
    with pytest.raises(UserError) as err:
        write_letters(ctx, Q4, out)
    assert err.value.code == "no-reminders" and "4 квартал 2026 года" in err.value.ru
    assert not out.exists()

    _two_families(ctx)
    with pytest.raises(UserError) as err:
        write_letters(ctx, Q4, tmp_path / "no-such-folder" / "letters.pdf")
    assert err.value.code == "cannot-write"
    # An earlier letters file stays whole when the new one fails half-way.
    write_letters(ctx, Q4, out)
    before = out.read_bytes()
    with pytest.raises(UserError):
        write_letters(ctx, Q4, out, tmp_path / "no-such-folder" / "letters.docx")
    assert out.read_bytes()[:5] == b"%PDF-" and len(out.read_bytes()) == len(before)
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


# --- the command ----------------------------------------------------------------------------


def test_cli_reminders(ctx: AppContext, home: Path, tmp_path: Path) -> None:
    _two_families(ctx)
    r = run(home, "reminders", "--quarter", "2026-Q4", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert (data["quarter"], data["from"], data["to"]) == ("2026-Q4", "2026-10-01", "2026-12-31")
    assert [f["applicant"] for f in data["families"]] == [
        "Ахметова Айгүл",
        "Һәкімов Ұлан Өтегенұлы",
    ]
    assert set(data["families"][0]) == {
        "application_id",
        "number",
        "applicant",
        "iin",
        "address",
        "phone",
        "decision_number",
        "decided_on",
        "period_from",
        "period_to",
        "assigned_in",
    }
    assert data["families"][0]["period_to"] is None
    assert data["families"][1]["assigned_in"] == "2026-Q3"

    r = run(home, "reminders", "--quarter", "2026-Q4", lang="kk")
    assert r.returncode == 0 and "2026 жылғы 4-тоқсан: отбасылар саны 2" in r.stdout

    out = tmp_path / "out.pdf"
    r = run(home, "reminders", "letters", "--quarter", "2026-Q4", "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert len(PdfReader(out).pages) == 2
    r = run(home, "reminders", "--quarter", "2026-Q4", "list", "--out", str(tmp_path / "l.pdf"))
    assert r.returncode == 0, r.stderr
    assert "Һәкімов" in _pdf_text(tmp_path / "l.pdf")

    r = run(home, "reminders", "letters", "--quarter", "2026-Q9", "--out", str(out))
    assert r.returncode == 2 and "Неверный квартал" in r.stderr and "Traceback" not in r.stderr
    r = run(home, "reminders", "letters", "--quarter", "2026-Q2", "--out", str(tmp_path / "x.pdf"))
    assert r.returncode == 2 and "Нет семей" in r.stderr
    assert not (tmp_path / "x.pdf").exists()
