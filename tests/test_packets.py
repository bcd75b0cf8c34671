"""Outgoing packets end to end, between two office homes (an akimat and its district, each
with its own keys in the test keyring, trusting each other): ready cases, numbering, the
cover letter before and after the export, the bundle the district verifies and opens,
re-sending the same file, interrupted exports, the outbox, mailto and SMTP, and the CLI."""

from __future__ import annotations

import base64
import email
import hashlib
import itertools
import json
import re
import socketserver
import subprocess
import threading
import urllib.parse
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from app import packets
from app.bundle import CHECKS, open_bundle, validate_json, verify_bundle
from app.catalogue import Limit
from app.commission import refer
from app.context import AppContext
from app.deadlines import apply_limit
from app.errors import UserError
from app.iin import make_iin
from app.keys import group_hex
from db.models import (
    Application,
    AuditEvent,
    BundleLog,
    OutgoingPacket,
    PacketItem,
)
from forms import labels as L
from tests.bundle_fixtures import (
    AKIMAT,
    DISTRICT,
    World,
    make_office,
    make_world,
    trust_each_other,
)
from tests.case_fixtures import (
    ASP_IIN,
    FUEL_IIN,
)
from tests.case_fixtures import attach as _attach
from tests.case_fixtures import direct as _direct
from tests.case_fixtures import means_tested as _means_tested
from tests.case_fixtures import register_case as _register
from tests.case_fixtures import setup_commission as _setup_commission


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    yield from make_world(
        tmp_path, staff_surname="Жұмабаев", staff_name="Қайрат", staff_login="akim"
    )


@pytest.fixture
def cases(world: World) -> tuple[str, str]:
    """A means-tested case with its completed act (and a scan), and a direct fuel-aid case."""
    a = world.a
    _setup_commission(a)
    asp = _means_tested(a)
    _attach(a, asp, b"\xff\xd8\xff\xe0" + bytes(range(256)) * 400)
    fuel = _direct(a)
    return asp, fuel


def _status(ctx: AppContext, number: str) -> str:
    with ctx.session() as s:
        return s.scalar(select(Application.status).where(Application.incoming_number == number))


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def _count(ctx: AppContext, model: type) -> int:
    with ctx.session() as s:
        return s.scalar(select(func.count()).select_from(model))


# --- ready cases and creating packets ----------------------------------------------------


def test_ready_cases_are_completed_acts_and_direct_department_cases(
    world: World, cases: tuple[str, str]
) -> None:
    a = world.a
    asp, fuel = cases
    waiting = _register(a, "asp", make_iin(date(1985, 6, 6)), "Сәрсенов", "Ерлан")  # no act
    at_commission = _register(a, "asp", make_iin(date(1990, 7, 7)), "Төлегенов", "Арман")
    refer(a, at_commission, datetime(2026, 2, 4, 11, 0))
    certificate = _register(a, "asp-certificate", make_iin(date(1970, 1, 1)), "Оспан", "Ұлан")
    ready = packets.ready_cases(a)
    assert [(c.number, c.status, c.means_tested) for c in ready] == [
        (asp, "act_done", True),
        (fuel, "registered", False),
    ]
    assert ready[0].applicant_iin == ASP_IIN and ready[0].service.ru.startswith("Назначение")
    for number, code in (
        (waiting, "needs-commission"),
        (at_commission, "at-commission"),
        (certificate, "not-for-department"),
    ):
        with pytest.raises(UserError) as err:
            packets.create_packet(a, [number])
        assert err.value.code == code, number
        assert err.value.kk and err.value.ru and err.value.en
    assert _count(a, OutgoingPacket) == 0  # refused before anything was written


