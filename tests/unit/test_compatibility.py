import pytest

from logins_desktop.domain.compatibility import Requirements, Restrictions, check
from logins_desktop.domain.ergonomics import FineMotor, Hands, Posture

R, W = Requirements, Restrictions


@pytest.mark.parametrize(
    "task, worker, reasons",
    [
        (R(), W(), ()),
        (R(load_kg=12), W(max_load_kg=5), ("charge 12 kg > limite 5 kg",)),
        (R(load_kg=5), W(max_load_kg=5), ()),
        (R(load_kg=2.5), W(max_load_kg=2), ("charge 2,5 kg > limite 2 kg",)),
        (R(hands_required=2), W(hands=Hands.RIGHT), ("tâche à deux mains",)),
        (R(hands_required=1), W(hands=Hands.LEFT), ()),
        (R(hands_required=2), W(hands=Hands.BOTH), ()),
        (R(posture=Posture.STANDING), W(posture=Posture.SEATED), ("tâche debout, travail assis requis",)),
        (R(posture=Posture.SEATED), W(posture=Posture.STANDING), ("tâche assise, travail debout requis",)),
        (R(posture=Posture.ANY), W(posture=Posture.SEATED), ()),
        (R(overhead_reach=True), W(overhead_ok=False), ("bras au-dessus des épaules",)),
        (R(overhead_reach=True), W(overhead_ok=None), ()),
        (R(fine_motor=FineMotor.NORMAL), W(fine_motor=FineMotor.LOW), ("précision fine normale demandée > limitée",)),
        (R(fine_motor=FineMotor.LOW), W(fine_motor=FineMotor.LOW), ()),
        (R(fine_motor=FineMotor.LOW), W(fine_motor=FineMotor.NONE), ("précision fine limitée demandée > aucune",)),
        (R(reps_per_min=12), W(max_reps_per_min=10), ("12 gestes/min > limite 10",)),
        (
            R(load_kg=12, hands_required=2, posture=Posture.STANDING, overhead_reach=True),
            W(max_load_kg=5, hands=Hands.LEFT, posture=Posture.SEATED, overhead_ok=False),
            ("charge 12 kg > limite 5 kg", "tâche à deux mains", "tâche debout, travail assis requis",
             "bras au-dessus des épaules"),
        ),
    ],
)
def test_compatibility_table(task, worker, reasons):
    verdict = check(task, worker)
    assert verdict.reasons == reasons
    assert verdict.compatible is (reasons == ())
