"""The PostgreSQL engine of team mode (issue #16; the decision is docs/team-mode.md §2-3).

``PgDatabase`` offers the part of the ``sqlite_utils.Database`` surface the store modules use,
over a psycopg 3 connection, so one SQL text (``?`` placeholders, ISO text timestamps, 0/1 flags,
``ON CONFLICT … DO UPDATE``) serves both engines. Migrations are the same named sets as on
SQLite, each applied with its record in one transaction.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import psycopg
from psycopg.adapt import Dumper, Loader
from psycopg.rows import dict_row

from fleetdesk.core.dburl import DatabaseURL
from fleetdesk.core.errors import FleetDeskError

log = logging.getLogger(__name__)
MIGRATIONS_TABLE = "fleetdesk_migrations"
#: pg_advisory_lock key serialising migrations of workstations started at once ("FDmigr")
MIGRATION_LOCK_KEY = 0x46446D69677200


class DatabaseUnreachable(FleetDeskError):
    """The PostgreSQL server could not be reached or refused this workstation."""


# -- connecting ---------------------------------------------------------------------------
def connect(url: DatabaseURL, password: str | None = None, *, autocommit: bool = True) -> psycopg.Connection:
    """A connection with FleetDesk's type rules; ``DatabaseUnreachable`` in plain words."""
    kwargs: dict[str, Any] = dict(url.conninfo_kwargs(password))
    kwargs.setdefault("connect_timeout", "10")
    kwargs.setdefault("application_name", "FleetDesk")
    try:
        conn = psycopg.connect(autocommit=autocommit, **kwargs)
    except psycopg.Error as exc:
        raise DatabaseUnreachable(explain_connect_error(url, exc)) from None
    _configure_types(conn)
    return conn


def explain_connect_error(url: DatabaseURL, exc: Exception) -> str:
    detail = str(exc).strip()
    low = detail.lower()
    where = f"the FleetDesk database server at {url.host}:{url.port}"
    if "password authentication failed" in low or "no password supplied" in low or "fe_sendauth" in low:
        why = (
            f"it did not accept the password of {url.user!r}. Store the password in the "
            f"keyring (Settings, Database) or in PGPASSWORD / PGPASSFILE"
        )
        return f"Cannot sign in to {where}: {why}."
    if "does not exist" in low and "database" in low:
        return (
            f"{where} has no database {url.dbname!r}. Ask the administrator to create it "
            f"(createdb {url.dbname}) or correct the URL."
        )
    if "role" in low and "does not exist" in low:
        return f"{where} has no user {url.user!r}. Correct the URL or ask the administrator."
    if "pg_hba.conf" in low or "no pg_hba" in low:
        return (
            f"{where} does not allow this workstation to connect as {url.user!r} "
            f"(pg_hba.conf). Ask the administrator."
        )
    tls = _explain_tls_error(url, detail, where)
    if tls:
        return tls
    if "ssl" in low or "certificate" in low or "tls" in low:
        first = detail.splitlines()[0] if detail else type(exc).__name__
        return (
            f"The secure connection to {where} failed ({first}). Check sslmode and the "
            f"certificates named in the database URL."
        )
    if "refused" in low:
        why = "connection refused"
    elif "translate host name" in low or "name or service not known" in low or "nodename nor servname" in low:
        why = f"the server name {url.host!r} is unknown"
    elif "timeout" in low or "timed out" in low:
        why = "no answer in time"
    else:
        why = detail.splitlines()[0] if detail else type(exc).__name__
    return (
        f"Cannot reach {where}: {why}. Check that the server runs and that this workstation "
        f"may connect (network, firewall, VPN)."
    )


_CERT_NAME = re.compile(r'server certificate for "([^"]+)".*does not match host name "([^"]+)"')


