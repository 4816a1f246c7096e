"""Check a registration-document file before it is uploaded (no Qt, no network).

The vendor asks for "an image or PDF file of only the front" of the Fahrzeugschein and
rejects documents that are "badly cropped, unclear, too small to read" only days later, after
a human looked at them. These checks catch the obvious cases at once:

- the type by content (magic bytes), not by name: JPEG, PNG or PDF. HEIC (iPhone photos),
  TIFF, WebP, GIF and BMP are recognised and refused with advice, because the documentation
  names no image format and these are the ones most likely to fail there;
- the size: not empty, at most ``Limits.max_bytes`` (FleetDesk's limit, not the vendor's: the
  documentation gives none);
- images: a readable resolution (PNG and JPEG headers parsed here);
- PDFs: exactly one page (``/Type /Page`` objects counted), and not cut off.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class FileKind:
    name: str
    mime: str
    extension: str


JPEG = FileKind("JPEG", "image/jpeg", "jpg")
PNG = FileKind("PNG", "image/png", "png")
PDF = FileKind("PDF", "application/pdf", "pdf")
ACCEPTED = (JPEG, PNG, PDF)

_UNSUPPORTED = (  # (test, what it is) for files we recognise but do not send
    (
        lambda b: b[4:8] == b"ftyp" and b[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"hevc"),
        "a HEIC photo (iPhone)",
    ),
    (lambda b: b[:4] in (b"II*\x00", b"MM\x00*"), "a TIFF image"),
    (lambda b: b[:4] == b"RIFF" and b[8:12] == b"WEBP", "a WebP image"),
    (lambda b: b[:6] in (b"GIF87a", b"GIF89a"), "a GIF image"),
    (lambda b: b[:2] == b"BM", "a BMP image"),
)


@dataclass(frozen=True)
class Limits:
    """FleetDesk's own thresholds (the vendor documents none)."""

    max_bytes: int = 10 * 2**20
    min_short_side: int = 600  # pixels: about 150 dpi across the 105 mm document
    min_long_side: int = 800
    max_pdf_pages: int = 1


@dataclass(frozen=True)
class Problem:
    code: str
    message: str


@dataclass
class FileCheck:
    kind: FileKind | None
    size: int
    width: int | None = None
    height: int | None = None
    pages: int | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def describe(self) -> str:
        return " ".join(p.message for p in self.problems) or "The file can be uploaded."


def detect_type(content: bytes) -> FileKind | None:
    """JPEG, PNG or PDF by magic bytes; None for anything else."""
    if content.startswith(b"\xff\xd8\xff"):
        return JPEG
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if content.startswith(b"%PDF-"):
        return PDF
    return None


def png_size(content: bytes) -> tuple[int, int] | None:
    if len(content) >= 24 and content[12:16] == b"IHDR":
        width, height = struct.unpack(">II", content[16:24])
        return width, height
    return None


_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def jpeg_size(content: bytes) -> tuple[int, int] | None:
    """Width and height from the first start-of-frame segment."""
    i = 2
    while i + 4 <= len(content):
        if content[i] != 0xFF:
            return None  # lost sync: a damaged file
        marker = content[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker in (0x01,) or 0xD0 <= marker <= 0xD8:  # markers without a length
            i += 2
            continue
        if marker == 0xD9:  # end of image before any frame
            return None
        (length,) = struct.unpack(">H", content[i + 2 : i + 4])
        if marker in _SOF and i + 9 <= len(content):
            height, width = struct.unpack(">HH", content[i + 5 : i + 9])
            return width, height
        i += 2 + length
    return None


_PAGE_RX = re.compile(rb"/Type\s*/Page(?![A-Za-z0-9])")
_COUNT_RX = re.compile(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)|/Count\s+(\d+)[^>]*?/Type\s*/Pages\b")


def pdf_pages(content: bytes) -> int | None:
    """Page objects counted; the page tree's /Count if they are compressed; else None."""
    pages = len(_PAGE_RX.findall(content))
    if pages:
        return pages
    counts = [int(a or b) for a, b in _COUNT_RX.findall(content)]
    return max(counts) if counts else None


def _mb(n: int) -> str:
    return f"{n / 2**20:.1f} MB"


def check_document(file: Path | str | bytes, limits: Limits = Limits()) -> FileCheck:
    """Everything wrong with a registration-document file, in words a user can act on."""
    content = Path(file).read_bytes() if isinstance(file, (str, Path)) else bytes(file)
    kind = detect_type(content)
    check = FileCheck(kind, len(content))
    add = lambda code, message: check.problems.append(Problem(code, message))  # noqa: E731
    if not content:
        add("empty", "The file is empty. Choose the scan or photo of the registration document.")
        return check
    if len(content) > limits.max_bytes:
        add(
            "too_large",
            f"The file is {_mb(len(content))}; the limit is {_mb(limits.max_bytes)}. "
            "Scan at a lower resolution or save the photo as JPEG.",
        )
    if kind is None:
        what = next((name for test, name in _UNSUPPORTED if test(content)), None)
        if what:
            add(
                "unsupported_type",
                f"The file is {what}; upload a JPEG, PNG or PDF instead "
                "(export or save it in one of those formats).",
            )
        else:
            add(
                "unknown_type",
                "The file is not a JPEG, PNG or PDF (whatever its name says). "
                "Upload a photo or scan of the front of the registration document.",
            )
        return check
    if kind is PDF:
        check.pages = pdf_pages(content)
        if check.pages is not None and check.pages > limits.max_pdf_pages:
            add(
                "too_many_pages",
                f"The PDF has {check.pages} pages; upload only the front of the "
                "registration document (Fahrzeugschein Part I), one page.",
            )
        if b"%%EOF" not in content[-2048:]:
            add("incomplete", "The PDF is incomplete (its end is missing). Save or scan it again.")
        return check
    size = png_size(content) if kind is PNG else jpeg_size(content)
    if size is None:
        add(
            "unreadable_image",
            f"The {kind.name} image is damaged: its size cannot be read. Take or scan the picture again.",
        )
        return check
    check.width, check.height = size
    short, long_ = sorted(size)
    if short < limits.min_short_side or long_ < limits.min_long_side:
        add(
            "low_resolution",
            f"The image is {size[0]} × {size[1]} pixels, too small to read; it "
            f"needs at least {limits.min_long_side} × {limits.min_short_side}. "
            "Take the photo closer or scan at 200 dpi or more.",
        )
    return check
