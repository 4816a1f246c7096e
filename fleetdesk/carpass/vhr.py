"""Vehicle History Reports on disk: ``<data dir>/carpass/vhr/<requestGuid>-<LANG>.pdf``.

Written to a temporary name, fsynced, then renamed (``atomic_write_bytes``), so a crash never
leaves half a report. File names come from the guid we stored, never from the network.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from fleetdesk.core.config import atomic_write_bytes

_SAFE = re.compile(r"[^A-Za-z0-9-]")


def vhr_dir(data_dir: Path) -> Path:
    path = Path(data_dir) / "carpass" / "vhr"
    path.mkdir(parents=True, exist_ok=True)
    return path


def vhr_path(data_dir: Path, guid: str, language: str) -> Path:
    guid = str(uuid.UUID(str(guid)))  # a valid guid or ValueError: nothing else names a file
    return vhr_dir(data_dir) / f"{guid}-{_SAFE.sub('', language.upper())[:2] or 'NL'}.pdf"


def save_vhr(data_dir: Path, guid: str, language: str, pdf: bytes) -> Path:
    """Store the PDF durably; returns its path."""
    if not pdf.startswith(b"%PDF"):
        raise ValueError("not a PDF")
    path = vhr_path(data_dir, guid, language)
    atomic_write_bytes(path, pdf)
    return path


def export_vhr(source: Path, target: Path) -> Path:
    """Copy a stored report to where the user asked (temp name, fsync, rename)."""
    target = Path(target).expanduser()
    if target.is_dir():
        target = target / source.name
    atomic_write_bytes(target, Path(source).read_bytes())
    return target


def public_url_ok(url: str | None) -> bool:
    """Only http(s) links are offered to open or copy (a link from the network is a hint)."""
    return bool(url) and str(url).startswith(("https://", "http://"))
