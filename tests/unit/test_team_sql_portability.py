"""Team mode (#16): SQL that only SQLite accepted, found by the README's team demo (the
Tachographs and Fleet clearance tabs failed to load on PostgreSQL), now run on both engines."""

from __future__ import annotations

from datetime import date

from fleetdesk.store.engine import open_store
from fleetdesk.store.schema import core_migrations
from fleetdesk.tachoshare import store as ts


def _file(db, n, subject, period_to, kind="vu"):
    return ts.add_file(
        db,
        kind=kind,
        subject=subject,
        path=f"p/{n}",
        filename=f"f{n}",
        period_to=period_to,
        size=1,
        sha256=f"{n:064d}",
        fmt="ddd",
        archived_at="2026-11-23T09:00:00Z",
    )


def test_last_downloads_on_both_engines(engine_url):
    """It used SQLite's date(x, '-1 day'), which PostgreSQL does not have."""
    store = open_store(engine_url, [core_migrations, ts.migrations])
    try:

        def tx(db):
            _file(db, 1, "vu:A", "2026-11-20T00:00:00Z")  # no header facts: the day before period_to
            _file(db, 2, "vu:A", "2026-11-10T00:00:00Z")
            parsed = _file(db, 3, "card:B", "2026-11-23T09:00:00Z", kind="card")
            db.execute(
                "INSERT INTO tacho_file_facts (file_id, parsed_at, last_card_download) VALUES (?, ?, ?)",
                [parsed, "2026-11-23T09:00:00Z", "2026-11-21T08:00:00Z"],
            )
            _file(db, 4, "card:B", None, kind="card")

        store.write(tx)
        assert store.read(ts.last_downloads) == {"vu:A": date(2026, 11, 19), "card:B": date(2026, 11, 21)}
    finally:
        store.close()


def test_the_fleet_clearance_signature_on_both_engines(engine_url):
    """It used SQLite's IFNULL, which PostgreSQL does not have: the Fleet clearance tab failed."""
    from fleetdesk.highmobility import schema
    from fleetdesk.highmobility import store as hs

    store = open_store(engine_url, [core_migrations, schema.migrations])
    try:
        assert store.read(hs.signature) == ("0/", 0, "0/", 0, 0, "0/")
    finally:
        store.close()
