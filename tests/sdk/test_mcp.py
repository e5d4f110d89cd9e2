"""late-mcp: the tools listed, their schemas read off the facade, calls through an mcp client session."""

from __future__ import annotations

import inspect
import json
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from mcp import Client, StdioServerParameters

import late.testing
from late import Late
from late.mcp import TOOLS, build_server
from late.mcp._schema import input_schema
from late.resources.posts import Posts

TOOL_NAMES = {
    "list_accounts",
    "list_profiles",
    "list_posts",
    "get_post",
    "create_post",
    "update_post",
    "delete_post",
    "retry_post",
    "retry_failed_posts",
    "upload_media",
}


@pytest.fixture
def sandbox() -> late.testing.Sandbox:
    return late.testing.sandbox(seed=5)


@pytest.fixture
def server(sandbox: late.testing.Sandbox) -> Any:
    client = Late(api_key="sk_test_mcp", transport=sandbox, max_retries=0)
    return build_server(lambda: client)


async def call(session: Client, name: str, **arguments: Any) -> Any:
    result = await session.call_tool(name, arguments)
    text = result.content[0].text  # type: ignore[union-attr]
    if result.is_error:
        return ("error", text)
    assert result.structured_content == json.loads(text)
    return json.loads(text)


async def test_lists_the_tools_with_schemas_from_the_facade(server: Any) -> None:
    async with Client(server, mode="legacy") as session:  # the initialize handshake, JSON-RPC framed
        tools = {tool.name: tool for tool in (await session.list_tools()).tools}
    assert set(tools) == TOOL_NAMES
    create = tools["create_post"]
    properties = create.input_schema["properties"]
    # Every keyword of the facade's create, and none of the per-call options.
    keywords = set(inspect.signature(Posts.create).parameters) - {"self"}
    assert set(properties) == keywords - {"max_retries", "timeout", "deadline"}
    assert properties["scheduled_for"]["type"] == "string"
    assert "IANA" in properties["scheduled_for"]["description"]
    assert properties["publish_now"] == {"type": "boolean"} or properties["publish_now"]["type"] == "boolean"
    assert create.description and "Create a post" in create.description
    assert tools["get_post"].input_schema["required"] == ["post_id"]
    assert "twitter" in tools["list_posts"].input_schema["properties"]["platform"]["enum"]
    assert "status" not in tools["retry_failed_posts"].input_schema["properties"]
    assert (
        tools["list_accounts"].annotations is not None and tools["list_accounts"].annotations.read_only_hint
    )
    assert tools["delete_post"].annotations is not None and tools["delete_post"].annotations.destructive_hint


def _facade_method(
    item_id: str,
    *,
    loud: bool = False,
    colour: str | None = None,
    when: datetime | str | None = None,
    sizes: Sequence[int] | None = None,
    timeout: float | None = None,
) -> None:
    """Find an item.

    Args:
        item_id: the item
        loud: say it aloud
        colour: the colour to match
        when: when it was seen
        sizes: sizes to match
        timeout: seconds
    """


def test_the_schema_is_read_off_any_facade_signature() -> None:
    """There is no second list: a new keyword is a new schema property, its Args: line its description."""
    schema = input_schema(_facade_method)
    when = schema["properties"].pop("when")
    assert schema == {
        "type": "object",
        "properties": {
            "item_id": {"type": "string", "description": "the item"},
            "loud": {"type": "boolean", "description": "say it aloud"},
            "colour": {"type": "string", "description": "the colour to match"},
            "sizes": {"type": "array", "items": {"type": "integer"}, "description": "sizes to match"},
        },
        "required": ["item_id"],
    }
    assert when["type"] == "string" and when["description"].startswith("when it was seen. ISO 8601")
    assert input_schema(Posts.get) == {
        "type": "object",
        "properties": {"post_id": {"type": "string", "description": "the post's id (post._id)"}},
        "required": ["post_id"],
    }
    assert "accountId" in input_schema(Posts.create)["properties"]["platforms"]["description"]


async def test_create_with_a_naive_time_and_a_zone_then_read_it_back(
    server: Any, sandbox: late.testing.Sandbox
) -> None:
    async with Client(server) as session:
        accounts = await call(session, "list_accounts", platform="twitter")
        account_id = accounts["accounts"][0]["id"]
        made = await call(
            session,
            "create_post",
            content="Hello from an assistant",
            platforms=[{"platform": "twitter", "accountId": account_id}],
            scheduled_for="2030-07-01T09:30:00",
            timezone="Europe/Paris",
        )
        post = made["post"]
        assert post["scheduledFor"] == "2030-07-01T07:30:00Z"  # 09:30 in Paris (CEST, UTC+2), exactly
        assert post["scheduledForLocal"] == "2030-07-01T09:30:00+02:00"
        assert post["status"] == "scheduled"
        read = await call(session, "get_post", post_id=post["id"])
        assert read["post"]["scheduledFor"] == "2030-07-01T07:30:00Z"
        assert read["post"]["content"] == "Hello from an assistant"
        listed = await call(session, "list_posts", status="scheduled")
        assert [p["id"] for p in listed["posts"]] == [post["id"]]
        changed = await call(session, "update_post", post_id=post["id"], content="Edited")
        assert changed["post"]["content"] == "Edited"
        gone = await call(session, "delete_post", post_id=post["id"])
        assert gone["deleted"] == post["id"]
    assert sandbox.posts == {}


