"""The logistics console: a shipment from a ready order, a carton with its SSCC, the label previewed,
printed without a dialog, and a printer out of paper shown with the waiting job."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from logins_desktop.devices.printers.sim import SimulatedPrinter
from logins_desktop.services.logistics import logistics_services
from logins_desktop.services.printing import PrintQueue
from logins_desktop.services.shipping import ShippingService
from logins_desktop.settings import PrintingSettings
from logins_desktop.ui.shipping.console import LogisticsConsole
from logins_desktop.ui.sound import Sounds
from logins_desktop.ui.theme import Theme
from tests.sessions import signed_in


def tap(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def make_console(qtbot, context, printer_url, fmt="zpl", who="logistique"):
    settings = replace(context.settings, devices=replace(context.settings.devices, printer=printer_url),
                       printing=PrintingSettings(fmt))
    queue = PrintQueue(context.db)
    services = logistics_services(context.db, context.stock, ShippingService(context.db, settings), queue, settings)
    console = LogisticsConsole(Theme(), services, Sounds(enabled=False), signed_in(context.db, who))
    qtbot.addWidget(console)
    console.resize(1280, 800)
    console.show()
    return console, queue


def test_shipment_carton_label_and_printing_through_an_out_of_paper_printer(qtbot, context):
    printer = SimulatedPrinter("sim://quai-test")
    printer.jobs.clear()
    printer.paper_out = True
    console, queue = make_console(qtbot, context, "sim://quai-test")
    try:
        tap(qtbot, console.nav_buttons[3])
        page = console.shipments
        assert page.orders.rowCount() == 1 and page.orders.item(0, 0).text() == "CMD-2026-1101"
        page.orders.selectRow(0)
        tap(qtbot, page.create_button)
        assert page.shipments.rowCount() == 1 and page.feedback.kind == "ok"
        tap(qtbot, page.plus)
        assert page.count_label.text() == "54 articles par carton"
        tap(qtbot, page.add_button)
        assert page.feedback.text.text().startswith("Carton ajouté : SSCC 03760000")
        assert not page.preview.pixmap().isNull()  # the label as it will print
        tap(qtbot, page.print_button)
        assert console.pages.currentWidget() is console.printing  # no dialog: straight to the queue
        qtbot.waitUntil(lambda: "plus de papier" in console.printing.printer_state.text(), timeout=5000)
        qtbot.waitUntil(lambda: console.printing.jobs.item(0, 4) is not None
                        and "plus de papier" in console.printing.jobs.item(0, 4).text(), timeout=5000)
        assert console.printing.jobs.item(0, 2).text() == "en attente"
        assert printer.jobs == []
        assert page.shipments.item(0, 4).text() == "0"  # queued is not printed
        # The unit says it waits, and why; the shipment cannot leave yet.
        qtbot.waitUntil(lambda: "plus de papier" in page.units.item(0, 1).text(), timeout=5000)
        assert page.units.item(0, 1).text().startswith("⏳ en attente")
        tap(qtbot, console.nav_buttons[3])  # back to the shipments
        page.shipments.selectRow(0)
        tap(qtbot, page.ship_button)
        assert page.feedback.kind == "error" and "1 unité n'a pas encore d'étiquette imprimée" in page.feedback.text.text()
        assert page.ship_anyway_button.isVisible()
        printer.paper_out = False  # paper loaded: the next rounds print it, once
        from datetime import timedelta

        from logins_desktop.store.models import PrintJob, utcnow
        with context.db.write() as s:  # skip the backoff wait in the test
            for job in s.query(PrintJob):
                job.next_attempt_at = utcnow() - timedelta(seconds=1)
        console.run_queue()
        qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=5000)
        qtbot.waitUntil(lambda: console.printing.jobs.item(0, 2).text() == "imprimée", timeout=5000)
        qtbot.waitUntil(lambda: page.shipments.item(0, 4).text() == "1", timeout=5000)
        assert page.units.item(0, 1).text() == "✔ imprimée"
        assert not page.ship_anyway_button.isVisible()  # nothing to override any more
        qtbot.wait(2500)  # another queue round: nothing printed twice
        assert len(printer.jobs) == 1
        assert printer.jobs[0][1].startswith(b"^XA\n^CI28")
        tap(qtbot, console.nav_buttons[3])
        page.shipments.selectRow(0)
        tap(qtbot, page.ship_button)  # every label printed: it leaves, no reason asked
        assert page.feedback.kind == "ok" and page.feedback.text.text().endswith("le stock est sorti")
        assert not page.ship_anyway_button.isVisible() and not page.reasons.isVisible()
    finally:
        console.stop()


def test_a_cut_label_shows_interrupted_and_retry_resumes_without_a_second_copy(qtbot, context):
    printer = SimulatedPrinter("sim://quai-cut")
    printer.jobs.clear()
    printer.online, printer.cut_after_labels = True, 0
    console, queue = make_console(qtbot, context, "sim://quai-cut")
    try:
        page = console.shipments
        page.orders.selectRow(0)
        page._create()
        page._add_unit()
        tap(qtbot, page.print_button)
        qtbot.waitUntil(lambda: console.printing.jobs.item(0, 2) is not None
                        and console.printing.jobs.item(0, 2).text() == "interrompu : 0/1 étiquettes", timeout=5000)
        assert page.shipments.item(0, 4).text() == "0"
        printer.online = True
        qtbot.wait(2500)  # queue rounds go by: an interrupted job is not resent by itself
        assert printer.jobs == []
        console.printing.jobs.selectRow(0)
        tap(qtbot, console.printing.retry_button)
        assert console.printing.choices.isVisible()  # how to go on is the person's choice
        # A cut: the person reads the paper (nothing came out) and types 0.
        assert not console.printing.resume_button.isVisible() and console.printing.last_entry.hasFocus()
        qtbot.keyClicks(console.printing.last_entry, "0")
        qtbot.keyClick(console.printing.last_entry, Qt.Key.Key_Return)
        assert console.printing.feedback.kind == "ok"
        console.run_queue()
        qtbot.waitUntil(lambda: console.printing.jobs.item(0, 2).text() == "imprimée", timeout=5000)
        assert len(printer.jobs) == 1 and page.shipments.item(0, 4).text() == "1"
    finally:
        console.stop()


def test_shipping_without_labels_needs_a_reason_chosen_on_screen_and_a_scan_searches_stock(qtbot, context):
    console, _ = make_console(qtbot, context, "sim://quai-test-2")
    try:
        tap(qtbot, console.nav_buttons[3])
        page = console.shipments
        page.orders.selectRow(0)
        page._create()
        page._add_unit()
        assert page.units.item(0, 1).text() == "pas encore envoyée"
        before = context.stock.on_hand("KIT-REPRISE", "EXPEDITION")
        tap(qtbot, page.ship_button)  # 0 label printed: refused (it shipped before)
        assert page.feedback.kind == "error"
        assert context.stock.on_hand("KIT-REPRISE", "EXPEDITION") == before
        tap(qtbot, page.ship_anyway_button)  # the reasons, as big buttons: no keyboard needed
        assert page.reasons.isVisible() and list(page.reason_buttons) == ["printed_elsewhere", "printer_down",
                                                                          "carrier_waiting", "other"]
        assert page.reason_buttons["other"].text() == "autre motif (à préciser au journal)"
        tap(qtbot, page.reason_back)  # changed their mind: nothing leaves
        assert not page.reasons.isVisible()
        assert context.stock.on_hand("KIT-REPRISE", "EXPEDITION") == before
        tap(qtbot, page.ship_button)
        tap(qtbot, page.ship_anyway_button)
        tap(qtbot, page.reason_buttons["printer_down"])
        assert page.feedback.kind == "ok" and "motif : imprimante en panne" in page.feedback.text.text()
        assert context.stock.on_hand("KIT-REPRISE", "EXPEDITION") == before - 48
        assert not page.reasons.isVisible()
        console.handle_scan("3760000000017")
        assert console.pages.currentWidget() is console.stock_page
        assert console.stock_view.model.rowCount() >= 1
        console.stock_view.table.selectRow(0)  # the article's label: previewed, then printed
        assert not console.stock_page.preview.pixmap().isNull()
        tap(qtbot, console.stock_page.print_button)
        qtbot.waitUntil(lambda: len(SimulatedPrinter("sim://quai-test-2").jobs) == 1, timeout=5000)
        assert b"^BEN" in SimulatedPrinter("sim://quai-test-2").jobs[0][1]
    finally:
        console.stop()


def test_receiving_and_counting_pages_take_scans(qtbot, context):
    from logins_desktop.services.demo import demo_gtin

    console, _ = make_console(qtbot, context, "sim://quai-test-3")
    try:
        tap(qtbot, console.nav_buttons[1])
        console.handle_scan("RECEPTION")
        tap(qtbot, console.receiving.quantity_buttons[2])  # × 12
        console.handle_scan(demo_gtin(14))
        # The soap was announced (the demo's notice): the plain EAN takes the lot the notice names.
        assert console.receiving.feedback.text.text() == (
            "Reçu : 12 × Savon lavande 100 g en RECEPTION, lot SV2702A — avis ASN-LAV-0412 : 12/240, reste 228")
        assert console.receiving.table.item(0, 2).text() == "12"
        tap(qtbot, console.nav_buttons[2])
        console.handle_scan("RECEPTION")
        console.handle_scan("CMD-QTE-10")
        console.handle_scan(demo_gtin(14))
        assert console.counting.table.item(0, 4).text() == "-2"
        tap(qtbot, console.counting.close_buttons[1])
        assert console.counting.feedback.text.text() == "Inventaire de RECEPTION validé : 1 écart ajusté (casse constatée)."
        assert context.stock.on_hand("SAVON-100", "RECEPTION") == 10
    finally:
        console.stop()


def test_labels_go_as_pdf_when_the_settings_say_so(qtbot, context):
    printer = SimulatedPrinter("sim://quai-pdf")
    printer.jobs.clear()
    console, queue = make_console(qtbot, context, "sim://quai-pdf", fmt="pdf")
    try:
        page = console.shipments
        page.orders.selectRow(0)
        page._create()
        page._add_unit()
        tap(qtbot, page.print_button)
        jobs = queue.jobs()
        assert len(jobs) == 1 and jobs[0].name.startswith("SSCC ")
        with context.db.read() as s:
            from logins_desktop.store.models import PrintJob

            job = s.get(PrintJob, jobs[0].id)
            assert job.format == "pdf" and job.document.startswith(b"%PDF")
    finally:
        console.stop()


def _interrupted_job(qtbot, console, queue, printer, n=5, cut=2, paused=False):
    """A job cut after `cut` labels (the connection: the count is not known), or, `paused`, stopped
    by the printer after them (it said which were waiting: the count is known)."""
    data = "".join(f"^XA^FO10,10^FD{serial:018d}^FS^XZ\n" for serial in range(1, n + 1)).encode()
    if paused:
        printer.pause_after_labels = cut
    else:
        printer.cut_after_labels = cut
    job = queue.enqueue(printer.url, data, "lot de test", by="logistique")
    assert queue.run_once() == {job: "interrupted"}
    printer.online, printer.paused = True, False
    tap(qtbot, console.nav_buttons[4])
    console.printing.refresh()
    row = next(i for i, j in enumerate(console.printing._jobs) if j.id == job)
    console.printing.jobs.selectRow(row)
    tap(qtbot, console.printing.retry_button)
    return job


def test_an_interrupted_job_offers_the_three_choices_of_the_cli(qtbot, context):
    """Resume from the first unsent label, resend all (with its reason), or redo chosen labels
    (with theirs): the console never sends an SSCC twice without a reason."""
    printer = SimulatedPrinter("sim://choices-test")
    printer.jobs.clear()
    console, queue = make_console(qtbot, context, "sim://choices-test")
    page = console.printing
    try:
        job = _interrupted_job(qtbot, console, queue, printer, paused=True)
        assert page.choices.isVisible() and not page.last_entry.isVisible()
        assert "2 / 5 étiquettes envoyées" in page.choices_title.text()
        assert page.resume_button.text() == "Reprendre à l'étiquette 3"
        # Chosen labels: a bad list is refused in words, nothing queued.
        page.labels_entry.setText("2,x")
        tap(qtbot, page.chosen_button)
        assert page.feedback.kind == "error" and page.choices.isVisible()
        page.labels_entry.setText("1-2")
        tap(qtbot, page.chosen_button)
        assert page.feedback.kind == "ok" and not page.choices.isVisible()
        redo = [j for j in queue.jobs() if j.name == "lot de test [1,2]"]
        assert len(redo) == 1
        from sqlalchemy import select

        from logins_desktop.store.models import AuditEntry
        with context.db.read() as s:
            entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "print.retry")
                              .order_by(AuditEntry.created_at.desc())).first()
        assert entry.details["labels"] == [1, 2] and entry.details["reason"] == "étiquettes abîmées ou manquantes"
        # The original stays interrupted: resume it from label 3.
        row = next(i for i, j in enumerate(page._jobs) if j.id == job)
        page.jobs.selectRow(row)
        tap(qtbot, page.retry_button)
        tap(qtbot, page.resume_button)
        assert page.feedback.kind == "ok"
        view = next(j for j in queue.jobs() if j.id == job)
        assert view.status in ("queued", "sending", "printed")
        qtbot.waitUntil(lambda: next(j for j in queue.jobs() if j.id == job).status == "printed", timeout=10_000)
        sent = b"".join(data for _, data in printer.jobs)
        assert sent.count(b"^FD000000000000000003^FS") == 1 and sent.count(b"^FD000000000000000005^FS") == 1
    finally:
        console.stop()


def test_after_a_cut_the_last_label_on_paper_is_scanned_and_the_job_goes_on_after_it(qtbot, context):
    printer = SimulatedPrinter("sim://after-test")
    printer.jobs.clear()
    console, queue = make_console(qtbot, context, "sim://after-test")
    page = console.printing
    try:
        job = _interrupted_job(qtbot, console, queue, printer, cut=3)
        assert page.takes_scan() and not page.resume_button.isVisible()
        assert "a pu en sortir plus ou moins" in page.choices_title.text()
        console.handle_scan("CARTON-7")  # not a label of this job: said, nothing sent
        assert page.feedback.kind == "error" and "ni un numéro d'étiquette" in page.feedback.text.text()
        assert page.choices.isVisible()
        console.handle_scan("000000000000000003")  # the last label on paper, scanned
        assert page.feedback.kind == "ok" and "la suivante est la 4" in page.feedback.text.text()
        assert not page.choices.isVisible() and not page.takes_scan()
        qtbot.waitUntil(lambda: next(j for j in queue.jobs() if j.id == job).status == "printed", timeout=10_000)
        sent = b"".join(data for _, data in printer.jobs)
        assert [sent.count(b"^FD%018d^FS" % n) for n in range(1, 6)] == [1, 1, 1, 1, 1]
    finally:
        console.stop()


def test_resend_all_from_the_console_records_its_reason(qtbot, context):
    printer = SimulatedPrinter("sim://resend-test")
    printer.jobs.clear()
    console, queue = make_console(qtbot, context, "sim://resend-test")
    page = console.printing
    try:
        job = _interrupted_job(qtbot, console, queue, printer, n=3, cut=1)
        tap(qtbot, page.resend_all_button)
        assert page.feedback.kind == "ok"
        from sqlalchemy import select

        from logins_desktop.store.models import AuditEntry
        with context.db.read() as s:
            entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "print.retry",
                                                       AuditEntry.entity_key == str(job))).one()
        assert entry.details["choice"] == "all" and entry.details["reason"] == "rien n'est sorti de l'imprimante"
        qtbot.waitUntil(lambda: next(j for j in queue.jobs() if j.id == job).status == "printed", timeout=10_000)
    finally:
        console.stop()


def test_any_quantity_on_a_pad_not_only_fixed_steps(qtbot, context):
    """No physical keyboard: a carton of 17 and a receipt of 7 are tapped on the number pad."""
    from logins_desktop.services.demo import demo_gtin

    console, _ = make_console(qtbot, context, "sim://quai-test-pad")
    try:
        console.show_page(console.shipments)
        page = console.shipments
        tap(qtbot, page.count_pad_button)
        pad = page.count_pad
        assert pad.isVisible() and pad.geometry() == page.rect()  # over the page, large keys
        assert all(k.height() >= console.stock_view._theme.target_px for k in pad.keys.values())
        assert not pad.validate.isEnabled()  # nothing typed yet
        for key in "017":
            tap(qtbot, pad.keys[key])
        assert pad.display.text() == "17"  # the leading zero is not a digit of the number
        tap(qtbot, pad.validate)
        assert not pad.isVisible() and page.count == 17
        tap(qtbot, page.count_pad_button)
        pad.tap("99999")  # more than a carton holds: the last digit is refused
        assert pad.display.text() == "9999"
        tap(qtbot, pad.cancel)
        assert page.count == 17  # cancelled: unchanged

        tap(qtbot, console.nav_buttons[1])
        receiving = console.receiving
        console.handle_scan("RECEPTION")
        tap(qtbot, receiving.quantity_pad_button)
        receiving.quantity_pad.tap("7")
        tap(qtbot, receiving.quantity_pad.validate)
        console.handle_scan(demo_gtin(14))
        assert receiving.table.item(0, 2).text() == "7"
    finally:
        console.stop()


def test_the_stock_page_counts_the_lots_to_watch_and_lists_them_soonest_first(qtbot, context):
    """Issue 25: a lot expiring within the window ([stock] expiry_warning_days) is flagged on the
    manager's console; the list says it in words and with a pictogram, the expired one first."""
    console, _queue = make_console(qtbot, context, "sim://lots")
    button = console.stock_page.lots_button
    assert button.text() == "Lots : 2 à surveiller"
    tap(qtbot, button)
    page = console.lots
    assert console.pages.currentWidget() is page
    assert page.summary.kind == "error" and "1 lot périmé" in page.summary.text.text()
    first = [page.table.item(0, c).text() for c in range(page.table.columnCount())]
    assert first[:2] == ["SAVON-100", "SV2511A"] and first[2].endswith("périmé") and first[3] == "A-02-01"
    assert "dans 20 j" in page.table.item(1, 2).text() and not page.table.item(1, 2).icon().isNull()
    assert page.table.item(2, 2).icon().isNull()  # a lot far from its date: nothing to watch
    tap(qtbot, page.back_button)
    assert console.pages.currentWidget() is console.stock_page


