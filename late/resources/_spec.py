"""Telling an SDK that no longer matches its spec apart from a caller's mistake.

The facade calls the generated endpoints' ``_get_kwargs`` and reads the generated models. When the
generated client was built from a spec without a parameter, model or field the facade uses, those
calls fail with Python's ``TypeError``, ``AttributeError`` or ``ImportError``. ``make lint`` (mypy)
catches that before a release; at run time this module turns it into a
:class:`~late.LateSpecMismatchError` that says the SDK is at fault, never a
``LateValidationError`` that blames the caller's arguments, nor a bare traceback.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from types import ModuleType, TracebackType
from typing import ParamSpec, TypeVar

from late._exceptions import LateSpecMismatchError

P = ParamSpec("P")
R = TypeVar("R")

_GENERATED = "late_api_client"
_ADVICE = (
    "this is a bug in the SDK (its generated client was built from a spec that lacks what the SDK uses), "
    "not in your call: upgrade or reinstall the SDK, or report it"
)


def _is_generated(module: str | None) -> bool:
    return module is not None and (module == _GENERATED or module.startswith(_GENERATED + "."))


def mismatch_error(detail: str) -> LateSpecMismatchError:
    return LateSpecMismatchError(f"The Late SDK does not match its API spec: {detail}; {_ADVICE}")


def call_generated(function: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
    """``function(*args, **kwargs)`` for a generated function; arguments it does not take (a
    parameter gone from the spec) are a :class:`LateSpecMismatchError`."""
    try:
        return function(*args, **kwargs)
    except TypeError as exc:
        # Raised by the call itself, before the function ran (no frame of its own in the traceback):
        # its signature is not the one the facade was written against.
        if exc.__traceback__ is not None and exc.__traceback__.tb_next is None:
            where = f"{function.__module__}.{function.__qualname__}"
            raise mismatch_error(f"{where} does not take these arguments ({exc})") from exc
        raise


def spec_mismatch(exc: BaseException) -> LateSpecMismatchError | None:
    """The mismatch error for ``exc`` when it is a generated model, module or name that is not there."""
    if isinstance(exc, AttributeError):
        owner = getattr(exc, "obj", None)
        if isinstance(owner, ModuleType):
            module, what = owner.__name__, f"module {owner.__name__}"
        else:
            module, what = type(owner).__module__, f"the generated model {type(owner).__name__}"
        if _is_generated(module):
            return mismatch_error(f"{what} has no attribute {exc.name!r}")
    elif isinstance(exc, ImportError) and _is_generated(exc.name):
        return mismatch_error(str(exc))
    return None


class _SpecChecked:
    """:func:`spec_checked`: a context manager, and a decorator that costs a plain ``try`` per call
    (``contextmanager``'s decorator makes a generator and a context object on every call)."""

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if isinstance(exc, (AttributeError, ImportError)):
            mismatch = spec_mismatch(exc)
            if mismatch is not None:
                raise mismatch from exc

    def __call__(self, function: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(function)
        def checked(*args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return function(*args, **kwargs)
            except (AttributeError, ImportError) as exc:
                mismatch = spec_mismatch(exc)
                if mismatch is None:
                    raise
                raise mismatch from exc

        return checked


_SPEC_CHECKED = _SpecChecked()


def spec_checked() -> _SpecChecked:
    """Within this block (or call of the decorated function), a generated name or attribute that is
    not there is a LateSpecMismatchError."""
    return _SPEC_CHECKED
