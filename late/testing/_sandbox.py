"""The sandbox without httpx or sockets: one request in, one :class:`Outcome` out, and the state tests read.

:class:`SandboxCore` is the front door every request passes: injected faults, the request log, the
sandbox's own routes (storage, health), then the router, auth and rate limit before a resource module's
handler runs on the :class:`Store`. :mod:`late.testing._transport` adapts it to httpx and
:mod:`late.testing._server` serves it over loopback.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Any, Generic, TypeVar, overload
from urllib.parse import unquote

from late._http import deepjson as _deepjson
from late.testing import _accounts, _media, _pages, _post_actions, _posts
from late.testing._accounts import AccountBook
from late.testing._faults import FaultList, fault_outcome, no_pause, once, pause_for
from late.testing._limits import PublishCaps, RequestWindow, parse_rate_limit_option
from late.testing._publishing import publish_due
from late.testing._routes import Router, authenticate, request_id, split_prefix
from late.testing._store import Store, Upload
from late.testing._util import ApiError
from late.testing._wire import (
    SANDBOX_HEADER,
    Body,
    Ctx,
    Outcome,
    RequestRecord,
    error_response,
    json_response,
)

__all__ = ["SandboxCore"]

T = TypeVar("T")

#: Every operation the sandbox answers, each declared by its resource's module.
ROUTER = Router((*_posts.ROUTES, *_pages.ROUTES, *_post_actions.ROUTES, *_media.ROUTES, *_accounts.ROUTES))


class _OnStore(Generic[T]):
    """An attribute of the sandbox that lives on its store, where the handlers read it.

    Tests set these on the sandbox (``sandbox.dedup = False``); the handlers are given only the store.
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> _OnStore[T]: ...

    @overload
    def __get__(self, obj: SandboxCore, owner: type | None = None) -> T: ...

    def __get__(self, obj: SandboxCore | None, owner: type | None = None) -> _OnStore[T] | T:
        if obj is None:
            return self
        value: T = getattr(obj._store, self._name)
        return value

    def __set__(self, obj: SandboxCore, value: T) -> None:
        setattr(obj._store, self._name, value)


