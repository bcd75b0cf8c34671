"""Collect the interface's strings into translations/qabyldau_{kk,ru}.ts and fill them in.

    python translations/update.py          # lupdate over ui/**/*.py, then fill from KK/RU below
    python translations/update.py --check  # exit 1 if a message has no finished translation

lupdate keeps translations already in a .ts file (from Qt Linguist or an earlier run); the
dictionaries below are the reviewed texts and win over what the file holds. A numerus message
(`tr("%n …", "", n)`) takes a list: Kazakh has two forms in Qt, Russian three (1, 2–4, 5+).
Then `python translations/build.py` compiles the .qm files the program loads.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
LANGUAGES = ("kk", "ru")

Texts = dict[tuple[str, str], str | list[str]]

KK: Texts = {
    # --- main window ---
    ("MainWindow", "Number, IIN, surname, name…"): "Нөмір, ЖСН, тегі, аты…",
    ("MainWindow", "All services"): "Барлық қызметтер",
    ("MainWindow", "All statuses"): "Барлық мәртебелер",
    ("MainWindow", "Period:"): "Кезең:",
    ("MainWindow", "Overdue only"): "Тек мерзімі өткендер",
    ("MainWindow", "&File"): "&Файл",
    ("MainWindow", "&New application…"): "&Жаңа өтініш…",
    ("MainWindow", "&Quit"): "&Шығу",
    ("MainWindow", "&View"): "&Түр",
    ("MainWindow", "&Refresh"): "&Жаңарту",
    ("MainWindow", "&Help"): "&Анықтама",
    ("MainWindow", "&About Qabyldau…"): "Бағдарлама &туралы…",
    ("MainWindow", "(office not set up)"): "(кеңсе бапталмаған)",
    ("MainWindow", "Staff: {name}"): "Қызметкер: {name}",
    ("MainWindow", "Applications: {count}"): "Өтініштер: {count}",
    ("MainWindow", "Applications: over {count}"): "Өтініштер: {count}-ден астам",
    ("MainWindow", "Overdue: over {count}"): "Мерзімі өткен: {count}-ден астам",
    ("MainWindow", "%n overdue"): ["Мерзімі өткен: %n", "Мерзімі өткен: %n"],
    (
        "MainWindow",
        "<b>Қабылдау</b> {version}<br><br>Registering applications for social-protection "
        "services at a rural akim's office, offline.",
    ): "<b>Қабылдау</b> {version}<br><br>Ауылдық округ әкімі аппаратында әлеуметтік қорғау "
    "қызметтеріне берілген өтініштерді Интернетсіз тіркеу.",
    ("MainWindow", "About Qabyldau"): "Бағдарлама туралы",
    # --- register table ---
    ("RegisterModel", "No."): "№",
    ("RegisterModel", "Registered"): "Тіркелген күні",
    ("RegisterModel", "Applicant"): "Өтініш беруші",
    ("RegisterModel", "IIN"): "ЖСН",
    ("RegisterModel", "Service"): "Қызмет",
    ("RegisterModel", "Status"): "Мәртебесі",
    ("RegisterModel", "Next due"): "Келесі мерзім",
    ("RegisterModel", "Overdue"): "Мерзімі өтті",
    ("RegisterModel", "Due today"): "Мерзімі бүгін",
    # --- statuses (ui/labels.py) ---
    ("Status", "Registered"): "Тіркелді",
    ("Status", "At the commission"): "Комиссияда",
    ("Status", "Inspection act drawn up"): "Тексеру актісі жасалды",
    ("Status", "In an outgoing packet"): "Жөнелтілетін топтамада",
    ("Status", "Sent to the department"): "Бөлімге жіберілді",
    ("Status", "Decided"): "Шешім қабылданды",
    ("Status", "Ready for issue"): "Беруге дайын",
    ("Status", "Refused to accept"): "Қабылдаудан бас тартылды",
    ("Status", "Issued"): "Берілді",
    ("Status", "Closed"): "Жабылды",
    # --- start-up ---
    ("Startup", "Qabyldau"): "Қабылдау",
    ("Startup", "The office is not set up"): "Кеңсе бапталмаған",
    (
        "Startup",
        "This computer has no office set up yet.\n\n"
        "Set it up with the command\n"
        "    qabyldau init\n"
        "(its options: qabyldau init --help)\n\n"
        "or try the program on sample data:\n"
        "    qabyldau gui --demo",
    ): "Бұл компьютерде кеңсе әлі бапталмаған.\n\n"
    "Оны мына командамен баптаңыз:\n"
    "    qabyldau init\n"
    "(параметрлері: qabyldau init --help)\n\n"
    "немесе бағдарламаны үлгі деректермен байқап көріңіз:\n"
    "    qabyldau gui --demo",
}

RU: Texts = {
    # --- main window ---
    ("MainWindow", "Number, IIN, surname, name…"): "Номер, ИИН, фамилия, имя…",
    ("MainWindow", "All services"): "Все услуги",
    ("MainWindow", "All statuses"): "Все статусы",
    ("MainWindow", "Period:"): "Период:",
    ("MainWindow", "Overdue only"): "Только просроченные",
    ("MainWindow", "&File"): "&Файл",
    ("MainWindow", "&New application…"): "&Новое заявление…",
    ("MainWindow", "&Quit"): "&Выход",
    ("MainWindow", "&View"): "&Вид",
    ("MainWindow", "&Refresh"): "&Обновить",
    ("MainWindow", "&Help"): "&Справка",
    ("MainWindow", "&About Qabyldau…"): "&О программе…",
    ("MainWindow", "(office not set up)"): "(офис не настроен)",
    ("MainWindow", "Staff: {name}"): "Сотрудник: {name}",
    ("MainWindow", "Applications: {count}"): "Заявлений: {count}",
    ("MainWindow", "Applications: over {count}"): "Заявлений: более {count}",
    ("MainWindow", "Overdue: over {count}"): "Просрочено: более {count}",
    ("MainWindow", "%n overdue"): ["Просрочено: %n", "Просрочено: %n", "Просрочено: %n"],
    (
        "MainWindow",
        "<b>Қабылдау</b> {version}<br><br>Registering applications for social-protection "
        "services at a rural akim's office, offline.",
    ): "<b>Қабылдау</b> {version}<br><br>Регистрация заявлений на услуги социальной защиты "
    "в аппарате акима сельского округа, без Интернета.",
    ("MainWindow", "About Qabyldau"): "О программе",
    # --- register table ---
    ("RegisterModel", "No."): "№",
    ("RegisterModel", "Registered"): "Дата регистрации",
    ("RegisterModel", "Applicant"): "Заявитель",
    ("RegisterModel", "IIN"): "ИИН",
    ("RegisterModel", "Service"): "Услуга",
    ("RegisterModel", "Status"): "Статус",
    ("RegisterModel", "Next due"): "Ближайший срок",
    ("RegisterModel", "Overdue"): "Просрочено",
    ("RegisterModel", "Due today"): "Срок сегодня",
    # --- statuses (ui/labels.py) ---
    ("Status", "Registered"): "Зарегистрировано",
    ("Status", "At the commission"): "В комиссии",
    ("Status", "Inspection act drawn up"): "Акт обследования составлен",
    ("Status", "In an outgoing packet"): "В пакете на отправку",
    ("Status", "Sent to the department"): "Направлено в отдел",
    ("Status", "Decided"): "Решение принято",
    ("Status", "Ready for issue"): "Готово к выдаче",
    ("Status", "Refused to accept"): "Отказано в приеме",
    ("Status", "Issued"): "Выдано",
    ("Status", "Closed"): "Закрыто",
    # --- start-up ---
    ("Startup", "Qabyldau"): "Қабылдау",
    ("Startup", "The office is not set up"): "Офис не настроен",
    (
        "Startup",
        "This computer has no office set up yet.\n\n"
        "Set it up with the command\n"
        "    qabyldau init\n"
        "(its options: qabyldau init --help)\n\n"
        "or try the program on sample data:\n"
        "    qabyldau gui --demo",
    ): "На этом компьютере офис ещё не настроен.\n\n"
    "Настройте его командой\n"
    "    qabyldau init\n"
    "(её параметры: qabyldau init --help)\n\n"
    "или попробуйте программу на примерах:\n"
    "    qabyldau gui --demo",
}

# Strings of the other windows (case card, intake dialog, printing): one row per message,
# (context, English source, Kazakh, Russian), merged into KK and RU below.
OTHER_WINDOWS: list[tuple[str, str, str, str]] = [
    ("CaseAction", "Registered", "Тіркелді", "Зарегистрировано"),
    (
        "CaseAction",
        "Refused to accept (receipt)",
        "Қабылдаудан бас тартылды (қолхат)",
        "Отказано в приеме (расписка)",
    ),
    ("CaseAction", "Akim's resolution", "Әкімнің бұрыштамасы", "Резолюция акима"),
    ("CaseAction", "Sent to the commission", "Комиссияға жіберілді", "Передано в комиссию"),
    ("CaseAction", "Inspection act", "Тексеру актісі", "Акт обследования"),
    ("CaseAction", "Commission's conclusion", "Комиссияның қорытындысы", "Заключение комиссии"),
    (
        "CaseAction",
        "Put in an outgoing packet",
        "Жөнелтілетін топтамаға қосылды",
        "Включено в пакет на отправку",
    ),
    ("CaseAction", "Sent to the department", "Бөлімге жіберілді", "Направлено в отдел"),
    ("CaseAction", "Decision recorded", "Шешім тіркелді", "Решение зарегистрировано"),
    ("CaseAction", "Result issued", "Нәтиже берілді", "Результат выдан"),
    ("CaseAction", "Status changed", "Мәртебесі өзгерді", "Статус изменён"),
    ("CaseAction", "Changed", "Өзгертілді", "Изменено"),
    ("CaseCard", "Application No. {number}", "№ {number} өтініш", "Заявление № {number}"),
    (
        "CaseCard",
        "Application No. {number} of {date}",
        "{date} күнгі № {number} өтініш",
        "Заявление № {number} от {date}",
    ),
    ("CaseCard", "Service", "Қызмет", "Услуга"),
    ("CaseCard", "Status", "Мәртебесі", "Статус"),
    ("CaseCard", "{date} (overdue)", "{date} (мерзімі өтті)", "{date} (просрочено)"),
    ("CaseCard", "Result due", "Қызметті алатын күні", "Дата получения услуги"),
    ("CaseCard", "Applicant", "Өтініш беруші", "Заявитель"),
    ("CaseCard", "IIN", "ЖСН", "ИИН"),
    ("CaseCard", "Birth date", "Туған күні", "Дата рождения"),
    ("CaseCard", "Address", "Мекенжайы", "Адрес"),
    ("CaseCard", "Phone", "Телефоны", "Телефон"),
    ("CaseCard", "Representative", "Өкілі", "Представитель"),
    ("CaseCard", "Accepted by", "Қабылдаған", "Принял(а)"),
    ("CaseCard", "Notes", "Ескертпе", "Примечание"),
    ("CaseCard", "Steps and deadlines", "Кезеңдер мен мерзімдер", "Этапы и сроки"),
    ("CaseCard", "Documents", "Құжаттар", "Документы"),
    ("CaseCard", "History", "Тарихы", "История"),
    (
        "CaseCard",
        "Reprint refusal receipt",
        "Бас тарту қолхатын қайта басып шығару",
        "Повторно напечатать расписку об отказе",
    ),
    ("CaseCard", "Reprint talon", "Талонды қайта басып шығару", "Повторно напечатать талон"),
    ("CaseCard", "Close", "Жабу", "Закрыть"),
    ("CaseCard", "Step", "Кезең", "Этап"),
    ("CaseCard", "Due", "Мерзімі", "Срок"),
    ("CaseCard", "Done", "Орындалды", "Выполнено"),
    ("CaseCard", "(not counted in the term)", "(мерзімге кірмейді)", "(не входит в срок)"),
    ("CaseCard", "Document", "Құжат", "Документ"),
    ("CaseCard", "Required", "Міндетті", "Обязательный"),
    ("CaseCard", "Brought", "Тапсырылды", "Представлен"),
    ("CaseCard", "yes", "иә", "да"),
    ("CaseCard", "no", "жоқ", "нет"),
    ("CaseCard", "What", "Әрекет", "Действие"),
    ("CaseCard", "When", "Қашан", "Когда"),
    ("CaseCard", "Who", "Кім", "Кто"),
    ("CaseCard", "Talon", "Талон", "Талон"),
    (
        "CaseCard",
        "The document could not be written: {error}",
        "Құжатты жазу мүмкін болмады: {error}",
        "Не удалось записать документ: {error}",
    ),
    (
        "CaseCard",
        "Refusal receipt No. {number}",
        "№ {number} бас тарту қолхаты",
        "Расписка об отказе № {number}",
    ),
    ("CaseCard", "Talon No. {number}", "№ {number} талон", "Талон № {number}"),
    ("IntakeDialog", "New application", "Жаңа өтініш", "Новое заявление"),
    (
        "IntakeDialog",
        "Search by name in Kazakh or Russian",
        "Қазақша немесе орысша атауы бойынша іздеу",
        "Поиск по названию на казахском или русском",
    ),
    ("IntakeDialog", "Service", "Қызмет", "Услуга"),
    (
        "IntakeDialog",
        "Required documents are in bold. Tick what the applicant brought.",
        "Міндетті құжаттар жуан қаріппен берілген. Өтініш беруші әкелген құжаттарды белгілеңіз.",
        "Обязательные документы выделены жирным. Отметьте те, что принёс заявитель.",
    ),
    (
        "IntakeDialog",
        "Another document, as written on it",
        "Басқа құжат, онда жазылғандай",
        "Другой документ, как он назван",
    ),
    ("IntakeDialog", "Add document", "Құжат қосу", "Добавить документ"),
    ("IntakeDialog", "Documents brought", "Тапсырылған құжаттар", "Представленные документы"),
    ("IntakeDialog", "12 digits", "12 цифр", "12 цифр"),
    ("IntakeDialog", "Applicant", "Өтініш беруші", "Заявитель"),
    ("IntakeDialog", "IIN", "ЖСН", "ИИН"),
    ("IntakeDialog", "Surname", "Тегі", "Фамилия"),
    ("IntakeDialog", "Name", "Аты", "Имя"),
    ("IntakeDialog", "Patronymic", "Әкесінің аты", "Отчество"),
    ("IntakeDialog", "Birth date", "Туған күні", "Дата рождения"),
    ("IntakeDialog", "Address", "Мекенжайы", "Адрес"),
    ("IntakeDialog", "Phone", "Телефоны", "Телефон"),
    (
        "IntakeDialog",
        "Double-click to open the case",
        "Істі ашу үшін екі рет шертіңіз",
        "Дважды щёлкните, чтобы открыть дело",
    ),
    ("IntakeDialog", "Already on file", "Дерекқорда бар", "Уже есть в базе"),
    (
        "IntakeDialog",
        "Applies through a representative",
        "Өкіл арқылы өтініш береді",
        "Обращается через представителя",
    ),
    ("IntakeDialog", "Full name", "Толық аты-жөні", "ФИО"),
    ("IntakeDialog", "Power of attorney No.", "Сенімхат №", "Доверенность №"),
    ("IntakeDialog", "Power of attorney date", "Сенімхаттың күні", "Дата доверенности"),
    ("IntakeDialog", "Register", "Тіркеу", "Зарегистрировать"),
    ("IntakeDialog", "Refusal receipt…", "Бас тарту қолхаты…", "Расписка об отказе…"),
    (
        "IntakeDialog",
        "Do not accept: print a receipt listing the missing documents",
        "Қабылдамау: жетіспейтін құжаттар тізімі бар қолхатты басып шығару",
        "Не принимать: напечатать расписку с перечнем недостающих документов",
    ),
    ("IntakeDialog", "Cancel", "Болдырмау", "Отмена"),
    (
        "IntakeDialog",
        "Close; what you typed is kept as a draft",
        "Жабу; енгізілгендер жоба ретінде сақталады",
        "Закрыть; введённое сохранится как черновик",
    ),
    (
        "IntakeDialog",
        "No service matches this search.",
        "Бұл іздеуге сәйкес қызмет жоқ.",
        "Нет услуг по этому запросу.",
    ),
    (
        "IntakeDialog",
        "Not accepted at the akim's office. Refer the resident: {where}",
        "Әкім аппаратында қабылданбайды. Тұрғынды жіберіңіз: {where}",
        "Не принимается в аппарате акима. Направьте жителя: {where}",
    ),
    ("IntakeDialog", "Chosen: {service}", "Таңдалды: {service}", "Выбрано: {service}"),
    ("IntakeDialog", "Required", "Міндетті", "Обязательный"),
    (
        "IntakeDialog",
        "{name}, born {born}. Open cases:",
        "{name}, туған күні {born}. Ашық өтініштері:",
        "{name}, дата рождения {born}. Открытые заявления:",
    ),
    (
        "IntakeDialog",
        "{name}, born {born}. No open cases.",
        "{name}, туған күні {born}. Ашық өтініштері жоқ.",
        "{name}, дата рождения {born}. Открытых заявлений нет.",
    ),
    ("IntakeDialog", "{n} of 12 digits", "12 цифрдың {n}", "{n} из 12 цифр"),
    ("IntakeDialog", "Choose a service.", "Қызметті таңдаңыз.", "Выберите услугу."),
    (
        "IntakeDialog",
        "Enter the representative's full name.",
        "Өкілдің толық аты-жөнін енгізіңіз.",
        "Введите ФИО представителя.",
    ),
    (
        "IntakeDialog",
        "Required documents not ticked: {names}. Tick them if brought, or give the refusal receipt.",
        "Міндетті құжаттар белгіленбеген: {names}. Әкелінген болса, белгілеңіз немесе бас тарту қолхатын беріңіз.",
        "Не отмечены обязательные документы: {names}. Отметьте их, если они представлены, или выдайте расписку об отказе.",
    ),
    ("IntakeDialog", "Refusal receipt", "Бас тарту қолхаты", "Расписка об отказе"),
    (
        "IntakeDialog",
        "The application will not be accepted. The journal records the refusal and the applicant gets a receipt listing the missing documents:\n{names}\n\nContinue?",
        "Өтініш қабылданбайды. Журналға бас тарту жазылады, ал өтініш берушіге жетіспейтін құжаттар тізімі бар қолхат беріледі:\n{names}\n\nЖалғастырасыз ба?",
        "Заявление не будет принято. В журнале регистрируется отказ, заявителю выдаётся расписка с перечнем недостающих документов:\n{names}\n\nПродолжить?",
    ),
    ("IntakeDialog", "Possible duplicate", "Қайталануы мүмкін", "Возможный дубликат"),
    (
        "IntakeDialog",
        "Register another application anyway?",
        "Бәрібір тағы бір өтініш тіркелсін бе?",
        "Всё равно зарегистрировать ещё одно заявление?",
    ),
    ("IntakeDialog", "Not registered", "Тіркелмеді", "Не зарегистрировано"),
    ("IntakeDialog", "Talon", "Талон", "Талон"),
    (
        "IntakeDialog",
        "Application No. {number} is registered, but the document could not be made: {error}. Reprint it from the case card.",
        "№ {number} өтініш тіркелді, бірақ құжатты жасау мүмкін болмады: {error}. Оны іс картасынан қайта басып шығарыңыз.",
        "Заявление № {number} зарегистрировано, но документ не удалось сформировать: {error}. Напечатайте его повторно из карточки дела.",
    ),
    (
        "IntakeDialog",
        "Refusal receipt No. {number} is ready",
        "№ {number} бас тарту қолхаты дайын",
        "Расписка об отказе № {number} готова",
    ),
    (
        "IntakeDialog",
        "Talon No. {number} is ready",
        "№ {number} талон дайын",
        "Талон № {number} готов",
    ),
    (
        "IntakeDialog",
        "Continue the unfinished application from {time}?",
        "{time} басталған аяқталмаған өтінішті жалғастырасыз ба?",
        "Продолжить незавершённое заявление от {time}?",
    ),
    ("IntakeDialog", "Unfinished application", "Аяқталмаған өтініш", "Незавершённое заявление"),
    ("Printing", "Save as PDF", "PDF ретінде сақтау", "Сохранить как PDF"),
    ("Printing", "PDF documents (*.pdf)", "PDF құжаттары (*.pdf)", "Документы PDF (*.pdf)"),
    (
        "Printing",
        "Could not save the file: {error}",
        "Файлды сақтау мүмкін болмады: {error}",
        "Не удалось сохранить файл: {error}",
    ),
    ("Printing", "Saved to: {path}", "Сақталды: {path}", "Сохранено: {path}"),
    ("Printing", "Print…", "Басып шығару…", "Печать…"),
    ("Printing", "Save as PDF…", "PDF ретінде сақтау…", "Сохранить как PDF…"),
    ("Printing", "Close", "Жабу", "Закрыть"),
    (
        "Printing",
        "No program to open PDF files was found. The document is saved at:\n{path}",
        "PDF файлдарын ашатын бағдарлама табылмады. Құжат мына жерде сақталды:\n{path}",
        "Не найдена программа для открытия PDF-файлов. Документ сохранён здесь:\n{path}",
    ),
]
for _ctx, _src, _kk, _ru in OTHER_WINDOWS:
    KK[(_ctx, _src)] = _kk
    RU[(_ctx, _src)] = _ru


TEXTS: dict[str, Texts] = {"kk": KK, "ru": RU}


def tool(name: str) -> str:
    """A PySide6 tool (pyside6-lupdate, pyside6-lrelease): next to this Python, else on PATH."""
    for folder in (Path(sys.executable).parent, Path(sys.executable).parent / "Scripts"):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: pip install PySide6-Essentials")
    return found


def sources() -> list[Path]:
    return sorted((ROOT / "ui").rglob("*.py"))


def ts_path(lang: str, folder: Path = TS_DIR) -> Path:
    return folder / f"qabyldau_{lang}.ts"


def run_lupdate(ts_files: list[Path]) -> None:
    """Merge the strings of every ui/ source into the .ts files (dropping vanished ones)."""
    cmd = [tool("pyside6-lupdate"), *map(str, sources())]
    cmd += ["-locations", "relative", "-no-obsolete", "-ts", *map(str, ts_files)]
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    """(context name, <message> element) for every message of a .ts file."""
    root = ET.parse(ts).getroot()
    return [
        (ctx.findtext("name", ""), msg)
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def fill(ts: Path, texts: Texts) -> list[tuple[str, str]]:
    """Write `texts` into the .ts file; returns (context, source) of messages still unfinished."""
    tree = ET.parse(ts)
    root = tree.getroot()
    missing: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for ctx in root.iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            source = msg.findtext("source", "")
            translation = msg.find("translation")
            if translation is None:
                translation = ET.SubElement(msg, "translation")
            text = texts.get((name, source))
            seen.add((name, source))
            if text is not None:
                _set(translation, text, numerus=msg.get("numerus") == "yes", where=(name, source))
            elif translation.get("type") == "unfinished":
                missing.append((name, source))
    for ctx_name, source in sorted(set(texts) - seen):
        print(f"{ts.name}: no longer in the sources [{ctx_name}] {source!r}", file=sys.stderr)
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def _set(translation: ET.Element, text: str | list[str], *, numerus: bool, where: object) -> None:
    translation.attrib.pop("type", None)
    if numerus:
        forms = translation.findall("numerusform")
        if not isinstance(text, list) or len(text) != len(forms):
            raise SystemExit(f"{where}: needs a list of {len(forms)} plural forms")
        for form, value in zip(forms, text, strict=True):
            form.text = value
    else:
        if not isinstance(text, str):
            raise SystemExit(f"{where}: not a plural message, give one string")
        translation.text = text


def unfinished(ts: Path) -> list[tuple[str, str]]:
    out = []
    for ctx, msg in messages(ts):
        tr = msg.find("translation")
        if tr is None or tr.get("type") == "unfinished":
            out.append((ctx, msg.findtext("source", "")))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report unfinished messages")
    args = parser.parse_args(argv)
    files = [ts_path(lang) for lang in LANGUAGES]
    problems = 0
    if not args.check:
        run_lupdate(files)
    for lang, ts in zip(LANGUAGES, files, strict=True):
        missing = unfinished(ts) if args.check else fill(ts, TEXTS[lang])
        for ctx, source in missing:
            print(f"{ts.name}: untranslated [{ctx}] {source!r}", file=sys.stderr)
        problems += len(missing)
    if not args.check:
        run_lupdate(files)  # once more, so the files keep lupdate's own layout (small diffs)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
