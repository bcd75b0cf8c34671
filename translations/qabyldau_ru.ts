<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActEditor</name>
    <message>
        <location filename="../ui/act_editor.py" line="+111"/>
        <source>Visit date</source>
        <translation>Дата обследования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of the visit</source>
        <translation>Место обследования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Итог обследования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members present</source>
        <translation>Члены комиссии, участвовавшие в обследовании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address found at the visit</source>
        <translation>Адрес, установленный при обследовании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Жильё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household plot and livestock</source>
        <translation>Личное подсобное хозяйство и скот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicles</source>
        <translation>Транспортные средства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other property</source>
        <translation>Иное имущество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other income of the family</source>
        <translation>Иные доходы семьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings and remarks</source>
        <translation>Выводы и замечания комиссии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The commission&apos;s own conclusion</source>
        <translation>Собственное заключение комиссии</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>Relation</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation or study</source>
        <translation>Занятость, учёба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomes</source>
        <translation>Доходы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total a month</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type of home</source>
        <translation>Тип жилья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ownership</source>
        <translation>Форма собственности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms</source>
        <translation>Количество комнат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total area, m²</source>
        <translation>Общая площадь, м²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilities</source>
        <translation>Коммунальные удобства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Land plot, ha</source>
        <translation>Земельный участок, га</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cattle</source>
        <translation>Крупный рогатый скот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horses</source>
        <translation>Лошади</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheep and goats</source>
        <translation>Овцы и козы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camels</source>
        <translation>Верблюды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poultry</source>
        <translation>Птица</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs assistance or not</source>
        <translation>Нуждаемость в помощи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Inspection act: No. {number}, {applicant}</source>
        <translation>Акт обследования: № {number}, {applicant}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Visit</source>
        <translation>Обследование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family and incomes</source>
        <translation>Семья и доходы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home and property</source>
        <translation>Жильё и имущество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusion</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep what is filled in; the act can be completed at another sitting</source>
        <translation>Сохранить заполненное; акт можно завершить в другой раз</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1050"/>
        <source>Complete act</source>
        <translation>Завершить акт</translation>
    </message>
    <message>
        <location line="-1049"/>
        <source>Print act…</source>
        <translation>Печать акта…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save DOCX…</source>
        <translation>Сохранить DOCX…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The act as a Word document, to edit and sign on paper</source>
        <translation>Акт в виде документа Word: отредактировать и подписать на бумаге</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close; unsaved changes are kept as a draft</source>
        <translation>Закрыть; несохранённые изменения останутся черновиком</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>as registered: {address}</source>
        <translation>как при регистрации: {address}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Commission members who took part (they sign the act)</source>
        <translation>Члены комиссии, участвовавшие в обследовании (подписывают акт)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Everyone living in the family, the applicant included. Incomes are tenge a month on average over the income period {start} – {end}; a member without income still counts.</source>
        <translation>Все, кто живёт в семье, включая заявителя. Доходы — в тенге в месяц, в среднем за период {start} – {end}; член семьи без дохода тоже учитывается.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Add member</source>
        <translation>Добавить члена семьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove member</source>
        <translation>Удалить члена семьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All incomes…</source>
        <translation>Все доходы…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scholarship, alimony, farm and business income of the selected member</source>
        <translation>Стипендия, алименты, доходы от подсобного хозяйства и предпринимательства выбранного члена семьи</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>electricity, gas, water, heating, sewerage…</source>
        <translation>электричество, газ, вода, отопление, канализация…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>head</source>
        <translation>голов</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>make and year, or “none”</source>
        <translation>марка и год выпуска или «нет»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Income not of one member (renting out, seasonal work…); not counted</source>
        <translation>Доход, не относящийся к одному члену семьи (сдача в аренду, сезонная работа…); в расчёт не входит</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Property and other income</source>
        <translation>Имущество и иные доходы</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The commission states its own conclusion</source>
        <translation>Комиссия даёт собственное заключение</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For example: does not need, 150 sheep not declared as income. It wins over the arithmetic, which is still printed.</source>
        <translation>Например: не нуждается, 150 овец не указаны в доходах. Оно важнее расчёта, который всё равно печатается.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs assistance</source>
        <translation>Нуждается в помощи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not need assistance</source>
        <translation>Не нуждается в помощи</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reasons (required)</source>
        <translation>Обоснование (обязательно)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No commission was in force on {date}. Check the visit date.</source>
        <translation>На {date} не было действующей комиссии. Проверьте дату обследования.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commission of the akim&apos;s decision No. {number} of {date}</source>
        <translation>Комиссия по решению акима № {number} от {date}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The conclusion is “does not need assistance”: refusing or evading the inspection is a ground for refusal. Describe what happened in the findings and remarks.</source>
        <translation>Заключение — «не нуждается в помощи»: отказ или уклонение от обследования — основание для отказа. Опишите, что произошло, в выводах и замечаниях.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>an amount cannot be negative</source>
        <translation>сумма не может быть отрицательной</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most 2 digits after the comma</source>
        <translation>не больше 2 знаков после запятой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an amount (e.g. 85000 or 85 000,50)</source>
        <translation>не сумма (например 85000 или 85 000,50)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the same IIN is in row {row}</source>
        <translation>этот ИИН уже есть в строке {row}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a date (e.g. 28.10.1979)</source>
        <translation>не дата (например 28.10.1979)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date is in the future</source>
        <translation>дата в будущем</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Row {row}, {column}: {problem}</source>
        <translation>Строка {row}, {column}: {problem}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Family income a month: {total}</source>
        <translation>Доход семьи в месяц: {total}</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Not saved yet</source>
        <translation>Ещё не сохранено</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unsaved act</source>
        <translation>Несохранённый акт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The act of No. {number} has changes from {time} that were not saved. Continue with them?</source>
        <translation>В акте по № {number} есть несохранённые изменения от {time}. Продолжить с ними?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Draft restored, not saved yet</source>
        <translation>Черновик восстановлен, ещё не сохранён</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{outcome}: does not need assistance</source>
        <translation>{outcome}: не нуждается в помощи</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the family members, the applicant included.</source>
        <translation>Внесите членов семьи, включая заявителя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the incomes marked red to compute the conclusion.</source>
        <translation>Исправьте доходы, отмеченные красным, чтобы рассчитать заключение.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{threshold} is not set for the months {months}. Add it under District commission → Commission and thresholds.</source>
        <translation>{threshold} не задан(а) на месяцы: {months}. Введите в меню «Участковая комиссия → Комиссия и пороги дохода».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Per capita {per_capita} {sign} {threshold} ({kind})</source>
        <translation>На душу {per_capita} {sign} {threshold} ({kind})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the commission&apos;s own conclusion: {verdict}</source>
        <translation>собственное заключение комиссии: {verdict}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compared with: {kind}, average over {start} – {end}</source>
        <translation>Сравнивается с: {kind}, в среднем за {start} – {end}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conclusion: {summary}</source>
        <translation>Заключение: {summary}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs assistance</source>
        <translation>нуждается в помощи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not need assistance</source>
        <translation>не нуждается в помощи</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The act was completed on {date}.</source>
        <translation>Акт завершён {date}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The act was due by {date}: overdue.</source>
        <translation>Акт нужно было составить до {date}: просрочено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The act is due by {date}.</source>
        <translation>Акт нужно составить до {date}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save corrected act</source>
        <translation>Сохранить исправленный акт</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Act not saved</source>
        <translation>Акт не сохранён</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Correct the cells marked red first:</source>
        <translation>Сначала исправьте ячейки, отмеченные красным:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved at {time}</source>
        <translation>Сохранено в {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The act of No. {number} is complete. Conclusion: {verdict}.</source>
        <translation>Акт по № {number} завершён. Заключение: {verdict}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next step due by {date}.</source>
        <translation>Срок следующего этапа: {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Act completed</source>
        <translation>Акт завершён</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Family, row {row}</source>
        <translation>Семья, строка {row}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family, row {row}: {field}</source>
        <translation>Семья, строка {row}: {field}</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The act has changes that are not saved. Save them first? Otherwise the last saved version is used.</source>
        <translation>В акте есть несохранённые изменения. Сначала сохранить их? Иначе будет взята последняя сохранённая версия.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+5"/>
        <location line="+28"/>
        <location line="+5"/>
        <source>Inspection act</source>
        <translation>Акт обследования</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>The document could not be written: {error}</source>
        <translation>Не удалось записать документ: {error}</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Inspection act No. {number}</source>
        <translation>Акт обследования № {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the act as DOCX</source>
        <translation>Сохранить акт в DOCX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved to {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
</context>
<context>
    <name>AddCardDialog</name>
    <message>
        <location filename="../ui/keys_dialog.py" line="+154"/>
        <source>Add another office&apos;s card</source>
        <translation>Добавить карточку другого офиса</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type the fingerprint from the office&apos;s printed fingerprint sheet, or have it read to you over the phone, group by group. Do not copy it from the e-mail or the folder the card came in: a swapped card would bring its own.</source>
        <translation>Наберите отпечаток с напечатанного листа другого офиса или попросите прочитать его по телефону, по группам. Не копируйте его из письма или папки, с которыми пришла карточка: подменённая карточка принесёт с собой свой отпечаток.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Trust this card</source>
        <translation>&amp;Доверять этой карточке</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Card file:</source>
        <translation>Файл карточки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office:</source>
        <translation>Офис:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint from the sheet:</source>
        <translation>Отпечаток с листа:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>district department</source>
        <translation>районный отдел</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>akim&apos;s office</source>
        <translation>аппарат акима</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the office&apos;s public card</source>
        <translation>Выберите открытую карточку офиса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public cards (*.json);;All files (*)</source>
        <translation>Открытые карточки (*.json);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../ui/users_dialog.py" line="+112"/>
        <source>New staff member</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The password may be left empty: the person then chooses it at their first login.</source>
        <translation>Пароль можно оставить пустым: сотрудник выберет его сам при первом входе.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the password:</source>
        <translation>Повторите пароль:</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../ui/backup_dialog.py" line="+107"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change folder…</source>
        <translation>Сменить папку…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Back up now</source>
        <translation>Сделать копию сейчас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+208"/>
        <location line="+16"/>
        <location line="+4"/>
        <source>Check database</source>
        <translation>Проверить базу данных</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Automatic (start of day)</source>
        <translation>Автоматическая (в начале дня)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by hand</source>
        <translation>Сделана вручную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a program update</source>
        <translation>Перед обновлением программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced by a restore</source>
        <translation>Заменённая при восстановлении</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other file</source>
        <translation>Другой файл</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup folder: {folder}</source>
        <translation>Папка копий: {folder}</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Backing up…</source>
        <translation>Создаётся копия…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup failed</source>
        <translation>Копия не создана</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup made: {name} ({size}).</source>
        <translation>Копия создана: {name} ({size}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a backup</source>
        <translation>Выберите копию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qabyldau backups (*.sqlite *.json)</source>
        <translation>Копии Qabyldau (*.sqlite *.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+27"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из копии</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Restore the database from the backup of {when}?

The backup is checked first. Everything recorded after it is set aside with the current database, which is kept in the backups folder. The program will then restart.</source>
        <translation>Восстановить базу данных из копии от {when}?

Сначала копия будет проверена. Всё внесённое после неё останется в текущей базе данных, которая сохраняется в папке копий. Затем программа перезапустится.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking the backup and restoring…</source>
        <translation>Проверка копии и восстановление…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restored.</source>
        <translation>Восстановлено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database was restored from the backup of {when}. The replaced database was kept as {previous}.

The program will now restart.</source>
        <translation>База данных восстановлена из копии от {when}. Заменённая база сохранена как {previous}.

Сейчас программа перезапустится.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore refused</source>
        <translation>Восстановление отклонено</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the database (this can take a minute)…</source>
        <translation>Проверка базы данных (может занять минуту)…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Restore the newest good backup: select it and press Restore…</source>
        <translation>Восстановите последнюю исправную копию: выберите её и нажмите «Восстановить…».</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Backup folder</source>
        <translation>Папка копий</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New backups will be made in {folder}.</source>
        <translation>Новые копии будут создаваться в папке {folder}.</translation>
    </message>
</context>
<context>
    <name>BackupStartup</name>
    <message>
        <location line="+57"/>
        <location line="+45"/>
        <source>Database check</source>
        <translation>Проверка базы данных</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Restore the backup</source>
        <translation>Восстановить из копии</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open anyway</source>
        <translation>Всё равно открыть</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore refused</source>
        <translation>Восстановление отклонено</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <location filename="../ui/first_run.py" line="+432"/>
        <source>The other office&apos;s card (optional)</source>
        <translation>Карточка другого офиса (необязательно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then the office is set up: nothing is saved before this step.</source>
        <translation>Затем офис будет настроен: до этого шага ничего не сохраняется.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you already have the public card of the office you exchange packets with, add it now. You can skip this and add cards later from Packets → Keys and trusted offices.</source>
        <translation>Если у вас уже есть открытая карточка офиса, с которым вы обмениваетесь пакетами, добавьте её сейчас. Этот шаг можно пропустить и добавить карточки позже в меню Отправка → Ключи и доверенные офисы.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Card file:</source>
        <translation>Файл карточки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office:</source>
        <translation>Офис:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fingerprint from the sheet:</source>
        <translation>&amp;Отпечаток с листа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>&amp;Очистить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the fingerprint from the office&apos;s printed sheet, or have it read to you over the phone. Do not copy it from where the card file came from.</source>
        <translation>Наберите отпечаток с напечатанного листа офиса или попросите продиктовать его по телефону. Не копируйте его оттуда, откуда пришёл файл карточки.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Set up the office</source>
        <translation>&amp;Настроить офис</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose the office&apos;s public card</source>
        <translation>Выберите открытую карточку офиса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public cards (*.json);;All files (*)</source>
        <translation>Открытые карточки (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The fingerprint does not match the card: check it against the printed sheet again or call the office. The card may have been swapped on the way; clear it to go on without it.</source>
        <translation>Отпечаток не совпадает с карточкой: сверьте его с напечатанным листом ещё раз или позвоните в офис. Карточку могли подменить по дороге; чтобы продолжить без неё, очистите её.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is this office&apos;s own card, not the other office&apos;s.</source>
        <translation>Это карточка самого этого офиса, а не другого.</translation>
    </message>
</context>
<context>
    <name>CaseAction</name>
    <message>
        <location filename="../ui/case_card.py" line="+46"/>
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
        <location line="+119"/>
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
        <location line="+84"/>
        <source>{date} (overdue)</source>
        <translation>{date} (просрочено)</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Result due</source>
        <translation>Дата получения услуги</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission step</source>
        <translation>Этап комиссии</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+3"/>
        <source>Decision and issue</source>
        <translation>Решение и выдача</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>Send to commission</source>
        <translation>Направить в комиссию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refer the case to the district commission for the inspection act</source>
        <translation>Направить дело в участковую комиссию для акта обследования</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inspection act…</source>
        <translation>Акт обследования…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issue result…</source>
        <translation>Выдать результат…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate…</source>
        <translation>Справка…</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+14"/>
        <source>(not counted in the term)</source>
        <translation>(не входит в срок)</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+0"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>not referred yet</source>
        <translation>ещё не направлено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>act done {date}</source>
        <translation>акт составлен {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>act due {date} (overdue)</source>
        <translation>срок акта {date} (просрочено)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>act due {date}</source>
        <translation>срок акта {date}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The district&apos;s decision has not arrived yet.</source>
        <translation>Решение района ещё не поступило.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not sent to the commission</source>
        <translation>Не направлено в комиссию</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent to the commission</source>
        <translation>Направлено в комиссию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application No. {number} is at the district commission. The inspection act is due by {date}.</source>
        <translation>Заявление № {number} направлено в участковую комиссию. Акт обследования нужно составить до {date}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Inspection act</source>
        <translation>Акт обследования</translation>
    </message>
    <message>
        <location line="+13"/>
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
    <name>CaseField</name>
    <message>
        <location line="-392"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result due</source>
        <translation>Срок результата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next due</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents brought</source>
        <translation>Принесённые документы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents missing</source>
        <translation>Недостающие документы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing packet</source>
        <translation>Исходящий пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission decision</source>
        <translation>Решение о комиссии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs assistance</source>
        <translation>Нуждается в помощи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income per person</source>
        <translation>Доход на человека</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../ui/certificate_dialog.py" line="+70"/>
        <source>Certificate: application No. {number}</source>
        <translation>Справка: заявление № {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN:</source>
        <translation>ИИН:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the register says</source>
        <translation>Что говорит реестр</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quarter {quarter} of {year} ({start} – {end})</source>
        <translation>{quarter} квартал {year} года ({start} – {end})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quarter:</source>
        <translation>Квартал:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belongs to the recipients of targeted social assistance</source>
        <translation>Относится к получателям адресной социальной помощи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not belong to the recipients of targeted social assistance</source>
        <translation>Не относится к получателям адресной социальной помощи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing and handing over</source>
        <translation>Подписание и выдача</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed by:</source>
        <translation>Подписывает:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who receives the certificate (the applicant by default).</source>
        <translation>Кто получает справку (по умолчанию заявитель).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Received by:</source>
        <translation>&amp;Получатель:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recipient signs the journal; the case is closed the same day.</source>
        <translation>Получатель расписывается в журнале; дело закрывается в тот же день.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Issue</source>
        <translation>&amp;Выдать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No assignment of targeted social assistance covers this quarter.</source>
        <translation>На этот квартал адресная социальная помощь не назначена.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision {decision} on application No. {case}</source>
        <translation>Решение {decision} по заявлению № {case}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>assigned for {start} – {end}</source>
        <translation>назначена на {start} – {end}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The certificate could not be written: {error}</source>
        <translation>Не удалось записать справку: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Certificate for application No. {number}</source>
        <translation>Справка по заявлению № {number}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Certificate</source>
        <translation>Справка</translation>
    </message>
</context>
<context>
    <name>CommissionDialog</name>
    <message>
        <location filename="../ui/commission_dialog.py" line="+119"/>
        <source>District commission and thresholds</source>
        <translation>Участковая комиссия и пороги дохода</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>District commission</source>
        <translation>Участковая комиссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income thresholds</source>
        <translation>Пороги дохода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Commission in force</source>
        <translation>Действующая комиссия</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+56"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Earlier commissions</source>
        <translation>Прежние комиссии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>Состав</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New commission…</source>
        <translation>Новая комиссия…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the akim&apos;s decision that creates a new commission</source>
        <translation>Внести решение акима о создании новой комиссии</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New commission (akim&apos;s decision)</source>
        <translation>Новая комиссия (решение акима)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The commission in force until now stops the day before the new one starts; its acts keep the names of those who signed them.</source>
        <translation>Действующая комиссия прекращает работу за день до начала новой; в её актах остаются имена подписавших.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Surname and initials</source>
        <translation>Фамилия и инициалы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add member</source>
        <translation>Добавить члена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove member</source>
        <translation>Удалить члена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save commission</source>
        <translation>Сохранить комиссию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Decision No.</source>
        <translation>Решение №</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision date</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+37"/>
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+38"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Per-capita income is compared with the average of the thresholds in force on the first day of each month of the income period. A new threshold ends an open-ended earlier one of the same kind the day before it starts.</source>
        <translation>Среднедушевой доход сравнивается со средним значением порогов, действовавших на первое число каждого месяца периода исчисления дохода. Новый порог завершает бессрочный прежний порог того же вида за день до своего начала.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a threshold</source>
        <translation>Новый порог</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tenge per month, e.g. 45 000</source>
        <translation>тенге в месяц, например 45 000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add threshold</source>
        <translation>Добавить порог</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In force from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>from {start}, until a new decision</source>
        <translation>с {start} до нового решения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from {start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Akim&apos;s decision No. {number} of {date}</source>
        <translation>Решение акима № {number} от {date}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No commission is in force today. Enter the akim&apos;s decision with “New commission…”.</source>
        <translation>Сегодня нет действующей комиссии. Внесите решение акима кнопкой «Новая комиссия…».</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>e.g. Ахметов А.Б.</source>
        <translation>например, Ахметов А.Б.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Commission not saved</source>
        <translation>Комиссия не сохранена</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Threshold not saved</source>
        <translation>Порог не сохранён</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../ui/dashboard.py" line="+184"/>
        <source>Show overdue</source>
        <translation>Показать просроченные</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission visits</source>
        <translation>Обследования комиссии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases to send to the district</source>
        <translation>Дела к отправке в район</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results to issue</source>
        <translation>Результаты к выдаче</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packets not acknowledged</source>
        <translation>Неподтвержденные пакеты</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>No applications this month</source>
        <translation>В этом месяце заявлений нет</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Packets the district has not acknowledged</source>
        <translation>Пакеты, получение которых район не подтвердил</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packet</source>
        <translation>Номер пакета</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days waiting</source>
        <translation>Ожидает, дней</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases</source>
        <translation>Дел</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every sent packet has been acknowledged.</source>
        <translation>Получение всех отправленных пакетов подтверждено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Akim&apos;s offices: bundles and cases</source>
        <translation>Аппараты акимов: пакеты и дела</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last bundle</source>
        <translation>Последний пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing bundles</source>
        <translation>Недостающие пакеты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not acknowledged</source>
        <translation>Не подтверждено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for a decision</source>
        <translation>Ожидают решения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions to send</source>
        <translation>Решения к отправке</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click an office to see its waiting cases</source>
        <translation>Дважды щелкните офис, чтобы увидеть его ожидающие дела</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>commission visits</source>
        <translation>обследования комиссии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cases to send</source>
        <translation>дела к отправке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>results to issue</source>
        <translation>результаты к выдаче</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other steps</source>
        <translation>прочие шаги</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overdue: {count} — {details}</source>
        <translation>Просрочено: {count} — {details}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today, {date}</source>
        <translation>Сегодня, {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated at {time}</source>
        <translation>Обновлено в {time}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nothing</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting over {days} days: {count}, send again</source>
        <translation>ждут дольше {days} дн.: {count} — отправьте повторно</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>send again after {days} days</source>
        <translation>повторная отправка через {days} дн.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>overdue: {count}</source>
        <translation>просрочено: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none overdue</source>
        <translation>просроченных нет</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This month by service (since {date})</source>
        <translation>За месяц по услугам (с {date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This month by outcome</source>
        <translation>За месяц по итогам</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Waiting over {days} days: send the packet again</source>
        <translation>Ожидает дольше {days} дн.: отправьте пакет повторно</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused to accept</source>
        <translation>Отказ в приеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed without a decision</source>
        <translation>Исполнено без решения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../ui/decision_dialog.py" line="+104"/>
        <location line="+307"/>
        <source>Decision on case No. {number}</source>
        <translation>Решение по делу № {number}</translation>
    </message>
    <message>
        <location line="-270"/>
        <source>{applicant} — {service}, case No. {number} of office {office}</source>
        <translation>{applicant} — {service}, дело № {number} офиса {office}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Assigned (notice of assignment)</source>
        <translation>&amp;Назначено (уведомление о назначении)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refused (reasoned refusal)</source>
        <translation>&amp;Отказано (мотивированный отказ)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Position, surname and initials</source>
        <translation>Должность, фамилия и инициалы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision &amp;No.:</source>
        <translation>&amp;Номер решения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Signed by:</source>
        <translation>&amp;Подписал:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ground for refusal</source>
        <translation>Основание отказа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— not from the list —</source>
        <translation>— не из перечня —</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The reasoning in words (required when no ground is chosen from the list)</source>
        <translation>Обоснование словами (обязательно, если основание не выбрано из перечня)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the &amp;list:</source>
        <translation>Из &amp;перечня:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;words:</source>
        <translation>&amp;Словами:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assignment</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 45 000 or 45 000,50</source>
        <translation>например, 45 000 или 45 000,50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the &amp;period</source>
        <translation>На &amp;период</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A&amp;mount per month, ₸:</source>
        <translation>&amp;Сумма в месяц, ₸:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+90"/>
        <source>No signed PDF attached</source>
        <translation>Подписанный PDF не приложен</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Attach signed &amp;PDF…</source>
        <translation>Приложить подписанный &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Save decision</source>
        <translation>&amp;Сохранить решение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close; what you typed and did not save is kept</source>
        <translation>Закрыть; введённое и не сохранённое останется</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Attach the signed decision</source>
        <translation>Приложить подписанное решение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed PDF: {name}</source>
        <translation>Подписанный PDF: {name}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Decision No. {number} recorded. It goes to the office with the next return bundle.</source>
        <translation>Решение № {number} записано. Оно уйдёт в офис со следующим пакетом возврата.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Restored what was typed on {time} and not saved.</source>
        <translation>Восстановлено введённое {time} и не сохранённое.</translation>
    </message>
</context>
<context>
    <name>DistrictCase</name>
    <message>
        <location filename="../ui/district_case.py" line="+55"/>
        <source>Talon</source>
        <translation>Талон о приёме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection act</source>
        <translation>Акт обследования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned document</source>
        <translation>Скан документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Akim&apos;s office</source>
        <translation>Аппарат акима</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission</source>
        <translation>Участковая комиссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District department</source>
        <translation>Районный отдел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State Corporation</source>
        <translation>Госкорпорация</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cattle</source>
        <translation>крупный рогатый скот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>horses</source>
        <translation>лошади</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sheep and goats</source>
        <translation>овцы и козы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camels</source>
        <translation>верблюды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>poultry</source>
        <translation>птица</translation>
    </message>
</context>
<context>
    <name>DistrictCaseView</name>
    <message>
        <location line="+117"/>
        <source>Case No. {number} — {applicant}</source>
        <translation>Дело № {number} — {applicant}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection act and conclusion</source>
        <translation>Акт обследования и заключение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files ({count})</source>
        <translation>Файлы ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;decision…</source>
        <translation>Записать &amp;решение…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print decision…</source>
        <translation>&amp;Печать решения…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not decided yet</source>
        <translation>Решения ещё нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assigned: No. {number} of {date}</source>
        <translation>Назначено: № {number} от {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} per month</source>
        <translation>{amount} в месяц</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused: No. {number} of {date}</source>
        <translation>Отказано: № {number} от {date}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>born {date}</source>
        <translation>дата рождения {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN:</source>
        <translation>ИИН:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Representative:</source>
        <translation>Представитель:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registered:</source>
        <translation>Зарегистрировано:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result due:</source>
        <translation>Срок результата:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accepted by:</source>
        <translation>Принял:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents brought</source>
        <translation>Сданные документы</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+244"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>Required</source>
        <translation>Обязательный</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brought</source>
        <translation>Сдан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheets</source>
        <translation>Листов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Route and deadlines</source>
        <translation>Этапы и сроки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+257"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Started</source>
        <translation>Начат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No inspection act came with this case: the service is decided without the commission&apos;s visit.</source>
        <translation>С этим делом акт обследования не пришёл: услуга решается без обследования комиссией.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Visit date:</source>
        <translation>Дата обследования:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result of the visit:</source>
        <translation>Итог обследования:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address at the visit:</source>
        <translation>Адрес при обследовании:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commission:</source>
        <translation>Участковая комиссия:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decision No. {number} of {date}</source>
        <translation>решение № {number} от {date}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Members present:</source>
        <translation>Присутствовали:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family and incomes</source>
        <translation>Семья и доходы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Занятость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income per month</source>
        <translation>Доход в месяц</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no income</source>
        <translation>дохода нет</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dwelling, plot and property</source>
        <translation>Жильё, участок и имущество</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rooms: {rooms}</source>
        <translation>комнат: {rooms}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{total}, family members: {members}</source>
        <translation>{total}, членов семьи: {members}</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>{area} m²</source>
        <translation>{area} м²</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dwelling:</source>
        <translation>Жильё:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utilities:</source>
        <translation>Удобства:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condition:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Land plot:</source>
        <translation>Земельный участок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{area} ha</source>
        <translation>{area} га</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Livestock:</source>
        <translation>Скот:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicles:</source>
        <translation>Транспорт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other property:</source>
        <translation>Иное имущество:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other income:</source>
        <translation>Иные доходы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks:</source>
        <translation>Замечания:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The commission&apos;s conclusion</source>
        <translation>Заключение комиссии</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The act has no conclusion.</source>
        <translation>В акте нет заключения.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs assistance</source>
        <translation>Нуждается в помощи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Does not need assistance</source>
        <translation>Не нуждается в помощи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conclusion:</source>
        <translation>Заключение:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family income:</source>
        <translation>Доход семьи:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Income per person:</source>
        <translation>Доход на человека:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Threshold:</source>
        <translation>Порог:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Income period:</source>
        <translation>Период доходов:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reasons:</source>
        <translation>Обоснование:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{size} KB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Просмотр…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The file could not be opened: {path}</source>
        <translation>Не удалось открыть файл: {path}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Decision on case No. {number}</source>
        <translation>Решение по делу № {number}</translation>
    </message>
</context>
<context>
    <name>DistrictDialog</name>
    <message>
        <location filename="../ui/district_dialog.py" line="+109"/>
        <source>Offices and returns</source>
        <translation>Офисы и возвраты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundles from the akim&apos;s offices</source>
        <translation>Пакеты из аппаратов акимов</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Last
bundle</source>
        <translation>Последний
пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing
bundles</source>
        <translation>Недостающие
пакеты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not
acknowledged</source>
        <translation>Не
подтверждено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for
a decision</source>
        <translation>Ждут
решения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions
to send</source>
        <translation>Решений
к отправке</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cases waiting for a decision, the most urgent first</source>
        <translation>Дела, ждущие решения, самые срочные сначала</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No.</source>
        <translation>Рег. №</translation>
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
        <location line="+5"/>
        <source>Double-click a case to open it</source>
        <translation>Дважды щёлкните дело, чтобы открыть его</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open case…</source>
        <translation>&amp;Открыть дело…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No. {numbers} never arrived</source>
        <translation>№ {numbers} не пришёл</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Send return bundle…</source>
        <translation>Отправить пакет возврата…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receipts for the bundles received and the decisions not yet sent, as one bundle for this office</source>
        <translation>Подтверждения полученных пакетов и ещё не отправленные решения — одним пакетом для этого офиса</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to send: every bundle acknowledged, every decision sent</source>
        <translation>Нечего отправлять: все пакеты подтверждены, все решения отправлены</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{date} (overdue)</source>
        <translation>{date} (просрочено)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Where to write the return bundle (a USB stick)</source>
        <translation>Куда записать пакет возврата (USB-накопитель)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing the return bundle for office {office}…</source>
        <translation>Записывается пакет возврата для офиса {office}…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Written: {path} (receipts: {receipts}, decisions: {decisions}). Carry it to office {office} and import it there.</source>
        <translation>Записан: {path} (подтверждений: {receipts}, решений: {decisions}). Отнесите его в офис {office} и загрузите там.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fingerprint (SHA-256):
{fingerprint}</source>
        <translation>Отпечаток (SHA-256):
{fingerprint}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The return bundle could not be written: {error}</source>
        <translation>Не удалось записать пакет возврата: {error}</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../ui/first_run.py" line="+40"/>
        <source>The office is set up</source>
        <translation>Офис настроен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When this window closes, the register of applications opens.</source>
        <translation>Когда это окно закроется, откроется реестр заявлений.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Office: {code} {name} ({role})
Staff member: {staff} (login {login})</source>
        <translation>Офис: {code} {name} ({role})
Сотрудник: {staff} (имя входа {login})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fingerprint of this office&apos;s keys (created {date}):</source>
        <translation>Отпечаток ключей этого офиса (созданы {date}):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other office checks your card by this fingerprint: read it to them over the phone, or print the fingerprint sheet from Packets → Keys and trusted offices.</source>
        <translation>Другой офис проверяет вашу карточку по этому отпечатку: продиктуйте его по телефону или напечатайте лист с отпечатком в меню Отправка → Ключи и доверенные офисы.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The office has no keys yet.</source>
        <translation>У офиса пока нет ключей.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create them later from Packets → Keys and trusted offices.</source>
        <translation>Создайте их позже в меню Отправка → Ключи и доверенные офисы.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trusted office: {code} {name}.</source>
        <translation>Доверенный офис: {code} {name}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The card was not added: {reason}</source>
        <translation>Карточка не добавлена: {reason}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location line="+67"/>
        <source>Setting up Qabyldau</source>
        <translation>Настройка Qabyldau</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>district department</source>
        <translation>районный отдел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>akim&apos;s office</source>
        <translation>аппарат акима</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../ui/login_dialog.py" line="+286"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/import_dialog.py" line="+65"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt for a packet</source>
        <translation>Подтверждение получения пакета</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+140"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+140"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+140"/>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+140"/>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Import bundles</source>
        <translation>Загрузка пакетов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the bundle files (.qbl) that came on a USB stick or by e-mail, or a whole folder — or drag them onto this window. Each file is checked before anything is written: a refused file changes nothing.</source>
        <translation>Выберите файлы пакетов (.qbl), пришедшие на USB-накопителе или по электронной почте, или целую папку — или перетащите их в это окно. Каждый файл проверяется до того, как что-либо записано: отклонённый файл ничего не меняет.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose &amp;files…</source>
        <translation>Выбрать &amp;файлы…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a f&amp;older…</source>
        <translation>Выбрать &amp;папку…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>File</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Bundle No.</source>
        <translation>№ пакета</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose bundles to import</source>
        <translation>Выберите пакеты для загрузки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qabyldau bundles (*.qbl);;All files (*)</source>
        <translation>Пакеты Qabyldau (*.qbl);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the folder with the bundles</source>
        <translation>Выберите папку с пакетами</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No bundle files (.qbl) in the chosen folder.</source>
        <translation>В выбранной папке нет файлов пакетов (.qbl).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Importing {name} ({index} of {count})…</source>
        <translation>Загружается {name} ({index} из {count})…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The import stopped: {error}</source>
        <translation>Загрузка прервана: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported</source>
        <translation>Загружен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already imported on {date}</source>
        <translation>Уже загружен {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused: {reason}</source>
        <translation>Отклонён: {reason}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{file} is refused at the check “{check}”: {reason}</source>
        <translation>{file} отклонён на проверке «{check}»: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The district received packets: {numbers}</source>
        <translation>Район получил пакеты: {numbers}</translation>
    </message>
</context>
<context>
    <name>IncomesDialog</name>
    <message>
        <location filename="../ui/act_editor.py" line="-1398"/>
        <source>Monthly incomes: {who}</source>
        <translation>Ежемесячные доходы: {who}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tenge a month, averaged over the income period; empty means none.</source>
        <translation>Тенге в месяц, в среднем за период исчисления дохода; пусто — дохода нет.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../ui/intake_dialog.py" line="+149"/>
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
        <location line="+23"/>
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
    <name>IssueDialog</name>
    <message>
        <location filename="../ui/issue_dialog.py" line="+237"/>
        <source>Issue the result: application No. {number}</source>
        <translation>Выдача результата: заявление № {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application No. {number}, {name}</source>
        <translation>Заявление № {number}, {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Handing over</source>
        <translation>Выдача</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The applicant or the representative; type another name if someone else.</source>
        <translation>Заявитель или представитель; если получает другой человек, впишите его имя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the issue receipt</source>
        <translation>Печатать расписку о выдаче</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature in the journal</source>
        <translation>Подпись в журнале</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Received by:</source>
        <translation>&amp;Получатель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed by:</source>
        <translation>Подтверждение:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Issue</source>
        <translation>&amp;Выдать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The result of this case has been issued already.</source>
        <translation>Результат по этому делу уже выдан.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The district&apos;s decision on this case has not arrived yet.</source>
        <translation>Решение района по этому делу ещё не поступило.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Issue receipt for application No. {number}</source>
        <translation>Расписка о выдаче по заявлению № {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The result is issued to {name}. Ask them to sign in the journal against application No. {number}.</source>
        <translation>Результат выдан: {name}. Попросите расписаться в журнале напротив заявления № {number}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The receipt could not be written: {error}</source>
        <translation>Не удалось записать расписку: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Issue the result</source>
        <translation>Выдача результата</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <location filename="../ui/journal_dialog.py" line="+136"/>
        <source>Registration journal</source>
        <translation>Журнал регистрации</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PDF, for printing</source>
        <translation>PDF, для печати</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Книга Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Make journal</source>
        <translation>Сформировать журнал</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period from:</source>
        <translation>Начало периода:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period to:</source>
        <translation>Конец периода:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The period starts after it ends.</source>
        <translation>Начало периода позже его конца.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Making the journal…</source>
        <translation>Журнал формируется…</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+32"/>
        <source>Saved to: {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Registration journal for {period} is ready</source>
        <translation>Журнал регистрации за {period} готов</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the journal as Excel</source>
        <translation>Сохранить журнал в Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not save the file: {error}</source>
        <translation>Не удалось сохранить файл: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The journal could not be written: {error}</source>
        <translation>Не удалось записать журнал: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The journal could not be made: {error}</source>
        <translation>Не удалось сформировать журнал: {error}</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../ui/keys_dialog.py" line="+40"/>
        <source>Keys and trusted offices</source>
        <translation>Ключи и доверенные офисы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This office&apos;s keys</source>
        <translation>Ключи нашего офиса</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Create keys</source>
        <translation>&amp;Создать ключи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export public card…</source>
        <translation>Сохранить открытую &amp;карточку…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print fingerprint sheet…</source>
        <translation>&amp;Печать листа с отпечатком…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up keys…</source>
        <translation>&amp;Резервная копия ключей…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Trusted offices</source>
        <translation>Доверенные офисы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add card…</source>
        <translation>&amp;Добавить карточку…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;voke</source>
        <translation>&amp;Отозвать</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Fingerprint of this office&apos;s key (created {date}):</source>
        <translation>Отпечаток ключа нашего офиса (создан {date}):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This office has no keys yet. Create them once, on the computer that sends the packets, or restore them from a backup.</source>
        <translation>У офиса ещё нет ключей. Создайте их один раз на компьютере, с которого отправляются пакеты, или восстановите из резервной копии.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secret keys are in this computer&apos;s key store.</source>
        <translation>Секретные ключи находятся в хранилище ключей этого компьютера.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(this office)</source>
        <translation>(наш офис)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>district department</source>
        <translation>районный отдел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>akim&apos;s office</source>
        <translation>аппарат акима</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoked {date}</source>
        <translation>Отозван {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced {date}: verifies older bundles</source>
        <translation>Заменён {date}: проверяет прежние пакеты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trusted</source>
        <translation>Доверенный</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The keys are created. Now back them up (a lost key cannot be recovered), then give the district the public card and the printed fingerprint sheet.</source>
        <translation>Ключи созданы. Теперь сделайте их резервную копию (потерянный ключ не восстановить), затем передайте району открытую карточку и напечатанный лист с отпечатком.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the public card</source>
        <translation>Сохранить открытую карточку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public cards (*.json)</source>
        <translation>Открытые карточки (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+26"/>
        <location line="+40"/>
        <source>The file could not be written: {error}</source>
        <translation>Не удалось записать файл: {error}</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>The public card is saved to {path}. Send it to the other office together with the printed fingerprint sheet (on paper, not in the same e-mail).</source>
        <translation>Открытая карточка сохранена: {path}. Передайте её другому офису вместе с напечатанным листом с отпечатком (лист на бумаге, не в том же письме).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The fingerprint sheet is ready</source>
        <translation>Лист с отпечатком готов</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the key backup</source>
        <translation>Сохранить резервную копию ключей</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key backups (*.age)</source>
        <translation>Резервные копии ключей (*.age)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back up keys</source>
        <translation>Резервная копия ключей</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The keys are saved to {path}. Keep the file and its passphrase in two different safe places.</source>
        <translation>Ключи сохранены: {path}. Храните файл и его пароль в двух разных надёжных местах.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the key backup</source>
        <translation>Выберите резервную копию ключей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key backups (*.age);;All files (*)</source>
        <translation>Резервные копии ключей (*.age);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore keys</source>
        <translation>Восстановление ключей</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The keys are restored. Fingerprint: {fingerprint}</source>
        <translation>Ключи восстановлены. Отпечаток: {fingerprint}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The new key of {office} is trusted; its old key still verifies the bundles made before.</source>
        <translation>Новый ключ офиса {office} принят; старый ключ по-прежнему проверяет ранее созданные пакеты.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The card of {office} was already trusted.</source>
        <translation>Карточка офиса {office} уже была в доверенных.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card of {office} is trusted.</source>
        <translation>Карточка офиса {office} добавлена в доверенные.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stop trusting the key {fingerprint} of {office}? Bundles signed with it will be refused from now on, older ones too. Do this when the key is lost or stolen, or the card was added by mistake.</source>
        <translation>Перестать доверять ключу {fingerprint} офиса {office}? Пакеты, подписанные им, отныне будут отклоняться, в том числе прежние. Делайте это, если ключ утерян или украден либо карточка добавлена по ошибке.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The key of {office} is revoked.</source>
        <translation>Ключ офиса {office} отозван.</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <location filename="../ui/first_run.py" line="-358"/>
        <source>The office&apos;s keys</source>
        <translation>Ключи офиса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They sign and encrypt the packets between the offices.</source>
        <translation>Ими подписываются и шифруются пакеты между офисами.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret keys are kept only in this computer&apos;s key store (Windows Credential Manager). The other office trusts this one by its public card and the card&apos;s fingerprint.</source>
        <translation>Секретные ключи хранятся только в хранилище ключей этого компьютера (Диспетчер учётных данных Windows). Другой офис доверяет этому по его открытой карточке и её отпечатку.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You can finish the set-up without keys and create them later from Packets → Keys and trusted offices.</source>
        <translation>Можно завершить настройку без ключей и создать их позже в меню Отправка → Ключи и доверенные офисы.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keys are created together with the office at the set-up step; their fingerprint is shown on the last page.</source>
        <translation>Ключи создаются вместе с офисом на шаге настройки; их отпечаток будет показан на последней странице.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location line="-244"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the language the program speaks. It can be changed later in File → Settings. Printed forms are always in both languages.</source>
        <translation>Выберите язык программы. Его можно изменить позже в меню Файл → Настройки. Печатные формы всегда на двух языках.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/login_dialog.py" line="-217"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+44"/>
        <location line="+46"/>
        <source>Log in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>You have no password yet. Choose one of at least {count} characters: from now on the program asks for it.</source>
        <translation>У вас ещё нет пароля. Выберите пароль не короче {count} символов: теперь программа будет его спрашивать.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Staff member:</source>
        <translation>&amp;Сотрудник:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторите:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quit the program</source>
        <translation>Выйти из программы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The program was locked after {minutes} minutes without use. Enter the password of {name} to go on; the open windows stay as they were.</source>
        <translation>Программа заблокирована после {minutes} минут бездействия. Чтобы продолжить, введите пароль сотрудника {name}; открытые окна остаются как были.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose your name and enter your password.</source>
        <translation>Выберите своё имя и введите пароль.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Set password and log in</source>
        <translation>Задать пароль и войти</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a staff member.</source>
        <translation>Выберите сотрудника.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="+115"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+2"/>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove this filter</source>
        <translation>Снять этот фильтр</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New application…</source>
        <translation>&amp;Новое заявление…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print &amp;journal…</source>
        <translation>Печать &amp;журнала…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reports…</source>
        <translation>&amp;Отчеты…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify bundle…</source>
        <translation>&amp;Проверить пакет…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Загрузить пакеты…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Staff &amp;accounts…</source>
        <translation>&amp;Учётные записи сотрудников…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+4"/>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;gister</source>
        <translation>&amp;Реестр</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;District commission</source>
        <translation>&amp;Участковая комиссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission and &amp;thresholds…</source>
        <translation>Комиссия и &amp;пороги дохода…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Waiting for inspection…</source>
        <translation>&amp;Ожидают обследования…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quarterly re-confirmation reminders…</source>
        <translation>&amp;Напоминания о ежеквартальном подтверждении…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Packets</source>
        <translation>&amp;Отправка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packets and &amp;outbox…</source>
        <translation>Пакеты и &amp;исходящие…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keys and trusted offices…</source>
        <translation>&amp;Ключи и доверенные офисы…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dis&amp;trict</source>
        <translation>&amp;Район</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Offices and returns…</source>
        <translation>&amp;Офисы и возвраты…</translation>
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
        <location line="+5"/>
        <source>Staff: {name}</source>
        <translation>Сотрудник: {name}</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Outcome: {name}</source>
        <translation>Итог: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office: {code}</source>
        <translation>Офис: {code}</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+145"/>
        <source>&lt;b&gt;Қабылдау&lt;/b&gt; {version}&lt;br&gt;&lt;br&gt;Registering applications for social-protection services at a rural akim&apos;s office, offline.</source>
        <translation>&lt;b&gt;Қабылдау&lt;/b&gt; {version}&lt;br&gt;&lt;br&gt;Регистрация заявлений на услуги социальной защиты в аппарате акима сельского округа, без Интернета.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About Qabyldau</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All offices</source>
        <translation>Все офисы</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Inbox: bundles imported: {imported}, refused: {refused} (see the “refused” folder).</source>
        <translation>Входящие: загружено пакетов: {imported}, отклонено: {refused} (см. папку «refused»).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Inbox: {error}</source>
        <translation>Входящие: {error}</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../ui/first_run.py" line="+87"/>
        <source>Office code and name</source>
        <translation>Код и название офиса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As in the office&apos;s documents: both names are printed on talons and acts.</source>
        <translation>Как в документах офиса: оба названия печатаются в талонах и актах.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office &amp;code (KATO):</source>
        <translation>&amp;Код офиса (КАТО):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;Kazakh:</source>
        <translation>Название на &amp;казахском:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;Russian:</source>
        <translation>Название на &amp;русском:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Қосшы ауылдық округі әкімінің аппараты</source>
        <translation>например: Қосшы ауылдық округі әкімінің аппараты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Аппарат акима Косшынского сельского округа</source>
        <translation>например: Аппарат акима Косшынского сельского округа</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The code has 6 to 12 digits; this one has {count}.</source>
        <translation>В коде от 6 до 12 цифр; здесь цифр: {count}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>6 to 12 digits: the KATO code of the office&apos;s territory.</source>
        <translation>От 6 до 12 цифр: код КАТО территории офиса.</translation>
    </message>
</context>
<context>
    <name>PacketsDialog</name>
    <message>
        <location filename="../ui/packets_dialog.py" line="+267"/>
        <source>Packets and outbox</source>
        <translation>Пакеты и исходящие</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+622"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="-602"/>
        <source>Cases ready to go to the district department: acts completed by the commission, and applications for services the department decides directly. Tick the cases to send and create a packet.</source>
        <translation>Дела, готовые к отправке в районный отдел: акты, завершённые комиссией, и заявления на услуги, по которым отдел решает напрямую. Отметьте дела для отправки и сформируйте пакет.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;All ready cases</source>
        <translation>&amp;Все готовые дела</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
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
        <location line="+28"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&amp;Create packet</source>
        <translation>&amp;Сформировать пакет</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+56"/>
        <source>Outgoing No.</source>
        <translation>Исх. №</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Bundle file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Selected packet</source>
        <translation>Выбранный пакет</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cases:</source>
        <translation>Дела:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle file:</source>
        <translation>Файл пакета:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint (SHA-256):</source>
        <translation>Отпечаток (SHA-256):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print cover letter…</source>
        <translation>&amp;Печать сопроводительного письма…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export to folder / USB…</source>
        <translation>Вы&amp;грузить в папку / на флешку…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>Send by &amp;e-mail…</source>
        <translation>Отправить по &amp;электронной почте…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Packets sent and not yet acknowledged by the district. Those waiting {days} days or more are shown in red: check that the district received them.</source>
        <translation>Отправленные пакеты, получение которых район ещё не подтвердил. Ожидающие {days} дней и дольше выделены красным: проверьте, что район их получил.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days waiting</source>
        <translation>Ожидает (дней)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy to folder / &amp;USB…</source>
        <translation>Скопировать в папку / на &amp;флешку…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Ready to send ({count})</source>
        <translation>Готовы к отправке ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packets ({count})</source>
        <translation>Пакеты ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox ({count})</source>
        <translation>Исходящие ({count})</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>sent {date}</source>
        <translation>отправлен {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed: {error}</source>
        <translation>не отправлен: {error}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Re-send…</source>
        <translation>Отправить повторно…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the same file {name} again to a folder or USB stick</source>
        <translation>Записать тот же файл {name} ещё раз в папку или на флешку</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>No receipt from the district after %n day(s)</source>
        <translation>
            <numerusform>Нет подтверждения от района %n день</numerusform>
            <numerusform>Нет подтверждения от района %n дня</numerusform>
            <numerusform>Нет подтверждения от района %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not exported yet</source>
        <translation>Ещё не выгружен</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent {date}, awaiting acknowledgement</source>
        <translation>Отправлен {date}, ожидает подтверждения</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sent {date}, awaiting acknowledgement for %n day(s)</source>
        <translation>
            <numerusform>Отправлен {date}, ждёт подтверждения %n день</numerusform>
            <numerusform>Отправлен {date}, ждёт подтверждения %n дня</numerusform>
            <numerusform>Отправлен {date}, ждёт подтверждения %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acknowledged {date}</source>
        <translation>Получение подтверждено {date}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>not exported yet</source>
        <translation>ещё не выгружен</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chosen: {chosen} of {total}</source>
        <translation>Выбрано: {chosen} из {total}</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Put %n case(s) into a new outgoing packet to the district?</source>
        <translation>
            <numerusform>Включить %n дело в новый исходящий пакет в район?</numerusform>
            <numerusform>Включить %n дела в новый исходящий пакет в район?</numerusform>
            <numerusform>Включить %n дел в новый исходящий пакет в район?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Packet No. {number} is created. Next: export it to a folder or USB stick, then print the cover letter, which names the bundle file.</source>
        <translation>Пакет № {number} сформирован. Дальше: выгрузите его в папку или на флешку, затем напечатайте сопроводительное письмо, в котором указан файл пакета.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The export was cancelled: no file was written.</source>
        <translation>Выгрузка отменена: файл не записан.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong: {error}</source>
        <translation>Что-то пошло не так: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be written: {error}</source>
        <translation>Не удалось записать файл: {error}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Making the cover letter for packet No. {number}…</source>
        <translation>Формируется сопроводительное письмо к пакету № {number}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved to: {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cover letter for packet No. {number} is ready</source>
        <translation>Сопроводительное письмо к пакету № {number} готово</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Folder or USB stick for packet No. {number}</source>
        <translation>Папка или флешка для пакета № {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing packet No. {number} to {folder}…</source>
        <translation>Пакет № {number} записывается в {folder}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Writing packet No. {number}…</source>
        <translation>Пакет № {number} записывается…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelling the export…</source>
        <translation>Выгрузка отменяется…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Packet No. {number} was sent before: the same file is copied to {path}</source>
        <translation>Пакет № {number} уже отправлялся: тот же файл скопирован в {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packet No. {number} is written to {path}</source>
        <translation>Пакет № {number} записан: {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File: {name}
Fingerprint (SHA-256): {fingerprint}

The cover letter printed now names this file and fingerprint: the district compares them with the file it receives.</source>
        <translation>Файл: {name}
Отпечаток (SHA-256): {fingerprint}

В сопроводительном письме, напечатанном сейчас, указаны этот файл и отпечаток: район сверит их с полученным файлом.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print cover letter…</source>
        <translation>Напечатать сопроводительное письмо…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Send packet No. {number} by e-mail to {address}?</source>
        <translation>Отправить пакет № {number} по электронной почте на {address}?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sending packet No. {number}…</source>
        <translation>Пакет № {number} отправляется…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Packet No. {number} is sent by e-mail to {address}.</source>
        <translation>Пакет № {number} отправлен по электронной почте на {address}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A new message to the district is open in your e-mail program, and the folder with the file is open beside it.

Attach the file {name} to the message and send it. Has the message gone?</source>
        <translation>В вашей почтовой программе открыто новое письмо в район, рядом открыта папка с файлом.

Прикрепите к письму файл {name} и отправьте его. Письмо ушло?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No e-mail program was found. The folder with the file is open: send the file {name} from your web mail.

Has the message gone?</source>
        <translation>Почтовая программа не найдена. Папка с файлом открыта: отправьте файл {name} через почту в браузере.

Письмо ушло?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Packet No. {number} waits in the outbox until it goes.</source>
        <translation>Пакет № {number} ждёт в исходящих, пока не будет отправлен.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Packet No. {number} is recorded as sent by e-mail.</source>
        <translation>Пакет № {number} отмечен как отправленный по электронной почте.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../ui/keys_dialog.py" line="-570"/>
        <source>Passphrase:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat it:</source>
        <translation>Повторите:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup holds the office&apos;s secret keys, locked with this passphrase (at least {count} characters). Without it the backup cannot be opened: keep it written down apart from the file.</source>
        <translation>В резервной копии хранятся секретные ключи офиса, защищённые этим паролем (не менее {count} символов). Без него копию не открыть: запишите его и храните отдельно от файла.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passphrase the backup was made with.</source>
        <translation>Пароль, с которым была сделана резервная копия.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>At least {count} characters.</source>
        <translation>Не менее {count} символов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/users_dialog.py" line="+23"/>
        <source>New password for {login}</source>
        <translation>Новый пароль для {login}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторите:</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../ui/printing.py" line="+164"/>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <location line="+40"/>
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
        <location line="+22"/>
        <source>The document could not be shown for printing: {error}</source>
        <translation>Не удалось показать документ для печати: {error}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved to: {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print preview…</source>
        <translation>Предварительный просмотр…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open in PDF viewer</source>
        <translation>Открыть в программе просмотра PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No program to open PDF files was found. The document is saved at:
{path}</source>
        <translation>Не найдена программа для открытия PDF-файлов. Документ сохранён здесь:
{path}</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../ui/register_model.py" line="+235"/>
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
        <location line="+1"/>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <location line="+46"/>
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
    <name>RemindersDialog</name>
    <message>
        <location filename="../ui/reminders_dialog.py" line="+57"/>
        <source>Quarterly re-confirmation of targeted assistance</source>
        <translation>Ежеквартальное подтверждение адресной социальной помощи</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1st quarter (January–March)</source>
        <translation>1 квартал (январь–март)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2nd quarter (April–June)</source>
        <translation>2 квартал (апрель–июнь)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd quarter (July–September)</source>
        <translation>3 квартал (июль–сентябрь)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4th quarter (October–December)</source>
        <translation>4 квартал (октябрь–декабрь)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quarter:</source>
        <translation>Квартал:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Families whose targeted social assistance was assigned in an earlier quarter and whose assignment period reaches this quarter re-confirm it with income documents. A decision without an end date counts for every following quarter until a newer decision replaces it.</source>
        <translation>Семьи, которым адресная социальная помощь назначена в одном из прошлых кварталов и период назначения которых доходит до этого квартала, подтверждают ее документами о доходах. Решение без даты окончания действует на каждый следующий квартал, пока его не заменит новое решение.</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print &amp;letters…</source>
        <translation>Печать &amp;писем…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the &amp;list…</source>
        <translation>Печать &amp;списка…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No. {number} of {date}</source>
        <translation>№ {number} от {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from {date}</source>
        <translation>с {date}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{quarter} ({start} – {end}): families to remind: {count}</source>
        <translation>{quarter} ({start} – {end}): семей для напоминания: {count}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reminder letters for {quarter} are ready</source>
        <translation>Письма-напоминания за {quarter} готовы</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The list for {quarter} is ready</source>
        <translation>Список за {quarter} готов</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../ui/report_dialog.py" line="+132"/>
        <source>Report to the district</source>
        <translation>Отчет в район</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This month</source>
        <translation>Текущий месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This quarter</source>
        <translation>Текущий квартал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another period</source>
        <translation>Другой период</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All offices</source>
        <translation>Все офисы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF, for printing</source>
        <translation>PDF, для печати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (DOCX)</source>
        <translation>Документ Word (DOCX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Книга Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print preview…</source>
        <translation>Предпросмотр печати…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office:</source>
        <translation>Офис:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report counts the applications registered in the period; their results and terms as of the period&apos;s end.</source>
        <translation>В отчет входят заявления, зарегистрированные в периоде; их результаты и сроки — по состоянию на конец периода.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The period starts after it ends.</source>
        <translation>Начало периода позже его конца.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the report</source>
        <translation>Сохранить отчет</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Making the report…</source>
        <translation>Отчет формируется…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved to: {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report for {period}</source>
        <translation>Отчет за {period}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled: no file was written.</source>
        <translation>Отменено: файл не записан.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report could not be written: {error}</source>
        <translation>Не удалось записать отчет: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report could not be made: {error}</source>
        <translation>Не удалось сформировать отчет: {error}</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../ui/issue_dialog.py" line="-292"/>
        <source>District&apos;s decision</source>
        <translation>Решение района</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open decision PDF…</source>
        <translation>Открыть PDF решения…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No decision from the district yet.</source>
        <translation>Решения района ещё нет.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+45"/>
        <source>Notice of assignment</source>
        <translation>Уведомление о назначении</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+45"/>
        <source>Reasoned refusal</source>
        <translation>Мотивированный отказ</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision No.:</source>
        <translation>Решение №:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ground:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} a month</source>
        <translation>{amount} в месяц</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>Signed by:</source>
        <translation>Подписал(а):</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The decision came without its PDF.</source>
        <translation>Решение пришло без PDF-файла.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Certificate: belongs to the recipients ({quarter})</source>
        <translation>Справка: относится к получателям ({quarter})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate: does not belong to the recipients ({quarter})</source>
        <translation>Справка: не относится к получателям ({quarter})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What:</source>
        <translation>Что выдано:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by:</source>
        <translation>Получил(а):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>against the printed issue receipt</source>
        <translation>под распечатанную расписку о выдаче</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signature in the journal</source>
        <translation>подпись в журнале</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed by:</source>
        <translation>Подтверждение:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued by:</source>
        <translation>Выдал(а):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decision No. {number}</source>
        <translation>Решение № {number}</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../ui/users_dialog.py" line="-126"/>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akim</source>
        <translation>Аким</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District clerk</source>
        <translation>Сотрудник района</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../ui/first_run.py" line="-81"/>
        <source>This office</source>
        <translation>Этот офис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which office works with the program on this computer?</source>
        <translation>Какой офис работает с программой на этом компьютере?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Akim&apos;s office</source>
        <translation>&amp;Аппарат акима</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The akim&apos;s office of a rural district: takes in residents&apos; applications, organises the commission&apos;s inspections and sends the cases to the district department in packets.</source>
        <translation>Аппарат акима сельского округа: принимает заявления жителей, организует обследования комиссии и направляет дела в районный отдел пакетами.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;District department</source>
        <translation>&amp;Районный отдел</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The district department of employment and social programmes: receives the akims&apos; offices&apos; packets, records the decisions and sends the results back.</source>
        <translation>Районный отдел занятости и социальных программ: принимает пакеты аппаратов акимов, регистрирует решения и отправляет результаты обратно.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="+64"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The program speaks the new language from its next start.</source>
        <translation>Программа перейдёт на новый язык при следующем запуске.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates and amounts:</source>
        <translation>Даты и суммы:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Working day:</source>
        <translation>Рабочий день:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lunch break:</source>
        <translation>Обеденный перерыв:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deadlines counted in hours use these hours. A lunch break that ends when it starts means no break.</source>
        <translation>Сроки, считаемые в часах, отсчитываются по этим часам. Обед, который кончается тогда же, когда начинается, означает работу без перерыва.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How to complain (printed on the talon)</source>
        <translation>Порядок обжалования (печатается в талоне)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Leave both empty to print the standard text (shown greyed).</source>
        <translation>Оставьте оба поля пустыми, чтобы печатать стандартный текст (показан серым).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In Kazakh:</source>
        <translation>На казахском:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Russian:</source>
        <translation>На русском:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>Inbox for arriving bundles</source>
        <translation>Папка входящих пакетов</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bundles (.qbl) copied into this folder are imported by themselves and then moved to its “imported” or “refused” subfolder. Empty: the data folder&apos;s inbox.</source>
        <translation>Пакеты (.qbl), скопированные в эту папку, загружаются сами и переносятся в её подпапку «imported» или «refused». Пусто — папка inbox в папке данных.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Packets to the district: re-send after (days):</source>
        <translation>Пакеты в район: повторная отправка через (дней):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A packet with no receipt from the district after this many days is shown in red in the outbox, with a button to send its file again.</source>
        <translation>Пакет, получение которого район не подтвердил за это число дней, показывается в исходящих красным, с кнопкой повторной отправки файла.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../ui/first_run.py" line="+114"/>
        <source>The staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person who works in the program on this computer.</source>
        <translation>Тот, кто работает в программе на этом компьютере.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Patronymic (if any):</source>
        <translation>&amp;Отчество (если есть):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Имя входа:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Latin letters and digits, for example aseitova.</source>
        <translation>Латинские буквы и цифры, например aseitova.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the password:</source>
        <translation>Повторите пароль:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least {count} characters, typed twice. It may also be left empty: the program then asks for it at the first start.</source>
        <translation>Не короче {count} символов, дважды. Можно оставить пустым: тогда программа спросит его при первом запуске.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../ui/main.py" line="+97"/>
        <source>Qabyldau</source>
        <translation>Қабылдау</translation>
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
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../ui/users_dialog.py" line="+143"/>
        <source>Staff accounts</source>
        <translation>Учётные записи сотрудников</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;password…</source>
        <translation>Задать &amp;пароль…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>&amp;Disable</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>locked until {time}</source>
        <translation>заблокирована до {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no password yet</source>
        <translation>пароля ещё нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Enable</source>
        <translation>&amp;Включить</translation>
    </message>
</context>
<context>
    <name>VerifyCheck</name>
    <message>
        <location filename="../ui/verify_dialog.py" line="+48"/>
        <source>The file can be read</source>
        <translation>Файл читается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It opens with this office&apos;s key</source>
        <translation>Открывается ключом нашего офиса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The archive inside is safe to unpack</source>
        <translation>Архив внутри безопасно распаковать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle is complete (BagIt)</source>
        <translation>Пакет полный (BagIt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature is valid</source>
        <translation>Подпись верна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle&apos;s description is unchanged</source>
        <translation>Описание пакета не изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is signed by a trusted office</source>
        <translation>Подписан доверенным офисом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file was changed, added or removed</source>
        <translation>Ни один файл не изменён, не добавлен и не удалён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case records are well-formed</source>
        <translation>Записи дел составлены правильно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is addressed to this office</source>
        <translation>Адресован нашему офису</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This office may open this kind of bundle</source>
        <translation>Наш офис может открывать такие пакеты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not a repeat of an imported bundle</source>
        <translation>Не повтор уже загруженного пакета</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is one of this office&apos;s own bundles</source>
        <translation>Это собственный пакет нашего офиса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This office sends this kind of bundle</source>
        <translation>Наш офис отправляет такие пакеты</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location line="+52"/>
        <source>Verify bundle</source>
        <translation>Проверка пакета</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: {path}</source>
        <translation>Проверяемый файл: {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking…</source>
        <translation>Идёт проверка…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>not checked: an earlier check failed</source>
        <translation>не проверялось: не пройдена предыдущая проверка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not needed: checked when the district imports it</source>
        <translation>не требуется: проверяется при загрузке в районе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passed</source>
        <translation>пройдена</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is one of this office&apos;s own bundles, intact: to {recipient}, No. {sequence}, {records} records.</source>
        <translation>Это собственный пакет нашего офиса, он цел: получатель {recipient}, № {sequence}, записей {records}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle is intact: from {source} to {recipient}, No. {sequence}, {records} records. It can be imported.</source>
        <translation>Пакет цел: от {source} для {recipient}, № {sequence}, записей {records}. Его можно загрузить.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle is refused: {reason}</source>
        <translation>Пакет отклонён: {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>File fingerprint (SHA-256), as on the cover letter:
{fingerprint}</source>
        <translation>Отпечаток файла (SHA-256), как в сопроводительном письме:
{fingerprint}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The bundle could not be checked: {error}</source>
        <translation>Не удалось проверить пакет: {error}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a bundle to verify</source>
        <translation>Выберите пакет для проверки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qabyldau bundles (*.qbl);;All files (*)</source>
        <translation>Пакеты Qabyldau (*.qbl);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>WaitingListDialog</name>
    <message>
        <location filename="../ui/waiting_list.py" line="+51"/>
        <source>Waiting for inspection</source>
        <translation>Ожидают обследования</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No.</source>
        <translation>Рег. номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred</source>
        <translation>Направлено в комиссию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act due</source>
        <translation>Срок акта</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Double-click a case to open its inspection act</source>
        <translation>Дважды щёлкните по делу, чтобы открыть акт обследования</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inspection act…</source>
        <translation>Акт обследования…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{date} (overdue)</source>
        <translation>{date} (просрочено)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No cases are waiting for the commission.</source>
        <translation>Нет дел, ожидающих комиссии.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cases at the commission: {count}, overdue: {overdue}</source>
        <translation>Дел в комиссии: {count}, просрочено: {overdue}</translation>
    </message>
</context>
</TS>
