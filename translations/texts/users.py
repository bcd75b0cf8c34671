"""Logging in, the lock screen, staff accounts, the password on the first-run wizard's staff
page, and the case card's History tab (before → after)."""

WINDOWS = [
    # --- login and lock screen (ui/login_dialog.py) ---
    ("LoginDialog", "Log in", "Кіру", "Вход"),
    ("LoginDialog", "Locked", "Құлыпталған", "Заблокировано"),
    ("IdleLock", "Locked", "Құлыпталған", "Заблокировано"),
    (
        "LoginDialog",
        "You have no password yet. Choose one of at least {count} characters: from now on "
        "the program asks for it.",
        "Сізде әлі құпиясөз жоқ. Кемінде {count} таңбадан тұратын құпиясөз таңдаңыз: "
        "бұдан былай бағдарлама оны сұрайды.",
        "У вас ещё нет пароля. Выберите пароль не короче {count} символов: теперь программа "
        "будет его спрашивать.",
    ),
    ("LoginDialog", "&Staff member:", "&Қызметкер:", "&Сотрудник:"),
    ("LoginDialog", "&Password:", "&Құпиясөз:", "&Пароль:"),
    ("LoginDialog", "&New password:", "&Жаңа құпиясөз:", "&Новый пароль:"),
    ("LoginDialog", "&Repeat it:", "&Қайталаңыз:", "&Повторите:"),
    ("LoginDialog", "Quit the program", "Бағдарламадан шығу", "Выйти из программы"),
    (
        "LoginDialog",
        "The program was locked after {minutes} minutes without use. Enter the password of "
        "{name} to go on; the open windows stay as they were.",
        "Бағдарлама {minutes} минут қолданылмағаннан кейін құлыпталды. Жалғастыру үшін "
        "{name} құпиясөзін енгізіңіз; ашық терезелер сол күйінде қалады.",
        "Программа заблокирована после {minutes} минут бездействия. Чтобы продолжить, "
        "введите пароль сотрудника {name}; открытые окна остаются как были.",
    ),
    (
        "LoginDialog",
        "Choose your name and enter your password.",
        "Атыңызды таңдап, құпиясөзіңізді енгізіңіз.",
        "Выберите своё имя и введите пароль.",
    ),
    (
        "LoginDialog",
        "Set password and log in",
        "Құпиясөзді орнатып, кіру",
        "Задать пароль и войти",
    ),
    ("LoginDialog", "Choose a staff member.", "Қызметкерді таңдаңыз.", "Выберите сотрудника."),
    (
        "LoginDialog",
        "The two passwords differ.",
        "Екі құпиясөз сәйкес келмейді.",
        "Пароли не совпадают.",
    ),
    # --- main window ---
    (
        "MainWindow",
        "Staff &accounts…",
        "Қызметкерлердің есептік &жазбалары…",
        "&Учётные записи сотрудников…",
    ),
    ("MainWindow", "&Lock", "&Құлыптау", "&Заблокировать"),
    # --- staff accounts (ui/users_dialog.py) ---
    (
        "UsersDialog",
        "Staff accounts",
        "Қызметкерлердің есептік жазбалары",
        "Учётные записи сотрудников",
    ),
    ("UsersDialog", "Login", "Кіру аты", "Логин"),
    ("UsersDialog", "Name", "Аты-жөні", "ФИО"),
    ("UsersDialog", "Role", "Рөлі", "Роль"),
    ("UsersDialog", "State", "Күйі", "Состояние"),
    ("UsersDialog", "&Add…", "&Қосу…", "&Добавить…"),
    ("UsersDialog", "Set &password…", "&Құпиясөз орнату…", "Задать &пароль…"),
    ("UsersDialog", "&Unlock", "Бұғаттан &шығару", "&Разблокировать"),
    ("UsersDialog", "&Disable", "Ө&шіру", "&Отключить"),
    ("UsersDialog", "&Enable", "Қ&осу", "&Включить"),
    ("UsersDialog", "Close", "Жабу", "Закрыть"),
    ("UsersDialog", "disabled", "өшірілген", "отключена"),
    ("UsersDialog", "locked until {time}", "{time} дейін бұғатталған", "заблокирована до {time}"),
    ("UsersDialog", "no password yet", "құпиясөз әлі жоқ", "пароля ещё нет"),
    ("UsersDialog", "active", "белсенді", "действует"),
    ("AddUserDialog", "New staff member", "Жаңа қызметкер", "Новый сотрудник"),
    (
        "AddUserDialog",
        "The password may be left empty: the person then chooses it at their first login.",
        "Құпиясөзді бос қалдыруға болады: қызметкер оны бірінші кіргенде өзі таңдайды.",
        "Пароль можно оставить пустым: сотрудник выберет его сам при первом входе.",
    ),
    ("AddUserDialog", "&Login:", "&Кіру аты:", "&Логин:"),
    ("AddUserDialog", "&Surname:", "&Тегі:", "&Фамилия:"),
    ("AddUserDialog", "&Name:", "&Аты:", "&Имя:"),
    ("AddUserDialog", "&Patronymic:", "Ә&кесінің аты:", "&Отчество:"),
    ("AddUserDialog", "&Role:", "&Рөлі:", "&Роль:"),
    ("AddUserDialog", "Pass&word:", "&Құпиясөз:", "&Пароль:"),
    ("AddUserDialog", "Repeat the password:", "Құпиясөзді қайталаңыз:", "Повторите пароль:"),
    (
        "PasswordDialog",
        "New password for {login}",
        "{login} үшін жаңа құпиясөз",
        "Новый пароль для {login}",
    ),
    ("PasswordDialog", "&New password:", "&Жаңа құпиясөз:", "&Новый пароль:"),
    ("PasswordDialog", "&Repeat it:", "&Қайталаңыз:", "&Повторите:"),
    ("Role", "Specialist", "Маман", "Специалист"),
    ("Role", "Akim", "Әкім", "Аким"),
    ("Role", "District clerk", "Аудан қызметкері", "Сотрудник района"),
    ("Role", "Administrator", "Әкімші", "Администратор"),
    # --- first-run wizard, staff page ---
    ("StaffPage", "Pass&word:", "&Құпиясөз:", "&Пароль:"),
    ("StaffPage", "Repeat the password:", "Құпиясөзді қайталаңыз:", "Повторите пароль:"),
    (
        "StaffPage",
        "At least {count} characters, typed twice. It may also be left empty: the program "
        "then asks for it at the first start.",
        "Кемінде {count} таңба, екі рет теріледі. Бос қалдыруға да болады: онда бағдарлама "
        "оны бірінші іске қосқанда сұрайды.",
        "Не короче {count} символов, дважды. Можно оставить пустым: тогда программа "
        "спросит его при первом запуске.",
    ),
    # --- case card, History tab ---
    ("CaseCard", "Change", "Өзгеріс", "Изменение"),
    ("CaseField", "Status", "Мәртебесі", "Статус"),
    ("CaseField", "Number", "Нөмірі", "Номер"),
    ("CaseField", "Service", "Қызмет", "Услуга"),
    ("CaseField", "Result due", "Нәтиже мерзімі", "Срок результата"),
    ("CaseField", "Next due", "Келесі мерзім", "Ближайший срок"),
    ("CaseField", "Documents brought", "Әкелінген құжаттар", "Принесённые документы"),
    ("CaseField", "Documents missing", "Жетіспейтін құжаттар", "Недостающие документы"),
    ("CaseField", "Outgoing packet", "Шығыс пакет", "Исходящий пакет"),
    ("CaseField", "Commission decision", "Комиссия шешімі", "Решение о комиссии"),
    ("CaseField", "Step", "Кезең", "Этап"),
    ("CaseField", "Needs assistance", "Көмекке мұқтаж", "Нуждается в помощи"),
    ("CaseField", "Income per person", "Жан басына табыс", "Доход на человека"),
    ("CaseField", "yes", "иә", "да"),
    ("CaseField", "no", "жоқ", "нет"),
]
