"""Where the public ALWABP benchmark is: $ALWABP_DIR, or ../shared/alwabp beside the checkout.

It stays outside the repository (its source asks that it not be redistributed inside the
product); the tests that read it skip with this reason when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHECKOUT = Path(__file__).resolve().parents[3]
BENCHMARK = Path(os.environ.get("ALWABP_DIR") or CHECKOUT.parent / "shared" / "alwabp")
INSTANCES = BENCHMARK / "instances"
BEST_KNOWN = BENCHMARK / "data" / "instances.csv"

needs_public_benchmark = pytest.mark.skipif(
    not (INSTANCES.is_dir() and BEST_KNOWN.is_file()),
    reason=f"the public ALWABP benchmark is not at {BENCHMARK} (set ALWABP_DIR, or put it at "
           "../shared/alwabp beside the checkout; it is never copied into the repository)")
