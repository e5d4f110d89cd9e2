"""posts.bulk_upload / abulk_upload: the CSV corpus in tests/data/bulk, against the in-process sandbox."""

from __future__ import annotations

import csv
import re
import shutil
import tracemalloc
import zoneinfo
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import late.testing
from late import Late
from late.bulk import idempotency_key
from late.client.exceptions import LateAuthenticationError, LateValidationError
from tests.support.gate import Gate
from tests.support.values import present

KEY = "sk_test_bulk"
DATA = Path(__file__).parents[1] / "data" / "bulk"
NO_WAIT = {"Retry-After": "0"}

NEXT_CHRISTMAS = f"{date.today().year + 1}-12-25T10:00:00Z"


class Stop(Exception):
    """Raised by a progress callback to crash a run half way."""


@pytest.fixture
def client(retrying_client: Late) -> Late:
    return retrying_client  # this module's tests retry as a user's client does


def creates(sandbox: late.testing.Sandbox) -> list[late.testing.RequestRecord]:
    return [r for r in sandbox.requests if (r.method, r.path) == ("POST", "/v1/posts")]


def contents_by_row(path: Path) -> dict[int, str]:
    """Row number (as a spreadsheet shows it) -> the row's content cell, read independently of late.bulk."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header = [h.strip().lower() for h in rows[0]]
    column = header.index("content") if "content" in header else header.index("post_content")
    return {n: cells[column] for n, cells in enumerate(rows[1:], start=2) if any(c.strip() for c in cells)}


def check_posts_match_rows(result: Any, sandbox: late.testing.Sandbox, path: Path) -> None:
    """Every reported post is in the sandbox and holds its own row's content."""
    expected = contents_by_row(path)
    for entry in result["posts"]:
        assert sandbox.posts[entry["id"]]["content"] == expected[entry["row"]]


# ------------------------------------------------------------------------------------------ dry runs


def test_dry_run_of_the_docs_format_sends_nothing(client: Late, sandbox: late.testing.Sandbox) -> None:
    result = client.posts.bulk_upload(DATA / "good.csv", dry_run=True)
    assert result == {"success": True, "totalRows": 5, "created": 0, "errors": []}
    assert sandbox.requests == []


def test_dry_run_reports_every_bad_row_with_its_spreadsheet_number(
    client: Late, sandbox: late.testing.Sandbox
) -> None:
    result = client.posts.bulk_upload(str(DATA / "bad_rows.csv"), dry_run=True)
    assert result["success"] is False
    assert result["totalRows"] == 15  # the quoted two-line row (7) counts once
    errors = {e["row"]: e["message"] for e in result["errors"]}
    expected = {
        3: "platform 'myspace' is not a known platform",
        4: "account_id is empty",
        5: "scheduled_for is empty",
        6: "scheduled_for 'next tuesday-ish' is not a date and time",
        8: "has no time of day",
        9: "does not exist in America/New_York",
        10: "timezone 'Mars/Olympus' is not a known IANA time zone",
        11: "media_url must be a public http(s) URL",
        12: "the row has 9 fields but the header has 8",
        13: "content is required",
        14: "at most 100",
        15: "ambiguous",
    }
    assert set(errors) == set(expected)  # rows 2, 7 and 16 are good
    for row, fragment in expected.items():
        assert fragment in errors[row], (row, errors[row])
    assert [e["row"] for e in result["errors"]] == sorted(errors)
    assert sandbox.requests == []


@pytest.mark.parametrize(
    ("name", "row", "fragments"),
    [
        ("unknown_column.csv", 1, ["unknown column 'colour'"]),
        (
            "header_problems.csv",
            1,
            ["'content' and 'post_content' both", "'timezone' and 'tz' both", "no 'account_id' column"],
        ),
        ("not_utf8.csv", 3, ["not valid UTF-8"]),
        ("broken_quote.csv", 3, ["unexpected end of data"]),
        ("empty.csv", 1, ["the file is empty"]),
    ],
)
def test_file_level_errors_name_the_problem(
    client: Late, sandbox: late.testing.Sandbox, name: str, row: int, fragments: list[str]
) -> None:
    for dry_run in (True, False):
        result = client.posts.bulk_upload(DATA / name, dry_run=dry_run)
        assert result["success"] is False
        assert {e["row"] for e in result["errors"]} == {row}
        text = " ".join(e["message"] for e in result["errors"])
        for fragment in fragments:
            assert fragment in text
    assert sandbox.requests == []


