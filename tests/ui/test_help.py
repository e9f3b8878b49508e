"""Help: the guide to the method in every language the window speaks, with a section for
each worksheet step that F1 opens at; the shortcuts page, read from the window's actions."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from journal import i18n
from journal.fields import Step
from journal.service import Journal
from tests.ui.conftest import MARK
from tests.ui.test_every_word_translated import unmarked
from ui.fields import STEPS
from ui.help_dialog import GUIDE, SHORTCUTS, HelpWindow, guide_path, show_help, show_shortcuts
from ui.main_window import MainWindow
from ui.translation import install

NATIVE = QKeySequence.SequenceFormat.NativeText


class Headings(HTMLParser):
    """The text of each <h2 id=…> of a page, by its id."""

    def __init__(self) -> None:
        super().__init__()
        self.found: dict[str, str] = {}
        self.inside: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "h2":
            self.inside = dict(attrs).get("id") or ""
            self.found[self.inside] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2":
            self.inside = None

    def handle_data(self, data: str) -> None:
        if self.inside is not None:
            self.found[self.inside] += data


def step_title(step: Step, language: str) -> str:
    """The step's name as the worksheet shows it in `language`."""
    with i18n.speaking(language):
        return i18n.translate("WorksheetStep", STEPS[step].title)


def headings(page: Path) -> dict[str, str]:
    parser = Headings()
    parser.feed(page.read_text(encoding="utf-8"))
    return {anchor: " ".join(text.split()) for anchor, text in parser.found.items()}


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_the_guide_has_a_section_for_every_worksheet_step_named_as_the_window_names_it(
    language: str,
) -> None:
    page = guide_path(language)
    assert page.name == f"guide_{language}.html", "no guide in this language"
    found = headings(page)
    for step in Step:
        anchor = step.name.lower().replace("_", "-")
        assert anchor in found, f"{page.name}: no section for the step {step.name}"
        assert found[anchor] == step_title(step, language), (page.name, step.name)
    others = [
        text for text in found.values() if text not in (step_title(s, language) for s in Step)
    ]
    assert len(others) == 1, f"{page.name}: one section on the coach, patterns and briefing"


def test_a_language_without_a_guide_gets_the_english_one() -> None:
    assert guide_path("de") == guide_path("en")
    assert guide_path("en").name == "guide_en.html"


def first_heading_shown(help_window: HelpWindow) -> str:
    """The heading nearest the top of the guide's view, as the user sees it there."""
    browser = help_window.guide
    top = browser.verticalScrollBar().value()
    document = browser.document()
    block = document.begin()
    while block.isValid():
        where = document.documentLayout().blockBoundingRect(block)
        if where.bottom() > top and block.blockFormat().headingLevel() == 2:
            return block.text().lstrip("\u200b")  # see shaped_headings
        block = block.next()
    return ""


@pytest.mark.parametrize(
    ("language", "step"), [("en", Step.FIX), ("th", Step.THE_CALL), ("bn", Step.WHY)]
)
def test_the_guide_opens_in_the_window_s_language_at_the_step_asked_for(
    qtbot: QtBot, window: MainWindow, catalogues: Path, language: str, step: Step
) -> None:
    install(language, catalogues)
    shown = show_help(window, window.findChildren(QAction), step)
    qtbot.waitExposed(shown)
    assert shown.isVisible() and not shown.isModal()
    assert shown.pages.currentIndex() == GUIDE
    assert first_heading_shown(shown) == step_title(step, language)
    opening = shown.guide.document().firstBlock().text()
    assert opening == headings_title(language)


def headings_title(language: str) -> str:
    """The guide's own title (its <h1>) in `language`."""
    text = guide_path(language).read_text(encoding="utf-8")
    return text.split("<h1>", 1)[1].split("</h1>", 1)[0].strip()


