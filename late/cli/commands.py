"""The ``late`` command: posts, bulk upload, media upload and accounts, as tables or ``--json``.

Exit codes: 0 success, 1 the API failed (an error answer, a network failure, rows whose create failed),
2 bad usage or input (typer's usage errors, and every ``LateValidationError``: the SDK's own checks,
made before anything is sent, and the API's 400/422). The key comes from ``LATE_API_KEY`` only (never
an argument, so it stays out of shell history) and is never printed; ``LATE_BASE_URL`` as for ``Late()``.
``--sandbox`` runs the command against an in-process sandbox seeded with the docs' accounts and a few
posts: a demo that needs no key and sends nothing anywhere.
"""

from __future__ import annotations

import inspect
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from late._exceptions import LateAPIError, LateAuthenticationError, LateValidationError
from late.cli import _render

if TYPE_CHECKING:
    from late._client import Late
    from late.resources.posts import Posts

__all__ = ["app", "main"]

EXIT_API = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # as a shell reports a command stopped by Ctrl-C

app = typer.Typer(
    name="late",
    help="Schedule and publish social-media posts through the Late API.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
posts_app = typer.Typer(help="Create, list, get, update, delete and retry posts; bulk-upload a CSV.")
media_app = typer.Typer(help="Upload media files.")
accounts_app = typer.Typer(help="The connected social accounts posts are published to.")
profiles_app = typer.Typer(help="The profiles that group accounts.")
for _sub, _name in (
    (posts_app, "posts"),
    (media_app, "media"),
    (accounts_app, "accounts"),
    (profiles_app, "profiles"),
):
    _sub.info.no_args_is_help = True
    app.add_typer(_sub, name=_name)

JsonFlag = Annotated[
    bool, typer.Option("--json", help="Print JSON (the API's field names) instead of a table.")
]
SandboxFlag = Annotated[
    bool,
    typer.Option("--sandbox", help="Run against an in-process sandbox: no API key needed, nothing sent."),
]

_err = Console(stderr=True, highlight=False, soft_wrap=True)


def _out() -> Console:
    return Console(highlight=False, soft_wrap=False)


def sandbox_client() -> Late:
    """A client on a new in-process sandbox with the docs' accounts and a few posts (``--sandbox``)."""
    from late.testing._demo import demo_client

    return demo_client()


def open_client(sandbox: bool) -> Late:
    if sandbox:
        return sandbox_client()
    from late._client import Late

    return Late()


@contextmanager
def handled() -> Iterator[None]:
    """Turn the SDK's errors into a message on stderr and the exit code; never a traceback."""
    try:
        yield
    except LateValidationError as err:
        _fail(err, EXIT_USAGE)
    except LateAuthenticationError as err:  # no key at all is a usage problem; a refused key, the API's
        if err.status_code is None:
            err.message += " (or try the command with --sandbox: no key needed)"
        _fail(err, EXIT_USAGE if err.status_code is None else EXIT_API)
    except LateAPIError as err:
        _fail(err, EXIT_API)
    except KeyboardInterrupt:
        _err.print("Interrupted. A bulk upload can be run again: rows already created are not posted twice.")
        raise typer.Exit(EXIT_INTERRUPTED) from None


def _fail(err: LateAPIError, code: int) -> None:
    where = f" (argument: {err.param})" if err.param else ""
    status = f" [HTTP {err.status_code}]" if err.status_code is not None else ""
    _err.print(f"[bold red]Error{status}:[/] {_render.escape(err.message)}{_render.escape(where)}")
    raise typer.Exit(code)


def _emit(data: Any, as_json: bool, table: Callable[[], Any]) -> None:
    if as_json:
        sys.stdout.write(json.dumps(data, indent=2, default=str, ensure_ascii=False) + "\n")
    else:
        _out().print(table())


def _targets(values: list[str] | None) -> list[dict[str, str]] | None:
    """``PLATFORM[:ACCOUNT_ID]`` options as platform entries (the SDK checks them)."""
    if not values:
        return None
    entries = []
    for value in values:
        platform, _, account = value.partition(":")
        entry = {"platform": platform}
        if account:
            entry["accountId"] = account
        entries.append(entry)
    return entries


# --- create and update: one table of options ---------------------------------------------------------

_KEYWORD = inspect.Parameter.KEYWORD_ONLY


def _option(name: str, hint: Any, *flags: str, **option: Any) -> inspect.Parameter:
    return inspect.Parameter(
        name, _KEYWORD, default=None, annotation=Annotated[hint, typer.Option(*flags, **option)]
    )


#: The options of ``posts create`` and ``posts update``: (parameter, what ``posts.create`` calls it).
_POST_OPTIONS: tuple[tuple[inspect.Parameter, str], ...] = (
    (_option("content", str | None, "--content", "-c", help="The post's text."), "content"),
    (
        _option(
            "platform",
            list[str] | None,
            "--platform",
            "-p",
            metavar="PLATFORM[:ACCOUNT_ID]",
            help="A target, e.g. twitter:acc_123 (repeat for several). Without an account id, the one "
            "connected account of that platform is used.",
        ),
        "platforms",
    ),
    (
        _option(
            "at",
            str | None,
            "--at",
            help="When to publish: ISO 8601, e.g. 2025-03-01T09:00 (with no offset: wall-clock time in "
            "--timezone, else this machine's zone) or 2025-03-01T09:00:00Z.",
        ),
        "scheduled_for",
    ),
    (
        _option(
            "timezone", str | None, "--timezone", "--tz", help="IANA zone for --at, e.g. America/New_York."
        ),
        "timezone",
    ),
    (_option("now", bool | None, "--now/--no-now", help="Publish immediately."), "publish_now"),
    (_option("draft", bool | None, "--draft/--no-draft", help="Save as a draft."), "is_draft"),
    (_option("media", list[str] | None, "--media", "-m", help="A media URL (repeatable)."), "media_items"),
    (_option("title", str | None, "--title", help="A title (YouTube, Reddit, Pinterest...)."), "title"),
    (_option("tag", list[str] | None, "--tag", help="A tag (repeatable)."), "tags"),
)
_OUTPUT_OPTIONS = (
    inspect.Parameter("as_json", _KEYWORD, default=False, annotation=JsonFlag),
    inspect.Parameter("sandbox", _KEYWORD, default=False, annotation=SandboxFlag),
)
_POST_ID = inspect.Parameter(
    "post_id",
    inspect.Parameter.POSITIONAL_OR_KEYWORD,
    annotation=Annotated[str, typer.Argument(help="The post's id.")],
)


def _post_params(given: dict[str, Any]) -> dict[str, Any]:
    """The options given on the command line, as ``posts.create``/``update`` take them."""
    params: dict[str, Any] = {}
    for parameter, name in _POST_OPTIONS:
        value = given.get(parameter.name)
        if name == "platforms":
            value = _targets(value)
        elif name == "media_items":
            value = [{"url": url} for url in value] if value else None
        elif name == "tags":
            value = value or None
        if value is not None:
            params[name] = value
    return params


def _command(
    typer_app: typer.Typer, name: str, doc: str, parameters: list[inspect.Parameter], run: Callable[..., None]
) -> None:
    """Register ``run(**options)`` as ``name`` with these parameters (typer reads ``__signature__``)."""

    def command(**options: Any) -> None:
        run(**options)

    command.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    command.__doc__ = doc
    command.__name__ = name.replace("-", "_")
    typer_app.command(name)(command)


def _create(*, idempotency_key: str | None, as_json: bool, sandbox: bool, **options: Any) -> None:
    params = _post_params(options)
    if idempotency_key is not None:
        params["idempotency_key"] = idempotency_key
    with handled(), open_client(sandbox) as client:
        answer = client.posts.create(**params)
        _emit(answer.to_dict(), as_json, lambda: _render.post_answer(answer))


def _update(post_id: str, *, as_json: bool, sandbox: bool, **options: Any) -> None:
    with handled(), open_client(sandbox) as client:
        answer = client.posts.update(post_id, **_post_params(options))
        _emit(answer.to_dict(), as_json, lambda: _render.post_answer(answer))


_IDEMPOTENCY_KEY = _option(
    "idempotency_key", str | None, "--idempotency-key", help="Makes re-running this command safe."
)
_command(
    posts_app,
    "create",
    "Create a post: scheduled (--at), published now (--now) or a draft.",
    [p for p, _ in _POST_OPTIONS] + [_IDEMPOTENCY_KEY, *_OUTPUT_OPTIONS],
    _create,
)
_command(
    posts_app,
    "update",
    "Change a draft, scheduled, failed or partial post: only the options given are sent.",
    [_POST_ID] + [p for p, _ in _POST_OPTIONS] + list(_OUTPUT_OPTIONS),
    _update,
)


def _by_id(name: str, doc: str, call: Callable[[Posts, str], Any], table: Callable[[Any, str], Any]) -> None:
    """``posts get|delete|retry POST_ID``: one call by id, the answer as a table or JSON."""

    def run(post_id: str, *, as_json: bool, sandbox: bool) -> None:
        with handled(), open_client(sandbox) as client:
            answer = call(client.posts, post_id)
            _emit(answer.to_dict(), as_json, lambda: table(answer, post_id))

    _command(posts_app, name, doc, [_POST_ID, *_OUTPUT_OPTIONS], run)


_by_id("get", "Show one post.", lambda posts, i: posts.get(i), lambda answer, _: _render.post_answer(answer))
_by_id(
    "delete",
    "Delete a post that is not published.",
    lambda posts, i: posts.delete(i),
    lambda answer, post_id: _render.message(answer, f"Deleted {post_id}"),
)
_by_id(
    "retry",
    "Publish a failed or partial post again.",
    lambda posts, i: posts.retry(i),
    lambda answer, _: _render.post_answer(answer),
)


@posts_app.command("list")
def posts_list(
    status: Annotated[
        str | None, typer.Option(help="draft, scheduled, published, failed, partial...")
    ] = None,
    platform: Annotated[str | None, typer.Option(help="Only posts to this platform.")] = None,
    profile_id: Annotated[str | None, typer.Option("--profile-id", help="Only this profile's posts.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="From this date, YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Up to this date, YYYY-MM-DD.")] = None,
    account_id: Annotated[
        str | None,
        typer.Option("--account-id", help="Only posts to this account (see `late accounts list`)."),
    ] = None,
    search: Annotated[str | None, typer.Option(help="Only posts whose text contains this.")] = None,
    tag: Annotated[
        list[str] | None,
        typer.Option("--tag", help="Only posts carrying this tag; repeat it for several (all must match)."),
    ] = None,
    sort_by: Annotated[
        str | None,
        typer.Option(
            "--sort-by",
            help="scheduled-desc (default), scheduled-asc, created-desc, created-asc, status, platform.",
        ),
    ] = None,
    created_by: Annotated[
        str | None, typer.Option("--created-by", help="Only posts created by this team user (user id).")
    ] = None,
    source: Annotated[
        str | None,
        typer.Option(
            help="zernio (default: posts made through the API) or external (synced from the platform)."
        ),
    ] = None,
    include_hidden: Annotated[
        bool, typer.Option("--include-hidden", help="Also list the posts hidden from the dashboard.")
    ] = False,
    limit: Annotated[int, typer.Option(help="Posts per page (1-500).")] = 20,
    page: Annotated[int | None, typer.Option(help="Page number.")] = None,
    all_pages: Annotated[bool, typer.Option("--all", help="Every matching post, page after page.")] = False,
    as_json: JsonFlag = False,
    sandbox: SandboxFlag = False,
) -> None:
    """List posts, newest scheduled first."""
    filters: dict[str, Any] = {
        "status": status,
        "platform": platform,
        "profile_id": profile_id,
        "date_from": date_from,
        "date_to": date_to,
        "account_id": account_id,
        "search": search,
        "tags": tag or None,
        "sort_by": sort_by,
        "created_by": created_by,
        "source": source,
        "include_hidden": include_hidden or None,
        "limit": limit,
        "page": page,
    }
    filters = {name: value for name, value in filters.items() if value is not None}
    with handled(), open_client(sandbox) as client:
        if all_pages:
            posts = list(client.posts.iter(**filters))
            data: Any = {"posts": [post.to_dict() for post in posts]}
        else:
            answer = client.posts.list(**filters)
            posts = answer.posts if isinstance(answer.posts, list) else []
            data = answer.to_dict()
        _emit(data, as_json, lambda: _render.posts_table(posts))


@posts_app.command("bulk-upload")
def posts_bulk_upload(
    file: Annotated[Path, typer.Argument(help="A CSV file: content,platform,account_id,scheduled_for,...")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Only check every row; send nothing.")] = False,
    concurrency: Annotated[int, typer.Option(help="Creates in flight at a time.")] = 4,
    as_json: JsonFlag = False,
    sandbox: SandboxFlag = False,
) -> None:
    """Create one post per CSV row, with a live progress bar; re-running the file never posts twice."""
    from late.bulk import check_path
    from late.cli._progress import bulk_progress

    with handled(), open_client(sandbox) as client:
        check_path(file)  # the library's own check, before a bar is drawn for a file that is not there
        with bulk_progress(_err, quiet=as_json) as progress:
            result = client.posts.bulk_upload(file, dry_run, max_concurrency=concurrency, progress=progress)
        _emit(result, as_json, lambda: _render.bulk_summary(result, dry_run=dry_run))
    if not result["success"]:
        raise typer.Exit(EXIT_API if result.get("failed") else EXIT_USAGE)


@media_app.command("upload")
def media_upload(
    file: Annotated[Path, typer.Argument(help="The file to upload (image, video, PDF...).")],
    content_type: Annotated[
        str | None, typer.Option("--content-type", help="The MIME type (default: from the name).")
    ] = None,
    as_json: JsonFlag = False,
    sandbox: SandboxFlag = False,
) -> None:
    """Upload a file, with a progress bar; prints the URL to use in a post's media."""
    from late.cli._progress import upload_progress

    with handled(), open_client(sandbox) as client:
        with upload_progress(_err, file.name, quiet=as_json) as progress:
            result = client.media.upload(file, content_type=content_type, progress=progress)
        _emit(result.to_dict(), as_json, lambda: _render.uploaded(result))


@accounts_app.command("list")
def accounts_list(
    platform: Annotated[str | None, typer.Option(help="Only this platform's accounts.")] = None,
    profile_id: Annotated[
        str | None, typer.Option("--profile-id", help="Only this profile's accounts.")
    ] = None,
    status: Annotated[str | None, typer.Option(help="connected or disconnected.")] = None,
    search: Annotated[str | None, typer.Option(help="Part of a username or display name, or an id.")] = None,
    as_json: JsonFlag = False,
    sandbox: SandboxFlag = False,
) -> None:
    """List the connected accounts (their ids go into a post's --platform PLATFORM:ACCOUNT_ID)."""
    filters: dict[str, Any] = {
        "platform": platform,
        "profile_id": profile_id,
        "status": status,
        "search": search,
    }
    with handled(), open_client(sandbox) as client:
        answer = client.accounts.list(**{name: value for name, value in filters.items() if value is not None})
        _emit(answer.to_dict(), as_json, lambda: _render.accounts_table(answer.accounts))


@profiles_app.command("list")
def profiles_list(as_json: JsonFlag = False, sandbox: SandboxFlag = False) -> None:
    """List the profiles, default first."""
    with handled(), open_client(sandbox) as client:
        answer = client.profiles.list()
        profiles = answer.profiles if isinstance(answer.profiles, list) else []
        _emit(answer.to_dict(), as_json, lambda: _render.profiles_table(profiles))


def main() -> None:
    """The console script's entry point."""
    app()
