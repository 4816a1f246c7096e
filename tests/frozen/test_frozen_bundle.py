"""Smoke test of the installed-program form: build the Linux bundle with PyInstaller, then run the
frozen ``fleetdesk`` in a clean environment (no Python, no venv, offscreen) and check that
everything FleetDesk needs came along: store, PDF, map plugin and tiles, translations,
dynamically discovered simulators/integrations/tabs, logging into the data dir.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from frozen_support import ROOT, clean_env, report

from fleetdesk import __version__

pytestmark = [pytest.mark.frozen, pytest.mark.timeout(900)]

MAX_BUNDLE_MB = 300
MAX_FIRST_PAINT_MS = 3000
REQUIRED_CHECKS = {"database", "keyring", "window", "tabs", "pdf", "osm plugin", "map tiles", "translations"}
FORBIDDEN = re.compile(
    r"(?i)(qt6?webengine|qt6?3d|qt6?multimedia|qt6?quick3d|qt6?charts|"
    r"qt6?datavisualization|qt6?graphs|qt6?webview|qt6?designer|qt6?virtualkeyboard|"
    r"qmltooling)"
)  # as packaging/bundle_filter.py, written out independently


def run_self_test(cmd: list[str], env: dict, cwd: Path, timeout: float = 180) -> dict:
    result = subprocess.run(
        cmd + ["self-test", "--json"], env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout
    )
    try:
        data = json.loads(result.stdout)
    except ValueError:
        pytest.fail(
            f"self-test printed no JSON (exit {result.returncode}):\n{result.stdout[-3000:]}\n"
            f"{result.stderr[-6000:]}"
        )
    data["returncode"], data["stderr"] = result.returncode, result.stderr
    return data


def failed(data: dict) -> str:
    bad = [f"{c['name']}: {c['detail']}" for c in data["checks"] if not c["ok"]]
    return "; ".join(bad) + "\n" + data["stderr"][-4000:]


@pytest.fixture(scope="module")
def frozen_run(bundle, tmp_path_factory) -> dict:
    """``fleetdesk self-test --json`` from the bundle, env -i style, HOME in a temporary folder."""
    home = tmp_path_factory.mktemp("home")
    data = run_self_test([str(bundle.exe)], clean_env(home), cwd=home)
    data["home"] = home
    return data


def test_bundle_is_small_and_carries_no_unused_qt(bundle, pytestconfig):
    files = [p for p in bundle.path.rglob("*")]
    forbidden = sorted(str(p.relative_to(bundle.path)) for p in files if FORBIDDEN.search(p.name))
    assert not forbidden, f"unused Qt components in the bundle: {forbidden}"
    result = subprocess.run(["du", "-sm", str(bundle.path)], capture_output=True, text=True, check=True)
    size_mb = int(result.stdout.split()[0])
    report(pytestconfig, f"bundle size (du -sm): {size_mb} MB (limit {MAX_BUNDLE_MB} MB)")
    assert size_mb < MAX_BUNDLE_MB

    internal = bundle.path / "_internal"
    qt = internal / "PySide6" / "Qt"
    assert (qt / "plugins" / "geoservices" / "libqtgeoservices_osm.so").is_file()
    assert (qt / "plugins" / "platforms" / "libqoffscreen.so").is_file()
    for lib in ("Pdf", "PdfWidgets", "PrintSupport", "Positioning", "Location", "QuickWidgets"):
        assert (qt / "lib" / f"libQt6{lib}.so.6").is_file(), lib
    qml_modules = sorted(str(p.parent.relative_to(qt / "qml")) for p in (qt / "qml").rglob("qmldir"))
    assert {"QtLocation", "QtPositioning", "QtQuick", "QtQml"} <= set(qml_modules)
    assert not [
        m for m in qml_modules if re.match(r"Qt(Quick3D|Multimedia|WebEngine|WebView|Charts|Graphs)", m)
    ]
    languages = {
        m.group(1)
        for p in (qt / "translations").glob("*.qm")
        if (m := re.search(r"_([a-z]{2})\.qm$", p.name))
    }
    assert languages == {"nl", "fr", "de"}
    ours_ts = sorted(p.stem for p in (ROOT / "resources" / "translations").glob("fleetdesk_*.ts"))
    ours_qm = sorted(p.stem for p in (internal / "resources" / "translations").glob("fleetdesk_*.qm"))
    assert ours_qm == ours_ts
    assert (internal / "resources" / "demo" / "sample.pdf").is_file()
    assert (internal / "fleetdesk" / "ui" / "qml" / "TileMap.qml").is_file()
    assert (internal / "licenses" / "LGPL-3.0.txt").is_file()
    report(pytestconfig, f"QML modules: {', '.join(qml_modules)}")


def test_libraries_resolve_inside_the_bundle(bundle):
    """What offscreen start needs links only to the bundle and to glibc/libGL-level system libs."""
    internal = bundle.path / "_internal"
    qt = internal / "PySide6" / "Qt"
    env = {"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": f"{internal}:{qt / 'lib'}"}
    for binary in [
        bundle.exe,
        qt / "plugins" / "platforms" / "libqoffscreen.so",
        qt / "plugins" / "geoservices" / "libqtgeoservices_osm.so",
        qt / "lib" / "libQt6Pdf.so.6",
        qt / "qml" / "QtLocation" / "libdeclarative_locationplugin.so",
    ]:
        out = subprocess.run(["ldd", str(binary)], env=env, capture_output=True, text=True).stdout
        assert "not found" not in out, f"{binary.name}:\n{out}"


def test_version_answers_from_the_bundle(bundle, tmp_path):
    result = subprocess.run(
        [str(bundle.exe), "--version"],
        env=clean_env(tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"FleetDesk {__version__}"


def test_self_test_passes_in_a_clean_environment(frozen_run, pytestconfig):
    data = frozen_run
    names = {c["name"] for c in data["checks"]}
    assert REQUIRED_CHECKS <= names, f"self-test lacks checks {REQUIRED_CHECKS - names}"
    assert data["ok"] and data["returncode"] == 0, failed(data)
    by_name = {c["name"]: c for c in data["checks"]}
    assert "qtbase" in by_name["translations"]["detail"]
    if list((ROOT / "resources" / "translations").glob("fleetdesk_nl.ts")):
        assert "fleetdesk" in by_name["translations"]["detail"]
    report(
        pytestconfig,
        f"frozen first paint: {data['first_paint_ms']} ms (limit {MAX_FIRST_PAINT_MS} ms); "
        f"map: {by_name['map tiles']['detail']}; pdf: {by_name['pdf']['detail']}",
    )
    assert data["first_paint_ms"] is not None and data["first_paint_ms"] < MAX_FIRST_PAINT_MS


def test_frozen_app_logs_to_a_rotating_file_in_the_data_dir(frozen_run):
    log = Path(frozen_run["home"]) / ".local" / "share" / "fleetdesk" / "logs" / "fleetdesk.log"
    assert log.is_file(), f"no log file at {log}"


def test_discovery_finds_the_same_modules_as_the_source_tree(frozen_run, tmp_path):
    """Tabs and integrations are found with pkgutil/importlib at run time: compare with a run from
    source, so a module PyInstaller did not collect shows up here."""
    source = run_self_test(
        [sys.executable, "-m", "fleetdesk"], {**clean_env(tmp_path), "PATH": os.environ["PATH"]}, cwd=ROOT
    )
    frozen = {c["name"]: c["detail"] for c in frozen_run["checks"]}
    for check in source["checks"]:
        if check["name"] in {"integrations", "tabs"}:
            assert frozen.get(check["name"]) == check["detail"], check["name"]
    assert [c["name"] for c in frozen_run["checks"]] == [c["name"] for c in source["checks"]]


def test_simulators_are_discovered_in_the_bundle(bundle, tmp_path):
    from fleetdesk.simulators.hub import discover

    expected = sorted(discover())
    proc = subprocess.Popen(
        [str(bundle.exe), "simulate"],
        env=clean_env(tmp_path),
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        text = ""
        for line in proc.stdout:
            text += line
            if line.startswith("}"):
                break
        started = json.loads(text)
    finally:
        proc.terminate()
        proc.communicate(timeout=30)
    assert sorted(started["simulators"]) == expected
    assert "tiles" in started["services"]


def test_runs_where_no_python_is_installed(bundle, tmp_path, pytestconfig):
    """Hide every Python on this machine (and the source tree) in a private mount namespace."""
    if (
        os.geteuid() != 0
        or not shutil.which("unshare")
        or subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode != 0
    ):
        pytest.skip("needs root and unshare -m to hide the system's Python")
    hide = {
        Path(sys.base_prefix),
        Path(sys.prefix),
        *Path("/usr/lib").glob("python3*"),
        *Path("/usr/local/lib").glob("python3*"),
    }
    if not bundle.path.is_relative_to(ROOT):
        hide.add(ROOT)
    hide = {p.resolve() for p in hide if p.is_dir() and not bundle.path.is_relative_to(p.resolve())}
    mounts = "".join(f"mount -t tmpfs none '{p}' && " for p in sorted(hide))
    script = (
        f"{mounts} if python3 -c 1 2>/dev/null; then echo 'python still works' >&2; exit 3; fi; "
        f"exec env -i PATH=/usr/bin:/bin HOME='{tmp_path}' QT_QPA_PLATFORM=offscreen "
        f"'{bundle.exe}' self-test --json"
    )
    result = subprocess.run(
        ["unshare", "-m", "sh", "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, f"{result.stdout[-2000:]}\n{result.stderr[-4000:]}"
    data = json.loads(result.stdout)
    assert data["ok"]
    report(
        pytestconfig, f"ran with {len(hide)} Python locations hidden; first paint {data['first_paint_ms']} ms"
    )


def test_the_frozen_gui_starts_on_the_demo_and_sends_its_outbox(bundle, tmp_path):
    """The real entry point (qasync loop, window, outbox pump), not only ``self-test``."""
    import sqlite3
    import time

    data = tmp_path / "demo"
    proc = subprocess.Popen(
        [str(bundle.exe), "--demo", "--data-dir", str(data)],
        env=clean_env(tmp_path),
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )

    def sent() -> int:
        try:
            with sqlite3.connect(f"file:{data / 'fleetdesk.sqlite3'}?mode=ro", uri=True) as db:
                return db.execute("SELECT COUNT(*) FROM outbox WHERE state = 'sent'").fetchone()[0]
        except sqlite3.Error:
            return 0

    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None and not sent():
            time.sleep(0.5)
        alive = proc.poll() is None
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert alive, f"the frozen GUI exited early ({proc.returncode}):\n{err[-3000:]}"
    assert "Traceback" not in err, err[-3000:]
    assert sent() > 0
