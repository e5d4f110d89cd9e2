"""The SDK's error for a response value that fails when first used, raised by the generated models.

The generated models build fields that hold other models on first access (a page of posts stays
cheap until the caller looks inside; see ``late_api_client.types.LazyFields``), so a malformed nested
value is found then, not when the response arrives. This module makes that error a
:class:`~late.LateAPIError` as well, so ``except LateAPIError`` still catches
everything the SDK raises. ``late/_setup.py`` installs it into the generated models (the first client
does). It lives beside them, not in ``late/_exceptions.py``, because it derives from their error: that
module stays free of the generated package (and of attrs), which ``from late import Late`` does not load.
"""

from __future__ import annotations

from typing import Any

from late_api_client import types as _generated_types

from late._exceptions import LateAPIError


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
