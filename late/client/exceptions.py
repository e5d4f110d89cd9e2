"""The exception tree, at the import path the docs name (it is defined in ``late/_exceptions.py``)."""

from late._exceptions import (
    LateAPIError,
    LateAuthenticationError,
    LateClientClosedError,
    LateConflictError,
    LateConnectionError,
    LateForbiddenError,
    LateNotFoundError,
    LateRateLimitError,
    LateServerError,
    LateSpecMismatchError,
    LateTimeoutError,
    LateValidationError,
)
from late._http.errors import error_class_for_status, error_from_response

__all__ = [
    "LateAPIError",
    "LateAuthenticationError",
    "LateClientClosedError",
    "LateConflictError",
    "LateConnectionError",
    "LateForbiddenError",
    "LateNotFoundError",
    "LateRateLimitError",
    "LateServerError",
    "LateSpecMismatchError",
    "LateTimeoutError",
    "LateValidationError",
    "error_class_for_status",
    "error_from_response",
]
