"""The district commission: its make-up, referrals, the inspection act and the conclusion.

Qt-free; the act editor, the `qabyldau commission|threshold|act` commands and the tests call
the same functions. Each writing function is one transaction with one audit event, and
refuses bad input before the first row is written.

Rules this module decides (the reasoning is in docs/act-json.md as well):

* **Commission.** Created by the akim's decision; a new decision ends the previous one's
  validity the day before the new one starts. Old commissions stay, so an old act still
  names the people who signed it.
* **Referral.** Every step of the route before the first commission step is marked done at
  the referral moment (for АСП: the akim's resolution and «направление в участковую
  комиссию»; a case cannot reach the commission without them). The commission's own limit
  (5 WD for АСП) is counted again from the referral moment, so a late referral does not eat
  the commission's days. When the act is completed, the next step's limit likewise runs
  from the completion moment.
* **Income period.** Per-capita income is counted over the calendar quarter before the
  quarter of registration. The seeds only reference the rules of computing aggregate income
  (`002:1099–1101`, order No. 237-п) and say the right to АСП is re-confirmed every quarter
  with income documents (`002:1167–1168`); «за квартал, предшествующий кварталу обращения»
  is the wording of those rules. The same period is used for every means-tested service.
* **Threshold.** Each month of the period takes the threshold in force on its first day
  (the one with the latest `effective_from` if several cover it); the threshold compared
  with is the average of the three, rounded half-up to the tiyn. Needs assistance when the
  per-capita income (also rounded half-up to 2 places) is **at most** the threshold: АСП goes
  to families «со среднедушевым доходом, не превышающим черты бедности» (`002:1121–1122`).
  Which threshold: poverty line for АСП (`002:1122`, `002:1188`), subsistence minimum for
  social aid by local decisions (`000:133–134`), poverty line otherwise; the office can
  change this per service with the setting ``threshold_kinds``.
* **Refused / evaded inspection** concludes "does not need" with the refusal ground
  «отказ, уклонение заявителя от проведения обследования» (`000:131–133`); no arithmetic.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from app import audit
from app.catalogue import Limit
from app.context import AppContext
from app.deadlines import DeadlineError, apply_limit
from app.errors import UserError
from app.iin import check_iin
from app.intake import find_application
from app.printing import office_header
from app.textnorm import as_cyrillic, fold, mixed_script_words
from db.models import (
    ActPresence,
    Application,
    ApplicationStep,
    Commission,
    CommissionMember,
    Conclusion,
    FamilyMember,
    IncomeItem,
    IncomeThreshold,
    InspectionAct,
)
from forms.data import (
    ActData,
    ActFamilyMember,
    ActIncome,
    ActSigner,
    Bilingual,
    ConclusionData,
)

ROLES = ("chair", "secretary", "member")
OUTCOMES = ("inspected", "refused", "evaded")
THRESHOLD_KINDS = ("poverty_line", "subsistence_minimum")
INCOME_KINDS = (
    "wage",
    "pension",
    "allowance",
    "scholarship",
    "alimony",
    "farm",
    "business",
    "other",
)

ROLE_LABELS: dict[str, Bilingual] = {
    "chair": Bilingual("Комиссия төрағасы", "Председатель комиссии"),
    "secretary": Bilingual("Комиссия хатшысы", "Секретарь комиссии"),
    "member": Bilingual("Комиссия мүшесі", "Член комиссии"),
}
OUTCOME_LABELS: dict[str, Bilingual] = {
    "inspected": Bilingual("Тексеру жүргізілді", "Обследование проведено"),
    "refused": Bilingual(
        "Өтініш беруші тексеруден бас тартты", "Заявитель отказался от обследования"
    ),
    "evaded": Bilingual("Өтініш беруші тексеруден жалтарды", "Заявитель уклонился от обследования"),
}
INCOME_LABELS: dict[str, Bilingual] = {
    "wage": Bilingual("Жалақы", "Заработная плата"),
    "pension": Bilingual("Зейнетақы", "Пенсия"),
    "allowance": Bilingual("Жәрдемақы", "Пособие"),
    "scholarship": Bilingual("Стипендия", "Стипендия"),
    "alimony": Bilingual("Алимент", "Алименты"),
    "farm": Bilingual("Жеке қосалқы шаруашылықтан табыс", "Доход от личного подсобного хозяйства"),
    "business": Bilingual("Кәсіпкерлік табыс", "Доход от предпринимательской деятельности"),
    "other": Bilingual("Басқа табыс", "Иной доход"),
}
THRESHOLD_LABELS: dict[str, Bilingual] = {
    "poverty_line": Bilingual("Кедейлік шегі", "Черта бедности"),
    "subsistence_minimum": Bilingual("Ең төмен күнкөріс деңгейі", "Прожиточный минимум"),
}
# Which threshold a service's conclusion compares with, unless the office's setting
# "threshold_kinds" ({service code: kind}) says otherwise. Seeds: 002:1122 and 002:1188
# (АСП, poverty line), 000:133–134 (social aid by local decisions, subsistence minimum).
DEFAULT_THRESHOLD_KINDS: dict[str, str] = {
    "asp": "poverty_line",
    "social-aid-local": "subsistence_minimum",
}
# The refusal ground for a refused or evaded inspection (000:131–133), used when the
# service's catalogue entry has no "inspection_refused" ground of its own.
INSPECTION_REFUSED = Bilingual(
    "Өтініш беруші материалдық жағдайын (отбасының материалдық жағдайын) тексеруден бас "
    "тартты немесе жалтарды",
    "Отказ, уклонение заявителя от проведения обследования материального положения лица (семьи)",
)

_MONTHS_KK = (
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
)
_MONTHS_RU = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)

NBSP = "\u00a0"
CENT = Decimal("0.01")


def _err(code: str, kk: str, ru: str, en: str) -> UserError:
    return UserError(code=code, kk=kk, ru=ru, en=en)


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


# --- money and numbers --------------------------------------------------------------------------


def format_amount(value: Decimal) -> str:
    """Tenge as the office writes it: "85 000,00" (non-breaking space between thousands)."""
    q = value.quantize(CENT, rounding=ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    whole, frac = f"{abs(q):.2f}".split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{sign}{NBSP.join(groups)},{frac}"


def format_tenge(value: Decimal) -> str:
    """ "85 000,00 ₸" with non-breaking spaces, so a printed amount never wraps."""
    return f"{format_amount(value)}{NBSP}₸"


def _format_number(value: Decimal) -> str:
    """Area and land: no trailing zeros, decimal comma ("54,5")."""
    text = format(value.normalize(), "f") if value == value.to_integral() else str(value)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


# The largest amount the office can record: the transfer bundle carries money with at most
# 12 digits before the point, and Decimal arithmetic (28 digits) fails on much larger ones.
MAX_AMOUNT = Decimal("999999999999.99")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_AMOUNT = re.compile(r"^\d+(?:[.,]\d+)?$")


class AmountError(ValueError):
    """Why a value is not an amount: `code` is "negative", "places", "too-large" or
    "not-a-number"."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def parse_amount(value: object) -> Decimal:
    """A non-negative amount with at most 2 decimal places, from a JSON number or a string
    such as "85 000,50", "85000.50" or "85 000 ₸" (spaces, NBSP, comma or point)."""
    if isinstance(value, bool):
        raise AmountError("not-a-number")
    if isinstance(value, int):
        d = Decimal(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise AmountError("not-a-number")
        d = Decimal(repr(value))  # repr: 0.1 stays 0.1, not its binary expansion
    elif isinstance(value, Decimal):
        d = value
    elif isinstance(value, str):
        text = _SPACES.sub("", value).removesuffix("₸").removesuffix("тг")
        negative = text.startswith("-")
        text = text.removeprefix("-")
        if not _AMOUNT.match(text):
            raise AmountError("not-a-number")
        d = Decimal(text.replace(",", "."))
        if negative:
            d = -d
    else:
        raise AmountError("not-a-number")
    if not d.is_finite():
        raise AmountError("not-a-number")
    if d < 0:
        raise AmountError("negative")
    if d > MAX_AMOUNT:
        raise AmountError("too-large")
    if d != d.quantize(CENT, rounding=ROUND_HALF_UP):
        raise AmountError("places")
    return d.quantize(CENT)


def parse_date_text(text: str) -> date:
    """ISO (2026-02-10) or the office habit 10.02.2026; ValueError otherwise."""
    t = text.strip()
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(t, fmt).date()
        except ValueError:
            pass
    raise ValueError(text)


# --- commission set-up ------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberInfo:
    id: int
    full_name: str
    role: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "full_name": self.full_name, "role": self.role}


@dataclass(frozen=True)
class CommissionInfo:
    id: int
    decision_number: str
    decision_date: date
    valid_from: date
    valid_to: date | None
    members: tuple[MemberInfo, ...]
    current: bool = False

    @property
    def decision(self) -> str:
        return f"№ {self.decision_number}, {self.decision_date:%d.%m.%Y}"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "decision_number": self.decision_number,
            "decision_date": self.decision_date.isoformat(),
            "valid_from": self.valid_from.isoformat(),
            "valid_to": self.valid_to.isoformat() if self.valid_to else None,
            "current": self.current,
            "members": [m.to_json() for m in self.members],
        }


def _commission_info(c: Commission, today: date | None = None) -> CommissionInfo:
    today = today or date.today()
    return CommissionInfo(
        id=c.id,
        decision_number=c.decision_number,
        decision_date=c.decision_date,
        valid_from=c.valid_from,
        valid_to=c.valid_to,
        members=tuple(MemberInfo(m.id, m.full_name, m.role) for m in c.members),
        current=c.valid_from <= today and (c.valid_to is None or c.valid_to >= today),
    )


ROLE_WORDS: dict[str, str] = {
    # What a clerk types after the colon in `--member "Name:role"`, in any of the languages.
    "chair": "chair",
    "төраға": "chair",
    "председатель": "chair",
    "secretary": "secretary",
    "хатшы": "secretary",
    "секретарь": "secretary",
    "member": "member",
    "мүше": "member",
    "член": "member",
}