def test_missing_path_and_bad_arguments_raise_before_reading(client: Late, tmp_path: Path) -> None:
    for path in (tmp_path / "missing.csv", tmp_path):
        with pytest.raises(LateValidationError) as info:
            client.posts.bulk_upload(path)
        assert info.value.param == "path"
    with pytest.raises(LateValidationError) as info:
        client.posts.bulk_upload(DATA / "good.csv", max_concurrency=0)
    assert info.value.param == "max_concurrency"
    with pytest.raises(LateValidationError) as info:
        client.posts.bulk_upload(DATA / "good.csv", dry_run="yes")  # type: ignore[arg-type]
    assert info.value.param == "dry_run"


# ------------------------------------------------------------------------------------------ real runs


def test_real_run_creates_one_post_per_row_with_row_keys(client: Late, sandbox: late.testing.Sandbox) -> None:
    path = DATA / "good.csv"
    result = client.posts.bulk_upload(path)
    assert result["success"] is True
    assert (result["totalRows"], result["created"], result["failed"], result["errors"]) == (5, 5, 0, [])
    assert [p["row"] for p in result["posts"]] == [2, 3, 4, 5, 6]
    check_posts_match_rows(result, sandbox, path)
    keys = sorted(r.headers["idempotency-key"] for r in creates(sandbox))
    assert [key.split("-")[:3] for key in keys] == [["bulk", "row", str(row)] for row in range(2, 7)]
    assert all(re.fullmatch(r"bulk-row-\d+-[0-9a-f]{32}", key) for key in keys)

    by_row = {p["row"]: sandbox.posts[present(p["id"])] for p in result["posts"]}
    assert by_row[3]["tags"] == ["tag1", "tag2"] and by_row[3]["title"] == "My Title"
    assert by_row[4]["mediaItems"][0]["type"] == "image"
    assert by_row[5]["mediaItems"][0]["type"] == "video"
    assert by_row[5]["scheduledFor"].startswith("2030-12-25T18:00:00")  # -05:00 read as that instant
    assert [m["type"] for m in by_row[6]["mediaItems"]] == ["gif", "image"]


def test_bom_aliases_reordered_header_and_multiline_content(
    client: Late, sandbox: late.testing.Sandbox
) -> None:
    path = DATA / "bom_aliases.csv"
    result = client.posts.bulk_upload(path)
    assert result["success"] is True, result["errors"]
    assert result["totalRows"] == 3
    by_row = {p["row"]: sandbox.posts[present(p["id"])] for p in result["posts"]}
    assert set(by_row) == {2, 3, 5}  # row 2 spans three lines of the file; row 4 is blank
    assert by_row[2]["content"] == 'Line one, with a comma\nline two "quoted"\nline three'
    assert by_row[2]["scheduledFor"].startswith("2030-07-04T13:00:00")  # 09:00 New York summer time
    assert by_row[3]["scheduledFor"].startswith("2030-11-05T20:00:00")  # London in November is UTC
    media = by_row[3]["mediaItems"][0]
    assert (media["type"], media["url"]) == ("video", "https://cdn.example.com/v/fireworks.MOV?sig=1")
    assert by_row[3]["tags"] == ["uk", "events"]
    assert by_row[5]["platforms"][0]["platform"] == "facebook"


def test_real_run_with_a_bad_row_creates_nothing(client: Late, sandbox: late.testing.Sandbox) -> None:
    result = client.posts.bulk_upload(DATA / "bad_rows.csv")
    assert result["success"] is False
    assert result["created"] == 0 and result["posts"] == []
    assert len(result["errors"]) == 12
    assert sandbox.requests == []


