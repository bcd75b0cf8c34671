"""Long-string checks (after KDE's TRANS_SCALE): do the main windows still show every label
whole when the texts grow?

A translator is installed that returns each message longer than it is: the real Kazakh or
Russian translation padded by 40% (translations often run that much longer than the text
they were measured with), and, harder, the English source doubled. Each window is shown at
its default size on the offscreen platform and every visible QLabel, QPushButton,
QCheckBox and QRadioButton is measured: its text (each line, accelerators left out) must fit
the width it got, and a word-wrapped label must be as tall as its text needs at that width.
"""

from __future__ import annotations

import importlib.util
import math
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.context import AppContext
from app.demo import seed_demo
from db.models import Application
from tests.keyring_backend import active_keyring
from ui import i18n

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

ROOT = Path(__file__).resolve().parent.parent
SCALE = 1.4
# str.format and Qt placeholders, HTML tags and entities: never cut into by the padding.
_UNTOUCHABLE = re.compile(r"\{[^}]*\}|%L?\d+|%n|<[^>]*>|&\w+;")


def _filler(line: str, count: int) -> str:
    """`count` letters taken from the line itself, so the padding is as wide as its script."""
    letters = [ch for ch in _UNTOUCHABLE.sub("", line) if ch.isalpha()] or ["x"]
    return "".join(letters[i % len(letters)] for i in range(count))


def pad(text: str, scale: float) -> str:
    """Every line made `scale` times as long (in letters), its placeholders kept intact."""
    if not text or scale <= 1:
        return text
    out = []
    for line in text.split("\n"):
        visible = len(_UNTOUCHABLE.sub("", line))
        extra = math.ceil(visible * (scale - 1))
        out.append(f"{line} {_filler(line, extra - 1)}" if extra > 1 and visible else line)
    return "\n".join(out)


def double(text: str) -> str:
    """Each line twice, space between: twice as long, placeholders filled in both halves."""
    return "\n".join(f"{line} {line}" if line.strip() else line for line in text.split("\n"))


class LongTranslator(QTranslator):
    """Answers every message with a longer text: `grow` applied to the real translation
    (from `inner`, our .qm and Qt's own) or, where there is none, to the English source."""

    def __init__(self, grow: Callable[[str], str], inner: list[QTranslator]) -> None:
        super().__init__()
        self.grow = grow
        self.inner = inner

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        for translator in self.inner:
            text = translator.translate(context, source, disambiguation, n)
            if text:
                return self.grow(text)
        return self.grow(source)

    def isEmpty(self) -> bool:
        return False


# --- measuring -----------------------------------------------------------------------------


