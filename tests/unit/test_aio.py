"""aio: run_blocking in the shared pool, TaskRegistry (strong refs, latest wins, errors)."""

from __future__ import annotations

import asyncio
import contextvars
import gc
import threading
import weakref

import pytest

from fleetdesk.core import aio
from fleetdesk.core.aio import TaskRegistry, gather_or_cancel, run_blocking, shutdown_executor


def test_run_blocking_runs_in_a_named_pool_thread_with_context():
    var = contextvars.ContextVar("var", default="unset")

    def work(a, b=0):
        return threading.current_thread().name, var.get(), a + b

    async def main():
        var.set("carried")
        return await run_blocking(work, 2, b=3)

    name, value, total = asyncio.run(main())
    assert name.startswith("fleetdesk-io") and value == "carried" and total == 5


def test_run_blocking_raises_the_callers_exception():
    def boom():
        raise ValueError("bad input")

    with pytest.raises(ValueError, match="bad input"):
        asyncio.run(run_blocking(boom))


def test_shutdown_executor_then_reuse():
    asyncio.run(run_blocking(lambda: None))
    shutdown_executor()
    assert aio._executor is None
    assert asyncio.run(run_blocking(lambda: 42)) == 42


def test_latest_click_wins():
    results, cancelled = [], []

    async def fetch(label, delay):
        try:
            await asyncio.sleep(delay)
            results.append(label)
        except asyncio.CancelledError:
            cancelled.append(label)
            raise

    async def main():
        errors = []
        tasks = TaskRegistry(lambda exc, name: errors.append((exc, name)))
        first = tasks.latest("search", fetch("first", 0.05))
        await asyncio.sleep(0)
        second = tasks.latest("search", fetch("second", 0.01))
        other = tasks.latest("map", fetch("map", 0.01))
        await asyncio.wait([first, second, other])
        return first, errors, len(tasks)

    first, errors, left = asyncio.run(main())
    assert results == ["second", "map"] or results == ["map", "second"]
    assert cancelled == ["first"] and first.cancelled()
    assert errors == []  # cancellation is not an error
    assert left == 0


def test_exceptions_reach_the_error_hook_with_the_task_name():
    async def fails():
        await asyncio.sleep(0)
        raise RuntimeError("upload failed")

    async def main():
        seen = []
        tasks = TaskRegistry(lambda exc, name: seen.append((type(exc), str(exc), name)))
        tasks.spawn(fails(), name="upload")
        tasks.latest("refresh", fails())
        await asyncio.sleep(0.01)
        return seen

    assert sorted(asyncio.run(main())) == [
        (RuntimeError, "upload failed", "refresh"),
        (RuntimeError, "upload failed", "upload"),
    ]


def test_default_hook_logs_with_traceback(caplog):
    async def fails():
        raise KeyError("vin")

    async def main():
        TaskRegistry().spawn(fails(), name="lookup")
        await asyncio.sleep(0.01)

    asyncio.run(main())
    [record] = [r for r in caplog.records if r.name == "fleetdesk.core.aio"]
    assert "lookup" in record.getMessage() and record.exc_info[0] is KeyError


def test_a_broken_hook_does_not_hide_the_error(caplog):
    def hook(exc, name):
        raise TypeError("hook bug")

    async def fails():
        raise ValueError("original")

    async def main():
        TaskRegistry(hook).spawn(fails(), "job")
        await asyncio.sleep(0.01)

    asyncio.run(main())
    text = caplog.text
    assert "hook bug" in text and "original" in text


def test_spawn_keeps_a_strong_reference():
    async def job(done: asyncio.Event):
        await done.wait()
        return "finished"

    async def main():
        tasks = TaskRegistry()
        done = asyncio.Event()
        ref = weakref.ref(tasks.spawn(job(done), name="background"))
        gc.collect()
        assert ref() is not None and len(tasks) == 1
        assert [t.get_name() for t in tasks.running()] == ["background"]
        done.set()
        await asyncio.sleep(0.01)
        assert ref() is None or ref().done()
        assert len(tasks) == 0
        return ref

    asyncio.run(main())


def test_shutdown_cancels_and_awaits_everything():
    state = {"cleaned": 0}

    async def long_job():
        try:
            await asyncio.sleep(60)
        finally:
            state["cleaned"] += 1

    async def main():
        errors = []
        tasks = TaskRegistry(lambda exc, name: errors.append(exc))
        for i in range(3):
            tasks.spawn(long_job(), name=f"job{i}")
        await asyncio.sleep(0)
        await tasks.shutdown()
        coro = long_job()
        with pytest.raises(RuntimeError, match="shut down"):
            tasks.spawn(coro)
        return errors, len(tasks)

    errors, left = asyncio.run(main())
    assert state["cleaned"] == 3 and errors == [] and left == 0


def test_cancel_by_name():
    async def main():
        tasks = TaskRegistry()
        task = tasks.latest("poll", asyncio.sleep(60))
        await asyncio.sleep(0)
        assert tasks.cancel("poll") and not tasks.cancel("nothing")
        await asyncio.wait([task])
        return task

    assert asyncio.run(main()).cancelled()


def test_registry_with_an_explicit_loop_outside_a_coroutine():
    loop = asyncio.new_event_loop()
    try:
        tasks = TaskRegistry(loop=loop)
        task = tasks.spawn(asyncio.sleep(0, result="ok"))
        assert loop.run_until_complete(task) == "ok"
    finally:
        loop.close()
    with pytest.raises(RuntimeError, match="running loop"):
        TaskRegistry().spawn(asyncio.sleep(0))


def test_gather_or_cancel_cancels_siblings():
    cancelled = []

    async def slow():
        try:
            await asyncio.sleep(60)
        except asyncio.CancelledError:
            cancelled.append(True)
            raise

    async def fails():
        raise ValueError("one failed")

    async def main():
        await gather_or_cancel(slow(), fails())

    with pytest.raises(ValueError):
        asyncio.run(main())
    assert cancelled == [True]
