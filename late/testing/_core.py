"""The sandbox core: a thread-safe, in-memory, request -> response emulation of the Late Posts and Media API.

It knows nothing about sockets or httpx: :mod:`late.testing._transport` adapts it to httpx and
:mod:`late.testing._server` serves it over loopback.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import heapq
import itertools
import json
import mimetypes
import random
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol
from urllib.parse import parse_qsl, quote, unquote
from zoneinfo import ZoneInfo

from late._http import deepjson as _deepjson
from late._http.jsonutil import JSONParseError, loads_safely
from late.testing import _validate as v
from late.testing._accounts import AccountBook
from late.testing._faults import Fault, FaultList
from late.testing._limits import PublishCaps, RequestWindow, parse_rate_limit_option
from late.testing._multipart import parse_form
from late.testing._util import ApiError, IdFactory, bad_request, default_fault_envelope, iso, utc

__all__ = ["SANDBOX_HEADER", "Body", "Outcome", "RequestRecord", "SandboxCore", "Upload", "error_outcome"]

#: Set on every answer the sandbox sends, so a test behind a proxy (Prism) can tell who answered.
SANDBOX_HEADER = "X-Late-Sandbox"
IDEMPOTENCY_WINDOW = timedelta(hours=24)
DEDUP_WINDOW = timedelta(hours=24)
PRESIGN_TTL_SECONDS = 3600
MAX_UPLOAD_BYTES = 5 * 1024**3
MAX_JSON_BODY = 16 * 1024 * 1024
#: upload-direct: the API's host refuses bodies above about 4.5 MB; its files are kept 7 days.
MAX_DIRECT_UPLOAD_BYTES = 4_500_000
DIRECT_UPLOAD_TTL = timedelta(days=7)

EDITABLE_STATUSES = frozenset({"draft", "scheduled", "failed", "partial", "cancelled"})
RETRYABLE_STATUSES = frozenset({"failed", "partial"})
POST_STATUSES = (
    "draft",
    "pending_approval",
    "scheduled",
    "publishing",
    "published",
    "partial",
    "failed",
    "cancelled",
)
LIST_PARAMS = (
    "page",
    "limit",
    "offset",
    "cursor",
    "fields",
    "source",
    "status",
    "platform",
    "profileId",
    "createdBy",
    "fromDate",
    "toDate",
    "dateFrom",
    "dateTo",
    "includeHidden",
    "search",
    "tags",
    "tag",
    "sortBy",
    "accountId",
)
LIST_FIELDS = frozenset(
    {
        "_id",
        "userId",
        "title",
        "content",
        "mediaItems",
        "platforms",
        "scheduledFor",
        "timezone",
        "status",
        "tags",
        "hashtags",
        "mentions",
        "visibility",
        "metadata",
        "recycling",
        "recycledFromPostId",
        "queuedFromProfile",
        "queueId",
        "createdAt",
        "updatedAt",
    }
)
SORTS = ("scheduled-desc", "scheduled-asc", "created-desc", "created-asc", "status", "platform")
OBJECT_ID_RE = re.compile(r"^[0-9a-f]{24}$")
DATE_ONLY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EDITABLE_PLATFORMS = frozenset(
    {
        "twitter",
        "discord",
        "facebook",
        "reddit",
        "linkedin",
        "telegram",
        "pinterest",
        "googlebusiness",
        "youtube",
        "slack",
    }
)
UNPUBLISHABLE_PLATFORMS = frozenset(
    {
        "threads",
        "facebook",
        "twitter",
        "linkedin",
        "youtube",
        "pinterest",
        "reddit",
        "bluesky",
        "googlebusiness",
        "telegram",
    }
)
PREPARE_TARGETS = v.Choices(
    {
        "instagram",
        "instagram_story",
        "facebook",
        "facebook_reel",
        "facebook_story",
        "threads",
        "tiktok",
        "linkedin",
        "twitter",
        "bluesky",
        "pinterest",
        "reddit",
        "snapchat",
        "telegram",
        "googlebusiness",
        "youtube_thumbnail",
    }
)
PRIVACY_STATUSES = ("public", "private", "unlisted")
METADATA_FIELDS = (
    "title",
    "description",
    "tags",
    "categoryId",
    "privacyStatus",
    "thumbnailUrl",
    "madeForKids",
    "containsSyntheticMedia",
    "playlistId",
)


class Body(Protocol):
    """A request body as the core sees it: read whole (API calls) or hashed as a stream (uploads)."""

    def read(self) -> bytes: ...

    def digest(self) -> tuple[int, str]:
        """Consume the body, returning (size in bytes, sha256 hex), without keeping it in memory."""
        ...


class BytesBody:
    def __init__(self, data: bytes) -> None:
        self._data = data

    def read(self) -> bytes:
        return self._data

    def digest(self) -> tuple[int, str]:
        return len(self._data), hashlib.sha256(self._data).hexdigest()


class StreamBody:
    """A body read lazily from an iterator of chunks."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks: Iterator[bytes] | None = iter(chunks)
        self._data: bytes | None = None

    def read(self) -> bytes:
        if self._data is None:
            self._data = b"".join(self._chunks or ())
            self._chunks = None
        return self._data

    def digest(self) -> tuple[int, str]:
        if self._data is not None:
            return len(self._data), hashlib.sha256(self._data).hexdigest()
        hasher = hashlib.sha256()
        size = 0
        for chunk in self._chunks or ():
            hasher.update(chunk)
            size += len(chunk)
        self._chunks = None
        self._data = b""
        return size, hasher.hexdigest()


class DigestBody:
    """A body already consumed and hashed by the transport (async uploads)."""

    def __init__(self, size: int, sha256: str) -> None:
        self._size = size
        self._sha256 = sha256

    def read(self) -> bytes:
        return b""

    def digest(self) -> tuple[int, str]:
        return self._size, self._sha256


@dataclass(frozen=True)
class RequestRecord:
    """One request the sandbox received.

    ``path`` has the base-URL prefix removed (``/v1/posts``); ``headers`` names are lower-case;
    ``status`` is the status the client received, ``None`` when it got no answer (dropped connection or
    in-process timeout); ``handled`` tells whether the API processed it (its effects happened).
    """

    method: str
    path: str
    query: str
    headers: Mapping[str, str]
    status: int | None
    handled: bool


@dataclass(frozen=True)
class Upload:
    """A presigned upload and, once PUT, what was received (the bytes themselves are never kept)."""

    key: str
    filename: str
    content_type: str
    declared_size: int | None
    public_url: str
    expires_at: datetime
    size: int | None = None
    sha256: str | None = None
    uploaded_content_type: str | None = None


@dataclass
class Outcome:
    """What the transport must do: answer, drop the connection, or (in process) time out."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes
    drop: bool = False
    timeout: bool = False


@dataclass
class _Idem:
    post_id: str | None
    at: datetime


_POST_SEQ = itertools.count()


@dataclass
class _Post:
    doc: dict[str, Any]
    user_id: str
    created_at: datetime
    request_id: str | None = None
    due: list[datetime | None] = field(default_factory=list)
    #: Creation order: breaks ties between equal times, and a cursor names its last post by it.
    seq: int = field(default_factory=lambda: next(_POST_SEQ))
    #: Entries (indexes) held past a publish-now by the TikTok cap: they publish at their due time.
    held: set[int] = field(default_factory=set)


@dataclass
class _Ctx:
    method: str
    path: str
    query: str
    headers: Mapping[str, str]
    body: Body
    base: str
    pause: Callable[[], None]
    parts: list[str]
    user_id: str = ""
    api_key: str = ""
    rate_headers: list[tuple[str, str]] = field(default_factory=list)  # the key's X-RateLimit-* headers

    def json(self, *, required: bool = True) -> dict[str, Any]:
        raw = self.body.read()
        if len(raw) > MAX_JSON_BODY:
            raise ApiError(413, "Request body too large", code="payload_too_large")
        if not raw.strip():
            if required:
                raise bad_request("Request body is required (a JSON object)", None, "missing_body")
            return {}
        try:
            data = loads_safely(raw)  # as the SDK reads answers: nesting up to orjson's 1,024 levels
        except JSONParseError:
            raise bad_request("Request body is not valid JSON", None, "invalid_json") from None
        if not isinstance(data, dict):
            raise bad_request("Request body must be a JSON object", None, "invalid_json")
        return data


_REQUEST_ID = re.compile(r"[!-~]{1,128}")


def _request_id(sent: str | None) -> str:
    """The API's ``X-Request-Id``: "a valid x-request-id you send is reused as that id", else a new one."""
    return sent if sent is not None and _REQUEST_ID.fullmatch(sent) else f"req_{uuid.uuid4().hex}"


def _json_response(status: int, payload: Any, headers: Mapping[str, str] | None = None) -> Outcome:
    try:
        body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
    except RecursionError:  # a post's metadata nested as deep as the SDK sends it
        body = _deepjson.dumps(payload)
    out = [("Content-Type", "application/json; charset=utf-8")]
    out.extend((headers or {}).items())
    return Outcome(status, out, body)


def _error_response(err: ApiError) -> Outcome:
    return _json_response(err.status, err.envelope(), err.headers)


def error_outcome(status: int, message: str, *, code: str) -> Outcome:
    """An error answer in the API's JSON envelope (for the server's own errors: a malformed request)."""
    return _error_response(ApiError(status, message, code=code))


