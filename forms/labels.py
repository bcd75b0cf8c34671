"""Every printed label of the forms, Kazakh first, then Russian (DOMAIN.md §3, §4).

Renderers never spell a label themselves: a wording fix happens here, once, for PDF, DOCX
and XLSX alike. Dates are printed the way Kazakhstani paperwork writes them (15.01.2027).
"""

from __future__ import annotations

from datetime import date, datetime

from forms.data import Bilingual

B = Bilingual

# --- talon and its stub -------------------------------------------------------------------
TALON_TITLE = B("ТАЛОН", "ТАЛОН")
STUB_TITLE = B("ТҮБІРТЕК", "КОРЕШОК")
FOR_APPLICANT = B("Өтініш берушіге беріледі", "Выдается заявителю")
STAYS_IN_OFFICE = B("Әкім аппаратында қалады", "Остается в аппарате акима")
CUT_LINE = B("Қиып алу сызығы", "Линия отреза")

REG_NUMBER = B("Тіркеу нөмірі", "Регистрационный номер")
REG_DATETIME = B("Тіркелген күні мен уақыты", "Дата и время регистрации")
SERVICE = B("Қызмет", "Услуга")
APPLICANT = B("Өтініш беруші", "Заявитель")
IIN = B("ЖСН", "ИИН")
PHONE = B("Телефон", "Телефон")
REPRESENTATIVE = B("Сенімхат бойынша өкіл", "Представитель по доверенности")
DOCS_ACCEPTED = B("Қабылданған құжаттар", "Принятые документы")
DOCS_PRESENTED = B("Ұсынылған құжаттар", "Представленные документы")
DUE_DATE = B("Мемлекеттік қызметті алатын күні", "Дата получения государственной услуги")
PLACE_OF_ISSUE = B("Нәтижені алу орны", "Место выдачи результата")
ACCEPTOR = B(
    "Құжаттарды қабылдаған адамның тегі мен аты-жөні",
    "Фамилия и инициалы лица, принявшего документы",
)
COMPLAINT = B("Шағымдану тәртібі", "Порядок обжалования")

TALON_RECEIVED = B("Талонды алдым", "Талон получил(а)")
DOCS_TAKEN_BY = B("Құжаттарды қабылдады", "Документы принял(а)")
SIGNATURE = B("Қолы", "Подпись")

# --- refusal-to-accept receipt ------------------------------------------------------------
REFUSAL_TITLE = B(
    "Құжаттарды қабылдаудан бас тарту туралы қолхат",
    "Расписка об отказе в приеме документов",
)
REFUSAL_STUB_TITLE = B("ҚОЛХАТ ТҮБІРТЕГІ", "КОРЕШОК РАСПИСКИ")
REFUSAL_REASON = B(
    "Мемлекеттік көрсетілетін қызмет стандартында көзделген тізбеге сәйкес құжаттардың толық "
    "топтамасы ұсынылмағандықтан, құжаттарды қабылдаудан бас тартылды.",
    "В приеме документов отказано в связи с представлением неполного пакета документов "
    "согласно перечню, предусмотренному стандартом государственной услуги.",
)
MISSING_DOCS = B("Жетіспейтін құжаттар", "Недостающие документы")
RECEIPT_RECEIVED = B("Қолхатты алдым", "Расписку получил(а)")
RECEIPT_GIVEN_BY = B("Қолхатты берді", "Расписку выдал(а)")
REFUSAL_OFFICER = B(
    "Қолхатты берген маманның тегі мен аты-жөні",
    "Фамилия и инициалы специалиста, выдавшего расписку",
)

# --- registration journal -----------------------------------------------------------------
JOURNAL_TITLE = B("Тіркеу журналы", "Журнал регистрации")
PERIOD = B("Кезең", "Период")
PRINTED_AT = B("Басып шығарылған күні мен уақыты", "Дата и время печати")
PAGE = B("Бет", "Страница")
ROW_COUNT = B("Жазбалар саны", "Количество записей")

COL_NUMBER = B("Тіркеу №", "Рег. №")
COL_REGISTERED = B("Тіркелген күні", "Дата регистрации")
COL_APPLICANT = APPLICANT
COL_IIN = IIN
COL_SERVICE = SERVICE
COL_STATUS = B("Мәртебесі, нәтижесі", "Статус, результат")
COL_DUE = B("Орындау мерзімі", "Срок исполнения")
COL_OUTGOING = B("Шығыс нөмірі", "Исходящий номер")
COL_ISSUED = B("Берілгені туралы белгі", "Отметка о выдаче")
COL_SIGNATURE = SIGNATURE

JOURNAL_COLUMNS: tuple[Bilingual, ...] = (
    COL_NUMBER,
    COL_REGISTERED,
    COL_APPLICANT,
    COL_IIN,
    COL_SERVICE,
    COL_STATUS,
    COL_DUE,
    COL_OUTGOING,
    COL_ISSUED,
    COL_SIGNATURE,
)

# --- the district commission: inspection act and conclusion ---------------------------------
ACT_TITLE = B("ТЕКСЕРУ АКТІСІ", "АКТ ОБСЛЕДОВАНИЯ")
ACT_SUBTITLE = B(
    "адамның (отбасының) материалдық жағдайы туралы",
    "материального положения лица (семьи)",
)
CONCLUSION_TITLE = B("УЧАСКЕЛІК КОМИССИЯНЫҢ ҚОРЫТЫНДЫСЫ", "ЗАКЛЮЧЕНИЕ УЧАСТКОВОЙ КОМИССИИ")
CONCLUSION_SUBTITLE = B(
    "адамның (отбасының) көмекке мұқтаждығы туралы",
    "о нуждаемости лица (семьи) в помощи",
)

