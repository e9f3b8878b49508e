"""The clients view: each client with how often it went wrong and how they took it."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.domain import format_money
from journal.figures import ClientSummary
from journal.naming import name_key
from ui.fonts import user_font
from ui.journal_model import move_persistent_rows
from ui.plain_text import tooltip

COLUMNS = (
    "Client", "Company", "Incidents", "Categories", "Last incident", "Compensation given",
    "Stayed", "Advocate",
)  # fmt: skip
Index = QModelIndex | QPersistentModelIndex


def _yes_no(value: bool | None) -> str:
    return "—" if value is None else ("yes" if value else "no")


def _row(client: ClientSummary) -> tuple[str, ...]:
    compensation = ", ".join(f"{format_money(t)} {currency}" for currency, t in client.compensation)
    values = (
        client.name,
        client.company,
        str(client.incidents),
        ", ".join(client.categories),
        client.last_on.isoformat() if client.last_on else "—",
        compensation or "—",
        _yes_no(client.stayed),
        _yes_no(client.advocate),
    )
    return tuple(" ".join(value.split()) for value in values)


class PreparedClients(NamedTuple):
    """The clients with each row's text, its folded form for finding and the keys of name
    and company for sorting (both by journal.naming.name_key): made on the reader's thread,
    so thousands of clients never hold up the window."""

    clients: list[ClientSummary]
    texts: list[tuple[str, ...]]
    folded: list[str]
    names: list[tuple[str, str]]


def prepare(clients: list[ClientSummary]) -> PreparedClients:
    texts = [_row(client) for client in clients]
    return PreparedClients(
        clients,
        texts,
        [name_key(" ".join(text)) for text in texts],
        [(name_key(client.name), name_key(client.company)) for client in clients],
    )


def _key(client: ClientSummary, names: tuple[str, str], column: int) -> Any:
    if column in (0, 1):
        return names[column]
    if column == 2:
        return client.incidents
    if column == 3:
        return len(client.categories)
    if column == 4:
        return client.last_on.isoformat() if client.last_on else ""
    if column == 5:
        return sum(total for _, total in client.compensation)
    known = client.stayed if column == 6 else client.advocate
    return -1 if known is None else int(known)


class ClientsModel(QAbstractTableModel):
    """Every client, each row's text made once; found and sorted here (thousands of clients:
    a sort-filter proxy asking data() for each cell takes seconds)."""

    def __init__(self) -> None:
        super().__init__()
        self.clients: list[ClientSummary] = []
        self.texts: list[tuple[str, ...]] = []
        self.folded: list[str] = []
        self.names: list[tuple[str, str]] = []
        self.shown: list[int] = []  # positions in self.clients, in the order shown
        self.find = ""
        self.order = (2, Qt.SortOrder.DescendingOrder)

    def show(self, prepared: PreparedClients) -> None:
        self.beginResetModel()
        self.clients, self.texts, self.folded, self.names = prepared
        self._arrange()
        self.endResetModel()

    def set_find(self, text: str) -> None:
        self.beginResetModel()
        self.find = name_key(text)
        self._arrange()
        self.endResetModel()

    def _arrange(self) -> None:
        positions = range(len(self.clients))
        if self.find:
            positions = [p for p in positions if self.find in self.folded[p]]  # type: ignore[assignment]
        column, order = self.order
        self.shown = sorted(
            positions,
            key=lambda p: _key(self.clients[p], self.names[p], column),
            reverse=order == Qt.SortOrder.DescendingOrder,
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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.shown):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        text = self.texts[self.shown[index.row()]][index.column()]
        return tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None


class ClientsView(QWidget):
    show_incidents = Signal(object, str)  # IncidentFilter, label

    def __init__(self) -> None:
        super().__init__()
        self.model = ClientsModel()
        self.find = QLineEdit(objectName="find_client", placeholderText="Find a client")
        self.find.setClearButtonEnabled(True)
        self.find.setFont(user_font(11))
        self.find.textChanged.connect(self.on_find)
        self.find.returnPressed.connect(self.show_current)
        self.open = QPushButton("Show their incidents", objectName="show_incidents")
        self.open.clicked.connect(self.show_current)
        top = QHBoxLayout()
        top.addWidget(self.find, 1)
        top.addWidget(self.open)
        self.table = QTableView(objectName="clients")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setFont(user_font(10.5))
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((190, 150, 80, 300, 100, 170, 64)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self.show_current)
        self.hint = QLabel("Reading your clients…", objectName="hint")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)

    def show_clients(self, prepared: PreparedClients) -> None:
        self.model.show(prepared)
        self.hint.setText(
            "Enter or double-click a client to see their incidents in the journal."
            if self.model.clients
            else "No clients yet: they appear here with their first incident."
        )
        self.select_first()

    def on_find(self, text: str) -> None:
        self.model.set_find(text)
        self.select_first()

    def select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)

    def show_current(self) -> None:
        client = self.model.client_at(self.table.currentIndex().row())
        if client is not None:
            self.show_incidents.emit(client.selection, "")