def test_create_numbers_the_packet_and_moves_the_cases(
    world: World, cases: tuple[str, str]
) -> None:
    a = world.a
    asp, fuel = cases
    info = packets.create_packet(a, when=datetime(2026, 2, 9, 9, 30))
    assert (info.outgoing_number, info.status, info.recipient_code) == ("1/2026", "draft", DISTRICT)
    assert info.cases == (asp, fuel)
    assert info.recipient_name is not None and "отдел" in info.recipient_name.ru
    assert _status(a, asp) == _status(a, fuel) == "in_packet"
    assert packets.ready_cases(a) == []
    with a.session() as s:
        assert s.scalar(select(func.count()).select_from(PacketItem)) == 2
        actions = [
            (e.entity, e.action)
            for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))
            if e.entity == "packet" or e.action == "in-packet"
        ]
    assert actions == [("application", "in-packet")] * 2 + [("packet", "create")]

    # A case already in a packet, an empty packet: refused, with nothing written.
    with pytest.raises(UserError) as err:
        packets.create_packet(a, [asp])
    assert err.value.code == "already-in-packet"
    with pytest.raises(UserError) as err:
        packets.create_packet(a)
    assert err.value.code == "empty-packet"
    with pytest.raises(UserError) as err:
        packets.create_packet(a, ["999/2026"])
    assert err.value.code == "no-application"
    assert _count(a, OutgoingPacket) == 1

    # The next packet takes the next number; a new year starts again at 1.
    second = _direct(a, make_iin(date(1991, 3, 3)))
    assert packets.create_packet(a, [second], when=datetime(2026, 2, 10, 9, 0)).outgoing_number == (
        "2/2026"
    )
    third = _direct(a, make_iin(date(1992, 4, 4)))
    nxt = packets.create_packet(a, [third], when=datetime(2027, 1, 12, 9, 0))
    assert (nxt.outgoing_number, nxt.year, nxt.number) == ("1/2027", 2027, 1)
    assert [p.outgoing_number for p in packets.list_packets(a)] == ["1/2027", "2/2026", "1/2026"]


def test_the_recipient_is_the_one_trusted_district_unless_chosen(
    world: World, tmp_path: Path
) -> None:
    w = world
    lonely = make_office(tmp_path / "lonely", "akimat", "196499900", "Ж", "Н")
    _direct(lonely)
    with pytest.raises(UserError) as err:
        packets.create_packet(lonely)
    assert err.value.code == "no-district" and "trust add" in err.value.ru
    lonely.close()

    other = make_office(tmp_path / "other", "district", "196500000", "Басқа", "Другой")
    trust_each_other(w.a, other, tmp_path)
    number = _direct(w.a)
    with pytest.raises(UserError) as err:
        packets.create_packet(w.a, [number])
    assert err.value.code == "several-districts" and "--to" in err.value.ru
    with pytest.raises(UserError) as err:
        packets.create_packet(w.a, [number], "196999999")
    assert err.value.code == "unknown-recipient"
    info = packets.create_packet(w.a, [number], "196500000")
    assert info.recipient_code == "196500000"
    other.close()


# --- the case record ----------------------------------------------------------------------


def test_case_record_matches_the_bundle_schema(world: World, cases: tuple[str, str]) -> None:
    a = world.a
    asp, fuel = cases
    with a.session() as s:
        app = s.scalar(select(Application).where(Application.incoming_number == asp))
        app.representative_name = "Һәкімов Ұлан"
        app.representative_iin = FUEL_IIN
        record = packets.case_record(s, app)
        direct = packets.case_record(
            s, s.scalar(select(Application).where(Application.incoming_number == fuel))
        )
    assert validate_json(record) == [] and validate_json(direct) == []
    assert record["uuid"] == app.uuid and record["office_code"] == AKIMAT
    assert record["applicant"]["iin"] == ASP_IIN and record["applicant"]["surname"] == "Әбілқайыров"
    assert record["application"]["incoming_number"] == asp
    assert record["application"]["representative"]["iin"] == FUEL_IIN
    assert [f["name"] for f in record["act"]["family"]] == ["Нұрлан", "Айгүл"]
    assert record["act"]["family"][0]["incomes"] == [{"kind": "wage", "monthly_amount": "60000.00"}]
    assert record["act"]["dwelling"]["area"] == "54.50"
    assert [m["present"] for m in record["act"]["commission"]["members"]] == [True, True]
    assert record["conclusion"]["needs_assistance"] is True
    assert record["conclusion"]["per_capita_income"] == "30000.00"
    assert record["conclusion"]["threshold_kind"] == "poverty_line"
    assert [e["action"] for e in record["events"]] == ["register", "to-commission", "conclusion"]
    roles = {f["role"]: f["path"] for f in record["files"]}
    assert set(roles) == {"talon", "scan", "act"}
    scan = next(c for c in record["checklist"] if c["file"])
    assert scan["file"] == roles["scan"] and roles["scan"].endswith("/scans/01-application.jpg")
    # A case without an act sends no act and no conclusion.
    assert direct["act"] is None and direct["conclusion"] is None
    assert [f["role"] for f in direct["files"]] == ["talon"]


