"""Build the installed-program form of FleetDesk for the current OS.

    uv run python packaging/build.py                 # -> dist/fleetdesk/ (macOS: also dist/FleetDesk.app)
    uv run python packaging/build.py --archive       # + dist/fleetdesk-<ver>-linux-x86_64.tar.gz / .zip
    uv run python packaging/build.py --installer     # + Windows setup.exe (NSIS) / macOS .dmg
    uv run python packaging/build.py --json          # one JSON summary on stdout

Steps: compile translations (packaging/i18n.py), check the icons are current, run PyInstaller
on packaging/fleetdesk.spec, add the Linux desktop integration, then check the bundle (no
forbidden Qt component) and measure it. Build output goes to build/ and dist/ (git-ignored),
or wherever --work/--dist say.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import version_info  # noqa: E402
from bundle_filter import FORBIDDEN  # noqa: E402

IS_WIN, IS_MAC = sys.platform.startswith("win"), sys.platform == "darwin"
APP_ID = version_info.APP_ID


def say(text: str) -> None:
    print(f"build: {text}", file=sys.stderr, flush=True)


def compile_translations() -> list[str]:
    """Our .ts -> .qm with packaging/i18n.py (the .qm files are what the bundle carries)."""
    import i18n

    ts = sorted(i18n.TS_DIR.glob("fleetdesk_*.ts"))
    if ts:
        i18n.compile_all()
    return [p.with_suffix(".qm").name for p in ts]


def icons_current() -> bool:
    result = subprocess.run([sys.executable, str(HERE / "make_icons.py"), "--check"], cwd=ROOT)
    return result.returncode == 0


def run_pyinstaller(dist: Path, work: Path, clean: bool) -> None:
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(HERE / "fleetdesk.spec"),
    ]
    if clean:
        cmd.insert(3, "--clean")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    say(" ".join(cmd))
    subprocess.run(cmd, cwd=ROOT, env=env, check=True)


def add_linux_desktop_files(bundle: Path) -> None:
    """share/ (freedesktop layout) and install.sh next to the executable."""
    share = bundle / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "resources" / "linux" / f"{APP_ID}.desktop", share / "applications")
    shutil.copy2(ROOT / "resources" / "linux" / f"{APP_ID}.metainfo.xml", share / "metainfo")
    for png in sorted((ROOT / "resources" / "icons").glob("fleetdesk-*.png")):
        size = png.stem.split("-")[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, target / f"{APP_ID}.png")
    shutil.copy2(HERE / "linux" / "install.sh", bundle / "install.sh")
    (bundle / "install.sh").chmod(0o755)


def measure(bundle: Path) -> dict:
    """Disk use like ``du -s`` (allocated blocks, each inode once), apparent size, file count."""
    seen: set[tuple[int, int]] = set()
    blocks = apparent = files = 0
    for dirpath, dirnames, filenames in os.walk(bundle):
        for name in dirnames + filenames:
            st = os.lstat(os.path.join(dirpath, name))
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            apparent += st.st_size
            blocks += getattr(st, "st_blocks", (st.st_size + 4095) // 4096 * 8) * 512
            files += name in filenames
    return {
        "bundle_bytes": blocks,
        "bundle_mb": round(blocks / 2**20, 1),
        "apparent_mb": round(apparent / 2**20, 1),
        "files": files,
    }


def forbidden_files(bundle: Path) -> list[str]:
    return sorted(str(p.relative_to(bundle)) for p in bundle.rglob("*") if FORBIDDEN.search(p.name))


def platform_tag() -> str:
    machine = platform.machine().lower().replace("amd64", "x86_64").replace("aarch64", "arm64")
    return f"{'windows' if IS_WIN else 'macos' if IS_MAC else 'linux'}-{machine}"


def make_archive(bundle: Path, dist: Path, version: str) -> Path:
    """tar.gz (keeps symlinks and the executable bit) on Linux/macOS, zip on Windows."""
    stem = f"fleetdesk-{version}-{platform_tag()}"
    if IS_WIN:
        out = dist / f"{stem}.zip"
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for p in sorted(bundle.rglob("*")):
                zf.write(p, Path("fleetdesk") / p.relative_to(bundle))
        return out
    out = dist / f"{stem}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=6) as tf:
        tf.add(bundle, arcname="fleetdesk")
    return out


def make_installer(dist: Path, version: str) -> Path | None:
    if IS_WIN:
        makensis = shutil.which("makensis") or r"C:\Program Files (x86)\NSIS\makensis.exe"
        out = dist / f"FleetDesk-{version}-setup.exe"
        nums = ".".join(map(str, version_info.numeric_version(version)))
        subprocess.run(
            [
                makensis,
                f"/DVERSION={version}",
                f"/DNUMVERSION={nums}",
                f"/DDIST={dist / 'fleetdesk'}",
                f"/DOUTFILE={out}",
                str(HERE / "windows" / "fleetdesk.nsi"),
            ],
            check=True,
        )
        return out
    if IS_MAC:
        out = dist / f"FleetDesk-{version}.dmg"
        subprocess.run(
            ["sh", str(HERE / "macos" / "make_dmg.sh"), str(dist / "FleetDesk.app"), str(out)], check=True
        )
        return out
    return None  # Linux: the tar.gz with install.sh is the installer (see --archive)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build FleetDesk with PyInstaller for this OS.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default dist/)")
    parser.add_argument(
        "--work",
        type=Path,
        default=ROOT / "build" / "pyinstaller",
        help="PyInstaller work folder (default build/pyinstaller)",
    )
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--archive", action="store_true", help="also pack the bundle (.tar.gz/.zip)")
    parser.add_argument(
        "--installer",
        action="store_true",
        help="also make the installer: NSIS setup.exe (Windows), .dmg (macOS), .tar.gz (Linux)",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON summary on stdout")
    args = parser.parse_args(argv)
    version = version_info.version()
    dist, work = args.dist.resolve(), args.work.resolve()
    started = time.perf_counter()

    qm = compile_translations()
    say(f"translations compiled: {', '.join(qm) or 'none yet (no .ts files)'}")
    stale_icons = not icons_current()
    if stale_icons:
        say("WARNING: resources/icons are older than resources/fleetdesk.svg; run packaging/make_icons.py")
    run_pyinstaller(dist, work, args.clean)
    bundle = dist / "fleetdesk"
    if not IS_WIN and not IS_MAC:
        add_linux_desktop_files(bundle)
    measured_dir = dist / "FleetDesk.app" if IS_MAC else bundle
    summary = {
        "version": version,
        "platform": platform_tag(),
        "bundle": str(measured_dir),
        **measure(measured_dir),
        "forbidden": forbidden_files(measured_dir),
        "stale_icons": stale_icons,
        "translations": qm,
    }
    summary["build_seconds"] = round(time.perf_counter() - started, 1)
    if args.archive or (args.installer and not (IS_WIN or IS_MAC)):
        summary["archive"] = str(make_archive(bundle, dist, version))
    if args.installer and (IS_WIN or IS_MAC):
        summary["installer"] = str(make_installer(dist, version))
    say(
        f"{measured_dir}: {summary['bundle_mb']} MB on disk ({summary['files']} files), "
        f"built in {summary['build_seconds']} s"
    )
    if summary["forbidden"]:
        say("FAILED: forbidden Qt components in the bundle: " + ", ".join(summary["forbidden"]))
    if args.json:
        json.dump(summary, sys.stdout, indent=2)
        sys.stdout.write("\n")
    return 1 if summary["forbidden"] else 0


if __name__ == "__main__":
    sys.exit(main())
