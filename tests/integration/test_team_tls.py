"""Team mode (#16 §1): TLS to the database server with ``sslmode=verify-full``.

A throw-away certificate authority signs a server certificate for ``localhost``; a second
cluster of the throw-away PostgreSQL runs with ``ssl=on`` and that certificate. FleetDesk
connects with ``?sslmode=verify-full&sslrootcert=<the CA>`` to ``localhost``; another root, or
the server reached under a name its certificate does not carry, is refused in one sentence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from fleetdesk.cli import main
from fleetdesk.core.dburl import parse
from fleetdesk.core.secrets import SecretStore
from fleetdesk.store.engine import check_server, open_store
from fleetdesk.store.pg import DatabaseUnreachable
from fleetdesk.store.schema import core_migrations
from pg_support import Cluster, find_pg_bin

NOW = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)  # certificates are checked against the real clock


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _pem_key(key) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def make_ca(cn: str):
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(_name(cn))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1))
        .not_valid_after(NOW + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .sign(key, hashes.SHA256())
    )
    return key, cert


def make_server_cert(ca_key, ca_cert, host: str):
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(host))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1))
        .not_valid_after(NOW + dt.timedelta(days=3650))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    return key, cert


@pytest.fixture(scope="module")
def tls_cluster(tmp_path_factory):
    """(cluster, the CA's file, another CA's file): a cluster with ssl=on for ``localhost``."""
    bindir = find_pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries are not installed (Debian package 'postgresql')")
    ca_key, ca_cert = make_ca("FleetDesk test database CA")
    key, cert = make_server_cert(ca_key, ca_cert, "localhost")
    _, other_cert = make_ca("Some other CA")
    public = tmp_path_factory.mktemp("tls")
    root, other = public / "root.crt", public / "other-root.crt"
    root.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    other.write_bytes(other_cert.public_bytes(serialization.Encoding.PEM))
    cluster = Cluster(bindir)
    server_crt, server_key = cluster.base / "server.crt", cluster.base / "server.key"
    server_crt.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    server_key.write_bytes(_pem_key(key))
    cluster.own(server_crt, 0o644)
    cluster.own(server_key, 0o600)
    cluster.start(f"-c ssl=on -c ssl_cert_file={server_crt} -c ssl_key_file={server_key}")
    yield cluster, root, other
    cluster.stop()


@pytest.fixture
def tls_db(tls_cluster):
    cluster, root, other = tls_cluster
    name = cluster.create_database()
    yield cluster, name, root, other
    cluster.drop_database(name)


def _url(cluster, name, host: str, root: Path):
    text = f"postgresql://fleetdesk@{host}:{cluster.port}/{name}?sslmode=verify-full&sslrootcert={root}"
    return parse(text, source="--database", data_dir=Path("."))


def test_verify_full_connects_to_the_server_its_certificate_names(tls_db):
    cluster, name, root, _ = tls_db
    url = _url(cluster, name, "localhost", root)
    store = open_store(url, [core_migrations], secrets=SecretStore())
    try:
        ssl = store.read(lambda db: db.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
        assert ssl.fetchone()[0] is True
    finally:
        store.close()
    assert check_server(url, SecretStore()).endswith("encrypted with TLS).")


def test_a_certificate_from_another_authority_is_refused_in_one_sentence(tls_db):
    cluster, name, _, other = tls_db
    with pytest.raises(DatabaseUnreachable) as caught:
        open_store(_url(cluster, name, "localhost", other), [core_migrations], secrets=SecretStore())
    message = str(caught.value)
    print(message)
    assert message.startswith("The certificate of the FleetDesk database server at localhost:")
    assert "not signed by the certificate authority in" in message and str(other) in message
    assert "\n" not in message


def test_the_server_under_a_name_its_certificate_does_not_carry_is_refused(tls_db):
    cluster, name, root, _ = tls_db
    with pytest.raises(DatabaseUnreachable) as caught:
        open_store(_url(cluster, name, "127.0.0.1", root), [core_migrations], secrets=SecretStore())
    message = str(caught.value)
    print(message)
    assert message.startswith("The certificate of the FleetDesk database server at 127.0.0.1:")
    assert "is for 'localhost', not '127.0.0.1'" in message and "\n" not in message


def test_the_command_line_refuses_it_without_a_traceback(tls_db, tmp_path, capsys):
    cluster, name, _, other = tls_db
    url = _url(cluster, name, "localhost", other).display()
    code = main(["--data-dir", str(tmp_path / "d"), "--database", url, "queue"])
    err = capsys.readouterr().err
    assert code == 1 and "not signed by the certificate authority" in err and "Traceback" not in err, err


def test_a_missing_authority_file_is_named(tls_db, tmp_path):
    cluster, name, _, _ = tls_db
    with pytest.raises(DatabaseUnreachable) as caught:
        open_store(_url(cluster, name, "localhost", tmp_path / "nowhere.crt"), [], secrets=SecretStore())
    message = str(caught.value)
    print(message)
    assert str(tmp_path / "nowhere.crt") in message and "sslrootcert" in message and "\n" not in message