def _explain_tls_error(url: DatabaseURL, detail: str, where: str) -> str | None:
    """The usual TLS failures of ``sslmode=verify-ca/verify-full`` in one sentence, or None."""
    low = detail.lower()
    root = url.params.get("sslrootcert") or "~/.postgresql/root.crt"
    name = _CERT_NAME.search(detail)
    if name:
        cert_host = name.group(1)
        return (
            f"The certificate of {where} is for {cert_host!r}, not {url.host!r}, so FleetDesk did not "
            f"connect: name the server as its certificate does in the database URL "
            f"(postgresql://{url.user}@{cert_host}:{url.port}/{url.dbname}) or ask the administrator."
        )
    if "certificate verify failed" in low:
        return (
            f"The certificate of {where} is not signed by the certificate authority in {root}, so "
            f"FleetDesk did not connect: check sslrootcert in the database URL (the server's CA "
            f"certificate, from the administrator)."
        )
    if "root certificate file" in low and "does not exist" in low:
        return (
            f"sslmode={url.params.get('sslmode', '')} checks the certificate of {where} but there is "
            f"no certificate authority file {root}: name it with sslrootcert=FILE in the database "
            f"URL, or sslrootcert=system to use this computer's trusted authorities."
        )
    if "server does not support ssl" in low:
        return (
            f"{where[0].upper()}{where[1:]} does not offer TLS, but the database URL asks for "
            f"sslmode={url.params.get('sslmode', '')}: ask the administrator to turn on ssl."
        )
    return None


class _BoolAsInt(Dumper):
    """True/False into the 0/1 INTEGER flag columns both engines share."""

    oid = psycopg.adapters.types["int8"].oid

    def dump(self, obj):
        return b"1" if obj else b"0"


class _NumericLoader(Loader):
    """SUM/AVG answer NUMERIC: integral values as int (as SQLite), others as float."""

    def load(self, data):
        value = Decimal(bytes(data).decode())
        return int(value) if value == value.to_integral_value() else float(value)


def _configure_types(conn: psycopg.Connection) -> None:
    conn.adapters.register_dumper(bool, _BoolAsInt)
    conn.adapters.register_loader("numeric", _NumericLoader)


# -- SQL translation ----------------------------------------------------------------------
def to_pg(sql: str) -> str:
    """``?`` placeholders become ``%s``, a literal ``%`` becomes ``%%`` (outside quotes only)."""
    out: list[str] = []
    quote: str | None = None
    for ch in sql:
        if quote:
            if ch == quote:
                quote = None
            out.append("%%" if ch == "%" else ch)
        elif ch in ("'", '"'):
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        else:
            out.append(ch)
    return "".join(out)


_DDL = re.compile(r"^\s*(CREATE\s+TABLE|ALTER\s+TABLE)\b", re.IGNORECASE)
_TYPE_RULES = [
    (
        re.compile(r"\bINTEGER\s+PRIMARY\s+KEY\b(\s+AUTOINCREMENT\b)?", re.IGNORECASE),
        "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
    ),
    (re.compile(r"\bINTEGER\b", re.IGNORECASE), "BIGINT"),
    (re.compile(r"\bREAL\b", re.IGNORECASE), "DOUBLE PRECISION"),
    (re.compile(r"\bBLOB\b", re.IGNORECASE), "BYTEA"),
    (re.compile(r"\)\s*WITHOUT\s+ROWID\s*$", re.IGNORECASE), ")"),  # a SQLite storage hint
]


def translate_ddl(sql: str) -> str:
    """SQLite column types in CREATE/ALTER TABLE into their PostgreSQL equivalents."""
    if not _DDL.match(sql):
        return sql
    for pattern, replacement in _TYPE_RULES:
        sql = pattern.sub(replacement, sql)
    return sql


_WRITES = re.compile(r"^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+\"?([A-Za-z_][\w]*)", re.IGNORECASE)


