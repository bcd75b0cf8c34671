"""The service catalogue: which services exist, their routes, steps, limits and documents.

Every service, step and deadline is data (JSON files in `app/catalogue_data/`), never code,
because the rules differ by region and by year (see DOMAIN.md, introduction). An office
loads an updated catalogue with `load_catalogue(directory)`.

One UTF-8 JSON file per service, named `<code>.json` (full description, for the people
who edit the files: `app/catalogue_data/README.md`)::

    {
      "code": "asp", "order": 10,
      "name": {"kk": "...", "ru": "..."},
      "accepted_here": true, "means_tested": true, "same_day": false,
      "refer_to": null,
      "legal_basis": [{"title": {"kk": "...", "ru": "..."}, "seed": "002:1300-1623"}],
      "channels": ["akim", "department"],
      "routes": {
        "akim": {
          "total": {"amount": 22, "unit": "working_days"},
          "steps": [{"code": "intake", "name": {"kk": "...", "ru": "..."},
                     "actor": "akimat", "limit": {"amount": 15, "unit": "minutes"},
                     "excluded_from_term": false}],
          "extensions": [{"code": "missing_documents", "name": {"kk": "...", "ru": "..."},
                          "total": {"amount": 20, "unit": "working_days"}, "add": null}]
        },
        "department": {"total": ..., "steps": [...]}
      },
      "documents": [{"code": "application", "name": {"kk": "...", "ru": "..."},
                     "required": true}],
      "result_types": [{"code": "notice", "name": {"kk": "...", "ru": "..."}}],
      "refusal_grounds": [{"code": "income_above_line", "name": {"kk": "...", "ru": "..."}}]
    }

Optional keys: `order` (int; services sort by it, then by code), `refer_to` (null),
`documents`, `result_types`, `refusal_grounds`, a route's `extensions` (empty lists),
a step's `excluded_from_term` (false), a document's `required` (true), an extension's
`total` / `add` (null, but at least one of them). Everything else is required, and any
key not listed here is refused: a typo must not pass silently.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, NoReturn

from app.textnorm import fold

Unit = Literal["minutes", "hours", "working_days", "calendar_days"]
UNITS: tuple[str, ...] = ("minutes", "hours", "working_days", "calendar_days")
CHANNELS: tuple[str, ...] = ("akim", "department")
ACTORS: tuple[str, ...] = ("akimat", "commission", "department", "state_corporation")


@dataclass(frozen=True)
class Limit:
    """A time limit: an amount of minutes, hours, working days or calendar days."""

    amount: int
    unit: Unit


@dataclass(frozen=True)
class Text:
    """A bilingual string; Kazakh first because every printed form puts it first."""

    kk: str
    ru: str


@dataclass(frozen=True)
class Step:
    code: str
    name: Text
    actor: str
    limit: Limit
    excluded_from_term: bool = False


@dataclass(frozen=True)
class Extension:
    """A way the term can be prolonged: a new whole term, or an amount added to it."""

    code: str
    name: Text
    total: Limit | None = None
    add: Limit | None = None


@dataclass(frozen=True)
class Route:
    channel: str
    total: Limit
    steps: tuple[Step, ...]
    extensions: tuple[Extension, ...] = ()


@dataclass(frozen=True)
class Document:
    code: str
    name: Text
    required: bool = True


@dataclass(frozen=True)
class Named:
    """A coded, bilingual item: a result type or a refusal ground."""

    code: str
    name: Text


@dataclass(frozen=True)
class LegalBasis:
    title: Text
    seed: str  # "002:1300-1623": seed file number and line range in shared/seeds


@dataclass(frozen=True)
class Service:
    code: str
    name: Text
    accepted_here: bool
    means_tested: bool
    same_day: bool
    refer_to: Text | None
    legal_basis: tuple[LegalBasis, ...]
    channels: tuple[str, ...]
    routes: dict[str, Route] = field(hash=False)
    documents: tuple[Document, ...] = ()
    result_types: tuple[Named, ...] = ()
    refusal_grounds: tuple[Named, ...] = ()


# --- errors -----------------------------------------------------------------------------------


class CatalogueError(ValueError):
    """A catalogue file is refused: which file, which field (a JSON path), and why.

    `field` looks like ``routes.akim.steps[2].limit.unit``; ``$`` is the whole file.
    """

    def __init__(self, file: str, field: str, reason: str, path: Path | None = None) -> None:
        self.file = file
        self.field = field
        self.reason = reason
        self.path = path  # the full path, when there is one
        super().__init__(f"{file}: {field}: {reason}")

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.reason}"


class UnknownServiceError(KeyError):
    """`Catalogue.get` was asked for a code the catalogue does not have."""

    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(code)

    def __str__(self) -> str:  # KeyError would print just the quoted code
        return f"unknown service code {self.code!r}: not in the service catalogue"


# --- the catalogue ----------------------------------------------------------------------------


def _search_key(text: str) -> str:
    return " ".join(fold(text).split())


class Catalogue:
    """The loaded services, in catalogue order (`order`, then code)."""

    def __init__(
        self, services: Iterable[Service], version: str, source: Path | None = None
    ) -> None:
        self.services: tuple[Service, ...] = tuple(services)
        self.version = version  # short sha256 of the files: recorded with every deadline
        self.source = source  # the directory it was loaded from
        self._by_code: dict[str, Service] = {}
        for s in self.services:
            if s.code in self._by_code:
                raise ValueError(f"duplicate service code {s.code!r}")
            self._by_code[s.code] = s
        self._keys = {
            s.code: (_search_key(s.code), _search_key(s.name.kk), _search_key(s.name.ru))
            for s in self.services
        }

    def get(self, code: str) -> Service:
        try:
            return self._by_code[code]
        except KeyError:
            raise UnknownServiceError(code) from None

    def accepted(self) -> tuple[Service, ...]:
        """The services the akim's office registers (`accepted_here`)."""
        return tuple(s for s in self.services if s.accepted_here)

    def search(self, text: str) -> list[Service]:
        """Services whose code, Kazakh or Russian name contains every word of `text`.

        Case-insensitive, Latin look-alikes read as Cyrillic (`app.textnorm.fold`). An
        exact code match comes first; an empty query returns every service.
        """
        words = _search_key(text).split()
        if not words:
            return list(self.services)
        found = [
            s for s in self.services if all(any(w in k for k in self._keys[s.code]) for w in words)
        ]
        query = " ".join(words)
        found.sort(key=lambda s: self._keys[s.code][0] != query)  # stable: keeps order
        return found

    def __iter__(self) -> Iterator[Service]:
        return iter(self.services)

    def __len__(self) -> int:
        return len(self.services)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __repr__(self) -> str:
        return f"Catalogue({len(self.services)} services, version={self.version!r})"


