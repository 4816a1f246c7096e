"""What the parser tells about one tachograph file: header facts, never a verdict on its
authenticity (signatures are not checked; see :mod:`.signature`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

CARD, VEHICLE = "card", "vehicle"
GEN1, GEN2, GEN2V2 = "gen1", "gen2", "gen2v2"


@dataclass
class Block:
    """One top-level block: a card EF (``tag`` = FID) or a vehicle-unit TREP (``tag`` = 0x76xx)."""

    tag: int
    offset: int
    length: int
    generation: str
    signature: bool = False  # a signature block/record array belongs to it


@dataclass
class TachoFile:
    kind: str
    generation: str
    # driver card
    card_number: str | None = None  # 16 characters: 14 + replacement + renewal
    card_replacement_index: str | None = None
    card_renewal_index: str | None = None
    card_type: int | None = None  # 1 driver, 2 workshop, 3 control, 4 company
    issuing_state: str | None = None
    issuing_state_code: int | None = None
    holder_surname: str | None = None
    holder_first_names: str | None = None
    holder_birth_date: date | None = None
    card_issue_date: date | None = None
    card_validity_begin: date | None = None
    card_expiry: date | None = None
    last_card_download: datetime | None = None
    # vehicle unit
    vin: str | None = None
    registration: str | None = None
    registration_nation: str | None = None
    registration_nation_code: int | None = None
    period_from: datetime | None = None  # VU downloadable period
    period_to: datetime | None = None
    vu_time: datetime | None = None
    last_download: datetime | None = None
    download_company: str | None = None
    download_card_number: str | None = None
    #: OdometerValueMidnight of each downloaded day (km at the end of that day, UTC), oldest first
    odometer_days: tuple[tuple[date, int], ...] = ()
    # both: the days whose activity the file holds (card daily records, VU activity blocks)
    activity_days: tuple[date, ...] = ()
    blocks: list[Block] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: always "not checked" until signature verification exists (see signature.py)
    signature_status: str = "not checked"

    @property
    def activity_from(self) -> date | None:
        return self.activity_days[0] if self.activity_days else None

    @property
    def activity_to(self) -> date | None:
        return self.activity_days[-1] if self.activity_days else None

    @property
    def odometer(self) -> tuple[int, datetime] | None:
        """The newest VU odometer: km at the end of the last downloaded day (its midnight, or
        the VU's time at download if that comes first)."""
        if not self.odometer_days:
            return None
        day, km = self.odometer_days[-1]
        at = datetime.combine(day + timedelta(days=1), time(0), UTC)
        if self.vu_time is not None and self.vu_time < at:
            at = self.vu_time
        return km, at

    @property
    def driver_identification(self) -> str | None:
        """The first 14 characters of the card number: how TachoShare names a card."""
        return self.card_number[:14] if self.card_number else None

    def to_json(self) -> dict:
        """The facts as JSON-ready values (dates YYYY-MM-DD, times ISO 8601 UTC, null if absent)."""

        def d(v):
            return v.date().isoformat() if isinstance(v, datetime) else v.isoformat() if v else None

        def t(v):
            return v.isoformat().replace("+00:00", "Z") if v else None

        return {
            "kind": self.kind,
            "generation": self.generation,
            "card_number": self.card_number,
            "card_replacement_index": self.card_replacement_index,
            "card_renewal_index": self.card_renewal_index,
            "issuing_state": self.issuing_state,
            "holder_surname": self.holder_surname,
            "holder_first_names": self.holder_first_names,
            "card_expiry": d(self.card_expiry),
            "last_card_download": t(self.last_card_download),
            "activity_from": d(self.activity_from),
            "activity_to": d(self.activity_to),
            "activity_days": len(self.activity_days),
            "vin": self.vin,
            "registration": self.registration,
            "registration_nation": self.registration_nation,
            "period_from": d(self.period_from),
            "period_to": d(self.period_to),
            "last_download": t(self.last_download),
            "download_company": self.download_company,
            "odometer_km": self.odometer[0] if self.odometer else None,
            "odometer_at": t(self.odometer[1]) if self.odometer else None,
            "signature": self.signature_status,
            "warnings": list(self.warnings),
        }
