"""The datetime and time-zone rules of the SDK.

The API reads a ``scheduledFor`` that carries an offset as that instant, and one without as wall-clock
time in the post's ``timezone``. The SDK never leaves that to chance: it always sends an exact instant,
in UTC with a ``Z``, computed here by these rules.

``scheduled_for`` is a ``datetime`` or a ``str``:

* An **aware** ``datetime`` (or a string with ``Z``/an offset) is that instant. ``timezone=`` does not
  change it.
* A **naive** ``datetime`` (or a string without an offset) **with** ``timezone="Area/City"`` is wall-clock
  time in that IANA zone:

  - a time the zone skips (the spring-forward DST gap, e.g. 2024-03-10 02:30 in America/New_York) is a
    :class:`~late.LateValidationError`;
  - a time the zone repeats (the fall-back hour, e.g. 2024-11-03 01:30 in America/New_York) is its
    first occurrence, the one still on summer time. A ``datetime`` built with ``fold=1`` means the
    second occurrence, as in PEP 495.

* A **naive** ``datetime`` **without** ``timezone=`` is the machine's local time, exactly as
  ``datetime.now()`` returns it, so ``datetime.now() + timedelta(hours=1)`` is one hour from now on any
  machine. It is converted with ``datetime.astimezone()`` (PEP 495 rules), which never raises: a local
  time in a DST gap is read with the offset in force before the gap, which is what makes
  ``datetime.now() + timedelta(...)`` come out right across a spring-forward.
* A ``date`` that is not a ``datetime``, or a string with no time of day (``"2024-12-25"``), is rejected:
  a post needs a time, and midnight is rarely what was meant.

Strings are parsed with python-dateutil: ISO 8601 first (``isoparse``), then the other common forms
(``parse``: ``"2024-12-25 15:00"``, ``"Dec 25 2024 3pm"``, ``"Wed, 25 Dec 2024 15:00:00 +0000"``).
A string that omits the year, month, day or hour, whose day and month could be read either way
(``"01/02/2024 10:00"``), or whose zone abbreviation dateutil does not know (``"... EST"``), is rejected
rather than guessed.

The instant is sent as ``YYYY-MM-DDTHH:MM:SSZ``, with ``.mmm`` milliseconds only when they are non-zero;
finer precision is truncated (never rounded, so the time never moves to the next second).

Every function raises :class:`~late.LateValidationError` whose ``param`` names the
argument the user passed.
"""

from __future__ import annotations

import difflib
import functools
import re
import warnings
from datetime import UTC, date, datetime, timedelta, tzinfo
from datetime import timezone as _fixed_offset
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, available_timezones

from late._exceptions import LateValidationError
from late._zone_abbreviations import abbreviation_message

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "check_date_only",
    "check_timezone",
    "format_api_instant",
    "is_past",
    "parse_api_datetime",
    "to_api_instant",
]

# Names present in the tz database directory that are not IANA zones a server would recognise.
_NOT_IANA = frozenset({"localtime", "Factory", "posixrules"})

_DATE_ONLY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

# The common ISO 8601 date-times (what a spreadsheet or isoformat() writes), each component in range:
# for these, datetime.fromisoformat reads exactly what dateutil's isoparse reads (the same wall clock,
# microseconds and UTC offset), at a fraction of the cost. Anything else (or a day that does not exist,
# which fromisoformat refuses) takes the dateutil path below, unchanged.
_SIMPLE_ISO = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\.[0-9]{1,6})?)?"
    r"(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])?"
)
_API_INSTANT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
# The strings both match: those already in the API's form that fromisoformat reads (see to_api_instant).
_SIMPLE_API_INSTANT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z")

# Two defaults for dateutil.parser.parse that differ in every component a schedule must state (year,
# month, day, hour) and agree on those it may omit (minutes, seconds): parsing with each and getting two
# different results means the string left a required component out.
_DEFAULT_A = datetime(2000, 1, 1, 0, 0, 0)
_DEFAULT_B = datetime(2001, 2, 2, 1, 0, 0)


def _error(param: str, message: str) -> LateValidationError:
    return LateValidationError(message, param=param)


# --------------------------------------------------------------------------------------------- time zones


def _list_known_zones() -> frozenset[str]:
    return frozenset(available_timezones()) - _NOT_IANA


