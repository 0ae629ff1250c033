"""Cold-start time of `kg build seeds -o DIR`, model load included.

Usage: python benchmarks/bench_build.py [--runs 3]
Runs the real command in a fresh process each time and prints the seconds.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--inputs", default="seeds")
    args = parser.parse_args()
    times = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as out:
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "kg.cli", "-q", "build", args.inputs, "-o", out], check=True)
            times.append(time.perf_counter() - started)
    print(f"kg build {args.inputs}: " + ", ".join(f"{t:.1f} s" for t in times) + f" (best {min(times):.1f} s)")


if __name__ == "__main__":
    main()
