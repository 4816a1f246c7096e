"""Issue #13 end to end against the simulator: every archived file is parsed once on arrival;
holders, card expiry and coverage come from the files' header facts."""

from __future__ import annotations

from datetime import timedelta

import pytest

from fleetdesk.core.clock import FakeClock
from fleetdesk.tachoshare import facts as fx
from fleetdesk.tachoshare import store as ts
from test_tachoshare_support import tacho_env


@pytest.fixture
def env(config):
    with tacho_env(config, FakeClock(), vu_base_bytes=2000, vu_day_bytes=10, card_file_bytes=300) as e:
        yield e


def test_every_archived_file_is_parsed_once_on_arrival(env):
    sim, svc = env.sim, env.svc
    assert svc.sync()["failed"] == 0
    files = env.rows(
        "SELECT f.id, f.kind, f.vin, f.card_number, x.* FROM tacho_files f "
        "LEFT JOIN tacho_file_facts x ON x.file_id = f.id"
    )
    parsed = [f for f in files if f["kind"] in ("vu", "card")]
    assert parsed and all(f["parsed_at"] for f in parsed)
    assert all(f["error"] is None for f in parsed), [f["error"] for f in parsed if f["error"]][:3]
    assert all(f["parsed_at"] is None for f in files if f["kind"] == "card_zip")
    for f in parsed:
        if f["kind"] == "vu":
            assert f["vin"] == f["vin"] and f["generation"] in ("gen2", "gen2v2")
        else:
            assert f["driver_id"] == f["card_number"] and f["holder_surname"]
    stamp = env.rows("SELECT parsed_at FROM tacho_file_facts ORDER BY file_id LIMIT 1")[0]["parsed_at"]
    env.clock.advance(3600)
    assert svc.index_new_files() == 0  # nothing is parsed twice
    assert (
        env.rows("SELECT parsed_at FROM tacho_file_facts ORDER BY file_id LIMIT 1")[0]["parsed_at"] == stamp
    )
    # vehicle coverage matches what the simulator holds for each vehicle
    cov = env.rt.store.read(fx.coverage)
    for v in sim.vehicles:
        if v.last_activity:
            c = cov[ts.vu_subject(v.vin)]
            assert c.last == v.last_activity and c.first == v.last_activity - timedelta(days=364)
            assert not c.gaps


def test_holders_expiry_and_gaps_from_the_card_files(env):
    sim, svc = env.sim, env.svc
    svc.sync()
    holders = env.rt.store.read(fx.holders)
    messi = next(c for c in sim.cards if c.name == "L_MESSI")
    h = holders[(messi.card, int(messi.country, 16))]
    assert (h.surname, h.first_names, h.card_expiry) == ("Messi", "L.", messi.expiry)
    today = env.clock.now().date()
    soon = env.rt.store.read(lambda db: fx.expiring_cards(db, today, 30))
    assert {e.card_number for e in soon} == {
        c.card for c in sim.cards if c.downloads and (c.expiry - today).days <= 30
    }
    assert any(e.days_left < 0 for e in soon) and "expired" in soon[0].text
    cov = env.rt.store.read(fx.coverage)
    for name in ("S_MAES", "J_NOVAK"):  # the simulator skipped 40 days of their downloads
        c = next(c for c in sim.cards if c.name == name)
        assert cov[ts.card_subject(c.card, c.country)].missing_days > 0
    steady = next(c for c in sim.cards if c.name == "J_PEETERS")
    assert cov[ts.card_subject(steady.card, steady.country)].gaps == []


def test_files_archived_before_the_index_existed_are_parsed_at_start(env):
    svc = env.svc
    svc.sync()
    env.rt.store.write(lambda db: db.execute("DELETE FROM tacho_file_facts"))
    svc.recover()
    assert env.rows("SELECT COUNT(*) AS n FROM tacho_file_facts WHERE error IS NULL")[0]["n"] > 0


def test_board_shows_holders_gaps_and_expiry_even_when_the_clock_is_ok(env):
    from fleetdesk.tachoshare.plugin import PLUGIN
    from fleetdesk.tachoshare.views import board_csv, board_rows

    sim, svc = env.sim, env.svc
    result = PLUGIN.sync(env.rt)
    today = env.clock.now().date()
    soon = [c for c in sim.cards if c.downloads and (c.expiry - today).days <= 30]
    assert soon and "expires in" in result.summary and all(c.card in result.summary for c in soon)
    assert len(result.details["expiring_cards"]) == len(soon)
    rows = {r.subject: r for r in env.rt.store.read(lambda db: board_rows(db, today, svc.policy()))}
    novak = next(c for c in sim.cards if c.name == "J_NOVAK")  # downloaded yesterday
    row = rows[ts.card_subject(novak.card, novak.country)]
    assert row.holder == "J. Novak"
    assert row.reading.level == "ok" and row.missing_days > 0 and row.needs_attention
    assert "missing in 1 gap between files" in row.problems[0]
    assert row.as_dict()["gaps"] and row.as_dict()["holder"] == "J. Novak"
    expiring = rows[ts.card_subject(soon[0].card, soon[0].country)]
    assert expiring.expiry_days_left is not None and any("card expire" in p for p in expiring.problems)
    # a row with gaps sorts before OK rows of the same level
    ok_rows = [r for r in rows.values() if r.reading.level == "ok"]
    ordered = env.rt.store.read(lambda db: board_rows(db, today, svc.policy()))
    ordered_ok = [r for r in ordered if r.reading.level == "ok"]
    assert ordered_ok[0].problems and len(ok_rows) == len(ordered_ok)
    assert "J. Novak" in board_csv(ordered)
    # the warning window is a setting
    none = env.rt.store.read(lambda db: board_rows(db, today, svc.policy(), expiry_days=0))
    assert not any(r.expiry_days_left is not None and r.expiry_days_left >= 0 for r in none)
