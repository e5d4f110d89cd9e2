"""The API's per-account publish caps, as its spec states them ("Rate Limits"): pure rules, no HTTP.

* A day's posts per account: Instagram, Facebook and Google Business 100, Threads 250, X 50, Pinterest 25,
  every other platform 50 (a UTC calendar day).
* 25 posts an hour per account, every platform (any 60 minutes).
* TikTok: 15 videos and 15 photo posts per account in a trailing 24 hours, counted separately; a post
  over it is not refused but held, and goes out when the oldest of its kind leaves the window.

Used by the bulk dry run (warnings before a file breaks a cap) and by the sandbox (which enforces them).
"""

from __future__ import annotations

import bisect
import functools
import itertools
from array import array
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Final, TypedDict

__all__ = [
    "DAY",
    "HOUR",
    "HOURLY_CAP",
    "TIKTOK_CAP_PER_KIND",
    "CapTally",
    "CapWarning",
    "busiest_hour",
    "daily_cap",
    "tiktok_kind",
]

HOUR: Final = 3600.0
DAY: Final = 86400.0
#: Posts a day per account, by platform; every platform not named here: ``DEFAULT_DAILY_CAP``.
DAILY_CAPS: Final = {
    "instagram": 100,
    "facebook": 100,
    "googlebusiness": 100,
    "threads": 250,
    "twitter": 50,
    "pinterest": 25,
}
DEFAULT_DAILY_CAP: Final = 50
HOURLY_CAP: Final = 25
TIKTOK_CAP_PER_KIND: Final = 15

_VIDEO_TYPES: Final = frozenset({"video"})


def daily_cap(platform: str) -> int | None:
    """The day's cap for one account on ``platform``; None for TikTok (a trailing 24 h per kind instead)."""
    name = platform.strip().lower()
    if name == "tiktok":
        return None
    return DAILY_CAPS.get(name, DEFAULT_DAILY_CAP)


def tiktok_kind(media_types: Sequence[str]) -> str:
    """``"video"`` when a TikTok post carries a video, else ``"photo"`` (the two counted separately)."""
    return "video" if any(str(t).lower() in _VIDEO_TYPES for t in media_types) else "photo"


def busiest_hour(times: Sequence[float], at: float) -> int:
    """The most posts of ``times`` (sorted epoch seconds) in any 60 minutes that contain ``at``."""
    lo = bisect.bisect_right(times, at - HOUR)
    hi = bisect.bisect_left(times, at + HOUR)
    near = times[lo:hi]
    best = 0
    # A window [s, s + 1 h) holding ``at`` starts in (at - 1 h, at]; the fullest starts at a post or just
    # after ``at - 1 h``.
    starts = [at - HOUR + 1e-6, *(t for t in near if t <= at)]
    for start in starts:
        count = bisect.bisect_left(near, start + HOUR) - bisect.bisect_left(near, start)
        best = max(best, count)
    return best


class CapWarning(TypedDict):
    """Rows of a bulk file that would break a publish cap (a warning: the file is still valid).

    ``cap``: ``"daily"`` (the platform's posts a day, UTC), ``"hourly"`` (25 in any hour) or ``"tiktok"``
    (15 per kind in 24 hours: these rows are held and published later, not refused). ``rows``: the rows
    past the cap, in time order; ``limit``: the cap; ``message``: all of it in words.
    """

    rows: list[int]
    accountId: str
    platform: str
    cap: str
    limit: int
    message: str


_ROWS_NAMED: Final = 10


def _rows_text(rows: Sequence[int]) -> str:
    shown = ", ".join(str(r) for r in rows[:_ROWS_NAMED])
    more = f" and {len(rows) - _ROWS_NAMED} more" if len(rows) > _ROWS_NAMED else ""
    return f"row{'s' if len(rows) > 1 else ''} {shown}{more}"


def _utc(at: float) -> str:
    return datetime.fromtimestamp(at, UTC).strftime("%Y-%m-%d %H:%M UTC")


@functools.lru_cache(maxsize=4096)
def _instant(text: str) -> float | None:
    """An API instant (``...Z``) as Unix seconds; a file's rows repeat a few times, so it is cached."""
    try:
        return datetime.fromisoformat(text).timestamp()
    except ValueError:
        return None


