"""Live progress bars (rich) for bulk uploads and media uploads, drawn on stderr.

On a terminal they redraw in place; elsewhere (a pipe, a CI log) rich draws them once, when they stop.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from late.bulk import BulkError, BulkProgress

__all__ = ["BulkBar", "bulk_progress", "upload_progress"]


class BulkBar(BulkProgress):
    """The bulk upload's bar: rows done of all, rows failed, the wait for the API's rate limit, ETA.

    The waits are the SDK's own report (``progress(done, total, waiting=seconds)``): the pacing by the
    API's ``X-RateLimit-*`` headers and the ``Retry-After`` of a 429, once per stretch of waiting.
    """

    def __init__(self, progress: Progress | None, task: TaskID | None) -> None:
        self._progress = progress
        self._task = task
        self.done = 0
        self.total: int | None = None
        self.failed = 0
        self.waits = 0  # how many stretches of waiting for the rate limit the run had
        self.waited = 0.0  # the seconds they covered (overlapping waits of several workers counted once)
        self.waiting_until = 0.0  # (monotonic) the end of the current wait

    def __call__(self, done: int, total: int, waiting: float | None = None) -> None:
        self.done, self.total = done, total
        if waiting is not None:  # workers wait for the same window: count the time covered, once
            now = time.monotonic()
            if now >= self.waiting_until:
                self.waits += 1  # a new stretch of waiting
            end = now + waiting
            self.waited += max(0.0, end - max(now, self.waiting_until))
            self.waiting_until = max(self.waiting_until, end)
        if self._progress is not None and self._task is not None:
            self._progress.update(
                self._task, description="Creating posts", completed=done, total=total, failed=self.failed
            )

    def row_failed(self, error: BulkError) -> None:
        self.failed += 1


class _RateLimitColumn(ProgressColumn):
    """ "waiting 4s for the rate limit" while the run waits (re-read at every refresh), else nothing."""

    def __init__(self, bar: Callable[[], BulkBar | None]) -> None:
        super().__init__()
        self._bar = bar

    def render(self, task: Task) -> Text:
        bar = self._bar()
        left = 0.0 if bar is None else bar.waiting_until - time.monotonic()
        return Text(f"waiting {math.ceil(left)}s for the rate limit" if left > 0 else "", style="yellow")


@contextmanager
def bulk_progress(console: Console, *, quiet: bool = False) -> Iterator[BulkBar]:
    """A :class:`BulkBar` drawn on ``console`` while the block runs (nothing drawn when ``quiet``);
    after it, a line saying how long the run waited for the rate limit, if it did."""
    bars: list[BulkBar] = []
    progress = None if quiet else _bulk_columns(console, lambda: bars[0] if bars else None)
    task = None if progress is None else progress.add_task("Checking rows", total=None, failed=0)
    bar = BulkBar(progress, task)
    bars.append(bar)
    if progress is None:
        yield bar
        return
    with progress:
        yield bar
    if bar.waits:
        console.print(f"Waited {bar.waited:.1f}s in all for the API's rate limit ({bar.waits} time(s)).")


def _bulk_columns(console: Console, bar: Callable[[], BulkBar | None]) -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("rows"),
        TextColumn("[red]{task.fields[failed]} failed[/]"),
        _RateLimitColumn(bar),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    )


class _MiBPerSecond(ProgressColumn):
    """The transfer speed in MiB/s (rich's own column shows decimal MB/s)."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("? MiB/s" if speed is None else f"{speed / 2**20:.1f} MiB/s", style="progress.data.speed")


@contextmanager
def upload_progress(
    console: Console, name: str, *, quiet: bool = False
) -> Iterator[Callable[[int, int], None] | None]:
    """A ``progress(sent, total)`` for ``media.upload`` drawing bytes sent and MiB/s (None when quiet)."""
    if quiet:
        yield None
        return
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(binary_units=True),
        _MiBPerSecond(),
        TimeRemainingColumn(),
        console=console,
    )
    task = progress.add_task(name, total=None)

    def report(sent: int, total: int) -> None:
        progress.update(task, completed=sent, total=total)

    with progress:
        yield report
