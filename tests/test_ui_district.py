"""The district's screens and the import dialog, used like a person uses them, between two real
homes with real keys (tests/bundle_fixtures.py): bundles imported by choosing and by dropping
them, a refused file and why, the watched inbox, the decision dialog, the offices window with
a missing bundle and a return bundle, the district's case view and register.

Only QMessageBox, QFileDialog and QDesktopServices are patched: the edge where the program
hands over to the person or the system. The district dialog and the case view are rendered to
PNG files (in QABYLDAU_SHOTS when set, else the test's temporary folder) to be looked at.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app import packets
from app.context import AppContext
from app.district import DecisionInput, record_decision
from app.drafts import get_draft
from app.iin import make_iin
from app.inbox import IMPORTED_DIR, inbox_dir
from db.models import Application, Decision, OutgoingPacket, PacketItem
from tests.bundle_fixtures import AKIMAT, World, make_world
from tests.case_fixtures import attach, direct, means_tested, register_case, setup_commission
from ui.decision_dialog import DRAFT_KIND, DecisionDialog, draft_key
from ui.district_case import DistrictCaseView
from ui.district_dialog import O_GAPS, O_OFFICE, O_TO_SEND, DistrictDialog
from ui.import_dialog import F_NEW, F_STATUS, R_OUTCOME, R_REASON, REFUSED_COLOR, ImportDialog
from ui.main_window import MainWindow
from ui.register_model import COL_OFFICE
from ui.settings_dialog import SettingsDialog

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

JOB_TIMEOUT_MS = 60_000


@pytest.fixture(autouse=True)
def event_loops_run(qapp: QApplication) -> None:
    """One turn of exec() clears a "quit now" flag an earlier test may have left set (see
    tests/test_ui_packets.py), so pytest-qt's waits and queued signals work."""
    QTimer.singleShot(0, qapp.quit)
    qapp.exec()


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    yield from make_world(
        tmp_path,
        staff_surname="Жұмабаев",
        staff_name="Қайрат",
        staff_login="akim",
        staff_role="akim",
    )


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("QABYLDAU_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# --- the edge ------------------------------------------------------------------------------


@dataclass
class Edge:
    boxes: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    folder: Path | None = None
    open_files: list[Path] = field(default_factory=list)
    open_file: Path | None = None
    urls: list[QUrl] = field(default_factory=list)


@pytest.fixture
def edge(monkeypatch: pytest.MonkeyPatch) -> Edge:
    e = Edge()

    def box_exec(box: QMessageBox) -> int:
        e.boxes.append((box.text(), box.informativeText()))
        return 0

    def warning(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
        e.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(
        QFileDialog,
        "getExistingDirectory",
        staticmethod(lambda *_a, **_k: str(e.folder) if e.folder else ""),
    )
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *_a, **_k: ([str(p) for p in e.open_files], "")),
    )
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *_a, **_k: (str(e.open_file) if e.open_file else "", "")),
    )

    def open_url(url: QUrl) -> bool:
        e.urls.append(QUrl(url))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return e


# --- helpers ---------------------------------------------------------------------------------


def show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def export_packet(ctx: AppContext, out: Path, *numbers: str) -> Path:
    info = packets.create_packet(ctx, list(numbers)) if numbers else packets.create_packet(ctx)
    return packets.export_packet(ctx, info.id, out).path


def count(ctx: AppContext, model: type) -> int:
    with ctx.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def decision_of(ctx: AppContext, number: str) -> Decision | None:
    with ctx.session() as s:
        return s.scalar(
            select(Decision).join(Application).where(Application.incoming_number == number)
        )


def run_import(qtbot: QtBot, dlg: ImportDialog, paths: list[Path]) -> None:
    dlg.import_paths(paths)
    qtbot.waitUntil(lambda: not dlg.busy, timeout=JOB_TIMEOUT_MS)