def user_id_for(api_key: str) -> str:
    """The user id (24-char hex) the sandbox attributes to an API key: ``createdBy`` / ``post.userId``."""
    return hashlib.sha256(api_key.encode()).hexdigest()[:24]


class SandboxCore:
    """State and request handling. Every public method is thread-safe."""

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
        self._lock = threading.RLock()
        #: The request rate limit per key (None: unlimited, no X-RateLimit-* headers); see _limits.py.
        self.request_window = RequestWindow(*parse_rate_limit_option(rate_limit)) if rate_limit else None
        #: The per-account publish caps (None: off); see _limits.py.
        self.publish_caps = PublishCaps() if publish_caps else None
        self._clock = now
        self.api_keys: set[str] | None = set(api_keys) if api_keys is not None else None
        self.dedup = dedup
        self.media_base_url = media_base_url.rstrip("/")
        #: accountId -> profileId, used by the ``profileId`` list filter (unknown accounts have no profile).
        self.account_profiles: dict[str, str] = {}
        #: Profiles and connected accounts (GET /v1/accounts, /v1/profiles): the docs' ids to begin with.
        self.accounts = AccountBook(self._lock, self.account_profiles, demo=demo_accounts)
        self.account_profiles.update(account_profiles or {})
        #: accountId -> error message: publishing to these accounts fails (drives failed/partial/retry).
        self.failing_accounts: dict[str, str] = {}
        self.faults = FaultList(self._lock)
        self._rng = random.Random(seed)
        self._ids = IdFactory(self._rng, self.now)
        self._posts: dict[str, _Post] = {}
        # Due-post publishing, O(log n) per request: a heap of (next due time, ticket, post id) and, per
        # scheduled post, the ticket of its one current heap entry. Rescheduling, publishing or deleting a
        # post issues a new ticket (or none), which invalidates its older entries lazily: they are dropped
        # when they reach the top of the heap.
        self._due_heap: list[tuple[datetime, int, str]] = []
        self._due_ticket: dict[str, int] = {}
        self._tickets = itertools.count()
        # The duplicate-content check looks posts up by fingerprint instead of walking them all:
        # fingerprint -> {post id: None} (the posts with an entry of that fingerprint), and post id ->
        # its fingerprints and its position in ``_posts`` (the walk's order, which picks the reported match).
        self._by_fingerprint: dict[tuple[str, str, str], dict[str, None]] = {}
        self._fingerprints_of: dict[str, list[tuple[str, str, str]]] = {}
        self._position: dict[str, int] = {}
        self._positions = itertools.count()
        self._idem: dict[tuple[str, str], _Idem] = {}
        self._uploads: dict[str, Upload] = {}
        self._requests: list[RequestRecord] = []

    # ----------------------------------------------------------------- state for tests

    def now(self) -> datetime:
        return utc(self._clock()) if self._clock is not None else utc(datetime.now().astimezone())

    @property
    def posts(self) -> dict[str, dict[str, Any]]:
        """A snapshot of the stored posts (API JSON shape), keyed by id, in creation order."""
        with self._lock:
            self._tick()
            return {pid: _deepjson.deepcopy(p.doc) for pid, p in self._posts.items()}

    @property
    def requests(self) -> list[RequestRecord]:
        """A snapshot of the request log, oldest first."""
        with self._lock:
            return list(self._requests)

    @property
    def uploads(self) -> dict[str, Upload]:
        """Presigned uploads by storage key (``size``/``sha256`` set once the PUT arrived)."""
        with self._lock:
            return dict(self._uploads)

    def reset(self) -> None:
        """Forget every post, upload, idempotency key, fault and logged request."""
        with self._lock:
            self._posts.clear()
            self._due_heap.clear()
            self._due_ticket.clear()
            self._by_fingerprint.clear()
            self._fingerprints_of.clear()
            self._position.clear()
            self._idem.clear()
            self._uploads.clear()
            self._requests.clear()
            self.faults.clear()
            self.failing_accounts.clear()
            if self.request_window is not None:
                self.request_window.reset()
            if self.publish_caps is not None:
                self.publish_caps.reset()

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
        with self._lock:
            now = self.now()
            doc = _new_post_doc(post_id if post_id is not None else self._ids(), user_id_for(api_key), now)
            doc.update(_deepjson.deepcopy(fields))
            status = doc["status"]
            entry_status = status if status in {"failed", "published"} else "pending"
            for entry in doc["platforms"]:
                entry.setdefault("status", entry_status)
            post = _Post(doc, doc["userId"], now)
            when = (
                v.parse_datetime(doc["scheduledFor"], "scheduledFor", None) if "scheduledFor" in doc else None
            )
            post.due = [when for _ in doc["platforms"]]
            self._store(post)
            return _deepjson.deepcopy(doc)

    def set_hidden(self, post_id: str, hidden: bool = True) -> None:
        """Mark a post hidden (listed only with ``includeHidden=true``), as Zernio's ``metadata.hidden``."""
        with self._lock:
            self._posts[post_id].doc.setdefault("metadata", {})["hidden"] = hidden

    def run_due(self) -> int:
        """Publish the scheduled posts whose time has come (done lazily on every request too)."""
        with self._lock:
            return self._tick()

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
        prefix, raw_api_path = _split_prefix(raw_path)
        api_path = unquote(raw_api_path) if raw_api_path is not None else None
        parts = [unquote(s) for s in raw_api_path.strip("/").split("/")] if raw_api_path is not None else []
        fault = self.faults.take(method, api_path) if api_path is not None else None
        handled = False
        if fault is not None and not fault.after and (fault.drop or fault.status is not None):
            if fault.hold is not None or (fault.delay and served):
                _pause_for(fault, served)()
            outcome = _fault_outcome(fault)
        else:
            pause = _once(_pause_for(fault, served)) if fault is not None else _no_pause
            ctx = _Ctx(method, api_path or path, query, headers, body, origin + prefix, pause, parts)
            handled = True
            if api_path is None:
                outcome = _error_response(ApiError(404, f"No route for {method} {path}", code="not_found"))
            else:
                outcome = self._route(ctx)
            if fault is not None:
                if fault.after and (fault.drop or fault.status is not None):
                    outcome = _fault_outcome(fault)
                elif fault.delay and not served:
                    outcome.timeout = True
        status = None if outcome.drop or outcome.timeout else outcome.status
        outcome.headers.append((SANDBOX_HEADER, "1"))
        if handled and not any(name.lower() == "x-request-id" for name, _ in outcome.headers):
            # Answers the sandbox gives as the API (not injected faults, which stand for anything).
            outcome.headers.append(("X-Request-Id", _request_id(headers.get("x-request-id"))))
        record = RequestRecord(method, api_path or path, query, dict(headers), status, handled)
        with self._lock:
            self._requests.append(record)
        return outcome

    def _route(self, ctx: _Ctx) -> Outcome:
        try:
            outcome = self._route_inner(ctx)
        except ApiError as err:
            outcome = _error_response(err)
        outcome.headers.extend(ctx.rate_headers)
        return outcome

    def _route_inner(self, ctx: _Ctx) -> Outcome:
        parts = ctx.parts
        method = ctx.method
        if parts[0] == "_sandbox":
            if len(parts) >= 3 and parts[1] == "storage":
                if method != "PUT":
                    raise ApiError(405, "Storage URLs accept PUT only", code="method_not_allowed")
                return self._storage_put(ctx, "/".join(parts[2:]))
            if parts[1:] == ["health"] and method == "GET":
                return _json_response(200, {"ok": True})
            raise ApiError(404, f"No route for {method} {ctx.path}", code="not_found")
        handler = self._resolve(method, parts, ctx)  # a 405 needs no credentials: it is the path's
        self._authenticate(ctx)
        if self.request_window is not None:  # counted per key; past the limit a 429, nothing done
            ctx.rate_headers = self.request_window.admit(ctx.api_key, lambda: self.now().timestamp())
        with self._lock:
            self._tick()
        if handler is None:
            raise ApiError(404, f"No route for {method} {ctx.path}", code="not_found")
        if handler != self._create:
            ctx.pause()
        return handler(ctx)

    def _resolve(self, method: str, parts: list[str], ctx: _Ctx) -> Callable[[_Ctx], Outcome] | None:
        """The handler for a /v1 path (path parameters bound), raising 405 (with ``Allow``) for a known
        path and a method it does not take (HEAD, TRACE, PATCH... as much as a wrong one)."""
        rest = parts[1:]
        routes: dict[str, Callable[[_Ctx], Outcome]]
        if rest == ["posts"]:
            routes = {"GET": self._list, "POST": self._create}
        elif rest == ["posts", "bulk-upload"]:
            routes = {"POST": _bulk_upload}
        elif rest == ["posts", "sync-external"]:
            routes = {"POST": self._sync_external}
        elif len(rest) == 2 and rest[0] == "posts":
            post_id = rest[1]
            routes = {
                "GET": lambda c: self._get(c, post_id),
                "PUT": lambda c: self._update(c, post_id),
                "DELETE": lambda c: self._delete(c, post_id),
            }
        elif len(rest) == 3 and rest[0] == "posts":
            post_id = rest[1]
            action = {
                "retry": self._retry,
                "edit": self._edit,
                "pin": self._pin,
                "unpin": self._unpin,
                "review": self._review,
                "unpublish": self._unpublish,
                "update-metadata": self._update_metadata,
            }.get(rest[2])
            if action is None:
                return None
            routes = {"POST": lambda c: action(c, post_id)}
        elif rest == ["accounts"]:
            routes = {"GET": lambda c: _json_response(200, self.accounts.list_accounts(c.query))}
        elif rest == ["profiles"]:
            routes = {"GET": lambda c: _json_response(200, self.accounts.list_profiles(c.query))}
        elif rest == ["media", "presign"]:
            routes = {"POST": self._presign}
        elif rest == ["media", "prepare"]:
            routes = {"POST": self._prepare}
        elif rest == ["media", "upload-direct"]:
            routes = {"POST": self._upload_direct}
        else:
            return None
        handler = routes.get(method)
        if handler is None:
            raise ApiError(
                405,
                f"Method {method} not allowed on {ctx.path}",
                code="method_not_allowed",
                headers={"Allow": ", ".join(routes)},
            )
        return handler

    def _authenticate(self, ctx: _Ctx) -> None:
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
            valid = key in self.api_keys if self.api_keys is not None else key.startswith("sk_")
        if not valid:
            raise ApiError(401, "Invalid API key.", code="invalid_credentials")
        ctx.api_key = key
        ctx.user_id = user_id_for(key)

    # ----------------------------------------------------------------- posts: create

    def _create(self, ctx: _Ctx) -> Outcome:
        key = ctx.headers.get("idempotency-key")
        if key is not None and len(key) > 255:
            raise bad_request("Idempotency-Key must be at most 255 characters", "Idempotency-Key")
        slot = (ctx.user_id, key) if key else None
        if slot is not None:
            with self._lock:
                replay = self._idempotency_begin(slot)
            if replay is not None:
                return replay
        try:
            ctx.pause()
            with self._lock:
                outcome, post_id = self._create_locked(ctx, slot is not None)
                if slot is not None:
                    if post_id is not None:
                        self._idem[slot] = _Idem(post_id, self.now())
                    else:
                        self._idem.pop(slot, None)
            return outcome
        except BaseException:
            if slot is not None:
                with self._lock:
                    entry = self._idem.get(slot)
                    if entry is not None and entry.post_id is None:
                        del self._idem[slot]
            raise

    def _idempotency_begin(self, slot: tuple[str, str]) -> Outcome | None:
        now = self.now()
        entry = self._idem.get(slot)
        if entry is not None and now - entry.at < IDEMPOTENCY_WINDOW:
            if entry.post_id is None:
                raise ApiError(
                    409,
                    "A request with this Idempotency-Key is still being processed. Retry after the delay.",
                    code="idempotency_conflict",
                    param="Idempotency-Key",
                    headers={"Retry-After": "1"},
                )
            post = self._posts.get(entry.post_id)
            if post is not None:
                return _json_response(
                    200,
                    {
                        "message": "Post already exists (idempotent retry)",
                        "post": _deepjson.deepcopy(post.doc),
                    },
                )
        self._idem[slot] = _Idem(None, now)
        return None

    def _create_locked(self, ctx: _Ctx, has_idempotency_key: bool) -> tuple[Outcome, str | None]:
        data = ctx.json()
        now = self.now()
        if data.get("dryRun") is True:
            return self._dry_run(data), None
        fields = _parse_fields(data)
        requires_approval = fields.get("requiresApproval") is True
        is_draft = fields.get("isDraft") is True
        publish_now = fields.get("publishNow") is True
        queued = fields.get("queuedFromProfile")
        if requires_approval and (is_draft or publish_now or queued or fields.get("queueId")):
            raise bad_request(
                "requiresApproval cannot be combined with isDraft, publishNow, queuedFromProfile or queueId",
                "requiresApproval",
            )
        doc = _new_post_doc(self._ids(), ctx.user_id, now)
        _apply_fields(doc, fields)
        times = _schedule_times(doc, fields)
        all_entries_timed = bool(doc["platforms"]) and all(t is not None for t in times.entries)
        when = (
            times.root
            if times.root is not None
            else (min(t for t in times.entries if t) if all_entries_timed else None)
        )

        publish = False
        if requires_approval:
            if when is None:
                raise bad_request(
                    "requiresApproval needs scheduledFor, at the root or on every platform",
                    "scheduledFor",
                    "missing_required_field",
                )
            status = "pending_approval"
        elif is_draft:
            status = "draft"
        elif publish_now:
            status, publish = "publishing", True
        elif when is not None:
            status, publish = ("publishing", True) if when <= now else ("scheduled", False)
        elif queued:
            when = _next_slot(now)
            status = "scheduled"
        else:
            status = "draft"
        if when is not None and not publish_now:
            doc["scheduledFor"] = iso(when)
        doc["status"] = status
        if status != "draft":
            _validate_publishable(doc)
        post = _Post(doc, ctx.user_id, now, request_id=ctx.headers.get("x-request-id"))
        post.due = [t or when for t in times.entries]

        if status != "draft" and self.dedup:
            duplicate = self._find_duplicate(doc, now)
            if duplicate is not None:
                existing, entry = duplicate
                request_id = ctx.headers.get("x-request-id")
                if not has_idempotency_key and request_id and request_id == existing.request_id:
                    body = {
                        "message": "Post already exists (idempotent retry)",
                        "post": _deepjson.deepcopy(existing.doc),
                    }
                    return _json_response(200, body), None
                raise ApiError(
                    409,
                    "This exact content is already scheduled, publishing, or was posted to this account "
                    "within the last 24 hours.",
                    code="duplicate_content",
                    details={
                        "accountId": entry["accountId"],
                        "platform": entry["platform"],
                        "existingPostId": existing.doc["_id"],
                    },
                )

        for entry in doc["platforms"]:
            entry["status"] = "pending"
        caps = self.publish_caps
        if caps is not None and status != "draft" and caps.admit(doc["_id"], doc, post.due, now) and publish:
            post.held = {i for i, due in enumerate(post.due) if due is not None and due > now}
        self._store(post)
        if publish:
            return self._publish_response(post, now, created=True), doc["_id"]
        message = {
            "draft": "Post saved as draft",
            "scheduled": "Post scheduled successfully",
            "pending_approval": "Post submitted for approval",
        }[status]
        return _json_response(201, {"message": message, "post": _deepjson.deepcopy(doc)}), doc["_id"]

    def _dry_run(self, data: dict[str, Any]) -> Outcome:
        platforms = v.parse_platforms(data.get("platforms", []))
        tiktok = [e for e in platforms if e["platform"] == "tiktok"]
        if not tiktok:
            raise bad_request("dryRun needs at least one tiktok entry in platforms", "platforms")
        verdicts = [
            {"accountId": e["accountId"], "canPublish": True, "reason": "Sandbox: no TikTok limits apply"}
            for e in tiktok
        ]
        return _json_response(200, {"dryRun": True, "canPublish": True, "tiktok": verdicts})

    def _find_duplicate(self, doc: dict[str, Any], now: datetime) -> tuple[_Post, dict[str, Any]] | None:
        """The first stored post (in ``_posts`` order) that shares a fingerprint with ``doc``, and the entry.

        Only the posts indexed under one of ``doc``'s fingerprints are looked at, not every stored post.
        """
        wanted = {_fingerprint(doc, e): e for e in doc["platforms"]}
        candidates = {pid for fp in wanted for pid in self._by_fingerprint.get(fp, ())}
        for post_id in sorted(candidates, key=self._position.__getitem__):
            other = self._posts[post_id]
            if other.doc["status"] not in {
                "scheduled",
                "publishing",
                "published",
                "partial",
                "pending_approval",
            }:
                continue
            if now - other.created_at >= DEDUP_WINDOW:
                continue
            for fp in self._fingerprints_of[post_id]:  # one per entry, in the entries' order
                hit = wanted.get(fp)
                if hit is not None:
                    return other, hit
        return None

    # ----------------------------------------------------------------- publishing

    def _publish(self, post: _Post, now: datetime, only_due: bool = False) -> list[dict[str, Any]]:
        doc = post.doc
        results: list[dict[str, Any]] = []
        for index, entry in enumerate(doc["platforms"]):
            if entry.get("status") in {"published", "cancelled"}:
                continue
            if only_due or index in post.held:
                due = post.due[index] if index < len(post.due) else None
                if due is None or due > now:
                    continue
            entry["publishAttempts"] = int(entry.get("publishAttempts", 0)) + 1
            failure = self.failing_accounts.get(entry["accountId"])
            if failure is not None:
                entry.update(
                    status="failed",
                    errorMessage=failure,
                    errorCategory="platform_rejected",
                    errorSource="platform",
                )
                results.append({"platform": entry["platform"], "status": "failed", "error": failure})
                continue
            for key in ("errorMessage", "errorCategory", "errorSource"):
                entry.pop(key, None)
            post_id, url = _platform_post(entry["platform"], self._ids)
            entry.update(
                status="published", platformPostId=post_id, platformPostUrl=url, publishedAt=iso(now)
            )
            results.append({"platform": entry["platform"], "status": "published", "error": None})
        statuses = [e.get("status") for e in doc["platforms"]]
        if "pending" in statuses:
            doc["status"] = "scheduled"
        elif all(s in {"published", "cancelled"} for s in statuses) and "published" in statuses:
            doc["status"] = "published"
            doc["publishedAt"] = iso(now)
        elif "published" in statuses:
            doc["status"] = "partial"
        else:
            doc["status"] = "failed"
        doc["updatedAt"] = iso(now)
        self._schedule(post)
        return results

    def _publish_response(self, post: _Post, now: datetime, *, created: bool) -> Outcome:
        results = self._publish(post, now)
        doc = post.doc
        if doc["status"] == "published" or (doc["status"] == "scheduled" and post.held):
            return _json_response(
                201 if created else 200,
                {"message": "Post published successfully", "post": _deepjson.deepcopy(doc)},
            )
        what = "Post created" if created else "Post updated"
        outcome = "publishing failed" if doc["status"] == "failed" else "some platforms failed"
        body: dict[str, Any] = {
            "post": _deepjson.deepcopy(doc),
            "message": f"{what} but {outcome}",
            "platformResults": results,
        }
        if doc["status"] == "failed":
            body["error"] = "All platforms failed"
        return _json_response(207, body)

    def _tick(self) -> int:
        """Publish the due entries of every scheduled post with a pending entry due by now.

        Pops only the heap entries due by now (plus stale ones, each once): O(log n) per post published,
        O(1) when nothing is due. Each post is published at most once per tick, as a walk would.
        """
        if not self._due_heap:
            return 0
        now = self.now()
        published = 0
        while self._due_heap and self._due_heap[0][0] <= now:  # (_schedule may compact it: no alias)
            _, ticket, post_id = heapq.heappop(self._due_heap)
            if self._due_ticket.get(post_id) != ticket:
                continue  # stale: the post was rescheduled, published or deleted since
            del self._due_ticket[post_id]
            post = self._posts[post_id]
            if post.doc["status"] != "scheduled":
                continue  # e.g. cancelled by an unpublish; a new status reschedules it if need be
            self._publish(post, now, only_due=True)  # re-enters the heap if entries are still pending
            published += 1
        return published

    def _schedule(self, post: _Post) -> None:
        """(Re)enter ``post`` in the due heap at its next due time, or leave it if it has none.

        Call it whenever a post's status, entries or due times change. The due time is that of its
        earliest pending entry with a time; a post that is not ``scheduled`` (or has no such entry) is
        never due. An older heap entry of the post becomes stale.
        """
        post_id = post.doc["_id"]
        self._due_ticket.pop(post_id, None)
        if post.doc["status"] != "scheduled":
            return
        pending = [
            d
            for d, e in zip(post.due, post.doc["platforms"], strict=False)
            if d is not None and e.get("status") == "pending"
        ]
        if not pending:
            return
        ticket = next(self._tickets)
        self._due_ticket[post_id] = ticket
        heapq.heappush(self._due_heap, (min(pending), ticket, post_id))
        if len(self._due_heap) > 2 * len(self._due_ticket) + 64:
            # Mostly stale entries (posts rescheduled far ahead): drop them, amortized O(1) per push.
            self._due_heap = [e for e in self._due_heap if self._due_ticket.get(e[2]) == e[1]]
            heapq.heapify(self._due_heap)

    def _store(self, post: _Post) -> None:
        """Add ``post`` (or replace the post with its id), indexed for the schedule and the dedup check."""
        post_id = post.doc["_id"]
        if post_id not in self._posts:
            self._position[post_id] = next(self._positions)
        self._posts[post_id] = post
        self._schedule(post)
        self._index(post)

    def _forget(self, post_id: str) -> None:
        del self._posts[post_id]
        if self.publish_caps is not None:
            self.publish_caps.forget(post_id)
        self._due_ticket.pop(post_id, None)
        self._position.pop(post_id, None)
        self._unindex(post_id)

    def _index(self, post: _Post) -> None:
        """(Re)index the fingerprints of ``post``'s entries; call it when its content or entries change."""
        post_id = post.doc["_id"]
        self._unindex(post_id)
        prints = [_fingerprint(post.doc, e) for e in post.doc["platforms"]]
        self._fingerprints_of[post_id] = prints
        for fp in prints:
            self._by_fingerprint.setdefault(fp, {})[post_id] = None

    def _unindex(self, post_id: str) -> None:
        for fp in self._fingerprints_of.pop(post_id, ()):
            holders = self._by_fingerprint.get(fp)
            if holders is not None:
                holders.pop(post_id, None)
                if not holders:
                    del self._by_fingerprint[fp]

    # ----------------------------------------------------------------- posts: read

    def _post_or_404(self, post_id: str) -> _Post:
        post = self._posts.get(post_id)  # any id the sandbox holds (seed_post may store non-hex ones)
        if post is None:
            raise ApiError(404, "Post not found", code="not_found", param="postId")
        return post

    def _get(self, ctx: _Ctx, post_id: str) -> Outcome:
        with self._lock:
            post = self._post_or_404(post_id)
            return _json_response(200, {"post": _deepjson.deepcopy(post.doc)})

    def _list(self, ctx: _Ctx) -> Outcome:
        params: dict[str, str] = {}
        for name, value in parse_qsl(ctx.query, keep_blank_values=True):
            if name not in LIST_PARAMS:
                raise bad_request(
                    f"Unknown query parameter '{name}'. Accepted parameters: {', '.join(LIST_PARAMS)}",
                    name,
                    "unknown_parameter",
                )
            params[name] = value
        limit = _list_int(params, "limit") or 10
        page = _list_int(params, "page") or 1
        offset = _list_int(params, "offset")
        sort = params.get("sortBy") or "scheduled-desc"
        if sort not in SORTS:
            raise bad_request(f"sortBy must be one of {', '.join(SORTS)}", "sortBy")
        source = params.get("source") or "zernio"
        if source not in {"zernio", "external"}:
            raise bad_request("source must be zernio or external", "source")
        status = params.get("status") or None
        if status is not None and status not in POST_STATUSES:
            raise bad_request(f"status must be one of {', '.join(POST_STATUSES)}", "status")
        include_hidden = _parse_bool(params.get("includeHidden"), "includeHidden")
        profile = params.get("profileId") or None
        if profile == "all":
            profile = None
        for id_param in ("profileId", "createdBy", "accountId"):
            id_value = profile if id_param == "profileId" else params.get(id_param) or None
            known = id_param == "profileId" and id_value in self.account_profiles.values()
            if id_value is not None and not known and not OBJECT_ID_RE.match(id_value):
                raise bad_request(f"{id_param} must be a 24-character hex id", id_param)
        from_date = _parse_date_param(params, "fromDate", "dateFrom", end=False)
        to_date = _parse_date_param(params, "toDate", "dateTo", end=True)
        tag_text = params.get("tags") or params.get("tag") or ""
        tags = [t for t in (s.strip() for s in tag_text.split(",")) if t]
        if len(tags) > 20:
            raise bad_request("tags accepts at most 20 tags", "tags")
        fields = [f.strip() for f in (params.get("fields") or "").split(",") if f.strip()]
        for field_name in fields:
            if field_name not in LIST_FIELDS:
                raise bad_request(
                    f"Unknown field '{field_name}' in fields. Accepted: {', '.join(sorted(LIST_FIELDS))}",
                    "fields",
                )
        if source == "external" and (fields or params.get("cursor")):
            raise bad_request("fields and cursor are not available with source=external", "source")
        cursor = params.get("cursor") or None
        after: tuple[datetime, int] | None = None
        if cursor is not None:
            if sort in {"status", "platform"}:
                raise bad_request(f"cursor is not available with sortBy={sort}", "cursor")
            after = _decode_cursor(cursor, sort)

        with self._lock:
            if source == "external":
                return _json_response(
                    200, {"posts": [], "pagination": {"page": page, "limit": limit, "total": 0, "pages": 0}}
                )
            search = (params.get("search") or "").lower()
            created_by = params.get("createdBy") or None
            account = params.get("accountId") or None
            platform = params.get("platform") or None
            matched: list[_Post] = []
            for post in self._posts.values():
                doc = post.doc
                if not include_hidden and doc.get("metadata", {}).get("hidden") is True:
                    continue
                if status is not None and doc["status"] != status:
                    continue
                if platform is not None and all(e["platform"] != platform for e in doc["platforms"]):
                    continue
                if account is not None and all(e["accountId"] != account for e in doc["platforms"]):
                    continue
                if created_by is not None and post.user_id != created_by:
                    continue
                if profile is not None and profile not in self._profiles_of(doc):
                    continue
                when = _sort_time(post)
                if from_date is not None and when < from_date:
                    continue
                if to_date is not None and when > to_date:
                    continue
                if (
                    search
                    and search not in doc.get("content", "").lower()
                    and search not in doc.get("title", "").lower()
                ):
                    continue
                if tags and not set(tags) <= set(doc.get("tags", [])):
                    continue
                matched.append(post)
            matched = _sorted(matched, sort)
            total = len(matched)
            if after is not None:  # the posts after the cursor's, however the list changed since
                start = _first_after(matched, sort, after)
            else:
                start = offset if offset is not None else (page - 1) * limit
            window = matched[start : start + limit]
            posts = [_project(p.doc, fields) for p in window]
        has_more = start + limit < total
        pagination: dict[str, Any] = {
            "page": start // limit + 1,
            "limit": limit,
            "total": total,
            "pages": v.pages_for(total, limit),
            "nextCursor": _encode_cursor(sort, _sort_key(window[-1], sort))
            if has_more and window and sort not in {"status", "platform"}
            else None,
        }
        return _json_response(200, {"posts": posts, "pagination": pagination})

    def _profiles_of(self, doc: dict[str, Any]) -> set[str]:
        profiles = {
            self.account_profiles[e["accountId"]]
            for e in doc["platforms"]
            if e["accountId"] in self.account_profiles
        }
        if doc.get("queuedFromProfile"):
            profiles.add(doc["queuedFromProfile"])
        return profiles

    # ----------------------------------------------------------------- posts: write

    def _update(self, ctx: _Ctx, post_id: str) -> Outcome:
        data = ctx.json()
        with self._lock:
            post = self._post_or_404(post_id)
            now = self.now()
            doc = post.doc
            current = doc["status"]
            if current == "published":
                extra = sorted(set(data) - {"recycling"})
                if extra:
                    raise ApiError(
                        400,
                        "Published posts cannot be modified (only their recycling config can be updated); "
                        "use POST /v1/posts/{postId}/edit to edit the published text.",
                        code="invalid_resource_state",
                        param=extra[0],
                    )
                fields = _parse_fields(data)
                updated = _deepjson.deepcopy(doc)
                _apply_fields(updated, fields)
                updated["updatedAt"] = iso(now)
                post.doc = updated
                self._index(post)
                return _json_response(
                    200, {"message": "Post updated successfully", "post": _deepjson.deepcopy(updated)}
                )
            if current not in EDITABLE_STATUSES:
                raise ApiError(
                    400,
                    f"Cannot update a post with status '{current}'. Only draft, scheduled, failed, partial "
                    "and "
                    "cancelled posts can be updated.",
                    code="invalid_resource_state",
                )
            fields = _parse_fields(data)
            if ("tiktokSettings" in fields or "facebookSettings" in fields) and "platforms" not in fields:
                raise bad_request("tiktokSettings and facebookSettings need a platforms array", "platforms")
            requires_approval = fields.get("requiresApproval") is True
            is_draft_flag = fields.get("isDraft")
            publish_now = fields.get("publishNow") is True
            queued = fields.get("queuedFromProfile")
            if requires_approval:
                if current != "draft":
                    raise ApiError(
                        409,
                        f"requiresApproval can only be sent on a draft (the post is '{current}')",
                        code="invalid_resource_state",
                        param="requiresApproval",
                    )
                if is_draft_flag is True or publish_now or queued or fields.get("queueId"):
                    raise bad_request(
                        "requiresApproval cannot be combined with isDraft, publishNow, "
                        "queuedFromProfile or queueId",
                        "requiresApproval",
                    )
            updated = _deepjson.deepcopy(doc)
            if "platforms" in fields:
                fields["platforms"] = _merge_platforms(doc["platforms"], fields["platforms"])
            _apply_fields(updated, fields)
            times = _schedule_times(updated, fields)
            entries_timed = bool(updated["platforms"]) and all(t is not None for t in times.entries)
            when = (
                times.root
                if times.root is not None
                else (min(t for t in times.entries if t) if entries_timed else None)
            )
            if when is not None:
                updated["scheduledFor"] = iso(when)
            schedule_sent = "scheduledFor" in fields or bool(queued)
            publish = False
            if requires_approval:
                if when is None:
                    raise bad_request(
                        "requiresApproval needs scheduledFor", "scheduledFor", "missing_required_field"
                    )
                status = "pending_approval"
            elif is_draft_flag is True:
                status = "draft"
            elif current in {"draft", "cancelled"} and is_draft_flag is None:
                status = current
            elif publish_now:
                status, publish = "publishing", True
            elif schedule_sent or (is_draft_flag is False and current in {"draft", "cancelled"}):
                if when is None and queued:
                    when = _next_slot(now)
                    updated["scheduledFor"] = iso(when)
                if when is None:
                    raise bad_request(
                        "Send scheduledFor, publishNow: true or queuedFromProfile to schedule the post",
                        "scheduledFor",
                        "missing_required_field",
                    )
                status, publish = ("publishing", True) if when <= now else ("scheduled", False)
            else:
                status = current
            if status != "draft":
                _validate_publishable(updated)
            if status in {"scheduled", "publishing"}:
                for entry in updated["platforms"]:
                    if entry.get("status") != "published":
                        entry["status"] = "pending"
                        for key in ("errorMessage", "errorCategory", "errorSource"):
                            entry.pop(key, None)
            for entry in updated["platforms"]:
                entry.setdefault("status", "pending")
            updated["status"] = status
            updated["updatedAt"] = iso(now)
            post.doc = updated
            post.due = [t or when for t in times.entries]
            self._schedule(post)
            self._index(post)
            if publish:
                return self._publish_response(post, now, created=False)
            return _json_response(
                200, {"message": "Post updated successfully", "post": _deepjson.deepcopy(updated)}
            )

    def _delete(self, ctx: _Ctx, post_id: str) -> Outcome:
        with self._lock:
            post = self._post_or_404(post_id)
            if post.doc["status"] == "published":
                raise ApiError(
                    400,
                    "Cannot delete published posts. Use POST /v1/posts/{postId}/unpublish instead.",
                    code="invalid_resource_state",
                )
            self._forget(post_id)
            return _json_response(200, {"message": "Post deleted successfully"})

    def _retry(self, ctx: _Ctx, post_id: str) -> Outcome:
        with self._lock:
            post = self._post_or_404(post_id)
            status = post.doc["status"]
            if status == "publishing":
                raise ApiError(409, "Post is currently publishing", code="invalid_resource_state")
            if status not in RETRYABLE_STATUSES:
                raise ApiError(
                    400,
                    f"Only failed or partial posts can be retried (the post is '{status}')",
                    code="invalid_resource_state",
                )
            now = self.now()
            for entry in post.doc["platforms"]:
                if entry.get("status") == "failed":
                    entry["status"] = "pending"
                    entry["publishAttempts"] = 0
            self._publish(post, now)
            doc = _deepjson.deepcopy(post.doc)
            if doc["status"] == "published":
                return _json_response(200, {"message": "Post published successfully", "post": doc})
            error = "All platforms failed" if doc["status"] == "failed" else "Some platforms failed"
            body = {
                "message": "Retry completed but publishing did not fully succeed",
                "error": error,
                "post": doc,
            }
            return _json_response(207, body)

    def _review(self, ctx: _Ctx, post_id: str) -> Outcome:
        data = ctx.json()
        decision = data.get("decision")
        if decision not in ("approve", "reject"):  # (a tuple: the value may be a dict)
            raise bad_request("decision must be 'approve' or 'reject'", "decision")
        with self._lock:
            post = self._post_or_404(post_id)
            if post.doc["status"] != "pending_approval":
                raise ApiError(
                    409,
                    f"The post is not pending_approval (it is '{post.doc['status']}')",
                    code="invalid_resource_state",
                )
            post.doc["status"] = "scheduled" if decision == "approve" else "draft"
            post.doc["updatedAt"] = iso(self.now())
            if decision == "approve":
                self._schedule(post)
                self._tick()
            return _json_response(200, {"post": _deepjson.deepcopy(post.doc)})

    def _published_entry(
        self,
        post: _Post,
        platform: str,
        account: str | None,
        *,
        verb: str,
        absent_code: str = "invalid_field_value",
    ) -> dict[str, Any]:
        if account is not None:
            v.require_str(account, "accountId", allow_empty=False)
        entries = [e for e in post.doc["platforms"] if e["platform"] == platform]
        if account is not None:
            entries = [e for e in entries if e["accountId"] == account]
        if not entries:
            raise bad_request(
                f"The post is not on {platform}" + (f" for account {account}" if account else ""),
                "platform",
                absent_code,
            )
        published = [e for e in entries if e.get("status") == "published"]
        if len(published) > 1:
            raise ApiError(
                409,
                f"The post was published to several {platform} accounts; "
                f"send accountId to pick which to {verb}",
                code="ambiguous_account",
                param="accountId",
            )
        if not published:
            raise bad_request(
                f"The post is not published on {platform}", "platform", "invalid_resource_state"
            )
        entry: dict[str, Any] = published[0]
        return entry

    def _edit(self, ctx: _Ctx, post_id: str) -> Outcome:
        data = ctx.json()
        platform = data.get("platform")
        if not isinstance(platform, str) or platform not in EDITABLE_PLATFORMS:
            raise bad_request(
                f"Editing published posts is not supported on '{platform}'",
                "platform",
                "platform_not_supported",
            )
        content = v.require_str(data.get("content"), "content", allow_empty=False)
        account = data.get("accountId")
        with self._lock:
            post = self._post_or_404(post_id)
            entry = self._published_entry(post, platform, account, verb="edit")
            now = self.now()
            if platform == "twitter":
                # A seeded post may carry no publishedAt: then it counts from the post's own times.
                when = entry.get("publishedAt") or post.doc.get("publishedAt") or post.doc["createdAt"]
                published_at = v.parse_datetime(when, "publishedAt", None)
                if now - published_at > timedelta(hours=1):
                    raise bad_request(
                        "X posts can only be edited within 1 hour of publishing",
                        "platform",
                        "edit_window_expired",
                    )
                entry["platformPostId"], entry["platformPostUrl"] = _platform_post(platform, self._ids)
            entry["customContent"] = content
            self._index(post)  # its fingerprint for the duplicate check changed with the text
            post.doc.setdefault("editHistory", []).append(
                {"platform": platform, "content": content, "editedAt": iso(now)}
            )
            post.doc["updatedAt"] = iso(now)
            return _json_response(
                200,
                {
                    "success": True,
                    "id": entry["platformPostId"],
                    "url": entry["platformPostUrl"],
                    "message": f"{platform} post edited successfully",
                },
            )

    def _pin(self, ctx: _Ctx, post_id: str) -> Outcome:
        return self._set_pin(ctx, post_id, True)

    def _unpin(self, ctx: _Ctx, post_id: str) -> Outcome:
        return self._set_pin(ctx, post_id, False)

    def _set_pin(self, ctx: _Ctx, post_id: str, pinned: bool) -> Outcome:
        data = ctx.json()
        verb = "pin" if pinned else "unpin"
        if data.get("platform") != "facebook":
            raise bad_request(f"Only Facebook posts can be {verb}ned", "platform", "platform_not_supported")
        with self._lock:
            post = self._post_or_404(post_id)
            entry = self._published_entry(
                post, "facebook", data.get("accountId"), verb=verb, absent_code="platform_not_supported"
            )
            entry["pinned"] = pinned
            message = (
                "Post pinned to the top of the Facebook Page"
                if pinned
                else "Post unpinned from the Facebook Page"
            )
            return _json_response(
                200,
                {
                    "success": True,
                    "pinned": pinned,
                    "platformPostId": entry["platformPostId"],
                    "message": message,
                },
            )

    def _unpublish(self, ctx: _Ctx, post_id: str) -> Outcome:
        data = ctx.json()
        platform = data.get("platform")
        if not isinstance(platform, str) or platform not in UNPUBLISHABLE_PLATFORMS:
            raise bad_request(
                f"Unpublishing is not supported on '{platform}'", "platform", "platform_not_supported"
            )
        with self._lock:
            post = self._post_or_404(post_id)
            entry = self._published_entry(post, platform, data.get("accountId"), verb="unpublish")
            entry["status"] = "cancelled"
            statuses = {e.get("status") for e in post.doc["platforms"]}
            if statuses <= {"cancelled"}:
                post.doc["status"] = "cancelled"
            elif "published" in statuses:
                post.doc["status"] = "partial"
            post.doc["updatedAt"] = iso(self.now())
            return _json_response(
                200, {"success": True, "message": f"Post deleted from {platform} successfully"}
            )

    def _update_metadata(self, ctx: _Ctx, post_id: str) -> Outcome:
        data = ctx.json()
        if data.get("platform") != "youtube":
            raise bad_request(
                "Metadata updates are only supported for youtube", "platform", "platform_not_supported"
            )
        _check_metadata(data)
        updated = [name for name in METADATA_FIELDS if name in data]
        if not updated:
            raise bad_request(
                f"Send at least one of {', '.join(METADATA_FIELDS)}", None, "missing_required_field"
            )
        if post_id == "_":
            if not data.get("videoId") or not data.get("accountId"):
                raise bad_request(
                    "Direct mode needs videoId and accountId", "videoId", "missing_required_field"
                )
            return _json_response(
                200,
                {
                    "success": True,
                    "message": "YouTube video metadata updated successfully",
                    "videoId": data["videoId"],
                    "updatedFields": updated,
                },
            )
        with self._lock:
            post = self._post_or_404(post_id)
            entry = self._published_entry(post, "youtube", data.get("accountId"), verb="update")
            psd = entry.setdefault("platformSpecificData", {})
            for name in updated:
                psd[name] = data[name]
            post.doc["updatedAt"] = iso(self.now())
        return _json_response(
            200,
            {
                "success": True,
                "message": "YouTube video metadata updated successfully",
                "updatedFields": updated,
            },
        )

    def _sync_external(self, ctx: _Ctx) -> Outcome:
        data = ctx.json()
        account = data.get("accountId")
        if not isinstance(account, str) or not account:
            raise bad_request("accountId is required", "accountId", "missing_required_field")
        synced = {"postsFound": 0, "postsSynced": 0, "skipped": False}
        if data.get("url") or data.get("postId"):
            return _json_response(200, {"synced": synced, "found": False, "post": None})
        return _json_response(200, {"synced": synced, "posts": []})

    # ----------------------------------------------------------------- media

    def _presign(self, ctx: _Ctx) -> Outcome:
        data = ctx.json()
        filename = data.get("filename")
        if not isinstance(filename, str) or not filename.strip():
            raise bad_request("filename is required", "filename", "missing_required_field")
        content_type = data.get("contentType")
        if content_type is None:
            raise bad_request("contentType is required", "contentType", "missing_required_field")
        if content_type not in v.MEDIA_CONTENT_TYPES:
            raise bad_request(
                f"contentType '{content_type}' is not supported. "
                f"Use one of: {', '.join(sorted(v.MEDIA_CONTENT_TYPES))}",
                "contentType",
                "INVALID_FIELD_VALUE",
            )
        size = data.get("size")
        if size is not None and (
            not isinstance(size, int) or isinstance(size, bool) or size <= 0 or size > MAX_UPLOAD_BYTES
        ):
            raise bad_request("size must be a positive integer of at most 5GB (5368709120 bytes)", "size")
        with self._lock:
            now = self.now()
            safe = re.sub(r"[^A-Za-z0-9._-]+", "_", filename.strip().rsplit("/", 1)[-1])[:120] or "file"
            key = f"temp/{int(now.timestamp() * 1000)}_{self._ids.token(6)}_{safe}"
            public_url = f"{self.media_base_url}/{quote(key)}"
            self._uploads[key] = Upload(
                key=key,
                filename=filename,
                content_type=content_type,
                declared_size=size,
                public_url=public_url,
                expires_at=now + timedelta(seconds=PRESIGN_TTL_SECONDS),
            )
        return _json_response(
            200,
            {
                "uploadUrl": f"{ctx.base}/_sandbox/storage/{quote(key)}",
                "publicUrl": public_url,
                "key": key,
                "expiresIn": PRESIGN_TTL_SECONDS,
            },
        )

    def _upload_direct(self, ctx: _Ctx) -> Outcome:
        """``POST /v1/media/upload-direct``: a multipart ``file`` (and optional ``contentType``) stored as
        an upload (size and sha256 kept, in ``uploads``); answers its public URL."""
        raw = ctx.body.read()
        try:
            form = parse_form(ctx.headers.get("content-type", ""), raw)
        except ValueError:
            raise bad_request(
                "Send the file as multipart/form-data in a field named file", "file", "missing_required_field"
            ) from None
        part = form.get("file")
        if part is None or part.filename is None:
            raise bad_request("No file provided (multipart field 'file')", "file", "missing_required_field")
        if len(part.data) > MAX_DIRECT_UPLOAD_BYTES:
            # The API's host answers 413 above ~4.5 MB, a status this operation does not list; the
            # sandbox says the same thing with the operation's "file too large" status.
            raise bad_request(
                "File too large for upload-direct (about 4.5 MB at most); use POST /v1/media/presign",
                "file",
                "file_too_large",
            )
        override = form.get("contentType")
        content_type = (override.data.decode("utf-8", "replace").strip() if override is not None else "") or (
            part.content_type or mimetypes.guess_type(part.filename)[0] or "application/octet-stream"
        )
        size, sha = len(part.data), hashlib.sha256(part.data).hexdigest()
        with self._lock:
            now = self.now()
            safe = re.sub(r"[^A-Za-z0-9._-]+", "_", part.filename.rsplit("/", 1)[-1])[:120] or "file"
            filename = f"{int(now.timestamp() * 1000)}_{self._ids.token(6)}_{safe}"
            key = f"temp/{filename}"
            public_url = f"{self.media_base_url}/{quote(key)}"
            self._uploads[key] = Upload(
                key=key,
                filename=part.filename,
                content_type=content_type,
                declared_size=None,
                public_url=public_url,
                expires_at=now + DIRECT_UPLOAD_TTL,
                size=size,
                sha256=sha,
                uploaded_content_type=content_type,
            )
        return _json_response(
            200, {"url": public_url, "filename": filename, "contentType": content_type, "size": size}
        )

    def _storage_put(self, ctx: _Ctx, key: str) -> Outcome:
        if "authorization" in ctx.headers:
            raise ApiError(
                403,
                "Presigned upload URLs must not carry an Authorization header (the signature is in the URL).",
                code="authorization_not_allowed",
                type="permission_error",
            )
        with self._lock:
            upload = self._uploads.get(key)
            if upload is None:
                raise ApiError(403, "Unknown or unsigned upload URL", code="signature_does_not_match")
            if self.now() >= upload.expires_at:
                raise ApiError(403, "The presigned upload URL has expired", code="request_expired")
        ctx.pause()
        size, sha = ctx.body.digest()
        if size > MAX_UPLOAD_BYTES:
            raise ApiError(413, "Uploads are limited to 5GB", code="payload_too_large")
        with self._lock:
            self._uploads[key] = Upload(
                key=upload.key,
                filename=upload.filename,
                content_type=upload.content_type,
                declared_size=upload.declared_size,
                public_url=upload.public_url,
                expires_at=upload.expires_at,
                size=size,
                sha256=sha,
                uploaded_content_type=ctx.headers.get("content-type"),
            )
        return Outcome(200, [("ETag", f'"{sha[:32]}"'), ("Content-Type", "text/plain")], b"")

    def _prepare(self, ctx: _Ctx) -> Outcome:
        data = ctx.json()
        url = data.get("url")
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise bad_request("url must be a public http(s) URL", "url")
        target = data.get("target")
        if target not in PREPARE_TARGETS:
            raise bad_request(f"target must be one of {', '.join(sorted(PREPARE_TARGETS))}", "target")
        kind = v._infer_media_type(url)
        media_type = "video" if kind == "video" else "image"
        return _json_response(
            200,
            {
                "target": target,
                "url": url,
                "changed": False,
                "mediaType": media_type,
                "originalSize": None,
                "outputSize": None,
            },
        )


