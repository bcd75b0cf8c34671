"""The Backups window, the File menu's entry, and the checks at start: used like a person does,
with only QMessageBox and QFileDialog replaced at the edge."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import backup
from app.calendar_store import set_override
from app.context import AppContext
from app.integrity import quick_check
from db.models import CalendarOverride
from tests.test_integrity import corrupt_table, make_office
from ui.backup_dialog import BackupDialog, backup_at_start, check_at_start
from ui.main import run_gui
from ui.main_window import MainWindow

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
JOB_MS = 60_000
LEFT = Qt.MouseButton.LeftButton


@dataclass
class Edge:
    boxes: list[tuple[str, str]] = field(default_factory=list)  # (objectName, text)
    click: dict[str, str] = field(default_factory=dict)  # box objectName -> button objectName
    buttons: list[list[str]] = field(default_factory=list)  # each box's buttons' objectNames
    warnings: list[str] = field(default_factory=list)
    criticals: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    answer: QMessageBox.StandardButton = YES
    folder: Path | None = None


@pytest.fixture
def edge(monkeypatch: pytest.MonkeyPatch) -> Edge:
    e = Edge()

    def box_exec(box: QMessageBox) -> int:
        e.boxes.append((box.objectName(), box.text()))
        e.buttons.append(sorted(b.objectName() for b in box.buttons() if b.objectName()))
        name = e.click.get(box.objectName())
        if name:
            button = box.findChild(QPushButton, name)
            assert button is not None, f"{box.objectName()} has no button {name}"
            button.click()
        return 0

    def recorder(into: list[str], result: Any) -> Callable[..., Any]:
        def record(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
            into.append(text)
            return result() if callable(result) else result

        return staticmethod(record)

    ok = QMessageBox.StandardButton.Ok
    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(QMessageBox, "warning", recorder(e.warnings, ok))
    monkeypatch.setattr(QMessageBox, "critical", recorder(e.criticals, ok))
    monkeypatch.setattr(QMessageBox, "information", recorder(e.infos, ok))
    monkeypatch.setattr(QMessageBox, "question", recorder(e.questions, lambda: e.answer))
    monkeypatch.setattr(
        QFileDialog,
        "getExistingDirectory",
        staticmethod(lambda *_a, **_k: str(e.folder) if e.folder else ""),
    )
    return e


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    c = make_office(home)
    yield c
    c.close()


def open_dialog(qtbot: QtBot, ctx: AppContext) -> BackupDialog:
    dlg = BackupDialog(ctx, lang="ru")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _row_of(dlg: BackupDialog, path: Path) -> int:
    return next(i for i, b in enumerate(dlg.backups) if b.path == path)


# --- the window ------------------------------------------------------------------------------


def test_the_list_shows_date_kind_and_size(qtbot: QtBot, ctx: AppContext) -> None:
    backup.backup_if_due(ctx, now=datetime(2026, 3, 9, 9, 0))
    made = backup.make_backup(ctx, now=datetime(2026, 3, 10, 11, 5)).backup
    dlg = open_dialog(qtbot, ctx)
    assert str(ctx.paths.backups) in dlg.folder_label.text()
    assert dlg.table.rowCount() == 2
    row = [dlg.table.item(0, c).text() for c in range(4)]
    assert row[0] == "10.03.2026 11:05"
    assert row[1] == dlg.kind_label("manual") != dlg.kind_label("auto")
    assert row[2].endswith(("kB", "MB")) and row[2][0].isdigit()
    assert row[3] == made.path.name
    assert dlg.table.item(1, 1).text() == dlg.kind_label("auto")


def test_back_up_now_runs_in_the_background_and_lists_the_backup(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dlg = open_dialog(qtbot, ctx)
    assert dlg.table.rowCount() == 0
    with qtbot.waitSignal(dlg.jobFinished, timeout=JOB_MS):
        qtbot.mouseClick(dlg.backup_button, LEFT)
        # Still working when the click returns: the copy runs on a pool thread.
        assert dlg.busy and dlg.busy_bar.isVisible()
        assert not dlg.close_button.isEnabled() and not dlg.restore_button.isEnabled()
        dlg.reject()  # Escape while busy does not close the window
        assert dlg.isVisible()
    assert not dlg.busy and not dlg.busy_bar.isVisible()
    (made,) = backup.list_backups(ctx)
    assert made.kind == "manual" and made.path.is_file()
    assert dlg.table.rowCount() == 1 and dlg.table.item(0, 3).text() == made.path.name
    assert made.path.name in dlg.status.text()


def test_check_database_runs_the_full_check(qtbot: QtBot, ctx: AppContext, edge: Edge) -> None:
    dlg = open_dialog(qtbot, ctx)
    with qtbot.waitSignal(dlg.jobFinished, timeout=JOB_MS):
        qtbot.mouseClick(dlg.check_button, LEFT)
        assert dlg.busy and dlg.busy_bar.isVisible()
    assert dlg.last_report is not None and dlg.last_report.ok and dlg.last_report.full
    assert edge.infos and "ошибок не найдено" in edge.infos[0]


def test_check_database_reports_damage(qtbot: QtBot, ctx: AppContext, edge: Edge) -> None:
    for day in range(1, 20):
        set_override(ctx, date(2026, 4, day), "holiday", note="Наурыз " * 40)
    ctx.close()
    corrupt_table(ctx.paths.database, "calendar_override")
    dlg = open_dialog(qtbot, ctx)
    with qtbot.waitSignal(dlg.jobFinished, timeout=JOB_MS):
        qtbot.mouseClick(dlg.check_button, LEFT)
    assert dlg.last_report is not None and not dlg.last_report.ok
    assert edge.warnings and "повреждена" in edge.warnings[0]
    assert "повреждена" in dlg.status.text()


def test_restore_asks_then_restores_and_asks_for_a_restart(
    qtbot: QtBot, ctx: AppContext, edge: Edge
) -> None:
    set_override(ctx, date(2026, 3, 30), "holiday")
    made = backup.make_backup(ctx, now=datetime(2026, 3, 10, 9, 0)).backup
    backup.make_backup(ctx, now=datetime(2026, 3, 11, 9, 0))  # a newer one, not chosen
    set_override(ctx, date(2026, 6, 17), "holiday")
    dlg = open_dialog(qtbot, ctx)
    dlg.table.selectRow(_row_of(dlg, made.path))
    with qtbot.waitSignal(dlg.jobFinished, timeout=JOB_MS):
        qtbot.mouseClick(dlg.restore_button, LEFT)
    assert len(edge.questions) == 1 and "10.03.2026 09:00" in edge.questions[0]
    assert len(edge.infos) == 1 and dlg.restart_requested
    assert dlg.result() == BackupDialog.DialogCode.Accepted
    assert list(ctx.paths.backups.glob("qabyldau-before-restore-*.sqlite"))
    with AppContext(ctx.paths.root) as again, again.session() as s:
        assert list(s.scalars(select(CalendarOverride.day))) == [date(2026, 3, 30)]


def test_restore_declined_changes_nothing(qtbot: QtBot, ctx: AppContext, edge: Edge) -> None:
    backup.make_backup(ctx)
    set_override(ctx, date(2026, 6, 17), "holiday")
    dlg = open_dialog(qtbot, ctx)
    edge.answer = NO
    qtbot.mouseClick(dlg.restore_button, LEFT)
    assert edge.questions and not dlg.busy and not dlg.restart_requested
    with ctx.session() as s:
        assert list(s.scalars(select(CalendarOverride.day))) == [date(2026, 6, 17)]


def test_a_bad_backup_is_refused_and_the_office_keeps_working(
    qtbot: QtBot, ctx: AppContext, edge: Edge
) -> None:
    made = backup.make_backup(ctx).backup
    made.path.write_bytes(b"\0" * 8192)
    set_override(ctx, date(2026, 6, 17), "holiday")
    dlg = open_dialog(qtbot, ctx)
    with qtbot.waitSignal(dlg.jobFinished, timeout=JOB_MS):
        qtbot.mouseClick(dlg.restore_button, LEFT)
    assert not dlg.restart_requested and dlg.isVisible()
    assert edge.criticals and "ничего не изменено" in edge.criticals[0]
    assert "SHA-256" in dlg.status.text()
    # The context was closed for the restore; it opens again on the same database.
    set_override(ctx, date(2026, 6, 18), "holiday")
    with ctx.session() as s:
        assert len(list(s.scalars(select(CalendarOverride.day)))) == 2
    assert not list(ctx.paths.backups.glob("*before-restore*"))


def test_change_folder(qtbot: QtBot, ctx: AppContext, edge: Edge, tmp_path: Path) -> None:
    dlg = open_dialog(qtbot, ctx)
    edge.folder = tmp_path / "usb"
    edge.folder.mkdir()
    qtbot.mouseClick(dlg.folder_button, LEFT)
    assert backup.policy(ctx).folder == edge.folder.resolve()
    assert str(edge.folder) in dlg.folder_label.text()
    with qtbot.waitSignal(dlg.jobFinished, timeout=JOB_MS):
        qtbot.mouseClick(dlg.backup_button, LEFT)
    assert [p.suffix for p in sorted(edge.folder.iterdir())] == [".zip", ".json", ".sqlite"]


# --- the main window -------------------------------------------------------------------------


def _when_dialog_shows(qtbot: QtBot, act: Callable[[BackupDialog], None]) -> None:
    """Run `act` on the Backups window once its exec() has shown it."""
    tries = [0]

    def poll() -> None:
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, BackupDialog) and w.isVisible()
        ]
        if dialogs:
            act(dialogs[0])
        elif tries[0] < 200:
            tries[0] += 1
            QTimer.singleShot(25, poll)

    QTimer.singleShot(0, poll)


def test_file_menu_backups_restores_and_closes_the_window_for_a_restart(
    qtbot: QtBot, ctx: AppContext, edge: Edge, tmp_path: Path
) -> None:
    set_override(ctx, date(2026, 3, 30), "holiday")
    made = backup.make_backup(ctx).backup
    window = MainWindow(
        ctx, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat), lang="ru"
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.backups_action in window.file_menu.actions()

    def restore(dlg: BackupDialog) -> None:
        dlg.table.selectRow(_row_of(dlg, made.path))
        dlg.restore_button.click()

    _when_dialog_shows(qtbot, restore)
    window.backups_action.trigger()  # returns when the window closes
    assert window.restart_requested is True
    assert not window.isVisible()
    assert edge.questions and edge.infos


# --- at start --------------------------------------------------------------------------------


def _damage(ctx: AppContext) -> None:
    for day in range(1, 20):
        set_override(ctx, date(2026, 4, day), "holiday", note="Наурыз " * 40)
    ctx.close()
    corrupt_table(ctx.paths.database, "calendar_override")


def test_start_check_passes_silently(qtbot: QtBot, ctx: AppContext, edge: Edge) -> None:
    ctx.close()
    assert check_at_start(ctx.paths, lang="ru") is True
    assert edge.boxes == []


def test_start_check_failure_offers_and_restores_the_newest_good_backup(
    qtbot: QtBot, ctx: AppContext, edge: Edge
) -> None:
    good = backup.make_backup(ctx, now=datetime(2026, 3, 10, 9, 0)).backup
    _damage(ctx)
    edge.click["integrityFailed"] = "restore"
    assert check_at_start(ctx.paths, lang="ru") is True
    (name, text), (done_name, done_text) = edge.boxes
    assert name == "integrityFailed" and done_name == "restored"
    # Kazakh and Russian in the same message: the language setting is in the damaged file.
    assert "зақымдалған" in text and "повреждена" in text and "10.03.2026 09:00" in text
    assert "қалпына келтірілді" in done_text and "восстановлена" in done_text
    assert quick_check(ctx.paths.database).ok
    assert good.path.is_file()
    assert list(ctx.paths.backups.glob("qabyldau-before-restore-*.sqlite"))


def test_start_check_failure_quit_touches_nothing(
    qtbot: QtBot, ctx: AppContext, edge: Edge
) -> None:
    backup.make_backup(ctx)
    _damage(ctx)
    before = _sha(ctx.paths.database)
    edge.click["integrityFailed"] = "quit"
    assert check_at_start(ctx.paths, lang="ru") is False
    assert _sha(ctx.paths.database) == before


def test_start_check_failure_without_a_backup(qtbot: QtBot, ctx: AppContext, edge: Edge) -> None:
    _damage(ctx)
    edge.click["integrityFailed"] = "open"
    assert check_at_start(ctx.paths, lang="ru") is True
    assert edge.buttons == [["open", "quit"]]
    ((_name, text),) = edge.boxes
    assert "не найдена" in text and "табылмады" in text


def test_start_check_on_a_file_that_is_not_a_database(
    qtbot: QtBot, ctx: AppContext, edge: Edge
) -> None:
    good = backup.make_backup(ctx, now=datetime(2026, 3, 10, 9, 0)).backup
    ctx.close()
    ctx.paths.database.write_bytes(b"overwritten by something else " * 2000)
    edge.click["integrityFailed"] = "quit"
    assert check_at_start(ctx.paths, lang="ru") is False
    # Restore or quit: "open anyway" would only crash on a file SQLite cannot read.
    assert edge.buttons == [["quit", "restore"]]
    assert "не читается" in edge.boxes[0][1]
    edge.click["integrityFailed"] = "restore"
    assert check_at_start(ctx.paths, lang="ru") is True
    assert _sha(ctx.paths.database) == _sha(good.path)


def test_backup_at_start_and_a_missing_folder(
    qtbot: QtBot, ctx: AppContext, edge: Edge, tmp_path: Path
) -> None:
    made = backup_at_start(ctx, lang="ru")
    assert made is not None and made.backup.kind == "auto"
    assert backup_at_start(ctx, lang="ru") is None  # once a day
    backup.configure(ctx, folder=tmp_path / "usb")
    shutil.rmtree(tmp_path / "usb")
    (tmp_path / "usb").write_text("the stick is not there")
    assert backup_at_start(ctx, lang="ru") is None
    assert edge.warnings and "недоступна" in edge.warnings[0]


@pytest.fixture
def restore_app_state(qapp: QApplication) -> Iterator[None]:
    """run_gui sets the application font and translators; give the next test them back."""
    font = qapp.font()
    yield
    qapp.setFont(font)


def test_run_gui_backs_up_at_the_first_start_of_the_day(
    ctx: AppContext, restore_app_state: None
) -> None:
    ctx.close()
    assert run_gui(home=str(ctx.paths.root), demo=False, smoke=True) == 0
    (made,) = backup.list_backups(ctx.paths)
    assert made.kind == "auto" and made.created.date() == date.today()


def test_run_gui_will_not_open_a_damaged_database(
    ctx: AppContext, restore_app_state: None, capsys: pytest.CaptureFixture[str]
) -> None:
    _damage(ctx)
    assert run_gui(home=str(ctx.paths.root), demo=False, smoke=True) == 1
    err = capsys.readouterr().err
    assert "зақымдалған" in err and "повреждена" in err