def _plain(text: str) -> str:
    """What a button or label shows of its text: no accelerator marks."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())
    )


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text:
        return None
    contents = label.contentsRect()
    margin = label.margin()
    indent = max(label.indent(), 0)
    width = contents.width() - 2 * margin - indent
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height():
            return f"word-wrapped text needs {needed}px of height, has {label.height()}px"
        return None
    if _rich(label):
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        needed = math.ceil(doc.idealWidth())
    else:
        fm = label.fontMetrics()
        needed = max(fm.horizontalAdvance(line) for line in _plain(text).split("\n"))
    if needed > width:
        return f"text needs {needed}px, has {width}px"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = button.text()
    if not text:
        return None
    style = button.style()
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = text
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    if isinstance(button, QCheckBox):
        element = QStyle.SubElement.SE_CheckBoxContents
    elif isinstance(button, QRadioButton):
        element = QStyle.SubElement.SE_RadioButtonContents
    else:
        element = QStyle.SubElement.SE_PushButtonContents
    width = style.subElementRect(element, option, button).width()
    if not button.icon().isNull():
        width -= button.iconSize().width() + 4
    fm = button.fontMetrics()
    needed = max(fm.horizontalAdvance(line) for line in _plain(text).split("\n"))
    if needed > width:
        return f"text needs {needed}px, has {width}px"
    return None


def _path(widget: QWidget, top: QWidget) -> str:
    parts = []
    w: QWidget | None = widget
    while w is not None and w is not top:
        parts.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(parts))


def clipped(top: QWidget) -> list[str]:
    """Every label or button of `top` whose text does not fit, and why: on every tab of its
    tab widgets in turn, as a person would click through them."""
    found = _clipped_now(top)
    for tabs in top.findChildren(QTabWidget):
        if not tabs.isVisibleTo(top):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QCoreApplication.processEvents()
            found += [p for p in _clipped_now(top) if p not in found]
        tabs.setCurrentIndex(current)
    return found


def _clipped_now(top: QWidget) -> list[str]:
    problems = []
    kinds = (QLabel, QPushButton, QCheckBox, QRadioButton)
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(top):
            continue
        if widget.window() is not top:
            continue  # a menu or a popup that happens to be a child
        problem = _label_problem(widget) if isinstance(widget, QLabel) else _button_problem(widget)
        if problem:
            shown = widget.text().replace("\n", "⏎")
            shown = shown if len(shown) <= 60 else shown[:57] + "…"
            problems.append(f"{type(widget).__name__} {_path(widget, top)} {shown!r}: {problem}")
    return problems


# --- fixtures ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec = importlib.util.spec_from_file_location(
        "translations_build", ROOT / "translations/build.py"
    )
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    out = tmp_path_factory.mktemp("qm")
    try:
        build.build(out)
    except SystemExit:
        pytest.skip("pyside6-lrelease is not installed")
    return out


@pytest.fixture
def ctx(home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    monkeypatch.delenv("QABYLDAU_LANG", raising=False)
    with AppContext(home) as c:
        seed_demo(c, cases=20)
        yield c


def _install(
    qapp: QApplication, qm_dir: Path, lang: str, grow: Callable[[str], str]
) -> list[QTranslator]:
    """Our and Qt's real translators, loaded but not installed, wrapped by a LongTranslator."""
    inner = i18n.install_translators(qapp, lang, qm_dir)
    for translator in inner:
        qapp.removeTranslator(translator)  # the LongTranslator answers for them
    long = LongTranslator(grow, inner)
    qapp.installTranslator(long)
    return [long, *inner]


@pytest.fixture
def long_texts(
    qapp: QApplication, qm_dir: Path, request: pytest.FixtureRequest
) -> Iterator[tuple[str, str]]:
    lang, mode = request.param
    grow = (lambda t: pad(t, SCALE)) if mode == "padded" else double
    installed = _install(qapp, qm_dir, lang, grow)
    yield lang, mode
    i18n.remove_translators(qapp, installed)


def _show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    QCoreApplication.processEvents()


# --- the windows ---------------------------------------------------------------------------


def _main_window(ctx: AppContext, lang: str) -> list[QWidget]:
    from ui.main_window import MainWindow

    return [MainWindow(ctx, lang=lang)]


def _intake(ctx: AppContext, lang: str) -> list[QWidget]:
    from ui.intake_dialog import IntakeDialog

    return [IntakeDialog(ctx)]


def _act_editor(ctx: AppContext, lang: str) -> list[QWidget]:
    from ui.act_editor import ActEditor

    with ctx.session() as s:
        number = s.scalar(
            select(Application.incoming_number)
            .where(Application.status == "at_commission")
            .order_by(Application.id)
        )
    assert number, "the demo office has a case at the commission"
    return [ActEditor(ctx, number)]


def _commission(ctx: AppContext, lang: str) -> list[QWidget]:
    from ui.commission_dialog import CommissionDialog

    return [CommissionDialog(ctx)]


def _journal(ctx: AppContext, lang: str) -> list[QWidget]:
    from ui.journal_dialog import JournalDialog

    return [JournalDialog(ctx, lang=lang)]


def _settings(ctx: AppContext, lang: str) -> list[QWidget]:
    from ui.settings_dialog import SettingsDialog

    return [SettingsDialog(ctx, lang=lang)]


