"""``fleetdesk vehicles [--json]`` and ``fleetdesk vehicle VIN [--json] [--link X | --unlink X]``."""

from __future__ import annotations

from fleetdesk.vehicles import service
from fleetdesk.vehicles.sources import SOURCE_TITLES


def add_commands(subparsers) -> None:
    p = subparsers.add_parser("vehicles", help="one row per vehicle across all systems (by VIN/plate)")
    p.add_argument("--search", metavar="TEXT", help="only rows whose VIN, plate, make, ... contain TEXT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_vehicles)
    p = subparsers.add_parser("vehicle", help="one vehicle: joined data and its cross-system timeline")
    p.add_argument("ident", metavar="VIN", help="VIN, plate (any spelling) or row key")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--link", metavar="OTHER", help="join the row OTHER names to this one (stored)")
    group.add_argument("--unlink", metavar="OTHER", help="separate OTHER (e.g. a plate) from this row")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_vehicle)


def _emit(data) -> None:
    from fleetdesk.core.cli_support import emit_json

    emit_json(data)


def _say(text: str) -> None:
    from fleetdesk.core.cli_support import say

    say(text)


def _odo_text(odometers: dict) -> str:
    return ", ".join(f"{SOURCE_TITLES[s]} {o['km']:,.0f} km ({o['date'][:10]})" for s, o in odometers.items())


def cmd_vehicles(rt, args) -> int:
    rows = service.rows(rt)
    if args.search:
        needle = args.search.strip().lower()
        rows = [r for r in rows if needle in r.search_text()]
    if args.json:
        _emit({"ok": True, "count": len(rows), "vehicles": [r.as_dict() for r in rows]})
        return 0
    for r in rows:
        join = {"plate": " [joined by plate only]", "manual": " [linked by hand]"}.get(r.join, "")
        _say(
            f"{r.vin or '-':17}  {r.plate or '-':10}  {r.make or '-':14}  "
            f"{', '.join(SOURCE_TITLES[s] for s in r.sources)}{join}"
        )
        if r.odometers:
            _say(f"{'':19}odometer: {_odo_text(r.odometers)}")
    _say(f"{len(rows)} vehicle(s)")
    return 0


def cmd_vehicle(rt, args) -> int:
    if args.link or args.unlink:
        kind = "link" if args.link else "unlink"
        a, b = service.set_link(rt, args.ident, args.link or args.unlink, kind)
        _say(f"{'linked' if kind == 'link' else 'separated'}: {a} and {b}")
    data = service.detail(rt, args.ident)
    if args.json:
        _emit({"ok": True, **data})
        return 0
    v = data["vehicle"]
    _say(f"{v['vin'] or v['key']}  plate {v['plate'] or '-'}  {v['make'] or ''}")
    _say(f"systems: {', '.join(SOURCE_TITLES[s] for s in v['sources'])} (joined: {v['join']})")
    if v["odometers"]:
        _say(f"odometer: {_odo_text(v['odometers'])}")
    for e in data["timeline"]:
        _say(f"  {e['at'][:16]:16}  {SOURCE_TITLES[e['source']]:13}  {e['text']}")
    return 0
