"""`qabyldau selftest`: prove that this installation works end to end, in a temporary folder.

It goes through what an office does on its first day, with the program's own data files,
fonts, migrations and libraries: open a fresh database (running every migration), set up an
akim's office, take in an application, print its talon as PDF and DOCX, export the journal to
Excel, create keys, build a signed and encrypted transfer bundle to a second (district) office
and verify it there. The frozen Windows build runs it after every build (packaging/build.py),
so a data file or a library module that PyInstaller left out fails the build, not an office.

Nothing touches the user's data folder or the computer's key store: both offices live in a
temporary folder with a throw-away encrypted key store (app/selftest_keyring.py), removed at
the end.
"""

from __future__ import annotations

import json
import tempfile
import time
import traceback
import uuid as uuid_mod
import zipfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from app.errors import UserError

AKIMAT_CODE = "196435100"
DISTRICT_CODE = "196400000"
# A fixed working Tuesday: the self-test gives the same result on any day, at any hour.
REGISTERED_AT = datetime(2026, 2, 10, 10, 0)
STEPS = (
    "database",
    "office",
    "intake",
    "talon-pdf",
    "talon-preview",
    "talon-docx",
    "journal-xlsx",
    "keys",
    "district",
    "trust",
    "bundle-build",
    "bundle-verify",
    "bundle-import",
)


@dataclass(frozen=True)
class StepResult:
    name: str
    ok: bool
    ms: int
    error: str | None = None
    detail: str | None = field(default=None, compare=False)  # the traceback, for support

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "ok": self.ok, "ms": self.ms, "error": self.error}


class SelfTestError(Exception):
    """A check inside a step did not hold (the step's own assertion, not a crash)."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestError(message)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, UserError):
        return f"{exc.code}: {exc.message('en')}"
    return f"{type(exc).__name__}: {exc}"


_ESCAPES = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}


def pdf_title(data: bytes) -> str | None:
    """The /Title of a PDF's document info, when it is a literal string (as reportlab writes
    it): escapes undone, UTF-16 decoded when it starts with a byte-order mark."""
    start = data.rfind(b"/Title (")
    if start < 0:
        return None
    out = bytearray()
    i, depth = start + len(b"/Title ("), 1
    while i < len(data):
        c = data[i]
        if c == 0x5C:  # backslash
            nxt = data[i + 1 : i + 2]
            if nxt.isdigit():
                j = i + 1
                while j < min(i + 4, len(data)) and data[j : j + 1] in b"01234567":
                    j += 1
                out.append(int(data[i + 1 : j], 8) & 0xFF)
                i = j
                continue
            if nxt not in (b"\r", b"\n"):  # a backslash before a line end continues the line
                out.append(_ESCAPES.get(nxt[0], nxt[0]) if nxt else 0x5C)
            i += 2
            continue
        if c == 0x28:  # an unescaped "(" must be balanced by a ")"
            depth += 1
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                break
        out.append(c)
        i += 1
    raw = bytes(out)
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", errors="replace")
    return raw.decode("latin-1")


@contextmanager
def _keyring_in(folder: Path) -> Iterator[None]:
    """Make a throw-away encrypted key store in `folder` keyring's active backend."""
    import keyring

    from app.selftest_keyring import SelfTestKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(SelfTestKeyring(file_path=folder / "selftest-keyring.json"))
    try:
        yield
    finally:
        keyring.set_keyring(previous)


