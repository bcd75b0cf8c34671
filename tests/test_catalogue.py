"""The service catalogue: the shipped JSON data, the strict loader, search, and `fold`."""

from __future__ import annotations

import copy
import json
import re
import shutil
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.catalogue import (
    ACTORS,
    CHANNELS,
    DATA_DIR,
    UNITS,
    Catalogue,
    CatalogueError,
    Service,
    Text,
    UnknownServiceError,
    load_catalogue,
)
from app.textnorm import LOOKALIKES, fold

KAZAKH_LETTERS = set("әғқңөұүһі")
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

REQUIRED_CODES = {
    "asp",
    "asp-certificate",
    "social-aid-local",
    "fuel-aid",
    "child-allowance",
    "housing-aid",
    "housing-queue",
    "unemployed-registration",
    "oralman-status",
}


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return load_catalogue()


def _texts(service: Service) -> list[tuple[str, Text]]:
    """Every bilingual text of a service, with where it is."""
    out: list[tuple[str, Text]] = [("name", service.name)]
    if service.refer_to is not None:
        out.append(("refer_to", service.refer_to))
    out += [(f"legal_basis[{i}]", lb.title) for i, lb in enumerate(service.legal_basis)]
    for ch, route in service.routes.items():
        out += [(f"routes.{ch}.{s.code}", s.name) for s in route.steps]
        out += [(f"routes.{ch}.{e.code}", e.name) for e in route.extensions]
    for group in (service.documents, service.result_types, service.refusal_grounds):
        out += [(item.code, item.name) for item in group]
    return out


def _wd_sum(service: Service, channel: str) -> int:
    return sum(
        s.limit.amount for s in service.routes[channel].steps if s.limit.unit == "working_days"
    )


# --- the shipped catalogue -------------------------------------------------------------------


def test_shipped_catalogue_loads_in_order(cat: Catalogue) -> None:
    assert cat.source == DATA_DIR
    assert len(cat.services) >= len(REQUIRED_CODES)
    assert re.fullmatch(r"[0-9a-f]{12}", cat.version)
    assert load_catalogue().version == cat.version  # same files, same version
    files = sorted(p.stem for p in DATA_DIR.glob("*.json"))
    assert sorted(s.code for s in cat.services) == files
    assert cat.services[0].code == "asp"
    orders = [json.loads((DATA_DIR / f"{s.code}.json").read_text("utf-8"))["order"] for s in cat]
    assert orders == sorted(orders)


def test_every_required_code_is_present(cat: Catalogue) -> None:
    missing = REQUIRED_CODES - {s.code for s in cat.services}
    assert not missing
    for code in REQUIRED_CODES:
        assert cat.get(code).code == code
        assert code in cat


def test_accepted_services_have_akim_routes_with_steps(cat: Catalogue) -> None:
    accepted = cat.accepted()
    assert {s.code for s in accepted} == {
        "asp",
        "asp-certificate",
        "social-aid-local",
        "fuel-aid",
        "child-allowance",
    }
    for s in accepted:
        route = s.routes["akim"]
        assert route.channel == "akim"
        assert route.steps, s.code
        assert "akim" in s.channels
        assert route.steps[0].actor == "akimat", s.code  # the office registers it


def test_services_not_taken_here_say_where_to_go(cat: Catalogue) -> None:
    others = [s for s in cat.services if not s.accepted_here]
    assert len(others) >= 4
    for s in others:
        assert s.refer_to is not None, s.code
        assert "akim" not in s.routes, s.code
        assert s.routes["department"].steps, s.code


def test_names_are_really_kazakh_and_russian(cat: Catalogue) -> None:
    for s in cat.services:
        assert KAZAKH_LETTERS & set(s.name.kk.lower()), f"{s.code}: {s.name.kk}"
        for where, text in _texts(s):
            assert not KAZAKH_LETTERS & set(text.ru.lower()), f"{s.code} {where}: {text.ru}"
            assert text.kk != text.ru, f"{s.code} {where}"
            assert re.search("[а-яё]", text.kk.lower()), f"{s.code} {where}: not Cyrillic"


def test_limits_units_actors_are_known(cat: Catalogue) -> None:
    for s in cat.services:
        for ch, route in s.routes.items():
            assert ch in CHANNELS
            assert route.total.unit in UNITS and route.total.amount > 0
            for step in route.steps:
                assert step.actor in ACTORS
                assert step.limit.unit in UNITS and step.limit.amount > 0


