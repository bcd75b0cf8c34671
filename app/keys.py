"""The office's own keys: an Ed25519 signing key and an age (X25519) encryption identity.

Private keys live only in the operating system's key store (Windows Credential Manager on
the target) through `keyring`. Where the only store available would write them to disk in
plain text, or there is none, every operation refuses with a message the user can act on:
a leaked key would let anyone read the applicants' personal data (DOMAIN.md §5) or forge
the office's bundles. The public halves, which are not secret, are kept in the database
(`Setting` "keys:self" and the office's own `TrustedKey` rows) so that old bundles stay
verifiable after a rotation.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import keyring
import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError
from pyrage import x25519
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.context import AppContext
from app.errors import UserError
from db.models import TrustedKey

SERVICE = "Qabyldau"
CARD_FORMAT = "qabyldau-card/1"
BACKUP_FORMAT = "qabyldau-key-backup/1"
SELF_KEYS_SETTING = "keys:self"
RETIRED_SETTING = "keys:retired-age"
MIN_PASSPHRASE = 8
# The fingerprint is what two people read to each other over a bad rural phone line: 128 bits
# (8 groups of 4 hex digits) is far beyond what anyone could forge, and still short to read.
_FINGERPRINT_HEX = 32


# --- errors ------------------------------------------------------------------------------


class NoSecureKeyringError(UserError):
    """No key store that keeps secrets encrypted: refuse rather than write keys in clear."""

    def __init__(self, backend_name: str) -> None:
        super().__init__(
            code="no-secure-keyring",
            kk="Кеңсе кілттерін сақтайтын қауіпсіз орын жоқ: бұл компьютерде жүйелік кілттер "
            "қоймасы (Windows тіркелгі деректері менеджері) қолжетімсіз. Құпия кілттер дискіге "
            "ашық түрде ешқашан жазылмайды. Әкімшіге хабарласыңыз "
            f"(қойма: {backend_name}).",
            ru="Нет безопасного места для ключей офиса: на этом компьютере недоступно системное "
            "хранилище ключей (Диспетчер учётных данных Windows). Секретные ключи никогда не "
            "записываются на диск в открытом виде. Обратитесь к администратору "
            f"(хранилище: {backend_name}).",
            en="No safe place for the office's secret keys: the system key store (Windows "
            "Credential Manager) is not available, and private keys are never written to disk "
            f"in plain text (keyring backend: {backend_name}).",
        )


def _err(code: str, kk: str, ru: str, en: str) -> UserError:
    return UserError(code=code, kk=kk, ru=ru, en=en)


def _no_keys() -> UserError:
    return _err(
        "no-keys",
        "Кеңсенің кілттері әлі жасалмаған: `qabyldau keys init` іске қосыңыз "
        "(немесе сақтық көшірмеден `qabyldau keys restore`).",
        "Ключи офиса ещё не созданы: выполните `qabyldau keys init` "
        "(или восстановите из копии: `qabyldau keys restore`).",
        "This office has no keys yet: run `qabyldau keys init` (or `qabyldau keys restore`).",
    )


# --- the key store -----------------------------------------------------------------------


def _backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _insecure(backend: KeyringBackend | None) -> str | None:
    """Why this backend must not hold a private key, or None when it may."""
    if backend is None:
        return "none"
    name = _backend_name(backend)
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return name
    try:
        from keyrings.alt.file import PlaintextKeyring
    except ImportError:  # keyrings.alt is a test extra; without it there is nothing to check
        PlaintextKeyring = None  # type: ignore[assignment,misc]
    if PlaintextKeyring is not None and isinstance(backend, PlaintextKeyring):
        return name
    try:
        priority = float(backend.priority)  # type: ignore[arg-type]
    except Exception:  # a backend that cannot even say whether it works
        return name
    # keyring itself calls a backend "recommended" from priority 1; below that are the
    # file-based fall-backs (plain text, or "encrypted" with a password typed at a prompt).
    if priority < 1:
        return f"{name} (priority {priority})"
    return None


def secure_keyring() -> KeyringBackend:
    """The active keyring backend, or `NoSecureKeyringError` when it would not keep keys safe."""
    try:
        backend: KeyringBackend | None = keyring.get_keyring()
    except Exception as exc:
        raise NoSecureKeyringError(f"error: {exc}") from exc
    target = backend
    # The chainer writes to its highest-priority member: that is the store that must be safe.
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        members = list(backend.backends)
        target = members[0] if members else None
    reason = _insecure(target)
    if reason is not None:
        raise NoSecureKeyringError(reason)
    assert backend is not None
    return backend


def _store_error(exc: Exception) -> UserError:
    return _err(
        "keyring-failed",
        f"Жүйелік кілттер қоймасы сұранысты орындамады: {exc}",
        f"Системное хранилище ключей не выполнило запрос: {exc}",
        f"The system key store refused the request: {exc}",
    )


def _get(backend: KeyringBackend, username: str) -> str | None:
    try:
        return backend.get_password(SERVICE, username)
    except KeyringError as exc:
        raise _store_error(exc) from exc


def _set(backend: KeyringBackend, username: str, secret: str) -> None:
    try:
        backend.set_password(SERVICE, username, secret)
        # Some stores accept a write and keep nothing (a locked or full vault): read it back.
        stored = backend.get_password(SERVICE, username)
    except KeyringError as exc:
        raise _store_error(exc) from exc
    if stored != secret:
        raise _store_error(RuntimeError(f"{username} was not stored"))


def _delete(backend: KeyringBackend, username: str) -> None:
    try:
        backend.delete_password(SERVICE, username)
    except PasswordDeleteError:
        pass
    except KeyringError as exc:
        raise _store_error(exc) from exc


def _user_signing(code: str) -> str:
    return f"{code}/signing"


def _user_age(code: str) -> str:
    return f"{code}/age"


# --- fingerprints and cards --------------------------------------------------------------


def group_hex(hex_digits: str, size: int = 4) -> str:
    """'3f2a9c01…' → '3F2A 9C01 …': easier to read aloud and to compare on paper."""
    h = hex_digits.upper()
    return " ".join(h[i : i + size] for i in range(0, len(h), size))


def normalize_fingerprint(text: str) -> str:
    """What a person typed (spaces, dashes, colons, any case) → bare lower-case hex."""
    return re.sub(r"[\s:\-_.]", "", text or "").lower()


def key_fingerprint(signing_public: str, age_recipient: str) -> str:
    """Bare hex fingerprint of a key pair (see docs/bundle-format.md, "Fingerprints")."""
    canonical = f"qabyldau-key-fingerprint/1\ned25519 {signing_public}\nage {age_recipient}\n"
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()[:_FINGERPRINT_HEX]


def fingerprint(card: dict[str, Any]) -> str:
    """The card's fingerprint as printed on the sheet: 8 groups of 4 hex digits."""
    return group_hex(key_fingerprint(card["signing_public"], card["age_recipient"]))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str, length: int) -> bytes | None:
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError, TypeError):
        return None
    return raw if len(raw) == length else None


