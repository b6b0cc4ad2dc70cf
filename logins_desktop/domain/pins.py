"""PIN rules: how long a PIN must be, and how wrong PINs lock a person out. Pure: no clock, no store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from logins_desktop.messages import Message, msg

MIN_DIGITS = 4
# Roles that read personal data (functional restrictions): a 4-digit PIN is ten thousand taps away.
PERSONAL_DATA_MIN_DIGITS = 6
MAX_DIGITS = 8
FAILURES_BEFORE_LOCK = 5
FIRST_LOCK = timedelta(minutes=5)
LONGEST_LOCK = timedelta(hours=24)


def pin_problem(pin: str, reads_personal_data: bool) -> Message | None:
    """Why a new PIN is refused, or None when it is fine."""
    shortest = PERSONAL_DATA_MIN_DIGITS if reads_personal_data else MIN_DIGITS
    if not pin.isascii() or not pin.isdigit():
        return msg("auth.pin_digits_only")
    if not shortest <= len(pin) <= MAX_DIGITS:
        return msg("auth.pin_length", shortest=shortest, longest=MAX_DIGITS)
    return None


@dataclass(frozen=True)
class PinLock:
    """One person's wrong-PIN record: failures since the last success or lock, locks so far."""

    failures: int = 0
    locks: int = 0
    locked_until: datetime | None = None

    def remaining(self, now: datetime) -> timedelta | None:
        """Time left on the lock, None when not locked."""
        if self.locked_until is None or self.locked_until <= now:
            return None
        return self.locked_until - now

    def after_failure(self, now: datetime) -> PinLock:
        """The fifth wrong PIN locks for 5 minutes; each further lock lasts twice the one before."""
        failures = self.failures + 1
        if failures < FAILURES_BEFORE_LOCK:
            return PinLock(failures, self.locks, self.locked_until)
        duration = min(FIRST_LOCK * (2 ** self.locks), LONGEST_LOCK)
        return PinLock(0, self.locks + 1, now + duration)

    @staticmethod
    def after_success() -> PinLock:
        return PinLock()


def lock_duration_words(left: timedelta) -> Message:
    """"4 min 12 s", "35 s", "1 h 05 min": what the keypad shows (rounded up to the second)."""
    seconds = max(1, int(-(-left.total_seconds() // 1)))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return msg("auth.duration_hours", hours=hours, minutes=f"{minutes:02d}")
    if minutes:
        return msg("auth.duration_minutes", minutes=minutes, seconds=secs)
    return msg("auth.duration_seconds", seconds=secs)
