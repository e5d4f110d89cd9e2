"""Routing, auth and idempotency: what the sandbox decides from a request's path and headers alone.

Each resource module (``_posts``, ``_post_actions``, ``_pages``, ``_media``, ``_accounts``) declares its
operations as ``ROUTES``, with paths written as the spec writes them, so an endpoint is added beside its
SDK twin in ``late/resources/`` and nowhere else; :class:`Router` only matches them.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from late.testing._util import ApiError
from late.testing._wire import Ctx, Outcome

if TYPE_CHECKING:  # the store holds the account book, whose module declares routes: a cycle at run time
    from late.testing._store import Store

__all__ = [
    "IDEMPOTENCY_WINDOW",
    "Handler",
    "IdempotencyKeys",
    "Route",
    "Router",
    "authenticate",
    "request_id",
    "split_prefix",
    "user_id_for",
]

Handler = Callable[["Store", Ctx], Outcome]
IDEMPOTENCY_WINDOW = timedelta(hours=24)


@dataclass(frozen=True)
class Route:
    """One operation: its method, its path as the spec writes it (``/v1/posts/{postId}``), its handler."""

    method: str
    path: str
    handler: Handler
    #: The handler calls ``ctx.pause()`` itself: create does, once its Idempotency-Key is claimed, so
    #: that a held or delayed create shows the key "in progress" to a concurrent repeat.
    pauses_itself: bool = False


#: The order of the methods an ``Allow`` header lists.
_METHOD_ORDER = ("GET", "POST", "PUT", "PATCH", "DELETE")


class Router:
    """Finds the route of a path; a literal segment wins over a parameter (``posts/bulk-upload``)."""

    def __init__(self, routes: Iterable[Route]) -> None:
        self.routes = tuple(routes)
        self._by_template: dict[tuple[str, ...], dict[str, Route]] = {}
        for route in self.routes:
            methods = self._by_template.setdefault(tuple(route.path.strip("/").split("/")), {})
            if route.method in methods:
                raise ValueError(f"two routes for {route.method} {route.path}")
            methods[route.method] = route
        self._templates = sorted(self._by_template, key=lambda t: [s.startswith("{") for s in t])

    def resolve(self, method: str, parts: list[str], path: str) -> tuple[Route, dict[str, str]] | None:
        """The route and path parameters, or None (a 404, answered after auth as the API does).

        A known path and a method it does not take (HEAD, TRACE, PATCH... as much as a wrong one) is a
        405 with ``Allow``, which needs no credentials: it is the path's.
        """
        for template in self._templates:
            params = _match(template, parts)
            if params is None:
                continue
            routes = self._by_template[template]
            route = routes.get(method)
            if route is None:
                raise ApiError(
                    405,
                    f"Method {method} not allowed on {path}",
                    code="method_not_allowed",
                    headers={"Allow": ", ".join(sorted(routes, key=_METHOD_ORDER.index))},
                )
            return route, params
        return None


def _match(template: tuple[str, ...], parts: list[str]) -> dict[str, str] | None:
    if len(template) != len(parts):
        return None
    params: dict[str, str] = {}
    for pattern, part in zip(template, parts, strict=True):
        if pattern.startswith("{"):
            params[pattern[1:-1]] = part
        elif pattern != part:
            return None
    return params


def split_prefix(path: str) -> tuple[str, str | None]:
    """Split ``/api/v1/posts`` into (``/api``, ``/v1/posts``); the API path is None if there is none."""
    for marker in ("/v1/", "/_sandbox/"):
        index = path.find(marker)
        if index >= 0:
            return path[:index], path[index:].rstrip("/") or "/"
    if path.endswith("/v1"):
        return path[:-3], "/v1"
    return path, None


def user_id_for(api_key: str) -> str:
    """The user id (24-char hex) the sandbox attributes to an API key: ``createdBy`` / ``post.userId``."""
    return hashlib.sha256(api_key.encode()).hexdigest()[:24]


def authenticate(ctx: Ctx, api_keys: set[str] | None) -> None:
    header = ctx.headers.get("authorization")
    if not header:
        raise ApiError(
            401,
            "Missing API key. Send it as Authorization: Bearer <your API key>.",
            code="missing_credentials",
        )
    scheme, _, key = header.partition(" ")
    key = key.strip()
    valid = scheme.lower() == "bearer" and bool(key)
    if valid:
        valid = key in api_keys if api_keys is not None else key.startswith("sk_")
    if not valid:
        raise ApiError(401, "Invalid API key.", code="invalid_credentials")
    ctx.api_key = key
    ctx.user_id = user_id_for(key)


_REQUEST_ID = re.compile(r"[!-~]{1,128}")


def request_id(sent: str | None) -> str:
    """The API's ``X-Request-Id``: "a valid x-request-id you send is reused as that id", else a new one."""
    return sent if sent is not None and _REQUEST_ID.fullmatch(sent) else f"req_{uuid.uuid4().hex}"


@dataclass
class _Slot:
    post_id: str | None  # None while the create that claimed the key runs
    at: datetime


class IdempotencyKeys:
    """Each user's ``Idempotency-Key`` values and the post the first create with each made, for 24 hours.

    A key is claimed before its create runs, so a concurrent repeat gets a 409 with ``Retry-After``
    instead of making a second post; a create that made no post (an error, a dry run) frees it.
    Not thread-safe on its own: callers hold the store's lock.
    """

    def __init__(self) -> None:
        self._slots: dict[tuple[str, str], _Slot] = {}

    def claim(self, slot: tuple[str, str], now: datetime, exists: Callable[[str], bool]) -> str | None:
        """The id of the post to answer again, or None once the key is claimed for this request.

        A key whose post was deleted since is claimed afresh, as an unused key would be.
        """
        entry = self._slots.get(slot)
        if entry is not None and now - entry.at < IDEMPOTENCY_WINDOW:
            if entry.post_id is None:
                raise ApiError(
                    409,
                    "A request with this Idempotency-Key is still being processed. Retry after the delay.",
                    code="idempotency_conflict",
                    param="Idempotency-Key",
                    headers={"Retry-After": "1"},
                )
            if exists(entry.post_id):
                return entry.post_id
        self._slots[slot] = _Slot(None, now)
        return None

    def record(self, slot: tuple[str, str], post_id: str, now: datetime) -> None:
        """The claimed key's create made ``post_id``: a repeat within the window answers that post."""
        self._slots[slot] = _Slot(post_id, now)

    def forget(self, slot: tuple[str, str]) -> None:
        """The claimed key's create made no post: the key is free again."""
        self._slots.pop(slot, None)

    def release(self, slot: tuple[str, str]) -> None:
        """The claimed key's create failed midway (an exception, a dropped connection): free the key."""
        entry = self._slots.get(slot)
        if entry is not None and entry.post_id is None:
            del self._slots[slot]

    def clear(self) -> None:
        self._slots.clear()