def signing_public_key(signing_public: str) -> Ed25519PublicKey | None:
    """The Ed25519 key from its base64 raw form, or None when it is not one."""
    raw = _unb64(signing_public, 32)
    return Ed25519PublicKey.from_public_bytes(raw) if raw else None


def valid_age_recipient(text: str) -> bool:
    try:
        x25519.Recipient.from_str(text)
    except Exception:
        return False
    return text.startswith("age1")


def now_local() -> datetime:
    """Local wall time without microseconds, as the database stores every time."""
    return datetime.now().replace(microsecond=0)


def iso_with_offset(dt: datetime) -> str:
    """A naive local time as ISO 8601 with this computer's UTC offset (for other systems)."""
    return dt.astimezone().isoformat()


# --- the office's keys -------------------------------------------------------------------


@dataclass(frozen=True)
class OfficeKeys:
    """The office's private keys, loaded from the key store for one operation."""

    office_code: str
    signing_private: Ed25519PrivateKey
    age_identity: x25519.Identity
    signing_public: str
    age_recipient: str
    fingerprint: str  # grouped
    # Identities of earlier (rotated) keys: the archive holds bundles encrypted to them.
    retired_identities: tuple[x25519.Identity, ...] = ()

    def sign(self, data: bytes) -> bytes:
        return self.signing_private.sign(data)

    @property
    def identities(self) -> list[x25519.Identity]:
        return [self.age_identity, *self.retired_identities]


def _public_signing(private: Ed25519PrivateKey) -> str:
    return _b64(
        private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
    )


def _private_raw(private: Ed25519PrivateKey) -> str:
    return _b64(
        private.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
    )


def _parse_signing_secret(secret: str | None) -> Ed25519PrivateKey | None:
    if not secret or not secret.startswith("ed25519:"):
        return None
    raw = _unb64(secret.removeprefix("ed25519:"), 32)
    return Ed25519PrivateKey.from_private_bytes(raw) if raw else None


