"""The Posts operations on one existing post: edit, pin, unpin, unpublish, update_metadata and review.

Each is described once, as an :class:`Action`: the check of each keyword argument of its method (the
signature of ``Posts.<method>``, which the async twin shares; the wire name is the keyword in camelCase,
as the generated body models name their fields), which are required, the rules across arguments, and its
retry mode. ``Posts`` turns an action into an ``Operation`` with the generated endpoint and models.

Retry modes, from what a repeat does on the API:

- ``pin``/``unpin`` set a state (pinned or not) and answer it: a repeat changes nothing and answers the
  same, so they are retried like a GET (``idempotent``).
- ``update_metadata`` sets fields to the values sent: ``idempotent``, except with ``playlist_id``, which
  adds the video to a playlist (a repeat may add it twice), so that call is ``unsafe``.
- ``edit`` is not repeatable: on X each edit makes a new tweet and counts against its 5 edits, Telegram
  refuses an edit that changes nothing, and each adds an edit-history entry. ``unpublish`` deletes the
  platform's copy and ``review`` moves the post out of ``pending_approval``: a repeat of either after a
  success answers 400 or 409, which would hide the success. These three are ``unsafe``: retried only
  when the request never reached the API, or was turned away unrun (429).
"""

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from late import validation
from late._exceptions import LateValidationError
from late._http.retry import RetryMode

Check = Callable[[Any, str], Any]


#: YouTube's limit on a video's tags together, which the spec states in prose ("max 500 characters
#: combined"); one tag's limit is the spec's ``maxLength``, read from the generated constraints.
MAX_YOUTUBE_TAGS_TOTAL = 500
#: ``post_id`` of update_metadata's direct mode: a video that was not published through Late.
DIRECT_VIDEO = "_"
_DIRECT_NEEDS = ("video_id", "account_id")


@dataclass(frozen=True, slots=True)
class Action:
    """One operation on a post, described once (see the module docstring)."""

    method: str  # the facade method: "edit"
    checks: Mapping[str, Check]  # keyword -> check (value, param) -> wire value; wire name: camelCase
    required: tuple[str, ...]
    retry_mode: Callable[[Mapping[str, Any]], RetryMode]  # from the checked wire body
    rule: Callable[[str, Mapping[str, Any]], None] | None = None  # (post_id, wire body): cross-field

    def body(self, post_id: str, params: Mapping[str, Any]) -> dict[str, Any]:
        """The wire body for ``params`` (checked; the call options are the caller's), or a
        LateValidationError naming the argument."""
        wire: dict[str, Any] = {}
        for name, check in self.checks.items():
            value = params.get(name)
            if value is None:
                if name in self.required:
                    raise LateValidationError(f"{self.method}() needs {name}", param=name)
                continue
            wire[validation.camel_case(name)] = check(value, name)
        if self.rule is not None:
            self.rule(post_id, wire)
        return wire


def _platform_of(supported: Sequence[str], verb: str) -> Check:
    """A check of ``platform``: a known platform (any spelling ``check_platform`` takes) that ``verb``
    supports; the supported values are the generated body enum's, i.e. the spec's."""

    def check(value: Any, param: str) -> str:
        platform = validation.check_platform(value, param)
        if platform not in supported:
            raise LateValidationError(
                f"{param} {platform!r}: the API cannot {verb} a post there "
                f"(supported: {', '.join(supported)})",
                param=param,
            )
        return platform

    return check


def _non_empty(value: Any, param: str) -> str:
    return validation.check_str(value, param, non_empty=True)


def _choice(enum_cls: Any, what: str) -> Check:
    return lambda value, param: validation.check_choice(value, enum_cls, param, what=what)


def _spec_str(operation: str, wire: str) -> Check:
    return lambda value, param: validation.check_spec_str(value, param, operation, wire)