def test_failed_creates_are_reported_and_the_other_rows_go_through(
    client: Late, sandbox: late.testing.Sandbox
) -> None:
    path = DATA / "good.csv"
    sandbox.faults.add("POST", "/v1/posts", status=400, body={"error": "Account acc is disconnected"})
    sandbox.faults.add("POST", "/v1/posts", status=503, headers=NO_WAIT, times=3)  # beyond max_retries=2
    # One at a time, so the 503s all land on one row (with more workers, other rows' requests interleave).
    result = client.posts.bulk_upload(path, max_concurrency=1)
    assert result["success"] is False
    assert (result["totalRows"], result["created"], result["failed"]) == (5, 3, 2)
    statuses = sorted(e["status"] for e in result["errors"])
    assert statuses == [400, 503]
    messages = {e["status"]: e["message"] for e in result["errors"]}
    assert messages[400] == "Account acc is disconnected"
    failed_rows = {e["row"] for e in result["errors"]}
    created_rows = {p["row"] for p in result["posts"]}
    assert failed_rows | created_rows == {2, 3, 4, 5, 6} and not failed_rows & created_rows
    assert len(sandbox.posts) == 3
    check_posts_match_rows(result, sandbox, path)

    # Running the same file again creates only the missing rows: nothing twice, nothing lost.
    again = client.posts.bulk_upload(path)
    assert again["success"] is True and (again["created"], again["replayed"]) == (2, 3)
    assert len(sandbox.posts) == 5
    assert {p["row"] for p in again["posts"] if p["replayed"]} == created_rows  # the first run's posts
    assert {p["row"]: p["id"] for p in again["posts"] if p["row"] in created_rows} == {
        p["row"]: p["id"] for p in result["posts"]
    }


def test_progress_is_called_once_per_row(client: Late) -> None:
    seen: list[tuple[int, int]] = []
    client.posts.bulk_upload(DATA / "good.csv", progress=lambda done, total: seen.append((done, total)))
    assert seen == [(n, 5) for n in range(1, 6)]


def test_a_bad_key_stops_the_run(sandbox: late.testing.Sandbox) -> None:
    strict = late.testing.sandbox(api_keys=["sk_only_this"])
    with Late(api_key=KEY, transport=strict) as client, pytest.raises(LateAuthenticationError):
        client.posts.bulk_upload(DATA / "good.csv", max_concurrency=1)
    assert len(creates(strict)) == 1


# ------------------------------------------------------------------------------- crash, then run again


def crash_after(rows: int) -> Any:
    def progress(done: int, total: int) -> None:
        if done == rows:
            raise Stop(f"crashed after {done} of {total}")

    return progress


def test_crash_half_way_then_rerun_creates_each_post_once(
    client: Late, sandbox: late.testing.Sandbox
) -> None:
    path = DATA / "good.csv"
    # One worker, so the crash comes at the same row every run (with more, another worker may finish
    # rows while the failing one unwinds); the rerun is concurrent.
    with pytest.raises(Stop):
        client.posts.bulk_upload(path, max_concurrency=1, progress=crash_after(2))
    assert len(sandbox.posts) == 2

    result = client.posts.bulk_upload(path, max_concurrency=2)
    assert result["success"] is True and (result["created"], result["replayed"]) == (3, 2)
    assert len(sandbox.posts) == 5  # the rows made before the crash were not made again
    check_posts_match_rows(result, sandbox, path)


def test_a_create_whose_answer_was_lost_is_not_made_twice(
    client: Late, sandbox: late.testing.Sandbox
) -> None:
    """The API made the post but every answer was lost (timeouts); the rerun gets that post back."""
    path = DATA / "good.csv"
    sandbox.faults.add("POST", "/v1/posts", status=504, headers=NO_WAIT, after=True, times=3)
    first = client.posts.bulk_upload(path, max_concurrency=1)
    assert first["failed"] == 1 and first["errors"][0]["row"] == 2
    assert len(sandbox.posts) == 5  # row 2's post exists, though the run could not know

    again = client.posts.bulk_upload(path)
    assert again["success"] is True and (again["created"], again["replayed"]) == (0, 5)
    assert len(sandbox.posts) == 5


