"""The way back, end to end between two (or three) office homes with real keys: the district
imports bundles (replays, out of order, a gap and its repair, untrusted senders, a crash in
the middle), records decisions, sends the return bundle; the office imports it, the packet is
acknowledged, the result is issued and the case closes. The whole loop also through the CLI."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from app import bundle_import, packets
from app.bundle_import import import_bundle
from app.bundle_status import bundles_status, unacknowledged_packets
from app.context import AppContext
from app.district import DecisionInput, delivery_status, record_decision, waiting_for_decision
from app.errors import UserError
from app.iin import make_iin
from app.issuing import issue_certificate, issue_result
from app.returns import export_return
from db.models import (
    Applicant,
    Application,
    ApplicationStep,
    AuditEvent,
    BundleLog,
    CaseFile,
    CaseRecord,
    Decision,
    DocumentItem,
    Issuance,
    OutgoingPacket,
)
from tests.bundle_fixtures import (
    AKIMAT,
    DISTRICT,
    World,
    make_office,
    make_world,
    trust_each_other,
)
from tests.case_fixtures import attach, direct, means_tested, register_case, setup_commission

OTHER = "196437200"
IINS = tuple(
    make_iin(date(1980 + i, 3, 4), serial=i + 1) for i in range(3)
)  # a second akim's office of the same district

TABLES = (
    Applicant,
    Application,
    ApplicationStep,
    DocumentItem,
    CaseRecord,
    CaseFile,
    Decision,
    BundleLog,
    Issuance,
)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    yield from make_world(
        tmp_path,
        staff_surname="Жұмабаев",
        staff_name="Қайрат",
        staff_login="akim",
        staff_role="akim",
    )


def _export_packet(ctx: AppContext, out: Path, *numbers: str) -> Path:
    info = packets.create_packet(ctx, list(numbers)) if numbers else packets.create_packet(ctx)
    return packets.export_packet(ctx, info.id, out).path


def _counts(ctx: AppContext) -> dict[str, int]:
    with ctx.session() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) for m in TABLES}


def _status(ctx: AppContext, number: str) -> str:
    with ctx.session() as s:
        return s.scalar(select(Application.status).where(Application.incoming_number == number))


def _three_bundles(w: World) -> list[Path]:
    """Three packets from the akim's office, one case each (sequences 1, 2, 3)."""
    out = []
    for i, iin in enumerate(IINS):
        number = register_case(
            w.a, "fuel-aid", iin, f"Сәрсенов{i}", "Ұлан", datetime(2026, 2, 3, 11, i)
        )
        out.append(_export_packet(w.a, w.usb, number))
    return out


# --- import at the district -------------------------------------------------------------------


def test_import_creates_the_cases_with_their_documents_and_a_replay_changes_nothing(
    world: World,
) -> None:
    w = world
    setup_commission(w.a)
    asp = means_tested(w.a)
    attach(w.a, asp, b"\xff\xd8\xff\xe0" + bytes(range(256)) * 50)
    fuel = direct(w.a)
    path = _export_packet(w.a, w.usb)

    report = import_bundle(w.d, path)
    assert report.status == "imported", report.text("en")
    assert report.counts() == {"new": 2, "updated": 0, "unchanged": 0, "refused": 0}
    assert sorted(r.number for r in report.records) == sorted([asp, fuel])
    assert report.kept_report is not None and report.kept_report.is_file()

    with w.d.session() as s:
        case = s.scalar(select(Application).where(Application.incoming_number == asp))
        assert case.office.code == AKIMAT and case.status == "sent"
        assert case.applicant.surname == "Әбілқайыров"
        assert [st.code for st in case.steps]  # the route came along with its dues
        record = json.loads(s.get(CaseRecord, case.id).record_json)
        assert record["act"]["outcome"] == "inspected"
        assert record["conclusion"]["needs_assistance"] in (True, False)
        files = {
            f.role: f for f in s.scalars(select(CaseFile).where(CaseFile.application_id == case.id))
        }
        assert set(files) == {"talon", "act", "scan"}
        act_pdf = w.d.paths.root / files["act"].stored_path
        assert "ТЕКСЕРУ АКТІСІ" in "".join(p.extract_text() for p in PdfReader(act_pdf).pages)
        log = s.scalar(select(BundleLog).where(BundleLog.direction == "received"))
        assert log.status == "imported" and log.sequence == 1
    # The received file itself is archived.
    assert list((w.d.paths.archive / "received").glob("*.qbl"))

    before = _counts(w.d)
    again = import_bundle(w.d, path)
    assert again.status == "already_imported" and again.ok
    assert "already imported on" in again.text("en").lower()
    assert _counts(w.d) == before


