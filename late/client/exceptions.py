"""The exception tree, at the import path the docs name (it is defined in ``late/_exceptions.py``).

A star import and its ``__all__``, so the tree's names are listed once (there), not again here.
"""

from late import _exceptions
from late._exceptions import *  # noqa: F403
from late._http.errors import error_class_for_status, error_from_response

__all__ = ["error_class_for_status", "error_from_response"]
__all__ += _exceptions.__all__
