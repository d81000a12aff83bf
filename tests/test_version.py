"""The pipeline version changes whenever code that derives records changes, wherever it lives."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import paper_miner
from paper_miner import _code_digest

PACKAGE = Path(paper_miner.__file__).parent


@pytest.fixture
def package_copy(tmp_path) -> Path:
    copy = tmp_path / "paper_miner"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


@pytest.mark.parametrize("module", [
    "extract/targets/values.py", "extract/common/parse.py", "extract/decisions/clauses.py",
    "extract/money/tables.py", "layout/arrange.py", "readers/pdf.py",
])
def test_touching_a_rule_module_in_a_subpackage_changes_the_version(package_copy, module):
    before = _code_digest(package_copy)
    path = package_copy / module
    path.write_text(path.read_text() + "\n# a changed rule\n")
    assert _code_digest(package_copy) != before


def test_the_site_and_cli_do_not_change_the_version(package_copy):
    before = _code_digest(package_copy)
    for module in ("cli.py", "publish.py"):
        path = package_copy / module
        path.write_text(path.read_text() + "\n# presentation only\n")
    assert _code_digest(package_copy) == before


def test_upgrading_a_library_that_shapes_records_changes_the_version(monkeypatch):
    import importlib.metadata

    before = paper_miner._library_digest()
    real = importlib.metadata.version
    monkeypatch.setattr(importlib.metadata, "version",
                        lambda name: "99.0" if name == "pdfplumber" else real(name))
    assert paper_miner._library_digest() != before
