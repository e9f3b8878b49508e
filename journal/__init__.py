"""Amends' journal library: domain, storage, service and command line, free of Qt."""

__version__ = "0.1.0"