def _parse_identity(secret: str | None) -> x25519.Identity | None:
    if not secret:
        return None
    try:
        return x25519.Identity.from_str(secret)
    except Exception:
        return None


def _self_info(ctx: AppContext) -> tuple[str, str, str, str, dict[str, Any] | None]:
    with ctx.session() as s:
        office = ctx.self_office(s)
        return (
            office.code,
            office.role,
            office.name_kk,
            office.name_ru,
            ctx.get_setting(s, SELF_KEYS_SETTING),
        )


def has_keys(ctx: AppContext) -> bool:
    """Whether the database knows this office's public keys (no key store access)."""
    with ctx.session() as s:
        return ctx.get_setting(s, SELF_KEYS_SETTING) is not None


def _mismatch() -> UserError:
    return _err(
        "keys-mismatch",
        "Кілттер қоймасындағы кілттер дерекқордағы кілттерге сәйкес келмейді. "
        "Кілттерді сақтық көшірмеден қалпына келтіріңіз (`qabyldau keys restore`).",
        "Ключи в хранилище не совпадают с ключами в базе данных. "
        "Восстановите ключи из резервной копии (`qabyldau keys restore`).",
        "The keys in the key store do not match the database's public keys: restore them "
        "from the backup (`qabyldau keys restore`).",
    )


def load_keys(ctx: AppContext) -> OfficeKeys:
    """The office's private keys from the key store, checked against the public ones."""
    code, _role, _kk, _ru, public = _self_info(ctx)
    if public is None:
        raise _no_keys()
    backend = secure_keyring()
    signing = _parse_signing_secret(_get(backend, _user_signing(code)))
    identity = _parse_identity(_get(backend, _user_age(code)))
    if signing is None or identity is None:
        raise _err(
            "keys-missing-in-store",
            "Кеңсенің құпия кілттері бұл компьютердің кілттер қоймасында жоқ. "
            "Оларды сақтық көшірмеден қалпына келтіріңіз (`qabyldau keys restore`).",
            "Секретных ключей офиса нет в хранилище ключей этого компьютера. "
            "Восстановите их из резервной копии (`qabyldau keys restore`).",
            "The office's private keys are not in this computer's key store: restore them "
            "from the backup (`qabyldau keys restore`).",
        )
    if (
        _public_signing(signing) != public["signing_public"]
        or str(identity.to_public()) != public["age_recipient"]
    ):
        raise _mismatch()
    retired = []
    with ctx.session() as s:
        for entry in ctx.get_setting(s, RETIRED_SETTING, []):
            old = _parse_identity(_get(backend, entry["username"]))
            if old is not None:
                retired.append(old)
    return OfficeKeys(
        office_code=code,
        signing_private=signing,
        age_identity=identity,
        signing_public=public["signing_public"],
        age_recipient=public["age_recipient"],
        fingerprint=group_hex(public["fingerprint"]),
        retired_identities=tuple(retired),
    )


def public_card(ctx: AppContext) -> dict[str, Any]:
    """The office's public card: what another office imports to trust this one."""
    code, role, name_kk, name_ru, public = _self_info(ctx)
    if public is None:
        raise _no_keys()
    return {
        "format": CARD_FORMAT,
        "office_code": code,
        "role": role,
        "name_kk": name_kk,
        "name_ru": name_ru,
        "signing_algorithm": "Ed25519",
        "signing_public": public["signing_public"],
        "age_recipient": public["age_recipient"],
        "fingerprint": group_hex(public["fingerprint"]),
        "created": public["created"],
    }


def _record_self_keys(
    ctx: AppContext,
    s: Session,
    *,
    code: str,
    role: str,
    name_kk: str,
    name_ru: str,
    signing_public: str,
    age_recipient: str,
    created: str,
    at: datetime,
) -> str:
    """Write the public half to the database: the setting and the office's own trust row."""
    fp = key_fingerprint(signing_public, age_recipient)
    ctx.set_setting(
        s,
        SELF_KEYS_SETTING,
        {
            "signing_public": signing_public,
            "age_recipient": age_recipient,
            "fingerprint": fp,
            "created": created,
        },
    )
    # Our own card sits among the trusted ones so that our archive verifies like any other
    # bundle, and so that an old own key stays usable (replaced_at) after a rotation.
    for row in s.scalars(
        select(TrustedKey).where(
            TrustedKey.office_code == code,
            TrustedKey.replaced_at.is_(None),
            TrustedKey.fingerprint != fp,
        )
    ):
        row.replaced_at = at
    existing = s.scalar(select(TrustedKey).where(TrustedKey.fingerprint == fp))
    if existing is None:
        s.add(
            TrustedKey(
                office_code=code,
                name_kk=name_kk,
                name_ru=name_ru,
                role=role,
                signing_public=signing_public,
                age_recipient=age_recipient,
                fingerprint=fp,
                added_at=at,
            )
        )
    else:
        existing.replaced_at = None
    return fp


