"""#17 "optional look-ups degrade" for TachoShare: the vehicle list and the driver-card list are
read independently. One refused (no rights to it) or broken (5xx) leaves the other in use and
its own last stored copy in place, with a note in `tacho sync`, `fleetdesk sync` and the tab;
only when both fail does the refresh fail. Over loopback HTTP against the simulator."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from fleetdesk.core.clock import FakeClock
from fleetdesk.core.errors import Rejected
from test_tachoshare_support import tacho_env

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


@pytest.fixture
def env(config):
    with tacho_env(config, FakeClock(NOW), vu_base_bytes=2000, vu_day_bytes=10, card_file_bytes=300) as e:
        yield e


def listed(env, table: str) -> int:
    return env.rt.store.read(
        lambda db: db.execute(f"SELECT COUNT(*) FROM {table} WHERE listed = 1").fetchone()[0]
    )


@pytest.mark.parametrize("status", [403, 500])
def test_a_refused_driver_list_keeps_the_cards_stored_and_the_vehicles_still_sync(env, status):
    sim, svc = env.sim, env.svc
    first = svc.refresh_lists()
    cards = listed(env, "tacho_cards")
    assert cards == first["cards"] > 0 and "notes" not in first
    sim.unavailable_lists["drivers"] = status
    result = svc.sync()
    assert result["done"] > 0  # the vehicles were downloaded
    [note] = result["notes"]
    assert "driver-card list could not be read" in note and "stored last" in note
    assert listed(env, "tacho_cards") == cards  # not marked unlisted
    assert result["listed"]["cards"] == cards


def test_a_refused_vehicle_list_keeps_the_vehicles_and_the_cards_still_refresh(env):
    sim, svc = env.sim, env.svc
    svc.refresh_lists()
    vehicles = listed(env, "tacho_vehicles")
    sim.unavailable_lists["vehicles"] = 403
    counts = svc.refresh_lists()
    assert counts["vehicles"] == vehicles and counts["cards"] > 0
    assert "vehicle list could not be read" in counts["notes"][0]


def test_both_lists_refused_is_an_error(env):
    env.sim.unavailable_lists.update({"vehicles": 403, "drivers": 403})
    with pytest.raises(Rejected):
        env.svc.refresh_lists()


def test_fleetdesk_sync_names_the_unreadable_list(env):
    from fleetdesk.tachoshare.plugin import PLUGIN

    env.sim.unavailable_lists["drivers"] = 403
    result = PLUGIN.sync(env.rt)
    assert "driver-card list could not be read" in result.summary