# --------------------------------------------------------------------- helpers


def _no_pause() -> None:
    return None


def _pause_for(fault: Fault, served: bool) -> Callable[[], None]:
    def pause() -> None:
        fault.reached.set()
        if fault.hold is not None:
            fault.hold.wait(timeout=60)
        if served and fault.delay:
            time.sleep(fault.delay)

    return pause


def _fault_outcome(fault: Fault) -> Outcome:
    if fault.drop:
        return Outcome(0, [], b"", drop=True)
    assert fault.status is not None
    headers = dict(fault.headers)
    body = fault.body
    if body is None:
        payload: bytes = json.dumps(default_fault_envelope(fault.status)).encode()
        content_type = fault.content_type or "application/json; charset=utf-8"
    elif isinstance(body, bytes | str):
        payload = body.encode() if isinstance(body, str) else body
        content_type = fault.content_type or "text/html; charset=utf-8"
    else:
        payload = json.dumps(dict(body)).encode()
        content_type = fault.content_type or "application/json; charset=utf-8"
    if not any(k.lower() == "content-type" for k in headers):
        headers["Content-Type"] = content_type
    return Outcome(fault.status, list(headers.items()), payload)


def _once(func: Callable[[], None]) -> Callable[[], None]:
    done = False

    def wrapper() -> None:
        nonlocal done
        if not done:
            done = True
            func()

    return wrapper


