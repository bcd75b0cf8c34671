from datetime import date

import pytest

from app.iin import check_digit, check_iin, make_iin


@pytest.mark.parametrize("iin", ["791028302728", "061211600012"])
def test_known_valid_examples(iin: str) -> None:
    result = check_iin(iin)
    assert result.valid, result.errors
    assert result.warnings == ()


def test_birth_date_and_sex_read_from_the_number() -> None:
    r = check_iin("791028302728")
    assert r.birth_date == date(1979, 10, 28)
    assert r.sex == "M"
    r2 = check_iin("061211600012")
    assert r2.birth_date == date(2006, 12, 11)
    assert r2.sex == "F"


@pytest.mark.parametrize(
    "bad", ["79102830272", "7910283027288", "79102830272A", "", "７９１０２８３０２７２８"]
)
def test_format_errors(bad: str) -> None:
    r = check_iin(bad)
    assert not r.valid
    assert r.errors[0].code == "format"
    assert "12" in r.errors[0].ru


def test_spaces_are_tolerated() -> None:
    assert check_iin("791028 302728").valid


def test_wrong_check_digit_is_an_error() -> None:
    r = check_iin("791028302729")
    assert not r.valid
    assert r.errors[0].code == "check-digit"
    assert "Контрольная цифра" in r.errors[0].ru
    assert "бақылау" in r.errors[0].kk


def test_second_weight_round() -> None:
    # Find 11 digits whose first weighted sum is 10, so the second weights decide.
    first11 = "00000000010"  # 1×10 = 10 → second round: 1×1 = 1
    assert check_digit(first11) == 1
    assert check_iin(first11 + "1").valid
    assert not check_iin(first11 + "0").valid


def test_never_issued_when_both_rounds_give_ten() -> None:
    # Search a prefix where both sums are 10: such a number can never be valid.
    for n in range(10**6):
        first11 = f"85010130{n:03d}"[:11]
        if check_digit(first11) is None:
            assert all(not check_iin(first11 + str(d)).valid for d in range(10))
            return
    pytest.fail("no never-issued prefix found")


def test_date_mismatch_is_only_a_warning() -> None:
    iin = make_iin(date(1990, 2, 3), "F", 55)
    r = check_iin(iin, expected_birth_date=date(1990, 3, 2))
    assert r.valid
    assert [w.code for w in r.warnings] == ["birth-date-mismatch"]


def test_impossible_date_digits_are_a_warning() -> None:
    # 13th month: allowed since 2013 (the digits need not be a date).
    first11 = "901301" + "3" + "0001"
    cd = check_digit(first11)
    assert cd is not None
    r = check_iin(first11 + str(cd))
    assert r.valid
    assert [w.code for w in r.warnings] == ["date"]


def test_century_digit_out_of_range_is_a_warning() -> None:
    first11 = "901010" + "0" + "0001"
    cd = check_digit(first11)
    if cd is None:
        first11 = "901010" + "0" + "0002"
        cd = check_digit(first11)
    r = check_iin(first11 + str(cd))
    assert r.valid
    assert [w.code for w in r.warnings] == ["century"]


def test_make_iin_round_trip() -> None:
    for born, sex in ((date(1955, 1, 1), "M"), (date(2004, 7, 9), "F"), (date(1899, 12, 31), "F")):
        iin = make_iin(born, sex, 7)
        r = check_iin(iin)
        assert r.valid and r.birth_date == born and r.sex == sex