# --- loading and validation -------------------------------------------------------------------

DATA_DIR = Path(__file__).resolve().parent / "catalogue_data"
"""The shipped catalogue. Next to this module, so a PyInstaller build that collects
`app/catalogue_data/*.json` as data finds it the same way."""

_CODE_RE = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")


class _Obj(dict[str, Any]):
    """A JSON object that remembers keys it saw twice (json keeps only the last one)."""

    duplicates: tuple[str, ...] = ()


def _pairs(pairs: list[tuple[str, Any]]) -> _Obj:
    obj = _Obj()
    dups = []
    for k, v in pairs:
        if k in obj:
            dups.append(k)
        obj[k] = v
    obj.duplicates = tuple(dups)
    return obj


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _at(base: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{base}[{key}]"
    return f"{base}.{key}" if base else key


class _Reader:
    """Validates one file's parsed JSON and builds the dataclasses, failing on the first
    problem with a `CatalogueError` that names the file, the JSON path and the reason."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.file = path.name

    def fail(self, where: str, reason: str) -> NoReturn:
        raise CatalogueError(self.file, where or "$", reason, self.path)

    # -- primitives --

    def obj(
        self, value: Any, where: str, required: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(where, f"expected an object, got {_json_type(value)}")
        for key in getattr(value, "duplicates", ()):
            self.fail(_at(where, key), "key appears twice in the same object")
        allowed = required + optional
        for key in value:
            if key not in allowed:
                self.fail(_at(where, key), f"unknown field (allowed here: {', '.join(allowed)})")
        for key in required:
            if key not in value:
                self.fail(_at(where, key), "required field is missing")
        return value

    def string(self, value: Any, where: str) -> str:
        if not isinstance(value, str):
            self.fail(where, f"expected a string, got {_json_type(value)}")
        if not value.strip():
            self.fail(where, "must not be empty")
        return value

    def boolean(self, value: Any, where: str) -> bool:
        if not isinstance(value, bool):
            self.fail(where, f"expected true or false, got {_json_type(value)}")
        return value

    def integer(self, value: Any, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(where, f"expected a whole number, got {_json_type(value)} {value!r}")
        return value

    def array(self, value: Any, where: str, *, non_empty: bool = False) -> list[Any]:
        if not isinstance(value, list):
            self.fail(where, f"expected a list, got {_json_type(value)}")
        if non_empty and not value:
            self.fail(where, "must not be empty")
        return value

    def code(self, value: Any, where: str) -> str:
        text = self.string(value, where)
        if not _CODE_RE.match(text):
            self.fail(
                where,
                f"code {text!r} must be lower-case Latin letters and digits, joined by '-' or '_'",
            )
        return text

    def choice(self, value: Any, where: str, allowed: tuple[str, ...], what: str) -> str:
        text = self.string(value, where)
        if text not in allowed:
            self.fail(where, f"unknown {what} {text!r} (expected one of: {', '.join(allowed)})")
        return text

    def unique(self, codes: list[str], where: str) -> None:
        seen: dict[str, int] = {}
        for i, c in enumerate(codes):
            if c in seen:
                self.fail(
                    _at(_at(where, i), "code"),
                    f"duplicate code {c!r} (also {_at(where, seen[c])})",
                )
            seen[c] = i

    # -- structures --

    def text(self, value: Any, where: str) -> Text:
        o = self.obj(value, where, ("kk", "ru"))
        return Text(
            kk=self.string(o["kk"], _at(where, "kk")), ru=self.string(o["ru"], _at(where, "ru"))
        )

    def limit(self, value: Any, where: str) -> Limit:
        o = self.obj(value, where, ("amount", "unit"))
        amount = self.integer(o["amount"], _at(where, "amount"))
        if amount <= 0:
            self.fail(_at(where, "amount"), f"must be a positive whole number, got {amount}")
        unit = self.choice(o["unit"], _at(where, "unit"), UNITS, "unit")
        return Limit(amount=amount, unit=unit)  # type: ignore[arg-type]

    def optional_limit(self, value: Any, where: str) -> Limit | None:
        return None if value is None else self.limit(value, where)

    def items(self, value: Any, where: str, build: Callable[[Any, str], Any]) -> list[Any]:
        out = [build(v, _at(where, i)) for i, v in enumerate(self.array(value, where))]
        self.unique([x.code for x in out], where)
        return out

    def step(self, value: Any, where: str) -> Step:
        o = self.obj(value, where, ("code", "name", "actor", "limit"), ("excluded_from_term",))
        return Step(
            code=self.code(o["code"], _at(where, "code")),
            name=self.text(o["name"], _at(where, "name")),
            actor=self.choice(o["actor"], _at(where, "actor"), ACTORS, "actor"),
            limit=self.limit(o["limit"], _at(where, "limit")),
            excluded_from_term=self.boolean(
                o.get("excluded_from_term", False), _at(where, "excluded_from_term")
            ),
        )

    def extension(self, value: Any, where: str) -> Extension:
        o = self.obj(value, where, ("code", "name"), ("total", "add"))
        ext = Extension(
            code=self.code(o["code"], _at(where, "code")),
            name=self.text(o["name"], _at(where, "name")),
            total=self.optional_limit(o.get("total"), _at(where, "total")),
            add=self.optional_limit(o.get("add"), _at(where, "add")),
        )
        if ext.total is None and ext.add is None:
            self.fail(where, "an extension needs a new 'total' or an 'add' (or both)")
        return ext

    def route(self, channel: str, value: Any, where: str) -> Route:
        o = self.obj(value, where, ("total", "steps"), ("extensions",))
        total = self.limit(o["total"], _at(where, "total"))
        self.array(o["steps"], _at(where, "steps"), non_empty=True)
        steps = self.items(o["steps"], _at(where, "steps"), self.step)
        extensions = self.items(o.get("extensions", []), _at(where, "extensions"), self.extension)
        return Route(channel=channel, total=total, steps=tuple(steps), extensions=tuple(extensions))

    def document(self, value: Any, where: str) -> Document:
        o = self.obj(value, where, ("code", "name"), ("required",))
        return Document(
            code=self.code(o["code"], _at(where, "code")),
            name=self.text(o["name"], _at(where, "name")),
            required=self.boolean(o.get("required", True), _at(where, "required")),
        )

    def named(self, value: Any, where: str) -> Named:
        o = self.obj(value, where, ("code", "name"))
        return Named(
            code=self.code(o["code"], _at(where, "code")),
            name=self.text(o["name"], _at(where, "name")),
        )

    def legal_basis(self, value: Any, where: str) -> LegalBasis:
        o = self.obj(value, where, ("title", "seed"))
        return LegalBasis(
            title=self.text(o["title"], _at(where, "title")),
            seed=self.string(o["seed"], _at(where, "seed")),
        )

    def service(self, data: Any) -> tuple[Service, int | None]:
        o = self.obj(
            data,
            "",
            (
                "code",
                "name",
                "accepted_here",
                "means_tested",
                "same_day",
                "legal_basis",
                "channels",
                "routes",
            ),
            ("order", "refer_to", "documents", "result_types", "refusal_grounds"),
        )
        code = self.code(o["code"], "code")
        order = None if o.get("order") is None else self.integer(o["order"], "order")
        name = self.text(o["name"], "name")
        accepted_here = self.boolean(o["accepted_here"], "accepted_here")
        means_tested = self.boolean(o["means_tested"], "means_tested")
        same_day = self.boolean(o["same_day"], "same_day")
        refer_to = None if o.get("refer_to") is None else self.text(o["refer_to"], "refer_to")
        legal_basis = [
            self.legal_basis(v, _at("legal_basis", i))
            for i, v in enumerate(self.array(o["legal_basis"], "legal_basis", non_empty=True))
        ]

        channels = self.array(o["channels"], "channels", non_empty=True)
        for i, ch in enumerate(channels):
            self.choice(ch, _at("channels", i), CHANNELS, "channel")
            if ch in channels[:i]:
                self.fail(_at("channels", i), f"channel {ch!r} is listed twice")
        routes_obj = o["routes"]
        if isinstance(routes_obj, dict):
            for ch in routes_obj:
                if ch not in CHANNELS:
                    self.fail(
                        _at("routes", ch),
                        f"unknown channel {ch!r} (expected one of: {', '.join(CHANNELS)})",
                    )
        routes_obj = self.obj(routes_obj, "routes", (), CHANNELS)
        routes: dict[str, Route] = {}
        for ch, value in routes_obj.items():
            if ch not in channels:
                self.fail(
                    _at("routes", ch),
                    f"route for channel {ch!r}, which is not listed in channels",
                )
            routes[ch] = self.route(ch, value, _at("routes", ch))
        for i, ch in enumerate(channels):
            if ch not in routes:
                self.fail(_at("channels", i), f"channel {ch!r} has no route under routes")

        if accepted_here and "akim" not in routes:
            self.fail("routes.akim", "required when accepted_here is true")
        if not accepted_here and refer_to is None:
            self.fail(
                "refer_to", "required when accepted_here is false: say where the resident applies"
            )
        if same_day:
            for ch, r in routes.items():
                if r.total.unit not in ("minutes", "hours"):
                    self.fail(
                        f"routes.{ch}.total.unit",
                        f"a same_day service needs a term in minutes or hours, got {r.total.unit}",
                    )

        documents = self.items(o.get("documents", []), "documents", self.document)
        result_types = self.items(o.get("result_types", []), "result_types", self.named)
        refusal_grounds = self.items(o.get("refusal_grounds", []), "refusal_grounds", self.named)

        service = Service(
            code=code,
            name=name,
            accepted_here=accepted_here,
            means_tested=means_tested,
            same_day=same_day,
            refer_to=refer_to,
            legal_basis=tuple(legal_basis),
            channels=tuple(channels),
            routes=routes,
            documents=tuple(documents),
            result_types=tuple(result_types),
            refusal_grounds=tuple(refusal_grounds),
        )
        return service, order


def _parse(path: Path, raw: bytes) -> Any:
    reader = _Reader(path)
    try:
        text = raw.decode("utf-8-sig")  # Notepad may add a BOM: harmless, accept it
    except UnicodeDecodeError as exc:
        reader.fail("$", f"not UTF-8 text (bad byte at offset {exc.start}): save it as UTF-8")
    try:
        return json.loads(text, object_pairs_hook=_pairs)
    except json.JSONDecodeError as exc:
        reader.fail("$", f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}")


def _service_files(directory: Path) -> list[Path]:
    # Skip hidden files: macOS leaves "._asp.json" companions on USB sticks.
    return sorted(p for p in directory.glob("*.json") if p.is_file() and not p.name.startswith("."))


def load_catalogue(directory: Path | str | None = None) -> Catalogue:
    """Load and validate every `<code>.json` in `directory` (default: the shipped one).

    Refuses the whole catalogue with `CatalogueError` at the first problem, so a half-valid
    update never computes a deadline.
    """
    folder = DATA_DIR if directory is None else Path(directory)
    if not folder.is_dir():
        raise CatalogueError(str(folder), "$", "catalogue folder not found", folder)
    files = _service_files(folder)
    if not files:
        raise CatalogueError(str(folder), "$", "no service files (*.json) in the folder", folder)

    digest = hashlib.sha256()
    loaded: list[tuple[Path, Service, int | None]] = []
    for path in files:
        raw = path.read_bytes()
        digest.update(path.name.encode("utf-8") + b"\0" + raw + b"\0")
        service, order = _Reader(path).service(_parse(path, raw))
        loaded.append((path, service, order))

    by_code: dict[str, Path] = {}
    for path, service, _ in loaded:
        other = by_code.setdefault(service.code, path)
        if other is not path:
            # Blame the copy whose name does not match (asp-copy.json, not asp.json).
            blamed, kept = (other, path) if path.stem == service.code else (path, other)
            raise CatalogueError(
                blamed.name,
                "code",
                f"duplicate service code {service.code!r} (also in {kept.name})",
                blamed,
            )
    for path, service, _ in loaded:
        if path.stem != service.code:
            raise CatalogueError(
                path.name,
                "code",
                f"code {service.code!r} does not match the file name: "
                f"name the file {service.code}.json",
                path,
            )

    def order_key(item: tuple[Path, Service, int | None]) -> tuple[float, str]:
        _, service, order = item
        return (math.inf if order is None else order, service.code)

    loaded.sort(key=order_key)
    return Catalogue((service for _, service, _ in loaded), digest.hexdigest()[:12], source=folder)
