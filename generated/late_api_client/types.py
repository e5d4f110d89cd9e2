"""Contains some shared types for properties"""

import datetime
from collections.abc import Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar, cast

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


_KNOWN_STATUSES: dict[int, HTTPStatus] = {status.value: status for status in HTTPStatus}


def status_code_of(code: int) -> HTTPStatus | int:
    """The HTTPStatus for ``code``, or the plain int for codes Python does not know (499, 520, 530).

    CDNs and proxies send such codes; ``HTTPStatus(520)`` raises ``ValueError``, which would turn
    an ordinary error response into a crash in every endpoint.
    """
    return _KNOWN_STATUSES.get(code, code)


def multipart_text(value: object) -> bytes:
    """A form field's bytes, with JSON spellings: ``true``/``false``, not Python's ``True``/``False``."""
    if isinstance(value, bool):
        return b"true" if value else b"false"
    return str(value).encode()


_E = TypeVar("_E", bound=Enum)


def parse_enum(enum: type[_E], value: object) -> _E:
    """``enum(value)``, with the member looked up in the value map first.

    An Enum call costs about ten times a dict lookup, and a page of posts holds thousands of enum
    values. Anything not in the map (an unlisted value, an unhashable one) still goes through
    ``enum(value)``, so ``_missing_`` and its errors are unchanged.
    """
    try:
        return cast(_E, enum._value2member_map_[value])
    except (KeyError, TypeError):
        return enum(value)


def format_datetime(value: datetime.datetime) -> str:
    """An API date-time: UTC as ``Z``, milliseconds only when there are any (``2024-12-25T10:00:00Z``)."""
    text = value.isoformat(timespec="milliseconds" if value.microsecond else "seconds")
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def parse_datetime(value: str) -> datetime.datetime:
    """Parse an API date-time into an aware datetime; a value without an offset is UTC."""
    parsed = datetime.datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=datetime.UTC)
    return parsed


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "format_datetime",
    "multipart_text",
    "parse_datetime",
    "parse_enum",
    "status_code_of",
]
