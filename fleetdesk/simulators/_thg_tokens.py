"""Access tokens shared by the THG identity simulator (issuer) and the QaaS simulator (audience).

Microsoft identity issues signed JWTs that the QaaS API checks; the two simulators do the same
with an HMAC key known to both (a stand-in for Microsoft's published signing keys). Nothing
here is used by FleetDesk's client, which treats tokens as opaque strings.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

#: the simulator's "signing key"; a loopback test fixture, not a secret
SIGNING_KEY = b"fleetdesk-thg-simulator-signing-key-v1"
KEY_ID = "fleetdesk-sim-1"

# Defaults from the vendor's documentation (snippet 1)
DEFAULT_TENANT_ID = "f7731598-1da9-4b5f-a888-ceaf1d14fae0"
DEFAULT_CLIENT_ID = "34b0a670-0f53-4772-bc68-c77b3be58e8e"
API_SCOPE = "user_impersonation"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def encode(claims: dict[str, Any], *, signed: bool = True) -> str:
    """A compact JWT (HS256 with the simulator key, or ``alg: none`` when not signed)."""
    header = {"typ": "JWT", "alg": "HS256" if signed else "none", "kid": KEY_ID}
    head = b64url(json.dumps(header, separators=(",", ":")).encode())
    body = b64url(json.dumps(claims, separators=(",", ":")).encode())
    signing_input = f"{head}.{body}".encode("ascii")
    sig = b64url(hmac.new(SIGNING_KEY, signing_input, hashlib.sha256).digest()) if signed else ""
    return f"{head}.{body}.{sig}"


def decode(token: str) -> dict[str, Any] | None:
    """The claims of a token this simulator signed, or None if it is malformed or forged.

    Expiry is the caller's business: it checks ``exp`` against its own (injectable) clock.
    """
    try:
        head, body, sig = token.split(".")
        header = json.loads(_unb64url(head))
        if header.get("alg") != "HS256":
            return None
        expected = hmac.new(SIGNING_KEY, f"{head}.{body}".encode("ascii"), hashlib.sha256).digest()
        if not hmac.compare_digest(expected, _unb64url(sig)):
            return None
        claims = json.loads(_unb64url(body))
    except (ValueError, UnicodeDecodeError):
        return None
    return claims if isinstance(claims, dict) else None
