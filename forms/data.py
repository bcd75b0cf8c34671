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
