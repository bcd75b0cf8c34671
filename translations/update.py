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
    ("MainWindow", "Print &journal…"): "&Журналды басып шығару…",
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
    ("MainWindow", "Print &journal…"): "Печать &журнала…",
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
    ("Printing", "Print preview", "Басып шығаруды алдын ала қарау", "Предварительный просмотр"),
    (
        "Printing",
        "Print preview…",
        "Басып шығаруды алдын ала қарау…",
        "Предварительный просмотр…",
    ),
    (
        "Printing",
        "Open in PDF viewer",
        "PDF қарау бағдарламасында ашу",
        "Открыть в программе просмотра PDF",
    ),
    (
        "Printing",
        "The document could not be shown for printing: {error}",
        "Құжатты басып шығару үшін көрсету мүмкін болмады: {error}",
        "Не удалось показать документ для печати: {error}",
    ),
    ("Printing", "Save as PDF…", "PDF ретінде сақтау…", "Сохранить как PDF…"),
    ("Printing", "Close", "Жабу", "Закрыть"),
    (
        "Printing",
        "No program to open PDF files was found. The document is saved at:\n{path}",
        "PDF файлдарын ашатын бағдарлама табылмады. Құжат мына жерде сақталды:\n{path}",
        "Не найдена программа для открытия PDF-файлов. Документ сохранён здесь:\n{path}",
    ),
    ("JournalDialog", "Registration journal", "Тіркеу журналы", "Журнал регистрации"),
    ("JournalDialog", "PDF, for printing", "PDF, басып шығару үшін", "PDF, для печати"),
    ("JournalDialog", "Excel workbook (XLSX)", "Excel кітабы (XLSX)", "Книга Excel (XLSX)"),
    ("JournalDialog", "Make journal", "Журналды жасау", "Сформировать журнал"),
    ("JournalDialog", "Close", "Жабу", "Закрыть"),
    ("JournalDialog", "Period from:", "Кезеңнің басы:", "Начало периода:"),
    ("JournalDialog", "Period to:", "Кезеңнің соңы:", "Конец периода:"),
    ("JournalDialog", "Format:", "Пішімі:", "Формат:"),
    (
        "JournalDialog",
        "The period starts after it ends.",
        "Кезеңнің басы оның соңынан кейін тұр.",
        "Начало периода позже его конца.",
    ),
    ("JournalDialog", "Making the journal…", "Журнал жасалуда…", "Журнал формируется…"),
    ("JournalDialog", "Saved to: {path}", "Сақталды: {path}", "Сохранено: {path}"),
    (
        "JournalDialog",
        "Registration journal for {period} is ready",
        "{period} кезеңіндегі тіркеу журналы дайын",
        "Журнал регистрации за {period} готов",
    ),
    (
        "JournalDialog",
        "Save the journal as Excel",
        "Журналды Excel ретінде сақтау",
        "Сохранить журнал в Excel",
    ),
    (
        "JournalDialog",
        "Excel workbooks (*.xlsx)",
        "Excel кітаптары (*.xlsx)",
        "Книги Excel (*.xlsx)",
    ),
    (
        "JournalDialog",
        "Could not save the file: {error}",
        "Файлды сақтау мүмкін болмады: {error}",
        "Не удалось сохранить файл: {error}",
    ),
    (
        "JournalDialog",
        "The journal could not be written: {error}",
        "Журналды жазу мүмкін болмады: {error}",
        "Не удалось записать журнал: {error}",
    ),
    (
        "JournalDialog",
        "The journal could not be made: {error}",
        "Журналды жасау мүмкін болмады: {error}",
        "Не удалось сформировать журнал: {error}",
    ),
]
# The district commission's windows (commission and thresholds, waiting list, act editor).
COMMISSION_WINDOWS: list[tuple[str, str, str, str]] = [
    ("MainWindow", "&District commission", "&Учаскелік комиссия", "&Участковая комиссия"),
    (
        "MainWindow",
        "Commission and &thresholds…",
        "Комиссия және табыс &шектері…",
        "Комиссия и &пороги дохода…",
    ),
    (
        "MainWindow",
        "&Waiting for inspection…",
        "&Тексеруді күтетін өтініштер…",
        "&Ожидают обследования…",
    ),
    ("CaseCard", "Commission step", "Комиссия кезеңі", "Этап комиссии"),
    ("CaseCard", "Send to commission", "Комиссияға жіберу", "Направить в комиссию"),
    (
        "CaseCard",
        "Refer the case to the district commission for the inspection act",
        "Тексеру актісін жасау үшін өтінішті учаскелік комиссияға жіберу",
        "Направить дело в участковую комиссию для акта обследования",
    ),
    ("CaseCard", "Inspection act…", "Тексеру актісі…", "Акт обследования…"),
    ("CaseCard", "not referred yet", "әлі жіберілмеген", "ещё не направлено"),
    ("CaseCard", "act done {date}", "акт жасалды {date}", "акт составлен {date}"),
    (
        "CaseCard",
        "act due {date} (overdue)",
        "акт мерзімі {date} (мерзімі өтті)",
        "срок акта {date} (просрочено)",
    ),
    ("CaseCard", "act due {date}", "акт мерзімі {date}", "срок акта {date}"),
    (
        "CaseCard",
        "Not sent to the commission",
        "Комиссияға жіберілмеді",
        "Не направлено в комиссию",
    ),
    ("CaseCard", "Sent to the commission", "Комиссияға жіберілді", "Направлено в комиссию"),
    (
        "CaseCard",
        "Application No. {number} is at the district commission. The inspection act is due "
        "by {date}.",
        "№ {number} өтініш учаскелік комиссияға жіберілді. Тексеру актісі {date} дейін "
        "жасалуы тиіс.",
        "Заявление № {number} направлено в участковую комиссию. Акт обследования нужно "
        "составить до {date}.",
    ),
    ("CaseCard", "Inspection act", "Тексеру актісі", "Акт обследования"),
    (
        "CommissionDialog",
        "District commission and thresholds",
        "Учаскелік комиссия және табыс шектері",
        "Участковая комиссия и пороги дохода",
    ),
    ("CommissionDialog", "District commission", "Учаскелік комиссия", "Участковая комиссия"),
    ("CommissionDialog", "Income thresholds", "Табыс шектері", "Пороги дохода"),
    ("CommissionDialog", "Close", "Жабу", "Закрыть"),
    (
        "CommissionDialog",
        "Commission in force",
        "Әрекет етіп тұрған комиссия",
        "Действующая комиссия",
    ),
    ("CommissionDialog", "Full name", "Аты-жөні", "ФИО"),
    ("CommissionDialog", "Role", "Рөлі", "Роль"),
    ("CommissionDialog", "Earlier commissions", "Бұрынғы комиссиялар", "Прежние комиссии"),
    ("CommissionDialog", "Decision", "Шешім", "Решение"),
    ("CommissionDialog", "Valid", "Әрекет ету мерзімі", "Срок действия"),
    ("CommissionDialog", "Members", "Құрамы", "Состав"),
    ("CommissionDialog", "New commission…", "Жаңа комиссия…", "Новая комиссия…"),
    (
        "CommissionDialog",
        "Enter the akim's decision that creates a new commission",
        "Жаңа комиссия құратын әкім шешімін енгізу",
        "Внести решение акима о создании новой комиссии",
    ),
    (
        "CommissionDialog",
        "New commission (akim's decision)",
        "Жаңа комиссия (әкім шешімі)",
        "Новая комиссия (решение акима)",
    ),
    (
        "CommissionDialog",
        "The commission in force until now stops the day before the new one starts; its acts "
        "keep the names of those who signed them.",
        "Қазіргі комиссия жаңасы басталардан бір күн бұрын өз әрекетін тоқтатады; оның "
        "актілерінде қол қойғандардың аты-жөні сақталады.",
        "Действующая комиссия прекращает работу за день до начала новой; в её актах остаются "
        "имена подписавших.",
    ),
    (
        "CommissionDialog",
        "Surname and initials",
        "Тегі және аты-жөнінің бас әріптері",
        "Фамилия и инициалы",
    ),
    ("CommissionDialog", "Add member", "Мүше қосу", "Добавить члена"),
    ("CommissionDialog", "Remove member", "Мүшені алып тастау", "Удалить члена"),
    ("CommissionDialog", "Save commission", "Комиссияны сақтау", "Сохранить комиссию"),
    ("CommissionDialog", "Cancel", "Болдырмау", "Отмена"),
    ("CommissionDialog", "Decision No.", "Шешім №", "Решение №"),
    ("CommissionDialog", "Decision date", "Шешім күні", "Дата решения"),
    ("CommissionDialog", "Valid from", "Әрекет ету басы", "Действует с"),
    ("CommissionDialog", "Threshold", "Шек", "Порог"),
    ("CommissionDialog", "Amount", "Сомасы", "Сумма"),
    ("CommissionDialog", "From", "Басы", "С"),
    ("CommissionDialog", "To", "Соңы", "По"),
    (
        "CommissionDialog",
        "Per-capita income is compared with the average of the thresholds in force on the "
        "first day of each month of the income period. A new threshold ends an open-ended "
        "earlier one of the same kind the day before it starts.",
        "Жан басына шаққандағы табыс табыс кезеңінің әр айының бірінші күні әрекет еткен "
        "шектердің орташа мәнімен салыстырылады. Жаңа шек сол түрдегі мерзімсіз бұрынғы "
        "шекті өзі басталардан бір күн бұрын аяқтайды.",
        "Среднедушевой доход сравнивается со средним значением порогов, действовавших на "
        "первое число каждого месяца периода исчисления дохода. Новый порог завершает "
        "бессрочный прежний порог того же вида за день до своего начала.",
    ),
    ("CommissionDialog", "Add a threshold", "Жаңа шек", "Новый порог"),
    (
        "CommissionDialog",
        "tenge per month, e.g. 45 000",
        "айына теңге, мысалы 45 000",
        "тенге в месяц, например 45 000",
    ),
    ("CommissionDialog", "until", "соңы", "по"),
    ("CommissionDialog", "Add threshold", "Шекті қосу", "Добавить порог"),
    ("CommissionDialog", "In force from", "Әрекет ету басы", "Действует с"),
    (
        "CommissionDialog",
        "from {start}, until a new decision",
        "{start} бастап, жаңа шешімге дейін",
        "с {start} до нового решения",
    ),
    (
        "CommissionDialog",
        "from {start} to {end}",
        "{start} бастап {end} дейін",
        "с {start} по {end}",
    ),
    (
        "CommissionDialog",
        "Akim's decision No. {number} of {date}",
        "Әкімнің {date} № {number} шешімі",
        "Решение акима № {number} от {date}",
    ),
    (
        "CommissionDialog",
        "No commission is in force today. Enter the akim's decision with “New commission…”.",
        "Бүгін әрекет ететін комиссия жоқ. Әкім шешімін «Жаңа комиссия…» батырмасымен енгізіңіз.",
        "Сегодня нет действующей комиссии. Внесите решение акима кнопкой «Новая комиссия…».",
    ),
    ("CommissionDialog", "e.g. Ахметов А.Б.", "мысалы, Ахметов А.Б.", "например, Ахметов А.Б."),
    ("CommissionDialog", "Commission not saved", "Комиссия сақталмады", "Комиссия не сохранена"),
    ("CommissionDialog", "Threshold not saved", "Шек сақталмады", "Порог не сохранён"),
    (
        "IncomesDialog",
        "Monthly incomes: {who}",
        "Айлық табыстар: {who}",
        "Ежемесячные доходы: {who}",
    ),
    (
        "IncomesDialog",
        "Tenge a month, averaged over the income period; empty means none.",
        "Табыс кезеңіндегі орташа айлық сома, теңгемен; бос болса — табыс жоқ.",
        "Тенге в месяц, в среднем за период исчисления дохода; пусто — дохода нет.",
    ),
    (
        "WaitingListDialog",
        "Waiting for inspection",
        "Тексеруді күтетін өтініштер",
        "Ожидают обследования",
    ),
    ("WaitingListDialog", "No.", "Тіркеу нөмірі", "Рег. номер"),
    ("WaitingListDialog", "Applicant", "Өтініш беруші", "Заявитель"),
    ("WaitingListDialog", "Service", "Қызмет", "Услуга"),
    ("WaitingListDialog", "Referred", "Комиссияға жіберілді", "Направлено в комиссию"),
    ("WaitingListDialog", "Act due", "Акт мерзімі", "Срок акта"),
    (
        "WaitingListDialog",
        "Double-click a case to open its inspection act",
        "Тексеру актісін ашу үшін өтінішті екі рет шертіңіз",
        "Дважды щёлкните по делу, чтобы открыть акт обследования",
    ),
    ("WaitingListDialog", "Inspection act…", "Тексеру актісі…", "Акт обследования…"),
    ("WaitingListDialog", "Close", "Жабу", "Закрыть"),
    ("WaitingListDialog", "{date} (overdue)", "{date} (мерзімі өтті)", "{date} (просрочено)"),
    (
        "WaitingListDialog",
        "No cases are waiting for the commission.",
        "Комиссияны күтіп тұрған өтініш жоқ.",
        "Нет дел, ожидающих комиссии.",
    ),
    (
        "WaitingListDialog",
        "Cases at the commission: {count}, overdue: {overdue}",
        "Комиссиядағы өтініштер: {count}, мерзімі өткені: {overdue}",
        "Дел в комиссии: {count}, просрочено: {overdue}",
    ),
    # --- the inspection act editor ---
    ("ActEditor", "Visit date", "Тексеру күні", "Дата обследования"),
    ("ActEditor", "Place of the visit", "Тексеру жүргізілген жер", "Место обследования"),
    ("ActEditor", "Outcome", "Тексеру нәтижесі", "Итог обследования"),
    (
        "ActEditor",
        "Members present",
        "Тексеруге қатысқан комиссия мүшелері",
        "Члены комиссии, участвовавшие в обследовании",
    ),
    (
        "ActEditor",
        "Address found at the visit",
        "Тексеру кезінде анықталған мекенжай",
        "Адрес, установленный при обследовании",
    ),
    ("ActEditor", "Family", "Отбасы", "Семья"),
    ("ActEditor", "Home", "Тұрғын үй", "Жильё"),
    (
        "ActEditor",
        "Household plot and livestock",
        "Жеке қосалқы шаруашылық және мал",
        "Личное подсобное хозяйство и скот",
    ),
    ("ActEditor", "Vehicles", "Көлік құралдары", "Транспортные средства"),
    ("ActEditor", "Other property", "Басқа мүлік", "Иное имущество"),
    ("ActEditor", "Other income of the family", "Отбасының басқа табысы", "Иные доходы семьи"),
    (
        "ActEditor",
        "Findings and remarks",
        "Комиссияның тұжырымдары мен ескертпелері",
        "Выводы и замечания комиссии",
    ),
    (
        "ActEditor",
        "The commission's own conclusion",
        "Комиссияның өз қорытындысы",
        "Собственное заключение комиссии",
    ),
    ("ActEditor", "Surname", "Тегі", "Фамилия"),
    ("ActEditor", "Name", "Аты", "Имя"),
    ("ActEditor", "Patronymic", "Әкесінің аты", "Отчество"),
    ("ActEditor", "Relation", "Туыстық қатынасы", "Кем приходится"),
    ("ActEditor", "Birth date", "Туған күні", "Дата рождения"),
    ("ActEditor", "IIN", "ЖСН", "ИИН"),
    ("ActEditor", "Occupation or study", "Жұмысы, оқуы", "Занятость, учёба"),
    ("ActEditor", "Incomes", "Табыстары", "Доходы"),
    ("ActEditor", "Total a month", "Барлығы", "Всего"),
    ("ActEditor", "Type of home", "Тұрғын үй түрі", "Тип жилья"),
    ("ActEditor", "Ownership", "Меншік нысаны", "Форма собственности"),
    ("ActEditor", "Rooms", "Бөлме саны", "Количество комнат"),
    ("ActEditor", "Total area, m²", "Жалпы ауданы, м²", "Общая площадь, м²"),
    ("ActEditor", "Utilities", "Коммуналдық жайлылықтар", "Коммунальные удобства"),
    ("ActEditor", "Condition", "Жағдайы", "Состояние"),
    ("ActEditor", "Land plot, ha", "Жер телімі, га", "Земельный участок, га"),
    ("ActEditor", "Cattle", "Ірі қара мал", "Крупный рогатый скот"),
    ("ActEditor", "Horses", "Жылқы", "Лошади"),
    ("ActEditor", "Sheep and goats", "Қой мен ешкі", "Овцы и козы"),
    ("ActEditor", "Camels", "Түйе", "Верблюды"),
    ("ActEditor", "Poultry", "Құс", "Птица"),
    ("ActEditor", "Needs assistance or not", "Көмекке мұқтаждығы", "Нуждаемость в помощи"),
    ("ActEditor", "Reasons", "Негіздемесі", "Обоснование"),
    (
        "ActEditor",
        "Inspection act: No. {number}, {applicant}",
        "Тексеру актісі: № {number}, {applicant}",
        "Акт обследования: № {number}, {applicant}",
    ),
    ("ActEditor", "Visit", "Тексеру", "Обследование"),
    ("ActEditor", "Family and incomes", "Отбасы және табыстар", "Семья и доходы"),
    ("ActEditor", "Home and property", "Тұрғын үй және мүлік", "Жильё и имущество"),
    ("ActEditor", "Conclusion", "Қорытынды", "Заключение"),
    ("ActEditor", "Save", "Сақтау", "Сохранить"),
    (
        "ActEditor",
        "Keep what is filled in; the act can be completed at another sitting",
        "Толтырылғанды сақтау; актіні келесі жолы аяқтауға болады",
        "Сохранить заполненное; акт можно завершить в другой раз",
    ),
    ("ActEditor", "Complete act", "Актіні аяқтау", "Завершить акт"),
    ("ActEditor", "Print act…", "Актіні басып шығару…", "Печать акта…"),
    ("ActEditor", "Save DOCX…", "DOCX ретінде сақтау…", "Сохранить DOCX…"),
    (
        "ActEditor",
        "The act as a Word document, to edit and sign on paper",
        "Акт Word құжаты ретінде: түзетіп, қағазда қол қою үшін",
        "Акт в виде документа Word: отредактировать и подписать на бумаге",
    ),
    ("ActEditor", "Close", "Жабу", "Закрыть"),
    (
        "ActEditor",
        "Close; unsaved changes are kept as a draft",
        "Жабу; сақталмаған өзгерістер жоба ретінде қалады",
        "Закрыть; несохранённые изменения останутся черновиком",
    ),
    (
        "ActEditor",
        "as registered: {address}",
        "тіркелгендегідей: {address}",
        "как при регистрации: {address}",
    ),
    (
        "ActEditor",
        "Commission members who took part (they sign the act)",
        "Тексеруге қатысқан комиссия мүшелері (актіге қол қояды)",
        "Члены комиссии, участвовавшие в обследовании (подписывают акт)",
    ),
    (
        "ActEditor",
        "Everyone living in the family, the applicant included. Incomes are tenge a month on "
        "average over the income period {start} – {end}; a member without income still counts.",
        "Өтініш берушіні қоса алғанда, отбасында тұратындардың барлығы. Табыстар — {start} – "
        "{end} табыс кезеңіндегі орташа айлық сома, теңгемен; табысы жоқ мүше де есепке "
        "алынады.",
        "Все, кто живёт в семье, включая заявителя. Доходы — в тенге в месяц, в среднем за "
        "период {start} – {end}; член семьи без дохода тоже учитывается.",
    ),
    ("ActEditor", "Add member", "Мүше қосу", "Добавить члена семьи"),
    ("ActEditor", "Remove member", "Мүшені алып тастау", "Удалить члена семьи"),
    ("ActEditor", "All incomes…", "Барлық табыстар…", "Все доходы…"),
    (
        "ActEditor",
        "Scholarship, alimony, farm and business income of the selected member",
        "Таңдалған мүшенің стипендиясы, алименті, қосалқы шаруашылық пен кәсіпкерлік табысы",
        "Стипендия, алименты, доходы от подсобного хозяйства и предпринимательства выбранного "
        "члена семьи",
    ),
    (
        "ActEditor",
        "electricity, gas, water, heating, sewerage…",
        "электр, газ, су, жылу, кәріз…",
        "электричество, газ, вода, отопление, канализация…",
    ),
    ("ActEditor", "head", "бас", "голов"),
    (
        "ActEditor",
        "make and year, or “none”",
        "маркасы мен жылы, немесе «жоқ»",
        "марка и год выпуска или «нет»",
    ),
    (
        "ActEditor",
        "Income not of one member (renting out, seasonal work…); not counted",
        "Бір мүшеге жатпайтын табыс (жалға беру, маусымдық жұмыс…); есепке кірмейді",
        "Доход, не относящийся к одному члену семьи (сдача в аренду, сезонная работа…); в "
        "расчёт не входит",
    ),
    ("ActEditor", "Property and other income", "Мүлік және басқа табыс", "Имущество и иные доходы"),
    (
        "ActEditor",
        "The commission states its own conclusion",
        "Комиссия өз қорытындысын береді",
        "Комиссия даёт собственное заключение",
    ),
    (
        "ActEditor",
        "For example: does not need, 150 sheep not declared as income. It wins over the "
        "arithmetic, which is still printed.",
        "Мысалы: мұқтаж емес, 150 қой табыс ретінде көрсетілмеген. Ол есептеуден басым, "
        "есептеу бәрібір басылады.",
        "Например: не нуждается, 150 овец не указаны в доходах. Оно важнее расчёта, который "
        "всё равно печатается.",
    ),
    ("ActEditor", "Needs assistance", "Көмекке мұқтаж", "Нуждается в помощи"),
    ("ActEditor", "Does not need assistance", "Көмекке мұқтаж емес", "Не нуждается в помощи"),
    ("ActEditor", "Reasons (required)", "Негіздемесі (міндетті)", "Обоснование (обязательно)"),
    (
        "ActEditor",
        "No commission was in force on {date}. Check the visit date.",
        "{date} күні әрекет еткен комиссия болмаған. Тексеру күнін тексеріңіз.",
        "На {date} не было действующей комиссии. Проверьте дату обследования.",
    ),
    (
        "ActEditor",
        "Commission of the akim's decision No. {number} of {date}",
        "Әкімнің {date} № {number} шешімімен құрылған комиссия",
        "Комиссия по решению акима № {number} от {date}",
    ),
    (
        "ActEditor",
        "The conclusion is “does not need assistance”: refusing or evading the inspection is a "
        "ground for refusal. Describe what happened in the findings and remarks.",
        "Қорытынды — «көмекке мұқтаж емес»: тексеруден бас тарту немесе жалтару бас тартуға "
        "негіз болады. Не болғанын тұжырымдар мен ескертпелерде сипаттаңыз.",
        "Заключение — «не нуждается в помощи»: отказ или уклонение от обследования — "
        "основание для отказа. Опишите, что произошло, в выводах и замечаниях.",
    ),
    ("ActEditor", "row {row}", "{row}-жол", "строка {row}"),
    (
        "ActEditor",
        "an amount cannot be negative",
        "сома теріс болмайды",
        "сумма не может быть отрицательной",
    ),
    (
        "ActEditor",
        "at most 2 digits after the comma",
        "үтірден кейін ең көбі 2 таңба",
        "не больше 2 знаков после запятой",
    ),
    (
        "ActEditor",
        "not an amount (e.g. 85000 or 85 000,50)",
        "сома емес (мысалы 85000 немесе 85 000,50)",
        "не сумма (например 85000 или 85 000,50)",
    ),
    (
        "ActEditor",
        "the same IIN is in row {row}",
        "бұл ЖСН {row}-жолда бар",
        "этот ИИН уже есть в строке {row}",
    ),
    (
        "ActEditor",
        "not a date (e.g. 28.10.1979)",
        "күн емес (мысалы 28.10.1979)",
        "не дата (например 28.10.1979)",
    ),
    ("ActEditor", "the date is in the future", "күні болашақта", "дата в будущем"),
    (
        "ActEditor",
        "Row {row}, {column}: {problem}",
        "{row}-жол, {column}: {problem}",
        "Строка {row}, {column}: {problem}",
    ),
    (
        "ActEditor",
        "Family income a month: {total}",
        "Отбасының айлық табысы: {total}",
        "Доход семьи в месяц: {total}",
    ),
    ("ActEditor", "Not saved yet", "Әлі сақталмаған", "Ещё не сохранено"),
    ("ActEditor", "Unsaved act", "Сақталмаған акт", "Несохранённый акт"),
    (
        "ActEditor",
        "The act of No. {number} has changes from {time} that were not saved. Continue with them?",
        "№ {number} актісінде {time} енгізілген, сақталмаған өзгерістер бар. Солармен "
        "жалғастырасыз ба?",
        "В акте по № {number} есть несохранённые изменения от {time}. Продолжить с ними?",
    ),
    (
        "ActEditor",
        "Draft restored, not saved yet",
        "Жоба қалпына келтірілді, әлі сақталмаған",
        "Черновик восстановлен, ещё не сохранён",
    ),
    (
        "ActEditor",
        "{outcome}: does not need assistance",
        "{outcome}: көмекке мұқтаж емес",
        "{outcome}: не нуждается в помощи",
    ),
    (
        "ActEditor",
        "Add the family members, the applicant included.",
        "Өтініш берушіні қоса, отбасы мүшелерін енгізіңіз.",
        "Внесите членов семьи, включая заявителя.",
    ),
    (
        "ActEditor",
        "Correct the incomes marked red to compute the conclusion.",
        "Қорытындыны есептеу үшін қызылмен белгіленген табыстарды түзетіңіз.",
        "Исправьте доходы, отмеченные красным, чтобы рассчитать заключение.",
    ),
    (
        "ActEditor",
        "{threshold} is not set for the months {months}. Add it under District commission → "
        "Commission and thresholds.",
        "{threshold} мына айларға белгіленбеген: {months}. Оны «Учаскелік комиссия → "
        "Комиссия және табыс шектері» мәзірінде енгізіңіз.",
        "{threshold} не задан(а) на месяцы: {months}. Введите в меню «Участковая комиссия → "
        "Комиссия и пороги дохода».",
    ),
    (
        "ActEditor",
        "Per capita {per_capita} {sign} {threshold} ({kind})",
        "Жан басына {per_capita} {sign} {threshold} ({kind})",
        "На душу {per_capita} {sign} {threshold} ({kind})",
    ),
    (
        "ActEditor",
        "the commission's own conclusion: {verdict}",
        "комиссияның өз қорытындысы: {verdict}",
        "собственное заключение комиссии: {verdict}",
    ),
    (
        "ActEditor",
        "Compared with: {kind}, average over {start} – {end}",
        "Салыстырылады: {kind}, {start} – {end} кезеңіндегі орташа мәні",
        "Сравнивается с: {kind}, в среднем за {start} – {end}",
    ),
    ("ActEditor", "Conclusion: {summary}", "Қорытынды: {summary}", "Заключение: {summary}"),
    ("ActEditor", "needs assistance", "көмекке мұқтаж", "нуждается в помощи"),
    ("ActEditor", "does not need assistance", "көмекке мұқтаж емес", "не нуждается в помощи"),
    (
        "ActEditor",
        "The act was completed on {date}.",
        "Акт {date} аяқталды.",
        "Акт завершён {date}.",
    ),
    (
        "ActEditor",
        "The act was due by {date}: overdue.",
        "Акт {date} дейін жасалуы тиіс еді: мерзімі өтті.",
        "Акт нужно было составить до {date}: просрочено.",
    ),
    (
        "ActEditor",
        "The act is due by {date}.",
        "Акт {date} дейін жасалуы тиіс.",
        "Акт нужно составить до {date}.",
    ),
    ("ActEditor", "Save corrected act", "Түзетілген актіні сақтау", "Сохранить исправленный акт"),
    ("ActEditor", "Act not saved", "Акт сақталмады", "Акт не сохранён"),
    (
        "ActEditor",
        "Correct the cells marked red first:",
        "Алдымен қызылмен белгіленген ұяшықтарды түзетіңіз:",
        "Сначала исправьте ячейки, отмеченные красным:",
    ),
    ("ActEditor", "Saved at {time}", "{time} сақталды", "Сохранено в {time}"),
    (
        "ActEditor",
        "The act of No. {number} is complete. Conclusion: {verdict}.",
        "№ {number} актісі аяқталды. Қорытынды: {verdict}.",
        "Акт по № {number} завершён. Заключение: {verdict}.",
    ),
    (
        "ActEditor",
        "Next step due by {date}.",
        "Келесі кезеңнің мерзімі: {date}.",
        "Срок следующего этапа: {date}.",
    ),
    ("ActEditor", "Act completed", "Акт аяқталды", "Акт завершён"),
    ("ActEditor", "Family, row {row}", "Отбасы, {row}-жол", "Семья, строка {row}"),
    (
        "ActEditor",
        "Family, row {row}: {field}",
        "Отбасы, {row}-жол: {field}",
        "Семья, строка {row}: {field}",
    ),
    ("ActEditor", "Unsaved changes", "Сақталмаған өзгерістер", "Несохранённые изменения"),
    (
        "ActEditor",
        "The act has changes that are not saved. Save them first? Otherwise the last saved "
        "version is used.",
        "Актіде сақталмаған өзгерістер бар. Алдымен оларды сақтау керек пе? Әйтпесе соңғы "
        "сақталған нұсқасы алынады.",
        "В акте есть несохранённые изменения. Сначала сохранить их? Иначе будет взята "
        "последняя сохранённая версия.",
    ),
    ("ActEditor", "Inspection act", "Тексеру актісі", "Акт обследования"),
    (
        "ActEditor",
        "The document could not be written: {error}",
        "Құжатты жазу мүмкін болмады: {error}",
        "Не удалось записать документ: {error}",
    ),
    (
        "ActEditor",
        "Inspection act No. {number}",
        "№ {number} тексеру актісі",
        "Акт обследования № {number}",
    ),
    ("ActEditor", "Save the act as DOCX", "Актіні DOCX ретінде сақтау", "Сохранить акт в DOCX"),
    ("ActEditor", "Word documents (*.docx)", "Word құжаттары (*.docx)", "Документы Word (*.docx)"),
    ("ActEditor", "Saved to {path}", "Сақталды: {path}", "Сохранено: {path}"),
]
# --- outgoing packets, bundle verification, keys (ui/packets_dialog.py, verify_dialog.py,
# keys_dialog.py) ---
PACKET_WINDOWS: list[tuple[str, str, str, str]] = [
    ("MainWindow", "&Verify bundle…", "Пакетті &тексеру…", "&Проверить пакет…"),
    ("MainWindow", "&Packets", "&Жөнелту", "&Отправка"),
    (
        "MainWindow",
        "Packets and &outbox…",
        "Пакеттер және &шығыс тізімі…",
        "Пакеты и &исходящие…",
    ),
    (
        "MainWindow",
        "&Keys and trusted offices…",
        "&Кілттер және сенімді кеңселер…",
        "&Ключи и доверенные офисы…",
    ),
    # the packets window
    ("PacketsDialog", "Packets and outbox", "Пакеттер және шығыс тізімі", "Пакеты и исходящие"),
    ("PacketsDialog", "Close", "Жабу", "Закрыть"),
    (
        "PacketsDialog",
        "Cases ready to go to the district department: acts completed by the commission, and "
        "applications for services the department decides directly. Tick the cases to send "
        "and create a packet.",
        "Аудандық бөлімге жіберуге дайын істер: комиссия аяқтаған актілер және бөлім тікелей "
        "шешетін қызметтерге берілген өтініштер. Жіберілетін істерді белгілеп, пакет жасаңыз.",
        "Дела, готовые к отправке в районный отдел: акты, завершённые комиссией, и заявления "
        "на услуги, по которым отдел решает напрямую. Отметьте дела для отправки и "
        "сформируйте пакет.",
    ),
    ("PacketsDialog", "&All ready cases", "&Барлық дайын істер", "&Все готовые дела"),
    ("PacketsDialog", "No.", "Тіркеу №", "Рег. №"),
    ("PacketsDialog", "Registered", "Тіркелген күні", "Зарегистрировано"),
    ("PacketsDialog", "Applicant", "Өтініш беруші", "Заявитель"),
    ("PacketsDialog", "IIN", "ЖСН", "ИИН"),
    ("PacketsDialog", "Service", "Қызмет", "Услуга"),
    ("PacketsDialog", "Status", "Мәртебесі", "Статус"),
    ("PacketsDialog", "&Create packet", "Пакет &жасау", "&Сформировать пакет"),
    ("PacketsDialog", "Outgoing No.", "Шығыс №", "Исх. №"),
    ("PacketsDialog", "Date", "Күні", "Дата"),
    ("PacketsDialog", "Recipient", "Алушы", "Получатель"),
    ("PacketsDialog", "Cases", "Істер", "Дела"),
    ("PacketsDialog", "Bundle file", "Пакет файлы", "Файл пакета"),
    ("PacketsDialog", "Selected packet", "Таңдалған пакет", "Выбранный пакет"),
    ("PacketsDialog", "Cases:", "Істер:", "Дела:"),
    ("PacketsDialog", "Bundle file:", "Пакет файлы:", "Файл пакета:"),
    (
        "PacketsDialog",
        "Fingerprint (SHA-256):",
        "Саусақ ізі (SHA-256):",
        "Отпечаток (SHA-256):",
    ),
    (
        "PacketsDialog",
        "&Print cover letter…",
        "Ілеспе хатты басып &шығару…",
        "&Печать сопроводительного письма…",
    ),
    (
        "PacketsDialog",
        "&Export to folder / USB…",
        "Қалтаға / &флешкаға жазу…",
        "Вы&грузить в папку / на флешку…",
    ),
    (
        "PacketsDialog",
        "Send by &e-mail…",
        "&Электрондық поштамен жіберу…",
        "Отправить по &электронной почте…",
    ),
    (
        "PacketsDialog",
        "Packets sent and not yet acknowledged by the district. Those waiting {days} days or "
        "more are shown in red: check that the district received them.",
        "Жіберілген, бірақ аудан алғанын әлі растамаған пакеттер. {days} күн және одан көп "
        "күтіп тұрғандары қызылмен көрсетілген: аудан оларды алғанын тексеріңіз.",
        "Отправленные пакеты, получение которых район ещё не подтвердил. Ожидающие {days} дней "
        "и дольше выделены красным: проверьте, что район их получил.",
    ),
    ("PacketsDialog", "Sent", "Жіберілді", "Отправлен"),
    ("PacketsDialog", "Days waiting", "Күтуде (күн)", "Ожидает (дней)"),
    ("PacketsDialog", "E-mail", "Электрондық пошта", "Эл. почта"),
    (
        "PacketsDialog",
        "Copy to folder / &USB…",
        "Қалтаға / &флешкаға көшіру…",
        "Скопировать в папку / на &флешку…",
    ),
    (
        "PacketsDialog",
        "Ready to send ({count})",
        "Жіберуге дайын ({count})",
        "Готовы к отправке ({count})",
    ),
    ("PacketsDialog", "Packets ({count})", "Пакеттер ({count})", "Пакеты ({count})"),
    ("PacketsDialog", "Outbox ({count})", "Шығыс тізімі ({count})", "Исходящие ({count})"),
    ("PacketsDialog", "sent {date}", "жіберілді {date}", "отправлен {date}"),
    ("PacketsDialog", "failed: {error}", "жіберілмеді: {error}", "не отправлен: {error}"),
    (
        "PacketsDialog",
        "Waiting {days} days for the district's acknowledgement",
        "Ауданның растауын {days} күн күтуде",
        "Ожидает подтверждения района {days} дн.",
    ),
    ("PacketsDialog", "Not exported yet", "Әлі жазылмаған", "Ещё не выгружен"),
    (
        "PacketsDialog",
        "Sent {date}, awaiting acknowledgement",
        "{date} жіберілді, растауды күтуде",
        "Отправлен {date}, ожидает подтверждения",
    ),
    ("PacketsDialog", "Acknowledged {date}", "{date} расталды", "Получение подтверждено {date}"),
    ("PacketsDialog", "not exported yet", "әлі жазылмаған", "ещё не выгружен"),
    (
        "PacketsDialog",
        "Chosen: {chosen} of {total}",
        "Таңдалды: {total} ішінен {chosen}",
        "Выбрано: {chosen} из {total}",
    ),
    (
        "PacketsDialog",
        "Packet No. {number} is created. Next: export it to a folder or USB stick, then print "
        "the cover letter, which names the bundle file.",
        "№ {number} пакет жасалды. Енді оны қалтаға немесе флешкаға жазыңыз, содан кейін "
        "пакет файлы көрсетілетін ілеспе хатты басып шығарыңыз.",
        "Пакет № {number} сформирован. Дальше: выгрузите его в папку или на флешку, затем "
        "напечатайте сопроводительное письмо, в котором указан файл пакета.",
    ),
    (
        "PacketsDialog",
        "The export was cancelled: no file was written.",
        "Жазу тоқтатылды: ешқандай файл жазылған жоқ.",
        "Выгрузка отменена: файл не записан.",
    ),
    (
        "PacketsDialog",
        "Something went wrong: {error}",
        "Бірдеңе дұрыс болмады: {error}",
        "Что-то пошло не так: {error}",
    ),
    (
        "PacketsDialog",
        "The file could not be written: {error}",
        "Файлды жазу мүмкін болмады: {error}",
        "Не удалось записать файл: {error}",
    ),
    (
        "PacketsDialog",
        "Making the cover letter for packet No. {number}…",
        "№ {number} пакеттің ілеспе хаты жасалуда…",
        "Формируется сопроводительное письмо к пакету № {number}…",
    ),
    ("PacketsDialog", "Saved to: {path}", "Сақталды: {path}", "Сохранено: {path}"),
    (
        "PacketsDialog",
        "Cover letter for packet No. {number} is ready",
        "№ {number} пакеттің ілеспе хаты дайын",
        "Сопроводительное письмо к пакету № {number} готово",
    ),
    (
        "PacketsDialog",
        "Folder or USB stick for packet No. {number}",
        "№ {number} пакетке арналған қалта немесе флешка",
        "Папка или флешка для пакета № {number}",
    ),
    (
        "PacketsDialog",
        "Writing packet No. {number} to {folder}…",
        "№ {number} пакет {folder} ішіне жазылуда…",
        "Пакет № {number} записывается в {folder}…",
    ),
    ("PacketsDialog", "Cancel", "Болдырмау", "Отмена"),
    (
        "PacketsDialog",
        "Writing packet No. {number}…",
        "№ {number} пакет жазылуда…",
        "Пакет № {number} записывается…",
    ),
    ("PacketsDialog", "Cancelling the export…", "Жазу тоқтатылуда…", "Выгрузка отменяется…"),
    (
        "PacketsDialog",
        "Packet No. {number} was sent before: the same file is copied to {path}",
        "№ {number} пакет бұрын жіберілген: дәл сол файл мұнда көшірілді: {path}",
        "Пакет № {number} уже отправлялся: тот же файл скопирован в {path}",
    ),
    (
        "PacketsDialog",
        "Packet No. {number} is written to {path}",
        "№ {number} пакет жазылды: {path}",
        "Пакет № {number} записан: {path}",
    ),
    (
        "PacketsDialog",
        "File: {name}\nFingerprint (SHA-256): {fingerprint}\n\nThe cover letter printed now "
        "names this file and fingerprint: the district compares them with the file it "
        "receives.",
        "Файл: {name}\nСаусақ ізі (SHA-256): {fingerprint}\n\nҚазір басылатын ілеспе хатта "
        "осы файл мен саусақ ізі көрсетіледі: аудан оларды өзі алған файлмен салыстырады.",
        "Файл: {name}\nОтпечаток (SHA-256): {fingerprint}\n\nВ сопроводительном письме, "
        "напечатанном сейчас, указаны этот файл и отпечаток: район сверит их с полученным "
        "файлом.",
    ),
    (
        "PacketsDialog",
        "Print cover letter…",
        "Ілеспе хатты басып шығару…",
        "Напечатать сопроводительное письмо…",
    ),
    (
        "PacketsDialog",
        "Send packet No. {number} by e-mail to {address}?",
        "№ {number} пакетті {address} мекенжайына электрондық поштамен жіберу керек пе?",
        "Отправить пакет № {number} по электронной почте на {address}?",
    ),
    (
        "PacketsDialog",
        "Sending packet No. {number}…",
        "№ {number} пакет жіберілуде…",
        "Пакет № {number} отправляется…",
    ),
    (
        "PacketsDialog",
        "Packet No. {number} is sent by e-mail to {address}.",
        "№ {number} пакет {address} мекенжайына электрондық поштамен жіберілді.",
        "Пакет № {number} отправлен по электронной почте на {address}.",
    ),
    (
        "PacketsDialog",
        "A new message to the district is open in your e-mail program, and the folder with "
        "the file is open beside it.\n\nAttach the file {name} to the message and send it. "
        "Has the message gone?",
        "Пошта бағдарламаңызда ауданға жаңа хат ашылды, оның жанында файл жатқан қалта "
        "ашық.\n\n{name} файлын хатқа тіркеп, жіберіңіз. Хат кетті ме?",
        "В вашей почтовой программе открыто новое письмо в район, рядом открыта папка с "
        "файлом.\n\nПрикрепите к письму файл {name} и отправьте его. Письмо ушло?",
    ),
    (
        "PacketsDialog",
        "No e-mail program was found. The folder with the file is open: send the file {name} "
        "from your web mail.\n\nHas the message gone?",
        "Пошта бағдарламасы табылмады. Файл жатқан қалта ашық: {name} файлын браузердегі "
        "поштаңыздан жіберіңіз.\n\nХат кетті ме?",
        "Почтовая программа не найдена. Папка с файлом открыта: отправьте файл {name} через "
        "почту в браузере.\n\nПисьмо ушло?",
    ),
    (
        "PacketsDialog",
        "Packet No. {number} waits in the outbox until it goes.",
        "№ {number} пакет жіберілгенше шығыс тізімінде тұрады.",
        "Пакет № {number} ждёт в исходящих, пока не будет отправлен.",
    ),
    (
        "PacketsDialog",
        "Packet No. {number} is recorded as sent by e-mail.",
        "№ {number} пакет электрондық поштамен жіберілді деп белгіленді.",
        "Пакет № {number} отмечен как отправленный по электронной почте.",
    ),
    # the verify window
    ("VerifyCheck", "The file can be read", "Файл оқылады", "Файл читается"),
    (
        "VerifyCheck",
        "It opens with this office's key",
        "Біздің кеңсенің кілтімен ашылады",
        "Открывается ключом нашего офиса",
    ),
    (
        "VerifyCheck",
        "The archive inside is safe to unpack",
        "Ішіндегі архивті ашу қауіпсіз",
        "Архив внутри безопасно распаковать",
    ),
    (
        "VerifyCheck",
        "The bundle is complete (BagIt)",
        "Пакет толық (BagIt)",
        "Пакет полный (BagIt)",
    ),
    ("VerifyCheck", "The signature is valid", "Қолтаңба дұрыс", "Подпись верна"),
    (
        "VerifyCheck",
        "The bundle's description is unchanged",
        "Пакеттің сипаттамасы өзгермеген",
        "Описание пакета не изменено",
    ),
    (
        "VerifyCheck",
        "It is signed by a trusted office",
        "Сенімді кеңсе қол қойған",
        "Подписан доверенным офисом",
    ),
    (
        "VerifyCheck",
        "No file was changed, added or removed",
        "Бірде-бір файл өзгертілмеген, қосылмаған не алынбаған",
        "Ни один файл не изменён, не добавлен и не удалён",
    ),
    (
        "VerifyCheck",
        "The case records are well-formed",
        "Іс жазбалары дұрыс құрылған",
        "Записи дел составлены правильно",
    ),
    (
        "VerifyCheck",
        "It is addressed to this office",
        "Біздің кеңсеге жолданған",
        "Адресован нашему офису",
    ),
    (
        "VerifyCheck",
        "This office may open this kind of bundle",
        "Біздің кеңсе мұндай пакетті аша алады",
        "Наш офис может открывать такие пакеты",
    ),
    (
        "VerifyCheck",
        "It is not a repeat of an imported bundle",
        "Бұрын жүктелген пакеттің қайталануы емес",
        "Не повтор уже загруженного пакета",
    ),
    (
        "VerifyCheck",
        "It is one of this office's own bundles",
        "Бұл біздің кеңсенің өз пакеті",
        "Это собственный пакет нашего офиса",
    ),
    (
        "VerifyCheck",
        "This office sends this kind of bundle",
        "Біздің кеңсе мұндай пакеттерді жібереді",
        "Наш офис отправляет такие пакеты",
    ),
    ("VerifyDialog", "Verify bundle", "Пакетті тексеру", "Проверка пакета"),
    ("VerifyDialog", "File: {path}", "Тексерілетін файл: {path}", "Проверяемый файл: {path}"),
    ("VerifyDialog", "Check", "Тексеру", "Проверка"),
    ("VerifyDialog", "Result", "Нәтиже", "Результат"),
    ("VerifyDialog", "Close", "Жабу", "Закрыть"),
    ("VerifyDialog", "Checking…", "Тексерілуде…", "Идёт проверка…"),
    (
        "VerifyDialog",
        "not checked: an earlier check failed",
        "тексерілмеді: алдыңғы тексеруден өтпеді",
        "не проверялось: не пройдена предыдущая проверка",
    ),
    (
        "VerifyDialog",
        "not needed: checked when the district imports it",
        "қажет емес: аудан жүктегенде тексеріледі",
        "не требуется: проверяется при загрузке в районе",
    ),
    ("VerifyDialog", "passed", "өтті", "пройдена"),
    (
        "VerifyDialog",
        "This is one of this office's own bundles, intact: to {recipient}, No. {sequence}, "
        "{records} records.",
        "Бұл біздің кеңсенің өз пакеті, бүтін: алушы {recipient}, № {sequence}, жазбалар "
        "саны {records}.",
        "Это собственный пакет нашего офиса, он цел: получатель {recipient}, № {sequence}, "
        "записей {records}.",
    ),
    (
        "VerifyDialog",
        "The bundle is intact: from {source} to {recipient}, No. {sequence}, {records} "
        "records. It can be imported.",
        "Пакет бүтін: {source} кеңсесінен {recipient} кеңсесіне, № {sequence}, жазбалар "
        "саны {records}. Оны жүктеуге болады.",
        "Пакет цел: от {source} для {recipient}, № {sequence}, записей {records}. Его можно "
        "загрузить.",
    ),
    (
        "VerifyDialog",
        "The bundle is refused: {reason}",
        "Пакет қабылданбады: {reason}",
        "Пакет отклонён: {reason}",
    ),
    (
        "VerifyDialog",
        "File fingerprint (SHA-256), as on the cover letter:\n{fingerprint}",
        "Файлдың саусақ ізі (SHA-256), ілеспе хаттағыдай:\n{fingerprint}",
        "Отпечаток файла (SHA-256), как в сопроводительном письме:\n{fingerprint}",
    ),
    (
        "VerifyDialog",
        "The bundle could not be checked: {error}",
        "Пакетті тексеру мүмкін болмады: {error}",
        "Не удалось проверить пакет: {error}",
    ),
    (
        "VerifyDialog",
        "Choose a bundle to verify",
        "Тексерілетін пакетті таңдаңыз",
        "Выберите пакет для проверки",
    ),
    (
        "VerifyDialog",
        "Qabyldau bundles (*.qbl);;All files (*)",
        "Qabyldau пакеттері (*.qbl);;Барлық файлдар (*)",
        "Пакеты Qabyldau (*.qbl);;Все файлы (*)",
    ),
    # the keys window
    (
        "KeysDialog",
        "Keys and trusted offices",
        "Кілттер және сенімді кеңселер",
        "Ключи и доверенные офисы",
    ),
    ("KeysDialog", "This office's keys", "Біздің кеңсенің кілттері", "Ключи нашего офиса"),
    ("KeysDialog", "&Create keys", "Кілттерді &жасау", "&Создать ключи"),
    (
        "KeysDialog",
        "&Export public card…",
        "Ашық карточканы &сақтау…",
        "Сохранить открытую &карточку…",
    ),
    (
        "KeysDialog",
        "&Print fingerprint sheet…",
        "Саусақ ізі парағын &басып шығару…",
        "&Печать листа с отпечатком…",
    ),
    (
        "KeysDialog",
        "&Back up keys…",
        "Кілттердің сақтық &көшірмесі…",
        "&Резервная копия ключей…",
    ),
    ("KeysDialog", "&Restore…", "&Қалпына келтіру…", "&Восстановить…"),
    ("KeysDialog", "Trusted offices", "Сенімді кеңселер", "Доверенные офисы"),
    ("KeysDialog", "Office", "Кеңсе", "Офис"),
    ("KeysDialog", "Kind", "Түрі", "Тип"),
    ("KeysDialog", "Fingerprint", "Саусақ ізі", "Отпечаток"),
    ("KeysDialog", "Status", "Күйі", "Состояние"),
    ("KeysDialog", "Added", "Қосылған күні", "Добавлен"),
    ("KeysDialog", "&Add card…", "&Карточка қосу…", "&Добавить карточку…"),
    ("KeysDialog", "Re&voke", "Қайтарып &алу", "&Отозвать"),
    (
        "KeysDialog",
        "Fingerprint of this office's key (created {date}):",
        "Біздің кеңсе кілтінің саусақ ізі (жасалған күні {date}):",
        "Отпечаток ключа нашего офиса (создан {date}):",
    ),
    (
        "KeysDialog",
        "This office has no keys yet. Create them once, on the computer that sends the "
        "packets, or restore them from a backup.",
        "Кеңсенің кілттері әлі жоқ. Оларды пакеттер жіберілетін компьютерде бір рет "
        "жасаңыз немесе сақтық көшірмеден қалпына келтіріңіз.",
        "У офиса ещё нет ключей. Создайте их один раз на компьютере, с которого "
        "отправляются пакеты, или восстановите из резервной копии.",
    ),
    (
        "KeysDialog",
        "The secret keys are in this computer's key store.",
        "Құпия кілттер осы компьютердің кілттер қоймасында.",
        "Секретные ключи находятся в хранилище ключей этого компьютера.",
    ),
    ("KeysDialog", "(this office)", "(біздің кеңсе)", "(наш офис)"),
    ("KeysDialog", "district department", "аудандық бөлім", "районный отдел"),
    ("KeysDialog", "akim's office", "әкім аппараты", "аппарат акима"),
    ("KeysDialog", "Revoked {date}", "{date} қайтарып алынды", "Отозван {date}"),
    (
        "KeysDialog",
        "Replaced {date}: verifies older bundles",
        "{date} ауыстырылды: бұрынғы пакеттерді тексереді",
        "Заменён {date}: проверяет прежние пакеты",
    ),
    ("KeysDialog", "Trusted", "Сенімді", "Доверенный"),
    (
        "KeysDialog",
        "The keys are created. Now back them up (a lost key cannot be recovered), then give "
        "the district the public card and the printed fingerprint sheet.",
        "Кілттер жасалды. Енді олардың сақтық көшірмесін жасаңыз (жоғалған кілтті қалпына "
        "келтіру мүмкін емес), содан кейін ауданға ашық карточканы және басып шығарылған "
        "саусақ ізі парағын беріңіз.",
        "Ключи созданы. Теперь сделайте их резервную копию (потерянный ключ не восстановить), "
        "затем передайте району открытую карточку и напечатанный лист с отпечатком.",
    ),
    (
        "KeysDialog",
        "Save the public card",
        "Ашық карточканы сақтау",
        "Сохранить открытую карточку",
    ),
    (
        "KeysDialog",
        "Public cards (*.json)",
        "Ашық карточкалар (*.json)",
        "Открытые карточки (*.json)",
    ),
    (
        "KeysDialog",
        "The file could not be written: {error}",
        "Файлды жазу мүмкін болмады: {error}",
        "Не удалось записать файл: {error}",
    ),
    (
        "KeysDialog",
        "The public card is saved to {path}. Send it to the other office together with the "
        "printed fingerprint sheet (on paper, not in the same e-mail).",
        "Ашық карточка сақталды: {path}. Оны басқа кеңсеге басып шығарылған саусақ ізі "
        "парағымен бірге жіберіңіз (парағын қағаз түрінде, сол хатпен емес).",
        "Открытая карточка сохранена: {path}. Передайте её другому офису вместе с "
        "напечатанным листом с отпечатком (лист на бумаге, не в том же письме).",
    ),
    (
        "KeysDialog",
        "The fingerprint sheet is ready",
        "Саусақ ізі парағы дайын",
        "Лист с отпечатком готов",
    ),
    (
        "KeysDialog",
        "Save the key backup",
        "Кілттердің сақтық көшірмесін сақтау",
        "Сохранить резервную копию ключей",
    ),
    (
        "KeysDialog",
        "Key backups (*.age)",
        "Кілттердің сақтық көшірмелері (*.age)",
        "Резервные копии ключей (*.age)",
    ),
    ("KeysDialog", "Back up keys", "Кілттердің сақтық көшірмесі", "Резервная копия ключей"),
    (
        "KeysDialog",
        "The keys are saved to {path}. Keep the file and its passphrase in two different safe "
        "places.",
        "Кілттер сақталды: {path}. Файл мен оның құпия сөзін екі түрлі қауіпсіз жерде сақтаңыз.",
        "Ключи сохранены: {path}. Храните файл и его пароль в двух разных надёжных местах.",
    ),
    (
        "KeysDialog",
        "Choose the key backup",
        "Кілттердің сақтық көшірмесін таңдаңыз",
        "Выберите резервную копию ключей",
    ),
    (
        "KeysDialog",
        "Key backups (*.age);;All files (*)",
        "Кілттердің сақтық көшірмелері (*.age);;Барлық файлдар (*)",
        "Резервные копии ключей (*.age);;Все файлы (*)",
    ),
    ("KeysDialog", "Restore keys", "Кілттерді қалпына келтіру", "Восстановление ключей"),
    (
        "KeysDialog",
        "The keys are restored. Fingerprint: {fingerprint}",
        "Кілттер қалпына келтірілді. Саусақ ізі: {fingerprint}",
        "Ключи восстановлены. Отпечаток: {fingerprint}",
    ),
    (
        "KeysDialog",
        "The new key of {office} is trusted; its old key still verifies the bundles made before.",
        "{office} кеңсесінің жаңа кілті сенімді; ескі кілті бұрын жасалған пакеттерді "
        "тексеруге қалады.",
        "Новый ключ офиса {office} принят; старый ключ по-прежнему проверяет ранее созданные "
        "пакеты.",
    ),
    (
        "KeysDialog",
        "The card of {office} was already trusted.",
        "{office} кеңсесінің карточкасы бұрыннан сенімді.",
        "Карточка офиса {office} уже была в доверенных.",
    ),
    (
        "KeysDialog",
        "The card of {office} is trusted.",
        "{office} кеңсесінің карточкасы сенімдіге қосылды.",
        "Карточка офиса {office} добавлена в доверенные.",
    ),
    (
        "KeysDialog",
        "Stop trusting the key {fingerprint} of {office}? Bundles signed with it will be "
        "refused from now on, older ones too. Do this when the key is lost or stolen, or the "
        "card was added by mistake.",
        "{office} кеңсесінің {fingerprint} кілтіне сенуді тоқтату керек пе? Осы кілтпен қол "
        "қойылған пакеттер енді қабылданбайды, бұрынғылары да. Мұны кілт жоғалғанда не "
        "ұрланғанда немесе карточка қателесіп қосылғанда істеңіз.",
        "Перестать доверять ключу {fingerprint} офиса {office}? Пакеты, подписанные им, "
        "отныне будут отклоняться, в том числе прежние. Делайте это, если ключ утерян или "
        "украден либо карточка добавлена по ошибке.",
    ),
    (
        "KeysDialog",
        "The key of {office} is revoked.",
        "{office} кеңсесінің кілті қайтарып алынды.",
        "Ключ офиса {office} отозван.",
    ),
    # adding another office's card
    (
        "AddCardDialog",
        "Add another office's card",
        "Басқа кеңсенің карточкасын қосу",
        "Добавить карточку другого офиса",
    ),
    ("AddCardDialog", "&Choose file…", "Файлды &таңдау…", "&Выбрать файл…"),
    (
        "AddCardDialog",
        "Type the fingerprint from the office's printed fingerprint sheet, or have it read to "
        "you over the phone, group by group. Do not copy it from the e-mail or the folder the "
        "card came in: a swapped card would bring its own.",
        "Саусақ ізін кеңсенің басып шығарылған саусақ ізі парағынан теріңіз немесе оны "
        "телефонмен топ-топқа бөліп оқытыңыз. Оны карточка келген хаттан не қалтадан "
        "көшірмеңіз: ауыстырылған карточка өз саусақ ізін ала келеді.",
        "Наберите отпечаток с напечатанного листа другого офиса или попросите прочитать его "
        "по телефону, по группам. Не копируйте его из письма или папки, с которыми пришла "
        "карточка: подменённая карточка принесёт с собой свой отпечаток.",
    ),
    ("AddCardDialog", "&Trust this card", "Бұл карточкаға &сену", "&Доверять этой карточке"),
    ("AddCardDialog", "Card file:", "Карточка файлы:", "Файл карточки:"),
    ("AddCardDialog", "Office:", "Кеңсе:", "Офис:"),
    (
        "AddCardDialog",
        "Fingerprint from the sheet:",
        "Парақтағы саусақ ізі:",
        "Отпечаток с листа:",
    ),
    ("AddCardDialog", "district department", "аудандық бөлім", "районный отдел"),
    ("AddCardDialog", "akim's office", "әкім аппараты", "аппарат акима"),
    (
        "AddCardDialog",
        "Choose the office's public card",
        "Кеңсенің ашық карточкасын таңдаңыз",
        "Выберите открытую карточку офиса",
    ),
    (
        "AddCardDialog",
        "Public cards (*.json);;All files (*)",
        "Ашық карточкалар (*.json);;Барлық файлдар (*)",
        "Открытые карточки (*.json);;Все файлы (*)",
    ),
    # the passphrase of a key backup
    ("PassphraseDialog", "Passphrase:", "Құпия сөз:", "Пароль:"),
    ("PassphraseDialog", "Repeat it:", "Қайталаңыз:", "Повторите:"),
    (
        "PassphraseDialog",
        "The backup holds the office's secret keys, locked with this passphrase (at least "
        "{count} characters). Without it the backup cannot be opened: keep it written down "
        "apart from the file.",
        "Сақтық көшірмеде кеңсенің құпия кілттері осы құпия сөзбен құлыпталып сақталады "
        "(кемінде {count} таңба). Онсыз көшірмені ашу мүмкін емес: оны жазып, файлдан бөлек "
        "сақтаңыз.",
        "В резервной копии хранятся секретные ключи офиса, защищённые этим паролем (не менее "
        "{count} символов). Без него копию не открыть: запишите его и храните отдельно от "
        "файла.",
    ),
    (
        "PassphraseDialog",
        "The passphrase the backup was made with.",
        "Сақтық көшірме жасалған кездегі құпия сөз.",
        "Пароль, с которым была сделана резервная копия.",
    ),
    (
        "PassphraseDialog",
        "At least {count} characters.",
        "Кемінде {count} таңба.",
        "Не менее {count} символов.",
    ),
    (
        "PassphraseDialog",
        "The two passphrases differ.",
        "Екі құпия сөз сәйкес келмейді.",
        "Пароли не совпадают.",
    ),
]
OTHER_WINDOWS += PACKET_WINDOWS
# The one plural message of the packets window.
_PUT_CASES = ("PacketsDialog", "Put %n case(s) into a new outgoing packet to the district?")
KK[_PUT_CASES] = [
    "%n істі ауданға жаңа шығыс пакетке салу керек пе?",
    "%n істі ауданға жаңа шығыс пакетке салу керек пе?",
]
RU[_PUT_CASES] = [
    "Включить %n дело в новый исходящий пакет в район?",
    "Включить %n дела в новый исходящий пакет в район?",
    "Включить %n дел в новый исходящий пакет в район?",
]
# --- first-run wizard and settings (ui/first_run.py, ui/settings_dialog.py) ---
FIRST_RUN_WINDOWS: list[tuple[str, str, str, str]] = [
    ("FirstRunWizard", "Setting up Qabyldau", "Qabyldau-ды баптау", "Настройка Qabyldau"),
    ("FirstRunWizard", "district department", "аудандық бөлім", "районный отдел"),
    ("FirstRunWizard", "akim's office", "әкім аппараты", "аппарат акима"),
    ("LanguagePage", "Language", "Тіл", "Язык"),
    (
        "LanguagePage",
        "Choose the language the program speaks. It can be changed later in File → Settings. "
        "Printed forms are always in both languages.",
        "Бағдарлама тілін таңдаңыз. Оны кейін Файл → Баптаулар мәзірінен өзгертуге болады. "
        "Басып шығарылатын нысандар әрқашан екі тілде.",
        "Выберите язык программы. Его можно изменить позже в меню Файл → Настройки. "
        "Печатные формы всегда на двух языках.",
    ),
    ("RolePage", "This office", "Осы кеңсе", "Этот офис"),
    (
        "RolePage",
        "Which office works with the program on this computer?",
        "Осы компьютерде бағдарламамен қай кеңсе жұмыс істейді?",
        "Какой офис работает с программой на этом компьютере?",
    ),
    ("RolePage", "&Akim's office", "&Әкім аппараты", "&Аппарат акима"),
    (
        "RolePage",
        "The akim's office of a rural district: takes in residents' applications, organises "
        "the commission's inspections and sends the cases to the district department in "
        "packets.",
        "Ауылдық округ әкімінің аппараты: тұрғындардың өтініштерін қабылдайды, комиссияның "
        "тексерулерін ұйымдастырады және істерді аудандық бөлімге пакеттермен жібереді.",
        "Аппарат акима сельского округа: принимает заявления жителей, организует обследования "
        "комиссии и направляет дела в районный отдел пакетами.",
    ),
    ("RolePage", "&District department", "&Аудандық бөлім", "&Районный отдел"),
    (
        "RolePage",
        "The district department of employment and social programmes: receives the akims' "
        "offices' packets, records the decisions and sends the results back.",
        "Аудандық жұмыспен қамту және әлеуметтік бағдарламалар бөлімі: әкім аппараттарының "
        "пакеттерін қабылдайды, шешімдерді тіркейді және нәтижелерін кері жібереді.",
        "Районный отдел занятости и социальных программ: принимает пакеты аппаратов акимов, "
        "регистрирует решения и отправляет результаты обратно.",
    ),
    ("OfficePage", "Office code and name", "Кеңсенің коды мен атауы", "Код и название офиса"),
    (
        "OfficePage",
        "As in the office's documents: both names are printed on talons and acts.",
        "Кеңсе құжаттарындағыдай: екі атау да талондар мен актілерде басылады.",
        "Как в документах офиса: оба названия печатаются в талонах и актах.",
    ),
    ("OfficePage", "Office &code (KATO):", "Кеңсе &коды (ӘАОЖ):", "&Код офиса (КАТО):"),
    ("OfficePage", "Name in &Kazakh:", "&Қазақша атауы:", "Название на &казахском:"),
    ("OfficePage", "Name in &Russian:", "&Орысша атауы:", "Название на &русском:"),
    (
        "OfficePage",
        "e.g. Қосшы ауылдық округі әкімінің аппараты",
        "мысалы: Қосшы ауылдық округі әкімінің аппараты",
        "например: Қосшы ауылдық округі әкімінің аппараты",
    ),
    (
        "OfficePage",
        "e.g. Аппарат акима Косшынского сельского округа",
        "мысалы: Аппарат акима Косшынского сельского округа",
        "например: Аппарат акима Косшынского сельского округа",
    ),
    (
        "OfficePage",
        "The code has 6 to 12 digits; this one has {count}.",
        "Код 6–12 цифрдан тұрады; мұнда {count} цифр.",
        "В коде от 6 до 12 цифр; здесь цифр: {count}.",
    ),
    (
        "OfficePage",
        "6 to 12 digits: the KATO code of the office's territory.",
        "6–12 цифр: кеңсе аумағының ӘАОЖ коды.",
        "От 6 до 12 цифр: код КАТО территории офиса.",
    ),
    ("StaffPage", "The staff member", "Қызметкер", "Сотрудник"),
    (
        "StaffPage",
        "The person who works in the program on this computer.",
        "Осы компьютерде бағдарламада жұмыс істейтін адам.",
        "Тот, кто работает в программе на этом компьютере.",
    ),
    ("StaffPage", "&Surname:", "&Тегі:", "&Фамилия:"),
    ("StaffPage", "&Name:", "&Аты:", "&Имя:"),
    ("StaffPage", "&Patronymic (if any):", "&Әкесінің аты (бар болса):", "&Отчество (если есть):"),
    ("StaffPage", "&Login:", "&Логин:", "&Имя входа:"),
    (
        "StaffPage",
        "Latin letters and digits, for example aseitova.",
        "Латын әріптері мен цифрлар, мысалы aseitova.",
        "Латинские буквы и цифры, например aseitova.",
    ),
    ("KeysPage", "The office's keys", "Кеңсенің кілттері", "Ключи офиса"),
    (
        "KeysPage",
        "They sign and encrypt the packets between the offices.",
        "Олар кеңселер арасындағы пакеттерге қол қояды және оларды шифрлайды.",
        "Ими подписываются и шифруются пакеты между офисами.",
    ),
    (
        "KeysPage",
        "The secret keys are kept only in this computer's key store (Windows Credential "
        "Manager). The other office trusts this one by its public card and the card's "
        "fingerprint.",
        "Құпия кілттер тек осы компьютердің кілттер қоймасында (Windows тіркелгі деректері "
        "менеджері) сақталады. Екінші кеңсе бұл кеңсеге оның ашық карточкасы мен карточканың "
        "саусақ ізі бойынша сенеді.",
        "Секретные ключи хранятся только в хранилище ключей этого компьютера (Диспетчер "
        "учётных данных Windows). Другой офис доверяет этому по его открытой карточке и её "
        "отпечатку.",
    ),
    (
        "KeysPage",
        "You can finish the set-up without keys and create them later from Packets → Keys "
        "and trusted offices.",
        "Баптауды кілттерсіз аяқтап, оларды кейін Жөнелту → Кілттер және сенімді кеңселер "
        "мәзірінен жасауға болады.",
        "Можно завершить настройку без ключей и создать их позже в меню Отправка → Ключи "
        "и доверенные офисы.",
    ),
    (
        "KeysPage",
        "The keys are created together with the office at the set-up step; their "
        "fingerprint is shown on the last page.",
        "Кілттер баптау қадамында кеңсемен бірге жасалады; олардың саусақ ізі соңғы бетте "
        "көрсетіледі.",
        "Ключи создаются вместе с офисом на шаге настройки; их отпечаток будет показан на "
        "последней странице.",
    ),
    (
        "CardPage",
        "The other office's card (optional)",
        "Екінші кеңсенің карточкасы (міндетті емес)",
        "Карточка другого офиса (необязательно)",
    ),
    (
        "CardPage",
        "Then the office is set up: nothing is saved before this step.",
        "Содан кейін кеңсе бапталады: осы қадамға дейін ештеңе сақталмайды.",
        "Затем офис будет настроен: до этого шага ничего не сохраняется.",
    ),
    (
        "CardPage",
        "If you already have the public card of the office you exchange packets with, add it "
        "now. You can skip this and add cards later from Packets → Keys and trusted offices.",
        "Пакет алмасатын кеңсенің ашық карточкасы қолыңызда болса, оны қазір қосыңыз. Бұл "
        "қадамды өткізіп жіберіп, карточкаларды кейін Жөнелту → Кілттер және сенімді кеңселер "
        "мәзірінен қосуға болады.",
        "Если у вас уже есть открытая карточка офиса, с которым вы обмениваетесь пакетами, "
        "добавьте её сейчас. Этот шаг можно пропустить и добавить карточки позже в меню "
        "Отправка → Ключи и доверенные офисы.",
    ),
    ("CardPage", "Card file:", "Карточка файлы:", "Файл карточки:"),
    ("CardPage", "Office:", "Кеңсе:", "Офис:"),
    (
        "CardPage",
        "&Fingerprint from the sheet:",
        "Парақтағы &саусақ ізі:",
        "&Отпечаток с листа:",
    ),
    ("CardPage", "&Choose file…", "Файлды &таңдау…", "&Выбрать файл…"),
    ("CardPage", "C&lear", "Та&зарту", "&Очистить"),
    (
        "CardPage",
        "Type the fingerprint from the office's printed sheet, or have it read to you over "
        "the phone. Do not copy it from where the card file came from.",
        "Саусақ ізін кеңсенің басылған парағынан теріңіз немесе оны телефонмен оқытып "
        "алыңыз. Оны карточка файлы келген жерден көшірмеңіз.",
        "Наберите отпечаток с напечатанного листа офиса или попросите продиктовать его по "
        "телефону. Не копируйте его оттуда, откуда пришёл файл карточки.",
    ),
    ("CardPage", "&Set up the office", "Кеңсені &баптау", "&Настроить офис"),
    (
        "CardPage",
        "Choose the office's public card",
        "Кеңсенің ашық карточкасын таңдаңыз",
        "Выберите открытую карточку офиса",
    ),
    (
        "CardPage",
        "Public cards (*.json);;All files (*)",
        "Ашық карточкалар (*.json);;Барлық файлдар (*)",
        "Открытые карточки (*.json);;Все файлы (*)",
    ),
    (
        "CardPage",
        "The fingerprint does not match the card: check it against the printed sheet again "
        "or call the office. The card may have been swapped on the way; clear it to go on "
        "without it.",
        "Саусақ ізі карточкаға сәйкес келмейді: оны басылған парақпен қайта салыстырыңыз "
        "немесе кеңсеге телефон соғыңыз. Карточка жолда ауыстырылған болуы мүмкін; онсыз "
        "жалғастыру үшін оны тазартыңыз.",
        "Отпечаток не совпадает с карточкой: сверьте его с напечатанным листом ещё раз или "
        "позвоните в офис. Карточку могли подменить по дороге; чтобы продолжить без неё, "
        "очистите её.",
    ),
    (
        "CardPage",
        "This is this office's own card, not the other office's.",
        "Бұл екінші кеңсенің емес, осы кеңсенің өз карточкасы.",
        "Это карточка самого этого офиса, а не другого.",
    ),
    ("DonePage", "The office is set up", "Кеңсе бапталды", "Офис настроен"),
    (
        "DonePage",
        "When this window closes, the register of applications opens.",
        "Бұл терезе жабылғанда өтініштер тізілімі ашылады.",
        "Когда это окно закроется, откроется реестр заявлений.",
    ),
    (
        "DonePage",
        "Office: {code} {name} ({role})\nStaff member: {staff} (login {login})",
        "Кеңсе: {code} {name} ({role})\nҚызметкер: {staff} (логині {login})",
        "Офис: {code} {name} ({role})\nСотрудник: {staff} (имя входа {login})",
    ),
    (
        "DonePage",
        "Fingerprint of this office's keys (created {date}):",
        "Осы кеңсе кілттерінің саусақ ізі ({date} жасалған):",
        "Отпечаток ключей этого офиса (созданы {date}):",
    ),
    (
        "DonePage",
        "The other office checks your card by this fingerprint: read it to them over the "
        "phone, or print the fingerprint sheet from Packets → Keys and trusted offices.",
        "Екінші кеңсе сіздің карточкаңызды осы саусақ ізі бойынша тексереді: оны телефонмен "
        "оқып беріңіз немесе саусақ ізі парағын Жөнелту → Кілттер және сенімді кеңселер "
        "мәзірінен басып шығарыңыз.",
        "Другой офис проверяет вашу карточку по этому отпечатку: продиктуйте его по телефону "
        "или напечатайте лист с отпечатком в меню Отправка → Ключи и доверенные офисы.",
    ),
    (
        "DonePage",
        "The office has no keys yet.",
        "Кеңсенің әлі кілттері жоқ.",
        "У офиса пока нет ключей.",
    ),
    (
        "DonePage",
        "Create them later from Packets → Keys and trusted offices.",
        "Оларды кейін Жөнелту → Кілттер және сенімді кеңселер мәзірінен жасаңыз.",
        "Создайте их позже в меню Отправка → Ключи и доверенные офисы.",
    ),
    (
        "DonePage",
        "Trusted office: {code} {name}.",
        "Сенімді кеңсе: {code} {name}.",
        "Доверенный офис: {code} {name}.",
    ),
    (
        "DonePage",
        "The card was not added: {reason}",
        "Карточка қосылмады: {reason}",
        "Карточка не добавлена: {reason}",
    ),
    ("MainWindow", "&Settings…", "&Баптаулар…", "&Настройки…"),
    ("SettingsDialog", "Settings", "Баптаулар", "Настройки"),
    ("SettingsDialog", "Interface language", "Интерфейс тілі", "Язык интерфейса"),
    (
        "SettingsDialog",
        "The program speaks the new language from its next start.",
        "Бағдарлама жаңа тілде келесі іске қосылғаннан бастап сөйлейді.",
        "Программа перейдёт на новый язык при следующем запуске.",
    ),
    ("SettingsDialog", "&Language:", "&Тіл:", "&Язык:"),
    ("SettingsDialog", "Dates and amounts:", "Күндер мен сомалар:", "Даты и суммы:"),
    ("SettingsDialog", "Office hours", "Жұмыс уақыты", "Часы работы"),
    ("SettingsDialog", "Working day:", "Жұмыс күні:", "Рабочий день:"),
    ("SettingsDialog", "Lunch break:", "Түскі үзіліс:", "Обеденный перерыв:"),
    (
        "SettingsDialog",
        "Deadlines counted in hours use these hours. A lunch break that ends when it starts "
        "means no break.",
        "Сағатпен есептелетін мерзімдер осы уақыт бойынша саналады. Басталған уақытында "
        "аяқталатын түскі үзіліс үзілістің жоқтығын білдіреді.",
        "Сроки, считаемые в часах, отсчитываются по этим часам. Обед, который кончается "
        "тогда же, когда начинается, означает работу без перерыва.",
    ),
    (
        "SettingsDialog",
        "How to complain (printed on the talon)",
        "Шағымдану тәртібі (талонда басылады)",
        "Порядок обжалования (печатается в талоне)",
    ),
    (
        "SettingsDialog",
        "Leave both empty to print the standard text (shown greyed).",
        "Стандартты мәтінді (сұр түспен көрсетілген) басу үшін екеуін де бос қалдырыңыз.",
        "Оставьте оба поля пустыми, чтобы печатать стандартный текст (показан серым).",
    ),
    ("SettingsDialog", "In Kazakh:", "Қазақша:", "На казахском:"),
    ("SettingsDialog", "In Russian:", "Орысша:", "На русском:"),
]
OTHER_WINDOWS += FIRST_RUN_WINDOWS
OTHER_WINDOWS += COMMISSION_WINDOWS
for _ctx, _src, _kk, _ru in OTHER_WINDOWS:
    KK[(_ctx, _src)] = _kk
    RU[(_ctx, _src)] = _ru


def _load_text_files(folder: Path) -> None:
    """Merge translations/texts/*.py (one file per group of screens) into KK and RU."""
    import runpy

    for path in sorted(folder.glob("*.py")):
        namespace = runpy.run_path(str(path))
        for ctx, src, kk, ru in namespace.get("WINDOWS", []):
            if (ctx, src) in KK:
                raise SystemExit(f"{path.name}: [{ctx}] {src!r} is translated twice")
            KK[(ctx, src)] = kk
            RU[(ctx, src)] = ru
        for ctx, src, kk_forms, ru_forms in namespace.get("PLURALS", []):
            KK[(ctx, src)] = list(kk_forms)
            RU[(ctx, src)] = list(ru_forms)


_load_text_files(TS_DIR / "texts")

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