# -- the database facade ------------------------------------------------------------------
class PgDatabase:
    """The ``sqlite_utils.Database`` surface FleetDesk's store modules use, on PostgreSQL."""

    engine = "postgresql"

    def __init__(self, conn: psycopg.Connection):
        self.pg = conn  # psycopg's own connection (%s placeholders)
        self.conn = SqliteStyleConnection(self)
        self.touched: set[str] = set()  # tables written in the current transaction
        self._ddl = False

    def _note_write(self, sql: str) -> None:
        match = _WRITES.match(sql)
        if match:
            self.touched.add(match.group(1).lower())

    def execute(self, sql: str, params: Iterable[Any] | None = None) -> psycopg.Cursor:
        if self._ddl:
            sql = translate_ddl(sql)
        self._note_write(sql)
        cur = self.pg.execute(to_pg(sql), list(params) if params is not None else [])
        self.conn.total_changes += max(cur.rowcount, 0)
        return cur

    def executemany(self, sql: str, rows: Iterable[Iterable[Any]]) -> psycopg.Cursor:
        self._note_write(sql)
        cur = self.pg.cursor()
        cur.executemany(to_pg(sql), [list(r) for r in rows])
        self.conn.total_changes += max(cur.rowcount, 0)
        return cur

    def query(self, sql: str, params: Iterable[Any] | None = None) -> Iterator[dict]:
        cur = self.pg.cursor(row_factory=dict_row)
        cur.execute(to_pg(sql), list(params) if params is not None else [])
        yield from cur.fetchall()

    def executescript(self, script: str) -> None:
        raise NotImplementedError("executescript() is SQLite-only; run one statement at a time")

    @contextmanager
    def atomic(self):
        with self.pg.transaction():
            yield

    @contextmanager
    def ddl(self):
        """Within this block CREATE/ALTER TABLE get PostgreSQL column types (migrations)."""
        self._ddl = True
        try:
            yield
        finally:
            self._ddl = False

    def table_names(self) -> list[str]:
        return [
            r[0]
            for r in self.pg.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
            ).fetchall()
        ]

    def table(self, name: str) -> PgTable:
        return PgTable(self, name)

    def __getitem__(self, name: str) -> PgTable:
        return PgTable(self, name)

    def __getattr__(self, name: str):
        raise NotImplementedError(
            f"Database.{name} is not available on PostgreSQL yet; write the "
            f"SQL both engines accept (docs/team-mode.md §2)"
        )


class SqliteStyleConnection:
    """``db.conn`` on PostgreSQL: the sqlite3-connection calls store modules make (``execute``,
    ``executemany`` with ``?`` placeholders, ``total_changes``); anything else is psycopg's."""

    def __init__(self, db: PgDatabase):
        self._db = db
        self.total_changes = 0

    def execute(self, sql: str, params: Iterable[Any] | None = None) -> psycopg.Cursor:
        return self._db.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Iterable[Any]]) -> psycopg.Cursor:
        return self._db.executemany(sql, rows)

    def __getattr__(self, name: str):
        return getattr(self._db.pg, name)


class PgTable:
    """``db[name]``: insert (with ``last_pk``), get by primary key, count, exists."""

    def __init__(self, db: PgDatabase, name: str):
        if not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise ValueError(f"not a table name: {name!r}")
        self.db, self.name = db, name
        self.last_pk: Any = None

    def exists(self) -> bool:
        return self.name in self.db.table_names()

    @property
    def count(self) -> int:
        row = self.db.execute(f'SELECT COUNT(*) FROM "{self.name}"').fetchone()
        return int(row[0]) if row else 0

    def pks(self) -> list[str]:
        rows = self.db.execute(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
            "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = CAST(? AS regclass) "
            "AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)",
            [self.name],
        ).fetchall()
        return [r[0] for r in rows]

    def upsert(self, record: dict[str, Any], *, pk: str | Sequence[str]) -> PgTable:
        """Insert ``record`` or update the columns it names in the row with the same ``pk``."""
        from fleetdesk.store.sql import upsert

        key = (pk,) if isinstance(pk, str) else tuple(pk)
        for name in list(record) + list(key):
            if not re.fullmatch(r"[A-Za-z_]\w*", name):
                raise ValueError(f"not a column name: {name!r}")
        self.db.execute(upsert(self.name, list(record), key), list(record.values()))
        return self

    def update(self, pk_values: Any, updates: dict[str, Any] | None = None) -> PgTable:
        """Set ``updates`` in the row whose primary key is ``pk_values`` (a value or a tuple)."""
        keys = self.pks()
        values = list(pk_values) if isinstance(pk_values, (list, tuple)) else [pk_values]
        if len(values) != len(keys):
            raise ValueError(f"{self.name} has the primary key {keys}, not {len(values)} value(s)")
        updates = dict(updates or {})
        self.last_pk = pk_values
        if not updates:
            return self
        for name in updates:
            if not re.fullmatch(r"[A-Za-z_]\w*", name):
                raise ValueError(f"not a column name: {name!r}")
        sets = ", ".join(f'"{c}" = ?' for c in updates)
        where = " AND ".join(f'"{k}" = ?' for k in keys)
        cur = self.db.execute(f'UPDATE "{self.name}" SET {sets} WHERE {where}', [*updates.values(), *values])
        if cur.rowcount == 0:
            raise LookupError(f"no row with {dict(zip(keys, values, strict=True))} in {self.name}")
        return self

    def insert(self, record: dict[str, Any], **options) -> PgTable:
        if options:
            raise NotImplementedError(f"Table.insert options {sorted(options)} are SQLite-only")
        cols = list(record)
        names = ", ".join(f'"{c}"' for c in cols)
        marks = ", ".join("?" for _ in cols)
        sql = (
            f'INSERT INTO "{self.name}" ({names}) VALUES ({marks}) RETURNING *'
            if cols
            else f'INSERT INTO "{self.name}" DEFAULT VALUES RETURNING *'
        )
        cur = self.db.pg.cursor(row_factory=dict_row)
        self.db.touched.add(self.name.lower())
        cur.execute(to_pg(sql), [record[c] for c in cols])
        row = cur.fetchone()
        if row is None:  # INSERT … RETURNING * always returns the row it wrote
            raise RuntimeError(f"INSERT INTO {self.name} returned no row")
        pks = self.pks()
        self.last_pk = row[pks[0]] if len(pks) == 1 else tuple(row[p] for p in pks)
        return self

    def get(self, pk: Any) -> dict:
        pks = self.pks()
        values = list(pk) if isinstance(pk, (tuple, list)) else [pk]
        where = " AND ".join(f'"{p}" = ?' for p in pks)
        rows = list(self.db.query(f'SELECT * FROM "{self.name}" WHERE {where}', values))
        if not rows:
            from sqlite_utils.db import NotFoundError

            raise NotFoundError(f"no row {pk!r} in {self.name}")
        return rows[0]

    def __getattr__(self, name: str):
        raise NotImplementedError(
            f"Table.{name} is not available on PostgreSQL yet; write the "
            f"SQL both engines accept (docs/team-mode.md §2)"
        )


