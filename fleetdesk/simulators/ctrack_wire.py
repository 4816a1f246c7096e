"""JSON shapes of the Ctrack API, as the spec's response samples show them.

Field names follow the samples exactly (including ``Errorcode`` on vehicle and POI records).
Units are the simulator's choice where the spec is silent: odometers and distances in metres,
speeds in km/h, durations in seconds, fuel in litres.
"""

from __future__ import annotations

from datetime import UTC, datetime

from fleetdesk.simulators.ctrack_fleet import COST_CENTRES, Fix, Fleet, SimVehicle, unit
from fleetdesk.simulators.ctrack_geo import POI_DEFS, address, compass, location_string


def iso(t: float, millis: bool = False) -> str:
    """'2017-04-30T02:01:26Z' (or with '.000' milliseconds, as EventTimeUTC has them)."""
    dt = datetime.fromtimestamp(t, UTC)
    if millis:
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(text: str | None) -> float:
    """Parse 'YYYY-MM-DDTHH:MM:SSZ' (milliseconds and offsets tolerated; no zone means UTC)."""
    if not text:
        raise ValueError("missing")
    text = text.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    dt = datetime.fromisoformat(text)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.timestamp()


def _status(driving: bool, ignition: bool) -> tuple[int, str]:
    # SingleStatus values are not enumerated by the spec; its sample pairs 4 with "(Ignition off)"
    if driving:
        return 1, "Driving; (Ignition on)"
    if ignition:
        return 2, "Idling; (Ignition on)"
    return 4, "Stationary; (Ignition off)"


def driver_fields(fleet: Fleet, v: SimVehicle) -> tuple[str, str, str]:
    if v.driver is None:
        return "", "", ""
    d = fleet.drivers[v.driver]
    return d.driver_id, d.name, d.tag or ""


def vehicle(fleet: Fleet, v: SimVehicle, now: float) -> dict:
    last = fleet.last_fix(v, now)
    return {
        "NodeId": v.node_id,
        "NodeTypeId": 182,
        "Type": v.unit_type,
        "VehicleRegistration": v.registration,
        "FleetNumber": v.fleet_number,
        "Description": v.description,
        "MIT": v.mit,
        "SerialNumber": v.serial,
        "CellphoneNumber": v.cellphone,
        "VehicleSymbol": 0,
        "CostCentre": v.cost_centre,
        "Errorcode": 0,
        "LastTime": iso(last.event_time) if last else None,
    }


def last_position(fleet: Fleet, v: SimVehicle, fix: Fix) -> dict:
    """A record of GetLastVehiclePosition(s) / GetLastVehiclePositionsforAuthenticatedUser."""
    s = fleet.state(v, fix.true_time)
    status, text = _status(s.driving, s.ignition)
    return {
        "NodeId": v.node_id,
        "SingleStatus": status,
        "StatusText": text,
        "Ignition": s.ignition,
        "Latitude": round(s.lat, 7),
        "Longitude": round(s.lon, 7),
        "Location": location_string(s.lat, s.lon),
        "RunningOdo": int(s.odo_m),
        "Speed": s.speed_kmh,
        "StreetMaxSpeed": 90 if v.route.speed_kmh[0] > 60 else 50,
        "HeadingText": compass(s.heading) if s.driving else "",
        "DriverId": driver_fields(fleet, v)[0],
        "ErrorCode": 0,
        "EventTimeUTC": iso(fix.event_time, millis=True),
    }


def detailed_position(fleet: Fleet, v: SimVehicle, fix: Fix, tag: int = 0) -> dict:
    """A record of GetVehiclePositionsDetailed and of the Positions queue."""
    s = fleet.state(v, fix.true_time)
    status, text = _status(s.driving, s.ignition)
    driver_id, driver_name, driver_tag = driver_fields(fleet, v)
    long_haul = v.route.speed_kmh[0] > 60
    return {
        "NodeId": v.node_id,
        "Latitude": round(s.lat, 7),
        "Longitude": round(s.lon, 7),
        "SingleStatus": status,
        "Ignition": s.ignition,
        "Speed": s.speed_kmh,
        "Odo": int(s.odo_m),
        "VehicleHeading": compass(s.heading) if s.driving else "",
        "StatusText": text,
        "Location": "",
        "LocationDirection": int(round(s.heading)) % 360,
        "LocationString": location_string(s.lat, s.lon),
        "Area": "",
        "StreetMaxSpeed": 90 if long_haul else 50,
        "VehicleMaxSpeed": 90 if long_haul else 120,
        "Tag": driver_tag,
        "DriverName": driver_name,
        "DriverId": driver_id,
        "DeliveryTag": tag,
        "EventTimeUTC": iso(fix.event_time, millis=True),
    }


def trip(fleet: Fleet, v: SimVehicle, n: int) -> dict:
    """A record of GetVehicleTrips (TripOdo: the trip's distance in metres)."""
    start, end = fleet.trip_times(v, n)
    driver_id, driver_name, _tag = driver_fields(fleet, v)
    return {
        "NodeId": v.node_id,
        "TripOdo": int(v.speed_ms * v.drive_s),
        "MaxSpeed": _max_speed(v, n),
        "Tag": None,
        "DriverId": driver_id,
        "DriverName": driver_name,
        "TripStartUTC": iso(start),
        "TripEndUTC": iso(end),
    }