WINDOWS: dict[str, Callable[[AppContext, str], list[QWidget]]] = {
    "MainWindow": _main_window,
    "IntakeDialog": _intake,
    "ActEditor": _act_editor,
    "CommissionDialog": _commission,
    "JournalDialog": _journal,
    "SettingsDialog": _settings,
}
LANGS_AND_MODES = [("kk", "padded"), ("ru", "padded"), ("kk", "doubled"), ("ru", "doubled")]
# Clipped for real when every text is twice as long; ui/act_editor.py is not this test's to
# change, so the failure is recorded here (strict: once fixed, this list must shrink).
KNOWN_CLIPPED: dict[tuple[str, str, str], str] = {}


def _window_params() -> list[object]:
    params = []
    for name in WINDOWS:
        for lang, mode in LANGS_AND_MODES:
            reason = KNOWN_CLIPPED.get((name, lang, mode))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            params.append(pytest.param(name, (lang, mode), id=f"{name}-{lang}-{mode}", marks=marks))
    return params


@pytest.mark.parametrize(("name", "long_texts"), _window_params(), indirect=["long_texts"])
def test_main_windows_show_long_texts_whole(
    qtbot: QtBot, ctx: AppContext, long_texts: tuple[str, str], name: str
) -> None:
    lang, _mode = long_texts
    problems = []
    for widget in WINDOWS[name](ctx, lang):
        _show(qtbot, widget)
        problems += clipped(widget)
        widget.close()
    assert problems == []


@pytest.mark.parametrize("long_texts", LANGS_AND_MODES, indirect=True, ids=lambda p: "-".join(p))
def test_first_run_wizard_pages_show_long_texts_whole(
    qtbot: QtBot, home: Path, long_texts: tuple[str, str]
) -> None:
    from ui.first_run import FirstRunWizard

    lang, _mode = long_texts
    problems: list[str] = []

    def look() -> None:
        QCoreApplication.processEvents()
        page = wizard.currentPage().objectName()
        problems.extend(f"{page}: {p}" for p in clipped(wizard))

    # No key store: the keys page and the last page show the (long) refusal as well.
    with active_keyring(FailKeyring()), AppContext(home) as c:
        wizard = FirstRunWizard(c, lang=lang)
        _show(qtbot, wizard)
        # Every page as a person reaches it (the role chosen, the fields filled).
        wizard.role.akimat.setChecked(True)
        wizard.office.code.setText("196435100")
        wizard.office.name_kk.setText("Қосшы ауылдық округі әкімінің аппараты")
        wizard.office.name_ru.setText("Аппарат акима Косшынского сельского округа")
        wizard.staff.surname.setText("Мұхамеджанова")
        wizard.staff.name.setText("Гүлмира")
        wizard.staff.login.setText("gmukhamedzhanova")
        while wizard.currentPage() is not wizard.done_page:
            look()
            wizard.next()
        look()
        assert wizard.set_up_done and wizard.key_error is not None
        wizard.accept()
    assert problems == []


# --- the checker itself ----------------------------------------------------------------------


def test_padding_keeps_placeholders_and_grows_each_line() -> None:
    text = "Заявление № {number} от {date}\n%n дел"
    padded = pad(text, SCALE)
    assert padded.format(number="1", date="2") != text
    for token in ("{number}", "{date}", "%n"):
        assert token in padded
    for before, after in zip(text.split("\n"), padded.split("\n"), strict=True):
        visible = len(_UNTOUCHABLE.sub("", before))
        assert len(_UNTOUCHABLE.sub("", after)) >= visible * SCALE - 1
    assert double("Period:") == "Period: Period:"


def test_the_checker_finds_a_clipped_label(qtbot: QtBot) -> None:
    box = QWidget()
    label = QLabel("A rather long label for a narrow box", box)
    label.setFixedWidth(40)
    wrapped = QLabel("Words " * 30, box)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 30, 120, 20)
    button = QPushButton("A long button text here", box)
    button.setGeometry(0, 60, 50, 30)
    _show(qtbot, box)
    found = clipped(box)
    assert len(found) == 3, found