def test_a_recall_from_the_console_finds_the_lot_says_where_it_went_and_writes_the_report(qtbot, context, tmp_path):
    """Issue 25: the trace from the console with a PDF/CSV report for the customer, no keyboard needed."""
    from logins_desktop.services.demo import add_morning

    with context.db.write() as s:
        add_morning(s)  # 166 coffrets, each naming the lots it took
    console, _queue = make_console(qtbot, context, "sim://recall")
    documents = tmp_path / "documents"
    console.recall.documents = documents
    tap(qtbot, console.stock_page.lots_button)
    page = console.lots
    assert not page.recall_button.isEnabled()  # nothing chosen yet
    tap(qtbot, page.keyboard_button)
    for key in "CM2606":
        tap(qtbot, page.keyboard.keys[key])
    assert [(x.row.lot, x.row.location) for x in page.lines] == [("CM2606B", "A-02-01")]
    assert page.title.text().startswith("Lot cherché : CM2606 (1 ligne : fermez le clavier")  # the keys take the list's place
    assert not page.list.isVisible() and page.keyboard.isVisible()
    tap(qtbot, page.keyboard_button)  # the keyboard closes, the lot stays found
    assert page.list.isVisible() and "« CM2606 »" in page.summary.text.text()
    page.table.selectRow(0)
    tap(qtbot, page.recall_button)
    recall = console.recall
    assert console.pages.currentWidget() is recall
    assert recall.title.text() == "Rappel du lot CM2606B de CREME-MAINS-50"
    lines = [recall.table.item(r, 0).text() for r in range(recall.table.rowCount())]
    assert lines[0].startswith("Lot CM2606B de CREME-MAINS-50 : 166 kits, 1 commande")
    assert "commande CMD-2026-1102 (Maison Lavande Cosmétiques (fictif)) : 166 kits" in lines
    assert "en stock à A-02-01 : 234" in lines
    tap(qtbot, recall.report_button)
    assert recall.feedback.kind == "ok"
    written = sorted(p.name for p in documents.iterdir())
    assert written == ["rappel-CREME-MAINS-50-CM2606B.csv", "rappel-CREME-MAINS-50-CM2606B.pdf"]
    assert (documents / written[0]).read_bytes().decode("utf-8-sig").count("\r\n") == 1 + 166 + 1  # kits, stock
    # A folder that cannot be written: said plainly, nothing half written.
    blocked = tmp_path / "file"
    blocked.write_text("x")
    recall.documents = blocked / "sub"
    tap(qtbot, recall.report_button)
    assert recall.feedback.kind == "error" and "rappel" in recall.feedback.text.text()
    tap(qtbot, recall.back_button)
    assert console.pages.currentWidget() is page


