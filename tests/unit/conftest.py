"""Fixtures of the unit tests: the loopback ledger and a store with the notes migrations
(defined once in ``tests/ledger_support.py``)."""
from ledger_support import ledger, store  # noqa: F401  (re-exported as fixtures of tests/unit)
