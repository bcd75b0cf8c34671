"""Documents that came in a bundle (or were attached to a decision), stored once by content.

A file is named by its SHA-256 under `documents/store/`, written to a temporary name,
flushed and renamed. An import puts its files in place *before* it commits: a crash before
the commit leaves at most an unreferenced file (harmless, `sweep_unreferenced` removes it),
never a database row pointing at nothing; a replayed import finds every file already there.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from sqlalchemy import select

from app.context import AppContext
from db.models import CaseFile, Decision

CHUNK = 1024 * 1024
STORE = "documents/store"


def sha256_of(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            sha.update(chunk)
    return sha.hexdigest()


def _suffix(name: str) -> str:
    suffix = Path(name).suffix.lower()
    # Only a short, plain extension survives: the stored name must be safe on every disk.
    return suffix if 1 < len(suffix) <= 9 and suffix[1:].isalnum() else ""


def store_file(ctx: AppContext, source: Path, name: str | None = None) -> tuple[str, str, int]:
    """Copy `source` into the store; returns (path relative to the data folder, sha256, size)."""
    digest = sha256_of(source)
    rel = f"{STORE}/{digest[:2]}/{digest}{_suffix(name or source.name)}"
    target = ctx.paths.root / rel
    size = source.stat().st_size
    if target.is_file() and target.stat().st_size == size:
        return rel, digest, size
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        with open(source, "rb") as src, open(tmp, "wb") as dst:
            shutil.copyfileobj(src, dst, CHUNK)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return rel, digest, size


def stored_path(ctx: AppContext, rel: str) -> Path:
    return ctx.paths.root / rel


def sweep_unreferenced(ctx: AppContext) -> list[Path]:
    """Remove stored files no row refers to (left by an import that crashed before commit)."""
    root = ctx.paths.root / STORE
    if not root.is_dir():
        return []
    with ctx.session() as s:
        used = set(s.scalars(select(CaseFile.stored_path)))
        used |= {p for p in s.scalars(select(Decision.pdf_path)) if p}
    removed = []
    for path in root.rglob("*"):
        if not path.is_file():
            continue
        rel = path.relative_to(ctx.paths.root).as_posix()
        if rel not in used:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
