"""How the SDK reads the time and waits: one :class:`Clock` per client, replaceable for tests.

The retry loop (backoff, ``Retry-After``, the call's ``deadline``) and the rate limiter read and wait
through it, never through ``time`` directly, so a test can run them on fake time:
``Late(..., clock=Clock(sleep=waits.append))`` records the waits instead of sleeping them.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

__all__ = ["SYSTEM_CLOCK", "Clock"]


async def _asyncio_sleep(seconds: float) -> None:
    """``asyncio.sleep``, imported on first use: sync programs never pay for importing asyncio."""
    import asyncio

    await asyncio.sleep(seconds)


@dataclass(frozen=True, slots=True)
class Clock:
    """The time as a ``Late`` client sees it. Each field defaults to the system's; replace any of them.

    Attributes:
        monotonic: seconds that only go forward (``time.monotonic``): attempts, deadlines, pacing.
        wall: Unix seconds (``time.time``): ``Retry-After`` dates and ``X-RateLimit-Reset``.
        sleep: waits in sync calls (``time.sleep``).
        asleep: waits in async calls (``asyncio.sleep``).

    A fake clock for a test moves ``monotonic`` and ``wall`` forward in its ``sleep``/``asleep``, so a
    deadline or a rate-limit window passes without any real waiting.
    """

    monotonic: Callable[[], float] = time.monotonic
    wall: Callable[[], float] = time.time
    sleep: Callable[[float], None] = time.sleep
    asleep: Callable[[float], Awaitable[None]] = _asyncio_sleep


#: The system's clock: the default of every client.
SYSTEM_CLOCK = Clock()
