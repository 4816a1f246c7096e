"""``fleetdesk thg ...`` through ``fleetdesk.cli.main`` against the simulators (real clock,
loopback, environment URLs): exit codes and JSON."""

from __future__ import annotations

import json

import pytest

from fleetdesk.cli import main
from fleetdesk.simulators.hub import SimulatorHub
from test_thg_support import jpeg, pdf


@pytest.fixture
def cli(tmp_path, monkeypatch, capsys):
    hub = SimulatorHub(
        ["thg_identity", "thg"],
        thg_identity={"auto_approve_after": 0},
        thg={"demo": False, "idle_after": 10**9, "validation_delay": 3600},
    ).start()
    sim = hub.apps["thg"]
    sim.store.add_registrant({"type": "organization", "last_name_or_organization": "Cli GmbH"}, sim.clock())
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(hub.ca_bundle))
    monkeypatch.setenv("FLEETDESK_THG_URL", hub.urls["thg"])
    monkeypatch.setenv("FLEETDESK_THG_AUTH_URL", hub.urls["thg_auth"])
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"thg.ramp_first_gap": 0.0, "thg.ramp_min_gap": 0.0}))

    def run(*args):
        code = main(["--data-dir", str(data), *args])
        out, err = capsys.readouterr()
        try:
            return code, json.loads(out), err
        except ValueError:
            return code, out, err

    run.sim, run.tmp = sim, tmp_path
    yield run
    import gc

    gc.collect()
    hub.stop()


def doc(tmp_path, name, content=None):
    path = tmp_path / name
    path.write_bytes(jpeg(b"THG-SIM:VERIFIED VIN=WVWZZZE1ZMP777777") if content is None else content)
    return str(path)


def test_login_prints_the_code_and_the_address_then_signs_in(cli):
    code, out, err = cli("thg", "login", "--json")
    assert code == 0 and out == {"ok": True, "user": "fleet.manager@example.com"}
    assert "/devicelogin" in err and "enter the code" in err
    code, out, _ = cli("thg", "status", "--json")
    assert out["signed_in"] and out["source"] == "stored" and not out["refresh_warning"]
    assert cli("thg", "logout")[0] == 0
    assert cli("thg", "status", "--json")[1]["signed_in"] is False


def test_not_signed_in_uploads_wait_in_the_outbox(cli):
    code, out, err = cli("thg", "upload", doc(cli.tmp, "a.jpg"), "--registrant", "1", "--json")
    assert code == 1 and out["uploads"][0]["state"] == "queued"
    assert "thg login" in err
    code, out, _ = cli("sync", "--once", "--json")
    assert "not signed in" in out["integrations"]["thg"]["skipped"]
    code, _, err = cli("thg", "login")
    assert code == 0 and "1 submission(s) that waited" in err
    code, out, _ = cli("sync", "--once", "--json")
    assert out["outbox"]["sent"] == 1 and len(cli.sim.store.vehicles) == 1


def test_upload_prechecks_then_creates_vehicles(cli):
    cli("thg", "login")
    bad = doc(cli.tmp, "two.pdf", pdf(2))
    good = doc(cli.tmp, "good.jpg")
    code, out, err = cli("thg", "upload", good, bad, "--json")
    assert code == 2 and out["field"] == "file" and "2 pages" in out["refused"][0]["problems"]
    assert not cli.sim.store.vehicles  # nothing was uploaded
    code, out, err = cli("thg", "upload", good, "--ref1", "FD-1", "--ref2", "B-X 1E", "--json")
    assert "uploads" in out, (out, err)
    [up] = out["uploads"]
    assert code == 0 and up["state"] == "sent" and up["status"] == "pending" and up["vehicle_id"]
    assert up["references"][:2] == ["FD-1", "B-X 1E"] and up["references"][2].startswith("FDU-")
    assert cli.sim.store.vehicles[up["vehicle_id"]]["customer_reference1"] == "FD-1"


def test_registrants_list_and_add(cli):
    cli("thg", "login")
    code, out, _ = cli("thg", "registrants", "--json")
    assert code == 0 and [r["last_name_or_organization"] for r in out["registrants"]] == ["Cli GmbH"]
    code, _, err = cli("thg", "registrant", "add", "--type", "person", "--name", "Maier")
    assert code == 2 and "first_name" in err
    code, out, _ = cli(
        "thg",
        "registrant",
        "add",
        "--type",
        "person",
        "--first-name",
        "Maike",
        "--name",
        "Maier",
        "--postal-code",
        "10115",
        "--json",
    )
    assert code == 0 and out["registrant"]["remote_id"] == 2
    # two registrants now: an upload must say which
    code, _, err = cli("thg", "upload", doc(cli.tmp, "x.jpg"))
    assert code == 2 and "registrant" in err


