"""The per-OS installer material, checked as far as a Linux machine allows: icons are current and
well-formed, the .desktop/AppStream files validate, the NSIS script compiles (makensis runs on
Linux too), and install.sh installs and removes the built bundle."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys

import pytest
from frozen_support import ROOT, clean_env

from fleetdesk import __version__

pytestmark = [pytest.mark.frozen, pytest.mark.timeout(600)]
APP_ID = "be.fleetdesk.FleetDesk"
ICONS = ROOT / "resources" / "icons"
PNG = b"\x89PNG\r\n\x1a\n"


def test_icons_are_rendered_from_the_current_svg():
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_icons.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_ico_and_icns_are_well_formed_png_containers():
    ico = (ICONS / "fleetdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind) == (0, 1) and count >= 6
    sizes = []
    for i in range(count):
        w, _h, _c, _r, _planes, _bpp, length, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * i)
        assert ico[offset : offset + 8] == PNG and offset + length <= len(ico)
        sizes.append(w or 256)
    assert {16, 32, 48, 256} <= set(sizes)

    icns = (ICONS / "fleetdesk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    pos, kinds = 8, []
    while pos < len(icns):
        kind, length = icns[pos : pos + 4].decode(), struct.unpack(">I", icns[pos + 4 : pos + 8])[0]
        assert icns[pos + 8 : pos + 16] == PNG, kind
        kinds.append(kind)
        pos += length
    assert pos == len(icns) and {"ic07", "ic08", "ic09", "ic10", "icp4", "icp5"} <= set(kinds)


def test_desktop_file_and_appstream_metadata_validate():
    tools = 0
    if shutil.which("desktop-file-validate"):
        tools += 1
        r = subprocess.run(
            ["desktop-file-validate", str(ROOT / "resources" / "linux" / f"{APP_ID}.desktop")],
            capture_output=True,
            text=True,
        )
        assert r.returncode == 0 and "error" not in r.stdout, r.stdout
    if shutil.which("appstreamcli"):
        tools += 1
        r = subprocess.run(
            [
                "appstreamcli",
                "validate",
                "--no-net",
                str(ROOT / "resources" / "linux" / f"{APP_ID}.metainfo.xml"),
            ],
            capture_output=True,
            text=True,
        )
        assert r.returncode == 0, r.stdout + r.stderr
    if not tools:
        pytest.skip("neither desktop-file-validate nor appstreamcli is installed")


def test_nsis_installer_script_compiles(tmp_path):
    if not shutil.which("makensis"):
        pytest.skip("makensis (NSIS) is not installed")
    fake = tmp_path / "dist" / "fleetdesk"
    (fake / "_internal").mkdir(parents=True)
    for name in ("fleetdesk.exe", "fleetdesk-cli.exe", "_internal/base_library.zip"):
        (fake / name).write_bytes(b"placeholder")
    out = tmp_path / "setup.exe"
    r = subprocess.run(
        [
            "makensis",
            "-V2",
            f"-DVERSION={__version__}",
            f"-DNUMVERSION={__version__}.0",
            f"-DDIST={fake}",
            f"-DOUTFILE={out}",
            "fleetdesk.nsi",
        ],
        cwd=ROOT / "packaging" / "windows",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert out.read_bytes()[:2] == b"MZ"


def test_install_sh_installs_and_removes_the_bundle_for_one_user(bundle, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {**clean_env(home), "XDG_DATA_HOME": str(home / ".local" / "share")}
    r = subprocess.run(
        ["sh", str(bundle.path / "install.sh"), "--user"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    installed = home / ".local" / "opt" / "fleetdesk" / "fleetdesk"
    desktop = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    assert f"Exec={installed}" in desktop.read_text()
    assert (home / ".local" / "share" / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    v = subprocess.run(
        [str(home / ".local" / "bin" / "fleetdesk"), "--version"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert v.stdout.strip() == f"FleetDesk {__version__}"
    r = subprocess.run(
        ["sh", str(installed.parent / "install.sh"), "--user", "--uninstall"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert not installed.parent.exists() and not desktop.exists()
    assert not (home / ".local" / "bin" / "fleetdesk").exists()


def test_windows_version_resource_serialises():
    """The VERSIONINFO the spec gives each .exe: built and encoded with PyInstaller's own classes
    (their Windows-only imports, pefile and win32api, are stubbed; only the encoding runs)."""
    script = (
        "import sys, types; sys.modules['pefile'] = types.ModuleType('pefile')\n"
        "import PyInstaller.compat as c; c.win32api = None\n"
        f"sys.path.insert(0, {str(ROOT / 'packaging')!r})\n"
        "import version_info as v\n"
        "from PyInstaller.utils.win32.versioninfo import VSVersionInfo\n"
        "vi = v.windows_version_info('fleetdesk-cli'); raw = vi.toRaw()\n"
        "assert isinstance(vi, VSVersionInfo) and 'fleetdesk-cli.exe'.encode('utf-16-le') in raw\n"
        "print(len(raw), v.numeric_version())\n"
    )
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
