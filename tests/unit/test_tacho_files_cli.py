"""``fleetdesk tacho inspect / import / retention`` on files built from the regulation's
structures (no network: these verbs work on files only)."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import UTC, date, datetime

from fleetdesk.cli import main
from fleetdesk.tachoshare.cli import INSPECT_KEYS
from tachofile_builder import driver_card_file, vu_file


def run(tmp_path, capsys, *args):
    code = main(["--data-dir", str(tmp_path / "data"), "tacho", *args])
    return code, capsys.readouterr()


def test_inspect_json_has_exactly_the_issue_keys(tmp_path, capsys):
    card = tmp_path / "card.DDD"
    card.write_bytes(driver_card_file(generation="gen2", prefix=True))
    vu = tmp_path / "vu.V1B"
    vu.write_bytes(vu_file(generation="gen2v2"))
    junk = tmp_path / "junk.DDD"
    junk.write_bytes(b"\x00\x02\x00\xff\xff" + b"x" * 10)
    code, out = run(tmp_path, capsys, "inspect", str(card), str(vu), str(junk), "--json")
    items = json.loads(out.out)
    assert code == 1 and len(items) == 3  # one file could not be read
    c, v, j = items
    assert set(INSPECT_KEYS) <= set(c) and set(INSPECT_KEYS) <= set(v)
    assert {k: c[k] for k in INSPECT_KEYS} == {
        "kind": "card",
        "generation": "gen2",
        "card_number": "D123456789012301",
        "issuing_state": "D",
        "holder_surname": "Mustermann",
        "holder_first_names": "Erika",
        "card_expiry": "2027-02-28",
        "activity_from": "2026-11-01",
        "activity_to": "2026-11-28",
        "vin": None,
        "registration": None,
        "registration_nation": None,
        "period_from": None,
        "period_to": None,
    }
    assert {k: v[k] for k in INSPECT_KEYS} == {
        "kind": "vehicle",
        "generation": "gen2v2",
        "card_number": None,
        "issuing_state": None,
        "holder_surname": None,
        "holder_first_names": None,
        "card_expiry": None,
        "activity_from": "2026-11-25",
        "activity_to": "2026-11-30",
        "vin": "WDB9634031L123456",
        "registration": "B-XY 123",
        "registration_nation": "D",
        "period_from": "2025-06-01",
        "period_to": "2026-12-01",
    }
    assert c["signature"] == "not checked" and "verified" not in json.dumps(items)
    assert j["kind"] is None and "offset 5 needs 65535 bytes" in j["error"]


def test_inspect_human_output(tmp_path, capsys):
    card = tmp_path / "card.DDD"
    card.write_bytes(driver_card_file())
    code, out = run(tmp_path, capsys, "inspect", str(card), str(tmp_path / "missing.DDD"))
    assert code == 1
    assert "holder_surname       Mustermann" in out.out and "cannot read" in out.out


def test_import_archives_indexes_and_deduplicates(tmp_path, capsys):
    src = tmp_path / "reader"
    (src / "sub").mkdir(parents=True)
    (src / "a.DDD").write_bytes(driver_card_file(surname="Janssens", nation=0x06, number="B000000123456700"))
    (src / "sub" / "copy.DDD").write_bytes(
        driver_card_file(surname="Janssens", nation=0x06, number="B000000123456700")
    )
    (src / "vu.ddd").write_bytes(vu_file(generation="gen2"))
    (src / "notes.txt").write_text("hello")
    code, out = run(tmp_path, capsys, "import", str(src), "--json")
    doc = json.loads(out.out)
    assert code == 1  # notes.txt is refused, the rest goes in
    assert (doc["imported"], doc["duplicate"], doc["refused"]) == (2, 1, 1)
    refused = next(f for f in doc["files"] if f["state"] == "refused")
    assert refused["source"].endswith("notes.txt") and "not a tachograph file" in refused["message"]
    code, out = run(tmp_path, capsys, "files", "--json")
    files = json.loads(out.out)["files"]
    assert {f["type"] for f in files} == {"card file", "vehicle unit"} or len(files) == 2
    card = next(f for f in files if f["card_number"])
    assert card["card_number"] == "B0000001234567" and card["country_code"] == "0x06"
    assert card["path"].startswith("cards/06_B0000001234567/C_20261130_0815_Janssens_B000000123456700")
    assert card["period_from"] == "2026-11-01" and card["period_to_exclusive"] == "2026-11-29"
    vu = next(f for f in files if f["vin"])
    assert vu["path"] == "vehicles/WDB9634031L123456/M_20261202_0600_B-XY_123_WDB9634031L123456.DDD"
    # importing again: everything is a duplicate, nothing is written twice
    code, out = run(tmp_path, capsys, "import", str(src / "vu.ddd"), "--json")
    assert code == 0 and json.loads(out.out)["duplicate"] == 1


def test_import_missing_target_is_bad_input(tmp_path, capsys):
    code, out = run(tmp_path, capsys, "import", str(tmp_path / "nope"))
    assert code == 2 and "target" in out.err


def test_retention_lists_and_removes_only_on_request(tmp_path, capsys, monkeypatch):
    from fleetdesk.core.clock import Clock

    monkeypatch.setattr(Clock, "now", lambda self: datetime(2026, 12, 4, 10, 0, tzinfo=UTC))
    old = tmp_path / "old.DDD"
    old.write_bytes(
        driver_card_file(
            days=[date(2022, 1, 1 + i) for i in range(20)], last_download=datetime(2022, 1, 21, tzinfo=UTC)
        )
    )
    new = tmp_path / "new.DDD"
    new.write_bytes(driver_card_file(surname="Peeters"))
    assert run(tmp_path, capsys, "import", str(old), "--json")[0] == 0
    # the old file was archived long ago: move its archived_at back (as if imported in 2022)
    db = sqlite3.connect(tmp_path / "data" / "fleetdesk.sqlite3")
    db.execute("UPDATE tacho_files SET archived_at = '2022-01-22T00:00:00.000000Z'")
    db.commit()
    db.close()
    assert run(tmp_path, capsys, "import", str(new), "--json")[0] == 0
    code, out = run(tmp_path, capsys, "retention", "--json")
    doc = json.loads(out.out)
    assert code == 0 and doc["retention_years"] == 2 and doc["count"] == 1
    old_id = doc["files"][0]["id"]
    archive = tmp_path / "data" / "tachographs" / doc["files"][0]["path"]
    assert archive.exists()  # listing removes nothing
    code, out = run(tmp_path, capsys, "retention", "--remove", str(old_id + 1))
    assert code == 2 and "not past the 2-year retention period" in out.err
    code, out = run(tmp_path, capsys, "retention", "--remove", str(old_id), "--json")
    doc = json.loads(out.out)
    assert code == 0 and doc["removed"] and doc["count"] == 0 and not archive.exists()
    assert os.path.exists(tmp_path / "data" / "tachographs")


def test_sync_output_names_expiring_cards_even_without_a_tachoshare_account(tmp_path, capsys):
    # a card file from a card reader; TachoShare is not set up, so its sync is skipped, but
    # the card's expiry (10 days after the pinned 23 November 2026) is still in the output
    card = tmp_path / "card.DDD"
    card.write_bytes(driver_card_file(surname="Janssens", first_names="An", expiry=date(2026, 12, 3)))
    assert run(tmp_path, capsys, "import", str(card))[0] == 0
    code = main(["--data-dir", str(tmp_path / "data"), "sync", "--once", "--json"])
    tacho = json.loads(capsys.readouterr().out)["integrations"]["tachoshare"]
    assert code == 0 and tacho["skipped"]
    [e] = tacho["expiring_cards"]
    assert (e["holder"], e["card_expiry"], e["days_left"]) == ("An Janssens", "2026-12-03", 10)
    assert "card expires in 10 days (2026-12-03)" in tacho["summary"]
    main(["--data-dir", str(tmp_path / "data"), "sync", "--once"])
    err = capsys.readouterr().err
    assert "tachoshare: skipped (" in err and "An Janssens): card expires in 10 days" in err


def test_retention_period_is_at_least_one_year(tmp_path, capsys):
    from fleetdesk.core.config import Config
    from fleetdesk.tachoshare import facts as fx
    from fleetdesk.tachoshare.plugin import PLUGIN

    config = Config.load(tmp_path / "data")
    for value, years in ((0, 1), (-3, 1), ("x", 2), (None, 2), (5, 5)):
        config.settings.set(fx.RETENTION_KEY, value)
        assert fx.retention_years(config.settings) == years, value
    assert fx.retention_cutoff(date(2026, 11, 23), 0) == date(2025, 11, 23)
    assert fx.retention_cutoff(date(2028, 2, 29), 1) == date(2027, 2, 28)
    [field] = [f for f in PLUGIN.settings_fields()["tachoshare"] if f.key == fx.RETENTION_KEY]
    assert field.minimum == 1 and field.default == 2
    config.settings.set(fx.RETENTION_KEY, 0)
    code, out = run(tmp_path, capsys, "retention", "--json")
    assert code == 0 and json.loads(out.out)["retention_years"] == 1


def test_expiry_warning_of_zero_days_is_kept():
    from fleetdesk.tachoshare import facts as fx

    class S(dict):
        def get(self, key, default=None):
            return super().get(key, default)

    assert fx.expiry_warning_days(S({fx.EXPIRY_KEY: 0})) == 0  # was read as "unset": 30
    assert fx.expiry_warning_days(S()) == 30 and fx.expiry_warning_days(S({fx.EXPIRY_KEY: 999})) == 365
