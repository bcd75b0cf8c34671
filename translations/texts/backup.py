"""Interface texts of the Backups window (ui/backup_dialog.py), its menu entry, and the
database check and backup at start."""

WINDOWS = [
    ("MainWindow", "&Backups…", "&Сақтық көшірмелер…", "&Резервные копии…"),
    ("BackupDialog", "Backups", "Сақтық көшірмелер", "Резервные копии"),
    ("BackupDialog", "Change folder…", "Қалтаны өзгерту…", "Сменить папку…"),
    ("BackupDialog", "Date", "Күні", "Дата"),
    ("BackupDialog", "Kind", "Түрі", "Вид"),
    ("BackupDialog", "Size", "Көлемі", "Размер"),
    ("BackupDialog", "File", "Файл атауы", "Имя файла"),
    ("BackupDialog", "Back up now", "Қазір көшірме жасау", "Сделать копию сейчас"),
    ("BackupDialog", "Restore…", "Қалпына келтіру…", "Восстановить…"),
    ("BackupDialog", "Check database", "Дерекқорды тексеру", "Проверить базу данных"),
    ("BackupDialog", "Close", "Жабу", "Закрыть"),
    (
        "BackupDialog",
        "Automatic (start of day)",
        "Автоматты (күн басында)",
        "Автоматическая (в начале дня)",
    ),
    ("BackupDialog", "Made by hand", "Қолмен жасалған", "Сделана вручную"),
    (
        "BackupDialog",
        "Before a program update",
        "Бағдарламаны жаңарту алдында",
        "Перед обновлением программы",
    ),
    (
        "BackupDialog",
        "Replaced by a restore",
        "Қалпына келтіру кезінде ауыстырылған",
        "Заменённая при восстановлении",
    ),
    ("BackupDialog", "Other file", "Басқа файл", "Другой файл"),
    (
        "BackupDialog",
        "Backup folder: {folder}",
        "Көшірмелер қалтасы: {folder}",
        "Папка копий: {folder}",
    ),
    ("BackupDialog", "Backing up…", "Көшірме жасалуда…", "Создаётся копия…"),
    ("BackupDialog", "Backup failed", "Көшірме жасалмады", "Копия не создана"),
    (
        "BackupDialog",
        "Backup made: {name} ({size}).",
        "Көшірме жасалды: {name} ({size}).",
        "Копия создана: {name} ({size}).",
    ),
    ("BackupDialog", "Choose a backup", "Көшірмені таңдаңыз", "Выберите копию"),
    (
        "BackupDialog",
        "Qabyldau backups (*.sqlite *.json)",
        "Qabyldau көшірмелері (*.sqlite *.json)",
        "Копии Qabyldau (*.sqlite *.json)",
    ),
    (
        "BackupDialog",
        "Restore from a backup",
        "Көшірмеден қалпына келтіру",
        "Восстановление из копии",
    ),
    (
        "BackupDialog",
        "Restore the database from the backup of {when}?\n\nThe backup is checked first. "
        "Everything recorded after it is set aside with the current database, which is kept in "
        "the backups folder. The program will then restart.",
        "Дерекқорды {when} көшірмесінен қалпына келтіру керек пе?\n\nАлдымен көшірме "
        "тексеріледі. Одан кейін енгізілгеннің бәрі қазіргі дерекқормен бірге көшірмелер "
        "қалтасында сақталады. Содан кейін бағдарлама қайта іске қосылады.",
        "Восстановить базу данных из копии от {when}?\n\nСначала копия будет проверена. Всё "
        "внесённое после неё останется в текущей базе данных, которая сохраняется в папке "
        "копий. Затем программа перезапустится.",
    ),
    (
        "BackupDialog",
        "Checking the backup and restoring…",
        "Көшірме тексеріліп, қалпына келтірілуде…",
        "Проверка копии и восстановление…",
    ),
    ("BackupDialog", "Restored.", "Қалпына келтірілді.", "Восстановлено."),
    (
        "BackupDialog",
        "The database was restored from the backup of {when}. The replaced database was kept "
        "as {previous}.\n\nThe program will now restart.",
        "Дерекқор {when} көшірмесінен қалпына келтірілді. Ауыстырылған дерекқор {previous} "
        "атымен сақталды.\n\nБағдарлама қазір қайта іске қосылады.",
        "База данных восстановлена из копии от {when}. Заменённая база сохранена как "
        "{previous}.\n\nСейчас программа перезапустится.",
    ),
    ("BackupDialog", "Restore refused", "Қалпына келтіру тоқтатылды", "Восстановление отклонено"),
    (
        "BackupDialog",
        "Checking the database (this can take a minute)…",
        "Дерекқор тексерілуде (бір минуттай уақыт алуы мүмкін)…",
        "Проверка базы данных (может занять минуту)…",
    ),
    (
        "BackupDialog",
        "Restore the newest good backup: select it and press Restore…",
        "Соңғы жарамды көшірмеден қалпына келтіріңіз: оны таңдап, «Қалпына келтіру…» "
        "батырмасын басыңыз.",
        "Восстановите последнюю исправную копию: выберите её и нажмите «Восстановить…».",
    ),
    ("BackupDialog", "Backup folder", "Көшірмелер қалтасы", "Папка копий"),
    (
        "BackupDialog",
        "New backups will be made in {folder}.",
        "Жаңа көшірмелер осы қалтада жасалады: {folder}.",
        "Новые копии будут создаваться в папке {folder}.",
    ),
    ("BackupStartup", "Database check", "Дерекқорды тексеру", "Проверка базы данных"),
    ("BackupStartup", "Restore the backup", "Көшірмеден қалпына келтіру", "Восстановить из копии"),
    ("BackupStartup", "Open anyway", "Сонда да ашу", "Всё равно открыть"),
    ("BackupStartup", "Quit", "Шығу", "Выйти"),
    ("BackupStartup", "Restore refused", "Қалпына келтіру тоқтатылды", "Восстановление отклонено"),
    ("BackupStartup", "Backup", "Сақтық көшірме", "Резервная копия"),
]
