"""The tools of ``late-mcp``, on the official ``mcp`` SDK's low-level ``Server``.

Each tool is one facade method: its input schema and description are read off that method (see
``_schema``), and a call hands the JSON arguments to it as keywords, so the SDK's own validation judges
them (a bad call raises ``LateValidationError`` before anything is sent). Answers are JSON: a post's
id, status and the exact instant it is scheduled for (UTC), with its zone and the same instant there.
Every error, the SDK's or any other, comes back as a tool error carrying the message, never a traceback.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import mcp.types as types
from mcp.server import Server, ServerRequestContext

from late._exceptions import LateAPIError, LateValidationError
from late._views import account_view, post_view, profile_view
from late.mcp._schema import describe, input_schema
from late.resources.accounts import Accounts, Profiles
from late.resources.media import Media
from late.resources.posts import Posts

if TYPE_CHECKING:
    from late._client import Late

__all__ = ["TOOLS", "Tool", "build_server"]

#: The most posts ``retry_failed_posts`` retries in one call.
MAX_RETRY_ALL = 100

Handler = Callable[["Late", dict[str, Any]], Awaitable[Any]]


@dataclass(frozen=True)
class Tool:
    name: str
    method: Callable[..., Any]  # the sync facade method: its signature and docstring describe the tool
    run: Handler
    read_only: bool = False
    destructive: bool = False
    idempotent: bool = False
    note: str = ""  # said after the method's docstring
    summary: str = ""  # said instead of the method's docstring (a tool that is more than one call)
    skip: tuple[str, ...] = ()  # the method's parameters the tool sets itself

    def schema(self) -> dict[str, Any]:
        return input_schema(self.method, skip=self.skip)

    def definition(self) -> types.Tool:
        return types.Tool(
            name=self.name,
            description=self.summary or describe(self.method, self.note),
            input_schema=self.schema(),
            annotations=types.ToolAnnotations(
                read_only_hint=self.read_only,
                destructive_hint=self.destructive,
                idempotent_hint=self.idempotent,
            ),
        )


def _post_answer(answer: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"post": post_view(answer.post)}
    message = getattr(answer, "message", None)
    if message:
        out["message"] = message
    return out


async def _create(client: Late, args: dict[str, Any]) -> Any:
    return _post_answer(await client.posts.acreate(**args))


async def _update(client: Late, args: dict[str, Any]) -> Any:
    post_id = args.pop("post_id")
    return _post_answer(await client.posts.aupdate(post_id, **args))


async def _get(client: Late, args: dict[str, Any]) -> Any:
    post_id = args.pop("post_id")
    return _post_answer(await client.posts.aget(post_id, **args))


async def _delete(client: Late, args: dict[str, Any]) -> Any:
    post_id = args.pop("post_id")
    answer = await client.posts.adelete(post_id, **args)
    return {"deleted": post_id, "message": answer.message}


async def _retry(client: Late, args: dict[str, Any]) -> Any:
    post_id = args.pop("post_id")
    return _post_answer(await client.posts.aretry(post_id, **args))


async def _list_posts(client: Late, args: dict[str, Any]) -> Any:
    page = await client.posts.alist(**args)
    posts = page.posts or []
    out: dict[str, Any] = {"posts": [post_view(post) for post in posts]}
    pagination = page.pagination
    if pagination is not None:
        out["pagination"] = pagination.to_dict()
    return out


async def _retry_failed(client: Late, args: dict[str, Any]) -> Any:
    """Every failed post (of the filters given), retried one after another; each outcome reported."""
    retried: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    async for post in client.posts.aiter(**args, status="failed", max_items=MAX_RETRY_ALL):
        post_id = str(post.field_id or "")
        try:
            retried.append(_post_answer(await client.posts.aretry(post_id))["post"])
        except LateAPIError as err:
            errors.append({"id": post_id, "error": err.message})
    return {"retried": retried, "errors": errors}


async def _list_accounts(client: Late, args: dict[str, Any]) -> Any:
    page = await client.accounts.alist(**args)
    out: dict[str, Any] = {"accounts": [account_view(a) for a in page.accounts]}
    pagination = page.pagination
    if pagination is not None:
        out["pagination"] = pagination.to_dict()
    return out


async def _list_profiles(client: Late, args: dict[str, Any]) -> Any:
    page = await client.profiles.alist(**args)
    return {"profiles": [profile_view(p) for p in page.profiles or []]}


async def _upload(client: Late, args: dict[str, Any]) -> Any:
    file = args.pop("file")
    if not isinstance(file, str):  # only a path comes over JSON; bytes or file objects cannot
        raise LateValidationError("file must be the path of a local file, as a string", param="file")
    result = await client.media.aupload(file, **args)
    return result.to_dict()


TOOLS: tuple[Tool, ...] = (
    Tool("list_accounts", Accounts.list, _list_accounts, read_only=True, idempotent=True),
    Tool("list_profiles", Profiles.list, _list_profiles, read_only=True, idempotent=True),
    Tool("list_posts", Posts.list, _list_posts, read_only=True, idempotent=True),
    Tool("get_post", Posts.get, _get, read_only=True, idempotent=True),
    Tool(
        "create_post",
        Posts.create,
        _create,
        note="To cross-post, name several platforms. Each platform entry is {platform, accountId}; "
        "list_accounts gives the ids, and an entry may leave accountId out where exactly one account "
        "of its platform is connected. The answer has the post's status and scheduledFor, the exact "
        "instant in UTC (and scheduledForLocal in the post's timezone).",
    ),
    Tool("update_post", Posts.update, _update, idempotent=True),
    Tool("delete_post", Posts.delete, _delete, destructive=True, idempotent=True),
    Tool("retry_post", Posts.retry, _retry),
    Tool(
        "retry_failed_posts",
        Posts.list,
        _retry_failed,
        summary=f"Retry every failed post matching the filters (at most {MAX_RETRY_ALL}), one after "
        "another: publish each again. The answer lists each retried post (with its new status) and "
        "each post whose retry failed, with the reason.",
        skip=("status", "page", "cursor", "limit"),
    ),
    Tool(
        "upload_media",
        Media.upload,
        _upload,
        note="file: the path of a local file on the machine this server runs on. The answer's "
        "files[0].url goes into a post's media_items as {'url': ...}.",
    ),
)
_BY_NAME = {tool.name: tool for tool in TOOLS}


def _error(text: str) -> types.CallToolResult:
    return types.CallToolResult(content=[types.TextContent(text=text)], is_error=True)


async def call(
    client_factory: Callable[[], Late], name: str, arguments: Mapping[str, Any] | None
) -> types.CallToolResult:
    """Run one tool; the answer as JSON text (and structured content), or a tool error with the message."""
    tool = _BY_NAME.get(name)
    if tool is None:
        return _error(f"Unknown tool {name!r}; the tools are: {', '.join(_BY_NAME)}")
    args = dict(arguments or {})
    for needed in tool.schema().get("required", []):
        if needed not in args:
            return _error(f"{needed} is required (argument: {needed})")
    for name in tool.skip:
        if name in args:
            return _error(f"{tool.name} sets {name} itself: leave it out (argument: {name})")
    try:
        answer = await tool.run(client_factory(), args)
    except LateAPIError as err:
        where = f" (argument: {err.param})" if err.param else ""
        status = f"HTTP {err.status_code}: " if err.status_code is not None else ""
        return _error(f"{status}{err.message}{where}")
    except Exception as exc:  # anything else is still an answer, never a traceback
        return _error(f"{type(exc).__name__}: {exc}")
    text = json.dumps(answer, ensure_ascii=False, default=str)
    return types.CallToolResult(content=[types.TextContent(text=text)], structured_content=json.loads(text))


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("late-python")
    except PackageNotFoundError:  # pragma: no cover - run from a source tree
        return "0"


def build_server(client_factory: Callable[[], Late]) -> Server[Any]:
    """The MCP server; ``client_factory`` gives the ``Late`` client every call uses (called per call)."""

    async def list_tools(
        ctx: ServerRequestContext[Any], params: types.PaginatedRequestParams | None
    ) -> types.ListToolsResult:
        return types.ListToolsResult(tools=[tool.definition() for tool in TOOLS])

    async def call_tool(
        ctx: ServerRequestContext[Any], params: types.CallToolRequestParams
    ) -> types.CallToolResult:
        return await call(client_factory, params.name, params.arguments)

    return Server(
        "late",
        version=_version(),
        instructions=(
            "Schedule and publish social-media posts through the Late API. Find account ids with "
            "list_accounts; times are ISO 8601 strings, with an IANA `timezone` for a time without "
            "an offset; every post answer says its status and the exact UTC instant it is scheduled for."
        ),
        on_list_tools=list_tools,
        on_call_tool=call_tool,
    )
