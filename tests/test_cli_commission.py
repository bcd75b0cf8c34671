"""`qabyldau commission|threshold|act` end to end, through a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from app.commission import refer, set_commission, set_threshold
from app.context import AppContext
from app.intake import ApplicantInput, IntakeRequest, register
from app.office import init_office

ROOT = Path(__file__).resolve().parent.parent
IIN = "791028302728"
OFFICE = [
    "init",
    "--role",
    "akimat",
    "--code",
    "196435100",
    "--name-kk",
    "Қосшы ауылдық округі әкімінің аппараты",
    "--name-ru",
    "Аппарат акима Косшынского сельского округа",
    "--staff",
    "Сейітова Әсел Болатқызы",
]
DOCS = (
    "application",
    "identity_document",
    "family_composition",
    "income",
    "household_plot",
    "residence",
)
FAMILY = [
    {
        "surname": "Әбілқайыров",
        "name": "Нұрлан",
        "relation": "заявитель",
        "iin": IIN,
        "incomes": [{"kind": "wage", "monthly_amount": "85 000,50"}],
    },
    {"surname": "Әбілқайырова", "name": "Айгүл", "relation": "жена", "iin": "061211600012"},
    {"surname": "Әбілқайыров", "name": "Ерлан", "relation": "сын"},
]


def run(home: Path, *args: str, lang: str = "ru") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QABYLDAU_LANG": lang, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "app", "--home", str(home), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def ok(home: Path, *args: str, lang: str = "ru") -> subprocess.CompletedProcess[str]:
    r = run(home, *args, lang=lang)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    return r


def user_error(home: Path, *args: str, lang: str = "ru") -> str:
    r = run(home, *args, lang=lang)
    assert r.returncode == 2, (r.returncode, r.stdout, r.stderr)
    assert "Traceback" not in r.stderr
    return r.stderr


def _write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _cli_setup(home: Path) -> str:
    """Through the CLI: office, an АСП case, a commission, a poverty line, the referral."""
    ok(home, *OFFICE)
    r = ok(
        home,
        "intake",
        "--service",
        "asp",
        "--iin",
        IIN,
        "--surname",
        "Әбілқайыров",
        "--name",
        "Нұрлан",
        "--registered",
        "2026-02-03T10:00",
        *[x for doc in DOCS for x in ("--doc", doc)],
        "--json",
    )
    number = json.loads(r.stdout)["number"]
    ok(
        home,
        "commission",
        "set",
        "--decision-number",
        "12",
        "--decision-date",
        "10.01.2026",
        "--member",
        "Ахметов А.Б.:chair",
        "--member",
        "Серікова Г.Н.:секретарь",
        "--member",
        "Жұмабаев Е.К.",
    )
    ok(
        home,
        "threshold",
        "set",
        "--kind",
        "poverty_line",
        "--amount",
        "45 000",
        "--from",
        "2025-01-01",
    )
    r = ok(home, "commission", "refer", number, "--when", "2026-02-04T10:00", "--json")
    assert json.loads(r.stdout)["due_at"] == "2026-02-11T18:00"  # 5 WD from the referral
    return number


@pytest.fixture
def referred(tmp_path: Path) -> tuple[Path, str]:
    """The same state as `_cli_setup`, built in-process (quicker) for the error tests."""
    home = tmp_path / "home"
    with AppContext(home) as ctx:
        init_office(
            ctx,
            role="akimat",
            code="196435100",
            name_kk="Қосшы ауылдық округі әкімінің аппараты",
            name_ru="Аппарат акима Косшынского сельского округа",
        )
        number = register(
            ctx,
            IntakeRequest(
                service_code="asp",
                applicant=ApplicantInput(iin=IIN, surname="Әбілқайыров", name="Нұрлан"),
                documents=list(DOCS),
                registered_at=datetime(2026, 2, 3, 10, 0),
            ),
        ).incoming_number
        set_commission(
            ctx, "12", date(2026, 1, 10), [("Ахметов А.Б.", "chair"), ("Серікова Г.Н.", "member")]
        )
        set_threshold(ctx, "poverty_line", 45000, date(2025, 1, 1))
        refer(ctx, number, datetime(2026, 2, 4, 10, 0))
    return home, number


def test_commission_to_act_done(tmp_path: Path) -> None:
    home = tmp_path / "home"
    number = _cli_setup(home)
    listed = json.loads(ok(home, "commission", "list", "--json").stdout)
    assert [m["role"] for m in listed[0]["members"]] == ["chair", "secretary", "member"]

    waiting = json.loads(ok(home, "commission", "waiting", "--json").stdout)
    assert [w["number"] for w in waiting] == [number]
    assert waiting[0]["overdue"] is True  # due 11.02.2026, long past

    partial = _write(tmp_path / "act1.json", {"family": FAMILY})
    r = ok(home, "act", "record", number, "--data", str(partial))
    assert "не завершён" in r.stdout
    done = _write(
        tmp_path / "act2.json",
        {
            "visit_date": "2026-02-06",
            "members_present": ["Ахметов А.Б.", "Серікова Г.Н."],
            "dwelling": {"type": "жеке үй", "rooms": 3},
        },
    )
    r = ok(home, "act", "record", number, "--data", str(done), "--complete", "--json")
    assert json.loads(r.stdout)["status"] == "act_done"

    view = json.loads(ok(home, "act", "show", number, "--json").stdout)
    assert view["status"] == "act_done"
    assert len(view["act"]["family"]) == 3
    assert view["conclusion"]["needs_assistance"] is True
    assert view["conclusion"]["per_capita_income"] == "28333.50"
    lines = {line["ru"]: line["value"] for line in view["arithmetic"]["lines"]}
    assert (
        lines["Среднедушевой месячный доход"] == "85\u00a0000,50\u00a0₸ ÷ 3 = 28\u00a0333,50\u00a0₸"
    )
    assert view["signers"][0] == {"id": 1, "full_name": "Ахметов А.Б.", "role": "chair"}

    assert json.loads(ok(home, "commission", "waiting", "--json").stdout) == []
    text = ok(home, "act", "show", number, lang="kk").stdout
    assert "кедейлік шегінен" in text


def test_bad_act_file_exits_2_names_the_field_and_writes_nothing(
    referred: tuple[Path, str], tmp_path: Path
) -> None:
    home, number = referred
    before = json.loads(ok(home, "act", "show", number, "--json").stdout)
    bad = [
        dict(FAMILY[0]),
        {**FAMILY[1], "iin": "061211600013"},  # check digit wrong
        dict(FAMILY[2]),
    ]
    path = _write(tmp_path / "bad.json", {"place": "Қосшы", "family": bad})
    err = user_error(home, "act", "record", number, "--data", str(path))
    assert "family[1].iin" in err and "Контрольная цифра" in err
    err = user_error(home, "act", "record", number, "--data", str(path), lang="kk")
    assert "family[1].iin" in err and "бақылау цифры" in err
    after = json.loads(ok(home, "act", "show", number, "--json").stdout)
    assert after["act"] == before["act"]  # not even the valid "place"
    assert after["updated_at"] == before["updated_at"]

    broken = tmp_path / "broken.json"
    broken.write_text('{"place": "Қосшы",\n "family": [}', encoding="utf-8")
    err = user_error(home, "act", "record", number, "--data", str(broken))
    assert "строка 2" in err
    err = user_error(home, "act", "record", number, "--data", str(tmp_path / "nope.json"))
    assert "nope.json" in err


def test_complete_without_members_is_refused(referred: tuple[Path, str], tmp_path: Path) -> None:
    home, number = referred
    path = _write(tmp_path / "act.json", {"visit_date": "2026-02-06", "family": FAMILY})
    err = user_error(home, "act", "record", number, "--data", str(path), "--complete")
    assert "members_present" in err
    assert json.loads(ok(home, "act", "show", number, "--json").stdout)["status"] == "at_commission"


def test_commission_errors_are_user_errors(tmp_path: Path) -> None:
    home = tmp_path / "home"
    ok(home, *OFFICE)
    err = user_error(
        home,
        "commission",
        "set",
        "--decision-number",
        "1",
        "--decision-date",
        "2026-01-10",
        "--member",
        "Ахметов А.Б.:member",
        "--member",
        "Серікова Г.Н.:member",
    )
    assert "председатель" in err
    err = user_error(home, "commission", "set", "--decision-number", "1", "--decision-date",
                     "2026-01-10", "--member", "Ахметов А.Б.:boss", "--member", "Б:chair")  # fmt: skip
    assert "boss" in err
    err = user_error(home, "threshold", "set", "--kind", "poverty_line", "--amount", "-1",
                     "--from", "2026-01-01")  # fmt: skip
    assert "положительным" in err


def test_act_print_writes_pdf_and_docx(referred: tuple[Path, str], tmp_path: Path) -> None:
    pytest.importorskip("forms.act")
    home, number = referred
    pdf, docx = tmp_path / "act.pdf", tmp_path / "act.docx"
    ok(home, "act", "print", number, "--out", str(pdf), "--docx", str(docx))
    assert pdf.read_bytes().startswith(b"%PDF")
    assert docx.read_bytes().startswith(b"PK")
