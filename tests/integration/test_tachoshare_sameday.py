"""Issue #12 defect 1: a second download of a driver card (or vehicle unit) on the same UTC day
is archived, and repeated syncs never archive the same content twice.

TachoShare's lists carry only a *date* (``lastDownloadDate``, ``lastActivityDate``), so a
second download the same day does not move them. FleetDesk re-asks for its last archived day
(the cursor day, inclusive) and keeps only content it does not hold yet (sha256).
Simulator and FleetDesk share one FakeClock; everything goes over loopback HTTP.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

from fleetdesk.core.clock import FakeClock
from fleetdesk.tachoshare import store as ts
from test_tachoshare_support import tacho_env

SMALL = {"vu_base_bytes": 2000, "vu_day_bytes": 10, "card_file_bytes": 300}
CARD = 5  # demo card downloaded today at 07:15 (TACHOSHARE PLUS, daily downloads)


def _env(config, start: datetime):
    return tacho_env(config, FakeClock(start), **SMALL)


def card_members(env, subject: str) -> list[dict]:
    return env.rows("SELECT * FROM tacho_files WHERE subject = ? AND kind = 'card' ORDER BY id", [subject])


def assert_no_duplicates(env, subject: str) -> None:
    rows = env.rows("SELECT kind, sha256 FROM tacho_files WHERE subject = ?", [subject])
    dups = [k for k, n in Counter((r["kind"], r["sha256"]) for r in rows).items() if n > 1]
    assert dups == [], f"the same content was archived twice: {dups}"


def member_stamps(env, subject: str) -> list[str]:
    return sorted(
        m["server_name"].split("_")[1] + "_" + m["server_name"].split("_")[2]
        for m in card_members(env, subject)
    )


def test_a_card_downloaded_at_0715_and_again_at_1400_keeps_both_files(config):
    start = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
    with _env(config, start) as env:
        sim, svc = env.sim, env.svc
        card = sim.cards[CARD]
        subject = ts.card_subject(card.card, card.country)
        assert card.downloads[-1] == start.replace(hour=7, minute=15)
        svc.sync(only={subject})
        assert "20261122_0715" in member_stamps(env, subject)
        env.clock.set(start.replace(hour=11))
        svc.sync(only={subject})  # a sync in between: nothing new
        sim.add_card_download(card.card, start.replace(hour=14))  # the afternoon download
        env.clock.set(start.replace(hour=15))
        svc.sync(only={subject})
        stamps = member_stamps(env, subject)
        assert "20261122_0715" in stamps and "20261122_1400" in stamps
        before = len(env.rows("SELECT id FROM tacho_files WHERE subject = ?", [subject]))
        for hour in (16, 17):  # repeated syncs add nothing
            env.clock.set(start.replace(hour=hour))
            svc.sync(only={subject})
        assert len(env.rows("SELECT id FROM tacho_files WHERE subject = ?", [subject])) == before
        assert_no_duplicates(env, subject)
        on_disk = {p.name for p in svc.archive_root().rglob("*") if p.is_file()}
        assert {m["filename"] for m in card_members(env, subject)} <= on_disk


def test_same_day_downloads_are_kept_across_utc_midnight(config):
    start = datetime(2026, 11, 22, 23, 40, tzinfo=UTC)
    with _env(config, start) as env:
        sim, svc = env.sim, env.svc
        card = sim.cards[CARD]
        subject = ts.card_subject(card.card, card.country)
        sim.add_card_download(card.card, start.replace(minute=30))  # 23:30
        svc.sync(only={subject})
        assert {"20261122_0715", "20261122_2330"} <= set(member_stamps(env, subject))
        sim.add_card_download(card.card, start.replace(minute=55))  # 23:55, after that sync
        env.clock.set(start + timedelta(minutes=30))  # 00:10 the next UTC day
        svc.sync(only={subject})
        assert "20261122_2355" in member_stamps(env, subject)
        next_day = datetime(2026, 11, 23, 0, 30, tzinfo=UTC)
        sim.add_card_download(card.card, next_day)
        env.clock.set(next_day + timedelta(minutes=30))
        svc.sync(only={subject})
        env.clock.advance(hours=1)
        svc.sync(only={subject})
        env.clock.advance(days=1)
        svc.sync(only={subject})
        stamps = member_stamps(env, subject)
        assert {"20261122_0715", "20261122_2330", "20261122_2355", "20261123_0030"} <= set(stamps)
        assert len(stamps) == len(set(stamps))
        assert_no_duplicates(env, subject)


def test_a_vehicle_unit_is_asked_again_for_its_last_day_and_repeats_archive_nothing(config):
    start = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
    with _env(config, start) as env:
        sim, svc = env.sim, env.svc
        v = sim.vehicles[0]  # last activity yesterday
        subject = ts.vu_subject(v.vin)
        svc.sync(only={subject})
        first = env.rows("SELECT id FROM tacho_files WHERE subject = ?", [subject])
        env.clock.set(start.replace(hour=15))
        svc.sync(only={subject})
        last = v.last_activity.isoformat()
        asked = [
            (r.query["activityDate-from"][0], r.status)
            for r in sim.requests_to(rf"^/vehicles/{v.vin}/files$")
        ]
        assert asked[-1] == (last, 200), (
            "the last archived day is asked for again (a later download that day)"
        )
        for hour in (16, 17, 18):
            env.clock.set(start.replace(hour=hour))
            svc.sync(only={subject})
        assert len(env.rows("SELECT id FROM tacho_files WHERE subject = ?", [subject])) <= len(first) + 1
        assert_no_duplicates(env, subject)
        # the next day's activity: asked from the cursor day (inclusive), nothing lost
        v.last_activity += timedelta(days=1)
        env.clock.set(start + timedelta(days=1))
        svc.sync(only={subject})
        asked = [r.query["activityDate-from"][0] for r in sim.requests_to(rf"^/vehicles/{v.vin}/files$")]
        assert asked[-1] == last
        assert env.rt.store.read(lambda db: ts.get_cursor(db, subject)) == v.last_activity
