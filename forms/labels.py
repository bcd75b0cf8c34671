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


def fmt_date(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else NONE


def fmt_datetime(dt: datetime | None) -> str:
    return dt.strftime("%d.%m.%Y %H:%M") if dt else NONE
