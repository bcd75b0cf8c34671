"""Other offices' public cards: accepted only after a person confirms the fingerprint.

The card travels by the same USB stick or e-mail as the bundles, so the file alone proves
nothing; the fingerprint read from the other office's printed sheet (or over the phone) is
what makes it trusted. A new card for an office already trusted is a key rotation: the old
key is kept, marked `replaced_at`, and still verifies bundles created before that time. A
revoked key (lost or stolen) verifies nothing any more.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.context import AppContext
from app.errors import UserError
from app.keys import (
    CARD_FORMAT,
    group_hex,
    key_fingerprint,
    normalize_fingerprint,
    now_local,
    signing_public_key,
    valid_age_recipient,
)
from app.office import ROLES
from db.models import Office, TrustedKey

_CODE_CHARS = set("0123456789")


def _err(code: str, kk: str, ru: str, en: str) -> UserError:
    return UserError(code=code, kk=kk, ru=ru, en=en)


@dataclass(frozen=True)
class TrustedCard:
    office_code: str
    role: str
    name_kk: str
    name_ru: str
    fingerprint: str  # grouped, as printed
    signing_public: str
    age_recipient: str
    added_at: datetime
    replaced_at: datetime | None
    revoked_at: datetime | None
    is_self: bool

    @property
    def status(self) -> str:
        if self.revoked_at:
            return "revoked"
        return "replaced" if self.replaced_at else "active"

    def to_json(self) -> dict[str, Any]:
        return {
            "office_code": self.office_code,
            "role": self.role,
            "name_kk": self.name_kk,
            "name_ru": self.name_ru,
            "fingerprint": self.fingerprint,
            "signing_public": self.signing_public,
            "age_recipient": self.age_recipient,
            "status": self.status,
            "self": self.is_self,
            "added_at": self.added_at.isoformat(),
            "replaced_at": self.replaced_at.isoformat() if self.replaced_at else None,
            "revoked_at": self.revoked_at.isoformat() if self.revoked_at else None,
        }


def _card_of(row: TrustedKey, self_code: str | None) -> TrustedCard:
    return TrustedCard(
        office_code=row.office_code,
        role=row.role,
        name_kk=row.name_kk,
        name_ru=row.name_ru,
        fingerprint=group_hex(row.fingerprint),
        signing_public=row.signing_public,
        age_recipient=row.age_recipient,
        added_at=row.added_at,
        replaced_at=row.replaced_at,
        revoked_at=row.revoked_at,
        is_self=row.office_code == self_code,
    )


def _bad_card(detail: str) -> UserError:
    return _err(
        "bad-card",
        f"Бұл файл кеңсенің ашық карточкасы емес немесе бүлінген: {detail}",
        f"Файл не является открытой карточкой офиса или повреждён: {detail}",
        f"Not an office's public card, or a damaged one: {detail}",
    )


def read_card(card_path: Path) -> dict[str, Any]:
    """Load and check a card file; the fingerprint is recomputed, never taken from the file."""
    try:
        raw = Path(card_path).read_bytes()
    except OSError as exc:
        raise _err(
            "file-unreadable",
            f"Файлды оқу мүмкін емес: {card_path} ({exc.strerror})",
            f"Не удалось прочитать файл: {card_path} ({exc.strerror})",
            f"Cannot read {card_path}: {exc.strerror}",
        ) from exc
    if len(raw) > 64 * 1024:
        raise _bad_card("too large")
    try:
        card = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _bad_card("not JSON") from exc
    if not isinstance(card, dict) or card.get("format") != CARD_FORMAT:
        raise _bad_card(f"format is not {CARD_FORMAT}")
    for field in ("office_code", "role", "name_kk", "name_ru", "signing_public", "age_recipient"):
        if not isinstance(card.get(field), str) or not card[field].strip():
            raise _bad_card(f"no {field}")
    code = card["office_code"]
    if not (6 <= len(code) <= 12 and set(code) <= _CODE_CHARS):
        raise _bad_card(f"office code {code!r}")
    if card["role"] not in ROLES:
        raise _bad_card(f"role {card['role']!r}")
    if signing_public_key(card["signing_public"]) is None:
        raise _bad_card("signing key is not an Ed25519 public key")
    if not valid_age_recipient(card["age_recipient"]):
        raise _bad_card("encryption key is not an age recipient")
    computed = key_fingerprint(card["signing_public"], card["age_recipient"])
    stated = card.get("fingerprint")
    if stated is not None and normalize_fingerprint(str(stated)) != computed:
        raise _bad_card("the fingerprint written in the card does not match its keys")
    card["fingerprint"] = group_hex(computed)
    return card


@dataclass(frozen=True)
class ImportResult:
    card: TrustedCard
    status: str  # "added" | "rotated" | "already-trusted"

    def to_json(self) -> dict[str, Any]:
        return {"status": self.status, "card": self.card.to_json()}


def import_card(ctx: AppContext, card_path: Path, typed_fingerprint: str) -> ImportResult:
    """Trust another office's card when the fingerprint typed by a person matches it."""
    card = read_card(card_path)
    computed = normalize_fingerprint(card["fingerprint"])
    typed = normalize_fingerprint(typed_fingerprint)
    if typed != computed:
        raise _err(
            "fingerprint-mismatch",
            "Саусақ ізі сәйкес келмейді: карточка қабылданбады. Қағаздағы саусақ ізін қайта "
            "тексеріңіз немесе кеңсеге телефон соғыңыз; карточка жолда ауыстырылған болуы мүмкін.",
            "Отпечаток не совпадает: карточка не принята. Сверьте отпечаток с листом ещё раз "
            "или позвоните в офис: карточку могли подменить по дороге.",
            "The fingerprint does not match: the card was not accepted. Check it against the "
            "printed sheet again or call the office; the card may have been swapped on the way.",
        )
    at = now_local()
    with ctx.session() as s:
        me = ctx.self_office(s)
        if card["office_code"] == me.code:
            raise _err(
                "own-card",
                "Бұл біздің кеңсенің өз карточкасы. Өз кілттерін `qabyldau keys` басқарады.",
                "Это карточка нашего же офиса. Свои ключи управляются через `qabyldau keys`.",
                "This is this office's own card; its keys are managed with `qabyldau keys`.",
            )
        existing = s.scalar(select(TrustedKey).where(TrustedKey.fingerprint == computed))
        if existing is not None:
            if existing.revoked_at is not None:
                raise _err(
                    "card-revoked",
                    f"Бұл кілт {existing.revoked_at:%d.%m.%Y} күні қайтарып алынған; "
                    "оны қайта сенімді етуге болмайды.",
                    f"Этот ключ отозван {existing.revoked_at:%d.%m.%Y}; снова доверять ему нельзя.",
                    f"This key was revoked on {existing.revoked_at:%Y-%m-%d}; it cannot be "
                    "trusted again.",
                )
            return ImportResult(_card_of(existing, me.code), "already-trusted")
        previous = list(
            s.scalars(
                select(TrustedKey).where(
                    TrustedKey.office_code == card["office_code"],
                    TrustedKey.replaced_at.is_(None),
                    TrustedKey.revoked_at.is_(None),
                )
            )
        )
        for old in previous:
            old.replaced_at = at
        row = TrustedKey(
            office_code=card["office_code"],
            name_kk=card["name_kk"].strip(),
            name_ru=card["name_ru"].strip(),
            role=card["role"],
            signing_public=card["signing_public"],
            age_recipient=card["age_recipient"],
            fingerprint=computed,
            added_at=at,
        )
        s.add(row)
        # The district's database also lists the offices that send it bundles (and an
        # akimat's lists its district): the registers and reports name them from here.
        office = s.scalar(select(Office).where(Office.code == card["office_code"]))
        if office is None:
            s.add(
                Office(
                    role=card["role"],
                    code=card["office_code"],
                    name_kk=row.name_kk,
                    name_ru=row.name_ru,
                    is_self=False,
                )
            )
        elif not office.is_self:
            office.role, office.name_kk, office.name_ru = card["role"], row.name_kk, row.name_ru
        s.flush()
        audit.record(
            s,
            entity="trusted_key",
            entity_id=row.id,
            action="rotate" if previous else "add",
            before={"fingerprints": [p.fingerprint for p in previous]} if previous else None,
            after={"office_code": row.office_code, "fingerprint": computed},
        )
        return ImportResult(_card_of(row, me.code), "rotated" if previous else "added")


