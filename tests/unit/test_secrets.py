"""SecretStore and Credentials: keyring, session-only, encrypted blobs, file fallback, env."""

from __future__ import annotations

import base64
import os
import stat
import sys

import keyring
import keyring.errors
import pytest
from keyring.backends import chainer, fail

from fleetdesk.core import redact as redact_mod
from fleetdesk.core.config import Config
from fleetdesk.core.redact import redact
from fleetdesk.core.secrets import LONG_VALUE_CHARS, Credentials, MemoryBlobStore, MemoryKeyring, SecretStore

LONG_TOKEN = "0.AAAA" + "rT9_x-Zq" * 400  # 3,206 chars: too long for Windows Credential Manager


class BrokenKeyring(MemoryKeyring):
    """A keyring that looks fine but fails at run time (locked wallet, D-Bus gone)."""

    def set_password(self, service, username, password):
        raise keyring.errors.KeyringLocked("locked")

    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("locked")


class ShortKeyring(MemoryKeyring):
    """Refuses values over the Windows limit, as Credential Manager does."""

    def set_password(self, service, username, password):
        if len(password.encode("utf-16-le")) > 2560:
            raise OSError("The stub received bad data")
        super().set_password(service, username, password)


@pytest.fixture(autouse=True)
def _fresh_redactor():
    redact_mod.clear_secrets()
    yield
    redact_mod.clear_secrets()


def test_memory_keyring_round_trip_and_install():
    backend = MemoryKeyring()
    keyring.set_keyring(backend)  # the test conftest restores the previous one
    store = SecretStore()
    assert store.backend is backend and store.state == "keyring"
    assert "keyring" in store.describe()
    store.set("carpass", "password", "hunter2-garage")
    assert store.get("carpass", "password") == "hunter2-garage"
    assert store.has("carpass", "password") and not store.has("carpass", "username")
    assert backend.entries[("FleetDesk/carpass", "password")] == "hunter2-garage"
    store.delete("carpass", "password")
    store.delete("carpass", "password")  # twice: no error
    assert store.get("carpass", "password") is None


def test_set_registers_the_secret_for_redaction():
    SecretStore(backend=MemoryKeyring()).set("ctrack", "password", "Password01-secret")
    assert redact("login Password01-secret") == "login ***"


@pytest.mark.parametrize("backend", [fail.Keyring(), chainer.ChainerBackend()])
def test_missing_backend_means_session_only(backend, monkeypatch):
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [], raising=False)
    store = SecretStore(backend=backend)
    assert store.state == "session-only"
    assert "only until FleetDesk closes" in store.describe()
    store.set("thg", "refresh_token", "rt-123456")
    assert store.get("thg", "refresh_token") == "rt-123456"
    assert SecretStore(backend=backend).get("thg", "refresh_token") is None  # not persisted


def test_a_failing_keyring_falls_back_to_the_session():
    store = SecretStore(backend=BrokenKeyring())
    assert store.state == "keyring"
    store.set("highmobility", "client_secret", "hm-secret-1")
    assert store.state == "session-only"
    assert "the keyring failed" in store.describe()
    assert store.get("highmobility", "client_secret") == "hm-secret-1"


def test_long_token_is_encrypted_into_the_blob_store():
    backend, blobs = ShortKeyring(), MemoryBlobStore()
    store = SecretStore(backend=backend, blob_store=blobs)
    assert len(LONG_TOKEN) > LONG_VALUE_CHARS
    store.set("thg", "refresh_token", LONG_TOKEN)
    assert store.get("thg", "refresh_token") == LONG_TOKEN
    # nothing readable in clear: not in the blob store, not in the keyring
    [ciphertext] = blobs.data.values()
    for form in (LONG_TOKEN.encode(), base64.b64encode(LONG_TOKEN.encode()), b"rT9_x-Zq"):
        assert form not in ciphertext
    assert all(LONG_TOKEN not in v and "rT9_x" not in v for v in backend.entries.values())
    # a fresh store with the same keyring and blobs (next start) reads it back
    assert SecretStore(backend=backend, blob_store=blobs).get("thg", "refresh_token") == LONG_TOKEN
    # replaced by a short value: the blob goes away
    store.set("thg", "refresh_token", "short-again")
    assert blobs.data == {} and store.get("thg", "refresh_token") == "short-again"
    store.set("thg", "refresh_token", LONG_TOKEN)
    store.delete("thg", "refresh_token")
    assert blobs.data == {} and store.get("thg", "refresh_token") is None


def test_blob_from_another_key_is_ignored_not_crashing():
    blobs = MemoryBlobStore()
    SecretStore(backend=MemoryKeyring(), blob_store=blobs).set("thg", "refresh_token", LONG_TOKEN)
    other = MemoryKeyring()
    other.set_password("FleetDesk/thg", "refresh_token", "fleetdesk-blob:v1")
    assert SecretStore(backend=other, blob_store=blobs).get("thg", "refresh_token") is None


def test_long_value_without_blob_store_is_kept_for_the_session():
    store = SecretStore(backend=ShortKeyring())
    store.set("thg", "refresh_token", LONG_TOKEN)
    assert store.state == "keyring"  # other secrets still go to the keyring
    assert store.get("thg", "refresh_token") == LONG_TOKEN
    store.set("thg", "other", "fits-fine")
    assert store.backend.entries[("FleetDesk/thg", "other")] == "fits-fine"


