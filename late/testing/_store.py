"""What the sandbox remembers, behind one lock and one clock, and the indexes that keep requests cheap.

Every handler gets the :class:`Store` and nothing else, so what an endpoint can touch is visible in its
signature. Posts are indexed twice so that no request walks every stored post (``test_sandbox_scale``
counts the work): a heap of due times for publishing scheduled posts, and a fingerprint index for the
duplicate-content check.
"""

from __future__ import annotations

import hashlib
import heapq
import itertools
import json
import random
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from late.testing._accounts import AccountBook
from late.testing._limits import PublishCaps
from late.testing._routes import IdempotencyKeys
from late.testing._util import ApiError, IdFactory, utc

__all__ = ["DEDUP_WINDOW", "Store", "StoredPost", "Upload", "fingerprint"]

DEDUP_WINDOW = timedelta(hours=24)
#: The statuses in which a post's content counts for the duplicate check.
_DEDUP_STATUSES = frozenset({"scheduled", "publishing", "published", "partial", "pending_approval"})

_POST_SEQ = itertools.count()


@dataclass
class StoredPost:
    doc: dict[str, Any]
    user_id: str
    created_at: datetime
    request_id: str | None = None
    due: list[datetime | None] = field(default_factory=list)
    #: Creation order: breaks ties between equal times, and a cursor names its last post by it.
    seq: int = field(default_factory=lambda: next(_POST_SEQ))
    #: Entries (indexes) held past a publish-now by the TikTok cap: they publish at their due time.
    held: set[int] = field(default_factory=set)


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


def fingerprint(doc: dict[str, Any], entry: dict[str, Any]) -> tuple[str, str, str]:
    """What the duplicate check compares: the entry's account and the text and media it publishes."""
    text = entry.get("customContent") or doc.get("content", "")
    media = entry.get("customMedia") or doc.get("mediaItems", [])
    digest = hashlib.sha256(json.dumps([text, [m.get("url") for m in media]]).encode()).hexdigest()
    return entry["platform"], entry["accountId"], digest


