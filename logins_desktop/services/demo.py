"""Realistic demo data: fictional customers, the three kinds of kit the workshop makes, a dozen workers.

Everything here is invented. The GTINs use a fictitious company prefix (settings gs1.company_prefix)
and carry correct check digits, so the demo barcodes scan like real ones.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from uuid import uuid4

from sqlalchemy import select, update

from logins_desktop.domain.ergonomics import FineMotor, Hands, Operation, Posture
from logins_desktop.domain.gs1 import with_check_digit
from logins_desktop.domain.lots import LotBalance, Tracking, allocate
from logins_desktop.services import audit
from logins_desktop.services.assignment import AssignmentService
from logins_desktop.services.auth import hash_secret
from logins_desktop.store import ledger
from logins_desktop.store.database import Database
from logins_desktop.store.ledger import Line, Posting
from logins_desktop.store.models import (
    Customer,
    ExpectedReceipt,
    ExpectedReceiptLine,
    KitComponent,
    Location,
    MovementKind,
    Order,
    Product,
    QualityRule,
    RateCard,
    Role,
    Station,
    StockMovement,
    Task,
    User,
    Worker,
    WorkerRestriction,
    utcnow,
)

DEMO_PREFIX = "3760000"

CUSTOMERS = [
    ("RECO", "ReCo Mobile (fictif)"),
    ("LAVANDE", "Maison Lavande Cosmétiques (fictif)"),
    ("FIBRA", "Fibra Télécom (fictif)"),
]

# sku, name, weight in grams, customer, item reference (becomes the GTIN)
PRODUCTS = [
    ("KIT-REPRISE", "Kit de reprise smartphone", 180, "RECO", 1),
    ("BOITE-REPRISE", "Boîte de reprise pliée", 95, "RECO", 2),
    ("POCHETTE-PROT", "Pochette de protection", 20, "RECO", 3),
    ("NOTICE-REPRISE", "Notice « Comment renvoyer votre téléphone »", 8, "RECO", 4),
    ("BON-RETOUR", "Bon de retour à compléter", 6, "RECO", 5),
    ("ETIQ-PREPAYEE", "Étiquette de retour prépayée", 4, "RECO", 6),
    ("COFFRET-LAVANDE", "Coffret cadeau Lavande", 520, "LAVANDE", 11),
    ("ETUI-COFFRET", "Étui carton du coffret", 120, "LAVANDE", 12),
    ("CREME-MAINS-50", "Crème mains lavande 50 ml", 70, "LAVANDE", 13),
    ("SAVON-100", "Savon lavande 100 g", 110, "LAVANDE", 14),
    ("BRUME-100", "Brume d'oreiller 100 ml", 160, "LAVANDE", 15),
    ("CARTE-VOEUX", "Carte de vœux", 10, "LAVANDE", 16),
    ("KIT-BOX-FIBRA", "Kit box internet Fibra", 1450, "FIBRA", 21),
    ("BOX-FIBRA", "Box internet Fibra", 980, "FIBRA", 22),
    ("ALIM-12V", "Bloc d'alimentation 12 V", 210, "FIBRA", 23),
    ("CABLE-RJ45-3M", "Câble Ethernet 3 m", 90, "FIBRA", 24),
    ("CABLE-FIBRE", "Jarretière optique", 40, "FIBRA", 25),
    ("GUIDE-INSTALL", "Guide d'installation", 60, "FIBRA", 26),
    ("CARTON-BOX", "Carton d'expédition box", 150, "FIBRA", 27),
]

# The cosmetics customer asks for a written check of one gift set in 20 (and of every set after a failure).
# kit, sampling, n, points, a photo of each checked kit (the cosmetics customer asks for one)
QUALITY_RULES = [
    ("COFFRET-LAVANDE", "every", 20, ["étui fermé sans pli", "produits calés", "carte de vœux visible"], True),
]

KITS = {
    "KIT-REPRISE": [
        ("BOITE-REPRISE", 1, "Dépliez la boîte, fond vers le bas."),
        ("POCHETTE-PROT", 1, "Posez la pochette au fond de la boîte."),
        ("NOTICE-REPRISE", 1, "Ajoutez la notice, texte visible."),
        ("BON-RETOUR", 1, "Ajoutez le bon de retour."),
        ("ETIQ-PREPAYEE", 1, "Glissez l'étiquette prépayée sur le dessus."),
    ],
    "COFFRET-LAVANDE": [
        ("ETUI-COFFRET", 1, "Ouvrez l'étui, calage vers vous."),
        ("CREME-MAINS-50", 1, "Crème dans l'alvéole de gauche."),
        ("SAVON-100", 1, "Savon au centre."),
        ("BRUME-100", 1, "Brume dans l'alvéole de droite."),
        ("CARTE-VOEUX", 1, "Carte sur le dessus, puis fermez."),
    ],
    "KIT-BOX-FIBRA": [
        ("CARTON-BOX", 1, "Montez le carton."),
        ("BOX-FIBRA", 1, "Box dans son calage."),
        ("ALIM-12V", 1, "Bloc d'alimentation dans le compartiment."),
        ("CABLE-RJ45-3M", 1, "Câble Ethernet enroulé."),
        ("CABLE-FIBRE", 1, "Jarretière optique, sans la plier."),
        ("GUIDE-INSTALL", 1, "Guide sur le dessus."),
    ],
}

LOCATIONS = [
    ("RECEPTION", "Quai de réception"),
    ("A-01-01", "Allée A, rayon 1, niveau 1"),
    ("A-01-02", "Allée A, rayon 1, niveau 2"),
    ("A-02-01", "Allée A, rayon 2, niveau 1"),
    ("B-01-01", "Allée B, rayon 1, niveau 1 (charges lourdes)"),
    ("ATELIER-1", "Atelier — ligne 1"),
    ("ATELIER-2", "Atelier — ligne 2"),
    ("ATELIER-3", "Atelier — ligne 3 (box)"),
    ("EXPEDITION", "Quai d'expédition"),
]

# sku, location, quantity
STOCK = [
    ("BOITE-REPRISE", "A-01-01", 2400),
    ("POCHETTE-PROT", "A-01-02", 3000),
    ("NOTICE-REPRISE", "A-02-01", 5000),
    ("BON-RETOUR", "A-02-01", 5000),
    ("ETIQ-PREPAYEE", "A-01-02", 2500),
    ("BOITE-REPRISE", "ATELIER-1", 150),
    ("POCHETTE-PROT", "ATELIER-1", 150),
    ("NOTICE-REPRISE", "ATELIER-1", 200),
    ("BON-RETOUR", "ATELIER-1", 200),
    ("ETIQ-PREPAYEE", "ATELIER-1", 150),
    ("ETUI-COFFRET", "A-01-01", 800),
    ("CREME-MAINS-50", "A-02-01", 900),
    ("SAVON-100", "A-02-01", 900),
    ("BRUME-100", "A-02-01", 700),
    ("CARTE-VOEUX", "A-01-02", 1000),
    ("ETUI-COFFRET", "ATELIER-2", 60),
    ("CREME-MAINS-50", "ATELIER-2", 60),
    ("SAVON-100", "ATELIER-2", 60),
    ("BRUME-100", "ATELIER-2", 60),
    ("CARTE-VOEUX", "ATELIER-2", 80),
    ("BOX-FIBRA", "B-01-01", 400),
    ("ALIM-12V", "B-01-01", 420),
    ("CABLE-RJ45-3M", "A-02-01", 600),
    ("CABLE-FIBRE", "A-02-01", 600),
    ("GUIDE-INSTALL", "A-01-02", 800),
    ("CARTON-BOX", "B-01-01", 500),
    ("KIT-REPRISE", "EXPEDITION", 320),
]

# The cosmetics are tracked by lot (a recall must be answered within hours): (sku, location) ->
# (lot, expiry in days from today, quantity), summing to its STOCK line. One lot in storage is past
# its date and one at the line side expires within the console's warning window.
TRACKED_BY_LOT = ("CREME-MAINS-50", "SAVON-100", "BRUME-100")
DEMO_LOTS = {
    ("CREME-MAINS-50", "A-02-01"): [("CM2609A", 260, 500), ("CM2606B", 170, 400)],
    ("CREME-MAINS-50", "ATELIER-2"): [("CM2601C", 20, 60)],
    ("SAVON-100", "A-02-01"): [("SV2511A", -6, 12), ("SV2612B", 380, 888)],
    ("SAVON-100", "ATELIER-2"): [("SV2612B", 380, 60)],
    ("BRUME-100", "A-02-01"): [("BR2608A", 240, 700)],
    ("BRUME-100", "ATELIER-2"): [("BR2608A", 240, 60)],
}

ORDERS = [
    ("CMD-2026-1101", "RECO", "KIT-REPRISE", 15000, 30),
    ("CMD-2026-1102", "LAVANDE", "COFFRET-LAVANDE", 1200, 18),
    ("CMD-2026-1103", "FIBRA", "KIT-BOX-FIBRA", 350, 10),
]

# code, name, operation, order, s/unit, load kg, hands, posture, overhead, fine motor, reps/min
TASKS = [
    ("T-REPRISE-ASM", "Assemblage kit reprise", Operation.KIT_ASSEMBLY, "CMD-2026-1101", 22, 0.2, 2, Posture.ANY, False, FineMotor.LOW, 12),
    ("T-REPRISE-CTRL", "Contrôle qualité kits reprise", Operation.QUALITY_CONTROL, "CMD-2026-1101", 8, 0.2, 1, Posture.SEATED, False, FineMotor.NONE, 6),
    ("T-LAVANDE-ASM", "Assemblage coffret Lavande", Operation.KIT_ASSEMBLY, "CMD-2026-1102", 45, 0.6, 2, Posture.ANY, False, FineMotor.NORMAL, 8),
    ("T-LAVANDE-ETIQ", "Étiquetage coffrets", Operation.LABELLING, "CMD-2026-1102", 10, 0.6, 1, Posture.ANY, False, FineMotor.NORMAL, 6),
    ("T-FIBRA-ASM", "Assemblage kit box Fibra", Operation.KIT_ASSEMBLY, "CMD-2026-1103", 70, 1.5, 2, Posture.STANDING, False, FineMotor.LOW, 4),
    ("T-FIBRA-PICK", "Préparation composants box (rayonnage haut)", Operation.PICKING, "CMD-2026-1103", 30, 12.0, 2, Posture.STANDING, True, FineMotor.NONE, 3),
    ("T-EXPE-PACK", "Mise en carton et palettisation", Operation.PACKING, None, 40, 8.0, 2, Posture.STANDING, False, FineMotor.NONE, 5),
]

# badge, name, contract start (days ago), max load, hands, posture, overhead ok, fine motor, max reps/min
WORKERS = [
    ("B1001", "Amina Benali", 420, 5.0, None, None, False, None, None),
    ("B1002", "Julien Moreau", 300, None, Hands.RIGHT, None, None, None, 10.0),
    ("B1003", "Sofia Da Silva", 700, 3.0, None, Posture.SEATED, False, None, None),
    ("B1004", "Karim Haddad", 120, None, None, None, None, None, None),
    ("B1005", "Léa Fontaine", 90, 8.0, None, None, False, FineMotor.LOW, None),
    ("B1006", "Mamadou Diallo", 560, None, Hands.LEFT, Posture.SEATED, None, None, 8.0),
    ("B1007", "Claire Lefebvre", 240, 2.0, None, Posture.SEATED, False, FineMotor.NONE, 6.0),
    ("B1008", "Thomas Nguyen", 60, 10.0, None, None, None, None, None),
    ("B1009", "Nadia Rahmani", 380, None, None, Posture.STANDING, None, None, 12.0),
    ("B1010", "Pierre Garnier", 900, 5.0, Hands.RIGHT, Posture.SEATED, False, None, None),
    ("B1011", "Inès Marchand", 30, None, None, None, False, FineMotor.LOW, None),
    ("B1012", "Yannick Le Goff", 150, 15.0, None, Posture.STANDING, None, None, None),
]

# code, name, site, scanner, printer, location (where components are taken and kits put)
STATIONS = [
    ("POSTE-01", "Ligne 1 — poste 1", "SITE-1", "", "", "ATELIER-1"),
    ("POSTE-02", "Ligne 1 — poste 2", "SITE-1", "", "", "ATELIER-1"),
    ("POSTE-03", "Ligne 2 — poste 1", "SITE-1", "", "", "ATELIER-2"),
    ("POSTE-04", "Ligne 3 — préparation box", "SITE-1", "", "", "ATELIER-3"),
    ("EXPE-01", "Quai d'expédition", "SITE-1", "", "", "EXPEDITION"),
    # Tables without a scanner, for the tasks that are not scan-guided (control, labelling).
    *[(f"TABLE-{n:02d}", f"Table de travail {n}", "SITE-1", "", "", "ATELIER-1" if n <= 4 else "ATELIER-2")
      for n in range(1, 9)],
]

# Maximum continuous minutes on a repetitive task; everyone else 120 (one 2-hour period).
SHORT_REPETITIVE_SPELLS = {"B1006": 90.0, "B1007": 60.0}

# The morning so far, for the board's pace chart: order, kits per hour over the last hours,
# made at this location.
MORNING = [
    ("CMD-2026-1101", (96, 118, 131, 124, 140), "ATELIER-1"),
    ("CMD-2026-1102", (22, 35, 31, 40, 38), "ATELIER-2"),
    ("CMD-2026-1103", (0, 6, 9, 8, 11), "ATELIER-3"),
]

# What each customer pays (services.costing): customer, kit, price per kit, price per hour, set-up fee
# per order, quoted standard seconds per kit. Fibra pays by the hour; ReCo is invoiced on shipped kits.
RATES = [
    ("RECO", "KIT-REPRISE", "0.85", None, "45.00", "22"),
    ("LAVANDE", "COFFRET-LAVANDE", "2.40", None, "60.00", "90"),
    ("FIBRA", "KIT-BOX-FIBRA", None, "19.50", "0", "420"),
]
INVOICED_ON_SHIPPING = ("RECO",)
# What one unit of a component costs the workshop when it buys it (most are supplied by the customer).
UNIT_COSTS = {"NOTICE-REPRISE": "0.0350", "BON-RETOUR": "0.0200", "CARTE-VOEUX": "0.1200", "GUIDE-INSTALL": "0.0800"}
# The morning's sessions at the stations (add_morning): order, badge, station
# A delivery the cosmetics customer announced (advance shipping notice): reference, then sku,
# quantity, lot and days to its expiry.
EXPECTED_RECEIPTS = [
    ("ASN-LAV-0412", [("CREME-MAINS-50", 240, "CM2701A", 300), ("SAVON-100", 240, "SV2702A", 420),
                      ("ETUI-COFFRET", 200, "", 0)]),
]

MORNING_SESSIONS = [
    ("CMD-2026-1101", "B1001", "POSTE-01"),
    ("CMD-2026-1102", "B1004", "POSTE-03"),
    ("CMD-2026-1103", "B1012", "POSTE-04"),
]

# Who works where on the demo's first start: badge, order, station, task (None: first compatible)
ASSIGNMENTS = [
    ("B1001", "CMD-2026-1101", "POSTE-01", None),
    ("B1003", "CMD-2026-1101", "POSTE-02", None),
    ("B1004", "CMD-2026-1102", "POSTE-03", None),
    ("B1012", "CMD-2026-1103", "POSTE-04", "T-FIBRA-PICK"),
]

# username, display name, role, badge, PIN (demo only: documented in the README)
USERS = [
    ("chef", "Nathalie Roux", Role.TEAM_LEAD, "C2001", "1234"),
    ("logistique", "Marc Durand", Role.LOGISTICS_MANAGER, "C2002", "2468"),
    ("insertion", "Hélène Petit", Role.INSERTION_COUNSELLOR, "C2003", "135790"),
    ("admin", "Administrateur", Role.ADMIN, None, "000000"),
]


def demo_gtin(item_ref: int, prefix: str = DEMO_PREFIX) -> str:
    body = prefix + str(item_ref).zfill(12 - len(prefix))
    return with_check_digit(body)


def add_morning(s, actor: str = "demo") -> None:
    """Kits made over the last hours, posted through the ledger, then dated back to their hour; and
    the station sessions they were made in (a half-hour break each), for the orders' cost."""
    from logins_desktop.store.models import TaskPause, TaskSession

    this_hour = utcnow().replace(minute=0, second=0, microsecond=0)
    hours = max(len(per_hour) for _, per_hour, _ in MORNING)
    for ref, badge, station in MORNING_SESSIONS:
        order = s.scalars(select(Order).where(Order.ref == ref)).one()
        worker = s.scalars(select(Worker).where(Worker.badge == badge)).one()
        start = this_hour - timedelta(hours=hours)
        session = TaskSession(worker_id=worker.id, order_id=order.id, station=station, started_at=start,
                              ended_at=this_hour, units=sum(next(p for r, p, _ in MORNING if r == ref)))
        s.add(session)
        s.flush()
        s.add(TaskPause(session_id=session.id, started_at=start + timedelta(hours=2.5),
                        ended_at=start + timedelta(hours=3)))
    for ref, per_hour, code in MORNING:
        order = s.scalars(select(Order).where(Order.ref == ref)).one()
        location = s.scalars(select(Location).where(Location.code == code)).one()
        kit_sku = next(sku for r, _c, sku, _q, _d in ORDERS if r == ref)
        # The components come from their storage location (the first of STOCK that is not a line side).
        storage = {sku: loc for sku, loc, _ in reversed(STOCK) if not loc.startswith("ATELIER")}
        ids = dict(s.execute(select(Product.sku, Product.id)).all())
        places = dict(s.execute(select(Location.code, Location.id)).all())
        tracked = [sku for sku, _, _ in KITS[kit_sku] if sku in TRACKED_BY_LOT]
        for back, quantity in enumerate(reversed(per_hour), start=1):
            if quantity == 0:
                continue
            made_at = this_hour - timedelta(hours=back - 1, minutes=30)  # mid-hour, hours done
            if tracked:  # one posting per kit naming its lots, as a station writes it: the recall has kits to find
                station = next(st for r, _badge, st in MORNING_SESSIONS if r == ref)
                _post_kits_with_lots(s, order, kit_sku, quantity, location.id, storage, ids, places, made_at, actor,
                                     f"demo:morning:{ref}:{back}", station)
                continue
            key = f"demo:morning:{ref}:{back}"
            lines = [Line(MovementKind.CONSUME, ids[sku], places[storage[sku]], -per_kit * quantity)
                     for sku, per_kit, _ in KITS[kit_sku]]
            lines.append(Line(MovementKind.PRODUCE, order.product_id, location.id, quantity))
            ledger.post(s, Posting(key=key, actor=actor, lines=tuple(lines), order_id=order.id,
                                   reason="production de la matinée (démonstration)"))
            s.execute(update(StockMovement).where(StockMovement.posting_key == key).values(created_at=made_at))
    _set_aside_for_check(s)


