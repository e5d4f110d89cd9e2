"""A scripted server and a fake clock for ``Requestor`` (tests of the call loop, retries, bodies)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from late import Clock
from late._http.request import ApiRequest, RequestOptions
from late._http.requestor import Requestor
from tests.support.modes import in_mode

API_KEY = "sk_test_SUPERSECRET_9f8e7d"
BASE = "https://api.test/api"
NOW = 1_700_000_000.0

Step = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Server:
    """A MockTransport handler that replays a script of responses/exceptions and records every request."""

    def __init__(self, *script: Step) -> None:
        self.script = list(script)
        self.requests: list[httpx.Request] = []
        self.bodies: list[bytes] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.bodies.append(request.read())
        step = self.script[min(len(self.requests), len(self.script)) - 1]
        if isinstance(step, Exception):
            raise step
        if isinstance(step, httpx.Response):  # a fresh Response over the same (replayable) byte stream
            return httpx.Response(step.status_code, headers=step.headers, stream=step.stream)
        return step(request)

    @property
    def calls(self) -> int:
        return len(self.requests)


class FakeClock:
    """A fake clock: time only moves when the requestor sleeps (or a test advances it)."""

    def __init__(self) -> None:
        self.now = 0.0
        self.delays: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.delays.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def ok(body: Any = None, **kw: Any) -> httpx.Response:
    return httpx.Response(200, json={"ok": True} if body is None else body, **kw)


def status(code: int, headers: dict[str, str] | None = None, body: Any = None) -> httpx.Response:
    return httpx.Response(code, json=body or {"error": f"status {code}"}, headers=headers)


def make(
    server: Callable[[httpx.Request], httpx.Response], clock: FakeClock | None = None, **kw: Any
) -> Requestor:
    clock = clock or FakeClock()
    kw.setdefault("rand", lambda: 1.0)
    return Requestor(
        BASE,
        API_KEY,
        transport=httpx.MockTransport(server),
        clock=Clock(monotonic=clock.clock, wall=lambda: NOW, sleep=clock.sleep, asleep=clock.asleep),
        **kw,
    )


GET = ApiRequest("GET", "/v1/posts")
UNSAFE_POST = ApiRequest("POST", "/v1/posts/p1/retry", retry_mode="unsafe")


async def call(t: Requestor, req: ApiRequest, opts: RequestOptions | None, is_async: bool) -> httpx.Response:
    """``t.send(req, opts)`` or ``await t.asend(req, opts)``."""
    response: httpx.Response = await in_mode(is_async, t, "send", req, opts)
    return response
