"""Bounded concurrency for many independent calls: ``n`` workers pull jobs from one shared iterator.

Used by ``media.upload_many`` and ``posts.bulk_upload``. Jobs are pulled lazily (the iterator is never
turned into a list), so memory stays bounded by the number of workers, not the number of jobs.

The first exception a job raises stops the pool: no worker takes a new job, the jobs already running
finish, and that exception is raised to the caller. The sync pool runs one worker in the calling
thread and ``n - 1`` in threads (``n == 1`` runs everything in the calling thread); the async pool
runs ``n`` tasks on the running loop.
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable, Iterator
from typing import Generic, TypeVar

from late._exceptions import LateValidationError

__all__ = ["arun_pool", "check_concurrency", "run_pool"]

J = TypeVar("J")


class _Done:
    """What :meth:`_Jobs.take` returns when no job is left or the pool is stopping."""


_DONE = _Done()


def check_concurrency(value: object, param: str = "max_concurrency") -> int:
    """``value`` as a worker count: a whole number >= 1."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise LateValidationError(f"{param} must be a whole number >= 1, got {value!r}", param=param)
    return value


class _Jobs(Generic[J]):
    """The shared iterator, guarded by a lock, and the first failure."""

    def __init__(self, jobs: Iterator[J]) -> None:
        self._jobs = jobs
        self._lock = threading.Lock()
        self.error: BaseException | None = None

    def take(self) -> J | _Done:
        with self._lock:
            if self.error is not None:
                return _DONE
            try:
                return next(self._jobs)
            except StopIteration:
                return _DONE
            except BaseException as exc:  # the job source itself failed: stop like a failed job
                self.error = exc
                return _DONE

    def fail(self, exc: BaseException) -> None:
        with self._lock:
            if self.error is None:
                self.error = exc

    def raise_first(self) -> None:
        if self.error is not None:
            raise self.error


def run_pool(jobs: Iterator[J], work: Callable[[J], None], workers: int) -> None:
    """Run ``work(job)`` for every job on ``workers`` threads (the calling thread being one of them)."""
    shared = _Jobs(jobs)

    def worker() -> None:
        while True:
            job = shared.take()
            if isinstance(job, _Done):
                return
            try:
                work(job)
            except BaseException as exc:
                shared.fail(exc)
                return

    threads = [
        threading.Thread(target=worker, name=f"late-worker-{i}", daemon=True) for i in range(workers - 1)
    ]
    for thread in threads:
        thread.start()
    try:
        worker()
    finally:
        for thread in threads:
            thread.join()
    shared.raise_first()


async def arun_pool(jobs: Iterator[J], work: Callable[[J], Awaitable[None]], workers: int) -> None:
    """Run ``await work(job)`` for every job on ``workers`` tasks."""
    shared = _Jobs(jobs)

    async def worker() -> None:
        while True:
            job = shared.take()
            if isinstance(job, _Done):
                return
            try:
                await work(job)
            except BaseException as exc:
                shared.fail(exc)
                return

    import asyncio  # here, not at the top: the sync pool and the bulk dry run do not need it

    tasks = [asyncio.ensure_future(worker()) for _ in range(workers)]
    try:
        await asyncio.gather(*tasks)
    finally:
        for task in tasks:  # only left running when we were cancelled ourselves
            task.cancel()
    shared.raise_first()
