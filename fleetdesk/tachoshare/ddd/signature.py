"""The place for signature verification, not implemented yet.

Checking a file's signatures needs the ERCA (Gen1) / ERCA-JRC (Gen2) root public keys and the
member-state and equipment certificates carried in the file. Until that exists every parsed
file says ``signature_status == "not checked"``; nothing in FleetDesk may call a file
"verified". A future ``Verifier`` receives the raw bytes and the blocks the parser found
(each :class:`~.model.Block` records whether a signature belongs to it) and returns one of
:data:`STATUSES`.
"""

from __future__ import annotations

from typing import Protocol

from .model import TachoFile

NOT_CHECKED = "not checked"
STATUSES = (NOT_CHECKED, "valid", "invalid", "unknown key")


class Verifier(Protocol):
    def __call__(self, data: bytes, parsed: TachoFile) -> str: ...


def not_checked(data: bytes, parsed: TachoFile) -> str:
    return NOT_CHECKED
