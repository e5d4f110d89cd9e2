"""Bulk CSV as people save them: delimiters, a missing column, re-runs told apart, recorded runs (#14.8)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import vcr

import late.testing
from late import Late, LateValidationError

WHEN = f"{date.today().year + 1}-12-25T10:00:00Z"
ROWS = [("Hello world!", "twitter", "acc123", WHEN), ("Second; with a semicolon", "linkedin", "acc456", WHEN)]


def write(
    path: Path,
    delimiter: str,
    header: tuple[str, ...] = ("content", "platform", "account_id", "scheduled_for"),
) -> Path:
    lines = [delimiter.join(header)] + [
        delimiter.join(f'"{c}"' if delimiter in c else c for c in r) for r in ROWS
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("delimiter", [",", ";", "\t"], ids=["comma", "semicolon", "tab"])
def test_the_delimiter_is_detected_from_the_header(
    client: Late, sandbox: Any, tmp_path: Path, delimiter: str
) -> None:
    path = write(tmp_path / "posts.csv", delimiter)
    assert client.posts.bulk_upload(path, dry_run=True) == {
        "success": True,
        "totalRows": 2,
        "created": 0,
        "errors": [],
    }
    result = client.posts.bulk_upload(path)
    assert result["created"] == 2 and result["errors"] == []
    assert sorted(p["content"] for p in sandbox.posts.values()) == [
        "Hello world!",
        "Second; with a semicolon",
    ]


def test_a_wrong_delimiter_given_says_which_one_the_header_suggests(client: Late, tmp_path: Path) -> None:
    path = write(tmp_path / "posts.csv", ";")
    result = client.posts.bulk_upload(path, dry_run=True, delimiter=",")
    assert result["success"] is False
    messages = [e["message"] for e in result["errors"] if e["row"] == 1]
    assert messages[0] == "the header looks semicolon-separated: pass delimiter=';'"
    assert any(m.startswith("unknown column 'content;platform;account_id;scheduled_for'") for m in messages)


def test_a_delimiter_that_is_not_one_of_the_three_is_refused(client: Late, tmp_path: Path) -> None:
    with pytest.raises(LateValidationError) as info:
        client.posts.bulk_upload(write(tmp_path / "posts.csv", ","), delimiter="|")
    assert info.value.param == "delimiter"


def test_a_missing_required_column_is_one_error_naming_it(client: Late, tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    path.write_text("content,platform,account_id\nHi,twitter,acc1\nHo,twitter,acc2\nHa,twitter,acc3\n")
    result = client.posts.bulk_upload(path, dry_run=True)
    assert result["errors"] == [{"row": 1, "message": "the header has no 'scheduled_for' column"}]
    assert result["totalRows"] == 3


def test_a_rerun_tells_replayed_rows_from_created_ones(client: Late, sandbox: Any, tmp_path: Path) -> None:
    path = write(tmp_path / "posts.csv", ",")
    first = client.posts.bulk_upload(path)
    assert (first["created"], first["replayed"]) == (2, 0)
    assert [p["replayed"] for p in first["posts"]] == [False, False]
    again = client.posts.bulk_upload(path)
    assert (again["created"], again["replayed"]) == (0, 2)
    assert [(p["id"], p["replayed"]) for p in again["posts"]] == [(p["id"], True) for p in first["posts"]]
    assert len(sandbox.posts) == 2


def same_idempotency_key(r1: Any, r2: Any) -> None:
    """The README's vcrpy matcher: concurrent creates told apart by their Idempotency-Key."""
    assert r1.headers.get("Idempotency-Key") == r2.headers.get("Idempotency-Key")


def test_a_recorded_bulk_run_replays_each_row_to_its_own_post(tmp_path: Path) -> None:
    """With vcrpy's default matching (method and URL), four concurrent creates would get each other's
    answers on replay; matching on the Idempotency-Key maps every row to the post it made."""
    path = tmp_path / "posts.csv"
    rows = [f"Post {i},twitter,acc_{i},{WHEN}" for i in range(12)]
    path.write_text("content,platform,account_id,scheduled_for\n" + "\n".join(rows) + "\n")
    recorder = vcr.VCR(cassette_library_dir=str(tmp_path), filter_headers=["authorization"])
    recorder.register_matcher("idempotency_key", same_idempotency_key)
    match_on = ["method", "path", "idempotency_key"]

    with (
        late.testing.serve_in_thread(late.testing.sandbox()) as server,
        recorder.use_cassette("bulk.yaml", match_on=match_on, record_mode="all"),
        Late(api_key="sk_test_vcr", base_url=server.url) as client,
    ):
        recorded = client.posts.bulk_upload(path, max_concurrency=4)
        address = server.url
    by_row = {p["row"]: p["id"] for p in recorded["posts"]}
    assert len(set(by_row.values())) == 12

    # Replayed with nothing listening: every answer comes from the cassette, each row's its own.
    with (
        recorder.use_cassette(
            "bulk.yaml", match_on=match_on, record_mode="none", allow_playback_repeats=False
        ),
        Late(api_key="sk_test_vcr", base_url=address) as client,  # the server is gone
    ):
        replayed = client.posts.bulk_upload(path, max_concurrency=4)
    assert {p["row"]: p["id"] for p in replayed["posts"]} == by_row