def _set_aside_for_check(s) -> None:
    """The coffret's last kit of the morning waits aside for its check (one in 20 is checked): the
    board's quality page has a kit to show."""
    from logins_desktop.store.models import QualityCheck

    ref, badge, station = next(x for x in MORNING_SESSIONS if x[0] == "CMD-2026-1102")
    order = s.scalars(select(Order).where(Order.ref == ref)).one()
    worker = s.scalars(select(Worker).where(Worker.badge == badge)).one()
    made = sum(next(p for r, p, _ in MORNING if r == ref))
    s.add(QualityCheck(order_id=order.id, kit_key=f"demo:morning:check:{ref}", kit_number=made - made % 20,
                       station=station, worker_id=worker.id))


def _post_kits_with_lots(s, order, kit_sku: str, kits: int, kit_location, storage: dict, ids: dict, places: dict,
                         made_at, actor: str, prefix: str, station: str) -> None:
    """`kits` kits, each consuming its lot-tracked components first expired first out (never an
    expired lot), dated a few seconds apart before `made_at`."""
    today = date.today()
    balances = ledger.lot_balances(s, [ids[sku] for sku in TRACKED_BY_LOT])
    for n in range(kits):
        key = f"{prefix}:{n}"
        lines = []
        for sku, per_kit, _ in KITS[kit_sku]:
            product, place = ids[sku], places[storage[sku]]
            if sku not in TRACKED_BY_LOT:
                lines.append(Line(MovementKind.CONSUME, product, place, -per_kit))
                continue
            on_hand = balances[(product, place)]
            for take in allocate(per_kit, [], on_hand, today):
                lines.append(Line(MovementKind.CONSUME, product, place, -take.quantity, take.lot, take.expiry))
                balances[(product, place)] = on_hand = [
                    LotBalance(b.lot, b.expiry, b.quantity - take.quantity) if b.lot == take.lot else b for b in on_hand]
        lines.append(Line(MovementKind.PRODUCE, order.product_id, kit_location, 1))
        ledger.post(s, Posting(key=key, actor=actor, lines=tuple(lines), order_id=order.id, station=station,
                               reason="production de la matinée (démonstration)"))
        s.execute(update(StockMovement).where(StockMovement.posting_key == key)
                  .values(created_at=made_at - timedelta(seconds=20 * (kits - n))))


