"""``posts.bulk_upload``: create one post per CSV row, client side, losing nothing and never posting twice.

The CSV (the docs' format)::

    content,platform,account_id,scheduled_for,title,media_url,tags
    "Hello world!",twitter,acc123,2024-12-25T10:00:00Z,,,
    "LinkedIn post",linkedin,acc456,2024-12-25T11:00:00Z,My Title,,tag1|tag2

* Columns in any order, names case-insensitive. The API's own names are aliases: ``post_content``
  (content), ``platforms`` (platform), ``schedule_time`` (scheduled_for), ``media_urls`` (media_url), and
  ``timezone``/``tz`` sets the zone a date without an offset is read in. ``platform`` and ``account_id``
  are required columns; any other column is an error for the whole file (never silently ignored).
* One platform target per row. ``tags`` and ``media_url`` hold several values separated by ``|``; a
  media item's type is inferred from the URL's extension (video, gif, document, else image).
* Every row needs ``scheduled_for`` (the API's bulk upload also requires a schedule) and goes through
  exactly the checks and date rules of ``posts.create``: it is built by the same ``Posts._create``.
* ``row`` numbers are what a spreadsheet shows: the header is row 1, a quoted field spanning lines is one
  row, and blank rows count but are skipped.

The file is read as a stream (UTF-8, an optional BOM) in two passes, never held in memory: the first
validates every row (a dry run stops there and sends nothing); a real run creates nothing unless every
row is valid, then the second pass creates the posts with bounded concurrency.

Nothing twice: each create carries the ``Idempotency-Key`` ``bulk-row-<n>-<digest of the row's values>``,
the same on every retry and on every run, so re-running a file after a crash or a timeout (within the
API's 24 h idempotency window) returns the posts already made instead of making new ones. Fixing one
bad row and running the file again changes only that row's key: the others are replayed, not re-posted.
(Inserting or deleting rows above a row renumbers it, and so changes its key.)
Nothing lost: a row whose create fails after the transport's
retries is reported in ``errors`` with the API's message, the other rows still go through, and
``posts`` says which row made which post.

Within the API's limits: the client paces every create by the API's rate-limit headers (see
``late/_http/ratelimit.py``), and a row turned away by the request limit (a 429 whose ``Retry-After``
is within ``max_retry_after``) after the transport's retries is sent again, up to ``ROW_RESENDS`` times,
so a long run loses no row to the rate limit. The first pass also checks the file against the per-account
publish caps (``late/_publish_caps.py``): rows past a day's or an hour's cap, or past TikTok's, are
reported in ``warnings`` (the file stays valid: the API decides). A progress callback that takes a
``waiting`` keyword is also told when the run waits for the rate limit: ``progress(done, total,
waiting=seconds)``; one that takes only ``(done, total)`` is called as before.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import difflib
import functools
import hashlib
import inspect
import itertools
import json
import operator
import os
import re
import stat
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Final, NotRequired, TypedDict
from urllib.parse import urlsplit

from late._exceptions import LateAPIError, LateRateLimitError, LateValidationError
from late._http.ratelimit import WAIT_LISTENER
from late._publish_caps import CapTally, CapWarning
from late.enums import MediaType
from late.resources._pool import check_concurrency
from late.resources._upload import guess_content_type

if TYPE_CHECKING:  # the response models are only annotations here; importing them costs ~50 ms
    from late_api_client.models import PostCreateResponse, PostPublishIncompleteResponse

    # A create's answer: the post saved, or saved with an inline publish that did not fully succeed (207).
    Created = PostCreateResponse | PostPublishIncompleteResponse
    Answered = tuple[int, Created]  # with the HTTP status it came with

    from late.resources._base import Operation

__all__ = [
    "ALIASES",
    "COLUMNS",
    "BulkError",
    "BulkPost",
    "BulkProgress",
    "BulkUploadResult",
    "BulkWarning",
    "idempotency_key",
]

#: The docs' columns, plus ``timezone``.
COLUMNS: Final = (
    "content",
    "platform",
    "account_id",
    "scheduled_for",
    "title",
    "media_url",
    "tags",
    "timezone",
)
#: The API's bulk-upload column names accepted for ours.
ALIASES: Final = {
    "post_content": "content",
    "platforms": "platform",
    "schedule_time": "scheduled_for",
    "media_urls": "media_url",
    "tz": "timezone",
}
_REQUIRED_COLUMNS: Final = ("platform", "account_id", "scheduled_for")
# What a header may be separated by: a comma, and what spreadsheets in many locales save "CSV" with.
DELIMITERS: Final = (",", ";", "\t")
_LIST_SEPARATOR: Final = "|"

#: ``progress(rows_done, total_rows)``; one that also takes a ``waiting`` keyword is called with
#: ``waiting=seconds`` when the run starts waiting for the API's rate limit.
ProgressCallback = Callable[..., None]
#: How often a row turned away by the rate limit (after the transport's own retries) is sent again.
ROW_RESENDS: Final = 10
#: A bulk warning: rows past a publish cap (see ``late._publish_caps.CapWarning``).
BulkWarning = CapWarning
BuildCreate = Callable[[Mapping[str, Any]], "Operation[Created]"]
CheckCreate = Callable[[Mapping[str, Any]], object]
RowCheck = Callable[[tuple[str, ...]], "Mapping[str, Any] | None"]


class BulkError(TypedDict):
    """A row that is invalid or whose create failed. ``status``: the API's HTTP status, when it answered."""

    row: int
    message: str
    status: NotRequired[int]


