"""``fleetdesk ctrack vehicles | positions | pull | trips`` (JSON with --json, text otherwise)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from fleetdesk.core.errors import BadInput


def add_commands(subparsers) -> None:
    parser = subparsers.add_parser("ctrack", help="Ctrack live map: vehicles, positions, queue, trips")
    verbs = parser.add_subparsers(dest="ctrack_command", metavar="VERB", required=True)
    p = verbs.add_parser("vehicles", help="the fleet (asks Ctrack; the stored list when offline)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_vehicles)
    p = verbs.add_parser("positions", help="latest known position per vehicle (from the store)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_positions)
    p = verbs.add_parser("pull", help="consume the positions queue once: commit, then ack")
    p.add_argument("--all", action="store_true", help="keep pulling until the queue is empty")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_pull)
    p = verbs.add_parser("trips", help="a vehicle's trips on a day")
    p.add_argument("vehicle", metavar="VEHICLE", help="registration, fleet number or node id")
    p.add_argument("--date", required=True, metavar="D", help="YYYY-MM-DD, 'today' or 'yesterday'")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_trips)


EARLIEST_DAY = date(2000, 1, 1)


def parse_day(text: str, today: date) -> date:
    key = (text or "").strip().lower()
    if key == "today":
        return today
    if key == "yesterday":
        return today - timedelta(days=1)
    shown = repr(text if len(text or "") <= 40 else text[:40] + "…")
    try:
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", key):
            raise ValueError(key)
        day = date.fromisoformat(key)
    except ValueError:
        raise BadInput("date", f"{shown} is not a date; use YYYY-MM-DD, 'today' or 'yesterday'") from None
    # the spec's from/toDateTimeUTC are YYYY-MM-DDTHH:MM:SSZ; a trip day lies in the past
    if day > today:
        raise BadInput("date", f"{key} is in the future; there are no trips yet")
    if day < EARLIEST_DAY:
        raise BadInput("date", f"{key} is before {EARLIEST_DAY.isoformat()}")
    return day


def _norm(text: str) -> str:
    return re.sub(r"[\s\-.]", "", text or "").upper()


def resolve_vehicle(rows, text: str):
    """The fleet row for a registration (spacing and dashes ignored), fleet number or node id."""
    key = _norm(text)
    for row in rows:
        if key in (_norm(row.registration), _norm(row.fleet_number), str(row.node_id)):
            return row
    known = ", ".join(r.label for r in rows[:8]) + (", …" if len(rows) > 8 else "")
    raise BadInput(
        "vehicle",
        f"no vehicle {text!r}"
        + (f"; known: {known}" if rows else "; the vehicle list is empty (run 'fleetdesk ctrack vehicles')"),
    )


def _iso(t: float | None) -> str | None:
    return None if t is None else datetime.fromtimestamp(t, UTC).isoformat().replace("+00:00", "Z")


def _local(t: float | None) -> str:
    return "—" if t is None else datetime.fromtimestamp(t).astimezone().strftime("%Y-%m-%d %H:%M")


def position_dict(row, now: float, stale_after_s: float) -> dict:
    from fleetdesk.ctrack.rules import vehicle_state

    return {
        "node_id": row.node_id,
        "registration": row.registration,
        "fleet_number": row.fleet_number,
        "state": vehicle_state(row.t, row.ignition, row.speed_kmh, now, stale_after_s),
        "event_time": _iso(row.t),
        "age_s": None if row.t is None else round(now - row.t),
        "latitude": row.latitude,
        "longitude": row.longitude,
        "speed_kmh": row.speed_kmh,
        "heading": row.heading,
        "ignition": row.ignition,
        "location": row.location,
        "status_text": row.status_text,
        "odometer_km": None if row.odometer_m is None else round(row.odometer_m / 1000, 1),
        "driver": row.driver_name or row.driver_id,
        "future_fixes_ignored": row.future_fixes,
    }


def _closing(fn):
    """Close the shared Ctrack session's connections when a command ends."""

    def run(rt, args) -> int:
        from fleetdesk.ctrack.access import close_service

        try:
            return fn(rt, args)
        finally:
            close_service(rt)

    run.__name__ = fn.__name__
    return run


