"""``client.media``: media uploads (presign, then a streamed PUT to the storage host), sync and async.

An upload is two calls. ``POST /v1/media/presign`` (the generated endpoint, through the API transport)
returns an ``uploadUrl`` on the storage host and the ``publicUrl`` the file will have. The bytes then go
to ``uploadUrl`` in one ``PUT`` with ``Content-Type`` and ``Content-Length``, streamed from disk in 1 MiB
chunks, through :meth:`Requestor.send_external`: the same retry policy and timeouts, but a client that
never sends the API key (the storage host is a third party). A retried PUT re-reads the file from its start.

Every check (the file exists, is not a directory, is at most 5 GB; the content type is one the API
accepts) happens before the first request.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from late._exceptions import LateAPIError, LateValidationError
from late._http.request import ApiRequest, ExternalRequest, RequestOptions
from late.resources._base import Operation, Resource, call_options, model_parser
from late.resources._pool import arun_pool, check_concurrency, run_pool
from late.resources._signatures import async_twin, given
from late.resources._spec import call_generated, spec_checked
from late.resources._upload import FileInput, ProgressCallback, UploadSource, prepare

__all__ = ["Media", "MediaUploadResult", "UploadedFile"]

#: Default number of files ``upload_many`` sends at the same time.
DEFAULT_MAX_CONCURRENCY = 4

#: An item of ``upload_many``: a path or an open binary file, or ``(file_or_bytes, filename)``.
ManyInput = FileInput | tuple[FileInput, str]


@dataclass(frozen=True, slots=True)
class UploadedFile:
    """One uploaded file. An SDK-side model, not an API response: the SDK assembles it from the
    presign answer and the file it sent.

    ``url`` is the public URL to use in ``media_items`` (the presign ``publicUrl``); ``key`` the storage
    key (None if the API did not return one); ``size`` the bytes sent.
    """

    url: str
    key: str | None
    filename: str
    content_type: str
    size: int

    def to_dict(self) -> dict[str, Any]:
        """The fields under the API's camelCase names: url, key, filename, contentType, size."""
        return {
            "url": self.url,
            "key": self.key,
            "filename": self.filename,
            "contentType": self.content_type,
            "size": self.size,
        }


@dataclass(frozen=True, slots=True)
class MediaUploadResult:
    """What ``media.upload``/``upload_many`` return (SDK-side, not an API response).

    ``files`` holds one :class:`UploadedFile` per input, in input order.
    """

    files: tuple[UploadedFile, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"files": [f.to_dict() for f in self.files]}


@dataclass(frozen=True, slots=True)
class _Presigned:
    upload_url: str
    public_url: str
    key: str | None


def _parse_presigned(response: httpx.Response) -> _Presigned:
    from late_api_client.models import GetMediaPresignedUrlResponse200

    model = model_parser(GetMediaPresignedUrlResponse200.from_dict)(response)
    with spec_checked():
        upload_url, public_url, key = model.upload_url, model.public_url, model.key
    if not isinstance(upload_url, str) or not isinstance(public_url, str):
        raise LateAPIError(
            "The presign answer has no uploadUrl/publicUrl",
            status_code=response.status_code,
            body=response.text[:2000],
            request_id=response.headers.get("x-request-id"),
        )
    return _Presigned(upload_url, public_url, key if isinstance(key, str) else None)


@dataclass(frozen=True, slots=True)
class _Upload:
    """One file's upload, described once for both executors: presign, then PUT, then the result."""

    source: UploadSource
    options: RequestOptions | None
    progress: ProgressCallback | None

    @spec_checked()  # a generated name that is gone is the SDK's error
    def presign(self) -> Operation[_Presigned]:
        # Imported here, not at the top: the generated package costs `import late` time.
        from late_api_client.api.media import get_media_presigned_url
        from late_api_client.models import GetMediaPresignedUrlBody, MediaContentType

        body = GetMediaPresignedUrlBody(
            filename=self.source.filename,
            content_type=MediaContentType(self.source.content_type),
            size=self.source.size,
        )
        # Retried like an idempotent call: a repeated presign only mints another unused, expiring URL.
        request = ApiRequest.from_kwargs(
            call_generated(get_media_presigned_url._get_kwargs, body=body), retry_mode="idempotent"
        )
        return Operation(request, _parse_presigned, self.options)

    def put(self, presigned: _Presigned, body: Callable[[], Any]) -> ExternalRequest:
        try:
            return ExternalRequest(
                "PUT",
                presigned.upload_url,
                headers={"Content-Type": self.source.content_type, "Content-Length": str(self.source.size)},
                content=body,
            )
        except LateValidationError as exc:
            raise LateAPIError(f"The presign answer's uploadUrl is unusable: {exc.message}") from None

    def result(self, presigned: _Presigned) -> UploadedFile:
        return UploadedFile(
            url=presigned.public_url,
            key=presigned.key,
            filename=self.source.filename,
            content_type=self.source.content_type,
            size=self.source.size,
        )


class _ManyProgress:
    """Adds up the per-file progress of ``upload_many`` into one (bytes_sent, total) callback."""

    def __init__(self, sizes: Iterable[int], callback: ProgressCallback) -> None:
        self._sent: dict[int, int] = {}
        self._total = sum(sizes)
        self._callback = callback
        self._lock = threading.Lock()

    def for_file(self, index: int) -> ProgressCallback:
        def report(sent: int, _size: int) -> None:
            with self._lock:
                self._sent[index] = sent
                self._callback(sum(self._sent.values()), self._total)

        return report