class BulkPost(TypedDict):
    """The post a row created (or, on a re-run, had already created)."""

    row: int
    id: str | None  # None only where the API's answer left the post out (its spec allows that)
    replayed: bool  # True: an earlier run made this post, and the row's idempotency key returned it


class BulkUploadResult(TypedDict):
    """What ``bulk_upload`` returns. ``failed`` and ``posts`` are only in the result of a real run.

    ``warnings``: rows that would break a publish cap (they do not make ``success`` false); only in a
    result that has some, so ``result.get("warnings", [])``.
    """

    success: bool
    totalRows: int
    created: int  # posts made by this run
    errors: list[BulkError]
    warnings: NotRequired[list[BulkWarning]]
    failed: NotRequired[int]
    replayed: NotRequired[int]  # rows whose post an earlier run made (returned by their idempotency key)
    posts: NotRequired[list[BulkPost]]


class BulkProgress:
    """A ``progress`` for ``bulk_upload`` that is also told which rows failed (e.g. for a live count).

    Subclass it: ``__call__(done, total, waiting=None)`` after each finished row and when the run waits
    for the rate limit, as any ``progress`` callable, and ``row_failed(error)`` just before, for a row
    whose create failed. Both are called under the upload's lock, one row at a time, whichever worker
    finished it.
    """

    def __call__(self, done: int, total: int, waiting: float | None = None) -> None:
        """``done`` of ``total`` rows finished (created or failed); ``waiting``: the run starts waiting
        that many seconds for the API's rate limit."""

    def row_failed(self, error: BulkError) -> None:
        """A row's create failed after the transport's retries (``error``: row, message, status)."""


def idempotency_key(row: int, values: Mapping[str, Any]) -> str:
    """The ``Idempotency-Key`` of one row's create: the same for the same row number and values."""
    canonical = json.dumps(values, sort_keys=True, separators=(",", ":"), default=str)
    return f"bulk-row-{row}-{hashlib.sha256(canonical.encode()).hexdigest()[:32]}"


# An http(s) URL with a plain host and no tab, CR or LF (which urlsplit deletes): its urlsplit path
# is what this captures (the text from the host to the first "?" or "#"), and urlsplit could not
# raise on it. Matching it is several times cheaper than urlsplit on a URL it has not seen before.
_PLAIN_HTTP_URL: Final = re.compile(
    r"[Hh][Tt][Tt][Pp][Ss]?://[A-Za-z0-9.\-]*(?::[0-9]*)?(/[^?#\t\r\n]*)?(?:[?#][^\t\r\n]*)?"
)


def _url_path(url: str) -> str:
    """``urlsplit(url).path``; a URL that cannot be split (``https://[x/a.jpg``) is the row's error."""
    plain = _PLAIN_HTTP_URL.fullmatch(url)
    if plain is not None:
        return plain.group(1) or ""
    try:
        return urlsplit(url).path
    except ValueError as exc:
        message = f"media_url {url!r} is not a valid URL ({exc})"
        raise LateValidationError(message, param="media_url") from None