def parse_member(text: str) -> tuple[str, str]:
    """ "Surname N.P.:chair" → ("Surname N.P.", "chair"); no colon means an ordinary member."""
    name, sep, role = text.rpartition(":")
    if not sep:
        return text.strip(), "member"
    key = role.strip().casefold()
    if key not in ROLE_WORDS:
        raise _err(
            "member-role",
            f"«{text}»: рөлі белгісіз «{role}» (chair, secretary немесе member)",
            f"«{text}»: неизвестная роль «{role}» (chair, secretary или member)",
            f"'{text}': unknown role '{role}' (chair, secretary or member)",
        )
    return name.strip(), ROLE_WORDS[key]


def _name_key(name: str) -> str:
    # "Ахметов А. Б." and "ахметов а.б." are the same signer.
    return re.sub(r"\.\s+", ".", " ".join(fold(name).split()))


def _check_members(members: Sequence[tuple[str, str]]) -> None:
    problems: list[tuple[str, str, str]] = []
    for i, (name, role) in enumerate(members, 1):
        if not (name or "").strip():
            problems.append(
                (
                    f"{i}-мүшенің аты-жөні толтырылмаған",
                    f"Не указано ФИО {i}-го члена комиссии",
                    f"Member {i} has no name",
                )
            )
        if role not in ROLES:
            problems.append(
                (
                    f"{i}-мүшенің рөлі белгісіз: {role} (chair, secretary, member)",
                    f"Неизвестная роль {i}-го члена комиссии: {role} (chair, secretary, member)",
                    f"Member {i}: unknown role {role} (chair, secretary, member)",
                )
            )
    chairs = sum(r == "chair" for _, r in members)
    if chairs != 1:
        problems.append(
            (
                f"Комиссияда бір ғана төраға болуы керек (қазір {chairs})",
                f"В комиссии должен быть ровно один председатель (сейчас {chairs})",
                f"A commission has exactly one chair (now {chairs})",
            )
        )
    secretaries = sum(r == "secretary" for _, r in members)
    if secretaries > 1:
        problems.append(
            (
                f"Комиссияда бір хатшыдан артық болмайды (қазір {secretaries})",
                f"В комиссии не может быть больше одного секретаря (сейчас {secretaries})",
                f"A commission has at most one secretary (now {secretaries})",
            )
        )
    if len(members) < 2:
        problems.append(
            (
                "Комиссияда кемінде 2 адам болуы керек",
                "В комиссии должно быть не меньше 2 человек",
                "A commission needs at least 2 members",
            )
        )
    keys = [_name_key(n) for n, _ in members if (n or "").strip()]
    dups = sorted({n for n, _ in members if (n or "").strip() and keys.count(_name_key(n)) > 1})
    if dups:
        names = ", ".join(dups)
        problems.append(
            (
                f"Бір адам екі рет көрсетілген: {names}",
                f"Один человек указан дважды: {names}",
                f"The same person is listed twice: {names}",
            )
        )
    if problems:
        raise _err(
            "commission-members",
            "; ".join(p[0] for p in problems),
            "; ".join(p[1] for p in problems),
            "; ".join(p[2] for p in problems),
        )


def set_commission(
    ctx: AppContext,
    decision_number: str,
    decision_date: date,
    members: Sequence[tuple[str, str]],
    valid_from: date | None = None,
    valid_to: date | None = None,
    *,
    staff_login: str | None = None,
) -> int:
    """Record a commission created by the akim's decision; the previous one ends the day before."""
    number = (decision_number or "").strip()
    if not number:
        raise _err(
            "decision-number",
            "Әкім шешімінің нөмірі толтырылмаған",
            "Не указан номер решения акима",
            "The akim's decision number is required",
        )
    _check_members(members)
    start = valid_from or decision_date
    if start < decision_date:
        raise _err(
            "valid-from",
            f"Комиссия шешім шыққанға дейін ({decision_date:%d.%m.%Y}) әрекет ете алмайды",
            f"Комиссия не может действовать раньше даты решения ({decision_date:%d.%m.%Y})",
            f"A commission cannot start before its decision date ({decision_date:%d.%m.%Y})",
        )
    if valid_to is not None and valid_to < start:
        raise _err(
            "valid-to",
            "Әрекет ету мерзімінің соңы басынан бұрын",
            "Окончание срока действия раньше его начала",
            "The validity ends before it starts",
        )
    with ctx.session() as s:
        office = ctx.self_office(s)
        staff = ctx.current_staff(s, staff_login)
        superseded = []
        for old in s.scalars(select(Commission).where(Commission.office_id == office.id)):
            if old.valid_from >= start:
                raise _err(
                    "commission-overlap",
                    f"{old.valid_from:%d.%m.%Y} бастап әрекет ететін комиссия бар (шешім № "
                    f"{old.decision_number}); жаңасы одан кейін басталуы керек",
                    f"Уже есть комиссия, действующая с {old.valid_from:%d.%m.%Y} (решение № "
                    f"{old.decision_number}); новая должна начинаться позже",
                    f"A commission valid from {old.valid_from:%d.%m.%Y} exists (decision No. "
                    f"{old.decision_number}); a new one must start later",
                )
            if old.valid_to is None or old.valid_to >= start:
                old.valid_to = start - timedelta(days=1)
                superseded.append({"id": old.id, "valid_to": old.valid_to.isoformat()})
        c = Commission(
            office_id=office.id,
            decision_number=number,
            decision_date=decision_date,
            valid_from=start,
            valid_to=valid_to,
        )
        for i, (name, role) in enumerate(members):
            c.members.append(CommissionMember(seq=i, full_name=" ".join(name.split()), role=role))
        s.add(c)
        s.flush()
        audit.record(
            s,
            entity="commission",
            entity_id=c.id,
            action="set",
            staff_id=staff.id,
            after={**_commission_info(c).to_json(), "superseded": superseded},
        )
        return c.id


def current_commission(session: Session, on: date) -> Commission | None:
    """The commission in force on a day (the latest to start, if data ever overlap)."""
    office = AppContext.self_office(session)
    return session.scalars(
        select(Commission)
        .where(
            Commission.office_id == office.id,
            Commission.valid_from <= on,
            (Commission.valid_to.is_(None)) | (Commission.valid_to >= on),
        )
        .order_by(Commission.valid_from.desc(), Commission.id.desc())
    ).first()


def list_commissions(ctx: AppContext) -> list[CommissionInfo]:
    """Every commission the office has had, newest first."""
    with ctx.session() as s:
        office = ctx.self_office(s)
        rows = s.scalars(
            select(Commission)
            .where(Commission.office_id == office.id)
            .order_by(Commission.valid_from.desc(), Commission.id.desc())
        ).all()
        return [_commission_info(c) for c in rows]


# --- thresholds ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ThresholdInfo:
    id: int
    kind: str
    amount: Decimal
    effective_from: date
    effective_to: date | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "amount": str(self.amount),
            "effective_from": self.effective_from.isoformat(),
            "effective_to": self.effective_to.isoformat() if self.effective_to else None,
        }


def set_threshold(
    ctx: AppContext,
    kind: str,
    amount: Decimal | str | int,
    effective_from: date,
    effective_to: date | None = None,
    *,
    staff_login: str | None = None,
) -> int:
    """Record a poverty line or subsistence minimum; an open-ended earlier one of the same kind
    ends the day before. The figure in force on a day is the one starting latest."""
    if kind not in THRESHOLD_KINDS:
        raise _err(
            "threshold-kind",
            f"Шек түрі белгісіз: {kind} (poverty_line немесе subsistence_minimum)",
            f"Неизвестный вид порога: {kind} (poverty_line или subsistence_minimum)",
            f"Unknown threshold kind: {kind} (poverty_line or subsistence_minimum)",
        )
    try:
        value = parse_amount(amount)
    except AmountError:
        value = Decimal(-1)
    if value <= 0:
        raise _err(
            "threshold-amount",
            f"Шектің сомасы оң сан болуы керек (ең көбі 2 үтірден кейінгі таңба): {amount}",
            f"Сумма порога должна быть положительным числом (до 2 знаков после запятой): {amount}",
            f"The threshold must be a positive amount (at most 2 decimal places): {amount}",
        )
    if effective_to is not None and effective_to < effective_from:
        raise _err(
            "threshold-dates",
            "Әрекет ету мерзімінің соңы басынан бұрын",
            "Окончание срока действия раньше его начала",
            "The validity ends before it starts",
        )
    with ctx.session() as s:
        staff = ctx.current_staff(s, staff_login)
        same = s.scalars(select(IncomeThreshold).where(IncomeThreshold.kind == kind)).all()
        for old in same:
            if old.effective_from == effective_from:
                raise _err(
                    "threshold-duplicate",
                    f"{effective_from:%d.%m.%Y} бастап бұл шек енгізілген "
                    f"({format_tenge(old.amount)})",
                    f"Этот порог с {effective_from:%d.%m.%Y} уже введён "
                    f"({format_tenge(old.amount)})",
                    f"This threshold from {effective_from:%d.%m.%Y} is already set "
                    f"({format_tenge(old.amount)})",
                )
        closed = []
        for old in same:
            if old.effective_to is None and old.effective_from < effective_from:
                old.effective_to = effective_from - timedelta(days=1)
                closed.append({"id": old.id, "effective_to": old.effective_to.isoformat()})
        row = IncomeThreshold(
            kind=kind, amount=value, effective_from=effective_from, effective_to=effective_to
        )
        s.add(row)
        s.flush()
        audit.record(
            s,
            entity="income_threshold",
            entity_id=row.id,
            action="set",
            staff_id=staff.id,
            after={**_threshold_info(row).to_json(), "closed": closed},
        )
        return row.id


