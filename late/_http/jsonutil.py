"""Small helpers for reading what a server sends back.

Everything here is defensive: a hostile or broken server must never turn into a ``JSONDecodeError``,
``RecursionError`` or ``UnicodeDecodeError`` traceback in the user's program. Callers get ``None`` /
``ValueError`` and build a proper :class:`~late.LateAPIError` from that.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any


def _fast_parser() -> tuple[Callable[[bytes | str], Any], type[ValueError]] | None:
    """orjson's ``loads`` and its error where it is installed (CPython wheels for every common platform)."""
    try:
        import orjson
    except ImportError:  # PyPy or an exotic platform: the standard library parses alone
        return None
    return orjson.loads, orjson.JSONDecodeError


_FAST = _fast_parser()

__all__ = [
    "BODY_PREVIEW_CHARS",
    "JSONParseError",
    "loads_safely",
    "truncate_text",
]

#: How much of a non-JSON (or unparseable) body is kept on an exception.
BODY_PREVIEW_CHARS = 2_000


class JSONParseError(ValueError):
    """The bytes are not JSON we are willing to parse (malformed, not UTF-8, or nested absurdly deep)."""


def loads_safely(data: bytes | str) -> Any:
    """Parse JSON; every failure (even ``RecursionError`` on deep nesting) becomes JSONParseError.

    The JSONParseError is raised outside the ``except`` blocks, so it has no ``__context__``: a
    ``RecursionError`` (with its thousands of frames) or ``JSONDecodeError`` is not kept in the chain.

    orjson reads a page of posts about 1.7x faster than ``json.loads`` (see ``make bench``). Whatever
    it refuses (a BOM, ``NaN``, a lone surrogate escape, nesting past 1,024 levels) goes to the
    standard library, which decides as before; so the two differ only in integers beyond 64 bits,
    which orjson reads as floats, as the API's own JavaScript runtime holds every number.
    """
    if _FAST is not None:
        fast_loads, fast_error = _FAST
        try:
            return fast_loads(data)
        except fast_error:
            pass
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    except UnicodeDecodeError as exc:
        problem = f"body is not UTF-8 ({exc.reason})"
    else:
        try:
            return json.loads(text)
        except RecursionError:
            problem = "JSON is nested too deeply"
        except json.JSONDecodeError as exc:
            problem = f"body is not JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
    raise JSONParseError(problem)


def truncate_text(text: str, limit: int = BODY_PREVIEW_CHARS) -> str:
    """``text`` cut to ``limit`` characters, with a marker saying how much was dropped."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}... [truncated {len(text) - limit} chars]"
