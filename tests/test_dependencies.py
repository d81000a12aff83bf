"""Dependencies as used: every package src/ imports is declared in pyproject.toml, and every
declared package is imported (or, for a Datasette plugin, loaded by Datasette)."""
import ast
import re
import sys
from importlib.metadata import packages_distributions

from conftest import ROOT

# Declared but never imported: Datasette loads its plugins by entry point.
LOADED_BY_DATASETTE = {"datasette-atom"}
# Imported only where an optional extra is installed (`pip install paper-miner[dask]`).
OPTIONAL = {"distributed"}


def normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared() -> set[str]:
    """The names in pyproject's ``dependencies = [...]`` (tomllib is not in Python 3.10)."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    block = text.split("\ndependencies = [", 1)[1].split("]", 1)[0]
    return {normalised(name) for name in re.findall(r'^\s*"([A-Za-z0-9_.-]+)', block, re.MULTILINE)}


def imported_modules() -> set[str]:
    found = set()
    for path in (ROOT / "src").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"paper_miner", "__future__"} - OPTIONAL


def test_every_import_is_declared_and_every_declared_package_used():
    distributions = packages_distributions()
    used = {normalised(dist) for module in imported_modules() for dist in distributions.get(module, [module])}
    assert used - declared() == set(), "imported but not declared in pyproject.toml"
    assert declared() - used - LOADED_BY_DATASETTE == set(), "declared but never imported"
