"""Ctrack simulator endpoints for cost centres, vehicles, positions, trips, odometer, drivers, POIs.

``ApiRoutes`` is the base of ``CtrackSimulator`` (in ``ctrack.py``, which adds Membership, the
queues, sessions and rate limiting); it expects ``self.fleet`` and ``self.user_id``.
WCF matches paths and query names case-insensitively, so the routes and ``arg`` do too.
"""

from __future__ import annotations

from fleetdesk.simulators import ctrack_wire as wire
from fleetdesk.simulators.ctrack_fleet import COST_CENTRES, Fleet, SimVehicle
from fleetdesk.simulators.ctrack_queues import QueueError
from fleetdesk.simulators.framework import SimApp, SimRequest, SimResponse, route

PREFIX = "/DCTTPIEngine/TPIEngine/REST"
TOKEN = r"/(?P<token>[^/]+)/"
MAX_TRIP_RANGE_S = 31 * 86_400.0  # simulator's choice: longer ranges are a bad request
MAX_HISTORY_RANGE_S = 7 * 86_400.0


def _path(module: str, method: str) -> str:
    return "(?i)" + PREFIX + "/" + module + TOKEN + method


def bad(message: str) -> QueueError:
    return QueueError("InvalidParameter", message, 400)


class ApiRoutes(SimApp):
    fleet: Fleet
    user_id: int
    #: Where the spec is silent or contradicts itself, the simulator can be made to answer each
    #: reading (tests set these; the defaults suit the demo):
    #: - the Detailed history calls: the sample answers one bare record, so "array" (a JSON
    #:   array of records), "bare" (one record alone is a bare object, as in the sample) or
    #:   "wrapped" (``{"ErrorCode": 0, "VehiclePositions"|"VehicleTrips": [...]}``);
    detailed_shape: str = "array"
    #: - GetVehiclePositionsDetailed: the parameter table says ``vehicleNodeId``, the example
    #:   ``svehicleNodeIds``: None accepts either, a name accepts only that one (the other is
    #:   "required" missing; unknown parameters are ignored, as WCF does);
    positions_detailed_param: str | None = None
    #: - per-record ``ErrorCode``/``Errorcode`` (list items carry one; its meaning is not
    #:   given): node id -> code; such a vehicle's records carry that code and no data.
    record_errors: dict[int, int] = {}

    # -- parameters ------------------------------------------------------------------------
    @staticmethod
    def arg(request: SimRequest, name: str) -> str | None:
        for key, values in request.query.items():
            if key.strip().lower() == name.lower() and values:
                return values[0]
        return None

    def required(self, request: SimRequest, name: str) -> str:
        value = self.arg(request, name)
        if value is None or value.strip() == "":
            raise bad(f"{name} is required")
        return value.strip()

    def integer(self, request: SimRequest, name: str) -> int:
        value = self.required(request, name)
        try:
            return int(value)
        except ValueError:
            raise bad(f"{name} must be an integer, got {value!r}") from None

    def when(self, request: SimRequest, name: str) -> float:
        value = self.required(request, name)
        try:
            return wire.parse_time(value)
        except ValueError:
            raise bad(f"{name} must be YYYY-MM-DDTHH:MM:SSZ, got {value!r}") from None

    def period(self, request: SimRequest, limit: float) -> tuple[float, float]:
        t0, t1 = self.when(request, "fromDateTimeUTC"), self.when(request, "toDateTimeUTC")
        if t1 < t0:
            raise bad("toDateTimeUTC is before fromDateTimeUTC")
        if t1 - t0 > limit:
            raise bad(f"the period may not exceed {int(limit // 86_400)} days")
        return t0, t1

    def flag(self, request: SimRequest, name: str) -> bool:
        value = self.required(request, name).lower()
        if value not in ("true", "false"):
            raise bad(f"{name} must be true or false")
        return value == "true"

    def node_ids(self, request: SimRequest, *names: str) -> list[int]:
        for name in names:
            values = [v for k, vs in request.query.items() if k.lower() == name.lower() for v in vs]
            if values:
                try:
                    return [int(x) for v in values for x in v.split(",") if x.strip()]
                except ValueError:
                    raise bad(f"{name} must be comma-separated vehicle node ids") from None
        raise bad(f"{names[0]} is required")

    def vehicle(self, request: SimRequest, name: str = "vehicleNodeId") -> SimVehicle:
        ids = self.node_ids(request, name, "svehicleNodeIds")
        v = self.fleet.by_node.get(ids[0])
        if v is None:
            raise bad(f"unknown vehicle node id {ids[0]}")
        return v

    # -- cost centres ----------------------------------------------------------------------
    @route("GET", _path("CostCentres", "GetCostCentres"))
    def get_cost_centres(self, request: SimRequest) -> SimResponse:
        return SimResponse.json({"ErrorCode": 0, "CostCentre": wire.cost_centres()})

    @route("GET", _path("CostCentres", "GetCostCentre"))
    def get_cost_centre(self, request: SimRequest) -> SimResponse:
        name = self.required(request, "name").lower()
        ids = [node for node, cc_name in COST_CENTRES if cc_name.lower() == name]
        return SimResponse.json({"ErrorCode": 0, "CostCentre": wire.cost_centres(ids)})

    @route("GET", _path("CostCentres", "GetCostCentresForUser"))
    def get_cost_centres_for_user(self, request: SimRequest) -> SimResponse:
        mine = self.integer(request, "userId") == self.user_id
        return SimResponse.json({"ErrorCode": 0, "CostCentre": wire.cost_centres(None if mine else [])})

    @route("GET", _path("Vehicles", "GetVehicleCostCentres"))
    def get_vehicle_cost_centres(self, request: SimRequest) -> SimResponse:
        v = self.vehicle(request)
        return SimResponse.json({"ErrorCode": 0, "CostCentre": wire.cost_centres([v.cost_centre])})

    # -- vehicles --------------------------------------------------------------------------
    @route("GET", _path("Vehicles", "GetVehicles"))
    def get_vehicles(self, request: SimRequest) -> SimResponse:
        now = self.clock()
        return SimResponse.json(
            {
                "ErrorCode": 0,
                "VehicleList": [self.broken(wire.vehicle(self.fleet, v, now)) for v in self.fleet.vehicles],
            }
        )

    @route("GET", _path("Vehicles", "GetVehiclesinCostCentre"))
    def get_vehicles_in_cost_centre(self, request: SimRequest) -> SimResponse:
        cc, now = self.integer(request, "costCentreId"), self.clock()
        return SimResponse.json(
            {
                "ErrorCode": 0,
                "VehicleList": [
                    wire.vehicle(self.fleet, v, now) for v in self.fleet.vehicles if v.cost_centre == cc
                ],
            }
        )

    @route("GET", _path("Vehicles", "GetVehicleDetail"))
    def get_vehicle_detail(self, request: SimRequest) -> SimResponse:
        cc = self.integer(request, "costCentreId")
        search = self.required(request, "searchType").lower()
        value = self.required(request, "value")
        fields = {"vehicleid": "registration", "mit": "mit", "nodeid": "node_id", "serialnumber": "serial"}
        if search not in fields:
            raise bad("searchType must be one of vehicleID, MIT, NodeId, SerialNumber")
        attr = fields[search]
        found = [
            v
            for v in self.fleet.vehicles
            if v.cost_centre == cc and str(getattr(v, attr)).lower() == value.lower()
        ]
        now = self.clock()
        return SimResponse.json(
            {"ErrorCode": 0, "VehicleList": [wire.vehicle(self.fleet, v, now) for v in found]}
        )

    def _last_positions(self, vehicles: list[SimVehicle]) -> list[dict]:
        now, out = self.clock(), []
        for v in vehicles:
            fix = self.fleet.last_fix(v, now)
            if fix is not None:
                out.append(self.broken(wire.last_position(self.fleet, v, fix)))
        return out

    @route("GET", _path("Vehicles", "GetLastVehiclePositionsforAuthenticatedUser"))
    def get_last_positions_for_user(self, request: SimRequest) -> SimResponse:
        return SimResponse.json(
            {"ErrorCode": 0, "LastVehiclePositions": self._last_positions(self.fleet.vehicles)}
        )

    @route("GET", _path("Vehicles", "GetLastVehiclePositions"))
    def get_last_positions(self, request: SimRequest) -> SimResponse:
        ids = self.node_ids(request, "svehicleNodeIds", "vehicleNodeId")
        vehicles = [self.fleet.by_node[i] for i in ids if i in self.fleet.by_node]
        return SimResponse.json({"ErrorCode": 0, "LastVehiclePositions": self._last_positions(vehicles)})

    @route("GET", _path("Vehicles", "GetLastVehiclePosition"))
    def get_last_position(self, request: SimRequest) -> SimResponse:
        return SimResponse.json(
            {"ErrorCode": 0, "LastVehiclePosition": self._last_positions([self.vehicle(request)])}
        )

    def detailed(self, records: list[dict], key: str) -> SimResponse:
        """A Detailed answer in the shape ``detailed_shape`` chose."""
        if self.detailed_shape == "wrapped":
            return SimResponse.json({"ErrorCode": 0, key: records})
        if self.detailed_shape == "bare" and len(records) == 1:
            return SimResponse.json(records[0])
        return SimResponse.json(records)

    def broken(self, record: dict) -> dict:
        """``record`` as a vehicle with a per-record error code answers it (no usable data)."""
        code = self.record_errors.get(record["NodeId"]) if "NodeId" in record else None
        if code is None:
            return record
        blank = {
            k: (
                None
                if isinstance(v, str)
                else 0
                if isinstance(v, (int, float)) and not isinstance(v, bool)
                else v
            )
            for k, v in record.items()
        }
        blank["NodeId"] = record["NodeId"]
        blank["ErrorCode" if "ErrorCode" in record else "Errorcode"] = code
        return blank

    @route("GET", _path("Vehicles", "GetVehiclePositionsDetailed"))
    def get_positions_detailed(self, request: SimRequest) -> SimResponse:
        names = (
            (self.positions_detailed_param,)
            if self.positions_detailed_param
            else ("vehicleNodeId", "svehicleNodeIds")
        )
        ids = self.node_ids(request, *names)
        v = self.fleet.by_node.get(ids[0])
        if v is None:
            raise bad(f"unknown vehicle node id {ids[0]}")
        t0, t1 = self.period(request, MAX_HISTORY_RANGE_S)
        fixes = self.fleet.history(v, t0, t1, self.clock())
        return self.detailed([wire.detailed_position(self.fleet, v, f) for f in fixes], "VehiclePositions")

    # -- odometer --------------------------------------------------------------------------
    @route("GET", _path("Vehicles", "GetVehicleOdoattime"))
    def get_odo_at_time(self, request: SimRequest) -> SimResponse:
        search = self.required(request, "searchType").lower()
        at = min(self.when(request, "odoDateTime"), self.clock())
        values = [x.strip().lower() for x in self.required(request, "sValues").split(",") if x.strip()]
        fields = {"vehicleid": "registration", "mit": "mit", "nodeid": "node_id", "serialnumber": "serial"}
        if search not in fields:
            raise bad("searchType must be one of vehicleID, MIT, NodeId, SerialNumber")
        out = []
        for v in self.fleet.vehicles:
            if str(getattr(v, fields[search])).lower() not in values:
                continue
            fix = self.fleet.last_fix(v, at)
            if fix is not None:
                out.append(
                    {
                        "VehicleId": v.registration,
                        "DriverId": wire.driver_fields(self.fleet, v)[0],
                        "VehicleOdo": int(self.fleet.state(v, fix.true_time).odo_m),
                        "OdoTimestamp": wire.iso(fix.event_time, millis=True),
                    }
                )
        return SimResponse.json({"ErrorCode": 0, "VehicleOdoList": out})

    @route("GET", _path("Vehicles", "GetVehicleOdoOverPeriod"))
    def get_odo_over_period(self, request: SimRequest) -> SimResponse:
        # one object per the sample: the last reading inside the period (0/null when none)
        v = self.vehicle(request)
        t0, t1 = self.period(request, MAX_TRIP_RANGE_S)
        fix = self.fleet.last_fix(v, min(t1, self.clock()))
        if fix is not None and fix.true_time < t0:
            fix = None  # not inside the period
        return SimResponse.json(
            {
                "ErrorCode": 0,
                "VehicleRegistration": v.registration,
                "DriverId": wire.driver_fields(self.fleet, v)[0],
                "VehicleOdo": int(self.fleet.state(v, fix.true_time).odo_m) if fix else 0,
                "OdoTimestamp": wire.iso(fix.event_time) if fix else None,
            }
        )

    # -- trips -----------------------------------------------------------------------------
    @route("GET", _path("Vehicles", "GetVehicleTrips"))
    def get_trips(self, request: SimRequest) -> SimResponse:
        v = self.vehicle(request)
        t0, t1 = self.period(request, MAX_TRIP_RANGE_S)
        trips = self.fleet.trips(v, t0, t1, self.clock())
        return SimResponse.json(
            {"ErrorCode": 0, "VehicleTrips": [wire.trip(self.fleet, v, n) for n in trips]}
        )

    @route("GET", _path("Vehicles", "GetVehicleTripsDetailed"))
    def get_trips_detailed(self, request: SimRequest) -> SimResponse:
        v = self.vehicle(request)
        t0, t1 = self.period(request, MAX_TRIP_RANGE_S)
        trips = self.fleet.trips(v, t0, t1, self.clock())
        return self.detailed([wire.trip_detailed(self.fleet, v, n) for n in trips], "VehicleTrips")

    # -- drivers ---------------------------------------------------------------------------
    @route("GET", _path("Drivers", "GetDriversInCostCentre"))
    def get_drivers_in_cost_centre(self, request: SimRequest) -> SimResponse:
        cc = self.integer(request, "costCentreId")
        return SimResponse.json(
            {
                "ErrorCode": 0,
                "DriverList": [wire.driver(d) for d in self.fleet.drivers if d.cost_centre == cc],
            }
        )

    @route("GET", _path("Drivers", "GetDriver"))
    def get_driver(self, request: SimRequest) -> SimResponse:
        cc = self.integer(request, "costCentreId")
        search = self.required(request, "searchType").lower()
        value = self.required(request, "Value").lower()
        fields = {"driverid": "driver_id", "nodeid": "node_id", "tag": "tag"}
        if search not in fields:
            raise bad("searchType must be one of DriverId, NodeId, Tag")
        found = [
            d
            for d in self.fleet.drivers
            if d.cost_centre == cc and str(getattr(d, fields[search])).lower() == value
        ]
        return SimResponse.json({"ErrorCode": 0, "Driver": wire.driver(found[0]) if found else None})

    @route("GET", _path("Drivers", "GetDriversAssociatedWithVehicle"))
    def get_drivers_for_vehicle(self, request: SimRequest) -> SimResponse:
        v = self.vehicle(request)
        drivers = [self.fleet.drivers[v.driver]] if v.driver is not None else []
        return SimResponse.json({"ErrorCode": 0, "DriverList": [wire.driver(d) for d in drivers]})

    # -- locations -------------------------------------------------------------------------
    @route("GET", _path("Location", "GetPointPOIs"))
    def get_point_pois(self, request: SimRequest) -> SimResponse:
        cc = self.integer(request, "CostCentreNodeGroupId")
        after = self.when(request, "modifiedAfter")
        return SimResponse.json({"ErrorCode": 0, "Points": wire.pois(self.fleet, cc, after)})
