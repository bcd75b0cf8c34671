"""The act's JSON shape: every refusal names its field path and the reason in ru and kk;
the documentation, the JSON Schema and the validator agree."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.commission import (
    ACT_FIELDS,
    CONCLUSION_FIELDS,
    DWELLING_FIELDS,
    FAMILY_FIELDS,
    INCOME_FIELDS,
    INCOME_KINDS,
    PLOT_FIELDS,
    ActValidationError,
    validate_act,
)
from db.models import CommissionMember

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 3, 1)
IIN = "791028302728"
BAD_CHECK_DIGIT = "791028302729"


def _members() -> list[CommissionMember]:
    return [
        CommissionMember(id=1, seq=0, full_name="Ахметов А.Б.", role="chair"),
        CommissionMember(id=2, seq=1, full_name="Серікова Г.Н.", role="secretary"),
    ]


def _person(**over: Any) -> dict[str, Any]:
    return {"surname": "Әбілқайыров", "name": "Нұрлан", "relation": "заявитель", **over}


def _refused(data: Any, **kw: Any) -> ActValidationError:
    with pytest.raises(ActValidationError) as exc:
        validate_act(data, today=TODAY, **kw)
    return exc.value


@pytest.mark.parametrize(
    ("data", "path", "ru", "kk"),
    [
        ({"salary": 1}, "salary", "неизвестное поле", "белгісіз өріс"),
        (
            {"family": [_person(), _person(iin=IIN, salary=5)]},
            "family[1].salary",
            "неизвестное поле",
            "белгісіз өріс",
        ),
        ({"dwelling": {"floor": 2}}, "dwelling.floor", "неизвестное поле", "белгісіз өріс"),
        ({"place": 12}, "place", "ожидается строка", "мәтін керек"),
        ({"family": {"surname": "X"}}, "family", "ожидается список", "тізім"),
        ({"dwelling": {"rooms": "three"}}, "dwelling.rooms", "целое число", "бүтін сан"),
        ({"dwelling": {"rooms": True}}, "dwelling.rooms", "целое число", "бүтін сан"),
        ({"plot": {"cattle": -1}}, "plot.cattle", "отрицательным", "теріс"),
        ({"dwelling": {"area": "большая"}}, "dwelling.area", "не число", "сан емес"),
        ({"plot": {"land_area": -0.5}}, "plot.land_area", "значение не может", "мәні теріс"),
        ({"visit_date": "31.02.2026"}, "visit_date", "неверная дата", "күні дұрыс емес"),
        ({"visit_date": "2026/02/10"}, "visit_date", "неверная дата", "күні дұрыс емес"),
        ({"visit_date": "2026-03-02"}, "visit_date", "в будущем", "болашақта"),
        (
            {"family": [_person(birth_date="2027-01-01")]},
            "family[0].birth_date",
            "в будущем",
            "болашақта",
        ),
        (
            {"family": [_person(incomes=[{"kind": "wage", "monthly_amount": -100}])]},
            "family[0].incomes[0].monthly_amount",
            "не может быть отрицательной",
            "теріс болмайды",
        ),
        (
            {"family": [_person(incomes=[{"kind": "wage", "monthly_amount": "-85 000"}])]},
            "family[0].incomes[0].monthly_amount",
            "не может быть отрицательной",
            "теріс болмайды",
        ),
        (
            {"family": [_person(), _person(incomes=[{"kind": "wage", "monthly_amount": "много"}])]},
            "family[1].incomes[0].monthly_amount",
            "не сумма",
            "сома емес",
        ),
        (
            {"family": [_person(incomes=[{"kind": "wage", "monthly_amount": "85.000,50"}])]},
            "family[0].incomes[0].monthly_amount",
            "не сумма",
            "сома емес",
        ),
        (
            {"family": [_person(incomes=[{"kind": "wage", "monthly_amount": "100,505"}])]},
            "family[0].incomes[0].monthly_amount",
            "2 знаков после запятой",
            "2 таңба",
        ),
        (
            {"family": [_person(incomes=[{"kind": "wage"}])]},
            "family[0].incomes[0].monthly_amount",
            "обязательное поле",
            "міндетті өріс",
        ),
        (
            {"family": [_person(incomes=[{"kind": "lottery", "monthly_amount": 1}])]},
            "family[0].incomes[0].kind",
            "неизвестный вид дохода",
            "табыс түрі белгісіз",
        ),
        (
            {"family": [_person(), _person(), _person(iin=BAD_CHECK_DIGIT)]},
            "family[2].iin",
            "Контрольная цифра ИИН",
            "ЖСН бақылау цифры",
        ),
        (
            {"family": [_person(iin="7910283027")]},
            "family[0].iin",
            "12 цифр",
            "12 цифрдан",
        ),
        (
            {"family": [_person(iin=IIN), _person(iin="7910 2830 2728")]},
            "family[1].iin",
            "уже указан",
            "жолында бар",
        ),
        (
            {"family": [_person(relation=None)]},
            "family[0].relation",
            "обязательное поле",
            "міндетті өріс",
        ),
        (
            {"family": [_person(relation="  ")]},
            "family[0].relation",
            "обязательное поле",
            "міндетті өріс",
        ),
        ({"family": [_person(surname="")]}, "family[0].surname", "обязательное", "міндетті"),
        ({"outcome": "absent"}, "outcome", "неизвестный исход", "нәтижесі белгісіз"),
        ({"outcome": "Inspected"}, "outcome", "неизвестный исход", "нәтижесі белгісіз"),
        (
            {"conclusion": {"needs_assistance": "yes", "reasons": "x"}},
            "conclusion.needs_assistance",
            "true или false",
            "true немесе false",
        ),
        (
            {"conclusion": {"needs_assistance": False}},
            "conclusion.reasons",
            "обязательное поле",
            "міндетті өріс",
        ),
        ({"place": "ы" * 301}, "place", "слишком длинно", "тым ұзын"),
        ([1, 2], "$", "ожидается объект", "объект"),
    ],
)
def test_each_refusal_names_its_field_and_reason(data: Any, path: str, ru: str, kk: str) -> None:
    err = _refused(data)
    assert err.path == path, err.paths
    assert ru in err.ru and kk in err.kk
    # The message shows the path in both languages, so the secretary finds the field.
    assert err.ru.startswith(f"{path}: ") and err.kk.startswith(f"{path}: ")


@pytest.mark.parametrize(
    ("present", "path", "ru", "kk"),
    [
        (
            ["Ахметов А.Б.", "Иванов И.И."],
            "members_present[1]",
            "не входит в состав",
            "құрамында жоқ",
        ),
        ([1, 7], "members_present[1]", "не входит в состав", "құрамында жоқ"),
        (["Ахметов А.Б.", 1], "members_present[1]", "указан(а) дважды", "екі рет"),
        (["Ахметов А.Б.", ""], "members_present[1]", "обязательное", "міндетті"),
        ([["Ахметов"]], "members_present[0]", "ожидается строка", "мәтін керек"),
    ],
)
def test_member_not_in_the_commission(present: list, path: str, ru: str, kk: str) -> None:
    err = _refused({"members_present": present}, members=_members())
    assert err.path == path
    assert ru in err.ru and kk in err.kk


def test_members_match_by_name_loosely_or_by_id() -> None:
    # Latin "A" typed for Cyrillic "А", a space after an initial, lower case.
    act = validate_act({"members_present": ["Aхметов А. Б.", 2]}, members=_members(), today=TODAY)
    assert act.member_ids == (1, 2)


def test_all_problems_are_reported_at_once() -> None:
    err = _refused(
        {
            "visit_date": "вчера",
            "family": [_person(iin=BAD_CHECK_DIGIT), _person(relation="")],
            "extra": True,
        }
    )
    assert set(err.paths) == {"visit_date", "family[0].iin", "family[1].relation", "extra"}
    assert len(err.ru.splitlines()) == 4


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (85000, "85000.00"),
        (85000.5, "85000.50"),
        ("85 000,50", "85000.50"),
        ("85\u00a0000,50", "85000.50"),
        ("85000.5", "85000.50"),
        ("85 000 ₸", "85000.00"),
        ("0", "0.00"),
    ],
)
def test_amounts_in_the_ways_people_write_them(raw: Any, expected: str) -> None:
    act = validate_act(
        {"family": [_person(incomes=[{"kind": "wage", "monthly_amount": raw}])]}, today=TODAY
    )
    assert act.family[0].incomes[0].monthly_amount == Decimal(expected)


def test_a_valid_act_is_typed_and_remembers_which_keys_were_given() -> None:
    act = validate_act(
        {
            "visit_date": "10.02.2026",
            "outcome": "evaded",
            "family": [_person(iin="7910 2830 2728", birth_date="1979-10-28")],
            "plot": {"cattle": "2"},
            "vehicles": None,
        },
        today=TODAY,
    )
    assert act.visit_date == date(2026, 2, 10)
    assert act.outcome == "evaded"
    assert act.family[0].iin == IIN
    assert act.plot is not None and act.plot.cattle == 2 and act.plot.horses == 0
    assert act.given == {"visit_date", "outcome", "family", "plot", "vehicles"}
    assert act.member_ids is None  # nothing to resolve against


def test_income_period_months_are_not_input() -> None:
    # Computed fields (per-capita income, threshold, members count) are refused as input.
    err = _refused({"conclusion": {"needs_assistance": True, "reasons": "x", "per_capita": 1}})
    assert err.path == "conclusion.per_capita"


# --- documentation and schema agree with the validator ---------------------------------------


def _schema() -> dict[str, Any]:
    return json.loads((ROOT / "docs" / "schemas" / "act.schema.json").read_text("utf-8"))


def test_schema_lists_exactly_the_fields_the_validator_knows() -> None:
    schema = _schema()
    props = schema["properties"]
    defs = schema["$defs"]
    assert schema["additionalProperties"] is False
    assert set(props) == set(ACT_FIELDS)
    assert set(defs["familyMember"]["properties"]) == set(FAMILY_FIELDS)
    income = defs["familyMember"]["properties"]["incomes"]["items"]
    assert set(income["properties"]) == set(INCOME_FIELDS)
    assert income["properties"]["kind"]["enum"] == list(INCOME_KINDS)
    assert set(props["dwelling"]["properties"]) == set(DWELLING_FIELDS)
    assert set(props["plot"]["properties"]) == set(PLOT_FIELDS)
    assert set(props["conclusion"]["properties"]) == set(CONCLUSION_FIELDS)


def _doc() -> str:
    return (ROOT / "docs" / "act-json.md").read_text("utf-8")


def test_doc_describes_every_field() -> None:
    doc = _doc()
    for name in (*ACT_FIELDS, *FAMILY_FIELDS, *DWELLING_FIELDS, *PLOT_FIELDS, *INCOME_KINDS):
        assert f"`{name}`" in doc, name


def test_doc_example_is_a_valid_act() -> None:
    block = re.search(r"## Example\n\n```json\n(.*?)```", _doc(), re.S)
    assert block, "docs/act-json.md has no example"
    data = json.loads(block.group(1))
    act = validate_act(data, members=_members(), today=TODAY)
    assert act.member_ids == (1, 2)
    assert len(act.family) == 3