def test_a_cartons_label_scanned_on_the_console_says_its_shipment_and_lots(qtbot, context):
    """Issue 25: `trace sscc` from the console: scan the carton, read where it goes and what lots."""
    from logins_desktop.services.demo import add_morning
    from logins_desktop.services.shipping import UnitSpec
    from logins_desktop.services.trace import TraceService

    with context.db.write() as s:
        add_morning(s)
    console, _queue = make_console(qtbot, context, "sim://sscc")
    shipping = console.shipments._shipping
    ref = shipping.create_shipment("LAVANDE", ["CMD-2026-1102"], "", ["Maison Lavande", "2 rue des Fleurs"],
                                   "logistique")
    sscc = shipping.add_unit(ref, UnitSpec("COFFRET-LAVANDE", 12, order_ref="CMD-2026-1102"), "logistique")
    console.show_page(console.shipments)
    console.handle_scan(f"00{sscc}")  # a GS1-128 read without its symbology identifier, as a wedge sends it
    recall = console.recall
    assert console.pages.currentWidget() is recall and sscc in recall.title.text()
    lines = [recall.table.item(r, 0).text() for r in range(recall.table.rowCount())]
    expected = TraceService(context.db).sscc(sscc)
    assert lines[0].startswith(f"Carton {sscc} ({ref}, ") and lines[0].endswith("12 × COFFRET-LAVANDE")
    assert len(lines) == 1 + len(expected.lots) and expected.lots  # the coffrets' lots, one line each
    assert "CREME-MAINS-50 lot CM2606B : 166" in lines
    assert not recall.report_button.isVisible()  # a lot's report belongs to its recall
    tap(qtbot, recall.back_button)
    assert console.pages.currentWidget() is console.shipments
    # A carton this base does not know (another site's label): said, no traceback, nothing searched.
    from logins_desktop.domain.gs1 import with_check_digit

    foreign = "3" * 17
    console.handle_scan(f"00{with_check_digit(foreign)}")
    assert console.pages.currentWidget() is recall and recall.feedback.kind == "warning"
    assert recall.table.rowCount() == 0


