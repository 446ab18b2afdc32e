"""Imports run one way (DESIGN.md): gui → services → storage → domain; reports get plain data.

The package is walked with `ast` (every import statement, also those inside
functions, plus importlib.import_module("…") calls with a literal name), so the
rules hold for code that is never imported by the tests. The same walk finds import
cycles, and the PostgreSQL a module above storage must not speak itself.
"""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

import lead_desktop
from lead_desktop.storage import server_schema

PACKAGE_DIR = Path(lead_desktop.__file__).resolve().parent
ROOT = "lead_desktop"
QT = ("PySide6", "shiboken6")
DATABASE = ("sqlalchemy", "alembic", "sqlcipher3")


@functools.cache
def parse(source: str) -> ast.Module:
    """Each source parsed once per run: several checks walk the same files (the trees are only read)."""
    return ast.parse(source)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_in(source: str, module: str, is_package: bool = False) -> set[str]:
    """Every module `source` imports, fully qualified (relative imports resolved)."""
    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(parse(source)):
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


@functools.cache
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
    assert "sqlalchemy" in walked[f"{ROOT}.storage.base"]
    assert f"{ROOT}.storage.models_site" in walked[f"{ROOT}.storage.models"]
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


# ----- import cycles ------------------------------------------------------------------------------


def _needs(module: str, target: str, targets: set[str], walked: dict[str, set[str]]) -> bool:
    """Whether `module` importing `target` makes an edge of the import graph. A submodule that takes
    its siblings from its own package (`from lead_desktop.domain.hmis import codes`) needs only the
    package object, which Python creates before running the package's __init__, so that is no
    circle; taking any other name from the package (one its __init__ defines) is."""
    if target == module or not module.startswith(target + "."):
        return True
    names = {t for t in targets if t.startswith(target + ".") and "." not in t[len(target) + 1:]}
    return not names or any(name not in walked for name in names)


def import_cycles(walked: dict[str, set[str]]) -> list[list[str]]:
    """Every group of modules that import one another (a strongly connected component of more than
    one module, or a module importing itself), by Tarjan's algorithm without recursion."""
    graph = {module: sorted(t for t in targets if t in walked and _needs(module, t, targets, walked))
             for module, targets in walked.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(graph[root]))]
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
                    work.append((child, iter(graph[child])))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1 or node in graph[node]:
                    cycles.append(sorted(group))
    return cycles


def test_no_import_cycles():
    cycles = import_cycles(_walk())
    assert cycles == [], "modules that import one another (lazy imports count too):\n" + "\n".join(
        " ↔ ".join(c) for c in cycles)


def test_import_cycles_are_found():
    """Self-check on a made-up package: a lazy import that closes a circle is a cycle."""
    sources = {
        f"{ROOT}.storage.base": "import sqlalchemy\n",
        f"{ROOT}.storage.models": "from lead_desktop.storage.base import Base\nfrom lead_desktop.storage import models_a\n",
        f"{ROOT}.storage.models_a": "def late():\n    from lead_desktop.storage.models import Base\n",
        f"{ROOT}.storage.alone": "from . import alone\n",
        f"{ROOT}.storage.fine": "from lead_desktop.storage.base import Base\n",
    }
    walked = {module: imports_in(source, module) for module, source in sources.items()}
    assert import_cycles(walked) == [[f"{ROOT}.storage.alone"], [f"{ROOT}.storage.models", f"{ROOT}.storage.models_a"]]
    walked[f"{ROOT}.storage.models_a"] = {f"{ROOT}.storage.base"}
    walked[f"{ROOT}.storage.alone"] = set()
    assert import_cycles(walked) == []


