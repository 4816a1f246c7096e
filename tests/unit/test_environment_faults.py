"""What users leave behind never stops FleetDesk with a traceback (issue 19): a broken
settings.json, a damaged database (also a garbage header), a data folder that is a file or not
writable, a full disk, and unexpected errors (one line + the log file; --debug prints it)."""

from __future__ import annotations

import errno
import hashlib
import json
import sqlite3
import tempfile

import pytest

from fleetdesk import cli
from fleetdesk.cli import main
from fleetdesk.core.config import Config, DataDirUnusable, Settings, SettingsNotSaved
from fleetdesk.store.db import DatabaseDamaged, Store, backups_of, restore_backup


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- settings.json ---------------------------------------------------------------------------
@pytest.mark.parametrize("content", [b"{bad", b"[1, 2]", b"\xff\xfe\x00garbage", b""])
def test_unreadable_settings_are_moved_aside_and_defaults_used(tmp_path, content):
    (tmp_path / "settings.json").write_bytes(content)
    config = Config.load(tmp_path)
    assert config.settings.as_dict() == {}
    [aside] = tmp_path.glob("settings.json.broken-*")
    assert aside.read_bytes() == content  # nothing of the user's is deleted
    assert len(config.notices) == 1 and aside.name in config.notices[0]
    assert Config.load(tmp_path).notices == []  # said once


def test_cli_starts_on_defaults_and_says_so_once_on_stderr(tmp_path, capsys):
    (tmp_path / "settings.json").write_text("{ hand edit", "utf-8")
    assert main(["--data-dir", str(tmp_path), "carpass", "list"]) == 0
    err = capsys.readouterr().err
    assert err.count("settings.json.broken-") == 1 and "Traceback" not in err
    assert main(["--data-dir", str(tmp_path), "carpass", "list"]) == 0
    assert "broken" not in capsys.readouterr().err


