"""The SDK's changes to process-wide state: all of them are here, made once, when the first client is built.

``import late`` changes nothing. The first :class:`~late._http.requestor.Requestor` (every ``Late`` has
one, and every call goes through it) calls :func:`set_up`, which:

* makes the generated models raise :class:`~late.LateUnreadableValueError` for a nested value they cannot
  read (``late_api_client.types.unreadable_value_error``). Such a value is found when its field is first
  used, long after the call returned, and must still be a ``LateAPIError``, so that ``except
  LateAPIError`` catches everything the SDK raises;
* adds a filter to httpx's own logger (``logging.getLogger("httpx")``, global) that drops the query from
  the URL of a storage upload while it is in flight: httpx logs every request's URL at INFO, and a
  presigned URL's query is a credential (:data:`late._http.logs.SIGNED_URLS`);
* with ``LATE_LOG=debug`` (or info/warning/error) in the environment, attaches one stderr handler to the
  SDK's ``"late"`` logger.
"""

from __future__ import annotations

import logging
import os
import sys
import threading

__all__ = ["set_up"]

_lock = threading.Lock()
_done = False


def set_up() -> None:
    """Make the changes above, once per process (later calls do nothing)."""
    global _done
    with _lock:
        if _done:
            return
        _done = True
        from late_api_client import types as generated_types

        from late._http.logs import SIGNED_URLS, logger
        from late._models import LateUnreadableValueError

        generated_types.unreadable_value_error = LateUnreadableValueError
        logging.getLogger("httpx").addFilter(SIGNED_URLS)
        level = logging.getLevelNamesMapping().get(os.environ.get("LATE_LOG", "").strip().upper())
        if level is not None:
            handler = logging.StreamHandler(sys.stderr)
            handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
            logger.addHandler(handler)
            logger.setLevel(level)
