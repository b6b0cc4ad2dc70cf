"""Properties of the station's pure rules (domain.station.decide), for any sequence of codes."""

from __future__ import annotations

import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from logins_desktop.domain import station as rules
from logins_desktop.domain.barcodes import Code, CodeKind, CommandName
from logins_desktop.domain.station import Decision, Outcome, Person, Scan, StationState, Step

BOX, POUCH, LEAFLET, STRANGER = (uuid.UUID(int=n) for n in (1, 2, 3, 4))
NAMES = {BOX: "Boîte", POUCH: "Pochette", LEAFLET: "Notice", STRANGER: "Crème"}
STEPS = (Step(1, BOX, "BOX", "Boîte", 1, "", None), Step(2, POUCH, "POUCH", "Pochette", 1, "", None),
         Step(3, LEAFLET, "LEAF", "Notice", 2, "", None))
BOM = {s.product_id: s.quantity for s in STEPS}
WORKER = Person(uuid.UUID(int=100), "B1", "Amina")
OTHER = Person(uuid.UUID(int=101), "B2", "Joël")


def working() -> StationState:
    return StationState(worker_id=WORKER.id, badge=WORKER.badge, worker_name=WORKER.name, order_id=uuid.UUID(int=9),
                        order_ref="CMD-1", order_quantity=1000, steps=STEPS, kit_key="kit:0")


def item(product: uuid.UUID) -> Scan:
    return Scan(Code(CodeKind.GTIN, "x", gtin=f"{product.int:014d}"), product=(product, NAMES[product]))


def command(name: CommandName, quantity: int | None = None) -> Scan:
    return Scan(Code(CodeKind.COMMAND, name.value, command=name, quantity=quantity))


SCANS = st.one_of(
    st.sampled_from([BOX, POUCH, LEAFLET, STRANGER]).map(item),
    st.sampled_from([CommandName.UNDO, CommandName.VALIDATE, CommandName.PAUSE, CommandName.RESUME,
                     CommandName.HELP]).map(command),
    st.integers(1, 3).map(lambda n: command(CommandName.QUANTITY, n)),
    st.just(Scan(Code(CodeKind.TEXT, OTHER.badge), worker=OTHER)),
    st.just(Scan(Code(CodeKind.TEXT, "???"))),
    st.just(Scan(Code(CodeKind.INVALID, "", error=None))),
)


def run(scans):
    state = working()
    for i, scan in enumerate(scans):
        decision = rules.decide(state, Scan(scan.code, scan.product, worker=scan.worker, fresh_key=str(i)))
        yield state, decision
        if decision.state is not None:
            state = decision.state


@settings(max_examples=300, deadline=None)
@given(st.lists(SCANS, max_size=60))
def test_accepted_scans_never_exceed_the_bill_of_materials(scans):
    for _before, decision in run(scans):
        after = decision.state
        if after is not None:
            for step in STEPS:
                assert 0 <= after.scanned(step) <= step.quantity


@settings(max_examples=300, deadline=None)
@given(st.lists(SCANS, max_size=60))
def test_a_completed_kit_produces_exactly_one_posting_and_refusals_change_nothing(scans):
    kits = 0
    for before, decision in run(scans):
        postings = [e for e in decision.effects if isinstance(e, rules.CompleteKit)]
        assert len(postings) == (1 if decision.kit_completed else 0)
        if decision.kit_completed:
            kits += 1
            assert postings[0].kit_key == before.kit_key  # the kit key of the kit just built
            assert decision.state.kits_done == before.kits_done + 1 and decision.state.progress == ()
            assert decision.state.kit_key != before.kit_key  # the next kit has its own key
            assert dict(postings[0].needs) == BOM
        if decision.outcome is Outcome.REJECTED:
            assert decision.state is None and decision.effects == ()
        assert decision.message.id  # every decision says something from the catalogue


@settings(max_examples=300, deadline=None)
@given(st.lists(SCANS, max_size=40))
def test_undo_restores_the_state_before_the_last_thing_done(scans):
    history: list[StationState] = []
    for before, decision in run(scans):
        if decision.state is None or decision.kit_completed:
            if decision.kit_completed:
                history.clear()  # a finished kit is not undone by ANNULER (a team lead dismantles it)
            continue
        undo = rules.decide(decision.state, command(CommandName.UNDO))
        if decision.state.history != before.history and len(decision.state.history) > len(before.history):
            restored = undo.state
            assert restored.progress == before.progress
            assert restored.pending_quantity == before.pending_quantity
            assert restored.history == before.history


def test_nothing_to_undo_is_calm():
    decision: Decision = rules.decide(working(), command(CommandName.UNDO))
    assert (decision.outcome, decision.message.id, decision.state) == (Outcome.COMMAND, "station.nothing_to_undo", None)


def test_sourcing_empties_partial_bins_first_and_names_what_is_missing():
    line, a, b = (uuid.UUID(int=n) for n in (50, 51, 52))
    holdings = {BOX: [rules.Holding(a, "A", 5), rules.Holding(b, "B", 1)], POUCH: [rules.Holding(line, "L", 1)]}
    draws = rules.source_components(((BOX, 3), (POUCH, 2), (LEAFLET, 1)), holdings, None,
                                    {POUCH: line, LEAFLET: a})
    assert [(d.product_id, d.location_id, d.quantity, d.missing) for d in draws] == [
        (BOX, b, 1, False), (BOX, a, 2, False), (POUCH, line, 1, False), (POUCH, line, 1, True), (LEAFLET, a, 1, True)]
    with_line = rules.source_components(((BOX, 3),), holdings, line, {})
    assert [(d.location_id, d.source_id, d.quantity) for d in with_line] == [(line, b, 1), (line, a, 2)]


def test_covers_names_the_component_that_runs_out_first():
    assert rules.covers(((BOX, 1), (LEAFLET, 2)), {BOX: 37, LEAFLET: 9}) == (4, LEAFLET)
    assert rules.low_stock(4, 100, 10) and rules.low_stock(37, 100, 10) and not rules.low_stock(37, 20, 10)


def test_a_serial_tracked_step_takes_one_serial_per_scan_and_never_the_same_twice():
    from dataclasses import replace

    serial_steps = (STEPS[0], STEPS[1], replace(STEPS[2], tracking="serial"))  # two leaflets, each numbered
    state = replace(working(), steps=serial_steps)

    def numbered(serial: str, used: str | None = None) -> Scan:
        code = Code(CodeKind.GS1, "x", gtin=f"{LEAFLET.int:014d}", ais={"01": f"{LEAFLET.int:014d}", "21": serial})
        return Scan(code, product=(LEAFLET, NAMES[LEAFLET]), serial_used=used)

    for product in (BOX, POUCH):
        state = rules.decide(state, item(product)).state
    assert rules.decide(state, item(LEAFLET)).message.id == "lots.serial_needed"
    doubled = rules.decide(state, command(CommandName.QUANTITY, 2)).state
    assert rules.decide(doubled, numbered("N1")).message.id == "lots.serial_one_by_one"
    assert rules.decide(state, numbered("N9", used="CMD-0")).message.args["order"] == "CMD-0"
    state = rules.decide(state, numbered("N1")).state
    assert rules.decide(state, numbered("N1")).message.id == "lots.serial_twice"
    done = rules.decide(state, numbered("N2"))
    assert done.kit_completed
    assert [(lot, q) for _p, lot, _e, q in done.effects[0].lots] == [("N1", 1), ("N2", 1)]
