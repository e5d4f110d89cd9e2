"""Bulk uploads within the API's limits: cap warnings, waits told to progress, no row lost to a 429."""

from __future__ import annotations

import asyncio
import csv
from pathlib import Path
from typing import Any

import pytest

import late.testing
from late import Late
from tests.support.fake_time import FakeTime, client_on

HEADER = ["content", "platform", "account_id", "scheduled_for", "media_url"]


def write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def spread(
    count: int, platform: str, account: str, *, day: int = 1, minutes: int = 30, media: str = ""
) -> list[list[str]]:
    """``count`` rows, one every ``minutes`` from 00:00 UTC on 2030-01-``day``."""
    rows = []
    for i in range(count):
        hour, minute = divmod(i * minutes, 60)
        day_shift, hour = divmod(hour, 24)
        when = f"2030-01-{day + day_shift:02d}T{hour:02d}:{minute:02d}:00Z"
        rows.append([f"{account} post {i}", platform, account, when, media])
    return rows


# ---- the dry run warns ---------------------------------------------------------------------------------


def test_dry_run_warns_about_a_days_cap_naming_rows_account_and_cap(tmp_path: Path) -> None:
    # 55 X posts on 2030-01-01, every 26 minutes (under 25 an hour), and 10 on another account.
    rows = spread(55, "twitter", "acc_x", minutes=26) + spread(10, "twitter", "acc_y")
    path = write(tmp_path / "posts.csv", rows)
    with Late(api_key="sk_test_caps", transport=late.testing.sandbox()) as client:
        result = client.posts.bulk_upload(path, dry_run=True)
    assert result["success"] is True and result["errors"] == []  # warnings are not errors
    (warning,) = result["warnings"]
    assert warning["cap"] == "daily" and warning["limit"] == 50
    assert warning["accountId"] == "acc_x" and warning["platform"] == "twitter"
    assert warning["rows"] == [52, 53, 54, 55, 56]  # the 51st to 55th of the day (row 1 is the header)
    assert "acc_x" in warning["message"] and "2030-01-01" in warning["message"] and "50" in warning["message"]


def test_dry_run_warns_about_more_than_25_in_an_hour(tmp_path: Path) -> None:
    rows = spread(30, "linkedin", "acc_li", minutes=2)  # 30 posts in an hour
    path = write(tmp_path / "posts.csv", rows)
    with Late(api_key="sk_test_caps", transport=late.testing.sandbox()) as client:
        result = client.posts.bulk_upload(path, dry_run=True)
    (warning,) = result["warnings"]
    assert warning["cap"] == "hourly" and warning["limit"] == 25
    assert warning["rows"] == [27, 28, 29, 30, 31]
    assert "within an hour" in warning["message"]


def test_tiktok_rows_past_its_cap_are_held_not_refused() -> None:
    """A CSV row cannot carry TikTok's settings yet (such rows are errors), so the tally is checked alone."""
    from late._publish_caps import CapTally

    tally = CapTally()

    def row(n: int, hours: float, media: str) -> None:
        when = (
            "2030-01-01T00:00:00Z"
            if hours == 0
            else f"2030-01-{1 + int(hours // 24):02d}T{int(hours % 24):02d}:00:00Z"
        )
        wire = {
            "scheduledFor": when,
            "platforms": [{"platform": "tiktok", "accountId": "acc_tt"}],
            "mediaItems": [{"type": media, "url": "https://cdn.example/x"}],
        }
        tally.add(n, wire)

    for n in range(17):  # 17 videos, one an hour: past the hourly cap? no (17 < 25); past 15 a day: yes
        row(n + 2, n, "video")
    for n in range(10):  # photos count apart
        row(n + 30, n, "image")
    (held,) = tally.warnings()
    assert held["cap"] == "tiktok" and held["limit"] == 15 and held["rows"] == [17, 18]
    assert "held" in held["message"] and "video" in held["message"]


def test_no_warnings_for_a_file_within_the_caps(tmp_path: Path) -> None:
    path = write(tmp_path / "posts.csv", spread(40, "instagram", "acc_ig", minutes=30))
    with Late(api_key="sk_test_caps", transport=late.testing.sandbox()) as client:
        assert "warnings" not in client.posts.bulk_upload(path, dry_run=True)


