"""The shift proposal built from the database: own pace learned from task sessions, practised
tasks, current assignments, repetitive and high-strain tasks."""

import pytest
from sqlalchemy import select

from logins_desktop.services.shift_plan import ShiftPlanService
from logins_desktop.store.models import Worker


def test_the_planner_learns_each_persons_pace_from_their_task_sessions(demo_db):
    from datetime import timedelta as td

    from logins_desktop.store.models import Task, TaskSession, utcnow

    now = utcnow()
    with demo_db.write() as s:
        amina = s.scalars(select(Worker).where(Worker.badge == "B1001")).one()
        karim = s.scalars(select(Worker).where(Worker.badge == "B1004")).one()
        ctrl = s.scalars(select(Task).where(Task.code == "T-REPRISE-CTRL")).one()
        # Amina: 300 kits checked in 30 minutes = 600/h. Karim: 5 minutes only, not enough to learn.
        s.add(TaskSession(worker_id=amina.id, task_id=ctrl.id, station="POSTE-01", started_at=now - td(hours=2),
                          ended_at=now - td(hours=1, minutes=30), units=300))
        s.add(TaskSession(worker_id=karim.id, task_id=ctrl.id, station="POSTE-03", started_at=now - td(hours=2),
                          ended_at=now - td(hours=1, minutes=55), units=100))
    problem = ShiftPlanService(demo_db, "chef").problem()
    assert round(problem.rates["B1001", "T-REPRISE-CTRL"]) == 600
    assert problem.rates["B1004", "T-REPRISE-CTRL"] == 3600 / 8  # the standard 8 s per unit
    workers = {w.badge: w for w in problem.workers}
    assert "T-REPRISE-CTRL" in workers["B1001"].practised and workers["B1001"].current == "T-REPRISE-ASM"
    tasks = {t.code: t for t in problem.tasks}
    assert tasks["T-REPRISE-ASM"].repetitive and tasks["T-FIBRA-PICK"].strain == 3  # 12 kg, standing, overhead


def test_the_shift_follows_the_planning_settings(demo_db):
    from logins_desktop.settings import PlanningSettings

    default = ShiftPlanService(demo_db, "chef").problem()
    assert default.period_minutes == [120, 120, 120, 120] and default.tolerance_pct == 10.0
    asm = {t.code: t for t in default.tasks}["T-REPRISE-ASM"]
    assert asm.repetitive
    # A site that cuts the shift in two and counts a task as repetitive from 60 movements a minute.
    settings = PlanningSettings(period_minutes=(210, 210), tolerance_pct=5.0, repetitive_reps_per_min=60)
    problem = ShiftPlanService(demo_db, "chef", settings).problem()
    assert problem.period_minutes == [210, 210] and problem.tolerance_pct == 5.0
    relaxed = {t.code: t for t in problem.tasks}["T-REPRISE-ASM"]
    assert not relaxed.repetitive and relaxed.strain == asm.strain - 1
    # The need per hour is spread over the shift's length (7 h instead of 8 h).
    assert relaxed.needed_per_hour == pytest.approx(asm.needed_per_hour * 8 / 7)
