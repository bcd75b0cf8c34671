"""The district on PostgreSQL, for real: a throwaway server (tests/pg_server.py), the
migrations, an akim's office on SQLite sending real bundles to a district whose data folder
points at PostgreSQL (HOME/database.url), the import loop (new, replay, update, gap, crash),
decisions and the return bundle, the register's search, and `db copy` from SQLite."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, inspect, select, text

from app import audit, bundle_import, intake, packets
from app.bundle_import import import_bundle
from app.context import DATABASE_URL_ENV, DATABASE_URL_FILE, AppContext
from app.district import DecisionInput, delivery_status, record_decision, waiting_for_decision
from app.errors import UserError
from app.iin import make_iin
from app.intake import ApplicantInput, IntakeRequest
from app.register import RegisterFilter, count, fetch
from app.returns import export_return
from db.migrate import head_revision, schema_differences
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
    OutgoingPacket,
    PacketItem,
)
from tests.bundle_fixtures import (
    AKIMAT,
    AKIMAT_KK,
    AKIMAT_RU,
    DISTRICT,
    DISTRICT_KK,
    DISTRICT_RU,
    ROOT,
    make_office,
    trust_each_other,
)
from tests.case_fixtures import attach, direct, means_tested, register_case, setup_commission
from tests.keyring_backend import ENV_FILE, ENV_KEY, TestKeyring, active_keyring, new_key
from tests.pg_server import SUPERUSER, pg_server, pg_url  # noqa: F401  (fixtures)

pytestmark = pytest.mark.postgres

TABLES = (
    Applicant,
    Application,
    ApplicationStep,
    DocumentItem,
    CaseRecord,
    CaseFile,
    Decision,
    BundleLog,
)
IINS = tuple(make_iin(date(1980 + i, 3, 4), serial=i + 1) for i in range(3))


def cli_env(keyring_file: Path, keyring_key: str) -> dict[str, str]:
    """The environment a CLI subprocess needs (the test keyring; no URL from outside)."""
    return {
        **{k: v for k, v in os.environ.items() if k != DATABASE_URL_ENV},
        "PYTHONPATH": str(ROOT),
        "PYTHONIOENCODING": "utf-8",
        "QABYLDAU_LANG": "ru",
        "PYTHON_KEYRING_BACKEND": "tests.keyring_backend.TestKeyring",
        ENV_FILE: str(keyring_file),
        ENV_KEY: keyring_key,
    }


@pytest.fixture(autouse=True)
def _no_url_from_outside(monkeypatch: pytest.MonkeyPatch) -> None:
    # A developer's own QABYLDAU_DATABASE_URL would send every office in these tests to it.
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)


@dataclass
class PgWorld:
    tmp: Path
    a: AppContext  # the akim's office, SQLite
    d: AppContext  # the district, PostgreSQL
    usb: Path


@pytest.fixture
def world(tmp_path: Path, pg_url: str) -> Iterator[PgWorld]:  # noqa: F811
    """An akim's office on SQLite and its district on PostgreSQL, trusting each other."""
    district_home = tmp_path / "district"
    district_home.mkdir()
    # The way a district is pointed at its server: one line in its data folder.
    (district_home / DATABASE_URL_FILE).write_text(f"# the server\n{pg_url}\n", "utf-8")
    key = new_key()
    with active_keyring(TestKeyring(tmp_path / "keyring.cfg", key)):
        a = make_office(
            tmp_path / "akimat",
            "akimat",
            AKIMAT,
            AKIMAT_KK,
            AKIMAT_RU,
            staff_surname="Жұмабаев",
            staff_name="Қайрат",
            staff_login="akim",
            staff_role="akim",
        )
        d = make_office(district_home, "district", DISTRICT, DISTRICT_KK, DISTRICT_RU)
        assert d.engine.dialect.name == "postgresql"
        assert not (district_home / "qabyldau.sqlite").exists()
        trust_each_other(a, d, tmp_path)
        yield PgWorld(tmp_path, a, d, tmp_path / "usb")
        a.close()
        d.close()


def _export_packet(ctx: AppContext, out: Path, *numbers: str) -> Path:
    info = packets.create_packet(ctx, list(numbers)) if numbers else packets.create_packet(ctx)
    return packets.export_packet(ctx, info.id, out).path


def _counts(ctx: AppContext) -> dict[str, int]:
    with ctx.session() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) for m in TABLES}


