"""The bounds openapi.yaml sets on request values (minimum, maxLength, ...).

Written by scripts/generate.py from openapi.yaml: the generator types parameters and bodies but keeps no
bounds, so the facade's local checks read them here and a regeneration updates them. Never edit by hand.
"""

from typing import Any, Final

#: operationId -> parameter (its wire name) -> JSON Schema keyword -> value
PARAMETERS: Final[dict[str, dict[str, dict[str, Any]]]] = {
    "createPost": {
        "Idempotency-Key": {
            "maxLength": 255,
        },
    },
    "listAccounts": {
        "limit": {
            "maximum": 500,
            "minimum": 1,
        },
        "page": {
            "minimum": 1,
        },
        "perProfile": {
            "maximum": 24,
            "minimum": 1,
        },
        "search": {
            "maxLength": 100,
            "minLength": 1,
        },
    },
    "listPosts": {
        "limit": {
            "maximum": 500,
            "minimum": 1,
        },
        "offset": {
            "minimum": 0,
        },
        "page": {
            "minimum": 1,
        },
    },
    "listProfiles": {
        "limit": {
            "maximum": 1000,
            "minimum": 1,
        },
        "skip": {
            "minimum": 0,
        },
    },
}

#: operationId -> JSON body property (its wire name) -> keyword -> value; an array's item bounds
#: under "items"
BODY_PROPERTIES: Final[dict[str, dict[str, dict[str, Any]]]] = {
    "updatePostMetadata": {
        "tags": {
            "items": {
                "maxLength": 100,
            },
        },
        "title": {
            "maxLength": 100,
        },
    },
}