# (The cache is applied by assignment, not as a decorator: mutmut leaves decorated functions
# unmutated, and this way `make mutation` tests the rule itself.)
_known_zones = functools.cache(_list_known_zones)


def _suggest(name: str, candidates: Iterable[str]) -> str | None:
    pool = sorted(candidates)
    folded = [zone for zone in pool if zone.casefold() == name.casefold()]
    if folded:
        return folded[0]
    close = difflib.get_close_matches(name, pool, n=1, cutoff=0.6)
    return close[0] if close else None


def _find_zone(name: str) -> ZoneInfo:
    """The zone an IANA name names; KeyError, ValueError or OSError when it names none.

    Cached as ``_zone_named``, as a file's rows or a program's posts repeat a few names: only a zone found
    (``lru_cache`` keeps no exception, and a failure to read the tz database may be passing).
    """
    zone = ZoneInfo(name)  # ZoneInfoNotFoundError is a KeyError; a bad key a ValueError
    known = _known_zones()
    # An empty set means no tz database to list (e.g. Windows without tzdata): trust ZoneInfo alone.
    if known and name not in known:
        raise KeyError(name)
    return zone


_zone_named = functools.lru_cache(maxsize=1024)(_find_zone)


def _zone_hint(name: str) -> str:
    """What the error about an unknown zone name adds: the closest name (cached: the search is slow)."""
    suggestion = _suggest(name, _known_zones()) if name else None
    if suggestion:
        return f"; did you mean {suggestion!r}?"
    return " (use a name such as 'America/New_York' or 'UTC')"


_unknown_zone_hint = functools.lru_cache(maxsize=256)(_zone_hint)


def _load_zone(name: object, param: str) -> ZoneInfo:
    if not isinstance(name, str):
        raise _error(param, f"{param} must be an IANA time zone name such as 'Europe/London', got {name!r}")
    if len(name) <= 6 and (abbreviation := abbreviation_message(name, param)) is not None:
        raise _error(param, abbreviation)  # "PST", "CEST", and the fixed legacy "EST": see the module
    try:
        return _zone_named(name)
    except (KeyError, ValueError, OSError):
        pass
    raise _error(param, f"{param} {name!r} is not a known IANA time zone name{_unknown_zone_hint(name)}")


def check_timezone(name: str, param: str = "timezone") -> str:
    """Return ``name`` if it is an IANA time zone name, else raise ``LateValidationError`` naming ``param``.

    The error suggests the closest valid name (``"America/New_Yrok"`` -> ``'America/New_York'``).
    """
    _load_zone(name, param)
    return name


# ---------------------------------------------------------------------------------------- instants out


# A time this close behind now is one computed just before the call (``datetime.now()``): the API
# publishing it at once is what its writer meant. Anything older would publish by surprise.
PAST_GRACE = timedelta(seconds=60)


def refuse_past(instant: str, param: str, *, now: datetime | None = None) -> None:
    """Refuse an API instant (``...Z``, as :func:`to_api_instant` returns) earlier than now minus the grace.

    The API publishes a post whose ``scheduledFor`` has passed at once; a caller who wants that says
    ``publish_now=True``, and one who wants the old behaviour passes ``allow_past=True``.
    """
    if is_past(datetime.fromisoformat(instant), now=now):
        raise _error(
            param,
            f"{param} {instant} is in the past, and the API publishes a post whose time has passed at "
            "once. Pass a future time to schedule it, publish_now=True to publish it now on purpose, or "
            "allow_past=True to send the past time anyway.",
        )


def is_past(moment: datetime, *, now: datetime | None = None) -> bool:
    """Whether an aware ``moment`` is earlier than now minus the grace: what :func:`refuse_past` refuses."""
    return moment < (datetime.now(UTC) if now is None else now) - PAST_GRACE