def test_appending_a_row_posts_only_the_new_row(
    client: Late, sandbox: late.testing.Sandbox, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.csv"
    shutil.copy(DATA / "good.csv", copy)
    first = client.posts.bulk_upload(copy)
    with copy.open("a") as f:
        f.write('"One more",bluesky,bs_1,2030-12-27T10:00:00Z,,,\n')
    again = client.posts.bulk_upload(copy)
    # Keys come from each row's number and values: the five earlier rows are replayed, not re-posted.
    assert again["success"] is True and again["errors"] == []
    assert [p["id"] for p in again["posts"][:5]] == [p["id"] for p in first["posts"]]
    assert len(sandbox.posts) == 6


# ------------------------------------------------------------------------------------------ concurrency


def test_at_most_max_concurrency_creates_run_at_once(sandbox: late.testing.Sandbox) -> None:
    gated = Gate(sandbox, "POST", 3)
    with Late(api_key=KEY, transport=gated) as client:
        result = client.posts.bulk_upload(DATA / "good.csv", max_concurrency=3)
    assert result["created"] == 5
    assert gated.most == 3


# ---------------------------------------------------------------------------------------------- async


async def test_async_dry_run_and_real_run(sandbox: late.testing.Sandbox) -> None:
    async with Late(api_key=KEY, transport=sandbox) as client:
        dry = await client.posts.abulk_upload(DATA / "bad_rows.csv", dry_run=True)
        assert dry["success"] is False and len(dry["errors"]) == 12
        assert sandbox.requests == []
        result = await client.posts.abulk_upload(DATA / "good.csv", max_concurrency=3)
    assert result["success"] is True and result["created"] == 5
    check_posts_match_rows(result, sandbox, DATA / "good.csv")


async def test_async_crash_half_way_then_rerun(sandbox: late.testing.Sandbox) -> None:
    path = DATA / "good.csv"
    async with Late(api_key=KEY, transport=sandbox) as client:
        with pytest.raises(Stop):
            await client.posts.abulk_upload(path, max_concurrency=2, progress=crash_after(3))
        assert 3 <= len(sandbox.posts) < 5
        final = await client.posts.abulk_upload(path, max_concurrency=2)
    assert final["success"] is True and final["created"] + final["replayed"] == 5
    assert final["replayed"] >= 3  # the posts made before the crash came back by their keys
    assert len(sandbox.posts) == 5
    check_posts_match_rows(final, sandbox, path)


async def test_async_failed_create_is_reported(sandbox: late.testing.Sandbox) -> None:
    path = DATA / "good.csv"
    sandbox.faults.add("POST", "/v1/posts", status=503, headers=NO_WAIT, times=3)
    async with Late(api_key=KEY, transport=sandbox) as client:
        result = await client.posts.abulk_upload(path, max_concurrency=1)
    assert (result["created"], result["failed"]) == (4, 1)
    assert result["errors"][0]["row"] == 2 and result["errors"][0]["status"] == 503
    check_posts_match_rows(result, sandbox, path)


async def test_async_bounded_concurrency(sandbox: late.testing.Sandbox) -> None:
    gate = Gate(sandbox, "POST", 2)
    async with Late(api_key=KEY, transport=gate) as client:
        result = await client.posts.abulk_upload(DATA / "good.csv", max_concurrency=2)
    assert result["created"] == 5 and gate.most == 2


# ------------------------------------------------------------------------------------------ 10,000 rows


def write_rows(path: Path, rows: int, content_size: int = 200) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["content", "platform", "account_id", "scheduled_for", "tags"])
        for i in range(rows):
            # Past instants publish at once in the sandbox (cheap); unique text avoids its duplicate check.
            text = f"Post {i}, line one\nline two " + "x" * content_size
            writer.writerow(
                [text, "twitter", f"acc_{i % 50}", f"{date.today().year + 1}-12-25T10:00:00Z", "a|b"]
            )