class CapTally:
    """Collects each row's account and publish time; :meth:`warnings` says which rows break a cap.

    Compact (two arrays per account), so a dry run of 100,000 rows stays small.
    """

    def __init__(self) -> None:
        # (platform, accountId, TikTok kind or "") -> (publish times, row numbers)
        self._by_account: dict[tuple[str, str, str], tuple[array[float], array[int]]] = {}

    def add(self, row: int, wire: Mapping[str, Any] | None) -> None:
        """Count one valid row from its create's wire body (a draft or a row without a time is skipped)."""
        if not wire or wire.get("isDraft") is True:
            return
        when = wire.get("scheduledFor")
        platforms = wire.get("platforms")
        if not isinstance(when, str) or not platforms:
            return
        at = _instant(when)
        if at is None:
            return
        by_account = self._by_account
        for target in platforms:  # validated: the platform is a lower-case name, the account a string
            platform = target.get("platform", "")
            account = target.get("accountId", "")
            if type(platform) is not str or type(account) is not str:  # (a str is one already)
                platform, account = str(platform), str(account)
            kind = ""
            if platform == "tiktok":
                kind = tiktok_kind([str(m.get("type", "")) for m in wire.get("mediaItems") or []])
            key = (platform, account, kind)
            entry = by_account.get(key)
            if entry is None:
                entry = by_account[key] = (array("d"), array("q"))
            entry[0].append(at)
            entry[1].append(row)

    def warnings(self) -> list[CapWarning]:
        found: list[CapWarning] = []
        for (platform, account, kind), (times, rows) in self._by_account.items():
            if all(a <= b for a, b in itertools.pairwise(times)):  # a file in time order
                when, which = times.tolist(), rows.tolist()
            else:
                order = sorted(range(len(times)), key=times.__getitem__)
                when, which = [times[i] for i in order], [rows[i] for i in order]
            cap = daily_cap(platform)
            if cap is None:
                found += _trailing(when, which, platform, account, kind)
                continue
            found += _daily(when, which, platform, account, cap)
            found += _hourly(when, which, platform, account)
        return found


def _daily(when: list[float], rows: list[int], platform: str, account: str, cap: int) -> list[CapWarning]:
    out: list[CapWarning] = []
    start = 0
    while start < len(when):
        day = when[start] // DAY
        end = bisect.bisect_left(when, (day + 1) * DAY, start)
        if end - start > cap:
            over = rows[start + cap : end]
            date = datetime.fromtimestamp(day * DAY, UTC).strftime("%Y-%m-%d")
            message = (
                f"{_rows_text(over)}: {end - start} posts for {platform} account {account!r} on {date} "
                f"(UTC), over the API's cap of {cap} a day per {platform} account; those past it will be "
                "refused (429)"
            )
            out.append(
                CapWarning(
                    rows=over, accountId=account, platform=platform, cap="daily", limit=cap, message=message
                )
            )
        start = end
    return out


def _over_window(when: list[float], width: float, cap: int) -> list[int]:
    """Indexes of the posts (sorted by time) that have ``cap`` others in the ``width`` seconds up to them."""
    return [i for i in range(cap, len(when)) if when[i] - when[i - cap] < width]


def _hourly(when: list[float], rows: list[int], platform: str, account: str) -> list[CapWarning]:
    over = _over_window(when, HOUR, HOURLY_CAP)
    if not over:
        return []
    return [
        _warning(
            over,
            rows,
            platform,
            account,
            "hourly",
            HOURLY_CAP,
            f"more than {HOURLY_CAP} posts within an hour for {platform} account {account!r} (first at "
            f"{_utc(when[over[0]])}), over the API's cap of {HOURLY_CAP} an hour per account; those will "
            "be refused (429)",
        )
    ]


def _trailing(when: list[float], rows: list[int], platform: str, account: str, kind: str) -> list[CapWarning]:
    found = _hourly(when, rows, platform, account)
    over = _over_window(when, DAY, TIKTOK_CAP_PER_KIND)
    if over:
        found.append(
            _warning(
                over,
                rows,
                platform,
                account,
                "tiktok",
                TIKTOK_CAP_PER_KIND,
                f"more than {TIKTOK_CAP_PER_KIND} TikTok {kind} posts within 24 hours for account "
                f"{account!r} (first at {_utc(when[over[0]])}); TikTok publishes at most "
                f"{TIKTOK_CAP_PER_KIND} {kind} posts a day per account, so these are held and go out "
                "later, when the oldest leaves the 24 hours (their scheduledFor moves)",
            )
        )
    return found


def _warning(
    over: list[int], rows: list[int], platform: str, account: str, cap: str, limit: int, what: str
) -> CapWarning:
    flagged = [rows[i] for i in over]
    return CapWarning(
        rows=flagged,
        accountId=account,
        platform=platform,
        cap=cap,
        limit=limit,
        message=f"{_rows_text(flagged)}: {what}",
    )
