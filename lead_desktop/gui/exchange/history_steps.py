"""A step of the history import dialog for one of its files: people, referrals or contacts.

Each step says what its file should hold, takes the file (and the worksheet of a workbook), and shows
which column fills which field, as the import dialog's mapping does: matched by the headers, any
match changed in the list, a column matched to nothing offered the closest fields first. The people
step also lists the status words the file uses and what each means — the ones the program does not
know are marked, and the person chooses. The contacts step says whether two identical rows are two
contacts. The dialog (gui.exchange.history_dialog) reads the files on its task runner and owns the rest.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.domain import exchange as X
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.gui.exchange.common import field_editor, file_text, mapping_table, open_field_editors
from lead_desktop.gui.exchange.models import MappingModel
from lead_desktop.gui.widgets.look import DANGER, heading, mute, paint_label, tone_colour
from lead_desktop.gui.widgets.text import format_count, translate_field_label
from lead_desktop.services import exchange as ex

MAX_WORDS = 60  # a status column with more different words than this is free text, not statuses

_INTROS = {
    "people": QT_TRANSLATE_NOOP(
        "HistoryDialog",
        "Everyone the site referred, enrolled or not: one row per person, with the site's own client ID. A "
        "Status column says who enrolled (“Active”, “Exited”, “Not enrolled”…); people who never enrolled come "
        "in as the subjects of their referrals. No enrollment date? It is taken from the person's referral."),
    "referrals": QT_TRANSLATE_NOOP(
        "HistoryDialog",
        "One row per referral, with the client ID of the person referred. Name, birth date, race and sex may "
        "come from the people file. Referrals from before the site used LEAD Desktop may lack the officer, "
        "offense or hand-off time."),
    "contacts": QT_TRANSLATE_NOOP(
        "HistoryDialog",
        "One row per contact, with the client ID of the participant. Leave this step empty if the site kept "
        "no contacts."),
}


class SheetStep(QWidget):
    """The file of one sheet of the history and its column mapping."""

    file_wanted = Signal(str, str)  # path, worksheet ("" for the one named for this sheet)
    changed = Signal()  # the mapping, a status word or a choice changed: the last check is stale

    def __init__(self, sheet: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.kind = X.SHEET_KINDS[sheet]
        self.setObjectName(f"{sheet}_step")
        self.table: ex.SourceTable | None = None
        self._chosen: dict[str, tuple[str, str]] = {}  # status words chosen: folded word → (as written, status)
        self._missing: list[str] = []

        title = QLabel(QCoreApplication.translate("vocab", X.SHEET_LABELS[sheet]), self)
        heading(title, 1.2)
        intro = mute(QLabel(QCoreApplication.translate("HistoryDialog", _INTROS[sheet]), self))
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName(f"{sheet}_path_edit")
        self.path_edit.setPlaceholderText(self.tr("A .csv or .xlsx file"))
        self.path_edit.setAccessibleName(self.tr("File of {sheet}").format(
            sheet=QCoreApplication.translate("vocab", X.SHEET_LABELS[sheet]).lower()))
        self.path_edit.returnPressed.connect(self._on_path_edit_return_pressed)
        self.browse_button = QPushButton(self.tr("&Choose file…"), self)
        self.browse_button.setObjectName(f"{sheet}_browse_button")
        self.browse_button.setShortcut(QKeySequence.StandardKey.Open)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName(f"{sheet}_sheet_combo")
        self.sheet_combo.setAccessibleName(self.tr("Worksheet"))
        self.sheet_combo.setVisible(False)
        self.sheet_combo.activated.connect(self._on_sheet_combo_activated)
        self.file_label = QLabel(self.tr("No file chosen yet."), self)
        self.file_label.setObjectName(f"{sheet}_file_label")
        self.file_label.setWordWrap(True)

        self.mapping_model = MappingModel(self)
        self.mapping_model.mapping_changed.connect(self._on_mapping_model_mapping_changed)
        self.mapping_view = mapping_table(self.mapping_model, self, f"{sheet}_mapping_view")
        self.mapping_label = QLabel(self)
        self.mapping_label.setObjectName(f"{sheet}_mapping_label")
        self.mapping_label.setWordWrap(True)
        self.mapping_label.setVisible(False)

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        row.addWidget(self.sheet_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.file_label)
        layout.addWidget(self.mapping_view, 3)
        layout.addWidget(self.mapping_label)
        self.words_table: QTableWidget | None = None
        self.words_label: QLabel | None = None
        self.identical_check: QCheckBox | None = None
        if sheet == "people":
            self._build_words(layout)
        if sheet == "contacts":
            self.identical_check = QCheckBox(self.tr("Two &identical rows are two contacts: import both (otherwise "
                                                     "the second is reported as a repeat)"), self)
            self.identical_check.setObjectName("identical_check")
            self.identical_check.toggled.connect(lambda _on: self.changed.emit())
            layout.addWidget(self.identical_check)

    def _build_words(self, layout: QVBoxLayout) -> None:
        self.words_label = QLabel(self.tr("Status words in the file and what each means:"), self)
        self.words_label.setObjectName("words_label")
        self.words_label.setWordWrap(True)
        self.words_table = QTableWidget(0, 3, self)
        self.words_table.setObjectName("words_table")
        self.words_table.setAccessibleName(self.tr("Status words and what each means"))
        self.words_table.setHorizontalHeaderLabels([self.tr("Status as written"), self.tr("Rows"),
                                                    self.tr("Means")])
        self.words_table.verticalHeader().setVisible(False)
        self.words_table.horizontalHeader().setStretchLastSection(True)
        self.words_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.words_label)
        layout.addWidget(self.words_table, 2)
        self.words_label.setVisible(False)  # until a file's status column has words
        self.words_table.setVisible(False)

    # ----- the file ------------------------------------------------------------------------------

    @property
    def path(self) -> str:
        return self.path_edit.text().strip()

    def _on_path_edit_return_pressed(self) -> None:
        if self.path:
            self.file_wanted.emit(self.path, "")

    def _on_sheet_combo_activated(self, _index: int) -> None:
        if self.table is not None and self.sheet_combo.currentText() != self.table.sheet:
            self.file_wanted.emit(str(self.table.path), self.sheet_combo.currentText())

    def set_table(self, table: ex.SourceTable, mapping: X.ColumnMapping, missing: list[str] | None = None) -> None:
        """A file was read: show it and its mapping (suggested, or a saved one fitted to it)."""
        self.table = table
        self.path_edit.setText(str(table.path))
        self._missing = list(missing or [])
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(table.sheets))
        self.sheet_combo.setCurrentText(table.sheet or "")
        self.sheet_combo.setVisible(len(table.sheets) > 1)
        self.file_label.setText(file_text(table))
        self.mapping_model.load(self.kind, table, mapping)
        open_field_editors(self.mapping_view, self.mapping_model)

    def clear(self) -> None:
        self.table = None
        self.path_edit.clear()
        self.file_label.setText(self.tr("No file chosen yet."))
        self.mapping_model.load(self.kind, None, X.ColumnMapping(self.kind))
        self.changed.emit()

    def field_editor(self, header: str) -> QComboBox:
        """The combo box choosing the field a column fills (for keyboard users and tests)."""
        return field_editor(self.mapping_view, self.mapping_model, header)

    def mapping(self) -> X.ColumnMapping:
        return self.mapping_model.mapping()

    def _on_mapping_model_mapping_changed(self) -> None:
        problems = []
        if self._missing:
            problems.append(self.tr("The saved mapping names columns this file lacks: {columns}.").format(
                columns=", ".join(self._missing)))
        if self.table is not None:
            needed = X.history_unmapped(self.sheet, self.mapping())
            if needed:
                problems.append(self.tr("No column fills: {fields}. Every row will need it.").format(
                    fields=", ".join(translate_field_label(label) for label in needed)))
        self.mapping_label.setText("\n".join(problems))
        self.mapping_label.setVisible(bool(problems))
        paint_label(self.mapping_label, DANGER if problems else None)
        self.refresh_words()
        self.changed.emit()

    # ----- status words (people) -------------------------------------------------------------------

    def set_chosen_words(self, words: tuple[tuple[str, str], ...]) -> None:
        self._chosen = {X.header_key(word): (word, code) for word, code in words}
        self.refresh_words()

    def chosen_words(self) -> tuple[tuple[str, str], ...]:
        """The meanings the person chose for words the program reads otherwise, or not at all."""
        return tuple((word, code) for word, code in self._chosen.values() if code != X.status_code(word))

    def _meaning(self, word: str) -> str | None:
        chosen = self._chosen.get(X.header_key(word))
        return chosen[1] if chosen else X.status_code(word)

    def words(self) -> list[tuple[str, int]]:
        """The different status words of the file's status column (as first written) and their rows."""
        source = self.mapping().source_of("status")
        if self.table is None or source is None or source not in self.table.headers:
            return []
        index = self.table.column(source)
        counts: Counter = Counter()
        spelled: dict[str, str] = {}
        for row in self.table.rows:
            value = row.cells[index]
            text = X.cell_text(value).strip() if value is not None and not isinstance(value, X.Uncalculated) else ""
            if text:
                key = X.header_key(text)
                spelled.setdefault(key, text)
                counts[key] += 1
        words = [(spelled[key], n) for key, n in counts.most_common(MAX_WORDS)]
        return sorted(words, key=lambda pair: self._meaning(pair[0]) is not None)  # those to choose first

    def refresh_words(self) -> None:
        if self.words_table is None:
            return
        words = self.words()
        self.words_table.setRowCount(len(words))
        for row, (word, count) in enumerate(words):
            self.words_table.setItem(row, 0, QTableWidgetItem(word))
            self.words_table.setItem(row, 1, QTableWidgetItem(format_count(count)))
            combo = QComboBox(self.words_table)
            combo.setAccessibleName(self.tr("What “{word}” means").format(word=word))
            combo.addItem(self.tr("(choose what it means)"), "")
            for code in X.STATUS_CHOICES:
                combo.addItem(QCoreApplication.translate("vocab", X.STATUS_CHOICE_LABELS[code]), code)
            combo.setCurrentIndex(max(0, combo.findData(self._meaning(word) or "")))
            combo.currentIndexChanged.connect(lambda _i, w=word, c=combo: self._on_word_chosen(w, c))
            self.words_table.setCellWidget(row, 2, combo)
        self.words_table.resizeColumnToContents(0)
        self.words_label.setVisible(bool(words))
        self.words_table.setVisible(bool(words))
        self._paint_words()

    def _paint_words(self) -> None:
        unknown = 0
        for row in range(self.words_table.rowCount()):
            item = self.words_table.item(row, 0)
            known = self._meaning(item.text()) is not None
            unknown += not known
            item.setData(Qt.ItemDataRole.ForegroundRole, None if known else tone_colour(DANGER, self.palette()))
        if unknown:
            self.words_label.setText(self.tr("Status words in the file and what each means. Choose a meaning for "
                                             "the {count} marked: rows with them cannot be imported until then.")
                                     .format(count=unknown))
            paint_label(self.words_label, DANGER)
        else:
            self.words_label.setText(self.tr("Status words in the file and what each means:"))
            paint_label(self.words_label, None)

    def _on_word_chosen(self, word: str, combo: QComboBox) -> None:
        code = combo.currentData() or ""
        if code:
            self._chosen[X.header_key(word)] = (word, code)
        else:
            self._chosen.pop(X.header_key(word), None)
        self._paint_words()
        self.changed.emit()

    def word_combo(self, word: str) -> QComboBox:
        row = next(r for r in range(self.words_table.rowCount()) if self.words_table.item(r, 0).text() == word)
        combo = self.words_table.cellWidget(row, 2)
        assert isinstance(combo, QComboBox)
        return combo

    @property
    def import_identical(self) -> bool:
        return self.identical_check is not None and self.identical_check.isChecked()
