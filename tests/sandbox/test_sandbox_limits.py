"""The sandbox's limits (late/testing/_limits.py): the request window per key, the publish caps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

import late.testing
from late.testing import FakeClock, Sandbox, serve_in_thread
from late.testing.serve import main as serve_main
from tests.support.facade import TIKTOK_SETTINGS

KEY = "sk_test_limits"
AUTH = {"Authorization": f"Bearer {KEY}"}
START = datetime(2030, 1, 1, 12, 0, 0, 250000, tzinfo=UTC)


def http(sandbox: Sandbox) -> httpx.Client:
    return httpx.Client(transport=sandbox, base_url="https://sandbox.invalid/api", headers=AUTH)


def post(client: httpx.Client, **fields: Any) -> httpx.Response:
    body = {"content": "hello", "platforms": [{"platform": "twitter", "accountId": "acc_x"}], **fields}
    return client.post("/v1/posts", json=body)


# ---- the request window ------------------------------------------------------------------------------


def test_every_answer_carries_the_three_headers_and_429_past_the_window() -> None:
    clock = FakeClock(START)
    sandbox = late.testing.sandbox(now=clock, rate_limit=(3, 10.0))
    with http(sandbox) as client:
        answers = [client.get("/v1/posts") for _ in range(3)]
        assert [a.headers["X-RateLimit-Remaining"] for a in answers] == ["2", "1", "0"]
        assert {a.headers["X-RateLimit-Limit"] for a in answers} == {"3"}
        # The next slot frees when the first request leaves the window: 12:00:10.25, rounded up.
        reset = int(START.timestamp() + 10.0) + 1
        assert {a.headers["X-RateLimit-Reset"] for a in answers} == {str(reset)}
        clock.advance(seconds=4.5)
        refused = client.get("/v1/posts")
        assert refused.status_code == 429
        assert refused.headers["Retry-After"] == "6"  # 5.5 s left, whole seconds rounded up
        assert refused.headers["X-RateLimit-Remaining"] == "0"
        assert refused.json()["code"] == "rate_limited"
        clock.advance(seconds=6)  # the three have left the window; the refused one never counted
        again = client.get("/v1/posts")
        assert again.status_code == 200 and again.headers["X-RateLimit-Remaining"] == "2"


def test_the_window_is_per_key_and_a_refused_request_does_nothing() -> None:
    clock = FakeClock(START)
    sandbox = late.testing.sandbox(now=clock, rate_limit=(1, 60.0), dedup=False)
    with http(sandbox) as client:
        assert post(client).status_code == 201
        assert post(client).status_code == 429
        assert len(sandbox.posts) == 1  # the refused create made nothing
        other = client.get("/v1/posts", headers={"Authorization": "Bearer sk_test_other"})
        assert other.status_code == 200 and other.headers["X-RateLimit-Remaining"] == "0"


def test_no_rate_limit_no_headers() -> None:
    with http(late.testing.sandbox()) as client:
        answer = client.get("/v1/posts")
    assert answer.status_code == 200
    assert "X-RateLimit-Limit" not in answer.headers


@pytest.mark.parametrize("bad", [(0, 60.0), (60, 0), (60, -1.0), (1.5, 60.0), "60/60", (60,)])
def test_a_bad_rate_limit_is_refused(bad: Any) -> None:
    with pytest.raises(ValueError, match="rate_limit"):
        late.testing.sandbox(rate_limit=bad)


def test_served_sandbox_takes_a_rate_limit_flag(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        serve_main(["--rate-limit", "60"])
    assert "REQUESTS/SECONDS" in capsys.readouterr().err
    sandbox = late.testing.sandbox(rate_limit=(2, 60.0))
    with serve_in_thread(sandbox) as server:
        answers = [httpx.get(server.url + "/api/v1/posts", headers=AUTH) for _ in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 429]
    assert answers[2].headers["Retry-After"].isdigit()


# ---- the publish caps --------------------------------------------------------------------------------


def at(minutes: float) -> str:
    return (START + timedelta(minutes=minutes)).isoformat()


def test_a_days_cap_per_account_refuses_the_next_post() -> None:
    sandbox = late.testing.sandbox(now=FakeClock(START), dedup=False)
    with http(sandbox) as client:
        day = START + timedelta(days=2)
        for i in range(25):  # Pinterest: 25 a day; spread over the day so the hourly cap is not the one hit
            when = (day.replace(hour=0, minute=0) + timedelta(minutes=50 * i)).isoformat()
            body = {"platforms": [{"platform": "pinterest", "accountId": "acc_pin"}], "scheduledFor": when}
            assert post(client, content=f"pin {i}", **body).status_code == 201
        late_in_day = (day.replace(hour=23, minute=30)).isoformat()
        pin = [{"platform": "pinterest", "accountId": "acc_pin"}]
        refused = post(client, content="one more", platforms=pin, scheduledFor=late_in_day)
        assert refused.status_code == 429
        details = refused.json()["details"]
        assert details == {
            "scope": "daily_publish_cap",
            "accountId": "acc_pin",
            "platform": "pinterest",
            "limit": 25,
        }
        assert "Retry-After" not in refused.headers  # scheduled for later: waiting does not help
        next_day = (day + timedelta(days=1)).replace(hour=0, minute=30).isoformat()
        assert post(client, content="tomorrow", platforms=pin, scheduledFor=next_day).status_code == 201
        other = [{"platform": "pinterest", "accountId": "acc_other"}]
        assert (
            post(client, content="other account", platforms=other, scheduledFor=late_in_day).status_code
            == 201
        )


def test_the_hourly_cap_counts_any_sixty_minutes() -> None:
    clock = FakeClock(START)
    sandbox = late.testing.sandbox(now=clock, dedup=False)
    with http(sandbox) as client:
        for i in range(25):
            assert post(client, content=f"now {i}", publishNow=True).status_code == 201
        refused = post(client, content="26th", publishNow=True)
        assert refused.status_code == 429
        assert refused.json()["details"]["scope"] == "hourly_publish_cap"
        assert refused.headers["Retry-After"] == "3600"  # when the first of the 25 leaves the hour
        later = post(client, content="in 59 minutes", scheduledFor=at(59))
        assert later.status_code == 429  # 12:59 is within an hour of the 25 at 12:00
        clock.advance(minutes=61)
        assert post(client, content="an hour later", publishNow=True).status_code == 201


def test_deleting_a_post_frees_its_place() -> None:
    sandbox = late.testing.sandbox(now=FakeClock(START), dedup=False)
    with http(sandbox) as client:
        ids = [post(client, content=f"p{i}", scheduledFor=at(10)).json()["post"]["_id"] for i in range(25)]
        assert post(client, content="full", scheduledFor=at(10)).status_code == 429
        assert client.delete(f"/v1/posts/{ids[0]}").status_code == 200
        assert post(client, content="room again", scheduledFor=at(10)).status_code == 201


def test_drafts_do_not_count_and_caps_can_be_turned_off() -> None:
    sandbox = late.testing.sandbox(now=FakeClock(START), dedup=False)
    with http(sandbox) as client:
        for i in range(30):
            assert post(client, content=f"draft {i}", isDraft=True).status_code == 201
    off = late.testing.sandbox(now=FakeClock(START), dedup=False, publish_caps=False)
    with http(off) as client:
        for i in range(30):
            assert post(client, content=f"now {i}", publishNow=True).status_code == 201


def tiktok(i: int, **fields: Any) -> dict[str, Any]:
    return {
        "content": f"clip {i}",
        "platforms": [{"platform": "tiktok", "accountId": "acc_tt"}],
        "mediaItems": [{"type": "video", "url": f"https://cdn.example/{i}.mp4"}],
        "tiktokSettings": TIKTOK_SETTINGS,
        **fields,
    }


def test_tiktok_past_its_cap_is_held_not_refused() -> None:
    clock = FakeClock(START)
    sandbox = late.testing.sandbox(now=clock, dedup=False)
    with http(sandbox) as client:
        for i in range(15):  # 15 videos, one every 90 minutes (under the hourly cap)
            answer = client.post("/v1/posts", json=tiktok(i, scheduledFor=at(90 * i)))
            assert answer.status_code == 201, answer.text
        held = client.post("/v1/posts", json=tiktok(15, scheduledFor=at(90 * 14 + 30)))
        assert held.status_code == 201
        entry = held.json()["post"]["platforms"][0]
        # It goes out when the first video (12:00) leaves the trailing 24 hours.
        assert entry["scheduledFor"].startswith((START + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:00"))
        photo = {
            **tiktok(16, scheduledFor=at(90 * 14 + 30)),
            "mediaItems": [{"type": "image", "url": "https://cdn.example/p.jpg"}],
        }
        photo_answer = client.post("/v1/posts", json=photo)
        assert photo_answer.status_code == 201
        assert "scheduledFor" not in photo_answer.json()["post"]["platforms"][0]  # photos counted apart
        post_id = held.json()["post"]["_id"]
        clock.advance(hours=23)
        assert sandbox.posts[post_id]["status"] == "scheduled"
        clock.advance(hours=1, minutes=1)
        assert sandbox.posts[post_id]["status"] == "published"


def test_tiktok_published_now_past_its_cap_is_held_too() -> None:
    clock = FakeClock(START)
    sandbox = late.testing.sandbox(now=clock, dedup=False)
    with http(sandbox) as client:
        for i in range(15):
            assert (
                client.post("/v1/posts", json=tiktok(i, scheduledFor=at(-60 * 20 + 70 * i))).status_code
                == 201
            )
        clock.advance(minutes=1)
        answer = client.post("/v1/posts", json=tiktok(99, publishNow=True))
        assert answer.status_code == 201
        assert answer.json()["post"]["status"] == "scheduled"
        assert answer.json()["post"]["platforms"][0]["status"] == "pending"
