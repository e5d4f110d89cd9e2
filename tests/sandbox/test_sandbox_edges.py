"""Sandbox answers that no other test reaches: its own routes, bad list parameters, an empty create body,
and an update that keeps each platform entry's stored state."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import late.testing

AUTH = {"Authorization": "Bearer sk_test_sandbox_edges"}


@pytest.fixture
def sandbox() -> late.testing.Sandbox:
    return late.testing.sandbox()


@pytest.fixture
def api(sandbox: late.testing.Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(transport=sandbox, base_url="https://sandbox.invalid/api", headers=AUTH) as client:
        yield client


def error_of(response: httpx.Response) -> tuple[int, Any]:
    return response.status_code, response.json().get("error")


def test_the_sandbox_routes_of_its_own(api: httpx.Client) -> None:
    assert api.get("/_sandbox/health").json() == {"ok": True}
    assert api.get("/_sandbox/nothing").status_code == 404
    assert api.get("/_sandbox/storage/some/key").status_code == 405


def test_a_create_without_a_body_is_a_400_asking_for_one(api: httpx.Client) -> None:
    response = api.post("/v1/posts", content=b"  ", headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert "Request body is required" in response.text


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"sortBy": "sideways"}, "sortBy must be one of"),
        ({"source": "elsewhere"}, "source must be zernio or external"),
        ({"tags": ",".join(f"t{i}" for i in range(21))}, "tags accepts at most 20 tags"),
        ({"fields": "content,colour"}, "Unknown field 'colour' in fields"),
        (
            {"source": "external", "fields": "content"},
            "fields and cursor are not available with source=external",
        ),
        ({"sortBy": "status", "cursor": "abc"}, "cursor is not available with sortBy=status"),
    ],
)
def test_a_bad_list_parameter_is_a_400_naming_it(
    api: httpx.Client, params: dict[str, str], fragment: str
) -> None:
    response = api.get("/v1/posts", params=params)
    assert response.status_code == 400
    assert fragment in response.text


def test_an_update_keeps_each_platform_entrys_stored_state_and_settings(
    api: httpx.Client, sandbox: late.testing.Sandbox
) -> None:
    created = api.post(
        "/v1/posts",
        json={
            "content": "Hi",
            "isDraft": True,
            "platforms": [
                {
                    "platform": "tiktok",
                    "accountId": "acc_tt",
                    "platformSpecificData": {"tiktokSettings": {"privacy_level": "SELF_ONLY"}},
                },
                {"platform": "twitter", "accountId": "acc_tw"},
                {
                    "platform": "instagram",
                    "accountId": "acc_ig",
                    "platformSpecificData": {"instagramSettings": {"a": 1}, "note": "old"},
                },
            ],
        },
    )
    assert created.status_code == 201, created.text
    post_id = created.json()["post"]["_id"]
    updated = api.put(
        f"/v1/posts/{post_id}",
        json={
            "platforms": [
                {"platform": "tiktok", "accountId": "acc_tt"},  # no platformSpecificData: the old one stays
                {
                    "platform": "twitter",
                    "accountId": "acc_tw",
                    "platformSpecificData": {"replySettings": "x"},
                },
                {"platform": "threads", "accountId": "acc_th"},  # new
                # a new platformSpecificData: its settings namespaces the request omitted are kept
                {"platform": "instagram", "accountId": "acc_ig", "platformSpecificData": {"note": "new"}},
            ]
        },
    )
    assert updated.status_code == 200, updated.text
    entries = {e["platform"]: e for e in sandbox.posts[post_id]["platforms"]}
    assert entries["tiktok"]["platformSpecificData"] == {"tiktokSettings": {"privacy_level": "SELF_ONLY"}}
    assert entries["twitter"]["platformSpecificData"] == {"replySettings": "x"}
    assert entries["instagram"]["platformSpecificData"] == {"note": "new", "instagramSettings": {"a": 1}}
    assert set(entries) == {"tiktok", "twitter", "threads", "instagram"}
