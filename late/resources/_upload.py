"""What ``media.upload`` sends: the file checked and described before any request, then streamed.

:func:`prepare` turns the user's argument (a path, an open binary file, or bytes with a filename) into an
:class:`UploadSource`: its name, content type and exact size, or a ``LateValidationError`` naming the
argument. :meth:`UploadSource.chunks`/:meth:`UploadSource.achunks` read it in :data:`CHUNK_SIZE` pieces,
from the start every time they are called (so a retried PUT re-sends the whole file), reporting
``progress(bytes_sent, total)`` as they go. Nothing is ever read whole into memory.
"""

from __future__ import annotations

import contextlib
import functools
import io
import mimetypes
import os
import stat
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Final

from late_api_client.models import MediaContentType

from late._exceptions import LateValidationError

__all__ = [
    "ACCEPTED_CONTENT_TYPES",
    "CHUNK_SIZE",
    "MAX_UPLOAD_BYTES",
    "FileInput",
    "ProgressCallback",
    "UploadSource",
    "guess_content_type",
    "prepare",
]

#: Bytes read from disk and handed to the HTTP client at a time.
CHUNK_SIZE: Final = 1 << 20
#: The presign endpoint's limit ("up to 5GB", 5368709120 bytes).
MAX_UPLOAD_BYTES: Final = 5 * 1024**3
#: The content types the presign endpoint accepts: the spec's ``MediaContentType`` enum.
ACCEPTED_CONTENT_TYPES: Final = frozenset(member.value for member in MediaContentType)

#: A file to upload: a path, an open binary file (read from its current position), or the bytes.
FileInput = str | os.PathLike[str] | IO[bytes] | bytes | bytearray | memoryview
#: Called with (bytes_sent, total) as the upload advances (from 0 again if the PUT is retried).
ProgressCallback = Callable[[int, int], None]

# Extensions of accepted types that Python's table lacks or names otherwise (".wav" is audio/x-wav there).
_EXTRA_TYPES: Final = {
    ".webp": "image/webp",
    ".m4v": "video/x-m4v",
    ".m4a": "audio/x-m4a",
    ".ogg": "audio/ogg",
    ".oga": "audio/ogg",
    ".weba": "audio/webm",
    ".wav": "audio/wav",
    ".srt": "application/x-subrip",
    ".vtt": "text/vtt",
}


@functools.cache
def _mime() -> mimetypes.MimeTypes:
    """Python's built-in table (not the machine's /etc/mime.types: a name maps the same everywhere),
    plus :data:`_EXTRA_TYPES` (only those the API accepts). Built on first use, not at import."""
    table = mimetypes.MimeTypes()
    for ext, kind in _EXTRA_TYPES.items():
        if kind in ACCEPTED_CONTENT_TYPES:
            table.add_type(kind, ext)
    return table


def guess_content_type(filename: str) -> str | None:
    """The MIME type for ``filename``'s extension (case-insensitive), or None when it has no known one."""
    guessed, _encoding = _mime().guess_type(filename.lower(), strict=False)
    return guessed


def _fail(param: str, message: str) -> LateValidationError:
    return LateValidationError(message, param=param)


def _accepted_list() -> str:
    return ", ".join(sorted(ACCEPTED_CONTENT_TYPES))


def _check_content_type(content_type: str | None, filename: str) -> str:
    if content_type is None:
        guessed = guess_content_type(filename)
        if guessed is None:
            raise _fail(
                "content_type",
                f"cannot tell the content type of {filename!r} from its name; pass content_type=, "
                f"one of: {_accepted_list()}",
            )
        if guessed not in ACCEPTED_CONTENT_TYPES:
            raise _fail(
                "content_type",
                f"{filename!r} is {guessed}, which the API does not accept; accepted: {_accepted_list()}",
            )
        return guessed
    if not isinstance(content_type, str):
        raise _fail("content_type", f"content_type must be a string, got {type(content_type).__name__}")
    normalized = content_type.split(";", 1)[0].strip().lower()
    if normalized not in ACCEPTED_CONTENT_TYPES:
        raise _fail(
            "content_type",
            f"content_type {content_type!r} is not accepted by the API; accepted: {_accepted_list()}",
        )
    return normalized


def _check_size(size: int, what: str) -> int:
    if size <= 0:
        raise _fail("file", f"{what} is empty; there is nothing to upload")
    if size > MAX_UPLOAD_BYTES:
        raise _fail(
            "file",
            f"{what} is {size} bytes; uploads are limited to 5 GB ({MAX_UPLOAD_BYTES} bytes)",
        )
    return size


def _check_filename(filename: object) -> str:
    if not isinstance(filename, str) or not filename.strip():
        raise _fail("filename", "filename must be a non-empty string such as 'photo.jpg'")
    name = os.path.basename(filename.strip().replace("\\", "/"))
    if not name:
        raise _fail("filename", f"filename {filename!r} has no file name part")
    return name


