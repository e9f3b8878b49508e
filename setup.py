"""Installing builds the window's catalogues (.qm) from their sources (.ts) with Qt's lrelease;
everything else about the package is in pyproject.toml."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
CATALOGUES = Path("resources") / "translations"


class BuildWithCatalogues(build_py):
    """build_py, and each amends_<code>.ts made into amends_<code>.qm beside the built code
    (in the source tree itself for an editable install, which runs from there). Without
    PySide6's lrelease the .qm files are left out: the window then reads the .ts files."""

    def run(self) -> None:
        super().run()
        into = CATALOGUES if self.editable_mode else Path(self.build_lib) / CATALOGUES
        spec = importlib.util.spec_from_file_location(
            "amends_translations", HERE / "packaging" / "translations.py"
        )
        assert spec is not None and spec.loader is not None
        tool = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(tool)
        try:
            tool.build(into, HERE / CATALOGUES)
        except ImportError:  # no PySide6 where the package is built
            print("PySide6's lrelease is missing: the window will read the .ts catalogues.")

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        built = [] if self.editable_mode else [
            str(Path(self.build_lib) / CATALOGUES / path.with_suffix(".qm").name)
            for path in sorted((HERE / CATALOGUES).glob("amends_*.ts"))
        ]  # fmt: skip
        return [*super().get_outputs(include_bytecode), *built]


setup(cmdclass={"build_py": BuildWithCatalogues})