def _bulk_upload(ctx: _Ctx) -> Outcome:
    # A 400 (a status the spec lists for this operation, with its ErrorResponse body), not a 501 it
    # does not list: the sandbox has no profiles to resolve the CSV's `profiles` column against.
    raise bad_request(
        "The sandbox does not process CSV bulk uploads (it has no profiles to resolve the profiles "
        "column against); create the posts one by one, or use posts.bulk_upload, which does.",
        "file",
        "not_supported_in_sandbox",
    )


def _split_prefix(path: str) -> tuple[str, str | None]:
    """Split ``/api/v1/posts`` into (``/api``, ``/v1/posts``); the API path is None if there is none."""
    for marker in ("/v1/", "/_sandbox/"):
        index = path.find(marker)
        if index >= 0:
            return path[:index], path[index:].rstrip("/") or "/"
    if path.endswith("/v1"):
        return path[:-3], "/v1"
    return path, None


def _parse_bool(value: str | None, param: str) -> bool:
    if value is None or value == "":
        return False
    if value.lower() in {"true", "1"}:
        return True
    if value.lower() in {"false", "0"}:
        return False
    raise bad_request(f"{param} must be true or false", param)


def _parse_date_param(params: Mapping[str, str], name: str, alias: str, *, end: bool) -> datetime | None:
    raw = params.get(name) or params.get(alias) or ""
    if not raw:
        return None
    param = name if params.get(name) else alias
    if DATE_ONLY_RE.match(raw):
        try:
            day = datetime.strptime(raw, "%Y-%m-%d").replace(tzinfo=ZoneInfo("UTC"))
        except ValueError:
            raise bad_request(
                f"{param} '{raw}' is not a valid date (YYYY-MM-DD)", param, "invalid_date"
            ) from None
        return day.replace(hour=23, minute=59, second=59, microsecond=999999) if end else day
    if "T" not in raw:
        raise bad_request(
            f"{param} '{raw}' must be a zero-padded YYYY-MM-DD date or an ISO 8601 datetime",
            param,
            "invalid_date",
        )
    return v.parse_datetime(raw, param, None)


