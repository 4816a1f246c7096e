"""Keep secrets out of logs.

Two layers: every secret FleetDesk handles is registered (``register_secret``) and replaced
wherever it appears, and a set of patterns catches what was never registered: Authorization
headers, ``password=``/``token=``-style query, form and JSON values, and session tokens that
Ctrack puts in URL paths (``/REST/Vehicles/<token>/GetVehicles``).

``install_logging`` puts a ``RedactingFilter`` on every root handler, so records from any
library (urllib3 logs request paths at DEBUG) are cleaned before they are written.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import re
import sys
import threading
from collections import OrderedDict
from pathlib import Path
from urllib.parse import quote, quote_plus

MASK = "***"
MIN_SECRET_LENGTH = 6  # shorter values would mangle ordinary words in logs
MAX_SECRETS = 1024  # access tokens roll every few minutes; forget the oldest

_lock = threading.Lock()
_secrets: OrderedDict[str, None] = OrderedDict()
_secret_rx: re.Pattern | None = None

_KEYS = (
    r"(?:password|passwd|pwd|(?:client_?)?secret|"
    r"(?:access_?|refresh_?|id_?|session_?|auth_?|authentication_?)?token|"
    r"api_?key|code_?verifier|device_?code|client_?assertion)"
)
_PATTERNS: list[tuple[re.Pattern, str]] = [
    # Header lines and dict reprs: Authorization: Bearer x / {'Authorization': 'Basic x'}
    (
        re.compile(
            r"(?i)((?:proxy-)?authorization|x-api-key|api-key|cookie|set-cookie)"
            r"([\"']?\s*[:=]\s*[\"']?)([^\"'\r\n]+)"
        ),
        r"\1\2" + MASK,
    ),
    # token68 (RFC 7235): "bearer expires_in=300" is not a credential
    (re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/-]{6,}=*(?![A-Za-z0-9._~+/=-])"), r"\1 " + MASK),
    # JSON and Python reprs: "password": "x", 'refresh_token': 'x'
    (
        re.compile(r"(?i)([\"'])(" + _KEYS + r")\1(\s*:\s*)([\"'])(?:\\.|(?!\4).)*\4"),
        r"\1\2\1\3\4" + MASK + r"\4",
    ),
    # Query strings and forms: ?password=x&  token=x
    (re.compile(r"(?i)(?<![A-Za-z0-9])(" + _KEYS + r")=[^&\s#\"',;]+"), r"\1=" + MASK),
    # OAuth authorization codes in redirect URLs (?code=...&state=...)
    (re.compile(r"(?i)([?&]code=)[^&\s#\"',;]+"), r"\1" + MASK),
]

#: URL path segments after which an opaque segment is a session token, not a resource id.
_token_segments: set[str] = {
    "vehicles",
    "costcentres",
    "drivers",
    "location",
    "queues",
    "membership",
    "trips",
    "users",
    "geofences",
    "alerts",
}
_path_rx: re.Pattern | None = None


def _build_path_rx() -> re.Pattern:
    names = "|".join(sorted(map(re.escape, _token_segments)))
    # >= 20 opaque characters with at least one digit: GUIDs, hex, base64-ish tokens,
    # but never a method name such as GetLastVehiclePositions.
    return re.compile(
        r"(?i)(/(?:" + names + r")/)(?=[A-Za-z_\-=.~%+]*[0-9])"
        r"[A-Za-z0-9_\-=.~%+]{20,}(?=[/?#\s\"']|$)"
    )


def register_token_path(segment: str) -> None:
    """Treat long opaque path segments after ``/segment/`` as tokens (case-insensitive)."""
    global _path_rx
    with _lock:
        _token_segments.add(segment.strip("/").lower())
        _path_rx = None


def register_secret(value: str | bytes | None) -> None:
    """Never log ``value`` (nor its URL-encoded or JSON-escaped forms). Thread-safe.

    Empty and short values (< ``MIN_SECRET_LENGTH``) are ignored: the patterns still catch
    them where they appear as ``password=...`` and the like.
    """
    global _secret_rx
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not value or len(value) < MIN_SECRET_LENGTH:
        return
    forms = {value, quote(value, safe=""), quote_plus(value), json.dumps(value)[1:-1]}
    with _lock:
        for form in forms:
            _secrets.pop(form, None)
            _secrets[form] = None
        while len(_secrets) > MAX_SECRETS:
            _secrets.popitem(last=False)
        _secret_rx = None


def clear_secrets() -> None:
    """Forget every registered secret (for tests)."""
    global _secret_rx
    with _lock:
        _secrets.clear()
        _secret_rx = None


def _compiled() -> tuple[re.Pattern | None, re.Pattern]:
    global _secret_rx, _path_rx
    with _lock:
        if _secret_rx is None and _secrets:
            # longest first, so a secret containing another is masked whole
            alts = sorted(_secrets, key=len, reverse=True)
            _secret_rx = re.compile("|".join(map(re.escape, alts)))
        if _path_rx is None:
            _path_rx = _build_path_rx()
        return _secret_rx, _path_rx


def redact(text: object) -> str:
    """``text`` as a string with registered secrets and secret-looking values masked."""
    s = text if isinstance(text, str) else str(text)
    secret_rx, path_rx = _compiled()
    if secret_rx is not None:
        s = secret_rx.sub(MASK, s)
    for rx, repl in _PATTERNS:
        s = rx.sub(repl, s)
    return path_rx.sub(r"\1" + MASK, s)


class RedactingFilter(logging.Filter):
    """Rewrites each record's message (args merged in), traceback and stack text, redacted."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


LOG_FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"


def frozen_log_dir() -> Path:
    """``logs`` in the data directory (``FLEETDESK_DATA_DIR`` or the platform's application-data
    folder): where the installed (PyInstaller) app logs when no folder is given."""
    from fleetdesk.core.config import default_data_dir

    return Path(os.environ.get("FLEETDESK_DATA_DIR") or default_data_dir()).expanduser() / "logs"


def install_logging(log_dir: str | Path | None = None, level: int = logging.INFO) -> Path | None:
    """Configure root logging: stderr, plus a rotating file in ``log_dir`` when given (in the
    frozen app always: ``frozen_log_dir()`` unless another folder is given).

    Every root handler (including ones installed earlier) gets a ``RedactingFilter``.
    Calling it again replaces the handlers it installed before. Returns the log file path.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_fleetdesk", False):
            root.removeHandler(handler)
            handler.close()
    formatter = logging.Formatter(LOG_FORMAT)
    # a windowed frozen app (Windows GUI exe) has no stderr at all
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)] if sys.stderr else []
    log_file = None
    if log_dir is None and getattr(sys, "frozen", False):
        log_dir = frozen_log_dir()  # installed app: nobody sees stderr, keep a file
    if log_dir is not None:
        log_file = Path(log_dir) / "fleetdesk.log"
        try:
            log_file.parent.mkdir(parents=True, exist_ok=True)
            handlers.append(
                logging.handlers.RotatingFileHandler(
                    log_file, maxBytes=2 * 2**20, backupCount=5, encoding="utf-8"
                )
            )
        except OSError as exc:  # a read-only or missing data dir must not stop the app
            log_file = None
            if sys.stderr:
                print(f"fleetdesk: cannot write the log file in {log_dir}: {exc}", file=sys.stderr)
    for handler in handlers:
        handler._fleetdesk = True  # type: ignore[attr-defined]
        handler.setFormatter(formatter)
        root.addHandler(handler)
    for handler in root.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())
    root.setLevel(level)
    logging.captureWarnings(True)
    return log_file
