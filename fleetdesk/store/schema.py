"""The foundation's own tables: the outbox, encrypted secret blobs, and small key/value state."""

from __future__ import annotations

from sqlite_utils.migrations import Migrations

core_migrations = Migrations("core")


@core_migrations(name="0001_outbox")
def _outbox(db):
    db.execute("""
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            service TEXT NOT NULL,
            kind TEXT NOT NULL,
            label TEXT NOT NULL,
            idempotency_key TEXT NOT NULL UNIQUE,
            payload TEXT NOT NULL,
            work_date TEXT,
            entity_table TEXT,
            entity_id TEXT,
            state TEXT NOT NULL CHECK (state IN
                ('queued', 'sending', 'sent', 'attention', 'discarded')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            last_error TEXT,
            last_status INTEGER,
            remote_id TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            sent_at TEXT
        )""")
    db.execute("CREATE INDEX outbox_due ON outbox (state, next_attempt_at)")
    db.execute("CREATE INDEX outbox_entity ON outbox (entity_table, entity_id)")


@core_migrations(name="0002_secret_blobs")
def _secret_blobs(db):
    db.execute(
        "CREATE TABLE secret_blobs (key TEXT PRIMARY KEY, ciphertext BLOB NOT NULL, updated_at TEXT NOT NULL)"
    )


@core_migrations(name="0003_kv")
def _kv(db):
    db.execute("CREATE TABLE kv (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@core_migrations(name="0004_outbox_needs_check")
def _needs_check(db):
    # 1 = the last send was interrupted and the server could not be asked yet: reconcile
    # before sending again, or a re-send could duplicate the submission.
    db.execute("ALTER TABLE outbox ADD COLUMN needs_check INTEGER NOT NULL DEFAULT 0")


@core_migrations(name="0005_outbox_server_wait")
def _server_wait(db):
    # 1 = next_attempt_at is a wait the server asked for (Retry-After, the Car-Pass maintenance
    # window): an explicit "Send now"/`fleetdesk sync` honours it; our own back-off it skips.
    db.execute("ALTER TABLE outbox ADD COLUMN server_wait INTEGER NOT NULL DEFAULT 0")


@core_migrations(name="0006_outbox_claims")
def _claims(db):
    # Team mode (#16, docs/team-mode.md §4, §7): who holds a send (``host:pid:random``) and until
    # when; a claim past its lease belongs to a dead process and is taken over and reconciled.
    # created_host/created_user: the workstation and OS user that queued the submission.
    db.execute("ALTER TABLE outbox ADD COLUMN claimed_by TEXT")
    db.execute("ALTER TABLE outbox ADD COLUMN lease_until TEXT")
    db.execute("ALTER TABLE outbox ADD COLUMN created_host TEXT")
    db.execute("ALTER TABLE outbox ADD COLUMN created_user TEXT")


@core_migrations(name="0007_file_blobs")
def _file_blobs(db):
    # Team mode (#16, docs/team-mode.md §6): the bytes of archived files (tachograph files, VHR
    # PDFs, uploaded documents), content-addressed by sha256, committed with their domain row.
    # Only PostgreSQL stores files here; on SQLite the table exists and stays empty.
    db.execute("""
        CREATE TABLE file_blobs (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            content BLOB NOT NULL,
            created_at TEXT NOT NULL,
            created_host TEXT,
            created_user TEXT
        )""")
