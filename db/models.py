"""SQLAlchemy 2 typed models for the whole mission: intake, commission, packets, bundles,
decisions, issuance, audit, calendar and catalogue.

Portable SQL only (SQLite at the akim's office, PostgreSQL possible at the district), so no
dialect-specific types. Times are stored naive in the office's local time: the office works in
one time zone and the legal deadlines are counted in local working days.
"""

from __future__ import annotations

import uuid as uuid_mod
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

Money = Numeric(14, 2)


def new_uuid() -> str:
    return str(uuid_mod.uuid4())


class Base(DeclarativeBase):
    pass


# --- offices and people ---------------------------------------------------------------


class Office(Base):
    """An akim's office or a district department; `is_self` marks the office this database
    belongs to (a district's database also holds the akimats that send it bundles)."""

    __tablename__ = "office"

    id: Mapped[int] = mapped_column(primary_key=True)
    role: Mapped[str] = mapped_column(String(16))  # "akimat" | "district"
    code: Mapped[str] = mapped_column(String(16), unique=True)  # КАТО-style code
    name_kk: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300))
    address: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(40))
    is_self: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    login: Mapped[str] = mapped_column(String(60), unique=True)
    surname: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str | None] = mapped_column(String(100))
    position_kk: Mapped[str | None] = mapped_column(String(200))
    position_ru: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))  # specialist | akim | district_clerk | admin
    password_hash: Mapped[str | None] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)

    office: Mapped[Office] = relationship()

    @property
    def short_name(self) -> str:
        """Surname and initials, as printed on the talon (Ахметова А.Б.)."""
        initials = "".join(f"{p[0]}." for p in (self.name, self.patronymic) if p)
        return f"{self.surname} {initials}".strip()


class Applicant(Base):
    __tablename__ = "applicant"

    id: Mapped[int] = mapped_column(primary_key=True)
    iin: Mapped[str] = mapped_column(String(12), unique=True)
    surname: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str | None] = mapped_column(String(100))
    birth_date: Mapped[date | None] = mapped_column(Date)
    address: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(40))
    # Folded (look-alike letters normalised, lower case) for search; the stored names stay
    # exactly as typed (DOMAIN.md §5).
    search_key: Mapped[str] = mapped_column(String(320), default="", index=True)
    # Kazakh alphabetical order as a binary-sortable key (app.collation).
    sort_key: Mapped[str] = mapped_column(String(320), default="", index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.name, self.patronymic) if p)


# --- applications -----------------------------------------------------------------------


class JournalCounter(Base):
    """The last incoming number given per office and year; incremented inside the
    registering transaction so numbers have no gaps and no duplicates."""

    __tablename__ = "journal_counter"

    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class Application(Base):
    __tablename__ = "application"
    __table_args__ = (
        UniqueConstraint("office_id", "year", "number", name="uq_application_number"),
        Index("ix_application_status_due", "status", "due_at"),
        Index("ix_application_registered", "registered_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Global identity across offices: bundles and the district refer to cases by uuid.
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    incoming_number: Mapped[str] = mapped_column(String(40), index=True)
    service_code: Mapped[str] = mapped_column(String(60), index=True)
    channel: Mapped[str] = mapped_column(String(20))  # akim | department
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicant.id"), index=True)
    representative_name: Mapped[str | None] = mapped_column(String(300))
    representative_iin: Mapped[str | None] = mapped_column(String(12))
    representative_poa: Mapped[str | None] = mapped_column(String(300))  # power of attorney
    registered_at: Mapped[datetime] = mapped_column(DateTime)
    accepted_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # registered | refused_to_accept | at_commission | act_done | in_packet | sent |
    # decided | ready_for_issue | issued | closed
    status: Mapped[str] = mapped_column(String(30))
    due_at: Mapped[datetime | None] = mapped_column(DateTime)
    next_due_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    extension: Mapped[str | None] = mapped_column(String(60))
    catalogue_version: Mapped[str | None] = mapped_column(String(64))
    outcome: Mapped[str | None] = mapped_column(String(30))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    notes: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)

    office: Mapped[Office] = relationship()
    applicant: Mapped[Applicant] = relationship()
    accepted_by: Mapped[Staff | None] = relationship()
    steps: Mapped[list[ApplicationStep]] = relationship(
        back_populates="application", order_by="ApplicationStep.seq", cascade="all, delete-orphan"
    )
    documents: Mapped[list[DocumentItem]] = relationship(
        back_populates="application", order_by="DocumentItem.seq", cascade="all, delete-orphan"
    )


class ApplicationStep(Base):
    """One step of the service's route with its own due date (from the deadline engine)."""

    __tablename__ = "application_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(60))
    name_kk: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300))
    actor: Mapped[str] = mapped_column(String(30))
    limit_amount: Mapped[int] = mapped_column(Integer)
    limit_unit: Mapped[str] = mapped_column(String(20))
    excluded_from_term: Mapped[bool] = mapped_column(Boolean, default=False)
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    due_at: Mapped[datetime | None] = mapped_column(DateTime)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)

    application: Mapped[Application] = relationship(back_populates="steps")


