"""Imports run one way (DESIGN.md): gui → services → storage → domain; reports get plain data.

The package is walked with `ast` (every import statement, also those inside
functions, plus importlib.import_module("…") calls with a literal name), so the
rules hold for code that is never imported by the tests.
"""

from __future__ import annotations

import ast
from pathlib import Path

import lead_desktop

PACKAGE_DIR = Path(lead_desktop.__file__).resolve().parent
ROOT = "lead_desktop"
QT = ("PySide6", "shiboken6")
DATABASE = ("sqlalchemy", "alembic", "sqlcipher3")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_in(source: str, module: str, is_package: bool = False) -> set[str]:
    """Every module `source` imports, fully qualified (relative imports resolved)."""
    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            # `from lead_desktop import gui` imports the subpackage gui
            found.update(f"{target}.{alias.name}" for alias in node.names if alias.name != "*")
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant):
                if isinstance(node.args[0].value, str):
                    found.add(node.args[0].value)
    return found


def _is(target: str, *prefixes: str) -> bool:
    return any(target == p or target.startswith(p + ".") for p in prefixes)


def layer_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def violations(module: str, targets: set[str]) -> list[str]:
    layer = layer_of(module)
    bad: list[str] = []

    def refuse(target: str, why: str) -> None:
        bad.append(f"{module} imports {target}: {why}")

    for target in sorted(targets):
        if layer in ("domain", "storage", "services", "reports") and _is(target, *QT):
            refuse(target, f"{layer} must not use Qt")
        if _is(target, f"{ROOT}.gui") and layer != "gui" and module != f"{ROOT}.app":
            refuse(target, "only lead_desktop/app.py imports the window layer")
        if layer == "domain":
            if _is(target, *DATABASE):
                refuse(target, "domain is pure Python: no database libraries")
            if _is(target, ROOT) and not _is(target, f"{ROOT}.domain"):
                refuse(target, "domain imports nothing of the project")
        if layer == "storage" and _is(target, f"{ROOT}.services", f"{ROOT}.gui", f"{ROOT}.reports",
                                      f"{ROOT}.cli", f"{ROOT}.app"):
            refuse(target, "storage sits below services, reports and the window")
        if layer == "reports" and _is(target, f"{ROOT}.storage", f"{ROOT}.services", f"{ROOT}.gui",
                                      f"{ROOT}.cli", f"{ROOT}.app"):
            refuse(target, "reports get plain data handed to them")
        if layer == "services" and _is(target, f"{ROOT}.cli", f"{ROOT}.app"):
            refuse(target, "services sit below the programs that use them")
    return bad


def _walk() -> dict[str, set[str]]:
    out = {}
    for path in sorted(PACKAGE_DIR.rglob("*.py")):  # migrations included: they are storage code
        module = module_name(path)
        out[module] = imports_in(path.read_text(encoding="utf-8"), module, path.name == "__init__.py")
    return out


def test_imports_follow_the_layers():
    found = [problem for module, targets in _walk().items() for problem in violations(module, targets)]
    assert found == [], "layering broken:\n" + "\n".join(found)


def test_the_walker_sees_real_imports():
    """Self-check, so the layering test cannot pass by seeing nothing."""
    walked = _walk()
    assert len(walked) > 20
    assert f"{ROOT}.storage.vault" in walked[f"{ROOT}.services.site"]
    assert f"{ROOT}.domain.i18n" in walked[f"{ROOT}.domain.errors"]
    # the import inside set_setting's body
    assert f"{ROOT}.services.accounts" in walked[f"{ROOT}.services.settings"]
    assert "sqlalchemy" in walked[f"{ROOT}.storage.models"]
    assert sum(len(targets) for targets in walked.values()) > 100