def _threshold_info(t: IncomeThreshold) -> ThresholdInfo:
    return ThresholdInfo(t.id, t.kind, Decimal(t.amount), t.effective_from, t.effective_to)


def thresholds(ctx: AppContext) -> list[ThresholdInfo]:
    """Every threshold, by kind then start date."""
    with ctx.session() as s:
        rows = s.scalars(
            select(IncomeThreshold).order_by(IncomeThreshold.kind, IncomeThreshold.effective_from)
        ).all()
        return [_threshold_info(t) for t in rows]


def threshold_kind_for(session: Session, service_code: str) -> str:
    """Which threshold a service's conclusion uses (office setting, else the default)."""
    kinds = AppContext.get_setting(session, "threshold_kinds", {}) or {}
    kind = kinds.get(service_code) or DEFAULT_THRESHOLD_KINDS.get(service_code, "poverty_line")
    return kind if kind in THRESHOLD_KINDS else "poverty_line"


# --- per-capita income --------------------------------------------------------------------------


def income_period(registered: date) -> list[date]:
    """The first days of the three months of the quarter before the registration's quarter."""
    q_start_month = (registered.month - 1) // 3 * 3 + 1
    year, month = registered.year, q_start_month - 3
    if month < 1:
        year, month = year - 1, month + 12
    return [date(year, month + i, 1) for i in range(3)]


def _month_end(first: date) -> date:
    nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


class NoThresholdError(UserError):
    """No threshold covers some month of the income period."""

    def __init__(self, months: Sequence[date], label: Bilingual) -> None:
        ms = ", ".join(f"{m:%m.%Y}" for m in months)
        super().__init__(
            code="no-threshold",
            kk=f"{label.kk} мына айларға белгіленбеген: {ms}. Енгізіңіз: qabyldau threshold set",
            ru=f"{label.ru} не задан(а) на месяцы: {ms}. Введите: qabyldau threshold set",
            en=f"No threshold for the months: {ms}. Set one: qabyldau threshold set",
        )
        self.months = tuple(months)


@dataclass(frozen=True)
class IncomeArithmetic:
    """Per-capita income against the threshold, every step kept for the screen and paper."""

    member_incomes: tuple[Decimal, ...]
    total: Decimal  # the family's total monthly income
    members: int  # zero-income members count
    per_capita: Decimal  # monthly, rounded half-up to 2 places
    period: tuple[date, ...]  # first days of the months
    month_thresholds: tuple[Decimal, ...]  # the threshold in force on each month's first day
    threshold: Decimal  # their average, rounded half-up to 2 places
    needs: bool  # per_capita <= threshold
    lines: tuple[tuple[str, str, str], ...] = ()  # (kk label, ru label, value)

    def to_json(self) -> dict[str, Any]:
        return {
            "period_from": self.period[0].isoformat(),
            "period_to": _month_end(self.period[-1]).isoformat(),
            "member_incomes": [str(x) for x in self.member_incomes],
            "total": str(self.total),
            "members": self.members,
            "per_capita": str(self.per_capita),
            "month_thresholds": [
                {"month": m.isoformat(), "amount": str(a)}
                for m, a in zip(self.period, self.month_thresholds, strict=True)
            ],
            "threshold": str(self.threshold),
            "needs": self.needs,
            "lines": [{"kk": kk, "ru": ru, "value": v} for kk, ru, v in self.lines],
        }


def per_capita(
    members_monthly_incomes: Sequence[Decimal],
    period_months: Sequence[date],
    thresholds: Iterable[tuple[date, date | None, Decimal]],
    *,
    names: Sequence[str] | None = None,
    threshold_label: Bilingual = THRESHOLD_LABELS["poverty_line"],
) -> IncomeArithmetic:
    """Total monthly family income ÷ members, compared with the period's average threshold."""
    if not members_monthly_incomes:
        raise _err(
            "no-family",
            "Отбасы құрамы бос: жан басына шаққандағы табысты есептеу мүмкін емес",
            "Состав семьи пуст: среднедушевой доход не рассчитать",
            "The family is empty: per-capita income cannot be computed",
        )
    if not period_months:
        raise ValueError("the income period has no months")
    incomes = tuple(
        Decimal(x).quantize(CENT, rounding=ROUND_HALF_UP) for x in members_monthly_incomes
    )
    table = list(thresholds)
    month_values: list[Decimal] = []
    missing: list[date] = []
    for m in period_months:
        covering = [t for t in table if t[0] <= m and (t[1] is None or t[1] >= m)]
        if not covering:
            missing.append(m)
            continue
        month_values.append(Decimal(max(covering, key=lambda t: t[0])[2]))
    if missing:
        raise NoThresholdError(missing, threshold_label)

    total = sum(incomes, Decimal(0))
    count = len(incomes)
    pc = (total / count).quantize(CENT, rounding=ROUND_HALF_UP)
    threshold = (sum(month_values, Decimal(0)) / len(month_values)).quantize(
        CENT, rounding=ROUND_HALF_UP
    )
    needs = pc <= threshold

    lines: list[tuple[str, str, str]] = []
    first, last = period_months[0], _month_end(period_months[-1])
    lines.append(
        (
            "Табыс есептелетін кезең (өтініш берілген тоқсанның алдындағы тоқсан)",
            "Период исчисления дохода (квартал, предшествующий кварталу обращения)",
            f"{first:%d.%m.%Y} – {last:%d.%m.%Y}",
        )
    )
    for i, amount in enumerate(incomes, 1):
        who = f"{i}. {names[i - 1]}" if names and i <= len(names) else f"{i}"
        lines.append(
            (
                f"Отбасы мүшесінің айлық табысы: {who}",
                f"Месячный доход члена семьи: {who}",
                format_tenge(amount),
            )
        )
    summed = " + ".join(format_tenge(x) for x in incomes)
    lines.append(
        (
            "Отбасының айлық жиынтық табысы",
            "Совокупный месячный доход семьи",
            f"{summed} = {format_tenge(total)}" if count > 1 else format_tenge(total),
        )
    )
    lines.append(
        (
            "Отбасы мүшелерінің саны (табысы жоқтарды қоса)",
            "Число членов семьи (включая не имеющих дохода)",
            str(count),
        )
    )
    lines.append(
        (
            "Жан басына шаққандағы орташа айлық табыс",
            "Среднедушевой месячный доход",
            f"{format_tenge(total)} ÷ {count} = {format_tenge(pc)}",
        )
    )
    if len(set(month_values)) == 1:
        lines.append((threshold_label.kk, threshold_label.ru, format_tenge(threshold)))
    else:
        for m, v in zip(period_months, month_values, strict=True):
            lines.append(
                (
                    f"{threshold_label.kk}, {m.year} ж. {_MONTHS_KK[m.month - 1]}",
                    f"{threshold_label.ru}, {_MONTHS_RU[m.month - 1]} {m.year}",
                    format_tenge(v),
                )
            )
        added = " + ".join(format_tenge(v) for v in month_values)
        lines.append(
            (
                f"{threshold_label.kk}, кезеңдегі орташа мәні",
                f"{threshold_label.ru}, в среднем за период",
                f"({added}) ÷ {len(month_values)} = {format_tenge(threshold)}",
            )
        )
    lines.append(
        (
            "Салыстыру",
            "Сравнение",
            f"{format_tenge(pc)} {'≤' if needs else '>'} {format_tenge(threshold)}",
        )
    )
    return IncomeArithmetic(
        member_incomes=incomes,
        total=total,
        members=count,
        per_capita=pc,
        period=tuple(period_months),
        month_thresholds=tuple(month_values),
        threshold=threshold,
        needs=needs,
        lines=tuple(lines),
    )


# --- the act's JSON shape: validation -----------------------------------------------------------


@dataclass(frozen=True)
class ActProblem:
    path: str  # "family[2].iin"; "$" is the whole document
    code: str
    kk: str
    ru: str
    en: str