def test_receiving_against_the_announced_delivery_undo_and_close_by_touch(qtbot, context):
    """Issue 25: what is still expected in view, the last receipt undone, the close with its differences."""
    from logins_desktop.services.demo import demo_gtin

    console, _queue = make_console(qtbot, context, "sim://asn")
    tap(qtbot, console.nav_buttons[1])
    page = console.receiving
    assert page.expected.text() == ("Avis ASN-LAV-0412 : restent 680 articles sur 3 lignes — CREME-MAINS-50 240 · "
                                    "SAVON-100 240 · ETUI-COFFRET 200")
    assert not page.undo_button.isEnabled() and page.close_button.text() == "Clore l'avis ASN-LAV-0412"
    console.handle_scan("A-01-01")
    for _ in range(2):
        console.handle_scan(demo_gtin(12))  # the coffret's case, announced without a lot
    assert "avis ASN-LAV-0412 : 2/200, reste 198" in page.feedback.text.text()
    assert page.expected.text().startswith("Avis ASN-LAV-0412 : restent 678 articles")
    tap(qtbot, page.undo_button)
    assert page.feedback.kind == "ok" and page.expected.text().startswith("Avis ASN-LAV-0412 : restent 679 articles")
    assert page.table.rowCount() == 1
    tap(qtbot, page.close_button)
    assert page.feedback.kind == "warning" and "Avis ASN-LAV-0412 clos : 3 lignes manquantes" in page.feedback.text.text()
    assert page.expected.text().startswith("Avis ASN-LAV-0412-R1 : restent 679 articles")


