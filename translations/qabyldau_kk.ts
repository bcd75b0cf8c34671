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
        <location line="+188"/>
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
        <location line="+1043"/>
        <source>Complete act</source>
        <translation>Актіні аяқтау</translation>
    </message>
    <message>
        <location line="-1042"/>
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
        <location line="+47"/>
        <source>as registered: {address}</source>
        <translation>тіркелгендегідей: {address}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Commission members who took part (they sign the act)</source>
        <translation>Тексеруге қатысқан комиссия мүшелері (актіге қол қояды)</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+51"/>
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
    <name>IncomesDialog</name>
    <message>
        <location filename="../ui/act_editor.py" line="-1391"/>
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
        <location line="+23"/>
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
        <location line="+68"/>
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
    <name>Printing</name>
    <message>
        <location filename="../ui/printing.py" line="+158"/>
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
    <name>Startup</name>
    <message>
        <location filename="../ui/main.py" line="+80"/>
        <source>Qabyldau</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The office is not set up</source>
        <translation>Кеңсе бапталмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has no office set up yet.

Set it up with the command
    qabyldau init
(its options: qabyldau init --help)

or try the program on sample data:
    qabyldau gui --demo</source>
        <translation>Бұл компьютерде кеңсе әлі бапталмаған.

Оны мына командамен баптаңыз:
    qabyldau init
(параметрлері: qabyldau init --help)

немесе бағдарламаны үлгі деректермен байқап көріңіз:
    qabyldau gui --demo</translation>
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
