"""Draw rows of 10kgnad-test.csv for a fresh pair of development sets.

Usage: python dev/draw_rows.py SEED [--count 20]

Candidates are the rows of the Wirtschaft, Inland, International, Web and Etat
categories that no ``dev/kgnad*/`` folder uses yet. Prints the drawn rows:
the first half makes the first set of the pair, the second half the other.
The draw is ``random.Random(SEED).sample`` over the sorted candidates, so the
same seed and the same ``dev/`` folders give the same rows.
"""
from __future__ import annotations

import argparse
import csv
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CSV = ROOT.parent / "shared" / "corpora" / "news" / "10kgnad-test.csv"
CATEGORIES = ("Wirtschaft", "Inland", "International", "Web", "Etat")


def used_rows() -> set[int]:
    """Row numbers of every article already in a dev set (file names start with the row)."""
    return {int(m.group(1)) for path in (ROOT / "dev").glob("kgnad*/*.txt")
            if (m := re.match(r"(\d+)_", path.name))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seed", type=int)
    parser.add_argument("--count", type=int, default=20)
    args = parser.parse_args()
    with CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";", quotechar="'"))
    used = used_rows()
    candidates = sorted(i for i, row in enumerate(rows) if row[0] in CATEGORIES and i not in used)
    drawn = random.Random(args.seed).sample(candidates, args.count)
    half = args.count // 2
    print(f"{len(candidates)} candidates")
    for part in (sorted(drawn[:half]), sorted(drawn[half:])):
        print(" ".join(f"{i}_{rows[i][0]}" for i in part))


if __name__ == "__main__":
    main()
