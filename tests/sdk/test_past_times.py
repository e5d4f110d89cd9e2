"""A time that has passed publishes at once: refused before sending, unless the caller means it (#14.4)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, TypedDict

import pytest

import late.testing
from late import Late, LateValidationError
from tests.support.values import present, unchecked

TWEET = [{"platform": "twitter", "accountId": "acc_1"}]


class Hi(TypedDict):
    """The create arguments these tests share: a tweet on one account."""

    content: str
    platforms: list[dict[str, str]]


HI = Hi(content="hi", platforms=TWEET)


def test_a_past_scheduled_for_is_refused_and_nothing_is_sent(
    client: Late, sandbox: late.testing.Sandbox
) -> None:
    with pytest.raises(LateValidationError) as info:
        client.posts.create(**HI, scheduled_for="12/25/2025 10:00", timezone="America/New_York")
    assert info.value.param == "scheduled_for"
    assert "2025-12-25T15:00:00Z is in the past" in info.value.message
    assert "publish_now=True" in info.value.message and "allow_past=True" in info.value.message
    assert sandbox.requests == [] and sandbox.posts == {}


def test_a_time_computed_just_before_the_call_is_within_the_grace(client: Late) -> None:
    just_now = datetime.now() - timedelta(seconds=30)  # naive: the machine's local time
    assert present(client.posts.create(**HI, scheduled_for=just_now).post).status == "published"
    with pytest.raises(LateValidationError):
        client.posts.create(**HI, scheduled_for=datetime.now(UTC) - timedelta(seconds=90))


def test_a_past_time_on_a_platform_entry_names_the_entry(client: Late) -> None:
    past = (datetime.now(UTC) - timedelta(days=2)).isoformat()
    platforms: list[dict[str, Any]] = [
        {"platform": "twitter", "accountId": "acc_1", "scheduledFor": datetime.now(UTC) + timedelta(hours=1)},
        {"platform": "linkedin", "accountId": "li_1", "scheduledFor": past},
    ]
    with pytest.raises(LateValidationError) as info:
        client.posts.create(content="hi", platforms=platforms)
    assert info.value.param == "platforms[1].scheduledFor"


def test_update_refuses_a_past_time_too(client: Late, sandbox: late.testing.Sandbox) -> None:
    draft = present(client.posts.create(**HI, is_draft=True).post)
    sent = len(sandbox.requests)
    with pytest.raises(LateValidationError) as info:
        client.posts.update(present(draft.field_id), scheduled_for=datetime.now(UTC) - timedelta(hours=3))
    assert info.value.param == "scheduled_for"
    assert len(sandbox.requests) == sent


@pytest.mark.parametrize("flag", ["is_draft", "publish_now"])
def test_a_past_time_that_will_not_publish_on_its_own_is_sent(client: Late, flag: str) -> None:
    """A draft keeps the time without publishing; publish_now wins over any time."""
    flags: dict[str, Any] = {flag: True}
    response = client.posts.create(**HI, scheduled_for="2024-12-25T10:00:00Z", **flags)
    assert present(response.post).status == ("draft" if flag == "is_draft" else "published")


def test_allow_past_sends_it_and_the_api_publishes_at_once(
    client: Late, sandbox: late.testing.Sandbox
) -> None:
    response = client.posts.create(**HI, scheduled_for="2024-12-25T10:00:00Z", allow_past=True)
    assert present(response.post).status == "published"
    stored = sandbox.posts[present(present(response.post).field_id)]
    assert "allowPast" not in stored and "allow_past" not in stored  # an SDK option, never sent


def test_allow_past_must_be_a_bool(client: Late) -> None:
    with pytest.raises(LateValidationError) as info:
        client.posts.create(**HI, scheduled_for="2024-12-25T10:00:00Z", allow_past=unchecked("yes"))
    assert info.value.param == "allow_past"


def test_the_rule_is_the_clock_s_not_the_writer_s() -> None:
    from late.timeutil import refuse_past

    now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    refuse_past("2026-12-01T11:59:01Z", "scheduled_for", now=now)  # 59 s ago: within the grace
    refuse_past("2026-12-01T11:59:00Z", "scheduled_for", now=now)  # exactly 60 s ago: still within
    with pytest.raises(LateValidationError):
        refuse_past("2026-12-01T11:58:59Z", "scheduled_for", now=now)
