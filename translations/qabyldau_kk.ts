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
    <name>CardPage</name>
    <message>
        <location filename="../ui/first_run.py" line="+401"/>
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
        <location filename="../ui/case_card.py" line="+42"/>
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
        <location line="+71"/>
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
        <location line="+75"/>
        <source>{date} (overdue)</source>
        <translation>{date} (мерзімі өтті)</translation>
    </message>
    <message>
        <location line="-74"/>
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
        <location line="+4"/>
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
        <location line="+19"/>
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
        <location line="+26"/>
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
        <location line="+27"/>
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
        <location filename="../ui/intake_dialog.py" line="+148"/>
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
        <location line="+18"/>
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
        <location line="-215"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="+99"/>
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
        <location line="+66"/>
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
        <location line="+5"/>
        <source>&amp;Verify bundle…</source>
        <translation>Пакетті &amp;тексеру…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+5"/>
        <source>&amp;Keys and trusted offices…</source>
        <translation>&amp;Кілттер және сенімді кеңселер…</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+4"/>
        <source>Staff: {name}</source>
        <translation>Қызметкер: {name}</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+98"/>
        <source>&lt;b&gt;Қабылдау&lt;/b&gt; {version}&lt;br&gt;&lt;br&gt;Registering applications for social-protection services at a rural akim&apos;s office, offline.</source>
        <translation>&lt;b&gt;Қабылдау&lt;/b&gt; {version}&lt;br&gt;&lt;br&gt;Ауылдық округ әкімі аппаратында әлеуметтік қорғау қызметтеріне берілген өтініштерді Интернетсіз тіркеу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About Qabyldau</source>
        <translation>Бағдарлама туралы</translation>
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
        <location filename="../ui/packets_dialog.py" line="+264"/>
        <source>Packets and outbox</source>
        <translation>Пакеттер және шығыс тізімі</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+582"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="-562"/>
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
        <location line="+61"/>
        <source>Outgoing No.</source>
        <translation>Шығыс №</translation>
    </message>
    <message>
        <location line="-60"/>
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
        <location line="+61"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>Bundle file</source>
        <translation>Пакет файлы</translation>
    </message>
    <message>
        <location line="-53"/>
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
        <location line="+41"/>
        <source>Send by &amp;e-mail…</source>
        <translation>&amp;Электрондық поштамен жіберу…</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Packets sent and not yet acknowledged by the district. Those waiting {days} days or more are shown in red: check that the district received them.</source>
        <translation>Жіберілген, бірақ аудан алғанын әлі растамаған пакеттер. {days} күн және одан көп күтіп тұрғандары қызылмен көрсетілген: аудан оларды алғанын тексеріңіз.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+7"/>
        <source>Copy to folder / &amp;USB…</source>
        <translation>Қалтаға / &amp;флешкаға көшіру…</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location line="+58"/>
        <source>sent {date}</source>
        <translation>жіберілді {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed: {error}</source>
        <translation>жіберілмеді: {error}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Waiting {days} days for the district&apos;s acknowledgement</source>
        <translation>Ауданның растауын {days} күн күтуде</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not exported yet</source>
        <translation>Әлі жазылмаған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent {date}, awaiting acknowledgement</source>
        <translation>{date} жіберілді, растауды күтуде</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../ui/register_model.py" line="+221"/>
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
        <location line="+41"/>
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
        <location filename="../ui/settings_dialog.py" line="+53"/>
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
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../ui/first_run.py" line="+101"/>
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