def _list_int(params: Mapping[str, str], name: str) -> int | None:
    """An integer query parameter of ``GET /v1/posts`` within the spec's bounds (read from the generated
    constraints, so the sandbox and the SDK move together when the spec does); None when not given."""
    from late_api_client.constraints import PARAMETERS

    if not params.get(name):
        return None
    bounds = PARAMETERS["listPosts"].get(name, {})
    return v.parse_int(params[name], name, minimum=bounds.get("minimum", 0), maximum=bounds.get("maximum"))


def _check_metadata(data: Mapping[str, Any]) -> None:
    """The fields of an update-metadata body, as the spec types and bounds them: a 400 naming the field."""
    from late_api_client.constraints import BODY_PROPERTIES

    bounds = BODY_PROPERTIES.get("updatePostMetadata", {})
    for name in ("videoId", "accountId", "title", "description", "categoryId", "playlistId", "thumbnailUrl"):
        if name in data:
            text = v.require_str(data[name], name)
            most = bounds.get(name, {}).get("maxLength")
            if most is not None and len(text) > most:
                raise bad_request(f"{name} may have at most {most} characters", name)
    for name in ("madeForKids", "containsSyntheticMedia"):
        if name in data:
            v.require_bool(data[name], name)
    if "tags" in data:
        item_max = bounds.get("tags", {}).get("items", {}).get("maxLength")
        for tag in v.require_str_list(data["tags"], "tags"):
            if item_max is not None and len(tag) > item_max:
                raise bad_request(f"Each tag may have at most {item_max} characters", "tags")
    if "privacyStatus" in data and data["privacyStatus"] not in PRIVACY_STATUSES:
        raise bad_request(f"privacyStatus must be one of {', '.join(PRIVACY_STATUSES)}", "privacyStatus")
    if "thumbnailUrl" in data and not str(data["thumbnailUrl"]).startswith(("https://", "http://")):
        raise bad_request("thumbnailUrl must be a public http(s) URL", "thumbnailUrl")


