"""The bulk dry run's per-row check (``posts._RowCheck``) gives exactly what ``posts.create``'s check gives.

``_RowCheck`` checks the common row (what a CSV row makes) by a shortcut that remembers what the validators
said of the values rows repeat. Whatever it accepts must be the wire body the full check makes (the same
keys, in the same order, the same values); whatever else must be the full check's answer or error. The
table holds the edges of the time rules (DST gaps and folds, 24:00, leap seconds, offsets, naive times,
zone abbreviations refused, past times); the property test draws rows from the same pools and more.
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
TITLES = [None, "A title", " spaced ", ""]
CONTENTS = [None, "Hello", "  ", "x" * 5000]
TAGS: list[list[str] | None] = [None, ["launch", "q1"], ["a"], ["y" * 101], ["ok", " "], []]
MEDIA: list[list[dict[str, Any]] | None] = [
    None,
    [{"type": "image", "url": "https://x.example/a.jpg"}],
    [{"type": "video", "url": "https://x.example/v.mp4"}, {"type": "gif", "url": "http://x.example/b.gif"}],
    [{"type": "image", "url": "ftp://x.example/a.jpg"}],
    [{"type": "image", "url": "/local/a.jpg"}],
    [],
]


def _params(
    platform: str,
    account: str,
    when: str,
    zone: str | None,
    title: str | None,
    content: str | None,
    tags: list[str] | None,
    media: list[dict[str, Any]] | None,
) -> dict[str, Any]:
    """Keyword arguments as a CSV row gives them (a key only for what the row has)."""
    params: dict[str, Any] = {
        "platforms": [{"platform": platform, "accountId": account}],
        "scheduled_for": when,
    }
    for name, value in (
        ("content", content),
        ("title", title),
        ("timezone", zone),
        ("tags", tags),
        ("media_items", media),
    ):
        if value is not None:
            params[name] = value
    return params


def _answer(check: Any, params: dict[str, Any]) -> tuple[str, Any]:
    try:
        wire = check(params)
    except LateValidationError as err:
        return "error", (err.param, err.message)
    return "wire", (wire, [list(wire)], [list(t) for t in wire.get("platforms", [])])


@pytest.fixture(scope="module")
def full() -> Any:
    return Late(api_key="sk_test_row_check", base_url="http://127.0.0.1:9/api").posts._check_create


def _same(full: Any, row_check: Any, params: dict[str, Any]) -> None:
    expected = _answer(full, params)
    fast = row_check._plain(params)
    if fast is not None:  # the shortcut took it: exactly the full check's wire body, keys in order
        assert expected == ("wire", (fast, [list(fast)], [list(t) for t in fast["platforms"]]))
    assert _answer(row_check, params) == expected  # through the memos as well (asked twice)
    assert _answer(row_check, params) == expected


TABLE = (
    [_params(p, "acc_1", "2030-01-02T10:00:00Z", None, None, "Hello", None, None) for p in PLATFORMS]
    + [_params("twitter", a, "2030-01-02T10:00:00Z", None, None, "Hello", None, None) for a in ACCOUNTS]
    + [_params("twitter", "acc", t, z, None, "Hello", None, None) for t in TIMES for z in ZONES]
    + [
        _params("linkedin", "acc", "2030-01-02T10:00:00Z", None, t, c, None, None)
        for t in TITLES
        for c in CONTENTS
    ]
    + [
        _params("twitter", "acc", "2030-01-02T10:00:00Z", None, None, c, None, m)
        for c in CONTENTS
        for m in MEDIA
    ]
    + [_params("twitter", "acc", "2030-01-02T10:00:00Z", None, None, "Hi", t, None) for t in TAGS]
)


def test_the_table_answers_as_posts_create_does(full: Any) -> None:
    row_check = posts_module._RowCheck(full)
    taken = 0
    for params in TABLE:
        _same(full, row_check, params)
        taken += row_check._plain(params) is not None
    # the shortcut takes the common rows (and leaves the others to the full check)
    assert 40 < taken < len(TABLE) - 40


def test_other_arguments_and_shapes_go_to_the_full_check(full: Any) -> None:
    row_check = posts_module._RowCheck(full)
    base = _params("twitter", "acc", "2030-01-02T10:00:00Z", "UTC", "T", "Hello", ["a"], None)
    others: list[dict[str, Any]] = [
        {**base, "is_draft": True},
        {**base, "publish_now": True, "scheduled_for": "2020-01-01T00:00:00Z"},
        {**base, "allow_past": True, "scheduled_for": "2020-01-01T00:00:00Z"},
        {**base, "idempotency_key": "k"},
        {
            **base,
            "platforms": [
                {"platform": "twitter", "accountId": "a"},
                {"platform": "linkedin", "accountId": "b"},
            ],
        },
        {**base, "platforms": [{"platform": "twitter", "account_id": "a"}]},
        {**base, "platforms": [{"platform": "twitter", "accountId": "a", "customContent": "c"}]},
        {**base, "platforms": ({"platform": "twitter", "accountId": "a"},)},
        {**base, "scheduled_for": datetime(2030, 1, 2, 10, tzinfo=UTC)},
        {**base, "title": 3},
        {**base, "content": 3},
        {**base, "timezone": 3},
        {**base, "tags": "a"},
    ]
    for params in others:
        _same(full, row_check, params)
    assert row_check._plain(base) is not None and all(row_check._plain(p) is None for p in others)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    platform=st.sampled_from(PLATFORMS) | st.text(max_size=12),
    account=st.sampled_from(ACCOUNTS) | st.text(max_size=8),
    when=st.sampled_from(TIMES)
    | st.builds(
        lambda moment, form, offset: moment.strftime(form) + offset,
        st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
        st.sampled_from(["%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S.%f", "%d/%m/%Y %H:%M"]),
        st.sampled_from(["", "Z", "+05:30", "-08:00", "+14:00", " EST", "+00:00"]),
    ),
    zone=st.sampled_from(ZONES),
    title=st.sampled_from(TITLES),
    content=st.sampled_from(CONTENTS) | st.text(max_size=5),
    tags=st.sampled_from(TAGS) | st.lists(st.text(max_size=4), max_size=3),
    media=st.sampled_from(MEDIA),
)
def test_any_row_answers_as_posts_create_does(
    full: Any,
    platform: str,
    account: str,
    when: str,
    zone: str | None,
    title: str | None,
    content: str | None,
    tags: list[str] | None,
    media: list[dict[str, Any]] | None,
) -> None:
    params = _params(platform, account, when, zone, title, content, tags, media)
    _same(full, posts_module._RowCheck(full), params)


def test_the_memos_stay_small(full: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(posts_module, "_ROW_MEMO_SIZE", 8)
    row_check = posts_module._RowCheck(full)
    for minute in range(30):
        wire = row_check(
            _params(
                "twitter", f"acc_{minute}", f"2030-01-02T10:{minute:02d}:00Z", None, None, "Hi", None, None
            )
        )
        assert wire["scheduledFor"] == f"2030-01-02T10:{minute:02d}:00Z"
        assert wire["platforms"] == [{"platform": "twitter", "accountId": f"acc_{minute}"}]
        assert len(row_check._targets) <= 8 and len(row_check._instants) <= 8


def test_a_remembered_time_is_still_refused_once_it_has_passed(
    full: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    row_check = posts_module._RowCheck(full)
    params = _params("twitter", "acc", "2030-01-02T10:00:00Z", None, None, "Hi", None, None)
    assert row_check(params)["scheduledFor"] == "2030-01-02T10:00:00Z"
    later = datetime(2030, 1, 2, 10, 1, 1, tzinfo=UTC)  # the clock moves past it (and its grace)

    class Clock(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Any:
            return later

    from late import timeutil

    monkeypatch.setattr(timeutil, "datetime", Clock)
    with pytest.raises(LateValidationError, match="scheduled_for 2030-01-02T10:00:00Z is in the past"):
        row_check(params)


def test_each_row_gets_a_wire_body_of_its_own(full: Any) -> None:
    row_check = posts_module._RowCheck(full)
    params = _params("twitter", "acc", "2030-01-02T10:00:00Z", None, None, "Hi", ["a"], None)
    first = row_check(params)
    first["platforms"][0]["accountId"] = "changed"
    first["tags"].append("b")
    assert row_check(params)["platforms"] == [{"platform": "twitter", "accountId": "acc"}]
    assert row_check(params)["tags"] == ["a"]


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
]


def _expected_of_cells(full: Any, values: tuple[str, ...]) -> tuple[str, Any]:
    from late.bulk import _Rows

    try:
        params = _Rows.params_of(values)
    except LateValidationError as err:
        return "error", (err.param, err.message)
    return _answer(posts_module._RowCheck(full), params)


def _same_row(full: Any, row_check: Any, values: tuple[str, ...]) -> bool:
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
    row_check = posts_module._RowCheck(full)
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
        posts_module._RowCheck(full),
        _values(content, platform, account, when, title, media, tags, zone),
    )


def test_a_dry_run_reports_the_same_with_and_without_the_shortcut(full: Any, tmp_path: Any) -> None:
    import csv
    import itertools

    from late.bulk import COLUMNS, BulkUpload

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
        check = posts_module._RowCheck(full)
        upload = BulkUpload.start(
            path,
            lambda params: pytest.fail("a dry run builds nothing"),
            dry_run=True,
            max_concurrency=1,
            progress=None,
            options={},
            check=check,
            row_check=check.row if with_shortcut else None,
        )
        upload.validate()
        return upload.validation_result()

    fast, slow = dry_run(True), dry_run(False)
    assert fast == slow
    assert 50 < len(slow["errors"]) < 600 and slow["warnings"]
    assert (
        list(itertools.islice((e["row"] for e in slow["errors"]), 3))
        == sorted(e["row"] for e in slow["errors"])[:3]
    )