def test_a_second_f1_brings_the_same_help_window_to_the_new_step(
    qtbot: QtBot, window: MainWindow
) -> None:
    actions = window.findChildren(QAction)
    first = show_help(window, actions, Step.WHAT_HAPPENED)
    qtbot.waitExposed(first)
    assert first_heading_shown(first) == step_title(Step.WHAT_HAPPENED, "en")
    first.pages.setCurrentIndex(SHORTCUTS)
    again = show_help(window, actions, Step.MAKE_IT_RIGHT)
    assert again is first
    assert len(window.findChildren(HelpWindow)) == 1
    assert again.pages.currentIndex() == GUIDE
    assert first_heading_shown(again) == step_title(Step.MAKE_IT_RIGHT, "en")
    first.close()
    reopened = show_help(window, actions)
    assert reopened is first and reopened.isVisible()
    assert reopened.guide.verticalScrollBar().value() == 0


def rows(help_window: HelpWindow) -> dict[str, str]:
    """What each listed action does, and its keys, as the shortcuts page shows them."""
    listed = {}
    model = help_window.shortcuts.model()
    for group in range(model.rowCount()):
        menu = model.index(group, 0)
        for row in range(model.rowCount(menu)):
            listed[model.index(row, 0, menu).data()] = model.index(row, 1, menu).data()
    return listed


def groups(help_window: HelpWindow) -> list[str]:
    """The menus' names that head the shortcuts page's groups."""
    model = help_window.shortcuts.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_shortcuts_page_lists_every_action_that_has_a_shortcut_in_native_text(
    qtbot: QtBot, qtmodeltester: object, window: MainWindow
) -> None:
    actions = window.findChildren(QAction)
    shown = show_shortcuts(window, actions)
    qtbot.waitExposed(shown)
    assert shown.pages.currentIndex() == SHORTCUTS
    qtmodeltester.check(shown.shortcuts.model())  # type: ignore[attr-defined]
    with_keys = [a for a in actions if a.shortcuts() and a.text()]
    assert len(with_keys) >= 20, "the window's menus are not in place"
    listed = rows(shown)
    assert len(listed) == len(with_keys)
    for action in with_keys:
        words = action.text().replace("&", "").removesuffix("…")
        assert listed.get(words) == action.shortcut().toString(NATIVE), words
    assert listed["New incident"] == QKeySequence("Ctrl+N").toString(NATIVE)
    with_shortcuts = [menu for menu in window.menus if any(a.shortcuts() for a in menu.actions())]
    assert groups(shown) == [menu.title().replace("&", "") for menu in with_shortcuts]
    assert len(groups(shown)) >= 4


def test_the_shortcuts_page_follows_a_changed_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    actions = window.findChildren(QAction)
    shown = show_shortcuts(window, actions)
    new = next(a for a in actions if a.text() == "&New incident")
    new.setShortcut(QKeySequence("Ctrl+Shift+J"))
    assert rows(shown)["New incident"] == QKeySequence("Ctrl+Shift+J").toString(NATIVE)
    new.setShortcut(QKeySequence())
    assert "New incident" not in rows(shown)


def test_the_shortcuts_of_a_thai_window_show_no_access_key_marks(
    qtbot: QtBot, journal: Journal, catalogues: Path
) -> None:
    install("th", catalogues)
    thai = MainWindow(journal)
    qtbot.addWidget(thai)
    with qtbot.waitSignal(thai.browse.list_shown):
        thai.show()
    shown = show_shortcuts(thai, thai.findChildren(QAction))
    listed = rows(shown)
    assert "เหตุการณ์ใหม่" in listed  # New incident, as the Thai menu says it
    marked = [words for words in listed if "&" in words or "(" in words]
    assert not marked
    thai.close()


def test_the_help_window_shows_only_translated_words(
    qtbot: QtBot, marking: None, window: MainWindow
) -> None:
    shown = show_help(window, window.findChildren(QAction))
    qtbot.waitExposed(shown)
    assert unmarked(shown) == []
    shown.pages.setCurrentIndex(SHORTCUTS)
    headed = groups(shown)
    assert headed and all(group.startswith(MARK) for group in headed), headed