def _youtube_tags(value: Any, param: str) -> list[str]:
    tags = validation.check_spec_str_list(value, param, "updatePostMetadata", "tags")
    total = sum(len(tag) for tag in tags)
    if total > MAX_YOUTUBE_TAGS_TOTAL:
        raise LateValidationError(
            f"{param} hold {total} characters together; YouTube allows at most {MAX_YOUTUBE_TAGS_TOTAL}",
            param=param,
        )
    return tags


def _metadata_rule(updatable: frozenset[str]) -> Callable[[str, Mapping[str, Any]], None]:
    def rule(post_id: str, wire: Mapping[str, Any]) -> None:
        if not wire.keys() & updatable:
            names = sorted(validation.snake_case(name) for name in updatable)
            raise LateValidationError(
                f"update_metadata() needs at least one field to update: {', '.join(names)}", param=None
            )
        if post_id == DIRECT_VIDEO:
            for name in _DIRECT_NEEDS:
                if validation.camel_case(name) not in wire:
                    raise LateValidationError(
                        f"update_metadata(post_id={DIRECT_VIDEO!r}) updates a video by its YouTube id: "
                        f"it needs {name} (and {' and '.join(n for n in _DIRECT_NEEDS if n != name)})",
                        param=name,
                    )

    return rule


def _always(mode: RetryMode) -> Callable[[Mapping[str, Any]], RetryMode]:
    return lambda wire: mode


@functools.cache
def actions() -> dict[str, Action]:
    """The actions, by method name. Built on first use: the generated enums load only then."""
    from late_api_client.models import (
        EditPostBodyPlatform,
        ReviewPostBodyDecision,
        UnpublishPostBodyPlatform,
        UpdatePostMetadataBodyPlatform,
        UpdatePostMetadataBodyPrivacyStatus,
    )

    def values(enum_cls: Any) -> tuple[str, ...]:
        return tuple(member.value for member in enum_cls)

    # PinPostRequest.platform is a plain string the spec describes as "Must be `facebook`".
    pin = {"platform": _platform_of(("facebook",), "pin or unpin"), "account_id": _non_empty}
    metadata: dict[str, Check] = {
        "platform": _platform_of(values(UpdatePostMetadataBodyPlatform), "update the metadata of"),
        "video_id": _non_empty,
        "account_id": _non_empty,
        "title": _spec_str("updatePostMetadata", "title"),
        "description": validation.check_str,
        "tags": _youtube_tags,
        "category_id": _non_empty,
        "privacy_status": _choice(UpdatePostMetadataBodyPrivacyStatus, "privacy status"),
        "thumbnail_url": validation.check_http_url,
        "made_for_kids": validation.check_bool,
        "contains_synthetic_media": validation.check_bool,
        "playlist_id": _non_empty,
    }
    updatable = frozenset(validation.camel_case(n) for n in metadata if n not in {"platform", *_DIRECT_NEEDS})
    return {
        "edit": Action(
            "edit",
            {
                "platform": _platform_of(values(EditPostBodyPlatform), "edit"),
                "content": _non_empty,
                "account_id": _non_empty,
            },
            ("platform", "content"),
            _always("unsafe"),
        ),
        "pin": Action("pin", pin, ("platform",), _always("idempotent")),
        "unpin": Action("unpin", pin, ("platform",), _always("idempotent")),
        "unpublish": Action(
            "unpublish",
            {
                "platform": _platform_of(values(UnpublishPostBodyPlatform), "unpublish"),
                "account_id": _non_empty,
            },
            ("platform",),
            _always("unsafe"),
        ),
        "update_metadata": Action(
            "update_metadata",
            metadata,
            ("platform",),
            lambda wire: "unsafe" if "playlistId" in wire else "idempotent",
            _metadata_rule(updatable),
        ),
        "review": Action(
            "review",
            {"decision": _choice(ReviewPostBodyDecision, "review decision")},
            ("decision",),
            _always("unsafe"),
        ),
    }
