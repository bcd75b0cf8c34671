"""The commission's inspection act and conclusion, as PDF and DOCX.

Every check reads the rendered file back (pypdf, python-docx): what matters is what the
commission secretary prints and signs, not what the renderer meant to draw.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from forms import labels as L
from forms.act import render_act_docx, render_act_pdf
from forms.data import (
    ActData,
    ActFamilyMember,
    ActIncome,
    ActSigner,
    ConclusionData,
    OfficeHeader,
)
from forms.data import Bilingual as B

KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"
NBSP = "\u00a0"


def tenge(amount: str) -> str:
    """An amount as app/commission.py formats it: «85 000,00 ₸» with non-breaking spaces."""
    return f"{amount.replace(' ', NBSP)}{NBSP}₸"


OFFICE = OfficeHeader(
    code="KOSSHY",
    name=B(
        "Қосшы ауылдық округі әкімінің аппараты",
        "Аппарат акима Косшынского сельского округа",
    ),
    address="Ақмола облысы, Целиноград ауданы, Қосшы ауылы, Қаһарман көшесі, 12",
    phone="+7 7162 31 12 45",
)

WAGE = B("Жалақы", "Заработная плата")
PENSION = B("Зейнетақы", "Пенсия")
STIPEND = B("Шәкіртақы", "Стипендия")
FARM = B("Жеке қосалқы шаруашылықтан табыс", "Доход от личного подсобного хозяйства")
ALLOWANCE = B("Мүгедектігі бойынша жәрдемақы", "Пособие по инвалидности")

FAMILY = (
    ActFamilyMember(
        full_name="Әбдіғалиева Гүлнұр Серікқызы",
        relation="өтініш беруші / заявитель",
        birth_date=date(1979, 10, 28),
        iin="791028403019",
        occupation="Қосшы орта мектебі, техникалық қызметкер",
        incomes=(ActIncome(WAGE, tenge("85 000,00")),),
        monthly_total=tenge("85 000,00"),
    ),
    ActFamilyMember(
        full_name="Құрманғазиев Ғалымжан Нұрланұлы",
        relation="жұбайы / муж",
        birth_date=date(1976, 3, 15),
        iin="760315304121",
        occupation="Жұмыссыз, жұмыспен қамту орталығында тіркелген",
        incomes=(ActIncome(FARM, tenge("20 000,00")),),
        monthly_total=tenge("20 000,00"),
    ),
    ActFamilyMember(
        full_name="Ғалымжанқызы Әйгерім",
        relation="қызы / дочь",
        birth_date=date(2008, 5, 9),
        iin="080509601188",
        occupation="Ақмола аграрлық колледжі, 2-курс студенті",
        incomes=(ActIncome(STIPEND, tenge("24 000,00")),),
        monthly_total=tenge("24 000,00"),
    ),
    ActFamilyMember(
        full_name="Ғалымжанұлы Өркен",
        relation="ұлы / сын",
        birth_date=date(2015, 11, 23),
        iin="151123502070",
        occupation="Қосшы орта мектебі, 5-сынып оқушысы",
        incomes=(),  # a schoolboy: no income, still counted in the family
        monthly_total=tenge("0,00"),
    ),
    ActFamilyMember(
        full_name="Сейітова Үмітхан Һамитқызы",
        relation="анасы / мать",
        birth_date=date(1950, 2, 14),
        iin="500214405332",
        occupation="Зейнеткер, І топтағы мүгедек",
        incomes=(ActIncome(PENSION, tenge("95 000,00")), ActIncome(ALLOWANCE, tenge("42 500,00"))),
        monthly_total=tenge("137 500,00"),
    ),
)

SIGNERS = (
    ActSigner("Ілиясов Бауыржан Қайратұлы", B("Комиссия төрағасы", "Председатель комиссии")),
    ActSigner("Нұрланова Әсел Қанатқызы", B("Комиссия хатшысы", "Секретарь комиссии")),
    ActSigner("Жақсылықов Ұлан Өмірзақұлы", B("Комиссия мүшесі", "Член комиссии")),
)

CONCLUSION = ConclusionData(
    needs_assistance=True,
    reasons=(
        "Отбасының жан басына шаққандағы табысы кедейлік шегінен төмен. "
        "Среднедушевой доход семьи ниже черты бедности."
    ),
    arithmetic=(
        (
            B("Отбасы мүшесінің айлық табысы: 1", "Месячный доход члена семьи: 1"),
            tenge("85 000,00"),
        ),
        (
            B("Отбасының айлық жиынтық табысы", "Совокупный месячный доход семьи"),
            " + ".join(tenge(x) for x in ("85 000,00", "20 000,00", "24 000,00", "0,00"))
            + f" + {tenge('137 500,00')} = {tenge('266 500,00')}",
        ),
        (
            B(
                "Отбасы мүшелерінің саны (табысы жоқтарды қоса)",
                "Число членов семьи (включая не имеющих дохода)",
            ),
            "5",
        ),
        (
            B("Жан басына шаққандағы орташа айлық табыс", "Среднедушевой месячный доход"),
            f"{tenge('266 500,00')} ÷ 5 = {tenge('53 300,00')}",
        ),
        (B("Кедейлік шегі", "Черта бедности"), tenge("58 960,00")),
        (B("Салыстыру", "Сравнение"), f"{tenge('53 300,00')} ≤ {tenge('58 960,00')}"),
    ),
    per_capita=tenge("53 300,00"),
    threshold=tenge("58 960,00"),
    concluded_on=date(2027, 1, 21),
)

ACT = ActData(
    office=OFFICE,
    application_number="0047/2027",
    service=B(
        "Мемлекеттік атаулы әлеуметтік көмек тағайындау",
        "Назначение государственной адресной социальной помощи",
    ),
    commission_decision="№ 12, 10.01.2027",
    visit_date=date(2027, 1, 20),
    place="Қосшы ауылы, Қаһарман көшесі, 12",
    outcome="inspected",
    applicant_name="Әбдіғалиева Гүлнұр Серікқызы",
    applicant_iin="791028403019",
    applicant_address="Ақмола облысы, Целиноград ауданы, Қосшы ауылы, Қаһарман көшесі, 12",
    family=FAMILY,
    dwelling=(
        (B("Тұрғын үйдің түрі", "Тип жилья"), "жеке үй / частный дом"),
        (B("Меншік нысаны", "Форма собственности"), "жеке меншік / собственность"),
        (B("Бөлмелер саны", "Количество комнат"), "3"),
        (B("Жалпы ауданы, м²", "Общая площадь, м²"), "64,5"),
        (B("Коммуналдық қызметтер", "Коммунальные услуги"), "электр, су, пеш жылыту"),
        (B("Жағдайы", "Состояние"), "қанағаттанарлық / удовлетворительное"),
    ),
    plot=(
        (B("Жер телімінің ауданы, га", "Площадь земельного участка, га"), "0,12"),
        (B("Ірі қара мал", "Крупный рогатый скот"), "1"),
        (B("Жылқы", "Лошади"), "0"),
        (B("Қой мен ешкі", "Овцы и козы"), "4"),
        (B("Түйе", "Верблюды"), "0"),
        (B("Құс", "Птица"), "12"),
    ),
    property=(
        (B("Көлік құралдары", "Транспортные средства"), "ВАЗ-2106, 1989 ж."),
        (B("Өзге мүлік", "Иное имущество"), "жоқ / нет"),
    ),
    other_income="Алимент алмайды. Алиментов не получает.",
    remarks=f"Отбасы ынтымақты. Әріптер: {KAZAKH_LETTERS}",
    signers=SIGNERS,
    conclusion=CONCLUSION,
    family_total=tenge("266 500,00"),
)


def _flat(text: str) -> str:
    # A wrapped line comes back as a line break: compare words, not layout.
    return " ".join(text.split())


def plain(amount: str) -> str:
    """The amount as extracted text shows it in the family table (header says ₸)."""
    return _flat(amount.replace("₸", ""))


def pdf_pages(path: Path) -> list[str]:
    return [_flat(page.extract_text()) for page in PdfReader(path).pages]


def docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return _flat("\n".join(parts))


def _conclusion_page(pages: list[str]) -> int:
    found = [i for i, p in enumerate(pages) if L.CONCLUSION_TITLE.kk in p]
    assert len(found) == 1, found
    return found[0]


def _many_members(n: int) -> tuple[ActFamilyMember, ...]:
    first = ("Әлихан", "Ғабит", "Қанат", "Өмір", "Ұлжан", "Үміт", "Һидаят", "Ілияс", "Ерңар")
    return tuple(
        ActFamilyMember(
            full_name=f"Сәрсенбаев {first[i % len(first)]} {i:02d}-ұлы",
            relation="туысы / родственник",
            birth_date=date(1990 + i, 1 + i % 12, 1 + i % 28),
            iin=f"9{i:02d}10150{i:03d}7"[:12],
            occupation="Шаруа қожалығы, малшы / крестьянское хозяйство, скотник",
            incomes=(ActIncome(WAGE, tenge(f"{40 + i} 000,00")), ActIncome(FARM, tenge("5 000,00")))
            if i % 3
            else (),
            monthly_total=tenge(f"{45 + i} 000,00" if i % 3 else "0,00"),
        )
        for i in range(n)
    )


# --- PDF ----------------------------------------------------------------------------------


def test_act_pdf_carries_titles_applicant_and_every_family_member(tmp_path: Path) -> None:
    out = render_act_pdf(ACT, tmp_path / "act.pdf")
    assert out == tmp_path / "act.pdf"
    pages = pdf_pages(out)
    text = " ".join(pages)
    for title in (L.ACT_TITLE, L.ACT_SUBTITLE, L.CONCLUSION_TITLE, L.CONCLUSION_SUBTITLE):
        assert title.kk in text, title
        assert title.ru in text, title
    for value in (
        ACT.office.name.kk,
        ACT.office.name.ru,
        ACT.application_number,
        ACT.service.kk,
        ACT.service.ru,
        ACT.commission_decision,
        "20.01.2027",
        ACT.place,
        ACT.applicant_address,
        ACT.other_income,
        plain(ACT.family_total),
    ):
        assert _flat(value) in text, value
    assert L.both(L.OUTCOME_INSPECTED) in text
    assert L.OUTCOME_REFUSED.ru not in text
    for m in FAMILY:
        assert m.full_name in text, m.full_name
        assert m.iin in text, m.iin
        assert L.fmt_date(m.birth_date) in text, m.birth_date
        assert plain(m.monthly_total) in text, m.monthly_total
    # Every income with its kind in both languages.
    for kind in (WAGE, PENSION, STIPEND, ALLOWANCE):
        assert L.both(kind) in text, kind
    for amount in ("85 000,00", "95 000,00", "42 500,00", "137 500,00"):
        assert amount in text, amount
    # The zero-income schoolboy says so rather than leaving a blank.
    assert L.both(L.NO_INCOME) in text
    for section in (L.SECTION_DWELLING, L.SECTION_PLOT, L.SECTION_PROPERTY, L.SECTION_REMARKS):
        assert section.kk in text and section.ru in text, section
    for label, value in ACT.dwelling + ACT.plot + ACT.property:
        assert label.kk in text and label.ru in text, label
        assert value in text, value


def test_act_pdf_signature_lines_and_acquainted_line(tmp_path: Path) -> None:
    pages = pdf_pages(render_act_pdf(ACT, tmp_path / "act.pdf"))
    concl = _conclusion_page(pages)
    act_text = " ".join(pages[:concl])
    concl_text = " ".join(pages[concl:])
    signature = L.caption(L.SIGNATURE_CAPTION)
    assert signature == "(қолы / подпись)"
    for text in (act_text, concl_text):
        for signer in SIGNERS:
            assert signer.full_name in text, signer
            assert signer.role.kk in text and signer.role.ru in text, signer
        assert L.COMMISSION_SIGNATURES.kk in text
    # One signature line per member on the act, plus the applicant's.
    assert act_text.count(signature) == len(SIGNERS) + 1
    assert concl_text.count(signature) == len(SIGNERS)
    assert f"{L.both(L.ACT_ACQUAINTED)}:" in act_text
    assert "Актімен таныстым / С актом ознакомлен(а)" in act_text
    assert L.caption(L.DATE_CAPTION) in act_text


def test_conclusion_starts_on_its_own_page_with_the_arithmetic(tmp_path: Path) -> None:
    pages = pdf_pages(render_act_pdf(ACT, tmp_path / "act.pdf"))
    concl = _conclusion_page(pages)
    assert concl >= 1
    assert L.ACT_TITLE.kk not in pages[concl]
    assert L.CONCLUSION_TITLE.kk not in " ".join(pages[:concl])
    text = " ".join(pages[concl:])
    assert "УЧАСКЕЛІК КОМИССИЯНЫҢ ҚОРЫТЫНДЫСЫ ЗАКЛЮЧЕНИЕ УЧАСТКОВОЙ КОМИССИИ" in text
    for label, value in CONCLUSION.arithmetic:
        assert L.both(label) in text, label
        assert _flat(value) in text, value
    assert _flat(CONCLUSION.per_capita) in text
    assert _flat(CONCLUSION.threshold) in text
    assert L.PER_CAPITA.kk in text and L.THRESHOLD.ru in text
    # 53 300 < 58 960: the comparison is spelled out.
    assert L.both(L.BELOW_THRESHOLD) in text
    assert L.ABOVE_THRESHOLD.ru not in text
    assert _flat(CONCLUSION.reasons) in text
    assert "21.01.2027" in text
    # The application it belongs to, so a separated sheet still says whose it is.
    assert ACT.applicant_name in text and ACT.applicant_iin in text


def test_conclusion_marks_exactly_the_chosen_box(tmp_path: Path) -> None:
    needs = L.both(L.NEEDS_ASSISTANCE)
    not_needs = L.both(L.NOT_NEEDS_ASSISTANCE)
    mark = L.CHECK_MARK

    pages = pdf_pages(render_act_pdf(ACT, tmp_path / "yes.pdf"))
    text = pages[_conclusion_page(pages)]
    assert f"{mark} {needs}" in text
    assert f"{mark} {not_needs}" not in text
    assert not_needs in text  # the other option is printed, unticked

    no = dataclasses.replace(
        ACT, conclusion=dataclasses.replace(CONCLUSION, needs_assistance=False)
    )
    pages = pdf_pages(render_act_pdf(no, tmp_path / "no.pdf"))
    text = pages[_conclusion_page(pages)]
    assert f"{mark} {not_needs}" in text
    assert f"{mark} {needs}" not in text


def test_without_conclusion_the_page_is_blank_to_fill_by_hand(tmp_path: Path) -> None:
    data = dataclasses.replace(ACT, conclusion=None)
    pages = pdf_pages(render_act_pdf(data, tmp_path / "act.pdf"))
    text = pages[_conclusion_page(pages)]
    assert L.CONCLUSION_TITLE.ru in text
    assert L.both(L.NEEDS_ASSISTANCE) in text
    assert L.both(L.NOT_NEEDS_ASSISTANCE) in text
    assert f"{L.CHECK_MARK} " not in text  # neither box ticked
    for label in (L.FAMILY_INCOME, L.FAMILY_SIZE, L.PER_CAPITA, L.THRESHOLD, L.REASONS):
        assert label.kk in text and label.ru in text, label
    assert "53 300,00" not in text
    assert "21.01.2027" not in text
    for signer in SIGNERS:
        assert signer.full_name in text


def test_fourteen_members_split_across_pages_with_repeated_header(tmp_path: Path) -> None:
    members = _many_members(14)
    assert len({m.iin for m in members}) == 14
    data = dataclasses.replace(ACT, family=members)
    pages = pdf_pages(render_act_pdf(data, tmp_path / "act.pdf"))
    concl = _conclusion_page(pages)
    assert concl >= 2, "fourteen members must take the act over two pages"
    act_pages = pages[:concl]
    act_text = " ".join(act_pages)
    for m in members:
        # Each member exactly once: nothing lost, nothing repeated at the page break.
        assert act_text.count(m.full_name) == 1, m.full_name
        assert act_text.count(m.iin) == 1, m.iin
    # The table continues on page 2, under its header row repeated.
    on_page_2 = [m for m in members if m.full_name in act_pages[1]]
    assert on_page_2, "no family member continued on page 2"
    assert members[-1] in on_page_2
    header = [L.FAM_NAME, L.FAM_RELATION, L.FAM_BIRTH, L.FAM_OCCUPATION, L.FAM_TOTAL]
    for page in act_pages[:2]:
        for col in header:
            assert col.kk in page and col.ru in page, col
    assert act_pages[1].index(L.FAM_NAME.ru) < act_pages[1].index(on_page_2[0].full_name)
    assert f"({len(members)})" in act_pages[0]  # the member count next to the section title


def test_pages_are_numbered_n_of_m(tmp_path: Path) -> None:
    data = dataclasses.replace(ACT, family=_many_members(14))
    pages = pdf_pages(render_act_pdf(data, tmp_path / "act.pdf"))
    total = len(pages)
    assert total >= 3
    for n, page in enumerate(pages, start=1):
        assert L.page_of(n, total) in page, n
        assert ACT.application_number in page  # every sheet says whose file it is


@pytest.mark.parametrize(
    ("outcome", "label", "word"),
    [("refused", L.OUTCOME_REFUSED, "бас тартты"), ("evaded", L.OUTCOME_EVADED, "жалтарды")],
)
def test_refused_or_evaded_inspection_is_printed_prominently(
    tmp_path: Path, outcome: str, label: B, word: str
) -> None:
    data = dataclasses.replace(
        ACT,
        outcome=outcome,
        family=(),
        dwelling=(),
        plot=(),
        property=(),
        other_income=None,
        conclusion=ConclusionData(
            needs_assistance=False,
            reasons="Өтініш беруші тексеруден бас тартты. Заявитель отказался от обследования.",
        ),
    )
    pages = pdf_pages(render_act_pdf(data, tmp_path / "act.pdf"))
    assert label.kk in pages[0] and label.ru in pages[0]
    assert word in pages[0]
    assert L.both(L.OUTCOME_INSPECTED) not in " ".join(pages)
    # Before the family table: the first thing after the visit's date and place.
    assert pages[0].index(label.kk) < pages[0].index(L.SECTION_FAMILY.kk)
    # Empty sections still print, with a dash rather than nothing.
    assert f"{L.SECTION_FAMILY.ru} (0)" in pages[0]
    text = pages[_conclusion_page(pages)]
    assert f"{L.CHECK_MARK} {L.both(L.NOT_NEEDS_ASSISTANCE)}" in text


def test_unknown_outcome_is_refused_before_writing(tmp_path: Path) -> None:
    data = dataclasses.replace(ACT, outcome="postponed")
    with pytest.raises(ValueError, match="postponed"):
        render_act_pdf(data, tmp_path / "act.pdf")
    with pytest.raises(ValueError, match="postponed"):
        render_act_docx(data, tmp_path / "act.docx")
    assert list(tmp_path.iterdir()) == []


def test_every_kazakh_letter_survives_pdf_extraction(tmp_path: Path) -> None:
    text = " ".join(pdf_pages(render_act_pdf(ACT, tmp_path / "act.pdf")))
    assert KAZAKH_LETTERS in text
    for word in ("Әбдіғалиева", "Құрманғазиев", "Ғалымжан", "Өркен", "Үмітхан", "Һамитқызы"):
        assert word in text, word
    for word in ("Ілиясов", "Жақсылықов", "Ұлан", "КОМИССИЯНЫҢ", "Қаһарман", "әкімінің"):
        assert word in text, word
    # No letter fell back to a look-alike or a missing-glyph box.
    assert "\ufffd" not in text


def test_failed_render_leaves_the_previous_file_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "act.pdf"
    out.write_bytes(b"previous act")

    def broken_build(self: object, *args: object, **kwargs: object) -> None:
        # Half a file written, then the disk fills up.
        Path(self.filename).write_bytes(b"%PDF-1.4 half")  # type: ignore[attr-defined]
        raise OSError("disk full")

    monkeypatch.setattr("forms.act.BaseDocTemplate.build", broken_build)
    with pytest.raises(OSError, match="disk full"):
        render_act_pdf(ACT, out)
    assert out.read_bytes() == b"previous act"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["act.pdf"]


def test_failed_docx_render_leaves_the_previous_file_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "act.docx"
    out.write_bytes(b"previous act")

    def broken_save(self: object, path: str) -> None:
        Path(path).write_bytes(b"PK half")
        raise OSError("disk full")

    monkeypatch.setattr("docx.document.Document.save", broken_save)
    with pytest.raises(OSError, match="disk full"):
        render_act_docx(ACT, out)
    assert out.read_bytes() == b"previous act"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["act.docx"]


def test_render_replaces_the_file_and_leaves_no_temp(tmp_path: Path) -> None:
    for name, render in (("act.pdf", render_act_pdf), ("act.docx", render_act_docx)):
        out = tmp_path / name
        out.write_bytes(b"previous")
        render(ACT, out)
        assert out.read_bytes()[:2] in (b"%P", b"PK"), name
    assert sorted(p.name for p in tmp_path.iterdir()) == ["act.docx", "act.pdf"]


def test_act_docx_carries_the_same_content(tmp_path: Path) -> None:
    text = docx_text(render_act_docx(ACT, tmp_path / "act.docx"))
    for title in (L.ACT_TITLE, L.ACT_SUBTITLE, L.CONCLUSION_TITLE, L.CONCLUSION_SUBTITLE):
        assert L.both(title) in text, title
    for m in FAMILY:
        assert m.full_name in text and m.iin in text, m
        assert _flat(m.monthly_total) in text, m
    assert f"{L.both(PENSION)}: 95 000,00 ₸" in text
    assert L.both(L.NO_INCOME) in text
    for label, value in CONCLUSION.arithmetic:
        assert L.both(label) in text and _flat(value) in text, label
    assert _flat(CONCLUSION.per_capita) in text and _flat(CONCLUSION.threshold) in text
    for signer in SIGNERS:
        assert text.count(signer.full_name) == 2, signer  # on the act and on the conclusion
    assert text.count(L.caption(L.SIGNATURE_CAPTION)) == 2 * len(SIGNERS) + 1
    assert L.both(L.ACT_ACQUAINTED) in text
    assert L.both(L.OUTCOME_INSPECTED) in text
    for label, value in ACT.dwelling + ACT.plot + ACT.property:
        # Label cells carry Kazakh and Russian on two lines.
        assert f"{label.kk} {label.ru}" in text and value in text, label
    assert KAZAKH_LETTERS in text


def test_act_docx_ticks_the_chosen_box_and_can_be_blank(tmp_path: Path) -> None:
    doc = Document(str(render_act_docx(ACT, tmp_path / "act.docx")))
    lines = [_flat(p.text) for p in doc.paragraphs]
    assert f"☒ {L.both(L.NEEDS_ASSISTANCE)}" in lines
    assert f"☐ {L.both(L.NOT_NEEDS_ASSISTANCE)}" in lines

    blank = dataclasses.replace(ACT, conclusion=None)
    doc = Document(str(render_act_docx(blank, tmp_path / "blank.docx")))
    lines = [_flat(p.text) for p in doc.paragraphs]
    assert f"☐ {L.both(L.NEEDS_ASSISTANCE)}" in lines
    assert f"☐ {L.both(L.NOT_NEEDS_ASSISTANCE)}" in lines
    assert not any("☒" in line for line in lines)
    text = docx_text(tmp_path / "blank.docx")
    assert L.both(L.FAMILY_INCOME) in text and "53 300,00" not in text


def test_act_docx_family_table_repeats_its_header_and_keeps_all_members(tmp_path: Path) -> None:
    members = _many_members(14)
    data = dataclasses.replace(ACT, family=members)
    doc = Document(str(render_act_docx(data, tmp_path / "act.docx")))
    family = next(t for t in doc.tables if L.FAM_NAME.kk in t.rows[0].cells[1].text)
    header = family.rows[0]._tr.trPr
    assert header is not None and header.find(qn("w:tblHeader")) is not None
    names = [row.cells[1].text for row in family.rows[1:]]
    assert names[: len(members)] == [m.full_name for m in members]
    iins = [row.cells[4].text for row in family.rows[1 : len(members) + 1]]
    assert iins == [m.iin for m in members]


@pytest.mark.parametrize("outcome", ["refused", "evaded"])
def test_act_docx_prints_the_refusal(tmp_path: Path, outcome: str) -> None:
    data = dataclasses.replace(ACT, outcome=outcome, family=())
    text = docx_text(render_act_docx(data, tmp_path / "act.docx"))
    label = L.OUTCOME_REFUSED if outcome == "refused" else L.OUTCOME_EVADED
    assert label.kk in text and label.ru in text
    assert L.OUTCOME_INSPECTED.ru not in text


def test_act_docx_uses_dejavu_for_cyrillic(tmp_path: Path) -> None:
    doc = Document(str(render_act_docx(ACT, tmp_path / "act.docx")))
    rfonts = doc.styles["Normal"].element.rPr.rFonts
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        assert rfonts.get(qn(f"w:{attr}")) == "DejaVu Sans", attr


def test_amounts_with_non_breaking_spaces_are_never_cut_mid_number(tmp_path: Path) -> None:
    # The app formats tenge with non-breaking spaces, so a cell cannot wrap them: the
    # columns must be wide enough (a farmer selling a herd can have a large month).
    big = dataclasses.replace(
        FAMILY[1],
        incomes=(ActIncome(FARM, tenge("1 250 000,00")), ActIncome(WAGE, tenge("85 000,00"))),
        monthly_total=tenge("1 335 000,00"),
    )
    data = dataclasses.replace(ACT, family=(FAMILY[0], big), family_total=tenge("1 420 000,00"))
    text = " ".join(pdf_pages(render_act_pdf(data, tmp_path / "act.pdf")))
    for amount in ("1 250 000,00", "1 335 000,00", "1 420 000,00", "85 000,00"):
        assert amount in text, amount