def test_an_unknown_article_is_created_on_the_dock_on_the_on_screen_keyboard(qtbot, context):
    """Issue 25: a code not in the catalogue, created on the spot by the manager, no keyboard needed."""
    from logins_desktop.domain.gs1 import with_check_digit

    console, _queue = make_console(qtbot, context, "sim://new-article")
    tap(qtbot, console.nav_buttons[1])
    page = console.receiving
    assert not page.create_button.isVisible()
    console.handle_scan("A-01-01")
    body = "376999900042"
    console.handle_scan(with_check_digit(body))
    assert page.feedback.kind == "error" and "article inconnu" in page.feedback.text.text()
    assert page.create_button.isVisible() and page.create_button.height() >= Theme().target_px
    # Beside the quantity buttons and Abîmé, on the narrowest panel: every one whole and in the window.
    console.resize(1024, 768)
    qtbot.wait(20)
    for button in (*page.quantity_buttons, page.quantity_pad_button, page.damaged_button, page.create_button):
        corner = button.mapTo(console, button.rect().bottomRight())
        assert corner.x() < console.width() == 1024 and corner.y() < console.height(), button.text()
        assert button.fontMetrics().horizontalAdvance(button.text()) < button.width(), button.text()
    tap(qtbot, page.create_button)
    panel = page.new_article
    assert panel.isVisible() and not page.table.isVisible() and not page.create_button.isVisible()  # covered: hidden
    assert not panel.create_button.isEnabled()  # no name yet
    keys = panel.keyboard.keys
    for key in "CR":
        tap(qtbot, keys[key])
    # A designation keeps its accents: the accents key turns the letters into accented ones, for one.
    accents = panel.keyboard.accents_key
    assert accents.isVisible() and accents.height() >= Theme().target_px
    tap(qtbot, accents)
    assert keys["Y"].text() == "È" and keys["Y"].accessibleName() == "Lettre È" and keys["R"].text() == "Ç"
    assert not keys["W"].isEnabled() and keys["W"].text() == "W" and keys["1"].isEnabled()  # no accent: waits
    tap(qtbot, keys["Y"])
    assert not accents.isChecked() and keys["Y"].text() == "Y" and keys["W"].isEnabled()  # the plain letters again
    for key in "ME":
        tap(qtbot, keys[key])
    tap(qtbot, panel.keyboard.space)
    for key in "DOUCHE":
        tap(qtbot, keys[key])
    assert panel.keyboard.shown.text() == "CRÈME DOUCHE"
    tap(qtbot, panel.create_button)
    assert not panel.isVisible() and page.table.isVisible()
    assert page.feedback.kind == "ok" and "« Crème douche »" in page.feedback.text.text()
    assert page.table.rowCount() == 1 and page.table.item(0, 1).text() == "Crème douche"
    assert not page.create_button.isVisible()


