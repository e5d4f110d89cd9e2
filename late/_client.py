"""``Late``, the top of the house: the client users construct. Configuration (arguments, then
environment), the resources it offers, and lifecycle.

Every call goes through its requestor (``late/_http/requestor.py``, the HTTP policy); the resources
(``posts``, ``media``, ``accounts``, ``profiles``) only describe calls.
One ``Late`` holds one pooled ``httpx.Client`` and, from the first async call on, one
``httpx.AsyncClient``; ``with``/``async with`` or ``close()``/``aclose()`` release them.
"""

from __future__ import annotations

import os
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx

from late._exceptions import LateAuthenticationError
from late._http.clock import Clock
from late._http.requestor import (
    DEFAULT_BASE_URL,
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_AFTER,
    DEFAULT_TIMEOUT,
    Requestor,
)

if TYPE_CHECKING:
    from late._http.ratelimit import RateLimit
    from late.resources.accounts import Accounts, Profiles
    from late.resources.media import Media
    from late.resources.posts import Posts

API_KEY_ENV = "LATE_API_KEY"
BASE_URL_ENV = "LATE_BASE_URL"


class Late:
    """The Late API client.

    Args:
        api_key: your API key; falls back to the ``LATE_API_KEY`` environment variable.
        base_url: the API root; falls back to ``LATE_BASE_URL``, then ``https://getlate.dev/api``.
            Must be ``https`` unless the host is loopback.
        timeout: seconds (or an ``httpx.Timeout``) for each attempt of a call.
        max_retries: how often a failed call is retried when retrying is safe (default 2).
        transport: an httpx transport, e.g. ``late.testing.sandbox()`` for tests.
        max_retry_after: the longest ``Retry-After`` the SDK waits; a longer one fails at once.
        deadline: seconds a whole call may take, every attempt, wait and body read together (default
            300), so an answer trickled a byte at a time still ends with ``LateTimeoutError``. Each
            method's ``deadline=`` overrides it for one call; ``None`` here means no overall limit.
            A media upload's file transfer gets this plus one second per 100 KiB of the file.
        clock: how the client reads the time and waits between attempts and for the rate limit
            (a :class:`late.Clock`; None: the system's). Tests pass a fake one, e.g.
            ``Late(..., clock=Clock(sleep=waits.append))`` to record the waits instead of sleeping.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        max_retry_after: float = DEFAULT_MAX_RETRY_AFTER,
        deadline: float | None = DEFAULT_DEADLINE,
        clock: Clock | None = None,
    ) -> None:
        key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
        if not key:
            raise LateAuthenticationError(
                f"No API key: pass Late(api_key=...) or set the {API_KEY_ENV} environment variable"
            )
        self._requestor = Requestor(
            base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL,
            key,
            timeout=timeout,
            max_retries=max_retries,
            transport=transport,
            max_retry_after=max_retry_after,
            deadline=deadline,
            clock=clock,
        )
        self._posts: Posts | None = None
        self._media: Media | None = None
        self._accounts: Accounts | None = None
        self._profiles: Profiles | None = None

    # The resources (and the validation, time and upload code behind them) load on first use, which
    # keeps `from late import Late` cheap for programs that import it at start-up.
    # A plain property that keeps what it made (not functools.cached_property: jedi, behind IPython and
    # many editors, offers a cached_property's own attributes, attrname/func/lock, as the resource's).
    @property
    def posts(self) -> Posts:
        """Posts: create, list, get, update, delete, retry, bulk upload (and their async twins)."""
        posts = self._posts
        if posts is None:
            from late.resources.posts import Posts

            posts = self._posts = Posts(self._requestor)
        return posts

    @property
    def media(self) -> Media:
        """Media: upload files (presign, then a streamed PUT to the storage host)."""
        media = self._media
        if media is None:
            from late.resources.media import Media

            media = self._media = Media(self._requestor)
        return media

    @property
    def accounts(self) -> Accounts:
        """Accounts: the connected social accounts a post names (list, iter and their async twins)."""
        accounts = self._accounts
        if accounts is None:
            from late.resources.accounts import Accounts

            accounts = self._accounts = Accounts(self._requestor)
        return accounts

    @property
    def profiles(self) -> Profiles:
        """Profiles: the groups of accounts (list, alist)."""
        profiles = self._profiles
        if profiles is None:
            from late.resources.accounts import Profiles

            profiles = self._profiles = Profiles(self._requestor)
        return profiles

    @property
    def rate_limit(self) -> RateLimit | None:
        """The API's rate limit as its latest answer reported it (``limit``, ``remaining``, ``reset``).

        ``None`` until an answer carries the ``X-RateLimit-*`` headers. Requests made through this client
        (every thread and task) are paced by these numbers: see the README's "Rate limits".
        """
        return self._requestor.limiter.current

    @property
    def base_url(self) -> str:
        return str(self._requestor.base_url)

    def __repr__(self) -> str:
        return f"Late(base_url={self.base_url!r})"

    def close(self) -> None:
        """Close the sync connection pool; async code uses ``await client.aclose()`` or ``async with``."""
        self._requestor.close()

    async def aclose(self) -> None:
        """Close the async connection pool (and the sync one)."""
        await self._requestor.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()
