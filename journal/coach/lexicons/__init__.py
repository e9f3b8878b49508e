"""Lexicons of the apology coach, one TOML file per language."""
