"""One fake clock for a ``Late`` client and the sandbox: sleeping moves it forward, no real time passes."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime
from typing import Any

import httpx

from late import Clock, Late
from late.testing import Sandbox

KEY = "sk_test_ratelimit"
URL = "https://sandbox.invalid/api"
START = 1_900_000_000.25  # a wall-clock time that is not a whole second


class FakeTime:
    """One clock for the client (monotonic and wall) and the sandbox; sleeping moves it forward."""

    def __init__(self) -> None:
        self.now = START
        self.lock = threading.Lock()
        self.sleeps: list[float] = []

    def mono(self) -> float:
        return self.now - 1_000_000_000

    def wall(self) -> float:
        return self.now

    def dt(self) -> datetime:
        return datetime.fromtimestamp(self.now, UTC)

    def sleep(self, seconds: float) -> None:
        with self.lock:
            self.sleeps.append(seconds)
            self.now += seconds

    async def asleep(self, seconds: float) -> None:
        """Concurrent sleepers wake at their own time or later: the clock moves to the latest target."""
        with self.lock:
            self.sleeps.append(seconds)
            target = self.now + seconds
            self.now = max(self.now, target)
        await asyncio.sleep(0)


def client_on(sandbox: Sandbox | httpx.MockTransport, clock: FakeTime, **kwargs: Any) -> Late:
    fake = Clock(monotonic=clock.mono, wall=clock.wall, sleep=clock.sleep, asleep=clock.asleep)
    return Late(KEY, base_url=URL, transport=sandbox, clock=fake, **kwargs)
