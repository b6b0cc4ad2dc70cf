"""Realistic demo data: fictional customers, the three kinds of kit the workshop makes, a dozen workers.

Everything here is invented. The GTINs use a fictitious company prefix (settings gs1.company_prefix)
and carry correct check digits, so the demo barcodes scan like real ones.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select, update

from logins_desktop.domain.ergonomics import FineMotor, Hands, Operation, Posture
from logins_desktop.domain.gs1 import with_check_digit
from logins_desktop.services import audit
from logins_desktop.services.assignment import AssignmentService
from logins_desktop.services.auth import hash_secret
from logins_desktop.store import ledger
from logins_desktop.store.database import Database
from logins_desktop.store.ledger import Line, Posting
from logins_desktop.store.models import (
    Customer,
    KitComponent,
    Location,
    MovementKind,
    Order,
    Product,
    QualityRule,
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
QUALITY_RULES = [
    ("COFFRET-LAVANDE", "every", 20, ["étui fermé sans pli", "produits calés", "carte de vœux visible"]),
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
    """Kits made over the last hours, posted through the ledger, then dated back to their hour."""
    this_hour = utcnow().replace(minute=0, second=0, microsecond=0)
    for ref, per_hour, code in MORNING:
        order = s.scalars(select(Order).where(Order.ref == ref)).one()
        location = s.scalars(select(Location).where(Location.code == code)).one()
        for back, quantity in enumerate(reversed(per_hour), start=1):
            if quantity == 0:
                continue
            key = f"demo:morning:{ref}:{back}"
            line = Line(MovementKind.PRODUCE, order.product_id, location.id, quantity)
            ledger.post(s, Posting(key=key, actor=actor, lines=(line,), order_id=order.id,
                                   reason="production de la matinée (démonstration)"))
            s.execute(update(StockMovement).where(StockMovement.posting_key == key)
                      .values(created_at=this_hour - timedelta(hours=back - 1, minutes=30)))  # mid-hour, hours done


def seed_demo(db: Database, actor: str = "demo", morning: bool = False) -> bool:
    """Fill an empty database with the demo data; returns False (and changes nothing) if it has products.
    `morning` adds kits made over the last hours (for the board's chart when the app is shown)."""
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
        for kit_sku, sampling, n, points in QUALITY_RULES:
            s.add(QualityRule(kit=products[kit_sku], sampling=sampling, n=n, checklist=points))
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
            line = Line(MovementKind.RECEIPT, products[sku].id, locations[loc].id, qty)
            ledger.post(s, Posting(key=f"demo:stock:{i}", actor=actor, lines=(line,), reason="stock initial de démonstration"))
        if morning:
            add_morning(s, actor)
        assignments = AssignmentService(db)
        for badge, order_ref, station, task in ASSIGNMENTS:
            assignments.assign_in(s, badge, order_ref, station, by="chef", task=task)
        audit.record(s, actor, "seed.demo", "database", db.url.rsplit("/", 1)[-1])
    return True
