"""The briefing preview: the one page as it will print, with Save as PDF… and Print…."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.briefing.markup import MISSING_MARKER
from journal.errors import JournalError, reason
from journal.reports import Briefing
from journal.service import Journal
from ui.named import named
from ui.scratch import scratch_folder
from ui.theme import colors

ZOOM_STEP = 1.25
ZOOM_LEAST, ZOOM_MOST = 0.25, 4.0


class BriefingPreview(QDialog):
    """Shows the page; nothing is written where the user keeps files until they save it."""

    def __init__(self, journal: Journal, incident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Briefing for the call"))
        screen = (parent.screen() if parent else self.screen()).availableGeometry()
        self.resize(min(760, screen.width() - 40), min(900, screen.height() - 60))
        self.folder = Path(tempfile.mkdtemp(dir=scratch_folder(), prefix="brief-"))
        self.finished.connect(lambda _: shutil.rmtree(self.folder, ignore_errors=True))
        self.incident_id = incident_id
        self.briefing: Briefing = journal.briefings.write(incident_id, self.folder / "briefing.pdf")
        self.document = QPdfDocument(self)
        self.document.load(str(self.briefing.path))
        self.view = view = named(QPdfView(self), "page")
        view.setDocument(self.document)
        view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.warning = named(QLabel(self.notice(), wordWrap=True), "warning")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setVisible(bool(self.warning.text()))
        self.warning.setStyleSheet(colors().warning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        save = QPushButton(self.tr("Save as PDF…"))
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.clicked.connect(self.save_as)
        print_button = QPushButton(self.tr("Print…"))
        print_button.setShortcut(QKeySequence.StandardKey.Print)
        print_button.clicked.connect(self.print_page)
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(print_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Closer, to read the small print before the call; the whole page again with Ctrl+0.
        for name, words, keys, step in (
            ("zoom_in", self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn, ZOOM_STEP),
            ("zoom_out", self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut, 1 / ZOOM_STEP),
            ("whole_page", self.tr("Whole page"), QKeySequence("Ctrl+0"), 0.0),
        ):
            button = named(QPushButton(words), name)
            button.setShortcut(keys)
            button.setToolTip(button.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            button.clicked.connect(lambda _=False, step=step: self.zoom(step))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ResetRole)
        # Ctrl+= as well, as browsers take it: "+" is a shifted key on most keyboards.
        QShortcut(QKeySequence("Ctrl+="), self, lambda: self.zoom(ZOOM_STEP))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)

    def zoom(self, step: float) -> None:
        """The page `step` times as large as it is shown now (0: the whole page again)."""
        if not step:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
            return
        factor = min(max(self.shown_factor() * step, ZOOM_LEAST), ZOOM_MOST)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)

    def shown_factor(self) -> float:
        """How large the page is shown now, as QPdfView counts it (1: its size in points
        at the screen's resolution), whether fitted to the view or zoomed."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            return self.view.zoomFactor()
        page, room = self.document.pagePointSize(0), self.view.viewport().size()
        margins, dots = self.view.documentMargins(), self.view.logicalDpiX() / 72
        wide = room.width() - margins.left() - margins.right()
        high = room.height() - margins.top() - margins.bottom()
        if page.isEmpty() or wide <= 0 or high <= 0:  # no page read, or no room to show it
            return 1.0
        return min(wide / (page.width() * dots), high / (page.height() * dots))

    def notice(self) -> str:
        parts = []
        if self.briefing.cut:
            left = self.tr("To keep it to one page, these are left for your journal: {parts}.")
            parts.append(left.format(parts=", ".join(self.briefing.cut)))
        elif self.briefing.shortened:
            parts.append(self.tr("Some long text was shortened to keep it to one page."))
        if self.briefing.missing_characters:
            shown = " ".join(self.briefing.missing_characters)
            missing = self.tr(
                "These characters are in no bundled font and print as {marker}: {characters}"
            )
            parts.append(missing.format(marker=MISSING_MARKER, characters=shown))
        return " ".join(parts)

    def save_as(self) -> Path | None:
        suggested = str(Path.home() / f"briefing-{self.incident_id}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the briefing"), suggested, self.tr("PDF (*.pdf)")
        )
        return self.save_to(Path(path)) if path else None

    def save_to(self, path: Path) -> Path:
        try:
            shutil.copyfile(self.briefing.path, path)
            path.chmod(0o600)
        except OSError as error:
            said = self.tr("Could not save to {path}: {reason}")
            self.warning.setText(said.format(path=path, reason=reason(error)))
            self.warning.show()
            raise JournalError(str(error)) from error
        return path

    def print_page(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.paint_on(printer)

    def paint_on(self, printer: QPrinter) -> None:
        """Draw the page as an image at the printer's resolution, scaled to its paper."""
        area = printer.pageRect(QPrinter.Unit.DevicePixel)
        page = self.document.pagePointSize(0)
        scale = min(area.width() / page.width(), area.height() / page.height())
        size = QSize(int(page.width() * scale), int(page.height() * scale))
        image = self.document.render(0, size)
        painter = QPainter(printer)
        painter.drawImage(QRectF(QPointF(0, 0), size.toSizeF()), image)
        painter.end()