def _status(ctx: AppContext, number: str) -> str:
    with ctx.session() as s:
        return s.scalar(select(Application.status).where(Application.incoming_number == number))


# --- the schema -------------------------------------------------------------------------------


def test_the_migrations_build_the_models_schema_on_postgres(pg_url: str) -> None:  # noqa: F811
    engine = create_engine(pg_url)
    from db.migrate import current_revision, upgrade

    assert upgrade(engine) is None  # a server database: no SQLite file to back up
    assert current_revision(engine) == head_revision()
    assert schema_differences(engine) == []
    # 0002 is the SQLite FTS5 index: skipped here, the register searches with LIKE.
    assert not [t for t in inspect(engine).get_table_names() if t.startswith("applicant_fts")]
    assert upgrade(engine) is None and current_revision(engine) == head_revision()
    engine.dispose()


def test_a_server_that_cannot_be_reached_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / DATABASE_URL_FILE).write_text(
        "postgresql+psycopg://clerk:s3cret@127.0.0.1:1/qabyldau\n", "utf-8"
    )
    with pytest.raises(UserError) as e:
        AppContext(tmp_path)
    assert e.value.code == "database-unreachable"
    message = e.value.message("en")
    assert "127.0.0.1:1/qabyldau" in message and "s3cret" not in message
    assert not (tmp_path / "qabyldau.sqlite").exists()
    # A driver the build lacks, a mistyped URL: the same message, not a traceback.
    for url in (
        "postgresql+nosuchdriver://clerk@127.0.0.1/qabyldau",
        "postgresql+psycopg://clerk@127.0.0.1:notaport/x",
    ):
        with pytest.raises(UserError) as e:
            AppContext(tmp_path, database_url=url)
        assert e.value.code == "database-unreachable"


# --- the import loop ---------------------------------------------------------------------------


def test_import_new_then_replay_then_update_on_postgres(world: PgWorld) -> None:
    w = world
    setup_commission(w.a)
    asp = means_tested(w.a)
    attach(w.a, asp, b"\xff\xd8\xff\xe0" + bytes(range(256)) * 20)
    fuel = direct(w.a)
    path = _export_packet(w.a, w.usb)

    report = import_bundle(w.d, path)
    assert report.status == "imported", report.text("en")
    assert report.counts() == {"new": 2, "updated": 0, "unchanged": 0, "refused": 0}
    with w.d.session() as s:
        case = s.scalar(select(Application).where(Application.incoming_number == asp))
        assert case.office.code == AKIMAT and case.status == "sent"
        assert case.applicant.surname == "Әбілқайыров"
        assert [st.code for st in case.steps] and case.next_due_at is not None
        assert json.loads(s.get(CaseRecord, case.id).record_json)["act"]["outcome"] == "inspected"
        roles = set(s.scalars(select(CaseFile.role).where(CaseFile.application_id == case.id)))
        assert roles == {"talon", "act", "scan"}
    before = _counts(w.d)
    assert before["application"] == 2 and before["case_file"] >= 4

    again = import_bundle(w.d, path)
    assert again.status == "already_imported" and again.ok
    assert _counts(w.d) == before

    # The office corrects the phone and sends the direct case again: updated, not duplicated.
    with w.a.session() as s:
        app = s.scalar(select(Application).where(Application.incoming_number == fuel))
        app.applicant.phone = "+7 777 000 0000"
        app.status = "act_done"
        s.execute(OutgoingPacket.__table__.update().values(status="acknowledged"))
        s.execute(PacketItem.__table__.delete())
    report = import_bundle(w.d, _export_packet(w.a, w.usb, fuel))
    assert report.counts() == {"new": 0, "updated": 1, "unchanged": 0, "refused": 0}
    with w.d.session() as s:
        phones = set(s.scalars(select(Applicant.phone)))
        assert "+7 777 000 0000" in phones
    assert _counts(w.d)["application"] == 2


def test_a_gap_in_the_sequence_and_its_repair_on_postgres(world: PgWorld) -> None:
    w = world
    bundles = []
    for i, iin in enumerate(IINS):
        number = register_case(
            w.a, "fuel-aid", iin, f"Сәрсенов{i}", "Ұлан", datetime(2026, 2, 3, 11, i)
        )
        bundles.append(_export_packet(w.a, w.usb, number))
    b1, b2, b3 = bundles
    assert import_bundle(w.d, b3).status == "imported"
    assert import_bundle(w.d, b1).status == "imported"
    (office,) = delivery_status(w.d)
    assert office.last_sequence == 3 and office.gaps == [2]
    assert office.unacknowledged == 2 and office.waiting_decision == 2
    assert import_bundle(w.d, b2).status == "imported"
    (office,) = delivery_status(w.d)
    assert office.gaps == [] and office.waiting_decision == 3
    assert len(waiting_for_decision(w.d)) == 3