class _Run:
    """The state the steps hand on to each other: contexts, the application, its files."""

    def __init__(self, root: Path, stack: ExitStack) -> None:
        self.root = root
        self.stack = stack
        self.out = root / "out"
        self.out.mkdir()
        self.akimat: Any = None
        self.district: Any = None
        self.application_id = 0
        self.number = ""
        self.talon_pdf: Path | None = None
        self.bundle: Path | None = None

    # --- the steps, in STEPS order ---------------------------------------------------------

    def step_database(self) -> None:
        from app.context import AppContext
        from db.migrate import current_revision, head_revision

        self.akimat = self.stack.enter_context(AppContext(self.root / "akimat"))
        revision = current_revision(self.akimat.engine)
        _check(revision == head_revision(), f"schema at {revision}, not {head_revision()}")
        _check(len(self.akimat.catalogue.services) > 0, "the service catalogue is empty")

    def step_office(self) -> None:
        from app.office import init_office

        init_office(
            self.akimat,
            role="akimat",
            code=AKIMAT_CODE,
            name_kk="Қосшы ауылдық округі әкімінің аппараты (тексеру)",
            name_ru="Аппарат акима Косшынского сельского округа (проверка)",
            staff_surname="Сейітова",
            staff_name="Әсел",
            staff_login="specialist",
            staff_role="specialist",
        )

    def step_intake(self) -> None:
        from app.intake import ApplicantInput, IntakeRequest, register

        service = self.akimat.catalogue.get("asp")
        result = register(
            self.akimat,
            IntakeRequest(
                service_code="asp",
                applicant=ApplicantInput(
                    iin="791028302728",
                    surname="Әбдіғалиев",
                    name="Ерлан",
                    patronymic="Серікұлы",
                    phone="+7 701 123 45 67",
                ),
                documents=[d.code for d in service.documents if d.required],
                registered_at=REGISTERED_AT,
            ),
        )
        _check(result.status == "registered", f"status {result.status}, not registered")
        _check(result.due_at is not None, "no due date was computed")
        self.application_id = result.application_id
        self.number = result.incoming_number

    def step_talon_pdf(self) -> None:
        from app.cases import talon_data
        from forms.talon import render_talon_pdf

        path = render_talon_pdf(talon_data(self.akimat, self.application_id), self.out / "t.pdf")
        data = path.read_bytes()
        _check(data.startswith(b"%PDF-"), "the talon is not a PDF")
        _check(data.rstrip().endswith(b"%%EOF"), "the talon PDF is cut short")
        _check(len(data) > 5_000, f"the talon PDF is only {len(data)} bytes")
        # The bundled font must be embedded, or Kazakh letters print as empty boxes.
        _check(b"/FontFile2" in data and b"DejaVu" in data, "the DejaVu font is not embedded")
        # The page text is compressed and subset-encoded; the title in the document info
        # names the application in the clear.
        title = pdf_title(data) or ""
        _check(self.number in title, f"the talon PDF's title {title!r} lacks {self.number}")
        self.talon_pdf = path

    def step_talon_preview(self) -> None:
        # The print preview paints pages with pdfium (ui/printing.py); a frozen build that
        # lost its native library would fail only when the clerk presses "Print".
        import pypdfium2 as pdfium

        assert self.talon_pdf is not None
        doc = pdfium.PdfDocument(self.talon_pdf.read_bytes())
        try:
            _check(len(doc) >= 1, "pdfium sees no page in the talon")
            bitmap = doc[0].render(scale=0.5)
            width, height = bitmap.width, bitmap.height
            _check(width > 100 and height > 100, f"the rendered page is {width}×{height}")
        finally:
            doc.close()

    def step_talon_docx(self) -> None:
        from app.cases import talon_data
        from forms.talon import render_talon_docx

        path = render_talon_docx(talon_data(self.akimat, self.application_id), self.out / "t.docx")
        with zipfile.ZipFile(path) as z:
            body = z.read("word/document.xml").decode("utf-8")
        _check(self.number in body, f"the talon DOCX does not name application {self.number}")
        _check("Әбдіғалиев" in body, "the talon DOCX lost the applicant's Kazakh letters")

    def step_journal_xlsx(self) -> None:
        from app.printing import journal_data
        from forms.journal import render_journal_xlsx

        day = REGISTERED_AT.date()
        with self.akimat.session() as s:
            data = journal_data(self.akimat, s, day.replace(day=1), day)
        path = render_journal_xlsx(data, self.out / "journal.xlsx")
        with zipfile.ZipFile(path) as z:
            text = "".join(
                z.read(n).decode("utf-8")
                for n in z.namelist()
                if n.startswith("xl/") and ".xml" in n
            )
        _check(self.number in text, f"the journal does not list application {self.number}")

    def step_keys(self) -> None:
        from app import keys

        self.stack.enter_context(_keyring_in(self.root))
        card = keys.init_keys(self.akimat)
        _check(card["office_code"] == AKIMAT_CODE, "the public card names another office")
        loaded = keys.load_keys(self.akimat)
        _check(loaded.fingerprint == card["fingerprint"], "the stored keys do not load back")

    def step_district(self) -> None:
        from app import keys
        from app.context import AppContext
        from app.office import init_office

        self.district = self.stack.enter_context(AppContext(self.root / "district"))
        init_office(
            self.district,
            role="district",
            code=DISTRICT_CODE,
            name_kk="Аудандық жұмыспен қамту бөлімі (тексеру)",
            name_ru="Районный отдел занятости и социальных программ (проверка)",
        )
        keys.init_keys(self.district)

    def step_trust(self) -> None:
        from app import keys, trust

        for src, dst in ((self.akimat, self.district), (self.district, self.akimat)):
            card = keys.public_card(src)
            path = self.out / f"{card['office_code']}.card.json"
            path.write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")
            trust.import_card(dst, path, card["fingerprint"])

    def step_bundle_build(self) -> None:
        from app.bundle import build_bundle

        assert self.talon_pdf is not None
        record, files = self._case_record()
        built = build_bundle(
            self.akimat,
            kind="outgoing",
            recipient_code=DISTRICT_CODE,
            records=[record],
            files=files,
            out_dir=self.root / "usb",
        )
        _check(built.path.is_file(), "the bundle file was not written")
        _check(built.record_count == 1, f"the bundle holds {built.record_count} records, not 1")
        self.bundle = built.path

    def step_bundle_verify(self) -> None:
        from app.bundle import open_bundle

        assert self.bundle is not None and self.talon_pdf is not None
        with open_bundle(self.district, self.bundle) as opened:
            _check(opened.report.ok, "the district refused the bundle")
            records = opened.records
            _check(len(records) == 1, f"{len(records)} records arrived, not 1")
            _check(
                records[0]["application"]["incoming_number"] == self.number,
                "the record that arrived is not the one sent",
            )
            talon = opened.files.get(f"cases/{records[0]['uuid']}/talon.pdf")
            _check(talon is not None, "the talon did not arrive")
            assert talon is not None
            _check(talon.read_bytes() == self.talon_pdf.read_bytes(), "the talon was altered")

    def step_bundle_import(self) -> None:
        from app.bundle_import import import_bundle

        assert self.bundle is not None
        report = import_bundle(self.district, self.bundle)
        _check(report.status == "imported", f"the district's import: {report.text('en')}")
        _check(report.counts()["new"] == 1, f"the import counted {report.counts()}")

    # --- helpers -----------------------------------------------------------------------

    def _case_record(self) -> tuple[dict[str, Any], dict[str, Path]]:
        """The registered application as a bundle's case record, with its talon."""
        from app.bundle import SCHEMA_VERSION
        from db.models import Application

        assert self.talon_pdf is not None
        with self.akimat.session() as s:
            app = s.get(Application, self.application_id)
            assert app is not None
            person = app.applicant
            u = app.uuid or str(uuid_mod.uuid4())
            talon = f"cases/{u}/talon.pdf"
            record = {
                "record_type": "case",
                "schema_version": SCHEMA_VERSION,
                "uuid": u,
                "office_code": AKIMAT_CODE,
                "application": {
                    "incoming_number": app.incoming_number,
                    "year": app.year,
                    "number": app.number,
                    "service_code": app.service_code,
                    "channel": app.channel,
                    "registered_at": app.registered_at.isoformat(timespec="seconds"),
                    "status": app.status,
                    "due_at": app.due_at.isoformat(timespec="seconds") if app.due_at else None,
                },
                "applicant": {
                    "iin": person.iin,
                    "surname": person.surname,
                    "name": person.name,
                    "patronymic": person.patronymic,
                },
                "checklist": [
                    {
                        "code": d.code,
                        "name_kk": d.name_kk,
                        "name_ru": d.name_ru,
                        "required": d.required,
                        "provided": d.provided,
                    }
                    for d in app.documents
                ],
                "events": [
                    {
                        "at": app.registered_at.isoformat(timespec="seconds"),
                        "action": "registered",
                    }
                ],
                "files": [{"path": talon, "role": "talon", "sheets": 1}],
            }
        return record, {talon: self.talon_pdf}


Report = Callable[[StepResult], None]


def run_selftest(report: Report | None = None, workdir: Path | None = None) -> list[StepResult]:
    """Run every step in order, stopping at the first failure; `report` sees each result."""
    results: list[StepResult] = []
    with (
        tempfile.TemporaryDirectory(
            prefix="qabyldau-selftest-", dir=workdir, ignore_cleanup_errors=True
        ) as tmp,
        ExitStack() as stack,
    ):
        run = _Run(Path(tmp), stack)
        for name in STEPS:
            step = getattr(run, "step_" + name.replace("-", "_"))
            start = time.perf_counter()
            try:
                step()
            except Exception as exc:
                ms = round((time.perf_counter() - start) * 1000)
                result = StepResult(name, False, ms, _describe(exc), traceback.format_exc())
            else:
                result = StepResult(name, True, round((time.perf_counter() - start) * 1000))
            results.append(result)
            if report is not None:
                report(result)
            if not result.ok:
                break
    return results
