"""Tables for people (``--json`` prints the API's own fields instead)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from rich.markup import escape
from rich.table import Table

from late._views import account_view, post_view, profile_view

if TYPE_CHECKING:
    from late.bulk import BulkUploadResult
    from late.resources.media import MediaUploadResult

__all__ = [
    "accounts_table",
    "bulk_summary",
    "escape",
    "message",
    "post_answer",
    "posts_table",
    "profiles_table",
    "uploaded",
]

_STATUS_STYLE = {
    "published": "green",
    "scheduled": "cyan",
    "draft": "dim",
    "failed": "red",
    "partial": "yellow",
    "publishing": "blue",
}


def _status(value: str | None) -> str:
    text = value or "-"
    style = _STATUS_STYLE.get(text)
    return f"[{style}]{escape(text)}[/]" if style else escape(text)


def _targets(view: dict[str, Any]) -> str:
    parts = []
    for target in view.get("platforms", []):
        where = f"{target.get('platform', '?')}:{target.get('accountId', '?')}"
        status = target.get("status")
        parts.append(escape(f"{where} ({status})" if status else where))
    return "\n".join(parts)


def _short(text: str | None, width: int = 60) -> str:
    if not text:
        return ""
    line = " ".join(text.split())
    return escape(line if len(line) <= width else line[: width - 1] + "…")


def post_answer(answer: Any) -> Table:
    """One post (the answer of create, get, update or retry) as a two-column table, with the message."""
    view = post_view(answer.post)
    table = Table(show_header=False, title=escape(str(getattr(answer, "message", None) or "")) or None)
    table.add_column(style="bold")
    table.add_column()
    table.add_row("id", escape(view.get("id", "-")))
    table.add_row("status", _status(view.get("status")))
    table.add_row("scheduled for", escape(view.get("scheduledFor", "-")))
    if "timezone" in view:
        table.add_row("timezone", escape(view["timezone"]))
    table.add_row("platforms", _targets(view))
    for target in view.get("platforms", []):
        if "error" in target:
            table.add_row(
                f"error ({escape(target.get('platform', '?'))})", f"[red]{escape(target['error'])}[/]"
            )
    if "title" in view:
        table.add_row("title", escape(view["title"]))
    table.add_row("content", escape(view.get("content", "")))
    return table


def posts_table(posts: Iterable[Any]) -> Table:
    table = Table(title="Posts")
    for column in ("id", "status", "scheduled for (UTC)", "platforms", "content"):
        table.add_column(column)
    for post in posts:
        view = post_view(post)
        table.add_row(
            escape(view.get("id", "-")),
            _status(view.get("status")),
            escape(view.get("scheduledFor", "-")),
            _targets(view),
            _short(view.get("content")),
        )
    return table


def message(answer: Any, default: str) -> str:
    return escape(str(getattr(answer, "message", None) or default))


def accounts_table(accounts: Any) -> Table:
    table = Table(title="Accounts")
    for column in ("id", "platform", "username", "profile", "connected"):
        table.add_column(column)
    for account in accounts if isinstance(accounts, list) else []:
        view = account_view(account)
        profile = view.get("profileName") or view.get("profileId") or ""
        table.add_row(
            escape(view.get("id", "-")),
            escape(view.get("platform", "-")),
            escape(view.get("username", "")),
            escape(profile),
            "[green]yes[/]" if view["connected"] else "[red]needs reconnecting[/]",
        )
    return table


def profiles_table(profiles: Iterable[Any]) -> Table:
    table = Table(title="Profiles")
    for column in ("id", "name", "default", "accounts"):
        table.add_column(column)
    for profile in profiles:
        view = profile_view(profile)
        table.add_row(
            escape(view.get("id", "-")),
            escape(view.get("name", "")),
            "yes" if view.get("isDefault") else "",
            str(view.get("accountCount", "")),
        )
    return table


def bulk_summary(result: BulkUploadResult, *, dry_run: bool) -> Table:
    """The run's counts, then one line per row that failed or is invalid."""
    title = "Bulk upload (dry run)" if dry_run else "Bulk upload"
    verdict = "[green]ok[/]" if result["success"] else "[red]not ok[/]"
    table = Table(title=f"{title}: {verdict}", show_header=True)
    table.add_column("row", justify="right")
    table.add_column("outcome")
    table.add_column("detail")
    table.add_row("", "rows", str(result["totalRows"]))
    if not dry_run:
        table.add_row("", "created", str(result["created"]))
        table.add_row("", "failed", str(result.get("failed", 0)))
    for error in result["errors"]:
        status = f"HTTP {error['status']}" if "status" in error else "invalid"
        table.add_row(str(error["row"]), f"[red]{status}[/]", escape(error["message"]))
    return table


def uploaded(result: MediaUploadResult) -> Table:
    table = Table(title="Uploaded")
    for column in ("file", "url", "type", "bytes"):
        table.add_column(column)
    for file in result.files:
        table.add_row(escape(file.filename), escape(file.url), escape(file.content_type), f"{file.size:,}")
    return table
