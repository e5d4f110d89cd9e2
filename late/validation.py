"""Local checks that fail before any request, and the normalisation of user input to the wire format.

Pure functions the resource facades call with the user's arguments. Each either returns the value in the
form the API expects (camelCase keys, enum members as plain strings, instants as UTC ``...Z`` strings) or
raises :class:`~late.LateValidationError` whose message names the argument and whose
``param`` is the argument as the user wrote it: ``"limit"``, ``"platforms[1].accountId"``,
``"platforms[0].custom_media[2].url"``, ``"tiktok_settings.privacy_level"``.

Mappings are accepted with either the API's camelCase keys or their snake_case spelling
(``account_id``/``accountId``); giving both spellings of one key is an error. A key whose value is
``None`` is treated as not given and left out. Unknown keys are errors that suggest the closest known one.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import tzinfo
from enum import Enum
from typing import Any, Final, NoReturn

from late_api_client.constraints import BODY_PROPERTIES, PARAMETERS

from late._exceptions import LateValidationError
from late.enums import MediaType, Platform, PostStatus, TikTokPrivacyLevel
from late.timeutil import to_api_instant

__all__ = [
    "MAX_LIMIT",
    "MAX_TAG_FILTERS",
    "MAX_TAG_LENGTH",
    "camel_case",
    "check_bool",
    "check_choice",
    "check_comma_list",
    "check_content",
    "check_cursor",
    "check_flags",
    "check_http_url",
    "check_limit",
    "check_mapping",
    "check_page",
    "check_platform",
    "check_platform_name",
    "check_post_id",
    "check_spec_int",
    "check_spec_str",
    "check_spec_str_list",
    "check_status",
    "check_str",
    "check_str_list",
    "check_tags",
    "normalize_media_items",
    "normalize_platforms",
    "normalize_tiktok_settings",
    "snake_case",
    "spec_bounds",
]


def spec_bounds(operation: str, name: str, *, body: bool = False) -> Mapping[str, Any]:
    """The bounds openapi.yaml sets on parameter ``name`` of ``operation`` (its operationId), or with
    ``body=True`` on that field of its JSON body: ``{"minimum": 1, "maximum": 500}``, ``{}`` for none.

    They are read from the generated ``late_api_client.constraints``, which ``make generate`` writes from
    the spec, so a regeneration after an API change moves every such limit with it.
    """
    return (BODY_PROPERTIES if body else PARAMETERS).get(operation, {}).get(name, {})


#: The largest page ``posts.list`` accepts: ``limit``'s ``maximum`` in openapi.yaml (see :func:`spec_bounds`).
MAX_LIMIT: Final[int | None] = spec_bounds("listPosts", "limit").get("maximum")
#: At most this many tags in the ``tags`` filter of ``posts.list``. The spec states it only in prose
#: ("Comma-separated tags (at most 20)": the parameter is one string, so no ``maxItems`` can say it).
MAX_TAG_FILTERS: Final = 20
#: The longest post id sent (the API's ids are short: 24 hex characters); a longer one is refused before
#: sending rather than failing as an unsendable URL.
MAX_ID_LENGTH: Final = 1024
#: The longest page cursor sent (an opaque position the API hands out; far longer is not one of its).
MAX_CURSOR_LENGTH: Final = 4096
#: YouTube's limit on one tag.
MAX_TAG_LENGTH: Final = 100
#: TikTok's limit on ``description`` (photo posts).
MAX_TIKTOK_DESCRIPTION: Final = 4000
#: The spec's ``maxItems`` for a media item's subtitles.
MAX_SUBTITLES: Final = 20

# Common short names that are not platform values, mapped to the value to suggest (never applied silently:
# the spec calls X "twitter" and names no alias).
_PLATFORM_HINTS: Final = {
    "x": "twitter",
    "ig": "instagram",
    "fb": "facebook",
    "yt": "youtube",
    "google": "googlebusiness",
    "gmb": "googlebusiness",
    "gbp": "googlebusiness",
}

_VIDEO_EXTENSIONS: Final = frozenset({"mp4", "mov", "m4v", "webm", "avi", "mpeg", "mpg", "mkv"})
_POST_ID_FORBIDDEN: Final = re.compile(r"[/?#\\\s\x00-\x1f\x7f]")
_HTTP_URL: Final = re.compile(r"https?://[^\s/]", re.IGNORECASE)
_CAMEL_HUMP: Final = re.compile(r"(?<!^)(?=[A-Z])")
_LOOSE_IGNORED: Final = re.compile(r"[\s_\-]")


# ------------------------------------------------------------------------------------------------ helpers


def _fail(param: str, message: str) -> NoReturn:
    raise LateValidationError(message, param=param)


def _type_name(value: object) -> str:
    return type(value).__name__


def _plain(value: str) -> str:
    """A plain ``str`` (an enum member's value), so dicts hold exactly what json.dumps writes."""
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def _suggest(value: str, choices: Iterable[str], hints: Mapping[str, str] | None = None) -> str:
    """``"; did you mean 'x'?"`` or ``""``."""
    pool = list(choices)
    folded = value.strip().casefold()
    hint = (hints or {}).get(folded)
    if hint is None and len(folded) >= 3:  # a prefix: "PUBLIC" -> "PUBLIC_TO_EVERYONE"
        hint = next((c for c in pool if c.casefold().startswith(folded)), None)
    if hint is None:
        close = difflib.get_close_matches(value.strip().casefold(), [c.casefold() for c in pool], n=1)
        if close:
            hint = next(c for c in pool if c.casefold() == close[0])
    return f"; did you mean {hint!r}?" if hint else ""


def _is_list_like(value: object) -> bool:
    if type(value) is list:  # the common case, without the ABC check
        return True
    return isinstance(value, Sequence) and not isinstance(value, str | bytes | bytearray)


def _check_bool(value: object, param: str) -> bool:
    if not isinstance(value, bool):
        _fail(param, f"{param} must be True or False, got {value!r} ({_type_name(value)})")
    return value


def _check_str(value: object, param: str, *, non_empty: bool = False) -> str:
    if type(value) is not str:  # a plain str (the common case) needs neither check
        if isinstance(value, Enum) and isinstance(value, str):
            value = _plain(value)
        if not isinstance(value, str):
            _fail(param, f"{param} must be a string, got {_type_name(value)}")
    if non_empty and not value.strip():
        _fail(param, f"{param} must be a non-empty string")
    return value


def _check_int(value: object, param: str, *, minimum: int | None = None, maximum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        _fail(param, f"{param} must be an integer, got {value!r} ({_type_name(value)})")
    if minimum is not None and maximum is not None and not minimum <= value <= maximum:
        _fail(param, f"{param} must be between {minimum} and {maximum}, got {value}")
    if minimum is not None and value < minimum:
        _fail(param, f"{param} must be at least {minimum}, got {value}")
    if maximum is not None and value > maximum:
        _fail(param, f"{param} must be at most {maximum}, got {value}")
    return value


def _check_http_url(value: object, param: str) -> str:
    url = _check_str(value, param, non_empty=True)
    if not _HTTP_URL.match(url.strip()):
        _fail(
            param,
            f"{param} must be a public http(s) URL, got {url!r}; upload a local file first "
            "(client.media.upload) and use the URL it returns",
        )
    return url


# (Each cache below is applied by assignment, not as a decorator: mutmut leaves decorated functions
# unmutated, and this way `make mutation` tests the rules themselves.)


def _snake_case(camel: str) -> str:
    """``"accountId"`` -> ``"account_id"`` (only ever called with the wire names of this module)."""
    return _CAMEL_HUMP.sub("_", camel).lower()


_snake = functools.cache(_snake_case)


def snake_case(camel: str) -> str:
    """``"accountId"`` -> ``"account_id"``: a wire name as the SDK's keyword arguments spell it."""
    return _snake(camel)


def _enum_key(text: str, loose: bool) -> str:
    folded = text.strip().casefold()
    return _LOOSE_IGNORED.sub("", folded) if loose else folded


def _build_enum_table(enum_cls: type[Enum], loose: bool) -> dict[str, str]:
    """Matching key -> canonical wire value: the members' values first, then (``loose``) their names.

    The members of these enums are fixed (pseudo-members are never listed), so the table is built once.
    """
    table: dict[str, str] = {}
    for member in enum_cls:
        table.setdefault(_enum_key(member.value, loose), member.value)
    if loose:
        for member in enum_cls:
            table.setdefault(_enum_key(member.name, loose), member.value)
    return table


_enum_table = functools.cache(_build_enum_table)


def _find_enum_value(enum_cls: type[Enum], value: str, loose: bool) -> str | None:
    """The canonical wire value ``value`` matches, or None (pure: cached, the same few spellings recur)."""
    return _enum_table(enum_cls, loose).get(_enum_key(value, loose))


_enum_lookup = functools.lru_cache(maxsize=1024)(_find_enum_value)


def _match_enum(
    value: object,
    enum_cls: type[Enum],
    param: str,
    *,
    what: str,
    hints: Mapping[str, str] | None = None,
    loose: bool = False,
) -> str:
    """The canonical wire value of a known member, matched case-insensitively (and, with ``loose``,
    ignoring ``_``, ``-`` and spaces: ``"Google_Business"`` -> ``"googlebusiness"``)."""
    if not isinstance(value, str):
        _fail(param, f"{param} must be a {enum_cls.__name__} or a string, got {_type_name(value)}")
    # The first member whose value (then, with ``loose``, whose name: "GOOGLE_BUSINESS") matches.
    found = _enum_lookup(enum_cls, value, loose)
    if found is not None:
        return found
    known = [member.value for member in enum_cls]
    text = _plain(value)
    hint = _enum_suggestion(enum_cls, text, tuple(hints.items()) if hints else ())
    _fail(param, f"{param} {text!r} is not a known {what}{hint} (known: {', '.join(known)})")


def _suggest_enum_value(enum_cls: type[Enum], value: str, hints: tuple[tuple[str, str], ...]) -> str:
    """:func:`_suggest` among the values of ``enum_cls``. Cached: the search is slow, and the rows of a
    file repeat their mistakes (a whole column of "twiter")."""
    return _suggest(value, [member.value for member in enum_cls], dict(hints))


_enum_suggestion = functools.lru_cache(maxsize=256)(_suggest_enum_value)


def _list_spellings(wire_names: tuple[str, ...]) -> dict[str, str]:
    """Each accepted spelling (camelCase wire name, its snake_case) -> the wire name. Never mutated."""
    by_spelling: dict[str, str] = {}
    for name in wire_names:
        by_spelling[name] = name
        by_spelling.setdefault(_snake(name), name)
    return by_spelling


_spellings = functools.cache(_list_spellings)


class _Fields:
    """Reads a user mapping whose keys may be camelCase or snake_case, tracking which spelling was used."""

    __slots__ = ("param", "snake_default", "spelling", "values")

    def __init__(
        self, data: object, param: str, wire_names: Iterable[str], *, what: str, snake_default: bool = False
    ) -> None:
        if type(data) is not dict and not isinstance(data, Mapping):
            _fail(param, f"{param} must be a dict, got {_type_name(data)}")
        self.param = param
        self.snake_default = snake_default
        by_spelling = _spellings(wire_names if type(wire_names) is tuple else tuple(wire_names))
        self.values: dict[str, Any] = {}
        self.spelling: dict[str, str] = {}
        values, spelling = self.values, self.spelling
        for raw_key, value in data.items():
            if type(raw_key) is not str and not isinstance(raw_key, str):
                _fail(param, f"{param} has a non-string key {raw_key!r}")
            wire = by_spelling.get(raw_key)
            if wire is None:
                options = sorted(set(by_spelling.values()))
                _fail(
                    f"{param}.{raw_key}",
                    f"{param}.{raw_key} is not a {what} field{_suggest(raw_key, by_spelling)} "
                    f"(allowed: {', '.join(options)})",
                )
            if wire in spelling:
                _fail(
                    f"{param}.{raw_key}",
                    f"{param}.{raw_key} repeats {param}.{spelling[wire]} (the same field, spelled "
                    "differently); keep one",
                )
            spelling[wire] = raw_key
            if value is not None:
                values[wire] = value

    def path(self, wire: str) -> str:
        """The param of field ``wire`` as the user wrote it.

        A missing field is named in the style of the keys the user did write (snake_case or camelCase),
        or in ``snake_default`` style when none of them tells.
        """
        if wire in self.spelling:
            return f"{self.param}.{self.spelling[wire]}"
        wrote_camel = {raw == name for name, raw in self.spelling.items() if name != _snake(name)}
        use_snake = self.snake_default if len(wrote_camel) != 1 else wrote_camel == {False}
        return f"{self.param}.{_snake(wire) if use_snake else wire}"


# ----------------------------------------------------------------------------------------- scalar checks


def check_platform(value: Platform | str, param: str = "platform") -> str:
    """The wire value of a platform: a :class:`Platform` or its string, case-insensitive.

    ``"Twitter"`` and ``"google_business"`` are accepted; ``"twiter"`` is an error that suggests
    ``'twitter'`` and ``"x"`` one that suggests ``'twitter'`` (the API has no ``x`` alias).
    """
    return _match_enum(value, Platform, param, what="platform", hints=_PLATFORM_HINTS, loose=True)


#: Alias of :func:`check_platform` (the ``platform`` filter of ``posts.list``).
check_platform_name = check_platform


def check_status(value: PostStatus | str, param: str = "status") -> str:
    """The wire value of a post status filter (a :class:`PostStatus` or its string, case-insensitive)."""
    return _match_enum(value, PostStatus, param, what="post status", loose=True)


def check_flags(*, publish_now: bool | None, is_draft: bool | None) -> None:
    """``publish_now`` and ``is_draft`` must be bools (or None), and not both True."""
    if publish_now is not None:
        _check_bool(publish_now, "publish_now")
    if is_draft is not None:
        _check_bool(is_draft, "is_draft")
    if publish_now and is_draft:
        _fail(
            "publish_now",
            "publish_now=True and is_draft=True contradict each other: a draft is never published. "
            "Pass one of them.",
        )


def check_page(page: int | None, param: str = "page") -> int | None:
    """A 1-based page number (None: not given); the bounds are the spec's."""
    if page is None:
        return None
    return check_spec_int(page, param, "listPosts", "page")


def check_limit(limit: int | None, param: str = "limit") -> int | None:
    """A page size between the spec's bounds, 1 and :data:`MAX_LIMIT` (None: not given)."""
    if limit is None:
        return None
    return check_spec_int(limit, param, "listPosts", "limit")


def check_spec_int(value: int, param: str, operation: str, wire: str, *, body: bool = False) -> int:
    """An integer within the bounds the spec sets on ``wire`` of ``operation`` (see :func:`spec_bounds`)."""
    bounds = spec_bounds(operation, wire, body=body)
    minimum, maximum = bounds.get("minimum"), bounds.get("maximum")
    if "exclusiveMinimum" in bounds:
        minimum = bounds["exclusiveMinimum"] + 1
    if "exclusiveMaximum" in bounds:
        maximum = bounds["exclusiveMaximum"] - 1
    return _check_int(value, param, minimum=minimum, maximum=maximum)


def check_spec_str(
    value: str, param: str, operation: str, wire: str, *, body: bool = True, non_empty: bool = False
) -> str:
    """A string within the length the spec allows ``wire`` of ``operation``."""
    return _check_length(
        _check_str(value, param, non_empty=non_empty), param, spec_bounds(operation, wire, body=body)
    )


def _check_length(text: str, param: str, bounds: Mapping[str, Any]) -> str:
    maximum, minimum = bounds.get("maxLength"), bounds.get("minLength")
    if maximum is not None and len(text) > maximum:
        _fail(param, f"{param} is {len(text)} characters long; at most {maximum} allowed")
    if minimum is not None and len(text) < minimum:
        _fail(param, f"{param} is {len(text)} characters long; at least {minimum} needed")
    return text


def check_spec_str_list(values: Sequence[str], param: str, operation: str, wire: str) -> list[str]:
    """A list of strings within the spec's bounds on body field ``wire`` of ``operation`` (its item
    lengths and its number of items)."""
    checked = check_str_list(values, param) or []
    bounds = spec_bounds(operation, wire, body=True)
    if "maxItems" in bounds and len(checked) > bounds["maxItems"]:
        _fail(param, f"{param} has {len(checked)} items; at most {bounds['maxItems']} allowed")
    if "minItems" in bounds and len(checked) < bounds["minItems"]:
        _fail(param, f"{param} has {len(checked)} items; at least {bounds['minItems']} needed")
    item_bounds = bounds.get("items", {})
    for index, item in enumerate(checked):
        _check_length(item, f"{param}[{index}]", item_bounds)
    return checked


def check_choice(value: str, choices: type[Enum], param: str, *, what: str) -> str:
    """The wire value of one of the members of ``choices`` (a generated enum of the spec's values),
    matched case-insensitively and ignoring ``_``/``-``/spaces: ``"created_asc"`` is ``"created-asc"``."""
    return _match_enum(value, choices, param, what=what, loose=True)


def check_comma_list(
    values: Sequence[str], param: str, *, max_items: int | None = None, field_names: bool = False
) -> str:
    """A list of names sent as one comma-separated parameter (the ``tags`` and ``fields`` filters).

    Each must be a non-empty string without a comma (the API would split it). ``field_names`` turns
    snake_case names into the API's camelCase (``scheduled_for`` -> ``scheduledFor``), as the models
    answer to both.
    """
    checked = check_str_list(values, param) or []
    if max_items is not None and len(checked) > max_items:
        _fail(param, f"{param} has {len(checked)} items; at most {max_items} allowed")
    out: list[str] = []
    for index, item in enumerate(checked):
        text = item.strip()
        if not text:
            _fail(f"{param}[{index}]", f"{param}[{index}] is empty")
        if "," in text:
            _fail(
                f"{param}[{index}]",
                f"{param}[{index}] {item!r} holds a comma, which the API reads as a separator; "
                "pass each name as its own list item",
            )
        out.append(camel_case(text) if field_names else text)
    return ",".join(out)


def camel_case(name: str) -> str:
    """``"scheduled_for"`` -> ``"scheduledFor"``, the API's spelling of a field; a name without an inner
    ``_`` (``"_id"``, ``"status"``, ``"mediaItems"``) is kept."""
    if name.startswith("_"):
        return name
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def check_post_id(post_id: str, param: str = "post_id") -> str:
    """A post id: a non-empty string, returned stripped of surrounding whitespace.

    It goes into the URL path, so one holding ``/``, ``?``, ``#``, ``\\``, whitespace or a control
    character (or that is ``.``/``..``) is refused rather than allowed to address another endpoint.
    """
    if not isinstance(post_id, str):
        _fail(param, f"{param} must be a string, got {_type_name(post_id)}")
    stripped = post_id.strip()
    if not stripped:
        _fail(param, f"{param} must be a non-empty string")
    if len(stripped) > MAX_ID_LENGTH:
        _fail(param, f"{param} is {len(stripped)} characters long; an id has at most {MAX_ID_LENGTH}")
    if _POST_ID_FORBIDDEN.search(stripped) or stripped in {".", ".."}:
        _fail(param, f"{param} {post_id!r} is not a valid id (it may not contain '/', '?', '#' or spaces)")
    return stripped


def check_cursor(cursor: str, param: str = "cursor") -> str:
    """A page cursor (``pagination.next_cursor``): a non-empty string of at most ``MAX_CURSOR_LENGTH``."""
    value = _check_str(cursor, param, non_empty=True)
    if len(value) > MAX_CURSOR_LENGTH:
        _fail(param, f"{param} is {len(value)} characters long; a cursor has at most {MAX_CURSOR_LENGTH}")
    return value


def check_str_list(values: Sequence[str] | None, param: str) -> list[str] | None:
    """A list of strings (``hashtags``, ``mentions``); a bare string is an error, not a list of letters."""
    if values is None:
        return None
    if type(values) is list:  # the common case, a list of plain strings: a copy, without the checks below
        for item in values:
            if type(item) is not str:
                break
        else:
            return values.copy()
    if isinstance(values, str | bytes):
        _fail(param, f"{param} must be a list of strings, not a single string; write [{values!r}]")
    if not _is_list_like(values) and not isinstance(values, set | frozenset):
        _fail(param, f"{param} must be a list of strings, got {_type_name(values)}")
    out: list[str] = []
    for index, item in enumerate(values):
        out.append(item if type(item) is str else _check_str(item, f"{param}[{index}]"))
    return out


def check_tags(tags: Sequence[str] | None, param: str = "tags") -> list[str] | None:
    """A list of non-empty tags of at most :data:`MAX_TAG_LENGTH` characters each (YouTube's limit)."""
    checked = check_str_list(tags, param)
    if checked is None:
        return None
    for index, tag in enumerate(checked):
        if not tag.strip():
            _fail(f"{param}[{index}]", f"{param}[{index}] is an empty tag")
        if len(tag) > MAX_TAG_LENGTH:
            _fail(
                f"{param}[{index}]",
                f"{param}[{index}] is {len(tag)} characters long; a tag may have at most {MAX_TAG_LENGTH} "
                "(YouTube's limit)",
            )
    return checked


def check_content(content: str | None, *, required: bool, param: str = "content") -> str | None:
    """The post text. ``required`` (decided by the caller) makes None or blank text an error."""
    if content is None:
        if required:
            _fail(
                param,
                f"{param} is required unless media is attached, every platform has customContent, "
                "or the post is a draft",
            )
        return None
    text = _check_str(content, param)
    if required and not text.strip():
        _fail(param, f"{param} is empty")
    return text


def check_str(value: str, param: str, *, non_empty: bool = False) -> str:
    """A string (``title``, ``profile_id``, ``queued_from_profile``...); a str enum member becomes its value.

    ``non_empty`` also refuses an empty or blank string.
    """
    return _check_str(value, param, non_empty=non_empty)


def check_http_url(value: str, param: str) -> str:
    """A public http(s) URL (``thumbnail_url``): a local path is refused with a hint to upload it first."""
    return _check_http_url(value, param)


def check_bool(value: bool, param: str) -> bool:
    """Exactly True or False (not 1, 0 or "true")."""
    return _check_bool(value, param)


def check_mapping(value: Mapping[str, Any], param: str) -> dict[str, Any]:
    """A dict with string keys (``metadata``), returned as a shallow copy."""
    if not isinstance(value, Mapping):
        _fail(param, f"{param} must be a dict, got {_type_name(value)}")
    for key in value:
        if not isinstance(key, str):
            _fail(param, f"{param} keys must be strings, got {key!r}")
    return dict(value)


# ------------------------------------------------------------------------------------------------- media

_MEDIA_FIELDS: Final = (
    "type",
    "url",
    "title",
    "altText",
    "filename",
    "size",
    "mimeType",
    "thumbnail",
    "instagramThumbnail",
    "subtitles",
    "tiktokProcessed",
)
_MEDIA_TYPE_URL: Final[tuple[str, ...]] = _MEDIA_FIELDS[:2]
_MEDIA_TYPE_URL_SET: Final = frozenset(_MEDIA_TYPE_URL)


def _normalize_subtitles(value: object, param: str) -> list[dict[str, Any]]:
    if not _is_list_like(value):
        _fail(param, f"{param} must be a list of {{'url': ..., 'language': ...}} dicts")
    assert isinstance(value, Sequence)
    if len(value) > MAX_SUBTITLES:
        _fail(param, f"{param} has {len(value)} tracks; at most {MAX_SUBTITLES} are allowed")
    out: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for index, track in enumerate(value):
        fields = _Fields(track, f"{param}[{index}]", ("url", "language"), what="subtitle")
        for required in ("url", "language"):
            if required not in fields.values:
                _fail(fields.path(required), f"{fields.path(required)} is required")
        url = _check_http_url(fields.values["url"], fields.path("url"))
        language = _check_str(fields.values["language"], fields.path("language"), non_empty=True)
        if language.casefold() in seen:
            _fail(
                fields.path("language"),
                f"{fields.path('language')} {language!r} repeats {param}[{seen[language.casefold()]}]; "
                "each language may appear once per video",
            )
        seen[language.casefold()] = index
        out.append({"url": url, "language": language})
    return out


def _normalize_media_item(item: object, param: str) -> dict[str, Any]:
    fields = _Fields(item, param, _MEDIA_FIELDS, what="media item")
    values = fields.values
    if "url" not in values:
        _fail(fields.path("url"), f"{fields.path('url')} is required: every media item needs a url")
    out: dict[str, Any] = {}
    # The fields in _MEDIA_FIELDS order; most items give only the first two.
    for wire in _MEDIA_TYPE_URL if values.keys() <= _MEDIA_TYPE_URL_SET else _MEDIA_FIELDS:
        if wire not in values:
            continue
        value = values[wire]
        where = fields.path(wire)
        if wire == "type":
            out[wire] = _match_enum(value, MediaType, where, what="media type")
        elif wire in {"url", "thumbnail", "instagramThumbnail"}:
            out[wire] = _check_http_url(value, where)
        elif wire == "size":
            out[wire] = _check_int(value, where, minimum=0)
        elif wire == "tiktokProcessed":
            out[wire] = _check_bool(value, where)
        elif wire == "subtitles":
            out[wire] = _normalize_subtitles(value, where)
        else:
            out[wire] = _check_str(value, where)
    return out


def normalize_media_items(
    items: Sequence[Mapping[str, Any]] | None, *, param: str = "media_items"
) -> list[dict[str, Any]] | None:
    """Media items in the wire form: ``[{"type": "image", "url": "https://..."}]``.

    Each item needs a ``url`` (http/https). ``type`` is a :class:`MediaType` or its string
    (case-insensitive) and may be left out, in which case the API infers it from the URL's extension.
    The other fields of the spec's ``MediaItem`` pass through (``title``, ``alt_text``/``altText``,
    ``filename``, ``size``, ``mime_type``/``mimeType``, ``thumbnail``, ``instagram_thumbnail``,
    ``subtitles`` [``{"url", "language"}``], ``tiktok_processed``); anything else is an error.
    """
    if items is None:
        return None
    if type(items) is not list:  # a list is neither of these
        if isinstance(items, Mapping):
            _fail(param, f"{param} must be a list of media items; wrap a single item in a list: [{{...}}]")
        if not _is_list_like(items):
            _fail(param, f"{param} must be a list of media items, got {_type_name(items)}")
    return [
        _plain_media_item(item) or _normalize_media_item(item, f"{param}[{index}]")
        for index, item in enumerate(items)
    ]


def _plain_media_item(item: object) -> dict[str, Any] | None:
    """What :func:`_normalize_media_item` makes of the common item, a plain dict of an http(s) ``url``
    and optionally a known ``type`` (both plain strings): the same dict, without naming the fields. None
    for any other item (``_normalize_media_item`` decides, and words any error)."""
    if type(item) is not dict:
        return None
    url = item.get("url")
    if type(url) is not str or not _HTTP_URL.match(url.strip()):  # what _check_http_url accepts
        return None
    size = len(item)
    if size == 1:
        return {"url": url}
    kind = item.get("type")
    if size != 2 or type(kind) is not str:
        return None
    found = _enum_lookup(MediaType, kind, False)  # what _match_enum matches
    if found is None:
        return None
    return {"type": found, "url": url}


# --------------------------------------------------------------------------------------------- platforms

_PLATFORM_FIELDS: Final = (
    "platform",
    "accountId",
    "customContent",
    "customMedia",
    "scheduledFor",
    "platformSpecificData",
)


def normalize_platforms(
    platforms: Sequence[Mapping[str, Any]] | None,
    *,
    required: bool,
    timezone: str | None,
    param: str = "platforms",
    local_tz: tzinfo | None = None,
) -> list[dict[str, Any]] | None:
    """Platform targets in the wire form: ``[{"platform": "twitter", "accountId": "acc_123", ...}]``.

    Each entry needs ``platform`` (see :func:`check_platform`) and ``accountId``/``account_id`` (a
    non-empty string). Optional: ``customContent`` (str), ``customMedia`` (media items, see
    :func:`normalize_media_items`), ``scheduledFor`` (a datetime or string, sent as a UTC instant by the
    rules of :mod:`late.timeutil`, a naive value being wall-clock time in ``timezone``) and
    ``platformSpecificData`` (a dict, passed through), each also in snake_case. These are the fields of
    the spec's platform entry; any other key is an error. Two entries for the same platform and account
    are an error (the API would reject the second as duplicate content).

    ``required=True`` (a create that is not a draft) makes None or an empty list an error.
    """
    if platforms is None or (_is_list_like(platforms) and len(platforms) == 0):
        if required:
            _fail(param, f"{param} is required unless is_draft=True: give at least one platform target")
        return None if platforms is None else []
    if type(platforms) is not list:  # a list is neither of these
        if isinstance(platforms, Mapping):
            _fail(
                param,
                f"{param} must be a list of platform targets; wrap a single target in a list: [{{...}}]",
            )
        if not _is_list_like(platforms):
            _fail(param, f"{param} must be a list of platform targets, got {_type_name(platforms)}")

    out: list[dict[str, Any]] = []
    seen: dict[tuple[str, str], int] = {}
    for index, entry in enumerate(platforms):
        target = _plain_target(entry)
        if target is None:
            target = _platform_target(entry, f"{param}[{index}]", timezone=timezone, local_tz=local_tz)
        identity = (target["platform"], target["accountId"].strip())
        if identity in seen:
            where = f"{param}[{index}]"
            _fail(
                where,
                f"{where} targets {identity[0]} account {identity[1]!r} again "
                f"(as {param}[{seen[identity]}]); list each account once",
            )
        seen[identity] = index
        out.append(target)
    return out


def _plain_target(entry: object) -> dict[str, Any] | None:
    """What :func:`_platform_target` makes of the common entry, a plain dict of exactly a known platform
    and a non-blank account id (both plain strings): the same dict, without naming the fields. None for
    any other entry (``_platform_target`` decides, and words any error)."""
    if type(entry) is not dict or len(entry) != 2:
        return None
    platform = entry.get("platform")
    account = entry.get("accountId")
    if account is None:
        account = entry.get("account_id")
    if type(platform) is not str or type(account) is not str or not account.strip():
        return None
    found = _enum_lookup(Platform, platform, True)  # what check_platform matches
    if found is None:
        return None
    return {"platform": found, "accountId": account}


def _platform_target(
    entry: object, where: str, *, timezone: str | None, local_tz: tzinfo | None
) -> dict[str, Any]:
    """One platform target in the wire form (see :func:`normalize_platforms`); ``where`` names it."""
    fields = _Fields(entry, where, _PLATFORM_FIELDS, what="platform target")
    values = fields.values
    for needed in ("platform", "accountId"):
        if needed not in values:
            _fail(fields.path(needed), f"{fields.path(needed)} is required")
    target: dict[str, Any] = {
        "platform": check_platform(values["platform"], fields.path("platform")),
        "accountId": _check_str(values["accountId"], fields.path("accountId"), non_empty=True),
    }
    if "customContent" in values:
        target["customContent"] = _check_str(values["customContent"], fields.path("customContent"))
    if "customMedia" in values:
        target["customMedia"] = normalize_media_items(values["customMedia"], param=fields.path("customMedia"))
    if "scheduledFor" in values:
        target["scheduledFor"] = to_api_instant(
            values["scheduledFor"],
            timezone=timezone,
            param=fields.path("scheduledFor"),
            local_tz=local_tz,
        )
    if "platformSpecificData" in values:
        data = values["platformSpecificData"]
        if not isinstance(data, Mapping):
            _fail(
                fields.path("platformSpecificData"),
                f"{fields.path('platformSpecificData')} must be a dict, got {_type_name(data)}",
            )
        target["platformSpecificData"] = dict(data)
    return target


# ------------------------------------------------------------------------------------------------ TikTok

# wire name -> kind. The fields of the spec's TikTokPlatformData.
_TIKTOK_FIELDS: Final[dict[str, str]] = {
    "draft": "bool",
    "privacyLevel": "privacy",
    "allowComment": "bool",
    "allowDuet": "bool",
    "allowStitch": "bool",
    "commercialContentType": "commercial",
    "brandPartnerPromote": "bool",
    "isBrandOrganicPost": "bool",
    "contentPreviewConfirmed": "bool",
    "expressConsentGiven": "bool",
    "mediaType": "media_type",
    "videoCoverTimestampMs": "non_negative_int",
    "videoCoverImageUrl": "url",
    "photoCoverIndex": "non_negative_int",
    "autoAddMusic": "bool",
    "musicSoundInfo": "music",
    "videoOriginalSoundVolume": "volume",
    "videoMadeWithAi": "bool",
    "locationId": "str",
    "locationName": "str",
    "isAdsOnly": "bool",
    "description": "description",
}
_TIKTOK_COMMERCIAL_TYPES: Final = ("none", "brand_organic", "brand_content")
_TIKTOK_MEDIA_TYPES: Final = ("video", "photo")
_MUSIC_FIELDS: Final = ("musicSoundId", "musicSoundVolume", "musicSoundStart", "musicSoundEnd")


def _one_of(value: object, options: Sequence[str], param: str) -> str:
    text = _check_str(value, param)
    if text not in options:
        _fail(
            param,
            f"{param} must be one of {', '.join(map(repr, options))}, got {text!r}{_suggest(text, options)}",
        )
    return text


def _normalize_music(value: object, param: str) -> dict[str, Any]:
    fields = _Fields(value, param, _MUSIC_FIELDS, what="musicSoundInfo")
    values = fields.values
    if "musicSoundId" not in values:
        _fail(fields.path("musicSoundId"), f"{fields.path('musicSoundId')} is required")
    out: dict[str, Any] = {
        "musicSoundId": _check_str(values["musicSoundId"], fields.path("musicSoundId"), non_empty=True)
    }
    if "musicSoundVolume" in values:
        out["musicSoundVolume"] = _check_int(
            values["musicSoundVolume"], fields.path("musicSoundVolume"), minimum=0, maximum=100
        )
    for wire in ("musicSoundStart", "musicSoundEnd"):
        if wire in values:
            out[wire] = _check_int(values[wire], fields.path(wire), minimum=0)
    if "musicSoundStart" in out and "musicSoundEnd" in out and out["musicSoundEnd"] <= out["musicSoundStart"]:
        _fail(
            fields.path("musicSoundEnd"),
            f"{fields.path('musicSoundEnd')} must be greater than musicSoundStart",
        )
    return out


def _has_video(media_items: Iterable[Mapping[str, Any]] | None) -> bool:
    for item in media_items or ():
        if not isinstance(item, Mapping):
            continue
        kind = item.get("type")
        if isinstance(kind, str):
            if kind.strip().casefold() == MediaType.VIDEO.value:
                return True
            continue
        url = item.get("url")
        if isinstance(url, str):  # no type: the API infers it from the extension, and so do we
            path = url.split("?", 1)[0].split("#", 1)[0]
            if path.rsplit(".", 1)[-1].casefold() in _VIDEO_EXTENSIONS and "." in path.rsplit("/", 1)[-1]:
                return True
    return False


def normalize_tiktok_settings(
    settings: Mapping[str, Any] | None,
    *,
    media_items: Iterable[Mapping[str, Any]] | None,
    param: str = "tiktok_settings",
) -> dict[str, Any] | None:
    """TikTok settings in the wire form (the spec's ``TikTokPlatformData``, camelCase keys).

    Takes the snake_case keys of the docs (``privacy_level``, ``allow_comment``, ``allow_duet``,
    ``allow_stitch``, ``content_preview_confirmed``, ``express_consent_given``, ``draft``, ``description``,
    ``video_cover_timestamp_ms``, ``auto_add_music``) and every other field of the spec's schema
    (``commercial_content_type``, ``brand_partner_promote``, ``is_brand_organic_post``, ``media_type``,
    ``video_cover_image_url``, ``photo_cover_index``, ``music_sound_info``, ``video_original_sound_volume``,
    ``video_made_with_ai``, ``location_id``, ``location_name``, ``is_ads_only``), or their camelCase names.

    Rules: ``content_preview_confirmed`` and ``express_consent_given`` are required and must be True.
    ``privacy_level`` (a :class:`TikTokPrivacyLevel`) and ``allow_comment`` are required, and
    ``allow_duet``/``allow_stitch`` too when ``media_items`` hold a video (by ``type``, by
    ``media_type="video"``, or by a video file extension when the type is left out); a Creator Inbox
    draft (``draft=True``) needs none of these four, because the creator sets them in TikTok (the spec's
    video-draft example sends only the two confirmations). Flags must be real bools. Branded content
    cannot be ``SELF_ONLY``; ``location_id`` needs ``location_name``.
    """
    if settings is None:
        return None
    fields = _Fields(settings, param, _TIKTOK_FIELDS, what="TikTok settings", snake_default=True)
    values = fields.values
    out: dict[str, Any] = {}
    for wire, kind in _TIKTOK_FIELDS.items():
        if wire not in values:
            continue
        value = values[wire]
        where = fields.path(wire)
        if kind == "bool":
            out[wire] = _check_bool(value, where)
        elif kind == "privacy":
            out[wire] = _match_enum(value, TikTokPrivacyLevel, where, what="TikTok privacy level", loose=True)
        elif kind == "commercial":
            out[wire] = _one_of(value, _TIKTOK_COMMERCIAL_TYPES, where)
        elif kind == "media_type":
            out[wire] = _one_of(value, _TIKTOK_MEDIA_TYPES, where)
        elif kind == "non_negative_int":
            out[wire] = _check_int(value, where, minimum=0)
        elif kind == "volume":
            out[wire] = _check_int(value, where, minimum=0, maximum=100)
        elif kind == "url":
            out[wire] = _check_http_url(value, where)
        elif kind == "music":
            out[wire] = _normalize_music(value, where)
        elif kind == "description":
            text = _check_str(value, where)
            if len(text) > MAX_TIKTOK_DESCRIPTION:
                _fail(
                    where, f"{where} is {len(text)} characters long; at most {MAX_TIKTOK_DESCRIPTION} allowed"
                )
            out[wire] = text
        else:
            out[wire] = _check_str(value, where)

    for consent in ("contentPreviewConfirmed", "expressConsentGiven"):
        if consent not in out:
            _fail(fields.path(consent), f"{fields.path(consent)} is required by TikTok and must be True")
        if out[consent] is not True:
            _fail(fields.path(consent), f"{fields.path(consent)} must be True: TikTok requires it to publish")

    if out.get("draft") is not True:
        required = ["privacyLevel", "allowComment"]
        is_video = out.get("mediaType") == "video" or (
            out.get("mediaType") is None and _has_video(media_items)
        )
        if is_video:
            required += ["allowDuet", "allowStitch"]
        for wire in required:
            if wire not in out:
                why = "for a video post" if wire in {"allowDuet", "allowStitch"} else "unless draft=True"
                _fail(fields.path(wire), f"{fields.path(wire)} is required {why}")

    branded = out.get("commercialContentType") == "brand_content" or out.get("brandPartnerPromote") is True
    if branded and out.get("privacyLevel") == TikTokPrivacyLevel.SELF_ONLY.value:
        _fail(
            fields.path("privacyLevel"),
            f"{fields.path('privacyLevel')} SELF_ONLY is not allowed for branded content",
        )
    if "locationId" in out and "locationName" not in out:
        _fail(fields.path("locationName"), f"{fields.path('locationName')} is required with location_id")
    return out