class SandboxCore:
    """State and request handling. Every public method is thread-safe."""

    #: Reject the same content to the same account within 24 hours with a 409, as the API does.
    dedup = _OnStore[bool]()
    #: accountId -> error message: publishing to these accounts fails (drives failed/partial/retry).
    failing_accounts = _OnStore[dict[str, str]]()
    #: The per-account publish caps (None: off); see _limits.py.
    publish_caps = _OnStore[PublishCaps | None]()
    #: accountId -> profileId, for the ``profileId`` list filter (unknown accounts have no profile).
    account_profiles = _OnStore[dict[str, str]]()
    #: Profiles and connected accounts (GET /v1/accounts, /v1/profiles): the docs' ids to begin with.
    accounts = _OnStore[AccountBook]()
    #: Where presigned files are said to be public (``publicUrl``).
    media_base_url = _OnStore[str]()

    def __init__(
        self,
        *,
        now: Callable[[], datetime] | None = None,
        api_keys: Iterable[str] | None = None,
        dedup: bool = True,
        seed: int | None = None,
        media_base_url: str = "https://media.sandbox.invalid",
        account_profiles: Mapping[str, str] | None = None,
        rate_limit: tuple[int, float] | None = None,
        publish_caps: bool = True,
        demo_accounts: bool = True,
    ) -> None:
        self._store: Store = Store(
            now=now,
            dedup=dedup,
            seed=seed,
            media_base_url=media_base_url,
            account_profiles=account_profiles,
            publish_caps=publish_caps,
            demo_accounts=demo_accounts,
        )
        self._lock = self._store.lock
        #: The request rate limit per key (None: unlimited, no X-RateLimit-* headers); see _limits.py.
        self.request_window = RequestWindow(*parse_rate_limit_option(rate_limit)) if rate_limit else None
        self.api_keys: set[str] | None = set(api_keys) if api_keys is not None else None
        self.faults = FaultList(self._lock)
        self._requests: list[RequestRecord] = []

    # ----------------------------------------------------------------- state for tests

    def now(self) -> datetime:
        return self._store.now()

    @property
    def posts(self) -> dict[str, dict[str, Any]]:
        """A snapshot of the stored posts (API JSON shape), keyed by id, in creation order."""
        with self._lock:
            publish_due(self._store)
            return {pid: _deepjson.deepcopy(p.doc) for pid, p in self._store.posts.items()}

    @property
    def requests(self) -> list[RequestRecord]:
        """A snapshot of the request log, oldest first."""
        with self._lock:
            return list(self._requests)

    @property
    def uploads(self) -> dict[str, Upload]:
        """Presigned uploads by storage key (``size``/``sha256`` set once the PUT arrived)."""
        with self._lock:
            return dict(self._store.uploads)

    def reset(self) -> None:
        """Forget every post, upload, idempotency key, fault and logged request."""
        with self._lock:
            self._store.clear()
            self._requests.clear()
            self.faults.clear()
            if self.request_window is not None:
                self.request_window.reset()

    def seed_post(
        self, post_id: str | None = None, *, api_key: str = "sk_test", **fields: Any
    ) -> dict[str, Any]:
        """Store a post directly, without a request: e.g. the docs' ``post_123`` as a failed post.

        ``fields`` are API JSON fields (``content``, ``status``, ``platforms``, ``scheduledFor``...) laid
        over those of a new draft; ``post_id`` may be any string (default: a new 24-char hex id) and is
        then found by get/update/delete/retry. Platform entries take the post's status (``failed`` or
        ``published``, else ``pending``); a ``scheduled`` post publishes when its ``scheduledFor`` passes.
        ``api_key`` is the key whose user owns the post (``createdBy``). Returns a copy of the stored post.
        """
        return _posts.seed(self._store, post_id, api_key, fields)

    def set_hidden(self, post_id: str, hidden: bool = True) -> None:
        """Mark a post hidden (listed only with ``includeHidden=true``), as Zernio's ``metadata.hidden``."""
        with self._lock:
            self._store.posts[post_id].doc.setdefault("metadata", {})["hidden"] = hidden

    def run_due(self) -> int:
        """Publish the scheduled posts whose time has come (done lazily on every request too)."""
        with self._lock:
            return publish_due(self._store)

    # ----------------------------------------------------------------- dispatch

    def handle(
        self,
        method: str,
        raw_path: str,
        query: str,
        headers: Mapping[str, str],
        body: Body,
        origin: str,
        *,
        served: bool,
    ) -> Outcome:
        """Handle one request. ``headers`` names must be lower-case; ``origin`` is ``scheme://host``."""
        method = method.upper()
        path = unquote(raw_path)
        # Split the raw path, then decode each segment once (an encoded "/" stays inside its segment).
        prefix, raw_api_path = split_prefix(raw_path)
        api_path = unquote(raw_api_path) if raw_api_path is not None else None
        parts = [unquote(s) for s in raw_api_path.strip("/").split("/")] if raw_api_path is not None else []
        fault = self.faults.take(method, api_path) if api_path is not None else None
        handled = False
        if fault is not None and not fault.after and (fault.drop or fault.status is not None):
            if fault.hold is not None or (fault.delay and served):
                pause_for(fault, served)()
            outcome = fault_outcome(fault)
        else:
            pause = once(pause_for(fault, served)) if fault is not None else no_pause
            ctx = Ctx(method, api_path or path, query, headers, body, origin + prefix, pause, parts)
            handled = True
            if api_path is None:
                outcome = error_response(ApiError(404, f"No route for {method} {path}", code="not_found"))
            else:
                outcome = self._route(ctx)
            if fault is not None:
                if fault.after and (fault.drop or fault.status is not None):
                    outcome = fault_outcome(fault)
                elif fault.delay and not served:
                    outcome.timeout = True
        status = None if outcome.drop or outcome.timeout else outcome.status
        outcome.headers.append((SANDBOX_HEADER, "1"))
        if handled and not any(name.lower() == "x-request-id" for name, _ in outcome.headers):
            # Answers the sandbox gives as the API (not injected faults, which stand for anything).
            outcome.headers.append(("X-Request-Id", request_id(headers.get("x-request-id"))))
        record = RequestRecord(method, api_path or path, query, dict(headers), status, handled)
        with self._lock:
            self._requests.append(record)
        return outcome

    def _route(self, ctx: Ctx) -> Outcome:
        try:
            outcome = self._route_inner(ctx)
        except ApiError as err:
            outcome = error_response(err)
        outcome.headers.extend(ctx.rate_headers)
        return outcome

    def _route_inner(self, ctx: Ctx) -> Outcome:
        parts = ctx.parts
        method = ctx.method
        if parts[0] == "_sandbox":
            if len(parts) >= 3 and parts[1] == "storage":
                if method != "PUT":
                    raise ApiError(405, "Storage URLs accept PUT only", code="method_not_allowed")
                return _media.storage_put(self._store, ctx, "/".join(parts[2:]))
            if parts[1:] == ["health"] and method == "GET":
                return json_response(200, {"ok": True})
            raise ApiError(404, f"No route for {method} {ctx.path}", code="not_found")
        found = ROUTER.resolve(method, parts, ctx.path)  # a 405 needs no credentials: it is the path's
        authenticate(ctx, self.api_keys)
        if self.request_window is not None:  # counted per key; past the limit a 429, nothing done
            ctx.rate_headers = self.request_window.admit(ctx.api_key, lambda: self.now().timestamp())
        with self._lock:
            publish_due(self._store)
        if found is None:
            raise ApiError(404, f"No route for {method} {ctx.path}", code="not_found")
        route, ctx.params = found
        if not route.pauses_itself:
            ctx.pause()
        return route.handler(self._store, ctx)