def _max_speed(v: SimVehicle, n: int) -> int:
    return int(v.speed_ms * 3.6 + 4 + 18 * unit("max", v.index, n))


def trip_detailed(fleet: Fleet, v: SimVehicle, n: int, tag: int = 0) -> dict:
    """A record of GetVehicleTripsDetailed and of the Trips queue."""
    start, end = fleet.trip_times(v, n)
    a, b = fleet.state(v, start), fleet.state(v, end)
    driver_id, driver_name, driver_tag = driver_fields(fleet, v)
    long_haul = v.route.speed_kmh[0] > 60
    speed_limit = 90 if long_haul else 50
    max_speed = _max_speed(v, n)
    max_rpm = int(1700 + 1600 * unit("rpm", v.index, n))

    def count(salt: str, high: int) -> int:
        return int(unit(salt, v.index, n) * (high + 1))

    over_speed = 1 + count("os", 3) if max_speed > speed_limit else 0
    over_rev = 1 + count("or", 2) if max_rpm > 3000 else 0
    idle_count = 1 if v.stop_ignition or unit("idle", v.index, n) < 0.25 else 0
    free = count("fw", 4)
    distance = int(b.odo_m - a.odo_m)
    return {
        "NodeId": v.node_id,
        "DrivingTime": int(v.drive_s),
        "StartOdometerReading": int(a.odo_m),
        "EndOdometerReading": int(b.odo_m),
        "TripDistance": distance,
        "StartLatitude": round(a.lat, 7),
        "StartLongitude": round(a.lon, 7),
        "EndLatitude": round(b.lat, 7),
        "EndLongitude": round(b.lon, 7),
        "StartLocation": location_string(a.lat, a.lon),
        "EndLocation": location_string(b.lat, b.lon),
        "OverRevCount": over_rev,
        "MaxRPM": max_rpm,
        "OverRevDuration": over_rev * (5 + count("ord", 20)),
        "RPMLimit": 3000,
        "OverSpeedCount": over_speed,
        "MaxSpeed": max_speed,
        "OverSpeedDuration": over_speed * (10 + count("osd", 50)),
        "SpeedLimit": speed_limit,
        "ExcessIdleCount": idle_count,
        "ExcessIdleTime": idle_count * (int(v.stop_s) if v.stop_ignition else 120 + count("it", 300)),
        "ExcessIdleSpeed": 0,
        "ExcessIdleRPM": 750 if idle_count else 0,
        "FreeWheeling": free,
        "FreeWheelingTime": free * (8 + count("fwt", 30)),
        "FreeWheelingSpeed": 40 if free else 0,
        "FreeWheelingRPM": 900 if free else 0,
        "HarshBrakeCount": count("hb", 3),
        "HarshAccelerateCount": count("ha", 2),
        "HarshCornerCount": count("hc", 2),
        "HarshBumpCount": count("hbump", 1),
        "GreenBandTime": int(v.drive_s * (0.55 + 0.35 * unit("gb", v.index, n))),
        "GreenBandLo": 1100,
        "GreenBandHi": 1900,
        "TripFuel": round(distance / 1000 * (0.32 if long_haul else 0.095), 2),
        "FuelDataSource": 1,
        "Tag": driver_tag,
        "DriverId": driver_id,
        "DriverName": driver_name,
        "IsBusinessPrivate": 1 if unit("private", v.index, n) < 0.05 else 0,
        "Comment": "",
        "CustomIdentifier": f"{v.fleet_number}-{n}",
        "DeliveryTag": tag,
        "TripStartUTC": iso(start),
        "TripEndUTC": iso(end),
    }


def driver(d) -> dict:
    return {"NodeId": d.node_id, "Tag": d.tag, "DriverId": d.driver_id, "DriverCategories": None}


def cost_centres(ids: list[int] | None = None) -> list[dict]:
    return [{"CostCentre": name, "NodeId": node} for node, name in COST_CENTRES if ids is None or node in ids]


def pois(fleet: Fleet, cost_centre: int, modified_after: float) -> list[dict]:
    """Point POIs of a cost centre modified after ``modified_after`` (epoch seconds)."""
    out = []
    for i, (key, name, category, category_id, lat, lon, place, cc_index) in enumerate(POI_DEFS):
        modified = fleet.epoch + 3600 * (9 + 20 * i)  # spread over the simulated week
        if COST_CENTRES[cc_index][0] != cost_centre or modified <= modified_after:
            continue
        out.append(
            {
                "PrimaryId": key,
                "Description": name,
                "ModifiedDate": iso(modified),
                "Errorcode": 0,
                "LocationNodeID": 28530 + i,
                "Latitude": lat,
                "Longitude": lon,
                "LocationCategory": category,
                "LocationCategoryID": category_id,
                "Address": address(place),
                "Directions": "",
                "Remarks": "",
            }
        )
    return out