def test_legal_basis_points_at_real_seed_lines(cat: Catalogue) -> None:
    if not SEEDS.is_dir():
        pytest.skip("shared/seeds is not next to this checkout")
    lengths = {p.name[:3]: len(p.read_text("utf-8").splitlines()) for p in SEEDS.glob("*.txt")}
    for s in cat.services:
        for lb in s.legal_basis:
            m = re.fullmatch(r"(\d{3}):(\d+)(?:-(\d+))?", lb.seed)
            assert m, f"{s.code}: {lb.seed}"
            first, last = int(m[2]), int(m[3] or m[2])
            assert m[1] in lengths, f"{s.code}: {lb.seed}"
            assert 1 <= first <= last <= lengths[m[1]], f"{s.code}: {lb.seed}"


def test_asp_steps_follow_002_table(cat: Catalogue) -> None:
    asp = cat.get("asp")
    assert asp.means_tested and not asp.same_day
    akim = asp.routes["akim"]
    assert (akim.total.amount, akim.total.unit) == (22, "working_days")
    assert [(s.limit.amount, s.limit.unit) for s in akim.steps] == [
        (15, "minutes"),  # register, talon
        (30, "minutes"),  # akim's resolution
        (1, "working_days"),  # to the commission
        (5, "working_days"),  # inspection, act, conclusion
        (14, "working_days"),  # akim forwards to the department
        (1, "working_days"),  # department decides
        (30, "minutes"),  # signs
        (15, "minutes"),  # registers
        (1, "working_days"),  # sends the result to the akim
        (15, "minutes"),  # akim issues against a receipt
    ]
    assert _wd_sum(asp, "akim") == 22
    assert [s.actor for s in akim.steps].count("commission") == 1
    dept = asp.routes["department"]
    assert (dept.total.amount, dept.total.unit) == (7, "working_days")
    assert _wd_sum(asp, "department") == 7
    assert {"application", "identity_document", "family_composition", "income"} <= {
        d.code for d in asp.documents if d.required
    }
    assert {"income_above_line", "false_information", "inspection_refused"} <= {
        g.code for g in asp.refusal_grounds
    }
    assert {r.code for r in asp.result_types} == {"notice", "refusal"}


def test_asp_certificate_is_same_day(cat: Catalogue) -> None:
    c = cat.get("asp-certificate")
    assert c.same_day and c.accepted_here
    akim = c.routes["akim"]
    assert (akim.total.amount, akim.total.unit) == (15, "minutes")
    assert [(s.limit.amount, s.limit.unit) for s in akim.steps] == [(5, "minutes")] * 3
    assert {r.code for r in c.result_types} == {"belongs", "does_not_belong"}
    assert not c.refusal_grounds


def test_social_aid_local_extension_and_one_hour_transfer(cat: Catalogue) -> None:
    s = cat.get("social-aid-local")
    akim = s.routes["akim"]
    assert (akim.total.amount, akim.total.unit) == (8, "working_days")
    [ext] = akim.extensions
    assert ext.code == "missing_documents"
    assert ext.total is not None and (ext.total.amount, ext.total.unit) == (20, "working_days")
    hour = [st for st in akim.steps if st.limit.unit == "hours"]
    assert [(st.code, st.limit.amount, st.actor) for st in hour] == [("to_akim", 1, "department")]
    assert akim.steps[-1].actor == "akimat"
    assert "commission" in {st.actor for st in akim.steps}


def test_fuel_aid_child_allowance_housing(cat: Catalogue) -> None:
    fuel = cat.get("fuel-aid")
    assert fuel.routes["akim"].total.amount == 14
    assert fuel.routes["department"].total.amount == 9
    assert {lb.seed[:3] for lb in fuel.legal_basis} == {"004", "001"}

    child = cat.get("child-allowance")
    assert child.means_tested
    assert (child.routes["akim"].total.amount, child.routes["akim"].total.unit) == (
        22,
        "working_days",
    )
    assert "commission" in {st.actor for st in child.routes["akim"].steps}

    housing = cat.get("housing-aid")
    assert not housing.accepted_here and housing.refer_to is not None
    assert "ХҚКО" in housing.refer_to.kk and "ЦОН" in housing.refer_to.ru
    assert (housing.routes["department"].total.amount, housing.routes["department"].total.unit) == (
        7,
        "calendar_days",
    )

    queue = cat.get("housing-queue").routes["department"]
    assert (queue.total.amount, queue.total.unit) == (25, "calendar_days")
    excluded = [st for st in queue.steps if st.excluded_from_term]
    assert [(st.code, st.actor) for st in excluded] == [("to_department", "state_corporation")]


