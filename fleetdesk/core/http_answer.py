"""Reading what a server answered, defensively: JSON bodies, Retry-After, redirect targets.

Every body that is not the JSON an API promises (an HTML page from a proxy or captive portal,
an empty or cut body, invalid UTF-8, nesting deeper than Python can decode) becomes one typed
error, ``BadAnswer``: transient for the outbox, never a traceback.
"""

from __future__ import annotations

import email.utils
import json
import math
from datetime import UTC, datetime
from urllib.parse import urlsplit

from fleetdesk.core.errors import BadAnswer

#: The longest wait FleetDesk accepts from a server's Retry-After. A server asking for more
#: (a misconfigured proxy's 10**9 seconds, a date in the year 9999) gets 24 hours: the item
#: stays queued and is tried again then; the message says the wait was capped.
MAX_RETRY_AFTER_S = 24 * 3600.0


def _reject_constant(name: str):
    raise ValueError(f"{name} is not a JSON number")


def decode_json(service: str, content: bytes, *, status: int | None = None, content_type: str = "") -> object:
    """The JSON value of ``content`` (UTF-8, BOM allowed), or ``BadAnswer``.

    NaN/Infinity (not JSON) and nesting too deep for the decoder are bad answers too. An HTML
    page is named as such, whatever its Content-Type says.
    """
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadAnswer(service, content, status=status, detail="not valid UTF-8") from None
    stripped = text.lstrip()
    if not stripped:
        raise BadAnswer(service, content, status=status)
    if stripped[:1] == "<" or "html" in content_type.lower():
        raise BadAnswer(service, content, status=status, detail="a web page, not data")
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise BadAnswer(service, content, status=status, detail="nested too deeply") from None
    except ValueError:
        raise BadAnswer(service, content, status=status) from None


def retry_after(value: str | None, now: datetime | None = None) -> tuple[float | None, str]:
    """Seconds to wait from a Retry-After value (delta-seconds or HTTP-date) and a note.

    None if absent or unreadable (negative, garbage). Waits above ``MAX_RETRY_AFTER_S`` are
    capped, and the note says so ("" when nothing was capped).
    """
    if not value or not value.strip():
        return None, ""
    value = value.strip()
    seconds: float | None
    if value.isdigit():
        seconds = float(value) if len(value) < 30 else math.inf
    else:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None, ""
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        now = now or datetime.now(UTC)
        try:
            seconds = max(0.0, (when - now).total_seconds())
        except OverflowError:
            seconds = math.inf
    if seconds > MAX_RETRY_AFTER_S:
        return MAX_RETRY_AFTER_S, (
            f"the server asked to wait {value}; FleetDesk waits at most {MAX_RETRY_AFTER_S / 3600:.0f} h"
        )
    return seconds, ""


def redirect_refusal(source: str, target: str) -> str | None:
    """Why a redirect from ``source`` to ``target`` must not be followed, or None if it may.

    Credentials (Basic auth, bearer tokens, a token in the path) must never follow a redirect
    to another host, and an https request must never continue over plain http.
    """
    src, dst = urlsplit(source), urlsplit(target)
    if dst.scheme not in ("http", "https"):
        return f"a redirect to a {dst.scheme or 'relative'}: address"
    if src.scheme == "https" and dst.scheme == "http":
        return "a redirect from a secure (https) address to an insecure (http) one"
    if (dst.hostname or "").lower() != (src.hostname or "").lower():
        return f"a redirect to another host ({dst.hostname})"
    return None