def seed_demo(db: Database, actor: str = "demo", morning: bool = False, paths: bool = False) -> bool:
    """Fill an empty database with the demo data; returns False (and changes nothing) if it has products.
    `morning` adds kits made over the last hours (for the board's chart when the app is shown);
    `paths` the insertion paths and the demo worker's months of station work (the app's and the
    CLI's demo have them; the tests' demo does not, its counts stay small and known)."""
    today = date.today()
    with db.write() as s:
        if s.scalar(select(Product.id).limit(1)) is not None:
            return False
        customers = {code: Customer(code=code, name=name) for code, name in CUSTOMERS}
        s.add_all(customers.values())
        products = {
            sku: Product(sku=sku, name=name, weight_g=weight, customer=customers[cust], gtin=demo_gtin(ref))
            for sku, name, weight, cust, ref in PRODUCTS
        }
        s.add_all(products.values())
        locations = {code: Location(code=code, name=name) for code, name in LOCATIONS}
        s.add_all(locations.values())
        s.flush()
        for kit_sku, lines in KITS.items():
            for step, (sku, qty, instruction) in enumerate(lines, start=1):
                s.add(KitComponent(kit=products[kit_sku], component=products[sku], quantity=qty, step=step, instruction=instruction))
        for sku, cost in UNIT_COSTS.items():
            products[sku].unit_cost = Decimal(cost)
        for sku in TRACKED_BY_LOT:
            products[sku].tracking = Tracking.LOT
        for code in INVOICED_ON_SHIPPING:
            customers[code].invoice_basis = "shipped"
        s.flush()
        for code, kit_sku, per_kit, per_hour, setup, standard in RATES:
            s.add(RateCard(customer=customers[code], kit=products[kit_sku], price_per_kit=per_kit and Decimal(per_kit),
                           price_per_hour=per_hour and Decimal(per_hour), setup_fee=Decimal(setup),
                           standard_seconds=Decimal(standard)))
        for kit_sku, sampling, n, points, photo in QUALITY_RULES:
            s.add(QualityRule(kit=products[kit_sku], sampling=sampling, n=n, checklist=points, photo=photo))
        for reference, lines in EXPECTED_RECEIPTS:
            notice = ExpectedReceipt(reference=reference)
            s.add(notice)
            s.flush()
            for n, (sku, quantity, lot, days) in enumerate(lines, start=1):
                s.add(ExpectedReceiptLine(receipt_id=notice.id, line_no=n, product_id=products[sku].id, lot=lot,
                                          expiry=today + timedelta(days=days) if days else None, expected=quantity))
        orders = {
            ref: Order(ref=ref, customer=customers[c], product=products[sku], quantity=q, due_date=today + timedelta(days=d))
            for ref, c, sku, q, d in ORDERS
        }
        s.add_all(orders.values())
        for code, name, op, order, secs, load, hands, posture, overhead, fine, reps in TASKS:
            s.add(Task(
                code=code, name=name, operation=op.value, order=orders.get(order), standard_seconds_per_unit=secs,
                load_kg=load, hands_required=hands, posture=posture.value, overhead_reach=overhead,
                fine_motor=fine.value, reps_per_min=reps,
            ))
        for badge, name, days, load, hands, posture, overhead, fine, reps in WORKERS:
            worker = Worker(badge=badge, display_name=name, contract_start=today - timedelta(days=days),
                            contract_end=today - timedelta(days=days) + timedelta(days=730))
            s.add(worker)
            s.add(WorkerRestriction(
                worker=worker, max_load_kg=load, hands=hands and hands.value, posture=posture and posture.value,
                overhead_ok=overhead, fine_motor=fine and fine.value, max_reps_per_min=reps,
                max_continuous_min=SHORT_REPETITIVE_SPELLS.get(badge, 120.0), set_by="insertion", valid_from=today - timedelta(days=days),
            ))
        for code, name, site, scanner, printer, location in STATIONS:
            s.add(Station(code=code, name=name, site=site, scanner_url=scanner, printer_url=printer,
                          location_code=location))
        for username, name, role, badge, pin in USERS:
            s.add(User(username=username, display_name=name, role=role.value, badge=badge, secret_hash=hash_secret(pin),
                       site=STATIONS[0][2]))
        s.flush()
        for i, (sku, loc, qty) in enumerate(STOCK):
            lots = DEMO_LOTS.get((sku, loc), [("", None, qty)])
            lines = tuple(Line(MovementKind.RECEIPT, products[sku].id, locations[loc].id, n, lot,
                               None if days is None else today + timedelta(days=days)) for lot, days, n in lots)
            ledger.post(s, Posting(key=f"demo:stock:{i}", actor=actor, lines=lines, reason="stock initial de démonstration"))
        if morning:
            add_morning(s, actor)
        assignments = AssignmentService(db)
        for badge, order_ref, station, task in ASSIGNMENTS:
            assignments.assign_in(s, badge, order_ref, station, by="chef", task=task)
        if paths:
            add_insertion_paths(s, today)
        audit.record(s, actor, "seed.demo", "database", db.url.rsplit("/", 1)[-1])
    return True


