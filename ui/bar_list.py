"""A ranked list drawn as bars: a label, a bar as long as its count, the count; click to open."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.fonts import user_font
from ui.plain_text import tooltip

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
PART_ROLE = Qt.ItemDataRole.UserRole + 2  # the share of the bar drawn solid (delivered, say)
MAX_ROLE = Qt.ItemDataRole.UserRole + 4
COUNT_ROLE = Qt.ItemDataRole.UserRole + 5  # the figure printed at the bar's end
# The list's widest figure: every bar is measured against the same room, so that a bar's
# length says its value, never how long its figure is written ("€150" or "THB 3,500").
WIDEST_ROLE = Qt.ItemDataRole.UserRole + 6
AFTER_ROLE = Qt.ItemDataRole.UserRole + 7  # the label's end, never cut: " — Karin Sjöberg"
ROW_HEIGHT = 26
LABEL_SHARE = 0.5  # of the row's width


class Bar(NamedTuple):
    label: str
    value: float  # 0: no bar, just the label and the figure
    count_text: str
    target: object  # what a click opens: a filter, an incident id
    tip: str = ""
    part: float | None = None  # drawn solid; the rest of the bar lighter
    after: str = ""  # shown whole after the label, which is shortened to make room for it


def shown_label(metrics: QFontMetrics, label: str, after: str, width: int) -> str:
    """The label in `width` pixels on one line: shortened at its end, but `after` whole."""
    after = " ".join(after.split())
    if after:  # whose it is takes at most half the row: the label always shows its start
        after = " " + metrics.elidedText(after, Qt.TextElideMode.ElideRight, width // 2)
    room = max(width - metrics.horizontalAdvance(after), 0)
    return metrics.elidedText(" ".join(label.split()), Qt.TextElideMode.ElideRight, room) + after


class BarDelegate(QStyledItemDelegate):
    def __init__(self, color: str, parent: QListView) -> None:
        super().__init__(parent)
        self.color = QColor(color)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        label = option.text
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect = option.rect.adjusted(6, 3, -6, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(text_role))
        count = str(index.data(COUNT_ROLE))
        count_width = option.fontMetrics.horizontalAdvance(count) + 8
        value = float(index.data(VALUE_ROLE) or 0.0)
        # Without a value, a plain row: the label, and the figure at the right.
        label_width = int(rect.width() * LABEL_SHARE) if value else rect.width() - count_width
        label_rect = QRect(rect.left(), rect.top(), label_width - 8, rect.height())
        after = str(index.data(AFTER_ROLE) or "")
        elided = shown_label(option.fontMetrics, label, after, label_rect.width())
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter, elided)
        if not value:
            right = QRect(rect.right() - count_width, rect.top(), count_width, rect.height())
            painter.drawText(
                right, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, count
            )
            painter.restore()
            return
        widest = str(index.data(WIDEST_ROLE) or count)
        bar_room = rect.width() - label_width - option.fontMetrics.horizontalAdvance(widest) - 8
        biggest = float(index.data(MAX_ROLE) or 1.0)
        length = max(int(bar_room * value / biggest), 2)
        bar = QRect(rect.left() + label_width, rect.top() + 3, length, rect.height() - 6)
        part = index.data(PART_ROLE)
        light = QColor(self.color)
        light.setAlpha(90)
        painter.fillRect(bar, light if part is not None else self.color)
        if part is not None and value:
            solid = int(length * float(part) / value)
            painter.fillRect(bar.adjusted(0, 0, solid - length, 0), self.color)
        painter.drawText(
            QRect(bar.right() + 6, rect.top(), count_width, rect.height()),
            Qt.AlignmentFlag.AlignVCenter,
            count,
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(200, ROW_HEIGHT)


class BarList(QListView):
    """Bars, largest first; Enter or a click on one emits what it stands for."""

    chosen = Signal(object)

    def __init__(self, name: str, color: str, rows_shown: int = 8) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setModel(QStandardItemModel(self))
        self.setItemDelegate(BarDelegate(color, self))
        self.setFont(user_font(10.5))
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(True)
        self.setFixedHeight(rows_shown * ROW_HEIGHT + 6)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.clicked.connect(self._chosen)
        self.targets: list[object] = []

    def show_bars(self, bars: list[Bar], empty: str = "") -> None:
        """The bars, largest first; with none, the `empty` line says why the list is bare."""
        model = self.model()
        assert isinstance(model, QStandardItemModel)
        model.clear()
        if not bars and empty:
            bars = [Bar(empty, 0, "", None)]
        biggest = max((bar.value for bar in bars), default=1.0) or 1.0
        self.targets = [bar.target for bar in bars]
        metrics = self.fontMetrics()
        widest = max((bar.count_text for bar in bars), key=metrics.horizontalAdvance, default="")
        for bar in bars:
            item = QStandardItem(bar.label)
            item.setData(bar.value, VALUE_ROLE)
            item.setData(bar.part, PART_ROLE)
            item.setData(biggest, MAX_ROLE)
            item.setData(bar.count_text, COUNT_ROLE)
            item.setData(widest, WIDEST_ROLE)
            item.setData(bar.after, AFTER_ROLE)
            item.setToolTip(tooltip(bar.tip or bar.label))
            model.appendRow(item)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._chosen(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _chosen(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.targets) and self.targets[index.row()] is not None:
            self.chosen.emit(self.targets[index.row()])
