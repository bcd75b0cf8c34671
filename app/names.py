"""Realistic Kazakh and Russian names for the demo office and the benchmarks."""

from __future__ import annotations

import random

KZ_SURNAMES_M = [
    "Әбдіғалиев",
    "Ахметов",
    "Бекмұханбетов",
    "Жұмабаев",
    "Қасымов",
    "Нұрланов",
    "Оспанов",
    "Сейітқазиев",
    "Төлеуов",
    "Ұлықбеков",
    "Үмбетов",
    "Ілиясов",
    "Серікбаев",
    "Ғабитов",
    "Дәулетов",
    "Ержанов",
    "Қайратов",
    "Мұхамеджанов",
    "Өтегенов",
    "Шәкенов",
    "Тұрсынов",
    "Байжанов",
    "Есенов",
    "Құдайбергенов",
    "Сәрсенбаев",
    "Омаров",
    "Жақыпов",
    "Һамитов",
]
KZ_NAMES_M = [
    "Айбек",
    "Ерлан",
    "Нұрсұлтан",
    "Дәурен",
    "Қанат",
    "Серік",
    "Болат",
    "Ғалым",
    "Асқар",
    "Мұрат",
    "Бауыржан",
    "Жандос",
    "Ерболат",
    "Өмірзақ",
    "Құдайберген",
    "Тәлғат",
    "Ілияс",
]
KZ_NAMES_F = [
    "Гүлнұр",
    "Айгүл",
    "Әсел",
    "Жанар",
    "Динара",
    "Мөлдір",
    "Аружан",
    "Ұлжан",
    "Гүлмира",
    "Салтанат",
    "Қарлығаш",
    "Назерке",
    "Әйгерім",
    "Балжан",
    "Сәуле",
    "Үміт",
    "Індира",
]
RU_SURNAMES_M = [
    "Иванов",
    "Петров",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Васильев",
    "Соколов",
    "Михайлов",
    "Новиков",
    "Фёдоров",
    "Морозов",
    "Волков",
    "Ким",
    "Пак",
    "Шевченко",
    "Бондаренко",
]
RU_NAMES_M = ["Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Николай", "Виктор"]
RU_NAMES_F = ["Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Анна"]
KZ_FATHER = ["Серік", "Болат", "Қанат", "Ержан", "Мұрат", "Асқар", "Нұрлан", "Дәулет"]
RU_FATHER = ["Иван", "Сергей", "Пётр", "Николай", "Виктор", "Михаил"]
VILLAGES = ["Қосшы", "Тайтөбе", "Ақжар", "Жібек жолы", "Шұбар", "Қоянды", "Талапкер"]
STREETS = ["Абай", "Бейбітшілік", "Тәуелсіздік", "Жастар", "Орталық", "Мектеп", "Достық"]


def _ru_patronymic(father: str, female: bool) -> str:
    stem = {"Пётр": "Петр"}.get(father, father)
    if stem.endswith("й"):
        return stem[:-1] + ("евна" if female else "евич")
    return stem + ("овна" if female else "ович")


def _kz_female_surname(surname: str) -> str:
    for suffix in ("ов", "ев", "ин"):
        if surname.endswith(suffix):
            return surname + "а"
    return surname


def person(rng: random.Random) -> tuple[str, str, str, str]:
    """(surname, name, patronymic, sex "M"/"F") — about four in five Kazakh, as in a village."""
    female = rng.random() < 0.6  # most applicants for family benefits are women
    if rng.random() < 0.8:
        surname = rng.choice(KZ_SURNAMES_M)
        if female:
            surname = _kz_female_surname(surname)
        name = rng.choice(KZ_NAMES_F if female else KZ_NAMES_M)
        patronymic = rng.choice(KZ_FATHER) + ("қызы" if female else "ұлы")
    else:
        surname = rng.choice(RU_SURNAMES_M)
        if female and surname not in ("Ким", "Пак", "Шевченко", "Бондаренко"):
            surname += "а"
        name = rng.choice(RU_NAMES_F if female else RU_NAMES_M)
        patronymic = _ru_patronymic(rng.choice(RU_FATHER), female)
    return surname, name, patronymic, "F" if female else "M"


def address(rng: random.Random) -> str:
    return f"{rng.choice(VILLAGES)} а., {rng.choice(STREETS)} к-сі, {rng.randint(1, 120)}"


def phone(rng: random.Random) -> str:
    return f"+7 7{rng.choice('0157')}{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
