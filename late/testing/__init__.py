"""A local, stateful, in-memory emulation of the Late Posts and Media API, for tests and demos.

In process, as an httpx transport (sync and async)::

    sb = late.testing.sandbox()
    client = httpx.Client(transport=sb, base_url="https://getlate.dev/api")
    client.post("/v1/posts", json={...}, headers={"Authorization": "Bearer sk_test_123"})
    assert len(sb.posts) == 1

Served on loopback (``python -m late.testing.serve --port 0`` prints its URL), or from a test::

    with late.testing.serve_in_thread() as server:
        httpx.get(server.url + "/v1/posts", headers=...)

Rules worth knowing:

* Any bearer key starting with ``sk_`` is valid unless ``api_keys`` is given; then only those are.
  Each key is its own team user (``post.userId`` / the ``createdBy`` filter; see :func:`user_id_for`).
* Any path prefix before ``/v1/`` is accepted (``/api/v1/posts`` and ``/v1/posts``).
* Publishing is instant and succeeds, except to accounts listed in ``sandbox.failing_accounts``
  (accountId -> error message), which fail: that gives ``failed``/``partial`` posts and 207 answers.
  Scheduled posts publish when the clock (``now=``, e.g. a :class:`FakeClock`) passes their time.
* ``POST /v1/media/presign`` returns an ``uploadUrl`` on the sandbox itself
  (``<base>/_sandbox/storage/<key>``) that takes the PUT of the bytes (only their size and sha256
  are kept: ``sandbox.uploads``).
* ``GET /v1/accounts`` and ``GET /v1/profiles`` list ``sandbox.accounts`` (an :class:`AccountBook`),
  which starts with the docs' example accounts and profiles: ``add_account``, ``add_profile``, ``clear``.
* Faults: ``sandbox.faults.add(...)``, see :class:`Fault`.
* Limits (see ``late/testing/_limits.py``): ``rate_limit=(60, 60.0)`` limits requests per key on a sliding
  window, with the API's ``X-RateLimit-*`` headers and 429 + ``Retry-After``; the per-account publish caps
  (a day's posts per platform, 25 an hour, TikTok held past 15 per kind in 24 h) are on unless
  ``publish_caps=False``. Both run on the sandbox's clock.
* ``POST /v1/media/upload-direct`` takes a multipart ``file`` (kept as size and sha256 in
  ``sandbox.uploads``) and answers its public URL; above ~4.5 MB it answers 400 (the API's host: 413).
* ``POST /v1/posts/bulk-upload`` answers 400 ``not_supported_in_sandbox`` (the sandbox has no profiles for
  the CSV's ``profiles`` column); ``posts.bulk_upload`` in the SDK creates the posts one by one instead.
* Dates of every year 1 to 9999 are read and echoed as RFC 3339 (``0112-04-04T17:38:52.390Z``); an instant
  outside those years in UTC (``0001-01-01T00:00:00+05:00``) is a 400 ``invalid_date``.
* A method a path does not take (TRACE, HEAD, PATCH, ...) is a JSON 405 with an ``Allow`` header; every
  error, the HTTP server's own included, is a JSON error envelope.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime

from late.testing._accounts import AccountBook
from late.testing._faults import Fault, FaultList
from late.testing._routes import user_id_for
from late.testing._server import SandboxServer, serve_in_thread
from late.testing._store import Upload
from late.testing._transport import Sandbox
from late.testing._util import FakeClock
from late.testing._wire import SANDBOX_HEADER, RequestRecord

__all__ = [
    "SANDBOX_HEADER",
    "AccountBook",
    "FakeClock",
    "Fault",
    "FaultList",
    "RequestRecord",
    "Sandbox",
    "SandboxServer",
    "Upload",
    "sandbox",
    "serve_in_thread",
    "user_id_for",
]


def sandbox(
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
) -> Sandbox:
    """A new, empty sandbox (an httpx transport for both ``httpx.Client`` and ``httpx.AsyncClient``).

    ``now``: the clock (aware datetimes; naive ones are UTC), real time by default.
    ``api_keys``: the only valid keys; by default any key starting with ``sk_``.
    ``dedup``: reject the same content to the same account within 24h with a 409, as the API does.
    ``seed``: seed for ids and platform ids (with a fixed clock, runs are reproducible).
    ``media_base_url``: where presigned files are said to be public (``publicUrl``).
    ``account_profiles``: accountId -> profileId, for the ``profileId`` list filter.
    ``rate_limit``: ``(requests, seconds)``, a sliding-window limit per API key, as the API's (60 a minute
    on the smallest tier: ``(60, 60.0)``): every answer then carries ``X-RateLimit-Limit``/``-Remaining``/
    ``-Reset`` and a request past it is answered 429 with ``Retry-After``. Default: no limit, no headers.
    ``publish_caps``: the API's per-account publish caps (a day's posts per platform, 25 an hour, TikTok's
    15 videos and 15 photos in 24 hours, held rather than refused); ``False`` turns them off.
    ``demo_accounts``: start with the docs' profiles and connected accounts (``sandbox.accounts``:
    ``acc_123``/``tw_123`` on Twitter, ``li_456``, ``fb_789``, ``ig_123``, ``yt_123``, ``tt_123``, a
    disconnected ``th_123`` on Threads; profiles ``profile_123`` and ``profile_456``).
    """
    return Sandbox(
        now=now,
        api_keys=api_keys,
        dedup=dedup,
        seed=seed,
        media_base_url=media_base_url,
        account_profiles=account_profiles,
        rate_limit=rate_limit,
        publish_caps=publish_caps,
        demo_accounts=demo_accounts,
    )
