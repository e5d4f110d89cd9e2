"""JSON of any depth without recursion: checking a caller's free-form value, and encoding it.

``json.dumps`` recurses once per level, so a ``metadata`` nested about 1,000 levels deep raises
``RecursionError`` (and orjson stops at 255). The API answers with JSON the SDK reads up to 1,024
levels (orjson's limit), so a value that deep must be sendable: :func:`check` walks it with an
explicit stack, and :func:`dumps` writes it the way httpx encodes ``json=`` bodies (compact, UTF-8,
no ``NaN``), also with an explicit stack. The transport uses :func:`dumps` only for a body
``json.dumps`` cannot take; the common body is encoded by httpx as before.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from typing import Any, TypeVar, cast

__all__ = ["check", "deepcopy", "dumps"]

T = TypeVar("T")
_LEAVES = (str, int, float, bool, type(None))
_END: Any = object()


def _key(key: object) -> str | None:
    """A dict key as ``json.dumps`` writes it, or None when it takes no such key."""
    if isinstance(key, str):
        return key
    if key is True or key is False or key is None:
        return json.dumps(key)
    if isinstance(key, int):
        return int.__repr__(key)
    if isinstance(key, float) and math.isfinite(key):
        return float.__repr__(key)
    return None


def _leaf_problem(value: object) -> str | None:
    if isinstance(value, float) and not math.isfinite(value):
        return f"{value!r} is not a JSON number"
    if isinstance(value, _LEAVES):
        return None
    return f"{type(value).__name__} is not JSON data"


def check(value: object) -> str | None:
    """What makes ``value`` unsendable as JSON (a type JSON lacks, NaN, a key, a cycle), or None."""
    on_path: set[int] = set()
    stack: list[tuple[int, Iterator[Any]]] = [(0, iter((value,)))]
    while stack:
        ident, items = stack[-1]
        item = next(items, _END)
        if item is _END:
            stack.pop()
            on_path.discard(ident)
            continue
        if isinstance(item, dict | list | tuple):
            if id(item) in on_path:
                return "it contains itself (a circular reference)"
            if isinstance(item, dict):
                bad = next((k for k in item if _key(k) is None), _END)
                if bad is not _END:
                    return f"key {bad!r} is not a JSON object key"
                children: Iterator[Any] = iter(item.values())
            else:
                children = iter(item)
            on_path.add(id(item))
            stack.append((id(item), children))
            continue
        problem = _leaf_problem(item)
        if problem is not None:
            return problem
    return None


def _leaf(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def dumps(value: object) -> bytes:
    """``value`` (checked by :func:`check`) as compact UTF-8 JSON, at any depth (the generated models'
    stack-based writer, imported on use)."""
    from late_api_client.types import nested_text

    text = nested_text(
        value, leaf=_leaf, key=lambda k: _leaf(_key(k)), comma=",", colon=":", arrays=(list, tuple)
    )
    return text.encode()


def deepcopy(value: T) -> T:
    """``copy.deepcopy`` for JSON-like data at any depth (the generated models' own, imported on use)."""
    from late_api_client.types import deepcopy_data

    return cast(T, deepcopy_data(value))