def test_a_package_that_gathers_its_modules_is_no_cycle_unless_they_take_its_own_names():
    package = f"{ROOT}.domain.pkg"
    sources = {
        package: "from lead_desktop.domain.pkg.codes import label\nLIMIT = 3\n",
        f"{package}.codes": "from lead_desktop.domain.pkg import lists\nfrom lead_desktop.domain.pkg.lists import X\n",
        f"{package}.lists": "X = 1\n",
    }
    walked = {module: imports_in(source, module) for module, source in sources.items()}
    assert import_cycles(walked) == []
    walked[f"{package}.codes"] |= imports_in("from lead_desktop.domain.pkg import LIMIT\n", f"{package}.codes")
    assert import_cycles(walked) == [[package, f"{package}.codes"]]
    walked[f"{package}.codes"] = imports_in("import lead_desktop.domain.pkg\n", f"{package}.codes")
    assert import_cycles(walked) == [[package, f"{package}.codes"]]


# ----- PostgreSQL only through storage --------------------------------------------------------------

# Layers that reach the database only through storage's named functions: no driver, no server SQL.
NO_SERVER_SQL = ("services", "cli", "reports", "gui")
SERVER_DRIVERS = ("psycopg", "psycopg2", "psycopg_pool", "asyncpg")
# Statements and catalog names only PostgreSQL knows. Upper case only: "revoke" and "grant" are words
# a consent form uses.
_SERVER_KEYWORDS = re.compile(
    r"\b(CREATE\s+(ROLE|USER|POLICY|TRIGGER|FUNCTION)|ALTER\s+(ROLE|USER)|DROP\s+ROLE|GRANT|REVOKE"
    r"|SECURITY\s+DEFINER|LISTEN|NOTIFY)\b"
)
_SERVER_CATALOG = re.compile(
    r"\bpg_(advisory\w*|roles|authid|auth_members|has_role|notify|catalog|database|trigger|class|namespace|proc)\b",
    re.IGNORECASE,
)


def server_functions() -> set[str]:
    """The functions a server site's security installs (lead_create_account, …): calling them is
    storage's business."""
    return set(re.findall(r"FUNCTION (lead_\w+)\(", "\n".join(server_schema._security_sql("site"))))


def server_sql_in(source: str, functions: set[str]) -> list[str]:
    """String literals (docstrings aside) that hold PostgreSQL-only SQL, and imports of its drivers."""
    tree = parse(source)
    docstrings = {
        id(node.body[0].value) for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
    }
    calls = re.compile(r"\b(" + "|".join(sorted(functions)) + r")\s*\(") if functions else None
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            text = node.value
            if _SERVER_KEYWORDS.search(text) or _SERVER_CATALOG.search(text) or (calls and calls.search(text)):
                found.append(f"line {node.lineno}: {text[:60]!r}")
    found += [f"imports {target}" for target in sorted(imports_in(source, f"{ROOT}.services.x"))
              if _is(target, *SERVER_DRIVERS)]
    return found


def test_postgresql_is_spoken_only_in_storage():
    functions = server_functions()
    found = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        module = module_name(path)
        if layer_of(module) in NO_SERVER_SQL and "forms" not in path.parts:
            found += [f"{module}: {problem}" for problem in server_sql_in(path.read_text(encoding="utf-8"), functions)]
    assert found == [], "PostgreSQL outside storage (call a storage.server_* function instead):\n" + "\n".join(found)


def test_the_postgresql_rule_can_fail():
    functions = server_functions()
    assert {"lead_create_account", "lead_set_account_active", "lead_case_item_count"} <= functions
    made_up = (
        '"""A service that GRANTs nothing in its docstring: docstrings may name what storage does."""\n'
        "import psycopg\n"
        "from psycopg import sql\n"
        "def bad(session, name):\n"
        '    session.execute(text("SELECT lead_create_account(:u, :r, :v)"))\n'
        '    session.execute(text(f"ALTER ROLE {name} PASSWORD \'x\'"))\n'
        '    session.execute(text("CREATE ROLE x LOGIN"))\n'
        '    session.execute(text("GRANT SELECT ON participant TO x"))\n'
        '    session.execute(text("REVOKE ALL ON participant FROM PUBLIC"))\n'
        '    session.execute(text("SELECT pg_advisory_xact_lock(1)"))\n'
        '    session.execute(text("SELECT rolname FROM pg_roles"))\n'
        '    return "LANGUAGE plpgsql SECURITY DEFINER"\n'
    )
    assert len(server_sql_in(made_up, functions)) == 10, server_sql_in(made_up, functions)
    harmless = (
        "def fine(session):\n"
        '    note = "The participant may revoke this consent; grant access only with it."\n'
        '    return session.execute(text("SELECT count(*) FROM account")), note, "lead_number"\n'
    )
    assert server_sql_in(harmless, functions) == []

