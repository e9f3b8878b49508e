"""One start of the window on a journal, for the window-memory tests, on the screens that
QT_QPA_PLATFORM's config file describes: `python -m tests.ui.window_memory_run JOURNAL ARRANGE`
shows the window, arranges it as asked (a JSON object, or {} to leave it), prints what it
shows as JSON, and closes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QTimer
from PySide6.QtWidgets import QApplication, QSplitter, QTableView

from journal.service import Journal
from ui.main_window import MainWindow


def main() -> None:
    app = QApplication(sys.argv[:1])
    journal = Journal(Path(sys.argv[1]))
    arrange = json.loads(sys.argv[2])
    window = MainWindow(journal)
    window.show()

    def clients_table() -> QTableView | None:
        return window.findChild(QTableView, "clients")

    def report() -> None:
        divider = window.findChild(QSplitter, "list_and_page")
        journal_table = window.findChild(QTableView, "journal")
        assert divider is not None and journal_table is not None
        if "geometry" in arrange:
            window.setGeometry(QRect(*arrange["geometry"]))
        if "divider" in arrange:
            divider.setSizes(arrange["divider"])
        if "journal_column" in arrange:
            journal_table.setColumnWidth(1, arrange["journal_column"])
        window.show_view(1)
        QTimer.singleShot(200, lambda: finish(divider, journal_table))

    def finish(divider: QSplitter, journal_table: QTableView) -> None:
        clients = clients_table()
        assert clients is not None
        if "clients_column" in arrange:
            clients.setColumnWidth(0, arrange["clients_column"])
        geometry = window.geometry()
        shown = {
            "restored": window.layout_restored,
            "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
            "screen": window.screen().name(),
            "divider": divider.sizes(),
            "journal_column": journal_table.columnWidth(1),
            "clients_column": clients.columnWidth(0),
        }
        window.close()
        journal.close()
        print(json.dumps(shown))
        app.quit()

    window.browse.list_shown.connect(lambda: QTimer.singleShot(50, report))
    app.exec()


if __name__ == "__main__":
    main()