COMMISSION_DECISION = B(
    "Учаскелік комиссияны құру туралы әкімнің шешімі",
    "Решение акима о создании участковой комиссии",
)
VISIT_DATE = B("Тексеру жүргізілген күні", "Дата обследования")
VISIT_PLACE = B("Тексеру жүргізілген орны", "Место обследования")
OUTCOME = B("Тексеру нәтижесі", "Результат обследования")
OUTCOME_INSPECTED = B("Тексеру жүргізілді", "Обследование проведено")
OUTCOME_REFUSED = B("Өтініш беруші тексеруден бас тартты", "Заявитель отказался от обследования")
OUTCOME_EVADED = B("Өтініш беруші тексеруден жалтарды", "Заявитель уклонился от обследования")
ADDRESS = B("Тұратын мекенжайы", "Адрес проживания")

SECTION_APPLICANT = B("Өтініш беруші туралы мәліметтер", "Сведения о заявителе")
SECTION_FAMILY = B("Отбасы құрамы және табыстары", "Состав семьи и доходы")
SECTION_DWELLING = B("Тұрғын үй жағдайы", "Жилищные условия")
SECTION_PLOT = B(
    "Жеке қосалқы шаруашылық, жер телімі, мал",
    "Личное подсобное хозяйство, земля, скот",
)
SECTION_PROPERTY = B("Көлік құралдары және өзге мүлік", "Транспортные средства и иное имущество")
SECTION_OTHER_INCOME = B("Өзге табыстар", "Иные доходы")
SECTION_REMARKS = B(
    "Комиссияның ескертулері мен қорытындылары",
    "Замечания и выводы комиссии",
)

FAM_NAME = B("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество")
FAM_RELATION = B("Туыстық қатынасы", "Родственное отношение")
FAM_BIRTH = B("Туған күні", "Дата рождения")
FAM_OCCUPATION = B("Жұмыс, оқу орны", "Место работы, учебы")
FAM_INCOMES = B("Табыс түрлері, айына, ₸", "Виды доходов, в месяц, ₸")
FAM_TOTAL = B("Айына барлығы, ₸", "Итого в месяц, ₸")
FAMILY_TOTAL = B("Отбасының айлық табысы, барлығы", "Итого доход семьи в месяц")
NO_INCOME = B("табысы жоқ", "дохода нет")

SIGNATURE_CAPTION = B("қолы", "подпись")
ROLE_CAPTION = B("лауазымы", "должность в комиссии")
NAME_CAPTION = B("тегі, аты-жөні", "фамилия, инициалы")
DATE_CAPTION = B("күні", "дата")
COMMISSION_SIGNATURES = B(
    "Учаскелік комиссия мүшелерінің қолдары", "Подписи членов участковой комиссии"
)
ACT_ACQUAINTED = B("Актімен таныстым", "С актом ознакомлен(а)")

ON_ACT = B("Тексеру актісі бойынша", "По акту обследования")
CONCLUSION_DATE = B("Қорытынды жасалған күні", "Дата заключения")
VERDICT_SUBJECT = B(
    "Учаскелік комиссияның тексеру актісі негізіндегі қорытындысы: өтініш беруші (отбасы)",
    "Вывод участковой комиссии на основании акта обследования: заявитель (семья)",
)
NEEDS_ASSISTANCE = B("көмекке мұқтаж", "нуждается в помощи")
NOT_NEEDS_ASSISTANCE = B("көмекке мұқтаж емес", "не нуждается в помощи")
REASONS = B("Негіздемесі", "Обоснование")
ARITHMETIC = B(
    "Жан басына шаққандағы орташа айлық табысты есептеу",
    "Расчет среднедушевого месячного дохода",
)
FAMILY_INCOME = B("Отбасының жиынтық айлық табысы", "Совокупный месячный доход семьи")
FAMILY_SIZE = B("Отбасы мүшелерінің саны", "Количество членов семьи")
PER_CAPITA = B("Жан басына шаққандағы орташа айлық табыс", "Среднедушевой месячный доход")
THRESHOLD = B(
    "Табыс шегі (кедейлік шегі, ең төменгі күнкөріс деңгейі)",
    "Порог дохода (черта бедности, прожиточный минимум)",
)
COMPARISON = B("Шекпен салыстыру", "Сравнение с порогом")
BELOW_THRESHOLD = B("шектен төмен", "ниже порога")
AT_THRESHOLD = B("шекке тең", "равен порогу")
ABOVE_THRESHOLD = B("шектен жоғары", "выше порога")

NUMBER_SIGN = "№"  # the same in both languages
CHECK_MARK = "X"  # the mark printed in a ticked box

NONE = "—"  # printed where a field has no value, so a blank never looks forgotten
PHONE_ABBR = "тел."  # the same abbreviation in both languages


def both(label: Bilingual, sep: str = " / ") -> str:
    """'Қазақша / Русский'; a word spelled the same in both (Телефон) is printed once."""
    return label.kk if label.kk == label.ru else f"{label.kk}{sep}{label.ru}"


def with_count(label: Bilingual, n: int) -> Bilingual:
    """A label followed by a count, e.g. 'Қабылданған құжаттар (5)'."""
    return B(f"{label.kk} ({n})", f"{label.ru} ({n})")


def page_of(page: int, total: int) -> str:
    """'Бет / Страница 2 / 7'."""
    return f"{both(PAGE)} {page} / {total}"


def caption(label: Bilingual) -> str:
    """'(қолы / подпись)': the small caption printed under a line to fill by hand."""
    return f"({both(label)})"


def fmt_date(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else NONE


def fmt_datetime(dt: datetime | None) -> str:
    return dt.strftime("%d.%m.%Y %H:%M") if dt else NONE
