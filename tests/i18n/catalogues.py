"""The project's catalogue tool (packaging/translations.py) for the tests, which build the
window's .qm files fresh from the .ts sources rather than trust an installed copy."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def tool() -> ModuleType:
    # Loaded by path: a module named "packaging" would be PyPA's.
    spec = importlib.util.spec_from_file_location(
        "amends_translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
