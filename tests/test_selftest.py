"""`qabyldau selftest`: every step passes from source, a failure names its step and stops the
run, and nothing of the user's (data folder, key store) is touched."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest

from app import selftest
from app.cli import main
from app.selftest import STEPS, pdf_title, run_selftest

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QABYLDAU_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "app", "selftest", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=180,
    )


def test_selftest_passes_from_source(home: Path) -> None:
    result = _run(home=home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert [ln.split()[1] for ln in lines if ln.startswith("ok ")] == list(STEPS)
    assert all(ln.endswith(" ms)") for ln in lines if ln.startswith("ok "))
    assert lines[-1].startswith("selftest passed")
    assert list(home.iterdir()) == []  # it worked in a temporary folder of its own


def test_selftest_json_lists_every_step_ok(home: Path) -> None:
    result = _run("--json", home=home)
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True
    assert [s["name"] for s in report["steps"]] == list(STEPS)
    for s in report["steps"]:
        assert s["ok"] is True and s["error"] is None
        assert isinstance(s["ms"], int) and s["ms"] >= 0


def test_a_failing_step_is_named_and_stops_the_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(self: object) -> None:
        raise FileNotFoundError("forms/fonts/DejaVuSans.ttf")

    monkeypatch.setattr(selftest._Run, "step_talon_docx", broken)
    assert main(["selftest", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False
    names = [s["name"] for s in report["steps"]]
    assert names == list(STEPS[: STEPS.index("talon-docx") + 1])
    assert report["steps"][-1]["error"] == "FileNotFoundError: forms/fonts/DejaVuSans.ttf"

    assert main(["selftest"]) == 1
    captured = capsys.readouterr()
    assert "FAILED talon-docx" in captured.out and "FileNotFoundError" in captured.out
    assert "selftest FAILED" in captured.out
    assert "Traceback" in captured.err  # for support: where it broke


def test_the_key_store_is_a_throwaway_one_and_is_given_back() -> None:
    before = keyring.get_keyring()
    seen: list[str] = []

    def report(result: selftest.StepResult) -> None:
        if result.name == "keys":
            seen.append(type(keyring.get_keyring()).__name__)

    results = run_selftest(report)
    assert all(r.ok for r in results), [r.error for r in results]
    assert seen == ["SelfTestKeyring"]
    assert keyring.get_keyring() is before


def test_selftest_keyring_keeps_secrets_encrypted(tmp_path: Path) -> None:
    from app.selftest_keyring import SelfTestKeyring

    store = SelfTestKeyring(file_path=tmp_path / "k.json")
    store.set_password("Qabyldau", "196435100/age", "AGE-SECRET-KEY-1QQQ")
    assert store.get_password("Qabyldau", "196435100/age") == "AGE-SECRET-KEY-1QQQ"
    assert b"AGE-SECRET" not in (tmp_path / "k.json").read_bytes()
    assert store.get_password("Qabyldau", "other") is None
    store.delete_password("Qabyldau", "196435100/age")
    assert store.get_password("Qabyldau", "196435100/age") is None
    with pytest.raises(TypeError):  # keyring's auto-detection must pass it over
        SelfTestKeyring()  # type: ignore[call-arg]


def test_pdf_title_reads_reportlab_utf16_titles() -> None:
    info = rb"/Subject (x) /Title (\376\377\004\032\004\331\000 \0001\000/\0002\0000\0002\0006) >>"
    assert pdf_title(info) == "Кә 1/2026"
    assert pdf_title(rb"/Title (a\(b\) (c) d\\e) /X") == r"a(b) (c) d\e"
    assert pdf_title(b"%PDF-1.4 no info") is None
