"""Local checks of registration-document files, with files made here byte by byte."""

from __future__ import annotations

import struct
import zlib

import pytest

from fleetdesk.thg.filecheck import JPEG, PDF, PNG, Limits, check_document, detect_type


def png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" * (width + 1) * min(height, 4))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")


def jpeg(width: int, height: int, progressive: bool = False) -> bytes:
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    dqt = b"\xff\xdb" + struct.pack(">H", 67) + b"\x00" + bytes(64)
    sof = (
        (b"\xff\xc2" if progressive else b"\xff\xc0")
        + struct.pack(">HBHHB", 11, 8, height, width, 1)
        + b"\x01\x11\x00"
    )
    return b"\xff\xd8" + app0 + dqt + sof + b"\xff\xda" + bytes(20) + b"\xff\xd9"


def pdf(pages: int, complete: bool = True) -> bytes:
    objects = b"".join(b"%d 0 obj\n<< /Type /Page /Parent 1 0 R >>\nendobj\n" % (i + 2) for i in range(pages))
    tree = b"1 0 obj\n<< /Type /Pages /Kids [] /Count %d >>\nendobj\n" % pages
    return b"%PDF-1.7\n" + tree + objects + (b"trailer\n<<>>\n%%EOF\n" if complete else b"")


def codes(check) -> list[str]:
    return [p.code for p in check.problems]


def test_good_files_pass_whatever_their_name(tmp_path):
    for content, kind in ((png(1600, 1000), PNG), (jpeg(3000, 2000), JPEG), (pdf(1), PDF)):
        path = tmp_path / "scan.dat"  # the name says nothing; the bytes decide
        path.write_bytes(content)
        check = check_document(path)
        assert check.ok and check.kind is kind, check.describe()
    assert check_document(png(1600, 1000)).width == 1600
    assert check_document(jpeg(3000, 2000, progressive=True)).height == 2000
    assert check_document(pdf(1)).pages == 1


def test_empty_file():
    check = check_document(b"")
    assert codes(check) == ["empty"] and "empty" in check.describe()


def test_too_large_names_the_size_and_the_limit():
    check = check_document(jpeg(3000, 2000) + bytes(3 * 2**20), Limits(max_bytes=2 * 2**20))
    assert codes(check) == ["too_large"]
    assert "3.0 MB" in check.describe() and "2.0 MB" in check.describe()


@pytest.mark.parametrize(
    "content,words",
    [
        (b"\x00\x00\x00\x18ftypheic" + bytes(40), "HEIC"),
        (b"II*\x00" + bytes(40), "TIFF"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 " + bytes(40), "WebP"),
        (b"GIF89a" + bytes(40), "GIF"),
    ],
)
def test_recognised_but_unsupported_images(content, words):
    check = check_document(content)
    assert codes(check) == ["unsupported_type"] and words in check.describe()
    assert "JPEG, PNG or PDF" in check.describe()


def test_unknown_type_even_if_named_pdf(tmp_path):
    path = tmp_path / "fahrzeugschein.pdf"
    path.write_bytes(b"PK\x03\x04 a zip file really")
    check = check_document(path)
    assert codes(check) == ["unknown_type"] and check.kind is None
    assert detect_type(path.read_bytes()) is None


@pytest.mark.parametrize("make", [lambda w, h: png(w, h), lambda w, h: jpeg(w, h)])
def test_low_resolution_names_the_pixels(make):
    check = check_document(make(640, 480))
    assert codes(check) == ["low_resolution"]
    assert "640 × 480" in check.describe() and "800 × 600" in check.describe()
    assert check_document(make(1000, 599)).problems  # the short side counts too
    assert check_document(make(600, 800)).ok  # portrait is fine


def test_damaged_images():
    assert codes(check_document(b"\x89PNG\r\n\x1a\n" + bytes(10))) == ["unreadable_image"]
    no_frame = b"\xff\xd8\xff\xe0" + struct.pack(">H", 4) + b"\x00\x00\xff\xd9"
    assert codes(check_document(no_frame)) == ["unreadable_image"]


def test_pdf_with_more_than_one_page():
    check = check_document(pdf(3))
    assert codes(check) == ["too_many_pages"] and check.pages == 3
    assert "3 pages" in check.describe() and "front" in check.describe()


def test_pdf_with_compressed_page_objects_uses_the_page_tree_count():
    content = b"%PDF-1.7\n1 0 obj\n<< /Type /Pages /Count 2 /Kids [3 0 R 4 0 R] >>\nendobj\n%%EOF\n"
    assert check_document(content).pages == 2


def test_truncated_pdf():
    check = check_document(pdf(1, complete=False))
    assert codes(check) == ["incomplete"]


def test_several_problems_are_all_reported():
    check = check_document(pdf(2, complete=False), Limits(max_bytes=50))
    assert set(codes(check)) == {"too_large", "too_many_pages", "incomplete"}
