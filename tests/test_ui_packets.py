"""The packets, verify and keys windows used like a person uses them.

An akim's office and its district, each with real keys in the encrypted test keyring
(tests/bundle_fixtures.py), each trusting the other's card. Only QMessageBox, QFileDialog
and QDesktopServices are patched: the edge where the program hands over to the person or
the system. What the windows did is read back from the database and the files they wrote.
"""

from __future__ import annotations

import json
import os
import threading
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import keyring.backends.fail
import pyrage
import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QThreadPool, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import keys, trust
from app.bundle import verify_bundle
from app.context import AppContext
from app.intake import ApplicantInput, IntakeRequest, register
from app.office import init_office
from app.packets import PROGRESS_TOTAL, create_packet, export_packet, list_packets, outbox
from db.models import Application, OutgoingPacket
from tests.bundle_fixtures import World, make_office, make_world
from tests.keyring_backend import active_keyring
from ui.keys_dialog import AddCardDialog, KeysDialog, PassphraseDialog
from ui.main_window import MainWindow
from ui.packets_dialog import (
    O_MAIL,
    O_NUMBER,
    OLD_BACKGROUND,
    P_STATUS,
    R_APPLICANT,
    R_CHECK,
    BackgroundJob,
    PacketsDialog,
)
from ui.verify_dialog import COL_MARK, COL_REASON, VerifyDialog

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    # Said by Qt's offscreen platform whenever a window with a size constraint is shown.
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

JOB_TIMEOUT_MS = 60_000
YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
PEOPLE = [
    ("791028302728", "Әбдіғалиев", "Ерлан"),
    ("061211600012", "Серікова", "Айгерім"),
]
SCAN_BYTES = 3 * 1024 * 1024  # big enough that the bytes take a part of the progress bar


@pytest.fixture(autouse=True)
def event_loops_run(qapp: QApplication) -> None:
    """Make sure Qt's event loops run in these tests, whatever ran before them.

    tests/test_ui_main.py's run_gui smoke tests close their window after `app.exec()` has
    returned; the quit that the last closed window posts then arrives outside `exec()`, and
    Qt's "quit now" flag stays set: every later event loop (pytest-qt's waits, a worker's
    queued signals) returns at once. One turn of `exec()` clears the flag.
    """
    QTimer.singleShot(0, qapp.quit)
    qapp.exec()


# --- the offices and their cases ---------------------------------------------------------


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    yield from make_world(tmp_path)


def register_ready(ctx: AppContext, iin: str, surname: str, name: str) -> str:
    """A registered fuel-aid case: not means-tested, so it goes straight to the district."""
    result = register(
        ctx,
        IntakeRequest(
            service_code="fuel-aid",
            applicant=ApplicantInput(iin=iin, surname=surname, name=name),
            documents=["application", "identity_document"],
        ),
    )
    return result.incoming_number


def attach_scan(ctx: AppContext, number: str) -> Path:
    """A scanned identity document (random bytes: nothing to compress) for one case."""
    rel = f"scans/{number.replace('/', '-')}-id.jpg"
    scan = ctx.paths.root / rel
    scan.parent.mkdir(parents=True, exist_ok=True)
    scan.write_bytes(os.urandom(SCAN_BYTES))
    with ctx.session() as s:
        app = s.scalar(select(Application).where(Application.incoming_number == number))
        assert app is not None
        doc = next(d for d in app.documents if d.code == "identity_document")
        doc.attachment_path = rel
    return scan


@pytest.fixture
def cases(world: World) -> list[str]:
    numbers = [register_ready(world.a, *person) for person in PEOPLE]
    attach_scan(world.a, numbers[0])
    return numbers


def statuses(ctx: AppContext) -> dict[str, str]:
    with ctx.session() as s:
        return {a.incoming_number: a.status for a in s.scalars(select(Application))}


def packet_rows(ctx: AppContext) -> list[tuple[str, str, str | None]]:
    with ctx.session() as s:
        return [
            (p.outgoing_number, p.status, p.bundle_fingerprint)
            for p in s.scalars(select(OutgoingPacket).order_by(OutgoingPacket.id))
        ]


