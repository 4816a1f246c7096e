"""Team mode (#16 §1): the PostgreSQL password comes from the OS keyring or libpq's
PGPASSWORD / PGPASSFILE, never from settings.json; a wrong one is one plain sentence."""

from __future__ import annotations

import keyring
import pytest

from fleetdesk.cli import main
from fleetdesk.core.dburl import SECRET_SERVICE
from fleetdesk.core.errors import BadInput
from fleetdesk.core.secrets import SecretStore
from fleetdesk.store.engine import check_server, open_store, save_server_password
from fleetdesk.store.pg import DatabaseUnreachable
from fleetdesk.store.schema import core_migrations
from pg_support import PASSWORD_ROLE, ROLE_PASSWORD

ROLE, PASSWORD = PASSWORD_ROLE, ROLE_PASSWORD


@pytest.fixture
def protected(protected_pg_url):
    return protected_pg_url


def _opens(url, secrets) -> bool:
    store = open_store(url, [core_migrations], secrets=secrets)
    try:
        return store.read(lambda db: db.execute("SELECT current_user").fetchone()[0]) == ROLE
    finally:
        store.close()


def test_the_store_connects_with_the_password_from_the_keyring(protected):
    secrets = SecretStore()
    save_server_password(protected, secrets, PASSWORD)
    assert keyring.get_password("FleetDesk/database", protected.account) == PASSWORD
    assert _opens(protected, SecretStore())  # a new process: read back from the keyring
    assert "Connected to postgresql://desk_pw@127.0.0.1" in check_server(protected, SecretStore())


def test_the_store_connects_with_pgpassfile(protected, tmp_path, monkeypatch):
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"127.0.0.1:{protected.port}:{protected.dbname}:{ROLE}:{PASSWORD}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    assert _opens(protected, SecretStore())  # nothing in the keyring


def test_pgpassword_wins_over_the_keyring(protected, monkeypatch):
    save_server_password(protected, SecretStore(), "an old password")
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    assert _opens(protected, SecretStore())


@pytest.mark.parametrize("stored", ["not the password", None])
def test_a_wrong_or_missing_password_is_one_plain_sentence(protected, stored):
    if stored:
        save_server_password(protected, SecretStore(), stored)
    with pytest.raises(DatabaseUnreachable) as caught:
        open_store(protected, [core_migrations], secrets=SecretStore())
    message = str(caught.value)
    assert message.startswith("Cannot sign in to the FleetDesk database server at 127.0.0.1:")
    assert "did not accept the password of 'desk_pw'" in message and "PGPASSFILE" in message
    assert message.count(". ") <= 1 and "\n" not in message and "not the password" not in message


def test_the_command_line_says_it_in_one_sentence_without_a_traceback(protected, tmp_path, capsys):
    save_server_password(protected, SecretStore(), "not the password")
    code = main(["--data-dir", str(tmp_path / "d"), "--database", protected.display(), "queue"])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "Cannot sign in to the FleetDesk database server" in err
    assert "Traceback" not in err and "not the password" not in err


def test_without_a_system_keyring_the_password_is_refused_pointing_to_pgpassfile(protected, monkeypatch):
    from keyring.backends import fail

    secrets = SecretStore(backend=fail.Keyring())
    with pytest.raises(BadInput) as caught:
        save_server_password(protected, secrets, PASSWORD)
    assert caught.value.field == "Database password"
    assert "no system keyring" in caught.value.message and "PGPASSFILE" in caught.value.message
    assert secrets.get(SECRET_SERVICE, protected.account) is None  # not even for the session