class Store:
    """The sandbox's state. Not thread-safe on its own: callers hold ``lock`` (an ``RLock``).

    ``dedup``, ``failing_accounts``, ``publish_caps``, ``media_base_url``, ``account_profiles`` and
    ``accounts`` are the knobs tests set on the sandbox (see :func:`late.testing.sandbox`).
    """

    def __init__(
        self,
        *,
        now: Callable[[], datetime] | None,
        dedup: bool,
        seed: int | None,
        media_base_url: str,
        account_profiles: Mapping[str, str] | None,
        publish_caps: bool,
        demo_accounts: bool,
    ) -> None:
        self.lock = threading.RLock()
        self._clock = now
        self.dedup = dedup
        self.media_base_url = media_base_url.rstrip("/")
        #: The per-account publish caps (None: off); see _limits.py.
        self.publish_caps = PublishCaps() if publish_caps else None
        #: accountId -> profileId, used by the ``profileId`` list filter (unknown accounts have no profile).
        self.account_profiles: dict[str, str] = {}
        #: Profiles and connected accounts (GET /v1/accounts, /v1/profiles): the docs' ids to begin with.
        self.accounts = AccountBook(self.lock, self.account_profiles, demo=demo_accounts)
        self.account_profiles.update(account_profiles or {})
        #: accountId -> error message: publishing to these accounts fails (drives failed/partial/retry).
        self.failing_accounts: dict[str, str] = {}
        self.ids = IdFactory(random.Random(seed), self.now)
        self.posts: dict[str, StoredPost] = {}
        self.uploads: dict[str, Upload] = {}
        self.idempotency = IdempotencyKeys()
        # Due-post publishing, O(log n) per request: a heap of (next due time, ticket, post id) and, per
        # scheduled post, the ticket of its one current heap entry. Rescheduling, publishing or deleting a
        # post issues a new ticket (or none), which invalidates its older entries lazily: they are dropped
        # when they reach the top of the heap.
        self._due_heap: list[tuple[datetime, int, str]] = []
        self._due_ticket: dict[str, int] = {}
        self._tickets = itertools.count()
        # The duplicate-content check looks posts up by fingerprint instead of walking them all:
        # fingerprint -> {post id: None} (the posts with an entry of that fingerprint), and post id ->
        # its fingerprints and its position in ``posts`` (the walk's order, which picks the reported match).
        self._by_fingerprint: dict[tuple[str, str, str], dict[str, None]] = {}
        self._fingerprints_of: dict[str, list[tuple[str, str, str]]] = {}
        self._position: dict[str, int] = {}
        self._positions = itertools.count()

    def now(self) -> datetime:
        return utc(self._clock()) if self._clock is not None else utc(datetime.now().astimezone())

    def clear(self) -> None:
        """Forget every post, upload and idempotency key, and what the publish caps counted."""
        self.posts.clear()
        self._due_heap.clear()
        self._due_ticket.clear()
        self._by_fingerprint.clear()
        self._fingerprints_of.clear()
        self._position.clear()
        self.idempotency.clear()
        self.uploads.clear()
        self.failing_accounts.clear()
        if self.publish_caps is not None:
            self.publish_caps.reset()

    # ----------------------------------------------------------------- posts

    def post_or_404(self, post_id: str) -> StoredPost:
        post = self.posts.get(post_id)  # any id the sandbox holds (seed_post may store non-hex ones)
        if post is None:
            raise ApiError(404, "Post not found", code="not_found", param="postId")
        return post

    def put(self, post: StoredPost) -> None:
        """Add ``post`` (or replace the post with its id), indexed for the schedule and the dedup check."""
        post_id = post.doc["_id"]
        if post_id not in self.posts:
            self._position[post_id] = next(self._positions)
        self.posts[post_id] = post
        self.schedule(post)
        self.index(post)

    def forget(self, post_id: str) -> None:
        del self.posts[post_id]
        if self.publish_caps is not None:
            self.publish_caps.forget(post_id)
        self._due_ticket.pop(post_id, None)
        self._position.pop(post_id, None)
        self._unindex(post_id)

    # ----------------------------------------------------------------- the due heap

    def schedule(self, post: StoredPost) -> None:
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

    def has_due_times(self) -> bool:
        """Whether any post may come due: when none can, the clock is not even read."""
        return bool(self._due_heap)

    def pop_due(self, now: datetime) -> Iterator[StoredPost]:
        """The scheduled posts due by ``now``, each taken off the heap as it is handed out.

        Pops only the heap entries due by now (plus stale ones, each once): O(log n) per post, O(1) when
        nothing is due. The caller publishes each post before asking for the next; a post that still has
        pending entries re-enters the heap later than ``now``, so each is handed out at most once.
        """
        while self._due_heap and self._due_heap[0][0] <= now:  # (schedule may compact it: no alias)
            _, ticket, post_id = heapq.heappop(self._due_heap)
            if self._due_ticket.get(post_id) != ticket:
                continue  # stale: the post was rescheduled, published or deleted since
            del self._due_ticket[post_id]
            post = self.posts[post_id]
            if post.doc["status"] != "scheduled":
                continue  # e.g. cancelled by an unpublish; a new status reschedules it if need be
            yield post

    # ----------------------------------------------------------------- the fingerprint index

    def index(self, post: StoredPost) -> None:
        """(Re)index the fingerprints of ``post``'s entries; call it when its content or entries change."""
        post_id = post.doc["_id"]
        self._unindex(post_id)
        prints = [fingerprint(post.doc, e) for e in post.doc["platforms"]]
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

    def find_duplicate(self, doc: dict[str, Any], now: datetime) -> tuple[StoredPost, dict[str, Any]] | None:
        """The first stored post (in ``posts`` order) that shares a fingerprint with ``doc``, and the entry.

        Only the posts indexed under one of ``doc``'s fingerprints are looked at, not every stored post.
        """
        wanted = {fingerprint(doc, e): e for e in doc["platforms"]}
        candidates = {pid for fp in wanted for pid in self._by_fingerprint.get(fp, ())}
        for post_id in sorted(candidates, key=self._position.__getitem__):
            other = self.posts[post_id]
            if other.doc["status"] not in _DEDUP_STATUSES:
                continue
            if now - other.created_at >= DEDUP_WINDOW:
                continue
            for fp in self._fingerprints_of[post_id]:  # one per entry, in the entries' order
                hit = wanted.get(fp)
                if hit is not None:
                    return other, hit
        return None
