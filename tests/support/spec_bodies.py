"""Bodies a response schema of ``openapi.yaml`` allows: the least it allows, and many full ones.

The spec-driven answer test (``test_spec_answers.py``) feeds them to the facade. Hand-written cases
test what their author pictured; these test what the real spec says the API may send: fields left out,
nulls where a type allows them, every enum value in turn, every member of every ``oneOf``, years from 1
to 9999, extra properties where ``additionalProperties`` allows them.

Each body is checked against its schema with jsonschema (:func:`check_body`), so a mistake here cannot
pass for leniency in the SDK. The one departure: ``oneOf`` is checked as ``anyOf``. The upstream spec's
``oneOf`` members have no discriminator and overlap (a typical ``platformSpecificData`` object matches
most of its 15 members; a TikTok verdict also matches ``PostCreateResponse``, which requires nothing),
so "exactly one" would refuse bodies the API sends.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

ROOT = Path(__file__).resolve().parents[2]

# Values for the string patterns the spec uses (a new pattern fails loudly: add its example here).
PATTERN_EXAMPLES = {
    r"^\d+$": "1234",
    r"^[0-9]+$": "42",
    r"^[A-Z]{2}$": "US",
    r"^@?\w{1,15}$": "@late_sdk",
    r"^https?://.+\.(?:[jJ][pP][eE]?[gG]|[pP][nN][gG]|[wW][eE][bB][pP])(?:[?#].*)?$": (
        "https://cdn.example.com/a.jpg"
    ),
    r"^https?://.+\.(?:[jJ][pP][eE]?[gG]|[pP][nN][gG]|[wW][eE][bB][pP]|[gG][iI][fF]|[mM][pP]4)(?:[?#].*)?$": (
        "https://cdn.example.com/a.mp4"
    ),
}
MAX_DEPTH = 14  # deeper than any schema nests in the spec; a cycle would stop here with the least body


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    return loaded


def _resolve(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in schema:
        node: Any = spec()
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


_Validator = jsonschema.validators.extend(  # type: ignore[no-untyped-call]  # untyped in types-jsonschema
    jsonschema.Draft202012Validator,
    {"oneOf": jsonschema.Draft202012Validator.VALIDATORS["anyOf"]},  # see the module docstring
)


def check_body(body: Any, schema: Mapping[str, Any]) -> None:
    """Raise if ``body`` is not what ``schema`` allows (``oneOf`` read as ``anyOf``)."""
    _Validator({**schema, "components": spec()["components"]}).validate(body)


class BodyMaker:
    """One body for a schema.

    ``full``: every property, else only the required ones (the least the spec allows). ``branch``: the
    index of the member taken at every ``oneOf``/``anyOf`` and of the value at every ``enum`` (modulo
    their length), so bodies 0..n-1 take every member of the widest one. ``nulls``: null wherever a type
    allows it. ``rng``: the rest (numbers, dates, list lengths).
    """

    def __init__(self, *, full: bool, branch: int = 0, nulls: bool = False, seed: int = 0) -> None:
        self.full, self.branch, self.nulls = full, branch, nulls
        self.rng = random.Random(seed)

    def make(self, schema: Mapping[str, Any], depth: int = 0) -> Any:
        schema = _resolve(schema)
        full = self.full and depth < MAX_DEPTH
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return schema["enum"][self.branch % len(schema["enum"])]
        for keyword in ("oneOf", "anyOf"):
            if keyword in schema:
                members = schema[keyword]
                return self.make(members[self.branch % len(members)], depth + 1)
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for member in schema["allOf"]:
                merged.update(self.make(member, depth + 1))
            return merged
        kind = schema.get("type", "object" if "properties" in schema else None)
        if isinstance(kind, list):
            if "null" in kind and (self.nulls or kind == ["null"]):
                return None
            kind = next(k for k in kind if k != "null")
        if kind == "object":
            return self._object(schema, full, depth)
        if kind == "array":
            low = schema.get("minItems", 0)
            high = schema.get("maxItems", low + 3)
            count = min(max(low, self.rng.randint(1, 3)), high) if full else low
            return [self.make(schema.get("items", {}), depth + 1) for _ in range(count)]
        if kind == "string":
            return self._string(schema)
        if kind == "integer":
            return self.rng.randint(int(schema.get("minimum", 0)), int(schema.get("maximum", 10_000)))
        if kind == "number":
            return round(self.rng.uniform(schema.get("minimum", 0), schema.get("maximum", 10_000)), 3)
        if kind == "boolean":
            return self.rng.random() < 0.5
        if kind is None:  # any JSON value
            return {"free": [1, "two", None]} if full else {}
        raise AssertionError(f"no body for type {kind!r}: {schema}")

    def _object(self, schema: Mapping[str, Any], full: bool, depth: int) -> dict[str, Any]:
        required = set(schema.get("required", ()))
        body = {
            name: self.make(prop, depth + 1)
            for name, prop in (schema.get("properties") or {}).items()
            if full or name in required
        }
        extra = schema.get("additionalProperties", True)
        if full and extra is not False:
            body["someNewField"] = self.make(extra, depth + 1) if isinstance(extra, Mapping) else [1, {}]
        return body

    def _string(self, schema: Mapping[str, Any]) -> str:
        if "pattern" in schema:
            return PATTERN_EXAMPLES[schema["pattern"]]
        fmt = schema.get("format")
        if fmt == "date-time":
            year = self.rng.choice([1, 999, 1000, 1970, 2026, 9999])
            moment = datetime(year, 1, 1, tzinfo=UTC) + timedelta(seconds=self.rng.randint(0, 31_000_000))
            return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        if fmt == "uri":
            return f"https://cdn.example.com/{self.rng.randint(0, 10**6)}.jpg"
        if fmt == "email":
            return "someone@example.com"
        text = self.rng.choice(["", "x", "Hello, Late", "ünïcødé ✓ \u2028 line"]) if self.full else "x"
        low: int = schema.get("minLength", 0)
        high: int = schema.get("maxLength", 10_000)
        return (text + "x" * max(0, low - len(text)))[:high]


def widest_choice(schema: Mapping[str, Any]) -> int:
    """The most members of any ``oneOf``/``anyOf`` or values of any ``enum`` in ``schema``, deeply."""
    seen: set[int] = set()
    widest = 1

    def walk(node: Any) -> None:
        nonlocal widest
        if isinstance(node, Mapping):
            node = _resolve(node)
            if id(node) in seen:
                return
            seen.add(id(node))
            for keyword in ("oneOf", "anyOf", "enum"):
                widest = max(widest, len(node.get(keyword, ())))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    return widest


def bodies(schema: Mapping[str, Any], *, random_bodies: int = 3) -> Iterator[tuple[str, Any]]:
    """(label, body) pairs: the least body (with every branch of its choices), full bodies taking every
    branch of every choice in turn, one with nulls wherever allowed, and a few random ones."""
    width = widest_choice(schema)
    for branch in range(width):
        yield f"minimal/{branch}", BodyMaker(full=False, branch=branch).make(schema)
    for branch in range(width):
        yield f"full/{branch}", BodyMaker(full=True, branch=branch, seed=branch).make(schema)
    yield "full/nulls", BodyMaker(full=True, nulls=True, seed=7).make(schema)
    rng = random.Random(2026)
    for i in range(random_bodies):
        maker = BodyMaker(full=True, branch=rng.randrange(width), nulls=rng.random() < 0.5, seed=100 + i)
        yield f"random/{i}", maker.make(schema)


def json_answers(operation_id: str) -> Iterator[tuple[int, Mapping[str, Any]]]:
    """(status, schema) of each documented answer of an operation that has a JSON body."""
    for item in spec()["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                for status, answer in op["responses"].items():
                    answer = _resolve(answer)
                    media = (answer.get("content") or {}).get("application/json")
                    if media and "schema" in media:
                        yield int(status), media["schema"]
                return
    raise KeyError(operation_id)
