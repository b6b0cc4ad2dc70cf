import pytest

from logins_desktop.domain.compatibility import Requirements, Restrictions, check
from logins_desktop.domain.ergonomics import FineMotor, Hands, Posture
from logins_desktop.messages import Message, msg

R, W = Requirements, Restrictions


def FINE(level: str) -> Message:
    return msg(f"compatibility.fine.{level}")


@pytest.mark.parametrize(
    "task, worker, reasons",
    [
        (R(), W(), ()),
        (R(load_kg=12), W(max_load_kg=5), (("compatibility.load", {"load": 12, "limit": 5}),)),
        (R(load_kg=5), W(max_load_kg=5), ()),
        (R(load_kg=2.5), W(max_load_kg=2), (("compatibility.load", {"load": 2.5, "limit": 2}),)),
        (R(hands_required=2), W(hands=Hands.RIGHT), (("compatibility.two_hands", {}),)),
        (R(hands_required=1), W(hands=Hands.LEFT), ()),
        (R(hands_required=2), W(hands=Hands.BOTH), ()),
        (R(posture=Posture.STANDING), W(posture=Posture.SEATED), (("compatibility.standing_task", {}),)),
        (R(posture=Posture.SEATED), W(posture=Posture.STANDING), (("compatibility.seated_task", {}),)),
        (R(posture=Posture.ANY), W(posture=Posture.SEATED), ()),
        (R(overhead_reach=True), W(overhead_ok=False), (("compatibility.overhead", {}),)),
        (R(overhead_reach=True), W(overhead_ok=None), ()),
        (R(fine_motor=FineMotor.NORMAL), W(fine_motor=FineMotor.LOW), (("compatibility.fine_motor", {"needed": FINE("normal"), "limit": FINE("low")}),)),
        (R(fine_motor=FineMotor.LOW), W(fine_motor=FineMotor.LOW), ()),
        (R(fine_motor=FineMotor.LOW), W(fine_motor=FineMotor.NONE), (("compatibility.fine_motor", {"needed": FINE("low"), "limit": FINE("none")}),)),
        (R(reps_per_min=12), W(max_reps_per_min=10), (("compatibility.reps", {"reps": 12, "limit": 10}),)),
        (
            R(load_kg=12, hands_required=2, posture=Posture.STANDING, overhead_reach=True),
            W(max_load_kg=5, hands=Hands.LEFT, posture=Posture.SEATED, overhead_ok=False),
            (("compatibility.load", {"load": 12, "limit": 5}), ("compatibility.two_hands", {}),
             ("compatibility.standing_task", {}), ("compatibility.overhead", {})),
        ),
    ],
)
def test_compatibility_table(task, worker, reasons):
    verdict = check(task, worker)
    assert tuple((r.id, dict(r.args)) for r in verdict.reasons) == reasons
    assert verdict.compatible is (reasons == ())


def test_reasons_render_in_both_languages_with_their_numbers():
    [reason] = check(R(load_kg=2.5), W(max_load_kg=2)).reasons
    assert reason.text("fr") == "charge 2,5 kg > limite 2 kg" and reason.text("en") == "load 2.5 kg > limit 2 kg"
