"""A worker's own accessibility profile: how the station looks, sounds and is operated for them.

Pure: the values, their bounds and the steps the settings screen moves them by. Nothing here is
health data: these are display and input preferences, chosen by the worker or with the counsellor.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from enum import StrEnum

from logins_desktop.domain.errors import DomainError
from logins_desktop.messages import msg


class Hand(StrEnum):
    RIGHT = "right"
    LEFT = "left"


LANGUAGES = ("fr", "en")


@dataclass(frozen=True)
class Bound:
    low: float
    high: float
    step: float


# The bounds the house rules give (touch targets 15-40 mm) and what a settings screen can offer
# without a keyboard: each value moves by `step` on a − / + pair.
BOUNDS: dict[str, Bound] = {
    "touch_target_mm": Bound(15.0, 40.0, 1.0),
    "font_scale": Bound(0.8, 2.0, 0.1),
    "volume": Bound(0.0, 1.0, 0.1),
    # Dwell: long enough that resting the pointer while reading does not fire, short enough to be usable.
    "dwell_seconds": Bound(0.5, 5.0, 0.1),
    # Switch scanning: the focus must stay on each button long enough to press a switch.
    "scan_seconds": Bound(0.5, 10.0, 0.1),
}


@dataclass(frozen=True)
class AccessProfile:
    """What the station applies when this worker's badge is scanned. The defaults are the station's."""

    touch_target_mm: float = 20.0
    font_scale: float = 1.0
    high_contrast: bool = False
    hand: Hand = Hand.RIGHT
    sound: bool = True
    volume: float = 1.0
    calm: bool = False  # no flashing screens, softer tones
    language: str | None = None  # None: the station's own language
    dwell: bool = False  # a button activates after the pointer rests on it
    dwell_seconds: float = 1.5
    switch_scan: bool = False  # the focus steps through the buttons; one switch activates
    scan_seconds: float = 2.0
    scan_key: str = "Space"  # the key (or the switch interface's key) that activates the focused button

    @property
    def left_handed(self) -> bool:
        return self.hand is Hand.LEFT

    def checked(self) -> AccessProfile:
        """This profile if every value is within its bounds; else DomainError naming the first wrong one."""
        for name, bound in BOUNDS.items():
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not bound.low <= value <= bound.high:
                raise DomainError(msg("profile.out_of_bounds", setting=msg(f"profile.setting.{name}"), value=str(value),
                                      low=_number(bound.low), high=_number(bound.high)))
        if not isinstance(self.hand, Hand):
            raise DomainError(msg("profile.bad_hand", value=str(self.hand)))
        if self.language is not None and self.language not in LANGUAGES:
            raise DomainError(msg("profile.bad_language", value=str(self.language), languages=", ".join(LANGUAGES)))
        if not self.scan_key or len(self.scan_key) > 32:
            raise DomainError(msg("profile.bad_key", value=self.scan_key))
        return self

    def stepped(self, name: str, steps: int) -> AccessProfile:
        """The profile with `name` moved by `steps` steps, held within its bounds (the − / + buttons)."""
        bound = BOUNDS[name]
        value = round(getattr(self, name) + steps * bound.step, 2)
        return replace(self, **{name: min(bound.high, max(bound.low, value))})

    def changes_from(self, other: AccessProfile) -> dict[str, object]:
        """The settings that differ from `other`, as plain values (for the audit trail)."""
        out = {}
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if mine != theirs:
                out[f.name] = mine.value if isinstance(mine, Hand) else mine
        return out

    @classmethod
    def from_values(cls, values: dict) -> AccessProfile:
        """A profile from stored or typed values; unknown keys are refused, missing ones take the default."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise DomainError(msg("profile.unknown_setting", setting=unknown[0]))  # a file or a programme, not a person
        values = dict(values)
        if "hand" in values:
            try:
                values["hand"] = Hand(values["hand"])
            except ValueError:
                raise DomainError(msg("profile.bad_hand", value=str(values["hand"]))) from None
        return cls(**values).checked()


DEFAULT = AccessProfile()


def _number(value: float) -> str:
    return f"{value:g}"
