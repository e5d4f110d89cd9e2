"""The bulk-upload rules that mutation testing found unpinned (``make mutation``, target ``bulk``).

Each test states one rule of ``late.bulk`` so that a wrong line fails it: the idempotency key (its exact
format and what it depends on), the second pass's handling of a row that changed, the row numbers and
column names in errors, and the counts of a result.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

import late.testing
from late import Late
from late.bulk import ALIASES, COLUMNS, BulkUpload, idempotency_key
from late.client.exceptions import LateAPIError, LateValidationError

KEY = "sk_test_bulk_rules"
HEADER = "content,platform,account_id,scheduled_for,title,media_url,tags\n"


@pytest.fixture
def client(retrying_client: Late) -> Late:
    return retrying_client  # this module's tests retry as a user's client does


def write(tmp_path: Path, text: str | bytes, name: str = "posts.csv") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def sent_keys(sandbox: late.testing.Sandbox) -> list[str]:
    return [
        r.headers["idempotency-key"] for r in sandbox.requests if (r.method, r.path) == ("POST", "/v1/posts")
    ]


# ----------------------------------------------------------------------------------- the key


def test_the_idempotency_key_format_is_fixed_across_releases() -> None:
    # Changing these strings re-posts every row of a file run again after an upgrade: never do it.
    values = {
        "platforms": [{"platform": "twitter", "accountId": "acc123"}],
        "scheduled_for": "2024-12-25T10:00:00Z",
        "content": "Hello world!",
    }
    assert idempotency_key(2, values) == "bulk-row-2-aaa8dcdbba685f4edb786b2e563ccebd"
    assert idempotency_key(3, values) == "bulk-row-3-aaa8dcdbba685f4edb786b2e563ccebd"
    assert idempotency_key(2, {}) == "bulk-row-2-44136fa355b3678a1146ad16f7e8649e"


def test_the_idempotency_key_ignores_key_order_and_writes_other_values_as_text() -> None:
    from datetime import datetime

    values = {"when": datetime(2024, 1, 1), "b": 1, "a": "é"}
    assert idempotency_key(7, values) == "bulk-row-7-fad18afff6646590b5e359a9b8b7d8b5"
    assert idempotency_key(7, dict(reversed(list(values.items())))) == idempotency_key(7, values)


def test_each_create_carries_the_key_of_its_own_rows_values(
    client: Late, sandbox: late.testing.Sandbox, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        HEADER
        + "Hello world!,twitter,acc123,2030-12-25T10:00:00Z,,,\n"
        + "Second,linkedin,acc456,2030-12-25T11:00:00Z,My Title,,a|b\n",
    )
    result = client.posts.bulk_upload(path, max_concurrency=1)
    assert result["success"] is True
    assert sorted(sent_keys(sandbox)) == [
        idempotency_key(
            2,
            {
                "platforms": [{"platform": "twitter", "accountId": "acc123"}],
                "scheduled_for": "2030-12-25T10:00:00Z",
                "content": "Hello world!",
            },
        ),
        idempotency_key(
            3,
            {
                "platforms": [{"platform": "linkedin", "accountId": "acc456"}],
                "scheduled_for": "2030-12-25T11:00:00Z",
                "content": "Second",
                "title": "My Title",
                "tags": ["a", "b"],
            },
        ),
    ]


def test_editing_a_row_changes_its_key_so_the_edited_post_is_created(
    client: Late, sandbox: late.testing.Sandbox, tmp_path: Path
) -> None:
    first = (
        HEADER
        + "Original,twitter,acc123,2030-12-25T10:00:00Z,,,\nSame,twitter,acc123,2030-12-26T10:00:00Z,,,\n"
    )
    path = write(tmp_path, first)
    assert client.posts.bulk_upload(path, max_concurrency=1)["created"] == 2
    keys_before = sent_keys(sandbox)
    write(tmp_path, first.replace("Original", "Edited"))
    again = client.posts.bulk_upload(path, max_concurrency=1)
    keys_after = sent_keys(sandbox)[2:]
    assert sorted(keys_before)[1] == sorted(keys_after)[1]  # row 3 unchanged: the same key, replayed
    assert sorted(keys_before)[0] != sorted(keys_after)[0]  # row 2 edited: a new key
    contents = sorted(post["content"] for post in sandbox.posts.values())
    assert contents == ["Edited", "Original", "Same"]  # the edit is a new post, row 3 is not twice
    assert (again["created"], again["replayed"]) == (1, 1)


# --------------------------------------------------------------------------------- the second pass


def fake_build(params: Mapping[str, Any]) -> Any:
    """A create 'operation' whose request is just its parameters (BulkUpload only hands it on)."""
    from types import SimpleNamespace

    return SimpleNamespace(request=dict(params), parse=lambda response: response, options=None)


def params_of(job: Any) -> Any:
    return job.operation.request


def test_a_row_that_turns_invalid_between_the_passes_is_reported_and_later_rows_still_go(
    tmp_path: Path,
) -> None:
    rows = [
        "One,twitter,acc1,2030-12-25T10:00:00Z,,,",
        "Two,twitter,acc2,2030-12-25T11:00:00Z,,,",
        "Three,twitter,acc3,2030-12-25T12:00:00Z,,,",
    ]
    path = write(tmp_path, HEADER + "\n".join(rows) + "\n")
    progress: list[tuple[int, int]] = []
    upload = BulkUpload.start(
        path,
        fake_build,
        dry_run=False,
        max_concurrency=1,
        progress=lambda done, total: progress.append((done, total)),
        options={"timezone": "UTC"},
    )
    assert upload.validate() is True
    assert upload.total_rows == 3
    rows[1] = "Two,,acc2,2030-12-25T11:00:00Z,,,"  # the file changes: row 3 loses its platform
    write(tmp_path, HEADER + "\n".join(rows) + "\n")
    jobs = list(upload.jobs())
    assert [job.row for job in jobs] == [2, 4]
    assert upload.errors == [{"row": 3, "message": "platform is empty"}]
    assert progress == [(1, 3)]
    params: Any = params_of(jobs[1])
    assert params["timezone"] == "UTC"  # the call's options come with every row
    assert params["content"] == "Three"
    assert params["idempotency_key"] == idempotency_key(
        4, {k: v for k, v in params.items() if k not in {"timezone", "idempotency_key"}}
    )


def two_row_upload(tmp_path: Path) -> tuple[BulkUpload, Any, Any]:
    """A real run of two valid rows, validated, and its two create jobs."""
    path = write(
        tmp_path, HEADER + "A,twitter,acc1,2030-12-25T10:00:00Z,,,\nB,twitter,acc2,2030-12-25T11:00:00Z,,,\n"
    )
    upload = BulkUpload.start(path, fake_build, dry_run=False, max_concurrency=2, progress=None, options={})
    assert upload.validate() is True
    first, second = list(upload.jobs())
    return upload, first, second


def test_the_result_counts_rows_creates_and_failures(tmp_path: Path) -> None:
    upload, first, second = two_row_upload(tmp_path)

    class Created:
        class post:
            field_id = "post_1"

    upload.done(first, (201, Created()))  # type: ignore[arg-type]
    upload.failed(second, LateAPIError("Account disconnected", status_code=400))
    assert upload.result() == {
        "success": False,
        "totalRows": 2,
        "created": 1,
        "replayed": 0,
        "failed": 1,
        "errors": [{"row": 3, "message": "Account disconnected", "status": 400}],
        "posts": [{"row": 2, "id": "post_1", "replayed": False}],
    }
    upload.failed(second, LateAPIError("no answer"))
    assert upload.errors[-1] == {"row": 3, "message": "no answer"}  # no status when none came


def test_a_create_whose_answer_leaves_the_post_or_its_id_out_is_reported_without_an_id(
    tmp_path: Path,
) -> None:
    from late_api_client.types import UNSET

    upload, first, second = two_row_upload(tmp_path)

    class NoPost:
        post = UNSET

    class NoId:
        class post:  # the shape of PostCreateResponse
            field_id = UNSET

    upload.done(first, (201, NoPost()))  # type: ignore[arg-type]
    upload.done(second, (200, NoId()))  # type: ignore[arg-type]
    assert upload.result()["posts"] == [
        {"row": 2, "id": None, "replayed": False},
        {"row": 3, "id": None, "replayed": True},  # 200: the key returned a post an earlier run made
    ]
    assert (upload.result()["created"], upload.result()["replayed"]) == (1, 1)


# ----------------------------------------------------------------------------------- the results


def test_a_real_run_whose_validation_fails_reports_every_row_and_no_creates(
    client: Late, sandbox: late.testing.Sandbox, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        HEADER
        + "Fine,twitter,acc1,2030-12-25T10:00:00Z,,,\n"
        + "\n"
        + "Bad,myspace,acc2,2030-12-25T11:00:00Z,,,\n"
        + "Fine too,twitter,acc3,2030-12-25T12:00:00Z,,,\n",
    )
    result = client.posts.bulk_upload(path)
    assert result == {
        "success": False,
        "totalRows": 3,  # the blank row 3 is skipped and not counted
        "created": 0,
        "errors": [{"row": 4, "message": result["errors"][0]["message"]}],
        "failed": 0,
        "replayed": 0,
        "posts": [],
    }
    assert result["errors"][0]["message"].startswith("platform 'myspace' is not a known platform")
    assert sandbox.requests == []
    dry = client.posts.bulk_upload(path, dry_run=True)
    assert dry == {"success": False, "totalRows": 3, "created": 0, "errors": result["errors"]}


def test_a_file_with_a_bad_header_still_counts_its_rows(client: Late, tmp_path: Path) -> None:
    path = write(tmp_path, "content,platfrom,account_id\nA,twitter,acc1\n\nB,twitter,acc2\n")
    result = client.posts.bulk_upload(path, dry_run=True)
    assert result["totalRows"] == 2
    assert [e["row"] for e in result["errors"]] == [1, 1, 1]
    assert [e["message"] for e in result["errors"]] == [
        "unknown column 'platfrom'; did you mean 'platform'? (known: " + ", ".join(COLUMNS) + ")",
        "the header has no 'platform' column",
        "the header has no 'scheduled_for' column",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b"\xff\xfecontent,platform\nA,twitter\n",
            "the row is not valid UTF-8 (invalid start byte); save the file as UTF-8",
        ),
        (b'content,"platform"x,account_id\n', "the CSV cannot be read from here on: ',' expected after '\"'"),
        (b"", "the file is empty: it needs a header row and at least one data row"),
    ],
)
def test_an_unreadable_header_is_reported_on_row_one(
    client: Late, tmp_path: Path, content: bytes, message: str
) -> None:
    result = client.posts.bulk_upload(write(tmp_path, content), dry_run=True)
    assert result["errors"] == [{"row": 1, "message": message}]
    assert result["totalRows"] == 0


def test_a_file_unreadable_half_way_is_reported_on_the_row_that_cannot_be_read(
    client: Late, tmp_path: Path
) -> None:
    content = (HEADER + "A,twitter,acc1,2030-12-25T10:00:00Z,,,\n").encode() + b"\xffB,twitter,acc2\n"
    result = client.posts.bulk_upload(write(tmp_path, content), dry_run=True)
    assert result["errors"] == [
        {"row": 3, "message": "the row is not valid UTF-8 (invalid start byte); save the file as UTF-8"}
    ]
    assert result["totalRows"] == 1


# ------------------------------------------------------------------------- errors in the CSV's terms


def test_a_bad_media_url_error_names_the_column_and_which_url(client: Late, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        HEADER
        + "A,twitter,acc1,2030-12-25T10:00:00Z,,ftp://x/a.jpg,\n"
        + "B,twitter,acc1,2030-12-26T10:00:00Z,,https://x/a.jpg|https://x/b.png|ftp://x/c.jpg,\n",
    )
    result = client.posts.bulk_upload(path, dry_run=True)
    messages = {e["row"]: e["message"] for e in result["errors"]}
    assert messages[2].startswith("media_url must be a public http(s) URL, got 'ftp://x/a.jpg'")
    assert messages[3].startswith("media_url (URL 3) must be a public http(s) URL, got 'ftp://x/c.jpg'")


def test_an_error_not_worded_after_its_argument_gets_the_column_as_a_prefix() -> None:
    from late.bulk import _message

    assert _message(LateValidationError("bad one", param="media_items[1]")) == "media_url (URL 2): bad one"
    assert _message(LateValidationError("x", param="platforms[0].accountId")) == "account_id: x"
    assert (
        _message(LateValidationError("platforms[0].accountId is required", param="platforms[0].accountId"))
        == "account_id is required"
    )
    assert _message(LateValidationError("platforms is required", param="platforms")) == "platform is required"
    assert _message(LateValidationError("as is", param="content")) == "as is"
    assert _message(LateValidationError("no param")) == "no param"


def test_a_row_longer_than_the_header_is_an_error(client: Late, tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "A,twitter,acc1,2030-12-25T10:00:00Z,,,,extra\n")
    result = client.posts.bulk_upload(path, dry_run=True)
    assert result["errors"] == [{"row": 2, "message": "the row has 8 fields but the header has 7"}]


def test_a_row_shorter_than_the_header_reads_its_missing_cells_as_empty(client: Late, tmp_path: Path) -> None:
    path = write(tmp_path, "platform,account_id,scheduled_for,content\ntwitter,acc1,2030-12-25T10:00:00Z\n")
    result = client.posts.bulk_upload(path, dry_run=True)
    # content is left out, and posts.create says a post without media needs it
    assert [e["row"] for e in result["errors"]] == [2]
    assert result["errors"][0]["message"].startswith("content is required")


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        (" ,acc1,2030-12-25T10:00:00Z", "platform is empty"),
        ("twitter, ,2030-12-25T10:00:00Z", "account_id is empty"),
        ("twitter,acc1,  ", "scheduled_for is empty"),
    ],
)
def test_a_blank_required_cell_is_an_error_naming_its_column(
    client: Late, tmp_path: Path, cells: str, message: str
) -> None:
    path = write(tmp_path, "platform,account_id,scheduled_for,content\n" + cells + ",hi\n")
    result = client.posts.bulk_upload(path, dry_run=True)
    assert result["errors"] == [{"row": 2, "message": message}]


# ----------------------------------------------------------------------------------- the columns


def test_the_header_rules_name_each_problem(client: Late, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Content , ,PLATFORM,platforms,account_id,scheduled_for\nA,,twitter,,acc1,2030-01-01T00:00:00Z\n",
    )
    result = client.posts.bulk_upload(path, dry_run=True)
    assert [e["message"] for e in result["errors"]] == [
        "the header has an empty column name",
        "columns 'PLATFORM' and 'platforms' both give platform; keep one",
    ]


def test_the_column_names_and_aliases_are_the_documented_ones() -> None:
    assert COLUMNS == (
        "content",
        "platform",
        "account_id",
        "scheduled_for",
        "title",
        "media_url",
        "tags",
        "timezone",
    )
    assert ALIASES == {
        "post_content": "content",
        "platforms": "platform",
        "schedule_time": "scheduled_for",
        "media_urls": "media_url",
        "tz": "timezone",
    }


def test_each_column_becomes_its_create_argument(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "tz,tags,media_url,title,scheduled_for,account_id,platform,content\n"
        + "Europe/London, a | b |,https://x/v.mp4| https://x/p.pdf ,  My title ,"
        + '2030-06-01 09:00, acc1 , twitter ,"  Hi  "\n',
    )
    upload = BulkUpload.start(path, fake_build, dry_run=False, max_concurrency=1, progress=None, options={})
    assert upload.validate() is True
    (job,) = list(upload.jobs())
    params: Any = params_of(job)
    del params["idempotency_key"]
    assert params == {
        "platforms": [{"platform": "twitter", "accountId": "acc1"}],
        "scheduled_for": "2030-06-01 09:00",
        "content": "  Hi  ",  # as written
        "title": "My title",
        "timezone": "Europe/London",
        "tags": ["a", "b"],
        "media_items": [
            {"type": "video", "url": "https://x/v.mp4"},
            {"type": "document", "url": "https://x/p.pdf"},
        ],
    }


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://x/a.mp4", "video"),
        ("https://x/a.MOV?sig=1", "video"),
        ("https://x/a.gif", "gif"),
        ("https://x/a.pdf", "document"),
        ("https://x/a.jpg", "image"),
        ("https://x/a.tar.gz", "image"),
        ("https://x/a", "image"),
        ("https://x/.mp4", "image"),  # a dot file has no extension
        ("https://x/dir.mp4/photo", "image"),
        ("HTTPS://X/A.MP4#t=1", "video"),
        ("https://x/a%20b.mp4", "video"),
        ("ftp://x/a.mp4", "video"),  # not plain http: urlsplit reads its path
        ("https://x", "image"),
    ],
)
def test_a_media_urls_type_is_inferred_from_its_last_path_segment(url: str, kind: str) -> None:
    from late.bulk import _media_type

    assert _media_type(url) == kind


def test_a_url_that_cannot_be_split_is_an_error_on_media_url() -> None:
    from late.bulk import _media_type

    with pytest.raises(LateValidationError) as excinfo:
        _media_type("https://[x/a.jpg")
    assert excinfo.value.param == "media_url"
    assert excinfo.value.message == "media_url 'https://[x/a.jpg' is not a valid URL (Invalid IPv6 URL)"


def test_list_cells_split_on_bars_and_drop_empty_parts() -> None:
    from late.bulk import _split, _split_tag_cell

    assert _split(" a ") == ["a"]
    assert _split("   ") == []
    assert _split("a| |b|") == ["a", "b"]
    assert _split_tag_cell("x|y") == ("x", "y")


def test_a_path_that_is_not_a_readable_file_is_an_error_on_path(tmp_path: Path) -> None:
    from late.bulk import check_path

    with pytest.raises(LateValidationError) as excinfo:
        check_path(5)
    assert (excinfo.value.param, excinfo.value.message) == ("path", "path must be a str or PathLike, got int")
    with pytest.raises(LateValidationError) as excinfo:
        check_path(tmp_path / "none.csv")
    assert excinfo.value.message == f"CSV file {str(tmp_path / 'none.csv')!r} does not exist"
    with pytest.raises(LateValidationError) as excinfo:
        check_path(tmp_path)
    assert excinfo.value.message == f"{str(tmp_path)!r} is not a regular file"
    nul = tmp_path / "a\x00b.csv"
    with pytest.raises(LateValidationError) as excinfo:
        check_path(nul)
    assert excinfo.value.message == f"CSV file {str(nul)!r} cannot be read: embedded null byte"
    assert check_path(str(write(tmp_path, "x"))) == tmp_path / "posts.csv"


def test_bad_run_arguments_are_errors_naming_them(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER)
    with pytest.raises(LateValidationError) as excinfo:
        BulkUpload.start(path, fake_build, dry_run=1, max_concurrency=1, progress=None, options={})  # type: ignore[arg-type]
    assert (excinfo.value.param, excinfo.value.message) == ("dry_run", "dry_run must be True or False")
    with pytest.raises(LateValidationError) as excinfo:
        BulkUpload.start(path, fake_build, dry_run=True, max_concurrency=1, progress="x", options={})  # type: ignore[arg-type]
    assert (excinfo.value.param, excinfo.value.message) == (
        "progress",
        "progress must be a callable(done, total) or None",
    )


def test_a_dry_run_uses_the_check_and_a_real_run_builds_every_row(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "A,twitter,acc1,2030-12-25T10:00:00Z,,,\n")
    seen: list[str] = []

    def check(params: Mapping[str, Any]) -> None:
        seen.append("check")

    def build(params: Mapping[str, Any]) -> Any:
        seen.append("build")
        return params

    for dry_run in (True, False):
        upload = BulkUpload.start(
            path, build, dry_run=dry_run, max_concurrency=1, progress=None, options={}, check=check
        )
        assert upload.validate() is True
    assert seen == ["check", "build"]
    upload = BulkUpload.start(path, build, dry_run=True, max_concurrency=1, progress=None, options={})
    assert upload.validate() is True
    assert seen[-1] == "build"  # without a check, the dry run builds


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://x/a.mp4.", "image"),  # a trailing dot: no extension
        ("https://x/a.mp4.gz", "video"),  # an encoding suffix: the type is the one before it
        ("https://x/a.gif.bz2", "gif"),
        ("https://x/..a.mp4", "video"),
        ("https://x/.hidden.mov", "video"),
        ("https://x/a.b.mp4", "video"),
        ("https://x/x.tar.gz", "image"),
        ("https://x/A.MP4", "video"),
    ],
)
def test_the_per_suffix_media_type_is_what_the_whole_path_gives(url: str, kind: str) -> None:
    from urllib.parse import urlsplit

    from late.bulk import _media_type, _media_type_of_path

    assert _media_type(url) == kind
    assert _media_type_of_path(urlsplit(url).path) == kind  # the guess on the whole path agrees


def test_a_rows_missing_value_is_an_error_on_its_column() -> None:
    from late.bulk import _read_header, _Rows

    params = _Rows(_read_header(["platform", "account_id", "scheduled_for", "content"])).params
    for cells, column in (
        ([" ", "acc", "2030-01-01T00:00:00Z"], "platform"),
        (["twitter", "", "2030-01-01T00:00:00Z"], "account_id"),
        (["twitter", "acc", " "], "scheduled_for"),
    ):
        with pytest.raises(LateValidationError) as excinfo:
            params(list(cells))
        assert (excinfo.value.param, excinfo.value.message) == (column, f"{column} is empty")
    with pytest.raises(LateValidationError) as excinfo:
        params(["twitter", "acc", "2030-01-01T00:00:00Z", "hi", "extra"])
    assert excinfo.value.param is None
    assert params(["twitter", "acc", "2030-01-01T00:00:00Z"]) == {
        "platforms": [{"platform": "twitter", "accountId": "acc"}],
        "scheduled_for": "2030-01-01T00:00:00Z",
    }


def test_an_unknown_column_with_nothing_close_is_named_without_a_guess() -> None:
    from late.bulk import _read_header

    header = _read_header(["platform", "account_id", "scheduled_for", "zzzzzz"])
    assert header.errors == ("unknown column 'zzzzzz' (known: " + ", ".join(COLUMNS) + ")",)
    assert header.columns == ("platform", "account_id", "scheduled_for", None)


# Mutants that `make mutation` leaves alive in late/bulk.py, judged equivalent:
# - _url_path: ``plain = None`` (every URL through urlsplit) and ``group(1) or "XXXX"``: the regex is a
#   faster way to the path urlsplit gives; an empty path and "XXXX" both have no extension (an image).
# - _media_type, the per-suffix cache key: ``raw.upper()`` (the guess ignores case), ``startswith("XX/XX")``
#   or ``find("XX.XX")`` (the guess on the whole path, which gives the same type), ``lstrip(None)`` /
#   ``lstrip("XX.XX")`` (the path is lower-cased: no "X" to strip; a leading dot leaves no suffix either
#   way), ``find(".", None)`` / ``find(".")`` (the name no longer starts with a dot), ``partition("/")``
#   (a dot in a folder name is not an extension to mimetypes either), ``dot > 1`` / ``dot >= 0`` (a
#   one-letter stem, or none, falls back to the whole path, which gives the same type).
# - _media_type_of_path: ``guessed or "XXXX"``: an unknown type is an image either way.
# - _BadFile: ``super().__init__(None)``: its .row and .message are read, never its args.
# - _Rows.params: ``width + 1 + count`` / ``width + 2 - count`` cells of padding: more empty cells than
#   needed; only the positions up to the header's width are read.
# - _message: ``err.param or "XXXX"``: like "", "XXXX" matches no column's pattern.
# - _read_header: ``get_close_matches(..., n=1)`` with n=2 or the default 3: only the best match is used.


def test_each_rows_check_gets_the_calls_options_with_the_rows_values(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "A,twitter,acc1,2030-12-25T10:00:00Z,,,\n")
    seen: list[Mapping[str, Any]] = []
    upload = BulkUpload.start(
        path,
        fake_build,
        dry_run=True,
        max_concurrency=1,
        progress=None,
        options={"deadline": 5, "content": "from the options"},
        check=seen.append,
    )
    assert upload.validate() is True
    assert seen == [
        {
            "deadline": 5,
            "content": "A",  # the row's own value wins over an option of the same name
            "platforms": [{"platform": "twitter", "accountId": "acc1"}],
            "scheduled_for": "2030-12-25T10:00:00Z",
        }
    ]


def test_a_row_of_empty_cells_is_blank_skipped_and_not_counted(client: Late, tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + ",,,,,,\n , ,,,,,\nA,twitter,acc1,2030-12-25T10:00:00Z,,,\n")
    result = client.posts.bulk_upload(path, dry_run=True)
    assert result == {"success": True, "totalRows": 1, "created": 0, "errors": []}


def test_a_path_that_cannot_be_read_is_an_error_on_path(tmp_path: Path) -> None:
    from late.bulk import check_path

    with pytest.raises(LateValidationError) as excinfo:
        check_path(tmp_path / "a\x00b.csv")
    assert excinfo.value.param == "path"
