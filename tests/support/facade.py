"""The facade tests' pieces: the key, a transport that records what the sandbox cannot tell, and the
checks that bad calls raise before anything is sent (shared by the posts and post-actions tests)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from late import Late, LateAPIError, LateValidationError
from late.testing import Sandbox
from tests.support.modes import call

KEY = "sk_test_facade_0123456789abcdef"

TIKTOK_SETTINGS = {
    "privacy_level": "PUBLIC_TO_EVERYONE",
    "allow_comment": True,
    "allow_duet": True,
    "allow_stitch": True,
    "content_preview_confirmed": True,
    "express_consent_given": True,
}


class Tap(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The sandbox, plus what it cannot tell: each request's JSON body, and whether the pools closed it."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.bodies: list[Any] = []
        self.closed = self.aclosed = False

    def _record(self, request: httpx.Request) -> None:
        self.bodies.append(json.loads(request.content) if request.content else None)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self._record(request)
        return self.sandbox.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        self._record(request)
        return await self.sandbox.handle_async_request(request)

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.aclosed = True


async def assert_refused_before_sending(
    client: Late,
    sandbox: Sandbox,
    mode: str,
    name: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    param: str | None,
    fragment: str,
) -> None:
    """``posts.<name>(*args, **kwargs)`` raises a LateValidationError naming ``param``; nothing is sent."""
    with pytest.raises(LateValidationError) as info:
        await call(client, mode, name, *args, **kwargs)
    assert info.value.param == param
    assert fragment in info.value.message
    assert info.value.status_code is None
    assert sandbox.requests == []


async def assert_unknown_keyword_is_type_error(
    client: Late,
    sandbox: Sandbox,
    mode: str,
    name: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    fragment: str,
) -> None:
    """Python's TypeError with a did-you-mean (never a LateAPIError), and nothing sent."""
    with pytest.raises(TypeError) as info:
        await call(client, mode, name, *args, **kwargs)
    assert not isinstance(info.value, LateAPIError)
    assert f"{name}() got an unexpected keyword argument {fragment}" in str(info.value)
    assert sandbox.requests == []
