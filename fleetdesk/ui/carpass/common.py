"""Helpers shared by the Car-Pass components: state names and colours, dates, the service."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from fleetdesk.carpass import store as st
from fleetdesk.carpass.models import ObservationType
from fleetdesk.carpass.settings import OPERATION_KINDS, VEHICLE_CATEGORIES
from fleetdesk.core.clock import parse_utc
from fleetdesk.ui.noop import QT_TRANSLATE_NOOP


def tr(text: str) -> str:
    return QCoreApplication.translate("CarPass", text)


#: reading state -> (label, chip palette key)
STATES = {
    st.QUEUED: (QT_TRANSLATE_NOOP("CarPass", "Waiting to send"), "queued"),
    st.ONGOING: (QT_TRANSLATE_NOOP("CarPass", "Being validated"), "busy"),
    st.PROCESSED: (QT_TRANSLATE_NOOP("CarPass", "Processed"), "ok"),
    st.ISSUE: (QT_TRANSLATE_NOOP("CarPass", "Issue"), "warning"),
    st.ERROR: (QT_TRANSLATE_NOOP("CarPass", "Refused (error)"), "error"),
    st.REVIEWING: (QT_TRANSLATE_NOOP("CarPass", "Reviewed by Car-Pass"), "busy"),
    st.UNKNOWN: (QT_TRANSLATE_NOOP("CarPass", "Waiting (unknown status)"), "unknown"),
    st.CORRECTING: (QT_TRANSLATE_NOOP("CarPass", "Correction queued"), "sending"),
    st.CONFIRMING: (QT_TRANSLATE_NOOP("CarPass", "Confirmation queued"), "sending"),
    st.ATTENTION: (QT_TRANSLATE_NOOP("CarPass", "Needs attention"), "attention"),
    st.OUTCOME_UNKNOWN: (QT_TRANSLATE_NOOP("CarPass", "Sent earlier, outcome unknown"), "attention"),
    st.HISTORY: (QT_TRANSLATE_NOOP("CarPass", "History"), "discarded"),
}
TYPE_LABELS = {
    ObservationType.REPAIR_MAINTENANCE_SERVICE.value: QT_TRANSLATE_NOOP("CarPass", "Repair / maintenance"),
    ObservationType.ODOMETER_REPLACED.value: QT_TRANSLATE_NOOP("CarPass", "Odometer replaced"),
    ObservationType.VEHICLE_HISTORY_DOCUMENT.value: QT_TRANSLATE_NOOP("CarPass", "Vehicle history report"),
    ObservationType.ROAD_SIDE_ASSISTANCE.value: QT_TRANSLATE_NOOP("CarPass", "Roadside assistance"),
}
#: the operation kinds and vehicle categories of carpass.settings (English there, Qt-free)
OPERATION_LABELS = {
    "repair": QT_TRANSLATE_NOOP("CarPass", "Repair or maintenance"),
    "tyres": QT_TRANSLATE_NOOP("CarPass", "Tyres"),
    "windscreen": QT_TRANSLATE_NOOP("CarPass", "Windscreen"),
    "inspection": QT_TRANSLATE_NOOP("CarPass", "Inspection / diagnosis"),
    "warranty": QT_TRANSLATE_NOOP("CarPass", "Warranty claim"),
    "till_sale": QT_TRANSLATE_NOOP("CarPass", "Till sale (counter sale)"),
}
CATEGORY_LABELS = {
    "car": QT_TRANSLATE_NOOP("CarPass", "Passenger car"),
    "van": QT_TRANSLATE_NOOP("CarPass", "Light commercial (≤ 3.5 t)"),
    "truck": QT_TRANSLATE_NOOP("CarPass", "Truck (> 3.5 t)"),
    "bus": QT_TRANSLATE_NOOP("CarPass", "Bus or coach"),
    "motorcycle": QT_TRANSLATE_NOOP("CarPass", "Motorcycle"),
}
#: Car-Pass environments (services.SERVICES["carpass"].environments)
ENVIRONMENT_LABELS = {
    "beta": QT_TRANSLATE_NOOP("CarPass", "beta (test)"),
    "production": QT_TRANSLATE_NOOP("CarPass", "production"),
}
#: the kind of a Car-Pass request and the state of an issue, as stored
REQUEST_KINDS = {
    "observation": QT_TRANSLATE_NOOP("CarPass", "Observation"),
    "correction": QT_TRANSLATE_NOOP("CarPass", "Correction"),
    "confirm": QT_TRANSLATE_NOOP("CarPass", "Confirmation"),
}
ISSUE_STATES = {
    "open": QT_TRANSLATE_NOOP("CarPass", "open"),
    "resolving": QT_TRANSLATE_NOOP("CarPass", "answer on its way"),
    "resolved": QT_TRANSLATE_NOOP("CarPass", "resolved"),
    "info": QT_TRANSLATE_NOOP("CarPass", "information"),
}


def state_label(state: str) -> str:
    return tr(STATES.get(state, (state, "unknown"))[0])


def state_palette(state: str) -> str:
    return STATES.get(state, (state, "unknown"))[1]


def type_label(value: str) -> str:
    return tr(TYPE_LABELS.get(value, value))


def operation_label(key: str) -> str:
    return tr(OPERATION_LABELS[key]) if key in OPERATION_LABELS else OPERATION_KINDS.get(key, key)


def category_label(key: str) -> str:
    return tr(CATEGORY_LABELS[key]) if key in CATEGORY_LABELS else VEHICLE_CATEGORIES.get(key, key)


def environment_label(name: str) -> str:
    return tr(ENVIRONMENT_LABELS[name]) if name in ENVIRONMENT_LABELS else name


def request_kind_label(kind: str) -> str:
    return tr(REQUEST_KINDS[kind]) if kind in REQUEST_KINDS else kind


def issue_state_label(state: str) -> str:
    return tr(ISSUE_STATES[state]) if state in ISSUE_STATES else state


def wire_date(iso: str | None) -> str:
    """A stored ISO date as the garage writes it (dd/mm/yyyy)."""
    if not iso:
        return ""
    return date.fromisoformat(iso[:10]).strftime("%d/%m/%Y")


def local_time(iso: str | None) -> str:
    if not iso:
        return ""
    return parse_utc(iso).astimezone().strftime("%d/%m/%Y %H:%M")


def km(value: int | None) -> str:
    return "" if value is None else f"{value:,}".replace(",", " ") + " km"


def service_of(ctx):
    from fleetdesk.carpass.access import get_service

    return get_service(ctx.runtime)


def poller_of(ctx):
    from fleetdesk.carpass.access import get_poller

    return get_poller(ctx.runtime)


def wake_pump(ctx) -> None:
    pump = ctx.extras.get("pump")
    if pump is not None:
        pump.wake()


def issue_language(ctx) -> str:
    """Car-Pass describes issues in NL, FR and DE: the UI language if it is one, else NL."""
    lang = (ctx.runtime.config.settings.get("ui.language") or "nl").lower()
    return lang if lang in ("nl", "fr", "de") else "nl"
