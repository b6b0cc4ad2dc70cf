"""Printing labels from the console: logistic labels of a shipment's units and product labels,
rendered in the configured format ([printing] format: ZPL for label printers, or PDF) and queued
for the configured printer ([devices] printer; none = a simulated one, said so on screen).

The screens call this; they never render a label or open a printer themselves. A queued label is
not a printed one: the print queue says when the printer took it (ShippingService.unit_labels).
"""

from __future__ import annotations

from logins_desktop.devices.printers import PrinterError, PrinterStatus, open_printer
from logins_desktop.domain.errors import DomainError
from logins_desktop.labels import pdf, zpl
from logins_desktop.labels import product as product_labels
from logins_desktop.labels.product import ProductLabel
from logins_desktop.messages import Message, msg
from logins_desktop.services.printing import PrintQueue
from logins_desktop.services.shipping import ShippingService, label_job_name
from logins_desktop.settings import Settings

SIMULATED_PRINTER = "sim://printer"


class LabelPrinting:
    def __init__(self, shipping: ShippingService, queue: PrintQueue, settings: Settings):
        self._shipping, self.queue = shipping, queue
        self.printer_url = settings.devices.printer or SIMULATED_PRINTER
        self.simulated = not settings.devices.printer
        self.format = settings.printing.format

    def printer_status(self) -> PrinterStatus:
        """Asks the printer (slow over a network: call it off the GUI thread); never raises."""
        try:
            return open_printer(self.printer_url).status()
        except PrinterError as exc:
            return PrinterStatus(online=False, message=str(exc))

    def print_shipment(self, shipment_ref: str, by: str) -> Message:
        """One job per unit's label, so each unit knows when its own label is printed."""
        labels = self._shipping.labels(shipment_ref)
        if not labels:
            raise DomainError(msg("labels.no_units", shipment=shipment_ref))
        for label in labels:
            data = pdf.render([label]) if self.format == "pdf" else zpl.render(label).encode()
            self.queue.enqueue(self.printer_url, data, label_job_name(label.sscc), self.format, by=by)
        return msg("shipping.labels_queued", n=len(labels))

    def shipment_preview_pdf(self, shipment_ref: str) -> bytes | None:
        """The last unit's label as it will print (the PDF rendering), or None without units."""
        labels = self._shipping.labels(shipment_ref)
        return pdf.render(labels[-1:]) if labels else None

    def product_preview_png(self, sku: str, name: str, gtin: str | None) -> bytes:
        return product_labels.preview_png(ProductLabel(sku, name, gtin))

    def print_product(self, sku: str, name: str, gtin: str | None, by: str) -> None:
        label = ProductLabel(sku, name, gtin)
        data = product_labels.pdf([label]) if self.format == "pdf" else product_labels.zpl(label).encode()
        self.queue.enqueue(self.printer_url, data, f"Article {sku}", self.format, by=by)
