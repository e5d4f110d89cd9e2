"""The response JSON reader: orjson where installed, the standard library for what orjson refuses.

Every body is read twice, with the fast parser and with it hidden, and the answers must agree (or
fail the same way), so the fast path can never change what a caller sees.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from late._http import jsonutil as _jsonutil
from late._http.jsonutil import JSONParseError, loads_safely

AGREED = [
    b'{"post": {"_id": "p1", "content": "caf\\u00e9 \xe2\x9c\x93", "n": 3, "f": 1.5, "ok": true}}',
    b'\xef\xbb\xbf{"bom": 1}',  # orjson refuses a BOM: json decides
    b'{"nan": NaN, "inf": Infinity}',  # not JSON, but json.loads reads it: so do we
    b'{"lone": "\\ud800"}',  # a lone surrogate escape: orjson refuses, json keeps it
    b"[" * 500 + b"]" * 500,
    b'{"a": 1, "a": 2}',
    '{"text": "already a str"}',
]

REFUSED = [b"{", b"[" * 1100 + b"]" * 1100, b"\xff\xfe{}", b"[" * 100_000 + b"]" * 100_000, b"not json"]


def _read(data: bytes | str, *, fast: bool, monkeypatch: pytest.MonkeyPatch) -> Any:
    with monkeypatch.context() as m:
        if not fast:
            m.setattr(_jsonutil, "_FAST", None)
        return loads_safely(data)


def test_the_fast_parser_is_installed_on_cpython() -> None:
    assert _jsonutil._FAST is not None


@pytest.mark.parametrize("data", AGREED, ids=range(len(AGREED)))
def test_fast_and_standard_readers_agree(data: bytes | str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _read(data, fast=True, monkeypatch=monkeypatch)
    slow = _read(data, fast=False, monkeypatch=monkeypatch)
    assert json.dumps(fast) == json.dumps(slow)  # NaN != NaN, so compare the text


@pytest.mark.parametrize("data", REFUSED, ids=range(len(REFUSED)))
def test_both_readers_refuse_the_same_bodies(data: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    for fast in (True, False):
        with pytest.raises(JSONParseError) as info:
            _read(data, fast=fast, monkeypatch=monkeypatch)
        assert info.value.__context__ is None  # no orjson/json error chained under it


def test_the_fast_path_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bytes | str] = []
    assert _jsonutil._FAST is not None
    fast_loads, fast_error = _jsonutil._FAST

    def counting(data: bytes | str) -> Any:
        calls.append(data)
        return fast_loads(data)

    monkeypatch.setattr(_jsonutil, "_FAST", (counting, fast_error))
    assert loads_safely(b'{"a": [1, 2]}') == {"a": [1, 2]}
    assert calls == [b'{"a": [1, 2]}']