@dataclass(frozen=True, slots=True)
class UploadSource:
    """A file ready to upload: what presign needs, and how to read it (again) from its start."""

    filename: str
    content_type: str
    size: int
    _open: Callable[[], contextlib.AbstractContextManager[IO[bytes]]] = field(repr=False)
    _start: int = 0

    def opened(self) -> contextlib.AbstractContextManager[IO[bytes]]:
        """The file, open for the time of one upload (a path is opened and closed; a user's file is not)."""
        return self._open()

    def chunks(self, f: IO[bytes], progress: ProgressCallback | None) -> Iterator[bytes]:
        """The bytes of ``f`` from the start, in ``CHUNK_SIZE`` pieces (sync)."""
        reading = _Reading(self, progress)
        f.seek(self._start)
        while (wanted := reading.wanted()) > 0:
            chunk = reading.took(f.read(wanted))
            yield chunk
            reading.sent(len(chunk))

    async def achunks(self, f: IO[bytes], progress: ProgressCallback | None) -> AsyncIterator[bytes]:
        """The bytes of ``f`` from the start, in ``CHUNK_SIZE`` pieces, read off the event loop."""
        import asyncio  # here, not at the top: sync uploads and the bulk dry run do not need it

        reading = _Reading(self, progress)
        await asyncio.to_thread(f.seek, self._start)
        while (wanted := reading.wanted()) > 0:
            chunk = reading.took(await asyncio.to_thread(f.read, wanted))
            yield chunk
            reading.sent(len(chunk))


class _Reading:
    """One pass over the file: how much to read next, checks, progress."""

    __slots__ = ("_done", "_progress", "_source")

    def __init__(self, source: UploadSource, progress: ProgressCallback | None) -> None:
        self._source = source
        self._progress = progress
        self._done = 0

    def wanted(self) -> int:
        return min(CHUNK_SIZE, self._source.size - self._done)

    def took(self, chunk: bytes) -> bytes:
        if not chunk:
            raise _fail(
                "file",
                f"{self._source.filename!r} ended after {self._done} of {self._source.size} bytes; "
                "was it changed during the upload?",
            )
        return chunk

    def sent(self, n: int) -> None:
        self._done += n
        if self._progress is not None:
            self._progress(self._done, self._source.size)


def prepare(file: Any, *, filename: str | None = None, content_type: str | None = None) -> UploadSource:
    """Check ``file`` and describe it, before any request. Raises ``LateValidationError``."""
    if filename is not None:
        filename = _check_filename(filename)
    if isinstance(file, str | os.PathLike):
        return _from_path(Path(file), filename, content_type)
    if isinstance(file, bytes | bytearray | memoryview):
        if filename is None:
            raise _fail("filename", "uploading bytes needs filename= (e.g. 'photo.jpg') to name the file")
        data = bytes(file) if not isinstance(file, bytes) else file
        size = _check_size(len(data), f"{filename!r}")
        kind = _check_content_type(content_type, filename)
        return UploadSource(filename, kind, size, lambda: contextlib.nullcontext(io.BytesIO(data)))
    if callable(getattr(file, "read", None)):
        return _from_file(file, filename, content_type)
    raise _fail(
        "file",
        f"file must be a path, an open binary file or bytes, got {type(file).__name__}",
    )


def _from_path(path: Path, filename: str | None, content_type: str | None) -> UploadSource:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise _fail("file", f"file {str(path)!r} does not exist") from None
    except OSError as exc:
        raise _fail("file", f"file {str(path)!r} cannot be read: {exc.strerror or exc}") from None
    except ValueError as exc:  # a NUL in the path
        raise _fail("file", f"file {str(path)!r} cannot be read: {exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise _fail("file", f"{str(path)!r} is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise _fail("file", f"{str(path)!r} is not a regular file")
    if not os.access(path, os.R_OK):
        raise _fail("file", f"file {str(path)!r} is not readable")
    name = filename or path.name
    size = _check_size(info.st_size, f"file {str(path)!r}")
    kind = _check_content_type(content_type, name)

    def open_path() -> contextlib.AbstractContextManager[IO[bytes]]:
        try:
            return path.open("rb")
        except OSError as exc:
            raise _fail("file", f"file {str(path)!r} cannot be read: {exc.strerror or exc}") from None

    return UploadSource(name, kind, size, open_path)


def _from_file(f: Any, filename: str | None, content_type: str | None) -> UploadSource:
    if isinstance(f, io.TextIOBase) or "b" not in str(getattr(f, "mode", "b")):
        raise _fail("file", "file must be opened in binary mode ('rb'), not text mode")
    seekable = getattr(f, "seekable", None)
    if not callable(seekable) or not seekable():
        raise _fail("file", "file must be seekable (its size is sent first, and a retry re-reads it)")
    if filename is None:
        name = getattr(f, "name", None)
        if not isinstance(name, str) or not name:
            raise _fail("filename", "this file object has no name; pass filename= (e.g. 'photo.jpg')")
        filename = _check_filename(name)
    start = f.tell()
    end = f.seek(0, os.SEEK_END)
    f.seek(start)
    size = _check_size(end - start, f"{filename!r} (from position {start})")
    kind = _check_content_type(content_type, filename)
    return UploadSource(filename, kind, size, lambda: contextlib.nullcontext(f), start)