def test_the_sandbox_refuses_what_the_dry_run_warned_about(tmp_path: Path) -> None:
    rows = spread(30, "linkedin", "acc_li", minutes=2)
    path = write(tmp_path / "posts.csv", rows)
    with Late(api_key="sk_test_caps", transport=late.testing.sandbox(), max_retries=0) as client:
        warned = client.posts.bulk_upload(path, dry_run=True)["warnings"][0]["rows"]
        result = client.posts.bulk_upload(path, max_concurrency=1)  # in file order, which is time order
    assert sorted(e["row"] for e in result["errors"]) == warned
    assert {e["status"] for e in result["errors"]} == {429}


# ---- the run waits, and tells ---------------------------------------------------------------------------


def many(tmp_path: Path, count: int) -> Path:
    rows = [
        [f"post {i}", "twitter", f"acc_{i % 20}", f"2030-01-{1 + i % 20:02d}T{i % 24:02d}:00:00Z", ""]
        for i in range(count)
    ]
    return write(tmp_path / "many.csv", rows)


def test_a_long_run_under_a_rate_limit_loses_no_row_and_tells_progress_it_waits(tmp_path: Path) -> None:
    clock = FakeTime()
    sandbox = late.testing.sandbox(now=clock.dt, rate_limit=(10, 5.0), dedup=False)
    client = client_on(sandbox, clock)
    calls: list[tuple[int, int, float | None]] = []

    def progress(done: int, total: int, waiting: float | None = None) -> None:
        calls.append((done, total, waiting))

    result = client.posts.bulk_upload(many(tmp_path, 60), max_concurrency=4, progress=progress)
    assert result["failed"] == 0 and result["created"] == 60
    waits = [w for _, _, w in calls if w is not None]
    assert waits and all(0 < w <= 6 for w in waits)
    assert len([c for c in calls if c[2] is None]) == 60  # one per row, as before
    assert all(total == 60 for _, total, _ in calls)
    assert sum(r.status == 429 for r in sandbox.requests) <= 1


def test_a_two_argument_progress_keeps_working(tmp_path: Path) -> None:
    clock = FakeTime()
    sandbox = late.testing.sandbox(now=clock.dt, rate_limit=(5, 5.0), dedup=False)
    client = client_on(sandbox, clock)
    seen: list[tuple[int, int]] = []
    result = client.posts.bulk_upload(
        many(tmp_path, 12), progress=lambda done, total: seen.append((done, total))
    )
    assert result["created"] == 12
    assert seen == [(n, 12) for n in range(1, 13)]


def test_a_row_turned_away_by_the_rate_limit_is_sent_again(tmp_path: Path) -> None:
    """Another client of the key fills the window: the transport's retries run out, the row is resent."""
    clock = FakeTime()
    sandbox = late.testing.sandbox(now=clock.dt, dedup=False)
    sandbox.faults.add("POST", "/v1/posts", status=429, headers={"Retry-After": "2"}, times=3)
    client = client_on(sandbox, clock, max_retries=1)
    result = client.posts.bulk_upload(many(tmp_path, 3), max_concurrency=1)
    assert result["failed"] == 0 and result["created"] == 3
    assert sum(r.status == 429 for r in sandbox.requests) == 3


def test_a_publish_cap_429_is_not_sent_again(tmp_path: Path) -> None:
    clock = FakeTime()
    sandbox = late.testing.sandbox(now=clock.dt, dedup=False)
    sandbox.faults.add("POST", "/v1/posts", status=429, headers={"Retry-After": "7200"}, times=5)
    client = client_on(sandbox, clock)
    result = client.posts.bulk_upload(many(tmp_path, 1))
    assert result["failed"] == 1 and result["errors"][0]["status"] == 429
    assert len(sandbox.requests) == 1  # Retry-After past max_retry_after: not retried, not resent


def test_async_bulk_under_a_rate_limit(tmp_path: Path) -> None:
    clock = FakeTime()
    sandbox = late.testing.sandbox(now=clock.dt, rate_limit=(10, 5.0), dedup=False)
    client = client_on(sandbox, clock)
    heard: list[float] = []

    def progress(done: int, total: int, **extra: Any) -> None:
        if "waiting" in extra:
            heard.append(extra["waiting"])

    result = asyncio.run(client.posts.abulk_upload(many(tmp_path, 40), max_concurrency=8, progress=progress))
    assert result["failed"] == 0 and result["created"] == 40
    assert heard
    assert sum(r.status == 429 for r in sandbox.requests) == 0


@pytest.mark.parametrize("progress", [print, len])
def test_a_builtin_progress_is_called_the_two_argument_way(progress: Any, tmp_path: Path) -> None:
    from late.bulk import _takes_waiting

    assert _takes_waiting(progress) is False