class DocumentItem(Base):
    """A document on the service's checklist (or added by hand) and whether it was brought."""

    __tablename__ = "document_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    code: Mapped[str | None] = mapped_column(String(60))  # None for a free-text document
    name_kk: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300))
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    provided: Mapped[bool] = mapped_column(Boolean, default=False)
    sheets: Mapped[int | None] = mapped_column(Integer)
    attachment_path: Mapped[str | None] = mapped_column(String(500))  # scan, relative to home

    application: Mapped[Application] = relationship(back_populates="documents")


class Draft(Base):
    """Unsaved work of a dialog (new application, inspection act), kept so that a crash or
    a closed window loses nothing."""

    __tablename__ = "draft"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))  # intake | act
    key: Mapped[str] = mapped_column(String(100), default="")
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    payload: Mapped[str] = mapped_column(Text)  # JSON
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)

    __table_args__ = (UniqueConstraint("kind", "key", name="uq_draft_kind_key"),)


# --- commission -------------------------------------------------------------------------


class Commission(Base):
    __tablename__ = "commission"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    decision_number: Mapped[str] = mapped_column(String(40))
    decision_date: Mapped[date] = mapped_column(Date)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)

    members: Mapped[list[CommissionMember]] = relationship(
        back_populates="commission", order_by="CommissionMember.seq", cascade="all, delete-orphan"
    )


class CommissionMember(Base):
    __tablename__ = "commission_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    commission_id: Mapped[int] = mapped_column(ForeignKey("commission.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    full_name: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20))  # chair | secretary | member
    position: Mapped[str | None] = mapped_column(String(300))

    commission: Mapped[Commission] = relationship(back_populates="members")


class IncomeThreshold(Base):
    """Poverty line / subsistence minimum set by the office for a period, in tenge."""

    __tablename__ = "income_threshold"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))  # poverty_line | subsistence_minimum
    amount: Mapped[Decimal] = mapped_column(Money)
    effective_from: Mapped[date] = mapped_column(Date)
    effective_to: Mapped[date | None] = mapped_column(Date)


class InspectionAct(Base):
    __tablename__ = "inspection_act"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"), unique=True)
    commission_id: Mapped[int | None] = mapped_column(ForeignKey("commission.id"))
    referred_at: Mapped[datetime | None] = mapped_column(DateTime)
    visit_date: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(String(300))
    outcome: Mapped[str] = mapped_column(String(20), default="inspected")  # | refused | evaded
    applicant_address: Mapped[str | None] = mapped_column(String(300))
    dwelling_type: Mapped[str | None] = mapped_column(String(100))
    dwelling_ownership: Mapped[str | None] = mapped_column(String(100))
    dwelling_rooms: Mapped[int | None] = mapped_column(Integer)
    dwelling_area: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    dwelling_utilities: Mapped[str | None] = mapped_column(String(300))
    dwelling_condition: Mapped[str | None] = mapped_column(String(300))
    land_area: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    cattle: Mapped[int] = mapped_column(Integer, default=0)
    horses: Mapped[int] = mapped_column(Integer, default=0)
    sheep_goats: Mapped[int] = mapped_column(Integer, default=0)
    camels: Mapped[int] = mapped_column(Integer, default=0)
    poultry: Mapped[int] = mapped_column(Integer, default=0)
    vehicles: Mapped[str | None] = mapped_column(Text)
    other_property: Mapped[str | None] = mapped_column(Text)
    other_income: Mapped[str | None] = mapped_column(Text)
    remarks: Mapped[str | None] = mapped_column(Text)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)

    family: Mapped[list[FamilyMember]] = relationship(
        back_populates="act", order_by="FamilyMember.seq", cascade="all, delete-orphan"
    )
    present: Mapped[list[ActPresence]] = relationship(
        back_populates="act", cascade="all, delete-orphan"
    )
    conclusion: Mapped[Conclusion | None] = relationship(
        back_populates="act", cascade="all, delete-orphan"
    )