# --- printing, exporting, verifying at the district -----------------------------------------


def test_export_the_district_verifies_opens_and_the_letter_names_the_file(
    world: World, cases: tuple[str, str]
) -> None:
    w = world
    a = w.a
    asp, fuel = cases
    info = packets.create_packet(a)

    before = w.tmp / "before.pdf"
    packets.print_packet(a, info.id, before, w.tmp / "before.docx")
    text = _pdf_text(before)
    for label in (L.COVER_LETTER_TITLE, L.TRANSFER_LIST_TITLE):
        assert label.kk in text and label.ru in text
    for number, name in ((asp, "Әбілқайыров Нұрлан"), (fuel, "Һәкімова Ұлжан")):
        assert number in text and name in text
    assert "экспортталмаған / ещё не выгружен" in text
    assert "Жұмабаев Қ." in text  # the akim signs
    assert (w.tmp / "before.docx").stat().st_size > 0

    calls: list[tuple[int, int]] = []
    result = packets.export_packet(a, info.id, w.usb, progress=lambda d, t: calls.append((d, t)))
    raw = result.path.read_bytes()
    sha = hashlib.sha256(raw).hexdigest()
    assert result.path == w.usb / f"{AKIMAT}-{DISTRICT}-000001.qbl"
    assert result.archive_path.read_bytes() == raw  # the office's own copy, once
    assert sorted(p.name for p in w.usb.iterdir()) == [result.file_name]
    # No third copy: build_bundle's archive is the office's copy (the outbox is a list).
    assert not a.paths.outbox.exists() or not list(a.paths.outbox.glob("*.qbl"))
    assert (result.sha256, result.sequence, result.record_count) == (sha, 1, 2)
    assert calls[-1] == (packets.PROGRESS_TOTAL, packets.PROGRESS_TOTAL)
    assert all(b[0] >= x[0] for x, b in itertools.pairwise(calls))
    assert ASP_IIN.encode() not in raw and b"%PDF" not in raw
    assert not [p for p in (a.paths.root / "tmp").iterdir()]  # nothing left in clear

    # The district can prove who sent it and that nothing changed …
    report = verify_bundle(w.d, result.path)
    assert report.ok, report.to_json()
    assert [c.name for c in report.checks] == list(CHECKS)
    assert report.sha256 == sha
    # … and reads the cases, with their PDFs and scans.
    with open_bundle(w.d, result.path) as opened:
        assert opened.info["Packet-Number"] == "1/2026"
        records = {r["application"]["incoming_number"]: r for r in opened.records}
        assert set(records) == {asp, fuel}
        assert records[asp]["applicant"]["iin"] == ASP_IIN
        assert records[fuel]["applicant"]["iin"] == FUEL_IIN
        assert [m["surname"] for m in records[asp]["act"]["family"]] == [
            "Әбілқайыров",
            "Әбілқайырова",
        ]
        for r in records.values():
            for f in r["files"]:
                assert f["path"] in opened.files, f
                if f["path"].endswith(".pdf"):
                    assert opened.files[f["path"]].read_bytes().startswith(b"%PDF")
                    assert f["sheets"] and f["sheets"] >= 1
        scan = next(f for f in records[asp]["files"] if f["role"] == "scan")
        assert opened.files[scan["path"]].read_bytes().startswith(b"\xff\xd8\xff\xe0")
        letter = opened.files[packets.COVER_LETTER_PATH]
        inside = _pdf_text(letter)
        assert asp in inside and fuel in inside and "ещё не выгружен" in inside

    # The packet is sent, with the bundle's identity and fingerprint.
    with a.session() as s:
        packet = s.get(OutgoingPacket, info.id)
        assert packet.status == "sent" and packet.sent_at is not None
        assert packet.bundle_uuid == result.uuid == report.bundle["uuid"]
        assert packet.bundle_sequence == 1
        assert packet.bundle_fingerprint == group_hex(sha)
        sent_at = packet.sent_at
        cal = a.calendar(s)
        app = s.scalar(select(Application).where(Application.incoming_number == asp))
        assert app.status == "sent"
        forward = next(st for st in app.steps if st.code == "to_department")
        decision = next(st for st in app.steps if st.code == "decision")
        assert forward.done_at == sent_at
        assert decision.started_at == sent_at and decision.done_at is None
        assert decision.due_at == apply_limit(cal, sent_at, Limit(1, "working_days"))
        assert app.next_due_at == decision.due_at
        direct = s.scalar(select(Application).where(Application.incoming_number == fuel))
        review = next(st for st in direct.steps if st.code == "review")
        assert direct.status == "sent" and review.due_at == direct.next_due_at
        assert review.due_at == apply_limit(
            cal, apply_limit(cal, sent_at, Limit(15, "minutes")), Limit(14, "working_days")
        )
        assert s.scalar(select(func.count()).select_from(BundleLog)) == 1

    # The cover letter printed now names the same file and the same fingerprint.
    after = w.tmp / "after.pdf"
    packets.print_packet(a, info.id, after)
    text = _pdf_text(after)
    assert result.file_name in text
    assert group_hex(sha) in text
    assert "ещё не выгружен" not in text
    assert packets.packet_info(a, "1/2026").file_name == result.file_name

    # It waits in the outbox until the district acknowledges it.
    (entry,) = packets.outbox(a, today=sent_at.date())
    assert (entry.outgoing_number, entry.age_days, entry.cases) == ("1/2026", 0, 2)
    assert entry.archive_path == result.archive_path and entry.emailed_at is None
    later = packets.outbox(a, today=date.fromordinal(sent_at.date().toordinal() + 9))
    assert later[0].age_days == 9

    url = packets.mailto_url(a, info.id)
    assert url.startswith("mailto:?subject=")
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
    body = query["body"][0]
    assert "№ 1/2026" in query["subject"][0]
    assert result.file_name in body and group_hex(sha) in body
    assert "Прикрепите файл сами" in body and "Файлды өзіңіз тіркеңіз" in body
    assert str(result.archive_path) in body
    assert len(url) < 2000  # what Windows and older mail clients accept in a mailto: link
    packets.mark_emailed(a, info.id)
    assert packets.outbox(a)[0].emailed_via == "mail-client"


