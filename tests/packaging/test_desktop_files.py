"""The Linux desktop files: valid for the desktop's own tools, consistent with each other and
with the window, the metainfo's releases current with CHANGELOG.md, and the icons drawn from
their SVG."""

from __future__ import annotations

import configparser
import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from types import ModuleType

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILES = list(LINUX.glob("*.desktop"))
MIME_NAMESPACE = "{http://www.freedesktop.org/standards/shared-mime-info}"


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP_FILES[0], encoding="utf-8")
    return parser["Desktop Entry"]


def app_id() -> str:
    assert len(DESKTOP_FILES) == 1
    return DESKTOP_FILES[0].stem


def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    checked = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILES[0])], capture_output=True, text=True
    )
    assert (checked.returncode, checked.stdout) == (0, "")


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    metainfo = LINUX / f"{app_id()}.metainfo.xml"
    checked = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--no-color", str(metainfo)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "E:" not in checked.stdout and "W:" not in checked.stdout


def test_one_id_names_the_entry_its_icon_metainfo_file_type_and_the_window() -> None:
    entry = desktop_entry()
    metainfo = ElementTree.parse(LINUX / f"{app_id()}.metainfo.xml").getroot()
    mime = ElementTree.parse(LINUX / f"{app_id()}.xml").getroot()
    (mime_type,) = mime.iter(f"{MIME_NAMESPACE}mime-type")
    assert entry["Icon"] == app_id()
    assert metainfo.findtext("id") == app_id()
    assert metainfo.findtext("launchable") == f"{app_id()}.desktop"
    assert entry["MimeType"] == mime_type.get("type") + ";"
    assert metainfo.findtext("provides/mediatype") == mime_type.get("type")
    window = (ROOT / "ui" / "app.py").read_text(encoding="utf-8")
    assert f'setDesktopFileName("{app_id()}")' in window


def test_a_double_click_passes_one_file_that_may_be_absent() -> None:
    assert desktop_entry()["Exec"] == "amends %f"


def test_the_software_centre_says_every_sentence_in_each_language_of_the_window() -> None:
    from journal.i18n import LANGUAGES

    metainfo = ElementTree.parse(LINUX / f"{app_id()}.metainfo.xml").getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    for parent in [metainfo, metainfo.find("description"), *metainfo.iter("ul")]:
        assert parent is not None
        children = list(parent)
        for index, english in enumerate(children):
            if english.tag not in ("summary", "p", "li") or english.get(lang):
                continue
            following = children[index + 1 : index + len(LANGUAGES)]
            said = {c.get(lang): c.text for c in following if c.tag == english.tag}
            missing = set(LANGUAGES) - {"en"} - {k for k, v in said.items() if v and v.strip()}
            assert not missing, f"{english.text!r} has no {sorted(missing)}"
    for screenshot in metainfo.iter("screenshot"):
        captions = {c.get(lang, "en") for c in screenshot.iter("caption") if (c.text or "").strip()}
        assert captions == set(LANGUAGES), screenshot.findtext("caption")


def test_journals_are_sqlite_files_known_by_their_name_before_their_content() -> None:
    mime = ElementTree.parse(LINUX / f"{app_id()}.xml").getroot()
    (mime_type,) = mime.iter(f"{MIME_NAMESPACE}mime-type")
    glob = mime_type.find(f"{MIME_NAMESPACE}glob")
    magic = mime_type.find(f"{MIME_NAMESPACE}magic")
    match = mime_type.find(f"{MIME_NAMESPACE}magic/{MIME_NAMESPACE}match")
    assert glob is not None and magic is not None and match is not None
    assert glob.get("pattern") == "*.amends"
    parent = mime_type.find(f"{MIME_NAMESPACE}sub-class-of")
    assert parent is not None and parent.get("type") == "application/vnd.sqlite3"
    assert (match.get("offset"), match.get("value")) == ("0", "SQLite format 3")
    assert int(magic.get("priority", "50")) < int(glob.get("weight", "50"))


def test_the_metainfo_s_releases_are_the_changelog_s() -> None:
    releases = load(LINUX / "releases.py")
    current = releases.METAINFO.read_text(encoding="utf-8")
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert releases.with_releases(current, changelog) == current
    assert releases.main(["--check"]) == 0


def test_each_released_version_becomes_a_release_newest_first() -> None:
    releases = load(LINUX / "releases.py")
    changelog = (
        "# Changelog\n\n## Unreleased\n\n- soon\n\n## [0.2.0] - 2027-02-01\n\n- more\n\n"
        "### 0.1.5 - 2027-01-01 is no release heading\n\n## 0.1.0 — 2026-12-10\n\n- first\n"
    )
    made = releases.with_releases(releases.METAINFO.read_text(encoding="utf-8"), changelog)
    found = [
        (release.get("version"), release.get("date"))
        for release in ElementTree.fromstring(made).iter("release")
    ]
    assert found == [("0.2.0", "2027-02-01"), ("0.1.0", "2026-12-10")]
    notes = [
        [item.text for item in release.iter("li")]
        for release in ElementTree.fromstring(made).iter("release")
    ]
    assert notes == [["more"], ["first"]]


def test_a_release_s_notes_are_its_items_in_plain_text() -> None:
    releases = load(LINUX / "releases.py")
    changelog = (
        "## 1.0.0 - 2027-03-01\n\n### Added\n- The **Help** menu, with `F1` on each\n"
        "  worksheet step.\n  - a sub-item stays out\n\n### Fixed\n- A <crash> & its report.\n"
    )
    assert releases.notes(changelog, "1.0.0") == [
        "The Help menu, with F1 on each worksheet step.",
        "A <crash> & its report.",
    ]
    made = releases.with_releases(releases.METAINFO.read_text(encoding="utf-8"), changelog)
    assert "<li>A &lt;crash&gt; &amp; its report.</li>" in made


def _channels_apart(one: QImage, other: QImage) -> int:
    """How far apart the two images' colour channels are at most."""
    first, second = bytes(one.constBits()), bytes(other.constBits())
    assert len(first) == len(second)
    return max((abs(a - b) for a, b in zip(first, second, strict=True) if a != b), default=0)


def test_the_committed_icons_are_the_svg_drawn_at_each_size(qapp: object) -> None:
    icon = load(ROOT / "packaging" / "icon.py")
    for size in icon.SIZES:
        committed = QImage(str(icon.png_path(size)))
        drawn = QImage.fromData(icon.render(size))
        assert (committed.width(), committed.height()) == (size, size)
        # Qt's rasteriser may round an antialiased edge one level apart on another CPU.
        assert _channels_apart(committed.convertToFormat(drawn.format()), drawn) <= 1, size
    lucide = re.search(r"Lucide's '([a-z0-9-]+)'", icon.SVG.read_text(encoding="utf-8"))
    assert lucide is not None  # the glyph is named, and its licence is beside the icons
    assert "ISC License" in (ROOT / "resources" / "icons" / "LICENSE-lucide.txt").read_text()
