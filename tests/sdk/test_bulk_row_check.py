"""The bulk dry run's shortcut for a row (``posts._RowCheck.row``) answers as ``posts.create``'s check.

``_RowCheck.row`` checks the common row from its cells and remembers what the validators said of the values
rows repeat. Whatever it accepts must be the wire body ``Posts._check_create`` makes of the params those
cells make (the same keys, in the same order, the same values); it must leave every other row (None) to
that check. The table holds the edges of the time rules (DST gaps and folds, 24:00, leap seconds, offsets,
naive times, zone abbreviations refused, past times); the property test draws rows from the same pools
and more; a whole dry run reports the same with and without the shortcut.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from late import Late
from late.client.exceptions import LateValidationError
from late.resources import posts as posts_module

PLATFORMS = [
    "twitter",
    "Twitter",
    "linkedin",
    " Google_Business ",
    "x",
    "tiktok",
    "TikTok",
    "twiter",
    "",
    "ig",
]
ACCOUNTS = ["acc_1", "acc 2", " acc ", "", "  "]
SOON = (datetime.now(UTC) + timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%SZ")
JUST_PAST = (datetime.now(UTC) - timedelta(seconds=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
TIMES = [
    "2030-01-02T10:00:00Z",
    "2030-01-02T10:00:00.250Z",
    "2030-01-02T10:00:00.000Z",
    "2030-01-02T10:00:00.123456Z",
    "2030-01-02T10:00Z",
    "2030-01-02T10:00:00",
    "2030-01-02 10:00",
    "2030-01-02T10:00:00+02:00",
    "2030-01-02T10:00:00-05:30",
    "2030-01-02T10:00:00+00:00",
    "2030-01-02T10:00:00+0200",
    "2030-03-10T02:30:00",  # the spring-forward gap in America/New_York
    "2030-11-03T01:30:00",  # the fall-back fold in America/New_York
    "2030-03-31T01:30:00",  # the gap in Europe/London
    "2030-01-02T24:00:00",
    "2030-01-02T24:00:00Z",
    "2030-06-30T23:59:60Z",  # a leap second
    "2030-02-30T10:00:00Z",
    "2030-01-02t10:00:00z",
    "2030-01-02T10:00:00 EST",
    "2030-01-02T10:00:00 PST",
    "2030-01-02T10:00:00 UTC",
    "2030-01-02",
    "Dec 25 2030 3pm",
    "Wed, 25 Dec 2030 15:00:00 +0000",
    "01/02/2030 10:00",
    "25/12/2030 10:00",
    "2020-01-02T10:00:00Z",  # past
    SOON,
    JUST_PAST,  # within the grace
    "9999-12-31T23:59:59Z",
    "0001-01-01T00:00:00",
    "tomorrow",
    "",
]
ZONES = [
    None,
    "UTC",
    "America/New_York",
    "Europe/London",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "EST",
    "PST",
    "CEST",
    "America/New_Yrok",
    "Factory",
    "utc",
    "",
]


def _answer(check: Any, params: dict[str, Any]) -> tuple[str, Any]:
    try:
        wire = check(params)
    except LateValidationError as err:
        return "error", (err.param, err.message)
    return "wire", (wire, [list(wire)], [list(t) for t in wire.get("platforms", [])])


@pytest.fixture(scope="module")
def full() -> Any:
    return Late(api_key="sk_test_row_check", base_url="http://127.0.0.1:9/api").posts._check_create


# ---------------------------------------------------------------- from a CSV row's cells (the dry run's path)

CELL_PLATFORMS = [*PLATFORMS, " twitter ", "tik tok"]
CELL_ACCOUNTS = [*ACCOUNTS, " acc_1 "]
CELL_TIMES = [*TIMES, " 2030-01-02T10:00:00Z ", "\t2030-01-02T10:00:00Z"]
CELL_ZONES = ["", " ", "UTC", " America/New_York ", "EST", "America/New_Yrok", "utc"]
CELL_TEXTS = ["", " ", "Hello", " spaced text ", "x" * 5000]
CELL_TAGS = ["", " ", "a", "launch|q1", " a | b ", "a||b", "|", "a|" + "y" * 101, "a| |b"]
CELL_MEDIA = [
    "",
    " ",
    "https://x.example/a.jpg",
    " https://x.example/v.MP4?s=1 ",
    "https://x.example/a.jpg|http://x.example/b.gif",
    "|",
    "ftp://x.example/a.jpg",
    "/local/a.jpg",
    "https://[x/a.jpg",
    "https://x.example/doc.pdf|",
    # One URL (the shortcut makes its item directly): what the full check refuses and how it types it.
    "https:///a.jpg",
    "https:// x.example/a.jpg",
    "HTTPS://X.EXAMPLE/A.JPEG",
    "https://x.example",
    "https://x.example/",
    "https://x.example/a",
    "https://x.example/.hidden",
    "https://x.example/a.tar.gz",
    "https://x.example/clip.mov#t=3",
    "https://x.example/anim.GIF?x=a.mp4",
    "http://x.example/a b.png",
    "https://x.example/a\t.jpg",
    "https://user@x.example:8080/a.webm",
    "https://[::1]/a.mp4",
    "mailto:a@x.example",
    "https:x.example/a.jpg",
]


def _expected_of_cells(full: Any, values: tuple[str, ...]) -> tuple[str, Any]:
    from late.bulk import _Rows

    try:
        params = _Rows.params_of(values)
    except LateValidationError as err:
        return "error", (err.param, err.message)
    return _answer(full, params)


def _same_row(full: Any, row_check: posts_module._RowCheck, values: tuple[str, ...]) -> bool:
    expected = _expected_of_cells(full, values)
    for _ in range(2):  # the second time through the memos
        fast = row_check.row(values)
        if fast is not None:
            assert expected == ("wire", (fast, [list(fast)], [list(t) for t in fast["platforms"]]))
    return fast is not None


def _values(
    content: str, platform: str, account: str, when: str, title: str, media: str, tags: str, zone: str
) -> tuple[str, ...]:
    return (content, platform, account, when, title, media, tags, zone)  # late.bulk.COLUMNS order


def test_a_row_of_cells_answers_as_its_params_do(full: Any) -> None:
    row_check = posts_module._RowCheck()
    rows = (
        [_values("Hi", p, "acc", "2030-01-02T10:00:00Z", "", "", "", "") for p in CELL_PLATFORMS]
        + [_values("Hi", "twitter", a, "2030-01-02T10:00:00Z", "", "", "", "") for a in CELL_ACCOUNTS]
        + [_values("Hi", "linkedin", "acc", t, "", "", "", z) for t in CELL_TIMES for z in CELL_ZONES]
        + [
            _values(c, "twitter", "acc", "2030-01-02T10:00:00Z", t, "", "", "")
            for c in CELL_TEXTS
            for t in CELL_TEXTS
        ]
        + [
            _values(c, "twitter", "acc", "2030-01-02T10:00:00Z", "", m, "", "")
            for c in CELL_TEXTS
            for m in CELL_MEDIA
        ]
        + [_values("Hi", "twitter", "acc", "2030-01-02T10:00:00Z", "", "", t, "") for t in CELL_TAGS]
    )
    taken = sum(_same_row(full, row_check, values) for values in rows)
    assert 40 < taken < len(rows) - 40


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    content=st.sampled_from(CELL_TEXTS) | st.text(max_size=4),
    platform=st.sampled_from(CELL_PLATFORMS) | st.text(max_size=10),
    account=st.sampled_from(CELL_ACCOUNTS) | st.text(max_size=6),
    when=st.sampled_from(CELL_TIMES) | st.text(max_size=22),
    title=st.sampled_from(CELL_TEXTS),
    media=st.sampled_from(CELL_MEDIA) | st.text(alphabet="htps:/x.|jpg4 ", max_size=20),
    tags=st.sampled_from(CELL_TAGS) | st.text(alphabet="ab| ", max_size=8),
    zone=st.sampled_from(CELL_ZONES),
)
def test_any_row_of_cells_answers_as_its_params_do(
    full: Any,
    content: str,
    platform: str,
    account: str,
    when: str,
    title: str,
    media: str,
    tags: str,
    zone: str,
) -> None:
    _same_row(
        full,
        posts_module._RowCheck(),
        _values(content, platform, account, when, title, media, tags, zone),
    )


def test_a_dry_run_reports_the_same_with_and_without_the_shortcut(full: Any, tmp_path: Any) -> None:
    import csv
    import itertools

    from late.bulk import COLUMNS

    path = tmp_path / "rows.csv"
    pools = [
        CELL_TEXTS[:3],
        CELL_PLATFORMS[:7],
        CELL_ACCOUNTS[:4],
        CELL_TIMES[::3],
        CELL_TEXTS[:3],
        CELL_MEDIA[:6],
        CELL_TAGS[:6],
        CELL_ZONES[:5],
    ]
    rows = [tuple(pool[(i * (k + 3)) % len(pool)] for k, pool in enumerate(pools)) for i in range(600)]
    rows += [("Hi", "twitter", "acc", "2030-01-02T10:00:00Z", "", "", "", "")] * 60  # past the daily cap
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([COLUMNS, *rows])

    def dry_run(with_shortcut: bool) -> Any:
        upload = _dry_run(path, {}, full, posts_module._RowCheck().row if with_shortcut else None)
        upload.validate()
        return upload.validation_result()

    fast, slow = dry_run(True), dry_run(False)
    assert fast == slow
    assert 50 < len(slow["errors"]) < 600 and slow["warnings"]
    assert (
        list(itertools.islice((e["row"] for e in slow["errors"]), 3))
        == sorted(e["row"] for e in slow["errors"])[:3]
    )


def _cells(minute: int, account: str = "acc", tags: str = "") -> tuple[str, ...]:
    return _values("Hi", "twitter", account, f"2030-01-02T10:{minute:02d}:00Z", "", "", tags, "")


def test_the_memos_stay_small(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(posts_module, "_ROW_MEMO_SIZE", 8)
    row_check = posts_module._RowCheck()
    for minute in range(30):
        wire = row_check.row(_cells(minute, account=f"acc_{minute}", tags=f"t{minute}"))
        assert wire is not None and wire["scheduledFor"] == f"2030-01-02T10:{minute:02d}:00Z"
        assert wire["platforms"] == [{"platform": "twitter", "accountId": f"acc_{minute}"}]
        assert wire["tags"] == [f"t{minute}"]
        assert max(len(row_check._targets), len(row_check._instants), len(row_check._tags)) <= 8


def test_a_remembered_time_is_left_to_the_full_check_once_it_has_passed(
    full: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from late import timeutil
    from late.bulk import _Rows

    row_check = posts_module._RowCheck()
    values = _cells(0)
    assert row_check.row(values) is not None
    later = datetime(2030, 1, 2, 10, 1, 1, tzinfo=UTC)  # the clock moves past it (and its grace)

    class Clock(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Any:
            return later

    monkeypatch.setattr(timeutil, "datetime", Clock)
    row_check._clock = later.timestamp  # (the clock the shortcut reads first: the same one)
    assert row_check.row(values) is None
    with pytest.raises(LateValidationError, match="scheduled_for 2030-01-02T10:00:00Z is in the past"):
        full(_Rows.params_of(values))


@pytest.mark.parametrize(
    "behind",
    [
        timedelta(0),
        timedelta(seconds=58),
        timedelta(seconds=59, milliseconds=500),
        timedelta(seconds=60),
        timedelta(seconds=60, microseconds=1),
        timedelta(seconds=61),
        timedelta(days=1),
        -timedelta(seconds=1),
    ],
)
def test_a_time_near_the_edge_of_the_past_answers_as_the_full_check(
    full: Any, monkeypatch: pytest.MonkeyPatch, behind: timedelta
) -> None:
    """The shortcut reads a cheaper clock first and asks ``timeutil.is_past`` only near the edge of the
    grace: with both clocks at one instant, every distance from it answers as the full check does."""
    from late import timeutil

    now = datetime(2030, 1, 2, 10, 0, 0, 250000, tzinfo=UTC)

    class Clock(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Any:
            return now

    monkeypatch.setattr(timeutil, "datetime", Clock)
    row_check = posts_module._RowCheck()
    row_check._clock = now.timestamp
    when = (now - behind).isoformat().replace("+00:00", "Z")
    values = _values("Hi", "twitter", "acc", when, "", "", "", "")
    fast = row_check.row(values)
    expected = _expected_of_cells(full, values)
    assert (fast is None) == (expected[0] == "error") == (behind > timeutil.PAST_GRACE)
    if fast is not None:
        assert expected[1][0] == fast


def test_each_row_gets_a_wire_body_of_its_own() -> None:
    row_check = posts_module._RowCheck()
    first = row_check.row(_cells(0, tags="a"))
    assert first is not None
    first["platforms"][0]["accountId"] = "changed"
    first["tags"].append("b")
    again = row_check.row(_cells(0, tags="a"))
    assert again is not None and again["platforms"] == [{"platform": "twitter", "accountId": "acc"}]
    assert again["tags"] == ["a"]


def test_a_dry_run_with_call_options_takes_the_full_check(tmp_path: Any) -> None:
    from late.bulk import COLUMNS

    path = tmp_path / "rows.csv"
    path.write_text(",".join(COLUMNS) + "\nHi,twitter,acc,2030-01-02T10:00:00Z,,,,\n", "utf-8")
    seen: list[Any] = []

    def check(params: Any) -> dict[str, Any]:
        seen.append(params)
        return dict(params)

    for options in ({}, {"timeout": 5.0}):
        upload = _dry_run(
            path, options, check, lambda values: {"platforms": [], "scheduledFor": "2030-01-02T10:00:00Z"}
        )
        assert upload.validate() is True
    assert [p.get("timeout") for p in seen] == [5.0]  # the shortcut took the row without options


def _dry_run(path: Any, options: dict[str, Any], check: Any, row_check: Any) -> Any:
    from late.bulk import BulkUpload

    return BulkUpload.start(
        path,
        lambda params: pytest.fail("a dry run builds nothing"),
        dry_run=True,
        max_concurrency=1,
        progress=None,
        options=options,
        check=check,
        row_check=row_check,
    )
