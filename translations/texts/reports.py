"""Interface texts of the report dialog (ui/report_dialog.py) and its menu entry."""

WINDOWS = [
    ("MainWindow", "&Reports…", "&Есептер…", "&Отчеты…"),
    ("ReportDialog", "Report to the district", "Ауданға есеп", "Отчет в район"),
    ("ReportDialog", "This month", "Осы ай", "Текущий месяц"),
    ("ReportDialog", "Last month", "Өткен ай", "Прошлый месяц"),
    ("ReportDialog", "This quarter", "Осы тоқсан", "Текущий квартал"),
    ("ReportDialog", "Another period", "Басқа кезең", "Другой период"),
    ("ReportDialog", "All offices", "Барлық кеңселер", "Все офисы"),
    ("ReportDialog", "PDF, for printing", "PDF, басып шығару үшін", "PDF, для печати"),
    ("ReportDialog", "Word document (DOCX)", "Word құжаты (DOCX)", "Документ Word (DOCX)"),
    ("ReportDialog", "Excel workbook (XLSX)", "Excel кітабы (XLSX)", "Книга Excel (XLSX)"),
    ("ReportDialog", "Cancel", "Болдырмау", "Отмена"),
    ("ReportDialog", "Save…", "Сақтау…", "Сохранить…"),
    ("ReportDialog", "Print preview…", "Басып шығаруды алдын ала көру…", "Предпросмотр печати…"),
    ("ReportDialog", "Close", "Жабу", "Закрыть"),
    ("ReportDialog", "Period:", "Кезең:", "Период:"),
    ("ReportDialog", "From:", "Басы:", "С:"),
    ("ReportDialog", "To:", "Соңы:", "По:"),
    ("ReportDialog", "Office:", "Кеңсе:", "Офис:"),
    ("ReportDialog", "Format:", "Пішімі:", "Формат:"),
    (
        "ReportDialog",
        "The report counts the applications registered in the period; their results and terms "
        "as of the period's end.",
        "Есепке кезеңде тіркелген өтініштер кіреді; олардың нәтижелері мен мерзімдері кезеңнің "
        "соңындағы жағдай бойынша.",
        "В отчет входят заявления, зарегистрированные в периоде; их результаты и сроки — по "
        "состоянию на конец периода.",
    ),
    (
        "ReportDialog",
        "The period starts after it ends.",
        "Кезеңнің басы соңынан кейін тұр.",
        "Начало периода позже его конца.",
    ),
    ("ReportDialog", "PDF documents (*.pdf)", "PDF құжаттары (*.pdf)", "Документы PDF (*.pdf)"),
    (
        "ReportDialog",
        "Word documents (*.docx)",
        "Word құжаттары (*.docx)",
        "Документы Word (*.docx)",
    ),
    (
        "ReportDialog",
        "Excel workbooks (*.xlsx)",
        "Excel кітаптары (*.xlsx)",
        "Книги Excel (*.xlsx)",
    ),
    ("ReportDialog", "Save the report", "Есепті сақтау", "Сохранить отчет"),
    ("ReportDialog", "Making the report…", "Есеп жасалуда…", "Отчет формируется…"),
    ("ReportDialog", "Cancelling…", "Тоқтатылуда…", "Отмена…"),
    ("ReportDialog", "Saved to: {path}", "Сақталды: {path}", "Сохранено: {path}"),
    ("ReportDialog", "Report for {period}", "{period} кезеңіне есеп", "Отчет за {period}"),
    (
        "ReportDialog",
        "Cancelled: no file was written.",
        "Тоқтатылды: файл жазылған жоқ.",
        "Отменено: файл не записан.",
    ),
    (
        "ReportDialog",
        "The report could not be written: {error}",
        "Есепті жазу мүмкін болмады: {error}",
        "Не удалось записать отчет: {error}",
    ),
    (
        "ReportDialog",
        "The report could not be made: {error}",
        "Есепті жасау мүмкін болмады: {error}",
        "Не удалось сформировать отчет: {error}",
    ),
]
