"""The `qabyldau` command end to end, through a real subprocess, as scripts and support use it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
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
    assert r.stderr.strip()
    return r.stderr


def test_version(tmp_path: Path) -> None:
    r = ok(tmp_path, "--version")
    assert r.stdout.startswith("qabyldau ")


def test_init_then_refuses_a_second_init(tmp_path: Path) -> None:
    r = ok(tmp_path, *OFFICE, "--json")
    data = json.loads(r.stdout)
    assert data["role"] == "akimat" and data["code"] == "196435100"
    assert (tmp_path / "qabyldau.sqlite").exists()
    err = user_error(tmp_path, *OFFICE)
    assert "уже настроена" in err


def test_init_rejects_bad_code_in_kazakh(tmp_path: Path) -> None:
    args = list(OFFICE)
    args[args.index("196435100")] = "12ab"
    err = user_error(tmp_path, *args, lang="kk")
    assert "Кеңсе коды" in err


def test_home_from_environment(tmp_path: Path) -> None:
    env = {**os.environ, "QABYLDAU_HOME": str(tmp_path / "env-home"), "PYTHONPATH": str(ROOT)}
    r = subprocess.run(
        [sys.executable, "-m", "app", *OFFICE], capture_output=True, text=True, env=env, timeout=120
    )
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "env-home" / "qabyldau.sqlite").exists()


def test_catalog_json(tmp_path: Path) -> None:
    data = json.loads(ok(tmp_path, "catalog", "--json").stdout)
    codes = {s["code"] for s in data["services"]}
    assert {
        "asp",
        "asp-certificate",
        "social-aid-local",
        "fuel-aid",
        "child-allowance",
        "housing-aid",
    } <= codes
    housing = next(s for s in data["services"] if s["code"] == "housing-aid")
    assert housing["accepted_here"] is False and housing["refer_to_ru"]
    asp = next(s for s in data["services"] if s["code"] == "asp")
    assert asp["routes"]["akim"]["total"] == {"amount": 22, "unit": "working_days"}


def test_catalog_text_lists_services(tmp_path: Path) -> None:
    out = ok(tmp_path, "catalog").stdout
    assert "asp" in out and "адресной социальной помощи" in out


def test_deadline_worked_example(tmp_path: Path) -> None:
    r = ok(
        tmp_path,
        "deadline",
        "--service",
        "asp",
        "--channel",
        "akim",
        "--registered",
        "2026-12-10T10:00",
        "--json",
    )
    data = json.loads(r.stdout)
    assert data["due_date"] == "2027-01-15"
    assert data["service"] == "asp" and data["channel"] == "akim"
    assert data["steps"] and all("due" in s for s in data["steps"])


def test_deadline_moves_with_an_office_holiday(tmp_path: Path) -> None:
    ok(tmp_path, "calendar", "add-holiday", "2027-01-12")
    data = json.loads(
        ok(
            tmp_path, "deadline", "--service", "asp", "--registered", "2026-12-10T10:00", "--json"
        ).stdout
    )
    assert data["due_date"] == "2027-01-18"  # one more day off: Friday the 15th → Monday the 18th


def test_deadline_errors(tmp_path: Path) -> None:
    assert "Нет такой услуги" in user_error(
        tmp_path, "deadline", "--service", "nope", "--registered", "2026-12-10T10:00"
    )
    assert "Неверные дата и время" in user_error(
        tmp_path, "deadline", "--service", "asp", "--registered", "10 декабря"
    )


def test_calendar_list_and_overrides(tmp_path: Path) -> None:
    days = json.loads(ok(tmp_path, "calendar", "list", "--year", "2026", "--json").stdout)["days"]
    assert {"2026-03-21", "2026-03-22", "2026-03-23"} <= {d["date"] for d in days}  # Nauryz
    ok(tmp_path, "calendar", "add-workday", "2026-12-26", "--note", "перенос")
    ok(tmp_path, "calendar", "add-holiday", "2026-12-30")
    days = json.loads(ok(tmp_path, "calendar", "list", "--year", "2026", "--json").stdout)["days"]
    by_date = {d["date"]: d for d in days}
    assert by_date["2026-12-26"]["kind"] == "workday" and by_date["2026-12-26"]["override"]
    assert by_date["2026-12-30"]["kind"] == "day_off" and by_date["2026-12-30"]["override"]
    ok(tmp_path, "calendar", "remove", "2026-12-30")
    days = json.loads(ok(tmp_path, "calendar", "list", "--year", "2026", "--json").stdout)["days"]
    assert "2026-12-30" not in {d["date"] for d in days}
    assert "Неверная дата" in user_error(tmp_path, "calendar", "add-holiday", "31.02.2026")
    assert "Неверный год" in user_error(tmp_path, "calendar", "list", "--year", "зима")


@pytest.mark.parametrize(
    ("iin", "code", "text"),
    [
        ("791028302728", 0, "ИИН верен"),
        ("791028302729", 1, "Контрольная цифра"),
        ("123", 1, "12 цифр"),
    ],
)
def test_check_iin(tmp_path: Path, iin: str, code: int, text: str) -> None:
    r = run(tmp_path, "check-iin", iin)
    assert r.returncode == code
    assert text in r.stdout + r.stderr
    data = json.loads(run(tmp_path, "check-iin", iin, "--json").stdout)
    assert data["valid"] is (code == 0)


def test_gui_demo_smoke(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
    }
    r = subprocess.run(
        [sys.executable, "-m", "app", "--home", str(tmp_path), "gui", "--demo", "--smoke"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr


def test_gui_entry_point_takes_global_options_anywhere(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    code = (
        "import sys; from app.cli import gui_main; "
        f"sys.exit(gui_main(['--demo', '--home', {str(tmp_path)!r}, '--smoke']))"
    )
    r = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=180
    )
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "qabyldau.sqlite").exists()
