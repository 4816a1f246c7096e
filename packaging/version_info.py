"""Version metadata shared by the spec, the build script and the installer recipes."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "FleetDesk"
APP_ID = "be.fleetdesk.FleetDesk"  # reverse-DNS id: macOS bundle, AppStream, .desktop
PUBLISHER = "FleetDesk"
COPYRIGHT = "Copyright (C) 2026 FleetDesk. All rights reserved."
DESCRIPTION = "FleetDesk: Car-Pass, tachographs, THG quota, fleet clearance and live map"


def version() -> str:
    """``__version__`` from fleetdesk/__init__.py, read as text (the spec must not import Qt)."""
    text = (ROOT / "fleetdesk" / "__init__.py").read_text("utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.M)
    if not match:
        raise SystemExit("no __version__ in fleetdesk/__init__.py")
    return match.group(1)


def numeric_version(v: str | None = None) -> tuple[int, int, int, int]:
    """``0.1.0`` -> (0, 1, 0, 0): Windows file versions are four 16-bit numbers."""
    parts = [int(p) for p in re.findall(r"\d+", v or version())[:4]]
    return tuple((parts + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def windows_version_info(exe_name: str, v: str | None = None):
    """The VERSIONINFO resource of a Windows .exe (Explorer > Properties > Details)."""
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    v = v or version()
    nums = numeric_version(v)
    return VSVersionInfo(
        ffi=FixedFileInfo(
            filevers=nums,
            prodvers=nums,
            mask=0x3F,
            flags=0x0,
            OS=0x40004,
            fileType=0x1,
            subtype=0x0,
            date=(0, 0),
        ),
        kids=[
            StringFileInfo(
                [
                    StringTable(
                        "040904B0",
                        [
                            StringStruct("CompanyName", PUBLISHER),
                            StringStruct("FileDescription", DESCRIPTION),
                            StringStruct("FileVersion", v),
                            StringStruct("InternalName", exe_name),
                            StringStruct("LegalCopyright", COPYRIGHT),
                            StringStruct("OriginalFilename", f"{exe_name}.exe"),
                            StringStruct("ProductName", APP_NAME),
                            StringStruct("ProductVersion", v),
                        ],
                    )
                ]
            ),
            VarFileInfo([VarStruct("Translation", [0x0409, 1200])]),
        ],
    )