# -- migrations ---------------------------------------------------------------------------
def migrate(db: PgDatabase, sets: Iterable) -> list[str]:
    """Apply the pending migrations of each named set, each with its record in one transaction.

    Workstations started at once queue on an advisory lock; the pending list is read after
    taking it, so every migration runs exactly once.
    """
    sets = list(sets)
    db.execute("SELECT pg_advisory_lock(?)", [MIGRATION_LOCK_KEY])
    try:
        db.execute(
            f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} (migration_set TEXT NOT NULL, "
            "name TEXT NOT NULL, applied_at TEXT NOT NULL, "
            "PRIMARY KEY (migration_set, name))"
        )
        applied: list[str] = []
        for mset in sets:
            done = {
                r[0]
                for r in db.execute(
                    f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ?", [mset.name]
                ).fetchall()
            }
            for migration in _migrations_of(mset):
                if migration.name in done:
                    continue
                stamp = datetime.now(UTC).isoformat()
                if getattr(migration, "transactional", True):
                    with db.atomic(), db.ddl():
                        migration.fn(db)
                        _record(db, mset.name, migration.name, stamp)
                else:
                    with db.ddl():
                        migration.fn(db)
                    _record(db, mset.name, migration.name, stamp)
                applied.append(f"{mset.name}.{migration.name}")
        if applied:
            log.info("applied migrations on PostgreSQL: %s", applied)
        return applied
    finally:
        db.execute("SELECT pg_advisory_unlock(?)", [MIGRATION_LOCK_KEY])


def applied_migrations(db: PgDatabase) -> list[tuple[str, str]]:
    if MIGRATIONS_TABLE not in db.table_names():
        return []
    return [
        tuple(r)
        for r in db.execute(
            f"SELECT migration_set, name FROM {MIGRATIONS_TABLE} ORDER BY applied_at, name"
        ).fetchall()
    ]


def _record(db: PgDatabase, set_name: str, name: str, stamp: str) -> None:
    db.execute(
        f"INSERT INTO {MIGRATIONS_TABLE} (migration_set, name, applied_at) VALUES (?, ?, ?)",
        [set_name, name, stamp],
    )


def _migrations_of(mset) -> list:
    """The registered migrations of a sqlite-utils ``Migrations`` set, in order."""
    return list(mset._migrations)
