"""Every field a person types gets a clear refusal in Kazakh and Russian, never a traceback.

Each kind of input — ИИН (the applicant's and a representative's), names (with a Latin
look-alike typed inside a Cyrillic word), dates, amounts (commission thresholds, incomes in
the act, the district's assigned amount) — is refused by the app function with a UserError
whose Kazakh and Russian messages differ and name the problem, and by the CLI with exit
code 2 and that message on stderr. Nothing is written when anything is refused.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import intake
from app.bundle_import import import_bundle
from app.cli import main
from app.commission import (
    ActValidationError,
    AmountError,
    parse_amount,
    refer,
    save_act,
    set_threshold,
)
from app.context import AppContext
from app.district import DecisionInput, record_decision
from app.errors import UserError
from app.iin import check_iin
from app.intake import ApplicantInput, IntakeRequest
from app.office import init_office
from app.packets import create_packet, export_packet
from app.textnorm import as_cyrillic, mixed_script_words
from db.models import Applicant, Application, IncomeThreshold
from tests.bundle_fixtures import ROOT, World, make_world
from tests.case_fixtures import MEMBERS, direct, register_case, setup_commission

IIN = "791028302728"


def bilingual(exc: UserError) -> None:
    """Kazakh and Russian, both said, and not the same text."""
    assert exc.kk and exc.ru and exc.en
    assert exc.kk != exc.ru
    assert "Traceback" not in exc.kk + exc.ru


@pytest.fixture
def office(home: Path) -> Iterator[AppContext]:
    ctx = AppContext(home)
    init_office(
        ctx,
        role="akimat",
        code="196435100",
        name_kk="Қосшы ауылдық округі әкімінің аппараты",
        name_ru="Аппарат акима Косшынского сельского округа",
        staff_surname="Сейітова",
        staff_name="Әсел",
    )
    yield ctx
    ctx.close()


def cli(home: Path, *args: str, lang: str = "ru") -> tuple[int, str, str]:
    """The `qabyldau` command in this process (its real entry point, argument parsing and
    error handling); an exception escaping it fails the test like a traceback would."""
    saved = dict(os.environ)
    os.environ["QABYLDAU_LANG"] = lang
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["--home", str(home), *args])
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return code, out.getvalue(), err.getvalue()


def refused(home: Path, *args: str, lang: str = "ru") -> str:
    code, _out, err = cli(home, *args, lang=lang)
    assert code == 2, err
    assert err.startswith("qabyldau: ") and "Traceback" not in err
    return err


def request(**applicant: object) -> IntakeRequest:
    fields: dict = {"iin": IIN, "surname": "Әбдіғалиев", "name": "Ерлан", **applicant}
    rep = {k: fields.pop(k) for k in ("representative_name", "representative_iin") if k in fields}
    return IntakeRequest(
        service_code="fuel-aid",
        applicant=ApplicantInput(**fields),
        documents=["application", "identity_document"],
        registered_at=datetime(2026, 2, 3, 10, 0),
        **rep,
    )


def intake_refused(ctx: AppContext, req: IntakeRequest) -> UserError:
    with pytest.raises(UserError) as e:
        intake.register(ctx, req)
    bilingual(e.value)
    with ctx.session() as s:  # nothing half-written
        assert s.scalar(select(func.count()).select_from(Application)) == 0
        assert s.scalar(select(func.count()).select_from(Applicant)) == 0
    return e.value


SERVICE = ["--service", "fuel-aid", "--doc", "application", "--doc", "identity_document"]
PERSON = [*SERVICE, "--registered", "2026-02-03T10:00"]


# --- ИИН ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("iin", "code"),
    [
        ("79102830272", "iin-format"),  # 11 digits
        ("7910283027280", "iin-format"),
        ("79102830272X", "iin-format"),
        ("７９１０２８３０２７２８", "iin-format"),  # full-width digits look right, are not
        ("791028302729", "iin-check-digit"),
        ("", "iin-format"),
    ],
)
def test_a_wrong_iin_is_refused_in_both_languages(office: AppContext, iin: str, code: str) -> None:
    assert not check_iin(iin).valid
    err = intake_refused(office, request(iin=iin))
    assert err.code == code
    assert "ЖСН" in err.kk and "ИИН" in err.ru


def test_a_representatives_iin_is_checked_too(office: AppContext) -> None:
    """Before: any text was stored, and the packet export failed on it days later."""
    err = intake_refused(
        office, request(representative_name="Әбдіғалиева Гүлнұр", representative_iin="12345")
    )
    assert err.code == "iin-representative-format"
    assert "Өкілдің ЖСН" in err.kk and "ИИН представителя" in err.ru


def test_cli_refuses_a_wrong_iin_with_exit_2(office: AppContext) -> None:
    home = office.paths.root
    err = refused(home, "intake", *PERSON, "--iin", "791028302729", "--surname", "Ә", "--name", "Е")
    assert "Контрольная цифра ИИН" in err
    err = refused(
        home, "intake", *PERSON, "--iin", "79102830272", "--surname", "Ә", "--name", "Е", lang="kk"
    )
    assert "ЖСН 12 цифрдан" in err


# --- names --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "fixed"),
    [
        ("surname", "Әбдiғалиев", "Әбдіғалиев"),  # Latin i for Kazakh і
        ("surname", "Aхметов", "Ахметов"),  # Latin A
        ("name", "Eрлан", "Ерлан"),
        ("patronymic", "Серiкұлы", "Серікұлы"),
        ("representative_name", "Әбдіғалиева Гүлнұp", "Гүлнұр"),  # Latin p at the end
        ("name", "Bалентина", None),  # Latin B has no lower-case look-alike: no suggestion
    ],
)
def test_a_name_mixing_latin_and_cyrillic_letters_is_refused_with_the_cyrillic_spelling(
    office: AppContext, field: str, value: str, fixed: str | None
) -> None:
    """Before: stored as typed, printed misspelt on every form and sent so to the district."""
    err = intake_refused(office, request(**{field: value}))
    assert err.code == "mixed-script"
    assert "латын және кирилл" in err.kk and "латинские и кириллические" in err.ru
    if fixed:
        assert f"«{fixed}»" in err.ru and f"«{fixed}»" in err.kk
    else:
        assert "Кириллицей" not in err.ru


@pytest.mark.parametrize("surname", ["Smith", "Ким-Lee", "О'Нил", "Сейітқазиев"])
def test_names_in_one_script_per_word_are_accepted(office: AppContext, surname: str) -> None:
    result = intake.register(office, request(surname=surname))
    with office.session() as s:
        assert s.scalar(select(Applicant.surname)) == surname
    assert result.status == "registered"


def test_mixed_script_detection() -> None:
    assert mixed_script_words("Әбдiғалиев Ерлан") == ["Әбдiғалиев"]
    assert mixed_script_words("Ким-Lee, Smith") == []
    assert as_cyrillic("Һaмитов") == "Һамитов"
    assert as_cyrillic("ƏЛИЕВ".replace("Ə", "ə")) == "әЛИЕВ"


def test_texts_longer_than_a_bundle_can_carry_are_refused(office: AppContext) -> None:
    err = intake_refused(office, request(surname="Ә" * 101))
    assert err.code == "too-long" and "101" in err.ru and "100" in err.kk
    err = intake_refused(office, request(address="Қосшы " * 60))
    assert err.code == "too-long" and "Адрес" in err.ru


def test_cli_refuses_a_mixed_script_name_with_exit_2(office: AppContext) -> None:
    err = refused(
        office.paths.root, "intake", *PERSON, "--iin", IIN, "--surname", "Әбдiғалиев",
        "--name", "Ерлан", lang="kk",
    )  # fmt: skip
    assert "латын және кирилл әріптері аралас" in err and "«Әбдіғалиев»" in err


# --- dates --------------------------------------------------------------------------------------


def test_birth_dates_in_the_future_or_before_1900_are_refused(office: AppContext) -> None:
    err = intake_refused(office, request(birth_date=date(2999, 1, 1)))
    assert err.code == "birth-date" and "в будущем" in err.ru
    err = intake_refused(office, request(birth_date=date(979, 10, 28)))  # a digit dropped
    assert err.code == "birth-date" and "ранняя" in err.ru and "ерте" in err.kk


@pytest.mark.parametrize(
    ("option", "value", "ru"),
    [
        ("--birth-date", "31.02.1979", "Неверная дата"),
        ("--birth-date", "1979-13-01", "Неверная дата"),
        ("--birth-date", "вчера", "Неверная дата"),
        ("--registered", "2026-02-30T10:00", "Неверные дата и время"),
    ],
)
def test_cli_refuses_a_wrong_date(office: AppContext, option: str, value: str, ru: str) -> None:
    args = ["intake", *SERVICE, "--iin", IIN, "--surname", "Ә", "--name", "Е", option, value]
    err = refused(office.paths.root, *args)
    assert ru in err and value in err


# --- amounts ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("45 000", Decimal("45000.00")),
        ("45\u00a0000,50 ₸", Decimal("45000.50")),
        ("999999999999.99", Decimal("999999999999.99")),
        ("-5", "negative"),
        ("1,234", "places"),
        ("NaN", "not-a-number"),
        ("inf", "not-a-number"),
        ("1e5", "not-a-number"),
        ("12,345.6", "not-a-number"),
        ("1000000000000", "too-large"),
        ("9" * 30, "too-large"),  # before: decimal.InvalidOperation, a traceback
        (10**40, "too-large"),
        (float("nan"), "not-a-number"),
    ],
)
def test_amount_rules(text: object, outcome: object) -> None:
    if isinstance(outcome, Decimal):
        assert parse_amount(text) == outcome
        return
    with pytest.raises(AmountError) as e:
        parse_amount(text)
    assert e.value.code == outcome


@pytest.mark.parametrize("amount", ["NaN", "-1", "9" * 30, "0", "сорок тысяч"])
def test_a_wrong_threshold_is_refused_by_the_app_and_the_cli(
    office: AppContext, amount: str
) -> None:
    with pytest.raises(UserError) as e:
        set_threshold(office, "poverty_line", amount, date(2026, 1, 1))
    assert e.value.code == "threshold-amount"
    bilingual(e.value)
    err = refused(
        office.paths.root, "threshold", "set", "--kind", "poverty_line", "--amount", amount,
        "--from", "2026-01-01",
    )  # fmt: skip
    assert "Сумма порога" in err
    with office.session() as s:
        assert s.scalar(select(func.count()).select_from(IncomeThreshold)) == 0


def _act(**member: object) -> dict:
    person = {
        "surname": "Әбдіғалиев",
        "name": "Ерлан",
        "relation": "заявитель",
        "iin": IIN,
        "incomes": [{"kind": "wage", "monthly_amount": "60 000"}],
        **member,
    }
    return {
        "visit_date": "2026-02-05",
        "members_present": [m for m, _ in MEMBERS],
        "family": [person],
    }


@pytest.mark.parametrize(
    ("data", "path", "ru"),
    [
        (_act(iin="791028302729"), "family[0].iin", "Контрольная цифра"),
        (_act(surname="Әбдiғалиев"), "family[0].surname", "Әбдіғалиев"),
        (
            _act(incomes=[{"kind": "wage", "monthly_amount": "9" * 30}]),
            "family[0].incomes[0].monthly_amount",
            "слишком большое число",
        ),
        (
            _act(incomes=[{"kind": "wage", "monthly_amount": "NaN"}]),
            "family[0].incomes[0].monthly_amount",
            "не сумма",
        ),
        (_act(birth_date="0979-10-28"), "family[0].birth_date", "слишком ранняя дата"),
        ({**_act(), "visit_date": "31.02.2026"}, "visit_date", "неверная дата"),
    ],
)
def test_act_fields_are_refused_with_their_path(
    office: AppContext, data: dict, path: str, ru: str
) -> None:
    setup_commission(office)
    number = register_case(office, "asp", IIN, "Әбдіғалиев", "Ерлан")
    refer(office, number, datetime(2026, 2, 4, 10, 0))
    with pytest.raises(ActValidationError) as e:
        save_act(office, number, data, complete=True, when=datetime(2026, 2, 6, 16, 0))
    assert path in e.value.paths, e.value.ru
    assert ru in e.value.ru
    bilingual(e.value)
    with office.session() as s:
        assert s.scalar(select(Application.status)) == "at_commission"

    file = office.paths.root / "act.json"
    file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    err = refused(office.paths.root, "act", "record", number, "--data", str(file), "--complete")
    assert path in err and ru in err


# --- the district's decision ----------------------------------------------------------------------


@pytest.fixture
def district_case(tmp_path: Path) -> Iterator[tuple[World, str]]:
    for w in make_world(tmp_path, staff_login="akim", staff_role="akim"):
        number = direct(w.a)
        info = create_packet(w.a, [number])
        assert import_bundle(w.d, export_packet(w.a, info.id, w.usb).path).status == "imported"
        yield w, number


@pytest.mark.parametrize(
    ("change", "ru"),
    [
        ({"amount": "NaN"}, "Неверная сумма"),  # before: decimal.InvalidOperation
        ({"amount": "inf"}, "Неверная сумма"),  # before: TypeError
        ({"amount": "9" * 30}, "Слишком большая сумма"),
        ({"amount": "-100"}, "Неверная сумма"),
        ({"period_from": date(26, 1, 1)}, "Неверная дата периода"),
        ({"decided_on": date(2099, 1, 1)}, "Дата решения"),
    ],
)
def test_a_wrong_decision_is_refused(
    district_case: tuple[World, str], change: dict, ru: str
) -> None:
    w, number = district_case
    fields = {"outcome": "assigned", "number": "Ш-1", "decided_on": date(2026, 2, 20), **change}
    with pytest.raises(UserError) as e:
        record_decision(w.d, number, DecisionInput(**fields))
    assert ru in e.value.ru
    bilingual(e.value)
    with w.d.session() as s:
        assert s.scalar(select(Application.status)) == "sent"


def test_cli_refuses_a_wrong_decision_amount_and_date(district_case: tuple[World, str]) -> None:
    w, number = district_case
    home = w.d.paths.root
    args = ["decision", "record", number, "--outcome", "assigned", "--number", "Ш-1"]
    assert "Неверная сумма" in refused(home, *args, "--date", "20.02.2026", "--amount", "NaN")
    assert "Сома тым үлкен" in refused(
        home, *args, "--date", "20.02.2026", "--amount", "9" * 30, lang="kk"
    )
    assert "Неверная дата" in refused(home, *args, "--date", "2026-02-30")


# --- the real executable: exit code 2 and no traceback ------------------------------------------------


def test_the_installed_command_exits_2_without_a_traceback(office: AppContext) -> None:
    env = {**os.environ, "QABYLDAU_LANG": "ru", "PYTHONPATH": str(ROOT)}
    for args, needle in (
        (["intake", *PERSON, "--iin", IIN, "--surname", "Aхметов", "--name", "Е"], "«Ахметов»"),
        (["threshold", "set", "--kind", "poverty_line", "--amount", "9" * 30, "--from", "2026-01-01"],
         "Сумма порога"),
    ):  # fmt: skip
        r = subprocess.run(
            [sys.executable, "-m", "app", "--home", str(office.paths.root), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=120,
        )
        assert r.returncode == 2, r.stderr
        assert "Traceback" not in r.stderr and needle in r.stderr