async def test_errors_are_tool_errors_with_the_sdks_message_and_send_nothing(
    server: Any, sandbox: late.testing.Sandbox
) -> None:
    async with Client(server) as session:
        zone = await call(
            session,
            "create_post",
            content="x",
            platforms=[{"platform": "twitter", "accountId": "acc_123"}],
            scheduled_for="2030-07-01T09:30:00",
            timezone="Europe/Pariss",
        )
        assert zone[0] == "error" and "Europe/Paris" in zone[1] and "timezone" in zone[1]
        typo = await call(session, "create_post", content="x", platfroms=[], is_draft=True)
        assert typo[0] == "error" and "did you mean 'platforms'" in typo[1]
        missing = await call(session, "get_post")
        assert missing == ("error", "post_id is required (argument: post_id)")
        wrong_type = await call(session, "list_posts", limit="ten")
        assert wrong_type[0] == "error" and "limit" in wrong_type[1]
        unknown = await call(session, "launch_rocket")
        assert unknown[0] == "error" and "list_accounts" in unknown[1]
        assert sandbox.requests == []  # none of them sent anything
        not_found = await call(session, "get_post", post_id="nope")
        assert not_found == ("error", "HTTP 404: Post not found (argument: postId)")
        for text in (zone[1], typo[1], not_found[1]):
            assert "Traceback" not in text


async def test_retry_one_and_retry_all_failed(server: Any, sandbox: late.testing.Sandbox) -> None:
    for n in range(3):
        sandbox.seed_post(
            f"failed_{n}",
            content=f"f{n}",
            status="failed",
            platforms=[{"platform": "twitter", "accountId": "acc_123"}],
        )
    sandbox.seed_post(
        "fine", content="ok", status="draft", platforms=[{"platform": "twitter", "accountId": "acc_123"}]
    )
    async with Client(server) as session:
        one = await call(session, "retry_post", post_id="failed_0")
        assert one["post"]["status"] == "published"
        rest = await call(session, "retry_failed_posts")
        assert sorted(p["id"] for p in rest["retried"]) == ["failed_1", "failed_2"]
        assert rest["errors"] == []
        refused = await call(session, "retry_failed_posts", status="draft")
        assert refused[0] == "error" and "sets status itself" in refused[1]
    assert {pid: doc["status"] for pid, doc in sandbox.posts.items()}["fine"] == "draft"


async def test_upload_media_from_a_local_path(
    server: Any, sandbox: late.testing.Sandbox, tmp_path: Path
) -> None:
    photo = tmp_path / "cat.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 1000)
    async with Client(server) as session:
        done = await call(session, "upload_media", file=str(photo))
        assert (
            done["files"][0]["url"].startswith("https://")
            and done["files"][0]["size"] == photo.stat().st_size
        )
        absent = await call(session, "upload_media", file=str(tmp_path / "none.png"))
        assert absent[0] == "error" and "none.png" in absent[1]
        profiles = await call(session, "list_profiles")
        assert profiles["profiles"][0]["name"] == "Personal Brand"


async def test_stdio_server_with_the_sandbox() -> None:
    """``late-mcp --sandbox`` as an MCP client launches it: over stdio, no key."""
    params = StdioServerParameters(
        command=sys.executable, args=["-m", "late.mcp", "--sandbox"], env={"LATE_API_KEY": ""}
    )
    async with Client(params) as session:
        tools = {tool.name for tool in (await session.list_tools()).tools}
        assert tools == TOOL_NAMES
        result = await session.call_tool("get_post", {"post_id": "post_123"})
        assert not result.is_error
        assert json.loads(result.content[0].text)["post"]["status"] == "failed"  # type: ignore[union-attr]


def test_every_tool_names_a_facade_method() -> None:
    assert {tool.name for tool in TOOLS} == TOOL_NAMES
    for tool in TOOLS:
        assert tool.method.__module__.startswith("late.resources."), tool.name


async def test_streamable_http(server: Any) -> None:
    """``late-mcp --http`` serves the same tools over streamable HTTP (here on a loopback socket)."""
    import socket
    import threading

    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    web = uvicorn.Server(uvicorn.Config(server.streamable_http_app(), log_level="warning"))
    thread = threading.Thread(target=web.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        async with Client(f"http://127.0.0.1:{port}/mcp") as session:
            assert {tool.name for tool in (await session.list_tools()).tools} == TOOL_NAMES
            accounts = await call(session, "list_accounts", platform="linkedin")
            assert [a["id"] for a in accounts["accounts"]] == ["li_456"]
    finally:
        web.should_exit = True
        thread.join(timeout=10)
        sock.close()
