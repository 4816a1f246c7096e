"""Render every app icon from the one source SVG (resources/fleetdesk.svg).

    uv run python packaging/make_icons.py          # write resources/icons/*
    uv run python packaging/make_icons.py --check  # exit 1 if the committed icons are stale

Outputs (committed, so a build needs no SVG renderer):

- ``fleetdesk-<N>.png`` for N in 16..512: the Linux hicolor set, and the window icon;
- ``fleetdesk.ico``: Windows, 16..256 px, PNG-compressed entries (Windows Vista and later);
- ``fleetdesk.icns``: macOS, written by hand; an .icns file is a big-endian container of
  (4-byte type, 4-byte length incl. header, PNG data) records after an ``icns`` header.

Qt renders the SVG (QSvgRenderer -> QImage), so no Pillow/Inkscape/iconutil is needed.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "fleetdesk.svg"
OUT = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns record types holding PNG data, by pixel size (the @2x types reuse the larger renders)
ICNS_TYPES = (
    ("icp4", 16),
    ("icp5", 32),
    ("icp6", 64),
    ("ic07", 128),
    ("ic08", 256),
    ("ic09", 512),
    ("ic10", 1024),
    ("ic11", 32),
    ("ic12", 64),
    ("ic13", 256),
    ("ic14", 512),
)


def render_png(size: int) -> bytes:
    """The SVG drawn into a transparent ``size`` x ``size`` image, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG for Qt")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buf, "PNG"):
        raise SystemExit(f"could not encode a {size}px PNG")
    buf.close()
    return bytes(data)


def build_ico(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR + ICONDIRENTRY per size, then the PNG payloads (a 256 px size is written as 0)."""
    sizes = sorted(s for s in ICO_SIZES if s in pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, payload = b"", b""
    for s in sizes:
        data = pngs[s]
        dim = 0 if s >= 256 else s
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return header + entries + payload


def build_icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(
        kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def outputs() -> dict[Path, bytes]:
    """Every icon file and its bytes, rendered now."""
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # QImage text/fonts need one
    pngs = {s: render_png(s) for s in sorted(set(PNG_SIZES) | {s for _, s in ICNS_TYPES})}
    files = {OUT / f"fleetdesk-{s}.png": pngs[s] for s in PNG_SIZES}
    files[OUT / "fleetdesk.ico"] = build_ico(pngs)
    files[OUT / "fleetdesk.icns"] = build_icns(pngs)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare with the committed files")
    args = parser.parse_args(argv)
    files = outputs()
    stale = [p for p, data in files.items() if not p.exists() or p.read_bytes() != data]
    if args.check:
        for p in stale:
            print(f"stale: {p.relative_to(ROOT)} (run packaging/make_icons.py)", file=sys.stderr)
        return 1 if stale else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for path, data in files.items():
        path.write_bytes(data)
        print(f"{path.relative_to(ROOT)}  {len(data):>7} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
