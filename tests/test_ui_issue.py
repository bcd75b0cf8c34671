"""The akim's office screens for the way back, used like a person uses them.

Two real homes with real keys (tests/bundle_fixtures.py): the office sends its cases, the
district imports them, records its decisions and sends the return bundle, the office imports
it. Then the issue window hands the result over (a printed receipt or a signature in the
journal), the certificate window issues the same-day certificate, and the packets window
flags a packet the district never acknowledged and writes its file again.

Only QMessageBox, QFileDialog and the print preview's exec are patched: the edge where the
program hands over to the person. What the windows did is read back from the database and
from the files they wrote (PDF text through pypdf).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.bundle_import import import_bundle
from app.context import AppContext
from app.district import DecisionInput, record_decision
from app.issuing import certificate_preview, quarter_of
from app.packets import create_packet, export_packet
from app.returns import export_return
from db.models import Application, AuditEvent, Issuance, OutgoingPacket, Staff
from tests.bundle_fixtures import AKIMAT, World, make_world
from tests.case_fixtures import direct, means_tested, register_case, setup_commission
from ui.case_card import CaseCard
from ui.certificate_dialog import CertificateDialog, certificate_path
from ui.issue_dialog import IssueDialog, receipt_path
from ui.packets_dialog import O_NUMBER, O_RESEND, OLD_BACKGROUND, P_NUMBER, P_STATUS, PacketsDialog
from ui.printing import PdfPrintPreview
from ui.settings_dialog import SettingsDialog

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

JOB_TIMEOUT_MS = 60_000
CERTIFICATE_DAY = datetime(2026, 5, 4, 9, 10)  # the second quarter of 2026
ASP_NAME = "Әбілқайыров Нұрлан"
FUEL_NAME = "Һәкімова Ұлжан"


@pytest.fixture(autouse=True)
def event_loops_run(qapp: QApplication) -> None:
    """One turn of exec() clears a "quit now" left by an earlier test's closed main window
    (see tests/test_ui_packets.py), so pytest-qt's waits and queued signals work here."""
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
    """Where the windows are rendered as PNG (QABYLDAU_SHOTS keeps them to look at)."""
    folder = Path(os.environ.get("QABYLDAU_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def render(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()  # rows added to a shown window appear on the next turn
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 1000


# --- the edge ------------------------------------------------------------------------------


@dataclass
class Edge:
    boxes: list[tuple[str, str]] = field(default_factory=list)  # (text, informative text)
    warnings: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    previews: list[Path] = field(default_factory=list)
    folder: Path | None = None  # getExistingDirectory


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

    def directory(*_a: Any, **_k: Any) -> str:
        return str(e.folder) if e.folder else ""

    def preview_exec(dialog: PdfPrintPreview) -> int:
        e.previews.append(dialog.pdf_path)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(directory))
    monkeypatch.setattr(PdfPrintPreview, "exec", preview_exec)
    return e


def show(qtbot: QtBot, widget: QWidget, *, owned: bool = True) -> None:
    """Show a window; `owned=False` for one the program deletes itself (a dialog it execs)."""
    if owned:
        qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def label(widget: QWidget, name: str) -> str:
    found = widget.findChild(QLabel, name)
    assert found is not None, name
    return found.text()


# --- the way there and back ------------------------------------------------------------------


def _status(ctx: AppContext, number: str) -> str:
    with ctx.session() as s:
        return s.scalar(select(Application.status).where(Application.incoming_number == number))


def _app_id(ctx: AppContext, number: str) -> int:
    with ctx.session() as s:
        return s.scalar(select(Application.id).where(Application.incoming_number == number))


def _issuance(ctx: AppContext, number: str) -> Issuance | None:
    with ctx.session() as s:
        row = s.scalar(
            select(Issuance).join(Application).where(Application.incoming_number == number)
        )
        if row is not None:
            s.expunge(row)
        return row


def _pdf_text(path: Path) -> str:
    return "".join(p.extract_text() for p in PdfReader(path).pages)


def send_and_return(w: World, decide: Any) -> None:
    """Every ready case to the district in one packet, `decide(district)`, and the return
    bundle imported at the office."""
    info = create_packet(w.a)
    report = import_bundle(w.d, export_packet(w.a, info.id, w.usb).path)
    assert report.status == "imported", report.text("en")
    decide(w.d)
    back = import_bundle(w.a, export_return(w.d, AKIMAT, w.usb).bundle.path)
    assert back.status == "imported", back.text("en")


@pytest.fixture
def decided(world: World) -> tuple[str, str]:
    """Two cases with the district's decisions at the office: an assignment, a refusal."""
    w = world
    setup_commission(w.a)
    asp = means_tested(w.a)
    fuel = direct(w.a)

    def decide(d: AppContext) -> None:
        record_decision(
            d,
            asp,
            DecisionInput(
                "assigned",
                "Ш-17",
                date(2026, 2, 20),
                amount="12 500",
                period_from=date(2026, 1, 1),
                period_to=date(2026, 3, 31),
                signer="Бөлім басшысы Төлегенов Д.",
            ),
        )
        record_decision(
            d,
            fuel,
            DecisionInput(
                "refused", "Ш-18", date(2026, 2, 21), ground_text="Құқығы жоқ / Нет права"
            ),
        )

    send_and_return(w, decide)
    assert _status(w.a, asp) == _status(w.a, fuel) == "ready_for_issue"
    return asp, fuel


# --- issuing ---------------------------------------------------------------------------------


def test_issue_dialog_refuses_a_digit_then_prints_the_receipt_and_closes_the_case(
    qtbot: QtBot, world: World, decided: tuple[str, str], edge: Edge, shots: Path
) -> None:
    w = world
    asp, _fuel = decided
    dlg = IssueDialog(w.a, asp, lang="ru")
    show(qtbot, dlg)
    # The decision as the district made it.
    assert label(dlg, "outcome") == "Notice of assignment"
    assert label(dlg, "decisionNumber") == "Ш-17"
    assert label(dlg, "decisionDate") == "20.02.2026"
    assert label(dlg, "amount").startswith("12\u00a0500,00")
    assert label(dlg, "period") == "01.01.2026 – 31.03.2026"
    assert label(dlg, "decisionSigner") == "Бөлім басшысы Төлегенов Д."
    open_pdf = dlg.findChild(QPushButton, "openDecision")
    click(qtbot, open_pdf)
    assert len(edge.previews) == 1 and "Ш-17" in _pdf_text(edge.previews[0])
    # Received by: the applicant by default; the receipt is printed by default.
    assert dlg.recipient_name() == ASP_NAME
    assert dlg.receipt_mode.isChecked() and not dlg.journal_mode.isChecked()
    render(dlg, shots / "issue_dialog.png")

    dlg.recipient.setEditText("Әбілқайыров 2 Нұрлан")
    click(qtbot, dlg.issue_button)
    assert dlg.isVisible()  # stays open, saying why
    assert label(dlg, "error") == "Впишите фамилию и имя получателя (без цифр)."
    assert _status(w.a, asp) == "ready_for_issue" and _issuance(w.a, asp) is None
    receipt = receipt_path(w.a, asp)
    assert not receipt.exists()
    render(dlg, shots / "issue_dialog_error.png")

    dlg.recipient.setEditText(ASP_NAME)
    with qtbot.waitSignal(dlg.issued) as issued:
        click(qtbot, dlg.issue_button)
    result = issued.args[0]
    assert result.result_type == "notice" and result.receipt == receipt
    assert receipt.parent == w.a.paths.root / "documents" / "receipts"
    text = _pdf_text(receipt)
    assert "Ш-17" in text and ASP_NAME in text
    assert edge.boxes[-1][0] == f"Issue receipt for application No. {asp}"
    assert str(receipt) in edge.boxes[-1][1]  # "Saved to: …", with a print preview offered
    assert not dlg.isVisible()
    assert _status(w.a, asp) == "closed"
    row = _issuance(w.a, asp)
    assert row is not None and row.receipt_printed and not row.journal_signature
    assert row.issued_to == ASP_NAME
    assert edge.warnings == []


def test_issue_from_the_case_card_with_a_signature_in_the_journal(
    qtbot: QtBot,
    world: World,
    decided: tuple[str, str],
    edge: Edge,
    shots: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    w = world
    _asp, fuel = decided
    card = CaseCard(w.a, _app_id(w.a, fuel))
    show(qtbot, card)
    # The decision is in its own tab; the button is there and usable.
    tabs = card.tabs
    assert tabs.isTabVisible(card.result_tab)
    tabs.setCurrentIndex(card.result_tab)
    assert label(card, "outcome") == "Reasoned refusal"
    assert label(card, "ground") == "Құқығы жоқ / Нет права"
    assert not card.result_panel.issuance_box.isVisible()
    assert card.issue_button.isVisible() and card.issue_button.isEnabled()
    assert not card.certificate_button.isVisible()
    render(card, shots / "case_card_decision.png")

    seen: list[IssueDialog] = []

    def person_signs_the_journal(dlg: IssueDialog) -> int:
        """What the clerk does in the window: the journal, then Issue."""
        seen.append(dlg)
        show(qtbot, dlg, owned=False)
        assert dlg.recipient_name() == FUEL_NAME
        qtbot.mouseClick(dlg.journal_mode, Qt.MouseButton.LeftButton)
        assert dlg.journal_mode.isChecked() and not dlg.receipt_mode.isChecked()
        render(dlg, shots / "issue_dialog_journal.png")
        click(qtbot, dlg.issue_button)
        return dlg.result()

    monkeypatch.setattr(IssueDialog, "exec", person_signs_the_journal)
    with qtbot.waitSignal(card.caseChanged):
        click(qtbot, card.issue_button)
    assert len(seen) == 1
    assert edge.infos == [
        f"The result is issued to {FUEL_NAME}. Ask them to sign in the journal against "
        f"application No. {fuel}."
    ]
    assert _status(w.a, fuel) == "closed"
    row = _issuance(w.a, fuel)
    assert row is not None and row.journal_signature and not row.receipt_printed
    assert row.result_type == "refusal"
    assert not receipt_path(w.a, fuel).exists()
    # The card shows the handing over, and the button is gone.
    assert not card.issue_button.isVisible()
    assert card.result_panel.issuance_box.isVisible()
    assert label(card, "issuedTo") == FUEL_NAME
    assert label(card, "issuedHow") == "signature in the journal"
    assert label(card, "issuedWhat") == "Reasoned refusal"
    assert label(card, "issuedBy") == "Жұмабаев Қ."
    render(card, shots / "case_card_issued.png")
    assert edge.warnings == []


def test_the_issue_button_waits_for_the_decision(qtbot: QtBot, world: World, edge: Edge) -> None:
    w = world
    number = direct(w.a)
    packet = create_packet(w.a)
    export_packet(w.a, packet.id, w.usb)
    assert _status(w.a, number) == "sent"
    card = CaseCard(w.a, _app_id(w.a, number))
    show(qtbot, card)
    assert card.issue_button.isVisible() and not card.issue_button.isEnabled()
    assert not card.tabs.isTabVisible(card.result_tab)
    dlg = IssueDialog(w.a, number, lang="ru")
    show(qtbot, dlg)
    assert not dlg.issue_button.isEnabled()
    assert label(dlg, "error") == "The district's decision on this case has not arrived yet."
    assert label(dlg, "noDecision") == "No decision from the district yet."
    assert not dlg.findChild(QPushButton, "openDecision").isVisible()


# --- the same-day certificate --------------------------------------------------------------


def _snapshot(root: Path) -> tuple[dict[str, str], list[str]]:
    """Every file but the database's (hashed), and the database's rows, for "wrote nothing".
    The database is compared by content: a reader in WAL mode marks the -shm file."""
    files = {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.startswith("qabyldau.sqlite")
    }
    con = sqlite3.connect(root / "qabyldau.sqlite")
    try:
        rows = list(con.iterdump())
    finally:
        con.close()
    return files, rows


@pytest.fixture
def certificates(world: World) -> tuple[str, str]:
    """An assignment covering the first half of 2026 at the office, and two certificate
    applications on 4 May 2026: one from that family, one from a family with none."""
    w = world
    setup_commission(w.a)
    asp = means_tested(w.a)

    def decide(d: AppContext) -> None:
        record_decision(
            d,
            asp,
            DecisionInput(
                "assigned",
                "Ш-5",
                date(2026, 2, 20),
                period_from=date(2026, 1, 1),
                period_to=date(2026, 6, 30),
            ),
        )

    send_and_return(w, decide)
    yes = register_case(
        w.a, "asp-certificate", "791028302728", "Әбілқайыров", "Нұрлан", datetime(2026, 5, 4, 9)
    )
    no = register_case(
        w.a, "asp-certificate", "061211600012", "Һәкімова", "Ұлжан", datetime(2026, 5, 4, 9, 5)
    )
    return yes, no


def test_certificate_belongs_and_the_preview_writes_nothing(
    qtbot: QtBot, world: World, certificates: tuple[str, str], edge: Edge, shots: Path
) -> None:
    w = world
    yes, _no = certificates
    asp_number = "1/2026"
    before = _snapshot(w.a.paths.root)
    preview = certificate_preview(w.a, yes, when=CERTIFICATE_DAY)
    assert (preview.belongs, preview.quarter_code, preview.basis_case) == (
        True,
        "2026-Q2",
        asp_number,
    )
    dlg = CertificateDialog(w.a, yes, lang="ru", now=CERTIFICATE_DAY)
    show(qtbot, dlg)
    assert _snapshot(w.a.paths.root) == before  # looking is not issuing

    assert label(dlg, "applicant") == ASP_NAME
    assert label(dlg, "iin") == "791028302728"
    assert label(dlg, "quarter") == "Quarter 2 of 2026 (01.04.2026 – 30.06.2026)"
    assert label(dlg, "verdict") == "Belongs to the recipients of targeted social assistance"
    basis = label(dlg, "basis")
    assert "№ Ш-5, 20.02.2026" in basis and asp_number in basis
    assert "01.01.2026 – 30.06.2026" in basis
    assert "Жұмабаев Қ." in label(dlg, "signer")
    assert dlg.recipient.text() == ASP_NAME
    render(dlg, shots / "certificate_belongs.png")

    with qtbot.waitSignal(dlg.issued) as issued:
        click(qtbot, dlg.issue_button)
    result = issued.args[0]
    assert (result.certificate_belongs, result.certificate_quarter) == (True, "2026-Q2")
    pdf = certificate_path(w.a, yes)
    assert result.receipt == pdf and pdf.parent.name == "certificates"
    text = _pdf_text(pdf)
    assert "Ш-5" in text and "Әбілқайыров" in text
    assert edge.boxes[-1][0] == f"Certificate for application No. {yes}"
    assert _status(w.a, yes) == "closed"
    row = _issuance(w.a, yes)
    assert row is not None and row.certificate_belongs and row.journal_signature
    assert edge.warnings == []


def test_certificate_does_not_belong_from_the_case_card(
    qtbot: QtBot,
    world: World,
    certificates: tuple[str, str],
    edge: Edge,
    shots: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    w = world
    _yes, no = certificates
    card = CaseCard(w.a, _app_id(w.a, no))
    show(qtbot, card)
    assert card.certificate_button.isVisible() and card.certificate_button.isEnabled()
    assert not card.issue_button.isVisible()
    assert not card.tabs.isTabVisible(card.result_tab)

    seen: list[CertificateDialog] = []

    def person_issues(dlg: CertificateDialog) -> int:
        seen.append(dlg)
        show(qtbot, dlg, owned=False)
        verdict = dlg.findChild(QLabel, "verdict").text()
        assert verdict == "Does not belong to the recipients of targeted social assistance"
        assert label(dlg, "basis") == (
            "No assignment of targeted social assistance covers this quarter."
        )
        render(dlg, shots / "certificate_does_not_belong.png")
        click(qtbot, dlg.issue_button)  # today: no quarter has an assignment for them
        return dlg.result()

    monkeypatch.setattr(CertificateDialog, "exec", person_issues)
    with qtbot.waitSignal(card.caseChanged):
        click(qtbot, card.certificate_button)
    assert len(seen) == 1
    pdf = certificate_path(w.a, no)
    assert "Һәкімова" in _pdf_text(pdf)
    row = _issuance(w.a, no)
    assert row is not None and row.certificate_belongs is False
    assert _status(w.a, no) == "closed"
    assert not card.certificate_button.isVisible()
    quarter, start, _end = quarter_of(date.today())
    assert label(card, "issuedWhat") == (
        f"Certificate: does not belong to the recipients ({start.year}-Q{quarter})"
    )
    assert edge.warnings == []


def test_without_an_akim_the_certificate_cannot_be_issued(
    qtbot: QtBot, world: World, edge: Edge
) -> None:
    w = world
    number = register_case(w.a, "asp-certificate", "061211600012", "Һәкімова", "Ұлжан")
    with w.a.session() as s:
        s.scalar(select(Staff)).role = "admin"  # an administrator does not sign certificates
    dlg = CertificateDialog(w.a, number, lang="ru", now=CERTIFICATE_DAY)
    show(qtbot, dlg)
    assert not dlg.issue_button.isEnabled()
    assert label(dlg, "error").startswith("Справку подписывает аким")
    dlg.accept()  # Enter on a disabled Issue does nothing
    assert _status(w.a, number) == "registered" and not certificate_path(w.a, number).exists()


# --- acknowledgements and re-sending ---------------------------------------------------------


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_old_unacknowledged_packet_is_flagged_and_resent_as_the_same_file(
    qtbot: QtBot, world: World, edge: Edge, shots: Path
) -> None:
    w = world
    old_case = direct(w.a)
    old = create_packet(w.a, [old_case])
    first = export_packet(w.a, old.id, w.usb / "first")
    young_case = direct(w.a, "791028302728")
    young = create_packet(w.a, [young_case])
    export_packet(w.a, young.id, w.usb / "first")
    today = date.today()
    with w.a.session() as s:  # the first packet went a week ago and nothing came back
        p = s.get(OutgoingPacket, old.id)
        p.sent_at = datetime.combine(today - timedelta(days=7), p.sent_at.time())

    dlg = PacketsDialog(w.a, lang="ru", today=today)
    show(qtbot, dlg)
    dlg.tabs.setCurrentIndex(2)
    table = dlg.outbox_table
    rows = {table.item(r, O_NUMBER).text(): r for r in range(table.rowCount())}
    r_old, r_young = rows[old.outgoing_number], rows[young.outgoing_number]
    flagged = table.item(r_old, O_NUMBER)
    assert flagged.background().color() == OLD_BACKGROUND
    assert not flagged.icon().isNull()  # the warning sign
    assert flagged.toolTip() == "No receipt from the district after 7 day(s)"
    assert table.item(r_young, O_NUMBER).background().color() != OLD_BACKGROUND
    assert table.item(r_young, O_NUMBER).icon().isNull()
    assert table.cellWidget(r_young, O_RESEND) is None
    assert "5 days or more" in dlg.findChild(QLabel, "outboxIntro").text()
    # The packets tab says how long each has waited, and flags the same one.
    packets = {
        dlg.packets_table.item(r, P_NUMBER).text(): r for r in range(dlg.packets_table.rowCount())
    }
    status = dlg.packets_table.item(packets[old.outgoing_number], P_STATUS).text()
    assert status == (
        f"Sent {(today - timedelta(days=7)):%d.%m.%Y}, awaiting acknowledgement for 7 day(s)"
    )
    assert (
        dlg.packets_table.item(packets[old.outgoing_number], P_NUMBER).background().color()
        == OLD_BACKGROUND
    )
    render(dlg, shots / "packets_outbox_flagged.png")
    dlg.tabs.setCurrentIndex(1)
    render(dlg, shots / "packets_flagged.png")
    dlg.tabs.setCurrentIndex(2)

    resend = table.cellWidget(r_old, O_RESEND)
    assert isinstance(resend, QPushButton) and resend.text() == "Re-send…"
    edge.folder = w.usb / "again"
    edge.folder.mkdir(parents=True)
    with qtbot.waitSignal(dlg.packetExported, timeout=JOB_TIMEOUT_MS) as exported:
        click(qtbot, resend)
    result = exported.args[0]
    assert result.resent and result.packet_id == old.id
    again = edge.folder / first.file_name
    assert [p.name for p in edge.folder.iterdir()] == [first.file_name]
    assert sha256(again) == sha256(first.path) == first.sha256
    with w.a.session() as s:
        assert s.get(OutgoingPacket, old.id).status == "sent"  # still waiting for the receipt
        assert "resend" in set(s.scalars(select(AuditEvent.action)))
    assert edge.warnings == []


def test_the_settings_window_moves_the_re_send_limit(
    qtbot: QtBot, world: World, edge: Edge, shots: Path
) -> None:
    w = world
    case = direct(w.a)
    packet = create_packet(w.a, [case])
    export_packet(w.a, packet.id, w.usb)
    today = date.today()
    with w.a.session() as s:
        p = s.get(OutgoingPacket, packet.id)
        p.sent_at = datetime.combine(today - timedelta(days=7), p.sent_at.time())

    settings = SettingsDialog(w.a, lang="ru")
    show(qtbot, settings)
    assert settings.resend_days.value() == 5 and settings.packets_box.isVisible()
    render(settings, shots / "settings_resend.png")
    settings.resend_days.setValue(10)
    settings.buttons.button(settings.buttons.StandardButton.Ok).click()
    assert settings.result() == QDialog.DialogCode.Accepted
    with w.a.session() as s:
        assert w.a.get_setting(s, "resend_after_days") == 10
        event = s.scalars(
            select(AuditEvent).where(AuditEvent.entity_id == "resend_after_days")
        ).one()
        assert event.action == "set"

    dlg = PacketsDialog(w.a, lang="ru", today=today)
    show(qtbot, dlg)
    row = 0
    assert dlg.outbox_table.item(row, O_NUMBER).background().color() != OLD_BACKGROUND
    assert dlg.outbox_table.cellWidget(row, O_RESEND) is None
    assert "10 days or more" in dlg.findChild(QLabel, "outboxIntro").text()

    # At the district there are no packets of its own to wait for: no such setting shown.
    district = SettingsDialog(w.d, lang="ru")
    show(qtbot, district)
    assert not district.packets_box.isVisible()


# --- the main window ------------------------------------------------------------------------


def test_the_akims_office_can_import_return_bundles_from_the_file_menu(
    qtbot: QtBot, world: World, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from ui.main_window import MainWindow

    window = MainWindow(
        world.a, settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    assert window.import_action in window.file_menu.actions()
    assert window.import_action.isEnabled() and window.import_action.isVisible()


# --- the certificate offered right after the intake -------------------------------------------


def test_registering_a_certificate_application_opens_the_certificate_window(
    qtbot: QtBot, world: World, edge: Edge, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.intake_dialog import CODE_ROLE, IntakeDialog

    w = world
    offered: list[tuple[str, str]] = []

    def person_looks_and_cancels(dlg: CertificateDialog) -> int:
        offered.append((dlg.preview.number, label(dlg, "verdict")))
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(CertificateDialog, "exec", person_looks_and_cancels)
    intake = IntakeDialog(w.a)
    show(qtbot, intake)
    lst = intake.service_list
    item = next(
        lst.item(i) for i in range(lst.count()) if lst.item(i).data(CODE_ROLE) == "asp-certificate"
    )
    lst.setCurrentItem(item)
    intake.iin.setText("061211600012")
    intake.surname.setText("Һәкімова")
    intake.name.setText("Ұлжан")
    for i in range(intake.documents.count()):
        intake.documents.item(i).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(intake.registered) as registered:
        click(qtbot, intake.register_button)
    with w.a.session() as s:
        number = s.get(Application, registered.args[0]).incoming_number
    # After the talon, the certificate window; closed without issuing, the case waits.
    assert edge.boxes[0][0] == f"Talon No. {number} is ready"
    assert offered == [(number, "Does not belong to the recipients of targeted social assistance")]
    assert _status(w.a, number) == "registered"
