<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ActEditor</name>
    <message>
        <location filename="../ui/act_editor.py" line="+111"/>
        <source>Visit date</source>
        <translation>Тексеру күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of the visit</source>
        <translation>Тексеру жүргізілген жер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Тексеру нәтижесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members present</source>
        <translation>Тексеруге қатысқан комиссия мүшелері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address found at the visit</source>
        <translation>Тексеру кезінде анықталған мекенжай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Отбасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Тұрғын үй</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household plot and livestock</source>
        <translation>Жеке қосалқы шаруашылық және мал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicles</source>
        <translation>Көлік құралдары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other property</source>
        <translation>Басқа мүлік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other income of the family</source>
        <translation>Отбасының басқа табысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings and remarks</source>
        <translation>Комиссияның тұжырымдары мен ескертпелері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The commission&apos;s own conclusion</source>
        <translation>Комиссияның өз қорытындысы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>Туыстық қатынасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation or study</source>
        <translation>Жұмысы, оқуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomes</source>
        <translation>Табыстары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total a month</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type of home</source>
        <translation>Тұрғын үй түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ownership</source>
        <translation>Меншік нысаны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms</source>
        <translation>Бөлме саны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total area, m²</source>
        <translation>Жалпы ауданы, м²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilities</source>
        <translation>Коммуналдық жайлылықтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Жағдайы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Land plot, ha</source>
        <translation>Жер телімі, га</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cattle</source>
        <translation>Ірі қара мал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horses</source>
        <translation>Жылқы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheep and goats</source>
        <translation>Қой мен ешкі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camels</source>
        <translation>Түйе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poultry</source>
        <translation>Құс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs assistance or not</source>
        <translation>Көмекке мұқтаждығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons</source>
        <translation>Негіздемесі</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Inspection act: No. {number}, {applicant}</source>
        <translation>Тексеру актісі: № {number}, {applicant}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Visit</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family and incomes</source>
        <translation>Отбасы және табыстар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home and property</source>
        <translation>Тұрғын үй және мүлік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusion</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep what is filled in; the act can be completed at another sitting</source>
        <translation>Толтырылғанды сақтау; актіні келесі жолы аяқтауға болады</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1050"/>
        <source>Complete act</source>
        <translation>Актіні аяқтау</translation>
    </message>
    <message>
        <location line="-1049"/>
        <source>Print act…</source>
        <translation>Актіні басып шығару…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save DOCX…</source>
        <translation>DOCX ретінде сақтау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The act as a Word document, to edit and sign on paper</source>
        <translation>Акт Word құжаты ретінде: түзетіп, қағазда қол қою үшін</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close; unsaved changes are kept as a draft</source>
        <translation>Жабу; сақталмаған өзгерістер жоба ретінде қалады</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>as registered: {address}</source>
        <translation>тіркелгендегідей: {address}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Commission members who took part (they sign the act)</source>
        <translation>Тексеруге қатысқан комиссия мүшелері (актіге қол қояды)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Everyone living in the family, the applicant included. Incomes are tenge a month on average over the income period {start} – {end}; a member without income still counts.</source>
        <translation>Өтініш берушіні қоса алғанда, отбасында тұратындардың барлығы. Табыстар — {start} – {end} табыс кезеңіндегі орташа айлық сома, теңгемен; табысы жоқ мүше де есепке алынады.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Add member</source>
        <translation>Мүше қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove member</source>
        <translation>Мүшені алып тастау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All incomes…</source>
        <translation>Барлық табыстар…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scholarship, alimony, farm and business income of the selected member</source>
        <translation>Таңдалған мүшенің стипендиясы, алименті, қосалқы шаруашылық пен кәсіпкерлік табысы</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>electricity, gas, water, heating, sewerage…</source>
        <translation>электр, газ, су, жылу, кәріз…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>head</source>
        <translation>бас</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>make and year, or “none”</source>
        <translation>маркасы мен жылы, немесе «жоқ»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Income not of one member (renting out, seasonal work…); not counted</source>
        <translation>Бір мүшеге жатпайтын табыс (жалға беру, маусымдық жұмыс…); есепке кірмейді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Property and other income</source>
        <translation>Мүлік және басқа табыс</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The commission states its own conclusion</source>
        <translation>Комиссия өз қорытындысын береді</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For example: does not need, 150 sheep not declared as income. It wins over the arithmetic, which is still printed.</source>
        <translation>Мысалы: мұқтаж емес, 150 қой табыс ретінде көрсетілмеген. Ол есептеуден басым, есептеу бәрібір басылады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs assistance</source>
        <translation>Көмекке мұқтаж</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not need assistance</source>
        <translation>Көмекке мұқтаж емес</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reasons (required)</source>
        <translation>Негіздемесі (міндетті)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No commission was in force on {date}. Check the visit date.</source>
        <translation>{date} күні әрекет еткен комиссия болмаған. Тексеру күнін тексеріңіз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commission of the akim&apos;s decision No. {number} of {date}</source>
        <translation>Әкімнің {date} № {number} шешімімен құрылған комиссия</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The conclusion is “does not need assistance”: refusing or evading the inspection is a ground for refusal. Describe what happened in the findings and remarks.</source>
        <translation>Қорытынды — «көмекке мұқтаж емес»: тексеруден бас тарту немесе жалтару бас тартуға негіз болады. Не болғанын тұжырымдар мен ескертпелерде сипаттаңыз.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>row {row}</source>
        <translation>{row}-жол</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>an amount cannot be negative</source>
        <translation>сома теріс болмайды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most 2 digits after the comma</source>
        <translation>үтірден кейін ең көбі 2 таңба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an amount (e.g. 85000 or 85 000,50)</source>
        <translation>сома емес (мысалы 85000 немесе 85 000,50)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the same IIN is in row {row}</source>
        <translation>бұл ЖСН {row}-жолда бар</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a date (e.g. 28.10.1979)</source>
        <translation>күн емес (мысалы 28.10.1979)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date is in the future</source>
        <translation>күні болашақта</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Row {row}, {column}: {problem}</source>
        <translation>{row}-жол, {column}: {problem}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Family income a month: {total}</source>
        <translation>Отбасының айлық табысы: {total}</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Not saved yet</source>
        <translation>Әлі сақталмаған</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unsaved act</source>
        <translation>Сақталмаған акт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The act of No. {number} has changes from {time} that were not saved. Continue with them?</source>
        <translation>№ {number} актісінде {time} енгізілген, сақталмаған өзгерістер бар. Солармен жалғастырасыз ба?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Draft restored, not saved yet</source>
        <translation>Жоба қалпына келтірілді, әлі сақталмаған</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{outcome}: does not need assistance</source>
        <translation>{outcome}: көмекке мұқтаж емес</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the family members, the applicant included.</source>
        <translation>Өтініш берушіні қоса, отбасы мүшелерін енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the incomes marked red to compute the conclusion.</source>
        <translation>Қорытындыны есептеу үшін қызылмен белгіленген табыстарды түзетіңіз.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{threshold} is not set for the months {months}. Add it under District commission → Commission and thresholds.</source>
        <translation>{threshold} мына айларға белгіленбеген: {months}. Оны «Учаскелік комиссия → Комиссия және табыс шектері» мәзірінде енгізіңіз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Per capita {per_capita} {sign} {threshold} ({kind})</source>
        <translation>Жан басына {per_capita} {sign} {threshold} ({kind})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the commission&apos;s own conclusion: {verdict}</source>
        <translation>комиссияның өз қорытындысы: {verdict}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compared with: {kind}, average over {start} – {end}</source>
        <translation>Салыстырылады: {kind}, {start} – {end} кезеңіндегі орташа мәні</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conclusion: {summary}</source>
        <translation>Қорытынды: {summary}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs assistance</source>
        <translation>көмекке мұқтаж</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not need assistance</source>
        <translation>көмекке мұқтаж емес</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The act was completed on {date}.</source>
        <translation>Акт {date} аяқталды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The act was due by {date}: overdue.</source>
        <translation>Акт {date} дейін жасалуы тиіс еді: мерзімі өтті.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The act is due by {date}.</source>
        <translation>Акт {date} дейін жасалуы тиіс.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save corrected act</source>
        <translation>Түзетілген актіні сақтау</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Act not saved</source>
        <translation>Акт сақталмады</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Correct the cells marked red first:</source>
        <translation>Алдымен қызылмен белгіленген ұяшықтарды түзетіңіз:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved at {time}</source>
        <translation>{time} сақталды</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The act of No. {number} is complete. Conclusion: {verdict}.</source>
        <translation>№ {number} актісі аяқталды. Қорытынды: {verdict}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next step due by {date}.</source>
        <translation>Келесі кезеңнің мерзімі: {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Act completed</source>
        <translation>Акт аяқталды</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Family, row {row}</source>
        <translation>Отбасы, {row}-жол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family, row {row}: {field}</source>
        <translation>Отбасы, {row}-жол: {field}</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The act has changes that are not saved. Save them first? Otherwise the last saved version is used.</source>
        <translation>Актіде сақталмаған өзгерістер бар. Алдымен оларды сақтау керек пе? Әйтпесе соңғы сақталған нұсқасы алынады.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+5"/>
        <location line="+28"/>
        <location line="+5"/>
        <source>Inspection act</source>
        <translation>Тексеру актісі</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>The document could not be written: {error}</source>
        <translation>Құжатты жазу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Inspection act No. {number}</source>
        <translation>№ {number} тексеру актісі</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the act as DOCX</source>
        <translation>Актіні DOCX ретінде сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx)</source>
        <translation>Word құжаттары (*.docx)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved to {path}</source>
        <translation>Сақталды: {path}</translation>
    </message>
