"""What the compliance board, the files list and the command line show (Qt-free rows + CSV).

One row per vehicle unit and driver card: the last download FleetDesk has archived (the
legal clock runs from it; issue #12 defect 8) beside TachoShare's own date (last activity of
a unit, last download of a card), the last day archived here, TachoShare's rdlStatus, and
whether a manual remote download can be requested (with the reason when not).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlite_utils

from fleetdesk.tachoshare import facts as fx
from fleetdesk.tachoshare import store as ts
from fleetdesk.tachoshare import subject_details as sd
from fleetdesk.tachoshare.compliance import CARD, VU, ClockReading, Policy, assess
from fleetdesk.tachoshare.models import RdlStatus, country_name
from fleetdesk.tachoshare.rdl import denial_reason, pending_vins


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


@dataclass(frozen=True)
class BoardRow:
    kind: str  # "vu" or "card"
    subject: str
    title: str  # plate or card number
    detail: str  # VIN or country name
    country: int | None
    rdl_status: str
    reading: ClockReading
    archived_through: date | None  # our cursor
    next_scheduled: date | None
    manual_attempts: int | None
    rdl_denial: str | None  # None: an RDL may be requested (vehicles only)
    last_rdl: dict | None  # the latest local RDL request (state, message)
    downloading: bool
    vin: str | None = None
    #: TachoShare's own date: the last activity downloaded (unit), the last download (card)
    tachoshare_last: date | None = None
    #: where the legal clock runs from: "archive" (the last download FleetDesk archived) or
    #: "tachoshare" (nothing archived yet: TachoShare's date stands in)
    clock_from: str | None = None
    card_number: str | None = None
    # from the archived files' header facts (issue #13)
    holder: str | None = None  # the card holder's name, from the card files
    card_expiry: date | None = None
    expiry_days_left: int | None = None  # set when the card expires within the warning window
    coverage: fx.Coverage | None = field(default=None, compare=False)
    # from the files' details: vehicles used, minutes per day, calibration
    details: sd.SubjectDetails | None = field(default=None, compare=False)
    calibration_due: date | None = None
    calibration_days_left: int | None = None  # set when due within the warning window

    @property
    def missing_days(self) -> int:
        return self.coverage.missing_days if self.coverage else 0

    @property
    def problems(self) -> list[str]:
        """What the files say needs attention, whatever the legal clock says: days no file
        holds (gaps between files) and a card expiring soon."""
        out = []
        if self.coverage is not None and self.missing_days:
            gaps = self.coverage.gaps
            out.append(
                f"{self.missing_days} day{'s' if self.missing_days != 1 else ''} missing in "
                f"{len(gaps)} gap{'s' if len(gaps) != 1 else ''} between files "
                f"(latest {gaps[-1][0].isoformat()} to {gaps[-1][1].isoformat()})"
            )
        if self.expiry_days_left is not None and self.card_expiry is not None:
            left, expiry = self.expiry_days_left, self.card_expiry.isoformat()
            out.append(
                f"card expired on {expiry}"
                if left < 0
                else f"card expires in {left} day{'s' if left != 1 else ''} ({expiry})"
            )
        if self.calibration_days_left is not None and self.calibration_due is not None:
            left, due = self.calibration_days_left, self.calibration_due.isoformat()
            out.append(
                f"calibration overdue since {due}"
                if left < 0
                else f"calibration due in {left} day{'s' if left != 1 else ''} ({due})"
            )
        return out

    @property
    def needs_attention(self) -> bool:
        return self.reading.level != "ok" or bool(self.problems)

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "subject": self.subject,
            "title": self.title,
            "detail": self.detail,
            "vin": self.vin,
            "card_number": self.card_number,
            "country_code": f"0x{self.country:02X}" if self.country is not None else None,
            "country": country_name(self.country) if self.country is not None else None,
            "rdl_status": self.rdl_status,
            "legal_clock": self.reading.as_dict(),
            "archived_through": self.archived_through.isoformat() if self.archived_through else None,
            "last_downloaded": self.reading.last.isoformat() if self.reading.last else None,
            "legal_clock_from": self.clock_from,
            (
                "last_activity" if self.kind == VU else "tachoshare_last_download"
            ): self.tachoshare_last.isoformat() if self.tachoshare_last else None,
            "next_scheduled": self.next_scheduled.isoformat() if self.next_scheduled else None,
            "manual_attempts_remaining": self.manual_attempts,
            "rdl_possible": self.kind == VU and self.rdl_denial is None,
            "rdl_denial": self.rdl_denial,
            "last_rdl_request": (
                {
                    k: self.last_rdl.get(k)
                    for k in ("state", "message", "requested_at", "created_host", "created_user")
                }
                if self.last_rdl
                else None
            ),
            "downloading": self.downloading,
            "holder": self.holder,
            "card_expiry": self.card_expiry.isoformat() if self.card_expiry else None,
            "calibration_due": self.calibration_due.isoformat() if self.calibration_due else None,
            "files_from": self.coverage.first.isoformat() if self.coverage and self.coverage.first else None,
            "files_to": self.coverage.last.isoformat() if self.coverage and self.coverage.last else None,
            "missing_days": self.missing_days,
            "gaps": [[a.isoformat(), b.isoformat()] for a, b in self.coverage.gaps] if self.coverage else [],
            "problems": self.problems,
        }


def board_rows(
    db: sqlite_utils.Database, today: date, policy: Policy | None = None, *, expiry_days: int = fx.EXPIRY_DAYS
) -> list[BoardRow]:
    """Every listed vehicle unit and driver card, most urgent first."""
    policy = policy or Policy()
    holders = fx.holders(db)
    coverage = fx.coverage(db)
    details = sd.subject_details(db)
    cursor = ts.cursors(db)
    active = ts.active_subjects(db)
    pending = pending_vins(db)
    last_rdl = ts.latest_rdl_by_vin(db)
    downloaded = ts.last_downloads(db)

    def clock_start(subject: str, listed: date | None) -> tuple[date | None, str | None]:
        # the legal clock runs from the last download FleetDesk archived (what an inspector
        # asks for); before anything is archived, from TachoShare's own date
        if subject in downloaded:
            return downloaded[subject], "archive"
        last = listed or cursor.get(subject)
        return last, "tachoshare" if last else None

    rows: list[BoardRow] = []
    for v in ts.vehicles(db):
        subject = ts.vu_subject(v["vin"])
        disconnected = v["rdl_status"] == RdlStatus.DISCONNECTED.value
        listed = _date(v["last_activity_date"])
        last, source = clock_start(subject, listed)
        rows.append(
            BoardRow(
                VU,
                subject,
                v["license_plate"] or v["vin"],
                v["vin"],
                None,
                v["rdl_status_raw"] or v["rdl_status"],
                assess(VU, last, today, policy, disconnected=disconnected),
                cursor.get(subject),
                _date(v["next_scheduled_date"]),
                v["manual_attempts_remaining"],
                denial_reason(v, today, pending=v["vin"] in pending, accepted=last_rdl.get(v["vin"])),
                last_rdl.get(v["vin"]),
                subject in active,
                vin=v["vin"],
                coverage=coverage.get(subject),
                **_vu_details(details.get(subject), today),
                tachoshare_last=listed,
                clock_from=source,
            )
        )
    for c in ts.cards(db):
        subject = ts.card_subject(c["card_number"], c["country"])
        listed = _date(c["last_download_date"])
        last, source = clock_start(subject, listed)
        rows.append(
            BoardRow(
                CARD,
                subject,
                c["card_number"],
                country_name(c["country"]),
                c["country"],
                c["rdl_status_raw"] or c["rdl_status"],
                assess(CARD, last, today, policy, country=c["country"]),
                cursor.get(subject),
                _date(c["next_scheduled_date"]),
                None,
                None,
                None,
                subject in active,
                card_number=c["card_number"],
                tachoshare_last=listed,
                clock_from=source,
                **_card_facts(holders.get((c["card_number"], c["country"])), today, expiry_days),
                coverage=coverage.get(subject),
                details=details.get(subject),
            )
        )
    rows.sort(
        key=lambda r: (
            r.reading.severity,
            not r.problems,
            r.reading.legal_days_left if r.reading.legal_days_left is not None else -(10**6),
            r.title,
        )
    )
    return rows


def _vu_details(details: sd.SubjectDetails | None, today: date) -> dict[str, Any]:
    if details is None:
        return {}
    due = details.calibration_due
    left = (due - today).days if due else None
    return {
        "details": details,
        "calibration_due": due,
        "calibration_days_left": left if left is not None and left <= sd.CALIBRATION_WARNING_DAYS else None,
    }


def _card_facts(holder: fx.Holder | None, today: date, expiry_days: int) -> dict[str, Any]:
    if holder is None:
        return {}
    left = (holder.card_expiry - today).days if holder.card_expiry else None
    return {
        "holder": holder.name or None,
        "card_expiry": holder.card_expiry,
        "expiry_days_left": left if left is not None and left <= expiry_days else None,
    }


BOARD_CSV_COLUMNS = (
    "type",
    "plate_or_card",
    "vin_or_country",
    "country_code",
    "status",
    "legal_days_left",
    "legal_due",
    "desired_days_left",
    "last_downloaded",
    "legal_clock_from",
    "tachoshare_last_date",
    "archived_through",
    "tachoshare_rdl_status",
    "next_scheduled",
    "manual_attempts_remaining",
    "rdl_possible",
    "rdl_reason",
    "holder",
    "card_expiry",
    "missing_days",
    "problems",
)


def board_csv(rows: list[BoardRow]) -> str:
    """The board as CSV (UTF-8 text; dates in ISO format so spreadsheets sort them)."""
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\r\n")
    out.writerow(BOARD_CSV_COLUMNS)
    for r in rows:
        rd = r.reading
        out.writerow(
            [
                "vehicle unit" if r.kind == VU else "driver card",
                r.title,
                r.detail,
                f"0x{r.country:02X}" if r.country is not None else "",
                rd.text,
                "" if rd.legal_days_left is None else rd.legal_days_left,
                rd.legal_due.isoformat() if rd.legal_due else "",
                "" if rd.desired_days_left is None else rd.desired_days_left,
                rd.last.isoformat() if rd.last else "",
                r.clock_from or "",
                r.tachoshare_last.isoformat() if r.tachoshare_last else "",
                r.archived_through.isoformat() if r.archived_through else "",
                r.rdl_status,
                r.next_scheduled.isoformat() if r.next_scheduled else "",
                "" if r.manual_attempts is None else r.manual_attempts,
                ("yes" if r.rdl_denial is None else "no") if r.kind == VU else "",
                r.rdl_denial or "",
                r.holder or "",
                r.card_expiry.isoformat() if r.card_expiry else "",
                r.missing_days,
                "; ".join(r.problems),
            ]
        )
    return buf.getvalue()


FILES_CSV_COLUMNS = (
    "archived_at",
    "type",
    "vehicle_vin",
    "card_number",
    "country_code",
    "file",
    "path",
    "period_from",
    "period_to_exclusive",
    "format",
    "size_bytes",
    "sha256",
    "attention",
)
_FILE_KINDS = {"vu": "vehicle unit", "card_zip": "driver card ZIP", "card": "driver card"}


def files_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\r\n")
    out.writerow(FILES_CSV_COLUMNS)
    for f in rows:
        out.writerow(
            [
                f["archived_at"],
                _FILE_KINDS.get(f["kind"], f["kind"]),
                f["vin"] or "",
                f["card_number"] or "",
                f"0x{f['country']:02X}" if f["country"] is not None else "",
                f["filename"],
                f["path"],
                f["period_from"] or "",
                f["period_to"] or "",
                f["fmt"],
                f["size"],
                f["sha256"],
                f.get("attention") or "",
            ]
        )
    return buf.getvalue()


def file_dict(f: dict) -> dict[str, Any]:
    """A file index row for ``--json``."""
    return {
        "id": f["id"],
        "type": _FILE_KINDS.get(f["kind"], f["kind"]),
        "file": f["filename"],
        "path": f["path"],
        "vin": f["vin"],
        "card_number": f["card_number"],
        "country_code": f"0x{f['country']:02X}" if f["country"] is not None else None,
        "period_from": f["period_from"],
        "period_to_exclusive": f["period_to"],
        "format": f["fmt"],
        "size": f["size"],
        "sha256": f["sha256"],
        "archived_at": f["archived_at"],
        "parent_id": f["parent_id"],
        "attention": f.get("attention"),
        "created_host": f.get("created_host"),  # who archived it (team mode)
        "created_user": f.get("created_user"),
    }
