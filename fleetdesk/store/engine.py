"""Open the store the configured database names: the SQLite file or the team's PostgreSQL.

The PostgreSQL password (docs/team-mode.md §1): the OS keyring (service ``database``, account
``user@host:port/db``), else libpq's own ``PGPASSWORD`` / ``PGPASSFILE`` (``~/.pgpass``); never
``settings.json``. Only the OS keyring holds it: the other fallbacks of ``core.secrets`` cannot
(the encrypted store is *in* the database this password opens; a session-only secret would be
gone at the next start, which is when the store is opened), so storing it there is refused with
a sentence pointing to ``PGPASSFILE``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from fleetdesk.core.dburl import SECRET_SERVICE, DatabaseURL
from fleetdesk.core.errors import BadInput

PASSWORD_FIELD = "Database password"
NO_KEYRING = (
    "there is no system keyring on this computer to keep the database password in (FleetDesk "
    "opens the database before anything else, so it cannot keep it in the database); put it "
    "in a password file instead: a line HOST:PORT:DATABASE:USER:PASSWORD in ~/.pgpass (mode "
    "0600) or in the file PGPASSFILE names"
)


def open_store(url: DatabaseURL, migrations: Iterable = (), *, secrets=None):
    """A ``Store`` (SQLite) or ``PgStore`` (PostgreSQL) with ``migrations`` applied.

    The PostgreSQL password comes from the keyring (service ``database``, account
    ``user@host:port/db``) when it holds one, else libpq reads PGPASSWORD / PGPASSFILE itself.
    """
    if url.is_sqlite:
        from fleetdesk.store.db import Store

        if url.path is None:  # dburl.parse always gives a sqlite URL its path
            raise BadInput(url.source, "a sqlite:/// URL needs the path of the database file")
        return Store(url.path, migrations)
    from fleetdesk.store.pgstore import PgStore

    return PgStore(url, migrations, password=server_password(url, secrets))


def server_password(url: DatabaseURL, secrets) -> str | None:
    """The keyring's password for this server, unless PGPASSWORD is set (an unattended run
    names it explicitly); None lets libpq use PGPASSWORD / PGPASSFILE (~/.pgpass)."""
    if secrets is None or os.environ.get("PGPASSWORD"):
        return None
    if getattr(secrets, "state", "keyring") != "keyring":
        return None  # only the OS keyring holds database passwords (see the module text)
    return secrets.get(SECRET_SERVICE, url.account)


def save_server_password(url: DatabaseURL, secrets, password: str) -> None:
    """Keep ``password`` for ``url`` in the OS keyring; an empty one removes it. Blocking.

    ``BadInput`` (naming the field) when there is no usable OS keyring: see the module text.
    """
    if url.is_sqlite:
        raise BadInput(PASSWORD_FIELD, "a SQLite file has no password; it is only for postgresql:// URLs")
    if not password:
        secrets.delete(SECRET_SERVICE, url.account)
        return
    if secrets.state != "keyring":
        raise BadInput(PASSWORD_FIELD, NO_KEYRING)
    secrets.set(SECRET_SERVICE, url.account, password)
    if secrets.state != "keyring":  # the keyring failed while storing it: do not keep it elsewhere
        secrets.delete(SECRET_SERVICE, url.account)
        raise BadInput(PASSWORD_FIELD, NO_KEYRING)


def check_server(url: DatabaseURL, secrets) -> str:
    """Connect to ``url`` once as the store would; one sentence saying it worked. Blocking.

    ``DatabaseUnreachable`` says in plain words why it did not."""
    if url.is_sqlite:
        return f"{url.display()} is a file on this workstation; nothing to connect to."
    from fleetdesk.store import pg

    conn = pg.connect(url, server_password(url, secrets))
    try:
        row = conn.execute("SHOW server_version").fetchone()
        version = row[0] if row else "?"
        tls = conn.pgconn.ssl_in_use
    finally:
        conn.close()
    return f"Connected to {url.display()} (PostgreSQL {version.split()[0]}" + (
        ", encrypted with TLS)." if tls else ", not encrypted)."
    )
