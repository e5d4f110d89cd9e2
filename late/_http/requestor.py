"""The requestor: one request policy for every call, sync and async, over pooled httpx clients.

:class:`Requestor` owns one pooled ``httpx.Client`` and one ``httpx.AsyncClient`` (each created on first
use) and sends :class:`~late._http.request.ApiRequest` objects with :meth:`Requestor.send` /
:meth:`Requestor.asend`. Both return the 2xx ``httpx.Response`` (body already read, size-bounded) or
raise the mapped :class:`~late.LateAPIError` subclass after retries. It wraps httpx's client, not one of
its transports (the layer below the client, which ``Late(transport=...)`` takes).
The rules it follows (retries, Retry-After, pacing, deadline, bodies) and why: ``docs/design.md``.
"""

from __future__ import annotations

import math
import random
import sys
import threading
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, Final, Self, TypeVar

import httpx

from late._exceptions import LateAPIError, LateAuthenticationError, LateClientClosedError, LateValidationError
from late._http import body as _body
from late._http import netconfig as _netconfig
from late._http.body import DEFAULT_MAX_BODY_BYTES, BodyTooLarge
from late._http.call import Call, as_deadline, as_timeout, check_max_retries, longest_wait
from late._http.clock import SYSTEM_CLOCK, Clock
from late._http.logs import SIGNED_URLS, Secret
from late._http.ratelimit import RateLimiter
from late._http.request import ApiRequest, ExternalRequest, RequestOptions
from late._http.retry import RetryPolicy
from late._http.urls import ApiUrls, is_loopback, validate_base_url
from late._setup import set_up

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_AFTER",
    "DEFAULT_TIMEOUT",
    "Requestor",
]

DEFAULT_BASE_URL: Final = "https://getlate.dev/api"
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RETRIES: Final = 2
DEFAULT_MAX_RETRY_AFTER: Final = 60.0
#: Seconds a whole call may take by default, every attempt, sleep and body read included, so that an
#: answer trickled a byte at a time still ends. Three 30 s attempts with two 60 s Retry-After waits fit.
DEFAULT_DEADLINE: Final = 300.0

_C = TypeVar("_C", httpx.Client, httpx.AsyncClient)


def _sdk_user_agent() -> str:
    try:
        from importlib.metadata import version

        ver = version("late-python")
    except Exception:
        ver = "unknown"
    return f"late-python/{ver} httpx/{httpx.__version__} python/{sys.version_info[0]}.{sys.version_info[1]}"


