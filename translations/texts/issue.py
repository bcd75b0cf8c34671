"""Interface texts of the way back at the akim's office: the issue window and the decision
panel (ui/issue_dialog.py), the same-day certificate (ui/certificate_dialog.py), the case
card's "Decision and issue" tab and buttons, the late packets and their "Re-send" in the
packets window, and the re-send limit in Settings."""

WINDOWS = [
    # --- the decision and the issuance (ResultPanel: the issue window and the case card) ---
    ("ResultPanel", "District's decision", "Аудан шешімі", "Решение района"),
    ("ResultPanel", "Open decision PDF…", "Шешімнің PDF-ін ашу…", "Открыть PDF решения…"),
    ("ResultPanel", "Issued", "Берілді", "Выдано"),
    (
        "ResultPanel",
        "No decision from the district yet.",
        "Ауданнан шешім әлі келген жоқ.",
        "Решения района ещё нет.",
    ),
    (
        "ResultPanel",
        "Notice of assignment",
        "Тағайындау туралы хабарлама",
        "Уведомление о назначении",
    ),
    ("ResultPanel", "Reasoned refusal", "Дәлелді бас тарту", "Мотивированный отказ"),
    ("ResultPanel", "Outcome:", "Нәтижесі:", "Результат:"),
    ("ResultPanel", "Decision No.:", "Шешім №:", "Решение №:"),
    ("ResultPanel", "Date:", "Күні:", "Дата:"),
    ("ResultPanel", "Ground:", "Негізі:", "Основание:"),
    ("ResultPanel", "{amount} a month", "айына {amount}", "{amount} в месяц"),
    ("ResultPanel", "Amount:", "Сомасы:", "Сумма:"),
    ("ResultPanel", "Period:", "Кезеңі:", "Период:"),
    ("ResultPanel", "Signed by:", "Қол қойған:", "Подписал(а):"),
    (
        "ResultPanel",
        "The decision came without its PDF.",
        "Шешім PDF файлсыз келді.",
        "Решение пришло без PDF-файла.",
    ),
    (
        "ResultPanel",
        "Certificate: belongs to the recipients ({quarter})",
        "Анықтама: алушыларға жатады ({quarter})",
        "Справка: относится к получателям ({quarter})",
    ),
    (
        "ResultPanel",
        "Certificate: does not belong to the recipients ({quarter})",
        "Анықтама: алушыларға жатпайды ({quarter})",
        "Справка: не относится к получателям ({quarter})",
    ),
    ("ResultPanel", "What:", "Не берілді:", "Что выдано:"),
    ("ResultPanel", "When:", "Қашан:", "Когда:"),
    ("ResultPanel", "Received by:", "Алған:", "Получил(а):"),
    (
        "ResultPanel",
        "against the printed issue receipt",
        "басып шығарылған беру қолхаты бойынша",
        "под распечатанную расписку о выдаче",
    ),
    ("ResultPanel", "signature in the journal", "журналдағы қолы", "подпись в журнале"),
    ("ResultPanel", "Confirmed by:", "Растау:", "Подтверждение:"),
    ("ResultPanel", "Issued by:", "Берген:", "Выдал(а):"),
    ("ResultPanel", "Decision No. {number}", "№ {number} шешім", "Решение № {number}"),
    # --- the issue window ---
    (
        "IssueDialog",
        "Issue the result: application No. {number}",
        "Нәтижені беру: № {number} өтініш",
        "Выдача результата: заявление № {number}",
    ),
    ("IssueDialog", "Issue the result", "Нәтижені беру", "Выдача результата"),
    (
        "IssueDialog",
        "Application No. {number}, {name}",
        "№ {number} өтініш, {name}",
        "Заявление № {number}, {name}",
    ),
    ("IssueDialog", "Handing over", "Табыстау", "Выдача"),
    (
        "IssueDialog",
        "The applicant or the representative; type another name if someone else.",
        "Өтініш беруші немесе өкілі; басқа адам алса, оның аты-жөнін жазыңыз.",
        "Заявитель или представитель; если получает другой человек, впишите его имя.",
    ),
    (
        "IssueDialog",
        "Print the issue receipt",
        "Беру туралы қолхатты басып шығару",
        "Печатать расписку о выдаче",
    ),
    ("IssueDialog", "Signature in the journal", "Журналға қол қою", "Подпись в журнале"),
    ("IssueDialog", "&Received by:", "&Алушы:", "&Получатель:"),
    ("IssueDialog", "Confirmed by:", "Растау:", "Подтверждение:"),
    ("IssueDialog", "&Issue", "&Беру", "&Выдать"),
    ("IssueDialog", "Cancel", "Болдырмау", "Отмена"),
    (
        "IssueDialog",
        "The result of this case has been issued already.",
        "Бұл істің нәтижесі бұрын берілген.",
        "Результат по этому делу уже выдан.",
    ),
    (
        "IssueDialog",
        "The district's decision on this case has not arrived yet.",
        "Бұл іс бойынша аудан шешімі әлі келген жоқ.",
        "Решение района по этому делу ещё не поступило.",
    ),
    (
        "IssueDialog",
        "Issue receipt for application No. {number}",
        "№ {number} өтініш бойынша беру туралы қолхат",
        "Расписка о выдаче по заявлению № {number}",
    ),
    (
        "IssueDialog",
        "The result is issued to {name}. Ask them to sign in the journal against "
        "application No. {number}.",
        "Нәтиже {name} алушыға берілді. Журналда № {number} өтініштің тұсына қол қоюын сұраңыз.",
        "Результат выдан: {name}. Попросите расписаться в журнале напротив заявления № {number}.",
    ),
    (
        "IssueDialog",
        "The receipt could not be written: {error}",
        "Қолхатты жазу мүмкін болмады: {error}",
        "Не удалось записать расписку: {error}",
    ),
    # --- the same-day certificate ---
    (
        "CertificateDialog",
        "Certificate: application No. {number}",
        "Анықтама: № {number} өтініш",
        "Справка: заявление № {number}",
    ),
    ("CertificateDialog", "Certificate", "Анықтама", "Справка"),
    ("CertificateDialog", "Applicant", "Өтініш беруші", "Заявитель"),
    ("CertificateDialog", "Name:", "Аты-жөні:", "ФИО:"),
    ("CertificateDialog", "IIN:", "ЖСН:", "ИИН:"),
    ("CertificateDialog", "Address:", "Мекенжайы:", "Адрес:"),
    ("CertificateDialog", "What the register says", "Тізілім бойынша", "Что говорит реестр"),
    (
        "CertificateDialog",
        "Quarter {quarter} of {year} ({start} – {end})",
        "{year} жылғы {quarter}-тоқсан ({start} – {end})",
        "{quarter} квартал {year} года ({start} – {end})",
    ),
    ("CertificateDialog", "Quarter:", "Тоқсан:", "Квартал:"),
    (
        "CertificateDialog",
        "Belongs to the recipients of targeted social assistance",
        "Атаулы әлеуметтік көмек алушыларға жатады",
        "Относится к получателям адресной социальной помощи",
    ),
    (
        "CertificateDialog",
        "Does not belong to the recipients of targeted social assistance",
        "Атаулы әлеуметтік көмек алушыларға жатпайды",
        "Не относится к получателям адресной социальной помощи",
    ),
    ("CertificateDialog", "Answer:", "Жауабы:", "Ответ:"),
    ("CertificateDialog", "Basis:", "Негіздеме:", "Основание:"),
    (
        "CertificateDialog",
        "Signing and handing over",
        "Қол қою және беру",
        "Подписание и выдача",
    ),
    ("CertificateDialog", "Signed by:", "Қол қояды:", "Подписывает:"),
    (
        "CertificateDialog",
        "Who receives the certificate (the applicant by default).",
        "Анықтаманы кім алады (әдепкі бойынша өтініш беруші).",
        "Кто получает справку (по умолчанию заявитель).",
    ),
    ("CertificateDialog", "&Received by:", "&Алушы:", "&Получатель:"),
    (
        "CertificateDialog",
        "The recipient signs the journal; the case is closed the same day.",
        "Алушы журналға қол қояды; іс сол күні жабылады.",
        "Получатель расписывается в журнале; дело закрывается в тот же день.",
    ),
    ("CertificateDialog", "&Issue", "&Беру", "&Выдать"),
    ("CertificateDialog", "Cancel", "Болдырмау", "Отмена"),
    (
        "CertificateDialog",
        "No assignment of targeted social assistance covers this quarter.",
        "Бұл тоқсанға атаулы әлеуметтік көмек тағайындалмаған.",
        "На этот квартал адресная социальная помощь не назначена.",
    ),
    (
        "CertificateDialog",
        "Decision {decision} on application No. {case}",
        "№ {case} өтініш бойынша {decision} шешім",
        "Решение {decision} по заявлению № {case}",
    ),
    (
        "CertificateDialog",
        "assigned for {start} – {end}",
        "{start} – {end} кезеңіне тағайындалған",
        "назначена на {start} – {end}",
    ),
    (
        "CertificateDialog",
        "The certificate could not be written: {error}",
        "Анықтаманы жазу мүмкін болмады: {error}",
        "Не удалось записать справку: {error}",
    ),
    (
        "CertificateDialog",
        "Certificate for application No. {number}",
        "№ {number} өтініш бойынша анықтама",
        "Справка по заявлению № {number}",
    ),
    # --- the case card ---
    ("CaseCard", "Decision and issue", "Шешім және беру", "Решение и выдача"),
    ("CaseCard", "Issue result…", "Нәтижені беру…", "Выдать результат…"),
    ("CaseCard", "Certificate…", "Анықтама…", "Справка…"),
    (
        "CaseCard",
        "The district's decision has not arrived yet.",
        "Аудан шешімі әлі келген жоқ.",
        "Решение района ещё не поступило.",
    ),
    # --- late packets and re-sending ---
    ("PacketsDialog", "Re-send…", "Қайта жіберу…", "Отправить повторно…"),
    (
        "PacketsDialog",
        "Write the same file {name} again to a folder or USB stick",
        "Сол {name} файлын қалтаға немесе USB-жинақтауышқа қайта жазу",
        "Записать тот же файл {name} ещё раз в папку или на флешку",
    ),
    # --- settings ---
    (
        "SettingsDialog",
        "Packets to the district: re-send after (days):",
        "Ауданға пакеттер: қайта жіберу (күннен кейін):",
        "Пакеты в район: повторная отправка через (дней):",
    ),
    (
        "SettingsDialog",
        "A packet with no receipt from the district after this many days is shown in red in "
        "the outbox, with a button to send its file again.",
        "Осынша күннен кейін аудан алғанын растамаған пакет шығыс жәшігінде қызылмен "
        "көрсетіледі, оның файлын қайта жіберу батырмасы шығады.",
        "Пакет, получение которого район не подтвердил за это число дней, показывается в "
        "исходящих красным, с кнопкой повторной отправки файла.",
    ),
]

PLURALS = [
    (
        "PacketsDialog",
        "No receipt from the district after %n day(s)",
        ["%n күн өтсе де ауданнан растау жоқ", "%n күн өтсе де ауданнан растау жоқ"],
        [
            "Нет подтверждения от района %n день",
            "Нет подтверждения от района %n дня",
            "Нет подтверждения от района %n дней",
        ],
    ),
    (
        "PacketsDialog",
        "Sent {date}, awaiting acknowledgement for %n day(s)",
        [
            "{date} жіберілді, растауды %n күн күтуде",
            "{date} жіберілді, растауды %n күн күтуде",
        ],
        [
            "Отправлен {date}, ждёт подтверждения %n день",
            "Отправлен {date}, ждёт подтверждения %n дня",
            "Отправлен {date}, ждёт подтверждения %n дней",
        ],
    ),
]