def revoke(ctx: AppContext, typed_fingerprint: str) -> TrustedCard:
    """Stop trusting a key (lost, stolen, or a card imported by mistake)."""
    fp = normalize_fingerprint(typed_fingerprint)
    with ctx.session() as s:
        me = ctx.self_office(s)
        row = s.scalar(select(TrustedKey).where(TrustedKey.fingerprint == fp))
        if row is None:
            raise _err(
                "no-such-key",
                f"Мұндай саусақ ізі бар кілт жоқ: {typed_fingerprint}",
                f"Ключа с таким отпечатком нет: {typed_fingerprint}",
                f"No trusted key has the fingerprint {typed_fingerprint}",
            )
        if row.office_code == me.code:
            raise _err(
                "revoke-own",
                "Кеңсенің өз кілтін мұнда қайтарып алуға болмайды: жаңа кілттерді "
                "`qabyldau keys init --rotate` жасайды.",
                "Собственный ключ офиса здесь отозвать нельзя: новые ключи создаёт "
                "`qabyldau keys init --rotate`.",
                "The office's own key is not revoked here: make new keys with "
                "`qabyldau keys init --rotate`.",
            )
        if row.revoked_at is None:
            row.revoked_at = now_local()
            audit.record(
                s,
                entity="trusted_key",
                entity_id=row.id,
                action="revoke",
                after={"office_code": row.office_code, "fingerprint": fp},
            )
        return _card_of(row, me.code)