def test_a_resent_packet_is_unchanged_and_a_corrected_case_is_updated(world: World) -> None:
    w = world
    number = direct(w.a)
    first = _export_packet(w.a, w.usb)
    assert import_bundle(w.d, first).counts()["new"] == 1

    # The office corrects the applicant's phone and sends the case again in a new packet.
    with w.a.session() as s:
        app = s.scalar(select(Application).where(Application.incoming_number == number))
        app.applicant.phone = "+7 777 000 0000"
        app.status = "act_done"
        s.execute(
            OutgoingPacket.__table__.update().values(status="acknowledged")
        )  # the first packet is done with; the case can go again
    packets_before = packets.list_packets(w.a)
    assert packets_before
    from db.models import PacketItem

    with w.a.session() as s:
        s.execute(PacketItem.__table__.delete())
    second = _export_packet(w.a, w.usb, number)
    report = import_bundle(w.d, second)
    assert report.counts() == {"new": 0, "updated": 1, "unchanged": 0, "refused": 0}
    with w.d.session() as s:
        assert s.scalar(select(Applicant.phone)) == "+7 777 000 0000"
        assert s.scalar(select(func.count()).select_from(Application)) == 1


def test_out_of_order_a_gap_and_its_repair(world: World) -> None:
    w = world
    b1, b2, b3 = _three_bundles(w)
    assert import_bundle(w.d, b3).status == "imported"  # arrived first
    assert import_bundle(w.d, b1).status == "imported"
    (office,) = delivery_status(w.d)
    assert office.office_code == AKIMAT
    assert office.last_sequence == 3 and office.gaps == [2]
    assert office.unacknowledged == 2 and office.waiting_decision == 2
    status = bundles_status(w.d)
    assert status["role"] == "district" and status["offices"][0]["gaps"] == [2]

    assert import_bundle(w.d, b2).status == "imported"
    (office,) = delivery_status(w.d)
    assert office.gaps == [] and office.waiting_decision == 3
    assert [c.number for c in waiting_for_decision(w.d)] != []


def test_several_files_at_once_go_in_sequence_order(world: World) -> None:
    w = world
    files = _three_bundles(w)
    reports = bundle_import.import_bundles(w.d, list(reversed(files)))
    assert [r.status for r in reports] == ["imported"] * 3
    assert [r.bundle["sequence"] for r in reports] == [1, 2, 3]


def test_a_bundle_from_an_untrusted_office_is_refused_and_writes_nothing(
    world: World, tmp_path: Path
) -> None:
    w = world
    stranger = make_office(
        tmp_path / "stranger", "akimat", OTHER, "Басқа округ әкімі", "Аким другого округа"
    )
    # The stranger trusts the district (so it can encrypt to it); the district never
    # confirmed the stranger's fingerprint.
    from app import keys, trust

    card = keys.public_card(w.d)
    path = tmp_path / "district.card.json"
    path.write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")
    trust.import_card(stranger, path, card["fingerprint"])
    register_case(stranger, "fuel-aid", "061211600012", "Бөтен", "Адам")
    bad = _export_packet(stranger, w.usb)
    before = _counts(w.d)
    report = import_bundle(w.d, bad)
    assert report.status == "refused" and not report.ok
    assert report.to_json()["failed_check"] == "signer_trusted"
    assert _counts(w.d) == before
    assert report.kept_report is not None and "signer_trusted" in report.kept_report.read_text(
        "utf-8"
    )
    stranger.close()