# ----- the window: areas share a floor, and the floor has one copy of each helper -------------------

GUI = f"{ROOT}.gui"
GUI_AREAS = ("participants", "referrals", "governance", "exchange", "reports", "admin")
# What every area builds on, defined once (gui/widgets/ and the top-level gui modules).
FLOOR = (
    "error_text", "problem_text", "translate_field_label", "vocab_label", "format_date", "local_time_text",
    "format_count", "plural", "heading", "paint_label", "tone_colour", "tone_dot", "mute", "set_message",
    "busy", "show_message", "show_error", "ask", "page_action", "button", "sort_key", "RowsModel",
    "PagedQueryModel", "make_table", "fit_columns", "selected_rows", "select_key", "sort_on_header_click",
    "RecordDialog", "save_form", "save_cancel_box", "scrolling", "open_dialog", "TaskRunner", "Outcome",
    "change_own_password", "CandidateModel", "is_dark", "keychain_reason_text", "answer", "keep_while_open",
    "save_again", "attempt", "ask_then", "size_columns", "sorted_table", "sort_in_sql", "selected_id",
)
FLOOR_CONSTANTS = ("SORT_ROLE", "ID_ROLE", "TONE_ROLE", "OK", "NOTICE", "WARNING", "DANGER", "MUTED")


def gui_area(module: str) -> str | None:
    """The area package a window module belongs to (gui/<area>/…), or None for the floor and top level."""
    parts = module.split(".")
    if len(parts) > 3 and parts[:2] == [ROOT, "gui"] and parts[2] in GUI_AREAS:
        return parts[2]
    if len(parts) == 3 and parts[:2] == [ROOT, "gui"] and parts[2] in GUI_AREAS:
        return parts[2]
    return None


def area_violations(module: str, targets: set[str]) -> list[str]:
    area = gui_area(module)
    bad = []
    for target in sorted(targets):
        other = gui_area(target)
        if area is not None and other is not None and other != area:
            bad.append(f"{module} imports {target}: areas share code through gui/widgets/ or a top-level gui module")
        if module.startswith(f"{GUI}.widgets") and other is not None:
            bad.append(f"{module} imports {target}: the shared floor depends on no area")
    return bad


def test_gui_areas_do_not_import_each_other():
    found = [problem for module, targets in _walk().items() for problem in area_violations(module, targets)]
    assert found == [], "an area borrows from another:\n" + "\n".join(found)


def test_area_rule_can_fail():
    assert area_violations(f"{GUI}.referrals.dialogs", {f"{GUI}.participants.dialogs"})
    assert area_violations(f"{GUI}.governance.meeting.editor", {f"{GUI}.participants"})
    assert area_violations(f"{GUI}.widgets.tables", {f"{GUI}.admin.audit"})
    assert not area_violations(f"{GUI}.referrals.page", {f"{GUI}.referrals.models", f"{GUI}.widgets.tables",
                                                          f"{GUI}.candidates", f"{GUI}.conflict_dialog"})
    assert not area_violations(f"{GUI}.sections", {f"{GUI}.participants", f"{GUI}.referrals.summary"})


def floor_definitions(sources: dict[str, str]) -> dict[str, list[str]]:
    """Where each floor name is defined (a def, a class, or a module-level assignment), module by module."""
    wanted = set(FLOOR) | set(FLOOR_CONSTANTS)
    found: dict[str, list[str]] = {name: [] for name in wanted}
    for module, source in sources.items():
        for node in ast.walk(parse(source)):
            names = []
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.col_offset == 0:
                names = [node.name]
            elif isinstance(node, ast.Assign) and node.col_offset == 0:
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
                names += [e.id for t in node.targets if isinstance(t, ast.Tuple) for e in t.elts
                          if isinstance(e, ast.Name)]
            for name in names:
                if name in wanted:
                    found[name].append(module)
    return found


