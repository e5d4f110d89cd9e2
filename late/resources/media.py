"""``client.media``: media uploads (presign, then a streamed PUT to the storage host)."""

from __future__ import annotations

from late.resources._base import Resource


class Media(Resource):
    """The Media resource: ``client.media``."""

    __slots__ = ()