def test_a_crash_in_the_middle_of_an_import_leaves_nothing_half_imported(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = world
    for i, iin in enumerate(IINS):
        register_case(w.a, "fuel-aid", iin, f"Ермеков{i}", "Ұлан", datetime(2026, 2, 3, 11, i))
    path = _export_packet(w.a, w.usb)
    monkeypatch.setattr(bundle_import, "CHUNK", 1)  # one batch per case: stop after the first
    before = _counts(w.d)

    def crash(done: int, total: int) -> None:
        if done == 1:
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        import_bundle(w.d, path, progress=crash)
    assert _counts(w.d) == before
    # Nothing remembers the failed attempt: the same file imports whole afterwards.
    report = import_bundle(w.d, path)
    assert report.status == "imported" and report.counts()["new"] == 3


def test_the_wrong_kind_of_bundle_for_the_role_is_refused(world: World) -> None:
    w = world
    direct(w.a)
    path = _export_packet(w.a, w.usb)
    # An akim's office opening its own outgoing bundle: not for it.
    report = import_bundle(w.a, path)
    assert report.status == "refused"
    assert report.to_json()["failed_check"] in ("decrypts", "recipient", "kind_role")


# --- decisions, the return bundle, issuing ----------------------------------------------------


def test_decisions_go_back_acknowledge_the_packet_and_are_issued(world: World) -> None:
    w = world
    setup_commission(w.a)
    asp = means_tested(w.a)
    fuel = direct(w.a)
    path = _export_packet(w.a, w.usb)
    import_bundle(w.d, path)

    with pytest.raises(UserError) as e:
        record_decision(w.d, asp, DecisionInput("refused", "Ш-1", date(2026, 2, 20)))
    assert e.value.code == "no-ground"
    with pytest.raises(UserError) as e:
        record_decision(
            w.d, asp, DecisionInput("refused", "Ш-1", date(2026, 2, 20), ground_code="nope")
        )
    assert e.value.code == "bad-ground" and "income_above_line" in e.value.message("en")
    record_decision(
        w.d,
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
        w.d,
        fuel,
        DecisionInput("refused", "Ш-18", date(2026, 2, 21), ground_text="Құқығы жоқ / Нет права"),
    )
    assert _status(w.d, asp) == "decided"
    (office,) = delivery_status(w.d)
    assert office.decisions_to_send == 2 and office.unacknowledged == 1

    ret = export_return(w.d, AKIMAT, w.usb)
    assert (ret.acknowledgements, ret.decisions) == (1, 2)
    with pytest.raises(UserError) as e:
        export_return(w.d, AKIMAT, w.usb)
    assert e.value.code == "nothing-to-return"
    with pytest.raises(UserError) as e:  # sent: no longer changeable
        record_decision(w.d, asp, DecisionInput("assigned", "Ш-99", date(2026, 2, 22)))
    assert e.value.code == "decision-sent"

    assert unacknowledged_packets(w.a)[0]["number"] == "1/2026"
    report = import_bundle(w.a, ret.bundle.path)
    assert report.status == "imported", report.text("en")
    assert report.packets_acknowledged == ["1/2026"]
    assert report.counts()["new"] == 2
    assert _status(w.a, asp) == _status(w.a, fuel) == "ready_for_issue"
    assert unacknowledged_packets(w.a) == []
    with w.a.session() as s:
        packet = s.scalar(select(OutgoingPacket))
        assert packet.status == "acknowledged" and packet.acknowledged_at is not None
        dec = s.scalar(select(Decision).join(Application).where(Application.incoming_number == asp))
        assert dec.number == "Ш-17" and str(dec.amount) == "12500.00"
        pdf = w.a.paths.root / dec.pdf_path
        text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
        assert "Ш-17" in text and "Әбілқайыров" in text

    # The same return bundle again: nothing changes.
    before = _counts(w.a)
    assert import_bundle(w.a, ret.bundle.path).status == "already_imported"
    assert _counts(w.a) == before

    receipt = w.tmp / "receipt.pdf"
    with pytest.raises(UserError) as e:
        issue_result(w.a, asp, to="Әбілқайыров 2 Нұрлан")
    assert e.value.code == "bad-recipient"
    result = issue_result(w.a, asp, to="Әбілқайыров Нұрлан", out=receipt)
    assert result.result_type == "notice" and receipt.is_file()
    text = "".join(p.extract_text() for p in PdfReader(receipt).pages)
    assert "Ш-17" in text and "Әбілқайыров Нұрлан" in text
    assert _status(w.a, asp) == "closed"
    with pytest.raises(UserError) as e:
        issue_result(w.a, asp, to="Басқа")
    assert e.value.code == "already-issued"
    issued = issue_result(w.a, fuel)  # signature in the journal, no receipt
    assert issued.result_type == "refusal" and issued.receipt is None
    with w.a.session() as s:
        row = s.scalar(
            select(Issuance).join(Application).where(Application.incoming_number == fuel)
        )
        assert row.journal_signature and not row.receipt_printed
        actions = set(s.scalars(select(AuditEvent.action)))
    assert {"decision_received", "acknowledged", "issued"} <= actions


def test_a_return_bundle_for_another_office_is_refused(world: World, tmp_path: Path) -> None:
    w = world
    other = make_office(
        tmp_path / "other", "akimat", OTHER, "Екінші округ әкімі", "Аким второго округа"
    )
    trust_each_other(other, w.d, tmp_path)
    register_case(other, "fuel-aid", "061211600012", "Екінші", "Адам")
    import_bundle(w.d, _export_packet(other, w.usb))
    ret = export_return(w.d, OTHER, w.usb)  # the acknowledgement for the other office
    before = _counts(w.a)
    report = import_bundle(w.a, ret.bundle.path)
    assert report.status == "refused"
    assert report.to_json()["failed_check"] in ("decrypts", "recipient")
    assert _counts(w.a) == before
    assert import_bundle(other, ret.bundle.path).status == "imported"
    other.close()


def test_the_district_refuses_office_only_actions_and_the_office_district_ones(
    world: World,
) -> None:
    w = world
    number = direct(w.a)
    with pytest.raises(UserError) as e:
        record_decision(w.a, number, DecisionInput("assigned", "1", date(2026, 2, 20)))
    assert e.value.code == "not-district"
    with pytest.raises(UserError) as e:
        export_return(w.a, DISTRICT, w.usb)
    assert e.value.code == "not-district"


def test_same_day_certificate_belongs_or_not_for_the_quarter(world: World) -> None:
    w = world
    setup_commission(w.a)
    asp = means_tested(w.a)  # ИИН 791028302728
    import_bundle(w.d, _export_packet(w.a, w.usb))
    record_decision(
        w.d,
        asp,
        DecisionInput(
            "assigned",
            "Ш-5",
            date(2026, 2, 20),
            period_from=date(2026, 1, 1),
            period_to=date(2026, 6, 30),
        ),
    )
    import_bundle(w.a, export_return(w.d, AKIMAT, w.usb).bundle.path)

    yes = register_case(
        w.a, "asp-certificate", "791028302728", "Әбілқайыров", "Нұрлан", datetime(2026, 5, 4, 9)
    )
    no = register_case(
        w.a, "asp-certificate", "061211600012", "Һәкімова", "Ұлжан", datetime(2026, 5, 4, 9, 5)
    )
    pdf_yes, pdf_no = w.tmp / "yes.pdf", w.tmp / "no.pdf"
    r1 = issue_certificate(w.a, yes, pdf_yes, when=datetime(2026, 5, 4, 9, 10))
    r2 = issue_certificate(w.a, no, pdf_no, when=datetime(2026, 5, 4, 9, 15))
    assert (r1.certificate_belongs, r1.certificate_quarter) == (True, "2026-Q2")
    assert r2.certificate_belongs is False
    t1 = "".join(p.extract_text() for p in PdfReader(pdf_yes).pages)
    t2 = "".join(p.extract_text() for p in PdfReader(pdf_no).pages)
    assert "Ш-5" in t1 and "Әбілқайыров" in t1 and "Һәкімова" in t2
    assert t1 != t2
    assert _status(w.a, yes) == "closed"
    with pytest.raises(UserError) as e:
        issue_certificate(w.a, asp, w.tmp / "x.pdf")
    assert e.value.code == "not-a-certificate" and not (w.tmp / "x.pdf").exists()


# --- the whole loop through the CLI -----------------------------------------------------------


def test_the_whole_loop_through_the_cli(world: World) -> None:
    w = world
    a, d = str(w.a.paths.root), str(w.d.paths.root)

    def run(home: str, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [w.python(), "-m", "app", "--home", home, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=w.cli_env(),
            timeout=180,
        )

    def ok(home: str, *args: str) -> dict:
        r = run(home, *args)
        assert r.returncode == 0, r.stderr
        assert "Traceback" not in r.stderr
        return json.loads(r.stdout) if "--json" in args else {}

    docs = [
        "application",
        "identity_document",
        "family_composition",
        "income",
        "household_plot",
        "residence",
    ]
    doc_args = [x for doc in docs for x in ("--doc", doc)]
    made = ok(
        a,
        "intake",
        "--service",
        "asp",
        "--iin",
        "791028302728",
        "--surname",
        "Әбілқайыров",
        "--name",
        "Нұрлан",
        *doc_args,
        "--registered",
        "2026-02-03T10:00",
        "--json",
    )
    number = made["number"]
    ok(
        a,
        "commission",
        "set",
        "--decision-number",
        "12",
        "--decision-date",
        "2026-01-10",
        "--member",
        "Ахметов А.Б.:chair",
        "--member",
        "Серікова Г.Н.:secretary",
    )
    ok(a, "threshold", "set", "--kind", "poverty_line", "--amount", "45000", "--from", "2025-01-01")
    ok(a, "commission", "refer", number, "--when", "2026-02-04T10:00")
    act = w.tmp / "act.json"
    act.write_text(
        json.dumps(
            {
                "visit_date": "2026-02-05",
                "members_present": ["Ахметов А.Б.", "Серікова Г.Н."],
                "family": [
                    {
                        "surname": "Әбілқайыров",
                        "name": "Нұрлан",
                        "relation": "заявитель",
                        "iin": "791028302728",
                        "incomes": [{"kind": "wage", "monthly_amount": "30000"}],
                    }
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    ok(a, "act", "record", number, "--data", str(act), "--complete")
    packet = ok(a, "packet", "create", "--ready", "--json")
    exported = ok(a, "packet", "export", str(packet["id"]), "--out", str(w.usb), "--json")
    qbl = exported["path"]

    imported = ok(d, "bundle", "import", qbl, "--json")["imports"][0]
    assert imported["status"] == "imported" and imported["counts"]["new"] == 1
    again = ok(d, "bundle", "import", qbl, "--json")["imports"][0]
    assert again["status"] == "already_imported"
    status = ok(d, "bundles", "status", "--json")
    assert status["offices"][0]["last_sequence"] == 1
    assert ok(d, "decision", "waiting", "--json")["cases"][0]["number"] == number
    grounds = ok(d, "decision", "grounds", "asp", "--json")["grounds"]
    bad = run(
        d,
        "decision",
        "record",
        number,
        "--outcome",
        "refused",
        "--number",
        "1",
        "--date",
        "31.02.2026",
    )
    assert bad.returncode == 2 and "Неверная дата" in bad.stderr and "Traceback" not in bad.stderr
    ok(
        d,
        "decision",
        "record",
        number,
        "--outcome",
        "refused",
        "--number",
        "Ш-3",
        "--date",
        "20.02.2026",
        "--ground-code",
        grounds[0]["code"],
        "--json",
    )
    decision_pdf = w.tmp / "decision.pdf"
    ok(d, "decision", "print", number, "--out", str(decision_pdf))
    assert "Ш-3" in "".join(p.extract_text() for p in PdfReader(decision_pdf).pages)
    ret = ok(d, "return", "export", "--office", AKIMAT, "--out", str(w.usb), "--json")
    assert (ret["acknowledgements"], ret["decisions"]) == (1, 1)

    # The office refuses to import its own outgoing bundle: wrong kind for the role.
    wrong = run(a, "bundle", "import", qbl)
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr
    back = ok(a, "bundle", "import", ret["path"], "--json")["imports"][0]
    assert back["status"] == "imported" and back["packets_acknowledged"] == [packet["number"]]
    assert ok(a, "bundles", "status", "--json")["packets"] == []
    receipt = w.tmp / "receipt.pdf"
    issued = ok(a, "issue", number, "--to", "Әбілқайыров Нұрлан", "--out", str(receipt), "--json")
    assert issued["result_type"] == "refusal" and issued["status"] == "closed"
    assert "Әбілқайыров" in "".join(p.extract_text() for p in PdfReader(receipt).pages)
    rows = ok(a, "register", "--json")
    listed = rows["rows"] if isinstance(rows, dict) and "rows" in rows else rows
    assert any(r.get("status") == "closed" for r in listed)


def test_two_workstations_importing_the_same_file_at_once(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second workstation verified the file before the first finished importing it:
    under the write lock it finds the import done and changes nothing."""
    w = world
    direct(w.a)
    path = _export_packet(w.a, w.usb)
    real_open = bundle_import.open_bundle

    def open_while_the_other_imports(ctx: AppContext, p: Path, **kw: object):  # type: ignore[no-untyped-def]
        opened = real_open(ctx, p, **kw)
        monkeypatch.setattr(bundle_import, "open_bundle", real_open)
        with AppContext(w.d.paths.root) as other:  # the other workstation
            assert import_bundle(other, p).status == "imported"
        return opened

    monkeypatch.setattr(bundle_import, "open_bundle", open_while_the_other_imports)
    report = import_bundle(w.d, path)
    assert report.status == "already_imported" and report.ok
    with w.d.session() as s:
        assert s.scalar(select(func.count()).select_from(Application)) == 1
        assert (
            s.scalar(
                select(func.count()).select_from(BundleLog).where(BundleLog.direction == "received")
            )
            == 1
        )


def test_register_cli_filters_by_office_and_outcome(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    w = world
    setup_commission(w.a)
    asp = means_tested(w.a)
    fuel = direct(w.a)
    import_bundle(w.d, _export_packet(w.a, w.usb))
    record_decision(w.d, asp, DecisionInput("assigned", "Ш-1", date(2026, 2, 20)))

    def rows(home: Path, *args: str) -> list[str]:
        capsys.readouterr()
        assert main(["--home", str(home), "register", *args, "--json"]) == 0
        return [r["number"] for r in json.loads(capsys.readouterr().out)["rows"]]

    assert sorted(rows(w.d.paths.root, "--office", AKIMAT)) == sorted([asp, fuel])
    assert rows(w.d.paths.root, "--office", OTHER) == []
    assert rows(w.d.paths.root, "--outcome", "assigned") == [asp]
    assert rows(w.a.paths.root, "--outcome", "assigned") == []  # not back at the office yet
    # Each call logged somebody in for that command only: nothing stays for the next one.
    assert "QABYLDAU_USER" not in os.environ
