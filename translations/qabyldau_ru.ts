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
    <name>CardPage</name>
    <message>
        <location filename="../ui/first_run.py" line="+401"/>
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
        <location filename="../ui/case_card.py" line="+42"/>
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
        <location line="+71"/>
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
        <location line="+75"/>
        <source>{date} (overdue)</source>
        <translation>{date} (просрочено)</translation>
    </message>
    <message>
        <location line="-74"/>
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
        <location line="+19"/>
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
        <location line="+26"/>
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
        <location line="+27"/>
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
        <location line="-215"/>
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
        <location line="+4"/>
        <source>Print &amp;journal…</source>
        <translation>Печать &amp;журнала…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Verify bundle…</source>
        <translation>&amp;Проверить пакет…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
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
        <location line="+5"/>
        <source>&amp;Keys and trusted offices…</source>
        <translation>&amp;Ключи и доверенные офисы…</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+98"/>
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
        <location filename="../ui/packets_dialog.py" line="+264"/>
        <source>Packets and outbox</source>
        <translation>Пакеты и исходящие</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+582"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="-562"/>
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
        <location line="+61"/>
        <source>Outgoing No.</source>
        <translation>Исх. №</translation>
    </message>
    <message>
        <location line="-60"/>
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
        <location line="+61"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>Bundle file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <location line="-53"/>
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
        <location line="+41"/>
        <source>Send by &amp;e-mail…</source>
        <translation>Отправить по &amp;электронной почте…</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Packets sent and not yet acknowledged by the district. Those waiting {days} days or more are shown in red: check that the district received them.</source>
        <translation>Отправленные пакеты, получение которых район ещё не подтвердил. Ожидающие {days} дней и дольше выделены красным: проверьте, что район их получил.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+7"/>
        <source>Copy to folder / &amp;USB…</source>
        <translation>Скопировать в папку / на &amp;флешку…</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location line="+58"/>
        <source>sent {date}</source>
        <translation>отправлен {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed: {error}</source>
        <translation>не отправлен: {error}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Waiting {days} days for the district&apos;s acknowledgement</source>
        <translation>Ожидает подтверждения района {days} дн.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not exported yet</source>
        <translation>Ещё не выгружен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent {date}, awaiting acknowledgement</source>
        <translation>Отправлен {date}, ожидает подтверждения</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../ui/settings_dialog.py" line="+53"/>
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
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../ui/first_run.py" line="+101"/>
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
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../ui/main.py" line="+90"/>
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
