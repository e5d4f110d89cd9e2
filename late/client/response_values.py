"""The SDK's error for a response value that fails when first used, plugged into the generated models.

The generated models build fields that hold other models on first access (a page of posts stays
cheap until the caller looks inside; see ``late_api_client.types.LazyFields``), so a malformed nested
value is found then, not when the response arrives. This module makes that error a
:class:`~late.client.exceptions.LateAPIError` as well, so ``except LateAPIError`` still catches
everything the SDK raises. Importing it installs the class; every resource imports it.
"""

from __future__ import annotations

from typing import Any

from late_api_client import types as _generated_types

from .exceptions import LateAPIError


class LateUnreadableValueError(LateAPIError, _generated_types.UnreadableValueError):
    """A value in an API response the SDK could not read, found when its field was first used.

    Also a ``ValueError``. ``model`` and ``field`` name where (``param`` is the field); ``__cause__``
    is the original error.
    """

    def __init__(self, model: str, field: str, detail: str) -> None:
        LateAPIError.__init__(
            self,
            f"The API sent a {model} whose {field} the SDK could not read ({detail})",
            param=field,
        )
        self.model = model
        self.field = field
        self.detail = detail

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.model, self.field, self.detail))


_generated_types.unreadable_value_error = LateUnreadableValueError