def format_api_instant(moment: datetime) -> str:
    """Format an aware ``datetime`` as the API's UTC instant: ``2024-12-25T15:00:00Z`` (``.mmm`` if set)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("format_api_instant needs an aware datetime")
    utc = moment.astimezone(UTC)
    fields = (utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second)
    millis = utc.microsecond // 1000
    # %-formatting: about twice as fast as the f-string with six format specs.
    if millis:
        return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (*fields, millis)  # noqa: UP031
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % fields  # noqa: UP031


def _is_aware(moment: datetime) -> bool:
    return moment.tzinfo is not None and moment.utcoffset() is not None


def _wall_clock_in_zone(naive: datetime, zone: ZoneInfo, zone_name: str, param: str) -> datetime:
    """Attach ``zone`` to a naive wall-clock time, refusing a time the zone skips."""
    local = naive.replace(tzinfo=zone)
    # A time in a DST gap does not survive the round trip through UTC: it comes back shifted. (Both sides
    # have the tzinfo ``zone``, so ``!=`` compares their wall clocks, and ignores fold.)
    if local.astimezone(UTC).astimezone(zone) != local:
        raise _error(
            param,
            f"{param} {naive.isoformat(sep=' ')} does not exist in {zone_name}: the clocks skip over it "
            "because of a daylight-saving (DST) change. Pick a time outside the gap or pass an aware "
            "datetime.",
        )
    return local


def _resolve(
    moment: datetime, zone: ZoneInfo | None, zone_name: str | None, param: str, local_tz: tzinfo | None
) -> datetime:
    """The aware datetime a (possibly naive) ``moment`` stands for under the SDK's rules."""
    if _is_aware(moment):
        return moment
    naive = moment if moment.tzinfo is None else moment.replace(tzinfo=None)
    if zone is not None and zone_name is not None:
        return _wall_clock_in_zone(naive, zone, zone_name, param)
    if local_tz is not None:
        return naive.replace(tzinfo=local_tz)
    # The machine's local zone, as datetime.now() reads it. A time in a DST gap (only reachable by
    # arithmetic such as now() + 1h across a spring-forward) takes the offset from before the gap,
    # so the instant is the one that much wall-clock time after: fold=1 is that reading for a gap.
    local = naive.astimezone()
    if datetime.fromtimestamp(local.timestamp()) != naive:
        return naive.replace(fold=1).astimezone()
    return local


def _parse_user_string(text: str, param: str) -> datetime:
    stripped = text.strip()
    if not stripped:
        raise _error(param, f"{param} is an empty string; pass a datetime or an ISO 8601 string")
    if _SIMPLE_ISO.fullmatch(stripped):  # has a time of day, so it is not a bare date
        try:
            return datetime.fromisoformat(stripped)
        except ValueError:
            pass  # e.g. February 30th: dateutil decides, and words the error, as for any other string
    # Imported here: dateutil.parser costs ~50 ms to import, which `import late` should not pay.
    from dateutil.parser import ParserError, UnknownTimezoneWarning, isoparse, isoparser, parse

    try:
        isoparser().parse_isodate(stripped)
    except ValueError:
        pass  # not a bare date: good
    else:
        raise _error(
            param,
            f"{param} {text!r} has no time of day; pass a date and time such as '2024-12-25T15:00:00Z'",
        )
    try:
        return isoparse(stripped)
    except (ValueError, OverflowError):
        pass
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", UnknownTimezoneWarning)
            first = parse(stripped, default=_DEFAULT_A)
            second = parse(stripped, default=_DEFAULT_B)
            day_first = parse(stripped, default=_DEFAULT_A, dayfirst=True)
    except UnknownTimezoneWarning:
        raise _error(
            param,
            f"{param} {text!r} names a time zone abbreviation the SDK cannot map to an offset; "
            "use an offset such as '-05:00' or 'Z', or an IANA name in timezone=",
        ) from None
    except (ParserError, ValueError, OverflowError):
        raise _error(
            param,
            f"{param} {text!r} is not a date and time the SDK can read; use ISO 8601 such as "
            "'2024-12-25T15:00:00Z' or '2024-12-25T10:00:00-05:00', or pass a datetime",
        ) from None
    if first != second:
        raise _error(
            param,
            f"{param} {text!r} does not state a full date and hour; "
            "use ISO 8601 such as '2024-12-25T15:00:00Z'",
        )
    if first != day_first:
        raise _error(
            param,
            f"{param} {text!r} is ambiguous (day and month could be swapped); use ISO 8601 (YYYY-MM-DD)",
        )
    return first