def test_relative_and_dynamic_imports_are_resolved():
    source = (
        "from . import vault\n"
        "from ..gui import main_window\n"
        "from .. import gui\n"
        "import importlib\n"
        "def late():\n"
        "    importlib.import_module('PySide6.QtWidgets')\n"
    )
    targets = imports_in(source, f"{ROOT}.storage.example")
    assert {f"{ROOT}.storage.vault", f"{ROOT}.gui.main_window", f"{ROOT}.gui", "PySide6.QtWidgets"} <= targets
    assert f"{ROOT}.storage.x" in imports_in("from . import x\n", f"{ROOT}.storage", is_package=True)


def test_each_rule_can_fail():
    cases = {
        f"{ROOT}.domain.vocab": ["sqlalchemy.orm", f"{ROOT}.paths", f"{ROOT}.storage.models", "PySide6.QtCore"],
        f"{ROOT}.storage.vault": [f"{ROOT}.services.site", f"{ROOT}.reports.kit", "PySide6"],
        f"{ROOT}.services.site": [f"{ROOT}.gui.main_window", "shiboken6"],
        f"{ROOT}.reports.kit": [f"{ROOT}.storage.models", f"{ROOT}.services.metrics"],
        f"{ROOT}.cli": [f"{ROOT}.gui"],
    }
    for module, targets in cases.items():
        found = violations(module, set(targets))
        assert len(found) == len(targets), (module, found)
    allowed = {
        f"{ROOT}.app": {f"{ROOT}.gui.main_window", "PySide6.QtWidgets"},
        f"{ROOT}.gui.pages": {f"{ROOT}.gui.helpers", f"{ROOT}.services.site", "PySide6.QtWidgets"},
        f"{ROOT}.services.metrics": {f"{ROOT}.reports.fact_sheet", f"{ROOT}.storage.models"},
        f"{ROOT}.storage.vault": {f"{ROOT}.domain.errors", f"{ROOT}.paths", "sqlalchemy"},
        f"{ROOT}.domain.fields": {f"{ROOT}.domain.vocab", "re"},
        f"{ROOT}.reports.kit": {f"{ROOT}.domain.vocab", "reportlab.pdfgen"},
    }
    for module, targets in allowed.items():
        assert violations(module, targets) == [], module


# ----- no import cycles -----------------------------------------------------------------------------


def import_graph(walked: dict[str, set[str]]) -> dict[str, set[str]]:
    """module → the project modules it imports. `import a.b.c` is an edge to a.b.c (its parent
    packages are not counted); names that are not modules (`from m import f` also yields m.f) drop out."""
    return {module: {t for t in targets if t in walked and t != module} for module, targets in walked.items()}


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm, without
    recursion), each sorted, in sorted order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return sorted(found)


def _known_cycle(component: list[str]) -> bool:
    # storage/models.py and its storage/models_*.py siblings import each other (fixed on the storage branch).
    return all(m == f"{ROOT}.storage.models" or m.startswith(f"{ROOT}.storage.models_") for m in component)


def test_no_import_cycles():
    """No module of lead_desktop imports itself round a circle, lazy (function-level) imports included."""
    cycles = [c for c in import_cycles(import_graph(_walk())) if not _known_cycle(c)]
    assert cycles == [], "import cycles:\n" + "\n".join(" → ".join(c) for c in cycles)


def test_the_cycle_finder_sees_cycles():
    """Self-check, so the cycle test cannot pass by finding nothing."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "e": {"d", "f"}, "f": {"e"}, "g": {"g"}}
    assert import_cycles(graph) == [["a", "b", "c"], ["e", "f"]]
    lazy = {
        f"{ROOT}.services.one": imports_in("def late():\n    from lead_desktop.services import two\n",
                                            f"{ROOT}.services.one"),
        f"{ROOT}.services.two": imports_in("import lead_desktop.services.one\n", f"{ROOT}.services.two"),
        f"{ROOT}.services": set(),
    }
    assert import_cycles(import_graph(lazy)) == [[f"{ROOT}.services.one", f"{ROOT}.services.two"]]
    assert not _known_cycle([f"{ROOT}.services.one", f"{ROOT}.services.two"])