def qbl_files(folder: Path) -> list[str]:
    """Everything in a folder that could pass for a bundle, or be the half of one."""
    if not folder.exists():
        return []
    return sorted(p.name for p in folder.iterdir() if ".qbl" in p.name)


# --- the edge ------------------------------------------------------------------------------


@dataclass
class Edge:
    boxes: list[tuple[str, str]] = field(default_factory=list)  # (text, informative text)
    warnings: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    answer: QMessageBox.StandardButton = YES
    folder: Path | None = None  # getExistingDirectory
    open_file: Path | None = None  # getOpenFileName
    save_to: Path | None = None  # getSaveFileName
    urls: list[QUrl] = field(default_factory=list)


@pytest.fixture
def edge(monkeypatch: pytest.MonkeyPatch) -> Edge:
    e = Edge()

    def box_exec(box: QMessageBox) -> int:
        e.boxes.append((box.text(), box.informativeText()))
        return 0  # closed without choosing

    def warning(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
        e.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    def information(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
        e.infos.append(text)
        return QMessageBox.StandardButton.Ok

    def question(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
        e.questions.append(text)
        return e.answer

    def directory(*_a: Any, **_k: Any) -> str:
        return str(e.folder) if e.folder else ""

    def open_name(*_a: Any, **_k: Any) -> tuple[str, str]:
        return (str(e.open_file) if e.open_file else "", "")

    def save_name(*_a: Any, **_k: Any) -> tuple[str, str]:
        return (str(e.save_to) if e.save_to else "", "")

    def open_url(url: QUrl) -> bool:
        e.urls.append(QUrl(url))
        return True

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(directory))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return e


def show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_tab(qtbot: QtBot, dlg: PacketsDialog, index: int) -> None:
    bar = dlg.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert dlg.tabs.currentIndex() == index


def click_cell(qtbot: QtBot, table: QTableWidget, row: int, col: int) -> None:
    rect = table.visualItemRect(table.item(row, col))
    # Right of the check box, on the text: selects the row without ticking it.
    pos = QPoint(rect.right() - 4, rect.center().y())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def tick(qtbot: QtBot, table: QTableWidget, row: int) -> None:
    """Tick a ready case as from the keyboard: go to its box and press Space."""
    click_cell(qtbot, table, row, R_CHECK)
    assert table.currentRow() == row and table.currentColumn() == R_CHECK
    qtbot.keyClick(table, Qt.Key.Key_Space)


def open_packets(qtbot: QtBot, ctx: AppContext, **kw: Any) -> PacketsDialog:
    dlg = PacketsDialog(ctx, lang="ru", **kw)
    show(qtbot, dlg)
    return dlg


# --- the packets window ----------------------------------------------------------------------


def test_create_a_packet_of_the_ticked_cases(
    qtbot: QtBot, world: World, cases: list[str], edge: Edge
) -> None:
    dlg = open_packets(qtbot, world.a)
    table = dlg.ready_table
    assert [table.item(r, R_CHECK).text() for r in range(table.rowCount())] == cases
    assert table.item(0, R_APPLICANT).text() == "Әбдіғалиев Ерлан"
    assert not dlg.create_button.isEnabled()  # nothing ticked yet

    tick(qtbot, table, 1)
    assert dlg.checked_numbers() == [cases[1]]
    assert dlg.chosen_label.text() == "Chosen: 1 of 2"
    assert not dlg.all_check.isChecked()

    edge.answer = NO  # a second thought: nothing happens
    click(qtbot, dlg.create_button)
    assert packet_rows(world.a) == []

    edge.answer = YES
    with qtbot.waitSignal(dlg.packetCreated) as created:
        click(qtbot, dlg.create_button)
    assert edge.questions[-1] == "Put 1 case(s) into a new outgoing packet to the district?"
    info = created.args[0]
    assert info.cases == (cases[1],)
    assert packet_rows(world.a) == [(info.outgoing_number, "draft", None)]
    assert statuses(world.a) == {cases[0]: "registered", cases[1]: "in_packet"}
    # The packet is shown selected, and the case left the ready list.
    assert dlg.tabs.currentIndex() == 1
    assert dlg.selected_packet() is not None and dlg.selected_packet().id == info.id
    assert dlg.packets_table.item(0, P_STATUS).text() == "Not exported yet"
    assert dlg.fingerprint_value.text() == "—"
    assert [table.item(r, R_CHECK).text() for r in range(table.rowCount())] == [cases[0]]
    assert dlg.export_button.isDefault()
    assert edge.warnings == []


class Recorder(QObject):
    """The values a progress bar showed. A QObject's slot, not a bare function: PySide6
    crashes at exit when a function stays connected to a widget that Qt has deleted."""

    def __init__(self) -> None:
        super().__init__()
        self.values: list[int] = []

    @Slot(int)
    def record(self, value: int) -> None:
        self.values.append(value)


def test_all_ready_then_export_to_a_usb_stick_with_progress(
    qtbot: QtBot, world: World, cases: list[str], edge: Edge
) -> None:
    dlg = open_packets(qtbot, world.a)
    qtbot.mouseClick(dlg.all_check, Qt.MouseButton.LeftButton)
    assert dlg.checked_numbers() == cases
    assert dlg.chosen_label.text() == "Chosen: 2 of 2"
    with qtbot.waitSignal(dlg.packetCreated):
        click(qtbot, dlg.create_button)
    assert statuses(world.a) == dict.fromkeys(cases, "in_packet")

    edge.folder = world.usb
    world.usb.mkdir()
    seen = Recorder()
    with qtbot.waitSignal(dlg.packetExported, timeout=JOB_TIMEOUT_MS) as exported:
        click(qtbot, dlg.export_button)
        progress = dlg.findChild(QProgressDialog, "exportProgress")
        assert progress is not None and progress.isVisible()
        progress.findChild(QProgressBar).valueChanged.connect(seen.record)
        # The window did not freeze, and it cannot be closed or asked twice meanwhile.
        assert dlg.busy
        assert not dlg.export_button.isEnabled() and not dlg.close_button.isEnabled()
        dlg.close()
        assert dlg.isVisible()
    result = exported.args[0]

    # The progress dialog was fed by the export (half-way: see the cancel test), up to the
    # end, and is gone.
    values = seen.values
    assert values == sorted(values) and values[-1] == PROGRESS_TOTAL
    assert dlg.findChild(QProgressDialog, "exportProgress") is None or not progress.isVisible()
    assert not dlg.busy

    # One whole bundle on the stick, the same bytes in the archive, both verifying.
    assert qbl_files(world.usb) == [result.file_name]
    assert result.file_name.endswith(".qbl")
    on_stick = world.usb / result.file_name
    assert on_stick.read_bytes() == (world.a.paths.archive / result.file_name).read_bytes()
    assert verify_bundle(world.d, on_stick).ok

    # The packet shows it: sent, with the file and its fingerprint.
    assert packet_rows(world.a) == [(result.outgoing_number, "sent", result.fingerprint)]
    assert statuses(world.a) == dict.fromkeys(cases, "sent")
    assert dlg.packets_table.item(0, P_STATUS).text().startswith("Sent ")
    assert dlg.file_value.text() == result.file_name
    assert dlg.fingerprint_value.text() == result.fingerprint
    assert len(result.fingerprint.split()) == 16  # SHA-256 in groups of four
    text, informative = edge.boxes[-1]
    assert str(on_stick) in text
    assert result.file_name in informative and result.fingerprint in informative
    assert dlg.tabs.tabText(2) == "Outbox (1)"
    assert edge.warnings == []


class HeldPool:
    """A pool that keeps the job until the test starts it: the test can then hold the worker
    half-way (as a slow USB stick would) while the person watches the bar and presses
    Cancel."""

    def __init__(self) -> None:
        self.jobs: list[BackgroundJob] = []

    def start(self, job: BackgroundJob) -> None:
        self.jobs.append(job)


def test_cancelling_an_export_half_way_leaves_no_bundle(
    qtbot: QtBot, world: World, cases: list[str], edge: Edge
) -> None:
    info = create_packet(world.a, cases)
    pool = HeldPool()
    dlg = open_packets(qtbot, world.a, pool=pool)
    click_tab(qtbot, dlg, 1)
    edge.folder = world.usb
    world.usb.mkdir()
    click(qtbot, dlg.export_button)
    progress = dlg.findChild(QProgressDialog, "exportProgress")
    bar = progress.findChild(QProgressBar)
    (job,) = pool.jobs

    half = PROGRESS_TOTAL // 2
    reached, release = threading.Event(), threading.Event()
    report = job.progress  # what the dialog gave the core as its progress callback

    def held_half_way(done: int, total: int) -> None:  # on the worker thread
        report(done, total)  # the dialog sees the value (or the worker is told to stop)
        if half <= done < total and not reached.is_set():
            reached.set()
            release.wait(JOB_TIMEOUT_MS / 1000)

    job.progress = held_half_way
    QThreadPool.globalInstance().start(job)
    try:
        qtbot.waitUntil(reached.is_set, timeout=JOB_TIMEOUT_MS)
        qtbot.waitUntil(lambda: bar.value() >= half, timeout=JOB_TIMEOUT_MS)
        assert bar.value() < PROGRESS_TOTAL
        cancel = progress.findChild(QPushButton)
        assert cancel.text() == "Cancel"
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert dlg.hint.text() == "Cancelling the export…"
    finally:
        release.set()
    qtbot.waitUntil(lambda: not dlg.busy, timeout=JOB_TIMEOUT_MS)

    assert dlg.hint.text() == "The export was cancelled: no file was written."
    assert qbl_files(world.usb) == []  # no bundle, no half of one
    assert qbl_files(world.a.paths.archive) == []
    assert packet_rows(world.a) == [(info.outgoing_number, "draft", None)]
    assert statuses(world.a) == dict.fromkeys(cases, "in_packet")
    assert dlg.packets_table.item(0, P_STATUS).text() == "Not exported yet"
    assert edge.warnings == [] and edge.boxes == []

    # Nothing was used up: the next export gets the first sequence number.
    result = export_packet(world.a, info.id, world.usb)
    assert result.sequence == 1
    assert qbl_files(world.usb) == [result.file_name]


def test_outbox_shows_old_packets_in_red_and_sends_by_the_mail_client(
    qtbot: QtBot, world: World, cases: list[str], edge: Edge
) -> None:
    first = create_packet(world.a, cases[:1])
    export_packet(world.a, first.id, world.usb)
    second = create_packet(world.a, cases[1:])
    export_packet(world.a, second.id, world.usb)
    sent = {e.packet_id: e.sent_at.date() for e in outbox(world.a)}
    # Seen five days later, with the first packet's age pushed one day further.
    with world.a.session() as s:
        p = s.get(OutgoingPacket, first.id)
        assert p is not None and p.sent_at is not None
        p.sent_at -= timedelta(days=1)
    today = sent[second.id] + timedelta(days=4)
    dlg = open_packets(qtbot, world.a, today=today)
    click_tab(qtbot, dlg, 2)
    table = dlg.outbox_table
    assert [table.item(r, O_NUMBER).text() for r in range(2)] == [
        first.outgoing_number,
        second.outgoing_number,
    ]
    assert table.item(0, O_NUMBER).background().color() == OLD_BACKGROUND  # 5 days
    assert table.item(1, O_NUMBER).background().color() != OLD_BACKGROUND  # 4 days

    click_cell(qtbot, table, 1, O_NUMBER)
    edge.answer = YES  # "Has the message gone?"
    with qtbot.waitSignal(dlg.emailed) as emailed:
        click(qtbot, dlg.outbox_mail_button)
    assert emailed.args == [second.id]
    mail, folder = edge.urls
    assert mail.scheme() == "mailto"
    assert second.outgoing_number in urllib.parse.unquote(mail.toString())
    assert Path(folder.toLocalFile()) == world.a.paths.archive
    entry = next(e for e in outbox(world.a) if e.packet_id == second.id)
    assert entry.emailed_via == "mail-client"
    row = next(r for r in range(2) if table.item(r, O_NUMBER).text() == second.outgoing_number)
    assert table.item(row, O_MAIL).text().startswith("sent ")
    assert edge.warnings == []


# --- verifying a bundle ----------------------------------------------------------------------


def exported(world: World, numbers: list[str]) -> Path:
    info = create_packet(world.a, numbers)
    return export_packet(world.a, info.id, world.usb).path


def run_verify(qtbot: QtBot, ctx: AppContext, path: Path) -> VerifyDialog:
    dlg = VerifyDialog(ctx, path, lang="ru")
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.verified, timeout=JOB_TIMEOUT_MS):
        dlg.show()
    return dlg


def rows(dlg: VerifyDialog) -> dict[str, tuple[str, str]]:
    t = dlg.table
    return {
        t.item(r, COL_MARK).data(Qt.ItemDataRole.UserRole): (
            t.item(r, COL_MARK).text(),
            t.item(r, COL_REASON).text(),
        )
        for r in range(t.rowCount())
    }


def test_verify_dialog_shows_the_failing_check_of_a_tampered_bundle(
    qtbot: QtBot, world: World, cases: list[str]
) -> None:
    good = exported(world, cases)
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0x01  # one changed byte on the way
    bad = world.tmp / "tampered.qbl"
    bad.write_bytes(bytes(data))

    dlg = run_verify(qtbot, world.d, bad)
    report = verify_bundle(world.d, bad)
    failed = report.failed
    assert failed is not None and failed.ru
    shown = rows(dlg)
    assert shown["readable"] == ("✓", "passed")
    assert shown[failed.name] == ("✗", failed.ru)  # its reason, in the interface language
    assert all(mark == "–" for mark, _ in list(shown.values())[2:])
    assert dlg.summary.text() == f"The bundle is refused: {failed.ru}"
    assert not dlg.busy

    # The untouched file passes every check, and the dialog shows its fingerprint.
    dlg = run_verify(qtbot, world.d, good)
    assert {mark for mark, _ in rows(dlg).values()} == {"✓"}
    assert dlg.summary.text().startswith("The bundle is intact")
    fingerprint = verify_bundle(world.d, good).to_json()["fingerprint"]
    assert fingerprint in dlg.fingerprint.text()


def test_the_akimat_checks_its_own_bundle_as_its_archive_copy(
    qtbot: QtBot, world: World, cases: list[str]
) -> None:
    dlg = run_verify(qtbot, world.a, exported(world, cases))
    assert dlg.report is not None and dlg.report.mode == "archive" and dlg.report.ok
    assert {mark for mark, _ in rows(dlg).values()} == {"✓"}
    assert dlg.summary.text().startswith("This is one of this office's own bundles")


def test_the_menus_open_the_new_windows(
    qtbot: QtBot,
    world: World,
    cases: list[str],
    edge: Edge,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[tuple[type, Any, Any, Path | None]] = []

    def exec_(dlg: Any) -> int:
        # Noted now: the window deletes the dialog once it is closed.
        opened.append((type(dlg), dlg.parent(), dlg.ctx, getattr(dlg, "path", None)))
        if isinstance(dlg, VerifyDialog):  # let its worker finish before it is deleted
            qtbot.waitUntil(lambda: dlg.report is not None, timeout=JOB_TIMEOUT_MS)
        return 0

    for cls in (PacketsDialog, KeysDialog, VerifyDialog):
        monkeypatch.setattr(cls, "exec", exec_)
    window = MainWindow(world.a, lang="ru")
    show(qtbot, window)
    actions = window.packets_menu.actions()
    assert window.packets_action in actions and window.keys_action in actions
    assert window.verify_action in actions and window.verify_action in window.file_menu.actions()

    window.packets_action.trigger()
    edge.open_file = exported(world, cases)
    window.verify_action.trigger()
    window.keys_action.trigger()
    assert [cls for cls, *_ in opened] == [PacketsDialog, VerifyDialog, KeysDialog]
    assert all(parent is window and ctx is world.a for _cls, parent, ctx, _path in opened)
    assert opened[1][3] == edge.open_file


# --- keys and trusted offices ----------------------------------------------------------------


def other_district_card(world: World) -> tuple[Path, str]:
    """A second district office's card file, which the akimat does not trust yet."""
    other = make_office(
        world.tmp / "other", "district", "196410000", "Басқа аудан бөлімі", "Другой районный отдел"
    )
    card = keys.public_card(other)
    other.close()
    path = world.tmp / "196410000.card.json"
    path.write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")
    return path, card["fingerprint"]


def fingerprints(ctx: AppContext) -> list[str]:
    return sorted(c.fingerprint for c in trust.list_trusted(ctx))


def test_a_card_with_a_wrong_fingerprint_is_refused_and_trusts_nothing(
    qtbot: QtBot, world: World, edge: Edge
) -> None:
    card_path, right = other_district_card(world)
    before = fingerprints(world.a)
    dlg = KeysDialog(world.a, lang="ru")
    show(qtbot, dlg)
    assert dlg.fingerprint_label.text() == keys.public_card(world.a)["fingerprint"]
    assert dlg.table.rowCount() == len(before) == 2

    edge.open_file = card_path
    click(qtbot, dlg.add_button)
    add = dlg.add_dialog
    assert isinstance(add, AddCardDialog) and add.isVisible()
    assert add.office_label.text().startswith("196410000 Другой районный отдел")
    assert right not in add.office_label.text()  # read from the sheet, never from the file

    groups = right.split()
    groups[3] = "0000" if groups[3] != "0000" else "1111"
    qtbot.keyClicks(add.fingerprint_edit, " ".join(groups))
    click(qtbot, add.ok_button)
    assert len(edge.warnings) == 1
    assert edge.warnings[0].startswith("Отпечаток не совпадает: карточка не принята.")
    assert add.error.text() == edge.warnings[0]
    assert add.isVisible()  # to type it again
    assert fingerprints(world.a) == before
    assert dlg.table.rowCount() == 2

    # Typed right (as heard: lower case, no spaces) the same card is accepted.
    add.fingerprint_edit.clear()
    qtbot.keyClicks(add.fingerprint_edit, right.replace(" ", "").lower())
    click(qtbot, add.ok_button)
    qtbot.waitUntil(lambda: not add.isVisible())
    assert fingerprints(world.a) == sorted([*before, right])
    assert dlg.table.rowCount() == 3
    assert dlg.hint.text() == "The card of 196410000 Другой районный отдел is trusted."
    assert len(edge.warnings) == 1


def test_backup_asks_the_passphrase_twice_and_writes_a_restorable_file(
    qtbot: QtBot, world: World, edge: Edge
) -> None:
    dlg = KeysDialog(world.a, lang="ru")
    show(qtbot, dlg)
    edge.save_to = world.tmp / "keys-backup"  # the extension is added
    click(qtbot, dlg.backup_button)
    ask = dlg.passphrase_dialog
    assert isinstance(ask, PassphraseDialog) and ask.isVisible()
    assert ask.first.echoMode() == ask.first.EchoMode.Password
    qtbot.keyClicks(ask.first, "short")
    assert not ask.ok_button.isEnabled()
    qtbot.keyClicks(ask.first, " but long enough")
    qtbot.keyClicks(ask.second, "short but long enougH")
    assert not ask.ok_button.isEnabled()
    assert ask.hint.text() == "The two passphrases differ."
    qtbot.keyClick(ask.second, Qt.Key.Key_Backspace)
    qtbot.keyClicks(ask.second, "h")
    click(qtbot, ask.ok_button)
    qtbot.waitUntil(lambda: not ask.isVisible())

    out = world.tmp / "keys-backup.age"
    assert dlg.hint.text().startswith(f"The keys are saved to {out}.")
    payload = json.loads(pyrage.passphrase.decrypt(out.read_bytes(), "short but long enough"))
    assert payload["card"]["fingerprint"] == keys.public_card(world.a)["fingerprint"]
    assert edge.warnings == []


def test_without_a_secure_key_store_the_keys_dialog_says_so(
    qtbot: QtBot, home: Path, edge: Edge
) -> None:
    with active_keyring(keyring.backends.fail.Keyring()), AppContext(home) as ctx:
        init_office(ctx, role="akimat", code="196435100", name_kk="Әкімдік", name_ru="Акимат")
        dlg = KeysDialog(ctx, lang="ru")
        show(qtbot, dlg)
        assert dlg.status_label.text().startswith("Нет безопасного места для ключей офиса")
        assert dlg.create_button.isVisible()
        assert not dlg.export_button.isEnabled() and not dlg.backup_button.isEnabled()
        click(qtbot, dlg.create_button)
        assert len(edge.warnings) == 1
        assert edge.warnings[0].startswith("Нет безопасного места для ключей офиса")
        assert not keys.has_keys(ctx)
        assert list_packets(ctx) == []
