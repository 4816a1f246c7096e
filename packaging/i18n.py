"""Translations: ``update`` extracts tr() strings into resources/translations/*.ts;
``compile`` turns the .ts files into the .qm files the app loads.

    uv run python packaging/i18n.py update
    uv run python packaging/i18n.py compile
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("nl", "fr", "de")


def tool(name: str) -> str:
    exe = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(exe).exists() and not shutil.which(name):
        raise SystemExit(f"{name} not found: it comes with PySide6-Essentials")
    return exe


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "fleetdesk" / "ui").rglob("*.py"))


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = TS_DIR / f"fleetdesk_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), *sources(), "-target-language", lang,
                        "-no-obsolete", "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)


def compile_all() -> None:
    for ts in sorted(TS_DIR.glob("fleetdesk_*.ts")):
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)


if __name__ == "__main__":
    {"update": update, "compile": compile_all}[sys.argv[1] if len(sys.argv) > 1 else "update"]()
