"""Ledger invariants: derived on-hand == sum of the ledger, never negative, an idempotency key counts once."""

from __future__ import annotations

import threading
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from logins_desktop.messages import msg
from logins_desktop.services.stock import Actor, StockService
from logins_desktop.store import ledger
from logins_desktop.store.ledger import Line, Posting, StockError
from logins_desktop.store.models import Location, MovementKind, Product, StockMovement

K = MovementKind


def make_items(db, n_products=2, n_locations=2):
    tag = uuid.uuid4().hex[:8]
    with db.write() as s:
        products = [Product(sku=f"P{i}-{tag}", name=f"Produit {i}") for i in range(n_products)]
        locations = [Location(code=f"L{i}-{tag}", name="") for i in range(n_locations)]
        s.add_all(products + locations)
    return [p.id for p in products], [loc.id for loc in locations]


signed_kinds = st.sampled_from([
    (K.RECEIPT, 1), (K.PRODUCE, 1), (K.CONSUME, -1), (K.SHIP, -1), (K.PICK, -1), (K.PICK, 1), (K.ADJUST, 1), (K.ADJUST, -1)
])
operation = st.tuples(
    signed_kinds,
    st.integers(0, 1),  # product
    st.integers(0, 1),  # location
    st.integers(1, 30),  # quantity
    st.integers(0, 6),  # idempotency key from a small pool: retries happen often
    st.booleans(),  # manager override (only meaningful for adjustments)
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(operation, min_size=1, max_size=40))
def test_random_movements_keep_the_invariants(db, ops):
    products, locations = make_items(db)
    tag = uuid.uuid4().hex
    model: dict[tuple[int, int], int] = {}
    seen_keys: set[int] = set()
    for (kind, sign), p, loc, qty, key, override in ops:
        override = override and kind is K.ADJUST
        posting = Posting(
            key=f"{tag}:{key}",
            actor="test",
            lines=(Line(kind, products[p], locations[loc], sign * qty),),
            reason="inventaire" if override else "",
            allow_negative=override,
        )
        before = model.get((p, loc), 0)
        with db.write() as s:
            try:
                result = ledger.post(s, posting)
            except StockError:
                result = None
        if key in seen_keys:
            assert result is not None and result.created is False  # a retried key changes nothing
            continue
        if before + sign * qty < 0 and not override:
            assert result is None  # refused, nothing written
            continue
        assert result is not None and result.created
        seen_keys.add(key)
        model[(p, loc)] = before + sign * qty

    with db.read() as s:
        assert ledger.ledger_discrepancies(s) == []
        for (p, loc), qty in model.items():
            assert ledger.on_hand(s, products[p], locations[loc]) == qty
            ledger_sum = s.scalar(
                select(func.coalesce(func.sum(StockMovement.quantity), 0)).where(
                    StockMovement.product_id == products[p], StockMovement.location_id == locations[loc]
                )
            )
            assert ledger_sum == qty
        # Only a manager's adjustment can have taken a quantity below zero.
        if not any(op[5] and op[0][0] is K.ADJUST for op in ops):
            assert all(q >= 0 for q in model.values())


def test_a_posting_is_atomic(db):
    products, locations = make_items(db)
    with db.write() as s:
        ledger.post(s, Posting("r1", "t", (Line(K.RECEIPT, products[0], locations[0], 5),)))
    # The second line would take product 1 below zero: the first line must not be written either.
    bad = Posting("c1", "t", (Line(K.CONSUME, products[0], locations[0], -5), Line(K.CONSUME, products[1], locations[0], -1)))
    with pytest.raises(StockError) as refused, db.write() as s:
        ledger.post(s, bad)
    assert refused.value.message.id == "stock.insufficient"
    with db.read() as s:
        assert ledger.on_hand(s, products[0], locations[0]) == 5
        assert s.scalar(select(func.count()).where(StockMovement.posting_key == "c1")) == 0


@pytest.mark.parametrize(
    "line_kind, qty, message_id",
    [(K.RECEIPT, -1, "stock.not_an_exit"), (K.CONSUME, 2, "stock.not_an_entry"), (K.ADJUST, 0, "stock.bad_quantity")],
)
def test_signs_are_checked(db, line_kind, qty, message_id):
    products, locations = make_items(db)
    with pytest.raises(StockError) as refused, db.write() as s:
        ledger.post(s, Posting("x", "t", (Line(line_kind, products[0], locations[0], qty),)))
    assert refused.value.message.id == message_id


def test_only_a_manager_adjustment_with_reason_goes_below_zero(demo_db):
    from tests.sessions import signed_in

    stock = StockService(demo_db, "POSTE-01")
    lead = Actor.of(signed_in(demo_db, "chef"))
    manager = Actor.of(signed_in(demo_db, "logistique"))
    assert stock.on_hand("SAVON-100", "ATELIER-2") == 60
    # A name alone, or a session that is not what a sign-in returned, carries no manager right.
    from dataclasses import replace

    for pretender in (Actor("logistique"), Actor("logistique", session=replace(manager.session, started_at=lead.session.started_at)),
                      Actor("autre", session=manager.session)):
        with pytest.raises(StockError) as refused:
            stock.adjust(pretender, "SAVON-100", "ATELIER-2", -70, "casse")
        assert refused.value.message.id == "stock.insufficient"
    with pytest.raises(StockError) as refused:
        stock.adjust(lead, "SAVON-100", "ATELIER-2", -70, "casse")
    args = dict(refused.value.message.args)
    assert args.pop("product")  # named by name, with its code
    assert args == {"sku": "SAVON-100", "location": "ATELIER-2", "on_hand": 60, "wanted": 70}
    with pytest.raises(StockError) as refused:
        stock.adjust(manager, "SAVON-100", "ATELIER-2", -70, " ")
    assert refused.value.message.id in ("stock.adjust_needs_reason", "stock.below_zero_needs_reason")
    stock.adjust(manager, "SAVON-100", "ATELIER-2", -70, "inventaire : 10 savons manquants en réalité")
    assert stock.on_hand("SAVON-100", "ATELIER-2") == -10
    assert stock.negative_stock() == [msg("stock.negative", sku="SAVON-100", location="ATELIER-2", quantity=-10)]
    assert stock.consistency_problems() == []


def test_retried_receipt_counts_once(demo_db):
    stock = StockService(demo_db)
    actor = Actor("logistique")
    first = stock.receive(actor, "SAVON-100", "RECEPTION", 12, key="bl-4711")
    again = stock.receive(actor, "SAVON-100", "RECEPTION", 12, key="bl-4711")
    assert first.created and not again.created
    assert stock.on_hand("SAVON-100", "RECEPTION") == 12


def test_two_writers_cannot_both_take_the_last_units(db):
    """Two stations consume the last 10 units at once: exactly one succeeds."""
    products, locations = make_items(db)
    with db.write() as s:
        ledger.post(s, Posting("r", "t", (Line(K.RECEIPT, products[0], locations[0], 10),)))
    barrier = threading.Barrier(2)
    outcomes = []

    def consume(name):
        barrier.wait()
        try:
            with db.write() as s:
                ledger.post(s, Posting(f"c-{name}", name, (Line(K.CONSUME, products[0], locations[0], -10),)))
            outcomes.append("ok")
        except StockError:
            outcomes.append("refused")

    threads = [threading.Thread(target=consume, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["ok", "refused"]
    with db.read() as s:
        assert ledger.on_hand(s, products[0], locations[0]) == 0
