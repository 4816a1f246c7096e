"""Follow one reading until Car-Pass has a final answer (``fleetdesk carpass submit --wait``).

It drives the same outbox dispatcher and status poller the GUI uses, so the polling rules
hold here too; it only sleeps (on the runtime's clock) until the next thing is due.
"""

from __future__ import annotations

from fleetdesk.carpass import store as st

#: states in which nothing more happens without the user
SETTLED = (st.PROCESSED, st.ERROR, st.ISSUE, st.ATTENTION, st.HISTORY, st.OUTCOME_UNKNOWN)
STEP_MAX = 5.0


def wait_for(rt, reading_id: int, *, timeout: float = 600.0) -> st.Reading:
    """Send, poll and fetch the VHR until the reading is settled or ``timeout`` s passed."""
    from fleetdesk.carpass.access import get_poller

    poller = get_poller(rt)
    clock = rt.clock
    deadline = clock.monotonic() + timeout
    while True:
        rt.dispatcher.run_once(service="carpass")
        poll_in = poller.run_due()
        reading = rt.store.read(lambda db: st.get_reading(db, reading_id))
        if reading is None:
            raise KeyError(reading_id)
        vhr_pending = reading.vhr_state == "pending"
        left = deadline - clock.monotonic()
        if (reading.state in SETTLED and not vhr_pending) or left <= 0:
            return reading
        waits = [STEP_MAX, left]
        if poll_in is not None:
            waits.append(poll_in)
        due = rt.dispatcher.next_due_at()
        if due is not None:
            waits.append((due - clock.now()).total_seconds())
        clock.sleep(max(0.05, min(waits)))