def to_api_instant(
    value: datetime | str,
    *,
    timezone: str | None,
    param: str = "scheduled_for",
    local_tz: tzinfo | None = None,
) -> str:
    """Return ``value`` as the exact UTC instant the API receives, e.g. ``"2024-12-25T15:00:00Z"``.

    Args:
        value: an aware or naive ``datetime``, or a string (see the module docs for the rules).
        timezone: the IANA zone a naive value is wall-clock time in; None means the machine's local time.
            Checked even when ``value`` is aware (an unknown name is an error, reported as ``"timezone"``).
        param: the argument name errors report (``"scheduled_for"``, ``"platforms[0].scheduledFor"``...).
        local_tz: the zone that stands for "the machine's local time" (tests); None reads the machine's.

    Raises:
        LateValidationError: ``value`` is not a datetime/str, is a bare date, is an unreadable string or
            a time skipped by a DST change in ``timezone``; or ``timezone`` is unknown.
    """
    zone = _load_zone(timezone, "timezone") if timezone is not None else None
    if type(value) is str:
        # The common string, already the API's form ("2024-12-25T15:00:00Z"): what the general path below
        # gives back for it unchanged, without its other checks (a day that does not exist goes there).
        text = value.strip()
        if _SIMPLE_API_INSTANT.fullmatch(text):
            try:
                if datetime.fromisoformat(text).tzinfo is UTC:
                    return text
            except ValueError:
                pass
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        raise _error(
            param,
            f"{param} is a date without a time of day ({value.isoformat()}); pass a datetime, "
            f"e.g. datetime({value.year}, {value.month}, {value.day}, 9, 0)",
        )
    elif isinstance(value, str):
        moment = _parse_user_string(value, param)
        # Already the API's form ("2024-12-25T15:00:00Z", which only fromisoformat reads as
        # datetime.timezone.utc; dateutil's UTC is tzutc()): formatting it would give it back.
        if moment.tzinfo is UTC and _API_INSTANT.fullmatch(text := value.strip()):
            return text
    else:
        raise _error(param, f"{param} must be a datetime or an ISO 8601 string, got {type(value).__name__}")
    try:
        return format_api_instant(_resolve(moment, zone, timezone, param, local_tz))
    except (OverflowError, ValueError):
        raise _error(param, f"{param} {moment.isoformat()} is out of the representable range") from None


# ------------------------------------------------------------------------------------------- instants in


def parse_api_datetime(value: str) -> datetime:
    """Parse a date-time the API returned; always aware (a value without an offset is UTC).

    ``Z``/``+00:00`` come back as ``datetime.timezone.utc``, other offsets as a fixed ``datetime.timezone``.

    Raises:
        ValueError: ``value`` is not a date-time (response parsing catches it and keeps the raw string).
    """
    if not isinstance(value, str):
        raise ValueError(f"expected a date-time string, got {type(value).__name__}")
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text)  # fast path: what the API sends
    except ValueError:
        from dateutil.parser import ParserError, isoparse, parse

        try:
            parsed = isoparse(text)
        except (ValueError, OverflowError):
            try:
                parsed = parse(text)
            except (ParserError, ValueError, OverflowError):
                raise ValueError(f"not a date-time: {value!r}") from None
    offset = parsed.utcoffset() if parsed.tzinfo is not None else None
    if offset is None:
        return parsed.replace(tzinfo=UTC)
    if offset == timedelta(0):
        return parsed.replace(tzinfo=UTC)
    return parsed.replace(tzinfo=_fixed_offset(offset))


# ------------------------------------------------------------------------------------------------ dates


def check_date_only(value: str | date, param: str) -> str:
    """Return a ``YYYY-MM-DD`` string for a list date filter (``date_from``/``date_to``).

    Accepts a ``date`` or a string that is exactly ``YYYY-MM-DD`` and a real calendar day. A ``datetime``
    is refused (say ``.date()`` if the day is what you mean: which day an instant falls on depends on a
    zone), as is any other string.
    """
    if isinstance(value, datetime):
        raise _error(
            param,
            f"{param} must be a date, not a datetime ({value.isoformat()}); "
            "pass value.date() or 'YYYY-MM-DD'",
        )
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        raise _error(param, f"{param} must be a 'YYYY-MM-DD' string or a date, got {type(value).__name__}")
    if not _DATE_ONLY.fullmatch(value):
        raise _error(param, f"{param} must be a date in the form 'YYYY-MM-DD', got {value!r}")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise _error(param, f"{param} {value!r} is not a real calendar date") from None
    return value
