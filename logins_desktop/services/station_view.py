"""What the station screen shows, as a Qt-free snapshot: the screen lays it out, it decides nothing.

Built from the station's state (and the stock cover known at login or the last kit) after every
scan or tap; the screen never looks at modes or counts itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from logins_desktop.domain.station import Mode, StationState
from logins_desktop.messages import Message, msg


class RowState(StrEnum):
    DONE = "done"  # a tick
    SHORT = "short"  # closed with a shortage: its own pictogram and word, never the tick of a full line
    CURRENT = "current"  # the one to do now
    TODO = "todo"


@dataclass(frozen=True)
class Row:
    text: Message
    state: RowState


@dataclass(frozen=True)
class StationView:
    heading: Message
    progress: tuple[int, int] | None  # kits done, kits ordered
    progress_text: Message | None
    step_title: Message | None
    step_name: Message | str  # the item (with its lot at picking)
    step_left: int | None  # how many of the current item are still to scan or pick
    step_hint: Message | str
    photo: str | None  # the component's photo file, when it has one
    pictogram: str  # the icon shown when there is no photo
    rows: tuple[Row, ...]
    picking: bool  # the shortage buttons are shown
    paused: bool
    cover: Message | None  # "Stock ici : de quoi faire 37 kits · 14 963 restants pour la commande"
    warning: Message | None  # the stock runs low: a banner with its pictogram


def station_view(st: StationState, covers: int | None = None, warning: Message | None = None) -> StationView:
    heading = msg("station.view.order", kit=st.kit_name, order=st.order_ref) if st.order_ref else msg("station.view.no_task")
    progress = (min(st.kits_done, st.order_quantity), st.order_quantity) if st.order_ref else None
    progress_text = msg("station.view.progress", done=st.kits_done, ordered=st.order_quantity) if st.order_ref else None
    picking = st.mode is Mode.PICKING
    cover = (msg("station.view.covers", covers=covers, remaining=st.remaining_kits)
             if covers is not None and st.mode is Mode.KIT and st.steps else None)
    common = dict(heading=heading, progress=progress, progress_text=progress_text, picking=picking, paused=st.paused,
                  cover=cover, warning=warning)
    if picking:
        return StationView(**common, **_pick_line(st), rows=_pick_rows(st))
    return StationView(**common, **_kit_step(st), rows=_kit_rows(st))


def _kit_step(st: StationState) -> dict:
    step = st.current_step
    if step is None:
        return dict(step_title=None, step_name="", step_left=None, step_hint="", photo=None, pictogram="box")
    return dict(step_title=msg("station.view.step", number=step.number, steps=len(st.steps)), step_name=step.name,
                step_left=step.quantity - st.scanned(step), step_hint=step.instruction, photo=step.photo,
                pictogram="box")


def _pick_line(st: StationState) -> dict:
    line = st.current_line
    if line is None:
        return dict(step_title=msg("station.view.picking"), step_name=msg("station.view.list_done"),
                    step_left=None, step_hint=msg("station.view.list_done_hint"), photo=None, pictogram="box")
    if line.to_location_id:
        title = msg("station.view.line_to", number=line.number, lines=len(st.pick_lines), location=line.location_code,
                    target=line.to_location_code)
    else:
        title = msg("station.view.line", number=line.number, lines=len(st.pick_lines), location=line.location_code)
    here = st.pick_location_id == line.location_id
    hint = msg("station.view.pick_here" if here else "station.view.go_to", location=line.location_code)
    return dict(step_title=title, step_name=line.item, step_left=st.line_left(line), step_hint=hint, photo=None,
                pictogram="box")


def _kit_rows(st: StationState) -> tuple[Row, ...]:
    current = st.current_step
    rows = []
    for step in st.steps:
        state = (RowState.DONE if st.scanned(step) >= step.quantity else
                 RowState.CURRENT if step is current else RowState.TODO)
        rows.append(Row(msg("station.view.kit_row", number=step.number, item=step.name, scanned=st.scanned(step),
                            needed=step.quantity), state))
    return tuple(rows)


def _pick_rows(st: StationState) -> tuple[Row, ...]:
    current = st.current_line
    rows = []
    for line in st.pick_lines:
        short = st.short(line)
        if short:
            state = RowState.SHORT
        elif not st.line_open(line):
            state = RowState.DONE
        else:
            state = RowState.CURRENT if line is current else RowState.TODO
        args = dict(location=line.location_code, item=line.item, picked=st.picked(line), needed=line.quantity)
        text = msg("station.view.pick_row_short", short=short, **args) if short else msg("station.view.pick_row", **args)
        rows.append(Row(text, state))
    return tuple(rows)