def _gui_sources() -> dict[str, str]:
    out = {}
    for path in sorted((PACKAGE_DIR / "gui").rglob("*.py")):
        if "forms" in path.relative_to(PACKAGE_DIR / "gui").parts[:1]:
            continue
        out[module_name(path)] = path.read_text(encoding="utf-8")
    return out


def test_the_window_floor_has_one_copy_of_each_helper():
    copies = {name: modules for name, modules in floor_definitions(_gui_sources()).items() if len(modules) != 1}
    assert copies == {}, "each floor helper is defined exactly once: " + repr(copies)


def test_the_copy_check_can_fail():
    sources = {f"{GUI}.widgets.text": "def error_text(e):\n    return ''\n",
               f"{GUI}.participants.common": "SORT_ROLE = 1\ndef error_text(e):\n    return ''\n"}
    found = floor_definitions(sources)
    assert found["error_text"] == [f"{GUI}.widgets.text", f"{GUI}.participants.common"]
    assert found["SORT_ROLE"] == [f"{GUI}.participants.common"]


# ----- one file writer ----------------------------------------------------------------------------

WRITER = f"{ROOT}.storage.atomic"
_MOVES = {("os", "replace"), ("os", "rename"), ("os", "renames"), ("shutil", "move")}


def moves_in(source: str) -> list[str]:
    """Calls that move a file over another: os.replace, os.rename, shutil.move (also imported by name
    or under another name), and a Path's rename(…) or replace(target). A str's replace takes two
    arguments and datetime's or dataclasses' take keywords, so they are not counted."""
    tree = parse(source)
    modules: dict[str, str] = {}
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update({alias.asname or alias.name: alias.name for alias in node.names
                            if alias.name in ("os", "shutil")})
        elif isinstance(node, ast.ImportFrom) and node.module in ("os", "shutil"):
            names.update({alias.asname or alias.name: f"{node.module}.{alias.name}" for alias in node.names
                          if (node.module, alias.name) in _MOVES})
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id in names:
            found.append(f"line {node.lineno}: {names[func.id]}")
        elif isinstance(func, ast.Attribute):
            owner = modules.get(func.value.id) if isinstance(func.value, ast.Name) else None
            if owner is not None:
                if (owner, func.attr) in _MOVES:
                    found.append(f"line {node.lineno}: {owner}.{func.attr}")
            elif func.attr == "rename" or (func.attr == "replace" and len(node.args) == 1 and not node.keywords):
                found.append(f"line {node.lineno}: .{func.attr}(…)")
    return found


def test_only_the_file_writer_moves_files_into_place():
    """Every file is written through storage.atomic (temp file, fsync, replace, fsync the folder, one
    mapping of OSError to known errors); a module renaming files itself has a writer of its own."""
    found = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        module = module_name(path)
        if module != WRITER:
            found += [f"{module}: {move}" for move in moves_in(path.read_text(encoding="utf-8"))]
    assert found == [], "write files through lead_desktop.storage.atomic:\n" + "\n".join(found)
    assert moves_in((PACKAGE_DIR / "storage" / "atomic.py").read_text(encoding="utf-8")), "the writer is seen"


def test_the_file_writer_rule_can_fail():
    made_up = (
        "import os\n"
        "import shutil as sh\n"
        "from os import replace as swap\n"
        "from pathlib import Path\n"
        "def save(tmp, target):\n"
        "    os.replace(tmp, target)\n"
        "    os.rename(tmp, target)\n"
        "    sh.move(tmp, target)\n"
        "    swap(tmp, target)\n"
        "    Path(tmp).rename(target)\n"
        "    Path(tmp).replace(target)\n"
    )
    assert len(moves_in(made_up)) == 6, moves_in(made_up)
    harmless = (
        "import dataclasses, os\n"
        "def fine(text, day, row):\n"
        "    os.path.join('a', 'b')\n"
        "    return text.replace('-', ''), day.replace(day=1), dataclasses.replace(row, name='x')\n"
    )
    assert moves_in(harmless) == []
