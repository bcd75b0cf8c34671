"""Plain data handed to the renderers by app/: forms know nothing of sessions or Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class Bilingual:
    kk: str
    ru: str


@dataclass(frozen=True)
class OfficeHeader:
    code: str
    name: Bilingual
    address: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class TalonData:
    """Talon (and its stub), or with `missing` the refusal-to-accept receipt."""

    office: OfficeHeader
    number: str
    registered_at: datetime
    service: Bilingual
    applicant_name: str
    applicant_iin: str
    applicant_phone: str | None
    representative: str | None  # "Name, ИИН, power of attorney No. … of …"
    documents: tuple[Bilingual, ...]  # accepted
    due_date: date | None  # None on a refusal receipt
    place_of_issue: Bilingual
    acceptor: str  # surname and initials
    complaint: Bilingual  # how to complain
    missing: tuple[Bilingual, ...] = ()


@dataclass(frozen=True)
class JournalRow:
    number: str
    registered_at: datetime
    applicant_name: str
    applicant_iin: str
    service: Bilingual
    status: Bilingual
    due_date: date | None
    outgoing: str | None = None  # outgoing packet number, when sent
    issued: str | None = None  # "date, to whom"


@dataclass(frozen=True)
class JournalData:
    office: OfficeHeader
    date_from: date
    date_to: date
    rows: tuple[JournalRow, ...] = field(default_factory=tuple)
    printed_at: datetime | None = None


# --- the district commission's inspection act and conclusion -------------------------------


@dataclass(frozen=True)
class ActIncome:
    kind: Bilingual  # wage, pension, allowance, farm, other …
    monthly_amount: str  # formatted tenge, e.g. "85 000,00"


@dataclass(frozen=True)
class ActFamilyMember:
    full_name: str
    relation: str
    birth_date: date | None
    iin: str | None
    occupation: str | None
    incomes: tuple[ActIncome, ...] = ()
    monthly_total: str = "0,00"


@dataclass(frozen=True)
class ActSigner:
    full_name: str
    role: Bilingual  # chair / secretary / member


@dataclass(frozen=True)
class ConclusionData:
    needs_assistance: bool
    reasons: str
    # The arithmetic, printed as shown on screen: lines like
    # ("Отбасының жиынтық табысы / Совокупный доход семьи", "255 000,00 ₸").
    arithmetic: tuple[tuple[Bilingual, str], ...] = ()
    per_capita: str | None = None
    threshold: str | None = None
    concluded_on: date | None = None  # printed as the conclusion's date; blank line if None


@dataclass(frozen=True)
class ActData:
    office: OfficeHeader
    application_number: str
    service: Bilingual
    commission_decision: str  # "№ 12 от 10.01.2026"
    visit_date: date | None
    place: str | None
    outcome: str  # inspected | refused | evaded
    applicant_name: str
    applicant_iin: str
    applicant_address: str | None
    family: tuple[ActFamilyMember, ...]
    # (label, value) pairs: dwelling, household plot and livestock, vehicles, other property …
    dwelling: tuple[tuple[Bilingual, str], ...] = ()
    plot: tuple[tuple[Bilingual, str], ...] = ()
    property: tuple[tuple[Bilingual, str], ...] = ()
    other_income: str | None = None
    remarks: str | None = None
    signers: tuple[ActSigner, ...] = ()
    conclusion: ConclusionData | None = None
    family_total: str | None = None  # the family's monthly income, printed under the table


# --- the outgoing packet: cover letter and transfer list -------------------------------------


@dataclass(frozen=True)
class TransferDocument:
    """One document handed over in a case: the applicant's papers, the act and conclusion."""

    name: Bilingual
    sheets: int | None = None  # None: nobody counted the sheets at intake


