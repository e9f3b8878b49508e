"""The bundle's entry point: the same as the `amends` console script (journal.cli:main)."""

import sys

from journal.cli import main

if __name__ == "__main__":
    sys.exit(main())
