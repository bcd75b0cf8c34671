<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>CaseAction</name>
    <message>
        <location filename="../ui/case_card.py" line="+40"/>
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
        <location line="+66"/>
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
        <location line="+56"/>
        <source>{date} (overdue)</source>
        <translation>{date} (мерзімі өтті)</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Result due</source>
        <translation>Қызметті алатын күні</translation>
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
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+9"/>
        <source>(not counted in the term)</source>
        <translation>(мерзімге кірмейді)</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+16"/>
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
        <location line="+45"/>
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
        <location filename="../ui/printing.py" line="+30"/>
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
        <location line="+21"/>
        <source>Saved to: {path}</source>
        <translation>Сақталды: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+12"/>
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
</TS>