@pytest.fixture(scope="module")
def ten_thousand(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bulk") / "ten_thousand.csv"
    write_rows(path, 10_000)
    return path


def _peak_traced(func: Any) -> int:
    tracemalloc.start()
    try:
        func()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_validation_memory_does_not_grow_with_the_file(client: Late, tmp_path: Path) -> None:
    small, large = tmp_path / "small.csv", tmp_path / "large.csv"
    write_rows(small, 200, content_size=2000)
    write_rows(large, 4000, content_size=2000)  # ~8 MB
    client.posts.bulk_upload(small, dry_run=True)  # warm up lazy imports and caches
    small_peak = _peak_traced(lambda: client.posts.bulk_upload(small, dry_run=True))
    large_peak = _peak_traced(lambda: client.posts.bulk_upload(large, dry_run=True))
    assert large.stat().st_size > 8_000_000
    assert large_peak < small_peak + 1_000_000, (small_peak, large_peak)


def test_ten_thousand_rows(ten_thousand: Path) -> None:
    # 200 posts at one instant for each of 50 X accounts: far past the publish caps, which the sandbox
    # leaves off here (this test is about volume); the dry run still warns about them.
    sandbox = late.testing.sandbox(dedup=False, publish_caps=False)
    with Late(api_key=KEY, transport=sandbox) as client:
        dry = client.posts.bulk_upload(ten_thousand, dry_run=True)
        warnings = dry.pop("warnings")
        assert dry == {"success": True, "totalRows": 10_000, "created": 0, "errors": []}
        assert {(w["accountId"], w["cap"]) for w in warnings} == {
            (f"acc_{n}", cap) for n in range(50) for cap in ("daily", "hourly")
        }
        result = client.posts.bulk_upload(ten_thousand, max_concurrency=8)
    assert result["success"] is True and result["created"] == 10_000
    assert [p["row"] for p in result["posts"]] == list(range(2, 10_002))
    assert len(sandbox.posts) == 10_000
    assert len({p["id"] for p in result["posts"]}) == 10_000
    post = sandbox.posts[present(result["posts"][-1]["id"])]
    assert post["content"].startswith("Post 9999, line one\nline two ")


def test_fixing_a_failed_row_and_running_again_posts_only_that_row(tmp_path: Path) -> None:
    """The API rejects one row; the user fixes it and re-runs the file: the other rows are replayed."""
    sandbox = late.testing.sandbox(dedup=False)  # only the idempotency keys can prevent duplicates
    client = Late(api_key="sk_test_fix_row", transport=sandbox)
    header = "content,platform,account_id,scheduled_for\n"
    rows = ["Row A,twitter,acc_a,2030-01-01T10:00:00Z", "Row B,twitter,acc_b,2030-01-01T11:00:00Z"]
    path = tmp_path / "posts.csv"
    path.write_text(header + "\n".join(rows) + "\n")
    sandbox.faults.add("POST", "/v1/posts", status=422, times=1)  # row 2's create is refused
    first = client.posts.bulk_upload(path, max_concurrency=1, max_retries=0)
    assert (first["created"], [e["row"] for e in first["errors"]]) == (1, [2])

    rows[0] = "Row A (fixed),twitter,acc_a,2030-01-01T10:00:00Z"
    path.write_text(header + "\n".join(rows) + "\n")
    second = client.posts.bulk_upload(path, max_concurrency=1)
    assert second["success"] is True and second["errors"] == []
    assert sorted(post["content"] for post in sandbox.posts.values()) == ["Row A (fixed)", "Row B"]
    assert idempotency_key(3, {"x": 1}) == idempotency_key(3, {"x": 1}) != idempotency_key(3, {"x": 2})


# ------------------------------------------------------------------ the per-row fast paths of a create

# Each row's platform target and media items take a fast path when they have the common shape (plain
# dicts of plain strings, as a CSV row makes them); whatever it accepts must come out exactly as the
# general path makes it, and whatever it refuses is left to the general path (which words the error).
PLATFORM_ENTRIES: list[Any] = [
    {"platform": "twitter", "accountId": "acc_1"},
    {"platform": " Google_Business ", "account_id": " acc 2 "},
    {"accountId": "acc", "platform": "LinkedIn"},
    {"platform": "x", "accountId": "acc"},
    {"platform": "twitter", "accountId": "  "},
    {"platform": "twitter", "accountId": None},
    {"platform": "twitter", "accountId": 3},
    {"platform": "twitter", "accountId": "a", "account_id": "b"},
    {"platform": "twitter", "accountId": "a", "customContent": "hi"},
    {"platform": "twitter"},
    {"platform": None, "account_id": "a"},
    {"platform": late.Platform.TWITTER, "accountId": "a"},
    {"platfrom": "twitter", "accountId": "a"},
    "twitter",
]
MEDIA_ITEMS: list[Any] = [
    {"url": "https://x.example/a.jpg"},
    {"type": "VIDEO", "url": " https://x.example/v.mp4 "},
    {"url": "http://x.example", "type": "gif"},
    {"type": "image", "url": "ftp://x.example/a.jpg"},
    {"type": "photo", "url": "https://x.example/a.jpg"},
    {"type": None, "url": "https://x.example/a.jpg"},
    {"type": "image", "url": None},
    {"url": ""},
    {"url": "https://x.example/a.jpg", "alt_text": "a"},
    {"type": "image", "url": "https://x.example/a.jpg", "title": "t"},
    {"type": late.MediaType.IMAGE, "url": "https://x.example/a.jpg"},
    {"type": "image"},
    ["https://x.example/a.jpg"],
]


def _general(make: Any, *args: Any, **kwargs: Any) -> Any:
    try:
        return make(*args, **kwargs)
    except LateValidationError:
        return None


@pytest.mark.parametrize("entry", PLATFORM_ENTRIES)
def test_the_platform_fast_path_makes_what_the_general_path_makes(entry: Any) -> None:
    from late import validation

    fast = validation._plain_target(entry)
    general = _general(validation._platform_target, entry, "platforms[0]", timezone=None, local_tz=None)
    if fast is not None:
        assert (fast, list(fast), type(fast["platform"])) == (general, list(general), str)


@pytest.mark.parametrize("item", MEDIA_ITEMS)
def test_the_media_fast_path_makes_what_the_general_path_makes(item: Any) -> None:
    from late import validation

    fast = validation._plain_media_item(item)
    general = _general(validation._normalize_media_item, item, "media_items[0]")
    if fast is not None:
        assert (fast, list(fast)) == (general, list(general))


def test_the_fast_paths_take_the_rows_a_csv_makes() -> None:
    from late import validation

    taken = [validation._plain_target(e) is not None for e in PLATFORM_ENTRIES[:3]]
    taken += [validation._plain_media_item(i) is not None for i in MEDIA_ITEMS[:3]]
    assert all(taken)
    # and what they leave to the general path is still refused, with its own message
    with pytest.raises(LateValidationError, match=r"platforms\[1\] targets twitter account 'a' again"):
        validation.normalize_platforms(
            [{"platform": "twitter", "accountId": "a"}, {"platform": "Twitter", "account_id": " a"}],
            required=True,
            timezone=None,
        )
    with pytest.raises(LateValidationError, match=r"media_items\[1\]\.type 'photo' is not a known media"):
        validation.normalize_media_items([MEDIA_ITEMS[0], MEDIA_ITEMS[4]])


# Rows as (content, platform, account_id, scheduled_for, title, media_url, tags, timezone), each given
# twice in the file (the second time through the per-value caches).
SAME_AS_CREATE_ROWS = [
    ("Hello", "twitter", "acc", "2030-01-01T10:00:00Z", "", "", "", ""),
    ("Hello", " Google_Business ", " acc ", " 2030-01-01T10:00:00Z ", " T ", "", "a|b", ""),
    ("Hello", "x", "acc", "2030-01-01T10:00:00Z", "", "", "", ""),
    ("Hello", "twitter", "acc", "2030-02-30T10:00:00Z", "", "", "", ""),
    ("Hello", "twitter", "acc", "2030-01-01T24:00:00Z", "", "", "", ""),
    ("Hello", "twitter", "acc", "2030-01-01T10:00:60Z", "", "", "", ""),
    ("Hello", "twitter", "acc", "2030-01-01t10:00:00z", "", "", "", ""),
    ("Hello", "twitter", "acc", "2030-01-01T10:00:00.250Z", "", "", "", ""),
    ("Hello", "twitter", "acc", "2030-01-01T10:00:00Z", "", "", "", "America/New_Yrok"),
    ("Hello", "twitter", "acc", "2030-01-01T10:00:00", "", "", "", "America/New_York"),
    ("Hello", "twitter", "acc", "2030-03-10T02:30:00", "", "", "", "America/New_York"),
    ("Hello", "twitter", "acc", "2030-01-01T10:00:00", "", "", "", "Factory"),
    ("Hello", "twitter", "acc", "2030-01-01T10:00:00Z", "", "", "", "utc"),
    (
        "",
        "twitter",
        "acc",
        "2030-01-01T10:00:00Z",
        "",
        "https://x.example/a.MP4?s=1|http://x.example/b.gif",
        "",
        "",
    ),
    ("Hello", "twitter", "acc", "2030-01-01T10:00:00Z", "", "ftp://x.example/a.jpg", "", ""),
    ("Hello", "twitter", "acc", "2030-01-01T10:00:00Z", "", "https://x.example/a.jpg|/b.png", "", ""),
    ("Hello", "twitter", "acc", "2030-01-01T10:00:00Z", "", "", "a||b| c ", ""),
    ("Hello", "twitter", "acc", "2030-01-01T10:00:00Z", "", "", "a|" + "y" * 101, ""),
    ("  ", "twitter", "acc", "2030-01-01T10:00:00Z", "", "", "", ""),
]


def test_each_row_is_checked_exactly_as_posts_create_checks_it(
    client: Late, sandbox: late.testing.Sandbox, tmp_path: Path
) -> None:
    from late.bulk import _media_type, _message, _split

    path = tmp_path / "rows.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(
            ["content", "platform", "account_id", "scheduled_for", "title", "media_url", "tags", "timezone"]
        )
        writer.writerows(SAME_AS_CREATE_ROWS * 2)
    result = client.posts.bulk_upload(path, dry_run=True)
    errors = {e["row"]: e["message"] for e in result["errors"]}

    expected: dict[int, str] = {}
    for row, (content, platform, account, when, title, media, tags, zone) in enumerate(
        SAME_AS_CREATE_ROWS * 2, start=2
    ):
        params: dict[str, Any] = {
            "platforms": [{"platform": platform.strip(), "accountId": account.strip()}],
            "scheduled_for": when.strip(),
        }
        if content.strip():
            params["content"] = content
        for name, value in (("title", title), ("timezone", zone)):
            if value.strip():
                params[name] = value.strip()
        if tags.strip():
            params["tags"] = _split(tags.strip())
        if media.strip():
            params["media_items"] = [{"type": _media_type(u), "url": u} for u in _split(media.strip())]
        try:
            client.posts._create(params)  # what posts.create(**params) checks, without sending it
        except LateValidationError as err:
            expected[row] = _message(err)
    assert errors == expected
    assert 0 < len(expected) < len(SAME_AS_CREATE_ROWS) * 2
    assert sandbox.requests == []


