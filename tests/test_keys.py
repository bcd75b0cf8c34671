"""Office keys in a real (encrypted, file-backed) keyring backend, backup/restore, the trust
of other offices' cards, and the refusals when no safe key store exists."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pyrage
import pytest
from keyring.backends import fail, null
from keyrings.alt.file import PlaintextKeyring
from sqlalchemy import func, select

from app import keys, trust
from app.context import AppContext
from app.errors import UserError
from app.office import init_office
from db.models import Office, Setting, TrustedKey
from tests.keyring_backend import ENV_FILE, ENV_KEY, TestKeyring, active_keyring, new_key

ROOT = Path(__file__).resolve().parent.parent
AKIMAT = ("akimat", "196435100", "Қосшы ауылдық округі әкімінің аппараты", "Аппарат акима Косшы")
DISTRICT = ("district", "196400000", "Аудандық жұмыспен қамту бөлімі", "Районный отдел занятости")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[TestKeyring]:
    """A real keyring backend (AES-GCM file) for this test only, restored afterwards."""
    with active_keyring(TestKeyring(tmp_path / "keyring.cfg", new_key())) as backend:
        yield backend


def office(home: Path, spec: tuple[str, str, str, str] = AKIMAT) -> AppContext:
    ctx = AppContext(home)
    role, code, kk, ru = spec
    init_office(ctx, role=role, code=code, name_kk=kk, name_ru=ru)
    return ctx


def write_card(ctx: AppContext, path: Path) -> dict:
    card = keys.public_card(ctx)
    path.write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")
    return card


# --- keys --------------------------------------------------------------------------------


def test_private_keys_live_only_in_the_keyring_and_encrypted(
    tmp_path: Path, store: TestKeyring
) -> None:
    ctx = office(tmp_path / "a")
    card = keys.init_keys(ctx)
    signing = store.get_password(keys.SERVICE, "196435100/signing")
    age = store.get_password(keys.SERVICE, "196435100/age")
    assert signing and signing.startswith("ed25519:")
    assert age and age.startswith("AGE-SECRET-KEY-1")
    assert str(pyrage.x25519.Identity.from_str(age).to_public()) == card["age_recipient"]
    # Neither secret appears in clear anywhere: not in the key store's file, not in the
    # office's data folder (database included).
    secrets = [signing.removeprefix("ed25519:").encode(), age.encode(), b"AGE-SECRET-KEY"]
    files = [Path(store.file_path), *(p for p in (tmp_path / "a").rglob("*") if p.is_file())]
    for f in files:
        data = f.read_bytes()
        assert not any(s in data for s in secrets), f


def test_card_and_fingerprint(tmp_path: Path, store: TestKeyring) -> None:
    ctx = office(tmp_path / "a")
    card = keys.init_keys(ctx)
    assert card["format"] == "qabyldau-card/1"
    assert (card["office_code"], card["role"]) == ("196435100", "akimat")
    assert card["name_kk"].startswith("Қосшы") and card["name_ru"].startswith("Аппарат")
    assert card["age_recipient"].startswith("age1")
    assert len(keys._unb64(card["signing_public"], 32) or b"") == 32
    assert re.fullmatch(r"([0-9A-F]{4} ){7}[0-9A-F]{4}", card["fingerprint"])
    # As documented, so another system can recompute it.
    canonical = (
        f"qabyldau-key-fingerprint/1\ned25519 {card['signing_public']}\n"
        f"age {card['age_recipient']}\n"
    )
    expected = hashlib.sha256(canonical.encode()).hexdigest()[:32].upper()
    assert card["fingerprint"].replace(" ", "") == expected
    assert keys.fingerprint(card) == card["fingerprint"]
    assert keys.public_card(ctx) == card


def test_init_refuses_twice_and_rotation_keeps_the_old_keys_usable(
    tmp_path: Path, store: TestKeyring
) -> None:
    ctx = office(tmp_path / "a")
    first = keys.init_keys(ctx)
    old = keys.load_keys(ctx)
    with pytest.raises(UserError) as exc:
        keys.init_keys(ctx)
    assert exc.value.code == "keys-exist" and "--rotate" in exc.value.ru
    assert keys.public_card(ctx) == first

    second = keys.init_keys(ctx, rotate=True)
    assert second["fingerprint"] != first["fingerprint"]
    new = keys.load_keys(ctx)
    assert new.signing_public != old.signing_public
    # The old identity still opens what was encrypted to the old recipient (the archive).
    sealed = pyrage.encrypt(b"archived", [pyrage.x25519.Recipient.from_str(old.age_recipient)])
    assert pyrage.decrypt(sealed, new.identities) == b"archived"
    with ctx.session() as s:
        rows = {r.fingerprint: r for r in s.scalars(select(TrustedKey))}
    old_fp = keys.normalize_fingerprint(first["fingerprint"])
    new_fp = keys.normalize_fingerprint(second["fingerprint"])
    assert rows[old_fp].replaced_at is not None and rows[new_fp].replaced_at is None


def test_load_keys_notices_a_key_store_that_does_not_match(
    tmp_path: Path, store: TestKeyring
) -> None:
    ctx = office(tmp_path / "a")
    keys.init_keys(ctx)
    store.set_password(keys.SERVICE, "196435100/age", str(pyrage.x25519.Identity.generate()))
    with pytest.raises(UserError) as exc:
        keys.load_keys(ctx)
    assert exc.value.code == "keys-mismatch"


@pytest.mark.parametrize(
    "make_backend",
    [
        pytest.param(lambda tmp: fail.Keyring(), id="fail"),
        pytest.param(lambda tmp: null.Keyring(), id="null"),
        pytest.param(
            lambda tmp: _plaintext(tmp / "plain.cfg"),
            id="plaintext",
        ),
        pytest.param(lambda tmp: _LowPriority(tmp / "low.cfg", new_key()), id="priority<1"),
    ],
)
def test_refuses_without_a_safe_key_store(tmp_path: Path, make_backend) -> None:
    ctx = office(tmp_path / "a")
    backend = make_backend(tmp_path)
    with active_keyring(backend), pytest.raises(keys.NoSecureKeyringError) as exc:
        keys.init_keys(ctx)
    err = exc.value
    assert err.code == "no-secure-keyring"
    assert "Нет безопасного места для ключей" in err.ru
    assert "қауіпсіз орын жоқ" in err.kk
    assert type(backend).__name__ in err.en
    # Nothing was written anywhere: no public half in the database, no key file.
    with ctx.session() as s:
        assert s.get(Setting, keys.SELF_KEYS_SETTING) is None
    assert not list(tmp_path.glob("*.cfg"))


def _plaintext(path: Path) -> PlaintextKeyring:
    backend = PlaintextKeyring()
    backend.file_path = str(path)
    return backend


class _LowPriority(TestKeyring):
    priority = 0.9  # type: ignore[assignment]


def test_backup_and_restore_on_a_new_computer(tmp_path: Path, store: TestKeyring) -> None:
    ctx = office(tmp_path / "a")
    card = keys.init_keys(ctx)
    keys.init_keys(ctx, rotate=True)  # the backup must carry the retired identity too
    card = keys.public_card(ctx)
    with pytest.raises(UserError) as exc:
        keys.backup_keys(ctx, tmp_path / "keys.age", "short")
    assert exc.value.code == "weak-passphrase"
    out = keys.backup_keys(ctx, tmp_path / "keys.age", "бір екі үш төрт")
    blob = out.read_bytes()
    assert blob.startswith(b"age-encryption.org/v1\n-> scrypt")
    assert b"AGE-SECRET-KEY" not in blob and b"ed25519:" not in blob

    keys.forget_private_keys(ctx)  # the old computer is gone
    with pytest.raises(UserError) as exc:
        keys.load_keys(ctx)
    assert exc.value.code == "keys-missing-in-store"

    with pytest.raises(UserError) as exc:
        keys.restore_keys(ctx, out, "wrong passphrase")
    assert exc.value.code == "bad-backup" and "неверный пароль" in exc.value.ru
    restored = keys.restore_keys(ctx, out, "бір екі үш төрт")
    assert restored["fingerprint"] == card["fingerprint"]
    loaded = keys.load_keys(ctx)
    assert len(loaded.retired_identities) == 1


def test_restore_refuses_another_offices_backup(tmp_path: Path, store: TestKeyring) -> None:
    a = office(tmp_path / "a")
    d = office(tmp_path / "d", DISTRICT)
    keys.init_keys(d)
    backup = keys.backup_keys(d, tmp_path / "district.age", "a long passphrase")
    with pytest.raises(UserError) as exc:
        keys.restore_keys(a, backup, "a long passphrase")
    assert exc.value.code == "backup-other-office"


# --- trust -------------------------------------------------------------------------------


@pytest.fixture
def pair(tmp_path: Path, store: TestKeyring) -> tuple[AppContext, AppContext]:
    a, d = office(tmp_path / "a"), office(tmp_path / "d", DISTRICT)
    keys.init_keys(a)
    keys.init_keys(d)
    return a, d


def test_card_is_trusted_only_with_the_right_fingerprint(
    tmp_path: Path, pair: tuple[AppContext, AppContext]
) -> None:
    a, d = pair
    card = write_card(a, tmp_path / "akimat.card.json")
    fp = card["fingerprint"]
    wrong = fp[:-1] + ("0" if fp[-1] != "0" else "1")
    with pytest.raises(UserError) as exc:
        trust.import_card(d, tmp_path / "akimat.card.json", wrong)
    assert exc.value.code == "fingerprint-mismatch" and "Отпечаток не совпадает" in exc.value.ru
    with d.session() as s:
        assert s.scalar(select(func.count()).select_from(TrustedKey)) == 1  # only its own

    typed = "  " + fp.lower().replace(" ", "-") + " "  # as read over the phone
    result = trust.import_card(d, tmp_path / "akimat.card.json", typed)
    assert result.status == "added"
    assert result.card.office_code == "196435100" and result.card.role == "akimat"
    with d.session() as s:
        known = s.scalar(select(Office).where(Office.code == "196435100"))
        assert known is not None and not known.is_self and known.role == "akimat"
    again = trust.import_card(d, tmp_path / "akimat.card.json", fp)
    assert again.status == "already-trusted"


def test_a_swapped_key_in_a_card_is_refused(
    tmp_path: Path, pair: tuple[AppContext, AppContext]
) -> None:
    a, d = pair
    card = keys.public_card(a)
    card["age_recipient"] = str(pyrage.x25519.Identity.generate().to_public())
    (tmp_path / "forged.json").write_text(json.dumps(card), encoding="utf-8")
    # The fingerprint written in the card no longer matches its keys.
    with pytest.raises(UserError) as exc:
        trust.import_card(d, tmp_path / "forged.json", card["fingerprint"])
    assert exc.value.code == "bad-card"
    # Without the stated fingerprint, the printed one (from the real sheet) does not match.
    del card["fingerprint"]
    (tmp_path / "forged.json").write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(UserError) as exc:
        trust.import_card(d, tmp_path / "forged.json", keys.public_card(a)["fingerprint"])
    assert exc.value.code == "fingerprint-mismatch"


def test_own_card_and_garbage_are_refused(
    tmp_path: Path, pair: tuple[AppContext, AppContext]
) -> None:
    a, _d = pair
    card = write_card(a, tmp_path / "own.json")
    with pytest.raises(UserError) as exc:
        trust.import_card(a, tmp_path / "own.json", card["fingerprint"])
    assert exc.value.code == "own-card"
    (tmp_path / "junk.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(UserError) as exc:
        trust.import_card(a, tmp_path / "junk.json", card["fingerprint"])
    assert exc.value.code == "bad-card"


def test_rotation_and_revocation_decide_which_bundles_a_key_may_sign(
    tmp_path: Path, pair: tuple[AppContext, AppContext]
) -> None:
    a, d = pair
    first = write_card(a, tmp_path / "a1.json")
    trust.import_card(d, tmp_path / "a1.json", first["fingerprint"])
    keys.init_keys(a, rotate=True)
    second = write_card(a, tmp_path / "a2.json")
    result = trust.import_card(d, tmp_path / "a2.json", second["fingerprint"])
    assert result.status == "rotated"

    with d.session() as s:
        old = s.scalar(
            select(TrustedKey).where(TrustedKey.signing_public == first["signing_public"])
        )
        assert old is not None and old.replaced_at is not None
        replaced_at = old.replaced_at
        before = replaced_at - timedelta(days=1)
        after = replaced_at + timedelta(seconds=1)
        assert trust.trusted_signer(s, "196435100", first["signing_public"], before).id == old.id
        with pytest.raises(trust.UntrustedSignerError) as exc:
            trust.trusted_signer(s, "196435100", first["signing_public"], after)
        assert exc.value.code == "signer-replaced"
        trust.trusted_signer(s, "196435100", second["signing_public"], after)
        with pytest.raises(trust.UntrustedSignerError) as exc:
            trust.trusted_signer(s, "196499999", second["signing_public"], after)
        assert exc.value.code == "signer-other-office"
        stranger = keys._public_signing(keys.Ed25519PrivateKey.generate())
        with pytest.raises(trust.UntrustedSignerError) as exc:
            trust.trusted_signer(s, "196435100", stranger, after)
        assert exc.value.code == "signer-untrusted"

    revoked = trust.revoke(d, second["fingerprint"].lower())
    assert revoked.status == "revoked"
    with d.session() as s, pytest.raises(trust.UntrustedSignerError) as exc:
        trust.trusted_signer(s, "196435100", second["signing_public"], after)
    assert exc.value.code == "signer-revoked"
    # A revoked key cannot come back by importing its card again.
    with pytest.raises(UserError) as exc2:
        trust.import_card(d, tmp_path / "a2.json", second["fingerprint"])
    assert exc2.value.code == "card-revoked"
    # And the office's own key is never revoked through trust.
    with pytest.raises(UserError) as exc2:
        trust.revoke(d, keys.public_card(d)["fingerprint"])
    assert exc2.value.code == "revoke-own"

    listed = {c.fingerprint: c.to_json() for c in trust.list_trusted(d)}
    assert listed[first["fingerprint"]]["status"] == "replaced"
    assert listed[second["fingerprint"]]["status"] == "revoked"
    assert listed[keys.public_card(d)["fingerprint"]]["self"] is True
    assert set(next(iter(listed.values()))) == {
        "office_code",
        "role",
        "name_kk",
        "name_ru",
        "fingerprint",
        "signing_public",
        "age_recipient",
        "status",
        "self",
        "added_at",
        "replaced_at",
        "revoked_at",
    }


# --- the CLI, through a real subprocess with a real keyring backend ------------------------


def cli_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QABYLDAU_LANG": "ru",
        "PYTHON_KEYRING_BACKEND": "tests.keyring_backend.TestKeyring",
        ENV_FILE: str(tmp_path / "cli-keyring.cfg"),
        ENV_KEY: new_key(),
    }
    env.update(extra)
    return env


def qabyldau(
    env: dict[str, str], home: Path, *args: str, lang: str = "ru"
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "--home", str(home), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**env, "QABYLDAU_LANG": lang},
        timeout=120,
    )


def init_cli_office(env: dict[str, str], home: Path, spec: tuple[str, str, str, str]) -> None:
    role, code, kk, ru = spec
    r = qabyldau(
        env, home, "init", "--role", role, "--code", code, "--name-kk", kk, "--name-ru", ru
    )
    assert r.returncode == 0, r.stderr


def test_cli_keys_and_trust_end_to_end(tmp_path: Path) -> None:
    env = cli_env(tmp_path)
    a, d = tmp_path / "a", tmp_path / "d"
    init_cli_office(env, a, AKIMAT)
    init_cli_office(env, d, DISTRICT)

    r = qabyldau(env, a, "keys", "init", "--json")
    assert r.returncode == 0, r.stderr
    card = json.loads(r.stdout)
    r = qabyldau(env, a, "keys", "fingerprint", "--json")
    assert json.loads(r.stdout)["fingerprint"] == card["fingerprint"]
    r = qabyldau(env, a, "keys", "export-public", "--out", str(tmp_path / "a.json"))
    assert r.returncode == 0 and card["fingerprint"] in r.stdout
    assert json.loads((tmp_path / "a.json").read_text("utf-8")) == card

    r = qabyldau(env, d, "keys", "init")
    assert r.returncode == 0 and "Ключи созданы" in r.stdout
    r = qabyldau(env, d, "trust", "add", str(tmp_path / "a.json"), "--fingerprint", "0000")
    assert r.returncode == 2 and "Отпечаток не совпадает" in r.stderr
    assert "Traceback" not in r.stderr
    r = qabyldau(
        env, d, "trust", "add", str(tmp_path / "a.json"), "--fingerprint", card["fingerprint"]
    )
    assert r.returncode == 0 and "Доверенный: 196435100" in r.stdout
    r = qabyldau(env, d, "trust", "list", "--json")
    trusted = json.loads(r.stdout)["trusted"]
    assert {t["office_code"] for t in trusted} == {"196435100", "196400000"}

    r = qabyldau(env, d, "trust", "revoke", card["fingerprint"], lang="kk")
    assert r.returncode == 0 and "қайтарып алынды" in r.stdout
    r = qabyldau(env, d, "trust", "list")
    assert "revoked" in r.stdout


def test_cli_backup_and_restore(tmp_path: Path) -> None:
    env = cli_env(tmp_path, QABYLDAU_PASSPHRASE="түн ортасы 2026")
    a = tmp_path / "a"
    init_cli_office(env, a, AKIMAT)
    assert qabyldau(env, a, "keys", "init").returncode == 0
    r = qabyldau(env, a, "keys", "backup", "--out", str(tmp_path / "a.keys"))
    assert r.returncode == 0, r.stderr
    # A new computer: an empty key store, the same database.
    new_env = {**env, ENV_FILE: str(tmp_path / "new-keyring.cfg")}
    r = qabyldau(new_env, a, "keys", "restore", str(tmp_path / "a.keys"))
    assert r.returncode == 0 and "Ключи восстановлены" in r.stdout
    bad = {**new_env, "QABYLDAU_PASSPHRASE": "not the passphrase"}
    r = qabyldau(bad, a, "keys", "restore", str(tmp_path / "a.keys"))
    assert r.returncode == 2 and "неверный пароль" in r.stderr


@pytest.mark.parametrize(
    "backend",
    ["keyring.backends.fail.Keyring", "keyrings.alt.file.PlaintextKeyring"],
)
def test_cli_without_a_safe_key_store_gives_the_clear_message(tmp_path: Path, backend: str) -> None:
    env = cli_env(tmp_path, PYTHON_KEYRING_BACKEND=backend, XDG_DATA_HOME=str(tmp_path / "xdg"))
    a = tmp_path / "a"
    init_cli_office(env, a, AKIMAT)
    for lang, text in (("ru", "Нет безопасного места"), ("kk", "қауіпсіз орын жоқ")):
        r = qabyldau(env, a, "keys", "init", lang=lang)
        assert r.returncode == 2, r.stderr
        assert text in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "xdg").exists() or not list((tmp_path / "xdg").rglob("*.cfg"))
