"""Issue 12, defect 3: ``fleetdesk tacho sync`` from cron on a machine with no keyring keeps
working run after run, day after day, although every run rotates the refresh token.

Each run is a real child process with ``PYTHON_KEYRING_BACKEND`` set to keyring's "fail"
backend (what a headless server has). The simulator refuses a refresh token once used, so the
second run only works if the first kept the rotated token somewhere: encrypted in the database,
with the key from the file ``FLEETDESK_SECRET_KEY_FILE`` names.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from fleetdesk.core.clock import fake_now_value, wall_time
from fleetdesk.simulators.framework import SimServer
from fleetdesk.simulators.tachoshare import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, TachoShareSim

SMALL = {"vu_base_bytes": 2000, "vu_day_bytes": 10, "card_file_bytes": 300}
DAY = 86400.0
# child processes start a full Python each: slow on a loaded machine
pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]


class ShiftedClock:
    """The simulator's clock: the test process's (pinned) clock plus whole days."""

    def __init__(self):
        self.days = 0

    def __call__(self) -> float:
        return wall_time() + self.days * DAY


def run_sync(
    data: Path, url: str, *, token: str, day: int, key_file: Path | None, extra: list[str] = ()
) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FLEETDESK_")}
    env.update(
        {
            "FLEETDESK_TACHOSHARE_URL": url,
            "FLEETDESK_TACHOSHARE_AUTH_URL": url + "/auth/realms/webfleet",
            "FLEETDESK_TACHOSHARE_CLIENT_ID": DEMO_CLIENT_ID,
            "FLEETDESK_TACHOSHARE_CLIENT_SECRET": DEMO_CLIENT_SECRET,
            # cron gives every run the same environment: the token of the first sign-in
            "FLEETDESK_TACHOSHARE_REFRESH_TOKEN": token,
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # no keyring at all
            "FLEETDESK_FAKE_NOW": fake_now_value(f"2026-11-{23 + day:02d}T05:00:00Z"),
        }
    )
    if key_file is not None:
        env["FLEETDESK_SECRET_KEY_FILE"] = str(key_file)
    return subprocess.run(
        [sys.executable, "-m", "fleetdesk", "--data-dir", str(data), "tacho", "sync", "--json", *extra],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def files_bytes(folder: Path) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for p in folder.rglob("*") if p.is_file()]


def live_tokens(sim: TachoShareSim) -> list[str]:
    with sim.lock:
        return list(sim.refresh_tokens) + list(sim.access_tokens)


def test_cron_runs_without_a_keyring_keep_the_rotated_token_encrypted_in_the_store(tmp_path):
    clock = ShiftedClock()
    sim = TachoShareSim(clock=clock, rate_limit=None, **SMALL)
    data, key_file = tmp_path / "data", tmp_path / "secret" / "fleetdesk.key"
    first_token = sim.issue_tokens()["refresh_token"]
    issued: list[str] = [first_token]
    with SimServer(sim) as server:
        outputs = []
        for day in range(3):
            clock.days = day
            before = set(sim.refresh_tokens)
            result = run_sync(data, server.url, token=first_token, day=day, key_file=key_file)
            assert result.returncode == 0, f"run {day + 1}: {result.stderr[-3000:]}"
            assert json.loads(result.stdout)["ok"]
            rotated = set(sim.refresh_tokens) - before
            assert rotated, f"run {day + 1} did not rotate the refresh token"
            issued += sorted(rotated)
            outputs.append(result.stdout + result.stderr)
        # the environment's token was used once (run 1); later runs used the stored ones
        assert first_token not in sim.refresh_tokens
        tokens = issued + live_tokens(sim)
    # FleetDesk created the key file, private to the user, and said so once (first run only)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert str(key_file) in outputs[0] and "keyring" in outputs[0]
    assert all(str(key_file) not in out for out in outputs[1:])
    # no token in clear in the database, its WAL, the settings or the logs; none in any output
    for path, raw in files_bytes(data):
        for token in tokens:
            assert token.encode() not in raw, f"a token in clear in {path.name}"
    for out in outputs:
        for token in tokens:
            assert token not in out


def test_without_a_keyring_or_a_key_file_the_runs_say_how_to_keep_the_token(tmp_path):
    sim = TachoShareSim(clock=wall_time, rate_limit=None, **SMALL)
    data = tmp_path / "data"
    token = sim.issue_tokens()["refresh_token"]
    with SimServer(sim) as server:
        first = run_sync(data, server.url, token=token, day=0, key_file=None)
        assert first.returncode == 0, first.stderr[-3000:]  # this run's downloads still happen
        assert "FLEETDESK_SECRET_KEY_FILE" in first.stderr and "keyring" in first.stderr
        second = run_sync(data, server.url, token=token, day=1, key_file=None)
    assert second.returncode == 1
    assert "FLEETDESK_SECRET_KEY_FILE" in second.stderr
    assert "FLEETDESK_TACHOSHARE_REFRESH_TOKEN" in second.stderr and "already" in second.stderr
    assert "Traceback" not in second.stderr
    assert token not in first.stderr + second.stderr


def test_a_key_file_that_holds_no_key_is_a_clear_error(tmp_path):
    sim = TachoShareSim(clock=wall_time, rate_limit=None, **SMALL)
    key_file = tmp_path / "fleetdesk.key"
    key_file.write_text("not a key\n")
    key_file.chmod(0o600)
    with SimServer(sim) as server:
        result = run_sync(
            tmp_path / "data", server.url, token=sim.issue_tokens()["refresh_token"], day=0, key_file=key_file
        )
    assert result.returncode in (1, 2)
    assert str(key_file) in result.stderr and "Traceback" not in result.stderr
