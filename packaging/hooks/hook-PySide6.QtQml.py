"""Replaces PyInstaller's stock PySide6.QtQml hook (hooks in ``hookspath`` take priority).

The stock hook collects every QML module of the wheel; this one collects only the modules
FleetDesk's QML needs. The spec computes that list (packaging/qml_modules.py) and passes it as
``hooksconfig={"PySide6.QtQml": {"modules": {name: folder}}}``.
"""

from pathlib import Path

from PyInstaller.utils.hooks import get_hook_config, logger
from PyInstaller.utils.hooks.qt import add_qt6_dependencies, pyside6_library_info

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)


def hook(hook_api):
    modules = get_hook_config(hook_api, "PySide6.QtQml", "modules")
    if modules is None:
        raise SystemExit("hook-PySide6.QtQml: the spec must pass hooksconfig['PySide6.QtQml']['modules']")
    info = pyside6_library_info
    qml_root = Path(info.location["QmlImportsPath"]).resolve()
    dest_root = Path(info.qt_rel_dir) / "qml"
    for name, folder in sorted(modules.items()):
        folder = Path(folder).resolve()
        # _process_qml_plugin: the stock per-module logic (plugin binary from the qmldir, data files,
        # sub-folders that are not modules themselves); only the selection of modules differs.
        mod_binaries, mod_datas = info._process_qml_plugin(folder / "qmldir")
        if not mod_binaries and not mod_datas:
            logger.warning("hook-PySide6.QtQml: QML module %s has unmet Qt dependencies; skipped", name)
            continue

        def dest(src: Path) -> str:
            rel = src.relative_to(qml_root)
            return str(dest_root / (rel if src.is_dir() else rel.parent))

        hook_api.add_binaries([(str(s), dest(Path(s))) for s in mod_binaries])
        hook_api.add_datas([(str(s), dest(Path(s))) for s in mod_datas])
    logger.info("hook-PySide6.QtQml: collected QML modules %s", ", ".join(sorted(modules)))