def test_re_export_writes_the_same_bundle_the_district_sees_as_a_duplicate(
    world: World, cases: tuple[str, str]
) -> None:
    w = world
    info = packets.create_packet(w.a)
    first = packets.export_packet(w.a, info.id, w.usb)
    again = packets.export_packet(w.a, info.id, w.tmp / "stick2")
    assert again.resent and not first.resent
    assert again.path.read_bytes() == first.path.read_bytes()
    assert (again.uuid, again.sequence, again.sha256) == (first.uuid, first.sequence, first.sha256)
    assert again.record_count == 2 and again.payload_bytes == first.payload_bytes
    with w.a.session() as s:
        assert s.scalar(select(func.count()).select_from(BundleLog)) == 1  # no new bundle
        assert s.get(OutgoingPacket, info.id).bundle_fingerprint == group_hex(first.sha256)
    # Re-sending to the folder that already holds it is harmless.
    assert packets.export_packet(w.a, info.id, w.usb).path == first.path

    # The district imported the first copy; the re-sent one is the same bundle, not a new one.
    report = verify_bundle(w.d, again.path)
    assert report.ok and report.bundle["uuid"] == first.uuid
    with w.d.session() as s:
        s.add(
            BundleLog(
                direction="received",
                kind="outgoing",
                bundle_uuid=first.uuid,
                source_office_code=AKIMAT,
                recipient_office_code=DISTRICT,
                sequence=first.sequence,
                created_at=datetime.now(),
                status="imported",
            )
        )
    dup = verify_bundle(w.d, again.path)
    assert dup.failed is not None and dup.failed.name == "sequence"
    assert "уже загружен" in (dup.failed.ru or "")

    # A damaged archive copy is never re-sent.
    first.archive_path.write_bytes(first.archive_path.read_bytes()[:-10])
    with pytest.raises(UserError) as err:
        packets.export_packet(w.a, info.id, w.tmp / "stick3")
    assert err.value.code == "archive-damaged"
    assert not (w.tmp / "stick3" / first.file_name).exists()


