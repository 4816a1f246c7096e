"""Files at rest hold personal data: on POSIX every file FleetDesk writes under the data
directory (and in the tachograph archive, extracted members included) is 0600 and the data
directory is 0700, whatever the umask says."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

import pytest

from fleetdesk.carpass.vhr import save_vhr
from fleetdesk.core.clock import FakeClock
from fleetdesk.core.config import Config, atomic_write_bytes
from fleetdesk.store.db import connect
from fleetdesk.tachoshare.archive import safe_extract_zip
from test_tachoshare_support import tacho_env

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask():
    old = os.umask(0o022)  # the usual desktop umask: new files 0644, folders 0755
    yield
    os.umask(old)


def test_data_directory_vhr_documents_and_database_are_private(tmp_path, loose_umask):
    config = Config.load(tmp_path / "data")
    assert mode(config.data_dir) == 0o700
    assert mode(config.subdir("thg-documents")) == 0o700
    pdf = save_vhr(config.data_dir, "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "NL", b"%PDF-1.4 x")
    assert mode(pdf) == 0o600
    doc = config.data_dir / "thg-documents" / "registration.jpg"
    atomic_write_bytes(doc, b"\xff\xd8 scan")
    assert mode(doc) == 0o600
    db = connect(config.db_path)
    db.execute("CREATE TABLE t (x)")
    db.conn.close()
    assert mode(config.db_path) == 0o600


def test_extracted_tachograph_files_are_0600(tmp_path, loose_umask):
    archive = tmp_path / "card.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("C_20261101_0900_L_MESSI_1.DDD", b"\x76\x06" + b"x" * 200)
    [member] = safe_extract_zip(archive, tmp_path / "out")
    assert mode(member) == 0o600


def test_a_tachoshare_sync_leaves_no_readable_file_behind(config, loose_umask):
    with tacho_env(config, FakeClock(), vu_base_bytes=2000, vu_day_bytes=10, card_file_bytes=300) as env:
        env.svc.sync()
        root = env.svc.archive_root()
        files = [p for p in root.rglob("*") if p.is_file()]
        assert any(p.suffix == ".ZIP" for p in files) and any(p.suffix == ".DDD" for p in files)
        loose = [(str(p.relative_to(root)), oct(mode(p))) for p in files if mode(p) != 0o600]
        assert loose == []
