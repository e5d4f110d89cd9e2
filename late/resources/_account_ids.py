"""Platform entries without an ``accountId``: filled in with the one connected account of that platform.

``posts.create(platforms=[{"platform": "linkedin"}], ...)`` is ``{"platform": "linkedin", "accountId":
<the id>}`` where exactly one connected LinkedIn account exists. The accounts come from one
``GET /v1/accounts?status=connected`` call, kept for :data:`CACHE_SECONDS` per client, so a run of
creates asks once. Where there is none, or several, the call fails with a ``LateValidationError`` that
lists the candidates, and creates nothing.

Everything else about the call is checked first (with a stand-in id), so a call that would fail anyway
fails before the accounts are asked for: a bad call sends nothing. The accounts call is part of the
caller's call: it takes its ``max_retries`` and ``timeout``, and its ``deadline`` bounds both requests.
"""

from __future__ import annotations

import math
import threading
import time
import weakref
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from late import validation
from late._exceptions import LateValidationError
from late.resources._base import Operation, Prepared, Resource

if TYPE_CHECKING:
    from late_api_client.models import AccountsListResponse, SocialAccount

    from late._http.requestor import Requestor

__all__ = ["CACHE_SECONDS", "prepare"]

#: How long one client keeps the connected accounts it asked for.
CACHE_SECONDS = 300.0

T = TypeVar("T")

_caches: weakref.WeakKeyDictionary[Requestor, _Cache] = weakref.WeakKeyDictionary()
_caches_lock = threading.Lock()


@dataclass
class _Cache:
    accounts: list[SocialAccount] | None = None
    at: float = 0.0

    def fresh(self, now: float) -> list[SocialAccount] | None:
        return self.accounts if self.accounts is not None and now - self.at < CACHE_SECONDS else None


def _cache(requestor: Requestor) -> _Cache:
    with _caches_lock:
        cache = _caches.get(requestor)
        if cache is None:
            cache = _caches[requestor] = _Cache()
        return cache


def prepare(
    resource: Resource, params: Mapping[str, Any], build: Callable[[Mapping[str, Any]], Operation[T]]
) -> Operation[T] | Prepared[T]:
    """The operation ``build`` makes of ``params`` once every missing ``accountId`` is filled in.

    Where the connected accounts must be asked for first, a :class:`Prepared` whose first step is that
    one accounts call: the executor (``_run`` or ``_arun``) runs it, then builds and sends the call.
    """
    plan = _Plan.of(resource, params, build)
    if plan.done is not None:
        return build(plan.done)
    # The accounts call is part of the caller's call: it takes the same max_retries and timeout, and
    # the call's deadline bounds both requests together (the second gets what the first left).
    options = {name: params[name] for name in _CALL_OPTIONS if params.get(name) is not None}
    monotonic = resource._requestor.clock.monotonic
    started = monotonic()

    def then(answer: AccountsListResponse) -> Operation[T]:
        filled = plan.fill(answer)
        deadline = options.get("deadline")
        if isinstance(deadline, int | float) and math.isfinite(deadline):  # (the first request checked it)
            filled["deadline"] = max(deadline - (monotonic() - started), _PASSED)
        return build(filled)

    return Prepared(_connected(options), then)


#: The per-call keywords the accounts call shares with the call it serves.
_CALL_OPTIONS = ("max_retries", "timeout", "deadline")

#: The deadline left for the second request when the first used it all: the request then fails with
#: the deadline's own error before it is sent (a deadline must be > 0).
_PASSED = 1e-9


@dataclass
class _Plan:
    """What a call's entries need: ``done`` (the params to send) unless the accounts must be asked for."""

    params: Mapping[str, Any]
    gaps: dict[int, str]
    cache: _Cache | None
    done: Any = None

    @classmethod
    def of(
        cls, resource: Resource, params: Mapping[str, Any], check: Callable[[Mapping[str, Any]], object]
    ) -> _Plan:
        gaps = _gaps(params, check)
        if not gaps:
            return cls(params, gaps, None, done=params)
        cache = _cache(resource._requestor)
        accounts = cache.fresh(time.monotonic())
        plan = cls(params, gaps, cache)
        if accounts is not None:
            plan.done = _filled(params, gaps, accounts)
        return plan

    def fill(self, answer: AccountsListResponse) -> dict[str, Any]:
        accounts = list(answer.accounts)
        if self.cache is not None:
            self.cache.accounts, self.cache.at = accounts, time.monotonic()
        return _filled(self.params, self.gaps, accounts)


def _connected(options: Mapping[str, Any]) -> Operation[AccountsListResponse]:
    from late.resources.accounts import Accounts

    return Accounts._operation({**options, "status": "connected"})


def _gaps(params: Mapping[str, Any], check: Callable[[Mapping[str, Any]], object]) -> dict[int, str]:
    """The entries that name a platform but no account (index -> platform), after checking the call."""
    platforms = params.get("platforms")
    if not isinstance(platforms, Sequence) or isinstance(platforms, str | bytes):
        return {}
    named: dict[int, Any] = {}
    for index, entry in enumerate(platforms):
        if not isinstance(entry, Mapping) or entry.get("platform") is None:
            continue
        if entry.get("accountId") is None and entry.get("account_id") is None:
            named[index] = entry["platform"]
    if named:  # every other check first, with stand-in accounts, so a bad call sends nothing at all;
        # one stand-in per entry: two entries of one platform are not "the same account" before the
        # accounts say whether that platform has one account or several
        check(_with_ids(params, {index: f"<platforms[{index}]'s account>" for index in named}))
    return {
        index: validation.check_platform(name, f"platforms[{index}].platform")
        for index, name in named.items()
    }


def _with_ids(params: Mapping[str, Any], ids: Mapping[int, str]) -> dict[str, Any]:
    entries = []
    for index, entry in enumerate(params["platforms"]):
        if index in ids:
            entry = {k: v for k, v in entry.items() if k not in ("accountId", "account_id")}
            entry["accountId"] = ids[index]
        entries.append(entry)
    return {**params, "platforms": entries}


def _usable(account: SocialAccount) -> bool:
    return account.is_active is not False and account.enabled is not False and not account.needs_reconnection


def _label(account: SocialAccount) -> str:
    name = account.username if isinstance(account.username, str) else None
    profile = getattr(account.profile_id, "name", None)
    details = ", ".join(part for part in (f"@{name.lstrip('@')}" if name else None, profile) if part)
    return f"{account.field_id} ({details})" if details else str(account.field_id)


def _filled(
    params: Mapping[str, Any], gaps: Mapping[int, str], accounts: list[SocialAccount]
) -> dict[str, Any]:
    usable = [account for account in accounts if _usable(account)]
    ids: dict[int, str] = {}
    for index, platform in gaps.items():
        candidates = [account for account in usable if str(account.platform) == platform]
        where = f"platforms[{index}].accountId"
        if len(candidates) == 1:
            ids[index] = str(candidates[0].field_id)
        elif candidates:
            listed = ", ".join(_label(account) for account in candidates)
            raise LateValidationError(
                f"platforms[{index}] names no accountId and {len(candidates)} {platform} accounts are "
                f"connected: {listed}; pass one of them as accountId",
                param=where,
            )
        else:
            others = sorted({str(account.platform) for account in usable})
            seen = f"; connected platforms: {', '.join(others)}" if others else "; no account is connected"
            raise LateValidationError(
                f"platforms[{index}] names no accountId and no {platform} account is connected{seen}",
                param=where,
            )
    return _with_ids(params, ids)
