"""The datetime/time-zone rules: what instant a scheduled_for value means, and how it is sent."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from late import timeutil
from late.client.exceptions import LateValidationError
from late.timeutil import (
    check_date_only,
    check_timezone,
    format_api_instant,
    parse_api_datetime,
    to_api_instant,
)
from tests.support.timezones import machine_zone
from tests.support.values import unchecked

NEW_YORK = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")

# --------------------------------------------------------------------------------------------- aware input


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime(2024, 12, 25, 15, 0, tzinfo=UTC), "2024-12-25T15:00:00Z"),
        (datetime(2024, 12, 25, 15, 0, tzinfo=ZoneInfo("Asia/Tokyo")), "2024-12-25T06:00:00Z"),
        (datetime(2024, 12, 25, 15, 0, tzinfo=ZoneInfo("Asia/Kolkata")), "2024-12-25T09:30:00Z"),
        (datetime(2024, 7, 1, 9, 0, tzinfo=ZoneInfo("Australia/Sydney")), "2024-06-30T23:00:00Z"),
        (datetime(2024, 12, 25, 10, 0, tzinfo=timezone(timedelta(hours=-5))), "2024-12-25T15:00:00Z"),
    ],
)
def test_aware_datetime_is_that_instant(value: datetime, expected: str) -> None:
    assert to_api_instant(value, timezone=None) == expected


def test_aware_datetime_ignores_timezone_argument() -> None:
    value = datetime(2024, 12, 25, 15, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert to_api_instant(value, timezone="America/New_York") == "2024-12-25T06:00:00Z"


def test_aware_datetime_still_checks_the_timezone_name() -> None:
    with pytest.raises(LateValidationError) as info:
        to_api_instant(datetime(2024, 12, 25, tzinfo=UTC), timezone="Nowhere/Special")
    assert info.value.param == "timezone"


def test_milliseconds_kept_only_when_set_and_truncated() -> None:
    base = datetime(2024, 12, 25, 15, 0, 0, tzinfo=UTC)
    assert to_api_instant(base.replace(microsecond=999_999), timezone=None) == "2024-12-25T15:00:00.999Z"
    assert to_api_instant(base.replace(microsecond=120_000), timezone=None) == "2024-12-25T15:00:00.120Z"
    assert to_api_instant(base.replace(microsecond=999), timezone=None) == "2024-12-25T15:00:00Z"


def test_format_api_instant_refuses_naive() -> None:
    with pytest.raises(ValueError):
        format_api_instant(datetime(2024, 1, 1))
    assert format_api_instant(datetime(999, 1, 2, 3, 4, 5, tzinfo=UTC)) == "0999-01-02T03:04:05Z"


# ---------------------------------------------------------------------------------- naive + explicit zone


def test_naive_with_zone_is_wall_clock_there() -> None:
    assert (
        to_api_instant(datetime(2024, 12, 25, 10, 0), timezone="America/New_York") == "2024-12-25T15:00:00Z"
    )
    assert to_api_instant(datetime(2024, 7, 4, 10, 0), timezone="America/New_York") == "2024-07-04T14:00:00Z"
    assert to_api_instant(datetime(2024, 7, 4, 10, 0), timezone="Europe/London") == "2024-07-04T09:00:00Z"


@pytest.mark.parametrize(
    ("naive", "zone"),
    [
        (datetime(2024, 3, 10, 2, 30), "America/New_York"),
        (datetime(2024, 3, 10, 2, 0), "America/New_York"),
        (datetime(2024, 3, 31, 1, 30), "Europe/London"),
        (datetime(2024, 3, 31, 1, 0), "Europe/London"),
    ],
)
def test_time_in_dst_gap_is_an_error(naive: datetime, zone: str) -> None:
    with pytest.raises(LateValidationError) as info:
        to_api_instant(naive, timezone=zone)
    assert info.value.param == "scheduled_for"
    assert "does not exist" in info.value.message
    assert zone in info.value.message
    assert "DST" in info.value.message
    assert info.value.status_code is None


def test_dst_gap_error_also_for_fold_1() -> None:
    with pytest.raises(LateValidationError):
        to_api_instant(datetime(2024, 3, 10, 2, 30, fold=1), timezone="America/New_York")


def test_times_just_around_the_gap_are_fine() -> None:
    assert to_api_instant(datetime(2024, 3, 10, 1, 59), timezone="America/New_York") == "2024-03-10T06:59:00Z"
    assert to_api_instant(datetime(2024, 3, 10, 3, 0), timezone="America/New_York") == "2024-03-10T07:00:00Z"
    assert to_api_instant(datetime(2024, 3, 31, 2, 0), timezone="Europe/London") == "2024-03-31T01:00:00Z"


def test_ambiguous_time_takes_first_occurrence() -> None:
    # 01:30 happens twice: first on EDT (-4), then on EST (-5). The first one is 05:30Z.
    assert to_api_instant(datetime(2024, 11, 3, 1, 30), timezone="America/New_York") == "2024-11-03T05:30:00Z"
    # London: first on BST (+1), then GMT. The first one is 00:30Z.
    assert to_api_instant(datetime(2024, 10, 27, 1, 30), timezone="Europe/London") == "2024-10-27T00:30:00Z"


def test_ambiguous_time_with_fold_1_is_second_occurrence() -> None:
    value = datetime(2024, 11, 3, 1, 30, fold=1)
    assert to_api_instant(value, timezone="America/New_York") == "2024-11-03T06:30:00Z"


def test_ambiguous_string_takes_first_occurrence() -> None:
    assert to_api_instant("2024-10-27T01:30:00", timezone="Europe/London") == "2024-10-27T00:30:00Z"


def test_gap_string_is_an_error_with_the_given_param() -> None:
    with pytest.raises(LateValidationError) as info:
        to_api_instant("2024-03-10T02:30", timezone="America/New_York", param="platforms[0].scheduledFor")
    assert info.value.param == "platforms[0].scheduledFor"
    assert "platforms[0].scheduledFor" in info.value.message


def test_out_of_range_is_an_error() -> None:
    with pytest.raises(LateValidationError) as info:
        to_api_instant(datetime(9999, 12, 31, 23, 0), timezone="America/New_York")
    assert info.value.param == "scheduled_for"


# ------------------------------------------------------------------------------------- naive, local zone


def test_naive_without_zone_uses_injected_local_zone() -> None:
    value = datetime(2024, 6, 1, 12, 0)
    assert to_api_instant(value, timezone=None, local_tz=ZoneInfo("Asia/Kolkata")) == "2024-06-01T06:30:00Z"
    assert to_api_instant(value, timezone=None, local_tz=NEW_YORK) == "2024-06-01T16:00:00Z"


def test_local_now_plus_one_hour_across_spring_forward_is_one_hour_later() -> None:
    # 01:45 EST on the spring-forward day; naive +1h is 02:45, a time New York skips. Local times follow
    # datetime.astimezone() (PEP 495), which reads it with the pre-gap offset: exactly one hour later.
    now_aware = datetime(2024, 3, 10, 6, 45, tzinfo=UTC).astimezone(NEW_YORK)
    naive_later = now_aware.replace(tzinfo=None) + timedelta(hours=1)
    assert naive_later == datetime(2024, 3, 10, 2, 45)
    assert to_api_instant(naive_later, timezone=None, local_tz=NEW_YORK) == "2024-03-10T07:45:00Z"


@pytest.fixture
def machine_tz() -> Iterator[None]:
    with machine_zone("Asia/Kathmandu"):  # +05:45, no DST: unlikely to be the CI machine's own zone
        yield


@pytest.mark.usefixtures("machine_tz")
def test_naive_without_zone_is_machine_local_time() -> None:
    assert to_api_instant(datetime(2024, 6, 1, 12, 0), timezone=None) == "2024-06-01T06:15:00Z"
    assert to_api_instant("2024-06-01T12:00:00", timezone=None) == "2024-06-01T06:15:00Z"


@pytest.mark.usefixtures("machine_tz")
def test_datetime_now_plus_one_hour_is_one_hour_from_now() -> None:
    before = datetime.now(UTC)
    sent = to_api_instant(datetime.now() + timedelta(hours=1), timezone=None)
    after = datetime.now(UTC)
    instant = parse_api_datetime(sent)
    assert before + timedelta(hours=1) - timedelta(milliseconds=1) <= instant <= after + timedelta(hours=1)


# ----------------------------------------------------------------------------------------------- strings


@pytest.mark.parametrize(
    ("text", "zone", "expected"),
    [
        ("2024-12-25T15:00:00Z", None, "2024-12-25T15:00:00Z"),
        ("2024-12-25T15:00:00Z", "America/New_York", "2024-12-25T15:00:00Z"),
        ("2024-12-25T17:00:00+02:00", None, "2024-12-25T15:00:00Z"),
        ("2024-12-25T17:00:00+02:00", "Asia/Tokyo", "2024-12-25T15:00:00Z"),
        ("2024-12-25T10:00:00-05:00", None, "2024-12-25T15:00:00Z"),
        ("2024-12-25T10:00:00", "America/New_York", "2024-12-25T15:00:00Z"),
        ("2024-12-25 10:00", "America/New_York", "2024-12-25T15:00:00Z"),
        ("2024-12-25T15:00:00.250Z", None, "2024-12-25T15:00:00.250Z"),
        ("  2024-12-25T15:00:00Z  ", None, "2024-12-25T15:00:00Z"),
        ("20241225T150000Z", None, "2024-12-25T15:00:00Z"),
        ("Dec 25 2024 3pm", "UTC", "2024-12-25T15:00:00Z"),
        ("Wed, 25 Dec 2024 15:00:00 +0000", "America/New_York", "2024-12-25T15:00:00Z"),
        ("25/12/2024 10:00", "America/New_York", "2024-12-25T15:00:00Z"),
    ],
)
def test_strings(text: str, zone: str | None, expected: str) -> None:
    assert to_api_instant(text, timezone=zone) == expected


def test_string_without_offset_and_without_zone_is_local() -> None:
    result = to_api_instant("2024-12-25T10:00:00", timezone=None, local_tz=ZoneInfo("Europe/Paris"))
    assert result == "2024-12-25T09:00:00Z"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("banana", "is not a date and time"),
        ("2024-02-30T10:00:00Z", "is not a date and time"),
        ("2024-12-25T25:00:00", "is not a date and time"),
        ("1735138800", "is not a date and time"),
        ("", "empty"),
        ("   ", "empty"),
        ("2024-12-25", "no time of day"),
        ("2024-12", "no time of day"),
        ("2024", "no time of day"),
        ("10:00", "full date and hour"),
        ("December 2024", "full date and hour"),
        ("01/02/2024 10:00", "ambiguous"),
        ("2024-12-25 15:00 EST", "abbreviation"),
    ],
)
def test_unreadable_strings_are_errors(text: str, fragment: str) -> None:
    with pytest.raises(LateValidationError) as info:
        to_api_instant(text, timezone="UTC")
    assert info.value.param == "scheduled_for"
    assert info.value.message.startswith("scheduled_for")
    assert fragment in info.value.message


def test_date_is_rejected() -> None:
    with pytest.raises(LateValidationError) as info:
        to_api_instant(unchecked(date(2024, 12, 25)), timezone="UTC")
    assert info.value.param == "scheduled_for"
    assert "time of day" in info.value.message


@pytest.mark.parametrize("value", [1735138800, None, 3.5, ["2024-12-25T15:00:00Z"]])
def test_wrong_type_is_rejected(value: object) -> None:
    with pytest.raises(LateValidationError) as info:
        to_api_instant(value, timezone=None, param="platforms[2].scheduledFor")  # type: ignore[arg-type]
    assert info.value.param == "platforms[2].scheduledFor"
    assert "platforms[2].scheduledFor" in info.value.message


# ---------------------------------------------------------------------------------------------- timezone


def test_check_timezone_accepts_iana_names() -> None:
    assert check_timezone("America/New_York") == "America/New_York"
    assert check_timezone("UTC") == "UTC"
    assert check_timezone("Europe/London") == "Europe/London"


@pytest.mark.parametrize(
    ("name", "suggestion"),
    [
        ("America/New_Yrok", "America/New_York"),
        ("Europe/Londn", "Europe/London"),
        ("america/new_york", "America/New_York"),
        ("Asia/Tokio", "Asia/Tokyo"),
    ],
)
def test_unknown_timezone_suggests_closest(name: str, suggestion: str) -> None:
    with pytest.raises(LateValidationError) as info:
        check_timezone(name)
    assert info.value.param == "timezone"
    assert f"did you mean '{suggestion}'?" in info.value.message
    assert name in info.value.message


@pytest.mark.parametrize("name", ["", "Mars/Olympus_Mons", "../../etc/passwd", "/etc/localtime", "localtime"])
def test_unknown_timezone_without_suggestion(name: str) -> None:
    with pytest.raises(LateValidationError) as info:
        check_timezone(name, param="tz")
    assert info.value.param == "tz"
    assert "not a known IANA time zone" in info.value.message


def test_timezone_must_be_a_string() -> None:
    with pytest.raises(LateValidationError) as info:
        check_timezone(NEW_YORK)  # type: ignore[arg-type]
    assert info.value.param == "timezone"


def test_unknown_timezone_via_to_api_instant() -> None:
    with pytest.raises(LateValidationError) as info:
        to_api_instant(datetime(2024, 1, 1, 12), timezone="America/New_Yrok")
    assert info.value.param == "timezone"
    assert "America/New_York" in info.value.message


# ---------------------------------------------------------------------------------- parse_api_datetime


def test_parse_api_datetime_z_is_utc() -> None:
    parsed = parse_api_datetime("2024-11-01T10:00:00Z")
    assert parsed == datetime(2024, 11, 1, 10, 0, tzinfo=UTC)
    assert parsed.tzinfo is UTC


def test_parse_api_datetime_naive_is_utc() -> None:
    parsed = parse_api_datetime("2024-11-01T10:00:00")
    assert parsed.tzinfo is UTC
    assert parsed.hour == 10


def test_parse_api_datetime_keeps_offset() -> None:
    parsed = parse_api_datetime("2024-11-01T12:00:00.123+02:00")
    assert parsed.utcoffset() == timedelta(hours=2)
    assert parsed == datetime(2024, 11, 1, 10, 0, 0, 123000, tzinfo=UTC)


def test_parse_api_datetime_other_forms() -> None:
    assert parse_api_datetime("20241101T100000Z") == datetime(2024, 11, 1, 10, tzinfo=UTC)
    assert parse_api_datetime("Fri, 01 Nov 2024 10:00:00 GMT") == datetime(2024, 11, 1, 10, tzinfo=UTC)


@pytest.mark.parametrize("value", ["", "not a date", "2024-13-45T00:00:00Z"])
def test_parse_api_datetime_garbage_is_value_error(value: str) -> None:
    with pytest.raises(ValueError):
        parse_api_datetime(value)


def test_round_trip_through_the_wire_format() -> None:
    moment = datetime(2024, 7, 14, 18, 5, 7, 250000, tzinfo=LONDON)
    assert parse_api_datetime(to_api_instant(moment, timezone=None)) == moment
    # An ambiguous wall time compares unequal across zones (PEP 495), so compare the instants.
    ambiguous = datetime(2024, 10, 27, 1, 30, tzinfo=LONDON)
    assert parse_api_datetime(to_api_instant(ambiguous, timezone=None)).timestamp() == ambiguous.timestamp()


# ------------------------------------------------------------------------------------- check_date_only


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2024-01-01", "2024-01-01"), (date(2024, 1, 31), "2024-01-31"), ("2024-02-29", "2024-02-29")],
)
def test_check_date_only_accepts(value: str | date, expected: str) -> None:
    assert check_date_only(value, "date_from") == expected


@pytest.mark.parametrize(
    "value",
    [
        "2024-1-1",
        "2024/01/01",
        "01-01-2024",
        "2024-02-30",
        "2023-02-29",
        "2024-01-01T00:00:00Z",
        " 2024-01-01",
        "",
        "\uff12\uff10\uff12\uff14-01-01",  # full-width digits
        datetime(2024, 1, 1),
        20240101,
        None,
    ],
)
def test_check_date_only_rejects(value: object) -> None:
    with pytest.raises(LateValidationError) as info:
        check_date_only(value, "date_to")  # type: ignore[arg-type]
    assert info.value.param == "date_to"
    assert "date_to" in info.value.message


@pytest.mark.parametrize(
    ("naive", "expected"),
    [
        # 01:30 EST + 1 h lands in the spring-forward gap: one hour later is 07:30Z, not 06:30Z.
        ("2024-03-10T02:30:00", "2024-03-10T07:30:00Z"),
        ("2024-03-10T01:30:00", "2024-03-10T06:30:00Z"),
        ("2024-03-10T03:30:00", "2024-03-10T07:30:00Z"),
        ("2024-11-03T01:30:00", "2024-11-03T05:30:00Z"),  # the repeated hour: first occurrence
    ],
)
def test_naive_local_time_in_a_dst_gap_keeps_the_offset_before_it(naive: str, expected: str) -> None:
    import subprocess
    import sys

    code = (
        "from datetime import datetime; from late.timeutil import to_api_instant; "
        f"print(to_api_instant(datetime.fromisoformat({naive!r}), timezone=None))"
    )
    env = {**os.environ, "TZ": "America/New_York"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == expected


# ------------------------------------------------------------------- abbreviations are not zones (#14.7)


@pytest.mark.parametrize(
    ("name", "means"),
    [
        ("PST", "'America/Los_Angeles'"),
        ("pdt", "'America/Los_Angeles'"),
        ("CEST", "'Europe/Berlin'"),
        ("IST", "'Asia/Kolkata' or 'Europe/Dublin'"),
        ("CST", "'America/Chicago' or 'Asia/Shanghai'"),
        ("BST", "'Europe/London'"),
        ("JST", "'Asia/Tokyo'"),
    ],
)
def test_an_abbreviation_is_refused_with_the_zones_it_usually_means(name: str, means: str) -> None:
    with pytest.raises(LateValidationError) as info:
        timeutil.check_timezone(name)
    message = info.value.message
    assert info.value.param == "timezone"
    assert "is an abbreviation, not a time zone" in message
    assert f"usually means {means}" in message
    assert "MST" not in message.replace(name, "")  # no look-alike suggestion


@pytest.mark.parametrize(
    ("name", "fixed"), [("EST", "'Etc/GMT+5'"), ("MST", "'Etc/GMT+7'"), ("HST", "'Etc/GMT+10'")]
)
def test_a_legacy_fixed_offset_name_is_refused_and_the_fixed_zone_named(name: str, fixed: str) -> None:
    """EST is a valid legacy IANA name, but fixed UTC-5 all year: New York in summer would be an hour off."""
    with pytest.raises(LateValidationError) as info:
        timeutil.to_api_instant("2026-07-01 10:00", timezone=name)
    assert "fixed UTC-" in info.value.message and f"use {fixed}" in info.value.message


def test_zones_with_rules_and_fixed_etc_zones_are_still_accepted() -> None:
    for name in ("America/New_York", "EST5EDT", "CET", "UTC", "GMT", "Etc/GMT+5"):
        assert timeutil.check_timezone(name) == name
    # Etc/GMT+5 is five hours behind UTC, the offset the message promises.
    assert timeutil.to_api_instant("2026-07-01 10:00", timezone="Etc/GMT+5") == "2026-07-01T15:00:00Z"