def init_keys(ctx: AppContext, *, rotate: bool = False) -> dict[str, Any]:
    """Create the office's keys (once); `rotate=True` replaces them, keeping the old public
    key for verifying old bundles and the old age identity for reopening the archive."""
    code, role, name_kk, name_ru, public = _self_info(ctx)
    backend = secure_keyring()
    in_store = _get(backend, _user_signing(code)) or _get(backend, _user_age(code))
    if (public is not None or in_store) and not rotate:
        raise _err(
            "keys-exist",
            "Кеңсенің кілттері бар. Оларды ауыстыру үшін `qabyldau keys init --rotate` "
            "іске қосыңыз (ескі кілт бұрынғы пакеттерді тексеру үшін сақталады).",
            "Ключи офиса уже есть. Чтобы заменить их, выполните `qabyldau keys init "
            "--rotate` (старый ключ сохранится для проверки прежних пакетов).",
            "This office already has keys; use `qabyldau keys init --rotate` to replace them "
            "(the old key stays to verify earlier bundles).",
        )
    at = now_local()
    signing = Ed25519PrivateKey.generate()
    identity = x25519.Identity.generate()
    signing_public = _public_signing(signing)
    recipient = str(identity.to_public())
    created = iso_with_offset(at)
    with ctx.session() as s:
        old_identity = _get(backend, _user_age(code)) if rotate else None
        if old_identity:
            # Keep the old identity under its own name: bundles in the archive (and return
            # bundles from a district that has not yet imported our new card) need it.
            retired = ctx.get_setting(s, RETIRED_SETTING, [])
            parsed = _parse_identity(old_identity)
            username = f"{code}/age-retired-{at:%Y%m%d%H%M%S}"
            _set(backend, username, old_identity)
            retired.append(
                {
                    "username": username,
                    "age_recipient": str(parsed.to_public()) if parsed else None,
                    "retired_at": at.isoformat(),
                }
            )
            ctx.set_setting(s, RETIRED_SETTING, retired)
        # The old signing key is deliberately not kept: nothing may be signed with it again.
        _set(backend, _user_signing(code), "ed25519:" + _private_raw(signing))
        _set(backend, _user_age(code), str(identity))
        fp = _record_self_keys(
            ctx,
            s,
            code=code,
            role=role,
            name_kk=name_kk,
            name_ru=name_ru,
            signing_public=signing_public,
            age_recipient=recipient,
            created=created,
            at=at,
        )
        audit.record(
            s,
            entity="keys",
            entity_id=code,
            action="rotate" if rotate and public is not None else "init",
            before={"fingerprint": public["fingerprint"]} if public else None,
            after={"fingerprint": fp},
        )
    return public_card(ctx)


# --- backup and restore ------------------------------------------------------------------


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase or "") < MIN_PASSPHRASE:
        raise _err(
            "weak-passphrase",
            f"Құпия сөз кемінде {MIN_PASSPHRASE} таңбадан тұруы керек.",
            f"Пароль должен содержать не менее {MIN_PASSPHRASE} символов.",
            f"The passphrase must have at least {MIN_PASSPHRASE} characters.",
        )