class ActPresence(Base):
    """A commission member who took part in the visit and signs the act."""

    __tablename__ = "act_presence"

    act_id: Mapped[int] = mapped_column(ForeignKey("inspection_act.id"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("commission_member.id"), primary_key=True)

    act: Mapped[InspectionAct] = relationship(back_populates="present")
    member: Mapped[CommissionMember] = relationship()


class FamilyMember(Base):
    __tablename__ = "family_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    act_id: Mapped[int] = mapped_column(ForeignKey("inspection_act.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    surname: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str | None] = mapped_column(String(100))
    relation: Mapped[str] = mapped_column(String(60))
    birth_date: Mapped[date | None] = mapped_column(Date)
    iin: Mapped[str | None] = mapped_column(String(12))
    occupation: Mapped[str | None] = mapped_column(String(300))

    act: Mapped[InspectionAct] = relationship(back_populates="family")
    incomes: Mapped[list[IncomeItem]] = relationship(
        back_populates="member", cascade="all, delete-orphan"
    )


class IncomeItem(Base):
    __tablename__ = "income_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_member_id: Mapped[int] = mapped_column(ForeignKey("family_member.id"), index=True)
    kind: Mapped[str] = mapped_column(String(60))  # wage | pension | allowance | farm | other
    monthly_amount: Mapped[Decimal] = mapped_column(Money)

    member: Mapped[FamilyMember] = relationship(back_populates="incomes")


class Conclusion(Base):
    __tablename__ = "conclusion"

    id: Mapped[int] = mapped_column(primary_key=True)
    act_id: Mapped[int] = mapped_column(ForeignKey("inspection_act.id"), unique=True)
    needs_assistance: Mapped[bool] = mapped_column(Boolean)
    reasons: Mapped[str | None] = mapped_column(Text)
    total_income: Mapped[Decimal | None] = mapped_column(Money)
    members_count: Mapped[int | None] = mapped_column(Integer)
    per_capita_income: Mapped[Decimal | None] = mapped_column(Money)
    threshold_id: Mapped[int | None] = mapped_column(ForeignKey("income_threshold.id"))
    threshold_amount: Mapped[Decimal | None] = mapped_column(Money)
    period_from: Mapped[date | None] = mapped_column(Date)
    period_to: Mapped[date | None] = mapped_column(Date)
    decided_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)

    act: Mapped[InspectionAct] = relationship(back_populates="conclusion")


# --- packets, bundles, keys ------------------------------------------------------------


class OutgoingPacket(Base):
    __tablename__ = "outgoing_packet"
    __table_args__ = (UniqueConstraint("office_id", "year", "number", name="uq_packet_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    outgoing_number: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    status: Mapped[str] = mapped_column(String(30), default="draft")  # draft|sent|acknowledged
    recipient_code: Mapped[str | None] = mapped_column(String(16))
    bundle_uuid: Mapped[str | None] = mapped_column(String(36))
    bundle_sequence: Mapped[int | None] = mapped_column(Integer)
    bundle_fingerprint: Mapped[str | None] = mapped_column(String(100))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime)

    items: Mapped[list[PacketItem]] = relationship(
        back_populates="packet", cascade="all, delete-orphan"
    )


class PacketItem(Base):
    __tablename__ = "packet_item"

    packet_id: Mapped[int] = mapped_column(ForeignKey("outgoing_packet.id"), primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"), primary_key=True)

    packet: Mapped[OutgoingPacket] = relationship(back_populates="items")
    application: Mapped[Application] = relationship()


class BundleLog(Base):
    """Every bundle sent or received, refused ones included, with the per-record report."""

    __tablename__ = "bundle_log"
    __table_args__ = (
        UniqueConstraint("direction", "bundle_uuid", name="uq_bundle_direction_uuid"),
        Index("ix_bundle_source_seq", "source_office_code", "sequence"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(10))  # sent | received
    kind: Mapped[str] = mapped_column(String(20))  # outgoing | return
    bundle_uuid: Mapped[str] = mapped_column(String(36))
    source_office_code: Mapped[str] = mapped_column(String(16))
    recipient_office_code: Mapped[str] = mapped_column(String(16))
    sequence: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    processed_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    file_name: Mapped[str | None] = mapped_column(String(300))
    sha256: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20))  # exported | imported | refused | acknowledged
    report: Mapped[str | None] = mapped_column(Text)  # JSON
    # District, received bundles: the return bundle that carried our acknowledgement.
    acknowledged_in: Mapped[str | None] = mapped_column(String(36))


class TrustedKey(Base):
    """Another office's public card, accepted after its fingerprint was confirmed by hand.
    Rotated keys stay (with `replaced_at`) to verify old bundles; revoked ones are refused."""

    __tablename__ = "trusted_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_code: Mapped[str] = mapped_column(String(16), index=True)
    name_kk: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(16))
    signing_public: Mapped[str] = mapped_column(String(100))
    age_recipient: Mapped[str] = mapped_column(String(100))
    fingerprint: Mapped[str] = mapped_column(String(100), unique=True)
    added_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    replaced_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)


