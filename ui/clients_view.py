"""The clients view: each client with how often it went wrong and how they took it.

Thousands of clients show at once: what Find looks in is made on the reader's thread, and
the model makes a row's text when the row is first shown and a column's sort keys when
first sorted by it. A first page of clients can show before the rest (show_clients with a
PreparedClients that is not complete, then the whole list): the selected client stays."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.figures import ClientSummary
from journal.formats import day, money
from journal.i18n import QT_TRANSLATE_NOOP
from journal.naming import name_key
from journal.words import FLAG_WORDS, category_word
from ui.fonts import user_font
from ui.journal_columns import StretchFit, set_widths, widest_day
from ui.named import named
from ui.plain_text import tooltip
from ui.row_order import move_persistent_rows

# The columns' headings, in English; translated where shown (ClientsModel.headerData).
COLUMNS = (
    QT_TRANSLATE_NOOP("ClientsView", "Client"),
    QT_TRANSLATE_NOOP("ClientsView", "Company"),
    QT_TRANSLATE_NOOP("ClientsView", "Incidents"),
    QT_TRANSLATE_NOOP("ClientsView", "Categories"),
    QT_TRANSLATE_NOOP("ClientsView", "Last incident"),
    QT_TRANSLATE_NOOP("ClientsView", "Compensation"),
    QT_TRANSLATE_NOOP("ClientsView", "Stayed"),
    QT_TRANSLATE_NOOP("ClientsView", "Advocate"),
)
INCIDENTS = COLUMNS.index("Incidents")
COMPANY = COLUMNS.index("Company")
Index = QModelIndex | QPersistentModelIndex


def compensation_words(client: ClientSummary) -> str:
    """What was offered to the client in each currency, and how much of it was delivered."""
    said = []
    for currency, offered, delivered in client.compensation:
        template = QCoreApplication.translate("ClientsView", "{offered}, not delivered yet")
        if delivered >= offered:
            template = QCoreApplication.translate("ClientsView", "{offered}, delivered")
        elif delivered:
            template = QCoreApplication.translate("ClientsView", "{offered}, {delivered} delivered")
        said.append(
            template.format(offered=money(offered, currency), delivered=money(delivered, currency))
        )
    return "; ".join(said)


def _row(client: ClientSummary) -> tuple[str, ...]:
    compensation = compensation_words(client)
    values = (
        client.name,
        client.company,
        str(client.incidents),
        ", ".join(category_word(name) for name in client.categories),
        day(client.last_on) if client.last_on else "—",
        compensation or "—",
        FLAG_WORDS[client.stayed],
        FLAG_WORDS[client.advocate],
    )
    return tuple(" ".join(value.split()) for value in values)


class PreparedClients(NamedTuple):
    """The clients, most incidents first, and what Find looks in for each (every word of its
    row, as names compare: journal.naming.name_key), made on the reader's thread; `complete`
    is False for a first page shown while the rest is read."""

    clients: list[ClientSummary]
    folded: list[str]
    complete: bool = True


def prepare(clients: list[ClientSummary], complete: bool = True) -> PreparedClients:
    """What Find looks in; each row's text is made when it is shown (making all of them
    here took as long again: 50 ms for 12,000 clients)."""
    categories: dict[tuple[str, ...], str] = {}  # clients share the same few categories
    folded = []
    for client in clients:
        kinds = categories.get(client.categories)
        if kinds is None:
            kinds = ", ".join(category_word(name) for name in client.categories)
            categories[client.categories] = kinds
        words = (
            client.name,
            client.company,
            str(client.incidents),
            kinds,
            day(client.last_on) if client.last_on else "—",
            compensation_words(client) or "—",
            FLAG_WORDS[client.stayed],
            FLAG_WORDS[client.advocate],
        )
        folded.append(name_key(" ".join(words)))  # the words of _row(client)
    return PreparedClients(clients, folded, complete)


def _sort_keys(column: int) -> Callable[[ClientSummary], Any]:
    """What a column sorts by: names by journal.naming.name_key, the rest by value."""
    keys: tuple[Callable[[ClientSummary], Any], ...] = (
        lambda client: name_key(client.name),
        lambda client: name_key(client.company),
        lambda client: client.incidents,
        lambda client: len(client.categories),
        lambda client: client.last_on.isoformat() if client.last_on else "",
        lambda client: sum(offered for _, offered, _ in client.compensation),
        lambda client: -1 if client.stayed is None else int(client.stayed),
        lambda client: -1 if client.advocate is None else int(client.advocate),
    )
    return keys[column]


class ClientsModel(QAbstractTableModel):
    """Every client; found and sorted here (thousands of clients: a sort-filter proxy asking
    data() for each cell takes seconds)."""

    def __init__(self) -> None:
        super().__init__()
        self.clients: list[ClientSummary] = []
        self.complete = True
        self.texts: dict[int, tuple[str, ...]] = {}  # by position in clients, made when shown
        self.keys: dict[int, list[Any]] = {}  # each column's sort keys, made when sorted by it
        self.folded: list[str] = []  # what Find looks in, for each client
        self.shown: list[int] = []  # positions in self.clients, in the order shown
        self.find = ""
        self.order = (INCIDENTS, Qt.SortOrder.DescendingOrder)

    def show(self, prepared: PreparedClients) -> None:
        self.beginResetModel()
        self.clients, self.folded, self.complete = prepared
        self.texts, self.keys = {}, {}
        self._arrange()
        self.endResetModel()

    def set_find(self, text: str) -> None:
        self.beginResetModel()
        self.find = name_key(text)
        self._arrange()
        self.endResetModel()

    def _text(self, position: int) -> tuple[str, ...]:
        text = self.texts.get(position)
        if text is None:
            text = self.texts[position] = _row(self.clients[position])
        return text

    def _arrange(self) -> None:
        positions: range | list[int] = range(len(self.clients))
        if self.find:
            positions = [p for p in positions if self.find in self.folded[p]]
        column, order = self.order
        keys = self.keys.get(column)
        if keys is None:
            key = _sort_keys(column)
            keys = self.keys[column] = [key(client) for client in self.clients]
        self.shown = sorted(
            positions, key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        before = list(self.shown)
        self.order = (column, order)
        self._arrange()
        move_persistent_rows(self, before, self.shown)
        self.layoutChanged.emit()

    def client_at(self, row: int) -> ClientSummary | None:
        return self.clients[self.shown[row]] if 0 <= row < len(self.shown) else None

    def row_of(self, client_id: int) -> int:
        """The row showing that client; -1 if none does."""
        return next(
            (row for row, p in enumerate(self.shown) if self.clients[p].id == client_id), -1
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.shown):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == INCIDENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        text = self._text(self.shown[index.row()])[index.column()]
        return tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ClientsView", COLUMNS[section])
        return None


class ClientsView(QWidget):
    show_incidents = Signal(object, str)  # IncidentFilter, label
    edit_client = Signal(int)  # the client's id
    find: QLineEdit  # type: ignore[assignment]  # the Find box hides QWidget.find, a lookup by id

    def __init__(self) -> None:
        super().__init__()
        self.model = ClientsModel()
        self.find = named(QLineEdit(), "find_client")
        self.find.setPlaceholderText(self.tr("Find a client"))
        self.find.setClearButtonEnabled(True)
        self.find.setFont(user_font(11))
        self.find.textChanged.connect(self.on_find)
        self.find.returnPressed.connect(self.show_current)
        self.open = named(QPushButton(self.tr("Show their incidents")), "show_incidents")
        self.open.clicked.connect(self.show_current)
        self.edit = named(QPushButton(self.tr("E&dit details…")), "edit_client")
        self.edit.clicked.connect(self.edit_current)
        top = QHBoxLayout()
        top.addWidget(self.find, 1)
        top.addWidget(self.open)
        top.addWidget(self.edit)
        self.table = named(QTableView(), "clients")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(INCIDENTS, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setFont(user_font(10.5))
        # Room for the last incident's day as the language writes it, and for "Not known
        # yet"; the company takes what room is left (the last column took it, and the
        # company and the compensation were cut while "Advocate" stood in 300 pixels).
        cells = QFontMetrics(self.table.font())
        last = widest_day(cells)
        flag = max(cells.horizontalAdvance(FLAG_WORDS[known]) for known in FLAG_WORDS) + 16
        widths = (150, 150, 60, 150, max(100, last), 200, max(64, flag), max(64, flag))
        set_widths(self.table, widths)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COMPANY, QHeaderView.ResizeMode.Stretch)
        self.fit = StretchFit(self.table, COMPANY)
        self.fit.start()
        self.table.activated.connect(self.show_current)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.hint = named(QLabel(self.tr("Reading your clients…")), "hint")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)

    def show_clients(self, prepared: PreparedClients) -> None:
        """Show the clients read; the client selected stays selected (a first page, then
        the rest)."""
        chosen = self.model.client_at(self.table.currentIndex().row())
        self.model.show(prepared)
        if not prepared.complete:
            self.hint.setText(self.tr("Reading your clients…"))
        elif self.model.clients:
            self.hint.setText(
                self.tr("Enter or double-click a client to see their incidents in the journal.")
            )
        else:
            self.hint.setText(
                self.tr("No clients yet: they appear here with their first incident.")
            )
        row = -1 if chosen is None else self.model.row_of(chosen.id)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.select_first()
        self._enable()

    def on_find(self, text: str) -> None:
        self.model.set_find(text)
        self.select_first()
        self._enable()

    def select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)

    def _enable(self) -> None:
        """The buttons act on the chosen client: with none (Find matched nobody), they rest."""
        chosen = self.model.client_at(self.table.currentIndex().row()) is not None
        self.open.setEnabled(chosen)
        self.edit.setEnabled(chosen)

    def edit_current(self) -> None:
        client = self.model.client_at(self.table.currentIndex().row())
        if client is not None:
            self.edit_client.emit(client.id)

    def show_current(self) -> None:
        client = self.model.client_at(self.table.currentIndex().row())
        if client is not None:
            self.show_incidents.emit(client.selection, "")