def _media_type(url: str) -> str:
    raw = _url_path(url)
    path = raw.lower()
    # The guess depends only on the suffixes of the path's last segment (what follows its stem: the
    # ".jpg" of "/a/b/photo.jpg", the ".tar.gz" of "x.tar.gz"), so it is made once per suffix.
    if path.startswith("/"):
        name = path.rpartition("/")[2].lstrip(".")
        dot = name.find(".", 1)
        if dot > 0:
            return _media_type_of(f"/x{name[dot:]}")
    return _media_type_of_path(raw)


def _media_type_of_path(path: str) -> str:
    guessed = guess_content_type(path) or ""
    if guessed.startswith("video/"):
        return MediaType.VIDEO.value
    if guessed == "image/gif":
        return MediaType.GIF.value
    if guessed == "application/pdf":
        return MediaType.DOCUMENT.value
    return MediaType.IMAGE.value


# (The caches of this module are applied by assignment, not as a decorator: mutmut leaves decorated functions
# unmutated, and this way `make mutation` tests the rules themselves.)
_media_type_of = functools.lru_cache(maxsize=256)(_media_type_of_path)


def _split(cell: str) -> list[str]:
    if _LIST_SEPARATOR not in cell:  # one value (a single media URL, a single tag)
        part = cell.strip()
        return [part] if part else []
    return [part for part in map(str.strip, cell.split(_LIST_SEPARATOR)) if part]


def _split_tag_cell(cell: str) -> tuple[str, ...]:
    """``_split(cell)`` as a tuple (each row gets its own list of it): the rows of a file repeat a few
    tag lists, and media URLs rarely."""
    return tuple(_split(cell))


_split_tags = functools.lru_cache(maxsize=256)(_split_tag_cell)


# ------------------------------------------------------------------------------------------ the file


def check_path(path: object) -> Path:
    """``path`` as a readable regular file, or ``LateValidationError(param="path")``."""
    if not isinstance(path, str | os.PathLike):
        raise LateValidationError(f"path must be a str or PathLike, got {type(path).__name__}", param="path")
    where = Path(path)
    try:
        info = where.stat()
    except FileNotFoundError:
        raise LateValidationError(f"CSV file {str(where)!r} does not exist", param="path") from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        raise LateValidationError(f"CSV file {str(where)!r} cannot be read: {exc}", param="path") from None
    if not stat.S_ISREG(info.st_mode):
        raise LateValidationError(f"{str(where)!r} is not a regular file", param="path")
    return where


@dataclass(frozen=True, slots=True)
class _Header:
    columns: tuple[str | None, ...]  # our column name for each CSV column (None: unknown)
    errors: tuple[str, ...]

    def positions(self, order: tuple[str, ...]) -> tuple[int, ...]:
        """Where each column of ``order`` is in a row (the header's width if it has no such column)."""
        where = {column: i for i, column in enumerate(self.columns) if column is not None}
        return tuple(where.get(column, len(self.columns)) for column in order)