def _check_progress(progress: ProgressCallback | None) -> ProgressCallback | None:
    if progress is not None and not callable(progress):
        raise LateValidationError("progress must be a callable(bytes_sent, total) or None", param="progress")
    return progress


#: One line per parameter of the public methods (the ``Args:`` of each docstring is built from it).
ARG_DOCS: dict[str, str] = {
    "file": "a path (str or PathLike), an open binary file (read from its current position) or bytes "
    "(then filename= is required)",
    "files": "paths or open binary files, or (file_or_bytes, filename) pairs",
    "filename": "the name to give the file (default: the path's or file object's name)",
    "content_type": "the MIME type; guessed from the name by default; must be one the API accepts",
    "upload.progress": "called as progress(bytes_sent, total) as the file is sent",
    "upload_many.progress": "called as progress(bytes_sent, total) for all files together",
    "max_concurrency": "uploads in flight at a time",
}


class Media(Resource):
    """The Media resource: ``client.media``."""

    __slots__ = ()

    # --- described once ----------------------------------------------------------------------------

    def _upload(
        self,
        file: FileInput,
        filename: str | None,
        content_type: str | None,
        progress: ProgressCallback | None,
        options: Mapping[str, Any],
    ) -> _Upload:
        source = prepare(file, filename=filename, content_type=content_type)
        return _Upload(source, call_options(options), _check_progress(progress))

    def _many(
        self,
        files: Iterable[ManyInput],
        max_concurrency: int,
        progress: ProgressCallback | None,
        options: Mapping[str, Any],
    ) -> _Many:
        workers = check_concurrency(max_concurrency)
        if isinstance(files, str | bytes) or not isinstance(files, Iterable):
            raise LateValidationError("files must be a list of files", param="files")
        sources = [
            prepare(item[0], filename=item[1]) if isinstance(item, tuple) else prepare(item) for item in files
        ]
        progress = _check_progress(progress)
        total = _ManyProgress([s.size for s in sources], progress) if progress else None
        opts = call_options(options)
        uploads = [_Upload(s, opts, total.for_file(i) if total else None) for i, s in enumerate(sources)]
        return _Many(uploads, min(workers, max(1, len(uploads))))

    # --- the API: each method written once; the a* twins run the same description async ---------

    _EXECUTORS = ("_run", "_upload_all")
    _ARG_DOCS = ARG_DOCS

    def upload(
        self,
        file: FileInput,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        progress: ProgressCallback | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> MediaUploadResult:
        """Upload one file; ``result.files[0].url`` is its public URL for ``media_items``.

        The async twin reads the file in a worker thread, never blocking the event loop.
        """
        options = given(locals(), "file", "filename", "content_type", "progress")
        upload = self._upload(file, filename, content_type, progress, options)
        return self._upload_all(_Many([upload], 1))

    def upload_many(
        self,
        files: Iterable[ManyInput],
        *,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        progress: ProgressCallback | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> MediaUploadResult:
        """Upload several files, ``max_concurrency`` at a time (threads, or tasks for the async twin).

        Every file is checked before the first request. The result's ``files`` are in input order. The
        first failure stops the uploads not yet started and is raised.
        """
        options = given(locals(), "files", "max_concurrency", "progress")
        return self._upload_all(self._many(files, max_concurrency, progress, options))

    aupload = async_twin(upload, "_aupload_all")
    aupload_many = async_twin(upload_many, "_aupload_all")

    # --- executors ------------------------------------------------------------------------------------

    def _upload_all(self, many: _Many) -> MediaUploadResult:
        if many.workers == 1 and len(many.uploads) == 1:  # one file: no pool
            many.results[0] = self._send(many.uploads[0])
            return many.result()

        def work(job: tuple[int, _Upload]) -> None:
            many.results[job[0]] = self._send(job[1])

        run_pool(many.jobs(), work, many.workers)
        return many.result()

    def _send(self, upload: _Upload) -> UploadedFile:
        presigned = self._run(upload.presign())
        with upload.source.opened() as f:
            self._requestor.send_external(
                upload.put(presigned, lambda: upload.source.chunks(f, upload.progress)), upload.options
            )
        return upload.result(presigned)

    async def _aupload_all(self, many: _Many) -> MediaUploadResult:
        if many.workers == 1 and len(many.uploads) == 1:
            many.results[0] = await self._asend(many.uploads[0])
            return many.result()

        async def work(job: tuple[int, _Upload]) -> None:
            many.results[job[0]] = await self._asend(job[1])

        await arun_pool(many.jobs(), work, many.workers)
        return many.result()

    async def _asend(self, upload: _Upload) -> UploadedFile:
        presigned = await self._arun(upload.presign())
        with upload.source.opened() as f:
            await self._requestor.asend_external(
                upload.put(presigned, lambda: upload.source.achunks(f, upload.progress)), upload.options
            )
        return upload.result(presigned)


class _Many:
    """``upload_many``'s uploads, the worker count, and the results slotted in input order."""

    def __init__(self, uploads: list[_Upload], workers: int) -> None:
        self.uploads = uploads
        self.workers = workers
        self.results: list[UploadedFile | None] = [None] * len(uploads)

    def jobs(self) -> Iterator[tuple[int, _Upload]]:
        return iter(enumerate(self.uploads))

    def result(self) -> MediaUploadResult:
        files = tuple(r for r in self.results if r is not None)
        assert len(files) == len(self.uploads)  # the pool raised if an upload failed
        return MediaUploadResult(files)
