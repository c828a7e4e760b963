"""Data flows one way: loaders -> store -> tui. These tests fail the day it does not."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT


def _modules_after(imports: str) -> set[str]:
    code = f"import sys; {imports}; print('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_core_and_command_line_do_not_import_the_ui():
    loaded = _modules_after("import loaders.pipeline, store.writer, store.export, twinlens.cli")
    assert not {m for m in loaded if m == "textual" or m.startswith(("textual.", "tui"))}


def test_import_contracts_hold():
    lint = shutil.which("lint-imports", path=str(ROOT / ".venv" / "bin")) or shutil.which("lint-imports")
    if lint is None:
        pytest.skip("import-linter is not installed")
    result = subprocess.run([lint], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
