"""What speaking the user's language costs: `amends list` and `amends show` as whole processes
in Swedish, Croatian, Thai and Bengali, against the same commands in English in the same run
(same journal, same incidents; only AMENDS_LANGUAGE differs).

    python3 bench/languages.py [--size 2000] [--repeat 15]

The other languages read their catalogue (a .ts file) and write days and money with Babel;
goal: each ≤ 1.1× English.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.timing import whole_process_ms
from journal.service import Journal
from tests.samples.generator import generate

LANGUAGES = ("en", "sv", "hr", "th", "bn")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="amends-languages-"))
    path = folder / "journal.amends"
    with Journal(path) as journal:
        journal.transfer.import_json(json.dumps(generate(args.size, seed=3), ensure_ascii=False))
    for command in (["list", "--limit", "50"], ["show", "1"]):
        amends = [sys.executable, "-m", "journal.cli", "--db", str(path), *command]
        runs = [["env", f"AMENDS_LANGUAGE={code}", *amends] for code in LANGUAGES]
        timings = whole_process_ms(runs, folder, args.repeat, cwd=ROOT)
        english = timings[0]
        print(f"amends {' '.join(command):<18} en {english:6.0f} ms")
        for code, ms in zip(LANGUAGES[1:], timings[1:], strict=True):
            print(f"{'':25} {code} {ms:6.0f} ms   {ms / english:4.2f}×   goal ≤ 1.1×")


if __name__ == "__main__":
    main()
