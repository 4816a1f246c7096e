"""A sentinel secret never appears in the database file, its WAL, the settings or the logs."""

from __future__ import annotations

import logging

from fleetdesk.core.errors import Offline
from fleetdesk.core.redact import register_secret
from fleetdesk.core.secrets import MemoryKeyring, SecretStore
from fleetdesk.runtime import Runtime
from fleetdesk.store import outbox as ob
from fleetdesk.store.blobs import StoreBlobs

SENTINEL = "Zx9-SENTINEL-7f3a9c1e"


class LeakyHandler(ob.OutboxHandler):
    """Fails with an error message that quotes a URL with a token in its path."""

    kind, service = "leaky.item", "ctrack"

    def send(self, item):
        raise Offline(
            f"GET https://example.test/REST/Vehicles/{SENTINEL}/GetVehicles timed out "
            f"(Authorization: Bearer {SENTINEL})"
        )


def test_sentinel_secret_stays_out_of_files_at_rest_and_logs(config, fake_clock, caplog):
    caplog.set_level(logging.DEBUG)
    rt = Runtime(config, clock=fake_clock, integrations=[])
    rt.dispatcher.handlers[LeakyHandler.kind] = LeakyHandler()
    secrets = SecretStore(backend=MemoryKeyring(), blob_store=StoreBlobs(rt.store, fake_clock))
    long_token = SENTINEL + "x" * 3000  # too long for a Windows credential: goes to the store
    secrets.set("thg", "refresh_token", long_token)
    secrets.set("carpass", "password", SENTINEL)
    register_secret(SENTINEL)
    assert secrets.get("thg", "refresh_token") == long_token
    rt.store.write(
        lambda db: ob.enqueue(
            db, service="ctrack", kind=LeakyHandler.kind, payload={}, label="leaky", clock=fake_clock
        )
    )
    rt.dispatcher.run_once()
    item = rt.store.read(lambda db: ob.items(db))[0]
    assert item.state == "queued" and "***" in item.last_error
    logging.getLogger("fleetdesk.test").warning("token %s in a log line", SENTINEL)
    assert (config.data_dir / "fleetdesk.sqlite3-wal").exists()
    assert_no_sentinel_in(config.data_dir)  # database + WAL while open
    rt.close()
    assert_no_sentinel_in(config.data_dir)  # and after the checkpoint at close

    from fleetdesk.core.redact import RedactingFilter

    filt = RedactingFilter()
    for record in caplog.records:
        filt.filter(record)
        assert SENTINEL not in record.getMessage()


def assert_no_sentinel_in(folder) -> None:
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert files
    for path in files:
        assert SENTINEL.encode() not in path.read_bytes(), f"sentinel found in {path.name}"
        assert SENTINEL.encode("utf-16-le") not in path.read_bytes(), f"sentinel found in {path.name}"
