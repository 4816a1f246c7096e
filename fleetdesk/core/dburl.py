"""Which database a FleetDesk process uses (issue #16, docs/team-mode.md §1).

``--database URL`` > ``FLEETDESK_DATABASE_URL`` > the ``database.url`` setting > the SQLite file
in the data folder. Allowed: ``sqlite:///PATH`` and ``postgresql://USER@HOST[:PORT]/DB[?k=v…]``.
Passwords never come from a URL: the keyring (service ``database``) or libpq's own
``PGPASSWORD`` / ``PGPASSFILE`` supply them. Query parameters (``sslmode=verify-full``,
``sslrootcert``, ``connect_timeout``, …) go to libpq unchanged.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from fleetdesk.core.errors import BadInput

SQLITE, POSTGRESQL = "sqlite", "postgresql"
ENV_VAR = "FLEETDESK_DATABASE_URL"
SETTING = "database.url"
CLI_FIELD = "--database"
#: the keyring service that holds database passwords (account: ``user@host:port/db``)
SECRET_SERVICE = "database"
ALLOWED = (
    "sqlite:///PATH (a file; relative paths are inside the data folder) or "
    "postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=verify-full&…] "
    "(the password comes from the keyring or PGPASSWORD/PGPASSFILE, never from the URL)"
)
#: libpq connection parameters a URL may carry (https://www.postgresql.org/docs/15/libpq-connect.html)
LIBPQ_PARAMS = frozenset(
    {
        "sslmode",
        "sslrootcert",
        "sslcert",
        "sslkey",
        "sslcrl",
        "sslcrldir",
        "sslpassword",
        "sslcompression",
        "sslsni",
        "ssl_min_protocol_version",
        "ssl_max_protocol_version",
        "connect_timeout",
        "application_name",
        "target_session_attrs",
        "options",
        "keepalives",
        "keepalives_idle",
        "keepalives_interval",
        "keepalives_count",
        "tcp_user_timeout",
        "gssencmode",
        "krbsrvname",
        "requirepeer",
        "channel_binding",
        "passfile",
        "service",
    }
)


@dataclass(frozen=True)
class DatabaseURL:
    engine: str
    source: str  # which field named it (for messages)
    path: Path | None = None  # SQLite
    user: str | None = None  # PostgreSQL
    host: str | None = None
    port: int = 5432
    dbname: str | None = None
    params: dict[str, str] = field(default_factory=dict)

    @property
    def is_sqlite(self) -> bool:
        return self.engine == SQLITE

    @property
    def account(self) -> str:
        """The keyring account of this server's password: ``user@host:port/db``."""
        return f"{self.user}@{self.host}:{self.port}/{self.dbname}"

    def display(self) -> str:
        """The URL without secrets, for messages and logs."""
        if self.is_sqlite:
            return f"sqlite:///{self.path}"
        shown = {k: v for k, v in self.params.items() if k != "sslpassword"}
        query = "&".join(f"{k}={v}" for k, v in sorted(shown.items()))
        return f"postgresql://{self.account}" + (f"?{query}" if query else "")

    def conninfo_kwargs(self, password: str | None = None) -> dict[str, str]:
        """Keyword arguments for ``psycopg.connect``; libpq reads PGPASSWORD/PGPASSFILE itself."""
        kwargs = {
            "host": self.host,
            "port": str(self.port),
            "user": self.user,
            "dbname": self.dbname,
            **self.params,
        }
        if password:
            kwargs["password"] = password
        return {k: v for k, v in kwargs.items() if v is not None}


def resolve(
    cli_value: str | None, environ: dict[str, str], setting: str | None, data_dir: Path
) -> DatabaseURL:
    """The database this process uses, from the first of the three places that names one."""
    for value, source in ((cli_value, CLI_FIELD), (environ.get(ENV_VAR), ENV_VAR), (setting, SETTING)):
        if value is not None and str(value).strip():
            return parse(str(value).strip(), source=source, data_dir=data_dir)
    return DatabaseURL(SQLITE, "default", path=Path(data_dir) / "fleetdesk.sqlite3")