def test_excluded_steps_only_where_a_seed_says_so(cat: Catalogue) -> None:
    marked = {
        s.code
        for s in cat.services
        for r in s.routes.values()
        for st in r.steps
        if st.excluded_from_term
    }
    assert marked == {"housing-queue"}


# --- Catalogue: get, accepted, search --------------------------------------------------------


def test_get_unknown_code(cat: Catalogue) -> None:
    with pytest.raises(UnknownServiceError) as info:
        cat.get("no-such-service")
    assert isinstance(info.value, KeyError)
    assert info.value.code == "no-such-service"
    assert "no-such-service" in str(info.value)
    assert "unknown service" in str(info.value)


@pytest.mark.parametrize(
    "query",
    [
        "атаулы әлеуметтік көмек тағайындау",  # Kazakh fragment
        "АТАУЛЫ",  # upper case
        "адресной социальной помощи",  # Russian fragment
        "aтaулы",  # Latin a
        "Мемлекеттiк атаулы",  # Latin i for і
        "cоциальной пoмощи",  # Latin c, o
        "  атаулы   көмек  ",  # stray spaces
        "ASP",  # the code
    ],
)
def test_search_finds_asp(cat: Catalogue, query: str) -> None:
    found = [s.code for s in cat.search(query)]
    assert "asp" in found
    assert "housing-aid" not in found


def test_search_ranks_exact_code_first_and_filters(cat: Catalogue) -> None:
    assert cat.search("asp")[0].code == "asp"
    assert [s.code for s in cat.search("жилищной помощи")] == ["housing-aid"]
    assert [s.code for s in cat.search("тұрғын үй көмегін")] == ["housing-aid"]
    assert cat.search("отын") == [cat.get("fuel-aid")]
    assert cat.search("zzz-nothing") == []
    assert cat.search("   ") == list(cat.services)
    # Every word must match somewhere, not necessarily side by side.
    assert [s.code for s in cat.search("справки адресной")] == ["asp-certificate"]


# --- fold ------------------------------------------------------------------------------------


def test_fold_lowercases_and_keeps_kazakh_letters() -> None:
    assert fold("АТАУЛЫ") == "атаулы"
    assert fold("ӘҒҚҢӨҰҮҺІ") == "әғқңөұүһі"
    assert fold("Ёлка") == "елка"


def test_fold_maps_latin_lookalikes() -> None:
    assert fold("Mемлекеттiк") == fold("Мемлекеттік") == "мемлекеттік"
    assert fold("AKIM") == fold("акім")
    assert fold("Hə") == "һә"
    assert fold("copy") == "сору"
    assert fold("b") == "b"  # lower-case b does not look like в
    assert fold("Ж-123") == "ж-123"


def test_fold_table_targets_cyrillic_only() -> None:
    assert set("iaoecpxykhmt") <= set(LOOKALIKES)
    assert "b" not in LOOKALIKES
    for src, dst in LOOKALIKES.items():
        assert src == src.casefold()
        assert "CYRILLIC" in unicodedata.name(dst), (src, dst)


def test_fold_is_idempotent_and_length_preserving() -> None:
    for text in ["Сейтқали Әсел", "SEITKALI", "Mixed Текст ёЁ", "Әлеуметтiк"]:
        assert fold(fold(text)) == fold(text)
        assert len(fold(text)) == len(text)


# --- the loader refuses bad files ------------------------------------------------------------


def _text(kk: str, ru: str) -> dict[str, str]:
    return {"kk": kk, "ru": ru}


def _step(code: str, amount: int = 1, unit: str = "working_days") -> dict[str, Any]:
    return {
        "code": code,
        "name": _text(f"Қадам {code}", f"Шаг {code}"),
        "actor": "akimat",
        "limit": {"amount": amount, "unit": unit},
        "excluded_from_term": False,
    }


