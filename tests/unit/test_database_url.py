"""Team mode (#16): choosing the database — URL forms, precedence, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fleetdesk.cli import main
from fleetdesk.core import dburl
from fleetdesk.core.config import Config
from fleetdesk.core.errors import BadInput
from fleetdesk.store.pg import DatabaseUnreachable, connect


def test_the_default_is_todays_sqlite_file(tmp_path):
    config = Config.load(tmp_path / "d")
    assert config.database.is_sqlite and config.database.path == tmp_path / "d" / "fleetdesk.sqlite3"
    assert config.db_path == tmp_path / "d" / "fleetdesk.sqlite3"


def test_option_beats_environment_beats_setting(tmp_path):
    env = {dburl.ENV_VAR: "postgresql://env@envhost/fleet"}
    config = Config.load(tmp_path / "d", environ=env, database="sqlite:///cli.sqlite3")
    config.settings.set(dburl.SETTING, "postgresql://anna@setting/fleet")
    assert config.database.path == tmp_path / "d" / "cli.sqlite3"
    assert config.db_path == tmp_path / "d" / "cli.sqlite3"
    config.database_arg = None
    assert (config.database.host, config.database.source) == ("envhost", dburl.ENV_VAR)
    config.environ = {}
    db = config.database
    assert (db.user, db.host, db.port, db.dbname, db.source) == (
        "anna",
        "setting",
        5432,
        "fleet",
        dburl.SETTING,
    )


def test_postgresql_url_passes_tls_parameters_to_libpq(tmp_path):
    db = dburl.parse(
        "postgresql://anna@db.garage:6543/fleet?sslmode=verify-full&sslrootcert=/ca.pem",
        source=dburl.CLI_FIELD,
        data_dir=tmp_path,
    )
    assert db.conninfo_kwargs() == {
        "host": "db.garage",
        "port": "6543",
        "user": "anna",
        "dbname": "fleet",
        "sslmode": "verify-full",
        "sslrootcert": "/ca.pem",
    }
    assert db.account == "anna@db.garage:6543/fleet"
    assert "password" not in db.conninfo_kwargs()


@pytest.mark.parametrize(
    "text, words",
    [
        ("mysql://a@b/c", "not supported"),
        ("fleetdesk.sqlite3", "not a database URL"),
        ("sqlite://relative", "three slashes"),
        ("postgresql://anna:secret@db/fleet", "do not put the password"),
        ("postgresql://anna@db/fleet?password=x", "do not put the password"),
        ("postgresql://anna@db/", "name one database"),
        ("postgresql:///fleet", "names no server"),
        ("postgresql://anna@db:notaport/fleet", "not a valid URL"),
        ("postgresql://anna@db/fleet?sslmode=sometimes", "sslmode"),
        ("postgresql://anna@db/fleet?colour=blue", "unknown connection parameter"),
    ],
)
def test_a_bad_url_names_the_field_and_what_is_allowed(tmp_path, text, words):
    with pytest.raises(BadInput) as caught:
        dburl.parse(text, source=dburl.ENV_VAR, data_dir=tmp_path)
    assert caught.value.field == dburl.ENV_VAR
    assert words in caught.value.message
    assert "secret" not in str(caught.value)


def test_cli_bad_database_url_is_exit_2_naming_the_option(tmp_path, capsys):
    code = main(["--data-dir", str(tmp_path / "d"), "--database", "mysql://x@y/z", "queue", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 2 and out["field"] == "--database" and "postgresql://" in out["error"]


def test_a_bad_setting_is_exit_2_naming_the_setting(tmp_path, capsys):
    Config.load(tmp_path / "d").settings.set(dburl.SETTING, "postgresql://a:pw@h/db")
    code = main(["--data-dir", str(tmp_path / "d"), "sync", "--once"])
    err = capsys.readouterr().err
    assert code == 2 and "database.url" in err and "pw" not in err.replace("password", "")


def test_an_unreachable_server_is_one_plain_sentence(tmp_path, capsys):
    url = dburl.parse(
        "postgresql://anna@127.0.0.1:9/fleet?connect_timeout=3", source=dburl.CLI_FIELD, data_dir=tmp_path
    )
    with pytest.raises(DatabaseUnreachable) as caught:
        connect(url)
    assert "Cannot reach the FleetDesk database server at 127.0.0.1:9: connection refused" in str(
        caught.value
    )
    code = main(
        [
            "--data-dir",
            str(tmp_path / "d"),
            "--database",
            "postgresql://anna@127.0.0.1:9/fleet?connect_timeout=3",
            "sync",
            "--once",
        ]
    )
    err = capsys.readouterr().err
    assert code == 1 and "connection refused" in err and "Traceback" not in err


def test_a_missing_database_and_a_refused_password_say_what_to_do(pg_url, pg_cluster, tmp_path, monkeypatch):
    missing = dburl.parse(pg_cluster.url("nosuchdb"), source="t", data_dir=tmp_path)
    with pytest.raises(DatabaseUnreachable, match="has no database 'nosuchdb'.*createdb"):
        connect(missing)
    # a role that must give its password (the cluster trusts only its superuser)
    pg_cluster.admin(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'anna') "
        "THEN CREATE ROLE anna LOGIN PASSWORD 'right-one'; END IF; END $$"
    )
    hba = pg_cluster.data / "pg_hba.conf"
    if "anna" not in hba.read_text():
        hba.write_text("host all anna 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
        pg_cluster.admin("SELECT pg_reload_conf()")
    anna = dburl.parse(
        f"postgresql://anna@127.0.0.1:{pg_cluster.port}/{pg_url.dbname}", source="t", data_dir=tmp_path
    )
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    with pytest.raises(DatabaseUnreachable, match="did not accept the password of 'anna'.*keyring"):
        connect(anna)
    with pytest.raises(DatabaseUnreachable) as caught:
        connect(anna, "wrong")
    assert "wrong" not in str(caught.value)
    monkeypatch.setenv("PGPASSWORD", "right-one")  # libpq's own variable works as well
    connect(anna).close()
    monkeypatch.delenv("PGPASSWORD")
    from fleetdesk.core.secrets import SecretStore
    from fleetdesk.store.engine import open_store

    secrets = SecretStore()
    secrets.set(dburl.SECRET_SERVICE, anna.account, "right-one")
    with pytest.raises(DatabaseUnreachable, match="may not create tables.*GRANT CREATE"):
        open_store(anna, [], secrets=secrets)
    import psycopg

    with psycopg.connect(autocommit=True, **pg_url.conninfo_kwargs()) as admin:
        admin.execute("GRANT CREATE ON SCHEMA public TO anna")
    open_store(anna, [], secrets=secrets).close()


def test_the_keyring_supplies_the_server_password(pg_url, tmp_path, monkeypatch):
    from fleetdesk.core.secrets import SecretStore
    from fleetdesk.store.engine import server_password

    secrets = SecretStore()
    assert server_password(pg_url, secrets) is None  # libpq then reads PGPASSWORD/PGPASSFILE
    secrets.set(dburl.SECRET_SERVICE, pg_url.account, "from-keyring")
    assert server_password(pg_url, secrets) == "from-keyring"
    monkeypatch.setenv("PGPASSWORD", "from-env")
    assert server_password(pg_url, secrets) is None  # an unattended run names it explicitly


def test_team_mode_sync_and_queue_run_against_postgresql(pg_url, tmp_path, capsys):
    url = pg_url.display()
    data = str(tmp_path / "d")
    assert main(["--data-dir", data, "--database", url, "sync", "--once", "--json"]) in (0, 1)
    capsys.readouterr()
    assert main(["--data-dir", data, "--database", url, "queue", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"count": 0, "items": []}
    assert not (Path(data) / "fleetdesk.sqlite3").exists()
    # many instances are the point: no single-instance lock is held on PostgreSQL
    from fleetdesk.runtime import Runtime

    config = Config.load(data, database=url)
    first, second = Runtime(config, integrations=[]), Runtime(config, integrations=[])
    try:
        assert first.lock is None and second.lock is None
    finally:
        first.close()
        second.close()