def test_file_fallback_is_encrypted_with_private_permissions(tmp_path):
    folder = tmp_path / "secrets"
    store = SecretStore(backend=fail.Keyring(), file_fallback_dir=folder)
    assert store.state == "file" and "weaker than a keyring" in store.describe()
    store.set("carpass", "password", "garage-pass-99")
    store.set("thg", "refresh_token", LONG_TOKEN)
    again = SecretStore(backend=fail.Keyring(), file_fallback_dir=folder)
    assert again.get("carpass", "password") == "garage-pass-99"
    assert again.get("thg", "refresh_token") == LONG_TOKEN
    data = (folder / "secrets.bin").read_bytes()
    assert b"garage-pass-99" not in data and b"rT9_x" not in data
    if sys.platform != "win32":
        for name in ("secrets.bin", "secrets.key"):
            assert stat.S_IMODE(os.stat(folder / name).st_mode) == 0o600
        assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    again.delete("carpass", "password")
    assert SecretStore(backend=fail.Keyring(), file_fallback_dir=folder).get("carpass", "password") is None


def test_file_fallback_is_not_used_when_a_keyring_exists(tmp_path):
    store = SecretStore(backend=MemoryKeyring(), file_fallback_dir=tmp_path / "s")
    store.set("carpass", "password", "garage-pass-99")
    assert store.state == "keyring" and not (tmp_path / "s").exists()


def test_environment_credentials_win_and_are_never_written(tmp_path):
    config = Config.load(tmp_path / "data", environ={"FLEETDESK_CARPASS_PASSWORD": "env-pass-123"})
    backend = MemoryKeyring()
    store = SecretStore(backend=backend)
    creds = Credentials(config, store)
    store.set("carpass", "password", "keyring-pass-456")
    assert creds.get("carpass", "password") == "env-pass-123"
    assert creds.source("carpass", "password") == "environment"
    assert backend.entries[("FleetDesk/carpass", "password")] == "keyring-pass-456"
    assert redact("sent env-pass-123") == "sent ***"  # handed-out values are registered
    settings = (tmp_path / "data").rglob("*")
    assert all(b"env-pass-123" not in p.read_bytes() for p in settings if p.is_file())


def test_credentials_source(tmp_path):
    config = Config.load(tmp_path / "data", environ={})
    creds = Credentials(config, SecretStore(backend=MemoryKeyring()))
    assert creds.get("ctrack", "password") is None and creds.source("ctrack", "password") is None
    creds.set("ctrack", "password", "ctrack-pass-1")
    assert creds.get("ctrack", "password") == "ctrack-pass-1"
    assert creds.source("ctrack", "password") == "keyring"
    session = Credentials(config, SecretStore(backend=fail.Keyring()))
    session.set("ctrack", "password", "ctrack-pass-1")
    assert session.source("ctrack", "password") == "session"


# -- no keyring: encrypted in the store, key from FLEETDESK_SECRET_KEY_FILE (issue 12, defect 3) --
def test_without_a_keyring_a_key_file_keeps_secrets_encrypted_in_the_blob_store(tmp_path, caplog):
    blobs, key_file = MemoryBlobStore(), tmp_path / "keys" / "fleetdesk.key"
    store = SecretStore(backend=fail.Keyring(), blob_store=blobs, key_file=key_file)
    assert store.state == "key-file" and store.persistent and str(key_file) in store.describe()
    store.set("tachoshare", "refresh_token", "rt-SECRET-123")
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert all(b"rt-SECRET-123" not in v for v in blobs.data.values())
    assert [m for m in caplog.messages if str(key_file) in m and "created now" in m]
    caplog.clear()
    # another process, same store and key file: reads it back, and says nothing this time
    again = SecretStore(backend=fail.Keyring(), blob_store=blobs, key_file=key_file)
    assert again.get("tachoshare", "refresh_token") == "rt-SECRET-123"
    assert not [m for m in caplog.messages if str(key_file) in m]
    again.delete("tachoshare", "refresh_token")
    assert again.get("tachoshare", "refresh_token") is None


def test_a_key_file_with_another_key_or_no_key_is_a_clear_error(tmp_path):
    from fleetdesk.core.errors import NotConfigured

    blobs = MemoryBlobStore()
    first = tmp_path / "first.key"
    SecretStore(backend=fail.Keyring(), blob_store=blobs, key_file=first).set("thg", "x", "v")
    other = tmp_path / "other.key"
    with pytest.raises(NotConfigured, match="another key"):
        SecretStore(backend=fail.Keyring(), blob_store=blobs, key_file=other).get("thg", "x")
    junk = tmp_path / "junk.key"
    junk.write_text("not a key")
    with pytest.raises(NotConfigured, match="does not hold a FleetDesk key"):
        SecretStore(backend=fail.Keyring(), blob_store=MemoryBlobStore(), key_file=junk).get("thg", "x")


def test_without_a_keyring_or_key_file_secrets_are_session_only_and_it_says_how_to_keep_them():
    store = SecretStore(backend=fail.Keyring(), blob_store=MemoryBlobStore())
    assert store.state == "session-only" and not store.persistent
    assert "FLEETDESK_SECRET_KEY_FILE" in store.describe()


def test_a_keyring_that_fails_at_run_time_falls_back_to_the_key_file(tmp_path):
    store = SecretStore(backend=BrokenKeyring(), blob_store=MemoryBlobStore(), key_file=tmp_path / "k")
    assert store.state == "keyring"
    store.set("carpass", "password", "pw-1")
    assert store.state == "key-file" and store.get("carpass", "password") == "pw-1"
