"""`python -m research.alwabp bench --instances DIR --out FILE.csv`, from the checkout's root.

A developer's tool: its output is plain English, not the product's message catalogue.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from research.alwabp.bench import FAMILIES, InvalidLine, calibrate, run, summary


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m research.alwabp",
                                  description="The public ALWABP benchmark against the best-known values.")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    bench = sub.add_parser("bench", help="solve every instance of the families asked, write one CSV row each")
    bench.add_argument("--instances", type=Path, required=True, metavar="DIR",
                       help="the benchmark's instances/ folder (its sibling data/instances.csv holds the bounds)")
    bench.add_argument("--time-limit", type=float, default=60.0, metavar="S", help="seconds per instance")
    bench.add_argument("--family", action="append", choices=FAMILIES, help="repeat for several (default: all)")
    bench.add_argument("--out", type=Path, required=True, metavar="FILE.csv")
    return top


def bench(args: argparse.Namespace) -> int:
    known = args.instances.parent / "data" / "instances.csv"
    if not args.instances.is_dir() or not known.is_file():
        print(f"error: {args.instances} is not the benchmark's instances/ folder "
              f"(expected it, and {known} beside it)", file=sys.stderr)
        return 2
    families = tuple(args.family or FAMILIES)

    def timed_work(when: str) -> dict:
        figures = calibrate()
        print(f"calibration {when}: CP-SAT {figures['cpsat_seconds']} s, Python {figures['python_seconds']} s "
              "(fixed work: the longer, the slower the machine)", flush=True)
        return figures

    def show(row: dict) -> None:
        flag = "optimal" if row["proven_optimal"] else f"gap {row['gap_pct']} %"
        print(f"{row['family']}/{row['num']}: {row['value']} (best known {row['best_known']}, {flag}, "
              f"{row['seconds']} s)", flush=True)

    before = timed_work("before")
    try:
        rows = run(args.instances, args.time_limit, args.out, families, show)
    except InvalidLine as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    after = timed_work("after")
    # Beside the CSV (whose columns are fixed): runs of different days are compared through it.
    args.out.with_suffix(".calibration.json").write_text(
        json.dumps({"before": before, "after": after}, indent=2) + "\n", encoding="utf-8")
    for line in summary(rows):
        print(line)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return {"bench": bench}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
