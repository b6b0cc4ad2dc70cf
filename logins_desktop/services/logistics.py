"""What the logistics console works with, built once by the composition root (app.py): the screens
receive services, they never build one from a database handle."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from logins_desktop.services.costing import CostService
from logins_desktop.services.evidence import PhotoSources
from logins_desktop.services.label_printing import LabelPrinting
from logins_desktop.services.printing import PrintQueue
from logins_desktop.services.receiving import (
    CountSession,
    Notice,
    NoticeClosed,
    ReceivingSession,
    close_notice,
    open_notices,
)
from logins_desktop.services.shipping import ShippingService
from logins_desktop.services.station import DiscrepancyDesk
from logins_desktop.services.stock import LotLine, StockService
from logins_desktop.services.trace import TraceService
from logins_desktop.store.database import Database


@dataclass
class LogisticsServices:
    db: Database
    stock: StockService
    shipping: ShippingService
    queue: PrintQueue
    labels: LabelPrinting
    discrepancies: DiscrepancyDesk
    costs: CostService
    trace: TraceService
    # Where the console writes invoices and order statements (no file dialog, no keyboard).
    documents: Path = field(default_factory=lambda: default_documents())
    expiry_warning_days: int = 30  # settings: [stock] expiry_warning_days
    photo_sources: PhotoSources = field(default_factory=PhotoSources)  # for the damaged goods' photos

    def lots(self, today: date | None = None, text: str = "") -> list[LotLine]:
        """The lots on hand, soonest expiry first, those expired or expiring within the window flagged;
        with `text`, the lots whose code holds it, used up or not."""
        return self.stock.lots(today or date.today(), self.expiry_warning_days, text)

    def notices(self) -> list[Notice]:
        """The deliveries customers announced that are still open, with what each line received."""
        return open_notices(self.db)

    def close_notice(self, reference: str, by: str) -> NoticeClosed:
        return close_notice(self.db, reference, by)

    def receiving_session(self, by: str) -> ReceivingSession:
        return ReceivingSession(self.db, by)

    def count_session(self, by: str) -> CountSession:
        return CountSession(self.db, by)


def logistics_services(db: Database, stock: StockService, shipping: ShippingService, queue: PrintQueue,
                       settings, demo: bool = False) -> LogisticsServices:
    return LogisticsServices(db, stock, shipping, queue, LabelPrinting(shipping, queue, settings), DiscrepancyDesk(db),
                             CostService(db), TraceService(db), expiry_warning_days=settings.stock.expiry_warning_days,
                             photo_sources=PhotoSources.from_settings(settings.devices, demo))


def default_documents() -> Path:
    """The user's documents folder, in a Log'ins sub-folder."""
    from platformdirs import user_documents_dir

    return Path(user_documents_dir()) / "Logins"
