"""What every command-line verb shares: exit codes, JSON on stdout, human text on stderr, and
turning an error into a message and an exit code (with the crash log for an unexpected one).

It sits in ``core`` so that integrations' CLI modules and the UI's fault dialogs use it without
importing the top-level ``fleetdesk.cli`` (which imports them: an upward dependency).
"""

from __future__ import annotations

import json
import sys
from datetime import UTC
from typing import Any

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, sort_keys=True, default=str)
    sys.stdout.write("\n")


def who_suffix(row: Any) -> str:
    """``  by anna on RECEPTION-1`` for a listing line: who created the row (team mode,
    docs/team-mode.md §7); empty when nobody here did (server data, rows from before)."""
    get = row.get if isinstance(row, dict) else lambda k: getattr(row, k, None)
    host, user = get("created_host"), get("created_user")
    return f"  by {user or '?'} on {host}" if host else ""


def say(text: str) -> None:
    print(text, file=sys.stderr)


def crash_log_path(args=None):
    """Where the traceback of an unexpected error goes: the log file if there is one, else
    ``logs/fleetdesk-errors.log`` in the data folder, else in the temporary folder."""
    import os
    import tempfile
    from pathlib import Path

    if getattr(args, "log_file", None):
        return Path(args.log_file)
    candidates = []
    data_dir = getattr(args, "data_dir", None) or os.environ.get("FLEETDESK_DATA_DIR")
    try:
        if not data_dir:
            from fleetdesk.core.config import default_data_dir

            data_dir = default_data_dir()
        candidates.append(Path(data_dir) / "logs")
    except Exception:  # noqa: BLE001 - any folder will do
        pass
    candidates.append(Path(tempfile.gettempdir()) / "fleetdesk-logs")
    for folder in candidates:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / "fleetdesk-errors.log"
            with open(target, "a", encoding="utf-8"):
                pass
            return target
        except OSError:
            continue
    return None


def log_unexpected(exc: BaseException, args=None):
    """Write the traceback (redacted) to the crash log; return its path (or None)."""
    import logging
    import traceback
    from datetime import datetime

    from fleetdesk.core.redact import redact

    target = crash_log_path(args)
    if target is None:
        return None
    if getattr(args, "log_file", None):  # the rotating log already takes (redacted) records
        logger = logging.getLogger("fleetdesk.crash")
        for handler in logging.getLogger().handlers:
            if getattr(handler, "baseFilename", None) == str(target):
                handler.handle(
                    logger.makeRecord(
                        logger.name,
                        logging.ERROR,
                        __file__,
                        0,
                        "unexpected error",
                        (),
                        (type(exc), exc, exc.__traceback__),
                    )
                )
                return target
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    try:
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now(UTC).isoformat()} unexpected error\n")
            fh.write(redact(text))
    except OSError:
        return None
    return target


def report_error(exc: Exception, as_json: bool = False, args=None) -> int:
    """Turn FleetDesk's typed errors into a message and an exit code. An unexpected error is
    one line plus the file that holds its traceback (``--debug`` prints the traceback)."""
    from fleetdesk.core.errors import BadInput, FleetDeskError

    if isinstance(exc, BadInput):
        code, text = EXIT_USAGE, f"{exc.field}: {exc.message}"
    elif isinstance(exc, FleetDeskError):
        code, text = EXIT_FAIL, str(exc)
    else:
        from fleetdesk.core.redact import redact

        where = log_unexpected(exc, args)
        if getattr(args, "debug", False):
            import traceback

            sys.stderr.write(redact("".join(traceback.format_exception(type(exc), exc, exc.__traceback__))))
        detail = (
            redact(f"{type(exc).__name__}: {exc}").splitlines()[0][:300] if str(exc) else type(exc).__name__
        )
        code, text = (
            EXIT_FAIL,
            (
                f"unexpected error ({detail}). The details are in {where}; "
                "please send that file with a report."
                if where
                else f"unexpected error ({detail}); run again with --debug for details."
            ),
        )
    if as_json:
        emit_json({"ok": False, "error": text, **({"field": exc.field} if isinstance(exc, BadInput) else {})})
    say(f"fleetdesk: {text}")
    return code
