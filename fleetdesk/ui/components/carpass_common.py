"""Helpers shared by the Car-Pass components: state names and colours, dates, the service."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from fleetdesk.carpass import store as st
from fleetdesk.carpass.models import ObservationType
from fleetdesk.core.clock import parse_utc


def tr(text: str) -> str:
    return QCoreApplication.translate("CarPass", text)


#: reading state -> (label, chip palette key)
STATES = {
    st.QUEUED: ("Waiting to send", "queued"),
    st.ONGOING: ("Being validated", "busy"),
    st.PROCESSED: ("Processed", "ok"),
    st.ISSUE: ("Issue", "warning"),
    st.ERROR: ("Refused (error)", "error"),
    st.REVIEWING: ("Reviewed by Car-Pass", "busy"),
    st.UNKNOWN: ("Waiting (unknown status)", "unknown"),
    st.CORRECTING: ("Correction queued", "sending"),
    st.CONFIRMING: ("Confirmation queued", "sending"),
    st.ATTENTION: ("Needs attention", "attention"),
    st.HISTORY: ("History", "discarded"),
}
TYPE_LABELS = {
    ObservationType.REPAIR_MAINTENANCE_SERVICE.value: "Repair / maintenance",
    ObservationType.ODOMETER_REPLACED.value: "Odometer replaced",
    ObservationType.VEHICLE_HISTORY_DOCUMENT.value: "Vehicle history report",
    ObservationType.ROAD_SIDE_ASSISTANCE.value: "Roadside assistance",
}


def state_label(state: str) -> str:
    return tr(STATES.get(state, (state, "unknown"))[0])


def state_palette(state: str) -> str:
    return STATES.get(state, (state, "unknown"))[1]


def type_label(value: str) -> str:
    return tr(TYPE_LABELS.get(value, value))


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
    from fleetdesk.carpass.plugin import get_service
    return get_service(ctx.runtime)


def poller_of(ctx):
    from fleetdesk.carpass.plugin import get_poller
    return get_poller(ctx.runtime)


def wake_pump(ctx) -> None:
    pump = ctx.extras.get("pump")
    if pump is not None:
        pump.wake()


def issue_language(ctx) -> str:
    """Car-Pass describes issues in NL, FR and DE: the UI language if it is one, else NL."""
    lang = (ctx.runtime.config.settings.get("ui.language") or "nl").lower()
    return lang if lang in ("nl", "fr", "de") else "nl"
