"""Files Amends ships beside its code: fonts (with their licence)."""
