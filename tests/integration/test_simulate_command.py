"""`fleetdesk simulate` starts every simulator and prints their base URLs as one JSON document."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import requests


def test_simulate_prints_base_urls_that_answer_and_stops_on_sigterm(tmp_path):
    env = dict(os.environ, FLEETDESK_DATA_DIR=str(tmp_path))
    proc = subprocess.Popen(
        [sys.executable, "-m", "fleetdesk", "simulate"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        lines = []
        while True:  # one JSON document, pretty-printed: read until it parses
            line = proc.stdout.readline()
            assert line, proc.stderr.read()
            lines.append(line)
            try:
                out = json.loads("".join(lines))
                break
            except ValueError:
                continue
        services = out["services"]
        for key in (
            "carpass",
            "tachoshare",
            "tachoshare_auth",
            "thg",
            "thg_auth",
            "highmobility",
            "ctrack",
            "tiles",
        ):
            assert services[key].startswith(("http://127.0.0.1:", "https://127.0.0.1:")), key
        tile = services["tiles"].replace("{z}", "0").replace("{x}", "0").replace("{y}", "0")
        response = requests.get(tile, timeout=10)
        assert response.status_code == 200 and response.content[:4] == b"\x89PNG"
        assert os.path.exists(out["ca_bundle"]), "the TLS identity simulator's CA is handed out"
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == 0