def test_vehicles_filters_export_and_time_format(cli):
    cli("thg", "login")
    cli.sim.seed_bulk(3)
    cli.sim.seed_bulk(2, status="not_verified_unreadable", prefix="BAD")
    code, out, _ = cli("thg", "vehicles", "--status", "verified", "--json")
    assert code == 0 and out["count"] == 3
    assert out["vehicles"][0]["status_explained"].startswith("The check succeeded")
    code, _, err = cli("thg", "vehicles", "--changed-since", "2022-01-01T10:00:00")
    assert code == 2 and "changed-since" in err and "Z" in err
    code, out, _ = cli("thg", "vehicles", "--changed-since", "2022-01-01T10:00:00Z", "--json")
    assert out["count"] == 5
    assert cli.sim.requests_to(r"^/vehicles$")[-1].query["changed_since"] == ["2022-01-01T10:00:00Z"]
    out_csv = cli.tmp / "v.csv"
    assert cli("thg", "export", str(out_csv), "--status", "verified")[0] == 0
    assert out_csv.read_text().count("\n") == 4
    assert cli("thg", "export", str(cli.tmp / "l.csv"), "--local")[0] == 0
    assert "Not verified: unreadable" in (cli.tmp / "l.csv").read_text("utf-8-sig")


def test_uba_request_with_hold_delete_and_responses(cli):
    cli("thg", "login")
    [vid, other] = cli.sim.seed_bulk(2)
    code, out, _ = cli("thg", "uba", "request", str(vid), "--year", "2026", "--hold", "--json")
    assert (
        code == 0
        and out["request"]["state"] == "filed"
        and out["request"]["ready_for_uba"].endswith("T00:00:00Z")
    )
    remote = out["request"]["remote_id"]
    code, _, err = cli("thg", "uba", "request", str(vid), "--year", "2026")
    assert code == 2 and "already has a UBA request" in err
    code, out, _ = cli("thg", "uba", "delete", str(remote), "--json")
    assert code == 0 and out["request"]["state"] == "deleted" and not cli.sim.store.uba_requests
    # one the UBA already has: the service refuses the withdrawal
    code, out, _ = cli("thg", "uba", "request", str(other), "--year", "2025", "--json")
    with cli.sim.lock:
        cli.sim.store.send_to_uba(
            cli.sim.store.uba_requests[out["request"]["remote_id"]], cli.sim.clock(), None
        )
    code, out, err = cli("thg", "uba", "delete", str(out["request"]["remote_id"]), "--json")
    assert code == 1 and "no longer be revoked" in out["request"]["problem"]
    code, out, _ = cli("thg", "uba", "responses", "--json")
    assert code == 0 and out["responses"][0]["outcome"] == "pending" and out["responses"][0]["year"] == 2025
    code, _, err = cli("thg", "uba", "responses", "--reply-since", "yesterday")
    assert code == 2 and "reply-since" in err


def test_sync_includes_the_thg_status_sync(cli):
    cli("thg", "login")
    cli.sim.seed_bulk(4)
    code, out, _ = cli("sync", "--once", "--json")
    assert code == 0 and out["integrations"]["thg"]["ok"]
    assert out["integrations"]["thg"]["vehicles"] == 4
    code, out, _ = cli("thg", "vehicles", "--local", "--json")
    assert out["count"] == 4


def test_issue17_thg_sync_sends_what_waits_out_our_backoff_first(cli, tmp_path):
    cli("thg", "login")
    doc = tmp_path / "doc.jpg"
    doc.write_bytes(jpeg(b"THG-SIM:VERIFIED VIN=WVWZZZE1ZMP000123"))
    code, out, _ = cli("thg", "upload", str(doc), "--registrant", "1", "--no-wait", "--json")
    assert code == 0
    from fleetdesk.store.db import connect

    db = connect(tmp_path / "data" / "fleetdesk.sqlite3")
    db.execute(
        "UPDATE outbox SET next_attempt_at = '2099-01-01T00:00:00.000000Z', server_wait = 0 "
        "WHERE service = 'thg'"
    )  # waiting out our own back-off
    db.conn.commit()
    db.conn.close()
    code, out, _ = cli("thg", "sync", "--json")
    assert code == 0 and out["outbox"]["sent"] == 1 and out["vehicles"] == 1
    assert len(cli.sim.store.vehicles) == 1
