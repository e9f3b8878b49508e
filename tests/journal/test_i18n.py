"""The command line's words: the system's language, and a damaged catalogue said, not fatal."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal import cli, i18n


def test_the_system_s_language_is_read_from_its_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AMENDS_LANGUAGE")
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "hr_HR.UTF-8")
    assert i18n.system_language() == "hr"
    monkeypatch.setenv("LANGUAGE", "de:bn_BD:en")  # the first Amends speaks
    assert i18n.system_language() == "bn"
    monkeypatch.setenv("LC_ALL", "C")
    monkeypatch.delenv("LANGUAGE")
    assert i18n.system_language() == "en"


def test_a_damaged_catalogue_says_so_and_english_is_shown(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = tmp_path / "amends_sv.ts"
    damaged.write_text("<?xml version='1.0'?><TS><context><name>Cut off", encoding="utf-8")
    monkeypatch.setattr(i18n, "catalogue_path", lambda language: damaged)
    i18n.catalogue.cache_clear()
    monkeypatch.setenv("AMENDS_LANGUAGE", "sv")
    try:
        with pytest.raises(SystemExit) as done:
            cli.main(["--help"])
    finally:
        i18n.catalogue.cache_clear()
    assert done.value.code == 0
    out, err = capsys.readouterr()
    assert "usage:" in out  # the help, in English
    assert "amends_sv.ts cannot be read" in err and "English is shown" in err