</context>
<context>
    <name>AddCardDialog</name>
    <message>
        <location filename="../ui/keys_dialog.py" line="+154"/>
        <source>Add another office&apos;s card</source>
        <translation>Басқа кеңсенің карточкасын қосу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose file…</source>
        <translation>Файлды &amp;таңдау…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type the fingerprint from the office&apos;s printed fingerprint sheet, or have it read to you over the phone, group by group. Do not copy it from the e-mail or the folder the card came in: a swapped card would bring its own.</source>
        <translation>Саусақ ізін кеңсенің басып шығарылған саусақ ізі парағынан теріңіз немесе оны телефонмен топ-топқа бөліп оқытыңыз. Оны карточка келген хаттан не қалтадан көшірмеңіз: ауыстырылған карточка өз саусақ ізін ала келеді.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Trust this card</source>
        <translation>Бұл карточкаға &amp;сену</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Card file:</source>
        <translation>Карточка файлы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office:</source>
        <translation>Кеңсе:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint from the sheet:</source>
        <translation>Парақтағы саусақ ізі:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>district department</source>
        <translation>аудандық бөлім</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>akim&apos;s office</source>
        <translation>әкім аппараты</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the office&apos;s public card</source>
        <translation>Кеңсенің ашық карточкасын таңдаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public cards (*.json);;All files (*)</source>
        <translation>Ашық карточкалар (*.json);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../ui/users_dialog.py" line="+112"/>
        <source>New staff member</source>
        <translation>Жаңа қызметкер</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The password may be left empty: the person then chooses it at their first login.</source>
        <translation>Құпиясөзді бос қалдыруға болады: қызметкер оны бірінші кіргенде өзі таңдайды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Login:</source>
        <translation>&amp;Кіру аты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Surname:</source>
        <translation>&amp;Тегі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Patronymic:</source>
        <translation>Ә&amp;кесінің аты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the password:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../ui/backup_dialog.py" line="+107"/>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change folder…</source>
        <translation>Қалтаны өзгерту…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Файл атауы</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Back up now</source>
        <translation>Қазір көшірме жасау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore…</source>
        <translation>Қалпына келтіру…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+208"/>
        <location line="+16"/>
        <location line="+4"/>
        <source>Check database</source>
        <translation>Дерекқорды тексеру</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Automatic (start of day)</source>
        <translation>Автоматты (күн басында)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by hand</source>
        <translation>Қолмен жасалған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a program update</source>
        <translation>Бағдарламаны жаңарту алдында</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced by a restore</source>
        <translation>Қалпына келтіру кезінде ауыстырылған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other file</source>
        <translation>Басқа файл</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup folder: {folder}</source>
        <translation>Көшірмелер қалтасы: {folder}</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Backing up…</source>
        <translation>Көшірме жасалуда…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup failed</source>
        <translation>Көшірме жасалмады</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup made: {name} ({size}).</source>
        <translation>Көшірме жасалды: {name} ({size}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a backup</source>
        <translation>Көшірмені таңдаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qabyldau backups (*.sqlite *.json)</source>
        <translation>Qabyldau көшірмелері (*.sqlite *.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+27"/>
        <source>Restore from a backup</source>
        <translation>Көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Restore the database from the backup of {when}?

The backup is checked first. Everything recorded after it is set aside with the current database, which is kept in the backups folder. The program will then restart.</source>
        <translation>Дерекқорды {when} көшірмесінен қалпына келтіру керек пе?

Алдымен көшірме тексеріледі. Одан кейін енгізілгеннің бәрі қазіргі дерекқормен бірге көшірмелер қалтасында сақталады. Содан кейін бағдарлама қайта іске қосылады.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking the backup and restoring…</source>
        <translation>Көшірме тексеріліп, қалпына келтірілуде…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restored.</source>
        <translation>Қалпына келтірілді.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database was restored from the backup of {when}. The replaced database was kept as {previous}.

The program will now restart.</source>
        <translation>Дерекқор {when} көшірмесінен қалпына келтірілді. Ауыстырылған дерекқор {previous} атымен сақталды.

Бағдарлама қазір қайта іске қосылады.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore refused</source>
        <translation>Қалпына келтіру тоқтатылды</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the database (this can take a minute)…</source>
        <translation>Дерекқор тексерілуде (бір минуттай уақыт алуы мүмкін)…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Restore the newest good backup: select it and press Restore…</source>
        <translation>Соңғы жарамды көшірмеден қалпына келтіріңіз: оны таңдап, «Қалпына келтіру…» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Backup folder</source>
        <translation>Көшірмелер қалтасы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New backups will be made in {folder}.</source>
        <translation>Жаңа көшірмелер осы қалтада жасалады: {folder}.</translation>
    </message>
</context>
<context>
    <name>BackupStartup</name>
    <message>
        <location line="+57"/>
        <location line="+45"/>
        <source>Database check</source>
        <translation>Дерекқорды тексеру</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Restore the backup</source>
        <translation>Көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open anyway</source>
        <translation>Сонда да ашу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore refused</source>
        <translation>Қалпына келтіру тоқтатылды</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <location filename="../ui/first_run.py" line="+432"/>
        <source>The other office&apos;s card (optional)</source>
        <translation>Екінші кеңсенің карточкасы (міндетті емес)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then the office is set up: nothing is saved before this step.</source>
        <translation>Содан кейін кеңсе бапталады: осы қадамға дейін ештеңе сақталмайды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you already have the public card of the office you exchange packets with, add it now. You can skip this and add cards later from Packets → Keys and trusted offices.</source>
        <translation>Пакет алмасатын кеңсенің ашық карточкасы қолыңызда болса, оны қазір қосыңыз. Бұл қадамды өткізіп жіберіп, карточкаларды кейін Жөнелту → Кілттер және сенімді кеңселер мәзірінен қосуға болады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Card file:</source>
        <translation>Карточка файлы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office:</source>
        <translation>Кеңсе:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fingerprint from the sheet:</source>
        <translation>Парақтағы &amp;саусақ ізі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>Файлды &amp;таңдау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>Та&amp;зарту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the fingerprint from the office&apos;s printed sheet, or have it read to you over the phone. Do not copy it from where the card file came from.</source>
        <translation>Саусақ ізін кеңсенің басылған парағынан теріңіз немесе оны телефонмен оқытып алыңыз. Оны карточка файлы келген жерден көшірмеңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Set up the office</source>
        <translation>Кеңсені &amp;баптау</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose the office&apos;s public card</source>
        <translation>Кеңсенің ашық карточкасын таңдаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public cards (*.json);;All files (*)</source>
        <translation>Ашық карточкалар (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The fingerprint does not match the card: check it against the printed sheet again or call the office. The card may have been swapped on the way; clear it to go on without it.</source>
        <translation>Саусақ ізі карточкаға сәйкес келмейді: оны басылған парақпен қайта салыстырыңыз немесе кеңсеге телефон соғыңыз. Карточка жолда ауыстырылған болуы мүмкін; онсыз жалғастыру үшін оны тазартыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is this office&apos;s own card, not the other office&apos;s.</source>
        <translation>Бұл екінші кеңсенің емес, осы кеңсенің өз карточкасы.</translation>
    </message>
</context>
<context>
    <name>CaseAction</name>
    <message>
        <location filename="../ui/case_card.py" line="+46"/>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused to accept (receipt)</source>
        <translation>Қабылдаудан бас тартылды (қолхат)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akim&apos;s resolution</source>
        <translation>Әкімнің бұрыштамасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the commission</source>
        <translation>Комиссияға жіберілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection act</source>
        <translation>Тексеру актісі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission&apos;s conclusion</source>
        <translation>Комиссияның қорытындысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put in an outgoing packet</source>
        <translation>Жөнелтілетін топтамаға қосылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the department</source>
        <translation>Бөлімге жіберілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision recorded</source>
        <translation>Шешім тіркелді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result issued</source>
        <translation>Нәтиже берілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Мәртебесі өзгерді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Өзгертілді</translation>
    </message>
</context>
<context>
    <name>CaseCard</name>
    <message>
        <location line="+119"/>
        <source>Application No. {number}</source>
        <translation>№ {number} өтініш</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application No. {number} of {date}</source>
        <translation>{date} күнгі № {number} өтініш</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+84"/>
        <source>{date} (overdue)</source>
        <translation>{date} (мерзімі өтті)</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Result due</source>
        <translation>Қызметті алатын күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission step</source>
        <translation>Комиссия кезеңі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Representative</source>
        <translation>Өкілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted by</source>
        <translation>Қабылдаған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps and deadlines</source>
        <translation>Кезеңдер мен мерзімдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Тарихы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision and issue</source>
        <translation>Шешім және беру</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reprint refusal receipt</source>
        <translation>Бас тарту қолхатын қайта басып шығару</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reprint talon</source>
        <translation>Талонды қайта басып шығару</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send to commission</source>
        <translation>Комиссияға жіберу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refer the case to the district commission for the inspection act</source>
        <translation>Тексеру актісін жасау үшін өтінішті учаскелік комиссияға жіберу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inspection act…</source>
        <translation>Тексеру актісі…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issue result…</source>
        <translation>Нәтижені беру…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate…</source>
        <translation>Анықтама…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Step</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(not counted in the term)</source>
        <translation>(мерзімге кірмейді)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Міндетті</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brought</source>
        <translation>Тапсырылды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>not referred yet</source>
        <translation>әлі жіберілмеген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>act done {date}</source>
        <translation>акт жасалды {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>act due {date} (overdue)</source>
        <translation>акт мерзімі {date} (мерзімі өтті)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>act due {date}</source>
        <translation>акт мерзімі {date}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The district&apos;s decision has not arrived yet.</source>
        <translation>Аудан шешімі әлі келген жоқ.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not sent to the commission</source>
        <translation>Комиссияға жіберілмеді</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent to the commission</source>
        <translation>Комиссияға жіберілді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application No. {number} is at the district commission. The inspection act is due by {date}.</source>
        <translation>№ {number} өтініш учаскелік комиссияға жіберілді. Тексеру актісі {date} дейін жасалуы тиіс.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Inspection act</source>
        <translation>Тексеру актісі</translation>
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
        <translation>Құжатты жазу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refusal receipt No. {number}</source>
        <translation>№ {number} бас тарту қолхаты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talon No. {number}</source>
        <translation>№ {number} талон</translation>
    </message>
</context>
<context>
    <name>CaseField</name>
    <message>
        <location line="-392"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result due</source>
        <translation>Нәтиже мерзімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next due</source>
        <translation>Келесі мерзім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents brought</source>
        <translation>Әкелінген құжаттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents missing</source>
        <translation>Жетіспейтін құжаттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing packet</source>
        <translation>Шығыс пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission decision</source>
        <translation>Комиссия шешімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs assistance</source>
        <translation>Көмекке мұқтаж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income per person</source>
        <translation>Жан басына табыс</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../ui/certificate_dialog.py" line="+70"/>
        <source>Certificate: application No. {number}</source>
        <translation>Анықтама: № {number} өтініш</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name:</source>
        <translation>Аты-жөні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN:</source>
        <translation>ЖСН:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Мекенжайы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the register says</source>
        <translation>Тізілім бойынша</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quarter {quarter} of {year} ({start} – {end})</source>
        <translation>{year} жылғы {quarter}-тоқсан ({start} – {end})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quarter:</source>
        <translation>Тоқсан:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belongs to the recipients of targeted social assistance</source>
        <translation>Атаулы әлеуметтік көмек алушыларға жатады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not belong to the recipients of targeted social assistance</source>
        <translation>Атаулы әлеуметтік көмек алушыларға жатпайды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer:</source>
        <translation>Жауабы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis:</source>
        <translation>Негіздеме:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing and handing over</source>
        <translation>Қол қою және беру</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed by:</source>
        <translation>Қол қояды:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who receives the certificate (the applicant by default).</source>
        <translation>Анықтаманы кім алады (әдепкі бойынша өтініш беруші).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Received by:</source>
        <translation>&amp;Алушы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recipient signs the journal; the case is closed the same day.</source>
        <translation>Алушы журналға қол қояды; іс сол күні жабылады.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Issue</source>
        <translation>&amp;Беру</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No assignment of targeted social assistance covers this quarter.</source>
        <translation>Бұл тоқсанға атаулы әлеуметтік көмек тағайындалмаған.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision {decision} on application No. {case}</source>
        <translation>№ {case} өтініш бойынша {decision} шешім</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>assigned for {start} – {end}</source>
        <translation>{start} – {end} кезеңіне тағайындалған</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The certificate could not be written: {error}</source>
        <translation>Анықтаманы жазу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Certificate for application No. {number}</source>
        <translation>№ {number} өтініш бойынша анықтама</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Certificate</source>
        <translation>Анықтама</translation>
    </message>
</context>
<context>
    <name>CommissionDialog</name>
    <message>
        <location filename="../ui/commission_dialog.py" line="+119"/>
        <source>District commission and thresholds</source>
        <translation>Учаскелік комиссия және табыс шектері</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>District commission</source>
        <translation>Учаскелік комиссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income thresholds</source>
        <translation>Табыс шектері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Commission in force</source>
        <translation>Әрекет етіп тұрған комиссия</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+56"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Earlier commissions</source>
        <translation>Бұрынғы комиссиялар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid</source>
        <translation>Әрекет ету мерзімі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>Құрамы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New commission…</source>
        <translation>Жаңа комиссия…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the akim&apos;s decision that creates a new commission</source>
        <translation>Жаңа комиссия құратын әкім шешімін енгізу</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New commission (akim&apos;s decision)</source>
        <translation>Жаңа комиссия (әкім шешімі)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The commission in force until now stops the day before the new one starts; its acts keep the names of those who signed them.</source>
        <translation>Қазіргі комиссия жаңасы басталардан бір күн бұрын өз әрекетін тоқтатады; оның актілерінде қол қойғандардың аты-жөні сақталады.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Surname and initials</source>
        <translation>Тегі және аты-жөнінің бас әріптері</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add member</source>
        <translation>Мүше қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove member</source>
        <translation>Мүшені алып тастау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save commission</source>
        <translation>Комиссияны сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Decision No.</source>
        <translation>Шешім №</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision date</source>
        <translation>Шешім күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Әрекет ету басы</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+37"/>
        <source>Threshold</source>
        <translation>Шек</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+38"/>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>From</source>
        <translation>Басы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Соңы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Per-capita income is compared with the average of the thresholds in force on the first day of each month of the income period. A new threshold ends an open-ended earlier one of the same kind the day before it starts.</source>
        <translation>Жан басына шаққандағы табыс табыс кезеңінің әр айының бірінші күні әрекет еткен шектердің орташа мәнімен салыстырылады. Жаңа шек сол түрдегі мерзімсіз бұрынғы шекті өзі басталардан бір күн бұрын аяқтайды.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a threshold</source>
        <translation>Жаңа шек</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tenge per month, e.g. 45 000</source>
        <translation>айына теңге, мысалы 45 000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until</source>
        <translation>соңы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add threshold</source>
        <translation>Шекті қосу</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In force from</source>
        <translation>Әрекет ету басы</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>from {start}, until a new decision</source>
        <translation>{start} бастап, жаңа шешімге дейін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from {start} to {end}</source>
        <translation>{start} бастап {end} дейін</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Akim&apos;s decision No. {number} of {date}</source>
        <translation>Әкімнің {date} № {number} шешімі</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No commission is in force today. Enter the akim&apos;s decision with “New commission…”.</source>
        <translation>Бүгін әрекет ететін комиссия жоқ. Әкім шешімін «Жаңа комиссия…» батырмасымен енгізіңіз.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>e.g. Ахметов А.Б.</source>
        <translation>мысалы, Ахметов А.Б.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Commission not saved</source>
        <translation>Комиссия сақталмады</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Threshold not saved</source>
        <translation>Шек сақталмады</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../ui/dashboard.py" line="+184"/>
        <source>Show overdue</source>
        <translation>Мерзімі өткендерді көрсету</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dismiss</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due today</source>
        <translation>Мерзімі бүгін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission visits</source>
        <translation>Комиссияның тексерулері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases to send to the district</source>
        <translation>Ауданға жіберілетін істер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results to issue</source>
        <translation>Берілетін нәтижелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packets not acknowledged</source>
        <translation>Расталмаған пакеттер</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>No applications this month</source>
        <translation>Осы айда өтініш жоқ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Packets the district has not acknowledged</source>
        <translation>Аудан алғанын растамаған пакеттер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packet</source>
        <translation>Пакет нөмірі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days waiting</source>
        <translation>Күтіп тұр, күн</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every sent packet has been acknowledged.</source>
        <translation>Жіберілген пакеттердің бәрі расталды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Akim&apos;s offices: bundles and cases</source>
        <translation>Әкім аппараттары: пакеттер мен істер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office</source>
        <translation>Кеңсе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last bundle</source>
        <translation>Соңғы пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing bundles</source>
        <translation>Жетіспейтін пакеттер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not acknowledged</source>
        <translation>Расталмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for a decision</source>
        <translation>Шешім күтуде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions to send</source>
        <translation>Жіберілетін шешімдер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click an office to see its waiting cases</source>
        <translation>Күтіп тұрған істерін көру үшін кеңсені екі рет басыңыз</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>commission visits</source>
        <translation>комиссияның тексеруі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cases to send</source>
        <translation>жіберілетін істер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>results to issue</source>
        <translation>берілетін нәтижелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other steps</source>
        <translation>басқа қадамдар</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overdue: {count} — {details}</source>
        <translation>Мерзімі өткен: {count} — {details}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today, {date}</source>
        <translation>Бүгін, {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated at {time}</source>
        <translation>{time} жаңартылды</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nothing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting over {days} days: {count}, send again</source>
        <translation>{days} күннен астам күтуде: {count} — қайта жіберіңіз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>send again after {days} days</source>
        <translation>{days} күннен кейін қайта жіберіледі</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>overdue: {count}</source>
        <translation>мерзімі өткен: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none overdue</source>
        <translation>мерзімі өткен жоқ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This month by service (since {date})</source>
        <translation>Осы айда қызметтер бойынша ({date} бастап)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This month by outcome</source>
        <translation>Осы айда нәтижелер бойынша</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Waiting over {days} days: send the packet again</source>
        <translation>{days} күннен астам күтуде: пакетті қайта жіберіңіз</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Assigned</source>
        <translation>Тағайындалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused to accept</source>
        <translation>Қабылдаудан бас тартылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed without a decision</source>
        <translation>Шешімсіз орындалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Орындалуда</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../ui/decision_dialog.py" line="+104"/>
        <location line="+307"/>
        <source>Decision on case No. {number}</source>
        <translation>№ {number} іс бойынша шешім</translation>
    </message>
    <message>
        <location line="-270"/>
        <source>{applicant} — {service}, case No. {number} of office {office}</source>
        <translation>{applicant} — {service}, {office} кеңсесінің № {number} ісі</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Assigned (notice of assignment)</source>
        <translation>&amp;Тағайындалды (тағайындау туралы хабарлама)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refused (reasoned refusal)</source>
        <translation>&amp;Бас тартылды (дәлелді бас тарту)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Position, surname and initials</source>
        <translation>Лауазымы, тегі және аты-жөнінің бас әріптері</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision:</source>
        <translation>Шешім:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision &amp;No.:</source>
        <translation>Шешімнің &amp;нөмірі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Signed by:</source>
        <translation>&amp;Қол қойған:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ground for refusal</source>
        <translation>Бас тарту негізі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— not from the list —</source>
        <translation>— тізімнен емес —</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The reasoning in words (required when no ground is chosen from the list)</source>
        <translation>Негіздемесі сөзбен (тізімнен негіз таңдалмаса, міндетті)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the &amp;list:</source>
        <translation>&amp;Тізімнен:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;words:</source>
        <translation>&amp;Сөзбен:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assignment</source>
        <translation>Тағайындау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 45 000 or 45 000,50</source>
        <translation>мысалы, 45 000 немесе 45 000,50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the &amp;period</source>
        <translation>&amp;Кезеңге</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A&amp;mount per month, ₸:</source>
        <translation>Айлық &amp;сомасы, ₸:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+90"/>
        <source>No signed PDF attached</source>
        <translation>Қол қойылған PDF тіркелмеген</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Attach signed &amp;PDF…</source>
        <translation>Қол қойылған &amp;PDF тіркеу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Save decision</source>
        <translation>Шешімді &amp;сақтау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close; what you typed and did not save is kept</source>
        <translation>Жабу; терілген, бірақ сақталмаған мәліметтер сақталып қалады</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Attach the signed decision</source>
        <translation>Қол қойылған шешімді тіркеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed PDF: {name}</source>
        <translation>Қол қойылған PDF: {name}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Decision No. {number} recorded. It goes to the office with the next return bundle.</source>
        <translation>№ {number} шешім жазылды. Ол кеңсеге келесі қайтарым пакетімен жіберіледі.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Restored what was typed on {time} and not saved.</source>
        <translation>{time} кезінде терілген, бірақ сақталмаған мәліметтер қалпына келтірілді.</translation>
    </message>
</context>
<context>
    <name>DistrictCase</name>
    <message>
        <location filename="../ui/district_case.py" line="+55"/>
        <source>Talon</source>
        <translation>Қабылдау талоны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection act</source>
        <translation>Тексеру актісі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned document</source>
        <translation>Құжаттың сканері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Akim&apos;s office</source>
        <translation>Әкім аппараты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission</source>
        <translation>Учаскелік комиссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District department</source>
        <translation>Аудандық бөлім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State Corporation</source>
        <translation>Мемлекеттік корпорация</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cattle</source>
        <translation>ірі қара мал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>horses</source>
        <translation>жылқы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sheep and goats</source>
        <translation>қой мен ешкі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camels</source>
        <translation>түйе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>poultry</source>
        <translation>құс</translation>
    </message>
</context>
<context>
    <name>DistrictCaseView</name>
    <message>
        <location line="+117"/>
        <source>Case No. {number} — {applicant}</source>
        <translation>№ {number} іс — {applicant}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection act and conclusion</source>
        <translation>Тексеру актісі және қорытынды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files ({count})</source>
        <translation>Файлдар ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Тарихы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;decision…</source>
        <translation>&amp;Шешімді жазу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print decision…</source>
        <translation>Шешімді &amp;басып шығару…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not decided yet</source>
        <translation>Әлі шешілмеген</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assigned: No. {number} of {date}</source>
        <translation>Тағайындалды: {date} № {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} per month</source>
        <translation>айына {amount}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused: No. {number} of {date}</source>
        <translation>Бас тартылды: {date} № {number}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>born {date}</source>
        <translation>туған күні {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN:</source>
        <translation>ЖСН:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Мекенжайы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Телефоны:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Representative:</source>
        <translation>Өкілі:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registered:</source>
        <translation>Тіркелді:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result due:</source>
        <translation>Нәтиже мерзімі:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accepted by:</source>
        <translation>Қабылдаған:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes:</source>
        <translation>Ескертпелер:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision:</source>
        <translation>Шешім:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents brought</source>
        <translation>Тапсырылған құжаттар</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+244"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>Required</source>
        <translation>Міндетті</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brought</source>
        <translation>Тапсырылды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheets</source>
        <translation>Парақ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Route and deadlines</source>
        <translation>Кезеңдер мен мерзімдер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+257"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Started</source>
        <translation>Басталды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No inspection act came with this case: the service is decided without the commission&apos;s visit.</source>
        <translation>Бұл іспен тексеру актісі келген жоқ: қызмет комиссияның тексеруінсіз шешіледі.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Visit date:</source>
        <translation>Тексеру күні:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result of the visit:</source>
        <translation>Тексеру нәтижесі:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place:</source>
        <translation>Орны:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address at the visit:</source>
        <translation>Тексерудегі мекенжай:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commission:</source>
        <translation>Учаскелік комиссия:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decision No. {number} of {date}</source>
        <translation>{date} № {number} шешім</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Members present:</source>
        <translation>Қатысқан мүшелер:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family and incomes</source>
        <translation>Отбасы және табыстар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>Туыстығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Жұмысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income per month</source>
        <translation>Айлық табысы</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no income</source>
        <translation>табысы жоқ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dwelling, plot and property</source>
        <translation>Тұрғын үй, үлескі және мүлік</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rooms: {rooms}</source>
        <translation>бөлме: {rooms}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{total}, family members: {members}</source>
        <translation>{total}, отбасы мүшелері: {members}</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>{area} m²</source>
        <translation>{area} шаршы метр</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dwelling:</source>
        <translation>Тұрғын үй:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utilities:</source>
        <translation>Коммуналдық жағдайы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condition:</source>
        <translation>Жай-күйі:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Land plot:</source>
        <translation>Жер учаскесі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{area} ha</source>
        <translation>{area} гектар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Livestock:</source>
        <translation>Мал:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicles:</source>
        <translation>Көлік құралдары:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other property:</source>
        <translation>Басқа мүлік:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other income:</source>
        <translation>Басқа табыс:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks:</source>
        <translation>Ескертпелер:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The commission&apos;s conclusion</source>
        <translation>Комиссияның қорытындысы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The act has no conclusion.</source>
        <translation>Актіде қорытынды жоқ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs assistance</source>
        <translation>Көмекке мұқтаж</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Does not need assistance</source>
        <translation>Көмекке мұқтаж емес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conclusion:</source>
        <translation>Қорытынды:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family income:</source>
        <translation>Отбасы табысы:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Income per person:</source>
        <translation>Жан басына табыс:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Threshold:</source>
        <translation>Шек:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Income period:</source>
        <translation>Табыс кезеңі:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reasons:</source>
        <translation>Негіздемесі:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Файл атауы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{size} KB</source>
        <translation>{size} Кбайт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Алдын ала қарау…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The file could not be opened: {path}</source>
        <translation>Файл ашылмады: {path}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Decision on case No. {number}</source>
        <translation>№ {number} іс бойынша шешім</translation>
    </message>
</context>
<context>
    <name>DistrictDialog</name>
    <message>
        <location filename="../ui/district_dialog.py" line="+109"/>
        <source>Offices and returns</source>
        <translation>Кеңселер және қайтарымдар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundles from the akim&apos;s offices</source>
        <translation>Әкім аппараттарынан келген пакеттер</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>Office</source>
        <translation>Кеңсе</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Last
bundle</source>
        <translation>Соңғы
пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing
bundles</source>
        <translation>Жетпейтін
пакеттер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not
acknowledged</source>
        <translation>Расталмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for
a decision</source>
        <translation>Шешім
күтуде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions
to send</source>
        <translation>Жіберілетін
шешімдер</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cases waiting for a decision, the most urgent first</source>
        <translation>Шешім күтіп тұрған істер, ең шұғылдары бірінші</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No.</source>
        <translation>Тіркеу №</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a case to open it</source>
        <translation>Істі ашу үшін екі рет шертіңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open case…</source>
        <translation>Істі &amp;ашу…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No. {numbers} never arrived</source>
        <translation>№ {numbers} келмеді</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Send return bundle…</source>
        <translation>Қайтарым пакетін жіберу…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receipts for the bundles received and the decisions not yet sent, as one bundle for this office</source>
        <translation>Алынған пакеттердің растаулары мен әлі жіберілмеген шешімдер — осы кеңсеге бір пакет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to send: every bundle acknowledged, every decision sent</source>
        <translation>Жіберетін ештеңе жоқ: барлық пакеттер расталған, барлық шешімдер жіберілген</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{date} (overdue)</source>
        <translation>{date} (мерзімі өтті)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Where to write the return bundle (a USB stick)</source>
        <translation>Қайтарым пакетін қайда жазу керек (USB-жинақтауыш)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing the return bundle for office {office}…</source>
        <translation>{office} кеңсесіне қайтарым пакеті жазылуда…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Written: {path} (receipts: {receipts}, decisions: {decisions}). Carry it to office {office} and import it there.</source>
        <translation>Жазылды: {path} (растаулар: {receipts}, шешімдер: {decisions}). Оны {office} кеңсесіне апарып, сонда жүктеңіз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fingerprint (SHA-256):
{fingerprint}</source>
        <translation>Саусақ ізі (SHA-256):
{fingerprint}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The return bundle could not be written: {error}</source>
        <translation>Қайтарым пакеті жазылмады: {error}</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../ui/first_run.py" line="+40"/>
        <source>The office is set up</source>
        <translation>Кеңсе бапталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When this window closes, the register of applications opens.</source>
        <translation>Бұл терезе жабылғанда өтініштер тізілімі ашылады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Office: {code} {name} ({role})
Staff member: {staff} (login {login})</source>
        <translation>Кеңсе: {code} {name} ({role})
Қызметкер: {staff} (логині {login})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fingerprint of this office&apos;s keys (created {date}):</source>
        <translation>Осы кеңсе кілттерінің саусақ ізі ({date} жасалған):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other office checks your card by this fingerprint: read it to them over the phone, or print the fingerprint sheet from Packets → Keys and trusted offices.</source>
        <translation>Екінші кеңсе сіздің карточкаңызды осы саусақ ізі бойынша тексереді: оны телефонмен оқып беріңіз немесе саусақ ізі парағын Жөнелту → Кілттер және сенімді кеңселер мәзірінен басып шығарыңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The office has no keys yet.</source>
        <translation>Кеңсенің әлі кілттері жоқ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create them later from Packets → Keys and trusted offices.</source>
        <translation>Оларды кейін Жөнелту → Кілттер және сенімді кеңселер мәзірінен жасаңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trusted office: {code} {name}.</source>
        <translation>Сенімді кеңсе: {code} {name}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The card was not added: {reason}</source>
        <translation>Карточка қосылмады: {reason}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location line="+67"/>
        <source>Setting up Qabyldau</source>
        <translation>Qabyldau-ды баптау</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>district department</source>
        <translation>аудандық бөлім</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>akim&apos;s office</source>
        <translation>әкім аппараты</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../ui/login_dialog.py" line="+286"/>
        <source>Locked</source>
        <translation>Құлыпталған</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/import_dialog.py" line="+65"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt for a packet</source>
        <translation>Топтаманың алынғаны туралы растау</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+140"/>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+140"/>
        <source>Updated</source>
        <translation>Жаңартылған</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+140"/>
        <source>Unchanged</source>
        <translation>Өзгеріссіз</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+140"/>
        <source>Refused</source>
        <translation>Қабылданбаған</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Import bundles</source>
        <translation>Пакеттерді жүктеу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the bundle files (.qbl) that came on a USB stick or by e-mail, or a whole folder — or drag them onto this window. Each file is checked before anything is written: a refused file changes nothing.</source>
        <translation>USB-жинақтауышпен немесе электрондық поштамен келген пакет файлдарын (.qbl) не тұтас қалтаны таңдаңыз — немесе оларды осы терезеге сүйреп әкеліңіз. Әр файл ештеңе жазылмас бұрын тексеріледі: қабылданбаған файл ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose &amp;files…</source>
        <translation>&amp;Файлдарды таңдау…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a f&amp;older…</source>
        <translation>&amp;Қалтаны таңдау…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>File</source>
        <translation>Файл атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No.</source>
        <translation>Тіркеу №</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Bundle No.</source>
        <translation>Пакет №</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose bundles to import</source>
        <translation>Жүктелетін пакеттерді таңдаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qabyldau bundles (*.qbl);;All files (*)</source>
        <translation>Qabyldau пакеттері (*.qbl);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the folder with the bundles</source>
        <translation>Пакеттер жатқан қалтаны таңдаңыз</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No bundle files (.qbl) in the chosen folder.</source>
        <translation>Таңдалған қалтада пакет файлдары (.qbl) жоқ.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Importing {name} ({index} of {count})…</source>
        <translation>{name} жүктелуде ({count} ішінен {index})…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The import stopped: {error}</source>
        <translation>Жүктеу тоқтады: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported</source>
        <translation>Жүктелді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already imported on {date}</source>
        <translation>{date} күні жүктелген</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused: {reason}</source>
        <translation>Қабылданбады: {reason}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{file} is refused at the check “{check}”: {reason}</source>
        <translation>{file} «{check}» тексеруінде қабылданбады: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The district received packets: {numbers}</source>
        <translation>Аудан мына топтамаларды алды: {numbers}</translation>
    </message>
</context>
<context>
    <name>IncomesDialog</name>
    <message>
        <location filename="../ui/act_editor.py" line="-1398"/>
        <source>Monthly incomes: {who}</source>
        <translation>Айлық табыстар: {who}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tenge a month, averaged over the income period; empty means none.</source>
        <translation>Табыс кезеңіндегі орташа айлық сома, теңгемен; бос болса — табыс жоқ.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../ui/intake_dialog.py" line="+149"/>
        <source>New application</source>
        <translation>Жаңа өтініш</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search by name in Kazakh or Russian</source>
        <translation>Қазақша немесе орысша атауы бойынша іздеу</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Required documents are in bold. Tick what the applicant brought.</source>
        <translation>Міндетті құжаттар жуан қаріппен берілген. Өтініш беруші әкелген құжаттарды белгілеңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another document, as written on it</source>
        <translation>Басқа құжат, онда жазылғандай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add document</source>
        <translation>Құжат қосу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents brought</source>
        <translation>Тапсырылған құжаттар</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+42"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Double-click to open the case</source>
        <translation>Істі ашу үшін екі рет шертіңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on file</source>
        <translation>Дерекқорда бар</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applies through a representative</source>
        <translation>Өкіл арқылы өтініш береді</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Full name</source>
        <translation>Толық аты-жөні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power of attorney No.</source>
        <translation>Сенімхат №</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power of attorney date</source>
        <translation>Сенімхаттың күні</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Register</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal receipt…</source>
        <translation>Бас тарту қолхаты…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not accept: print a receipt listing the missing documents</source>
        <translation>Қабылдамау: жетіспейтін құжаттар тізімі бар қолхатты басып шығару</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close; what you typed is kept as a draft</source>
        <translation>Жабу; енгізілгендер жоба ретінде сақталады</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>No service matches this search.</source>
        <translation>Бұл іздеуге сәйкес қызмет жоқ.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not accepted at the akim&apos;s office. Refer the resident: {where}</source>
        <translation>Әкім аппаратында қабылданбайды. Тұрғынды жіберіңіз: {where}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chosen: {service}</source>
        <translation>Таңдалды: {service}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Required</source>
        <translation>Міндетті</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>{name}, born {born}. Open cases:</source>
        <translation>{name}, туған күні {born}. Ашық өтініштері:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}, born {born}. No open cases.</source>
        <translation>{name}, туған күні {born}. Ашық өтініштері жоқ.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>{n} of 12 digits</source>
        <translation>12 цифрдың {n}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a service.</source>
        <translation>Қызметті таңдаңыз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the representative&apos;s full name.</source>
        <translation>Өкілдің толық аты-жөнін енгізіңіз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Required documents not ticked: {names}. Tick them if brought, or give the refusal receipt.</source>
        <translation>Міндетті құжаттар белгіленбеген: {names}. Әкелінген болса, белгілеңіз немесе бас тарту қолхатын беріңіз.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Refusal receipt</source>
        <translation>Бас тарту қолхаты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application will not be accepted. The journal records the refusal and the applicant gets a receipt listing the missing documents:
{names}

Continue?</source>
        <translation>Өтініш қабылданбайды. Журналға бас тарту жазылады, ал өтініш берушіге жетіспейтін құжаттар тізімі бар қолхат беріледі:
{names}

Жалғастырасыз ба?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Possible duplicate</source>
        <translation>Қайталануы мүмкін</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register another application anyway?</source>
        <translation>Бәрібір тағы бір өтініш тіркелсін бе?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not registered</source>
        <translation>Тіркелмеді</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Talon</source>
        <translation>Талон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application No. {number} is registered, but the document could not be made: {error}. Reprint it from the case card.</source>
        <translation>№ {number} өтініш тіркелді, бірақ құжатты жасау мүмкін болмады: {error}. Оны іс картасынан қайта басып шығарыңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refusal receipt No. {number} is ready</source>
        <translation>№ {number} бас тарту қолхаты дайын</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talon No. {number} is ready</source>
        <translation>№ {number} талон дайын</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Continue the unfinished application from {time}?</source>
        <translation>{time} басталған аяқталмаған өтінішті жалғастырасыз ба?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unfinished application</source>
        <translation>Аяқталмаған өтініш</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../ui/issue_dialog.py" line="+237"/>
        <source>Issue the result: application No. {number}</source>
        <translation>Нәтижені беру: № {number} өтініш</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application No. {number}, {name}</source>
        <translation>№ {number} өтініш, {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Handing over</source>
        <translation>Табыстау</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The applicant or the representative; type another name if someone else.</source>
        <translation>Өтініш беруші немесе өкілі; басқа адам алса, оның аты-жөнін жазыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the issue receipt</source>
        <translation>Беру туралы қолхатты басып шығару</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature in the journal</source>
        <translation>Журналға қол қою</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Received by:</source>
        <translation>&amp;Алушы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed by:</source>
        <translation>Растау:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Issue</source>
        <translation>&amp;Беру</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The result of this case has been issued already.</source>
        <translation>Бұл істің нәтижесі бұрын берілген.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The district&apos;s decision on this case has not arrived yet.</source>
        <translation>Бұл іс бойынша аудан шешімі әлі келген жоқ.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Issue receipt for application No. {number}</source>
        <translation>№ {number} өтініш бойынша беру туралы қолхат</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The result is issued to {name}. Ask them to sign in the journal against application No. {number}.</source>
        <translation>Нәтиже {name} алушыға берілді. Журналда № {number} өтініштің тұсына қол қоюын сұраңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The receipt could not be written: {error}</source>
        <translation>Қолхатты жазу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Issue the result</source>
        <translation>Нәтижені беру</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <location filename="../ui/journal_dialog.py" line="+136"/>
        <source>Registration journal</source>
        <translation>Тіркеу журналы</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PDF, for printing</source>
        <translation>PDF, басып шығару үшін</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel кітабы (XLSX)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Make journal</source>
        <translation>Журналды жасау</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period from:</source>
        <translation>Кезеңнің басы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period to:</source>
        <translation>Кезеңнің соңы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Пішімі:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The period starts after it ends.</source>
        <translation>Кезеңнің басы оның соңынан кейін тұр.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Making the journal…</source>
        <translation>Журнал жасалуда…</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+32"/>
        <source>Saved to: {path}</source>
        <translation>Сақталды: {path}</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Registration journal for {period} is ready</source>
        <translation>{period} кезеңіндегі тіркеу журналы дайын</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the journal as Excel</source>
        <translation>Журналды Excel ретінде сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not save the file: {error}</source>
        <translation>Файлды сақтау мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The journal could not be written: {error}</source>
        <translation>Журналды жазу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The journal could not be made: {error}</source>
        <translation>Журналды жасау мүмкін болмады: {error}</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../ui/keys_dialog.py" line="+40"/>
        <source>Keys and trusted offices</source>
        <translation>Кілттер және сенімді кеңселер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This office&apos;s keys</source>
        <translation>Біздің кеңсенің кілттері</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Create keys</source>
        <translation>Кілттерді &amp;жасау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export public card…</source>
        <translation>Ашық карточканы &amp;сақтау…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print fingerprint sheet…</source>
        <translation>Саусақ ізі парағын &amp;басып шығару…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up keys…</source>
        <translation>Кілттердің сақтық &amp;көшірмесі…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Қалпына келтіру…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Trusted offices</source>
        <translation>Сенімді кеңселер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office</source>
        <translation>Кеңсе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Саусақ ізі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Қосылған күні</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add card…</source>
        <translation>&amp;Карточка қосу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;voke</source>
        <translation>Қайтарып &amp;алу</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Fingerprint of this office&apos;s key (created {date}):</source>
        <translation>Біздің кеңсе кілтінің саусақ ізі (жасалған күні {date}):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This office has no keys yet. Create them once, on the computer that sends the packets, or restore them from a backup.</source>
        <translation>Кеңсенің кілттері әлі жоқ. Оларды пакеттер жіберілетін компьютерде бір рет жасаңыз немесе сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secret keys are in this computer&apos;s key store.</source>
        <translation>Құпия кілттер осы компьютердің кілттер қоймасында.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(this office)</source>
        <translation>(біздің кеңсе)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>district department</source>
        <translation>аудандық бөлім</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>akim&apos;s office</source>
        <translation>әкім аппараты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoked {date}</source>
        <translation>{date} қайтарып алынды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced {date}: verifies older bundles</source>
        <translation>{date} ауыстырылды: бұрынғы пакеттерді тексереді</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trusted</source>
        <translation>Сенімді</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The keys are created. Now back them up (a lost key cannot be recovered), then give the district the public card and the printed fingerprint sheet.</source>
        <translation>Кілттер жасалды. Енді олардың сақтық көшірмесін жасаңыз (жоғалған кілтті қалпына келтіру мүмкін емес), содан кейін ауданға ашық карточканы және басып шығарылған саусақ ізі парағын беріңіз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the public card</source>
        <translation>Ашық карточканы сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public cards (*.json)</source>
        <translation>Ашық карточкалар (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+26"/>
        <location line="+40"/>
        <source>The file could not be written: {error}</source>
        <translation>Файлды жазу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>The public card is saved to {path}. Send it to the other office together with the printed fingerprint sheet (on paper, not in the same e-mail).</source>
        <translation>Ашық карточка сақталды: {path}. Оны басқа кеңсеге басып шығарылған саусақ ізі парағымен бірге жіберіңіз (парағын қағаз түрінде, сол хатпен емес).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The fingerprint sheet is ready</source>
        <translation>Саусақ ізі парағы дайын</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the key backup</source>
        <translation>Кілттердің сақтық көшірмесін сақтау</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key backups (*.age)</source>
        <translation>Кілттердің сақтық көшірмелері (*.age)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back up keys</source>
        <translation>Кілттердің сақтық көшірмесі</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The keys are saved to {path}. Keep the file and its passphrase in two different safe places.</source>
        <translation>Кілттер сақталды: {path}. Файл мен оның құпия сөзін екі түрлі қауіпсіз жерде сақтаңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the key backup</source>
        <translation>Кілттердің сақтық көшірмесін таңдаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key backups (*.age);;All files (*)</source>
        <translation>Кілттердің сақтық көшірмелері (*.age);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore keys</source>
        <translation>Кілттерді қалпына келтіру</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The keys are restored. Fingerprint: {fingerprint}</source>
        <translation>Кілттер қалпына келтірілді. Саусақ ізі: {fingerprint}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The new key of {office} is trusted; its old key still verifies the bundles made before.</source>
        <translation>{office} кеңсесінің жаңа кілті сенімді; ескі кілті бұрын жасалған пакеттерді тексеруге қалады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The card of {office} was already trusted.</source>
        <translation>{office} кеңсесінің карточкасы бұрыннан сенімді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card of {office} is trusted.</source>
        <translation>{office} кеңсесінің карточкасы сенімдіге қосылды.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stop trusting the key {fingerprint} of {office}? Bundles signed with it will be refused from now on, older ones too. Do this when the key is lost or stolen, or the card was added by mistake.</source>
        <translation>{office} кеңсесінің {fingerprint} кілтіне сенуді тоқтату керек пе? Осы кілтпен қол қойылған пакеттер енді қабылданбайды, бұрынғылары да. Мұны кілт жоғалғанда не ұрланғанда немесе карточка қателесіп қосылғанда істеңіз.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The key of {office} is revoked.</source>
        <translation>{office} кеңсесінің кілті қайтарып алынды.</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <location filename="../ui/first_run.py" line="-358"/>
        <source>The office&apos;s keys</source>
        <translation>Кеңсенің кілттері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They sign and encrypt the packets between the offices.</source>
        <translation>Олар кеңселер арасындағы пакеттерге қол қояды және оларды шифрлайды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret keys are kept only in this computer&apos;s key store (Windows Credential Manager). The other office trusts this one by its public card and the card&apos;s fingerprint.</source>
        <translation>Құпия кілттер тек осы компьютердің кілттер қоймасында (Windows тіркелгі деректері менеджері) сақталады. Екінші кеңсе бұл кеңсеге оның ашық карточкасы мен карточканың саусақ ізі бойынша сенеді.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You can finish the set-up without keys and create them later from Packets → Keys and trusted offices.</source>
        <translation>Баптауды кілттерсіз аяқтап, оларды кейін Жөнелту → Кілттер және сенімді кеңселер мәзірінен жасауға болады.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keys are created together with the office at the set-up step; their fingerprint is shown on the last page.</source>
        <translation>Кілттер баптау қадамында кеңсемен бірге жасалады; олардың саусақ ізі соңғы бетте көрсетіледі.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location line="-244"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the language the program speaks. It can be changed later in File → Settings. Printed forms are always in both languages.</source>
        <translation>Бағдарлама тілін таңдаңыз. Оны кейін Файл → Баптаулар мәзірінен өзгертуге болады. Басып шығарылатын нысандар әрқашан екі тілде.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/login_dialog.py" line="-217"/>
        <source>Locked</source>
        <translation>Құлыпталған</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+44"/>
        <location line="+46"/>
        <source>Log in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>You have no password yet. Choose one of at least {count} characters: from now on the program asks for it.</source>
        <translation>Сізде әлі құпиясөз жоқ. Кемінде {count} таңбадан тұратын құпиясөз таңдаңыз: бұдан былай бағдарлама оны сұрайды.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Staff member:</source>
        <translation>&amp;Қызметкер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Қайталаңыз:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quit the program</source>
        <translation>Бағдарламадан шығу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The program was locked after {minutes} minutes without use. Enter the password of {name} to go on; the open windows stay as they were.</source>
        <translation>Бағдарлама {minutes} минут қолданылмағаннан кейін құлыпталды. Жалғастыру үшін {name} құпиясөзін енгізіңіз; ашық терезелер сол күйінде қалады.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose your name and enter your password.</source>
        <translation>Атыңызды таңдап, құпиясөзіңізді енгізіңіз.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Set password and log in</source>
        <translation>Құпиясөзді орнатып, кіру</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a staff member.</source>
        <translation>Қызметкерді таңдаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passwords differ.</source>
        <translation>Екі құпиясөз сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="+115"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Number, IIN, surname, name…</source>
        <translation>Нөмір, ЖСН, тегі, аты…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All services</source>
        <translation>Барлық қызметтер</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overdue only</source>
        <translation>Тек мерзімі өткендер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>Мерзімі бүгін</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove this filter</source>
        <translation>Бұл сүзгіні алып тастау</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New application…</source>
        <translation>&amp;Жаңа өтініш…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print &amp;journal…</source>
        <translation>&amp;Журналды басып шығару…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reports…</source>
        <translation>&amp;Есептер…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify bundle…</source>
        <translation>Пакетті &amp;тексеру…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import bundles…</source>
        <translation>Пакеттерді &amp;жүктеу…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Staff &amp;accounts…</source>
        <translation>Қызметкерлердің есептік &amp;жазбалары…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock</source>
        <translation>&amp;Құлыптау</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Сақтық көшірмелер…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Түр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Today</source>
        <translation>&amp;Бүгін</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;gister</source>
        <translation>&amp;Тізілім</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;District commission</source>
        <translation>&amp;Учаскелік комиссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission and &amp;thresholds…</source>
        <translation>Комиссия және табыс &amp;шектері…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Waiting for inspection…</source>
        <translation>&amp;Тексеруді күтетін өтініштер…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quarterly re-confirmation reminders…</source>
        <translation>Тоқсан сайынғы &amp;растау туралы еске салу…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Packets</source>
        <translation>&amp;Жөнелту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packets and &amp;outbox…</source>
        <translation>Пакеттер және &amp;шығыс тізімі…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keys and trusted offices…</source>
        <translation>&amp;Кілттер және сенімді кеңселер…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dis&amp;trict</source>
        <translation>&amp;Аудан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Offices and returns…</source>
        <translation>&amp;Кеңселер және қайтарымдар…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Qabyldau…</source>
        <translation>Бағдарлама &amp;туралы…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(office not set up)</source>
        <translation>(кеңсе бапталмаған)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff: {name}</source>
        <translation>Қызметкер: {name}</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Outcome: {name}</source>
        <translation>Нәтижесі: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office: {code}</source>
        <translation>Кеңсе: {code}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Applications: over {count}</source>
        <translation>Өтініштер: {count}-ден астам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applications: {count}</source>
        <translation>Өтініштер: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue: over {count}</source>
        <translation>Мерзімі өткен: {count}-ден астам</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>Мерзімі өткен: %n</numerusform>
            <numerusform>Мерзімі өткен: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+145"/>
        <source>&lt;b&gt;Қабылдау&lt;/b&gt; {version}&lt;br&gt;&lt;br&gt;Registering applications for social-protection services at a rural akim&apos;s office, offline.</source>
        <translation>&lt;b&gt;Қабылдау&lt;/b&gt; {version}&lt;br&gt;&lt;br&gt;Ауылдық округ әкімі аппаратында әлеуметтік қорғау қызметтеріне берілген өтініштерді Интернетсіз тіркеу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About Qabyldau</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All offices</source>
        <translation>Барлық кеңселер</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Inbox: bundles imported: {imported}, refused: {refused} (see the “refused” folder).</source>
        <translation>Кіріс қалта: жүктелген пакеттер: {imported}, қабылданбағандары: {refused} («refused» қалтасын қараңыз).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Inbox: {error}</source>
        <translation>Кіріс қалта: {error}</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../ui/first_run.py" line="+87"/>
        <source>Office code and name</source>
        <translation>Кеңсенің коды мен атауы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As in the office&apos;s documents: both names are printed on talons and acts.</source>
        <translation>Кеңсе құжаттарындағыдай: екі атау да талондар мен актілерде басылады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office &amp;code (KATO):</source>
        <translation>Кеңсе &amp;коды (ӘАОЖ):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;Kazakh:</source>
        <translation>&amp;Қазақша атауы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;Russian:</source>
        <translation>&amp;Орысша атауы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Қосшы ауылдық округі әкімінің аппараты</source>
        <translation>мысалы: Қосшы ауылдық округі әкімінің аппараты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Аппарат акима Косшынского сельского округа</source>
        <translation>мысалы: Аппарат акима Косшынского сельского округа</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The code has 6 to 12 digits; this one has {count}.</source>
        <translation>Код 6–12 цифрдан тұрады; мұнда {count} цифр.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>6 to 12 digits: the KATO code of the office&apos;s territory.</source>
        <translation>6–12 цифр: кеңсе аумағының ӘАОЖ коды.</translation>
    </message>
</context>
<context>
    <name>PacketsDialog</name>
    <message>
        <location filename="../ui/packets_dialog.py" line="+267"/>
        <source>Packets and outbox</source>
        <translation>Пакеттер және шығыс тізімі</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+622"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="-602"/>
        <source>Cases ready to go to the district department: acts completed by the commission, and applications for services the department decides directly. Tick the cases to send and create a packet.</source>
        <translation>Аудандық бөлімге жіберуге дайын істер: комиссия аяқтаған актілер және бөлім тікелей шешетін қызметтерге берілген өтініштер. Жіберілетін істерді белгілеп, пакет жасаңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;All ready cases</source>
        <translation>&amp;Барлық дайын істер</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No.</source>
        <translation>Тіркеу №</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&amp;Create packet</source>
        <translation>Пакет &amp;жасау</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+56"/>
        <source>Outgoing No.</source>
        <translation>Шығыс №</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Bundle file</source>
        <translation>Пакет файлы</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Selected packet</source>
        <translation>Таңдалған пакет</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cases:</source>
        <translation>Істер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle file:</source>
        <translation>Пакет файлы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint (SHA-256):</source>
        <translation>Саусақ ізі (SHA-256):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print cover letter…</source>
        <translation>Ілеспе хатты басып &amp;шығару…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export to folder / USB…</source>
        <translation>Қалтаға / &amp;флешкаға жазу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>Send by &amp;e-mail…</source>
        <translation>&amp;Электрондық поштамен жіберу…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Packets sent and not yet acknowledged by the district. Those waiting {days} days or more are shown in red: check that the district received them.</source>
        <translation>Жіберілген, бірақ аудан алғанын әлі растамаған пакеттер. {days} күн және одан көп күтіп тұрғандары қызылмен көрсетілген: аудан оларды алғанын тексеріңіз.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days waiting</source>
        <translation>Күтуде (күн)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy to folder / &amp;USB…</source>
        <translation>Қалтаға / &amp;флешкаға көшіру…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Ready to send ({count})</source>
        <translation>Жіберуге дайын ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packets ({count})</source>
        <translation>Пакеттер ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox ({count})</source>
        <translation>Шығыс тізімі ({count})</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>sent {date}</source>
        <translation>жіберілді {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed: {error}</source>
        <translation>жіберілмеді: {error}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Re-send…</source>
        <translation>Қайта жіберу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the same file {name} again to a folder or USB stick</source>
        <translation>Сол {name} файлын қалтаға немесе USB-жинақтауышқа қайта жазу</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>No receipt from the district after %n day(s)</source>
        <translation>
            <numerusform>%n күн өтсе де ауданнан растау жоқ</numerusform>
            <numerusform>%n күн өтсе де ауданнан растау жоқ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not exported yet</source>
        <translation>Әлі жазылмаған</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent {date}, awaiting acknowledgement</source>
        <translation>{date} жіберілді, растауды күтуде</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sent {date}, awaiting acknowledgement for %n day(s)</source>
        <translation>
            <numerusform>{date} жіберілді, растауды %n күн күтуде</numerusform>
            <numerusform>{date} жіберілді, растауды %n күн күтуде</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acknowledged {date}</source>
        <translation>{date} расталды</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>not exported yet</source>
        <translation>әлі жазылмаған</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chosen: {chosen} of {total}</source>
        <translation>Таңдалды: {total} ішінен {chosen}</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Put %n case(s) into a new outgoing packet to the district?</source>
        <translation>
            <numerusform>%n істі ауданға жаңа шығыс пакетке салу керек пе?</numerusform>
            <numerusform>%n істі ауданға жаңа шығыс пакетке салу керек пе?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Packet No. {number} is created. Next: export it to a folder or USB stick, then print the cover letter, which names the bundle file.</source>
        <translation>№ {number} пакет жасалды. Енді оны қалтаға немесе флешкаға жазыңыз, содан кейін пакет файлы көрсетілетін ілеспе хатты басып шығарыңыз.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The export was cancelled: no file was written.</source>
        <translation>Жазу тоқтатылды: ешқандай файл жазылған жоқ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong: {error}</source>
        <translation>Бірдеңе дұрыс болмады: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be written: {error}</source>
        <translation>Файлды жазу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Making the cover letter for packet No. {number}…</source>
        <translation>№ {number} пакеттің ілеспе хаты жасалуда…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved to: {path}</source>
        <translation>Сақталды: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cover letter for packet No. {number} is ready</source>
        <translation>№ {number} пакеттің ілеспе хаты дайын</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Folder or USB stick for packet No. {number}</source>
        <translation>№ {number} пакетке арналған қалта немесе флешка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing packet No. {number} to {folder}…</source>
        <translation>№ {number} пакет {folder} ішіне жазылуда…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Writing packet No. {number}…</source>
        <translation>№ {number} пакет жазылуда…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelling the export…</source>
        <translation>Жазу тоқтатылуда…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Packet No. {number} was sent before: the same file is copied to {path}</source>
        <translation>№ {number} пакет бұрын жіберілген: дәл сол файл мұнда көшірілді: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packet No. {number} is written to {path}</source>
        <translation>№ {number} пакет жазылды: {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File: {name}
Fingerprint (SHA-256): {fingerprint}

The cover letter printed now names this file and fingerprint: the district compares them with the file it receives.</source>
        <translation>Файл: {name}
Саусақ ізі (SHA-256): {fingerprint}

Қазір басылатын ілеспе хатта осы файл мен саусақ ізі көрсетіледі: аудан оларды өзі алған файлмен салыстырады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print cover letter…</source>
        <translation>Ілеспе хатты басып шығару…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Send packet No. {number} by e-mail to {address}?</source>
        <translation>№ {number} пакетті {address} мекенжайына электрондық поштамен жіберу керек пе?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sending packet No. {number}…</source>
        <translation>№ {number} пакет жіберілуде…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Packet No. {number} is sent by e-mail to {address}.</source>
        <translation>№ {number} пакет {address} мекенжайына электрондық поштамен жіберілді.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A new message to the district is open in your e-mail program, and the folder with the file is open beside it.

Attach the file {name} to the message and send it. Has the message gone?</source>
        <translation>Пошта бағдарламаңызда ауданға жаңа хат ашылды, оның жанында файл жатқан қалта ашық.

{name} файлын хатқа тіркеп, жіберіңіз. Хат кетті ме?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No e-mail program was found. The folder with the file is open: send the file {name} from your web mail.

Has the message gone?</source>
        <translation>Пошта бағдарламасы табылмады. Файл жатқан қалта ашық: {name} файлын браузердегі поштаңыздан жіберіңіз.

Хат кетті ме?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Packet No. {number} waits in the outbox until it goes.</source>
        <translation>№ {number} пакет жіберілгенше шығыс тізімінде тұрады.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Packet No. {number} is recorded as sent by e-mail.</source>
        <translation>№ {number} пакет электрондық поштамен жіберілді деп белгіленді.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../ui/keys_dialog.py" line="-570"/>
        <source>Passphrase:</source>
        <translation>Құпия сөз:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat it:</source>
        <translation>Қайталаңыз:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup holds the office&apos;s secret keys, locked with this passphrase (at least {count} characters). Without it the backup cannot be opened: keep it written down apart from the file.</source>
        <translation>Сақтық көшірмеде кеңсенің құпия кілттері осы құпия сөзбен құлыпталып сақталады (кемінде {count} таңба). Онсыз көшірмені ашу мүмкін емес: оны жазып, файлдан бөлек сақтаңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passphrase the backup was made with.</source>
        <translation>Сақтық көшірме жасалған кездегі құпия сөз.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>At least {count} characters.</source>
        <translation>Кемінде {count} таңба.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ.</source>
        <translation>Екі құпия сөз сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/users_dialog.py" line="+23"/>
        <source>New password for {login}</source>
        <translation>{login} үшін жаңа құпиясөз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Қайталаңыз:</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../ui/printing.py" line="+164"/>
        <source>Print preview</source>
        <translation>Басып шығаруды алдын ала қарау</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+14"/>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not save the file: {error}</source>
        <translation>Файлды сақтау мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The document could not be shown for printing: {error}</source>
        <translation>Құжатты басып шығару үшін көрсету мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved to: {path}</source>
        <translation>Сақталды: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print preview…</source>
        <translation>Басып шығаруды алдын ала қарау…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open in PDF viewer</source>
        <translation>PDF қарау бағдарламасында ашу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No program to open PDF files was found. The document is saved at:
{path}</source>
        <translation>PDF файлдарын ашатын бағдарлама табылмады. Құжат мына жерде сақталды:
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
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next due</source>
        <translation>Келесі мерзім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Кеңсе</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Overdue</source>
        <translation>Мерзімі өтті</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>Мерзімі бүгін</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../ui/reminders_dialog.py" line="+57"/>
        <source>Quarterly re-confirmation of targeted assistance</source>
        <translation>Атаулы әлеуметтік көмекті тоқсан сайын растау</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1st quarter (January–March)</source>
        <translation>1-тоқсан (қаңтар–наурыз)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2nd quarter (April–June)</source>
        <translation>2-тоқсан (сәуір–маусым)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd quarter (July–September)</source>
        <translation>3-тоқсан (шілде–қыркүйек)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4th quarter (October–December)</source>
        <translation>4-тоқсан (қазан–желтоқсан)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quarter:</source>
        <translation>Тоқсан:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Families whose targeted social assistance was assigned in an earlier quarter and whose assignment period reaches this quarter re-confirm it with income documents. A decision without an end date counts for every following quarter until a newer decision replaces it.</source>
        <translation>Атаулы әлеуметтік көмек бұрынғы тоқсанда тағайындалған және тағайындау кезеңі осы тоқсанға жететін отбасылар оны табыс туралы құжаттармен растайды. Аяқталу күні жоқ шешім жаңа шешім шыққанға дейін әр келесі тоқсанға есептеледі.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>Тіркеу №</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print &amp;letters…</source>
        <translation>&amp;Хаттарды басып шығару…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the &amp;list…</source>
        <translation>&amp;Тізімді басып шығару…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No. {number} of {date}</source>
        <translation>{date} № {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from {date}</source>
        <translation>{date} бастап</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{quarter} ({start} – {end}): families to remind: {count}</source>
        <translation>{quarter} ({start} – {end}): еске салынатын отбасылар: {count}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reminder letters for {quarter} are ready</source>
        <translation>{quarter} бойынша еске салу хаттары дайын</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The list for {quarter} is ready</source>
        <translation>{quarter} бойынша тізім дайын</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../ui/report_dialog.py" line="+132"/>
        <source>Report to the district</source>
        <translation>Ауданға есеп</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Өткен ай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This quarter</source>
        <translation>Осы тоқсан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another period</source>
        <translation>Басқа кезең</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All offices</source>
        <translation>Барлық кеңселер</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF, for printing</source>
        <translation>PDF, басып шығару үшін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (DOCX)</source>
        <translation>Word құжаты (DOCX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel кітабы (XLSX)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save…</source>
        <translation>Сақтау…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print preview…</source>
        <translation>Басып шығаруды алдын ала көру…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Басы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Соңы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office:</source>
        <translation>Кеңсе:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format:</source>
        <translation>Пішімі:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report counts the applications registered in the period; their results and terms as of the period&apos;s end.</source>
        <translation>Есепке кезеңде тіркелген өтініштер кіреді; олардың нәтижелері мен мерзімдері кезеңнің соңындағы жағдай бойынша.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The period starts after it ends.</source>
        <translation>Кезеңнің басы соңынан кейін тұр.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents (*.docx)</source>
        <translation>Word құжаттары (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Making the report…</source>
        <translation>Есеп жасалуда…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved to: {path}</source>
        <translation>Сақталды: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report for {period}</source>
        <translation>{period} кезеңіне есеп</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled: no file was written.</source>
        <translation>Тоқтатылды: файл жазылған жоқ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report could not be written: {error}</source>
        <translation>Есепті жазу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report could not be made: {error}</source>
        <translation>Есепті жасау мүмкін болмады: {error}</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../ui/issue_dialog.py" line="-292"/>
        <source>District&apos;s decision</source>
        <translation>Аудан шешімі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open decision PDF…</source>
        <translation>Шешімнің PDF-ін ашу…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No decision from the district yet.</source>
        <translation>Ауданнан шешім әлі келген жоқ.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+45"/>
        <source>Notice of assignment</source>
        <translation>Тағайындау туралы хабарлама</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+45"/>
        <source>Reasoned refusal</source>
        <translation>Дәлелді бас тарту</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Outcome:</source>
        <translation>Нәтижесі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision No.:</source>
        <translation>Шешім №:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ground:</source>
        <translation>Негізі:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} a month</source>
        <translation>айына {amount}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount:</source>
        <translation>Сомасы:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period:</source>
        <translation>Кезеңі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>Signed by:</source>
        <translation>Қол қойған:</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The decision came without its PDF.</source>
        <translation>Шешім PDF файлсыз келді.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Certificate: belongs to the recipients ({quarter})</source>
        <translation>Анықтама: алушыларға жатады ({quarter})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate: does not belong to the recipients ({quarter})</source>
        <translation>Анықтама: алушыларға жатпайды ({quarter})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What:</source>
        <translation>Не берілді:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When:</source>
        <translation>Қашан:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by:</source>
        <translation>Алған:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>against the printed issue receipt</source>
        <translation>басып шығарылған беру қолхаты бойынша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signature in the journal</source>
        <translation>журналдағы қолы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed by:</source>
        <translation>Растау:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued by:</source>
        <translation>Берген:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decision No. {number}</source>
        <translation>№ {number} шешім</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../ui/users_dialog.py" line="-126"/>
        <source>Specialist</source>
        <translation>Маман</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akim</source>
        <translation>Әкім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District clerk</source>
        <translation>Аудан қызметкері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../ui/first_run.py" line="-81"/>
        <source>This office</source>
        <translation>Осы кеңсе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which office works with the program on this computer?</source>
        <translation>Осы компьютерде бағдарламамен қай кеңсе жұмыс істейді?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Akim&apos;s office</source>
        <translation>&amp;Әкім аппараты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The akim&apos;s office of a rural district: takes in residents&apos; applications, organises the commission&apos;s inspections and sends the cases to the district department in packets.</source>
        <translation>Ауылдық округ әкімінің аппараты: тұрғындардың өтініштерін қабылдайды, комиссияның тексерулерін ұйымдастырады және істерді аудандық бөлімге пакеттермен жібереді.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;District department</source>
        <translation>&amp;Аудандық бөлім</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The district department of employment and social programmes: receives the akims&apos; offices&apos; packets, records the decisions and sends the results back.</source>
        <translation>Аудандық жұмыспен қамту және әлеуметтік бағдарламалар бөлімі: әкім аппараттарының пакеттерін қабылдайды, шешімдерді тіркейді және нәтижелерін кері жібереді.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="+64"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The program speaks the new language from its next start.</source>
        <translation>Бағдарлама жаңа тілде келесі іске қосылғаннан бастап сөйлейді.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates and amounts:</source>
        <translation>Күндер мен сомалар:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office hours</source>
        <translation>Жұмыс уақыты</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Working day:</source>
        <translation>Жұмыс күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lunch break:</source>
        <translation>Түскі үзіліс:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deadlines counted in hours use these hours. A lunch break that ends when it starts means no break.</source>
        <translation>Сағатпен есептелетін мерзімдер осы уақыт бойынша саналады. Басталған уақытында аяқталатын түскі үзіліс үзілістің жоқтығын білдіреді.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How to complain (printed on the talon)</source>
        <translation>Шағымдану тәртібі (талонда басылады)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Leave both empty to print the standard text (shown greyed).</source>
        <translation>Стандартты мәтінді (сұр түспен көрсетілген) басу үшін екеуін де бос қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In Kazakh:</source>
        <translation>Қазақша:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Russian:</source>
        <translation>Орысша:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>Inbox for arriving bundles</source>
        <translation>Келген пакеттерге арналған кіріс қалта</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bundles (.qbl) copied into this folder are imported by themselves and then moved to its “imported” or “refused” subfolder. Empty: the data folder&apos;s inbox.</source>
        <translation>Осы қалтаға көшірілген пакеттер (.qbl) өздігінен жүктеліп, «imported» немесе «refused» ішкі қалтасына жылжытылады. Бос болса — деректер қалтасындағы inbox.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Packets to the district: re-send after (days):</source>
        <translation>Ауданға пакеттер: қайта жіберу (күннен кейін):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A packet with no receipt from the district after this many days is shown in red in the outbox, with a button to send its file again.</source>
        <translation>Осынша күннен кейін аудан алғанын растамаған пакет шығыс жәшігінде қызылмен көрсетіледі, оның файлын қайта жіберу батырмасы шығады.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../ui/first_run.py" line="+114"/>
        <source>The staff member</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person who works in the program on this computer.</source>
        <translation>Осы компьютерде бағдарламада жұмыс істейтін адам.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Surname:</source>
        <translation>&amp;Тегі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Patronymic (if any):</source>
        <translation>&amp;Әкесінің аты (бар болса):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Latin letters and digits, for example aseitova.</source>
        <translation>Латын әріптері мен цифрлар, мысалы aseitova.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the password:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least {count} characters, typed twice. It may also be left empty: the program then asks for it at the first start.</source>
        <translation>Кемінде {count} таңба, екі рет теріледі. Бос қалдыруға да болады: онда бағдарлама оны бірінші іске қосқанда сұрайды.</translation>
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
        <translation>Тіркелді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the commission</source>
        <translation>Комиссияда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection act drawn up</source>
        <translation>Тексеру актісі жасалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In an outgoing packet</source>
        <translation>Жөнелтілетін топтамада</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the department</source>
        <translation>Бөлімге жіберілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>Шешім қабылданды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for issue</source>
        <translation>Беруге дайын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused to accept</source>
        <translation>Қабылдаудан бас тартылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../ui/users_dialog.py" line="+143"/>
        <source>Staff accounts</source>
        <translation>Қызметкерлердің есептік жазбалары</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login</source>
        <translation>Кіру аты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;password…</source>
        <translation>&amp;Құпиясөз орнату…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>Бұғаттан &amp;шығару</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>&amp;Disable</source>
        <translation>Ө&amp;шіру</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>disabled</source>
        <translation>өшірілген</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>locked until {time}</source>
        <translation>{time} дейін бұғатталған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no password yet</source>
        <translation>құпиясөз әлі жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Enable</source>
        <translation>Қ&amp;осу</translation>
    </message>
</context>
<context>
    <name>VerifyCheck</name>
    <message>
        <location filename="../ui/verify_dialog.py" line="+48"/>
        <source>The file can be read</source>
        <translation>Файл оқылады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It opens with this office&apos;s key</source>
        <translation>Біздің кеңсенің кілтімен ашылады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The archive inside is safe to unpack</source>
        <translation>Ішіндегі архивті ашу қауіпсіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle is complete (BagIt)</source>
        <translation>Пакет толық (BagIt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature is valid</source>
        <translation>Қолтаңба дұрыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle&apos;s description is unchanged</source>
        <translation>Пакеттің сипаттамасы өзгермеген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is signed by a trusted office</source>
        <translation>Сенімді кеңсе қол қойған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file was changed, added or removed</source>
        <translation>Бірде-бір файл өзгертілмеген, қосылмаған не алынбаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case records are well-formed</source>
        <translation>Іс жазбалары дұрыс құрылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is addressed to this office</source>
        <translation>Біздің кеңсеге жолданған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This office may open this kind of bundle</source>
        <translation>Біздің кеңсе мұндай пакетті аша алады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not a repeat of an imported bundle</source>
        <translation>Бұрын жүктелген пакеттің қайталануы емес</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is one of this office&apos;s own bundles</source>
        <translation>Бұл біздің кеңсенің өз пакеті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This office sends this kind of bundle</source>
        <translation>Біздің кеңсе мұндай пакеттерді жібереді</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location line="+52"/>
        <source>Verify bundle</source>
        <translation>Пакетті тексеру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: {path}</source>
        <translation>Тексерілетін файл: {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>not checked: an earlier check failed</source>
        <translation>тексерілмеді: алдыңғы тексеруден өтпеді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not needed: checked when the district imports it</source>
        <translation>қажет емес: аудан жүктегенде тексеріледі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passed</source>
        <translation>өтті</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is one of this office&apos;s own bundles, intact: to {recipient}, No. {sequence}, {records} records.</source>
        <translation>Бұл біздің кеңсенің өз пакеті, бүтін: алушы {recipient}, № {sequence}, жазбалар саны {records}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle is intact: from {source} to {recipient}, No. {sequence}, {records} records. It can be imported.</source>
        <translation>Пакет бүтін: {source} кеңсесінен {recipient} кеңсесіне, № {sequence}, жазбалар саны {records}. Оны жүктеуге болады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle is refused: {reason}</source>
        <translation>Пакет қабылданбады: {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>File fingerprint (SHA-256), as on the cover letter:
{fingerprint}</source>
        <translation>Файлдың саусақ ізі (SHA-256), ілеспе хаттағыдай:
{fingerprint}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The bundle could not be checked: {error}</source>
        <translation>Пакетті тексеру мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a bundle to verify</source>
        <translation>Тексерілетін пакетті таңдаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qabyldau bundles (*.qbl);;All files (*)</source>
        <translation>Qabyldau пакеттері (*.qbl);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>WaitingListDialog</name>
    <message>
        <location filename="../ui/waiting_list.py" line="+51"/>
        <source>Waiting for inspection</source>
        <translation>Тексеруді күтетін өтініштер</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No.</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred</source>
        <translation>Комиссияға жіберілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act due</source>
        <translation>Акт мерзімі</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Double-click a case to open its inspection act</source>
        <translation>Тексеру актісін ашу үшін өтінішті екі рет шертіңіз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inspection act…</source>
        <translation>Тексеру актісі…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{date} (overdue)</source>
        <translation>{date} (мерзімі өтті)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No cases are waiting for the commission.</source>
        <translation>Комиссияны күтіп тұрған өтініш жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cases at the commission: {count}, overdue: {overdue}</source>
        <translation>Комиссиядағы өтініштер: {count}, мерзімі өткені: {overdue}</translation>
    </message>
</context>
</TS>
