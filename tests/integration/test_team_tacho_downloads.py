"""Team mode (#16): two workstations syncing tachograph downloads on one PostgreSQL database at
the same moment download each file once ("two managers download the same tachograph files
twice" is what the issue sets out to end). Found by the README's team demo, where the desks and
`serve` failed with duplicate archive paths: the planning is serialised between workstations
and a job is taken by compare-and-set; a start-up leaves the running jobs of live workstations
alone."""

from __future__ import annotations

import threading
from datetime import timedelta

from fleetdesk.core.clock import FakeClock
from fleetdesk.core.config import Config
from fleetdesk.runtime import Runtime
from fleetdesk.tachoshare import store as ts
from fleetdesk.tachoshare.plugin import PLUGIN
from fleetdesk.tachoshare.service import TachoShareService
from test_tachoshare_support import sign_in, tacho_env


def test_two_workstations_sync_at_once_and_each_file_is_downloaded_once(pg_url, tmp_path):
    clock = FakeClock()
    url = pg_url.display()
    with tacho_env(Config.load(tmp_path / "a", database=url), clock) as env:
        config_b = Config.load(tmp_path / "b", database=url)
        config_b.overrides.update(env.rt.config.overrides)
        rt_b = Runtime(config_b, clock=clock, integrations=[PLUGIN])
        try:
            sign_in(rt_b, env.sim)
            a, b = env.svc, TachoShareService.of(rt_b)
            a.refresh_lists()  # both see the same lists; then both sync at once
            results, errors = {}, []

            def sync(name, svc):
                try:
                    results[name] = svc.sync()
                except Exception as exc:  # noqa: BLE001 - reported below
                    errors.append(exc)

            threads = [
                threading.Thread(target=sync, args=(n, s), name=f"ws-{n}") for n, s in (("a", a), ("b", b))
            ]
            for t in threads:
                t.start()
            for t in threads:
                t.join(120)
            assert errors == [] and all(r["failed"] == 0 for r in results.values()), (errors, results)
            files = env.rows(
                "SELECT subject, filename, sha256 FROM tacho_files WHERE kind IN ('vu', 'card_zip')"
            )
            assert files, "nothing was downloaded"
            keys = [(f["subject"], f["sha256"]) for f in files]
            assert len(keys) == len(set(keys)), "a file was downloaded twice"
            jobs = env.rows(
                "SELECT subject, date_from, COUNT(*) AS n FROM tacho_jobs GROUP BY subject, date_from"
            )
            assert all(j["n"] == 1 for j in jobs), [j for j in jobs if j["n"] > 1]
            print(
                f"\n{len(files)} files, downloaded by a: {results['a']['done']}, by b: {results['b']['done']}"
            )
        finally:
            svc = rt_b.services.get("tachoshare")
            if svc is not None:
                svc.close()
            rt_b.close()


def test_a_start_up_leaves_the_running_jobs_of_other_workstations_alone(pg_url, tmp_path):
    clock = FakeClock()
    with tacho_env(Config.load(tmp_path / "a", database=pg_url.display()), clock) as env:
        svc = env.svc
        svc.refresh_lists()
        svc.plan()
        first, second = (r["id"] for r in env.rows("SELECT id FROM tacho_jobs ORDER BY id LIMIT 2"))
        assert env.rt.store.write(lambda db: ts.take_job(db, first, clock))
        assert not env.rt.store.write(lambda db: ts.take_job(db, first, clock))  # taken once only
        svc.recover()  # another workstation starting now
        assert env.rows("SELECT state FROM tacho_jobs WHERE id = ?", [first])[0]["state"] == ts.RUNNING
        assert env.rt.store.write(lambda db: ts.take_job(db, second, clock))
        # its workstation died long ago
        clock.advance((ts.TEAM_JOB_LEASE + timedelta(minutes=1)).total_seconds())
        svc.recover()
        states = {r["id"]: r["state"] for r in env.rows("SELECT id, state FROM tacho_jobs")}
        assert states[first] == states[second] == ts.QUEUED
