"""The clients view: each client with how often it went wrong and how they took it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
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

from journal.domain import IncidentFilter, format_money
from journal.figures import ClientSummary
from ui.fonts import user_font
from ui.plain_text import tooltip

COLUMNS = (
    "Client", "Company", "Incidents", "Categories", "Last incident", "Compensation given",
    "Stayed", "Advocate",
)  # fmt: skip
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def _yes_no(value: bool | None) -> str:
    return "—" if value is None else ("yes" if value else "no")


class ClientsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.clients: list[ClientSummary] = []

    def show(self, clients: list[ClientSummary]) -> None:
        self.beginResetModel()
        self.clients = clients
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.clients)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.clients):
            return None
        client = self.clients[index.row()]
        column = index.column()
        if role == SORT_ROLE:
            sortable = (
                client.name.casefold(), client.company.casefold(), client.incidents,
                len(client.categories), client.last_on.isoformat() if client.last_on else "",
                sum(total for _, total in client.compensation),
                -1 if client.stayed is None else int(client.stayed),
                -1 if client.advocate is None else int(client.advocate),
            )  # fmt: skip
            return sortable[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = (
            client.name,
            client.company,
            str(client.incidents),
            ", ".join(client.categories),
            client.last_on.isoformat() if client.last_on else "—",
            ", ".join(
                f"{format_money(total)} {currency}" for currency, total in client.compensation
            )
            or "—",
            _yes_no(client.stayed),
            _yes_no(client.advocate),
        )
        text = " ".join(values[column].split())
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
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.find = QLineEdit(objectName="find_client", placeholderText="Find a client")
        self.find.setClearButtonEnabled(True)
        self.find.setFont(user_font(11))
        self.find.textChanged.connect(self.proxy.setFilterFixedString)
        self.open = QPushButton("Show their incidents", objectName="show_incidents")
        self.open.clicked.connect(self.show_current)
        top = QHBoxLayout()
        top.addWidget(self.find, 1)
        top.addWidget(self.open)
        self.table = QTableView(objectName="clients")
        self.table.setModel(self.proxy)
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
        self.hint = QLabel(
            "Enter or double-click a client to see their incidents in the journal.",
            objectName="hint",
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)

    def show_clients(self, clients: list[ClientSummary]) -> None:
        self.model.show(clients)
        self.proxy.sort(self.proxy.sortColumn(), self.proxy.sortOrder())
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def show_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        client = self.model.clients[self.proxy.mapToSource(index).row()]
        self.show_incidents.emit(IncidentFilter(client=client.name), "")
