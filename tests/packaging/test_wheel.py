"""`pip install amends` gets what the app reads at run time: the wheel, built from this tree,
carries its icons, catalogues, fonts, lexicons, migrations, help and licences."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
SOURCES = ["pyproject.toml", "setup.py", "README.md", "journal", "resources", "ui"]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    """The wheel pip builds from a copy of the tree (a build leaves build/ behind it)."""
    tree = tmp_path_factory.mktemp("tree")
    ignored = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in [*SOURCES, *(["LICENSE"] if (ROOT / "LICENSE").exists() else [])]:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tree / name, ignore=ignored)
        else:
            shutil.copy2(source, tree / name)
    (tree / "packaging").mkdir()
    shutil.copy2(ROOT / "packaging" / "translations.py", tree / "packaging")
    into = tmp_path_factory.mktemp("wheel")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(tree), "--no-deps", "--no-build-isolation",
         "--no-index", "-q", "-w", str(into)],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    (path,) = into.glob("amends-*.whl")
    return zipfile.ZipFile(path)


def shipped(folder: str, pattern: str) -> list[str]:
    """The files of the source tree the wheel must carry, as the wheel names them."""
    return sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / folder).glob(pattern)
        if path.is_file() and "__pycache__" not in path.parts
    )


def test_the_wheel_has_what_the_app_reads(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    icons = ["resources/icons/app/amends.svg"]
    icons += [f"resources/icons/app/amends-{size}.png" for size in (16, 32, 48, 256, 512)]
    catalogues = [
        f"resources/translations/{path.stem}.qm"
        for path in (ROOT / "resources" / "translations").glob("amends_*.ts")
    ]
    wanted = [
        *icons,
        *shipped("resources/icons", "**/*"),
        *catalogues,
        *shipped("resources/fonts", "*.ttf"),
        *shipped("journal/coach/lexicons", "*.toml"),
        *shipped("journal/storage/migrations", "versions/*.py"),
        "journal/storage/migrations/env.py",
        "journal/storage/migrations/script.py.mako",
        *shipped("journal/demo", "*.json"),
        *shipped("resources/help", "*"),
        *shipped("resources/licences", "*"),
    ]
    assert len(catalogues) >= 5 and shipped("resources/fonts", "*.ttf")
    assert [name for name in wanted if name not in names] == []


def test_the_wheel_s_version_is_pyproject_s(wheel: zipfile.ZipFile) -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        declared = tomllib.load(file)["project"]["version"]
    metadata = next(name for name in wheel.namelist() if name.endswith(".dist-info/METADATA"))
    assert f"\nVersion: {declared}\n" in wheel.read(metadata).decode()
