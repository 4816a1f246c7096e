"""Which of Qt's QML modules FleetDesk needs, so the bundle carries only those.

PyInstaller's stock QtQml hook collects every QML module in the PySide6 wheel (Qt Quick 3D,
Multimedia, WebView, Controls styles, ...), and each QML plugin drags its Qt libraries along.
Instead we read what FleetDesk's own QML imports (every ``*.qml`` under ``fleetdesk/``, including
``import`` lines inside ``Qt.createQmlObject`` strings) and follow each module's ``qmldir``
(``import``/``depends`` lines) and its own QML files, transitively.

So when a tab adds a QML file with ``import QtQuick.Controls``, the next build includes it
without anyone editing the packaging. Python code that builds QML from strings elsewhere must
list its modules in ``EXTRA_MODULES``.

    uv run python packaging/qml_modules.py     # print the modules and their folders
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = (ROOT / "fleetdesk",)
#: modules needed but not visible in a .qml file (QML built in Python strings)
EXTRA_MODULES: tuple[str, ...] = ()
#: Qt Quick Controls picks its style at run time (unless the app sets one with QQuickStyle):
#: Fusion on Linux, FluentWinUI3/Windows on Windows, macOS on macOS; Basic is the fallback.
CONTROLS_STYLES = ("QtQuick.Controls.Basic", "QtQuick.Controls.Fusion") + (
    ("QtQuick.Controls.Windows", "QtQuick.Controls.FluentWinUI3")
    if sys.platform.startswith("win")
    else ("QtQuick.Controls.macOS",)
    if sys.platform == "darwin"
    else ()
)

# `import QtQuick`, `import QtQuick.Controls 2.15 as C`, also inside JS strings ('import X\n...')
_IMPORT = re.compile(r"(?<![\w.])import\s+([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)")
# qmldir: `import X [auto|ver]`, `default import X`, `depends X`; `optional import` is skipped
_QMLDIR_DEP = re.compile(r"^\s*(?:default\s+)?(?:import|depends)\s+([\w.]+)", re.M)


def qml_source_imports(dirs=SOURCE_DIRS) -> set[str]:
    """Module names imported by the QML files under ``dirs`` (relative-path imports ignored)."""
    found: set[str] = set()
    for folder in dirs:
        for path in Path(folder).rglob("*.qml"):
            found.update(_IMPORT.findall(path.read_text("utf-8", errors="replace")))
    return found | set(EXTRA_MODULES)


def qt_qml_dir() -> Path:
    """PySide6's QML import folder (e.g. .../PySide6/Qt/qml)."""
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.QmlImportsPath))


def module_dir(qml_root: Path, name: str) -> Path | None:
    """The folder of QML module ``name`` (it has a qmldir), or None for built-ins like ``QML``."""
    folder = qml_root.joinpath(*name.split("."))
    return folder if (folder / "qmldir").is_file() else None


def required_modules(roots: set[str] | None = None, qml_root: Path | None = None) -> dict[str, Path]:
    """Every QML module needed for ``roots`` (default: FleetDesk's imports) -> its folder."""
    qml_root = qml_root or qt_qml_dir()
    todo = sorted(qml_source_imports() if roots is None else roots)
    needed: dict[str, Path] = {}
    while todo:
        name = todo.pop()
        if name in needed:
            continue
        folder = module_dir(qml_root, name)
        if folder is None:
            continue  # built into the engine (QML) or not a Qt module (our own names)
        needed[name] = folder
        deps = set(_QMLDIR_DEP.findall((folder / "qmldir").read_text("utf-8")))
        for qml in folder.glob("*.qml"):  # the module's own QML (e.g. QtLocation's MapView.qml)
            deps.update(_IMPORT.findall(qml.read_text("utf-8", errors="replace")))
        if name == "QtQuick.Controls":
            deps.update(CONTROLS_STYLES)
        todo.extend(sorted(deps - set(needed)))
    return dict(sorted(needed.items()))


if __name__ == "__main__":
    root = qt_qml_dir()
    print(f"QML source imports: {sorted(qml_source_imports())}", file=sys.stderr)
    for mod, folder in required_modules(qml_root=root).items():
        print(f"{mod:<28} {folder.relative_to(root)}")
