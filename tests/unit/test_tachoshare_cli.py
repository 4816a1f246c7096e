"""``fleetdesk tacho …`` and ``fleetdesk sync`` against the simulator over loopback (in-process
``cli.main`` with the environment's URLs and an unattended sign-in)."""

from __future__ import annotations

import gc
import json
import threading

import pytest

from fleetdesk.cli import main
from fleetdesk.simulators.framework import SimServer
from fleetdesk.simulators.tachoshare import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, TachoShareSim
from test_tachoshare_support import Browser


@pytest.fixture
def sim(monkeypatch, tmp_path):
    sim = TachoShareSim(rate_limit=None, vu_base_bytes=2000, vu_day_bytes=10, card_file_bytes=300)
    server = SimServer(sim).start()
    monkeypatch.setenv("FLEETDESK_TACHOSHARE_URL", server.url)
    monkeypatch.setenv("FLEETDESK_TACHOSHARE_AUTH_URL", server.url + "/auth/realms/webfleet")
    monkeypatch.setenv("FLEETDESK_TACHOSHARE_CLIENT_ID", DEMO_CLIENT_ID)
    monkeypatch.setenv("FLEETDESK_TACHOSHARE_CLIENT_SECRET", DEMO_CLIENT_SECRET)
    monkeypatch.setenv("FLEETDESK_TACHOSHARE_REFRESH_TOKEN", sim.issue_tokens()["refresh_token"])
    yield sim
    gc.collect()
    server.stop()


def run(tmp_path, capsys, *args):
    code = main(["--data-dir", str(tmp_path / "data"), "tacho", *args])
    captured = capsys.readouterr()
    return code, captured


def run_json(tmp_path, capsys, *args):
    code, captured = run(tmp_path, capsys, *args, "--json")
    return code, json.loads(captured.out)


def test_vehicles_and_drivers_with_the_local_legal_clock(sim, tmp_path, capsys):
    code, out = run_json(tmp_path, capsys, "vehicles")
    assert code == 0 and out["count"] == 20
    by_vin = {i["vin"]: i for i in out["items"]}
    never = by_vin[sim.vehicles[15].vin]
    assert never["legal_clock"]["level"] == "never_downloaded" and never["rdl_status"] == "NEVER_DOWNLOADED"
    gone = by_vin[sim.vehicles[13].vin]
    assert gone["rdl_status"] == "DISCONNECTED" and gone["next_scheduled"] is None
    assert gone["legal_clock"]["level"] == "outside_legal" and gone["legal_clock"]["legal_days_left"] == -5
    assert not gone["rdl_possible"] and "DISCONNECTED" in gone["rdl_denial"]
    assert by_vin[sim.vehicles[10].vin]["rdl_possible"]
    code, out = run_json(tmp_path, capsys, "drivers")
    assert code == 0 and out["count"] == 31
    irish = next(i for i in out["items"] if i["country_code"] == "0x1B")
    assert irish["country"] == "Ireland" and irish["legal_clock"]["legal_limit_days"] == 21
    code, captured = run(tmp_path, capsys, "drivers", "--offline")
    assert code == 0 and "Ireland" in captured.out


def test_sync_one_vehicle_then_nothing_new(sim, tmp_path, capsys):
    vin = sim.vehicles[2].vin
    code, out = run_json(tmp_path, capsys, "sync", "--vin", vin)
    assert code == 0 and out["ok"] and out["done"] == 1
    (f,) = out["files"]
    assert f["vin"] == vin and f["file"].startswith("M_") and f["file"].endswith(f"_{vin}.DDD")
    assert (tmp_path / "data" / "tachographs" / f["path"]).stat().st_size == f["size"]
    code, out = run_json(tmp_path, capsys, "sync", "--vin", vin)
    assert code == 0 and out["planned"] == 0 and out["files"] == []