def _encode_cursor(sort: str, key: tuple[datetime, int]) -> str:
    """A keyset cursor: the sort and the last post's (time, creation order), as the real API's cursor
    names a position in the order, not an offset, so posts deleted or added before it move nothing."""
    text = json.dumps([sort, key[0].isoformat(), key[1]])
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _decode_cursor(cursor: str, sort: str) -> tuple[datetime, int]:
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        cursor_sort, when, seq = json.loads(text)
        key = (datetime.fromisoformat(when), int(seq))
        if key[0].tzinfo is None:  # every sort time is aware: a naive one could not be compared
            raise ValueError(when)
    except (ValueError, TypeError, OverflowError, binascii.Error, UnicodeDecodeError):
        raise bad_request("cursor is not a valid cursor", "cursor") from None
    if cursor_sort != sort:
        raise bad_request(f"cursor was issued for sortBy={cursor_sort}, not {sort}", "cursor")
    return key


def _sort_key(post: _Post, sort: str) -> tuple[datetime, int]:
    return (_sort_time(post) if sort.startswith("scheduled") else post.created_at, post.seq)


def _first_after(posts: list[_Post], sort: str, after: tuple[datetime, int]) -> int:
    """The index in ``posts`` (sorted by ``sort``) of the first post past the key ``after``."""
    descending = sort.endswith("desc")
    for i, post in enumerate(posts):
        key = _sort_key(post, sort)
        if (key < after) if descending else (key > after):
            return i
    return len(posts)


