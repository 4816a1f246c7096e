"""Open the store the configured database names: the SQLite file or the team's PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterable

from fleetdesk.core.dburl import SECRET_SERVICE, DatabaseURL


def open_store(url: DatabaseURL, migrations: Iterable = (), *, secrets=None):
    """A ``Store`` (SQLite) or ``PgStore`` (PostgreSQL) with ``migrations`` applied.

    The PostgreSQL password comes from the keyring (service ``database``, account
    ``user@host:port/db``) when it holds one, else libpq reads PGPASSWORD / PGPASSFILE itself.
    """
    if url.is_sqlite:
        from fleetdesk.store.db import Store

        return Store(url.path, migrations)
    from fleetdesk.store.pgstore import PgStore

    return PgStore(url, migrations, password=server_password(url, secrets))


def server_password(url: DatabaseURL, secrets) -> str | None:
    """The keyring's password for this server, unless PGPASSWORD is set (an unattended run
    names it explicitly); None lets libpq use PGPASSWORD / PGPASSFILE (~/.pgpass)."""
    if secrets is None or os.environ.get("PGPASSWORD"):
        return None
    return secrets.get(SECRET_SERVICE, url.account)
