<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CaseAction</name>
    <message>
        <location filename="../ui/case_card.py" line="+40"/>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused to accept (receipt)</source>
        <translation>Отказано в приеме (расписка)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akim&apos;s resolution</source>
        <translation>Резолюция акима</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the commission</source>
        <translation>Передано в комиссию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection act</source>
        <translation>Акт обследования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission&apos;s conclusion</source>
        <translation>Заключение комиссии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put in an outgoing packet</source>
        <translation>Включено в пакет на отправку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the department</source>
        <translation>Направлено в отдел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision recorded</source>
        <translation>Решение зарегистрировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result issued</source>
        <translation>Результат выдан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Статус изменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
</context>
<context>
    <name>CaseCard</name>
    <message>
        <location line="+66"/>
        <source>Application No. {number}</source>
        <translation>Заявление № {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application No. {number} of {date}</source>
        <translation>Заявление № {number} от {date}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+56"/>
        <source>{date} (overdue)</source>
        <translation>{date} (просрочено)</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Result due</source>
        <translation>Дата получения услуги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Representative</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted by</source>
        <translation>Принял(а)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps and deadlines</source>
        <translation>Этапы и сроки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reprint refusal receipt</source>
        <translation>Повторно напечатать расписку об отказе</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reprint talon</source>
        <translation>Повторно напечатать талон</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(not counted in the term)</source>
        <translation>(не входит в срок)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Обязательный</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brought</source>
        <translation>Представлен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <source>Talon</source>
        <translation>Талон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document could not be written: {error}</source>
        <translation>Не удалось записать документ: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refusal receipt No. {number}</source>
        <translation>Расписка об отказе № {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talon No. {number}</source>
        <translation>Талон № {number}</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../ui/intake_dialog.py" line="+148"/>
        <source>New application</source>
        <translation>Новое заявление</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search by name in Kazakh or Russian</source>
        <translation>Поиск по названию на казахском или русском</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Required documents are in bold. Tick what the applicant brought.</source>
        <translation>Обязательные документы выделены жирным. Отметьте те, что принёс заявитель.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another document, as written on it</source>
        <translation>Другой документ, как он назван</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add document</source>
        <translation>Добавить документ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents brought</source>
        <translation>Представленные документы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+42"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Double-click to open the case</source>
        <translation>Дважды щёлкните, чтобы открыть дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on file</source>
        <translation>Уже есть в базе</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applies through a representative</source>
        <translation>Обращается через представителя</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power of attorney No.</source>
        <translation>Доверенность №</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power of attorney date</source>
        <translation>Дата доверенности</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal receipt…</source>
        <translation>Расписка об отказе…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not accept: print a receipt listing the missing documents</source>
        <translation>Не принимать: напечатать расписку с перечнем недостающих документов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close; what you typed is kept as a draft</source>
        <translation>Закрыть; введённое сохранится как черновик</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>No service matches this search.</source>
        <translation>Нет услуг по этому запросу.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not accepted at the akim&apos;s office. Refer the resident: {where}</source>
        <translation>Не принимается в аппарате акима. Направьте жителя: {where}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chosen: {service}</source>
        <translation>Выбрано: {service}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Required</source>
        <translation>Обязательный</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>{name}, born {born}. Open cases:</source>
        <translation>{name}, дата рождения {born}. Открытые заявления:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}, born {born}. No open cases.</source>
        <translation>{name}, дата рождения {born}. Открытых заявлений нет.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>{n} of 12 digits</source>
        <translation>{n} из 12 цифр</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a service.</source>
        <translation>Выберите услугу.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the representative&apos;s full name.</source>
        <translation>Введите ФИО представителя.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Required documents not ticked: {names}. Tick them if brought, or give the refusal receipt.</source>
        <translation>Не отмечены обязательные документы: {names}. Отметьте их, если они представлены, или выдайте расписку об отказе.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Refusal receipt</source>
        <translation>Расписка об отказе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application will not be accepted. The journal records the refusal and the applicant gets a receipt listing the missing documents:
{names}

Continue?</source>
        <translation>Заявление не будет принято. В журнале регистрируется отказ, заявителю выдаётся расписка с перечнем недостающих документов:
{names}

Продолжить?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register another application anyway?</source>
        <translation>Всё равно зарегистрировать ещё одно заявление?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not registered</source>
        <translation>Не зарегистрировано</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Talon</source>
        <translation>Талон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application No. {number} is registered, but the document could not be made: {error}. Reprint it from the case card.</source>
        <translation>Заявление № {number} зарегистрировано, но документ не удалось сформировать: {error}. Напечатайте его повторно из карточки дела.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refusal receipt No. {number} is ready</source>
        <translation>Расписка об отказе № {number} готова</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talon No. {number} is ready</source>
        <translation>Талон № {number} готов</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Continue the unfinished application from {time}?</source>
        <translation>Продолжить незавершённое заявление от {time}?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unfinished application</source>
        <translation>Незавершённое заявление</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="+99"/>
        <source>Number, IIN, surname, name…</source>
        <translation>Номер, ИИН, фамилия, имя…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All services</source>
        <translation>Все услуги</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New application…</source>
        <translation>&amp;Новое заявление…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Qabyldau…</source>
        <translation>&amp;О программе…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(office not set up)</source>
        <translation>(офис не настроен)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Staff: {name}</source>
        <translation>Сотрудник: {name}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Applications: over {count}</source>
        <translation>Заявлений: более {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applications: {count}</source>
        <translation>Заявлений: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue: over {count}</source>
        <translation>Просрочено: более {count}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>Просрочено: %n</numerusform>
            <numerusform>Просрочено: %n</numerusform>
            <numerusform>Просрочено: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&lt;b&gt;Қабылдау&lt;/b&gt; {version}&lt;br&gt;&lt;br&gt;Registering applications for social-protection services at a rural akim&apos;s office, offline.</source>
        <translation>&lt;b&gt;Қабылдау&lt;/b&gt; {version}&lt;br&gt;&lt;br&gt;Регистрация заявлений на услуги социальной защиты в аппарате акима сельского округа, без Интернета.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About Qabyldau</source>
        <translation>О программе</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../ui/printing.py" line="+30"/>
        <location line="+14"/>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not save the file: {error}</source>
        <translation>Не удалось сохранить файл: {error}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved to: {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No program to open PDF files was found. The document is saved at:
{path}</source>
        <translation>Не найдена программа для открытия PDF-файлов. Документ сохранён здесь:
{path}</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../ui/register_model.py" line="+221"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next due</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../ui/main.py" line="+80"/>
        <source>Qabyldau</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The office is not set up</source>
        <translation>Офис не настроен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has no office set up yet.

Set it up with the command
    qabyldau init
(its options: qabyldau init --help)

or try the program on sample data:
    qabyldau gui --demo</source>
        <translation>На этом компьютере офис ещё не настроен.

Настройте его командой
    qabyldau init
(её параметры: qabyldau init --help)

или попробуйте программу на примерах:
    qabyldau gui --demo</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../ui/labels.py" line="+12"/>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the commission</source>
        <translation>В комиссии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection act drawn up</source>
        <translation>Акт обследования составлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In an outgoing packet</source>
        <translation>В пакете на отправку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the department</source>
        <translation>Направлено в отдел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>Решение принято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for issue</source>
        <translation>Готово к выдаче</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused to accept</source>
        <translation>Отказано в приеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
</context>
</TS>
