"""Two typing helpers for tests: narrow an optional model field, or pass a wrong type on purpose."""

from __future__ import annotations

from typing import Any, TypeVar

T = TypeVar("T")


def present(value: T | None) -> T:
    """``value``, which the test expects to be there (the spec marks most response fields optional)."""
    assert value is not None
    return value


def unchecked(value: object) -> Any:
    """``value`` typed as ``Any``: what a caller without a type checker passes, a wrong type on purpose,
    for a test of the runtime check that rejects it."""
    return value
