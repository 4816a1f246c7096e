"""The house rules as contracts: import-linter runs in the test suite, and the import graph
(built with grimp, which import-linter uses) has no circle between modules or packages."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_hold():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 6 kept, 0 broken" in result.stdout


def _graph():
    """Every import in fleetdesk, at any depth (function-level and TYPE_CHECKING ones included:
    none is left out, so a circle or an upward import is one even if only the type checker
    follows it)."""
    return grimp.build_graph("fleetdesk", cache_dir=None, exclude_type_checking_imports=False)


def test_the_graph_counts_imports_made_for_the_type_checker_only():
    # fleetdesk.integrations imports the runtime's protocol only under ``if TYPE_CHECKING``
    source = (ROOT / "fleetdesk" / "integrations.py").read_text("utf-8")
    block = source[source.index("if TYPE_CHECKING:") :].split("\n\n")[0]
    assert "fleetdesk.core.runtime_api" in block
    graph = _graph()
    assert graph.get_import_details(importer="fleetdesk.integrations", imported="fleetdesk.core.runtime_api")


def test_the_contracts_ignore_no_import():
    """No exception in the layers: the plug-in seam names core's RuntimeAPI, not the runtime."""
    text = (ROOT / "pyproject.toml").read_text("utf-8")
    assert "ignore_imports" not in text[text.index("[tool.importlinter]") :]
    graph = _graph()
    assert graph.find_shortest_chain(importer="fleetdesk.integrations", imported="fleetdesk.runtime") is None


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one member (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
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
    return found


def _edges(graph, group) -> dict[str, set[str]]:
    edges: dict[str, set[str]] = defaultdict(set)
    for module in graph.modules:
        edges[group(module)]
        for imported in graph.find_modules_directly_imported_by(module):
            if group(imported) != group(module):
                edges[group(module)].add(group(imported))
    return edges


def _package(module: str) -> str:
    """fleetdesk.<top>; inside the UI each feature folder (ui/carpass, ui/shell, ...) and each
    module beside them (ui/context.py, ui/selftest.py, ...)."""
    parts = module.split(".")
    return ".".join(parts[:3] if parts[:2] == ["fleetdesk", "ui"] else parts[:2])


def test_the_cycle_finder_finds_a_circle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_circle_between_modules():
    assert _cycles(_edges(_graph(), lambda m: m)) == []


def test_no_import_circle_between_packages():
    assert _cycles(_edges(_graph(), _package)) == []


def test_integrations_never_import_the_command_line_or_the_gui():
    graph = _graph()
    from fleetdesk.registry import names

    for name in names():
        for upper in ("fleetdesk.cli", "fleetdesk.app", "fleetdesk.ui"):
            chain = graph.find_shortest_chain(importer=f"fleetdesk.{name}", imported=upper, as_packages=True)
            assert chain is None, chain