# ---------------------------------------------------------------- the insertion path (issue #24)

# badge, contract start (days ago), months of the initial contract, months of the renewal (0: none),
# days since the last interview, exit (days ago, outcome) or None
PATHS = [
    ("B1001", 420, 12, 12, 9, None),
    ("B1003", 700, 12, 12, 20, None),  # the 24-month maximum in about a month
    ("B1005", 90, 6, 0, 35, None),  # no interview for five weeks
    ("B1008", 60, 8, 0, 12, None),
    ("B1004", 120, 5, 0, 14, None),  # the contract ends within 60 days, no exit plan yet
    ("B1010", 900, 12, 12, 200, (170, "cdi")),
]


def add_insertion_paths(s, today: date) -> None:
    """Contracts, interviews, an immersion, a training and five months of station work for Amina
    Benali (B1001), so that her skills passport is built from real rows; a few other paths so the
    counsellor's home has alerts of every kind."""
    from logins_desktop.domain.insertion import ContractKind, ContractPeriod, check_period, months_end
    from logins_desktop.store.models import (
        AccompanimentEntry,
        Immersion,
        InsertionContract,
        InsertionExit,
        Training,
    )

    workers = {w.badge: w for w in s.scalars(select(Worker))}
    for badge, days_ago, initial_months, renewal_months, last_interview, exit_ in PATHS:
        worker = workers[badge]
        start = today - timedelta(days=days_ago)
        periods = [ContractPeriod(start, months_end(start, initial_months), 35.0 if badge != "B1005" else 28.0)]
        if renewal_months:
            renewal_start = periods[0].end + timedelta(days=1)
            periods.append(ContractPeriod(renewal_start, months_end(start, initial_months + renewal_months), 35.0,
                                          ContractKind.RENEWAL))
        for i, period in enumerate(periods):
            check_period(periods[:i], period)  # the demo obeys the rules it shows
            s.add(InsertionContract(worker_id=worker.id, kind=period.kind.value, start_date=period.start,
                                    end_date=period.end, weekly_hours=period.weekly_hours, source="démonstration"))
        worker.contract_start, worker.contract_end = periods[0].start, periods[-1].end
        for back in range(last_interview, min(days_ago, last_interview + 120), 21):
            s.add(AccompanimentEntry(worker_id=worker.id, kind="professional_project" if back % 2 else "job_search",
                                     day=today - timedelta(days=back), minutes=45, author="insertion",
                                     note="Point sur le projet (exemple inventé).",
                                     next_step="Préparer le CV" if back == last_interview else ""))
        if exit_ is not None:
            # Still active, so the other screens' demo stays as it was (the board shows twelve people).
            s.add(InsertionExit(worker_id=worker.id, day=today - timedelta(days=exit_[0]), outcome=exit_[1],
                                site="SITE-1"))
    amina, thomas = workers["B1001"], workers["B1008"]
    s.add(Immersion(worker_id=amina.id, host="Boulangerie Le Fournil (fictive)", start_date=today - timedelta(days=70),
                    end_date=today - timedelta(days=59), goal="découvrir la vente", tutor="Mme Colin",
                    outcome="confirmed"))
    s.add(Immersion(worker_id=thomas.id, host="Jardinerie des Monts (fictive)", start_date=today - timedelta(days=19),
                    end_date=today - timedelta(days=5), goal="métiers du végétal", tutor="M. Perrin"))
    s.add(Training(worker_id=amina.id, title="Certificat CléA", certification="CléA", start_date=today - timedelta(days=120),
                   end_date=today - timedelta(days=95), planned_hours=70, done_hours=70,
                   obtained_on=today - timedelta(days=90)))
    s.add(Training(worker_id=amina.id, title="Gestes et postures", certification="", start_date=today - timedelta(days=40),
                   end_date=None, planned_hours=14, done_hours=7))
    s.flush()
    _add_floor_history(s, amina, today)


