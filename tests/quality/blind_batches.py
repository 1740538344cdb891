"""The blind batches by number, and one command to write any of them.

Each ``generate_blind*.py`` module registers its batches in ``generate_blind.BATCHES`` when it is
imported; importing this module imports them all. Batches 5 on are written only when named
(``bench/quality.py --layouts blind12``), so nobody scores and tunes on one by accident:

    .venv/bin/python tests/quality/blind_batches.py OUTPUT_DIR --batch 12 [--scanned]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import generate_blind
import generate_blind6  # noqa: F401  (registers batches 6 and 7)
import generate_blind8  # noqa: F401  (registers batch 8)
import generate_blind9  # noqa: F401  (registers batch 9)
import generate_blind10  # noqa: F401  (registers batch 10)
import generate_blind11  # noqa: F401  (registers batch 11)
import generate_blind12  # noqa: F401  (registers batch 12)
import generate_blind13  # noqa: F401  (registers batch 13)
import generate_blind14  # noqa: F401  (registers batch 14)
import generate_blind15  # noqa: F401  (registers batch 15)
import generate_blind16  # noqa: F401  (registers batch 16)
import generate_blind17  # noqa: F401  (registers batch 17)
import generate_blind18  # noqa: F401  (registers batch 18)
import generate_blind19  # noqa: F401  (registers practice batch 19, tuned on: not blind)
import generate_blind20  # noqa: F401  (registers blind batch 20)
import generate_blind21  # noqa: F401  (registers blind batch 21)
import generate_blind22  # noqa: F401  (registers blind batch 22)
import generate_blind23  # noqa: F401  (registers blind batch 23)
import generate_blind24  # noqa: F401  (registers blind batch 24)
import generate_blind25  # noqa: F401  (registers blind batch 25)
import generate_blind26  # noqa: F401  (registers blind batch 26)
import generate_blind27  # noqa: F401  (registers blind batch 27)
import generate_blind28  # noqa: F401  (registers blind batch 28)
from generate_blind import Batch, write_batch

BATCHES: dict[str, Batch] = generate_blind.BATCHES
NAMED_ONLY = tuple(number for number in BATCHES if number != "3")  # written when named


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="directory to write the PDFs and truth into")
    parser.add_argument("--batch", required=True, choices=tuple(BATCHES), help="which batch")
    parser.add_argument("--scanned", action="store_true", help="also write scanned twins")
    args = parser.parse_args()
    for path in write_batch(args.out, args.batch, scanned=args.scanned):
        print(path)


if __name__ == "__main__":
    main()