def test_a_team_lead_is_never_offered_to_create_an_article(qtbot, context):
    from logins_desktop.domain.gs1 import with_check_digit

    console, _queue = make_console(qtbot, context, "sim://new-article", who="chef")
    console.show_page(console.receiving)
    console.handle_scan("A-01-01")
    body = "376999900042"
    console.handle_scan(with_check_digit(body))
    assert console.receiving.feedback.kind == "error" and not console.receiving.create_button.isVisible()


def test_a_damaged_article_is_refused_by_touch_and_said_so(qtbot, context):
    from logins_desktop.services.demo import demo_gtin

    console, _queue = make_console(qtbot, context, "sim://damaged")
    console.show_page(console.receiving)
    page = console.receiving
    console.handle_scan("A-01-01")
    tap(qtbot, page.damaged_button)
    assert page.damaged_button.isChecked() and page.session.pending_damaged
    console.handle_scan(demo_gtin(12))  # the coffret's case, announced
    assert page.feedback.kind == "warning" and "abîmé : refusé à la réception" in page.feedback.text.text()
    assert not page.damaged_button.isChecked()  # the next scan is an ordinary receipt again
    assert page.table.item(0, 4).text() == "A-01-01 — abîmé, refusé"
    console.handle_scan(demo_gtin(12))
    assert page.feedback.kind == "ok" and page.table.item(0, 4).text() == "A-01-01"