def write_atomically(path: Path, data: bytes) -> None:
    """Write a small file whole or not at all: temp file beside it, fsync, rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def backup_keys(ctx: AppContext, out: Path, passphrase: str) -> Path:
    """Both private keys (and retired identities) with the card, age-encrypted to a passphrase."""
    _check_passphrase(passphrase)
    keys = load_keys(ctx)
    backend = secure_keyring()
    retired = []
    with ctx.session() as s:
        for entry in ctx.get_setting(s, RETIRED_SETTING, []):
            secret = _get(backend, entry["username"])
            if secret:
                retired.append({**entry, "identity": secret})
    payload = {
        "format": BACKUP_FORMAT,
        "office_code": keys.office_code,
        "created": iso_with_offset(now_local()),
        "card": public_card(ctx),
        "signing_private": "ed25519:" + _private_raw(keys.signing_private),
        "age_identity": str(keys.age_identity),
        "retired_age": retired,
    }
    blob = pyrage.passphrase.encrypt(
        json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8"), passphrase
    )
    write_atomically(Path(out), blob)
    with ctx.session() as s:
        audit.record(s, entity="keys", entity_id=keys.office_code, action="backup")
    return Path(out)


def _bad_backup() -> UserError:
    return _err(
        "bad-backup",
        "Кілттердің сақтық көшірмесін ашу мүмкін емес: құпия сөз қате немесе файл "
        "Qabyldau кілттерінің көшірмесі емес.",
        "Не удалось открыть резервную копию ключей: неверный пароль или файл не является "
        "копией ключей Qabyldau.",
        "Cannot open the key backup: wrong passphrase, or not a Qabyldau key backup.",
    )


def restore_keys(ctx: AppContext, file: Path, passphrase: str) -> dict[str, Any]:
    """Put the keys from a backup back into this computer's key store."""
    code, role, name_kk, name_ru, public = _self_info(ctx)
    backend = secure_keyring()
    try:
        blob = Path(file).read_bytes()
    except OSError as exc:
        raise _err(
            "file-unreadable",
            f"Файлды оқу мүмкін емес: {file} ({exc.strerror})",
            f"Не удалось прочитать файл: {file} ({exc.strerror})",
            f"Cannot read {file}: {exc.strerror}",
        ) from exc
    try:
        payload = json.loads(pyrage.passphrase.decrypt(blob, passphrase).decode("utf-8"))
    except (pyrage.DecryptError, ValueError, UnicodeDecodeError) as exc:
        raise _bad_backup() from exc
    if not isinstance(payload, dict) or payload.get("format") != BACKUP_FORMAT:
        raise _bad_backup()
    if payload.get("office_code") != code:
        other = payload.get("office_code")
        raise _err(
            "backup-other-office",
            f"Бұл басқа кеңсенің кілттері ({other}), біздің кеңсе {code}.",
            f"Это ключи другого офиса ({other}), а этот офис — {code}.",
            f"These are the keys of another office ({other}); this office is {code}.",
        )
    signing = _parse_signing_secret(payload.get("signing_private"))
    identity = _parse_identity(payload.get("age_identity"))
    if signing is None or identity is None:
        raise _bad_backup()
    signing_public = _public_signing(signing)
    recipient = str(identity.to_public())
    fp = key_fingerprint(signing_public, recipient)
    if public is not None and public["fingerprint"] != fp:
        raise _err(
            "backup-older-keys",
            "Көшірмедегі кілттер кеңсенің қазіргі кілттері емес "
            f"({group_hex(fp)} ≠ {group_hex(public['fingerprint'])}).",
            "Ключи в копии не совпадают с текущими ключами офиса "
            f"({group_hex(fp)} ≠ {group_hex(public['fingerprint'])}).",
            "The backup holds other keys than the office's current ones "
            f"({group_hex(fp)} ≠ {group_hex(public['fingerprint'])}).",
        )
    card = payload.get("card") or {}
    at = now_local()
    with ctx.session() as s:
        _set(backend, _user_signing(code), "ed25519:" + _private_raw(signing))
        _set(backend, _user_age(code), str(identity))
        retired = ctx.get_setting(s, RETIRED_SETTING, [])
        known = {r["username"] for r in retired}
        for entry in payload.get("retired_age") or []:
            if _parse_identity(entry.get("identity")) is None:
                continue
            _set(backend, entry["username"], entry["identity"])
            if entry["username"] not in known:
                retired.append({k: v for k, v in entry.items() if k != "identity"})
        ctx.set_setting(s, RETIRED_SETTING, retired)
        _record_self_keys(
            ctx,
            s,
            code=code,
            role=role,
            name_kk=name_kk,
            name_ru=name_ru,
            signing_public=signing_public,
            age_recipient=recipient,
            created=card.get("created") or iso_with_offset(at),
            at=at,
        )
        audit.record(s, entity="keys", entity_id=code, action="restore", after={"fingerprint": fp})
    return public_card(ctx)


def forget_private_keys(ctx: AppContext) -> None:
    """Remove this office's private keys from the key store (tests, decommissioning)."""
    code, *_ = _self_info(ctx)
    backend = secure_keyring()
    with ctx.session() as s:
        for entry in ctx.get_setting(s, RETIRED_SETTING, []):
            _delete(backend, entry["username"])
    _delete(backend, _user_signing(code))
    _delete(backend, _user_age(code))