class PulledStick(Exception):
    pass


@pytest.mark.parametrize("at", [0.05, 0.6], ids=["while-rendering", "while-bundling"])
def test_interrupted_export_leaves_no_bundle_and_the_packet_unsent(
    world: World, cases: tuple[str, str], at: float
) -> None:
    w = world
    asp, fuel = cases
    _attach(w.a, fuel, b"\xff\xd8\xff\xe0" + bytes(range(256)) * 16_000)  # 4 MB to stream
    info = packets.create_packet(w.a)
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done >= total * at:
            raise PulledStick()

    with pytest.raises(PulledStick):
        packets.export_packet(w.a, info.id, w.usb, progress=progress)
    assert seen
    assert not w.usb.exists() or not any(p.suffix == ".qbl" for p in w.usb.iterdir())
    assert not w.a.paths.archive.exists() or list(w.a.paths.archive.iterdir()) == []
    assert list((w.a.paths.root / "tmp").iterdir()) == []
    assert packets.packet_info(w.a, info.id).status == "draft"
    assert _status(w.a, asp) == _status(w.a, fuel) == "in_packet"
    assert packets.outbox(w.a) == []
    # Nothing was spent: the next export is bundle no. 1 and it verifies.
    result = packets.export_packet(w.a, info.id, w.usb)
    assert result.sequence == 1 and verify_bundle(w.d, result.path).ok


def test_a_missing_scan_is_refused_before_anything_is_written(
    world: World, cases: tuple[str, str]
) -> None:
    w = world
    asp, _fuel = cases
    info = packets.create_packet(w.a)
    scan = next((w.a.paths.root / "documents" / "scans").rglob("*.JPG"))
    scan.unlink()
    with pytest.raises(UserError) as err:
        packets.export_packet(w.a, info.id, w.usb)
    assert err.value.code == "scan-missing" and asp in err.value.ru
    assert not w.usb.exists()
    assert packets.packet_info(w.a, info.id).status == "draft"


def test_mail_needs_an_exported_packet(world: World, cases: tuple[str, str]) -> None:
    info = packets.create_packet(world.a)
    for call in (packets.mailto_url, packets.mark_emailed, packets.send_smtp):
        with pytest.raises(UserError) as err:
            call(world.a, info.id)
        assert err.value.code in ("not-exported", "smtp-not-configured")


# --- SMTP against a loopback server --------------------------------------------------------


class _SMTPServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, password: str, reject_rcpt: bool = False) -> None:
        super().__init__(("127.0.0.1", 0), _SMTPHandler)
        self.password = password
        self.reject_rcpt = reject_rcpt
        self.messages: list[bytes] = []
        self.auth: list[bytes] = []
        self.rcpt: list[str] = []


