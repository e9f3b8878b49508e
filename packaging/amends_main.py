"""The bundle's entry point: the same as the `amends` console script (journal.cli:main)."""

import os
import sys

from journal.cli import main


def outside_programs_get_their_own_libraries() -> None:
    """The bundle's loader points the library path at the bundle's own Qt and C libraries.
    This process has loaded what it needs by now; programs it starts (the file manager that
    Show folder opens, a mail app) must not load the bundle's copies instead of their own."""
    if not getattr(sys, "frozen", False):
        return
    for name in ("LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH"):
        before = os.environ.pop(name + "_ORIG", None)
        if before is not None:
            os.environ[name] = before
        else:
            os.environ.pop(name, None)


if __name__ == "__main__":
    outside_programs_get_their_own_libraries()
    sys.exit(main())
