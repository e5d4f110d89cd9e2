"""The reliability harness: a sandbox (in process, or served on loopback) and ``Late`` clients on it,
called sync or async, on a :class:`late.Clock` whose sleeps are recorded (and slept for real only up to
``Harness.sleep_cap`` seconds); with ``Harness.fake_time`` set, its time moves only by what the SDK slept.
Used by the reliability and secrets tests."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx

import late.testing
from late import Clock, Late
from late.testing import RequestRecord, serve_in_thread
from tests.support.modes import in_mode

API_KEY = "sk_test_reliability_4f2a9c"
IN_PROCESS_URL = "https://sandbox.invalid/api"  # never resolved: the sandbox is the transport
ACCOUNT = "acc_reliability"
POSTS = "/v1/posts"
POST_ITEM = "/v1/posts/{postId}"
POST_RETRY = "/v1/posts/{postId}/retry"


class Harness:
    """A sandbox (in process, or served on loopback) and ``Late`` clients on it, called sync or async."""

    def __init__(self, *, is_async: bool, served: bool) -> None:
        self.is_async = is_async
        self.sandbox = late.testing.sandbox()
        self.server = serve_in_thread(self.sandbox) if served else None
        self.sleeps: list[float] = []
        self.sleep_cap = 0.0
        self.fake_time = False
        self.clock = Clock(monotonic=self._monotonic, sleep=self._sleep, asleep=self._asleep)
        self._clients: list[Late] = []
        self._made = 0
        self.client = self.new_client()

    def new_client(
        self, transport: httpx.BaseTransport | None = None, api_key: str = API_KEY, **kwargs: Any
    ) -> Late:
        """A ``Late`` on this sandbox (extra kwargs go to ``Late``) on the harness's clock (the test hook)."""
        kwargs.setdefault("clock", self.clock)
        if self.server is not None:
            client = Late(api_key, base_url=self.server.url + "/api", **kwargs)
        else:
            client = Late(api_key, base_url=IN_PROCESS_URL, transport=transport or self.sandbox, **kwargs)
        self._clients.append(client)
        return client

    def _monotonic(self) -> float:
        """Real time, or with ``fake_time`` set only the time the SDK has slept."""
        return sum(self.sleeps) if self.fake_time else time.monotonic()

    def _sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        time.sleep(min(seconds, self.sleep_cap))

    async def _asleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        await asyncio.sleep(min(seconds, self.sleep_cap))

    async def call(self, op: str, *args: Any, client: Late | None = None, **kwargs: Any) -> Any:
        """``await h.call("posts.get", id)`` runs ``client.posts.get`` or ``client.posts.aget``."""
        return await in_mode(self.is_async, client or self.client, op, *args, **kwargs)

    async def create(self, *, client: Late | None = None, **kwargs: Any) -> Any:
        """``posts.create`` of a post published now, with content unique to this harness (no 409 dedup)."""
        self._made += 1
        kwargs.setdefault("content", f"reliability post {self._made}")
        kwargs.setdefault("platforms", [{"platform": "twitter", "accountId": ACCOUNT}])
        kwargs.setdefault("publish_now", True)
        return await self.call("posts.create", client=client, **kwargs)

    def seen(self, method: str, path_prefix: str = POSTS) -> list[RequestRecord]:
        """The requests the sandbox received for ``method`` on paths starting with ``path_prefix``."""
        return [r for r in self.sandbox.requests if r.method == method and r.path.startswith(path_prefix)]

    def creates(self) -> list[RequestRecord]:
        return [r for r in self.sandbox.requests if r.method == "POST" and r.path == POSTS]

    async def close(self) -> None:
        for client in self._clients:
            await client.aclose()
        if self.server is not None:
            self.server.close()


async def harness_for(is_async: bool, served: bool) -> AsyncIterator[Harness]:
    harness = Harness(is_async=is_async, served=served)
    try:
        yield harness
    finally:
        await harness.close()


def exception_chain(exc: BaseException) -> list[BaseException]:
    """The exception and everything in its ``__cause__``/``__context__`` chain."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop()
        if item is None or any(item is s for s in seen):
            continue
        seen.append(item)
        todo += [item.__cause__, item.__context__]
    return seen