def valid_service(code: str = "asp") -> dict[str, Any]:
    return {
        "code": code,
        "order": 10,
        "name": _text("Атаулы әлеуметтік көмек", "Адресная социальная помощь"),
        "accepted_here": True,
        "means_tested": True,
        "same_day": False,
        "refer_to": None,
        "legal_basis": [{"title": _text("Регламент", "Регламент услуги"), "seed": "002:1-2"}],
        "channels": ["akim", "department"],
        "routes": {
            "akim": {
                "total": {"amount": 22, "unit": "working_days"},
                "steps": [_step("intake", 15, "minutes"), _step("review", 20), _step("issue")],
                "extensions": [
                    {
                        "code": "missing_documents",
                        "name": _text("Құжаттар жетіспейді", "Не хватает документов"),
                        "total": {"amount": 30, "unit": "working_days"},
                        "add": None,
                    }
                ],
            },
            "department": {
                "total": {"amount": 7, "unit": "working_days"},
                "steps": [_step("review", 7)],
            },
        },
        "documents": [
            {"code": "application", "name": _text("Өтініш", "Заявление"), "required": True},
            {"code": "identity", "name": _text("Жеке куәлік", "Удостоверение")},
        ],
        "result_types": [{"code": "notice", "name": _text("Хабарлама", "Уведомление")}],
        "refusal_grounds": [
            {"code": "income_above_line", "name": _text("Табыс жоғары", "Доход выше черты")},
            {"code": "false_information", "name": _text("Дәйексіз", "Недостоверные сведения")},
        ],
    }


