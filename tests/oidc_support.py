"""A real, certified OpenID provider for tests: panva's ``oidc-provider`` on Node.js.

``tests/oidc/package.json`` and ``package-lock.json`` pin it; ``ensure_installed()`` runs
``npm ci`` once into a cache folder keyed by the lock file's hash (``FLEETDESK_NODE_CACHE``,
default ``~/.cache/fleetdesk-tests``), never into the work tree, and later runs reuse it.
``.ci/run`` calls ``python tests/oidc_support.py`` so the install is not part of any test's
time. ``start_provider()`` runs ``tests/oidc/provider.mjs`` on a free loopback port.

Run as a script: install (if needed) and print the folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent / "oidc"
FILES = ("package.json", "package-lock.json", "provider.mjs")
INSTALL_TIMEOUT_S = 900


class NodeMissing(RuntimeError):
    """No ``node`` on this machine (the only reason the provider test may be skipped)."""


def node() -> str:
    found = shutil.which("node")
    if not found:
        raise NodeMissing(
            "Node.js is not installed (`node` is not on PATH); the OpenID provider "
            "test needs it: apt-get install nodejs npm (.ci/run does)"
        )
    return found


def cache_dir() -> Path:
    lock = (HERE / "package-lock.json").read_bytes() + (HERE / "package.json").read_bytes()
    base = Path(os.environ.get("FLEETDESK_NODE_CACHE") or Path.home() / ".cache" / "fleetdesk-tests")
    return base / f"oidc-provider-{hashlib.sha256(lock).hexdigest()[:16]}"


def ensure_installed() -> Path:
    """The folder holding ``node_modules/oidc-provider`` and ``provider.mjs`` (installed once)."""
    node()
    target = cache_dir()
    if not (target / "node_modules" / "oidc-provider" / "package.json").exists():
        npm = shutil.which("npm")
        if not npm:
            raise RuntimeError("Node.js is installed but npm is not: apt-get install npm")
        target.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".install-", dir=target.parent))
        try:
            for name in FILES[:2]:
                shutil.copy2(HERE / name, work / name)
            result = subprocess.run(
                [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"],
                cwd=work,
                capture_output=True,
                text=True,
                timeout=INSTALL_TIMEOUT_S,
            )
            if result.returncode != 0:
                raise RuntimeError(
                    f"npm ci for the OpenID provider failed ({result.returncode}): "
                    f"{(result.stderr or result.stdout)[-2000:]}"
                )
            try:
                work.rename(target)  # atomic: a concurrent install simply loses
            except OSError:
                if not (target / "node_modules" / "oidc-provider").exists():
                    raise
        finally:
            shutil.rmtree(work, ignore_errors=True)
    shutil.copy2(HERE / "provider.mjs", target / "provider.mjs")  # always the current script
    return target


@dataclass
class RunningProvider:
    issuer: str
    process: subprocess.Popen
    client_id: str

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        for stream in (self.process.stdout, self.process.stderr):
            if stream:
                stream.close()


def start_provider(client_id: str = "fleetdesk-oidc-test", timeout: float = 60.0) -> RunningProvider:
    folder = ensure_installed()
    proc = subprocess.Popen(
        [node(), "provider.mjs", client_id],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "NODE_ENV": "test"},
    )
    line: list[str] = []
    reader = threading.Thread(target=lambda: line.append(proc.stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    if not line or not line[0].strip():
        proc.kill()
        err = proc.stderr.read()[-3000:] if proc.poll() is not None else "(no answer in time)"
        RunningProvider("", proc, client_id).stop()
        raise RuntimeError(f"the OpenID provider did not start: {err}")
    return RunningProvider(json.loads(line[0])["issuer"], proc, client_id)


if __name__ == "__main__":
    try:
        print(ensure_installed())
    except NodeMissing as exc:
        print(f"skipped: {exc}", file=sys.stderr)