def _read_header(cells: list[str]) -> _Header:
    columns: list[str | None] = []
    errors: list[str] = []
    seen: dict[str, str] = {}
    known = (*COLUMNS, *ALIASES)
    for raw in cells:
        name = raw.strip().lower()
        column = ALIASES.get(name, name if name in COLUMNS else None)
        columns.append(column)
        if column is None:
            if not name:
                errors.append("the header has an empty column name")
                continue
            close = difflib.get_close_matches(name, known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            errors.append(f"unknown column {raw.strip()!r}{hint} (known: {', '.join(COLUMNS)})")
        elif column in seen:
            errors.append(f"columns {seen[column]!r} and {raw.strip()!r} both give {column}; keep one")
        else:
            seen[column] = raw.strip()
    for needed in _REQUIRED_COLUMNS:
        if needed not in seen:
            errors.append(f"the header has no {needed!r} column")
    return _Header(tuple(columns), tuple(errors))


class _BadFile(Exception):
    """The file cannot be read past this row (not UTF-8, a broken quote...)."""

    def __init__(self, row: int, message: str) -> None:
        super().__init__(message)
        self.row = row
        self.message = message


def _lines(f: BinaryIO) -> Iterator[str]:
    """The file's lines, decoded one at a time (so a decoding error is reported on its own row)."""
    first = f.readline()
    head = (first.removeprefix(codecs.BOM_UTF8),) if first else ()  # (a lone BOM is an empty line)
    return map(bytes.decode, itertools.chain(head, f))  # UTF-8, strict


def _unreadable(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return f"the row is not valid UTF-8 ({exc.reason}); save the file as UTF-8"
    return f"the CSV cannot be read from here on: {exc}"


#: A data row: its spreadsheet number and its cells (a plain tuple, the cheapest thing to make once a row).
_Record = tuple[int, list[str]]


def _known_columns(line: str, delimiter: str) -> int:
    cells = next(csv.reader([line], delimiter=delimiter), [])
    return sum(1 for cell in cells if cell.strip().lower() in COLUMNS or cell.strip().lower() in ALIASES)


def _sniff_delimiter(line: str) -> str:
    """The delimiter under which the header line names the most known columns (a comma on a tie)."""
    return max(DELIMITERS, key=lambda d: (_known_columns(line, d), d == ","))


def _delimiter_hint(line: str, delimiter: str) -> str | None:
    """Why a header under ``delimiter`` reads wrong, when another delimiter would read it whole."""
    best = _sniff_delimiter(line)
    if best != delimiter and _known_columns(line, best) > _known_columns(line, delimiter):
        return f"the header looks {_DELIMITER_NAMES[best]}-separated: pass delimiter={best!r}"
    return None


_DELIMITER_NAMES: Final = {",": "comma", ";": "semicolon", "\t": "tab"}


def check_delimiter(delimiter: object) -> str | None:
    if delimiter is None:
        return None
    if isinstance(delimiter, str) and delimiter in DELIMITERS:
        return delimiter
    raise LateValidationError(
        f"delimiter must be one of {', '.join(map(repr, DELIMITERS))} or None (detect), got {delimiter!r}",
        param="delimiter",
    )


def _records(path: Path, delimiter: str | None = None) -> tuple[_Header, Iterator[_Record]]:
    """The header, and the data rows with their spreadsheet numbers (blank rows skipped), streamed.

    ``delimiter`` None: the one the header line reads best with (a European Excel saves ``;``).
    """
    f = path.open("rb")
    lines = _lines(f)
    try:
        first_line = next(lines, None)
        if first_line is None:
            f.close()
            raise _BadFile(1, "the file is empty: it needs a header row and at least one data row")
        chosen = _sniff_delimiter(first_line) if delimiter is None else delimiter
        reader = csv.reader(itertools.chain([first_line], lines), strict=True, delimiter=chosen)
        first = next(reader)
    except (csv.Error, UnicodeDecodeError) as exc:
        f.close()
        raise _BadFile(1, _unreadable(exc)) from None

    def rows() -> Iterator[_Record]:
        number = 1
        with f:
            try:
                for cells in reader:
                    number += 1
                    if "".join(cells).strip():  # not blank: some cell has more than whitespace
                        yield number, cells
            except (csv.Error, UnicodeDecodeError) as exc:  # (reading row number + 1)
                raise _BadFile(number + 1, _unreadable(exc)) from None

    header = _read_header(first)
    if header.errors and delimiter is not None and (hint := _delimiter_hint(first_line, delimiter)):
        header = _Header(header.columns, (hint, *header.errors))  # the cause first, then what it caused
    return header, rows()


class _Rows:
    """Turns the data rows of one file into ``posts.create`` keyword arguments (see :meth:`params`)."""

    __slots__ = ("pick", "width")
    #: The order :meth:`params` unpacks a row's cells in.
    ORDER: Final = COLUMNS

    def __init__(self, header: _Header) -> None:
        self.width = len(header.columns)
        self.pick = operator.itemgetter(*header.positions(self.ORDER))

    def params(self, cells: list[str]) -> dict[str, Any]:
        """The ``posts.create`` keyword arguments for one row; raises ``LateValidationError`` for a bad row.

        A cell the row does not reach, or a column the header does not have, reads as empty. ``cells`` is
        padded in place: the caller's list (one csv.reader row) is not used again.
        """
        return self.params_of(self.values(cells))

    def values(self, cells: list[str]) -> tuple[str, ...]:
        """The row's cells in :attr:`ORDER`, as read (``""`` for a column the row or the header lacks).

        Raises ``LateValidationError`` for a row with more fields than the header. ``cells`` is padded in
        place: the caller's list (one csv.reader row) is not used again.
        """
        width = self.width
        count = len(cells)
        if count > width:
            raise LateValidationError(f"the row has {count} fields but the header has {width}")
        cells.extend([""] * (width + 1 - count))  # so every position, the "no such column" one too, reads
        values: tuple[str, ...] = self.pick(cells)
        return values

    @staticmethod
    def params_of(values: tuple[str, ...]) -> dict[str, Any]:
        """:meth:`params` of the row's :meth:`values`."""
        content, platform, account_id, scheduled_for, title, media_url, tags, timezone = values
        platform = platform.strip()
        if not platform:
            raise LateValidationError("platform is empty", param="platform")
        account_id = account_id.strip()
        if not account_id:
            raise LateValidationError("account_id is empty", param="account_id")
        scheduled_for = scheduled_for.strip()
        if not scheduled_for:
            raise LateValidationError("scheduled_for is empty", param="scheduled_for")
        params: dict[str, Any] = {
            "platforms": [{"platform": platform, "accountId": account_id}],
            "scheduled_for": scheduled_for,
        }
        if content.strip():
            params["content"] = content  # as written: the post's text keeps its own spacing
        title = title.strip()
        if title:
            params["title"] = title
        timezone = timezone.strip()
        if timezone:
            params["timezone"] = timezone
        tags = tags.strip()
        if tags:
            params["tags"] = tags_of(tags)
        media_url = media_url.strip()
        if media_url:
            params["media_items"] = media_items_of(media_url)
        return params


def tags_of(cell: str) -> list[str]:
    """The ``tags`` of a row's (stripped, non-empty) tags cell: ``"a | b"`` -> ``["a", "b"]``."""
    return list(_split_tags(cell))


def media_items_of(cell: str) -> list[dict[str, str]]:
    """The ``media_items`` of a row's (stripped, non-empty) media_url cell, each typed by its extension."""
    if _LIST_SEPARATOR not in cell:  # one URL (what _split gives for it: the cell, stripped already)
        return [{"type": _media_type(cell), "url": cell}]
    return [{"type": _media_type(url), "url": url} for url in _split(cell)]


# posts.create's argument names (LateValidationError.param) -> the CSV column
_PARAM_COLUMNS: Final = (
    (re.compile(r"platforms\[\d+\]\.accountId"), "account_id"),
    (re.compile(r"platforms(\[\d+\](\.\w+)?)?"), "platform"),
    (re.compile(r"media_items\[0\](\.url)?"), "media_url"),
    (re.compile(r"media_items\[(\d+)\](\.url)?"), "media_url (URL {n})"),
)


def _message(err: LateValidationError) -> str:
    """A row error in the CSV's terms: ``posts.create``'s argument name replaced by the column's."""
    param = err.param or ""
    for pattern, column in _PARAM_COLUMNS:
        match = pattern.fullmatch(param)
        if match is None:
            continue
        name = column.format(n=int(match.group(1)) + 1) if "{n}" in column else column
        if err.message.startswith(param):
            return name + err.message[len(param) :]
        return f"{name}: {err.message}"
    return err.message


# ------------------------------------------------------------------------------------------ the run


@dataclass(frozen=True, slots=True)
class Job:
    """One row to create: its number and the create operation (with its idempotency key)."""

    row: int
    operation: Operation[Answered]


@dataclass
class BulkUpload:
    """One ``bulk_upload`` call: the file, the validation pass, the create jobs and the tally.

    Both executors (``Posts.bulk_upload`` and ``abulk_upload``) drive the same object: :meth:`validate`,
    then :meth:`jobs` run by a thread or task pool, reporting with :meth:`done`/:meth:`failed`.
    """

    path: Path
    build: BuildCreate
    dry_run: bool
    workers: int
    progress: ProgressCallback | None
    options: Mapping[str, Any]
    total_rows: int = 0
    errors: list[BulkError] = field(default_factory=list)
    posts: list[BulkPost] = field(default_factory=list)
    #: The dry run's per-row check: every check ``build`` makes, without building the request.
    check: CheckCreate | None = None
    #: The dry run's shortcut for a row (its :meth:`_Rows.values`): ``check(params)``'s wire body for the
    #: common valid row, None for any other (then ``check`` decides). Only without call options.
    row_check: RowCheck | None = None
    #: The CSV delimiter; None: detected from the header line.
    delimiter: str | None = None
    warnings: list[BulkWarning] = field(default_factory=list)
    _finished: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _caps: CapTally = field(default_factory=CapTally)
    _tells_waits: bool = False  # the progress callback takes ``waiting``
    _waiting_until: float = 0.0  # (monotonic) the end of the last wait it was told about
    _resends: dict[int, int] = field(default_factory=dict)  # row -> times sent again after a 429

    @classmethod
    def start(
        cls,
        path: str | os.PathLike[str],
        build: BuildCreate,
        *,
        dry_run: bool,
        max_concurrency: int,
        progress: ProgressCallback | None,
        options: Mapping[str, Any],
        check: CheckCreate | None = None,
        delimiter: str | None = None,
        row_check: RowCheck | None = None,
    ) -> BulkUpload:
        if not isinstance(dry_run, bool):
            raise LateValidationError("dry_run must be True or False", param="dry_run")
        if progress is not None and not callable(progress):
            raise LateValidationError("progress must be a callable(done, total) or None", param="progress")
        workers = check_concurrency(max_concurrency)
        delimiter = check_delimiter(delimiter)
        run = cls(
            check_path(path),
            build,
            dry_run,
            workers,
            progress,
            dict(options),
            check=check,
            delimiter=delimiter,
            row_check=row_check,
        )
        run._tells_waits = progress is not None and _takes_waiting(progress)
        return run

    # --- pass 1 ---------------------------------------------------------------------------------------

    def validate(self) -> bool:
        """Read every row once, collecting every error; True when the file can be created."""
        # A dry run only needs the verdict. A real run builds each create in full here too, so that
        # nothing is sent unless every row's request could be built.
        check = self.check if self.dry_run and self.check is not None else self.build
        try:
            header, rows = _records(self.path, self.delimiter)
            if header.errors:
                self.errors.extend(BulkError(row=1, message=m) for m in header.errors)
                for _ in rows:  # the rows cannot be read without a valid header; only count them
                    self.total_rows += 1
                return False
            reader = _Rows(header)
            to_values, to_params = reader.values, reader.params_of
            options, errors, count = self.options, self.errors, self._caps.add
            shortcut = self.row_check if check is self.check and not options else None
            for row, cells in rows:
                self.total_rows += 1
                try:
                    values = to_values(cells)
                    wire = None if shortcut is None else shortcut(values)
                    if wire is None:
                        params = to_params(values)
                        wire = _wire_of(check({**options, **params} if options else params))  # options first
                except LateValidationError as err:
                    errors.append(BulkError(row=row, message=_message(err)))
                else:
                    count(row, wire)
        except _BadFile as bad:
            self.errors.append(BulkError(row=bad.row, message=bad.message))
        self.warnings = self._caps.warnings()
        return not self.errors

    # --- pass 2 ---------------------------------------------------------------------------------------

    def jobs(self) -> Iterator[Job]:
        """The creates, one row at a time as workers take them (the file is read again, streamed)."""
        header, rows = _records(self.path, self.delimiter)
        to_params = _Rows(header).params
        for row, cells in rows:
            try:
                values = to_params(cells)
                # Only the creates that are sent need an Idempotency-Key: pass 1 only checks.
                params = {**self.options, **values, "idempotency_key": idempotency_key(row, values)}
                operation = self.build(params)
            except LateValidationError as err:  # the file changed since it was validated
                self._finish(self.errors, BulkError(row=row, message=_message(err)), failed=True)
                continue
            yield Job(row, _with_status(operation))

    @contextlib.contextmanager
    def listening(self) -> Iterator[None]:
        """Around a row's create: its waits for the rate limit reach the progress callback."""
        if not self._tells_waits:
            yield
            return
        token = WAIT_LISTENER.set(self._waiting)
        try:
            yield
        finally:
            WAIT_LISTENER.reset(token)

    def _waiting(self, seconds: float) -> None:
        """A create is about to wait ``seconds``: tell the callback, once per stretch of waiting."""
        now = time.monotonic()
        with self._lock:
            if now + seconds <= self._waiting_until:
                return  # another worker's wait already told it (workers wait for the same window)
            self._waiting_until = now + seconds
            assert self.progress is not None
            self.progress(self._finished, self.total_rows, waiting=seconds)

    def resend(self, job: Job, err: LateAPIError, max_retry_after: float) -> bool:
        """Whether to send a row's create again: turned away by the rate limit, not by a publish cap."""
        if not isinstance(err, LateRateLimitError) or err.retry_after is None:
            return False
        if err.retry_after > max_retry_after:
            return False
        with self._lock:
            sent = self._resends.get(job.row, 0)
            if sent >= ROW_RESENDS:
                return False
            self._resends[job.row] = sent + 1
            return True

    def done(self, job: Job, answered: Answered) -> None:
        status, response = answered
        post = response.post
        post_id = None if post is None or post.field_id is None else str(post.field_id)
        # The API answers 200 to a create its Idempotency-Key replays (an earlier run made the post),
        # 201 (or 207) to one it makes now.
        self._finish(self.posts, BulkPost(row=job.row, id=post_id, replayed=status == 200))

    def failed(self, job: Job, err: LateAPIError) -> None:
        error = BulkError(row=job.row, message=err.message)
        if err.status_code is not None:
            error["status"] = err.status_code
        self._finish(self.errors, error, failed=True)

    def _finish(self, into: list[Any], outcome: BulkPost | BulkError, *, failed: bool = False) -> None:
        with self._lock:
            if failed and isinstance(self.progress, BulkProgress):
                self.progress.row_failed(outcome)  # type: ignore[arg-type]  # failed: a BulkError
            into.append(outcome)
            self._finished += 1
            if self.progress is not None:
                self.progress(self._finished, self.total_rows)

    # --- results --------------------------------------------------------------------------------------

    def validation_result(self) -> BulkUploadResult:
        result = BulkUploadResult(
            success=not self.errors,
            totalRows=self.total_rows,
            created=0,
            errors=sorted_rows(self.errors),
        )
        if self.warnings:
            result["warnings"] = self.warnings
        if not self.dry_run:
            result["failed"] = 0
            result["replayed"] = 0
            result["posts"] = []
        return result

    def result(self) -> BulkUploadResult:
        result = BulkUploadResult(
            success=not self.errors,
            totalRows=self.total_rows,
            created=sum(1 for post in self.posts if not post["replayed"]),
            failed=len(self.errors),
            replayed=sum(1 for post in self.posts if post["replayed"]),
            errors=sorted_rows(self.errors),
            posts=sorted_rows(self.posts),
        )
        if self.warnings:
            result["warnings"] = self.warnings
        return result


def _with_status(operation: Operation[Created]) -> Operation[Answered]:
    """The create, answering its HTTP status with the post (200: replayed by key; 201/207: made now)."""
    from late.resources._base import Operation

    parse = operation.parse
    return Operation(
        operation.request, lambda response: (response.status_code, parse(response)), operation.options
    )


def _takes_waiting(callback: Callable[..., None]) -> bool:
    """Whether ``callback`` accepts a ``waiting`` keyword (declared, or ``**kwargs``)."""
    try:
        parameters = inspect.signature(callback).parameters.values()
    except (TypeError, ValueError):  # a builtin or C callable without a signature: the two-argument form
        return False
    return any(
        p.kind is inspect.Parameter.VAR_KEYWORD
        or (p.name == "waiting" and p.kind is not inspect.Parameter.POSITIONAL_ONLY)
        for p in parameters
    )


def _wire_of(checked: object) -> Mapping[str, Any] | None:
    """The wire body of a row's create: what the dry run's check returns, or a built create's JSON."""
    if type(checked) is dict or isinstance(checked, Mapping):  # (a dict: the common case, checked first)
        return checked
    body = getattr(getattr(checked, "request", None), "json", None)
    return body if isinstance(body, Mapping) else None


def sorted_rows(items: list[Any]) -> list[Any]:
    return sorted(items, key=lambda item: item["row"])
