"""A remote download (RDL) for one vehicle, asked for on the Tachographs tab's board.

The request goes into the outbox (every remote write does) and is sent at once; TachoShare's
answer arrives with a later fetch of the store and is told in the tab's banner. The words keep
the "TachoShareTab" translation context they were filed under, hence the explicit
``QCoreApplication.translate`` calls.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from fleetdesk.core.aio import run_blocking
from fleetdesk.core.errors import BadInput
from fleetdesk.tachoshare import store as ts
from fleetdesk.tachoshare.rdl import enqueue_rdl
from fleetdesk.ui.context import AppContext


class RemoteDownloads:
    """``request(vin, name)`` queues and sends one; ``report(row)`` tells its answer once.
    ``say(text, level)`` shows a message; ``refresh()`` fetches the tab's data again."""

    def __init__(self, ctx: AppContext, say: Callable[..., None], refresh: Callable[[], None]):
        self.ctx = ctx
        self.say = say
        self.refresh = refresh
        self.awaiting: tuple[int, str] | None = None  # (request id, vehicle name) to report

    async def request(self, vin: str, name: str) -> None:
        rt = self.ctx.runtime
        try:
            request_id = await rt.store.awrite(lambda db: enqueue_rdl(db, vin, rt.clock))
        except BadInput as exc:
            self.say(
                QCoreApplication.translate("TachoShareTab", "Remote download not possible: %1").replace(
                    "%1", exc.message
                ),
                "warning",
            )
            self.refresh()
            return
        self.awaiting = (request_id, name)
        self.say(
            QCoreApplication.translate(
                "TachoShareTab", "Remote download for %1 is in the outbox and being sent…"
            ).replace("%1", name)
        )
        pump = self.ctx.extras.get("pump")
        if pump is not None:
            pump.wake()
        else:
            await run_blocking(rt.dispatcher.send_now, service=ts.SERVICE)
            self.refresh()

    def report(self, row: dict) -> None:
        """Tell TachoShare's answer to the request being followed (``row``: its store row)."""
        if self.awaiting is None or row["id"] != self.awaiting[0] or row["state"] == "queued":
            return
        name = self.awaiting[1]
        self.awaiting = None
        if row["state"] == "accepted":
            self.say(
                QCoreApplication.translate(
                    "TachoShareTab",
                    "TachoShare accepted the remote download for %1: the tachograph downloads "
                    "when its ignition is next on; the data arrives with a later sync.",
                ).replace("%1", name)
            )
        else:
            self.say(
                QCoreApplication.translate(
                    "TachoShareTab", "TachoShare refused the remote download for %1: %2"
                )
                .replace("%1", name)
                .replace("%2", row["message"] or ""),
                "error",
            )
