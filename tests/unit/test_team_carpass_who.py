"""Team mode (#16, docs/team-mode.md §7): every Car-Pass reading a user creates records the
workstation and OS user — typed (the entry form and `carpass submit` share ``submit``) and
imported — on both engines."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from fleetdesk.carpass import store as st
from fleetdesk.carpass.importer import import_history
from fleetdesk.carpass.plugin import PLUGIN, get_service
from fleetdesk.carpass.prechecks import ReadingEntry
from fleetdesk.core.clock import FakeClock
from fleetdesk.core.config import Config
from fleetdesk.runtime import Runtime
from fleetdesk.store import outbox as ob


@pytest.fixture
def svc(engine_url, tmp_path):
    url = engine_url.display() if not engine_url.is_sqlite else f"sqlite:///{engine_url.path}"
    config = Config.load(tmp_path / "data", database=url)
    rt = Runtime(config, clock=FakeClock(datetime(2026, 11, 23, 9, 0, tzinfo=UTC)), integrations=[PLUGIN])
    yield get_service(rt)
    rt.close()


def test_a_typed_reading_and_its_outbox_item_record_who_entered_it(svc):
    result = svc.submit(ReadingEntry("123456", date(2026, 11, 23), vin="WVWZZZ1KZ8W123456"))
    assert result.reading_id, result.findings
    reading = svc.store.read(lambda db: st.get_reading(db, result.reading_id))
    item = svc.store.read(lambda db: ob.get(db, result.outbox_id))
    host, user = ob.actor()
    assert (reading.created_host, reading.created_user) == (host, user) and host and user
    assert (item.created_host, item.created_user) == (host, user)


def test_imported_readings_record_who_imported_them(svc, tmp_path):
    path = tmp_path / "old.csv"
    path.write_text("vin,date,km\nWBA3A5C51DF123457,2025-05-01,120000\n", "utf-8")
    assert import_history(svc.store, svc.clock, path) == 1
    rows = svc.store.read(lambda db: st.list_readings(db, origin="import"))
    assert [(r.created_host, r.created_user) for r in rows] == [ob.actor()]
