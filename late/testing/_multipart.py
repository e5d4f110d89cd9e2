"""A ``multipart/form-data`` request body read into its named parts (for ``POST /v1/media/upload-direct``)."""

from __future__ import annotations

from dataclasses import dataclass
from email import policy
from email.parser import BytesParser

__all__ = ["FormPart", "parse_form"]


@dataclass(frozen=True)
class FormPart:
    name: str
    filename: str | None
    #: The part's own Content-Type, None when it sent none.
    content_type: str | None
    data: bytes


def parse_form(content_type: str, body: bytes) -> dict[str, FormPart]:
    """The parts of a ``multipart/form-data`` body by field name (the first of each name).

    Raises ValueError when the body is not multipart/form-data with a boundary.
    """
    if not content_type.lower().startswith("multipart/form-data") or "boundary=" not in content_type:
        raise ValueError("not multipart/form-data")
    head = f"Content-Type: {content_type}\r\n\r\n".encode("latin-1", "replace")
    message = BytesParser(policy=policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise ValueError("no parts")
    parts: dict[str, FormPart] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str) or name in parts:
            continue
        payload = part.get_payload(decode=True)
        parts[name] = FormPart(
            name=name,
            filename=part.get_filename(),
            content_type=part.get_content_type() if str(part["content-type"] or "").strip() else None,
            data=payload if isinstance(payload, bytes) else b"",
        )
    return parts
