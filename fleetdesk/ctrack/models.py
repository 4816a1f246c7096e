"""Typed results of the Ctrack API, parsed tolerantly from its JSON records.

Units (the spec does not state them; these are what FleetDesk assumes and shows): odometers
and distances in metres, speeds in km/h, durations in seconds, fuel in litres. Every timestamp
is an aware UTC ``datetime``.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, overload

_COMPASS = {
    "N": 0.0,
    "NNE": 22.5,
    "NE": 45.0,
    "ENE": 67.5,
    "E": 90.0,
    "ESE": 112.5,
    "SE": 135.0,
    "SSE": 157.5,
    "S": 180.0,
    "SSW": 202.5,
    "SW": 225.0,
    "WSW": 247.5,
    "W": 270.0,
    "WNW": 292.5,
    "NW": 315.0,
    "NNW": 337.5,
}
_WCF_DATE = re.compile(r"/Date\((-?\d+)([+-]\d{4})?\)/")


class QueueType(str, enum.Enum):
    POSITIONS = "Positions"
    TRIPS = "Trips"
    SCRIPTS = "Scripts"


class SearchType(str, enum.Enum):
    """How GetVehicleDetail and GetVehicleOdoattime find a vehicle."""

    VEHICLE_ID = "vehicleID"  # the registration, as VehicleOdoList's VehicleId shows
    MIT = "MIT"
    NODE_ID = "NodeId"
    SERIAL_NUMBER = "SerialNumber"


def parse_time(value: Any) -> datetime | None:
    """'2017-04-30T02:01:26Z', '…26.000Z', offsets, or WCF '/Date(ms)/' -> aware UTC; else None."""
    if value in (None, ""):
        return None
    if isinstance(value, (int, float)):
        return datetime.fromtimestamp(value, UTC)
    text = str(value).strip()
    m = _WCF_DATE.fullmatch(text)
    if m:
        return datetime.fromtimestamp(int(m.group(1)) / 1000, UTC)
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        return None
    return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).astimezone(UTC)


def heading_degrees(text: Any) -> float | None:
    """Compass text ('NE') or a number of degrees -> degrees clockwise from north."""
    if isinstance(text, (int, float)):
        return float(text) % 360
    key = str(text or "").strip().upper()
    if key in _COMPASS:
        return _COMPASS[key]
    try:
        return float(key) % 360
    except ValueError:
        return None


@overload
def _int(value: Any, default: int) -> int: ...
@overload
def _int(value: Any, default: None = None) -> int | None: ...
def _int(value: Any, default: int | None = None) -> int | None:
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return default


@overload
def _float(value: Any, default: float) -> float: ...
@overload
def _float(value: Any, default: None = None) -> float | None: ...
def _float(value: Any, default: float | None = None) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def _str(value: Any) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True)
class LoginResult:
    """What a Membership/Login gave (the token itself stays inside the session)."""

    user_id: int
    expires_at: datetime | None  # None only if another thread forgot the session meanwhile
    duration_minutes: int


@dataclass(frozen=True)
class CostCentre:
    node_id: int
    name: str

    @classmethod
    def from_json(cls, d: dict) -> CostCentre:
        return cls(_int(d.get("NodeId"), 0), _str(d.get("CostCentre")))


@dataclass(frozen=True)
class Vehicle:
    node_id: int
    registration: str
    fleet_number: str
    description: str
    unit_type: str
    mit: str
    serial_number: str
    cellphone: str
    cost_centre_id: int | None
    last_time: datetime | None
    node_type_id: int | None = None

    @classmethod
    def from_json(cls, d: dict) -> Vehicle:
        return cls(
            _int(d.get("NodeId"), 0),
            _str(d.get("VehicleRegistration")),
            _str(d.get("FleetNumber")),
            _str(d.get("Description")),
            _str(d.get("Type")),
            _str(d.get("MIT")),
            _str(d.get("SerialNumber")),
            _str(d.get("CellphoneNumber")),
            _int(d.get("CostCentre")),
            parse_time(d.get("LastTime")),
            _int(d.get("NodeTypeId")),
        )


@dataclass(frozen=True)
class Position:
    """One fix: from last positions, position history, or the Positions queue (with a tag)."""

    node_id: int
    latitude: float
    longitude: float
    event_time: datetime | None
    speed_kmh: float
    heading: float | None
    heading_text: str
    ignition: bool
    status: int | None
    status_text: str
    location: str
    odometer_m: int | None
    driver_id: str
    driver_name: str
    delivery_tag: int | None
    street_max_speed: int | None = None

    @property
    def state(self) -> str:
        """'moving', 'idling' (ignition on, standing) or 'parked' (ignition off)."""
        if not self.ignition:
            return "parked"
        return "moving" if self.speed_kmh > 0 else "idling"

    @classmethod
    def from_json(cls, d: dict) -> Position:
        heading_text = _str(d.get("HeadingText", d.get("VehicleHeading")))
        tag = _int(d.get("DeliveryTag"))
        return cls(
            node_id=_int(d.get("NodeId"), 0),
            latitude=_float(d.get("Latitude"), 0.0),
            longitude=_float(d.get("Longitude"), 0.0),
            event_time=parse_time(d.get("EventTimeUTC")),
            speed_kmh=_float(d.get("Speed"), 0.0),
            heading=heading_degrees(heading_text),
            heading_text=heading_text,
            ignition=bool(d.get("Ignition")),
            status=_int(d.get("SingleStatus")),
            status_text=_str(d.get("StatusText")),
            location=_str(d.get("LocationString") or d.get("Location")),
            odometer_m=_int(d.get("RunningOdo", d.get("Odo"))),
            driver_id=_str(d.get("DriverId")),
            driver_name=_str(d.get("DriverName")),
            delivery_tag=tag if tag else None,
            street_max_speed=_int(d.get("StreetMaxSpeed")),
        )


@dataclass(frozen=True)
class Trip:
    node_id: int
    start: datetime | None
    end: datetime | None
    distance_m: int | None  # TripOdo
    max_speed_kmh: float | None
    driver_id: str
    driver_name: str
    tag: str

    @classmethod
    def from_json(cls, d: dict) -> Trip:
        return cls(
            _int(d.get("NodeId"), 0),
            parse_time(d.get("TripStartUTC")),
            parse_time(d.get("TripEndUTC")),
            _int(d.get("TripOdo")),
            _float(d.get("MaxSpeed")),
            _str(d.get("DriverId")),
            _str(d.get("DriverName")),
            _str(d.get("Tag")),
        )


#: TripDetail field -> wire name, in the spec's order (all numbers)
_TRIP_NUMBERS = {
    "driving_time_s": "DrivingTime",
    "start_odometer_m": "StartOdometerReading",
    "end_odometer_m": "EndOdometerReading",
    "distance_m": "TripDistance",
    "start_latitude": "StartLatitude",
    "start_longitude": "StartLongitude",
    "end_latitude": "EndLatitude",
    "end_longitude": "EndLongitude",
    "over_rev_count": "OverRevCount",
    "max_rpm": "MaxRPM",
    "over_rev_duration_s": "OverRevDuration",
    "rpm_limit": "RPMLimit",
    "over_speed_count": "OverSpeedCount",
    "max_speed_kmh": "MaxSpeed",
    "over_speed_duration_s": "OverSpeedDuration",
    "speed_limit_kmh": "SpeedLimit",
    "excess_idle_count": "ExcessIdleCount",
    "excess_idle_time_s": "ExcessIdleTime",
    "excess_idle_speed": "ExcessIdleSpeed",
    "excess_idle_rpm": "ExcessIdleRPM",
    "free_wheeling_count": "FreeWheeling",
    "free_wheeling_time_s": "FreeWheelingTime",
    "free_wheeling_speed": "FreeWheelingSpeed",
    "free_wheeling_rpm": "FreeWheelingRPM",
    "harsh_brake_count": "HarshBrakeCount",
    "harsh_accelerate_count": "HarshAccelerateCount",
    "harsh_corner_count": "HarshCornerCount",
    "harsh_bump_count": "HarshBumpCount",
    "green_band_time_s": "GreenBandTime",
    "green_band_lo": "GreenBandLo",
    "green_band_hi": "GreenBandHi",
    "fuel_l": "TripFuel",
    "fuel_data_source": "FuelDataSource",
    "business_private": "IsBusinessPrivate",
}


@dataclass(frozen=True)
class TripDetail:
    """GetVehicleTripsDetailed / Trips queue record: every detailed field of the spec."""

    node_id: int
    start: datetime | None
    end: datetime | None
    start_location: str
    end_location: str
    tag: str
    driver_id: str
    driver_name: str
    comment: str
    custom_identifier: str
    delivery_tag: int | None
    driving_time_s: float | None = None
    start_odometer_m: float | None = None
    end_odometer_m: float | None = None
    distance_m: float | None = None
    start_latitude: float | None = None
    start_longitude: float | None = None
    end_latitude: float | None = None
    end_longitude: float | None = None
    over_rev_count: float | None = None
    max_rpm: float | None = None
    over_rev_duration_s: float | None = None
    rpm_limit: float | None = None
    over_speed_count: float | None = None
    max_speed_kmh: float | None = None
    over_speed_duration_s: float | None = None
    speed_limit_kmh: float | None = None
    excess_idle_count: float | None = None
    excess_idle_time_s: float | None = None
    excess_idle_speed: float | None = None
    excess_idle_rpm: float | None = None
    free_wheeling_count: float | None = None
    free_wheeling_time_s: float | None = None
    free_wheeling_speed: float | None = None
    free_wheeling_rpm: float | None = None
    harsh_brake_count: float | None = None
    harsh_accelerate_count: float | None = None
    harsh_corner_count: float | None = None
    harsh_bump_count: float | None = None
    green_band_time_s: float | None = None
    green_band_lo: float | None = None
    green_band_hi: float | None = None
    fuel_l: float | None = None
    fuel_data_source: float | None = None
    business_private: float | None = None

    @classmethod
    def from_json(cls, d: dict) -> TripDetail:
        tag = _int(d.get("DeliveryTag"))
        numbers = {name: _float(d.get(wire)) for name, wire in _TRIP_NUMBERS.items()}
        return cls(
            node_id=_int(d.get("NodeId"), 0),
            start=parse_time(d.get("TripStartUTC")),
            end=parse_time(d.get("TripEndUTC")),
            start_location=_str(d.get("StartLocation")),
            end_location=_str(d.get("EndLocation")),
            tag=_str(d.get("Tag")),
            driver_id=_str(d.get("DriverId")),
            driver_name=_str(d.get("DriverName")),
            comment=_str(d.get("Comment")),
            custom_identifier=_str(d.get("CustomIdentifier")),
            delivery_tag=tag if tag else None,
            **numbers,
        )


@dataclass(frozen=True)
class Poi:
    location_node_id: int
    primary_id: str
    description: str
    latitude: float
    longitude: float
    category: str
    category_id: int | None
    address: str
    directions: str
    remarks: str
    modified: datetime | None

    @classmethod
    def from_json(cls, d: dict) -> Poi:
        return cls(
            _int(d.get("LocationNodeID"), 0),
            _str(d.get("PrimaryId")),
            _str(d.get("Description")),
            _float(d.get("Latitude"), 0.0),
            _float(d.get("Longitude"), 0.0),
            _str(d.get("LocationCategory")),
            _int(d.get("LocationCategoryID")),
            _str(d.get("Address")).strip(),
            _str(d.get("Directions")),
            _str(d.get("Remarks")),
            parse_time(d.get("ModifiedDate")),
        )


@dataclass(frozen=True)
class Driver:
    node_id: int
    driver_id: str
    tag: str | None
    categories: Any = None

    @classmethod
    def from_json(cls, d: dict) -> Driver:
        tag = d.get("Tag")
        return cls(
            _int(d.get("NodeId"), 0),
            _str(d.get("DriverId")),
            None if tag in (None, "") else str(tag),
            d.get("DriverCategories"),
        )


@dataclass(frozen=True)
class OdoReading:
    vehicle: str  # VehicleId / VehicleRegistration
    driver_id: str
    odometer_m: int
    timestamp: datetime | None

    @classmethod
    def from_json(cls, d: dict) -> OdoReading:
        return cls(
            _str(d.get("VehicleId", d.get("VehicleRegistration"))),
            _str(d.get("DriverId")),
            _int(d.get("VehicleOdo"), 0),
            parse_time(d.get("OdoTimestamp")),
        )
