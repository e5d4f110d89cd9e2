"""Pick the right ``platformSpecificData`` model from the entry's ``platform``.

The spec makes ``platformSpecificData`` a ``oneOf`` of 15 per-platform models with no
discriminator, and every member accepts any object, so the generated parser always picks the
first (``TwitterPlatformData``), even for TikTok data. The platform named beside it decides.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import late_api_client.models as models

if TYPE_CHECKING:
    from late_api_client.models import CreatePostBody, UpdatePostBody


class _Entry(Protocol):
    platform: Any
    platform_specific_data: Any


#: The generated request bodies that carry platform entries. Constrained, not a protocol: mypy checks
#: this module against each of them, so a regeneration that drops ``platforms`` from either body is a
#: lint error naming the model and the field.
PostBody = TypeVar("PostBody", "CreatePostBody", "UpdatePostBody")


@cache
def platform_data_models() -> Mapping[str, Any]:
    """``{"tiktok": TikTokPlatformData, "googlebusiness": ...}``, read off the models' names."""
    suffix = "PlatformData"
    return {
        name.removesuffix(suffix).lower(): getattr(models, name)
        for name in models.__all__
        if name.endswith(suffix) and name != suffix
    }


def fix_platform_specific_data(body: PostBody, wire: Mapping[str, Any]) -> PostBody:
    """Re-parse each entry's ``platform_specific_data`` from the ``wire`` dict with its platform's model."""
    platforms = body.platforms
    raw_entries = wire.get("platforms")
    if not isinstance(platforms, list) or not isinstance(raw_entries, list):
        return body
    for entry, raw in zip(platforms, raw_entries, strict=True):
        data = raw.get("platformSpecificData")
        model = platform_data_models().get(str(raw.get("platform", "")).lower())
        if model is not None and isinstance(data, Mapping):
            entry.platform_specific_data = model.from_dict(data)
    return body
