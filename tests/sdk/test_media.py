"""client.media.upload / aupload / upload_many / aupload_many against the in-process sandbox."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Any

import pytest
import yaml
from late_api_client.models import MediaContentType

import late.testing
from late import Late
from late.client.exceptions import LateForbiddenError, LateServerError, LateValidationError
from late.resources._upload import ACCEPTED_CONTENT_TYPES, CHUNK_SIZE, MAX_UPLOAD_BYTES, guess_content_type
from late.resources.media import MediaUploadResult, UploadedFile
from tests.support.gate import Gate
from tests.support.values import present

KEY = "sk_test_media"
SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"
NO_WAIT = {"Retry-After": "0"}  # retried at once: the test exercises the retry, not the backoff


@pytest.fixture
def client(retrying_client: Late) -> Late:
    return retrying_client  # this module's tests retry as a user's client does


def _file(tmp_path: Path, name: str, size: int, byte: int = 7) -> Path:
    path = tmp_path / name
    path.write_bytes(bytes([byte]) * size)
    return path


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _puts(sandbox: late.testing.Sandbox) -> list[late.testing.RequestRecord]:
    return [r for r in sandbox.requests if r.method == "PUT"]


def _check_stored(sandbox: late.testing.Sandbox, result: MediaUploadResult, data: bytes, ctype: str) -> None:
    (file,) = result.files
    upload = sandbox.uploads[file.key or ""]
    assert file.url == upload.public_url
    assert (upload.size, upload.sha256) == (len(data), _sha(data))
    assert upload.declared_size == len(data) == file.size
    assert upload.uploaded_content_type == upload.content_type == file.content_type == ctype


# ---------------------------------------------------------------------------------------------- one file


def test_upload_path_presigns_then_streams_the_file_without_the_key(
    client: Late, sandbox: late.testing.Sandbox, tmp_path: Path
) -> None:
    data = bytes(range(256)) * (CHUNK_SIZE // 256 * 2 + 10)  # two full chunks and a bit
    path = tmp_path / "product.jpg"
    path.write_bytes(data)

    result = client.media.upload(str(path))

    assert result.files[0].filename == "product.jpg"
    assert result.files[0].url.startswith("https://media.sandbox.invalid/")
    _check_stored(sandbox, result, data, "image/jpeg")
    presign, put = sandbox.requests
    assert (presign.method, presign.path) == ("POST", "/v1/media/presign")
    assert presign.headers["authorization"] == f"Bearer {KEY}"
    assert put.path.startswith("/_sandbox/storage/")
    assert "authorization" not in put.headers
    assert put.headers["content-length"] == str(len(data))
    assert put.headers["content-type"] == "image/jpeg"
    assert "transfer-encoding" not in put.headers
    assert not put.headers.get("user-agent", "").startswith("late-python")  # no API default headers


async def test_aupload_path(sandbox: late.testing.Sandbox, tmp_path: Path) -> None:
    data = b"\x00\x01video" * 300_000
    path = tmp_path / "clip.MP4"
    path.write_bytes(data)
    async with Late(api_key=KEY, transport=sandbox) as client:
        result = await client.media.aupload(path)
    _check_stored(sandbox, result, data, "video/mp4")
    assert "authorization" not in _puts(sandbox)[0].headers


def test_docs_example_result_shape(client: Late, sandbox: late.testing.Sandbox, tmp_path: Path) -> None:
    path = _file(tmp_path, "product.jpg", 10)
    media_result = client.media.upload(str(path))
    image_url = media_result.files[0].url
    post = client.posts.create(
        content="Check out our new product!",
        platforms=[{"platform": "instagram", "accountId": "ig_123"}],
        media_items=[{"type": "image", "url": image_url}],
        is_draft=True,
    )
    assert present(present(post.post).media_items)[0].url == image_url
    file = media_result.files[0]
    assert isinstance(file, UploadedFile)
    assert file.to_dict() == {
        "url": image_url,
        "key": file.key,
        "filename": "product.jpg",
        "contentType": "image/jpeg",
        "size": 10,
    }
    assert media_result.to_dict() == {"files": [file.to_dict()]}
    with pytest.raises(AttributeError):
        file.url = "https://elsewhere.example/x.jpg"  # type: ignore[misc]


def test_upload_bytes_needs_a_filename(client: Late, sandbox: late.testing.Sandbox) -> None:
    with pytest.raises(LateValidationError) as info:
        client.media.upload(b"GIF89a...")
    assert info.value.param == "filename"
    assert sandbox.requests == []

    result = client.media.upload(b"GIF89a...", filename="dir/anim.gif")
    assert result.files[0].filename == "anim.gif"
    _check_stored(sandbox, result, b"GIF89a...", "image/gif")


def test_upload_open_file_from_its_current_position(
    client: Late, sandbox: late.testing.Sandbox, tmp_path: Path
) -> None:
    path = _file(tmp_path, "doc.pdf", 0)
    path.write_bytes(b"HEADER" + b"%PDF-body" * 1000)
    with path.open("rb") as f:
        f.seek(6)
        result = client.media.upload(f)
        assert not f.closed  # the caller's file stays open
    _check_stored(sandbox, result, b"%PDF-body" * 1000, "application/pdf")
    assert result.files[0].filename == "doc.pdf"


def test_upload_file_object_without_name_needs_filename(client: Late, sandbox: late.testing.Sandbox) -> None:
    with pytest.raises(LateValidationError) as info:
        client.media.upload(io.BytesIO(b"data"))
    assert info.value.param == "filename"
    result = client.media.upload(io.BytesIO(b"data"), filename="a.png")
    _check_stored(sandbox, result, b"data", "image/png")


def test_text_mode_and_unseekable_files_are_refused(
    client: Late, sandbox: late.testing.Sandbox, tmp_path: Path
) -> None:
    path = _file(tmp_path, "a.png", 5)
    with path.open("r") as text, pytest.raises(LateValidationError, match="binary") as info:
        client.media.upload(text)  # type: ignore[arg-type]
    assert info.value.param == "file"

    class Pipe(io.RawIOBase):
        name = "pipe.png"

        def readable(self) -> bool:
            return True

        def seekable(self) -> bool:
            return False

    with pytest.raises(LateValidationError, match="seekable"):
        client.media.upload(io.BufferedReader(Pipe()))
    with pytest.raises(LateValidationError) as info:
        client.media.upload(12345)  # type: ignore[arg-type]
    assert info.value.param == "file"
    assert sandbox.requests == []


def test_progress_reports_bytes_sent_and_total(client: Late, tmp_path: Path) -> None:
    size = CHUNK_SIZE * 2 + 5
    path = _file(tmp_path, "big.png", size)
    seen: list[tuple[int, int]] = []
    client.media.upload(path, progress=lambda sent, total: seen.append((sent, total)))
    assert seen == [(CHUNK_SIZE, size), (2 * CHUNK_SIZE, size), (size, size)]


async def test_aupload_progress(sandbox: late.testing.Sandbox) -> None:
    seen: list[tuple[int, int]] = []
    async with Late(api_key=KEY, transport=sandbox) as client:
        await client.media.aupload(
            b"x" * (CHUNK_SIZE + 1), filename="a.webp", progress=lambda s, t: seen.append((s, t))
        )
    assert seen == [(CHUNK_SIZE, CHUNK_SIZE + 1), (CHUNK_SIZE + 1, CHUNK_SIZE + 1)]


# --------------------------------------------------------------------------------------- checks up front


def test_missing_file_directory_and_empty_file_fail_before_any_request(
    client: Late, sandbox: late.testing.Sandbox, tmp_path: Path
) -> None:
    cases = {
        str(tmp_path / "nope.jpg"): "does not exist",
        str(tmp_path): "is a directory",
        str(_file(tmp_path, "empty.jpg", 0)): "empty",
    }
    for file, message in cases.items():
        with pytest.raises(LateValidationError, match=message) as info:
            client.media.upload(file)
        assert info.value.param == "file"
    assert sandbox.requests == []


def test_file_over_5_gb_fails_before_any_request(
    client: Late, sandbox: late.testing.Sandbox, tmp_path: Path
) -> None:
    path = tmp_path / "huge.mp4"
    with path.open("wb") as f:
        f.truncate(MAX_UPLOAD_BYTES + 1)  # sparse: no disk space used
    with pytest.raises(LateValidationError, match="5 GB") as info:
        client.media.upload(path)
    assert info.value.param == "file"
    assert sandbox.requests == []


async def test_async_checks_fail_before_any_request(sandbox: late.testing.Sandbox, tmp_path: Path) -> None:
    async with Late(api_key=KEY, transport=sandbox) as client:
        with pytest.raises(LateValidationError) as info:
            await client.media.aupload(tmp_path / "missing.png")
    assert info.value.param == "file"
    assert sandbox.requests == []


def test_accepted_content_types_are_the_spec_enum() -> None:
    spec = yaml.safe_load(SPEC.read_text())
    enum = spec["components"]["schemas"]["MediaContentType"]["enum"]
    assert ACCEPTED_CONTENT_TYPES == set(enum) == {m.value for m in MediaContentType}


def test_unknown_or_unaccepted_content_type_lists_the_accepted_ones(
    client: Late, sandbox: late.testing.Sandbox, tmp_path: Path
) -> None:
    for name in ("archive.zip", "movie.mkv", "noextension"):
        with pytest.raises(LateValidationError) as info:
            client.media.upload(_file(tmp_path, name, 3))
        assert info.value.param == "content_type"
        for accepted in ACCEPTED_CONTENT_TYPES:
            assert accepted in info.value.message
    with pytest.raises(LateValidationError) as info:
        client.media.upload(b"x", filename="a.jpg", content_type="application/octet-stream")
    assert info.value.param == "content_type"
    assert "image/jpeg" in info.value.message
    assert sandbox.requests == []


def test_explicit_content_type_wins_over_the_name(client: Late, sandbox: late.testing.Sandbox) -> None:
    result = client.media.upload(b"data", filename="noextension", content_type="Video/MP4; codecs=avc1")
    _check_stored(sandbox, result, b"data", "video/mp4")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.jpg", "image/jpeg"),
        ("A.JPEG", "image/jpeg"),
        ("a.png", "image/png"),
        ("a.webp", "image/webp"),
        ("a.gif", "image/gif"),
        ("a.mp4", "video/mp4"),
        ("a.mov", "video/quicktime"),
        ("a.m4v", "video/x-m4v"),
        ("a.webm", "video/webm"),
        ("a.avi", "video/x-msvideo"),
        ("a.pdf", "application/pdf"),
        ("a.mp3", "audio/mpeg"),
        ("a.wav", "audio/wav"),
        ("a.srt", "application/x-subrip"),
        ("a.vtt", "text/vtt"),
    ],
)
def test_guessed_types_are_accepted_ones(name: str, expected: str) -> None:
    assert guess_content_type(name) == expected
    assert expected in ACCEPTED_CONTENT_TYPES


# ---------------------------------------------------------------------------------------------- retries


@pytest.mark.parametrize("after", [False, True])
def test_retried_put_resends_the_whole_file(
    client: Late, sandbox: late.testing.Sandbox, tmp_path: Path, after: bool
) -> None:
    data = bytes(range(251)) * 9000  # > 2 chunks, not a multiple of the chunk size
    path = tmp_path / "a.png"
    path.write_bytes(data)
    # after=True: the storage read (and hashed) the whole body, then answered 503
    fault = sandbox.faults.add(
        "PUT", "/_sandbox/storage/*", status=503, headers=NO_WAIT, after=after, times=2
    )
    seen: list[int] = []
    result = client.media.upload(path, progress=lambda sent, total: seen.append(sent))
    assert fault.hits == 2
    assert len(_puts(sandbox)) == 3
    _check_stored(sandbox, result, data, "image/png")
    # after=True: every attempt sent the file to its end; otherwise only the last one was read at all
    assert seen.count(len(data)) == (3 if after else 1)
    assert seen[-1] == len(data)


async def test_async_retried_put_resends_the_whole_file(sandbox: late.testing.Sandbox) -> None:
    data = bytes(range(7)) * 400_000
    sandbox.faults.add("PUT", "/_sandbox/storage/*", status=503, headers=NO_WAIT, after=True)
    sandbox.faults.add("PUT", "/_sandbox/storage/*", drop=True)
    async with Late(api_key=KEY, transport=sandbox) as client:
        result = await client.media.aupload(io.BytesIO(data), filename="v.mov")
    assert len(_puts(sandbox)) == 3
    _check_stored(sandbox, result, data, "video/quicktime")


def test_open_file_is_rewound_to_where_it_started_on_retry(
    client: Late, sandbox: late.testing.Sandbox
) -> None:
    f = io.BytesIO(b"skip" + b"payload" * 1000)
    f.seek(4)
    fault = sandbox.faults.add("PUT", "/_sandbox/storage/*", status=500, headers=NO_WAIT, after=True)
    result = client.media.upload(f, filename="p.gif")
    _check_stored(sandbox, result, b"payload" * 1000, "image/gif")
    assert fault.hits == 1  # the first PUT failed after reading the body: the retry re-read it
    assert len(_puts(sandbox)) == 2


def test_failed_put_after_retries_raises_the_storage_error(
    client: Late, sandbox: late.testing.Sandbox
) -> None:
    sandbox.faults.add("PUT", "/_sandbox/storage/*", status=503, headers=NO_WAIT, times=3)
    with pytest.raises(LateServerError) as info:
        client.media.upload(b"data", filename="a.png")
    assert info.value.status_code == 503
    assert len(_puts(sandbox)) == 3  # max_retries=2


def test_presign_is_retried(client: Late, sandbox: late.testing.Sandbox) -> None:
    fault = sandbox.faults.add("POST", "/v1/media/presign", status=503, headers=NO_WAIT)
    result = client.media.upload(b"data", filename="a.png")
    _check_stored(sandbox, result, b"data", "image/png")
    assert fault.hits == 1
    assert [r.path for r in sandbox.requests if r.method == "POST"] == ["/v1/media/presign"] * 2


def test_put_never_carries_the_key_even_to_the_api_origin(
    client: Late, sandbox: late.testing.Sandbox
) -> None:
    # The sandbox's storage URL is on the API's own origin; the storage rejects an Authorization header
    # with a 403 (not retried), so a successful upload proves none was sent.
    client.media.upload(b"data", filename="a.png")
    (put,) = _puts(sandbox)
    assert "authorization" not in put.headers
    assert all(KEY not in value for value in put.headers.values())


def test_storage_error_is_raised_and_not_retried(client: Late, sandbox: late.testing.Sandbox) -> None:
    sandbox.faults.add("PUT", "/_sandbox/storage/*", status=403, body={"error": "SignatureDoesNotMatch"})
    with pytest.raises(LateForbiddenError, match="SignatureDoesNotMatch"):
        client.media.upload(b"data", filename="a.png")
    assert len(_puts(sandbox)) == 1


# ------------------------------------------------------------------------------------------------- many


def _many_inputs(tmp_path: Path, n: int) -> tuple[list[Any], list[bytes]]:
    inputs: list[Any] = []
    contents: list[bytes] = []
    for i in range(n):
        data = f"file {i} ".encode() * (i + 1) * 1000
        contents.append(data)
        if i % 2:
            inputs.append((data, f"f{i}.png"))
        else:
            path = tmp_path / f"f{i}.jpg"
            path.write_bytes(data)
            inputs.append(path)
    return inputs, contents


def test_upload_many_runs_at_most_max_concurrency_and_keeps_input_order(
    sandbox: late.testing.Sandbox, tmp_path: Path
) -> None:
    gate = Gate(sandbox, "PUT", 4)
    inputs, contents = _many_inputs(tmp_path, 10)
    seen: list[tuple[int, int]] = []
    with Late(api_key=KEY, transport=gate) as client:
        result = client.media.upload_many(
            inputs, max_concurrency=4, progress=lambda s, t: seen.append((s, t))
        )
    assert gate.most == 4
    assert [f.filename for f in result.files] == [f"f{i}.{'png' if i % 2 else 'jpg'}" for i in range(10)]
    for file, data in zip(result.files, contents, strict=True):
        assert sandbox.uploads[file.key or ""].sha256 == _sha(data)
    total = sum(map(len, contents))
    assert seen[-1] == (total, total)
    assert [s for s, _ in seen] == sorted(s for s, _ in seen)


def test_upload_many_checks_every_file_before_any_request(
    client: Late, sandbox: late.testing.Sandbox, tmp_path: Path
) -> None:
    good = _file(tmp_path, "a.jpg", 3)
    with pytest.raises(LateValidationError) as info:
        client.media.upload_many([good, tmp_path / "missing.jpg"])
    assert info.value.param == "file"
    with pytest.raises(LateValidationError) as info:
        client.media.upload_many([good], max_concurrency=0)
    assert info.value.param == "max_concurrency"
    assert sandbox.requests == []


def test_upload_many_raises_the_first_failure(
    client: Late, sandbox: late.testing.Sandbox, tmp_path: Path
) -> None:
    sandbox.faults.add("POST", "/v1/media/presign", status=400, body={"error": "quota exceeded"})
    inputs, _ = _many_inputs(tmp_path, 3)
    with pytest.raises(LateValidationError, match="quota exceeded"):
        client.media.upload_many(inputs, max_concurrency=1)
    assert len(_puts(sandbox)) == 0  # the first file failed; the others were never started


async def test_aupload_many_runs_at_most_max_concurrency_and_keeps_input_order(
    sandbox: late.testing.Sandbox, tmp_path: Path
) -> None:
    gate = Gate(sandbox, "PUT", 3)
    inputs, contents = _many_inputs(tmp_path, 7)
    async with Late(api_key=KEY, transport=gate) as client:
        result = await client.media.aupload_many(inputs, max_concurrency=3)
    assert gate.most == 3
    assert [sandbox.uploads[f.key or ""].sha256 for f in result.files] == [_sha(c) for c in contents]
