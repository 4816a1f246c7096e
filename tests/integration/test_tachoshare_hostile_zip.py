"""Issue 12, defect 4: a driver-card ZIP with hostile members never loses the download.

The ZIP is kept exactly as TachoShare served it (never extracted as a whole), every safe
member is extracted (sub-folders flattened, same-named files kept apart), each hostile member
is refused and reported, and the ZIP is marked for attention in the index, the CLI and the GUI.
"""

from __future__ import annotations

import gc
import hashlib
import json
import stat
from pathlib import Path

import pytest

from fleetdesk.cli import main as cli_main
from fleetdesk.core.clock import FakeClock
from fleetdesk.simulators.framework import SimServer
from fleetdesk.simulators.tachoshare import (
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    MIXED_HOSTILE,
    MIXED_SAFE,
    TachoShareSim,
    mixed_safe_bytes,
)
from fleetdesk.tachoshare import store as ts
from test_tachoshare_support import tacho_env

SMALL = {"vu_base_bytes": 2000, "vu_day_bytes": 10, "card_file_bytes": 300}


@pytest.fixture
def env(config):
    with tacho_env(config, FakeClock(), **SMALL) as e:
        yield e


def record_card_zips(sim) -> list[bytes]:
    """Every driver-files body the simulator sends, as sent."""
    sent: list[bytes] = []
    dispatch = sim.dispatch

    def recording(request):
        response = dispatch(request)
        if request.path.startswith("/drivers/") and response.status == 200:
            sent.append(bytes(response.body))
        return response

    sim.dispatch = recording
    return sent


def sync_card(env, card) -> dict:
    return env.svc.sync(only={ts.card_subject(card.card, card.country)})


def test_a_mixed_zip_keeps_the_zip_extracts_the_safe_members_and_refuses_the_rest(env):
    sim, svc = env.sim, env.svc
    card = sim.cards[1]
    sim.hostile_zip = "mixed"
    sent = record_card_zips(sim)
    result = sync_card(env, card)
    assert result["failed"] == 0 and result["done"] == 1, result
    root = svc.archive_root()
    files = env.rows("SELECT * FROM tacho_files ORDER BY id")
    (zip_row,) = [f for f in files if f["kind"] == "card_zip"]
    assert result["attention"] == [{"path": zip_row["path"], "attention": zip_row["attention"]}]
    # the ZIP as received, byte for byte
    kept = (root / zip_row["path"]).read_bytes()
    assert [kept] == sent
    assert zip_row["sha256"] == hashlib.sha256(kept).hexdigest()
    # every safe member, flattened beside the ZIP; the two same-named ones both kept
    members = [f for f in files if f["parent_id"] == zip_row["id"]]
    assert sorted(m["server_name"] for m in members) == sorted(MIXED_SAFE)
    for m in members:
        data = (root / m["path"]).read_bytes()
        assert data == mixed_safe_bytes(MIXED_SAFE.index(m["server_name"]))
        assert Path(m["path"]).parent == Path(zip_row["path"]).parent  # flattened
        assert m["sha256"] == hashlib.sha256(data).hexdigest()
    assert len({m["path"] for m in members}) == len(MIXED_SAFE)
    # nothing hostile landed anywhere; every refusal is named in the attention note
    assert not (root.parent / "evil.DDD").exists() and not (root.parent / "evil2.DDD").exists()
    assert not Path("/tmp/evil.DDD").exists() or Path("/tmp/evil.DDD").read_bytes() != b"hostile"
    on_disk = [p for p in root.rglob("*") if p.is_file()]
    assert sorted(p.relative_to(root).as_posix() for p in on_disk) == sorted(f["path"] for f in files)
    assert not [p for p in root.rglob("*") if p.is_symlink() or p.name.upper().startswith("CON")]
    note = zip_row["attention"]
    assert note and f"{len(MIXED_SAFE)} file(s) extracted" in note and "7 member(s) refused" in note
    for word in ("zip-slip", "absolute path", "symbolic link", "reserves", "ZIP bomb", "twice"):
        assert word in note, word
    assert all(m["attention"] is None for m in members)
    # the files are private to the user, and the cursor moved: the download is done
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in on_disk)
    assert ts.card_subject(card.card, card.country) in env.rt.store.read(ts.cursors)
    assert len(MIXED_HOSTILE) == 7


@pytest.mark.parametrize(
    "kind", ["zipslip", "absolute", "drive", "device", "symlink", "bomb", "too_many", "corrupt"]
)
def test_a_hostile_zip_is_kept_and_marked_never_discarded(env, kind):
    sim, svc = env.sim, env.svc
    card = sim.cards[1]
    sim.hostile_zip = kind
    sent = record_card_zips(sim)
    result = sync_card(env, card)
    assert result["failed"] == 0 and result["done"] == 1, (kind, result)
    root = svc.archive_root()
    (zip_row,) = env.rows("SELECT * FROM tacho_files WHERE kind = 'card_zip'")
    assert [(root / zip_row["path"]).read_bytes()] == sent
    assert zip_row["attention"], kind
    members = env.rows("SELECT * FROM tacho_files WHERE parent_id = ?", [zip_row["id"]])
    if kind == "corrupt":
        assert members == [] and "not a readable ZIP" in zip_row["attention"]
    elif kind == "too_many":
        assert len(members) == 2000 and "5001 members" in zip_row["attention"]
    else:  # the one safe member is extracted
        assert [m["server_name"] for m in members] == ["C_20240101_0715_OK_00000000000000.DDD"]
    assert not (root.parent / "evil.DDD").exists()
    assert not [p for p in root.rglob("*") if p.is_symlink()]


def test_the_cli_shows_the_attention_of_a_mixed_zip(monkeypatch, tmp_path, capsys):
    sim = TachoShareSim(rate_limit=None, **SMALL)
    sim.hostile_zip = "mixed"
    card = sim.cards[1]
    with SimServer(sim) as server:
        monkeypatch.setenv("FLEETDESK_TACHOSHARE_URL", server.url)
        monkeypatch.setenv("FLEETDESK_TACHOSHARE_AUTH_URL", server.url + "/auth/realms/webfleet")
        monkeypatch.setenv("FLEETDESK_TACHOSHARE_CLIENT_ID", DEMO_CLIENT_ID)
        monkeypatch.setenv("FLEETDESK_TACHOSHARE_CLIENT_SECRET", DEMO_CLIENT_SECRET)
        monkeypatch.setenv("FLEETDESK_TACHOSHARE_REFRESH_TOKEN", sim.issue_tokens()["refresh_token"])
        data = str(tmp_path / "data")
        assert (
            cli_main(["--data-dir", data, "tacho", "sync", "--card", card.card, "--country", card.country])
            == 0
        )
        err = capsys.readouterr().err
        gc.collect()
    assert "ATTENTION" in err and "7 member(s) refused" in err
    assert cli_main(["--data-dir", data, "tacho", "files", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["files"]
    (zip_file,) = [f for f in listed if f["type"] == "driver card ZIP"]
    assert "symbolic link" in zip_file["attention"]
    assert cli_main(["--data-dir", data, "tacho", "files"]) == 0
    assert "ATTENTION" in capsys.readouterr().out


def test_fleetdesk_sync_says_which_files_need_attention(env):
    from fleetdesk.tachoshare.plugin import PLUGIN

    env.sim.hostile_zip = "mixed"
    result = PLUGIN.sync(env.rt)
    assert result.ok and "need attention" in result.summary and "cards/" in result.summary
    assert len(result.details["attention"]) == sum(bool(c.downloads) for c in env.sim.cards)
