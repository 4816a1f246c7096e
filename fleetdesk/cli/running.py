"""``fleetdesk simulate``, ``sync`` and ``serve``: the simulators, and the passes that send,
poll and download (once, every minute, or as a service with a health line per pass)."""

from __future__ import annotations

import argparse
import sys

from fleetdesk.core.cli_support import EXIT_FAIL, EXIT_OK, emit_json, say


def add_commands(sub) -> None:
    p = sub.add_parser("simulate", help="run all simulators; print their base URLs as JSON")
    p.add_argument("--port", type=int, default=0, help="first port (default: ephemeral ports)")
    p.add_argument("--only", action="append", metavar="NAME", help="run only these simulators")
    p.set_defaults(func=cmd_simulate, needs_runtime=False)

    p = sub.add_parser("sync", help="flush the outbox, poll pending statuses, incremental downloads")
    p.add_argument("--once", action="store_true", help="one pass, then exit (default: keep running)")
    p.add_argument("--interval", type=float, default=60.0, help="seconds between passes (default 60)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_sync, needs_runtime=True)

    p = sub.add_parser(
        "serve",
        help="run the outbox dispatchers, pollers and scheduled downloads "
        "continuously, with a health line per pass (a server or container; team "
        "mode: many may run against one PostgreSQL database)",
    )
    p.add_argument("--interval", type=float, default=30.0, help="seconds between passes (default 30)")
    p.add_argument("--passes", type=int, default=0, help=argparse.SUPPRESS)  # tests: stop after N
    p.set_defaults(func=cmd_serve, needs_runtime=True)


def cmd_simulate(args) -> int:
    import signal
    import threading

    from fleetdesk.simulators.hub import SimulatorHub

    hub = SimulatorHub(args.only).start(args.port)
    out: dict[str, object] = {"simulators": {n: s.url for n, s in hub.servers.items()}, "services": hub.urls}
    if hub.ca_bundle:
        out["ca_bundle"] = str(hub.ca_bundle)
    emit_json(out)
    sys.stdout.flush()
    say("simulators running; Ctrl-C to stop")
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *a: stop.set())
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        hub.stop()
    return EXIT_OK


def cmd_sync(rt, args) -> int:
    import time

    from fleetdesk.sync import sync_pass

    while True:
        result = sync_pass(rt)
        if args.json:
            emit_json(result)
        else:
            o = result["outbox"]
            say(
                f"outbox: {o['sent']} sent, {o['queued']} still queued, "
                f"{o['needs_attention']} need attention; {result['unsent']} unsent in total"
            )
            for name, why in o["skipped_services"].items():
                say(f"  {name}: {why}")
            for line in o.get("waiting_summary", []):
                say(f"  {line}")
            for name, r in result["integrations"].items():
                say(
                    f"{name}: "
                    + (f"skipped ({r['skipped']})" if r["skipped"] else "ok" if r["ok"] else "FAILED")
                    + (f": {r['summary']}" if r["summary"] else "")
                )
        failed = any(not r["ok"] for r in result["integrations"].values())
        if args.once:
            return EXIT_FAIL if failed else EXIT_OK
        time.sleep(max(1.0, args.interval))


def cmd_serve(rt, args) -> int:
    """``sync`` forever: SIGTERM/Ctrl-C stop it between passes; one health line per pass."""
    import logging
    import signal
    import threading

    from fleetdesk.core.clock import utc_iso
    from fleetdesk.sync import sync_pass

    log = logging.getLogger("fleetdesk.serve")
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *a: stop.set())
    engine = "PostgreSQL" if getattr(rt.store, "engine", "sqlite") == "postgresql" else "SQLite"
    passes = 0
    try:
        while not stop.is_set():
            try:
                result = sync_pass(rt, explicit=False)
                o = result["outbox"]
                failed = sorted(n for n, r in result["integrations"].items() if not r["ok"])
                line = (
                    f"serve: {'healthy' if not failed else 'degraded'} at "
                    f"{utc_iso(rt.clock.now())}; database {engine}; outbox {o['sent']} sent, "
                    f"{result['unsent']} unsent, {o['needs_attention']} need attention"
                    + (f"; failed: {', '.join(failed)}" if failed else "")
                )
            except Exception as exc:  # noqa: BLE001 - a service keeps running; say why
                line = f"serve: pass failed at {utc_iso(rt.clock.now())}: {type(exc).__name__}: {exc}"
                log.exception("serve pass failed")
            log.info(line)
            say(line)
            passes += 1
            if args.passes and passes >= args.passes:
                break
            stop.wait(args.interval if args.passes else max(1.0, args.interval))
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
    return EXIT_OK