class Requestor:
    """The HTTP machinery shared by every call. Thread-safe for sync use; one event loop for async use.

    Args:
        base_url: API root; ``https`` required unless the host is loopback (127.0.0.0/8, ::1, localhost).
        api_key: sent as ``Authorization: Bearer <key>`` only to ``base_url``'s origin; never logged/shown.
        max_retries: retries after the first attempt (default 2, so up to 3 attempts).
        timeout: seconds or an ``httpx.Timeout`` (default 30 s, 10 s to connect).
        transport: an httpx transport used for the sync client if it is a ``BaseTransport`` and for the
            async client if it is an ``AsyncBaseTransport`` (``httpx.MockTransport`` and the sandbox
            are both).
        max_retry_after: the longest ``Retry-After`` the SDK will sleep for; longer fails at once.
        default_headers: extra headers on every request (cannot override ``Authorization``).
        max_body_bytes: the largest response body read (decoded); bigger fails with ``LateAPIError``.
        deadline: seconds a whole call may take unless the call says otherwise (default 300; None: no
            limit). A storage upload's default adds one second per 100 KiB of the file.
        clock: how the retry loop and the rate limiter read the time and wait (a :class:`Clock`; None:
            the system's): a test's fake clock.
        rand: the backoff's jitter, uniform in [0, 1) (``random.random``): injectable for tests.

    TLS verification is always on: there is deliberately no ``verify`` argument, and one of httpx's own
    transports with verification off is refused (``LateValidationError``, ``param="transport"``). What
    another custom transport does is its author's responsibility.
    """

    def __init__(
        self,
        base_url: str | httpx.URL = DEFAULT_BASE_URL,
        api_key: str | None = None,
        *,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        max_retry_after: float = DEFAULT_MAX_RETRY_AFTER,
        default_headers: Mapping[str, str] | None = None,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        deadline: float | None = DEFAULT_DEADLINE,
        clock: Clock | None = None,
        rand: Callable[[], float] = random.random,
    ) -> None:
        set_up()  # the SDK's process-wide set-up, once (late/_setup.py)
        self.base_url = validate_base_url(base_url)
        if not api_key or not isinstance(api_key, str):
            raise LateAuthenticationError(
                "No API key: pass api_key=... or set the LATE_API_KEY environment variable"
            )
        if api_key != api_key.strip() or not api_key.isascii() or not api_key.isprintable():
            raise LateValidationError(
                "api_key contains whitespace, control or non-ASCII characters", param="api_key"
            )
        self._api_key = Secret(api_key)
        check_max_retries(max_retries)
        if not max_retry_after >= 0:
            raise LateValidationError("max_retry_after must be >= 0", param="max_retry_after")
        if max_body_bytes <= 0:
            raise LateValidationError("max_body_bytes must be > 0", param="max_body_bytes")
        self.max_retries = max_retries
        self.timeout = as_timeout(timeout)
        self._longest_wait = longest_wait(self.timeout)
        deadline = as_deadline(deadline)
        self.deadline = None if deadline == math.inf else deadline
        self.policy = RetryPolicy(max_retries=max_retries, max_retry_after=float(max_retry_after))
        self.max_body_bytes = max_body_bytes
        _netconfig.check_verifies(transport)
        self._transport = transport
        self._headers = {
            "User-Agent": _sdk_user_agent(),
            "Accept": "application/json",
            "Accept-Encoding": _body.ACCEPT_ENCODING,  # the codings decoded within the body limit
            **{k: v for k, v in (default_headers or {}).items() if k.lower() != "authorization"},
        }
        clock = SYSTEM_CLOCK if clock is None else clock
        if not isinstance(clock, Clock):
            raise LateValidationError(
                f"clock must be a late.Clock, got {type(clock).__name__}", param="clock"
            )
        #: How this client reads the time and waits (late/_http/clock.py).
        self.clock = clock
        self._rand = rand
        #: Paces requests by the API's X-RateLimit-* headers (late/_http/ratelimit.py); one per client.
        self.limiter = RateLimiter(clock)
        self._lock = threading.Lock()
        self._client: httpx.Client | None = None
        self._aclient: httpx.AsyncClient | None = None
        self._external: dict[bool, httpx.Client] = {}  # by "the host is loopback" (never proxied)
        self._aexternal: dict[bool, httpx.AsyncClient] = {}
        self._aloop: object = None  # the event loop the async pools belong to
        self.api_url = ApiUrls()
        self._closed = False

    def redact(self, err: LateAPIError) -> LateAPIError:
        """``err`` with this client's key scrubbed out (for errors raised above the requestor)."""
        err.redact(self._api_key.get())
        return err

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={str(self.base_url)!r}, api_key='***', "
            f"max_retries={self.max_retries}, timeout={self.timeout!r})"
        )

    # ---- clients --------------------------------------------------------------------------------------

    def _build(self, cls: type[_C], *, api: bool, host: str) -> _C:
        """A new pooled client: the API's (base URL, headers) or a storage one (neither), both under one
        proxy rule: the environment's proxies, except for loopback hosts (see ``_netconfig``)."""
        is_async = issubclass(cls, httpx.AsyncClient)
        given: Any = self._transport
        if not isinstance(given, httpx.AsyncBaseTransport if is_async else httpx.BaseTransport):
            given = None
        direct = is_loopback(host)
        extra: dict[str, Any] = (
            {"base_url": self.base_url, "headers": self._headers}
            if api
            else {"headers": {"Accept-Encoding": _body.ACCEPT_ENCODING}}  # the codings bounded when read
        )

        def factory() -> _C:
            transport: Any = given or (_netconfig.direct_transport(is_async) if direct else None)
            return cls(
                transport=transport,
                timeout=self.timeout,
                follow_redirects=False,  # a redirect must never carry the key anywhere
                trust_env=True,
                **extra,
            )

        return _netconfig.build_client(factory, proxied=given is None and not direct)

    def _sync_client(self) -> httpx.Client:
        if self._closed:
            raise LateClientClosedError
        with self._lock:
            if self._client is None:
                self._client = self._build(httpx.Client, api=True, host=self.base_url.host)
            return self._client

    def _follow_event_loop(self) -> None:
        """Drop async pools made on another event loop (caller holds the lock).

        An httpx.AsyncClient belongs to the loop it first ran on; a program that calls
        ``asyncio.run`` once per job with one client would otherwise get "Event loop is closed"
        from the second job on. The old pools' loop is gone or not running here, so their
        connections cannot be closed from this loop; they are dropped.
        """
        import asyncio

        loop = asyncio.get_running_loop()
        if self._aloop is not loop:
            self._aclient = None
            self._aexternal = {}
            self._aloop = loop

    def _async_client(self) -> httpx.AsyncClient:
        if self._closed:
            raise LateClientClosedError
        with self._lock:
            self._follow_event_loop()
            if self._aclient is None:
                self._aclient = self._build(httpx.AsyncClient, api=True, host=self.base_url.host)
            return self._aclient

    def _external_client(self, url: str) -> httpx.Client:
        """The client for :class:`ExternalRequest`: no base URL, no default headers, never the key.
        One for loopback hosts (never proxied) and one for the others."""
        if self._closed:
            raise LateClientClosedError
        host = httpx.URL(url).host
        with self._lock:
            direct = is_loopback(host)
            if direct not in self._external:
                self._external[direct] = self._build(httpx.Client, api=False, host=host)
            return self._external[direct]

    def _async_external_client(self, url: str) -> httpx.AsyncClient:
        if self._closed:
            raise LateClientClosedError
        host = httpx.URL(url).host
        with self._lock:
            self._follow_event_loop()
            direct = is_loopback(host)
            if direct not in self._aexternal:
                self._aexternal[direct] = self._build(httpx.AsyncClient, api=False, host=host)
            return self._aexternal[direct]

    def close(self) -> None:
        """Close the sync connection pools. Async code closes its pools with :meth:`aclose` (or
        ``async with``), on the loop they belong to."""
        self._closed = True
        with self._lock:
            client, self._client = self._client, None
            external, self._external = self._external, {}
        for sync_client in (client, *external.values()):
            if sync_client is not None:
                sync_client.close()

    async def aclose(self) -> None:
        """Close both connection pools."""
        self.close()
        with self._lock:
            aclient, self._aclient = self._aclient, None
            aexternal, self._aexternal = self._aexternal, {}
        for async_client in (aclient, *aexternal.values()):
            if async_client is not None:
                await async_client.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    # ---- sending: two tiny loops over one Call ---------------------------------------------------------

    def send(self, request: ApiRequest, options: RequestOptions | None = None) -> httpx.Response:
        """Send with retries; the 2xx response (body read) or the mapped ``LateAPIError``."""
        return self._send(self._sync_client(), Call(self, request, options))

    async def asend(self, request: ApiRequest, options: RequestOptions | None = None) -> httpx.Response:
        """Async :meth:`send`: the same policy, the same ``Call``."""
        return await self._asend(self._async_client(), Call(self, request, options))

    def send_external(
        self, request: ExternalRequest, options: RequestOptions | None = None
    ) -> httpx.Response:
        """:meth:`send` to another host (see :class:`ExternalRequest`): no key, no API headers."""
        with SIGNED_URLS.hiding(request.url):
            return self._send(self._external_client(request.url), Call(self, request, options))

    async def asend_external(
        self, request: ExternalRequest, options: RequestOptions | None = None
    ) -> httpx.Response:
        """Async :meth:`send_external`."""
        with SIGNED_URLS.hiding(request.url):
            return await self._asend(self._async_external_client(request.url), Call(self, request, options))

    def _send(self, client: httpx.Client, call: Call) -> httpx.Response:
        while True:
            while wait := call.pace():  # the API's rate limit is used up: wait for a slot before sending
                self.clock.sleep(wait)
            http_request = call.next_request(client)
            try:
                response = client.send(http_request, stream=True)
                call.saw(response)
                try:
                    reader = call.body_reader(response)
                    if reader.one_read:  # the common case: no decoding, so no rebuilt response
                        reader.bound()
                        response.read()
                    else:
                        for chunk in response.iter_raw():
                            reader.feed(chunk)
                    outcome: httpx.Response | httpx.HTTPError = reader.result()
                    if reader.untrusted():
                        _body.close_connection(response)
                finally:
                    response.close()
            except httpx.HTTPError as exc:
                outcome = exc
            except BodyTooLarge as exc:
                raise call.too_large(response, exc) from None
            step = call.after(outcome)
            if isinstance(step, httpx.Response):
                return step
            self.clock.sleep(step)

    async def _asend(self, client: httpx.AsyncClient, call: Call) -> httpx.Response:
        while True:
            while wait := call.pace():
                await self.clock.asleep(wait)
            http_request = call.next_request(client)
            try:
                response = await client.send(http_request, stream=True)
                call.saw(response)
                try:
                    reader = call.body_reader(response)
                    if reader.one_read:
                        reader.abound()
                        await response.aread()
                    else:
                        async for chunk in response.aiter_raw():
                            reader.feed(chunk)
                    outcome: httpx.Response | httpx.HTTPError = reader.result()
                    if reader.untrusted():
                        await _body.aclose_connection(response)
                finally:
                    await response.aclose()
            except httpx.HTTPError as exc:
                outcome = exc
            except BodyTooLarge as exc:
                raise call.too_large(response, exc) from None
            step = call.after(outcome)
            if isinstance(step, httpx.Response):
                return step
            await self.clock.asleep(step)
