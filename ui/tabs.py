"""The Clients and Patterns tabs: each built when first shown, read on the reader's thread,
and read again when shown after a change that concerns it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from journal.domain import Changes
from journal.errors import JournalError
from journal.i18n import QT_TRANSLATE_NOOP
from journal.service import Journal
from ui.reader import Job, Reader

if TYPE_CHECKING:
    from journal.figures import Patterns
    from ui.clients_view import ClientsView, PreparedClients
    from ui.patterns_view import PatternsView

PATTERNS_SHOWN = 25  # the longest list the Patterns view shows
CLIENTS_FIRST_PAGE = 100  # more than a screenful, read in about a tenth of the whole list
V = TypeVar("V", bound=QWidget)
Tell = Callable[[str, bool], None]  # a message for the status bar, and whether it is an error


class ClientsRead(NamedTuple):
    """Every client with the text of its row, made on the reader's thread."""

    clients: PreparedClients


class PatternsRead(NamedTuple):
    patterns: Patterns
    today: dt.date  # the day overdue steps were counted from


def read_clients(journal: Journal) -> ClientsRead:
    from ui.clients_view import prepare

    return ClientsRead(prepare(journal.clients.summaries()))


def read_clients_first_page(journal: Journal) -> ClientsRead:
    from ui.clients_view import prepare

    return ClientsRead(prepare(journal.clients.first_page(CLIENTS_FIRST_PAGE), complete=False))


def read_patterns(journal: Journal) -> PatternsRead:
    return PatternsRead(journal.patterns.figures(limit=PATTERNS_SHOWN), journal.today())


class LazyTab(Generic[V]):
    """One tab's view and whether it must be read again. Until first shown, the tab holds a
    placeholder: the view's module is not even loaded."""

    label = ""  # the tab's title, in English (translated where shown)

    def __init__(
        self, tabs: QTabWidget, index: int, reader: Reader, tell: Tell, wire: Callable[[V], Any]
    ) -> None:
        self.tabs, self.index, self.reader, self.tell, self.wire = tabs, index, reader, tell, wire
        self.view: V | None = None
        self.stale = True  # read when next shown
        tabs.insertTab(index, QWidget(), self.title())

    def title(self) -> str:
        return QCoreApplication.translate("LazyTab", self.label)

    def concerns(self, changes: Changes) -> bool:
        raise NotImplementedError

    def build(self) -> V:
        raise NotImplementedError

    def job(self) -> Job[Any]:
        raise NotImplementedError

    def jobs(self) -> list[Job[Any]]:
        """What to read when shown, in order."""
        return [self.job()]

    def on_changes(self, changes: Changes) -> None:
        if self.concerns(changes):
            self.stale = True
            if self.is_shown():
                self.shown()

    def is_shown(self) -> bool:
        return self.tabs.currentIndex() == self.index and self.tabs.isVisible()

    def shown(self) -> None:
        """The tab is in front: built if it is not yet, read if it is stale."""
        if self.view is None:
            self.view = self.build()
            self.wire(self.view)
            self._put(self.view)
        if self.stale:
            self.stale = False
            for job in self.jobs():
                self.reader.submit(job)

    def restyle(self) -> None:
        """The palette changed: built again, in its colours, when next shown."""
        if self.view is None:
            return
        self.view = None
        self.stale = True
        self._put(QWidget())
        if self.is_shown():
            self.shown()

    def failed(self, error: JournalError) -> None:
        self.stale = True  # read again when shown next
        self.tell(error.in_window(), True)

    def _put(self, widget: QWidget) -> None:
        tabs = self.tabs
        current = tabs.currentIndex()
        tabs.blockSignals(True)
        old = tabs.widget(self.index)
        tabs.removeTab(self.index)
        if old is not None:
            old.deleteLater()  # a placeholder, or a view built in another palette
        tabs.insertTab(self.index, widget, self.title())
        tabs.setCurrentIndex(current)
        tabs.blockSignals(False)


class ClientsTab(LazyTab["ClientsView"]):
    label = QT_TRANSLATE_NOOP("LazyTab", "&Clients")

    def concerns(self, changes: Changes) -> bool:
        """Counts, categories and compensation per client: any incident, any client."""
        return bool(changes.incidents or changes.deleted or changes.clients or changes.everything)

    def build(self) -> ClientsView:
        from ui.clients_view import ClientsView

        return ClientsView()

    def job(self) -> Job[ClientsRead]:
        return Job("clients", read_clients, self.show, self.failed)

    def jobs(self) -> list[Job[Any]]:
        """The clients with the most incidents first, shown within a frame or two; then all of
        them (every client's summary takes a few hundred ms at 100,000 incidents)."""
        if self.view is not None and self.view.model.clients:
            return [self.job()]  # a list is shown: it stays until the new one is read
        first = Job("clients first page", read_clients_first_page, self.show, self.failed)
        return [first, self.job()]

    def show(self, read: ClientsRead) -> None:
        if self.view is not None:
            self.view.show_clients(read.clients)


class PatternsTab(LazyTab["PatternsView"]):
    label = QT_TRANSLATE_NOOP("LazyTab", "&Patterns")

    def concerns(self, changes: Changes) -> bool:
        """Every figure counts incidents by client and category."""
        return bool(
            changes.incidents
            or changes.deleted
            or changes.clients
            or changes.categories
            or changes.everything
        )

    def build(self) -> PatternsView:
        from ui.patterns_view import PatternsView

        return PatternsView()

    def job(self) -> Job[PatternsRead]:
        return Job("patterns", read_patterns, self.show, self.failed)

    def show(self, read: PatternsRead) -> None:
        if self.view is not None:
            self.view.show_patterns(read.patterns, read.today)
