"""Both engines for the store tests (issue #16): a throw-away PostgreSQL cluster and one fixture.

``pg_cluster`` (session): initdb + pg_ctl in a temporary folder, listening on 127.0.0.1 at a free
port, trust authentication for its own superuser ``fleetdesk``; stopped and deleted at the end.
PostgreSQL refuses to run as root, so as root the server runs as the ``postgres`` user (or
``nobody``). The PostgreSQL cases are skipped, with the reason, only when the server binaries
are not installed (``.ci/run`` installs Debian's ``postgresql``).

``engine_url`` is parametrised: ``sqlite`` (a file in tmp_path) and ``postgresql`` (a fresh
database in the cluster, dropped after the test).
"""

from __future__ import annotations

import atexit
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

from fleetdesk.core.dburl import DatabaseURL, parse

SUPERUSER = "fleetdesk"
_names = itertools.count(1)


def find_pg_bin() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres, or None when they are not installed."""
    candidates = [os.environ.get("FLEETDESK_PG_BIN")]
    candidates += sorted(
        glob.glob("/usr/lib/postgresql/*/bin"),
        key=lambda p: int(p.split("/")[-2]) if p.split("/")[-2].isdigit() else 0,
        reverse=True,
    )
    found = shutil.which("initdb")
    if found:
        candidates.append(str(Path(found).resolve().parent))
    for folder in filter(None, candidates):
        if all((Path(folder) / exe).exists() for exe in ("initdb", "pg_ctl", "postgres")):
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.base = Path(tempfile.mkdtemp(prefix="fleetdesk-pg-"))
        self.data = self.base / "data"
        self.port = _free_port()
        self.user_ids: dict = {}
        if hasattr(os, "getuid") and os.getuid() == 0:
            # initdb/postgres refuse root: run them as an unprivileged user
            import pwd

            for name in ("postgres", "nobody"):
                try:
                    entry = pwd.getpwnam(name)
                except KeyError:
                    continue
                self.user_ids = {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}
                os.chown(self.base, entry.pw_uid, entry.pw_gid)
                break
            else:
                raise RuntimeError(
                    "running as root and there is no 'postgres' or 'nobody' user "
                    "to run the PostgreSQL server as"
                )
        os.chmod(self.base, 0o700)

    def _run(self, *args: str) -> None:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LC_ALL": "C",
            "LANG": "C",
            "HOME": str(self.base),
        }
        done = subprocess.run(
            [str(self.bindir / args[0]), *args[1:]],
            env=env,
            cwd=self.base,
            capture_output=True,
            text=True,
            timeout=90,
            **self.user_ids,
        )
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed ({done.returncode}): {done.stderr[-2000:]}")

    def own(self, path: Path, mode: int = 0o600) -> None:
        """Make ``path`` the server's (it refuses a key file others may read)."""
        if self.user_ids:
            os.chown(path, self.user_ids["user"], self.user_ids["group"])
        os.chmod(path, mode)

    def start(self, extra_opts: str = "") -> Cluster:
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        opts = (
            f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c fsync=off "
            f"-c synchronous_commit=off -c full_page_writes=off -c max_connections=200 {extra_opts}"
        )
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            opts,
            "-l",
            str(self.base / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        )
        atexit.register(self.stop)
        return self

    def stop(self) -> None:
        if self.data.exists():
            try:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            except Exception:  # noqa: BLE001 - already stopped
                pass
        shutil.rmtree(self.base, ignore_errors=True)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{dbname}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(sql)

    def password_role(self, name: str, password: str, dbname: str) -> None:
        """A login role that must give ``password`` (scram-sha-256) over TCP, owning ``dbname``;
        every other role keeps trust authentication."""
        hba = self.data / "pg_hba.conf"
        line = f"host all {name} 127.0.0.1/32 scram-sha-256\n"
        text = hba.read_text()
        if line not in text:
            hba.write_text(line + text)  # first matching line wins
        self.admin(f"DO $$BEGIN CREATE ROLE {name} LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END$$")
        self.admin(f"ALTER ROLE {name} PASSWORD '{password}'")
        self.admin(f'ALTER DATABASE "{dbname}" OWNER TO {name}')
        self.admin("SELECT pg_reload_conf()")
        self._wait_for_password_rule(name, dbname)

    def _wait_for_password_rule(self, name: str, dbname: str) -> None:
        """pg_reload_conf() only signals the server: wait until it asks ``name`` for a password."""
        import time

        import psycopg

        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                psycopg.connect(
                    host="127.0.0.1", port=self.port, user=name, dbname=dbname, password="", connect_timeout=5
                ).close()
            except psycopg.OperationalError:
                return  # it asked for the password
            time.sleep(0.05)
        raise RuntimeError(f"the server did not start asking {name} for a password")

    def create_database(self) -> str:
        name = f"t{os.getpid()}_{next(_names)}"
        self.admin(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_cluster():
    bindir = find_pg_bin()
    if bindir is None:
        pytest.skip(
            "PostgreSQL server binaries (initdb, pg_ctl, postgres) are not installed; "
            "install the Debian package 'postgresql' (.ci/run does) to run these cases"
        )
    cluster = Cluster(bindir).start()
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster) -> DatabaseURL:
    """A fresh, empty database in the throw-away cluster, dropped after the test."""
    name = pg_cluster.create_database()
    yield parse(pg_cluster.url(name), source="test", data_dir=Path("."))
    pg_cluster.drop_database(name)


ENGINES = ["sqlite", "postgresql"]


@pytest.fixture(params=ENGINES)
def engine_url(request, tmp_path) -> DatabaseURL:
    """The one fixture the two-engine tests use: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return DatabaseURL("sqlite", "test", path=tmp_path / "engine.sqlite3")
    return request.getfixturevalue("pg_url")


#: the role and password of ``protected_pg_url``
PASSWORD_ROLE, ROLE_PASSWORD = "desk_pw", "s3cret-Pa55"


@pytest.fixture
def protected_pg_url(pg_cluster, tmp_path, monkeypatch) -> DatabaseURL:
    """A fresh database owned by ``PASSWORD_ROLE``, who must give ``ROLE_PASSWORD`` (scram);
    PGPASSWORD unset and PGPASSFILE pointing at nothing, so only what the test gives counts."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-pgpass"))
    name = pg_cluster.create_database()
    pg_cluster.password_role(PASSWORD_ROLE, ROLE_PASSWORD, name)
    yield parse(
        f"postgresql://{PASSWORD_ROLE}@127.0.0.1:{pg_cluster.port}/{name}",
        source="--database",
        data_dir=tmp_path,
    )
    pg_cluster.drop_database(name)
