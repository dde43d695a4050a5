"""Imports run downhill: no module imports from a higher layer, and there is no import circle,
neither between packages nor between the modules of one package (imports inside functions
count: they are how circles hide). LAYERS is the one place the order is written down;
docs/architecture.md draws it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).parent.parent
SRC = REPO / "src" / "consentry"
# The simulator is a sibling distribution in this repository (packages/consentry-sim).
ROOTS = {
    "consentry": SRC,
    "consentry_sim": REPO / "packages" / "consentry-sim" / "src" / "consentry_sim",
}

# Lowest first. A unit is a top-level module or package of consentry; a unit may import units
# of lower layers and its own modules, nothing beside or above it.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("errors",),
    ("progress",),
    ("contract", "config", "steps"),
    ("policy",),
    ("store",),
    ("redact", "mark"),
    ("datasets", "rights", "report", "detect", "gateway"),
    ("web", "demo"),
    ("cli",),
    ("__main__",),
)
# The simulator (the consentry_sim package) sits beside the layers: it may import the bottom
# layer; only the demo and the CLI (and tests) import it.
BESIDE = {
    "sim": {"imports": ("errors", "progress", "contract", "config"), "imported_by": ("demo", "cli")}
}
# Known exceptions, each with the issue that removes it (none at the moment).
ALLOWED: set[tuple[str, str]] = set()


def _imports(path: Path) -> set[str]:
    """consentry.* modules a file imports, anywhere in it."""
    return _imports_in(path.read_text(), _module(path), path.name == "__init__.py")


def _imports_in(source: str, module: str, is_package: bool) -> set[str]:
    tree = ast.parse(source)
    package = module if is_package else module.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("consentry"))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from package of this file
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            if not base.startswith("consentry"):
                continue
            for alias in node.names:  # `from consentry.store import audit` names a module
                sub = f"{base}.{alias.name}"
                found.add(sub if _exists(sub) else base)
    return found


def _root(module: str) -> Path:
    return ROOTS[module.split(".")[0]]


def _module(path: Path) -> str:
    root = next(r for r in ROOTS.values() if path.is_relative_to(r))
    rel = path.relative_to(root.parent).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


def _exists(module: str) -> bool:
    root, rel = _root(module), Path(*module.split(".")[1:])
    return (root / rel).with_suffix(".py").exists() or (root / rel / "__init__.py").exists()


def _unit(module: str) -> str:
    if module.split(".")[0] == "consentry_sim":
        return "sim"
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _graph() -> dict[str, set[str]]:
    paths = sorted(p for root in ROOTS.values() for p in root.rglob("*.py"))
    return {_module(p): _imports(p) for p in paths}


LAYER_OF = {unit: i for i, units in enumerate(LAYERS) for unit in units}


def test_every_unit_has_a_place() -> None:
    units = {_unit(m) for m in _graph()} - {"__init__"}
    assert units <= set(LAYER_OF) | set(BESIDE), f"units with no layer: {units - set(LAYER_OF)}"


def test_no_module_imports_from_a_higher_layer_or_beside_it() -> None:
    bad = []
    for module, imported in _graph().items():
        src = _unit(module)
        for target in imported:
            dst = _unit(target)
            if dst in (src, "__init__") or (module, target) in ALLOWED:
                continue
            if src in BESIDE:
                ok = dst in BESIDE[src]["imports"]
            elif dst in BESIDE:
                ok = src in BESIDE[dst]["imported_by"]
            else:
                ok = LAYER_OF[dst] < LAYER_OF[src]
            if not ok:
                bad.append(f"{module} -> {target}")
    assert not bad, "imports against the layers:\n" + "\n".join(sorted(bad))


# Units that still write SQL against the store's tables (issue 8 moves it into store/); every
# other unit asks the store's functions. The list only shrinks.
TABLES_PENDING = {"datasets", "gateway"}


def test_only_the_store_and_the_pending_units_read_its_tables() -> None:
    readers = {
        _unit(module)
        for module, imported in _graph().items()
        if "consentry.store.schema" in imported and _unit(module) != "store"
    }
    assert readers <= TABLES_PENDING, (
        f"SQL against tables outside store/: {readers - TABLES_PENDING}"
    )


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle in `graph`, or None (depth-first search)."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_circle_between_packages() -> None:
    units: dict[str, set[str]] = {}
    for module, imported in _graph().items():
        src = _unit(module)
        units.setdefault(src, set()).update(
            _unit(t) for t in imported if _unit(t) not in (src, "__init__")
        )
    assert _cycle(units) is None, f"import circle between packages: {_cycle(units)}"


def test_no_circle_between_modules() -> None:
    # A package's __init__ re-exports its modules; those edges are not circles of substance.
    graph = {
        m: {t for t in imported if t != m and not _is_package(t)}
        for m, imported in _graph().items()
    }
    assert _cycle(graph) is None, f"import circle between modules: {_cycle(graph)}"


def _is_package(module: str) -> bool:
    return (_root(module) / Path(*module.split(".")[1:]) / "__init__.py").exists()


@pytest.mark.parametrize(
    "source, expect",
    [
        ("from consentry.cli import common\n", {"consentry.cli.common"}),
        ("from consentry.store.schema import exchanges\n", {"consentry.store.schema"}),
        ("def f():\n    import consentry.demo\n", {"consentry.demo"}),
        ("from ..store import audit\n", {"consentry.store.audit"}),
    ],
)
def test_the_import_reader_sees_every_form(source: str, expect: set[str]) -> None:
    assert _imports_in(source, "consentry.policy.probe", is_package=False) == expect
