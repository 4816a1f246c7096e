"""Child process for the team-mode kill -9 test (#16): one workstation's dispatcher on the shared
PostgreSQL outbox. Sends until nothing is unsent (taking over dead claims after their lease);
prints one line per item it sent so the parent can pick a moment to kill it."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ for ledger_support

from fleetdesk.core.clock import Clock  # noqa: E402
from fleetdesk.core.dburl import parse  # noqa: E402
from fleetdesk.store import outbox as ob  # noqa: E402
from fleetdesk.store.dispatcher import Backoff, Dispatcher  # noqa: E402
from fleetdesk.store.engine import open_store  # noqa: E402
from fleetdesk.store.schema import core_migrations  # noqa: E402
from ledger_support import LedgerHandler, notes_migrations  # noqa: E402


def main(database: str, url: str, lease: float) -> int:
    store = open_store(
        parse(database, source="test", data_dir=Path(".")), [core_migrations, notes_migrations()]
    )
    dispatcher = Dispatcher(store, [LedgerHandler(url)], Clock(), Backoff(0.05, 0.2), lease_seconds=lease)
    print(f"READY {dispatcher.owner}", flush=True)
    while store.read(ob.unsent_total):
        report = dispatcher.run_once(limit=10)
        for item_id in report.sent:
            print(f"SENT {item_id}", flush=True)
        if not report.sent:
            time.sleep(0.05)  # the rest is claimed by others (or a dead claim's lease runs)
    print("DONE", flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], float(sys.argv[3])))