# --- decisions and issuing ---------------------------------------------------------------


class Decision(Base):
    """The district's notice of assignment or reasoned refusal for one case. Recorded at the
    district, carried back in a return bundle, and stored again at the akim's office."""

    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"), unique=True)
    outcome: Mapped[str] = mapped_column(String(20))  # assigned | refused
    number: Mapped[str] = mapped_column(String(40))
    decided_on: Mapped[date] = mapped_column(Date)
    refusal_ground: Mapped[str | None] = mapped_column(String(300))
    refusal_ground_code: Mapped[str | None] = mapped_column(String(60))
    signer: Mapped[str | None] = mapped_column(String(300))
    amount: Mapped[Decimal | None] = mapped_column(Money)
    period_from: Mapped[date | None] = mapped_column(Date)
    period_to: Mapped[date | None] = mapped_column(Date)
    pdf_path: Mapped[str | None] = mapped_column(String(500))  # relative to the data folder
    pdf_sha256: Mapped[str | None] = mapped_column(String(64))
    pdf_attached: Mapped[bool] = mapped_column(Boolean, default=False)  # signed elsewhere
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # District: the return bundle that carried it (None = not sent back yet).
    # Akim's office: the return bundle it came in.
    bundle_uuid: Mapped[str | None] = mapped_column(String(36), index=True)

    application: Mapped[Application] = relationship()


class Issuance(Base):
    __tablename__ = "issuance"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"), unique=True)
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    issued_to: Mapped[str] = mapped_column(String(300))
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    result_type: Mapped[str] = mapped_column(String(30))  # notice | refusal | certificate
    receipt_printed: Mapped[bool] = mapped_column(Boolean, default=False)
    journal_signature: Mapped[bool] = mapped_column(Boolean, default=False)
    # Same-day certificate: whether the family belongs to the recipients, for which quarter.
    certificate_belongs: Mapped[bool | None] = mapped_column(Boolean)
    certificate_quarter: Mapped[str | None] = mapped_column(String(10))  # e.g. 2026-Q4
    signer: Mapped[str | None] = mapped_column(String(300))


class CaseRecord(Base):
    """At the district: the last case record received for an application, as sent (JSON), so
    the act and conclusion can be shown exactly and a re-sent case compared."""

    __tablename__ = "case_record"

    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"), primary_key=True)
    bundle_uuid: Mapped[str] = mapped_column(String(36))
    record_sha256: Mapped[str] = mapped_column(String(64))
    record_json: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)


class CaseFile(Base):
    """A document file of a case that came in a bundle (talon, act, scans, the decision).
    Stored once by content hash under the data folder, so a replayed import writes nothing
    new and a crash before commit leaves only an unreferenced file."""

    __tablename__ = "case_file"
    __table_args__ = (UniqueConstraint("application_id", "name", name="uq_case_file_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))  # payload path, e.g. cases/<uuid>/act.pdf
    role: Mapped[str] = mapped_column(String(30))
    title_kk: Mapped[str | None] = mapped_column(String(300))
    title_ru: Mapped[str | None] = mapped_column(String(300))
    stored_path: Mapped[str] = mapped_column(String(500))  # relative to the data folder
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    bundle_uuid: Mapped[str | None] = mapped_column(String(36))
    added_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)


# --- audit, calendar, catalogue, settings -------------------------------------------------


class AuditEvent(Base):
    """Append-only; each event's hash covers the previous one so edits are detectable."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(40))
    before: Mapped[str | None] = mapped_column(Text)  # JSON
    after: Mapped[str | None] = mapped_column(Text)  # JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class CalendarOverride(Base):
    """An office's change to the national calendar: an extra day off or a worked day."""

    __tablename__ = "calendar_override"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    kind: Mapped[str] = mapped_column(String(10))  # holiday | workday
    note: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)


class CatalogueVersion(Base):
    """Each catalogue version the office has run with, so old deadlines stay explainable."""

    __tablename__ = "catalogue_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(String(500))
    services: Mapped[int] = mapped_column(Integer)
    first_seen_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