def test_sync_one_card_and_list_the_files(sim, tmp_path, capsys):
    card = sim.cards[25]
    code, out = run_json(tmp_path, capsys, "sync", "--card", card.card, "--country", "0x1b")
    assert code == 0 and out["done"] == 1
    code, out = run_json(tmp_path, capsys, "files")
    kinds = {f["type"] for f in out["files"]}
    assert kinds == {"driver card ZIP", "driver card"} and out["count"] > 2
    csv_path = tmp_path / "files.csv"
    code, captured = run(tmp_path, capsys, "files", "--csv", str(csv_path))
    assert code == 0 and "B_MURPHY" in captured.out
    lines = csv_path.read_text("utf-8").splitlines()
    assert lines[0].startswith("archived_at,type,") and len(lines) == out["count"] + 1


def test_a_bad_country_code_is_bad_input(sim, tmp_path, capsys):
    code, captured = run(tmp_path, capsys, "sync", "--card", "123", "--country", "Ireland")
    assert code == 2 and "country" in captured.err
    code, captured = run(tmp_path, capsys, "sync", "--card", "123")
    assert code == 2


def test_rdl_accepted_refused_and_not_possible(sim, tmp_path, capsys):
    code, out = run_json(tmp_path, capsys, "rdl", sim.vehicles[10].vin)
    assert code == 0 and out["state"] == "accepted"
    assert out["vehicle"]["manual_attempts_remaining"] == sim.vehicles[10].manual_attempts
    code, out = run_json(tmp_path, capsys, "rdl", sim.vehicles[10].vin)
    assert code == 1 and out["state"] == "not_possible" and "still waiting for execution" in out["reason"]
    code, out = run_json(tmp_path, capsys, "rdl", sim.vehicles[19].vin)
    assert code == 1 and out["state"] == "refused"
    # the server's text, with its traceId for support (issue 12, defect 10)
    assert out["message"].startswith("RDL service is not enabled for this vehicle (traceId ")
    code, captured = run(tmp_path, capsys, "rdl", sim.vehicles[12].vin)
    assert code == 1 and "No manual remote-download attempts" in captured.err


def test_fleetdesk_sync_includes_the_tachograph_downloads(sim, tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "data"), "sync", "--once", "--json"]) in (0, 1)
    out = json.loads(capsys.readouterr().out)
    tacho = out["integrations"]["tachoshare"]
    assert tacho["ok"] and tacho["done"] == 46 and tacho["summary"].startswith("46 files archived")


def test_signed_out_commands_say_how_to_sign_in(sim, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("FLEETDESK_TACHOSHARE_REFRESH_TOKEN")
    code, captured = run(tmp_path, capsys, "sync")
    assert code == 1 and "Not signed in" in captured.err and "tacho login" in captured.err


def test_login_prints_the_address_when_no_browser_opens(sim, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("FLEETDESK_TACHOSHARE_REFRESH_TOKEN")
    browser, threads = Browser(), []

    def no_browser(url):  # nothing opens here; the user pastes the address elsewhere
        thread = threading.Thread(target=browser, args=(url,), name="test-user-browser")
        threads.append(thread)
        thread.start()
        return False

    monkeypatch.setattr("webbrowser.open", no_browser)
    try:
        code, captured = run(tmp_path, capsys, "login", "--timeout", "10")
    finally:
        for thread in threads:
            thread.join(5)
        browser.close()
    assert (
        code == 0 and "Open this address" in captured.err and "/protocol/openid-connect/auth?" in captured.err
    )
    assert "Signed in to TachoShare: 20 vehicles, 31 driver cards" in captured.err
    code, out = run_json(tmp_path, capsys, "vehicles")  # the keyring keeps the sign-in
    assert code == 0 and out["count"] == 20


def test_sync_card_accepts_the_full_16_characters_and_refuses_an_unknown_card(sim, tmp_path, capsys):
    """Issue 12, defect 7: the full card number (with its replacement/renewal index) plans the
    card's download; a card TachoShare does not list is an error, not a silent exit 0."""
    card = sim.cards[1]
    code, out = run_json(tmp_path, capsys, "sync", "--card", card.card + "01", "--country", card.country)
    assert code == 0 and out["planned"] >= 1 and out["done"] >= 1
    code, captured = run(tmp_path, capsys, "sync", "--card", "99999999999999", "--country", card.country)
    assert code == 2 and "99999999999999" in captured.err and "no such" in captured.err
    code, captured = run(tmp_path, capsys, "sync", "--card", "123", "--country", card.country)
    assert code == 2 and "card" in captured.err and "14 characters" in captured.err
