"""ИИН (ЖСН) validation, DOMAIN.md §5.

Format and check digit are errors. Since 2013 the date digits need not match the birth
date, so a date or century mismatch is only a warning.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

_W1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_W2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)

# Century-and-sex digit: 1/2 → 1800s, 3/4 → 1900s, 5/6 → 2000s; odd = male, even = female.
_CENTURY = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}


@dataclass(frozen=True)
class Problem:
    code: str
    kk: str
    ru: str
    en: str


@dataclass(frozen=True)
class IinCheck:
    iin: str
    errors: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()
    birth_date: date | None = None
    sex: str | None = None  # "M" / "F"

    @property
    def valid(self) -> bool:
        return not self.errors

    def to_json(self) -> dict[str, object]:
        return {
            "iin": self.iin,
            "valid": self.valid,
            "errors": [
                {"code": p.code, "message": p.en, "ru": p.ru, "kk": p.kk} for p in self.errors
            ],
            "warnings": [
                {"code": p.code, "message": p.en, "ru": p.ru, "kk": p.kk} for p in self.warnings
            ],
            "birth_date": self.birth_date.isoformat() if self.birth_date else None,
            "sex": self.sex,
        }


def check_digit(first11: str) -> int | None:
    """The 12th digit for 11 given digits, or None when no valid ИИН can have them."""
    digits = [int(c) for c in first11]
    s = sum(d * w for d, w in zip(digits, _W1, strict=True)) % 11
    if s == 10:
        s = sum(d * w for d, w in zip(digits, _W2, strict=True)) % 11
        if s == 10:
            return None
    return s


def check_iin(raw: str, expected_birth_date: date | None = None) -> IinCheck:
    """Check an ИИН; spaces are tolerated because people read it out in groups."""
    iin = "".join(raw.split())
    if len(iin) != 12 or not iin.isascii() or not iin.isdigit():
        return IinCheck(
            iin,
            errors=(
                Problem(
                    "format",
                    "ЖСН 12 цифрдан тұруы керек",
                    "ИИН должен состоять из 12 цифр",
                    "An IIN has exactly 12 digits",
                ),
            ),
        )
    cd = check_digit(iin[:11])
    if cd is None or cd != int(iin[11]):
        return IinCheck(
            iin,
            errors=(
                Problem(
                    "check-digit",
                    "ЖСН бақылау цифры сәйкес келмейді: нөмір қате терілген",
                    "Контрольная цифра ИИН не сходится: номер введён с ошибкой",
                    "The IIN check digit does not match: the number was mistyped",
                ),
            ),
        )
    warnings: list[Problem] = []
    century_digit = int(iin[6])
    born: date | None = None
    sex: str | None = None
    if century_digit in _CENTURY:
        sex = "M" if century_digit % 2 else "F"
        try:
            born = date(_CENTURY[century_digit] + int(iin[0:2]), int(iin[2:4]), int(iin[4:6]))
        except ValueError:
            warnings.append(
                Problem(
                    "date",
                    "ЖСН-дағы алғашқы 6 цифр күн емес (2013 жылдан бері рұқсат етілген)",
                    "Первые 6 цифр ИИН не являются датой (допустимо с 2013 года)",
                    "The first 6 digits are not a date (allowed since 2013)",
                )
            )
    else:
        warnings.append(
            Problem(
                "century",
                "ЖСН-дағы 7-ші цифр (ғасыр мен жыныс) 1–6 аралығында емес",
                "7-я цифра ИИН (век и пол) не в диапазоне 1–6",
                "The 7th digit (century and sex) is not 1–6",
            )
        )
    if born and expected_birth_date and born != expected_birth_date:
        warnings.append(
            Problem(
                "birth-date-mismatch",
                "ЖСН-дағы күн туған күнмен сәйкес келмейді",
                "Дата в ИИН не совпадает с датой рождения",
                "The date in the IIN differs from the birth date",
            )
        )
    return IinCheck(iin, warnings=tuple(warnings), birth_date=born, sex=sex)


def make_iin(born: date, sex: str = "M", serial: int = 1) -> str:
    """Build a valid ИИН for a birth date (used by the demo data and tests)."""
    base = 3 if born.year < 2000 else 5
    if born.year < 1900:
        base = 1
    century = base + (0 if sex == "M" else 1)
    while True:
        first11 = f"{born:%y%m%d}{century}{serial % 10000:04d}"
        cd = check_digit(first11)
        if cd is not None:
            return first11 + str(cd)
        serial += 1