def list_trusted(ctx: AppContext) -> list[TrustedCard]:
    """Every card this office has accepted (its own included), newest first per office."""
    with ctx.session() as s:
        me = ctx.self_office(s)
        rows = s.scalars(
            select(TrustedKey).order_by(
                TrustedKey.office_code, TrustedKey.added_at.desc(), TrustedKey.id.desc()
            )
        )
        return [_card_of(r, me.code) for r in rows]


def active_card(session: Session, office_code: str) -> TrustedKey | None:
    """The current (neither replaced nor revoked) key of an office: whom to encrypt to."""
    return session.scalars(
        select(TrustedKey)
        .where(
            TrustedKey.office_code == office_code,
            TrustedKey.replaced_at.is_(None),
            TrustedKey.revoked_at.is_(None),
        )
        .order_by(TrustedKey.id.desc())
    ).first()


class UntrustedSignerError(UserError):
    """The bundle's signing key is not one this office trusts for its sender at its time."""


def trusted_signer(
    session: Session, office_code: str, signing_public: str, at: datetime
) -> TrustedKey:
    """The trusted key of `office_code` with this public key, valid at `at` (the bundle's
    creation time, local), or `UntrustedSignerError` saying why not."""
    rows = list(
        session.scalars(select(TrustedKey).where(TrustedKey.signing_public == signing_public))
    )
    for row in rows:
        if row.office_code != office_code:
            continue
        if row.revoked_at is not None:
            raise UntrustedSignerError(
                code="signer-revoked",
                kk=f"Пакетке {office_code} кеңсесінің қайтарып алынған кілтімен қол қойылған "
                f"(қайтарып алынды {row.revoked_at:%d.%m.%Y}).",
                ru=f"Пакет подписан отозванным ключом офиса {office_code} "
                f"(отозван {row.revoked_at:%d.%m.%Y}).",
                en=f"The bundle is signed with a revoked key of office {office_code} "
                f"(revoked on {row.revoked_at:%Y-%m-%d}).",
            )
        if row.replaced_at is not None and at >= row.replaced_at:
            raise UntrustedSignerError(
                code="signer-replaced",
                kk=f"Пакетке {office_code} кеңсесінің ауыстырылған кілтімен қол қойылған: "
                f"кілт {row.replaced_at:%d.%m.%Y} ауыстырылды, пакет {at:%d.%m.%Y} жасалған.",
                ru=f"Пакет подписан заменённым ключом офиса {office_code}: ключ заменён "
                f"{row.replaced_at:%d.%m.%Y}, а пакет создан {at:%d.%m.%Y}.",
                en=f"The bundle is signed with a replaced key of office {office_code}: the key "
                f"was replaced on {row.replaced_at:%Y-%m-%d}, the bundle was created "
                f"{at:%Y-%m-%d}.",
            )
        return row
    if rows:
        other = rows[0].office_code
        raise UntrustedSignerError(
            code="signer-other-office",
            kk=f"Пакет {office_code} кеңсесінен деп көрсетілген, бірақ оған {other} "
            "кеңсесінің кілтімен қол қойылған.",
            ru=f"Пакет указан как отправленный офисом {office_code}, но подписан ключом "
            f"офиса {other}.",
            en=f"The bundle claims to come from office {office_code} but is signed with the "
            f"key of office {other}.",
        )
    raise UntrustedSignerError(
        code="signer-untrusted",
        kk=f"Пакетке біз сенбейтін кілтпен қол қойылған ({office_code} кеңсесі). Кеңсенің "
        "карточкасын саусақ ізін тексеріп қосыңыз: `qabyldau trust add`.",
        ru=f"Пакет подписан ключом, которому мы не доверяем (офис {office_code}). Добавьте "
        "карточку офиса, сверив отпечаток: `qabyldau trust add`.",
        en=f"The bundle is signed with a key this office does not trust (office "
        f"{office_code}); add the office's card after checking its fingerprint: "
        "`qabyldau trust add`.",
    )