def parse(text: str, *, source: str, data_dir: Path) -> DatabaseURL:
    """Parse ``text``; ``BadInput`` names ``source`` and says what is allowed."""
    if not isinstance(text, str):
        raise BadInput(source, f"must be a text URL: {ALLOWED}")
    scheme, sep, rest = text.partition("://")
    scheme = scheme.lower()
    if not sep:
        raise BadInput(source, f"{text!r} is not a database URL; allowed: {ALLOWED}")
    if scheme == "sqlite":
        return _parse_sqlite(text, rest, source=source, data_dir=data_dir)
    if scheme not in ("postgresql", "postgres"):
        raise BadInput(source, f"the database kind {scheme!r} is not supported; allowed: {ALLOWED}")
    return _parse_postgresql(text, source=source)


def _parse_sqlite(text: str, rest: str, *, source: str, data_dir: Path) -> DatabaseURL:
    """sqlite:///PATH; ``rest`` is what follows '://'. A relative PATH is in ``data_dir``."""
    if not rest.startswith("/") or rest == "/":
        raise BadInput(source, f"a SQLite URL is sqlite:///PATH (three slashes, then the file); got {text!r}")
    raw = unquote(rest[1:].split("?", 1)[0])
    path = Path(raw).expanduser()
    if not path.is_absolute():
        path = Path(data_dir) / path
    if path.is_dir():
        raise BadInput(
            source,
            f"{path} is a folder; name the database file in it, e.g. sqlite:///{path / 'fleetdesk.sqlite3'}",
        )
    return DatabaseURL(SQLITE, source, path=path)


def _parse_postgresql(text: str, *, source: str) -> DatabaseURL:
    """postgresql://[USER@]HOST[:PORT]/DBNAME[?libpq parameters]; never a password."""
    try:
        parts = urlsplit(text)
        port = parts.port or 5432
    except ValueError as exc:
        raise BadInput(
            source, f"{_without_password(text)} is not a valid URL ({exc}); allowed: {ALLOWED}"
        ) from None
    if parts.password is not None:
        raise BadInput(
            source,
            "do not put the password in the database URL (it would be saved "
            "or shown); store it in the keyring (service 'FleetDesk/database', "
            "account USER@HOST:PORT/DB) or use PGPASSWORD / PGPASSFILE",
        )
    if not parts.hostname:
        raise BadInput(source, f"the URL names no server: {ALLOWED}")
    dbname = unquote(parts.path.lstrip("/"))
    if not dbname or "/" in dbname:
        raise BadInput(
            source,
            f"the URL must name one database after the server, e.g. "
            f"postgresql://{parts.username or 'fleetdesk'}@{parts.hostname}:"
            f"{port}/fleetdesk",
        )
    user = unquote(parts.username) if parts.username else (os.environ.get("PGUSER") or _os_user())
    return DatabaseURL(
        POSTGRESQL,
        source,
        user=user,
        host=parts.hostname,
        port=port,
        dbname=dbname,
        params=_libpq_params(parts.query, source=source),
    )


def _libpq_params(query: str, *, source: str) -> dict[str, str]:
    """The URL's query as libpq connection parameters; a password or unknown key is refused."""
    params: dict[str, str] = {}
    for key, value in parse_qsl(query, keep_blank_values=True):
        if key == "password":
            raise BadInput(
                source,
                "do not put the password in the database URL; store it in "
                "the keyring or use PGPASSWORD / PGPASSFILE",
            )
        if key not in LIBPQ_PARAMS:
            raise BadInput(
                source, f"unknown connection parameter {key!r}; allowed: {', '.join(sorted(LIBPQ_PARAMS))}"
            )
        params[key] = value
    if "sslmode" in params and params["sslmode"] not in (
        "disable",
        "allow",
        "prefer",
        "require",
        "verify-ca",
        "verify-full",
    ):
        raise BadInput(
            source,
            f"sslmode {params['sslmode']!r} is not one of disable, allow, "
            f"prefer, require, verify-ca, verify-full",
        )
    return params


def _without_password(text: str) -> str:
    scheme, _, rest = text.partition("://")
    creds, at, host = rest.rpartition("@")
    if at and ":" in creds:
        return f"{scheme}://{creds.split(':', 1)[0]}:***@{host}"
    return text


def _os_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (containers): libpq's default then
        return "fleetdesk"