class _SMTPHandler(socketserver.StreamRequestHandler):
    """Just enough SMTP for smtplib: EHLO, AUTH PLAIN, MAIL, RCPT, DATA, QUIT."""

    server: _SMTPServer

    def reply(self, text: str) -> None:
        self.wfile.write(text.encode("ascii") + b"\r\n")

    def handle(self) -> None:
        srv = self.server
        self.reply("220 127.0.0.1 test SMTP")
        while line := self.rfile.readline():
            cmd = line.decode("ascii", "replace").strip()
            verb = cmd.split(" ", 1)[0].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250-127.0.0.1")
                self.reply("250-AUTH PLAIN")
                self.reply("250 SIZE 50000000")
            elif verb == "AUTH":
                creds = base64.b64decode(cmd.split()[2])
                srv.auth.append(creds)
                ok = creds.split(b"\0")[2] == srv.password.encode()
                self.reply("235 2.7.0 accepted" if ok else "535 5.7.8 bad credentials")
            elif verb == "MAIL":
                self.reply("250 OK")
            elif verb == "RCPT":
                srv.rcpt.append(cmd)
                self.reply("550 5.1.1 no such mailbox" if srv.reject_rcpt else "250 OK")
            elif verb == "DATA":
                self.reply("354 end with .")
                body = []
                while (data := self.rfile.readline()) not in (b".\r\n", b""):
                    body.append(data[1:] if data.startswith(b"..") else data)
                srv.messages.append(b"".join(body))
                self.reply("250 OK queued")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            elif verb in ("RSET", "NOOP"):
                self.reply("250 OK")
            else:
                self.reply("502 not implemented")


@pytest.fixture
def smtp_server() -> Iterator[_SMTPServer]:
    server = _SMTPServer(password="тест-құпия-сөз")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _exported(w: World) -> packets.ExportResult:
    info = packets.create_packet(w.a)
    return packets.export_packet(w.a, info.id, w.usb)


def test_smtp_delivers_the_bundle_as_an_attachment(
    world: World, cases: tuple[str, str], smtp_server: _SMTPServer
) -> None:
    w = world
    result = _exported(w)
    settings = packets.SmtpSettings(
        host="127.0.0.1",
        port=smtp_server.server_address[1],
        user="akimat@kosshy.kz",
        sender="akimat@kosshy.kz",
        to="otdel@rayon.kz",
        starttls=False,
        timeout=10,
    )
    packets.save_smtp_settings(w.a, settings)
    assert packets.smtp_settings(w.a) == settings
    packets.set_smtp_password("akimat@kosshy.kz", "тест-құпия-сөз")
    with w.a.session() as s:
        assert "тест" not in json.dumps(w.a.get_setting(s, "smtp"), ensure_ascii=False)
    packets.send_smtp(w.a, result.packet_id)

    assert smtp_server.auth == [b"\0akimat@kosshy.kz\0" + "тест-құпия-сөз".encode()]
    assert [r.upper() for r in smtp_server.rcpt] == ["RCPT TO:<OTDEL@RAYON.KZ>"]
    (raw,) = smtp_server.messages
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert "1/2026" in msg["Subject"] and AKIMAT in msg["Subject"]
    parts = list(msg.iter_attachments())
    assert [p.get_filename() for p in parts] == [result.file_name]
    assert parts[0].get_content() == result.path.read_bytes()
    assert group_hex(result.sha256) in msg.get_body(("plain",)).get_content()
    (entry,) = packets.outbox(w.a)
    assert entry.emailed_via == "smtp" and entry.emailed_at is not None
    assert entry.last_error is None
    # The mailto link now names the district's address from the settings.
    assert packets.mailto_url(w.a, result.packet_id).startswith("mailto:otdel@rayon.kz?")


def test_a_failing_smtp_leaves_the_packet_in_the_outbox(
    world: World, cases: tuple[str, str], smtp_server: _SMTPServer
) -> None:
    w = world
    result = _exported(w)
    smtp_server.reject_rcpt = True
    packets.set_smtp_password("akimat@kosshy.kz", "тест-құпия-сөз")
    settings = packets.SmtpSettings(
        host="127.0.0.1",
        port=smtp_server.server_address[1],
        user="akimat@kosshy.kz",
        sender="akimat@kosshy.kz",
        to="nobody@rayon.kz",
        starttls=False,
        timeout=10,
    )
    with pytest.raises(UserError) as err:
        packets.send_smtp(w.a, result.packet_id, settings)
    assert err.value.code == "smtp-failed"
    assert "остался в исходящих" in err.value.ru and "nobody@rayon.kz" in err.value.ru
    assert smtp_server.messages == []
    (entry,) = packets.outbox(w.a)
    assert entry.emailed_at is None and "nobody@rayon.kz" in (entry.last_error or "")

    # A wrong password and a server that is not there fail the same clear way.
    packets.set_smtp_password("akimat@kosshy.kz", "wrong")
    smtp_server.reject_rcpt = False
    with pytest.raises(UserError) as err:
        packets.send_smtp(w.a, result.packet_id, settings)
    assert err.value.code == "smtp-failed"
    closed = socketserver.TCPServer(("127.0.0.1", 0), socketserver.BaseRequestHandler)
    port = closed.server_address[1]
    closed.server_close()
    with pytest.raises(UserError) as err:
        packets.send_smtp(
            w.a,
            result.packet_id,
            packets.SmtpSettings(
                host="127.0.0.1", port=port, sender="a@b.kz", to="c@d.kz", starttls=False
            ),
        )
    assert err.value.code == "smtp-failed"
    assert packets.packet_info(w.a, result.packet_id).status == "sent"
    assert len(packets.outbox(w.a)) == 1 and smtp_server.messages == []