def test_rows_with_the_same_tags_get_lists_of_their_own() -> None:
    from late.bulk import _Header, _Rows

    rows = _Rows(_Header(("platform", "account_id", "scheduled_for", "tags"), ()))
    first = rows.params(["twitter", "a", "2030-01-01T10:00:00Z", " q1 | launch "])
    second = rows.params(["twitter", "a", "2030-01-01T10:00:00Z", " q1 | launch "])
    assert first["tags"] == second["tags"] == ["q1", "launch"]
    first["tags"].append("changed")
    assert rows.params(["twitter", "a", "2030-01-01T10:00:00Z", " q1 | launch "])["tags"] == ["q1", "launch"]


def test_a_time_zone_is_cached_only_once_found(monkeypatch: pytest.MonkeyPatch) -> None:
    from late import timeutil

    real = zoneinfo.ZoneInfo
    calls: list[str] = []

    def flaky(name: str) -> Any:  # the tz database cannot be read the first time
        calls.append(name)
        if len(calls) == 1:
            raise OSError("busy")
        return real(name)

    timeutil._zone_named.cache_clear()
    monkeypatch.setattr(timeutil, "ZoneInfo", flaky)
    try:
        with pytest.raises(LateValidationError, match="'Pacific/Chatham' is not a known IANA time zone"):
            timeutil.check_timezone("Pacific/Chatham")
        for _ in range(3):
            assert timeutil.check_timezone("Pacific/Chatham") == "Pacific/Chatham"
        assert calls == ["Pacific/Chatham"] * 2  # read again after the failure, then once for good
        for _ in range(2):  # an unknown name is looked up again each time, and refused each time
            with pytest.raises(LateValidationError, match="did you mean 'America/New_York'"):
                timeutil.to_api_instant("2030-01-01T10:00:00", timezone="America/New_Yrok")
        assert calls[2:] == ["America/New_Yrok"] * 2
    finally:
        timeutil._zone_named.cache_clear()


