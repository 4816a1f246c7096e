"""Team mode (#16): two workstations merging the same High Mobility status poll at the same moment
on one PostgreSQL database. Found by the README's team demo (two desks polling at once failed with
a duplicate key on ``hm_vehicles``): each desk saw no row for a VIN found on the account, and the
second insert collided with the first when that one committed. The insert now yields to the row
the other workstation made."""

from __future__ import annotations

import threading
import time

from fleetdesk.core.clock import FakeClock
from fleetdesk.highmobility import store as hs
from fleetdesk.highmobility.models import Clearance
from fleetdesk.highmobility.schema import migrations as hm_migrations
from fleetdesk.store.engine import open_store
from fleetdesk.store.schema import core_migrations

VIN = "WVWZZZ1KZAW000123"


def _waiting_on_a_lock(probe) -> bool:
    return bool(
        probe.read(
            lambda db: db.execute(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                "AND datname = current_database()"
            ).fetchone()[0]
        )
    )


def test_two_desks_merge_the_same_poll_at_once_and_the_vin_is_kept_once(pg_url):
    clock = FakeClock()
    stores = [open_store(pg_url, [core_migrations, hm_migrations]) for _ in range(3)]
    a, b, probe = stores
    poll = [Clearance(vin=VIN, status="approved", brand="volkswagen")]
    errors: list[BaseException] = []

    def desk_b():
        try:
            b.write(lambda db: hs.apply_clearances(db, poll, clock))
        except BaseException as exc:  # noqa: BLE001 - asserted below
            errors.append(exc)

    def desk_a(db):
        hs.apply_clearances(db, poll, clock)  # inserted, not yet committed
        thread.start()  # b sees no row yet and its insert waits for ours
        deadline = time.monotonic() + 30
        while not _waiting_on_a_lock(probe):
            assert time.monotonic() < deadline, "desk b never reached the insert"
            time.sleep(0.01)

    thread = threading.Thread(target=desk_b, name="desk-b")
    try:
        a.write(desk_a)
        thread.join(60)
        assert not thread.is_alive()
        assert errors == [], errors
        rows = probe.read(
            lambda db: db.execute("SELECT vin, origin FROM hm_vehicles WHERE vin = ?", [VIN]).fetchall()
        )
        assert [tuple(r) for r in rows] == [(VIN, "server")]
    finally:
        for s in stores:
            s.close()
