"""Command line: the GUI is the default; the same services are reachable headless.

The parser and ``main`` live here; the commands by subject in ``running`` (simulate, sync,
serve) and ``database`` (queue, db restore/copy); each integration adds its own verbs.

Imports stay light at module level so ``fleetdesk --version`` answers without loading Qt.
``--json`` output is one JSON document on stdout; human text goes to stderr.
Exit codes: 0 ok, 1 failure, 2 bad usage or bad input.
"""

from __future__ import annotations

import argparse
import sys

from fleetdesk import __version__
from fleetdesk.cli import database, running
from fleetdesk.core.cli_support import (  # noqa: F401
    EXIT_FAIL,
    EXIT_OK,
    EXIT_USAGE,
    crash_log_path,
    emit_json,
    log_unexpected,
    report_error,
    say,
)


def build_parser(integrations=None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fleetdesk",
        description=(
            "FleetDesk: Car-Pass, tachographs, THG quota, fleet clearance and live map. "
            "Without a command it starts the GUI."
        ),
    )
    parser.add_argument("--version", action="version", version=f"FleetDesk {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data directory (default: the platform's application-data folder, or FLEETDESK_DATA_DIR)",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="sqlite:///FILE (default: the file in "
        "the data directory) or postgresql://USER@HOST[:PORT]/DB for team mode; "
        "or FLEETDESK_DATABASE_URL. The password comes from the keyring or "
        "PGPASSWORD/PGPASSFILE",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="run against the built-in simulators with demo data (own data dir)",
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging on stderr")
    parser.add_argument(
        "--debug", action="store_true", help="print the traceback of an unexpected error (for developers)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    running.add_commands(sub)
    database.add_queue_command(sub)

    p = sub.add_parser("self-test", help="offscreen: open every tab, check map/PDF/keyring/store")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_self_test, needs_runtime=False)

    database.add_db_commands(sub)

    p = sub.add_parser("screenshots", help="demo data, one PNG per tab (1280x800)")
    p.add_argument("dir", metavar="DIR")
    p.set_defaults(func=cmd_screenshots, needs_runtime=False)

    for integration in integrations or []:
        integration.add_cli(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv in (["--version"], ["-V"]):  # fast path: no integration discovery, no Qt
        print(f"FleetDesk {__version__}")
        return EXIT_OK
    from fleetdesk.integrations import discover

    parser = build_parser(discover())
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    from fleetdesk.core.redact import install_logging

    log_dir = None
    if getattr(sys, "frozen", False) and args.data_dir:  # installed app: its log follows --data-dir
        from pathlib import Path

        log_dir = Path(args.data_dir) / "logs"
    log_file = install_logging(log_dir, level=30 - 10 * min(args.verbose, 2))
    args.log_file = log_file
    if args.command is None:
        from fleetdesk.app import run_gui

        return run_gui(args)
    try:
        if getattr(args, "needs_runtime", True):
            with open_runtime(args) as rt:
                return int(args.func(rt, args) or 0)
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return EXIT_FAIL
    except Exception as exc:
        return report_error(exc, getattr(args, "json", False), args)


class open_runtime:
    """Context manager: the Runtime for a command, in demo mode with simulators running."""

    def __init__(self, args, *, clock=None):
        self.args = args
        self.clock = clock
        self.demo = None
        self.rt = None

    def __enter__(self):
        from fleetdesk.core.config import Config
        from fleetdesk.runtime import Runtime

        config = Config.load(
            self.args.data_dir, demo=self.args.demo, database=getattr(self.args, "database", None)
        )
        for notice in config.notices:
            say(f"fleetdesk: {notice}")
        if self.args.demo:
            from fleetdesk.demo import DemoEnvironment

            self.demo = DemoEnvironment(config, explicit_dir=bool(self.args.data_dir)).start()
            secrets = self.demo.secrets
        else:
            secrets = None
        self.rt = Runtime(config, clock=self.clock, secrets=secrets)
        if self.demo:
            self.demo.seed(self.rt)
        self.rt.recover()
        return self.rt

    def __exit__(self, *exc):
        if self.rt:
            self.rt.close()
        if self.demo:
            self.demo.stop()


# -- commands that open a window offscreen -------------------------------------------------
def cmd_self_test(args) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from fleetdesk.ui.selftest import run_self_test

    return run_self_test(args)


def cmd_screenshots(args) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from fleetdesk.ui.screenshots import take_screenshots

    return take_screenshots(args)
