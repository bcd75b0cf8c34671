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
