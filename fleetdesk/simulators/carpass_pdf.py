"""A small, valid PDF for the simulated Vehicle History Report, written by hand.

One A4 page, Helvetica (a standard font every viewer has), WinAnsi text, and a correct
cross-reference table so strict readers (QtPdf, pdf.js) open it without repairing it.
"""

from __future__ import annotations

from datetime import date

LABELS = {
    "NL": (
        "Car-Pass – Voertuiggeschiedenis",
        "Voertuig",
        "Chassisnummer",
        "Eerste ingebruikname",
        "Datum",
        "Kilometerstand",
        "Opgevraagd op",
        "Online versie",
    ),
    "FR": (
        "Car-Pass – Historique du véhicule",
        "Véhicule",
        "Numéro de châssis",
        "Première mise en circulation",
        "Date",
        "Kilométrage",
        "Demandé le",
        "Version en ligne",
    ),
    "DE": (
        "Car-Pass – Fahrzeughistorie",
        "Fahrzeug",
        "Fahrgestellnummer",
        "Erstzulassung",
        "Datum",
        "Kilometerstand",
        "Angefordert am",
        "Online-Version",
    ),
    "EN": (
        "Car-Pass – Vehicle History Report",
        "Vehicle",
        "VIN",
        "First use",
        "Date",
        "Odometer",
        "Requested on",
        "Online version",
    ),
}


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")  # WinAnsiEncoding is cp1252
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _content(lines: list[tuple[str, float, float, float, str]]) -> bytes:
    """Text drawing operators for (font, size, x, y, text) tuples."""
    ops = [b"BT"]
    for font, size, x, y, text in lines:
        ops.append(b"/%s %.1f Tf 1 0 0 1 %.1f %.1f Tm (%s) Tj" % (font.encode(), size, x, y, _escape(text)))
    ops.append(b"ET")
    # a rule under the title
    ops.append(b"0.5 w 50 770 m 545 770 l S")
    return b"\n".join(ops)


def render_pdf(lines: list[tuple[str, float, float, float, str]], title: str) -> bytes:
    """A one-page PDF with the given text lines; ``title`` goes into the document info."""
    stream = _content(lines)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R "
        b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Title (%s) /Producer (FleetDesk Car-Pass simulator) >>" % _escape(title),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        len(objects),
        xref_at,
    )
    return bytes(out)


def vhr_pdf(
    *,
    language: str,
    vehicle_title: str,
    vin: str,
    plate: str | None,
    first_use: date,
    readings: list[tuple[date, int]],
    requested: date,
    public_url: str,
) -> bytes:
    """The Vehicle History Report: the vehicle, its readings table, the date, the public URL."""
    title, l_vehicle, l_vin, l_first, l_date, l_km, l_requested, l_online = LABELS[language]
    lines: list[tuple[str, float, float, float, str]] = [("F2", 18, 50, 780, title)]
    y = 740.0
    for label, value in (
        (l_vehicle, vehicle_title + (f"  ({plate})" if plate else "")),
        (l_vin, vin),
        (l_first, first_use.strftime("%d/%m/%Y")),
        (l_requested, requested.strftime("%d/%m/%Y")),
    ):
        lines += [("F2", 11, 50, y, label), ("F1", 11, 220, y, value)]
        y -= 18
    y -= 14
    lines += [("F2", 11, 50, y, l_date), ("F2", 11, 220, y, l_km)]
    fits = int((y - 90) // 16)  # one page is enough for a demo; keep the newest rows
    for day, km in sorted(readings)[-fits:]:
        y -= 16
        lines += [("F1", 11, 50, y, day.strftime("%d/%m/%Y")), ("F1", 11, 220, y, f"{km:,} km")]
    lines.append(("F1", 9, 50, 60, f"{l_online}: {public_url}"))
    return render_pdf(lines, title)
