"""The console's files page: import master data from a CSV file, export the stock, back up the base.

The manager picks a kind and a file (a file dialog is fine at the manager's desk, never on a
station). The work runs on a worker thread; its progress comes back by a Qt signal (the worker
never touches a widget) and drives a bar with an estimate of the time left, and a stop button.
A refused import lists its line-numbered problems on pages with large previous/next buttons.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from logins_desktop.messages import msg, render
from logins_desktop.services import backup
from logins_desktop.services.faults import plain_fault
from logins_desktop.services.masterdata import Cancelled, ImportFailed, import_file
from logins_desktop.services.stock import StockService
from logins_desktop.services.types import DomainError
from logins_desktop.ui.i18n import current_language, say
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.touch import Feedback, TouchButton

# Kinds the logistics console imports. Workers (with their functional restrictions) are left to
# the insertion counsellor's tools: least privilege for health-adjacent data.
CONSOLE_KINDS = ("products", "kits", "orders", "rates", "locations", "stock")
log = logging.getLogger(__name__)


class _Signals(QObject):
    progress = Signal(str, int, int)  # phase, done, total
    finished = Signal(object)  # the result, or the exception


class _Job(QRunnable):
    def __init__(self, work: Callable[[Callable[[str, int, int], None]], object], signals: _Signals,
                 cancel: threading.Event):
        super().__init__()
        self._work, self._signals, self._cancel = work, signals, cancel

    def _progress(self, phase: str, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()  # the service rolls back: nothing of the import is kept
        self._signals.progress.emit(phase, done, total)

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Exception as exc:  # shown on the page in words, never fatal
            result = exc
        self._signals.finished.emit(result)


class FilesPage(QWidget):
    PER_PAGE = 3  # problems per page: large rows under the kinds and actions, never a scroll bar at 768 px
    ESTIMATE_AFTER_S = 1.0  # an estimate of the time left once a phase has run this long

    def __init__(self, theme: Theme, db, stock: StockService, console):
        super().__init__()
        self._theme, self._db, self._stock, self._console = theme, db, stock, console
        self._signals = _Signals()
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._cancel = threading.Event()
        self._running: str | None = None  # "import" or "export"
        self._phase: tuple[str, float] | None = None
        self._lines: list[str] = []
        self._page = 0
        self.kind = "products"
        self.path: Path | None = None
        # Replaced in tests; a file dialog at the manager's desk.
        self.pick_open: Callable[[], str] = lambda: QFileDialog.getOpenFileName(
            self, self.tr("Fichier à importer"), "",
            self.tr("Fichiers CSV ou Excel (*.csv *.txt *.xlsx);;Tous les fichiers (*)"))[0]
        self.pick_save: Callable[[], str] = lambda: QFileDialog.getSaveFileName(
            self, self.tr("Exporter le stock vers"), "stock.csv", self.tr("Fichiers CSV (*.csv)"))[0]

        names = {"products": self.tr("Articles"), "kits": self.tr("Nomenclatures"), "orders": self.tr("Commandes"),
                 "rates": self.tr("Tarifs"), "locations": self.tr("Emplacements"), "stock": self.tr("Stock initial")}
        kinds = QGridLayout()
        self.kind_buttons: dict[str, TouchButton] = {}
        for i, kind in enumerate(CONSOLE_KINDS):
            button = TouchButton(theme, names[kind], self.tr("Importer : {0}").format(names[kind]), icon="box")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, k=kind: self._choose_kind(k))
            kinds.addWidget(button, i // 3, i % 3)  # three a row: no name cut on a 1024 px panel
            self.kind_buttons[kind] = button
        self.file_label = QLabel(self.tr("Aucun fichier choisi."))
        self.file_label.setWordWrap(True)
        self.choose_button = TouchButton(theme, self.tr("Choisir le fichier"), icon="search")
        self.choose_button.clicked.connect(self.choose_file)
        self.import_button = TouchButton(theme, self.tr("Importer"), self.tr("Importer le fichier choisi"), icon="ok")
        self.import_button.clicked.connect(self.start_import)
        self.export_button = TouchButton(theme, self.tr("Exporter le stock"), icon="next")
        self.export_button.clicked.connect(self.start_export)
        self.backup_button = TouchButton(theme, self.tr("Sauvegarder"), self.tr("Sauvegarder la base maintenant"),
                                         icon="save")
        self.backup_button.clicked.connect(self.start_backup)
        self.backup_button.setVisible(db.engine.dialect.name == "sqlite")  # central PostgreSQL: pg_dump, not here
        self.back_button = TouchButton(theme, self.tr("Stock"), self.tr("Retour au stock"), icon="back")
        # The file on its own row, the four actions on the next: every word whole at 1024 px.
        actions = QVBoxLayout()
        chosen = QHBoxLayout()
        chosen.addWidget(self.back_button)
        chosen.addWidget(self.file_label, 1)
        actions.addLayout(chosen)
        buttons = QHBoxLayout()
        for b in (self.choose_button, self.import_button, self.export_button, self.backup_button):
            buttons.addWidget(b)
        actions.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Avancement du travail sur le fichier"))
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.stop_button = TouchButton(theme, self.tr("Arrêter"), self.tr("Arrêter l'import, l'export ou la sauvegarde"), icon="error")
        self.stop_button.clicked.connect(self.cancel)
        self.stop_button.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.stop_button)
        self.feedback = Feedback(theme, 0)
        self.problems = QVBoxLayout()
        self.problem_labels: list[QLabel] = []
        for _ in range(self.PER_PAGE):
            label = QLabel()
            label.setWordWrap(True)
            label.hide()
            self.problems.addWidget(label)
            self.problem_labels.append(label)
        pager = QHBoxLayout()
        self.previous = TouchButton(theme, self.tr("Précédent"), self.tr("Page précédente des erreurs"), icon="back")
        self.previous.clicked.connect(lambda: self._turn(-1))
        self.page_label = QLabel()
        self.next = TouchButton(theme, self.tr("Suivant"), self.tr("Page suivante des erreurs"), icon="next")
        self.next.clicked.connect(lambda: self._turn(1))
        pager.addWidget(self.previous)
        pager.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        pager.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.addLayout(kinds)
        layout.addLayout(actions)
        layout.addLayout(bar)
        layout.addWidget(self.feedback)
        layout.addLayout(self.problems)
        layout.addStretch(1)
        layout.addLayout(pager)
        self._choose_kind(self.kind)
        self._show_problems()

    # ------------------------------------------------------------------ choices
    def _choose_kind(self, kind: str) -> None:
        self.kind = kind
        for k, button in self.kind_buttons.items():
            button.setChecked(k == kind)

    def choose_file(self) -> None:
        chosen = self.pick_open()
        if chosen:
            self.path = Path(chosen)
            self.file_label.setText(self.tr("Fichier : {0}").format(self.path.name))

    # ------------------------------------------------------------------ work on a worker thread
    def start_import(self) -> None:
        if self._running:
            return
        if self.path is None:
            self.feedback.show_message("error", self.tr("Choisissez d'abord le fichier à importer."))
            return
        db, kind, path, actor = self._db, self.kind, self.path, self._console.user
        self._start("import", lambda progress: import_file(db, kind, path, actor=actor, progress=progress))

    def start_export(self) -> None:
        if self._running:
            return
        chosen = self.pick_save()
        if not chosen:
            return
        path = Path(chosen)
        stock = self._stock

        def export(progress):
            count = stock.export_csv(path, progress=progress)
            return path, count
        self._start("export", export)

    def start_backup(self) -> None:
        """A checked hot copy into the backup folder, as the scheduled ones (stations keep scanning)."""
        if self._running:
            return
        url = self._db.url
        self._start("backup", lambda progress: backup.backup(url, progress=progress))

    def _start(self, what: str, work) -> None:
        self._running = what
        self._cancel.clear()
        self._phase = None
        self._lines, self._page = [], 0
        self._show_problems()
        self.feedback.show_message("info", {"import": self.tr("Import en cours…"), "export": self.tr("Export en cours…"),
                                            "backup": self.tr("Sauvegarde en cours…")}[what])
        for b in self._file_buttons():
            b.setEnabled(False)
        # Leaving the page is fine: the work goes on, and its result is here on return.
        self.progress.setRange(0, 0)  # busy until the first report
        self.progress.setFormat("")
        self.progress.show()
        self.stop_button.show()
        self._pool.start(_Job(work, self._signals, self._cancel))

    def _file_buttons(self) -> list[TouchButton]:
        return [self.choose_button, self.import_button, self.export_button, self.backup_button,
                *self.kind_buttons.values()]

    def cancel(self) -> None:
        self._cancel.set()

    def stop(self) -> None:
        """The console closes: stop the work (rolled back) and wait for the worker."""
        self._cancel.set()
        self._pool.waitForDone(10_000)

    def _on_progress(self, phase: str, done: int, total: int) -> None:
        now = time.monotonic()
        if self._phase is None or self._phase[0] != phase:
            self._phase = (phase, now)
        started = self._phase[1]
        total = max(total, 1)
        # QProgressBar counts in int: per mille of the phase, whatever the file's size.
        self.progress.setRange(0, 1000)
        self.progress.setValue(min(1000, done * 1000 // total))
        what = {"checking": self.tr("Vérification du fichier"), "writing": self.tr("Écriture en base"),
                "exporting": self.tr("Écriture du fichier"), "backing_up": self.tr("Copie de la base"),
                "backing_up_photos": self.tr("Copie des photos de preuve")}.get(phase, phase)
        percent = done * 100 // total
        elapsed = now - started
        if elapsed >= self.ESTIMATE_AFTER_S and 0 < done < total:
            left = round(elapsed * (total - done) / done)
            self.progress.setFormat(self.tr("{0} : {1} % — encore environ {2} s").format(what, percent, max(1, left)))
        else:
            self.progress.setFormat(self.tr("{0} : {1} %").format(what, percent))

    def _on_finished(self, result) -> None:
        what, self._running = self._running, None
        self.progress.hide()
        self.stop_button.hide()
        for b in self._file_buttons():
            b.setEnabled(True)
        language = current_language()
        if isinstance(result, ImportFailed):
            self.feedback.show_message("error", say(result.message))
            self._lines = [p.text(language) for p in result.problems]
            if result.total > len(result.problems):
                self._lines.append(render(msg("import.more", n=result.total - len(result.problems)), language))
            self._console.sounds.play("error")
        elif isinstance(result, Cancelled):
            self.feedback.show_message("warning", say({"export": msg("import.export_cancelled"),
                                                       "backup": msg("backup.cancelled")}.get(what, result.message)))
        elif isinstance(result, DomainError):
            self.feedback.show_message("error", say(result.message) if result.message else str(result))
            self._console.sounds.play("error")
        elif isinstance(result, BaseException):
            plain = plain_fault(result, self._db.url, self._db.busy_seconds)
            if plain is None:
                log.error("%s failed", what, exc_info=(type(result), result, result.__traceback__))
            self.feedback.show_message("error", say(plain) if plain else
                                       self.tr("Le travail n'a pas pu aboutir ; rien n'a été modifié. "
                                               "Le détail est dans le journal."))
            self._console.sounds.play("error")
        elif what == "backup":
            self.feedback.show_message("ok", say(msg("cli.backup_written", path=str(result))))
            self._console.sounds.play("ok")
        elif what == "export":
            path, count = result
            self.feedback.show_message("ok", say(msg("import.exported", n=count, file=path.name)))
            self._console.sounds.play("ok")
        else:
            self.feedback.show_message("ok", say(msg("import.done", file=result.file, lines=result.lines)))
            self._lines = [say(w) for w in result.warnings]
            self._console.sounds.play("ok")
            self._console.stock_view.apply_filter()  # what was imported shows in the stock at once
        self._show_problems()

    # ------------------------------------------------------------------ the problems, paged
    def _turn(self, step: int) -> None:
        self._page += step
        self._show_problems()

    def _show_problems(self) -> None:
        pages = max(1, -(-len(self._lines) // self.PER_PAGE))
        self._page = min(max(0, self._page), pages - 1)
        shown = self._lines[self._page * self.PER_PAGE:(self._page + 1) * self.PER_PAGE]
        for i, label in enumerate(self.problem_labels):
            label.setText(shown[i] if i < len(shown) else "")
            label.setVisible(i < len(shown))
        self.page_label.setText(self.tr("page {0} / {1}").format(self._page + 1, pages))
        self.previous.setEnabled(self._page > 0)
        self.next.setEnabled(self._page < pages - 1)
