"""Wire helpers of the THG-quota simulator: listings (204 when empty), JSON bodies, field
length errors, and a multipart/form-data reader that keeps the uploaded bytes exact."""
from __future__ import annotations

import re

from fleetdesk.simulators.framework import SimRequest, SimResponse


def _listing(items: list[dict]) -> SimResponse:
    return SimResponse.json(items) if items else SimResponse.empty(204)


def _json_body(request: SimRequest) -> tuple[dict, SimResponse | None]:
    try:
        data = request.json()
    except (ValueError, UnicodeDecodeError) as exc:
        return {}, SimResponse.json({"detail": f"JSON parse error - {exc}"}, 400)
    if not isinstance(data, dict):
        return {}, SimResponse.json({"non_field_errors": ["Invalid data. Expected a dictionary."]}, 400)
    return data, None


def _length_errors(data: dict, names: tuple[str, ...], limit: int = 255) -> dict[str, list[str]]:
    return {k: [f"Ensure this field has no more than {limit} characters."]
            for k in names if isinstance(data.get(k), str) and len(data[k]) > limit}


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
        disposition = next((line for line in head.decode("utf-8", "replace").split("\r\n")
                            if line.lower().startswith("content-disposition")), "")
        name = re.search(r'\bname="([^"]*)"', disposition)
        filename = re.search(r'\bfilename="([^"]*)"', disposition)
        if not name:
            continue
        if filename is not None:
            files[name.group(1)] = (filename.group(1), content)
        else:
            fields[name.group(1)] = content.decode("utf-8", "replace")
    return fields, files