def test_a_crash_in_the_middle_of_an_import_writes_nothing_on_postgres(
    world: PgWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = world
    for i, iin in enumerate(IINS):
        register_case(w.a, "fuel-aid", iin, f"Ермеков{i}", "Ұлан", datetime(2026, 2, 3, 11, i))
    path = _export_packet(w.a, w.usb)
    monkeypatch.setattr(bundle_import, "CHUNK", 1)  # one batch per case
    before = _counts(w.d)
    seen = []

    def crash(done: int, total: int) -> None:
        seen.append(done)
        if done == 2:  # the first case's rows were already sent to the server
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        import_bundle(w.d, path, progress=crash)
    assert seen == [1, 2]
    assert _counts(w.d) == before
    report = import_bundle(w.d, path)
    assert report.status == "imported" and report.counts()["new"] == 3


# --- decisions, the return bundle, the register -------------------------------------------------


def test_decisions_and_the_return_bundle_from_a_postgres_district(world: PgWorld) -> None:
    w = world
    setup_commission(w.a)
    asp = means_tested(w.a)
    fuel = direct(w.a)
    import_bundle(w.d, _export_packet(w.a, w.usb))
    assert {c.number for c in waiting_for_decision(w.d)} == {asp, fuel}

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
    assert waiting_for_decision(w.d) == []
    (office,) = delivery_status(w.d)
    assert office.decisions_to_send == 2 and office.unacknowledged == 1

    ret = export_return(w.d, AKIMAT, w.usb)
    assert (ret.acknowledgements, ret.decisions) == (1, 2)
    (office,) = delivery_status(w.d)
    assert office.decisions_to_send == 0 and office.unacknowledged == 0

    report = import_bundle(w.a, ret.bundle.path)
    assert report.status == "imported", report.text("en")
    assert report.packets_acknowledged == ["1/2026"]
    assert _status(w.a, asp) == _status(w.a, fuel) == "ready_for_issue"
    with w.a.session() as s:
        dec = s.scalar(select(Decision).join(Application).where(Application.incoming_number == asp))
        assert dec.number == "Ш-17" and str(dec.amount) == "12500.00"
    with w.d.session() as s:
        assert audit.verify_chain(s).ok


def test_the_register_searches_with_like_on_postgres(world: PgWorld) -> None:
    w = world
    numbers = [
        register_case(w.a, "fuel-aid", iin, surname, "Ұлан", datetime(2026, 2, 3, 11, i))
        for i, (iin, surname) in enumerate(
            zip(IINS, ("Әбілқайыров", "Сәрсенов", "Қасымов"), strict=True)
        )
    ]
    import_bundle(w.d, _export_packet(w.a, w.usb))
    with w.d.session() as s:
        assert count(s, RegisterFilter()) == 3
        # A fragment from the middle of a Kazakh surname, any case (folded search key).
        (row,) = fetch(s, RegisterFilter(text="ілқай"))
        assert row.number == numbers[0] and row.applicant.startswith("Әбілқайыров")
        assert [r.number for r in fetch(s, RegisterFilter(text="СӘРСЕН"))] == [numbers[1]]
        assert count(s, RegisterFilter(text="ов")) == 3  # short words: LIKE alone
        # ИИН prefix, the office's number, the office filter, sorting by the Kazakh key.
        assert [r.iin for r in fetch(s, RegisterFilter(text=IINS[2][:6]))] == [IINS[2]]
        assert [r.number for r in fetch(s, RegisterFilter(text=numbers[1]))] == [numbers[1]]
        assert count(s, RegisterFilter(office_code=AKIMAT)) == 3
        ordered = [
            r.applicant for r in fetch(s, RegisterFilter(), sort="applicant", descending=False)
        ]
        assert [n.split()[0] for n in ordered] == ["Әбілқайыров", "Қасымов", "Сәрсенов"]
        assert count(s, RegisterFilter(outcome="in_progress")) == 3
        assert fetch(s, RegisterFilter(text="жоқадам")) == []


# --- moving a register from SQLite to PostgreSQL -----------------------------------------------


def _cli(
    env: dict[str, str], home: Path, *args: str, timeout: int = 180
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "--home", str(home), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=timeout,
    )


def test_db_copy_moves_an_office_to_postgres_whole(
    tmp_path: Path,
    pg_server,  # noqa: F811
) -> None:
    key = new_key()
    with active_keyring(TestKeyring(tmp_path / "keyring.cfg", key)):
        a = make_office(tmp_path / "akimat", "akimat", AKIMAT, AKIMAT_KK, AKIMAT_RU)
        setup_commission(a)
        means_tested(a)
        numbers = [
            register_case(a, "fuel-aid", iin, f"Бекқожа{i}", "Ұлан", datetime(2026, 2, 3, 11, i))
            for i, iin in enumerate(IINS)
        ]
        with a.session() as s:
            before = {
                t.name: s.scalar(select(func.count()).select_from(t))
                for t in AuditEvent.metadata.sorted_tables
            }
        a.close()
    env = cli_env(tmp_path / "keyring.cfg", key)
    home = tmp_path / "akimat"
    target = pg_server.create_database()

    r = _cli(env, home, "db", "copy", "--to", target, "--json")
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout)
    assert result["dialect"] == "postgresql" and result["revision"] == head_revision()
    assert result["switched"] is None
    copied = dict(result["tables"])
    copied["audit_event"] -= 1  # the copy records itself in the audit trail
    assert copied == before
    assert before["application"] == 4 and before["audit_event"] > 0

    # A second copy into the same (now full) database is refused, and changes nothing there.
    r = _cli(env, home, "db", "copy", "--to", target)
    assert r.returncode == 2 and "не пуста" in r.stderr and "Traceback" not in r.stderr

    with AppContext(tmp_path / "unused", database_url=target) as pg:
        with pg.session() as s:
            assert s.scalar(select(func.count()).select_from(Application)) == 4
            assert audit.verify_chain(s).ok  # the hash chain survived the move, and went on
            assert s.scalar(select(AuditEvent.action).order_by(AuditEvent.id.desc())) == "copied"
            assert {r.number for r in fetch(s, RegisterFilter(text="бекқожа"))} == set(numbers)
        # The id sequences were moved past the copied rows: new rows get fresh ids.
        made = intake.register(
            pg,
            IntakeRequest(
                service_code="fuel-aid",
                applicant=ApplicantInput(
                    iin=make_iin(date(1990, 5, 6), serial=77), surname="Жаңа", name="Адам"
                ),
                documents=[d.name.ru for d in pg.catalogue.get("fuel-aid").documents if d.required],
                registered_at=datetime(2026, 2, 10, 10, 0),
            ),
        )
        assert made.status == "registered"
        with pg.session() as s:
            assert s.scalar(select(func.count()).select_from(Application)) == 5

    # --switch: the data folder uses the server from now on, through every command.
    second = pg_server.create_database()
    r = _cli(env, home, "db", "copy", "--to", second, "--switch", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["switched"] == str(home / DATABASE_URL_FILE)
    (home / "qabyldau.sqlite").rename(home / "old.sqlite")  # nothing may still read it
    info = json.loads(_cli(env, home, "db", "info", "--json").stdout)
    assert info["dialect"] == "postgresql" and info["configured_by"] == "file"
    listed = json.loads(_cli(env, home, "register", "--search", "бекқожа", "--json").stdout)
    assert listed["total"] == 3
    # And the way back: the server's register into a new SQLite file.
    back = tmp_path / "back.sqlite"
    r = _cli(env, home, "db", "copy", "--to", str(back), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["dialect"] == "sqlite"
    with AppContext(tmp_path / "unused2", database_url=str(back)) as old, old.session() as s:
        assert s.scalar(select(func.count()).select_from(Application)) == 4
        assert audit.verify_chain(s).ok
        assert count(s, RegisterFilter(text="бекқожа")) == 3  # the FTS index was filled too
    # The environment variable wins over the file (a service account, a script).
    info = json.loads(_cli({**env, DATABASE_URL_ENV: target}, home, "db", "info", "--json").stdout)
    assert info["configured_by"] == "env" and info["url"].endswith(target.rsplit("/", 1)[1])
    with create_engine(second).connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM application")) == 4


def test_a_database_with_a_language_collation_is_refused(
    tmp_path: Path,
    pg_server,  # noqa: F811
) -> None:
    """PostgreSQL's usual default (ru_RU, en_US, ICU) breaks the ИИН-prefix range and the
    Kazakh sort key: such a database is refused before anything is written to it."""
    import psycopg

    with psycopg.connect(
        host="127.0.0.1", port=pg_server.port, user=SUPERUSER, dbname="postgres", autocommit=True
    ) as conn:
        conn.execute(
            "CREATE DATABASE lingo LOCALE_PROVIDER icu ICU_LOCALE 'ru-RU' LOCALE 'C.UTF-8' "
            "TEMPLATE template0"
        )
    url = pg_server.url("lingo")
    with pytest.raises(UserError) as e:
        AppContext(tmp_path / "d", database_url=url)
    assert e.value.code == "database-collation" and "LC_COLLATE 'C'" in e.value.message("ru")
    with AppContext(tmp_path / "a") as a:
        from app.cli.db_cmds import copy_database

        with pytest.raises(UserError) as e:
            copy_database(a.engine, url)
        assert e.value.code == "database-collation"
    with create_engine(url).connect() as conn:
        assert inspect(conn).get_table_names() == []  # not even the schema went in


@pytest.mark.parametrize(
    ("ci", "exit_code", "says"), [("true", 1, "cannot run in CI"), ("", 0, "1 skipped")]
)
def test_without_a_server_ci_fails_and_a_developer_machine_skips(
    tmp_path: Path, ci: str, exit_code: int, says: str
) -> None:
    """A skipped PostgreSQL test must never pass for a green CI run."""
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env.update(
        {"CI": ci, "QABYLDAU_TEST_PG_BIN": str(tmp_path / "nowhere"), "PYTHONPATH": str(ROOT)}
    )
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-rs",
            "-p",
            "no:cacheprovider",
            f"{Path(__file__).resolve()}::test_the_migrations_build_the_models_schema_on_postgres",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    assert r.returncode == exit_code, r.stdout + r.stderr
    assert says in r.stdout and "has no initdb" in r.stdout


def test_two_workstations_writing_at_once_queue_up_and_keep_the_audit_chain(
    world: PgWorld,
) -> None:
    """Two district workstations on one server, both appending to the audit trail at once:
    the second waits for the first to commit (as on one SQLite file), so the hash chain
    does not fork."""
    import threading

    w = world
    other = AppContext(w.d.paths.root)  # the second workstation: same folder, same server
    first_wrote = threading.Event()
    order: list[str] = []

    def first() -> None:
        with w.d.session() as s:
            audit.record(s, entity="test", entity_id=1, action="first")
            first_wrote.set()
            time.sleep(0.5)  # still uncommitted: the second must not read past this
            order.append("first commits")

    thread = threading.Thread(target=first)
    thread.start()
    assert first_wrote.wait(30)
    with other.session() as s:
        audit.record(s, entity="test", entity_id=2, action="second")
        order.append("second wrote")
    thread.join(30)
    assert order == ["first commits", "second wrote"]
    with other.session() as s:
        assert audit.verify_chain(s).ok
        actions = list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
    assert actions[-2:] == ["first", "second"]
    other.close()


def test_files_are_moved_into_the_store_and_identical_ones_stored_once(world: PgWorld) -> None:
    """The importer renames the verified files into the store (several at a time): two cases
    with byte-identical scans share one stored file, every row points at an existing file
    with the right content, and the import's work folder is gone afterwards."""
    w = world
    scan = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40
    numbers = [
        register_case(w.a, "fuel-aid", iin, f"Тоқтаров{i}", "Ұлан", datetime(2026, 2, 3, 11, i))
        for i, iin in enumerate(IINS[:2])
    ]
    for number in numbers:
        attach(w.a, number, scan)
    report = import_bundle(w.d, _export_packet(w.a, w.usb))
    assert report.counts()["new"] == 2
    with w.d.session() as s:
        rows = list(s.scalars(select(CaseFile)))
    scans = [r for r in rows if r.role == "scan"]
    assert len(scans) == 2 and len({r.stored_path for r in scans}) == 1
    assert len({r.stored_path for r in rows if r.role == "talon"}) == 2
    import hashlib

    for r in rows:
        data = (w.d.paths.root / r.stored_path).read_bytes()
        assert hashlib.sha256(data).hexdigest() == r.sha256 and len(data) == r.size
    assert (w.d.paths.root / scans[0].stored_path).read_bytes() == scan
    assert not list((w.d.paths.root / "tmp").glob("qbl-*"))
