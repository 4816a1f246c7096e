"""Draw the demo registration documents in resources/demo/thg/ (run once; the files are committed).

Each is a specimen of the front of a German "Zulassungsbescheinigung Teil I" (Fahrzeugschein)
with invented data, marked MUSTER. The THG simulator decides a document's outcome from a
marker in its bytes (``THG-SIM:VERIFIED VIN=...`` etc.), so one is a plug-in hybrid (wrong fuel
code), one is blurred (unreadable), one is too small for FleetDesk's check and one is an
iPhone HEIC photo that the check refuses with advice.

    uv run python packaging/make_thg_demo_documents.py
"""

from __future__ import annotations

import os
import struct
import sys
import zlib
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPageSize, QPainter, QPdfWriter, QPen  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "resources" / "demo" / "thg"

VEHICLES = [
    # file stem, plate, VIN, make/model, fuel, marker, format
    ("FD-1013", "B-MX 1213E", "WVWZZZE1ZPP021301", "VOLKSWAGEN ID.3", "ELEKTRO", "VERIFIED", "jpg"),
    ("FD-1014", "B-MX 1214E", "WVWZZZE1ZPP021402", "VOLKSWAGEN ID.3", "ELEKTRO", "VERIFIED", "jpg"),
    ("FD-1015", "HH-FD 115E", "WBY8P210X07N15503", "BMW i3", "ELEKTRO", "VERIFIED", "jpg"),
    ("FD-1016", "HH-FD 116E", "W1N2437011J016604", "MERCEDES-BENZ EQA", "ELEKTRO", "VERIFIED", "jpg"),
    ("FD-1017", "M-QT 717E", "VF1AG000X6T017705", "RENAULT ZOE", "ELEKTRO", "VERIFIED", "pdf"),
    ("FD-1018", "M-QT 718E", "5YJ3E7EB0NF018806", "TESLA MODEL 3", "ELEKTRO", "VERIFIED", "jpg"),
    ("FD-1019", "K-EV 819E", "WVWZZZE1ZPP019907", "VOLKSWAGEN ID.4", "ELEKTRO", "VERIFIED", "pdf"),
    ("FD-1020", "K-EV 820E", "KNACC81GFN5020008", "KIA EV6", "ELEKTRO", "VERIFIED", "jpg"),
    (
        "FD-1021",
        "K-HY 821",
        "WBA5R710X0FH21109",
        "BMW 330e (PLUG-IN HYBRID)",
        "HYBR BENZIN/E",
        "WRONG-FUEL",
        "jpg",
    ),
    ("FD-1022", "B-MX 1222E", "WVWZZZE1ZPP022210", "VOLKSWAGEN ID.3", "ELEKTRO", "UNREADABLE", "png"),
    ("FD-1023", "B-MX 1223E", "WVWZZZE1ZPP023311", "VOLKSWAGEN ID.3", "ELEKTRO", "VERIFIED", "small"),
]


