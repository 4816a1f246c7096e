"""Translations: ``update`` extracts tr() strings into resources/translations/*.ts;
``compile`` turns the .ts files into the .qm files the app loads; ``status`` counts what is left.

    uv run python packaging/i18n.py update
    uv run python packaging/i18n.py status      # unfinished messages per language
    uv run python packaging/i18n.py compile

Translate in the .ts files (Qt Linguist, or edit the XML: fill <translation>, drop
type="unfinished"); lupdate keeps finished translations on the next update.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
# "en" is the source language: its catalogue holds only the %n plural messages (lupdate
# -pluralonly), so that "%n unsent" reads "1 unsent" / "2 unsent"; only numerus forms need filling.
LANGUAGES = ("nl", "fr", "de", "en")
PLURAL_ONLY = {"en"}
# QCoreApplication.translate("Ctx", text) with a non-literal text: a module-level tr() wrapper.
WRAPPER = re.compile(r"""QCoreApplication\.translate\(\s*["'](\w+)["']\s*,\s*[A-Za-z_]""")


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
        extra = ["-pluralonly"] if lang in PLURAL_ONLY else []
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources(),
                "-target-language",
                lang,
                *extra,
                "-no-obsolete",
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
            stdout=sys.stderr,
        )  # keep stdout clean for callers that print JSON


def wrapper_contexts() -> set[str]:
    """Contexts that module-level ``tr(text)`` wrappers pass to QCoreApplication.translate."""
    return {m for src in sources() for m in WRAPPER.findall((ROOT / src).read_text("utf-8"))}


def with_wrapper_aliases(ts: Path, contexts: set[str]) -> ET.ElementTree:
    """lupdate files a call ``tr("…")`` to a module-level wrapper under the empty context, but at
    run time the wrapper asks for its own context ("CarPass", "TachoBoard"…): copy the empty
    context's messages into each wrapper context so both lookups find them."""
    tree = ET.parse(ts)
    root = tree.getroot()
    by_name = {c.findtext("name") or "": c for c in root.findall("context")}
    anonymous = by_name.get("")
    if anonymous is None:
        return tree
    for name in sorted(contexts - {""}):
        target = by_name.get(name)
        if target is None:
            target = ET.SubElement(root, "context")
            ET.SubElement(target, "name").text = name
        known = {(m.findtext("source"), m.findtext("comment")) for m in target.findall("message")}
        target.extend(
            m
            for m in anonymous.findall("message")
            if (m.findtext("source"), m.findtext("comment")) not in known
        )
    return tree


def compile_all(out_dir: Path | None = None, *, quiet: bool = False) -> list[Path]:
    """Every fleetdesk_*.ts to a .qm beside it (or in ``out_dir``); returns the .qm paths."""
    contexts = wrapper_contexts()
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in sorted(TS_DIR.glob("fleetdesk_*.ts")):
            expanded = Path(tmp) / ts.name
            with_wrapper_aliases(ts, contexts).write(expanded, encoding="utf-8", xml_declaration=True)
            qm = Path(out_dir or TS_DIR) / ts.with_suffix(".qm").name
            subprocess.run(
                [tool("pyside6-lrelease"), *(["-silent"] if quiet else []), str(expanded), "-qm", str(qm)],
                cwd=ROOT,
                check=True,
                stdout=sys.stderr,
            )  # build.py --json owns stdout
            written.append(qm)
    return written


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message still to translate."""
    root = ET.parse(ts).getroot()
    return [
        (c.findtext("name") or "", m.findtext("source") or "")
        for c in root.findall("context")
        for m in c.findall("message")
        if m.find("translation").get("type") == "unfinished"
    ]


def status() -> None:
    for ts in sorted(TS_DIR.glob("fleetdesk_*.ts")):
        print(f"{ts.name}: {len(unfinished(ts))} unfinished")


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    {"update": update, "compile": compile_all, "status": status}[command]()