def _new_post_doc(post_id: str, user_id: str, now: datetime) -> dict[str, Any]:
    """A new post as the API stores it before the request's fields: every list empty, a draft."""
    return {
        "_id": post_id,
        "userId": user_id,
        "content": "",
        "mediaItems": [],
        "platforms": [],
        "timezone": "UTC",
        "status": "draft",
        "tags": [],
        "hashtags": [],
        "mentions": [],
        "crosspostingEnabled": True,
        "metadata": {},
        "createdAt": iso(now),
        "updatedAt": iso(now),
    }


def _sort_time(post: _Post) -> datetime:
    scheduled = post.doc.get("scheduledFor")
    if scheduled:
        return v.parse_datetime(scheduled, "scheduledFor", None)
    return post.created_at


def _sorted(posts: list[_Post], sort: str) -> list[_Post]:
    # Creation order breaks ties so pages are stable.
    if sort.startswith(("scheduled", "created")):
        return sorted(posts, key=lambda p: _sort_key(p, sort), reverse=sort.endswith("desc"))
    if sort == "status":
        return sorted(posts, key=lambda p: (p.doc["status"], p.seq))
    return sorted(
        posts, key=lambda p: (p.doc["platforms"][0]["platform"] if p.doc["platforms"] else "", p.seq)
    )


def _project(doc: dict[str, Any], fields: list[str]) -> dict[str, Any]:
    if not fields:
        return _deepjson.deepcopy(doc)
    return {k: _deepjson.deepcopy(doc[k]) for k in ["_id", *fields] if k in doc}


_STR_FIELDS = ("title", "content", "timezone", "queuedFromProfile", "queueId", "scheduledFor")
_BOOL_FIELDS = ("publishNow", "isDraft", "requiresApproval", "crosspostingEnabled", "dryRun")
_LIST_FIELDS = ("tags", "hashtags", "mentions")


