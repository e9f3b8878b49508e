"""About Amends: the version the package is installed as, this window's journal and its
folder, and the licences of Amends and of every library it is built with, each readable."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from tests.i18n.catalogues import ROOT
from tests.ui.test_every_word_translated import unmarked
from ui.about_dialog import RESOURCES, AboutDialog, Component, components, show_about
from ui.main_window import MainWindow

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def declared(distribution: str) -> str:
    """The licence an installed distribution's metadata declares: its SPDX expression, else
    its License field, else its licence classifiers."""
    metadata = importlib.metadata.metadata(distribution)
    expression = metadata.get("License-Expression") or metadata.get("License")
    if expression:
        return str(expression)
    classifiers = metadata.get_all("Classifier") or []
    return "; ".join(c for c in classifiers if c.startswith("License ::"))


def about(qtbot: QtBot, window: MainWindow) -> AboutDialog:
    shown = show_about(window, window.journal.path)
    qtbot.waitExposed(shown)
    return shown


def test_about_shows_the_installed_version_and_what_amends_is(
    qtbot: QtBot, window: MainWindow
) -> None:
    shown = about(qtbot, window)
    version = shown.findChild(QLabel, "version")
    assert version is not None
    assert importlib.metadata.version("amends") in version.text()
    assert PYPROJECT["project"]["version"] == importlib.metadata.version("amends")
    assert not shown.isModal()
    assert show_about(window, window.journal.path) is shown  # one at a time
    words = " ".join(label.text() for label in shown.findChildren(QLabel))
    assert "Nothing you write ever leaves this computer" in words


@pytest.mark.usefixtures("marking")
def test_about_shows_only_translated_words_but_its_name(qtbot: QtBot, window: MainWindow) -> None:
    assert unmarked(about(qtbot, window)) == ["QLabel 'name': 'Amends'"]


def test_about_shows_where_the_journal_is_and_opens_its_folder(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = about(qtbot, window)
    assert shown.path.text() == str(window.journal.path)
    assert shown.path.isReadOnly()
    shown.path.selectAll()
    assert shown.path.selectedText() == str(window.journal.path)
    asked: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: asked.append(url) or True)
    button = shown.findChild(QPushButton, "open_folder")
    assert button is not None
    button.click()
    assert len(asked) == 1 and asked[0].isLocalFile()
    assert Path(asked[0].toLocalFile()) == window.journal.path.parent
    assert not shown.said.isVisible()


def test_a_folder_that_cannot_be_opened_is_named_instead(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = about(qtbot, window)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    shown.open_folder()
    assert shown.said.isVisible()
    assert str(window.journal.path.parent) in shown.said.text()


def test_every_licence_named_is_there_and_shows_when_chosen(
    qtbot: QtBot, qtmodeltester: object, window: MainWindow
) -> None:
    shown = about(qtbot, window)
    qtmodeltester.check(shown.licences.model())  # type: ignore[attr-defined]
    listed = components()
    assert shown.licences.count() == len(listed)
    assert listed[0].name == "Amends" and shown.licences.currentRow() == 0
    for row, component in enumerate(listed):
        assert component.files, component.name
        for name in component.files:
            assert (RESOURCES / name).is_file(), f"{component.name}: {name} is missing"
        shown.licences.setCurrentRow(row)
        assert component.name in shown.licences.item(row).text()
        assert component.licence in shown.licences.item(row).text()
        first_file = (RESOURCES / component.files[0]).read_text(encoding="utf-8")
        assert shown.licence_text.toPlainText().startswith(first_file.strip("\n"))
        last_file = (RESOURCES / component.files[-1]).read_text(encoding="utf-8")
        assert shown.licence_text.toPlainText().endswith(last_file.strip("\n"))


def test_amends_is_mit_licensed_in_one_text() -> None:
    ours = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert ours.startswith("MIT License\n")
    assert "Copyright (c) 2026 The Amends authors" in ours
    assert (RESOURCES / "licences" / "amends-MIT.txt").read_text(encoding="utf-8") == ours
    assert PYPROJECT["project"]["license"] == "MIT" == components()[0].licence
    assert declared("amends") == "MIT"


def test_qt_for_python_comes_with_the_lgpl_and_the_gpl_it_builds_on() -> None:
    qt = next(c for c in components() if "PySide6-Essentials" in c.distributions)
    assert qt.licence == "LGPL-3.0-only"
    texts = [(RESOURCES / name).read_text(encoding="utf-8") for name in qt.files]
    assert any("GNU LESSER GENERAL PUBLIC LICENSE" in t and "Version 3" in t for t in texts)
    assert any("GNU GENERAL PUBLIC LICENSE" in t and "Version 3" in t for t in texts)
    fonts = next(c for c in components() if c.files == ("fonts/OFL.txt",))
    assert "SIL Open Font License, Version 1.1" in (RESOURCES / fonts.files[0]).read_text("utf-8")


def dependencies() -> list[str]:
    return [
        re.split(r"[=<>!~\[ ;]", pin, maxsplit=1)[0] for pin in PYPROJECT["project"]["dependencies"]
    ]


def listed_for(distribution: str) -> Component:
    wanted = distribution.lower().replace("_", "-")
    found = [c for c in components() if wanted in (d.lower() for d in c.distributions)]
    assert len(found) == 1, f"{distribution} is not listed in About once"
    return found[0]


@pytest.mark.parametrize("distribution", dependencies())
def test_every_pinned_library_is_listed_with_the_licence_its_metadata_declares(
    distribution: str,
) -> None:
    component = listed_for(distribution)
    assert component.declared == declared(distribution), (
        f"{distribution}'s licence is now {declared(distribution)!r}: check it and update "
        "resources/licences/"
    )
    installed = importlib.metadata.distribution(distribution)
    shipped = {
        str(file).rsplit("/", 1)[-1]: file
        for file in installed.files or []
        if "/licenses/" in str(file) or re.search(r"licen[cs]e", str(file).lower())
    }
    ours = [name for name in component.files if name.startswith(f"licences/{distribution}-")]
    for name in ours:
        text = (RESOURCES / name).read_text(encoding="utf-8")
        assert any(file.read_text(encoding="utf-8") == text for file in shipped.values()), (
            f"{name} is not the text {distribution} {installed.version} ships"
        )