class ActValidationError(UserError):
    """The act's data is refused: every problem names its field path and the reason."""

    def __init__(self, problems: Sequence[ActProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__(
            code="act-invalid",
            kk="\n".join(f"{p.path}: {p.kk}" for p in self.problems),
            ru="\n".join(f"{p.path}: {p.ru}" for p in self.problems),
            en="\n".join(f"{p.path}: {p.en}" for p in self.problems),
        )

    @property
    def path(self) -> str:
        return self.problems[0].path

    @property
    def paths(self) -> list[str]:
        return [p.path for p in self.problems]


@dataclass(frozen=True)
class IncomeInput:
    kind: str
    monthly_amount: Decimal


@dataclass(frozen=True)
class FamilyMemberInput:
    surname: str
    name: str
    relation: str
    patronymic: str | None = None
    birth_date: date | None = None
    iin: str | None = None
    occupation: str | None = None
    incomes: tuple[IncomeInput, ...] = ()

    @property
    def monthly_total(self) -> Decimal:
        return sum((i.monthly_amount for i in self.incomes), Decimal(0))


@dataclass(frozen=True)
class DwellingInput:
    type: str | None = None
    ownership: str | None = None
    rooms: int | None = None
    area: Decimal | None = None
    utilities: str | None = None
    condition: str | None = None


@dataclass(frozen=True)
class PlotInput:
    land_area: Decimal | None = None
    cattle: int = 0
    horses: int = 0
    sheep_goats: int = 0
    camels: int = 0
    poultry: int = 0


@dataclass(frozen=True)
class ConclusionInput:
    needs_assistance: bool
    reasons: str


@dataclass(frozen=True)
class ActInput:
    """A validated act document. `given` holds the top-level keys present: a save replaces
    exactly those parts of the stored act and keeps the rest."""

    given: frozenset[str]
    visit_date: date | None = None
    place: str | None = None
    outcome: str | None = None
    members_present: tuple[int | str, ...] = ()
    member_ids: tuple[int, ...] | None = None  # resolved against the commission, if given
    applicant_address: str | None = None
    family: tuple[FamilyMemberInput, ...] = ()
    dwelling: DwellingInput | None = None
    plot: PlotInput | None = None
    vehicles: str | None = None
    other_property: str | None = None
    other_income: str | None = None
    remarks: str | None = None
    conclusion: ConclusionInput | None = None


# Top-level keys and the nested objects' keys (documented in docs/act-json.md and
# docs/schemas/act.schema.json; tests keep the three in step).
ACT_FIELDS = (
    "visit_date",
    "place",
    "outcome",
    "members_present",
    "applicant_address",
    "family",
    "dwelling",
    "plot",
    "vehicles",
    "other_property",
    "other_income",
    "remarks",
    "conclusion",
)
FAMILY_FIELDS = (
    "surname",
    "name",
    "patronymic",
    "relation",
    "birth_date",
    "iin",
    "occupation",
    "incomes",
)
INCOME_FIELDS = ("kind", "monthly_amount")
DWELLING_FIELDS = ("type", "ownership", "rooms", "area", "utilities", "condition")
PLOT_FIELDS = ("land_area", "cattle", "horses", "sheep_goats", "camels", "poultry")
CONCLUSION_FIELDS = ("needs_assistance", "reasons")
# Column sizes in db/models.py: longer text would be cut by PostgreSQL at a district.
_MAX_LEN = {
    "place": 300,
    "applicant_address": 300,
    "surname": 100,
    "name": 100,
    "patronymic": 100,
    "relation": 60,
    "occupation": 300,
    "type": 100,
    "ownership": 100,
    "utilities": 300,
    "condition": 300,
}

_TYPE_NAMES = {
    "string": ("мәтін", "строка", "a string"),
    "integer": ("бүтін сан", "целое число", "a whole number"),
    "object": ("объект {…}", "объект {…}", "an object {…}"),
    "array": ("тізім […]", "список […]", "a list […]"),
    "boolean": ("true немесе false", "true или false", "true or false"),
    "date": ("күн", "дата", "a date"),
}


class _Checker:
    """Walks the document, collecting every problem rather than stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[ActProblem] = []

    def add(self, path: str, code: str, kk: str, ru: str, en: str) -> None:
        self.problems.append(ActProblem(path, code, kk, ru, en))

    def wrong_type(self, path: str, expected: str, value: object) -> None:
        kk, ru, en = _TYPE_NAMES[expected]
        got = json.dumps(value, ensure_ascii=False, default=str)
        if len(got) > 40:
            got = got[:37] + "…"
        self.add(
            path,
            "type",
            f"түрі дұрыс емес: {kk} керек, берілгені {got}",
            f"неверный тип: ожидается {ru}, получено {got}",
            f"wrong type: expected {en}, got {got}",
        )

    def required(self, path: str) -> None:
        self.add(
            path,
            "required",
            "міндетті өріс толтырылмаған",
            "обязательное поле не заполнено",
            "required field is empty",
        )

    def unknown_keys(self, obj: Mapping[str, Any], allowed: Sequence[str], prefix: str) -> None:
        for key in obj:
            if key not in allowed:
                self.add(
                    f"{prefix}{key}",
                    "unknown-field",
                    f"белгісіз өріс (рұқсат етілгендері: {', '.join(allowed)})",
                    f"неизвестное поле (допустимые: {', '.join(allowed)})",
                    f"unknown field (allowed: {', '.join(allowed)})",
                )

    def text(self, obj: Mapping[str, Any], key: str, path: str, *, required: bool = False) -> Any:
        value = obj.get(key)
        if value is None:
            if required:
                self.required(path)
            return None
        if not isinstance(value, str):
            self.wrong_type(path, "string", value)
            return None
        value = value.strip()
        if not value:
            if required:
                self.required(path)
            return None
        limit = _MAX_LEN.get(key)
        if limit and len(value) > limit:
            self.add(
                path,
                "too-long",
                f"тым ұзын: {len(value)} таңба, ең көбі {limit}",
                f"слишком длинно: {len(value)} символов, не больше {limit}",
                f"too long: {len(value)} characters, at most {limit}",
            )
            return None
        return value

    def date_(self, obj: Mapping[str, Any], key: str, path: str, today: date) -> date | None:
        value = obj.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.wrong_type(path, "date", value)
            return None
        try:
            d = parse_date_text(value)
        except ValueError:
            self.add(
                path,
                "bad-date",
                f"күні дұрыс емес: «{value}» (мысалы 2026-02-10 немесе 10.02.2026)",
                f"неверная дата «{value}» (например 2026-02-10 или 10.02.2026)",
                f"not a date: '{value}' (e.g. 2026-02-10 or 10.02.2026)",
            )
            return None
        if d > today:
            self.add(
                path,
                "future-date",
                f"күні болашақта: {d:%d.%m.%Y}",
                f"дата в будущем: {d:%d.%m.%Y}",
                f"date in the future: {d:%d.%m.%Y}",
            )
            return None
        if d.year < 1900:
            # A mistyped year (0026 for 2026): the transfer bundle would refuse the case.
            self.add(
                path,
                "early-date",
                f"күні тым ерте: {d:%d.%m.%Y}",
                f"слишком ранняя дата: {d:%d.%m.%Y}",
                f"date too early: {d:%Y-%m-%d}",
            )
            return None
        return d

    def count(self, obj: Mapping[str, Any], key: str, path: str) -> int | None:
        value = obj.get(key)
        if value is None:
            return None
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value.strip())
        if isinstance(value, bool) or not isinstance(value, int):
            self.wrong_type(path, "integer", value)
            return None
        if value < 0:
            self.add(
                path,
                "negative",
                "теріс сан болмайды",
                "не может быть отрицательным",
                "cannot be negative",
            )
            return None
        return value

    def amount(
        self, obj: Mapping[str, Any], key: str, path: str, *, money: bool = True
    ) -> Decimal | None:
        """Tenge (`money`) or a measure such as an area, with the same number rules."""
        value = obj.get(key)
        if value is None:
            return None
        try:
            return parse_amount(value)
        except AmountError as exc:
            shown = json.dumps(value, ensure_ascii=False, default=str)
            if exc.code == "negative":
                self.add(
                    path,
                    "negative",
                    f"{'сома' if money else 'мәні'} теріс болмайды: {shown}",
                    f"сумма не может быть отрицательной: {shown}"
                    if money
                    else f"значение не может быть отрицательным: {shown}",
                    f"{'an amount' if money else 'a value'} cannot be negative: {shown}",
                )
            elif exc.code == "places":
                self.add(
                    path,
                    "places",
                    f"үтірден кейін ең көбі 2 таңба: {shown}",
                    f"не больше 2 знаков после запятой: {shown}",
                    f"at most 2 decimal places: {shown}",
                )
            elif exc.code == "too-large":
                self.add(
                    path,
                    "too-large",
                    f"тым үлкен сан: {shown[:40]} (ең көбі {format_amount(MAX_AMOUNT)})",
                    f"слишком большое число: {shown[:40]} (не больше {format_amount(MAX_AMOUNT)})",
                    f"too large: {shown[:40]} (at most {format_amount(MAX_AMOUNT)})",
                )
            elif money:
                self.add(
                    path,
                    "not-a-number",
                    f'сома емес: {shown} (мысалы 85000 немесе "85 000,50")',
                    f'не сумма: {shown} (например 85000 или "85 000,50")',
                    f'not an amount: {shown} (e.g. 85000 or "85 000,50")',
                )
            else:
                self.add(
                    path,
                    "not-a-number",
                    f'сан емес: {shown} (мысалы 54.5 немесе "54,5")',
                    f'не число: {shown} (например 54.5 или "54,5")',
                    f'not a number: {shown} (e.g. 54.5 or "54,5")',
                )
            return None

    def obj(self, value: object, path: str) -> Mapping[str, Any] | None:
        if not isinstance(value, dict):
            self.wrong_type(path, "object", value)
            return None
        return value


def _family_member(ch: _Checker, raw: object, path: str, today: date) -> FamilyMemberInput | None:
    obj = ch.obj(raw, path)
    if obj is None:
        return None
    p = f"{path}."
    ch.unknown_keys(obj, FAMILY_FIELDS, p)
    surname = ch.text(obj, "surname", p + "surname", required=True)
    name = ch.text(obj, "name", p + "name", required=True)
    relation = ch.text(obj, "relation", p + "relation", required=True)
    patronymic = ch.text(obj, "patronymic", p + "patronymic")
    for key, value in (("surname", surname), ("name", name), ("patronymic", patronymic)):
        # A Latin look-alike inside a Cyrillic name is a typing mistake (see app/intake.py).
        for word in mixed_script_words(value or "")[:1]:
            fixed = as_cyrillic(word)
            ch.add(
                p + key,
                "mixed-script",
                f"латын және кирилл әріптері аралас: «{word}»"
                + (f" (кирилл әріптерімен: «{fixed}»)" if fixed else ""),
                f"смешаны латинские и кириллические буквы: «{word}»"
                + (f" (кириллицей: «{fixed}»)" if fixed else ""),
                f"mixes Latin and Cyrillic letters: '{word}'"
                + (f" (in Cyrillic: '{fixed}')" if fixed else ""),
            )
    occupation = ch.text(obj, "occupation", p + "occupation")
    birth = ch.date_(obj, "birth_date", p + "birth_date", today)
    iin: str | None = None
    raw_iin = obj.get("iin")
    if raw_iin is not None:
        if not isinstance(raw_iin, str):
            ch.wrong_type(p + "iin", "string", raw_iin)
        elif raw_iin.strip():
            check = check_iin(raw_iin)
            if check.valid:
                iin = check.iin
            for prob in check.errors:
                ch.add(p + "iin", f"iin-{prob.code}", prob.kk, prob.ru, prob.en)
    incomes: list[IncomeInput] = []
    raw_incomes = obj.get("incomes")
    if raw_incomes is not None and not isinstance(raw_incomes, list):
        ch.wrong_type(p + "incomes", "array", raw_incomes)
    for j, raw_inc in enumerate(raw_incomes if isinstance(raw_incomes, list) else []):
        ip = f"{p}incomes[{j}]"
        inc = ch.obj(raw_inc, ip)
        if inc is None:
            continue
        ch.unknown_keys(inc, INCOME_FIELDS, ip + ".")
        kind = ch.text(inc, "kind", ip + ".kind", required=True)
        if kind is not None and kind not in INCOME_KINDS:
            ch.add(
                ip + ".kind",
                "income-kind",
                f"табыс түрі белгісіз «{kind}» ({', '.join(INCOME_KINDS)})",
                f"неизвестный вид дохода «{kind}» ({', '.join(INCOME_KINDS)})",
                f"unknown kind of income '{kind}' ({', '.join(INCOME_KINDS)})",
            )
            kind = None
        amount = ch.amount(inc, "monthly_amount", ip + ".monthly_amount")
        if inc.get("monthly_amount") is None:
            ch.required(ip + ".monthly_amount")
        if kind is not None and amount is not None:
            incomes.append(IncomeInput(kind, amount))
    if surname is None or name is None or relation is None:
        return None
    return FamilyMemberInput(
        surname=surname,
        name=name,
        relation=relation,
        patronymic=patronymic,
        birth_date=birth,
        iin=iin,
        occupation=occupation,
        incomes=tuple(incomes),
    )


def _resolve_members(
    ch: _Checker, refs: Sequence[int | str], members: Sequence[CommissionMember]
) -> tuple[int, ...]:
    by_id = {m.id: m for m in members}
    by_name = {_name_key(m.full_name): m for m in members}
    known = ", ".join(m.full_name for m in members)
    ids: list[int] = []
    for i, ref in enumerate(refs):
        path = f"members_present[{i}]"
        m = by_id.get(ref) if isinstance(ref, int) else by_name.get(_name_key(ref))
        if m is None:
            ch.add(
                path,
                "not-a-member",
                f"«{ref}» комиссия құрамында жоқ (құрамы: {known})",
                f"«{ref}» не входит в состав комиссии (состав: {known})",
                f"'{ref}' is not a member of the commission (members: {known})",
            )
        elif m.id in ids:
            ch.add(
                path,
                "duplicate-member",
                f"«{m.full_name}» екі рет көрсетілген",
                f"«{m.full_name}» указан(а) дважды",
                f"'{m.full_name}' is listed twice",
            )
        else:
            ids.append(m.id)
    return tuple(ids)


def validate_act(
    data: object,
    *,
    members: Sequence[CommissionMember] | None = None,
    today: date | None = None,
) -> ActInput:
    """Check an act document (docs/act-json.md) and return it typed; `members` (the
    commission's) resolves `members_present` names. Raises `ActValidationError`."""
    today = today or date.today()
    ch = _Checker()
    if not isinstance(data, dict):
        ch.wrong_type("$", "object", data)
        raise ActValidationError(ch.problems)
    ch.unknown_keys(data, ACT_FIELDS, "")
    given = frozenset(k for k in data if k in ACT_FIELDS)

    outcome = None
    if data.get("outcome") is not None:
        raw = data["outcome"]
        if not isinstance(raw, str):
            ch.wrong_type("outcome", "string", raw)
        elif raw.strip() not in OUTCOMES:
            ch.add(
                "outcome",
                "outcome",
                f"нәтижесі белгісіз «{raw}»: inspected, refused немесе evaded",
                f"неизвестный исход «{raw}»: inspected, refused или evaded",
                f"unknown outcome '{raw}': inspected, refused or evaded",
            )
        else:
            outcome = raw.strip()

    refs: list[int | str] = []
    raw_present = data.get("members_present")
    if raw_present is not None and not isinstance(raw_present, list):
        ch.wrong_type("members_present", "array", raw_present)
    for i, ref in enumerate(raw_present if isinstance(raw_present, list) else []):
        if isinstance(ref, bool) or not isinstance(ref, (int, str)):
            ch.wrong_type(f"members_present[{i}]", "string", ref)
        elif isinstance(ref, str) and not ref.strip():
            ch.required(f"members_present[{i}]")
        else:
            refs.append(ref.strip() if isinstance(ref, str) else ref)
    member_ids = _resolve_members(ch, refs, members) if members is not None else None

    family: list[FamilyMemberInput] = []
    raw_family = data.get("family")
    if raw_family is not None and not isinstance(raw_family, list):
        ch.wrong_type("family", "array", raw_family)
    seen_iin: dict[str, int] = {}
    for i, raw_m in enumerate(raw_family if isinstance(raw_family, list) else []):
        fm = _family_member(ch, raw_m, f"family[{i}]", today)
        if fm is None:
            continue
        if fm.iin and fm.iin in seen_iin:
            ch.add(
                f"family[{i}].iin",
                "duplicate-iin",
                f"бұл ЖСН family[{seen_iin[fm.iin]}] жолында бар",
                f"этот ИИН уже указан в строке family[{seen_iin[fm.iin]}]",
                f"this IIN is already in family[{seen_iin[fm.iin]}]",
            )
        elif fm.iin:
            seen_iin[fm.iin] = i
        family.append(fm)

    dwelling = None
    if data.get("dwelling") is not None and (d := ch.obj(data["dwelling"], "dwelling")):
        ch.unknown_keys(d, DWELLING_FIELDS, "dwelling.")
        dwelling = DwellingInput(
            type=ch.text(d, "type", "dwelling.type"),
            ownership=ch.text(d, "ownership", "dwelling.ownership"),
            rooms=ch.count(d, "rooms", "dwelling.rooms"),
            area=ch.amount(d, "area", "dwelling.area", money=False),
            utilities=ch.text(d, "utilities", "dwelling.utilities"),
            condition=ch.text(d, "condition", "dwelling.condition"),
        )

    plot = None
    if data.get("plot") is not None and (pl := ch.obj(data["plot"], "plot")):
        ch.unknown_keys(pl, PLOT_FIELDS, "plot.")
        counts = {k: ch.count(pl, k, f"plot.{k}") or 0 for k in PLOT_FIELDS[1:]}
        land = ch.amount(pl, "land_area", "plot.land_area", money=False)
        plot = PlotInput(land_area=land, **counts)

    conclusion = None
    if data.get("conclusion") is not None and (c := ch.obj(data["conclusion"], "conclusion")):
        ch.unknown_keys(c, CONCLUSION_FIELDS, "conclusion.")
        needs = c.get("needs_assistance")
        if needs is None:
            ch.required("conclusion.needs_assistance")
        elif not isinstance(needs, bool):
            ch.wrong_type("conclusion.needs_assistance", "boolean", needs)
            needs = None
        # The commission states its own conclusion only with reasons: they are what the
        # district department reads when the statement differs from the arithmetic.
        reasons = ch.text(c, "reasons", "conclusion.reasons", required=True)
        if needs is not None and reasons is not None:
            conclusion = ConclusionInput(needs, reasons)

    visit = ch.date_(data, "visit_date", "visit_date", today)
    texts = {
        k: ch.text(data, k, k)
        for k in (
            "place",
            "applicant_address",
            "vehicles",
            "other_property",
            "other_income",
            "remarks",
        )
    }
    if ch.problems:
        raise ActValidationError(ch.problems)
    return ActInput(
        given=given,
        visit_date=visit,
        outcome=outcome,
        members_present=tuple(refs),
        member_ids=member_ids,
        family=tuple(family),
        dwelling=dwelling,
        plot=plot,
        conclusion=conclusion,
        **texts,
    )


# --- referral -----------------------------------------------------------------------------------


def _commission_step(app: Application) -> ApplicationStep | None:
    return next((st for st in app.steps if st.actor == "commission"), None)


def _limit(step: ApplicationStep) -> Limit:
    return Limit(step.limit_amount, step.limit_unit)  # type: ignore[arg-type]


def _reschedule(ctx: AppContext, s: Session, step: ApplicationStep, start: datetime) -> None:
    # A step's own limit runs from the moment it really starts (the referral, the act's
    # completion), not from the chain planned at registration.
    try:
        step.due_at = apply_limit(ctx.calendar(s), start, _limit(step))
    except DeadlineError as exc:
        raise _err("deadline", str(exc), str(exc), str(exc)) from exc
    step.started_at = start


@dataclass(frozen=True)
class ReferralResult:
    number: str
    act_id: int
    commission_id: int
    referred_at: datetime
    due_at: datetime | None

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "act_id": self.act_id,
            "commission_id": self.commission_id,
            "referred_at": self.referred_at.isoformat(timespec="minutes"),
            "due_at": self.due_at.isoformat(timespec="minutes") if self.due_at else None,
            "status": "at_commission",
        }


def refer(
    ctx: AppContext,
    number: str,
    when: datetime | None = None,
    *,
    staff_login: str | None = None,
) -> ReferralResult:
    """Send a registered means-tested case to the commission in force on the referral day."""
    when = when or _now()
    with ctx.session() as s:
        app = find_application(s, number)
        try:
            service = ctx.catalogue.get(app.service_code)
        except KeyError:
            service = None
        if service is None or not service.means_tested:
            raise _err(
                "not-means-tested",
                f"№ {app.incoming_number}: бұл қызмет учаскелік комиссияға жіберілмейді "
                "(табысы тексерілетін қызмет емес)",
                f"№ {app.incoming_number}: эта услуга не направляется в участковую комиссию "
                "(не требует проверки доходов)",
                f"No. {app.incoming_number}: this service does not go to the commission "
                "(not means-tested)",
            )
        if app.status != "registered":
            raise _err(
                "bad-status",
                f"№ {app.incoming_number}: комиссияға тек «тіркелді» күйіндегі өтініш "
                f"жіберіледі (қазір: {app.status})",
                f"№ {app.incoming_number}: в комиссию направляется только заявление в статусе "
                f"«зарегистрировано» (сейчас: {app.status})",
                f"No. {app.incoming_number}: only a registered case can be referred "
                f"(now: {app.status})",
            )
        if when < app.registered_at:
            raise _err(
                "referral-before-registration",
                "Комиссияға жіберу уақыты тіркеуден бұрын болмайды",
                "Время направления в комиссию не может быть раньше регистрации",
                "The referral cannot be earlier than the registration",
            )
        step = _commission_step(app)
        if step is None:
            raise _err(
                "no-commission-step",
                f"№ {app.incoming_number}: қызмет бағытында комиссия қадамы жоқ (каталогты "
                "тексеріңіз)",
                f"№ {app.incoming_number}: в маршруте услуги нет шага комиссии (проверьте каталог)",
                f"No. {app.incoming_number}: the service route has no commission step",
            )
        commission = current_commission(s, when.date())
        if commission is None:
            raise _err(
                "no-commission",
                f"{when:%d.%m.%Y} күні әрекет ететін учаскелік комиссия жоқ. Алдымен әкім "
                "шешімі бойынша комиссияны енгізіңіз: qabyldau commission set "
                '--decision-number … --decision-date … --member "Тегі А.Ә.:chair" …',
                f"На {when:%d.%m.%Y} нет действующей участковой комиссии. Сначала внесите "
                "комиссию по решению акима: qabyldau commission set --decision-number … "
                '--decision-date … --member "Фамилия И.О.:chair" …',
                f"No commission in force on {when:%d.%m.%Y}. Set one up first: qabyldau "
                'commission set --decision-number … --decision-date … --member "Name:chair" …',
            )
        staff = ctx.current_staff(s, staff_login)
        for st in app.steps:
            if st.seq < step.seq and st.done_at is None:
                st.done_at = when
        _reschedule(ctx, s, step, when)
        act = s.scalar(select(InspectionAct).where(InspectionAct.application_id == app.id))
        if act is None:
            act = InspectionAct(application_id=app.id)
            s.add(act)
        act.commission_id = commission.id
        act.referred_at = when
        act.updated_at = when
        before = {"status": app.status, "next_due_at": _iso(app.next_due_at)}
        app.status = "at_commission"
        app.next_due_at = step.due_at
        app.updated_at = when
        s.flush()
        audit.record(
            s,
            entity="application",
            entity_id=app.uuid,
            action="to-commission",
            staff_id=staff.id,
            before=before,
            after={
                "status": app.status,
                "commission_id": commission.id,
                "decision": f"№ {commission.decision_number} {commission.decision_date}",
                "step": step.code,
                "due_at": _iso(step.due_at),
            },
            at=when,
        )
        return ReferralResult(app.incoming_number, act.id, commission.id, when, step.due_at)


def _iso(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    return value.isoformat()


@dataclass(frozen=True)
class WaitingCase:
    number: str
    applicant: str
    service: str  # catalogue code
    service_name: Bilingual
    referred_at: datetime | None
    due: datetime | None
    overdue: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "applicant": self.applicant,
            "service": self.service,
            "service_name": {"kk": self.service_name.kk, "ru": self.service_name.ru},
            "referred_at": _iso(self.referred_at),
            "due": _iso(self.due),
            "due_date": self.due.date().isoformat() if self.due else None,
            "overdue": self.overdue,
        }


def _service_name(ctx: AppContext, code: str) -> Bilingual:
    try:
        svc = ctx.catalogue.get(code)
        return Bilingual(svc.name.kk, svc.name.ru)
    except KeyError:  # removed from the catalogue since: still shown, by code
        return Bilingual(code, code)


def waiting_for_inspection(ctx: AppContext, now: datetime | None = None) -> list[WaitingCase]:
    """Cases at the commission, overdue ones first, then by due moment."""
    now = now or datetime.now()
    out: list[WaitingCase] = []
    with ctx.session() as s:
        rows = s.execute(
            select(Application, InspectionAct)
            .join(InspectionAct, InspectionAct.application_id == Application.id)
            .options(selectinload(Application.steps), joinedload(Application.applicant))
            .where(Application.status == "at_commission")
        ).all()
        for app, act in rows:
            step = _commission_step(app)
            due = step.due_at if step else app.next_due_at
            out.append(
                WaitingCase(
                    number=app.incoming_number,
                    applicant=app.applicant.full_name,
                    service=app.service_code,
                    service_name=_service_name(ctx, app.service_code),
                    referred_at=act.referred_at,
                    due=due,
                    overdue=due is not None and due < now,
                )
            )
    out.sort(key=lambda w: (not w.overdue, w.due or datetime.max, w.number))
    return out


# --- saving the act -----------------------------------------------------------------------------


def _act_document(act: InspectionAct) -> dict[str, Any]:
    """The stored act in the input shape (docs/act-json.md), so it can be edited and sent
    back to `act record`."""
    c = act.conclusion
    stated = c is not None and c.reasons is not None
    return {
        "visit_date": _iso(act.visit_date),
        "place": act.place,
        "outcome": act.outcome,
        "members_present": [p.member.full_name for p in _present_sorted(act)],
        "applicant_address": act.applicant_address,
        "family": [
            {
                "surname": f.surname,
                "name": f.name,
                "patronymic": f.patronymic,
                "relation": f.relation,
                "birth_date": _iso(f.birth_date),
                "iin": f.iin,
                "occupation": f.occupation,
                "incomes": [
                    {"kind": i.kind, "monthly_amount": str(Decimal(i.monthly_amount))}
                    for i in f.incomes
                ],
            }
            for f in act.family
        ],
        "dwelling": {
            "type": act.dwelling_type,
            "ownership": act.dwelling_ownership,
            "rooms": act.dwelling_rooms,
            "area": str(act.dwelling_area) if act.dwelling_area is not None else None,
            "utilities": act.dwelling_utilities,
            "condition": act.dwelling_condition,
        },
        "plot": {
            "land_area": str(act.land_area) if act.land_area is not None else None,
            "cattle": act.cattle,
            "horses": act.horses,
            "sheep_goats": act.sheep_goats,
            "camels": act.camels,
            "poultry": act.poultry,
        },
        "vehicles": act.vehicles,
        "other_property": act.other_property,
        "other_income": act.other_income,
        "remarks": act.remarks,
        "conclusion": (
            {"needs_assistance": c.needs_assistance, "reasons": c.reasons}
            if c is not None and stated
            else None
        ),
    }


def _present_sorted(act: InspectionAct) -> list[ActPresence]:
    return sorted(act.present, key=lambda p: (p.member.seq, p.member_id))


def _apply(act: InspectionAct, inp: ActInput, when: datetime) -> None:
    g = inp.given
    for key in ("visit_date", "place", "applicant_address"):
        if key in g:
            setattr(act, key, getattr(inp, key))
    if "outcome" in g:
        # Absent or null keeps the model's default: an act is an inspection unless it says
        # the applicant refused or evaded it.
        act.outcome = inp.outcome or "inspected"
    for key in ("vehicles", "other_property", "other_income", "remarks"):
        if key in g:
            setattr(act, key, getattr(inp, key))
    if "members_present" in g:
        wanted = list(inp.member_ids or ())
        for p in list(act.present):
            if p.member_id not in wanted:
                act.present.remove(p)
        have = {p.member_id for p in act.present}
        for mid in wanted:
            if mid not in have:
                act.present.append(ActPresence(member_id=mid))
    if "family" in g:
        act.family.clear()
        for i, f in enumerate(inp.family):
            row = FamilyMember(
                seq=i,
                surname=f.surname,
                name=f.name,
                patronymic=f.patronymic,
                relation=f.relation,
                birth_date=f.birth_date,
                iin=f.iin,
                occupation=f.occupation,
            )
            for inc in f.incomes:
                row.incomes.append(IncomeItem(kind=inc.kind, monthly_amount=inc.monthly_amount))
            act.family.append(row)
    if "dwelling" in g:
        d = inp.dwelling or DwellingInput()
        act.dwelling_type = d.type
        act.dwelling_ownership = d.ownership
        act.dwelling_rooms = d.rooms
        act.dwelling_area = d.area
        act.dwelling_utilities = d.utilities
        act.dwelling_condition = d.condition
    if "plot" in g:
        pl = inp.plot or PlotInput()
        act.land_area = pl.land_area
        act.cattle, act.horses, act.sheep_goats = pl.cattle, pl.horses, pl.sheep_goats
        act.camels, act.poultry = pl.camels, pl.poultry
    if "conclusion" in g:
        # Stored at once so it survives between sittings; a row whose `reasons` is set is
        # the commission's own statement, one without is the computed conclusion.
        if inp.conclusion is None:
            if act.conclusion is not None and act.conclusion.reasons is not None:
                act.conclusion = None
        elif act.conclusion is None:
            act.conclusion = Conclusion(
                needs_assistance=inp.conclusion.needs_assistance,
                reasons=inp.conclusion.reasons,
                decided_at=when,
            )
        else:
            act.conclusion.needs_assistance = inp.conclusion.needs_assistance
            act.conclusion.reasons = inp.conclusion.reasons
    act.updated_at = when


@dataclass(frozen=True)
class _Computed:
    needs: bool
    arithmetic: IncomeArithmetic | None
    threshold_kind: str
    threshold_id: int | None
    ground: str | None  # refusal ground code when "does not need"
    reasons: tuple[Bilingual, ...]


def _arithmetic(
    s: Session, app: Application, act: InspectionAct, kind: str
) -> tuple[IncomeArithmetic, int | None]:
    period = income_period(app.registered_at.date())
    rows = s.scalars(select(IncomeThreshold).where(IncomeThreshold.kind == kind)).all()
    table = [(t.effective_from, t.effective_to, Decimal(t.amount)) for t in rows]
    incomes = [sum((Decimal(i.monthly_amount) for i in f.incomes), Decimal(0)) for f in act.family]
    names = [" ".join(p for p in (f.surname, f.name, f.patronymic) if p) for f in act.family]
    ar = per_capita(incomes, period, table, names=names, threshold_label=THRESHOLD_LABELS[kind])
    # One threshold row is named only when every month used the same one.
    used = set()
    for m in period:
        covering = [t for t in rows if t.effective_from <= m and (t.effective_to or m) >= m]
        used.add(max(covering, key=lambda t: t.effective_from).id)
    return ar, (used.pop() if len(used) == 1 else None)


def _compute(ctx: AppContext, s: Session, app: Application, act: InspectionAct) -> _Computed:
    """The conclusion the act leads to (raises NoThresholdError / UserError if it cannot)."""
    kind = threshold_kind_for(s, app.service_code)
    stated = act.conclusion if act.conclusion and act.conclusion.reasons else None
    if act.outcome in ("refused", "evaded"):
        ground = _refusal_ground(ctx, app.service_code, "inspection_refused", INSPECTION_REFUSED)
        return _Computed(False, None, kind, None, "inspection_refused", (ground,))
    ar, tid = _arithmetic(s, app, act, kind)
    pc, th = format_tenge(ar.per_capita), format_tenge(ar.threshold)
    kk_from, ru_acc = _THRESHOLD_CASES[kind]
    if ar.needs:
        reasons = [
            Bilingual(
                f"Жан басына шаққандағы орташа айлық табыс ({pc}) {kk_from} ({th}) аспайды",
                f"Среднедушевой месячный доход ({pc}) не превышает {ru_acc} ({th})",
            )
        ]
    else:
        reasons = [
            Bilingual(
                f"Жан басына шаққандағы орташа айлық табыс ({pc}) {kk_from} ({th}) асады",
                f"Среднедушевой месячный доход ({pc}) превышает {ru_acc} ({th})",
            )
        ]
    needs = ar.needs if stated is None else stated.needs_assistance
    ground = None
    if not needs and not ar.needs:  # the income itself is the ground
        ground = "income_above_line" if kind == "poverty_line" else "income_above_minimum"
    if stated is not None:
        reasons.append(
            Bilingual(
                f"Комиссияның қорытындысы: {stated.reasons}",
                f"Заключение комиссии: {stated.reasons}",
            )
        )
    return _Computed(needs, ar, kind, tid, ground, tuple(reasons))


# The threshold's name as the reasons' sentences need it: Kazakh ablative («шегінен
# аспайды»), Russian accusative («не превышает черту бедности»).
_THRESHOLD_CASES: dict[str, tuple[str, str]] = {
    "poverty_line": ("кедейлік шегінен", "черту бедности"),
    "subsistence_minimum": ("ең төмен күнкөріс деңгейінен", "прожиточный минимум"),
}


def _refusal_ground(ctx: AppContext, service_code: str, code: str, default: Bilingual) -> Bilingual:
    try:
        for g in ctx.catalogue.get(service_code).refusal_grounds:
            if g.code == code:
                return Bilingual(g.name.kk, g.name.ru)
    except KeyError:
        pass
    return default


def _completion_problems(app: Application, act: InspectionAct) -> list[ActProblem]:
    ch = _Checker()
    if act.visit_date is None:
        ch.required("visit_date")
    elif act.visit_date < app.registered_at.date():
        ch.add(
            "visit_date",
            "visit-before-registration",
            "тексеру күні өтініш тіркелгеннен бұрын",
            "дата обследования раньше регистрации заявления",
            "the visit is dated before the application was registered",
        )
    if len(act.present) < 2:
        ch.add(
            "members_present",
            "too-few-members",
            f"тексеруге комиссияның кемінде 2 мүшесі қатысуы керек (көрсетілгені "
            f"{len(act.present)})",
            f"в обследовании должны участвовать не меньше 2 членов комиссии (указано "
            f"{len(act.present)})",
            f"at least 2 commission members must take part (given {len(act.present)})",
        )
    if act.commission_id is not None:
        foreign = [
            p.member.full_name for p in act.present if p.member.commission_id != act.commission_id
        ]
        if foreign:
            names = ", ".join(foreign)
            ch.add(
                "members_present",
                "not-a-member",
                f"тексеру күні әрекет еткен комиссияның құрамында жоқ: {names}",
                f"не входят в комиссию, действовавшую в день обследования: {names}",
                f"not members of the commission in force on the visit date: {names}",
            )
    if act.outcome == "inspected":
        if not act.family:
            ch.add(
                "family",
                "no-family",
                "отбасы құрамы толтырылмаған (өтініш берушінің өзін қоса)",
                "не заполнен состав семьи (включая самого заявителя)",
                "the family table is empty (the applicant included)",
            )
        elif app.applicant.iin not in {f.iin for f in act.family}:
            ch.add(
                "family",
                "no-applicant",
                f"отбасы құрамында өтініш берушінің өзі жоқ (ЖСН {app.applicant.iin})",
                f"в составе семьи нет самого заявителя (ИИН {app.applicant.iin})",
                f"the family table does not include the applicant (IIN {app.applicant.iin})",
            )
    elif act.conclusion is not None and act.conclusion.reasons and act.conclusion.needs_assistance:
        ch.add(
            "conclusion.needs_assistance",
            "refused-needs",
            "тексеруден бас тартқан не жалтарған жағдайда «мұқтаж» деп қорытынды жасалмайды",
            "при отказе или уклонении от обследования нельзя заключить «нуждается»",
            "a refused or evaded inspection cannot conclude 'needs assistance'",
        )
    return ch.problems


@dataclass(frozen=True)
class SaveResult:
    number: str
    status: str
    completed: bool
    needs_assistance: bool | None
    next_due_at: datetime | None

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "status": self.status,
            "completed": self.completed,
            "needs_assistance": self.needs_assistance,
            "next_due_at": _iso(self.next_due_at),
        }


def save_act(
    ctx: AppContext,
    number: str,
    data: dict[str, Any],
    complete: bool = False,
    *,
    when: datetime | None = None,
    staff_login: str | None = None,
) -> SaveResult:
    """Store the act's data (the keys given replace those parts); `complete` also checks it is
    whole, computes the conclusion and moves the case to "act done". Nothing is written when
    anything is refused."""
    when = when or _now()
    with ctx.session() as s:
        app = find_application(s, number)
        act = s.scalar(select(InspectionAct).where(InspectionAct.application_id == app.id))
        if act is None or app.status not in ("at_commission", "act_done"):
            raise _err(
                "not-at-commission",
                f"№ {app.incoming_number} комиссияда емес (күйі: {app.status}); алдымен: "
                f"qabyldau commission refer {app.incoming_number}",
                f"№ {app.incoming_number} не в комиссии (статус: {app.status}); сначала: "
                f"qabyldau commission refer {app.incoming_number}",
                f"No. {app.incoming_number} is not at the commission (status: {app.status}); "
                f"first: qabyldau commission refer {app.incoming_number}",
            )
        amending = app.status == "act_done"
        if amending and not complete:
            raise _err(
                "act-completed",
                f"№ {app.incoming_number} актісі аяқталған: түзетуді толық актімен сақтаңыз "
                "(--complete)",
                f"Акт по № {app.incoming_number} уже завершён: исправление сохраняйте как "
                "завершённый акт (--complete)",
                f"The act of No. {app.incoming_number} is completed: save a correction with "
                "--complete",
            )
        # The signers belong to the commission in force on the visit date (a new decision
        # between referral and visit changes who may sign).
        first = validate_act(data)
        visit = first.visit_date if "visit_date" in first.given else act.visit_date
        commission = s.get(Commission, act.commission_id) if act.commission_id else None
        if visit is not None:
            on_visit = current_commission(s, visit)
            if on_visit is None:
                raise ActValidationError(
                    [
                        ActProblem(
                            "visit_date",
                            "no-commission",
                            f"{visit:%d.%m.%Y} күні әрекет еткен комиссия жоқ",
                            f"на {visit:%d.%m.%Y} не было действующей комиссии",
                            f"no commission was in force on {visit:%d.%m.%Y}",
                        )
                    ]
                )
            commission = on_visit
        inp = validate_act(data, members=commission.members if commission else [])
        staff = ctx.current_staff(s, staff_login)
        before = _act_document(act)
        before_status = app.status
        if commission is not None:
            act.commission_id = commission.id
        _apply(act, inp, when)
        s.flush()
        s.refresh(act)
        computed: _Computed | None = None
        if complete:
            problems = _completion_problems(app, act)
            if problems:
                raise ActValidationError(problems)
            computed = _compute(ctx, s, app, act)
            ar = computed.arithmetic
            c = act.conclusion or Conclusion(reasons=None, decided_at=when)
            c.needs_assistance = computed.needs
            c.total_income = ar.total if ar else None
            c.members_count = ar.members if ar else None
            c.per_capita_income = ar.per_capita if ar else None
            c.threshold_id = computed.threshold_id if ar else None
            c.threshold_amount = ar.threshold if ar else None
            c.period_from = ar.period[0] if ar else None
            c.period_to = _month_end(ar.period[-1]) if ar else None
            if not amending:
                c.decided_at = when
                act.completed_at = when
            act.conclusion = c
            if not amending:
                step = _commission_step(app)
                if step is not None:
                    step.done_at = when
                    later = [st for st in app.steps if st.seq > step.seq and st.done_at is None]
                    if later:
                        _reschedule(ctx, s, later[0], when)
                        app.next_due_at = later[0].due_at
                    else:
                        app.next_due_at = app.due_at
                app.status = "act_done"
            app.updated_at = when
        s.flush()
        after = _act_document(act)
        event_after: dict[str, Any] = {"status": app.status, "act": after}
        if computed is not None:
            event_after["conclusion"] = {
                "needs_assistance": computed.needs,
                "refusal_ground": computed.ground,
                "per_capita": str(computed.arithmetic.per_capita) if computed.arithmetic else None,
                "threshold": str(computed.arithmetic.threshold) if computed.arithmetic else None,
                "amended": amending,
            }
        audit.record(
            s,
            entity="application",
            entity_id=app.uuid,
            action="conclusion" if complete else "act",
            staff_id=staff.id,
            before={"status": before_status, "act": before},
            after=event_after,
            at=when,
        )
        return SaveResult(
            app.incoming_number,
            app.status,
            act.completed_at is not None,
            computed.needs if computed else None,
            app.next_due_at,
        )


# --- reading the act ----------------------------------------------------------------------------


def _load(s: Session, number: str) -> tuple[Application, InspectionAct]:
    app = find_application(s, number)
    act = s.scalar(select(InspectionAct).where(InspectionAct.application_id == app.id))
    if act is None:
        raise _err(
            "no-act",
            f"№ {app.incoming_number} комиссияға жіберілмеген: тексеру актісі жоқ",
            f"№ {app.incoming_number} не направлялось в комиссию: акта обследования нет",
            f"No. {app.incoming_number} was never referred: there is no inspection act",
        )
    return app, act


def _conclusion_now(
    ctx: AppContext, s: Session, app: Application, act: InspectionAct
) -> tuple[_Computed | None, UserError | None]:
    try:
        return _compute(ctx, s, app, act), None
    except UserError as exc:  # no threshold yet, or no family: shown, not raised
        return None, exc


def act_view(ctx: AppContext, number: str, now: datetime | None = None) -> dict[str, Any]:
    """Everything stored about a case's act, plus the conclusion and its arithmetic (for
    `act show --json` and the editor). Amounts are strings, exact to the tiyn."""
    now = now or datetime.now()
    with ctx.session() as s:
        app, act = _load(s, number)
        commission = s.get(Commission, act.commission_id) if act.commission_id else None
        step = _commission_step(app)
        computed, problem = (None, None)
        if act.outcome != "inspected" or act.family:
            computed, problem = _conclusion_now(ctx, s, app, act)
        c = act.conclusion
        conclusion = None
        if act.completed_at is not None and c is not None:
            conclusion = {
                "needs_assistance": c.needs_assistance,
                "stated_by_commission": c.reasons is not None,
                "commission_reasons": c.reasons,
                "refusal_ground": computed.ground if computed else None,
                "reasons": [{"kk": r.kk, "ru": r.ru} for r in computed.reasons] if computed else [],
                "total_income": _s(c.total_income),
                "members_count": c.members_count,
                "per_capita_income": _s(c.per_capita_income),
                "threshold_kind": computed.threshold_kind if computed else None,
                "threshold_amount": _s(c.threshold_amount),
                "threshold_id": c.threshold_id,
                "period_from": _iso(c.period_from),
                "period_to": _iso(c.period_to),
                "decided_at": _iso(c.decided_at),
            }
        preview = None
        if computed is not None:
            preview = {
                "needs_assistance": computed.needs,
                "refusal_ground": computed.ground,
                "reasons": [{"kk": r.kk, "ru": r.ru} for r in computed.reasons],
            }
        return {
            "number": app.incoming_number,
            "status": app.status,
            "service": app.service_code,
            "service_name": _bi(_service_name(ctx, app.service_code)),
            "applicant": {
                "name": app.applicant.full_name,
                "iin": app.applicant.iin,
                "address": app.applicant.address,
            },
            "commission": _commission_info(commission).to_json() if commission else None,
            "referred_at": _iso(act.referred_at),
            "completed_at": _iso(act.completed_at),
            "updated_at": _iso(act.updated_at),
            "step": {
                "code": step.code,
                "name": {"kk": step.name_kk, "ru": step.name_ru},
                "started_at": _iso(step.started_at),
                "due_at": _iso(step.due_at),
                "done_at": _iso(step.done_at),
                "overdue": step.done_at is None and step.due_at is not None and step.due_at < now,
            }
            if step
            else None,
            "act": _act_document(act),
            "signers": [
                {"id": p.member_id, "full_name": p.member.full_name, "role": p.member.role}
                for p in _present_sorted(act)
            ],
            "threshold_kind": threshold_kind_for(s, app.service_code),
            "arithmetic": computed.arithmetic.to_json()
            if computed and computed.arithmetic
            else None,
            "arithmetic_problem": {"kk": problem.kk, "ru": problem.ru, "en": problem.en}
            if problem
            else None,
            "preview": preview,
            "conclusion": conclusion,
        }


def _s(value: Decimal | None) -> str | None:
    return None if value is None else str(Decimal(value))


def _bi(b: Bilingual) -> dict[str, str]:
    return {"kk": b.kk, "ru": b.ru}


def _dash(value: object) -> str:
    return "—" if value is None or value == "" else str(value)


def act_data(ctx: AppContext, number: str) -> ActData:
    """The printable act and, once completed, its conclusion (forms/act.py renders it)."""
    with ctx.session() as s:
        app, act = _load(s, number)
        office = ctx.self_office(s)
        commission = s.get(Commission, act.commission_id) if act.commission_id else None
        family = []
        family_sum = Decimal(0)
        for f in act.family:
            incomes = tuple(
                ActIncome(
                    INCOME_LABELS.get(i.kind, Bilingual(i.kind, i.kind)),
                    format_tenge(Decimal(i.monthly_amount)),
                )
                for i in f.incomes
            )
            total = sum((Decimal(i.monthly_amount) for i in f.incomes), Decimal(0))
            family_sum += total
            family.append(
                ActFamilyMember(
                    full_name=" ".join(p for p in (f.surname, f.name, f.patronymic) if p),
                    relation=f.relation,
                    birth_date=f.birth_date,
                    iin=f.iin,
                    occupation=f.occupation,
                    incomes=incomes,
                    monthly_total=format_tenge(total),
                )
            )
        area = f"{_format_number(Decimal(act.dwelling_area))} м²" if act.dwelling_area else None
        land = f"{_format_number(Decimal(act.land_area))} га" if act.land_area else None
        dwelling = (
            (Bilingual("Тұрғын үй түрі", "Тип жилья"), _dash(act.dwelling_type)),
            (Bilingual("Меншік нысаны", "Форма собственности"), _dash(act.dwelling_ownership)),
            (Bilingual("Бөлме саны", "Количество комнат"), _dash(act.dwelling_rooms)),
            (Bilingual("Жалпы ауданы", "Общая площадь"), _dash(area)),
            (
                Bilingual("Коммуналдық жайлылықтар", "Коммунальные удобства"),
                _dash(act.dwelling_utilities),
            ),
            (Bilingual("Тұрғын үйдің жағдайы", "Состояние жилья"), _dash(act.dwelling_condition)),
        )
        plot = (
            (Bilingual("Жер телімі", "Земельный участок"), _dash(land)),
            (Bilingual("Ірі қара мал, бас", "Крупный рогатый скот, голов"), str(act.cattle)),
            (Bilingual("Жылқы, бас", "Лошади, голов"), str(act.horses)),
            (Bilingual("Қой мен ешкі, бас", "Овцы и козы, голов"), str(act.sheep_goats)),
            (Bilingual("Түйе, бас", "Верблюды, голов"), str(act.camels)),
            (Bilingual("Құс, бас", "Птица, голов"), str(act.poultry)),
        )
        prop = (
            (Bilingual("Көлік құралдары", "Транспортные средства"), _dash(act.vehicles)),
            (Bilingual("Басқа мүлік", "Иное имущество"), _dash(act.other_property)),
        )
        signers = tuple(
            ActSigner(p.member.full_name, ROLE_LABELS.get(p.member.role, ROLE_LABELS["member"]))
            for p in _present_sorted(act)
        )
        conclusion = None
        if act.completed_at is not None and act.conclusion is not None:
            computed, _ = _conclusion_now(ctx, s, app, act)
            c = act.conclusion
            ar = computed.arithmetic if computed else None
            reasons = computed.reasons if computed else ()
            conclusion = ConclusionData(
                needs_assistance=c.needs_assistance,
                reasons="\n".join(f"{r.kk}\n{r.ru}" for r in reasons),
                arithmetic=tuple((Bilingual(kk, ru), v) for kk, ru, v in ar.lines) if ar else (),
                per_capita=format_tenge(Decimal(c.per_capita_income))
                if c.per_capita_income is not None
                else None,
                threshold=format_tenge(Decimal(c.threshold_amount))
                if c.threshold_amount is not None
                else None,
                concluded_on=act.completed_at.date(),
            )
        svc = _service_name(ctx, app.service_code)
        return ActData(
            office=office_header(office),
            application_number=app.incoming_number,
            service=svc,
            commission_decision=f"№ {commission.decision_number} от "
            f"{commission.decision_date:%d.%m.%Y}"
            if commission
            else "—",
            visit_date=act.visit_date,
            place=act.place,
            outcome=act.outcome,
            applicant_name=app.applicant.full_name,
            applicant_iin=app.applicant.iin,
            applicant_address=act.applicant_address or app.applicant.address,
            family=tuple(family),
            dwelling=dwelling,
            plot=plot,
            property=prop,
            other_income=act.other_income,
            remarks=act.remarks,
            signers=signers,
            conclusion=conclusion,
            family_total=format_tenge(family_sum) if family else None,
        )


__all__ = [
    "ACT_FIELDS",
    "INCOME_KINDS",
    "OUTCOMES",
    "ROLES",
    "THRESHOLD_KINDS",
    "ActInput",
    "ActProblem",
    "ActValidationError",
    "CommissionInfo",
    "IncomeArithmetic",
    "NoThresholdError",
    "ReferralResult",
    "SaveResult",
    "ThresholdInfo",
    "WaitingCase",
    "act_data",
    "act_view",
    "current_commission",
    "format_amount",
    "format_tenge",
    "income_period",
    "list_commissions",
    "parse_amount",
    "parse_member",
    "per_capita",
    "refer",
    "save_act",
    "set_commission",
    "set_threshold",
    "thresholds",
    "validate_act",
    "waiting_for_inspection",
]
