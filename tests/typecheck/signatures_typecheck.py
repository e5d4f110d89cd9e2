"""What mypy --strict sees of the signatures (run by ``test_signatures_typecheck``): each sync method,
its async twin and ``with_raw_response`` of either, typed from the one definition."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import assert_type

from late import (
    Late,
    Post,
    PostCreateResponse,
    PostGetResponse,
    PostPublishIncompleteResponse,
    PostsListResponse,
    RawResponse,
    with_raw_response,
)
from late.resources.media import MediaUploadResult

Created = PostCreateResponse | PostPublishIncompleteResponse


def sync_calls(client: Late) -> None:
    assert_type(client.posts.get("p1", timeout=5), PostGetResponse)
    assert_type(client.posts.create(content="x", is_draft=True), Created)
    assert_type(client.posts.list(limit=10, status="draft"), PostsListResponse)
    assert_type(client.posts.iter(max_items=5), Iterator[Post])
    assert_type(client.media.upload(b"x", filename="a.png"), MediaUploadResult)


async def async_calls(client: Late) -> None:
    assert_type(await client.posts.aget("p1", timeout=5), PostGetResponse)
    assert_type(await client.posts.acreate(content="x", is_draft=True), Created)
    assert_type(client.posts.aiter(max_items=5), AsyncIterator[Post])
    assert_type(await client.media.aupload(b"x", filename="a.png"), MediaUploadResult)


async def raw_calls(client: Late) -> None:
    assert_type(with_raw_response(client.posts.get)("p1"), RawResponse[PostGetResponse])
    raw = await with_raw_response(client.posts.acreate)(content="x", is_draft=True)
    assert_type(raw, RawResponse[Created])
    assert_type(raw.parse(), Created)
    assert_type(raw.status_code, int)
    assert_type(raw.request_id, str | None)


def mistakes(client: Late) -> None:
    client.posts.get("p1", timout=5)  # E: unexpected keyword
    client.posts.edit("p1", content="x")  # E: platform is required
    with_raw_response(client.posts.get)(1)  # E: post_id is a str


async def async_mistakes(client: Late) -> None:
    await client.posts.acreate(content=1)  # E: content is a str
