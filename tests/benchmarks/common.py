"""Helpers for the benchmarks: timing with medians, and the figures table printed for the README."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "bench-data"  # generated, git-ignored


def median_ms(fn: Callable[[], object], repeat: int = 7, setup: Callable[[], object] | None = None) -> float:
    times = []
    for _ in range(repeat):
        if setup:
            setup()
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def print_table(title: str, rows: list[tuple[str, float, float]], baseline: str = "SQL nu") -> None:
    """rows: (what, ours in ms, baseline in ms), printed with the ratio, as in the README table."""
    print(f"\n{title}")
    print(f"| {'mesure':<38} | {'app (ms)':>9} | {baseline + ' (ms)':>11} | {'ratio':>6} |")
    print(f"|{'-' * 40}|{'-' * 11}|{'-' * 13}|{'-' * 8}|")
    for what, ours, base in rows:
        ratio = ours / base if base else float("inf")
        print(f"| {what:<38} | {ours:>9.1f} | {base:>11.1f} | {ratio:>5.1f}× |")
