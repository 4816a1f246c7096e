"""asyncio helpers shared by the app (run under qasync) and headless code (asyncio.run).

- ``run_blocking``: await a blocking call (requests, keyring, file I/O, long SQL) in one shared
  thread pool, so the loop (and with qasync, the UI) never stalls.
- ``TaskRegistry``: every background task is kept until done, its exception reaches an error
  hook (logged by default, shown by the UI), and ``latest(name, ...)`` cancels the previous
  task of that name: the latest click wins.

No Qt here: the app passes an error hook that shows errors to the user.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import logging
import threading
from collections.abc import Awaitable, Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")
ErrorHook = Callable[[BaseException, str], None]

MAX_WORKERS = 8
_executor: ThreadPoolExecutor | None = None
_executor_lock = threading.Lock()


def executor() -> ThreadPoolExecutor:
    """The shared pool (threads named ``fleetdesk-io_N``), created on first use."""
    global _executor
    with _executor_lock:
        if _executor is None:
            _executor = ThreadPoolExecutor(max_workers=MAX_WORKERS, thread_name_prefix="fleetdesk-io")
        return _executor


async def run_blocking(fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """Run ``fn(*args, **kwargs)`` in the shared pool and await its result.

    Context variables are carried into the worker thread. Cancelling the awaiting task does
    not stop a call that already started; it only stops waiting for it.
    """
    loop = asyncio.get_running_loop()
    call = functools.partial(contextvars.copy_context().run, fn, *args, **kwargs)
    return await loop.run_in_executor(executor(), call)


def shutdown_executor(wait: bool = True) -> None:
    """Stop the shared pool (at exit); a later ``run_blocking`` starts a new one."""
    global _executor
    with _executor_lock:
        pool, _executor = _executor, None
    if pool is not None:
        pool.shutdown(wait=wait, cancel_futures=True)


def log_task_error(exc: BaseException, task_name: str) -> None:
    """The default error hook: log with the traceback."""
    log.error("background task %r failed: %s", task_name, exc, exc_info=(type(exc), exc, exc.__traceback__))


class TaskRegistry:
    """Keeps strong references to background tasks and surfaces their failures.

    ``error_hook(exc, task_name)`` is called (on the loop) for every task that ends with an
    exception; cancellation is not an error. Tasks are created on the running loop, or on
    ``loop`` when given (for callers outside a coroutine, e.g. Qt slots under qasync).
    """

    def __init__(self, error_hook: ErrorHook | None = None, *, loop: asyncio.AbstractEventLoop | None = None):
        self.error_hook = error_hook or log_task_error
        self._loop = loop
        self._tasks: set[asyncio.Task] = set()
        self._named: dict[str, asyncio.Task] = {}
        self._closed = False

    def _get_loop(self) -> asyncio.AbstractEventLoop:
        try:
            return asyncio.get_running_loop()
        except RuntimeError:
            if self._loop is None:
                raise RuntimeError("TaskRegistry needs a running loop or loop=") from None
            return self._loop

    @property
    def closed(self) -> bool:
        """True once shut down (a late signal must not start new work then)."""
        return self._closed

    def spawn(self, coro: Coroutine[Any, Any, T], name: str | None = None) -> asyncio.Task[T]:
        """Start ``coro`` as a task and keep it until it is done."""
        if self._closed:
            coro.close()  # never awaited: close it so Python does not warn
            raise RuntimeError("TaskRegistry is shut down")
        try:
            loop = self._get_loop()
        except RuntimeError:
            coro.close()
            raise
        task = loop.create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._on_done)
        return task

    def latest(self, name: str, coro: Coroutine[Any, Any, T]) -> asyncio.Task[T]:
        """Start ``coro`` as the task ``name``, cancelling the previous one if still running."""
        previous = self._named.get(name)
        if previous is not None and not previous.done():
            previous.cancel()
        task = self.spawn(coro, name)
        self._named[name] = task
        return task

    def cancel(self, name: str) -> bool:
        """Cancel the running task ``name``; True if there was one."""
        task = self._named.get(name)
        return task is not None and not task.done() and task.cancel()

    def running(self, name: str | None = None) -> list[asyncio.Task]:
        """Unfinished tasks (all, or those called ``name``)."""
        return [t for t in self._tasks if not t.done() and (name is None or t.get_name() == name)]

    def __len__(self) -> int:
        return len(self._tasks)

    def _on_done(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        name = task.get_name()
        if self._named.get(name) is task:
            del self._named[name]
        if task.cancelled():
            return
        exc = task.exception()  # also marks it retrieved: no "never retrieved" noise
        if exc is None:
            return
        try:
            self.error_hook(exc, name)
        except Exception:  # a broken hook must not hide the original failure
            log.exception("error hook failed while reporting task %r", name)
            log_task_error(exc, name)

    async def shutdown(self, timeout: float | None = 5.0) -> None:
        """Cancel every task and wait for them to finish (at most ``timeout`` seconds)."""
        self._closed = True
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=timeout)
        await asyncio.sleep(0)  # let done-callbacks (error hooks) run before returning


async def gather_or_cancel(*aws: Awaitable[Any]) -> list[Any]:
    """Like ``asyncio.gather`` but cancels the siblings when one fails."""
    tasks = [asyncio.ensure_future(a) for a in aws]
    try:
        return await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
