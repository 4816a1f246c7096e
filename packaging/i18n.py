"""Translations: ``update`` extracts tr() strings into resources/translations/*.ts;
``compile`` turns the .ts files into the .qm files the app loads; ``status`` counts what is left,
including the tr() strings an update would add (it runs one on a temporary copy).

    uv run python packaging/i18n.py update
    uv run python packaging/i18n.py status      # unfinished (and not yet extracted) per language
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


def update(ts_dir: Path = TS_DIR, *, quiet: bool = False) -> None:
    """Extract the tr() strings of fleetdesk/ui into ``ts_dir``'s catalogues (new messages come in
    unfinished, vanished ones are dropped; finished translations are kept)."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = ts_dir / f"fleetdesk_{lang}.ts"
        extra = ["-pluralonly"] if lang in PLURAL_ONLY else []
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources(),
                "-target-language",
                lang,
                *extra,
                "-no-obsolete",
                # line numbers relative to the previous message: an edit elsewhere in a file
                # does not rewrite every location after it (smaller diffs, fewer conflicts)
                "-locations",
                "relative",
                *(["-silent"] if quiet else []),
                "-ts",
                str(ts.resolve()),
            ],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL if quiet else sys.stderr,
        )  # keep stdout clean for callers that print JSON


def missing() -> dict[str, list[tuple[str, str]]]:
    """What ``update`` would leave to translate, per catalogue: runs it on a temporary copy of
    resources/translations, so a tr() string not in the catalogues yet shows up here (the
    catalogues themselves are not touched)."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "translations"
        shutil.copytree(TS_DIR, copy, ignore=shutil.ignore_patterns("*.qm"))
        update(copy, quiet=True)
        return {ts.name: unfinished(ts) for ts in sorted(copy.glob("fleetdesk_*.ts"))}


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
    """Unfinished messages per catalogue, counting the tr() strings an update would add."""
    for name, todo in missing().items():
        now = len(unfinished(TS_DIR / name))
        new = len(todo) - now
        print(f"{name}: {len(todo)} unfinished" + (f" ({new} not in it yet: run update)" if new else ""))


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    {"update": update, "compile": compile_all, "status": status}[command]()
