"""PIN rules: lengths by role, and the wrong-PIN lock that doubles on repeat."""

from datetime import UTC, datetime, timedelta

import pytest

from logins_desktop.domain.pins import PinLock, lock_duration_words, pin_problem
from logins_desktop.messages import msg

NOW = datetime(2026, 12, 2, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize("pin, personal, problem", [
    ("1234", False, None),
    ("123", False, msg("auth.pin_length", shortest=4, longest=8)),
    ("1234", True, msg("auth.pin_length", shortest=6, longest=8)),
    ("12345", True, msg("auth.pin_length", shortest=6, longest=8)),
    ("135790", True, None),
    ("123456789", False, msg("auth.pin_length", shortest=4, longest=8)),
    ("12a4", False, msg("auth.pin_digits_only")),
    ("١٢٣٤", False, msg("auth.pin_digits_only")),  # Arabic-Indic digits are digits to Python, not to a keypad
    ("", False, msg("auth.pin_digits_only")),
])
def test_pin_lengths_by_role(pin, personal, problem):
    assert pin_problem(pin, reads_personal_data=personal) == problem


def test_the_fifth_wrong_pin_locks_for_five_minutes_and_each_further_lock_doubles():
    lock = PinLock()
    for _ in range(4):
        lock = lock.after_failure(NOW)
        assert lock.remaining(NOW) is None
    lock = lock.after_failure(NOW)
    assert lock.remaining(NOW) == timedelta(minutes=5) and lock.failures == 0 and lock.locks == 1
    assert lock.remaining(NOW + timedelta(minutes=5)) is None
    later = NOW + timedelta(minutes=5)
    for _ in range(5):
        lock = lock.after_failure(later)
    assert lock.remaining(later) == timedelta(minutes=10)
    for n in range(3, 12):
        for _ in range(5):
            lock = lock.after_failure(later)
        assert lock.remaining(later) == min(timedelta(minutes=5 * 2 ** (n - 1)), timedelta(hours=24))
    assert PinLock.after_success() == PinLock()


def test_time_left_in_words():
    assert lock_duration_words(timedelta(minutes=4, seconds=12)) == msg("auth.duration_minutes", minutes=4, seconds=12)
    assert lock_duration_words(timedelta(seconds=11.2)) == msg("auth.duration_seconds", seconds=12)  # rounded up
    assert lock_duration_words(timedelta(hours=1, minutes=5)) == msg("auth.duration_hours", hours=1, minutes="05")
    assert msg("auth.locked", name="Nathalie Roux",
               left=lock_duration_words(timedelta(minutes=4, seconds=12))).text() == \
        "Nathalie Roux : verrouillé, encore 4 min 12 s"