def draw(painter: QPainter, w: float, h: float, v: tuple) -> None:
    stem, plate, vin, model, fuel, *_ = v
    painter.fillRect(QRectF(0, 0, w, h), QColor("#e9f1e4"))
    painter.setPen(QPen(QColor("#cfdcc8"), max(1.0, w / 600)))
    for i in range(0, int(h), max(6, int(h / 24))):  # the security-print background lines
        painter.drawLine(0, i, int(w), int(i + h / 6))
    painter.setPen(QPen(QColor("#2e4a2a"), max(1.0, w / 400)))
    painter.drawRect(QRectF(w * 0.02, h * 0.03, w * 0.96, h * 0.94))
    title = QFont("DejaVu Sans", max(8, int(h / 30)))
    title.setBold(True)
    painter.setFont(title)
    painter.drawText(
        QRectF(w * 0.04, h * 0.05, w * 0.92, h * 0.08),
        Qt.AlignmentFlag.AlignLeft,
        "Zulassungsbescheinigung Teil I  /  Fahrzeugschein",
    )
    small = QFont("DejaVu Sans", max(6, int(h / 48)))
    painter.setFont(small)
    fields = [
        ("A", plate),
        ("B", "12.04.2023"),
        ("C.1.1", "Muster Logistik GmbH"),
        ("C.1.3", "Hafenstraße 12, 20457 Hamburg"),
        ("D.1", model.split(" ")[0]),
        ("D.3", " ".join(model.split(" ")[1:])),
        ("E", vin),
        ("J", "M1"),
        ("P.3", fuel),
        ("10", "0004" if fuel == "ELEKTRO" else "0019"),
        ("2.1", "0603"),
        ("F.1", "2140"),
        ("G", "1794"),
        ("R", "WEISS"),
        ("I", "12.04.2023"),
    ]
    col_w, row_h = w * 0.45, h * 0.075
    for i, (code, value) in enumerate(fields):
        x = w * 0.05 + (i // 8) * (col_w + w * 0.02)
        y = h * 0.17 + (i % 8) * row_h
        painter.setPen(QColor("#55704f"))
        painter.drawText(QRectF(x, y, w * 0.08, row_h), Qt.AlignmentFlag.AlignVCenter, code)
        painter.setPen(QColor("#111111"))
        painter.drawText(
            QRectF(x + w * 0.08, y, col_w - w * 0.08, row_h), Qt.AlignmentFlag.AlignVCenter, value
        )
    mark = QFont("DejaVu Sans", max(10, int(h / 7)))
    mark.setBold(True)
    painter.setFont(mark)
    painter.setPen(QColor(200, 40, 40, 60))
    painter.save()
    painter.translate(w / 2, h / 2)
    painter.rotate(-18)
    painter.drawText(QRectF(-w / 2, -h / 6, w, h / 3), Qt.AlignmentFlag.AlignCenter, "MUSTER")
    painter.restore()


def marker(v: tuple) -> bytes:
    return f"THG-SIM:{v[5]} VIN={v[2]} FleetDesk demo specimen".encode()


def jpeg_with_comment(image: QImage, text: bytes, quality: int = 55) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "JPEG", quality)
    raw = bytes(data)
    com = b"\xff\xfe" + struct.pack(">H", len(text) + 2) + text
    return raw[:2] + com + raw[2:]  # a COM segment right after SOI


def png_with_text(image: QImage, text: bytes) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    raw = bytes(data)
    chunk = b"tEXt" + b"Comment\x00" + text
    packed = struct.pack(">I", len(chunk) - 4) + chunk + struct.pack(">I", zlib.crc32(chunk) & 0xFFFFFFFF)
    return raw[:33] + packed + raw[33:]  # after the signature and IHDR


def image_for(v: tuple, width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    draw(painter, width, height, v)
    painter.end()
    return image


APP = QGuiApplication(sys.argv[:1])  # fonts need an application


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for v in VEHICLES:
        stem, kind = v[0], v[6]
        if kind == "pdf":
            path = OUT / f"{stem}.pdf"
            writer = QPdfWriter(str(path))
            writer.setPageSize(QPageSize(QSizeF(148, 105), QPageSize.Unit.Millimeter))
            writer.setPageMargins(QMarginsF(0, 0, 0, 0))
            writer.setResolution(150)
            writer.setTitle(f"Scan {stem}")
            painter = QPainter(writer)
            draw(painter, writer.width(), writer.height(), v)
            painter.end()
            path.write_bytes(path.read_bytes() + b"% " + marker(v) + b"\n%%EOF\n")
        elif kind == "png":  # a blurred photo: drawn small, blown up
            image = image_for(v, 200, 141).scaled(
                1000, 706, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            (OUT / f"{stem}.png").write_bytes(
                png_with_text(image.convertToFormat(QImage.Format.Format_Grayscale8), marker(v))
            )
        elif kind == "small":
            (OUT / f"{stem} whatsapp.jpg").write_bytes(jpeg_with_comment(image_for(v, 520, 368), marker(v)))
        else:
            (OUT / f"{stem}.jpg").write_bytes(jpeg_with_comment(image_for(v, 1200, 850), marker(v)))
    # an iPhone photo FleetDesk refuses with advice (only its header: enough for the check)
    (OUT / "IMG_2041.HEIC").write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64)
    for path in sorted(OUT.iterdir()):
        print(f"{path.stat().st_size:>8,}  {path.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