def _parse_fields(data: dict[str, Any]) -> dict[str, Any]:
    """Type-check the known body fields; ``None`` values count as absent."""
    fields: dict[str, Any] = {}
    for name in _STR_FIELDS:
        if data.get(name) is not None:
            fields[name] = v.require_str(data[name], name)
    for name in _BOOL_FIELDS:
        if data.get(name) is not None:
            fields[name] = v.require_bool(data[name], name)
    for name in _LIST_FIELDS:
        if data.get(name) is not None:
            fields[name] = v.require_str_list(data[name], name)
    if data.get("mediaItems") is not None:
        fields["mediaItems"] = v.parse_media_items(data["mediaItems"], "mediaItems")
    if data.get("platforms") is not None:
        fields["platforms"] = v.parse_platforms(data["platforms"])
    for name in ("metadata", "tiktokSettings", "facebookSettings", "recycling"):
        if data.get(name) is not None:
            fields[name] = dict(v.require_object(data[name], name))
    if data.get("visibility") is not None and data["visibility"] not in ("public", "private", "unlisted"):
        raise bad_request("visibility must be public, private or unlisted", "visibility")
    if data.get("visibility") is not None:
        fields["visibility"] = data["visibility"]
    if "tags" in fields:
        too_long = [t for t in fields["tags"] if len(t) > 100]
        if too_long:
            raise bad_request("Each tag must be at most 100 characters", "tags")
    if "recycling" in fields:
        _check_recycling(fields["recycling"])
    return fields


def _check_recycling(config: dict[str, Any]) -> None:
    gap = config.get("gap")
    if gap is not None and (not isinstance(gap, int) or isinstance(gap, bool) or gap < 1):
        raise bad_request("recycling.gap must be an integer >= 1", "recycling.gap")
    if config.get("enabled", True) and gap is None:
        raise bad_request(
            "recycling.gap is required when enabling recycling", "recycling.gap", "missing_required_field"
        )
    if config.get("gapFreq", "month") not in ("week", "month"):  # (a tuple: the value may be a dict)
        raise bad_request("recycling.gapFreq must be week or month", "recycling.gapFreq")
    variations = config.get("contentVariations")
    if variations is not None and (
        not isinstance(variations, list) or len(variations) == 1 or len(variations) > 20
    ):
        raise bad_request(
            "recycling.contentVariations needs 2 to 20 entries (or [] to clear)",
            "recycling.contentVariations",
        )


def _apply_fields(doc: dict[str, Any], fields: Mapping[str, Any]) -> None:
    for name in ("title", "content", "timezone", "queuedFromProfile", "queueId", "visibility"):
        if name in fields:
            doc[name] = fields[name]
    for name in (*_LIST_FIELDS, "mediaItems"):
        if name in fields:
            doc[name] = list(fields[name])
    if "tags" in fields:
        doc["tags"] = list(dict.fromkeys(fields["tags"]))
    if "crosspostingEnabled" in fields:
        doc["crosspostingEnabled"] = fields["crosspostingEnabled"]
    if "metadata" in fields:
        doc["metadata"] = dict(fields["metadata"])
    if "platforms" in fields:
        entries = [dict(e) for e in fields["platforms"]]
        for entry in entries:
            if entry["platform"] == "tiktok" and "tiktokSettings" in fields:
                entry["platformSpecificData"] = {
                    **fields["tiktokSettings"],
                    **entry.get("platformSpecificData", {}),
                }
            if entry["platform"] == "facebook" and "facebookSettings" in fields:
                psd = entry.setdefault("platformSpecificData", {})
                psd["facebookSettings"] = {**fields["facebookSettings"], **psd.get("facebookSettings", {})}
        doc["platforms"] = entries
    if "recycling" in fields:
        config = {k: val for k, val in fields["recycling"].items() if val is not None}
        state = {**doc.get("recycling", {}), **config}
        for cleared in ("expireCount", "expireDate"):
            if cleared in fields["recycling"] and fields["recycling"][cleared] is None:
                state.pop(cleared, None)
        state.setdefault("enabled", True)
        state.setdefault("gapFreq", "month")
        state.setdefault("recycleCount", 0)
        state.setdefault("contentVariationIndex", 0)
        doc["recycling"] = state


def _merge_platforms(stored: list[dict[str, Any]], sent: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Keep stored per-entry state and the ``*Settings`` namespaces the request omitted."""
    previous = {(e["platform"], e["accountId"]): e for e in stored}
    merged = []
    for entry in sent:
        old = previous.get((entry["platform"], entry["accountId"]))
        if old is None:
            merged.append(entry)
            continue
        new = dict(entry)
        for key in ("status", "platformPostId", "platformPostUrl", "publishedAt", "publishAttempts"):
            if key in old:
                new[key] = old[key]
        old_psd = old.get("platformSpecificData") or {}
        if "platformSpecificData" in new:
            psd = dict(new["platformSpecificData"])
            for key, value in old_psd.items():
                if key.endswith("Settings") and key not in psd:
                    psd[key] = value
            new["platformSpecificData"] = psd
        elif old_psd:
            new["platformSpecificData"] = old_psd
        merged.append(new)
    return merged


@dataclass
class _Times:
    root: datetime | None
    entries: list[datetime | None]


def _schedule_times(doc: dict[str, Any], fields: Mapping[str, Any]) -> _Times:
    """Parse the root and per-platform ``scheduledFor`` (validating ``timezone`` when any is set)."""
    root_text = fields.get("scheduledFor")
    entry_texts = [e.get("scheduledFor") for e in doc["platforms"]]
    zone: ZoneInfo | None = None
    if (
        root_text is not None
        or any(t is not None for t in entry_texts)
        or ("timezone" in fields and doc.get("scheduledFor"))
    ):
        zone = v.parse_timezone(doc.get("timezone", "UTC"))
    root: datetime | None
    if root_text is not None:
        root = v.parse_datetime(root_text, "scheduledFor", zone)
    elif doc.get("scheduledFor"):
        root = v.parse_datetime(doc["scheduledFor"], "scheduledFor", None)
    else:
        root = None
    entries: list[datetime | None] = []
    for index, text in enumerate(entry_texts):
        if text is None:
            entries.append(None)
            continue
        parsed = v.parse_datetime(text, f"platforms[{index}].scheduledFor", zone)
        doc["platforms"][index]["scheduledFor"] = iso(parsed)
        entries.append(parsed)
    return _Times(root, entries)


def _next_slot(now: datetime) -> datetime:
    return (now + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)


def _validate_publishable(doc: dict[str, Any]) -> None:
    platforms = doc["platforms"]
    if not platforms:
        raise bad_request(
            "At least one platform is required unless the post is a draft",
            "platforms",
            "missing_required_field",
        )
    if doc.get("content", "").strip():
        return
    if doc.get("mediaItems"):
        return
    if all(e.get("customContent", "").strip() or e.get("customMedia") for e in platforms):
        return
    psd = [e.get("platformSpecificData") or {} for e in platforms]
    if all(p.get("article") for p in psd):
        return
    if all(e["platform"] == "linkedin" and p.get("reshareUrl") for e, p in zip(platforms, psd, strict=True)):
        return
    raise bad_request(
        "content is required unless media is attached or every platform has customContent",
        "content",
        "missing_required_field",
    )


def _fingerprint(doc: dict[str, Any], entry: dict[str, Any]) -> tuple[str, str, str]:
    text = entry.get("customContent") or doc.get("content", "")
    media = entry.get("customMedia") or doc.get("mediaItems", [])
    digest = hashlib.sha256(json.dumps([text, [m.get("url") for m in media]]).encode()).hexdigest()
    return entry["platform"], entry["accountId"], digest


# platform -> (post id, public URL) as each platform spells them. In a template, {dN} is N random
# digits, {tN} a random N-character token, {id} the post id and {platform} the platform.
_PLATFORM_POSTS: dict[str, tuple[str, str]] = {
    "twitter": ("{d19}", "https://twitter.com/i/web/status/{id}"),
    "linkedin": ("urn:li:share:{d19}", "https://www.linkedin.com/feed/update/{id}"),
    "facebook": ("{d15}_{d15}", "https://www.facebook.com/{id}"),
    "instagram": ("{d17}", "https://www.instagram.com/p/{t11}/"),
    "youtube": ("{t11}", "https://www.youtube.com/watch?v={id}"),
    "tiktok": ("{d19}", "https://www.tiktok.com/@sandbox/video/{id}"),
    "threads": ("{d17}", "https://www.threads.net/post/{t11}"),
    "pinterest": ("{d18}", "https://www.pinterest.com/pin/{id}/"),
    "bluesky": ("{t13}", "https://bsky.app/profile/sandbox.bsky.social/post/{id}"),
    "reddit": ("{t7}", "https://www.reddit.com/comments/{id}/"),
    "telegram": ("{d6}", "https://t.me/sandbox/{id}"),
}
_OTHER_PLATFORM_POST = ("{d16}", "https://{platform}.example.com/posts/{id}")
_RANDOM_FIELD = re.compile(r"\{([dt])(\d+)\}")


def _platform_post(platform: str, ids: IdFactory) -> tuple[str, str]:
    """A made-up (platform post id, public URL) for a published entry."""

    def fill(template: str, post_id: str = "") -> str:
        random = _RANDOM_FIELD.sub(
            lambda m: ids.digits(int(m[2])) if m[1] == "d" else ids.token(int(m[2])), template
        )
        return random.replace("{id}", post_id).replace("{platform}", platform)

    id_template, url_template = _PLATFORM_POSTS.get(platform, _OTHER_PLATFORM_POST)
    post_id = fill(id_template)
    return post_id, fill(url_template, post_id)