def _add_floor_history(s, worker: Worker, today: date) -> None:
    """A morning at a station most weekdays over five months: more kits an hour, fewer wrong items
    and fewer help calls as the months go (deterministic, like all the demo)."""
    import random
    from datetime import UTC, datetime, time

    from sqlalchemy import insert

    from logins_desktop.store.models import HelpCall, ScanEvent, TaskPause, TaskSession

    rng = random.Random(24)
    tasks = {t.code: t for t in s.scalars(select(Task))}
    order = tasks["T-REPRISE-ASM"].order
    component = demo_gtin(2).encode()
    wrong = demo_gtin(12).encode()
    scans, pauses, calls = [], [], []
    first = today - timedelta(days=150)
    day = first
    while day < today - timedelta(days=1):
        if day.weekday() < 5 and rng.random() < 0.93 and not (today - timedelta(days=70) <= day <= today - timedelta(days=59)):
            progress = (day - first).days / 150  # 0 at the start, 1 now
            code = rng.choices(["T-REPRISE-ASM", "T-REPRISE-CTRL", "T-LAVANDE-ETIQ"], [6, 2, 2])[0]
            start = datetime.combine(day, time(8, 30)).astimezone().astimezone(UTC)
            hours = 3.0
            rate = (14 + 10 * progress) * (1.0 if code == "T-REPRISE-ASM" else 3.5)
            units = int(rate * (hours - 0.25) * rng.uniform(0.9, 1.1))
            # Earlier orders of the same work, not today's: their hours do not count in today's orders' cost.
            session = TaskSession(worker_id=worker.id, task_id=tasks[code].id, order_id=None,
                                  station="POSTE-01" if code == "T-REPRISE-ASM" else "TABLE-01", started_at=start,
                                  ended_at=start + timedelta(hours=hours), units=units)
            s.add(session)
            s.flush()
            pauses.append({"id": uuid4(), "session_id": session.id, "started_at": start + timedelta(hours=1.5),
                           "ended_at": start + timedelta(hours=1.75), "created_at": start, "updated_at": start})
            if code == "T-REPRISE-ASM":  # scan-guided: every component scanned, some wrong the first time
                miss = 0.11 - 0.09 * progress
                for n in range(units * 2):
                    at = start + timedelta(seconds=(hours - 0.25) * 3600 * n / (units * 2))
                    bad = rng.random() < miss
                    scans.append({"id": uuid4(), "station": "POSTE-01", "worker_id": worker.id, "order_id": order.id,
                                  "raw": wrong if bad else component, "symbology": "]E0",
                                  "decision": "rejected" if bad else "accepted", "reason": "", "created_at": at})
            for _ in range(sum(rng.random() < 0.9 - 0.7 * progress for _ in range(2))):
                at = start + timedelta(minutes=rng.randint(10, 170))
                calls.append({"id": uuid4(), "station": session.station, "worker_id": worker.id, "message": "AIDE",
                              "acknowledged_at": at + timedelta(minutes=3), "acknowledged_by": "chef",
                              "created_at": at, "updated_at": at})
        day += timedelta(days=1)
    for model, rows in ((TaskPause, pauses), (ScanEvent, scans), (HelpCall, calls)):
        if rows:
            s.execute(insert(model), rows)
