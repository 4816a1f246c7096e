"""Fixtures of the unit tests, defined once in the support modules beside tests/ and re-exported
here (a test module that imports a fixture and then takes it as a parameter shadows the import:
ruff F811): the loopback ledger and a store with the notes migrations (``ledger_support``), the
throw-away PostgreSQL cluster and the engine URLs (``pg_support``)."""

from ledger_support import ledger, store  # noqa: F401  (fixtures)
from pg_support import engine_url, pg_cluster, pg_url  # noqa: F401  (fixtures)
