"""Help: the guide to the method in the window's language, and the window's own shortcuts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

import resources
from journal import i18n
from journal.fields import Step
from ui.fonts import user_font
from ui.named import named

GUIDE, SHORTCUTS = 0, 1  # the Help window's pages, in their order
# The guide's look: its own words and headings, in the palette's colours (light or dark).
GUIDE_STYLE = "h1 { font-size: x-large; } h2 { margin-top: 18px; } p { line-height: 125%; }"
# An access key as Thai and Bengali menus mark it, after the words: "รูปแบบที่เกิดซ้ำ(&P)".
ACCESS_KEY_AFTER = re.compile(r"\s*\(&[^)]\)")


def guide_path(language: str) -> Path:
    """The guide in `language`, or the English one where there is none in it."""
    folder = Path(resources.__file__).parent / "help"
    wanted = folder / f"guide_{language}.html"
    return wanted if wanted.is_file() else folder / f"guide_{i18n.SOURCE_LANGUAGE}.html"


def shaped_headings(html: str) -> str:
    """The guide with a zero-width space opening each heading: Qt shapes the first letter of
    a heading that carries an anchor apart from its marks (Bengali vowel signs land on dotted
    circles); with anything before it, the word is shaped whole."""
    return re.sub(r"(<h[1-6]\s[^>]*\bid=[^>]*>)", "\\1\u200b", html)


def step_anchor(step: Step | int) -> str:
    """The guide's anchor of a worksheet step, from its name in the code: "make-it-right"."""
    return Step(step).name.lower().replace("_", "-")


def action_words(text: str) -> str:
    """An action's text as a person reads it: no access key marks, no trailing ellipsis."""
    text = ACCESS_KEY_AFTER.sub("", text)
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.removesuffix("…").removesuffix("...").strip()


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str, str]]:
    """(menu, what it does, keys) of each action with a shortcut and words, in the given
    order, once each; the keys as this platform writes them ("Ctrl+N", "⌘N")."""
    rows, seen = [], set()
    for action in actions:
        if id(action) in seen or not action.shortcuts() or not action_words(action.text()):
            continue
        seen.add(id(action))
        keys = ", ".join(
            sequence.toString(QKeySequence.SequenceFormat.NativeText)
            for sequence in action.shortcuts()
        )
        menus = [owner for owner in action.associatedObjects() if isinstance(owner, QMenu)]
        menu = action_words(menus[0].title()) if menus else ""
        rows.append((menu, action_words(action.text()), keys))
    return rows


class HelpWindow(QDialog):
    """The guide and the shortcuts, beside the main window (not modal): one at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Amends Help"))
        self.language = i18n.current_language()
        self.guide = named(QTextBrowser(), "guide")
        self.guide.setFont(user_font(11))
        self.guide.setOpenExternalLinks(False)
        self.guide.document().setDefaultStyleSheet(GUIDE_STYLE)
        self.guide.document().setDocumentMargin(16)
        self.guide.setHtml(shaped_headings(guide_path(self.language).read_text(encoding="utf-8")))
        self.keys = QStandardItemModel(self)
        self.shortcuts = named(QTreeView(), "shortcuts")
        self.shortcuts.setModel(self.keys)
        self.shortcuts.setFont(user_font(10.5))
        self.shortcuts.setRootIsDecorated(False)
        self.shortcuts.setItemsExpandable(False)
        self.shortcuts.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.shortcuts.setSelectionMode(QTreeView.SelectionMode.NoSelection)
        self.pages = named(QTabWidget(), "help_pages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.guide, self.tr("&Guide to the method"))
        self.pages.addTab(self.shortcuts, self.tr("&Keyboard shortcuts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("close")
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self.watched: list[QAction] = []
        room = self.screen().availableGeometry()
        self.resize(min(720, room.width()), min(640, room.height()))

    def list_shortcuts(self, actions: Iterable[QAction]) -> None:
        """The shortcuts page, from these actions as they are now; it follows them when one
        of them changes (its shortcut or its words)."""
        for action in self.watched:
            action.changed.disconnect(self.relist)
        self.watched = list(actions)
        for action in self.watched:
            action.changed.connect(self.relist)
        self.relist()

    def relist(self) -> None:
        """The shortcuts under the name of their menu, in the menus' order."""
        self.keys.clear()
        self.keys.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        groups: dict[str, QStandardItem] = {}
        for menu, words, keys in shortcut_rows(self.watched):
            if menu not in groups:
                groups[menu] = QStandardItem(menu or self.tr("Elsewhere"))
                font = groups[menu].font()
                font.setBold(True)
                groups[menu].setFont(font)
                self.keys.appendRow([groups[menu], QStandardItem()])
            groups[menu].appendRow([QStandardItem(words), QStandardItem(keys)])
        for row in range(self.keys.rowCount()):
            self.shortcuts.setFirstColumnSpanned(row, QModelIndex(), True)
        self.shortcuts.expandAll()
        header = self.shortcuts.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def show_step(self, step: Step | int | None) -> None:
        """The guide, at the section on the worksheet's `step` (at its start if None)."""
        self.pages.setCurrentIndex(GUIDE)
        if step is None:
            self.guide.verticalScrollBar().setValue(0)
        else:
            self.guide.scrollToAnchor(step_anchor(step))


def show_help(
    window: QWidget, actions: Iterable[QAction], step: Step | int | None = None, page: int = GUIDE
) -> HelpWindow:
    """The Help window over `window`, brought forward if it is open already (in the window's
    language now), its shortcuts read anew from `actions`; at `page`, and for the guide at
    the section on the worksheet's `step` if one is given."""
    shown = window.findChild(HelpWindow)
    if shown is not None and shown.language != i18n.current_language():
        shown.close()
        shown.deleteLater()
        shown.setParent(None)
        shown = None
    if shown is None:
        shown = HelpWindow(window)
    shown.list_shortcuts(actions)
    shown.show()  # laid out first, so that the anchor is found where it will be shown
    if page == SHORTCUTS:
        shown.pages.setCurrentIndex(SHORTCUTS)
    else:
        shown.show_step(step)
    shown.raise_()
    shown.activateWindow()
    return shown


def show_shortcuts(window: QWidget, actions: Iterable[QAction]) -> HelpWindow:
    """The Help window at its page of keyboard shortcuts."""
    return show_help(window, actions, page=SHORTCUTS)
