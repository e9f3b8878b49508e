"""Amends' journal library: domain, storage, service and command line, free of Qt."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """`journal.__version__`, read from the package's metadata when first asked for
    (journal/about.py: pyproject.toml's version is the only place it is written)."""
    if name == "__version__":
        from journal.about import version

        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
