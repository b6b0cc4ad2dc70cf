"""`make bench`: run every benchmark module here and print its figures (never a pass/fail timing)."""

import importlib
import pkgutil
import sys
from pathlib import Path

selected = sys.argv[1:]
for module in sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)])):
    if module.startswith("bench_") and (not selected or module in selected):
        print(f"\n=== {module} ===", flush=True)
        importlib.import_module(f"tests.benchmarks.{module}").main()
