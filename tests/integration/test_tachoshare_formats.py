"""Issue #12 defect 5: the archive keeps the file extension TachoShare gives (sanitised) and
records the format actually received: a second-generation vehicle unit asked for in the
V1B_V1C format arrives as ``.V1C`` and is archived as ``.V1C``, not renamed ``.V1B``.
Over loopback HTTP against the simulator, time pinned.
"""

from __future__ import annotations

import pytest

from fleetdesk.core.clock import FakeClock
from fleetdesk.tachoshare import store as ts
from fleetdesk.tachoshare.archive import received_extension
from fleetdesk.tachoshare.service import FORMAT_KEY
from test_tachoshare_support import tacho_env

SMALL = {"vu_base_bytes": 2000, "vu_day_bytes": 10, "card_file_bytes": 300}


@pytest.fixture
def env(config):
    with tacho_env(config, FakeClock(), **SMALL) as e:
        yield e


def served_names(sim, path_re):
    return [r for r in sim.requests_to(path_re) if r.status == 200]


def gen2(sim):
    # the simulator's Gen2 units (an independent reading: it names their files .V1C)
    return next(v for v in sim.vehicles if v.last_activity and sum(map(ord, v.vin)) % 2 == 0)


def gen1(sim):
    return next(v for v in sim.vehicles if v.last_activity and sum(map(ord, v.vin)) % 2 == 1)


def test_a_gen2_vehicle_unit_file_keeps_its_v1c_extension_and_format(env):
    sim, svc = env.sim, env.svc
    env.rt.config.settings.set(FORMAT_KEY, "V1B_V1C")
    new, old = gen2(sim), gen1(sim)
    svc.sync(only={ts.vu_subject(new.vin), ts.vu_subject(old.vin)})
    rows = {r["vin"]: r for r in env.rows("SELECT * FROM tacho_files WHERE kind = 'vu'")}
    assert rows[new.vin]["server_name"].endswith(".V1C")
    assert rows[new.vin]["filename"].endswith(".V1C") and rows[new.vin]["fmt"] == "V1C"
    assert rows[new.vin]["path"] == f"vehicles/{new.vin}/{rows[new.vin]['filename']}"
    assert rows[old.vin]["filename"].endswith(".V1B") and rows[old.vin]["fmt"] == "V1B"
    assert (svc.archive_root() / rows[new.vin]["path"]).is_file()


def test_gen2_driver_card_files_keep_c1c_and_record_it(env):
    sim, svc = env.sim, env.svc
    env.rt.config.settings.set(FORMAT_KEY, "C1B_C1C")
    card = next(c for c in sim.cards if c.gen2 and c.downloads)
    svc.sync(only={ts.card_subject(card.card, card.country)})
    members = env.rows("SELECT * FROM tacho_files WHERE kind = 'card'")
    assert members and all(m["filename"].endswith(".C1C") and m["fmt"] == "C1C" for m in members)
    (z,) = env.rows("SELECT * FROM tacho_files WHERE kind = 'card_zip'")
    assert z["filename"].endswith(".ZIP") and z["fmt"] == "C1B_C1C"


@pytest.mark.parametrize(
    "hint, ext",
    [
        ("../../M_20261121_0715_X_VIN.V1C", ".V1C"),  # path parts dropped, extension kept
        ("C:\\evil\\file.TGD", ".TGD"),
        ("M_20261121.v1c", ".v1c"),
        ("noextension", None),
        ("", None),
        (None, None),
        ("file.V1C\x00.exe", None),  # control characters: not a safe extension
        ("file.D D", None),
        ("file.", None),
        ("file.ABCDEFGHIJK", None),
        ("..", None),
    ],
)
def test_received_extension_is_sanitised(hint, ext):
    assert received_extension(hint) == ext


def test_a_hostile_name_still_cannot_place_the_file_but_its_extension_is_kept(env):
    sim, svc = env.sim, env.svc
    sim.hostile_filename = "../../../etc/evil.V1C"
    v = sim.vehicles[1]
    svc.sync(only={ts.vu_subject(v.vin)})
    (f,) = env.rows("SELECT * FROM tacho_files")
    assert f["filename"].startswith("M_") and f["filename"].endswith(".V1C")
    assert f["path"] == f"vehicles/{v.vin}/{f['filename']}" and f["fmt"] == "V1C"


def test_an_imported_gen2_file_keeps_v1c_too(tmp_path, config):
    # the same rule for files imported from a card reader or a download key
    from fleetdesk.tachoshare.importer import import_file
    from tachofile_builder import vu_file

    src = tmp_path / "unit.V1C"
    src.write_bytes(vu_file(generation="gen2"))
    with tacho_env(config, FakeClock(), **SMALL) as env:
        root = env.svc.archive_root()
        result = import_file(env.rt.store, env.clock, root, src)
        assert result.state == "imported", result.message
        (f,) = env.rows("SELECT * FROM tacho_files")
        assert f["filename"].endswith(".V1C") and f["fmt"] == "V1C"