@_closing
def cmd_vehicles(rt, args) -> int:
    from fleetdesk.core.cli_support import emit_json, say
    from fleetdesk.core.errors import AuthExpired, NotConfigured, TransientError
    from fleetdesk.ctrack import store as cs
    from fleetdesk.ctrack.access import get_service

    source, note, notes = "ctrack", "", []
    try:
        service = get_service(rt)
        service.refresh_vehicles()
        notes = list(getattr(service, "vehicle_notes", []))
    except (TransientError, AuthExpired, NotConfigured) as exc:
        source, note = "store", str(exc)
    rows = rt.store.read(cs.fleet)
    if args.json:
        emit_json(
            {
                "count": len(rows),
                "source": source,
                "note": note,
                "notes": notes,
                "vehicles": [
                    {
                        "node_id": r.node_id,
                        "registration": r.registration,
                        "fleet_number": r.fleet_number,
                        "description": r.description,
                    }
                    for r in rows
                ],
            }
        )
        return 0
    if note:
        say(f"Ctrack not reached ({note}); showing the stored list.")
    for line in notes:
        say(f"Note: {line}")
    for r in rows:
        print(f"{r.registration or '#' + str(r.node_id):<12} {r.fleet_number:<8} {r.description}")
    say(f"{len(rows)} vehicles")
    return 0


def cmd_positions(rt, args) -> int:
    from fleetdesk.core.cli_support import emit_json, say
    from fleetdesk.ctrack import store as cs
    from fleetdesk.ctrack.service import LiveSettings

    stale_s = LiveSettings.from_settings(rt.config.settings).stale_minutes * 60
    now = rt.clock.now().timestamp()
    items = [position_dict(r, now, stale_s) for r in rt.store.read(cs.fleet)]
    if args.json:
        emit_json({"count": len(items), "stale_after_s": stale_s, "positions": items})
        return 0
    if not items:
        say("No vehicles stored yet: run 'fleetdesk ctrack vehicles' or 'fleetdesk ctrack pull'.")
    for p in items:
        where = f"{p['latitude']:.5f},{p['longitude']:.5f}" if p["latitude"] is not None else "no position"
        print(
            f"{p['registration'] or p['node_id']:<12} {p['state']:<8} {p['speed_kmh'] or 0:>5.0f} km/h  "
            f"{_local(None if p['event_time'] is None else now - p['age_s'])}  {where}  {p['location']}"
        )
    return 0


@_closing
def cmd_pull(rt, args) -> int:
    from fleetdesk.core.cli_support import emit_json, say
    from fleetdesk.ctrack.access import get_service

    service = get_service(rt)
    result = service.pull(200) if args.all else service.consumer.pull_once()
    if args.json:
        emit_json(result.as_dict())
        return 0
    if result.subscribed_now:
        say("Subscribed to the Ctrack positions queue; it may take up to 24 hours to start filling.")
    s = result.stats
    say(
        f"{result.messages} messages: {s.new} new positions, {result.redelivered} redelivered (skipped), "
        f"{s.duplicates} already stored, {s.future} dated in the future (ignored), {s.late} late"
        + (f"; acknowledged up to tag {result.acked_tag}" if result.acked_tag else "")
        + ("; more are waiting" if result.full else "")
    )
    return 0


@_closing
def cmd_trips(rt, args) -> int:
    from fleetdesk.core.cli_support import emit_json, say
    from fleetdesk.ctrack import store as cs
    from fleetdesk.ctrack.access import get_service
    from fleetdesk.ctrack.rules import duration_text

    day = parse_day(args.date, rt.clock.now().astimezone().date())
    rows = rt.store.read(cs.fleet)
    service = get_service(rt)
    if not rows:
        service.refresh_vehicles()
        rows = rt.store.read(cs.fleet)
    vehicle = resolve_vehicle(rows, args.vehicle)
    result = service.load_day(vehicle.node_id, day)
    trips = [
        {
            "start": _iso(t.start_t),
            "end": _iso(t.end_t),
            "distance_km": round((t.distance_m or 0) / 1000, 1),
            "driving_time_s": t.driving_time_s,
            "max_speed_kmh": t.max_speed_kmh,
            "from": t.start_location,
            "to": t.end_location,
            "driver": t.driver_name or t.driver_id,
        }
        for t in result.trips
    ]
    stops = [
        {
            "start": _iso(s.start_t),
            "end": _iso(s.end_t),
            "duration_s": round(s.duration_s),
            "latitude": s.latitude,
            "longitude": s.longitude,
            "location": s.location,
        }
        for s in result.stops
    ]
    if args.json:
        emit_json(
            {
                "vehicle": {"node_id": vehicle.node_id, "registration": vehicle.registration},
                "date": day.isoformat(),
                "offline": result.offline,
                "note": result.message,
                "trips": trips,
                "stops": stops,
                "track_points": len(result.points),
            }
        )
        return 0
    if result.offline:
        say(f"Ctrack not reached ({result.message}); showing stored trips.")
    say(f"{vehicle.label} on {day.isoformat()}: {len(trips)} trips")
    for t in result.trips:
        print(
            f"{_local(t.start_t)[11:]}–{_local(t.end_t)[11:]}  {(t.distance_m or 0) / 1000:6.1f} km  "
            f"{duration_text((t.end_t or t.start_t) - t.start_t):>10}  "
            f"{t.start_location.split(';')[0]} → {t.end_location.split(';')[0]}"
        )
    return 0
