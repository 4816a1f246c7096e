"""Child process for the kill -9 test: enqueue N notes (skipping those already stored), then
send until nothing is unsent. Prints one line per step so the parent can pick a moment to kill."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ for ledger_support

from fleetdesk.core.clock import Clock  # noqa: E402
from fleetdesk.store import outbox as ob  # noqa: E402
from fleetdesk.store.db import Store  # noqa: E402
from fleetdesk.store.dispatcher import Backoff, Dispatcher  # noqa: E402
from fleetdesk.store.lock import InstanceLock  # noqa: E402
from fleetdesk.store.schema import core_migrations  # noqa: E402
from ledger_support import LedgerHandler, add_note, notes_migrations  # noqa: E402


def main(data_dir: str, url: str, count: int) -> int:
    data = Path(data_dir)
    lock = InstanceLock(data).acquire()
    store = Store(data / "fleetdesk.sqlite3", [core_migrations, notes_migrations()])
    clock = Clock()
    dispatcher = Dispatcher(store, [LedgerHandler(url)], clock, Backoff(0.05, 0.2))
    report = dispatcher.recover()
    print(f"RECOVERED sent={len(report.sent)} queued={len(report.queued)}", flush=True)
    have = {r["text"] for r in store.read(lambda db: list(db.query("SELECT text FROM notes")))}
    for i in range(count):
        if f"n{i}" not in have:
            add_note(store, clock, f"n{i}")
            print(f"ENQUEUED {i}", flush=True)
            time.sleep(0.02)  # a person typing: gives the parent a moment to kill mid-enqueue
    while store.read(ob.unsent_total):
        for item in dispatcher.due():
            if dispatcher.send_one(item) == "sent":
                print(f"SENT {item.id}", flush=True)
        time.sleep(0.01)
    print("DONE", flush=True)
    store.close()
    lock.release()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