# --- the CLI, end to end ----------------------------------------------------------------------


def test_cli_create_print_export_outbox_mailto_and_key_sheet(
    world: World, cases: tuple[str, str]
) -> None:
    w = world
    asp, fuel = cases
    home = str(w.a.paths.root)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [w.python(), "-m", "app", "--home", home, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=w.cli_env(),
            timeout=180,
        )

    r = run("packet", "ready", "--json")
    assert r.returncode == 0, r.stderr
    assert [c["number"] for c in json.loads(r.stdout)["ready"]] == [asp, fuel]

    r = run("packet", "create")
    assert r.returncode == 2 and "--ready" in r.stderr and "Traceback" not in r.stderr
    r = run("packet", "create", "77/2026")
    assert r.returncode == 2 and "Заявление № 77/2026 не найдено" in r.stderr

    r = run("packet", "create", "--ready", "--json")
    assert r.returncode == 0, r.stderr
    created = json.loads(r.stdout)
    assert created["number"] == "1/2026" and created["cases"] == [asp, fuel]
    pid = str(created["id"])

    r = run("packet", "list", "--json")
    assert [p["status"] for p in json.loads(r.stdout)["packets"]] == ["draft"]

    letter, docx = w.tmp / "letter.pdf", w.tmp / "letter.docx"
    r = run("packet", "print", pid, "--out", str(letter), "--docx", str(docx))
    assert r.returncode == 0, r.stderr
    assert "ещё не выгружен" in _pdf_text(letter) and docx.is_file()

    r = run("packet", "mailto", pid)
    assert r.returncode == 2 and "ещё не выгружен" in r.stderr

    r = run("packet", "export", "1/2026", "--out", str(w.usb), "--json")
    assert r.returncode == 0, r.stderr
    exported = json.loads(r.stdout)
    path = Path(exported["path"])
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    assert exported["sha256"] == sha and exported["fingerprint"] == group_hex(sha)
    assert verify_bundle(w.d, path).ok

    r = run("packet", "export", pid, "--out", str(w.tmp / "again"))
    assert r.returncode == 0, r.stderr
    assert f"Отпечаток (SHA-256): {group_hex(sha)}" in r.stdout
    assert path.name in r.stdout and "тот же файл" in r.stdout

    r = run("packet", "print", pid, "--out", str(letter))
    assert group_hex(sha) in _pdf_text(letter) and path.name in _pdf_text(letter)

    r = run("packet", "outbox", "--json")
    (entry,) = json.loads(r.stdout)["outbox"]
    assert entry["packet"] == "1/2026" and entry["fingerprint"] == group_hex(sha)

    r = run("packet", "mailto", pid)
    assert r.returncode == 0 and r.stdout.startswith("mailto:")
    assert urllib.parse.quote(path.name) in r.stdout

    sheet = w.tmp / "sheet.pdf"
    r = run("keys", "sheet", "--out", str(sheet))
    assert r.returncode == 0, r.stderr
    fingerprint = re.search(r"Отпечаток: ([0-9A-F ]+)", r.stdout).group(1).strip()
    text = _pdf_text(sheet)
    assert fingerprint in text and "ОТПЕЧАТОК КЛЮЧА ОФИСА" in text
    assert all(g in text for g in fingerprint.split())
