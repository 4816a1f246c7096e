"""Wire helpers of the THG-quota simulator: pages of a list, JSON bodies, field
length errors, and a multipart/form-data reader that keeps the uploaded bytes exact."""

from __future__ import annotations

import re

from fleetdesk.simulators.framework import SimRequest, SimResponse

MAX_PAGE_SIZE = 5000
DEFAULT_PAGE_SIZE = 100


def page_of(
    request: SimRequest,
    items: list[dict],
    *,
    paged: bool = True,
    empty_status: int = 204,
    past_end_status: int = 404,
) -> SimResponse:
    """One page of ``items``: ``page`` from 1, ``size`` default 100, silently capped at 5,000.

    An empty first page answers ``empty_status``; a page past the end ``past_end_status``
    (404 with DRF's "Invalid page."). Unpaged (``paged=False``): everything, ``page``/``size``
    ignored.
    """
    if not paged:
        return SimResponse.json(items) if items else SimResponse.empty(empty_status)
    try:
        page = int(request.arg("page", "1"))
        size = min(int(request.arg("size", str(DEFAULT_PAGE_SIZE))), MAX_PAGE_SIZE)
    except ValueError:
        return SimResponse.json({"detail": "page and size must be integers."}, 400)
    if page < 1 or size < 1:
        return SimResponse.json({"page" if page < 1 else "size": ["Must be 1 or more."]}, 400)
    chunk = items[(page - 1) * size : page * size]
    if chunk:
        return SimResponse.json(chunk)
    if page == 1:
        return SimResponse.empty(empty_status)
    if past_end_status == 404:
        return SimResponse.json({"detail": "Invalid page."}, 404)
    return SimResponse.empty(past_end_status)


def _json_body(request: SimRequest) -> tuple[dict, SimResponse | None]:
    try:
        data = request.json()
    except (ValueError, UnicodeDecodeError) as exc:
        return {}, SimResponse.json({"detail": f"JSON parse error - {exc}"}, 400)
    if not isinstance(data, dict):
        return {}, SimResponse.json({"non_field_errors": ["Invalid data. Expected a dictionary."]}, 400)
    return data, None


def _length_errors(data: dict, names: tuple[str, ...], limit: int = 255) -> dict[str, list[str]]:
    return {
        k: [f"Ensure this field has no more than {limit} characters."]
        for k in names
        if isinstance(data.get(k), str) and len(data[k]) > limit
    }


def _multipart(request: SimRequest) -> tuple[dict[str, str], dict[str, tuple[str, bytes]]]:
    """Form fields and files of a multipart/form-data body (exact bytes, no decoding)."""
    m = re.search(r'boundary="?([^";]+)"?', request.header("content-type") or "")
    fields: dict[str, str] = {}
    files: dict[str, tuple[str, bytes]] = {}
    if not m or "multipart/form-data" not in (request.header("content-type") or ""):
        return fields, files
    delimiter = b"--" + m.group(1).encode("latin-1")
    for part in request.body.split(delimiter)[1:]:
        if part.startswith(b"--"):
            break
        head, _, content = part.lstrip(b"\r\n").partition(b"\r\n\r\n")
        content = content[:-2] if content.endswith(b"\r\n") else content
        disposition = next(
            (
                line
                for line in head.decode("utf-8", "replace").split("\r\n")
                if line.lower().startswith("content-disposition")
            ),
            "",
        )
        name = re.search(r'\bname="([^"]*)"', disposition)
        filename = re.search(r'\bfilename="([^"]*)"', disposition)
        if not name:
            continue
        if filename is not None:
            files[name.group(1)] = (filename.group(1), content)
        else:
            fields[name.group(1)] = content.decode("utf-8", "replace")
    return fields, files
