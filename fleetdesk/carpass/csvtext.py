"""Reading CSV files as garages really have them: the encoding, the delimiter, the header names.

- Encodings: UTF-8 with or without BOM, UTF-16 (Excel "Unicode text", with BOM, or without one
  when every other byte is zero), otherwise Windows-1252 (what Excel and Belgian DMSs write on
  Windows) or, for the few bytes Windows-1252 leaves undefined, ISO-8859-1. The name of the
  encoding used is returned so the user is told, never guessed silently.
- Delimiter: ``,`` ``;`` or tab, the one that occurs most in the first non-empty line.
- Headers in English, Dutch, French and German as Belgian DMS exports write them.
- Whole numbers with thousands separators: ``113.870``, ``113 870``, ``113,870``, ``113'870``.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

MAX_BYTES = 50 * 1024 * 1024

#: normalised header name -> column; normalised = lower case, no accents, letters and digits only
HEADER_ALIASES = {
    "vin": (
        "vin",
        "chassisnummer",
        "chassisnr",
        "chassis",
        "chassisnumber",
        "numerodechassis",
        "nodechassis",
        "numchassis",
        "fahrgestellnummer",
        "fahrgestellnr",
        "fin",
        "vehicleidentificationnumber",
    ),
    "plate": (
        "plate",
        "licenseplate",
        "licenceplate",
        "numberplate",
        "registration",
        "nummerplaat",
        "kenteken",
        "nrplaat",
        "plaque",
        "plaqueimmatriculation",
        "immatriculation",
        "numerodeplaque",
        "kennzeichen",
        "amtlicheskennzeichen",
    ),
    "date": (
        "date",
        "datum",
        "readingdate",
        "odometerreadingdate",
        "datedelecture",
        "datedelobservation",
        "ablesedatum",
        "leesdatum",
    ),
    "km": (
        "km",
        "odometer",
        "odometerreading",
        "mileage",
        "kilometerstand",
        "kmstand",
        "kilometrage",
        "compteur",
        "kilometres",
        "kilometers",
        "kilometer",
    ),
}
_HEADER_LOOKUP = {alias: column for column, aliases in HEADER_ALIASES.items() for alias in aliases}

_GROUPED = re.compile(r"[0-9]{1,3}(?:([.,' ])[0-9]{3})(?:\1[0-9]{3})*")
_BLANKS_TO_SPACE = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})


def decode(data: bytes) -> tuple[str, str]:
    """The text of ``data`` and the name of the encoding it was read with."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", "UTF-8 (with BOM)")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", "UTF-16")
    if len(data) >= 4:
        sample = data[:4096]
        even, odd = sample[0::2], sample[1::2]
        if odd.count(0) > 0.4 * len(odd) and even.count(0) == 0:
            return _strict(data, "utf-16-le", "UTF-16 LE (no BOM)")
        if even.count(0) > 0.4 * len(even) and odd.count(0) == 0:
            return _strict(data, "utf-16-be", "UTF-16 BE (no BOM)")
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "ISO-8859-1 (Latin-1)"


def _strict(data: bytes, codec: str, name: str) -> tuple[str, str]:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"the file starts like {name} but byte {exc.start} is not valid "
            f"{name}; save it again as UTF-8 CSV"
        ) from None
    return text.lstrip("\ufeff"), name


def sniff_delimiter(text: str) -> str:
    """``,`` ``;`` or tab: the one most frequent in the first non-empty line (tab, then ``;``
    win a tie, as a ``,`` may be a decimal or thousands separator)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in ("\t", ";", ",")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def delimiter_name(delimiter: str) -> str:
    return {"\t": "tab", ";": "semicolon", ",": "comma"}.get(delimiter, repr(delimiter))


def normalise_header(text: str) -> str:
    text = re.sub(r"\(.*?\)|\[.*?\]", "", text)  # "Kilometerstand (km)"
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", text.lower())


def header_column(text: str) -> str | None:
    """``vin``, ``plate``, ``date``, ``km`` or None for a header cell."""
    return _HEADER_LOOKUP.get(normalise_header(text))


def parse_whole_number(text: str) -> int:
    """A whole number written with ASCII digits, maybe thousands separators and a ``km`` unit.
    ValueError (with a plain message) for anything else."""
    raw = text
    text = text.strip()
    if text.lower().endswith("km"):
        text = text[:-2].strip()
    spaced = text.translate(_BLANKS_TO_SPACE)
    if re.fullmatch(r"[0-9]+", spaced):
        digits = spaced
    elif _GROUPED.fullmatch(spaced):
        digits = re.sub(r"[^0-9]", "", spaced)
    else:
        raise ValueError(f"{_show(raw)} is not a whole number of km")
    if len(digits.lstrip("0")) > 1000:  # beyond any bound; int() refuses past 4300 digits
        raise ValueError(f"{_show(raw)} has far too many digits for a number of km")
    return int(digits)


def _show(text: str, limit: int = 40) -> str:
    shown = text if len(text) <= limit else text[:limit] + "…"
    return repr(shown)
