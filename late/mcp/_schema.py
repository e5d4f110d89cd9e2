"""JSON Schemas for the MCP tools, read from the facade's own signatures and docstrings.

There is no second list of parameters to keep in step: a tool's ``inputSchema`` is what
:func:`input_schema` reads off the facade method it calls (``Posts.acreate``, ``Accounts.alist``...):

* its keyword parameters (``post_id: str``; required when they have no default), their types from
  ``typing.get_type_hints``;
* each type mapped to JSON Schema (``datetime | str`` is an ISO 8601 string, ``Platform | str``
  a string with the known platforms as its ``enum``, ``Sequence[str]`` an array...); a parameter no JSON
  value can stand for (a progress callback, an ``httpx.Timeout``) is left out;
* each parameter's description from its line in the method's ``Args:`` section (built from the
  resource's ``ARG_DOCS`` table);
* the per-call options every method takes (``max_retries``, ``timeout``, ``deadline``) are left out.

The tool's description is the method's docstring before its ``Args:``.
"""

from __future__ import annotations

import enum
import inspect
import os
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, get_args, get_origin

from late.resources._base import CallOptions

__all__ = ["describe", "input_schema"]

JsonSchema = dict[str, Any]

#: The per-call options of every facade method: not tool arguments.
CALL_OPTIONS = frozenset(CallOptions.__annotations__)

_DATETIME_HELP = (
    "ISO 8601 date and time, e.g. 2025-03-01T09:00:00. With an offset (Z, +02:00) it is that instant; "
    "without one it is wall-clock time in `timezone` (an IANA zone such as America/New_York)."
)
_DATE_HELP = "A date, YYYY-MM-DD."


class _Unmappable(Exception):
    """A type no JSON value stands for (a callable, a file object, an httpx.Timeout)."""


def input_schema(method: Callable[..., Any], *, skip: Sequence[str] = ()) -> JsonSchema:
    """The ``inputSchema`` of a tool that calls ``method`` with its JSON arguments as keywords."""
    properties: dict[str, JsonSchema] = {}
    required: list[str] = []
    hints = typing.get_type_hints(method)
    notes = _arg_lines(method)
    for parameter in inspect.signature(method).parameters.values():
        name = parameter.name
        if name in ("self", *skip) or name in CALL_OPTIONS:
            continue
        if parameter.kind in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD):
            continue
        try:
            schema = _schema_of(hints.get(name, Any))
        except _Unmappable:
            continue
        if notes.get(name):
            schema["description"] = _join(notes[name], schema.get("description"))
        properties[name] = schema
        if parameter.default is inspect.Parameter.empty:
            required.append(name)
    result: JsonSchema = {"type": "object", "properties": properties}
    if required:
        result["required"] = required
    return result


def describe(method: Callable[..., Any], *extra: str) -> str:
    """A tool's description: the method's docstring without its ``Args:`` (each argument's line is its
    schema's description), then ``extra``."""
    doc = (inspect.getdoc(method) or "").split("\nArgs:\n", 1)[0].strip()
    return "\n\n".join(part for part in (doc, *extra) if part)


def _join(first: str, second: str | None) -> str:
    return f"{first}. {second}" if second else first


def _arg_lines(method: Callable[..., Any]) -> dict[str, str]:
    """``name -> its line`` from the ``Args:`` section the facade gives every public method's docstring."""
    doc = inspect.getdoc(method) or ""
    if "\nArgs:\n" not in doc:
        return {}
    lines: dict[str, str] = {}
    for line in doc.split("\nArgs:\n", 1)[1].splitlines():
        name, sep, text = line.strip().partition(": ")
        if sep and name.isidentifier():
            lines[name] = text.strip()
    return lines


def _schema_of(hint: Any) -> JsonSchema:
    origin = get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        members = [m for m in get_args(hint) if m is not type(None)]
        mapped = []
        for member in members:
            try:
                mapped.append(_schema_of(member))
            except _Unmappable:
                continue
        if not mapped:
            raise _Unmappable(hint)
        return _merge(mapped)
    if hint is bool:
        return {"type": "boolean"}
    if hint is int:
        return {"type": "integer"}
    if hint is float:
        return {"type": "number"}
    if hint is str or hint is os.PathLike or origin is os.PathLike:
        return {"type": "string"}
    if hint is datetime:
        return {"type": "string", "description": _DATETIME_HELP}
    if hint is date:
        return {"type": "string", "format": "date", "description": _DATE_HELP}
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return {"type": "string", "enum": [member.value for member in hint]}
    if origin in (list, Sequence, tuple) or hint in (list, Sequence):
        args = get_args(hint)
        item = _schema_of(args[0]) if args else {}
        return {"type": "array", "items": item}
    if origin in (dict, Mapping) or hint in (dict, Mapping):
        return {"type": "object"}
    raise _Unmappable(hint)


def _merge(schemas: list[JsonSchema]) -> JsonSchema:
    """One schema for the members of a union (``Platform | str``: a string, the platforms as its enum)."""
    if len(schemas) == 1:
        return schemas[0]
    if all(s.get("type") == "string" for s in schemas):
        merged: JsonSchema = {"type": "string"}
        for schema in schemas:
            for key in ("enum", "description", "format"):
                if key in schema and key not in merged:
                    merged[key] = schema[key]
        if "description" in merged:
            merged.pop("format", None)  # `datetime | str`: the description says what the string holds
        return merged
    return {"anyOf": schemas}
