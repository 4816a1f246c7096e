"""Trim what PyInstaller's Qt hooks collect to what FleetDesk uses (called from the spec).

The stock hooks take every plugin of each Qt module that is imported: the QML debugger and
profilers (``qmltooling``, whose Quick 3D profiler drags in Qt Quick 3D), embedded-Linux
platforms (eglfs, linuxfb, vnc), the virtual keyboard, and so on. ``drop_plugins`` removes
those; ``prune_unused_qt_libraries`` then removes Qt libraries nothing left in the bundle links
to (the dependency analysis already added them for the removed plugins).
"""

from __future__ import annotations

import re
from collections import deque
from pathlib import PurePath

#: plugin files FleetDesk does not need (paths use "/"; optional lib prefix and suffix vary per OS)
UNUSED_PLUGINS = re.compile(r"""(?x)/plugins/(
      qmltooling/                                   # QML debugger/profiler servers
    | egldeviceintegrations/ | generic/              # eglfs/linuxfb kiosk input and displays
    | platforms/(lib)?q(eglfs|linuxfb|minimalegl|vkkhrdisplay|vnc|direct2d)\b
    | platforminputcontexts/(lib)?qtvirtualkeyboardplugin
    | imageformats/(lib)?q(tiff|tga|wbmp|pdf)\b     # keep png (built in), jpeg, gif, svg, ico, webp
    | wayland-graphics-integration-client/(lib)?[\w-]*-server\b
    | wayland-shell-integration/(lib)?(fullscreen-shell|ivi-shell|wl-shell)
    | sqldrivers/ | designer/ | assetimporters/ | sceneparsers/ | renderers/ | multimedia/
)""")
#: Qt components that must never be in the bundle (the spec and build.py check file names)
FORBIDDEN = re.compile(
    r"(?i)(qt6?webengine|qtwebengineprocess|qt6?3d|qt6?multimedia|qt6?quick3d|"
    r"qt6?charts|qt6?datavisualization|qt6?graphs|qt6?webview|qt6?designer|"
    r"qt6?texttospeech|qt6?spatialaudio|qt6?sensors|qt6?bluetooth|"
    r"qt6?virtualkeyboard|qmltooling)"
)
#: a Qt library as found in PySide6 wheels: libQt6Foo.so.6, Qt6Foo.dll, QtFoo.framework/.../QtFoo
_QT_LIB = re.compile(r"(?i)^(lib)?qt6[\w]+(\.so(\.\d+)*|\.dll|\.dylib)$")


def _norm(path: str) -> str:
    return "/" + str(path).replace("\\", "/")


def drop_plugins(toc: list) -> tuple[list, list[str]]:
    """``toc`` without the unused plugins, and the destinations removed."""
    kept, dropped = [], []
    for entry in toc:
        (dropped if UNUSED_PLUGINS.search(_norm(entry[0])) else kept).append(entry)
    return kept, [e[0] for e in dropped]


def _is_qt_library(dest: str, src: str) -> bool:
    name = PurePath(_norm(dest)).name
    return bool(_QT_LIB.match(name)) or (".framework/" in _norm(dest) and name.startswith("Qt"))


def prune_unused_qt_libraries(binaries: list, datas: list) -> tuple[list, list, list[str]]:
    """Drop Qt libraries that no remaining binary needs, directly or indirectly.

    Every binary that is not a Qt library (extension modules, plugins, QML plugins, libpython)
    is a root; links are followed by file name. Symlinks to a dropped library go too.
    """
    from PyInstaller.depend.bindepend import get_imports

    by_name: dict[str, list] = {}
    for entry in binaries:
        by_name.setdefault(PurePath(entry[1]).name, []).append(entry)
        by_name.setdefault(PurePath(_norm(entry[0])).name, []).append(entry)
    roots = [e for e in binaries if not _is_qt_library(e[0], e[1])]
    reached: set[int] = {id(e) for e in roots}
    queue = deque(roots)
    while queue:
        entry = queue.popleft()
        try:
            deps = get_imports(entry[1])
        except Exception:  # unreadable file: keep everything it might need
            deps = []
        for name, full in deps:
            for target in by_name.get(PurePath(full or name).name, []) + by_name.get(PurePath(name).name, []):
                if id(target) not in reached:
                    reached.add(id(target))
                    queue.append(target)
    dropped = [e for e in binaries if id(e) not in reached]
    gone = {PurePath(_norm(e[0])).name for e in dropped}
    kept_binaries = [e for e in binaries if id(e) in reached]
    # top-level symlinks PyInstaller makes to libraries in PySide6/Qt/lib
    kept_datas = [e for e in datas if not (e[2] == "SYMLINK" and PurePath(_norm(e[0])).name in gone)]
    return kept_binaries, kept_datas, sorted(e[0] for e in dropped)