@pytest.mark.parametrize(
    "text",
    [
        "2030-01-01T10:00:00Z",
        " 2030-12-31T23:59:59Z ",
        "0001-01-01T00:00:00Z",
        "2030-02-30T10:00:00Z",
        "2030-13-01T10:00:00Z",
        "2030-01-01T24:00:00Z",
        "2030-01-01T10:60:00Z",
        "2030-01-01T10:00:60Z",
        "2030-01-01t10:00:00Z",
    ],
)
def test_a_date_already_in_the_api_form_is_read_as_any_other(text: str) -> None:
    """Such a string (each row's, in the docs' CSV) skips the parsing; what it gives must not change."""
    from late import timeutil

    def general() -> str:  # to_api_instant's path for any other string
        moment = timeutil._parse_user_string(text, "scheduled_for")
        return timeutil.format_api_instant(timeutil._resolve(moment, None, None, "scheduled_for", None))

    try:
        expected = general()
    except LateValidationError as err:
        with pytest.raises(LateValidationError) as info:
            timeutil.to_api_instant(text, timezone=None)
        assert str(info.value) == str(err)
    else:
        assert timeutil.to_api_instant(text, timezone=None) == expected


def test_a_mistake_repeated_on_every_row_gets_the_same_message_each_time(
    client: Late, tmp_path: Path
) -> None:
    """The suggestion for an unknown value is searched once (a whole column of "twiter"), per enum."""
    from late import validation

    path = tmp_path / "typos.csv"
    path.write_text("platform,account_id,scheduled_for\n" + "twiter,a,2030-01-01T10:00:00Z\n" * 3)
    result = client.posts.bulk_upload(path, dry_run=True)
    assert [e["message"] for e in result["errors"]] == [
        "platform 'twiter' is not a known platform; did you mean 'twitter'? (known: "
        + ", ".join(p.value for p in late.Platform)
        + ")"
    ] * 3
    messages = []
    for check in (validation.check_platform, validation.check_status, validation.check_platform):
        with pytest.raises(LateValidationError) as info:
            check("x", "where")
        messages.append(info.value.message)
    assert messages[0] == messages[2] != messages[1]  # only a platform's hints say x is twitter
    assert "did you mean 'twitter'" in messages[0] and "twitter" not in messages[1]


def test_a_media_url_that_cannot_be_split_is_that_rows_error(
    client: Late, sandbox: late.testing.Sandbox, tmp_path: Path
) -> None:
    path = tmp_path / "media.csv"
    path.write_text(
        "content,platform,account_id,scheduled_for,media_url\n"
        "Fine,twitter,acc_a,2030-01-01T10:00:00Z,https://cdn.example.com/a.jpg\n"
        "Broken,twitter,acc_a,2030-01-01T11:00:00Z,https://[x/a.jpg\n"
    )
    for dry_run in (True, False):
        result = client.posts.bulk_upload(path, dry_run=dry_run)
        assert [e["row"] for e in result["errors"]] == [3]
        assert "media_url" in result["errors"][0]["message"]
        assert "not a valid URL" in result["errors"][0]["message"]
    assert sandbox.posts == {}  # the real run validates the whole file first: nothing was sent
