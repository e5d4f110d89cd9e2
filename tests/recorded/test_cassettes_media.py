"""Media uploads and CSV bulk uploads, sync and async, replayed from vcrpy cassettes (``tests/cassettes``).

``make record`` (``scripts/record.py``) re-records them against the served sandbox, like
``tests/recorded/test_cassettes.py``, whose conventions these follow (fixed 2030 times, contents that
name the test and the mode). Then the cassettes themselves are read as YAML: the storage PUT carries no
credentials and each CSV row's create carries the ``Idempotency-Key`` derived from the file.

How these cassettes are matched (this module's ``cassette`` fixture replaces the one in conftest.py):

* On method, path and query, as every cassette, and also on the body. ``upload_many`` and
  ``bulk_upload`` send concurrently, so several requests share a method, path and query (two presigns,
  three creates); vcrpy plays the first unplayed match, so without the body a file could get the other
  file's presign answer. With the body, each answer goes back to its own request, whatever the order.
* The storage PUT goes to the ``uploadUrl`` of the presign answer, which points at the recording
  sandbox's own ``host:port``: replays reach a different address than recordings. That never matters, as
  host and port are not matched, and a replay PUTs to exactly the URL the recorded presign answer holds
  (same path, same query), so nothing there varies between a recording and its replay. (A real
  presigned URL's signature and expiry are in its query, and they would differ between two recordings,
  never between a recording and its replay; the sandbox's URL has no query.)
* ``credentials``: the ``Authorization`` header is removed before anything is written, as in every
  cassette, but here it leaves a mark, ``X-Cassette-Credentials: removed``, on the requests that had it.
  Matched on: a replayed request that sends the key where the recording did not (the storage PUT) finds
  no recorded answer and fails. The mark names no secret and is what the YAML tests read.
* ``bulk_key``: a bulk row's ``Idempotency-Key`` (``bulk-row-<n>-<digest of its values>``), matched so that a
  replay fails if the SDK derived other keys. The random key of a plain ``create`` is not matched.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import vcr
import yaml
from vcr.cassette import Cassette

import late.testing
from late import Late, MediaType, Platform, PostStatus
from late.client.exceptions import LateConnectionError
from tests.support.modes import MODES, in_mode
from tests.support.values import present

CASSETTES = Path(__file__).parents[1] / "cassettes"
# tests/conftest.py's settings (not importable: tests/contract has a conftest.py too).
RECORD_URL = os.environ.get("LATE_RECORD_URL")
REPLAY_BASE_URL = "http://127.0.0.1:9/api"
TEST_KEY = "sk_test_cassette_key_0123456789"
CREDENTIALS_MARK = "X-Cassette-Credentials"

#: A 1x1 PNG (written out, not generated: zlib's output may differ between versions, and bodies are matched).
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS"
    b"\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\x9f\xc6\x00\x00\x03\xcd\x01f\xc3l\xffZ\x00\x00\x00\x00IEND"
    b"\xaeB`\x82"
)
#: A second small file for upload_many (any bytes: the sandbox keeps only their size and hash).
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
MEDIA_BASE_URL = "https://media.sandbox.invalid/"

cassette_test = pytest.mark.cassette


# ------------------------------------------------------------------------------------- vcr set-up


def _mark_credentials(request: Any) -> Any:
    """Drop ``Authorization`` (never written), leaving a mark that the request had it."""
    had = False
    for name in ("Authorization", "authorization"):
        had = request.headers.pop(name, None) is not None or had
    if had:
        request.headers[CREDENTIALS_MARK] = "removed"
    return request


def _credentials(r1: Any, r2: Any) -> None:
    assert r1.headers.get(CREDENTIALS_MARK) == r2.headers.get(CREDENTIALS_MARK)


def _bulk_key(request: Any) -> str | None:
    key = request.headers.get("Idempotency-Key")
    return key if isinstance(key, str) and key.startswith("bulk-") else None


def _same_bulk_key(r1: Any, r2: Any) -> None:
    assert _bulk_key(r1) == _bulk_key(r2)


@pytest.fixture
def tape(request: pytest.FixtureRequest) -> Iterator[Cassette]:
    """The vcrpy cassette named after the test: recorded under ``make record``, else replayed."""
    recorder = vcr.VCR(
        cassette_library_dir=str(CASSETTES),
        record_mode="all" if RECORD_URL else "none",
        # Recording replaces the cassette (vcrpy's "all" keeps the old interactions no new one matches).
        # Never on replay: there vcrpy would rewrite the cassette without the interactions left unplayed.
        drop_unused_requests=bool(RECORD_URL),
        match_on=("method", "path", "query", "body", "credentials", "bulk_key"),
        before_record_request=_mark_credentials,
        decode_compressed_response=True,
    )
    recorder.register_matcher("credentials", _credentials)
    recorder.register_matcher("bulk_key", _same_bulk_key)
    name = request.node.name.replace("[", "_").replace("]", "") + ".yaml"
    with recorder.use_cassette(name, allow_playback_repeats=False) as recorded:
        yield recorded


@pytest.fixture
def cassette(tape: Cassette) -> str:
    """The base URL: the recording sandbox's under ``make record``, else an address never reached."""
    return RECORD_URL or REPLAY_BASE_URL


