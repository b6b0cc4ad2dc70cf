"""The logistics manager's console: stock, shipments with their SSCC labels, the print queue,
files (imports and the stock export, ui/shipping/files.py) and the orders' costs with their
invoices and statements (ui/shipping/costs.py).

Printing never opens a dialog: labels go to the configured printer through the persistent queue,
which a background worker drains; the printer's state (paper, head, pause) is always on screen.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from logins_desktop.messages import msg
from logins_desktop.services.auth import SignedIn
from logins_desktop.services.logistics import LogisticsServices
from logins_desktop.services.printing import (
    AFTER_LAST_ON_PAPER,
    CHOSEN_LABELS,
    FROM_FIRST_UNSENT,
    RESEND_ALL,
    PrintQueue,
    parse_label_numbers,
)
from logins_desktop.services.shipping import (
    LABEL_FAILED,
    LABEL_PRINTED,
    LABEL_WAITING,
    ShippingService,
    UnitSpec,
)
from logins_desktop.services.station import DiscrepancyDesk
from logins_desktop.services.stock import Actor, StockService
from logins_desktop.services.trace import scanned_sscc
from logins_desktop.services.types import DomainError, PrinterStatus
from logins_desktop.ui.i18n import say
from logins_desktop.ui.shipping.costs import CostsPage
from logins_desktop.ui.shipping.files import FilesPage
from logins_desktop.ui.shipping.new_article import NewArticlePanel
from logins_desktop.ui.shipping.pace import PacePage
from logins_desktop.ui.shipping.rates import RatePage
from logins_desktop.ui.sound import Sounds
from logins_desktop.ui.stock.lots import LotsPage
from logins_desktop.ui.stock.recall import RecallPage
from logins_desktop.ui.stock.stock_view import StockView
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.keypad import NumberPad
from logins_desktop.ui.widgets.photo_capture import PhotoPanel
from logins_desktop.ui.widgets.tables import fill_table, paged_table, touch_table
from logins_desktop.ui.widgets.touch import (
    ButtonRows,
    Feedback,
    PageStack,
    TouchButton,
    clear_layout,
    warning_row,
)


class _Task(QRunnable):
    """Run a slow call (printer status over the network, sending jobs) off the GUI thread."""

    def __init__(self, fn, done):
        super().__init__()
        self._fn, self._done = fn, done

    def run(self):
        try:
            result = self._fn()
        except Exception as exc:  # reported on screen, never fatal
            result = exc
        self._done.emit(result)


class _Signals(QObject):
    status = Signal(object)
    queue_ran = Signal(object)
    progress = Signal(int, int)


def label_preview(pdf_bytes: bytes, width_px: int) -> QPixmap:
    """The label as it will print, rendered from its PDF with QtPdf."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    data = QByteArray(pdf_bytes)
    buffer = QBuffer()
    buffer.setData(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    page = document.pagePointSize(0)
    image: QImage = document.render(0, QSize(width_px, int(width_px * page.height() / page.width())))
    document.close()
    return QPixmap.fromImage(image)


def two_lines(ref: str) -> str:
    """A shipment's reference on two lines after its date, "EXP-20261204-" over "0001-3F2A": as one
    22-character word it widened its column past a 1024 px panel beside English headers."""
    head, _, tail = ref.partition("-")
    day, dash, rest = tail.partition("-")
    return f"{head}-{day}-\n{rest}" if dash and rest else ref


class ShipmentsPage(QWidget):
    def __init__(self, theme: Theme, shipping: ShippingService, console: LogisticsConsole):
        super().__init__()
        self._theme, self._shipping, self._console = theme, shipping, console
        self.count = 48
        self.orders = touch_table(theme, [self.tr("Commande"), self.tr("Client"), self.tr("Produit"), self.tr("En stock")],
                             self.tr("Commandes prêtes à expédier"))
        # Short headers, each with its full words as tooltip and accessible name: five columns fit a
        # 1024 px panel's half without cutting a word.
        self.shipments = touch_table(theme, [self.tr("Réf."), self.tr("Client"), self.tr("État"), self.tr("Unités"),
                                        self.tr("Étiq.")], self.tr("Expéditions"))
        for column, words in ((0, self.tr("Référence de l'expédition")), (4, self.tr("Unités étiquetées"))):
            header = self.shipments.horizontalHeaderItem(column)
            header.setToolTip(words)
            header.setData(Qt.ItemDataRole.AccessibleTextRole, words)
        self.shipments.itemSelectionChanged.connect(self._selection_changed)
        self.create_button = TouchButton(theme, self.tr("Créer l'expédition"), icon="box")
        self.create_button.clicked.connect(self._create)
        self.minus = TouchButton(theme, "−6", self.tr("Six articles de moins"), icon="minus")
        self.minus.clicked.connect(lambda: self._set_count(self.count - 6))
        self.plus = TouchButton(theme, "+6", self.tr("Six articles de plus"), icon="plus")
        self.plus.clicked.connect(lambda: self._set_count(self.count + 6))
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)  # body size: "48 articles par carton" on two lines, not four
        self.count_label.setMinimumWidth(theme.target_px)
        self.add_button = TouchButton(theme, self.tr("Ajouter un carton"), icon="box")
        self.add_button.clicked.connect(self._add_unit)
        self.print_button = TouchButton(theme, self.tr("Imprimer les étiquettes"), icon="ok")
        self.print_button.setObjectName("primary")
        self.print_button.clicked.connect(self._print)
        self.ship_button = TouchButton(theme, self.tr("Expédier"), icon="next")
        self.ship_button.clicked.connect(lambda: self._ship())  # clicked passes a bool
        # Each unit and its label as the print queue tells it: words and a sign, never colour alone.
        # A carton's SSCC over its content in one cell: three columns beside an 18-digit SSCC cut
        # their words on a 1024 px panel.
        self.units = touch_table(theme, [self.tr("Carton"), self.tr("Étiquette")],
                                 self.tr("Unités de l'expédition et leur étiquette"))
        self._unit_labels = []
        # A shipment with labels not printed: a manager may ship anyway, choosing a reason by touch.
        self.ship_anyway_button = TouchButton(theme, self.tr("Expédier quand même"),
                                              self.tr("Expédier sans toutes les étiquettes imprimées"), icon="warning")
        self.ship_anyway_button.clicked.connect(self._ask_reason)
        self.ship_anyway_button.hide()
        self.reasons = QWidget()
        reasons = QVBoxLayout(self.reasons)
        reasons.setContentsMargins(0, 0, 0, 0)
        reason_title = QLabel(self.tr("Pourquoi expédier sans toutes les étiquettes ?"))
        reason_title.setWordWrap(True)
        reasons.addWidget(reason_title)
        self.reason_buttons: dict[str, TouchButton] = {}
        for code, words in shipping.override_reasons():
            button = TouchButton(theme, say(words), self.tr("Motif : {0}").format(say(words)))
            button.clicked.connect(lambda _=False, c=code: self._ship(override_reason=c))
            reasons.addWidget(button)
            self.reason_buttons[code] = button
        self.reason_back = TouchButton(theme, self.tr("Ne pas expédier"), icon="back")
        self.reason_back.clicked.connect(self._hide_reasons)
        reasons.addWidget(self.reason_back)
        self.reasons.hide()
        self.preview = QLabel()
        self.preview.setAccessibleName(self.tr("Aperçu de l'étiquette"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.feedback = Feedback(theme, 0)

        # The ready orders and the shipments, one above the other where the height holds both (a
        # header and two rows each); on a shorter panel (1024x768, 1280x800) one at a time, chosen
        # by two tab buttons, each list keeping room for whole rows.
        left = QVBoxLayout()
        self.list_tabs = QWidget()
        tabs = QHBoxLayout(self.list_tabs)
        tabs.setContentsMargins(0, 0, 0, 0)
        self.orders_tab = TouchButton(theme, self.tr("Commandes prêtes"), icon="box")
        self.shipments_tab = TouchButton(theme, self.tr("Expéditions"), icon="truck")
        for n, button in enumerate((self.orders_tab, self.shipments_tab)):
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, i=n: self.show_list(i))
            tabs.addWidget(button)
        left.addWidget(self.list_tabs)
        self.orders_block = QWidget()
        block = QVBoxLayout(self.orders_block)
        block.setContentsMargins(0, 0, 0, 0)
        self.orders_title = QLabel(self.tr("Commandes prêtes"))
        self.orders_title.setObjectName("title")
        self.orders_title.setWordWrap(True)
        heading = QHBoxLayout()
        heading.addWidget(self.orders_title, 1)
        heading.addWidget(self.create_button)
        block.addLayout(heading)
        block.addWidget(paged_table(theme, self.orders), 1)
        self.shipments_block = QWidget()
        block = QVBoxLayout(self.shipments_block)
        block.setContentsMargins(0, 0, 0, 0)
        self.shipments_title = QLabel(self.tr("Expéditions"))
        self.shipments_title.setObjectName("title")
        block.addWidget(self.shipments_title)
        block.addWidget(paged_table(theme, self.shipments), 1)
        left.addWidget(self.orders_block, 3)  # the ready orders get the larger share
        left.addWidget(self.shipments_block, 2)
        left.addWidget(self.feedback)
        self._list = 0
        self._one_list: bool | None = None
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(paged_table(theme, self.units), 1)
        # Any number of articles per carton, on a pad: not only steps of six.
        self.count_pad = NumberPad(theme, self.tr("Articles par carton"), 9999, self)
        self.count_pad.chosen.connect(self._set_count)
        self.count_pad_button = TouchButton(theme, "", self.tr("Taper le nombre d'articles par carton"), icon="keyboard")
        self.count_pad_button.clicked.connect(lambda: self.count_pad.open_over(self, self.count))
        units = QHBoxLayout()
        for w in (self.minus, self.count_label, self.plus, self.count_pad_button):
            units.addWidget(w)
        right.addLayout(units)
        actions = QGridLayout()
        # One action a row: "Imprimer les étiquettes" and "Expédier" side by side cut their words at 1024 px.
        actions.addWidget(self.add_button, 0, 0)
        actions.addWidget(self.print_button, 1, 0)
        actions.addWidget(self.ship_button, 2, 0)
        actions.addWidget(self.ship_anyway_button, 3, 0)
        right.addLayout(actions)
        right.addWidget(self.reasons)
        self._columns = layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self._set_count(self.count)
        self.refresh()

    def show_list(self, index: int) -> None:
        """Which list shows when only one fits: 0 the ready orders, 1 the shipments."""
        self._list = index
        self._lay_out_lists()

    def _lay_out_lists(self) -> None:
        one = bool(self._one_list)
        self.list_tabs.setVisible(one)
        for n, (block, title, tab) in enumerate(((self.orders_block, self.orders_title, self.orders_tab),
                                                 (self.shipments_block, self.shipments_title, self.shipments_tab))):
            block.setVisible(not one or n == self._list)
            title.setVisible(not one)  # the tab button says it
            tab.setChecked(n == self._list)
        # Short: the cartons' table takes the label preview's room (each carton's label state is in
        # its row), and the lists take five eighths of the width.
        self.preview.setVisible(not one)
        self._columns.setStretch(0, 5 if one else 3)
        self._columns.setStretch(1, 3 if one else 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        theme = self._theme
        title, rows, page_row = theme.target_px, 3 * theme.row_px, theme.target_px + theme.space("s")
        one = self.height() < 2 * (title + rows + page_row) + theme.target_px  # and the feedback
        if one != self._one_list:
            self._one_list = one
            self._lay_out_lists()

    def _set_count(self, count: int) -> None:
        self.count = max(1, min(9999, count))
        self.count_label.setText(say(msg("shipping.items_per_carton", n=self.count)))

    def refresh(self) -> None:
        self._orders = self._shipping.orders_to_ship()
        fill_table(self.orders, [[o.ref, o.customer, o.product, str(o.available)] for o in self._orders])
        self._shipments = self._shipping.shipments()
        fill_table(self.shipments, [[two_lines(s.ref), s.customer, say(s.status), str(s.units), str(s.printed)]
                                    for s in self._shipments])
        self.refresh_units()

    def refresh_units(self) -> None:
        shipment = self.selected_shipment()
        self._unit_labels = self._shipping.unit_labels(shipment.ref) if shipment else []
        words = {LABEL_WAITING: self.tr("⏳ en attente"), LABEL_PRINTED: self.tr("✔ imprimée"),
                 LABEL_FAILED: self.tr("✖ échec")}

        def state(unit) -> str:
            text = words.get(unit.state, self.tr("pas encore envoyée"))
            return f"{text} — {say(unit.detail)}" if unit.detail and unit.state != LABEL_PRINTED else text

        fill_table(self.units, [[f"{u.sscc}\n{u.sku} × {u.count}", state(u)] for u in self._unit_labels])
        if all(u.state == LABEL_PRINTED for u in self._unit_labels):
            self._hide_reasons()  # every label printed meanwhile: nothing to override

    def selected_shipment(self):
        row = self.shipments.currentRow()
        return self._shipments[row] if 0 <= row < len(self._shipments) else None

    def _say(self, kind: str, text: str) -> None:
        self.feedback.show_message(kind, text)
        self._console.sounds.play("ok" if kind == "ok" else "error")

    def _create(self) -> None:
        row = self.orders.currentRow()
        if not 0 <= row < len(self._orders):
            self._say("error", self.tr("Touchez d'abord une commande prête."))
            return
        order = self._orders[row]
        ref = self._shipping.create_shipment(order.customer_code, [order.ref], "", [order.customer], self._console.user)
        self.refresh()
        self.shipments.selectRow(next(i for i, s in enumerate(self._shipments) if s.ref == ref))
        self.show_list(1)  # where only one list fits: the new shipment, selected, to add its cartons to
        self._say("ok", self.tr("Expédition {0} créée pour {1}.").format(ref, order.ref))

    def _add_unit(self) -> None:
        shipment = self.selected_shipment()
        if shipment is None or not shipment.orders:
            self._say("error", self.tr("Touchez d'abord une expédition créée depuis une commande."))
            return
        order = next((o for o in self._orders if o.ref == shipment.orders[0]), None)
        if order is None:
            self._say("error", self.tr("La commande {0} n'a plus de produit fini en stock.").format(shipment.orders[0]))
            return
        try:
            sscc = self._shipping.add_unit(shipment.ref, UnitSpec(order.sku, self.count, order_ref=order.ref), self._console.user)
        except DomainError as exc:
            self._say("error", say(exc))
            return
        self.refresh()
        self._show_preview()
        self._say("ok", self.tr("Carton ajouté : SSCC {0}.").format(sscc))

    def _selection_changed(self) -> None:
        self._hide_reasons()
        self.refresh_units()
        self._show_preview()

    def _show_preview(self) -> None:
        shipment = self.selected_shipment()
        document = self._console.labels.shipment_preview_pdf(shipment.ref) if shipment else None
        if document:
            # As large as the room the page leaves it (the label never makes the window grow).
            pixmap = label_preview(document, self._theme.px(70))
            room = self.preview.size()
            if room.height() > self._theme.target_px and pixmap.height() > room.height():
                pixmap = pixmap.scaled(room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            self.preview.setPixmap(pixmap)
        else:
            self.preview.clear()

    def _print(self) -> None:
        shipment = self.selected_shipment()
        if shipment is None or not shipment.units:
            self._say("error", self.tr("Rien à imprimer : ajoutez d'abord un carton."))
            return
        self._console.print_labels(shipment.ref)  # units count as printed when the queue says so
        self.refresh()

    def _ask_reason(self) -> None:
        self.ship_anyway_button.hide()
        self.reasons.show()

    def _hide_reasons(self) -> None:
        self.reasons.hide()
        self.ship_anyway_button.hide()

    def _ship(self, override_reason: str = "") -> None:
        shipment = self.selected_shipment()
        if shipment is None:
            self._say("error", self.tr("Touchez d'abord une expédition."))
            return
        try:
            result = self._shipping.ship(shipment.ref, self._console.actor, override_reason=override_reason)
        except DomainError as exc:
            self._say("error", say(exc))
            self._hide_reasons()
            if exc.message is not None and exc.message.id == "shipping.labels_missing":
                self.ship_anyway_button.show()  # the service decides who may use it
            return
        self._hide_reasons()
        self.refresh()
        self._say("ok", say(result.message))


class StockPage(QWidget):
    """The stock view, with the selected article's label: previewed (python-barcode) and printable."""

    def __init__(self, theme: Theme, stock: StockService, console: LogisticsConsole):
        super().__init__()
        self._theme, self._console = theme, console
        self.view = StockView(theme, stock, hint="")  # one hint for both, here: a line more for the stock
        self.preview = QLabel()
        self.preview.setAccessibleName(self.tr("Aperçu du code-barres de l'article"))
        self.caption = QLabel(self.tr("Touchez une ligne : son historique et son étiquette article s'affichent."))
        self.caption.setWordWrap(True)
        self.print_button = TouchButton(theme, self.tr("Imprimer l'étiquette"), self.tr("Imprimer l'étiquette article"), icon="ok")
        self.print_button.clicked.connect(self._print)
        self.print_button.setEnabled(False)
        self.view.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show(cur.row()))
        self.files_button = TouchButton(theme, self.tr("Importer / exporter"),
                                        self.tr("Importer un fichier ou exporter le stock"), icon="box")
        side = QHBoxLayout()
        side.addWidget(self.caption, 1)
        side.addWidget(self.preview)
        side.addWidget(self.print_button)
        side.addWidget(self.files_button)
        self.costs_button = TouchButton(theme, self.tr("Coûts"), self.tr("Coûts et revenus des commandes, factures"),
                                        icon="history")
        side.addWidget(self.costs_button)
        # The lots and their expiry; its words count the lots to watch (console.show_page). In the
        # search row: beside the other buttons it squeezed the hint onto a third line at a larger type.
        self.lots_button = TouchButton(theme, self.tr("Lots"), self.tr("Lots en stock et leur péremption"), icon="box")
        self.view.add_to_search_row(self.lots_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(side)
        self.label = None

    def _show(self, row: int) -> None:
        item = self.view.model.row_object(row)
        if item is None:
            return
        try:
            png = self._console.labels.product_preview_png(item.sku, item.name, item.gtin)
        except DomainError as exc:  # a code that cannot be printed: said, and nothing to print
            self.label = None
            self.preview.clear()
            self.caption.setText(say(exc.message or str(exc)))
            self.print_button.setEnabled(False)
            return
        self.label = item
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.preview.setPixmap(pixmap.scaledToHeight(self._theme.target_px))
        self.caption.setText(self.tr("Étiquette de {0} — {1}").format(item.sku, item.name))
        self.print_button.setEnabled(True)

    def _print(self) -> None:
        if self.label is not None:
            item = self.label
            self._console.print_product(item.sku, item.name, item.gtin)


class _ScanPage(QWidget):
    """A page driven by the scanner: a prompt, what the last scan did, and a table."""

    def __init__(self, theme: Theme, console: LogisticsConsole, session, prompt: str, headers: list[str], name: str):
        super().__init__()
        self._console = console
        self.session = session
        self.prompt = QLabel(prompt)
        self.prompt.setObjectName("title")
        self.prompt.setWordWrap(True)
        self.feedback = Feedback(theme, 0)
        self.table = touch_table(theme, headers, name)
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.feedback)
        layout.addWidget(paged_table(theme, self.table), 1)
        layout.addLayout(self.buttons)

    def handle_scan(self, text: str) -> None:
        self._report(self.session.scan(text))

    def _report(self, outcome) -> None:
        """What the session said, heard and seen, and the page shown again."""
        self.feedback.show_message(self._kind(outcome), say(outcome.message))
        self._console.sounds.play("ok" if outcome.ok else "error")
        self._show()

    @staticmethod
    def _kind(outcome) -> str:
        return "ok" if outcome.ok else "error"

    def _show(self) -> None:
        raise NotImplementedError


class ReceivingPage(_ScanPage):
    """Scan the location, then each supplier code: each scan is a receipt."""

    LINES_SHOWN = 3  # the articles still expected, named beside the notice (two lines at 1024 px)

    def __init__(self, theme: Theme, services: LogisticsServices, console: LogisticsConsole):
        super().__init__(
            theme, console, services.receiving_session(console.user),
            self.tr("Scannez l'emplacement de réception, puis chaque article (GS1-128 fournisseur ou EAN)."),
            [self.tr("Article"), self.tr("Désignation"), self.tr("Quantité"), self.tr("Lot"), self.tr("Emplacement")],
            self.tr("Réceptions de cette session"),
        )
        self.quantity_buttons = []
        for n in (1, 6, 12, 24):
            button = TouchButton(theme, f"× {n}", self.tr("Le prochain article compte {0}").format(n), icon="box")
            button.clicked.connect(lambda _=False, q=n: self._set_quantity(q))
            self.buttons.addWidget(button)
            self.quantity_buttons.append(button)
        # Any quantity on a pad, beside the usual packs.
        self.quantity_pad = NumberPad(theme, self.tr("Quantité du prochain article"), 99999, self)
        self.quantity_pad.chosen.connect(self._set_quantity)
        self.quantity_pad_button = TouchButton(theme, self.tr("Autre"), self.tr("Taper la quantité du prochain article"),
                                               icon="keyboard")
        self.quantity_pad_button.clicked.connect(
            lambda: self.quantity_pad.open_over(self, self.session.pending_quantity or 1))
        self.buttons.addWidget(self.quantity_pad_button)
        # Damaged goods are refused at the dock: the next scan is noted on its notice, not received.
        self.damaged_button = TouchButton(theme, self.tr("Abîmé"),
                                          self.tr("Le prochain article est abîmé : refusé, noté sur l'avis"),
                                          icon="damaged")
        self.damaged_button.setCheckable(True)
        self.damaged_button.clicked.connect(self._toggle_damaged)
        self.buttons.addWidget(self.damaged_button)
        # A supplier's code the catalogue does not have: the manager creates the article on the spot.
        self.new_article = NewArticlePanel(theme, self)
        self.new_article.chosen.connect(self.create_article)
        self.create_button = TouchButton(theme, self.tr("Créer l'article"),
                                         self.tr("Créer l'article inconnu qui vient d'être scanné"), icon="plus")
        self.create_button.clicked.connect(self._open_new_article)
        self.buttons.addWidget(self.create_button)
        # Goods just refused as damaged: a photo for the supplier's claim (camera, or a picture by touch).
        self.photo_panel = PhotoPanel(theme, services.photo_sources, self._keep_photo, self)
        self.photo_panel.kept.connect(self._photo_kept)
        self.photo_button = TouchButton(theme, self.tr("Photo"), self.tr("Photographier l'article refusé abîmé"),
                                        icon="camera")
        self.photo_button.clicked.connect(
            lambda: self.photo_panel.open_over(self, self.tr("Photo de l'article refusé abîmé")))
        self.buttons.addWidget(self.photo_button)
        # What customers announced, received against it: what is still expected, the way back from a
        # wrong scan, and the close that records the differences and leaves the rest as a backorder.
        self._services = services
        self.expected = QLabel()
        self.expected.setWordWrap(True)
        self.expected.setAccessibleName(self.tr("Réceptions annoncées"))
        self.undo_button = TouchButton(theme, self.tr("Annuler la dernière"),
                                       self.tr("Annuler la dernière réception de cette session"), icon="undo")
        self.undo_button.clicked.connect(self.undo_last)
        self.close_button = TouchButton(theme, self.tr("Clore l'avis"),
                                        self.tr("Clore l'avis de réception : écarts enregistrés, le reste attendu"),
                                        icon="ok")
        self.close_button.clicked.connect(self.close_notice)
        row = QHBoxLayout()
        row.addWidget(self.expected, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.close_button)
        self.layout().insertLayout(1, row)
        self._show()

    @staticmethod
    def _kind(outcome) -> str:
        refused = outcome.ok and outcome.message.id.startswith("receiving.damaged")
        return "warning" if refused else _ScanPage._kind(outcome)  # refused at the dock: never green

    def _toggle_damaged(self) -> None:
        self.session.pending_damaged = self.damaged_button.isChecked()
        if self.session.pending_damaged:
            self.feedback.show_message("info", self.tr("Le prochain article scanné est noté abîmé et refusé."))

    def handle_scan(self, text: str) -> None:
        if self.photo_panel.isVisible():  # the scan wins: received and said, never hidden under the panel
            self.photo_panel.close_panel()
        super().handle_scan(text)

    def _keep_photo(self, data: bytes):
        outcome = self.session.photograph_damaged(data)
        if not outcome.ok:
            self._console.sounds.play("error")
        return outcome.ok, outcome.message

    def _photo_kept(self, said) -> None:
        self._console.sounds.play("ok")
        self.feedback.show_message("ok", say(said))
        self._show()

    def _open_new_article(self) -> None:
        if self.session.unknown is not None:
            self.new_article.open_over(self, self.session.unknown[2].gtin.lstrip("0"))

    def create_article(self, name: str) -> None:
        self._report(self.session.create_article(name, self._console.actor))

    def undo_last(self) -> None:
        outcome = self.session.undo_last()
        self.feedback.show_message("ok" if outcome.ok else "error", say(outcome.message))
        self._show()

    def close_notice(self) -> None:
        reference = self.session.last_reference or next((n.reference for n in self._services.notices()), None)
        if reference is None:
            return
        try:
            closed = self._services.close_notice(reference, self._console.user)
        except DomainError as exc:
            self.feedback.show_message("error", say(exc))
            return
        self.session.last_reference = None
        self.feedback.show_message("warning" if closed.short or closed.over else "ok",
                                   "\n".join(say(line) for line in closed.lines()))
        self._show()

    def _set_quantity(self, n: int) -> None:
        self.session.pending_quantity = n
        self.feedback.show_message("info", self.tr("Quantité {0} pour le prochain article").format(n))

    def _show(self) -> None:
        fill_table(self.table, [[row.sku, row.name, str(row.quantity), row.batch or "",
                                 self.tr("{0} — abîmé, refusé").format(row.location) if row.damaged else row.location]
                                for row in reversed(self.session.received)])
        notices = self._services.notices()
        current = next((n for n in notices if n.reference == self.session.last_reference), notices[0] if notices else None)
        if current is None:
            self.expected.setText(self.tr("Aucune réception annoncée en attente."))
        else:
            others = len(notices) - 1
            text = say(msg("receiving.notice_left", reference=current.reference, left=current.left,
                           lines=len(current.lines)))
            waiting = [x for x in current.lines if x.received < x.expected]
            shown = [f"{x.sku} {x.expected - x.received}" for x in waiting[:self.LINES_SHOWN]]
            if shown:  # what is still expected, article by article (all of it: `receipts list`)
                text += " — " + " · ".join(shown)
                if len(waiting) > self.LINES_SHOWN:
                    text += " · " + say(msg("receiving.notice_more_lines", n=len(waiting) - self.LINES_SHOWN))
            if others:
                text += " · " + say(msg("receiving.other_notices", n=others))
            self.expected.setText(text)
        self.close_button.setEnabled(current is not None)
        self.close_button.setText(self.tr("Clore l'avis {0}").format(current.reference) if current
                                  else self.tr("Clore l'avis"))
        self.undo_button.setEnabled(bool(self.session.received))
        self.create_button.setVisible(self.session.unknown is not None and self._console.actor.is_manager)
        self.photo_button.setVisible(self.session.can_photograph)
        self.damaged_button.setChecked(self.session.pending_damaged)  # one scan, then back to receiving


class CountPage(_ScanPage):
    """Scan a location, scan what is there, then validate: differences become adjustments with a reason."""

    def __init__(self, theme: Theme, services: LogisticsServices, console: LogisticsConsole):
        super().__init__(
            theme, console, services.count_session(console.user),
            self.tr("Scannez l'emplacement à inventorier, puis chaque article qui s'y trouve."),
            [self.tr("Article"), self.tr("Désignation"), self.tr("Attendu"), self.tr("Compté"), self.tr("Écart")],
            self.tr("Inventaire en cours"),
        )
        self.close_buttons = []
        for label, reason in ((self.tr("Valider : inventaire tournant"), self.tr("inventaire tournant")),
                              (self.tr("Valider : casse constatée"), self.tr("casse constatée"))):
            button = TouchButton(theme, label, icon="ok")
            button.clicked.connect(lambda _=False, r=reason: self.close_count(r))
            self.buttons.addWidget(button)
            self.close_buttons.append(button)

    def _show(self) -> None:
        fill_table(self.table, [[line.sku, line.name, str(line.expected), str(line.counted), f"{line.difference:+d}"]
                           for line in self.session.lines.values()])

    def close_count(self, reason: str) -> None:
        where = self.session.location[1] if self.session.location else ""
        try:
            differing = self.session.close(reason)
        except DomainError as exc:
            self.feedback.show_message("error", say(exc))
            return
        self._show()
        self.feedback.show_message("ok", say(msg("stock.count_validated", location=where, n=len(differing),
                                                 reason=reason)))
        self._console.sounds.play("ok")


class DiscrepanciesPage(QWidget):
    """What the stations could not find in the ledger, by location, each with one tap to count it."""

    PER_PAGE = 5  # large rows, paged: never a scroll bar

    def __init__(self, theme: Theme, desk: DiscrepancyDesk, console: LogisticsConsole):
        super().__init__()
        self._theme, self._desk, self._console = theme, desk, console
        self._page = 0
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.rows = QVBoxLayout()
        layout.addLayout(self.rows)
        layout.addStretch(1)
        pager = QHBoxLayout()
        self.previous = TouchButton(theme, self.tr("Précédent"), self.tr("Page précédente des écarts"), icon="back")
        self.previous.clicked.connect(lambda: self._turn(-1))
        self.page_label = QLabel()
        self.next = TouchButton(theme, self.tr("Suivant"), self.tr("Page suivante des écarts"), icon="next")
        self.next.clicked.connect(lambda: self._turn(1))
        pager.addWidget(self.previous)
        pager.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        pager.addWidget(self.next)
        layout.addLayout(pager)
        self.count_buttons: dict[str, TouchButton] = {}
        self.refresh()

    def _turn(self, step: int) -> None:
        self._page += step
        self.refresh()

    def refresh(self) -> None:
        clear_layout(self.rows)
        rows = self._desk.open()
        groups = self._desk.by_location(rows)
        pages = max(1, -(-len(groups) // self.PER_PAGE))
        self._page = min(max(0, self._page), pages - 1)
        total = len(rows)
        self.title.setText(say(msg("stock.discrepancy_count", n=total)) if total else say(msg("stock.no_discrepancy")))
        self.count_buttons = {}
        for code, text in groups[self._page * self.PER_PAGE:(self._page + 1) * self.PER_PAGE]:
            button = TouchButton(self._theme, self.tr("Compter {0}").format(code),
                                 self.tr("Commencer l'inventaire de {0}").format(code), icon="history")
            button.clicked.connect(lambda _=False, c=code: self.count(c))
            frame, _label = warning_row(self._theme, say(text), button)
            self.rows.addWidget(frame)
            self.count_buttons[code] = button
        self.page_label.setText(self.tr("page {0} / {1}").format(self._page + 1, pages))
        self.previous.setEnabled(self._page > 0)
        self.next.setEnabled(self._page < pages - 1)

    def count(self, location_code: str) -> None:
        """One tap: the count of that location starts on the inventory page."""
        counting = self._console.counting
        if not counting.session.start_at(location_code):
            return
        self._desk.start_count(location_code)
        counting.feedback.show_message("info", say(msg("stock.count_started", location=location_code)))
        counting._show()
        self._console.show_page(counting)
        self.refresh()


class PrintPage(QWidget):
    def __init__(self, theme: Theme, queue: PrintQueue, console: LogisticsConsole):
        super().__init__()
        self._theme, self._queue, self._console = theme, queue, console
        self.printer_icon = QLabel()
        self.printer_state = QLabel()
        self.printer_state.setObjectName("title")
        self.printer_state.setWordWrap(True)
        self.printer_state.setAccessibleName(self.tr("État de l'imprimante"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Avancement de l'impression"))
        self.progress.hide()
        self.stop_button = TouchButton(theme, self.tr("Arrêter l'envoi"), icon="error")
        self.stop_button.clicked.connect(console.cancel_printing)
        self.stop_button.hide()
        self.jobs = touch_table(theme, [self.tr("Travail"), self.tr("Étiquette"), self.tr("État"), self.tr("Essais"),
                                   self.tr("Raison")], self.tr("File d'impression"))
        # The job's actions give way to the choices of an interrupted job while they are shown: the
        # table keeps its rows on a 1024×768 panel.
        self.actions = QWidget()
        buttons = QGridLayout(self.actions)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.retry_button = TouchButton(theme, self.tr("Relancer"), icon="next")
        self.retry_button.clicked.connect(lambda: self._act("retry"))
        self.cancel_button = TouchButton(theme, self.tr("Annuler"), icon="erase")
        self.cancel_button.clicked.connect(lambda: self._act("cancel"))
        self.reprint_damaged = TouchButton(theme, self.tr("Réimprimer : étiquette abîmée"), icon="print")
        self.reprint_damaged.clicked.connect(lambda: self._reprint(self.tr("étiquette abîmée")))
        self.reprint_unreadable = TouchButton(theme, self.tr("Réimprimer : illisible"), icon="print")
        self.reprint_unreadable.clicked.connect(lambda: self._reprint(self.tr("étiquette illisible au scanner")))
        for i, b in enumerate((self.retry_button, self.cancel_button, self.reprint_damaged, self.reprint_unreadable)):
            buttons.addWidget(b, i // 2, i % 2)
        # An interrupted job goes on only as the person chooses (the same three choices as
        # `queue retry`); a label already sent is sent again only with a reason, given by the button.
        self.choices = QWidget()
        self.choices.setAccessibleName(self.tr("Suite d'un travail interrompu"))
        self.choices_title = QLabel()
        self.choices_title.setWordWrap(True)
        self.resume_button = TouchButton(theme, self.tr("Reprendre à la première non envoyée"), icon="next")
        self.resume_button.clicked.connect(lambda: self._go_on(FROM_FIRST_UNSENT))
        self.resend_all_button = TouchButton(theme, self.tr("Tout renvoyer : rien n'est sorti"), icon="history")
        self.resend_all_button.clicked.connect(lambda: self._go_on(RESEND_ALL, self.tr("rien n'est sorti de l'imprimante")))
        self.labels_entry = QLineEdit()
        self.labels_entry.setPlaceholderText(self.tr("Étiquettes à refaire, par ex. 2, 5-7"))
        self.labels_entry.setAccessibleName(self.tr("Numéros des étiquettes à refaire"))
        self.labels_entry.setMinimumHeight(theme.target_px)
        self.chosen_button = TouchButton(theme, self.tr("Refaire ces étiquettes : abîmées ou manquantes"),
                                         icon="history")
        self.chosen_button.clicked.connect(
            lambda: self._go_on(CHOSEN_LABELS, self.tr("étiquettes abîmées ou manquantes")))
        self.close_choices_button = TouchButton(theme, self.tr("Plus tard"), self.tr("Fermer : décider plus tard"),
                                                 icon="back")
        self.close_choices_button.clicked.connect(self._close_choices)
        # After a cut the printer's count is only what it acknowledged: the last label on paper,
        # scanned (or its number typed), says where the job goes on.
        self.last_entry = QLineEdit()
        self.last_entry.setPlaceholderText(self.tr("Dernière étiquette sortie : scannez-la ou tapez son numéro"))
        self.last_entry.setAccessibleName(self.tr("Dernière étiquette sortie"))
        self.last_entry.setMinimumHeight(theme.target_px)
        self.last_entry.returnPressed.connect(lambda: self._go_on(AFTER_LAST_ON_PAPER))
        self.after_button = TouchButton(theme, self.tr("Reprendre après celle-ci"), icon="next")
        self.after_button.clicked.connect(lambda: self._go_on(AFTER_LAST_ON_PAPER))
        self._choice_grid = choice_grid = QGridLayout(self.choices)
        choice_grid.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()  # the way out beside the question: no row of its own
        title_row.addWidget(self.choices_title, 1)
        title_row.addWidget(self.close_choices_button)
        choice_grid.addLayout(title_row, 0, 0, 1, 2)
        choice_grid.addWidget(self.last_entry, 1, 0)  # shown when the count is not known
        choice_grid.addWidget(self.after_button, 1, 1)
        choice_grid.addWidget(self.resume_button, 2, 0)
        choice_grid.addWidget(self.resend_all_button, 2, 1)
        choice_grid.addWidget(self.labels_entry, 3, 0)
        choice_grid.addWidget(self.chosen_button, 3, 1)
        self.choices.hide()
        self.feedback = Feedback(theme, 0)
        top = QHBoxLayout()
        top.addWidget(self.printer_icon)
        top.addWidget(self.printer_state, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.stop_button)
        layout.addLayout(bar)
        layout.addWidget(paged_table(theme, self.jobs), 1)
        layout.addWidget(self.actions)
        layout.addWidget(self.choices)
        layout.addWidget(self.feedback)
        self.refresh()

    def show_status(self, status: PrinterStatus, url: str, simulated: bool) -> None:
        kind = "ok" if status.ready else "error" if not status.online else "warning"
        side = self._theme.px(10)
        self.printer_icon.setPixmap(self._theme.pixmap(kind, side))
        name = self.tr("Imprimante simulée") if simulated else url
        # « Imprimante simulée : prête », "Simulated printer: ready": the colon's space is French.
        self.printer_state.setText(self.tr("{0} : {1}").format(name, say(status.describe())))

    def refresh(self) -> None:
        self._jobs = self._queue.jobs()
        status_fr = {"queued": self.tr("en attente"), "sending": self.tr("envoi"), "printed": self.tr("imprimée"),
                     "interrupted": self.tr("interrompue"), "cancelled": self.tr("annulée")}
        def state(j) -> str:
            if j.status == "interrupted":
                return self.tr("interrompu : {0}/{1} étiquettes").format(j.labels_sent, j.labels)
            return status_fr.get(j.status, j.status)

        fill_table(self.jobs, [[str(j.id)[:8], j.name, state(j), str(j.attempts),
                           say(j.last_error) if j.status != "printed" else ""] for j in self._jobs])

    def _selected(self):
        row = self.jobs.currentRow()
        return self._jobs[row] if 0 <= row < len(self._jobs) else None

    def _act(self, action: str) -> None:
        job = self._selected()
        if job is None:
            self.feedback.show_message("error", self.tr("Touchez d'abord un travail."))
            return
        if action == "retry" and job.status == "interrupted":
            self._choosing = job
            known = job.labels_sent_known
            if known:
                self.choices_title.setText(
                    self.tr("« {0} » interrompu : {1} / {2} étiquettes envoyées. Comment continuer ?")
                    .format(job.name, job.labels_sent, job.labels))
            else:
                self.choices_title.setText(
                    self.tr("« {0} » interrompu : l'imprimante avait reçu {1} / {2} étiquettes et a pu en sortir plus ou "
                            "moins. Lisez la dernière étiquette sortie : scannez-la ou tapez son numéro.")
                    .format(job.name, job.labels_sent, job.labels))
            self.resume_button.setText(self.tr("Reprendre à l'étiquette {0}").format(min(job.labels_sent + 1, job.labels)))
            self.resume_button.setVisible(known)
            self.last_entry.setVisible(not known)
            self.after_button.setVisible(not known)
            # Without a resume button, "resend all" takes the whole row rather than leave a hole.
            self._choice_grid.removeWidget(self.resend_all_button)
            self._choice_grid.addWidget(self.resend_all_button, 2, 1 if known else 0, 1, 1 if known else 2)
            self.labels_entry.clear()
            self.last_entry.clear()
            self.actions.hide()
            self.choices.show()
            if not known:
                self.last_entry.setFocus()  # a keyboard-wedge scanner types here
            return
        try:
            getattr(self._queue, action)(job.id, by=self._console.user)
        except DomainError as exc:
            self.feedback.show_message("error", say(exc.message) if exc.message else str(exc))
            return
        self._close_choices()
        self.feedback.show_message("ok", self.tr("C'est fait."))
        self.refresh()

    def _go_on(self, choice: str, reason: str = "") -> None:
        job = getattr(self, "_choosing", None)
        if job is None:
            return
        after = choice == AFTER_LAST_ON_PAPER
        try:
            labels = parse_label_numbers(self.labels_entry.text()) if choice == CHOSEN_LABELS else None
            last = self._queue.last_label_named(job.id, self.last_entry.text()) if after else None
            self._queue.retry(job.id, by=self._console.user, choice=choice, labels=labels, reason=reason,
                              last_on_paper=last)
        except DomainError as exc:
            self.feedback.show_message("error", say(exc.message) if exc.message else str(exc))
            return
        self._close_choices()
        self.feedback.show_message("ok", say(self._queue.resumed_message(job.id)) if after else self.tr("C'est fait."))
        self.refresh()
        self._console.run_queue()

    def _close_choices(self) -> None:
        self._choosing = None
        self.choices.hide()
        self.actions.show()

    def takes_scan(self) -> bool:
        """Waiting for the last label on paper of a cut job: a scan is that label."""
        return self.choices.isVisible() and self.last_entry.isVisible()

    def handle_scan(self, text: str) -> None:
        self.last_entry.setText(text)
        self._go_on(AFTER_LAST_ON_PAPER)

    def _reprint(self, reason: str) -> None:
        job = self._selected()
        if job is None or job.status != "printed":
            self.feedback.show_message("error", self.tr("Touchez d'abord une étiquette déjà imprimée."))
            return
        self._queue.reprint(job.id, reason, self._console.user)
        self.feedback.show_message("ok", self.tr("Réimpression demandée (même SSCC) : {0}.").format(reason))
        self._console.run_queue()


class LogisticsConsole(QWidget):
    """Stock, receiving, counting, shipments, printing: pages behind large buttons (no tabs to aim at)."""

    STATUS_EVERY_MS = 5_000
    QUEUE_EVERY_MS = 2_000

    def __init__(self, theme: Theme, services: LogisticsServices, sounds: Sounds, session: SignedIn):
        super().__init__()
        self.sounds, self.user = sounds, session.key
        self.actor = Actor.of(session)  # rights (shipping without every label) come from the session
        stock, shipping, queue = services.stock, services.shipping, services.queue
        self._queue = queue
        self.labels = services.labels
        self.shipments_service = shipping
        self.printer_url = self.labels.printer_url
        self.simulated_printer = self.labels.simulated
        self._signals = _Signals()
        self._signals.status.connect(self._on_status)
        self._signals.queue_ran.connect(self._on_queue_ran)
        self._signals.progress.connect(self._on_progress)
        self._busy = threading.Lock()
        self._cancel = threading.Event()
        self._pool = QThreadPool(self)
        queue.recover()

        self.stock_page = StockPage(theme, stock, self)
        self.stock_view = self.stock_page.view
        self.receiving = ReceivingPage(theme, services, self)
        self.counting = CountPage(theme, services, self)
        self.shipments = ShipmentsPage(theme, shipping, self)
        self.printing = PrintPage(theme, queue, self)
        self.discrepancies = DiscrepanciesPage(theme, services.discrepancies, self)
        self.files = FilesPage(theme, services.db, services.stock, self)
        self.costs = CostsPage(theme, services.costs, services.documents)
        self.pages = PageStack()
        self.nav_buttons = []
        self._pages = (self.stock_page, self.receiving, self.counting, self.shipments, self.printing, self.discrepancies)
        for label, page, icon in ((self.tr("Stock"), self.stock_page, "search"),
                                  (self.tr("Réception"), self.receiving, "badge"),
                                  (self.tr("Inventaire"), self.counting, "history"),
                                  (self.tr("Expéditions"), self.shipments, "box"),
                                  (self.tr("Impressions"), self.printing, "print"),
                                  (self.tr("Écarts"), self.discrepancies, "warning")):
            self.pages.addWidget(page)
            button = TouchButton(theme, label, icon=icon)
            # The bar takes a second row before a word is cut; its words never widen the window.
            button.words_may_go = True
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, p=page: self.show_page(p))
            self.nav_buttons.append(button)
        # Six words on one row at the normal type on a 1024 px panel; two rows at a larger type.
        self.nav = ButtonRows(theme, self.nav_buttons, theme.space("xs"))
        # Imports and exports: from the stock page (a seventh button would clip the bar at 1024 px).
        self.pages.addWidget(self.files)
        self.stock_page.files_button.clicked.connect(lambda: self.show_page(self.files))
        self.files.back_button.clicked.connect(lambda: self.show_page(self.stock_page))
        # What the orders cost and earn, the invoices: from the stock page too.
        self.pages.addWidget(self.costs)
        self.stock_page.costs_button.clicked.connect(lambda: self.show_page(self.costs))
        self.costs.back_button.clicked.connect(lambda: self.show_page(self.stock_page))
        # A customer's rate for one kit, set by touch: from the costs page.
        self.rates = RatePage(theme, services.costs, lambda: self.actor)
        self.pages.addWidget(self.rates)
        self.costs.rate_requested.connect(self.show_rate)
        self.rates.back_button.clicked.connect(lambda: self.show_page(self.costs))
        # An order's minutes per kit over time against the quote: from the costs page too.
        self.pace = PacePage(theme, services.costs)
        self.pages.addWidget(self.pace)
        self.costs.pace_requested.connect(self.show_pace)
        self.pace.back_button.clicked.connect(lambda: self.show_page(self.costs))
        # The lots, soonest expiry first: from the stock page, its button saying how many to watch.
        self._lots = services.lots
        self.lots = LotsPage(theme, services.lots, services.expiry_warning_days)
        self.pages.addWidget(self.lots)
        self.stock_page.lots_button.clicked.connect(lambda: self.show_page(self.lots))
        self.lots.back_button.clicked.connect(lambda: self.show_page(self.stock_page))
        # A recall: where the chosen lot went, and the report for the customer.
        self.recall = RecallPage(theme, services.trace, services.documents)
        self.pages.addWidget(self.recall)
        self.lots.recall_requested.connect(self.show_recall)
        self._recall_from: QWidget = self.lots
        self.recall.back_button.clicked.connect(lambda: self.show_page(self._recall_from))
        layout = QVBoxLayout(self)
        xs = theme.space("xs")
        layout.setContentsMargins(xs, xs, xs, xs)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.show_page(self.stock_page)
        self._count_lots_to_watch()  # the stock page is the first: show_page saw no page change
        self._status_timer = QTimer(self, interval=self.STATUS_EVERY_MS)
        self._status_timer.timeout.connect(self.check_printer)
        self._status_timer.start()
        self._queue_timer = QTimer(self, interval=self.QUEUE_EVERY_MS)
        self._queue_timer.timeout.connect(self.run_queue)
        self._queue_timer.start()
        self.check_printer()

    def handle_scan(self, text: str) -> None:
        """Receiving and counting take scans, and the print page the last label of a cut job; on any
        other page a carton's label (SSCC) says what the carton holds, and any other scan searches
        the stock."""
        page = self.pages.currentWidget()
        if page in (self.receiving, self.counting) or (page is self.printing and page.takes_scan()):
            page.handle_scan(text)
            return
        sscc = scanned_sscc(text)
        if sscc is not None:
            self.show_sscc(sscc)
            return
        self.show_page(self.stock_page)
        self.stock_view.search.setText(text)
        self.stock_view.apply_filter()

    def show_pace(self, ref: str) -> None:
        self.pace.show_order(ref)
        self.show_page(self.pace)

    def show_rate(self, view) -> None:
        self.rates.show_order(view)
        self.show_page(self.rates)

    def show_recall(self, sku: str, lot: str) -> None:
        self.recall.show_lot(sku, lot)
        self._recall_from = self.lots
        self.show_page(self.recall)

    def show_sscc(self, sscc: str) -> None:
        self.recall.show_sscc(sscc)
        if self.pages.currentWidget() is not self.recall:
            self._recall_from = self.pages.currentWidget()
        self.show_page(self.recall)

    def show_page(self, page: QWidget) -> None:
        if page is self.discrepancies or page is self.costs or page is self.lots:
            page.refresh()  # the stations add to it while the manager works elsewhere
        if page is self.stock_page and self.pages.currentWidget() is not page:
            self._count_lots_to_watch()  # on coming back, not at every scan that searches the stock
        self.pages.setCurrentWidget(page)
        for button, p in zip(self.nav_buttons, self._pages, strict=True):
            button.setChecked(p is page)

    def _count_lots_to_watch(self) -> None:
        """The stock page's "Lots" button says how many lots are expired or expire soon (the lots
        page itself is filled when it opens)."""
        flagged = sum(1 for line in self._lots() if line.flagged)
        button = self.stock_page.lots_button
        button.setText(self.tr("Lots : {0} à surveiller").format(flagged) if flagged else self.tr("Lots"))
        button.set_icon("warning" if flagged else "box")

    # ------------------------------------------------------------------ printer and queue, off the GUI thread
    def check_printer(self) -> None:
        self._pool.start(_Task(self.labels.printer_status, self._signals.status))

    def _on_status(self, status) -> None:
        if isinstance(status, PrinterStatus):
            self.printer_status = status
            self.printing.show_status(status, self.printer_url, self.simulated_printer)

    def print_labels(self, shipment_ref: str) -> None:
        """Queue one job per logistic label (in the configured format), then send them in the background."""
        try:
            queued = self.labels.print_shipment(shipment_ref, self.user)
        except DomainError as exc:
            self.shipments.feedback.show_message("error", say(exc.message or str(exc)))
            return
        self.printing.feedback.show_message("info", say(queued))
        self._sent_to_queue()

    def print_product(self, sku: str, name: str, gtin: str | None) -> None:
        try:
            self.labels.print_product(sku, name, gtin, self.user)
        except DomainError as exc:
            self.stock_page.caption.setText(say(exc.message or str(exc)))
            return
        self._sent_to_queue()

    def _sent_to_queue(self) -> None:
        self.show_page(self.printing)
        self.printing.refresh()
        self.run_queue()

    def run_queue(self) -> None:
        if not self._busy.acquire(blocking=False):
            return  # a round is already running

        def drain():
            try:
                self._cancel.clear()
                return self._queue.run_once(progress=self._signals.progress.emit, cancelled=self._cancel.is_set)
            finally:
                self._busy.release()

        self._pool.start(_Task(drain, self._signals.queue_ran))

    def cancel_printing(self) -> None:
        self._cancel.set()

    def _on_progress(self, done: int, total: int) -> None:
        bulk = total > 1 and done < total
        self.printing.progress.setVisible(bulk)
        self.printing.stop_button.setVisible(bulk)
        self.printing.progress.setRange(0, total)
        self.printing.progress.setValue(done)
        self.printing.progress.setFormat(self.tr("{0} / {1} étiquettes envoyées").format(done, total))

    def _on_queue_ran(self, outcomes) -> None:
        if isinstance(outcomes, dict) and outcomes:
            self.shipments.refresh()  # each unit's label state is read from the queue itself
        self.printing.progress.hide()
        self.printing.stop_button.hide()
        self.printing.refresh()
        if isinstance(outcomes, dict) and "waiting" in outcomes.values():
            self.check_printer()

    def stop(self) -> None:
        self._status_timer.stop()
        self._queue_timer.stop()
        self._cancel.set()
        self.files.stop()
        self._pool.waitForDone(5000)
