"""Installing builds the window's catalogues (.qm) from their sources (.ts) with Qt's lrelease;
everything else about the package is in pyproject.toml."""

from __future__ import annotations

import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

CATALOGUES = Path("resources") / "translations"


class BuildWithCatalogues(build_py):
    """build_py, and each amends_<code>.ts made into amends_<code>.qm beside the built code
    (in the source tree itself for an editable install, which runs from there)."""

    def run(self) -> None:
        super().run()
        import PySide6  # a build requirement (pyproject.toml), for its lrelease

        lrelease = Path(PySide6.__file__).parent / "lrelease"
        into = CATALOGUES if self.editable_mode else Path(self.build_lib) / CATALOGUES
        into.mkdir(parents=True, exist_ok=True)
        for source in sorted(CATALOGUES.glob("amends_*.ts")):
            target = into / source.with_suffix(".qm").name
            subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        built = [
            str(Path(self.build_lib) / CATALOGUES / path.with_suffix(".qm").name)
            for path in sorted(CATALOGUES.glob("amends_*.ts"))
        ]
        return [*super().get_outputs(include_bytecode), *built]


setup(cmdclass={"build_py": BuildWithCatalogues})
