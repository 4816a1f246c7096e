"""Team mode (#16, docs/team-mode.md §7): every row a person creates records the workstation
and OS user, through the real code paths (service calls the GUI makes, the CLI) against the
loopback simulators, on both engines. Rows the server's data creates (a status poll, a sync)
carry none."""

from __future__ import annotations

import json
from datetime import date

import pytest

from fleetdesk.cli import main as cli_main
from fleetdesk.core.clock import FakeClock
from fleetdesk.core.config import Config
from fleetdesk.store import outbox as ob
from fleetdesk.tachoshare import store as ts
from tachofile_builder import driver_card_file
from test_tachoshare_support import tacho_env

SMALL = {"vu_base_bytes": 2000, "vu_day_bytes": 10, "card_file_bytes": 300}


def database(engine_url) -> str:
    return engine_url.display() if not engine_url.is_sqlite else f"sqlite:///{engine_url.path}"


def who(row) -> tuple:
    return (row["created_host"], row["created_user"])


@pytest.fixture
def me() -> tuple[str, str]:
    host, user = ob.actor()
    assert host and user
    return host, user


# -- TachoShare ------------------------------------------------------------------------------
def test_tachoshare_rdl_request_planned_downloads_and_files_record_who(engine_url, tmp_path, me, capsys):
    config = Config.load(tmp_path / "data", database=database(engine_url))
    with tacho_env(config, FakeClock(), **SMALL) as env:
        svc = env.svc
        vehicle = env.sim.vehicles[0]
        # the GUI's "Sync now" and `tacho sync` plan and download here (one vehicle: quick)
        result = svc.sync({ts.vu_subject(vehicle.vin)})
        assert result["done"] and result["failed"] == 0
        jobs = env.rows("SELECT created_host, created_user FROM tacho_jobs")
        files = env.rows("SELECT created_host, created_user FROM tacho_files")
        assert jobs and {who(j) for j in jobs} == {me}
        assert files and {who(f) for f in files} == {me}
        request_id = svc.request_rdl(env.sim.vehicles[10].vin)  # the board's "Download now"
        (rdl,) = env.rows("SELECT * FROM tacho_rdl_requests WHERE id = ?", [request_id])
        assert who(rdl) == me
        # a vehicle the server lists is not a row anybody created: no who
        assert "created_host" not in env.rows("SELECT * FROM tacho_vehicles LIMIT 1")[0]

    card = tmp_path / "reader" / "card.DDD"
    card.parent.mkdir()
    card.write_bytes(driver_card_file(surname="Janssens", nation=0x06, number="B000000123456700"))
    base = ["--data-dir", str(tmp_path / "data"), "--database", database(engine_url), "tacho"]
    assert cli_main([*base, "import", str(card), "--json"]) == 0
    capsys.readouterr()
    assert cli_main([*base, "files", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["files"]
    assert len(listed) == len(files) + 1 and all(who(f) == me for f in listed)
    assert cli_main([*base, "files"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(f"by {me[1]} on {me[0]}" in line for line in lines)


# -- THG ---------------------------------------------------------------------------------------
def test_thg_uploads_uba_requests_and_registrants_record_who(engine_url, tmp_path, me, monkeypatch, capsys):
    from fleetdesk.thg.statussync import sync_all
    from test_thg_support import ThgEnv, jpeg

    clock = FakeClock()
    config = Config.load(tmp_path / "data", database=database(engine_url))
    e = ThgEnv(config, clock, monkeypatch)
    try:
        e.sign_in()
        sync_all(e.svc)  # the account's registrant arrives from the server: nobody created it
        doc = tmp_path / "in" / "v.jpg"
        doc.parent.mkdir()
        doc.write_bytes(jpeg(b"THG-SIM:VERIFIED VIN=WVWZZZE1ZMP012345"))
        queued = e.svc.queue_uploads([doc], registrant_id=e.registrant)  # the tab's "Upload"
        assert len(queued.queued) == 1
        e.send()
        clock.advance(seconds=61)
        sync_all(e.svc)
        (upload,) = e.uploads()
        assert who(upload) == me and upload["vehicle_id"]
        local = e.svc.queue_uba_request(upload["vehicle_id"], 2026)
        registrant = e.svc.queue_registrant(
            {"type": "person", "first_name": "Maike", "last_name_or_organization": "Maier"}
        )
        e.send()
        sync_all(e.svc)  # the sync finds both on the server: the rows keep who created them

        def rows(sql, args=()):
            return e.rt.store.read(lambda db: [dict(r) for r in db.query(sql, list(args))])

        (uba,) = rows("SELECT * FROM thg_uba_requests WHERE id = ?", [local])
        assert uba["state"] == "filed" and who(uba) == me
        by_id = {r["id"]: r for r in rows("SELECT * FROM thg_registrants")}
        assert by_id[registrant]["remote_id"] and who(by_id[registrant]) == me
        others = [r for r in by_id.values() if r["id"] != registrant]
        assert others and all(who(r) == (None, None) for r in others)
    finally:
        e.close()
    # the CLI listings say who: only on the rows a person created here
    base = ["--data-dir", str(tmp_path / "data"), "--database", database(engine_url), "thg"]
    capsys.readouterr()
    assert cli_main([*base, "registrants", "--local"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line for line in lines if line.endswith(f"  by {me[1]} on {me[0]}")] == [
        line for line in lines if "Maike Maier" in line
    ]
    assert cli_main([*base, "uba", "requests", "--local"]) == 0
    assert capsys.readouterr().out.rstrip().endswith(f"  by {me[1]} on {me[0]}")


# -- High Mobility ---------------------------------------------------------------------------
def test_highmobility_clearance_request_and_revoke_record_who(engine_url, tmp_path, me, capsys):
    from fleetdesk.highmobility import store as hs
    from fleetdesk.highmobility.plugin import PLUGIN
    from fleetdesk.highmobility.service import ClearanceService
    from fleetdesk.runtime import Runtime
    from fleetdesk.simulators.framework import SimServer
    from fleetdesk.simulators.highmobility import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, HighMobilitySim, Timings

    clock = FakeClock()
    sim = HighMobilitySim(
        clock=lambda: clock.now().timestamp(), timings=Timings(approve=20, reject=90, revoke=12, cancel=8)
    )
    server = SimServer(sim).start()
    environ = {
        "FLEETDESK_HIGHMOBILITY_URL": server.url + "/v1",
        "FLEETDESK_HIGHMOBILITY_CLIENT_ID": DEMO_CLIENT_ID,
        "FLEETDESK_HIGHMOBILITY_CLIENT_SECRET": DEMO_CLIENT_SECRET,
    }
    rt = Runtime(
        Config.load(tmp_path / "data", environ=environ, database=database(engine_url)),
        clock=clock,
        integrations=[PLUGIN],
    )
    svc = ClearanceService.of(rt)
    try:
        vin = "WBA0000000000AB12"
        svc.queue(svc.prepare([vin], "bmw"))  # the tab's "Add vehicles" and `clearance add`
        rt.dispatcher.run_once()
        clock.advance(seconds=21)
        svc.poll_statuses()
        (row,) = rt.store.read(lambda db: hs.list_vehicles(db, vin))
        assert row.status == "approved" and (row.created_host, row.created_user) == me
        assert svc.revoke(vin, "sold") == "queued"
        entries = rt.store.read(lambda db: hs.timeline(db, vin))
        mine = {e.status for e in entries if (e.created_host, e.created_user) == me}
        assert mine == {"requested", "revoke-requested"}
        assert all(e.created_host is None for e in entries if e.source == "server")
    finally:
        svc.close()
        rt.close()
        server.stop()
    capsys.readouterr()
    data = ["--data-dir", str(tmp_path / "data"), "--database", database(engine_url)]
    assert cli_main([*data, "clearance", "list", "--offline"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith(vin) and line.endswith(f"  by {me[1]} on {me[0]}")
    assert cli_main([*data, "clearance", "list", "--offline", "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)["vehicles"]
    assert who(listed) == me


# -- Vehicles (and the Car-Pass entry's cross-check) ---------------------------------------------
def test_vehicle_links_and_crosschecks_record_who(engine_url, tmp_path, me):
    from fleetdesk.carpass import hooks
    from fleetdesk.carpass.plugin import get_service
    from fleetdesk.carpass.prechecks import ReadingEntry
    from fleetdesk.runtime import Runtime
    from fleetdesk.vehicles import crosscheck as xc
    from fleetdesk.vehicles import join as vjoin
    from fleetdesk.vehicles import service
    from fleetdesk.vehicles.timeline import timeline
    from vehicle_data import PLATE_C, VIN_A, VIN_B, seed

    config = Config.load(tmp_path / "data", database=database(engine_url))
    rt = Runtime(config, clock=FakeClock())  # every plug-in, vehicles included
    try:
        rt.store.write(seed)
        service.set_link(rt, VIN_B, PLATE_C, "link")  # the Vehicles tab's "Link" / `vehicle --link`
        (link,) = rt.store.read(lambda db: [dict(r) for r in db.query("SELECT * FROM vehicle_links")])
        assert who(link) == me
        # the Car-Pass entry form: submit, then the stored-reading hooks (the cross-check)
        entry = ReadingEntry("104000", date(2026, 11, 22), vin=VIN_A)
        result = get_service(rt).submit(entry, acknowledge=True)
        assert result.reading_id, result.findings
        hooks.reading_stored(rt, result.reading_id, entry, ())
        (check,) = rt.store.read(lambda db: xc.for_reading(db, result.reading_id))
        assert who(check) == me
        # the vehicle's timeline says who: the link, the reading typed, its cross-check
        by = f" — by {me[1]} on {me[0]}"
        linked = vjoin.find(service.rows(rt), VIN_B)
        texts = [e.text for e in rt.store.read(lambda db: timeline(db, linked))]
        assert any(t.startswith("Linked by hand: ") and t.endswith(by) for t in texts), texts
        texts = [e.text for e in rt.store.read(lambda db: timeline(db, vjoin.find(service.rows(rt), VIN_A)))]
        assert "Odometer reading 104,000 km (queued)" + by in texts, texts
        seeded = [t for t in texts if t.startswith("Odometer reading") and not t.endswith(by)]
        assert seeded  # the seed's readings were not typed here: no who
    finally:
        rt.close()
