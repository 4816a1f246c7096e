"""``fleetdesk thg ...``: the THG workflow headless (argparse wiring; commands in cli_commands)."""

from __future__ import annotations

import argparse

from fleetdesk.thg import cli_commands as c
from fleetdesk.thg import cli_uba as u

STATUSES = (
    "pending",
    "verified",
    "not_verified_unreadable",
    "not_verified_wrong_document_type",
    "not_verified_wrong_fuel_code",
    "not_verified_other_reason",
)


def _refs(p: argparse.ArgumentParser, what: str) -> None:
    for n in (1, 2, 3):
        p.add_argument(f"--ref{n}", metavar="X", help=f"customer_reference{n} {what}")


def add_cli(sub: argparse._SubParsersAction) -> None:
    thg = sub.add_parser("thg", help="THG quota: sign-in, registration documents, UBA requests")
    verbs = thg.add_subparsers(dest="thg_command", metavar="VERB", required=True)

    p = verbs.add_parser("login", help="sign in with a device code (prints the code and the address)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=c.cmd_login)
    p = verbs.add_parser("logout", help="forget the stored THG sign-in")
    p.set_defaults(func=c.cmd_logout)
    p = verbs.add_parser("status", help="sign-in state and what is stored locally")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=c.cmd_status)
    p = verbs.add_parser("sync", help="THG status sync (vehicles from the stored cursor, UBA answers)")
    p.add_argument("--full", action="store_true", help="reload everything, not only what changed")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=c.cmd_sync)

    p = verbs.add_parser("registrants", help="vehicle registrants (persons and organisations)")
    p.add_argument("--local", action="store_true", help="what is stored here; no network")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=c.cmd_registrants)
    reg = verbs.add_parser("registrant", help="registrant commands")
    reg_verbs = reg.add_subparsers(dest="registrant_command", metavar="VERB", required=True)
    p = reg_verbs.add_parser("add", help="create a registrant (through the outbox)")
    p.add_argument("--type", choices=("person", "organization"), default="organization")
    p.add_argument("--first-name", default="")
    p.add_argument("--name", required=True, help="last name, or the organisation's name")
    for opt in ("street", "postal-code", "city", "country", "email"):
        p.add_argument(f"--{opt}", default="")
    p.add_argument("--ref", default="", help="customer_reference")
    p.add_argument("--no-wait", action="store_true", help="queue only; `fleetdesk sync` sends it")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=c.cmd_registrant_add)

    p = verbs.add_parser("upload", help="create vehicles by uploading registration documents")
    p.add_argument("files", nargs="+", metavar="FILE", help="front of the Fahrzeugschein: JPEG, PNG or PDF")
    p.add_argument("--registrant", type=int, metavar="ID")
    _refs(p, "for every file")
    p.add_argument("--ref1-from-name", action="store_true", help="customer_reference1 = file name")
    p.add_argument(
        "--skip-bad", action="store_true", help="upload the good files even if some fail the check"
    )
    p.add_argument("--no-wait", action="store_true", help="queue only; `fleetdesk sync` sends them")
    p.add_argument(
        "--wait",
        type=float,
        default=180.0,
        metavar="S",
        help="seconds to keep retrying before leaving the rest queued (default 180)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=c.cmd_upload)

    p = verbs.add_parser("vehicles", help="list vehicles (all pages) with the status explained")
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--changed-since", metavar="T", help="UTC time with trailing Z, e.g. 2022-01-01T13:00:00Z")
    _refs(p, "equals X")
    p.add_argument("--local", action="store_true", help="what is stored here; no network")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=c.cmd_vehicles)

    p = verbs.add_parser("export", help="CSV of the vehicles (the service's /vehicles/export)")
    p.add_argument("out", metavar="OUT.csv")
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--changed-since", metavar="T")
    p.add_argument("--local", action="store_true", help="from the local store, status in plain words")
    p.set_defaults(func=c.cmd_export)

    uba = verbs.add_parser("uba", help="UBA requests and responses")
    uba_verbs = uba.add_subparsers(dest="uba_command", metavar="VERB", required=True)
    p = uba_verbs.add_parser("request", help="request the quota for a vehicle and year (outbox)")
    p.add_argument("vehicle_id", type=int, metavar="VEHICLE_ID")
    p.add_argument("--year", type=int, required=True)
    hold = p.add_mutually_exclusive_group()
    hold.add_argument(
        "--ready-for-uba",
        metavar="T",
        help="hold until this UTC time (set only now; cannot be changed later)",
    )
    hold.add_argument(
        "--hold", action="store_true", help="hold for the 14-day withdrawal period plus a 7-day buffer"
    )
    p.add_argument("--no-wait", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=u.cmd_uba_request)
    p = uba_verbs.add_parser("delete", help="withdraw a UBA request that was not sent yet")
    p.add_argument("request_id", metavar="ID", help="the request's id (Lnn for one not filed yet)")
    p.add_argument("--no-wait", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=u.cmd_uba_delete)
    p = uba_verbs.add_parser("requests", help="UBA requests, with holds and whether they were sent")
    p.add_argument("--local", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=u.cmd_uba_requests)
    p = uba_verbs.add_parser("responses", help="the UBA's answers: one row per vehicle and year")
    p.add_argument("--sent-since", metavar="T", help="sent to the UBA at or after (UTC, trailing Z)")
    p.add_argument("--reply-since", metavar="T", help="answered at or after (UTC, trailing Z)")
    p.add_argument("--local", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=u.cmd_uba_responses)