@dataclass(frozen=True)
class TransferRow:
    """One case of the transfer list (реестр передаваемых документов)."""

    number: str  # the incoming (journal) number
    registered_on: date
    applicant_name: str
    applicant_iin: str
    service: Bilingual
    documents: tuple[TransferDocument, ...] = ()

    @property
    def sheets(self) -> int:
        """Sheets counted for this case (documents without a count add nothing)."""
        return sum(d.sheets or 0 for d in self.documents)

    @property
    def uncounted(self) -> int:
        return sum(1 for d in self.documents if d.sheets is None)


@dataclass(frozen=True)
class Signatory:
    position: Bilingual
    name: str  # surname and initials; "" leaves the line blank for a hand-written name


@dataclass(frozen=True)
class CoverLetterData:
    """The cover letter (ілеспе хат / сопроводительное письмо) and its transfer list.

    `bundle_file` and `bundle_fingerprint` are None until the packet is exported: the paper
    then says so, and a reprint after the export names the file the district must receive.
    """

    office: OfficeHeader  # the sender: this akim's office
    recipient: OfficeHeader  # the district department
    packet_number: str  # outgoing number, e.g. "12/2026"
    packet_date: date
    rows: tuple[TransferRow, ...]
    signatory: Signatory  # the akim, who signs the letter
    executor: str | None = None  # the specialist who prepared the packet (исполнитель)
    bundle_file: str | None = None
    bundle_fingerprint: str | None = None  # the .qbl's SHA-256 in groups of four
    printed_at: datetime | None = None

    @property
    def document_count(self) -> int:
        return sum(len(r.documents) for r in self.rows)

    @property
    def sheet_count(self) -> int:
        return sum(r.sheets for r in self.rows)

    @property
    def uncounted(self) -> int:
        return sum(r.uncounted for r in self.rows)


@dataclass(frozen=True)
class FingerprintSheetData:
    """The one-page sheet with an office's key fingerprint, read out by phone to the other
    office before it trusts the card."""

    office: OfficeHeader
    role: str  # akimat | district
    fingerprint: str  # 8 groups of 4 hex digits
    created: datetime | None = None  # when the key was made
    signatory: Signatory | None = None  # the head of the office, who signs the sheet
    printed_at: datetime | None = None


# --- the way back: the district's decision, the issue receipt, the same-day certificate ----


@dataclass(frozen=True)
class DecisionData:
    """The district's notice of assignment (`outcome == "assigned"`) or reasoned refusal."""

    district: OfficeHeader  # the department that decided
    office: OfficeHeader  # the akim's office the case came from
    outcome: str  # assigned | refused
    number: str
    decided_on: date
    case_number: str  # the akim's office incoming number, e.g. "17/2026"
    registered_at: datetime
    service: Bilingual
    applicant_name: str
    applicant_iin: str
    applicant_address: str | None
    refusal_ground: Bilingual | None  # the service's listed ground, when refused
    refusal_text: str | None  # the reasoning in the signer's words
    amount: str | None  # formatted tenge per month, when assigned
    period_from: date | None
    period_to: date | None
    signer: str | None  # "position, surname and initials"


@dataclass(frozen=True)
class IssueReceiptData:
    """Расписка о выдаче уведомления или мотивированного ответа об отказе (002:1530)."""

    office: OfficeHeader
    case_number: str
    registered_at: datetime
    service: Bilingual
    applicant_name: str
    applicant_iin: str
    result_type: Bilingual  # notice of assignment / reasoned refusal / certificate
    result_number: str
    result_date: date
    issued_at: datetime
    issued_to: str  # the applicant or the representative who received it
    issued_by: str  # surname and initials of the specialist


@dataclass(frozen=True)
class CertificateData:
    """Справка о принадлежности к получателям АСП: belongs or does not, for the quarter."""

    office: OfficeHeader
    number: str  # the application's incoming number serves as the certificate number
    issued_on: date
    applicant_name: str
    applicant_iin: str
    applicant_address: str | None
    belongs: bool
    quarter: int  # 1..4
    year: int
    period_from: date  # first and last day of the quarter
    period_to: date
    basis: str | None  # "decision No. … of …" when belongs
    signer: str  # the akim: position, surname and initials