def write(folder: Path, data: Any, name: str | None = None) -> Path:
    path = folder / (name or f"{data['code']}.json")
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def refused(folder: Path) -> CatalogueError:
    with pytest.raises(CatalogueError) as info:
        load_catalogue(folder)
    return info.value


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A mutation that sets `value` at a dotted path with [i] indexes ('...' deletes)."""
    keys: list[str | int] = [int(k) if k.isdigit() else k for k in re.findall(r"[^.\[\]]+", path)]

    def apply(data: dict[str, Any]) -> None:
        node: Any = data
        for k in keys[:-1]:
            node = node[k]
        if value is ...:
            del node[keys[-1]]
        else:
            node[keys[-1]] = value

    return apply


BAD = [
    pytest.param(_set("name", ...), "name", "required field is missing", id="missing"),
    pytest.param(
        _set("routes.akim.steps[1].limit", ...),
        "routes.akim.steps[1].limit",
        "missing",
        id="missing-step-limit",
    ),
    pytest.param(
        _set("accepted_here", "yes"),
        "accepted_here",
        "expected true or false, got a string",
        id="type-bool",
    ),
    pytest.param(_set("channels", "akim"), "channels", "expected a list", id="type-list"),
    pytest.param(
        _set("routes.akim", []), "routes.akim", "expected an object, got a list", id="type-object"
    ),
    pytest.param(
        _set("routes.akim.steps[0].limit.amount", "15"),
        "routes.akim.steps[0].limit.amount",
        "whole number",
        id="type-amount",
    ),
    pytest.param(
        _set("routes.akim.total.amount", True),
        "routes.akim.total.amount",
        "whole number",
        id="bool-amount",
    ),
    pytest.param(
        _set("routes.akim.steps[1].limit.amount", 1.5),
        "routes.akim.steps[1].limit.amount",
        "whole number",
        id="float-amount",
    ),
    pytest.param(
        _set("routes.akim.steps[1].limit.amount", 0),
        "routes.akim.steps[1].limit.amount",
        "positive",
        id="zero-amount",
    ),
    pytest.param(
        _set("routes.department.total.amount", -7),
        "routes.department.total.amount",
        "positive",
        id="negative-amount",
    ),
    pytest.param(_set("acepted_here", True), "acepted_here", "unknown field", id="unknown-top"),
    pytest.param(
        _set("routes.akim.steps[2].excluded_from_trem", True),
        "routes.akim.steps[2].excluded_from_trem",
        "unknown field",
        id="unknown-step",
    ),
    pytest.param(_set("name.en", "Aid"), "name.en", "unknown field", id="unknown-text"),
    pytest.param(
        _set("routes.akim.steps[2].limit.unit", "days"),
        "routes.akim.steps[2].limit.unit",
        "unknown unit 'days'",
        id="unit",
    ),
    pytest.param(
        _set("routes.akim.total.unit", "months"),
        "routes.akim.total.unit",
        "unknown unit",
        id="total-unit",
    ),
    pytest.param(
        _set("channels", ["akim", "tson"]), "channels[1]", "unknown channel 'tson'", id="channel"
    ),
    pytest.param(
        _set("routes.portal", {}), "routes.portal", "unknown channel 'portal'", id="route-key"
    ),
    pytest.param(
        _set("routes.akim.steps[0].actor", "akim"),
        "routes.akim.steps[0].actor",
        "unknown actor 'akim'",
        id="actor",
    ),
    pytest.param(
        _set("routes.akim.steps[2].code", "intake"),
        "routes.akim.steps[2].code",
        "duplicate code 'intake'",
        id="dup-step",
    ),
    pytest.param(
        _set("documents[1].code", "application"),
        "documents[1].code",
        "duplicate code 'application'",
        id="dup-document",
    ),
    pytest.param(
        _set("refusal_grounds[1].code", "income_above_line"),
        "refusal_grounds[1].code",
        "duplicate code",
        id="dup-ground",
    ),
    pytest.param(
        _set("channels", ["akim", "akim"]), "channels[1]", "listed twice", id="dup-channel"
    ),
    pytest.param(
        _set("channels", ["akim"]),
        "routes.department",
        "not listed in channels",
        id="route-not-in-channels",
    ),
    pytest.param(
        _set("routes.department", ...), "channels[1]", "has no route", id="channel-without-route"
    ),
    pytest.param(
        _set("accepted_here", False),
        "refer_to",
        "required when accepted_here is false",
        id="not-accepted-no-refer",
    ),
    pytest.param(
        lambda d: (d["channels"].remove("akim"), d["routes"].pop("akim")),
        "routes.akim",
        "required when accepted_here is true",
        id="accepted-no-akim",
    ),
    pytest.param(_set("name.kk", ""), "name.kk", "must not be empty", id="empty-kk"),
    pytest.param(
        _set("routes.akim.steps[0].name.ru", "   "),
        "routes.akim.steps[0].name.ru",
        "must not be empty",
        id="blank-ru",
    ),
    pytest.param(
        lambda d: d.update(accepted_here=False, refer_to=_text("ХҚКО", "")),
        "refer_to.ru",
        "must not be empty",
        id="empty-refer",
    ),
    pytest.param(
        _set("routes.department.steps", []),
        "routes.department.steps",
        "must not be empty",
        id="no-steps",
    ),
    pytest.param(_set("legal_basis", []), "legal_basis", "must not be empty", id="no-legal-basis"),
    pytest.param(
        _set("routes.akim.extensions[0].total", None),
        "routes.akim.extensions[0]",
        "needs a new 'total' or an 'add'",
        id="extension-empty",
    ),
    pytest.param(
        _set("same_day", True), "routes.akim.total.unit", "minutes or hours", id="same-day-in-days"
    ),
    pytest.param(
        _set("routes.akim.steps[0].code", "Intake Step"),
        "routes.akim.steps[0].code",
        "lower-case",
        id="bad-code",
    ),
    pytest.param(_set("order", "10"), "order", "whole number", id="order-type"),
]


@pytest.mark.parametrize(("mutate", "field", "reason"), BAD)
def test_refuses_bad_field(
    tmp_path: Path, mutate: Callable[[dict[str, Any]], None], field: str, reason: str
) -> None:
    data = copy.deepcopy(valid_service())
    mutate(data)
    write(tmp_path, data, "asp.json")
    err = refused(tmp_path)
    assert (err.file, err.field) == ("asp.json", field)
    assert reason in err.reason
    assert str(err) == f"asp.json: {field}: {err.reason}"
    assert isinstance(err, ValueError)
    assert err.path == tmp_path / "asp.json"


def test_valid_service_loads(tmp_path: Path) -> None:
    # The base of every refusal test is itself valid, so each refusal is the mutation's.
    write(tmp_path, valid_service())
    svc = load_catalogue(tmp_path).get("asp")
    assert svc.routes["akim"].steps[2].code == "issue"
    assert svc.routes["akim"].extensions[0].total is not None
    assert svc.documents[1].required is True  # default
    assert svc.routes["department"].extensions == ()
    assert svc.routes["department"].channel == "department"


def test_refuses_invalid_json_with_line_and_column(tmp_path: Path) -> None:
    (tmp_path / "asp.json").write_text('{\n  "code": "asp",\n  "name": ,\n}\n', encoding="utf-8")
    err = refused(tmp_path)
    assert (err.file, err.field) == ("asp.json", "$")
    assert "invalid JSON at line 3, column 11" in err.reason


def test_refuses_a_key_given_twice(tmp_path: Path) -> None:
    text = json.dumps(valid_service(), ensure_ascii=False)
    text = text.replace('"same_day": false', '"same_day": false, "same_day": true')
    (tmp_path / "asp.json").write_text(text, encoding="utf-8")
    err = refused(tmp_path)
    assert (err.field, err.reason) == ("same_day", "key appears twice in the same object")


def test_refuses_non_utf8_and_accepts_bom(tmp_path: Path) -> None:
    text = json.dumps(valid_service(), ensure_ascii=False, indent=2)
    (tmp_path / "asp.json").write_bytes(text.encode("utf-8-sig"))
    assert load_catalogue(tmp_path).get("asp").name.kk == "Атаулы әлеуметтік көмек"

    # Saved in the old Windows Cyrillic code page (Kazakh letters lost): not UTF-8.
    (tmp_path / "asp.json").write_bytes(text.encode("cp1251", errors="replace"))
    err = refused(tmp_path)
    assert (err.file, err.field) == ("asp.json", "$")
    assert "not UTF-8" in err.reason


def test_refuses_file_name_that_does_not_match_code(tmp_path: Path) -> None:
    write(tmp_path, valid_service(), "asp-2026.json")
    err = refused(tmp_path)
    assert (err.file, err.field) == ("asp-2026.json", "code")
    assert "does not match the file name" in err.reason


def test_refuses_duplicate_service_code_across_files(tmp_path: Path) -> None:
    write(tmp_path, valid_service(), "asp.json")
    write(tmp_path, valid_service(), "asp-copy.json")
    err = refused(tmp_path)
    assert (err.file, err.field) == ("asp-copy.json", "code")
    assert err.reason == "duplicate service code 'asp' (also in asp.json)"


def test_refuses_empty_or_missing_folder(tmp_path: Path) -> None:
    err = refused(tmp_path)
    assert "no service files" in err.reason
    err = refused(tmp_path / "nowhere")
    assert "not found" in err.reason


def test_order_then_code_and_hidden_files_ignored(tmp_path: Path) -> None:
    for code, order in [("zeta", 1), ("beta", None), ("alpha", None), ("mid", 5)]:
        data = valid_service(code)
        data["name"]["ru"] = "Услуга beta"
        if order is None:
            del data["order"]
        else:
            data["order"] = order
        write(tmp_path, data)
    (tmp_path / "._zeta.json").write_bytes(b"\x00\x05\x16\x07 Mac OS X resource fork")
    (tmp_path / "notes.txt").write_text("not a service", encoding="utf-8")
    cat = load_catalogue(str(tmp_path))
    assert [s.code for s in cat.services] == ["zeta", "mid", "alpha", "beta"]
    # All four have «beta» in the name; the one whose code is «beta» comes first.
    assert [s.code for s in cat.search("beta")] == ["beta", "zeta", "mid", "alpha"]


def test_an_office_update_loads_and_changes_the_version(tmp_path: Path, cat: Catalogue) -> None:
    folder = tmp_path / "catalogue"
    shutil.copytree(DATA_DIR, folder, ignore=shutil.ignore_patterns("*.py", "*.md"))
    same = load_catalogue(folder)
    assert same.version == cat.version
    assert [s.code for s in same] == [s.code for s in cat]

    path = folder / "housing-aid.json"
    data = json.loads(path.read_text("utf-8"))
    data["routes"]["department"]["total"] = {"amount": 10, "unit": "calendar_days"}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    updated = load_catalogue(folder)
    assert updated.version != cat.version
    assert updated.get("housing-aid").routes["department"].total.amount == 10
    assert cat.get("housing-aid").routes["department"].total.amount == 7