class Api:
    """A client driven in one mode: ``await api.media("upload", ...)`` calls ``upload`` or ``aupload``."""

    def __init__(self, client: Late, mode: str) -> None:
        self.client = client
        self.mode = mode

    async def media(self, name: str, *args: Any, **kwargs: Any) -> Any:
        return await in_mode(self.mode, self.client.media, name, *args, **kwargs)

    async def posts(self, name: str, *args: Any, **kwargs: Any) -> Any:
        return await in_mode(self.mode, self.client.posts, name, *args, **kwargs)


@pytest.fixture(params=MODES)
def api(request: pytest.FixtureRequest, cassette: str) -> Iterator[Api]:
    with Late(api_key=TEST_KEY, base_url=cassette, max_retries=0) as client:
        yield Api(client, str(request.param))


# ------------------------------------------------------------------------------------- media


def check_file(uploaded: Any, filename: str, content_type: str, size: int) -> None:
    assert (uploaded.filename, uploaded.content_type, uploaded.size) == (filename, content_type, size)
    assert uploaded.url.startswith(MEDIA_BASE_URL) and uploaded.url.endswith("_" + filename)
    assert uploaded.key is not None and uploaded.url.endswith(uploaded.key)


@cassette_test
async def test_upload_bytes(api: Api) -> None:
    result = await api.media("upload", PNG, filename=f"pixel-{api.mode}.png")
    assert len(result.files) == 1
    check_file(result.files[0], f"pixel-{api.mode}.png", "image/png", len(PNG))


@cassette_test
async def test_upload_path_then_post_it(api: Api, tmp_path: Path) -> None:
    path = tmp_path / f"photo-{api.mode}.png"
    path.write_bytes(PNG)
    result = await api.media("upload", path)
    uploaded = result.files[0]
    check_file(uploaded, path.name, "image/png", len(PNG))
    # The docs' flow: the public URL goes into media_items.
    created = await api.posts(
        "create",
        content=f"Cassette media post ({api.mode})",
        platforms=[{"platform": Platform.INSTAGRAM, "accountId": "ig_cassette"}],
        media_items=[{"type": MediaType.IMAGE, "url": uploaded.url}],
        is_draft=True,
    )
    assert created.post.status == PostStatus.DRAFT
    assert [(str(m.type_), m.url) for m in created.post.media_items] == [("image", uploaded.url)]


@cassette_test
async def test_upload_many(api: Api, tmp_path: Path) -> None:
    path = tmp_path / f"second-{api.mode}.jpg"
    path.write_bytes(JPEG)
    seen: list[tuple[int, int]] = []
    files = [(PNG, f"first-{api.mode}.png"), path]
    result = await api.media("upload_many", files, progress=lambda sent, total: seen.append((sent, total)))
    first, second = result.files  # in input order, whichever finished first
    check_file(first, f"first-{api.mode}.png", "image/png", len(PNG))
    check_file(second, path.name, "image/jpeg", len(JPEG))
    assert first.key != second.key
    assert seen and seen[-1] == (len(PNG) + len(JPEG), len(PNG) + len(JPEG))


# ------------------------------------------------------------------------------------- bulk upload


def bulk_csv(mode: str) -> bytes:
    """The 3-row CSV of the bulk cassette test for ``mode`` (its bytes fix the rows' idempotency keys)."""
    return (
        "content,platform,account_id,scheduled_for,title,media_url,tags\n"
        f'"Cassette bulk row one ({mode})",twitter,acc_cassette_bulk,2030-08-01T09:00:00Z,,,launch\n'
        f'"Cassette bulk row two ({mode})",linkedin,li_cassette_bulk,2030-08-01T10:00:00Z,Row two,,a|b\n'
        f'"Cassette bulk row three ({mode})",twitter,acc_cassette_bulk,2030-08-01T11:00:00Z,,'
        f"{MEDIA_BASE_URL}row3.png,\n"
    ).encode()


@cassette_test
async def test_bulk_upload(api: Api, tmp_path: Path, tape: Cassette) -> None:
    path = tmp_path / "posts.csv"
    path.write_bytes(bulk_csv(api.mode))

    checked = await api.posts("bulk_upload", path, dry_run=True)
    assert checked == {"success": True, "totalRows": 3, "created": 0, "errors": []}
    # The dry run sent nothing: nothing recorded (recording) and nothing played back (replay; a request
    # that is not in the cassette would have raised).
    assert (tape.dirty, tape.play_count) == (False, 0)

    result = await api.posts("bulk_upload", path)
    assert (result["success"], result["totalRows"], result["created"], result["failed"]) == (True, 3, 3, 0)
    assert result["errors"] == []
    assert [p["row"] for p in result["posts"]] == [2, 3, 4]
    assert len({p["id"] for p in result["posts"]}) == 3
    assert tape.dirty or tape.play_count == 3


# ------------------------------------------------------------------------------------- the cassettes

