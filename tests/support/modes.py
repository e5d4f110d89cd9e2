"""Calling an operation sync or async: the one ``"a" + name`` dispatch of the test suite."""

from __future__ import annotations

from typing import Any

MODES = ("sync", "async")


def is_async_mode(mode: str | bool) -> bool:
    """``True`` for ``"async"`` (or ``True``), ``False`` for ``"sync"`` (or ``False``); else a bug."""
    if isinstance(mode, bool):
        return mode
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    return mode == "async"


async def in_mode(mode: str | bool, target: object, op: str, /, *args: Any, **kwargs: Any) -> Any:
    """``target.<op>(...)`` when sync, ``await target.a<op>(...)`` when async.

    ``op`` may be dotted (``"posts.create"``): the path up to the last name is walked from ``target``.
    """
    *path, name = op.split(".")
    for attribute in path:
        target = getattr(target, attribute)
    if is_async_mode(mode):
        return await getattr(target, "a" + name)(*args, **kwargs)
    return getattr(target, name)(*args, **kwargs)


async def call(client: object, mode: str | bool, name: str, *args: Any, **kwargs: Any) -> Any:
    """``client.posts.<name>(...)`` or ``await client.posts.a<name>(...)``."""
    return await in_mode(mode, client, "posts." + name, *args, **kwargs)
