"""The console's files page: an import from a file runs on a worker, a bar with an estimate moves
by signal, a refused file lists its line-numbered problems on pages, a stop leaves nothing
written, and the stock export writes its file."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from logins_desktop.domain.gs1 import with_check_digit
from logins_desktop.services import masterdata
from logins_desktop.store.models import Product
from tests.ui.test_console import make_console


def tap(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def products(path, count, bad_every=0):
    lines = []
    for i in range(count):
        weight = "lourd" if bad_every and i % bad_every == 0 else "12,5"
        lines.append(f"UI-{i:05d};{with_check_digit(f'{378000000000 + i:012d}')};Article {i};{weight};CLI\n")
    path.write_text("sku;gtin;name;weight_g;customer\n" + "".join(lines), encoding="utf-8")
    return path


def product_count(db):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Product).where(Product.sku.like("UI-%")))


def open_files(qtbot, context, tmp_path, file):
    console, _queue = make_console(qtbot, context, "sim://files-test")
    tap(qtbot, console.stock_page.files_button)
    page = console.files
    assert console.pages.currentWidget() is page
    page.pick_open = lambda: str(file)
    tap(qtbot, page.choose_button)
    assert file.name in page.file_label.text()
    return console, page


def test_an_import_runs_off_the_gui_thread_with_a_moving_bar_and_says_what_it_did(qtbot, context, tmp_path):
    console, page = open_files(qtbot, context, tmp_path, products(tmp_path / "articles.csv", 30_000))
    threads, shown = set(), []
    page._signals.progress.connect(lambda *a: (threads.add(threading.get_ident()),
                                               shown.append((page.progress.isVisible(), page.progress.format()))))
    try:
        tap(qtbot, page.kind_buttons["products"])
        tap(qtbot, page.import_button)
        assert not page.import_button.isEnabled() and page.stop_button.isVisible()
        qtbot.waitUntil(lambda: page.feedback.kind == "ok", timeout=60_000)
        assert threads == {threading.get_ident()}  # the slot ran on the GUI thread, fed by a signal
        assert any(f.startswith("Vérification du fichier") for _, f in shown)
        assert any(f.startswith("Écriture en base") for _, f in shown)
        assert all(visible for visible, _ in shown)
        assert page.feedback.text.text() == "articles.csv importé : 30\u202f000 lignes"
        assert not page.progress.isVisible() and page.import_button.isEnabled()
        assert product_count(context.db) == 30_000
    finally:
        console.stop()


def test_the_estimate_of_the_time_left(qtbot, context, tmp_path, monkeypatch):
    console, page = open_files(qtbot, context, tmp_path, products(tmp_path / "a.csv", 3))
    clock = iter([100.0, 102.0, 104.0])
    monkeypatch.setattr("logins_desktop.ui.shipping.files.time.monotonic", lambda: next(clock))
    try:
        page._on_progress("checking", 0, 1000)
        assert page.progress.format() == "Vérification du fichier : 0 %"
        page._on_progress("checking", 250, 1000)  # a quarter in 2 s: 6 s left
        assert page.progress.format() == "Vérification du fichier : 25 % — encore environ 6 s"
        assert page.progress.value() == 250
        page._on_progress("writing", 10, 100)  # a new phase: its own clock
        assert page.progress.format() == "Écriture en base : 10 %"
    finally:
        console.stop()


def test_a_refused_file_lists_its_problems_on_pages(qtbot, context, tmp_path):
    console, page = open_files(qtbot, context, tmp_path, products(tmp_path / "faux.csv", 100, bad_every=7))
    try:
        tap(qtbot, page.import_button)
        qtbot.waitUntil(lambda: page.feedback.kind == "error", timeout=30_000)
        assert page.feedback.text.text().startswith("Import refusé, rien n'a été importé (15 erreurs)")
        shown = [label.text() for label in page.problem_labels if label.isVisible()]
        assert len(shown) == page.PER_PAGE
        assert shown[0] == "faux.csv, ligne 2, colonne « weight_g » : « lourd » n'est pas un nombre"
        pages = -(-15 // page.PER_PAGE)
        assert page.page_label.text() == f"page 1 / {pages}" and not page.previous.isEnabled()
        for _ in range(pages - 1):
            tap(qtbot, page.next)
        last = [label.text() for label in page.problem_labels if label.isVisible()]
        assert page.page_label.text() == f"page {pages} / {pages}" and not page.next.isEnabled()
        assert last[-1].startswith("faux.csv, ligne 100,")  # line 100 holds the 15th bad row (i = 98)
        assert product_count(context.db) == 0
    finally:
        console.stop()


def test_stop_during_the_import_writes_nothing(qtbot, context, tmp_path, monkeypatch):
    console, page = open_files(qtbot, context, tmp_path, products(tmp_path / "long.csv", 20_000))
    # Press stop from the first report on (the worker then raises at its next report).
    page._signals.progress.connect(lambda *a: page.stop_button.click())
    try:
        tap(qtbot, page.import_button)
        qtbot.waitUntil(lambda: page.feedback.kind == "warning", timeout=30_000)
        assert page.feedback.text.text() == "import arrêté à votre demande : rien n'a été importé"
        assert product_count(context.db) == 0
        assert page.import_button.isEnabled()
    finally:
        console.stop()


def test_the_stock_export_writes_its_file(qtbot, context, tmp_path):
    console, page = open_files(qtbot, context, tmp_path, products(tmp_path / "a.csv", 3))
    target = tmp_path / "stock.csv"
    page.pick_save = lambda: str(target)
    try:
        tap(qtbot, page.export_button)
        qtbot.waitUntil(lambda: page.feedback.kind == "ok", timeout=30_000)
        text = target.read_bytes().decode("utf-8-sig")
        assert text.startswith("sku;location;quantity\r\n")
        rows = text.count("\r\n") - 1
        assert page.feedback.text.text().endswith("dans stock.csv") and str(rows) in page.feedback.text.text()
        assert not list(tmp_path.glob(".stock.csv.partial"))
    finally:
        console.stop()


def test_a_stopped_export_leaves_no_file(tmp_path, context):
    target = tmp_path / "stock.csv"

    def stop(*_):
        raise masterdata.Cancelled()
    try:
        context.stock.export_csv(target, progress=stop)
    except masterdata.Cancelled:
        pass
    else:
        raise AssertionError("the export was not stopped")
    assert not target.exists() and not list(tmp_path.glob(".*partial"))


def test_a_backup_from_the_console_shows_its_progress_and_writes_a_checked_copy(qtbot, context, tmp_path):
    from logins_desktop.services import backup

    console, page = open_files(qtbot, context, tmp_path, products(tmp_path / "a.csv", 3))
    formats = []
    page._signals.progress.connect(lambda *a: formats.append(page.progress.format()))
    before = set(backup.default_backup_dir().glob("*.sqlite3")) if backup.default_backup_dir().exists() else set()
    try:
        assert page.backup_button.isVisible()
        tap(qtbot, page.backup_button)
        qtbot.waitUntil(lambda: page.feedback.kind == "ok", timeout=30_000)
        written = set(backup.default_backup_dir().glob("*.sqlite3")) - before
        assert len(written) == 1 and backup.check_file(written.pop()) == []
        assert any(f.startswith("Copie de la base") for f in formats)
        assert page.backup_button.isEnabled() and not page.stop_button.isVisible()
    finally:
        console.stop()


def test_a_stopped_backup_leaves_no_partial_copy(tmp_path, context):
    from logins_desktop.services import backup

    def stop(*_):
        raise masterdata.Cancelled()
    try:
        backup.backup(context.db.url, tmp_path / "copie.sqlite3", progress=stop)
    except masterdata.Cancelled:
        pass
    else:
        raise AssertionError("the backup was not stopped")
    assert list(tmp_path.glob("copie*")) == []
