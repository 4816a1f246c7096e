"""One pass of `fleetdesk sync`: flush the outbox, then each integration's polling and downloads."""

from __future__ import annotations

from typing import Any


def sync_pass(rt, *, explicit: bool = True) -> dict:
    """One pass: flush the due outbox, then each integration's polling and downloads.

    ``explicit=False`` (``fleetdesk serve``): nobody asked, so the outbox's own back-off holds
    (only due items are sent) instead of "send now"."""
    from fleetdesk.core.errors import NotConfigured
    from fleetdesk.integrations import SyncResult
    from fleetdesk.store.dispatcher import summary_line

    # a person (or their cron job) asked: send everything now, bar waits the server asked for
    report = rt.dispatcher.send_now(limit=10_000) if explicit else rt.dispatcher.run_once(limit=10_000)
    result: dict[str, Any] = {
        "outbox": {
            "sent": len(report.sent),
            "queued": len(report.queued),
            "needs_attention": len(report.attention),
            "skipped_services": report.skipped_services,
            "waiting": [w.as_dict() for w in report.waiting],
            "waiting_summary": summary_line(report, rt.clock),
        },
        "integrations": {},
    }
    for integration in rt.integrations:
        ok, why = integration.is_configured(rt)
        if not ok:
            r = integration.skipped(rt, why)
        else:
            try:
                r = integration.sync(rt)
            except NotConfigured as exc:
                r = integration.skipped(rt, str(exc))
            except Exception as exc:
                r = SyncResult(integration.name, ok=False, summary=f"{type(exc).__name__}: {exc}")
        result["integrations"][integration.name] = {
            "ok": r.ok,
            "skipped": r.skipped,
            "summary": r.summary,
            **r.details,
        }
    from fleetdesk.store import outbox

    result["unsent"] = rt.store.read(outbox.unsent_total)
    return result
