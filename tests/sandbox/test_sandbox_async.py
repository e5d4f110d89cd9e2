"""The sandbox as a transport for httpx.AsyncClient."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import httpx
import pytest

import late.testing
from late.testing import FakeClock, Sandbox

AUTH = {"Authorization": "Bearer sk_test_async"}
PLATFORMS = [{"platform": "bluesky", "accountId": "bsky_1"}]


@pytest.fixture
def sandbox() -> Sandbox:
    return late.testing.sandbox(now=FakeClock(datetime(2030, 6, 1, tzinfo=UTC)))


@pytest.fixture
async def client(sandbox: Sandbox) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=sandbox, base_url="https://getlate.dev/api", headers=AUTH) as c:
        yield c


async def test_async_create_get_list(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    created = await client.post(
        "/v1/posts", json={"content": "async", "platforms": PLATFORMS, "publishNow": True}
    )
    assert created.status_code == 201
    post_id = created.json()["post"]["_id"]
    got = await client.get(f"/v1/posts/{post_id}")
    assert got.json()["post"]["status"] == "published"
    listed = await client.get("/v1/posts", params={"platform": "bluesky"})
    assert [p["_id"] for p in listed.json()["posts"]] == [post_id]
    assert list(sandbox.posts) == [post_id]


async def test_async_unauthenticated(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/posts", headers={"Authorization": ""})
    assert response.status_code == 401
    assert response.json()["code"] == "missing_credentials"


async def test_async_concurrent_creates(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    responses = await asyncio.gather(
        *(
            client.post("/v1/posts", json={"content": f"n{i}", "platforms": PLATFORMS, "publishNow": True})
            for i in range(20)
        )
    )
    assert [r.status_code for r in responses] == [201] * 20
    assert len(sandbox.posts) == 20


async def test_async_drop_after_and_idempotent_retry(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    sandbox.faults.add("POST", "/v1/posts", drop=True, after=True)
    data = {"content": "once", "platforms": PLATFORMS, "publishNow": True}
    with pytest.raises(httpx.RemoteProtocolError):
        await client.post("/v1/posts", json=data, headers={"Idempotency-Key": "a-1"})
    retry = await client.post("/v1/posts", json=data, headers={"Idempotency-Key": "a-1"})
    assert retry.status_code == 200
    assert len(sandbox.posts) == 1


async def test_async_delay_is_a_read_timeout(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    sandbox.faults.add("GET", "/v1/posts", delay=30)
    with pytest.raises(httpx.ReadTimeout):
        await client.get("/v1/posts")  # raised at once, without waiting 30 s
    assert (await client.get("/v1/posts")).status_code == 200


async def test_async_streamed_upload(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    presigned = (
        await client.post("/v1/media/presign", json={"filename": "a.png", "contentType": "image/png"})
    ).json()
    piece = b"\x89PNG" * 4096

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(8):
            yield piece

    async with httpx.AsyncClient(transport=sandbox) as storage:
        response = await storage.put(presigned["uploadUrl"], content=chunks())
        assert response.status_code == 200
        denied = await storage.put(presigned["uploadUrl"], content=b"x", headers=AUTH)
        assert denied.status_code == 403
    upload = sandbox.uploads[presigned["key"]]
    assert upload.size == 8 * len(piece)
    assert upload.sha256 == hashlib.sha256(piece * 8).hexdigest()
