"""Uploads whose file goes wrong: it shrinks while it is read, cannot be stat'ed or opened, or is not a
regular file; and a call whose deadline is spent before its next attempt starts."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

import late.testing
from late import Clock, Late
from late.client.exceptions import LateTimeoutError, LateValidationError
from late.resources._upload import CHUNK_SIZE, prepare

KEY = "sk_test_upload_edges"


@pytest.fixture
def client(retrying_client: Late) -> Late:
    return retrying_client  # this module's tests retry as a user's client does


def test_a_file_that_shrinks_during_the_upload_is_an_error_on_file(
    client: Late, sandbox: late.testing.Sandbox, tmp_path: Path
) -> None:
    path = tmp_path / "clip.mp4"
    path.write_bytes(b"x" * (CHUNK_SIZE + 10))

    def shrink(done: int, total: int) -> None:
        if done == CHUNK_SIZE:  # the first chunk is sent: cut the file short before the second
            os.truncate(path, CHUNK_SIZE)

    with pytest.raises(LateValidationError) as excinfo:
        client.media.upload(path, progress=shrink)
    assert excinfo.value.param == "file"
    assert excinfo.value.message == (
        f"'clip.mp4' ended after {CHUNK_SIZE} of {CHUNK_SIZE + 10} bytes; was it changed during the upload?"
    )
    assert sandbox.uploads == {} or all(u.size != CHUNK_SIZE + 10 for u in sandbox.uploads.values())


def test_a_file_that_shrinks_before_an_async_read_is_an_error_on_file(tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    path.write_bytes(b"0123456789")
    source = prepare(path)
    path.write_bytes(b"01234")

    async def read_all() -> list[bytes]:
        with source.opened() as f:
            return [chunk async for chunk in source.achunks(f, None)]

    with pytest.raises(LateValidationError) as excinfo:
        asyncio.run(read_all())
    assert excinfo.value.message == "'a.png' ended after 5 of 10 bytes; was it changed during the upload?"


def test_a_file_read_from_where_it_was_left_reports_progress_per_chunk(tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    path.write_bytes(b"0123456789")
    seen: list[tuple[int, int]] = []
    source = prepare(path)
    with source.opened() as f:
        assert b"".join(source.chunks(f, lambda done, total: seen.append((done, total)))) == b"0123456789"
    assert seen == [(10, 10)]


def test_a_path_that_cannot_be_stat_ed_is_an_error_saying_why(tmp_path: Path) -> None:
    (tmp_path / "file.txt").write_bytes(b"x")
    with pytest.raises(LateValidationError) as excinfo:
        prepare(tmp_path / "file.txt" / "a.png")
    assert excinfo.value.param == "file"
    assert (
        excinfo.value.message
        == f"file {str(tmp_path / 'file.txt' / 'a.png')!r} cannot be read: Not a directory"
    )


def test_a_path_with_a_nul_is_an_error_not_a_value_error(tmp_path: Path) -> None:
    with pytest.raises(LateValidationError) as excinfo:
        prepare(str(tmp_path / "a\x00.png"))
    assert excinfo.value.param == "file"
    assert excinfo.value.message.endswith("cannot be read: embedded null byte")


def test_a_file_that_cannot_be_opened_when_the_upload_starts_is_an_error_saying_why(tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    path.write_bytes(b"x")
    source = prepare(path)
    path.unlink()  # gone between the check and the upload
    with pytest.raises(LateValidationError) as excinfo:
        source.opened()
    assert (excinfo.value.param, excinfo.value.message) == (
        "file",
        f"file {str(path)!r} cannot be read: No such file or directory",
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_path_that_is_not_a_regular_file_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    with pytest.raises(LateValidationError) as excinfo:
        prepare(fifo)
    assert (excinfo.value.param, excinfo.value.message) == ("file", f"{str(fifo)!r} is not a regular file")
    with pytest.raises(LateValidationError) as excinfo:
        prepare(tmp_path)
    assert excinfo.value.message == f"{str(tmp_path)!r} is a directory, not a file"


def test_a_file_the_process_may_not_read_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.png"
    path.write_bytes(b"x")
    # (chmod cannot make a file unreadable to root, so the permission check itself is answered "no")
    monkeypatch.setattr(os, "access", lambda p, mode: False)
    with pytest.raises(LateValidationError) as excinfo:
        prepare(path)
    assert excinfo.value.message == f"file {str(path)!r} is not readable"


# ------------------------------------------------------------------------------------------ deadline


def test_a_deadline_spent_during_a_sleep_stops_the_call_before_its_next_attempt(
    sandbox: late.testing.Sandbox,
) -> None:
    # The clock moves only when the SDK sleeps, and each sleep overruns to three times its length:
    # after the 2 s Retry-After, 6 s have passed of a 5 s deadline, so no second attempt is made.
    sleeps: list[float] = []
    clock = Clock(monotonic=lambda: 3 * sum(sleeps), sleep=sleeps.append)
    client = Late(api_key=KEY, transport=sandbox, clock=clock)
    sandbox.faults.add("GET", "/v1/posts", status=503, headers={"Retry-After": "2"}, times=10)
    with pytest.raises(LateTimeoutError) as excinfo:
        client.posts.list(deadline=5, max_retries=5)
    assert str(excinfo.value).startswith("Deadline of 5s exceeded after 1 attempt(s) of GET ")
    assert "last error" not in str(excinfo.value)
    assert sleeps == [2.0]
    assert len([r for r in sandbox.requests if r.method == "GET"]) == 1


# ------------------------------------------------------------------------------------ what is uploaded


def test_a_content_type_that_is_not_a_string_is_an_error_on_content_type() -> None:
    with pytest.raises(LateValidationError) as excinfo:
        prepare(b"x", filename="a.png", content_type=5)  # type: ignore[arg-type]
    assert (excinfo.value.param, excinfo.value.message) == (
        "content_type",
        "content_type must be a string, got int",
    )


def test_a_filename_with_no_name_part_is_an_error_on_filename() -> None:
    with pytest.raises(LateValidationError) as excinfo:
        prepare(b"x", filename="photos/")
    assert (excinfo.value.param, excinfo.value.message) == (
        "filename",
        "filename 'photos/' has no file name part",
    )
    assert prepare(b"x", filename="C:\\\\pics\\\\a.png").filename == "a.png"


def test_an_open_file_must_be_binary_seekable_and_named() -> None:
    import io

    class Unseekable(io.BytesIO):
        def seekable(self) -> bool:
            return False

    cases: list[tuple[object, str, str]] = [
        (io.StringIO("x"), "file", "file must be opened in binary mode ('rb'), not text mode"),
        (Unseekable(b"x"), "file", "file must be seekable (its size is sent first, and a retry re-reads it)"),
        (io.BytesIO(b"x"), "filename", "this file object has no name; pass filename= (e.g. 'photo.jpg')"),
    ]
    for file, param, message in cases:
        with pytest.raises(LateValidationError) as excinfo:
            prepare(file)
        assert (excinfo.value.param, excinfo.value.message) == (param, message)


def test_an_open_file_is_uploaded_from_where_it_stands_under_its_own_name(tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    path.write_bytes(b"skip0123")
    with path.open("rb") as f:
        f.seek(4)
        source = prepare(f)
        assert (source.filename, source.content_type, source.size) == ("a.png", "image/png", 4)
        with source.opened() as opened:
            assert b"".join(source.chunks(opened, None)) == b"0123"