def row_texts(table: Any, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def drop(qtbot: QtBot, widget: QWidget, paths: list[Path]) -> None:
    """Drag files from the file manager and let go over the widget."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPoint(widget.width() // 2, widget.height() // 2)
    enter = QDragEnterEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(pos),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
    assert event.isAccepted()


@pytest.fixture
def sent(world: World) -> dict[str, Any]:
    """A means-tested case with its act and a direct one, in one bundle on the USB stick."""
    setup_commission(world.a)
    asp = means_tested(world.a)
    attach(world.a, asp, b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40)  # a scanned JPEG
    fuel = direct(world.a)
    return {"asp": asp, "fuel": fuel, "path": export_packet(world.a, world.usb)}


@pytest.fixture
def imported(world: World, sent: dict[str, Any]) -> dict[str, Any]:
    from app.bundle_import import import_bundle

    assert import_bundle(world.d, sent["path"]).status == "imported"
    return sent


# --- the import dialog ---------------------------------------------------------------------------


def test_chosen_files_are_imported_with_a_report_per_record(
    qtbot: QtBot, world: World, sent: dict[str, Any], edge: Edge
) -> None:
    dlg = ImportDialog(world.d, None)  # the constructor the office's screens call
    show(qtbot, dlg)
    edge.open_files = [sent["path"]]
    click(qtbot, dlg.files_button)
    qtbot.waitUntil(lambda: not dlg.busy, timeout=JOB_TIMEOUT_MS)
    assert dlg.files_table.rowCount() == 1
    cells = row_texts(dlg.files_table, 0)
    assert cells[0] == sent["path"].name and cells[1].startswith(AKIMAT)
    assert cells[F_STATUS] == "Imported" and cells[F_NEW] == "2"
    assert count(world.d, Application) == 2
    # The selected file's records: both cases new.
    assert dlg.records_table.rowCount() == 2
    numbers = {dlg.records_table.item(r, 0).text() for r in range(2)}
    assert numbers == {sent["asp"], sent["fuel"]}
    assert {dlg.records_table.item(r, R_OUTCOME).text() for r in range(2)} == {"New"}

    # The same file again: "already imported on …", and nothing changes.
    run_import(qtbot, dlg, [sent["path"]])
    status = dlg.files_table.item(1, F_STATUS).text()
    today = datetime.now().strftime("%d.%m.%Y")
    assert status.startswith("Already imported on ") and today in status
    assert count(world.d, Application) == 2
    dlg.files_table.selectRow(1)
    assert dlg.records_table.rowCount() == 0
    assert dlg.detail.text() == dlg.reports[1].text(dlg.lang) and dlg.reports[1].ok
    click(qtbot, dlg.close_button)
    assert not dlg.isVisible()


def test_dropped_files_and_folders_a_refused_file_in_red_with_its_reason(
    qtbot: QtBot, world: World, sent: dict[str, Any], tmp_path: Path, shots: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    shutil.copy(sent["path"], stick)
    broken = tmp_path / "broken.qbl"
    broken.write_bytes(b"PK\x03\x04 this is not a bundle")
    dlg = ImportDialog(world.d, None, lang="ru")
    show(qtbot, dlg)
    drop(qtbot, dlg.files_table.viewport(), [broken, stick])  # a folder and a file at once
    qtbot.waitUntil(
        lambda: not dlg.busy and dlg.files_table.rowCount() == 2, timeout=JOB_TIMEOUT_MS
    )
    by_file = {dlg.files_table.item(r, 0).text(): r for r in range(2)}
    bad, good = by_file["broken.qbl"], by_file[sent["path"].name]
    assert dlg.files_table.item(good, F_STATUS).text() == "Imported"
    status = dlg.files_table.item(bad, F_STATUS).text()
    assert status.startswith("Refused: ")
    assert dlg.files_table.item(bad, 0).foreground().color() == REFUSED_COLOR
    # The refused file is the one shown: why, in the interface's language.
    report = next(r for r in dlg.reports if not r.ok)
    failed = report.verification.failed
    assert failed is not None
    assert dlg.detail.text().startswith("broken.qbl is refused at the check “")
    assert status == f"Refused: {failed.message('ru')}"
    assert failed.message("ru") in dlg.detail.text()
    assert QColor(REFUSED_COLOR).name() in dlg.detail.styleSheet()
    assert count(world.d, Application) == 2
    dlg.grab().save(str(shots / "import_dialog_refused.png"))
    dlg.files_table.selectRow(good)
    assert dlg.records_table.rowCount() == 2
    dlg.grab().save(str(shots / "import_dialog.png"))


def test_a_refused_record_is_shown_with_its_reason(
    qtbot: QtBot, world: World, imported: dict[str, Any], tmp_path: Path
) -> None:
    """The office sends a new packet whose case number the district already has for another
    case: that record is refused, the others go in."""
    w = world
    with w.d.session() as s:
        app = s.scalar(select(Application).where(Application.incoming_number == imported["fuel"]))
        app.uuid = "00000000-0000-4000-8000-000000000000"  # as if it were another case
    with w.a.session() as s:  # the first packet is done with: the case can go again
        s.execute(Application.__table__.update().values(status="act_done"))
        s.execute(OutgoingPacket.__table__.update().values(status="acknowledged"))
        s.execute(PacketItem.__table__.delete())
    again = export_packet(w.a, w.usb, imported["fuel"])
    dlg = ImportDialog(w.d, None, lang="kk")
    show(qtbot, dlg)
    run_import(qtbot, dlg, [again])
    assert dlg.files_table.item(0, F_STATUS).text() == "Imported"
    assert dlg.records_table.item(0, R_OUTCOME).text() == "Refused"
    reason = dlg.records_table.item(0, R_REASON).text()
    assert imported["fuel"] in reason and "кеңсе" in reason  # Kazakh, the dialog's language
    assert dlg.records_table.item(0, 0).foreground().color() == REFUSED_COLOR


# --- the watched inbox -----------------------------------------------------------------------------


def test_a_bundle_copied_into_the_inbox_is_imported_by_the_main_window(
    qtbot: QtBot, world: World, sent: dict[str, Any], tmp_path: Path
) -> None:
    w = world
    window = MainWindow(
        w.d, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat), lang="ru"
    )
    show(qtbot, window)
    inbox = inbox_dir(w.d)
    assert str(inbox) in window.inbox_watcher.directories()
    # Copied just now: the window waits until the file has settled, then imports it.
    shutil.copy(sent["path"], inbox)
    qtbot.waitUntil(lambda: (inbox / IMPORTED_DIR / sent["path"].name).exists(), timeout=20_000)
    qtbot.waitUntil(lambda: not window.inbox_busy, timeout=JOB_TIMEOUT_MS)
    assert count(w.d, Application) == 2
    assert "загружен" in window.statusBar().currentMessage()
    assert window.model.rowCount() == 2  # the register was refreshed
    window.close()


def test_the_settings_choose_the_inbox_folder(
    qtbot: QtBot, world: World, tmp_path: Path, edge: Edge
) -> None:
    dlg = SettingsDialog(world.d, None, lang="ru")
    show(qtbot, dlg)
    assert dlg.inbox.text() == str(world.d.paths.inbox)
    dlg.inbox.setText("relative/folder")
    dlg.accept()
    assert dlg.isVisible() and dlg.error.text()  # refused: a full path is needed
    assert inbox_dir(world.d) == world.d.paths.inbox
    edge.folder = tmp_path / "shared-in"
    edge.folder.mkdir()
    click(qtbot, dlg.findChild(QPushButton, "chooseInbox"))
    assert dlg.inbox.text() == str(edge.folder)
    dlg.accept()
    assert not dlg.isVisible()
    assert inbox_dir(world.d) == edge.folder


# --- the decision dialog ---------------------------------------------------------------------------


def test_a_refusal_without_a_ground_is_refused_and_nothing_is_saved(
    qtbot: QtBot, world: World, imported: dict[str, Any], edge: Edge, shots: Path
) -> None:
    w, asp = world, imported["asp"]
    dlg = DecisionDialog(w.d, asp, AKIMAT, None, lang="ru")
    show(qtbot, dlg)
    assert dlg.assignment_box.isVisible() and not dlg.refusal_box.isVisible()
    dlg.refused.click()
    assert dlg.refusal_box.isVisible() and not dlg.assignment_box.isVisible()
    dlg.decision_number.setText("Ш-1")
    dlg.decided_on.setDate(date(2026, 2, 20))
    click(qtbot, dlg.save_button)
    assert "основание" in dlg.error.text()  # "choose or write the ground", in Russian
    assert "b00020" in dlg.ground_text.styleSheet()
    assert decision_of(w.d, asp) is None
    dlg.grab().save(str(shots / "decision_dialog_error.png"))

    # Closed without saving: what was typed comes back next time.
    click(qtbot, dlg.close_button)
    assert get_draft(w.d, DRAFT_KIND, draft_key(AKIMAT, asp)) is not None
    dlg = DecisionDialog(w.d, asp, AKIMAT, None, lang="ru")
    show(qtbot, dlg)
    assert dlg.refused.isChecked() and dlg.decision_number.text() == "Ш-1"
    assert dlg.hint.isVisible()

    grounds = [dlg.ground.itemData(i) for i in range(dlg.ground.count())]
    assert grounds[0] is None and "income_above_line" in grounds
    dlg.ground.setCurrentIndex(grounds.index("income_above_line"))
    dlg.signer.setText("Бөлім басшысы Төлегенов Д.")
    click(qtbot, dlg.save_button)
    assert dlg.error.text() == ""
    dec = decision_of(w.d, asp)
    assert dec is not None and dec.outcome == "refused"
    assert dec.refusal_ground_code == "income_above_line" and dec.number == "Ш-1"
    assert "Ш-1" in dlg.status.text()
    assert get_draft(w.d, DRAFT_KIND, draft_key(AKIMAT, asp)) is None

    # Print: the decision as a PDF, offered to preview.
    click(qtbot, dlg.print_button)
    assert dlg.printed is not None and dlg.printed.is_file()
    text = "".join(p.extract_text() for p in PdfReader(dlg.printed).pages)
    assert "Ш-1" in text and "Әбілқайыров" in text
    assert edge.boxes[-1][0] == f"Decision on case No. {asp}"


def test_an_assignment_with_a_bad_amount_then_corrected(
    qtbot: QtBot, world: World, imported: dict[str, Any], tmp_path: Path, edge: Edge
) -> None:
    w, fuel = world, imported["fuel"]
    dlg = DecisionDialog(w.d, fuel, AKIMAT, None, lang="kk")
    show(qtbot, dlg)
    dlg.decision_number.setText("Ш-7")
    dlg.decided_on.setDate(date(2026, 2, 20))
    dlg.amount.setText("он мың")
    click(qtbot, dlg.save_button)
    assert "Сома дұрыс емес" in dlg.error.text() and decision_of(w.d, fuel) is None
    dlg.amount.setText("12 500")
    dlg.period.setChecked(True)
    dlg.period_from.setDate(date(2026, 3, 1))
    dlg.period_to.setDate(date(2026, 2, 1))
    click(qtbot, dlg.save_button)
    assert dlg.error.text() and decision_of(w.d, fuel) is None  # the period ends first
    dlg.period_to.setDate(date(2026, 5, 31))
    # A "signed PDF" that is no PDF at all is refused; without it the decision saves.
    edge.open_file = tmp_path / "not-a.pdf"
    edge.open_file.write_bytes(b"plain text")
    click(qtbot, dlg.attach_button)
    click(qtbot, dlg.save_button)
    assert "PDF" in dlg.error.text() and decision_of(w.d, fuel) is None
    click(qtbot, dlg.detach_button)
    click(qtbot, dlg.save_button)
    assert dlg.error.text() == ""
    dec = decision_of(w.d, fuel)
    assert dec is not None and dec.outcome == "assigned" and str(dec.amount) == "12500.00"
    assert (dec.period_from, dec.period_to) == (date(2026, 3, 1), date(2026, 5, 31))

    # Opened again before it is sent: the recorded decision is filled in, to correct it.
    again = DecisionDialog(w.d, fuel, AKIMAT, None, lang="ru")
    show(qtbot, again)
    assert again.assigned.isChecked() and again.decision_number.text() == "Ш-7"
    assert again.amount.text().replace("\u00a0", " ").startswith("12 500")
    assert again.print_button.isEnabled() and not again.hint.isVisible()


# --- the offices window ----------------------------------------------------------------------------


def test_the_offices_window_shows_a_missing_bundle_and_writes_the_return_bundle(
    qtbot: QtBot, world: World, tmp_path: Path, edge: Edge, shots: Path
) -> None:
    from app.bundle_import import import_bundle

    w = world
    bundles = []
    for i in range(3):
        number = register_case(
            w.a,
            "fuel-aid",
            make_iin(date(1980 + i, 3, 4), serial=i + 1),
            f"Сәрсенов{i}",
            "Ұлан",
            datetime(2026, 2, 3, 11, i),
        )
        bundles.append(export_packet(w.a, w.usb, number))
    assert import_bundle(w.d, bundles[0]).ok and import_bundle(w.d, bundles[2]).ok
    with w.d.session() as s:
        numbers = list(s.scalars(select(Application.incoming_number).order_by(Application.id)))
    record_decision(
        w.d, numbers[0], DecisionInput("assigned", "Ш-3", date(2026, 2, 20), amount="8 000")
    )

    dlg = DistrictDialog(w.d, None, lang="ru")
    show(qtbot, dlg)
    assert dlg.offices_table.rowCount() == 1
    assert dlg.offices_table.item(0, O_OFFICE).text().startswith(AKIMAT)
    gap = dlg.offices_table.item(0, O_GAPS)
    assert gap.text() == "No. 2 never arrived"
    assert gap.foreground().color() == QColor("#b00020")
    assert dlg.offices_table.item(0, O_TO_SEND).text() == "1"
    assert dlg.waiting_table.rowCount() == 1  # the decided case no longer waits
    dlg.grab().save(str(shots / "district_dialog.png"))

    edge.folder = tmp_path / "stick"
    edge.folder.mkdir()
    click(qtbot, dlg.return_buttons[AKIMAT])
    qtbot.waitUntil(lambda: not dlg.busy, timeout=JOB_TIMEOUT_MS)
    assert dlg.result is not None
    path = dlg.result.bundle.path
    assert path.parent == edge.folder and path.is_file()
    assert path.name in dlg.result_label.text()
    assert dlg.result.bundle.fingerprint in dlg.fingerprint.text()
    assert dlg.offices_table.item(0, O_TO_SEND).text() == "0"
    dlg.grab().save(str(shots / "district_dialog_after_return.png"))

    # Nothing left to send: the button is off, and asked anyway the refusal is shown and no
    # file is written.
    assert not dlg.return_buttons[AKIMAT].isEnabled()
    before = sorted(edge.folder.iterdir())
    dlg.export_to(AKIMAT, edge.folder)
    qtbot.waitUntil(lambda: not dlg.busy, timeout=JOB_TIMEOUT_MS)
    assert "нечего отправлять" in dlg.result_label.text()
    assert sorted(edge.folder.iterdir()) == before

    # The office imports the return bundle through the same import dialog.
    office = ImportDialog(w.a, None, lang="ru")
    show(qtbot, office)
    run_import(qtbot, office, [path])
    assert office.files_table.item(0, F_STATUS).text() == "Imported"
    assert "1/2026" in office.detail.text()  # the packet the district received
    types = {office.records_table.item(r, 1).text() for r in range(office.records_table.rowCount())}
    assert types == {"Receipt for a packet", "Decision"}


# --- the case view and the register ----------------------------------------------------------------


def test_the_case_view_shows_the_act_the_conclusion_and_the_files(
    qtbot: QtBot, world: World, imported: dict[str, Any], edge: Edge, shots: Path
) -> None:
    w, asp = world, imported["asp"]
    view = DistrictCaseView(w.d, asp, AKIMAT, None, lang="ru")
    show(qtbot, view)
    assert asp in view.header.text() and "Әбілқайыров Нұрлан" in view.header.text()
    assert view.decision_label.text() == "Not decided yet"
    assert view.checklist.rowCount() > 0 and view.steps.rowCount() > 0
    view.grab().save(str(shots / "district_case.png"))

    view.tabs.setCurrentIndex(1)
    qtbot.wait(50)  # the page is laid out at its new size
    assert view.family.rowCount() == 2
    assert view.family.item(0, 0).text() == "Әбілқайыров Нұрлан"
    assert "60\u00a0000,00" in view.family.item(0, 5).text()
    per_capita = view.findChild(QWidget, "perCapita").text()
    assert per_capita.replace("\u00a0", " ") == "30 000,00 ₸"  # 60 000 for two people
    assert "45\u00a0000,00" in view.findChild(QWidget, "threshold").text()
    view.grab().save(str(shots / "district_case_act.png"))

    view.tabs.setCurrentIndex(2)
    qtbot.wait(50)
    roles = {view.files_table.item(r, 1).text() for r in range(view.files_table.rowCount())}
    assert roles == {"Talon", "Inspection act", "Scanned document"}
    act_row = next(
        r
        for r in range(view.files_table.rowCount())
        if view.files_table.item(r, 1).text() == "Inspection act"
    )
    view.files_table.selectRow(act_row)
    assert view.preview_button.isEnabled()
    click(qtbot, view.open_button)
    assert edge.urls and edge.urls[-1].toLocalFile().endswith(".pdf")
    assert Path(edge.urls[-1].toLocalFile()).is_file()
    view.grab().save(str(shots / "district_case_files.png"))

    # A decision recorded elsewhere shows when the view reloads.
    record_decision(
        w.d,
        asp,
        DecisionInput("refused", "Ш-9", date(2026, 2, 20), ground_code="income_above_line"),
    )
    view._load_state()
    view._show_state()
    assert view.decision_label.text().startswith("Refused: No. Ш-9")
    assert view.print_button.isEnabled()


def test_the_district_register_has_an_office_column_filter_and_menu(
    qtbot: QtBot, world: World, imported: dict[str, Any], tmp_path: Path
) -> None:
    w = world
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(w.d, settings=settings, lang="ru")
    show(qtbot, window)
    assert window.district_menu.menuAction().isVisible()
    assert window.model.columnCount() == COL_OFFICE + 1
    assert window.table.horizontalHeader().visualIndex(COL_OFFICE) == 1
    window.show_register()
    assert window.model.rowCount() == 2
    assert window.model.index(0, COL_OFFICE).data().startswith(AKIMAT)
    combo = window.office_combo
    assert combo is not None and combo.findData(AKIMAT) > 0
    combo.setCurrentIndex(combo.findData(AKIMAT))
    assert window.current_filter().office_code == AKIMAT and window.model.rowCount() == 2
    combo.addItem("999999999", "999999999")
    combo.setCurrentIndex(combo.count() - 1)
    assert window.model.rowCount() == 0
    combo.setCurrentIndex(0)
    assert window.model.rowCount() == 2

    # Double-click opens the district's case view, not the office's case card.
    row = window.model.row_of(window.model.row_at(0).id)
    window._on_double_click(window.model.index(row, 0))
    views = [v for v in QApplication.topLevelWidgets() if isinstance(v, DistrictCaseView)]
    assert len(views) == 1 and views[0].number == window.model.row_at(0).number
    views[0].close()
    window.close()

    # An akim's office: no Office column, no District menu.
    office_window = MainWindow(w.a, settings=settings, lang="ru")
    show(qtbot, office_window)
    assert not office_window.district_menu.menuAction().isVisible()
    assert office_window.model.columnCount() == COL_OFFICE
    assert office_window.office_combo is None
    office_window.close()


def test_inbox_files_still_settling_wait(world: World, sent: dict[str, Any]) -> None:
    """The app-level rule the window relies on: a file written just now is left for later."""
    from app.inbox import scan_inbox, unsettled_files

    inbox = inbox_dir(world.d)
    inbox.mkdir(parents=True, exist_ok=True)
    copy = Path(shutil.copy(sent["path"], inbox))
    os.utime(copy, None)
    assert scan_inbox(world.d) == [] and unsettled_files(world.d) == [copy]
    t = time.time() - 5
    os.utime(copy, (t, t))
    assert [r.status for r in scan_inbox(world.d)] == ["imported"]
