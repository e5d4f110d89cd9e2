"""Media: presign and the storage PUT it leads to, upload-direct, and prepare.

The presigned ``uploadUrl`` points at the sandbox itself (``<base>/_sandbox/storage/<key>``), so the
SDK's streamed PUT, without the API key, runs against something that checks it: the bytes are hashed
as they arrive and only their size and sha256 are kept (``sandbox.uploads``).
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
from dataclasses import replace
from datetime import datetime, timedelta
from urllib.parse import quote

from late.testing import _validate as v
from late.testing._multipart import parse_form
from late.testing._routes import Route
from late.testing._store import Store, Upload
from late.testing._util import ApiError, bad_request
from late.testing._wire import Ctx, Outcome, json_response

__all__ = ["MAX_DIRECT_UPLOAD_BYTES", "MAX_UPLOAD_BYTES", "ROUTES", "storage_put"]

PRESIGN_TTL_SECONDS = 3600
MAX_UPLOAD_BYTES = 5 * 1024**3
#: upload-direct: the API's host refuses bodies above about 4.5 MB; its files are kept 7 days.
MAX_DIRECT_UPLOAD_BYTES = 4_500_000
DIRECT_UPLOAD_TTL = timedelta(days=7)
PREPARE_TARGETS = v.Choices(
    {
        "instagram",
        "instagram_story",
        "facebook",
        "facebook_reel",
        "facebook_story",
        "threads",
        "tiktok",
        "linkedin",
        "twitter",
        "bluesky",
        "pinterest",
        "reddit",
        "snapchat",
        "telegram",
        "googlebusiness",
        "youtube_thumbnail",
    }
)


def _stored_name(store: Store, filename: str, now: datetime) -> str:
    """The file's name in storage, as the API makes it: upload time, a random token, the name made safe."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", filename.rsplit("/", 1)[-1])[:120] or "file"
    return f"{int(now.timestamp() * 1000)}_{store.ids.token(6)}_{safe}"


def presign(store: Store, ctx: Ctx) -> Outcome:
    data = ctx.json()
    filename = data.get("filename")
    if not isinstance(filename, str) or not filename.strip():
        raise bad_request("filename is required", "filename", "missing_required_field")
    content_type = data.get("contentType")
    if content_type is None:
        raise bad_request("contentType is required", "contentType", "missing_required_field")
    if content_type not in v.MEDIA_CONTENT_TYPES:
        raise bad_request(
            f"contentType '{content_type}' is not supported. "
            f"Use one of: {', '.join(sorted(v.MEDIA_CONTENT_TYPES))}",
            "contentType",
            "INVALID_FIELD_VALUE",
        )
    size = data.get("size")
    if size is not None and (
        not isinstance(size, int) or isinstance(size, bool) or size <= 0 or size > MAX_UPLOAD_BYTES
    ):
        raise bad_request("size must be a positive integer of at most 5GB (5368709120 bytes)", "size")
    with store.lock:
        now = store.now()
        key = f"temp/{_stored_name(store, filename.strip(), now)}"
        public_url = f"{store.media_base_url}/{quote(key)}"
        store.uploads[key] = Upload(
            key=key,
            filename=filename,
            content_type=content_type,
            declared_size=size,
            public_url=public_url,
            expires_at=now + timedelta(seconds=PRESIGN_TTL_SECONDS),
        )
    return json_response(
        200,
        {
            "uploadUrl": f"{ctx.base}/_sandbox/storage/{quote(key)}",
            "publicUrl": public_url,
            "key": key,
            "expiresIn": PRESIGN_TTL_SECONDS,
        },
    )


def upload_direct(store: Store, ctx: Ctx) -> Outcome:
    """A multipart ``file`` (and optional ``contentType``) stored as an upload (size and sha256 kept,
    in ``uploads``); answers its public URL."""
    raw = ctx.body.read()
    try:
        form = parse_form(ctx.headers.get("content-type", ""), raw)
    except ValueError:
        raise bad_request(
            "Send the file as multipart/form-data in a field named file", "file", "missing_required_field"
        ) from None
    part = form.get("file")
    if part is None or part.filename is None:
        raise bad_request("No file provided (multipart field 'file')", "file", "missing_required_field")
    if len(part.data) > MAX_DIRECT_UPLOAD_BYTES:
        # The API's host answers 413 above ~4.5 MB, a status this operation does not list; the
        # sandbox says the same thing with the operation's "file too large" status.
        raise bad_request(
            "File too large for upload-direct (about 4.5 MB at most); use POST /v1/media/presign",
            "file",
            "file_too_large",
        )
    override = form.get("contentType")
    content_type = (override.data.decode("utf-8", "replace").strip() if override is not None else "") or (
        part.content_type or mimetypes.guess_type(part.filename)[0] or "application/octet-stream"
    )
    size, sha = len(part.data), hashlib.sha256(part.data).hexdigest()
    with store.lock:
        now = store.now()
        filename = _stored_name(store, part.filename, now)
        key = f"temp/{filename}"
        public_url = f"{store.media_base_url}/{quote(key)}"
        store.uploads[key] = Upload(
            key=key,
            filename=part.filename,
            content_type=content_type,
            declared_size=None,
            public_url=public_url,
            expires_at=now + DIRECT_UPLOAD_TTL,
            size=size,
            sha256=sha,
            uploaded_content_type=content_type,
        )
    return json_response(
        200, {"url": public_url, "filename": filename, "contentType": content_type, "size": size}
    )


def storage_put(store: Store, ctx: Ctx, key: str) -> Outcome:
    """The PUT of a presigned upload's bytes: signed by its URL alone, as S3's are."""
    if "authorization" in ctx.headers:
        raise ApiError(
            403,
            "Presigned upload URLs must not carry an Authorization header (the signature is in the URL).",
            code="authorization_not_allowed",
            type="permission_error",
        )
    with store.lock:
        upload = store.uploads.get(key)
        if upload is None:
            raise ApiError(403, "Unknown or unsigned upload URL", code="signature_does_not_match")
        if store.now() >= upload.expires_at:
            raise ApiError(403, "The presigned upload URL has expired", code="request_expired")
    ctx.pause()
    size, sha = ctx.body.digest()
    if size > MAX_UPLOAD_BYTES:
        raise ApiError(413, "Uploads are limited to 5GB", code="payload_too_large")
    with store.lock:
        store.uploads[key] = replace(
            upload, size=size, sha256=sha, uploaded_content_type=ctx.headers.get("content-type")
        )
    return Outcome(200, [("ETag", f'"{sha[:32]}"'), ("Content-Type", "text/plain")], b"")


def prepare(store: Store, ctx: Ctx) -> Outcome:
    data = ctx.json()
    url = data.get("url")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise bad_request("url must be a public http(s) URL", "url")
    target = data.get("target")
    if target not in PREPARE_TARGETS:
        raise bad_request(f"target must be one of {', '.join(sorted(PREPARE_TARGETS))}", "target")
    kind = v._infer_media_type(url)
    media_type = "video" if kind == "video" else "image"
    return json_response(
        200,
        {
            "target": target,
            "url": url,
            "changed": False,
            "mediaType": media_type,
            "originalSize": None,
            "outputSize": None,
        },
    )


ROUTES = (
    Route("POST", "/v1/media/presign", presign),
    Route("POST", "/v1/media/prepare", prepare),
    Route("POST", "/v1/media/upload-direct", upload_direct),
)