def test_a_full_disk_keeps_the_old_settings_and_leaves_no_temporary_file(tmp_path, monkeypatch):
    settings = Settings(tmp_path / "settings.json")
    settings.set("ui.language", "nl")
    before = (tmp_path / "settings.json").read_bytes()

    def no_space(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("fleetdesk.core.config.os.fsync", no_space)
    with pytest.raises(SettingsNotSaved) as caught:
        settings.set("ui.language", "fr")
    assert str(tmp_path / "settings.json") in str(caught.value) and "space" in str(caught.value)
    assert (tmp_path / "settings.json").read_bytes() == before
    assert settings.get("ui.language") == "nl"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


# -- the data folder -------------------------------------------------------------------------
def test_a_data_dir_that_is_a_file_is_a_plain_error(tmp_path, capsys):
    target = tmp_path / "data"
    target.write_text("not a folder")
    with pytest.raises(DataDirUnusable, match="is a file"):
        Config.load(target)
    assert main(["--data-dir", str(target), "carpass", "list"]) == 1
    err = capsys.readouterr().err
    assert str(target) in err and "Traceback" not in err and "unexpected" not in err
    assert target.read_text() == "not a folder"


def test_a_data_dir_that_cannot_be_written_is_a_plain_error(tmp_path, monkeypatch, capsys):
    def refuse(*_a, **_k):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(DataDirUnusable, match="Cannot write"):
        Config.load(tmp_path / "ro")
    assert main(["--data-dir", str(tmp_path / "ro"), "queue"]) == 1
    assert str(tmp_path / "ro") in capsys.readouterr().err


# -- the database ----------------------------------------------------------------------------
def make_store_with_backup(folder):
    store = Store(folder / "fleetdesk.sqlite3")
    store.write(lambda db: db.execute("CREATE TABLE t (x)"))
    store.write(lambda db: db.execute("INSERT INTO t VALUES (42)"))
    from fleetdesk.store.db import backup

    store.write(lambda db: backup(db, store.path, "test"))
    store.close()
    return store.path


def test_garbage_header_is_reported_naming_the_newest_backup_and_left_untouched(tmp_path, capsys):
    path = make_store_with_backup(tmp_path)
    for extra in ("-wal", "-shm"):
        tmp_path.joinpath(path.name + extra).unlink(missing_ok=True)
    path.write_bytes(b"garbage header!!" + bytes(4080))
    before = digest(path)
    with pytest.raises(DatabaseDamaged) as caught:
        Store(path)
    newest = backups_of(path)[-1]
    assert str(path) in str(caught.value) and str(newest) in str(caught.value)
    assert main(["--data-dir", str(tmp_path), "carpass", "list"]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and newest.name in err and "Traceback" not in err
    assert digest(path) == before
    # restore: the damaged file moved aside unchanged, the backup in place, the data back
    assert main(["--data-dir", str(tmp_path), "db", "restore", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["restored"] == str(newest)
    [aside] = tmp_path.glob("fleetdesk.sqlite3.damaged-*")
    assert digest(aside) == before
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT x FROM t").fetchall() == [(42,)]
    conn.close()


def test_restore_refuses_a_missing_or_damaged_backup_and_changes_nothing(tmp_path, capsys):
    path = make_store_with_backup(tmp_path)
    before = digest(path)
    assert main(["--data-dir", str(tmp_path), "db", "restore", "nope.sqlite3"]) == 2
    assert "BACKUP" in capsys.readouterr().err
    bad = tmp_path / "backups" / "fleetdesk-bad.sqlite3"
    bad.write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(DatabaseDamaged, match="damaged too"):
        restore_backup(path, bad)
    assert digest(path) == before and not list(tmp_path.glob("*.damaged-*"))


# -- unexpected errors -----------------------------------------------------------------------
def boom(*_a, **_k):
    raise ZeroDivisionError("secret internals")


def test_an_unexpected_error_is_one_line_and_the_log_file(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(cli.database, "cmd_queue", boom)
    monkeypatch.setattr(cli, "build_parser", _parser_with(boom))
    assert main(["--data-dir", str(tmp_path), "queue"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.startswith("fleetdesk:")]
    assert len(lines) == 1 and "unexpected error" in lines[0]
    log = tmp_path / "logs" / "fleetdesk-errors.log"
    assert str(log) in lines[0]
    assert "ZeroDivisionError" in log.read_text("utf-8") and "Traceback" in log.read_text("utf-8")


def test_debug_prints_the_traceback(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(cli, "build_parser", _parser_with(boom))
    assert main(["--debug", "--data-dir", str(tmp_path), "queue"]) == 1
    assert "Traceback" in capsys.readouterr().err


def _parser_with(func):
    original = cli.build_parser

    def build(integrations=None):
        parser = original(integrations)
        for action in parser._subparsers._group_actions:
            action.choices["queue"].set_defaults(func=func)
        return parser

    return build


def test_a_full_disk_under_the_database_is_a_plain_error_and_nothing_half_written(tmp_path):
    """SQLite's own SQLITE_FULL (the file may not grow) becomes StoreFull naming the file; the
    whole transaction is rolled back, on the writer thread and when called from it."""
    from fleetdesk.store.db import StoreFull

    store = Store(tmp_path / "fleetdesk.sqlite3")
    try:
        store.write(lambda db: db.execute("CREATE TABLE t (b BLOB)"))

        def too_big(db):
            db.execute("INSERT INTO t VALUES (x'01')")
            pages = db.execute("PRAGMA page_count").fetchone()[0]
            db.execute(f"PRAGMA max_page_count = {pages}")
            db.execute("INSERT INTO t VALUES (zeroblob(1000000))")

        with pytest.raises(StoreFull) as caught:
            store.write(too_big)
        assert str(store.path) in str(caught.value) and "nothing was stored" in str(caught.value)
        assert store.read(lambda db: db.execute("SELECT COUNT(*) FROM t").fetchone()) == (0,)
        with pytest.raises(StoreFull):  # a write nested in a write (same thread)
            store.write(lambda db: store.write(too_big))
    finally:
        store.close()