MEDIA_TESTS = ("test_upload_bytes", "test_upload_path_then_post_it", "test_upload_many")


def load(name: str) -> list[dict[str, Any]]:
    data = yaml.safe_load((CASSETTES / name).read_text())
    interactions: list[dict[str, Any]] = data["interactions"]
    return interactions


def header(request: dict[str, Any], name: str) -> str | None:
    values = [v for k, v in request["headers"].items() if k.lower() == name.lower()]
    return values[0][0] if values else None


def test_every_media_cassette_test_has_its_cassette() -> None:
    recorded = [
        name
        for name, value in list(globals().items())
        if name.startswith("test_") and any(m.name == "cassette" for m in getattr(value, "pytestmark", []))
    ]
    assert sorted(recorded) == sorted((*MEDIA_TESTS, "test_bulk_upload"))
    for test in recorded:
        for mode_id in MODES:
            assert (CASSETTES / f"{test}_{mode_id}.yaml").is_file(), f"run `make record`: {test}[{mode_id}]"


@pytest.mark.parametrize("name", [f"{t}_{m}.yaml" for t in MEDIA_TESTS for m in MODES])
def test_storage_puts_carry_no_credentials(name: str) -> None:
    interactions = load(name)
    puts = [i for i in interactions if i["request"]["method"] == "PUT"]
    presigns = [i for i in interactions if i["request"]["uri"].endswith("/api/v1/media/presign")]
    assert len(puts) == len(presigns) == (2 if "many" in name else 1)
    for presign in presigns:
        # The API calls had the key (removed, marked): the check below is not vacuous.
        assert header(presign["request"], CREDENTIALS_MARK) == "removed"
    upload_urls = {json.loads(p["response"]["body"]["string"])["uploadUrl"] for p in presigns}
    for put in puts:
        request = put["request"]
        names = {k.lower() for k in request["headers"]}
        assert CREDENTIALS_MARK.lower() not in names and "authorization" not in names, request["headers"]
        assert request["uri"] in upload_urls  # the PUT went to the presigned URL, as given
        assert "/_sandbox/storage/temp/" in request["uri"]
        body = request["body"]
        assert header(request, "Content-Length") == str(len(body))
        assert header(request, "Content-Type") == {PNG: "image/png", JPEG: "image/jpeg"}[body]
        assert put["response"]["status"]["code"] == 200


@pytest.mark.parametrize("mode_id", MODES)
def test_bulk_creates_carry_the_row_derived_idempotency_keys(mode_id: str) -> None:
    interactions = load(f"test_bulk_upload_{mode_id}.yaml")
    requests = [i["request"] for i in interactions]
    assert [(r["method"], r["uri"].split("/api", 1)[1]) for r in requests] == [("POST", "/v1/posts")] * 3
    keys = {present(header(r, "Idempotency-Key")) for r in requests}
    assert {key.rsplit("-", 1)[0] for key in keys} == {f"bulk-row-{row}" for row in (2, 3, 4)}
    assert all(header(r, CREDENTIALS_MARK) == "removed" for r in requests)
    by_row = {
        int(present(header(r, "Idempotency-Key")).split("-")[2]): json.loads(r["body"]) for r in requests
    }
    third = by_row[4]
    assert third["content"] == f"Cassette bulk row three ({mode_id})"
    assert third["mediaItems"] == [{"type": "image", "url": f"{MEDIA_BASE_URL}row3.png"}]
    assert by_row[3]["tags"] == ["a", "b"]


# ------------------------------------------------------------------------------------- storage down


API = "https://api.late.test"
STORAGE = "https://storage.late.test"


class StorageDown(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The sandbox at ``API``, whose presigned URLs point at ``STORAGE``, a host refusing connections."""

    def __init__(self) -> None:
        self.sandbox = late.testing.sandbox()

    def _refuse(self, request: httpx.Request) -> None:
        if request.url.host != httpx.URL(API).host:
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    def _answer(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if not request.url.path.endswith("/v1/media/presign") or response.status_code != 200:
            return response
        presigned = json.loads(response.read())
        presigned["uploadUrl"] = presigned["uploadUrl"].replace(API, STORAGE, 1)
        return httpx.Response(200, json=presigned)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._refuse(request)
        return self._answer(request, self.sandbox.handle_request(request))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._refuse(request)
        return self._answer(request, await self.sandbox.handle_async_request(request))


@pytest.mark.parametrize("mode_id", MODES)
async def test_storage_connection_errors_name_the_storage_host(mode_id: str) -> None:
    transport = StorageDown()
    client = Late(api_key="sk_test_storage", base_url=API + "/api", transport=transport, max_retries=0)
    with pytest.raises(LateConnectionError) as info:
        await Api(client, mode_id).media("upload", PNG, filename="down.png")
    await client.aclose()
    message = str(info.value)
    assert message.startswith(f"Could not connect to the storage host storage.late.test (PUT {STORAGE}/api/")
    assert "the API" not in message and "Connection refused" in message
    assert [r.path for r in transport.sandbox.requests] == ["/v1/media/presign"]  # the API was reached
