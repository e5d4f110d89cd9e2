"""What changed between two versions of ``openapi.yaml``, operation by operation, and what it breaks.

``sync_spec.py`` prints this after every extraction. Each operation is flattened into facts, one per
thing the SDK sends or reads (``query parameter cursor``, ``header parameter Idempotency-Key``,
``request body field platforms[].accountId``, ``response 200 field pagination.nextCursor``,
``response 429 header Retry-After``), each with its type, whether it is required and its enum values,
``$ref``s resolved, ``allOf`` merged and the members of ``oneOf``/``anyOf`` walked into the same place.
Two versions' facts are compared, and each change is marked:

* **breaking**: code written against the old spec can fail with the new one. Anything removed; a type
  changed; on the request side a new required parameter or field, one that became required, or an
  enum value that is no longer accepted; on the response side a field that is no longer required (it
  may be missing now) or a status that is no longer answered.
* **additive**: nothing that worked breaks. New optional parameters and fields, new response fields,
  statuses and headers, a requirement relaxed on the request side, enum values added (the SDK's enums are
  open), a response enum value no longer sent.

Only the highest added or removed thing is listed: a removed field's own fields are not repeated.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

Spec = Mapping[str, Any]


@dataclass(frozen=True)
class Fact:
    side: str  # "request" or "response"
    type: str
    required: bool
    enum: frozenset[str]


@dataclass(frozen=True)
class Change:
    severity: str  # "breaking" or "additive"
    owner: str  # "createPost (POST /v1/posts)", or "schema Post"
    where: str  # "header parameter Idempotency-Key", "field platforms[].accountId"
    change: str  # "removed", "added (optional, string)", "type string -> integer", ...
    used_by: tuple[str, ...] = ()  # for a schema: the operationIds that reach it

    def line(self) -> str:
        mark = "BREAKING" if self.severity == "breaking" else "additive"
        users = f"  [used by {', '.join(self.used_by)}]" if self.used_by else ""
        where = f"{self.where} " if self.where else ""
        return f"{mark:8}  {self.owner}: {where}{self.change}{users}"


# --- flattening ------------------------------------------------------------------------------------

#: A fact's place: (prefix, field path). The prefix is where in an operation (``query parameter cursor``,
#: ``request body``, ``response 200``, ``response 429 header Retry-After``), empty in a component schema;
#: the field path is ``platforms[].accountId`` below it, empty for the thing itself.
Place = tuple[str, str]


def _type_of(schema: Mapping[str, Any]) -> str:
    for keyword in ("oneOf", "anyOf"):
        members = schema.get(keyword)
        if isinstance(members, list) and "properties" not in schema:
            names = sorted(_ref_name(m) or _type_of(m) for m in members if isinstance(m, Mapping))
            return f"{keyword}({'|'.join(names)})"
    kind = schema.get("type")
    names = sorted(kind) if isinstance(kind, list) else [kind] if isinstance(kind, str) else []
    if not names:
        names = ["object"] if "properties" in schema else ["const"] if "const" in schema else ["any"]
    text = "|".join(names)
    return f"{text}({schema['format']})" if "format" in schema else text


def _ref_name(node: Mapping[str, Any]) -> str | None:
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        return ref.rsplit("/", 1)[1]
    return None


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


class _Flattener:
    """Facts per owner: an operation's label, or ``schema Name`` for what a component schema holds.

    A ``$ref`` to a component schema is one fact where it is used (its type is the schema's name, so a
    reference that changes is a type change) and the component's own fields are facts of the component,
    flattened once: a change to ``Post`` is listed once, with the operations that use it.
    """

    def __init__(self, spec: Spec) -> None:
        self.components = spec.get("components", {}) or {}
        self.facts: dict[str, dict[Place, Fact]] = {}
        self.sides: dict[str, set[str]] = {}  # component -> "request"/"response"
        self.users: dict[str, set[str]] = {}  # component -> operations that reach it

    def resolve(self, node: Any) -> Mapping[str, Any]:
        """A parameter, response, header or request body with its ``$ref`` chain followed."""
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
            seen.add(node["$ref"])
            _, _, section, name = node["$ref"].split("/", 3)
            node = self.components.get(section, {}).get(name, {})
        return node if isinstance(node, Mapping) else {}

    def merged(self, schema: Mapping[str, Any], seen: frozenset[str] = frozenset()) -> dict[str, Any]:
        """``schema`` with its ``allOf`` members (referenced or inline) folded in."""
        out = {k: v for k, v in schema.items() if k != "allOf"}
        properties = dict(schema.get("properties") or {})
        required = set(schema.get("required") or [])
        for member in schema.get("allOf") or []:
            name = _ref_name(member) if isinstance(member, Mapping) else None
            if name in seen:
                continue
            part = self.merged(self.resolve(member), seen | {name} if name else seen)
            properties.update(part.get("properties") or {})
            required |= set(part.get("required") or [])
            for key in ("type", "enum", "format", "items", "additionalProperties", "oneOf", "anyOf"):
                if key in part and key not in out:
                    out[key] = part[key]
        if properties:
            out["properties"] = properties
        out["required"] = sorted(required)
        return out

    def component(self, name: str, side: str, user: str) -> None:
        self.users.setdefault(name, set()).add(user)
        sides = self.sides.setdefault(name, set())
        if side in sides:
            return
        sides.add(side)
        schema = self.components.get("schemas", {}).get(name, {})
        self.schema(schema, f"schema {name}", ("", ""), True, side, user)

    def schema(self, node: Any, owner: str, place: Place, required: bool, side: str, user: str) -> None:
        out = self.facts.setdefault(owner, {})
        if not isinstance(node, Mapping):
            node = {}
        ref = _ref_name(node)
        if ref is not None:
            if place not in out:
                out[place] = Fact(side, ref, required, frozenset())
            self.component(ref, side, user)
            return
        schema = self.merged(node)
        kind = _type_of(schema)
        if isinstance(node.get("allOf"), list):  # its own model, built from these: a change of them is one
            parts = [_ref_name(m) or "inline" for m in node["allOf"] if isinstance(m, Mapping)]
            kind = f"allOf({'+'.join(parts)})"
            for name in filter(None, map(_ref_name, node["allOf"])):
                self.users.setdefault(name, set()).add(user)  # folded in here, but still a model it uses
                self.sides.setdefault(name, set())
        enum = frozenset(str(value) for value in schema.get("enum") or [])
        previous = out.get(place)
        out[place] = (
            Fact(side, kind, required, enum)
            if previous is None
            else Fact(side, previous.type, previous.required, previous.enum | enum)
        )
        prefix, path = place
        required_names = set(schema.get("required") or [])
        for name, prop in (schema.get("properties") or {}).items():
            self.schema(prop, owner, (prefix, _join(path, name)), name in required_names, side, user)
        if isinstance(schema.get("items"), Mapping):
            self.schema(schema["items"], owner, (prefix, f"{path}[]"), True, side, user)
        if isinstance(schema.get("additionalProperties"), Mapping):
            self.schema(schema["additionalProperties"], owner, (prefix, f"{path}{{}}"), True, side, user)
        for keyword in ("oneOf", "anyOf"):
            for member in schema.get(keyword) or []:
                if isinstance(member, Mapping) and _ref_name(member) is not None:
                    self.component(_ref_name(member) or "", side, user)
                else:
                    self.schema(member, owner, place, required, side, user)

    def content(self, content: Any, owner: str, prefix: str, side: str, required: bool) -> None:
        for media_type, item in sorted((content or {}).items()):
            label = prefix if media_type == "application/json" else f"{prefix} ({media_type})"
            if isinstance(item, Mapping):
                self.schema(item.get("schema") or {}, owner, (label, ""), required, side, owner)

    def operation(self, label: str, item: Mapping[str, Any], op: Mapping[str, Any]) -> None:
        out = self.facts.setdefault(label, {})
        parameters: dict[tuple[str, str], Mapping[str, Any]] = {}
        for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
            param = self.resolve(raw)
            if "name" in param:
                parameters[(param.get("in", "query"), param["name"])] = param
        for (location, name), param in sorted(parameters.items()):
            required = bool(param.get("required"))
            self.schema(
                param.get("schema") or {},
                label,
                (f"{location} parameter {name}", ""),
                required,
                "request",
                label,
            )
        if op.get("requestBody"):
            body = self.resolve(op["requestBody"])
            out[("request body", "")] = Fact("request", "body", bool(body.get("required")), frozenset())
            self.content(body.get("content"), label, "request body", "request", bool(body.get("required")))
        for status, raw in sorted((op.get("responses") or {}).items(), key=lambda kv: str(kv[0])):
            response = self.resolve(raw)
            prefix = f"response {status}"
            out[(prefix, "")] = Fact("response", "response", True, frozenset())
            for name, header in sorted((response.get("headers") or {}).items()):
                schema = self.resolve(header).get("schema") or {}
                self.schema(schema, label, (f"{prefix} header {name}", ""), False, "response", label)
            self.content(response.get("content"), label, prefix, "response", True)


def flatten(spec: Spec) -> _Flattener:
    """Every operation's facts (owner ``createPost (POST /v1/posts)``) and every reached component's."""
    flattener = _Flattener(spec)
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, Mapping) else None
            if isinstance(op, Mapping):
                flattener.operation(f"{op.get('operationId') or '?'} ({method.upper()} {path})", item, op)
    return flattener


def operations(spec: Spec) -> list[str]:
    return [owner for owner in flatten(spec).facts if not owner.startswith("schema ")]


# --- comparing -------------------------------------------------------------------------------------

#: Which changes break code on each side (request: what the SDK sends; response: what it reads).
_BREAKS = {
    "request": {"added required", "became required", "enum value removed"},
    "response": {"became optional"},
}


def _breaking(kind: str, sides: set[str]) -> bool:
    return any(kind in _BREAKS[side] for side in sides)


def _severity(breaking: bool) -> str:
    return "breaking" if breaking else "additive"


def _parent(place: Place) -> Place | None:
    """The place that contains ``place`` (``(response 200, a.b)`` -> ``(response 200, a)``)."""
    prefix, path = place
    if path.endswith(("[]", "{}")):
        return prefix, path[:-2]
    if path:
        return prefix, path[: max(path.rfind("."), 0)]
    if " header " in prefix:
        return prefix.split(" header ")[0], ""
    return None


def _where(place: Place) -> str:
    prefix, path = place
    return " ".join([*([prefix] if prefix else []), *([f"field {path}"] if path else [])])


def _describe(fact: Fact) -> str:
    parts = ["required" if fact.required else "optional", fact.type]
    if fact.enum:
        parts.append("enum " + ", ".join(sorted(fact.enum)))
    return ", ".join(parts)


def _compare_facts(
    owner: str,
    old: Mapping[Place, Fact],
    new: Mapping[Place, Fact],
    sides: set[str] | None,
    used_by: tuple[str, ...],
) -> list[Change]:
    """Changes between two versions of one owner's facts; ``sides`` for a component (else each fact's own)."""
    changes: list[Change] = []

    def add(breaking: bool, place: Place, change: str) -> None:
        changes.append(Change(_severity(breaking), owner, _where(place), change, used_by))

    removed, added = old.keys() - new.keys(), new.keys() - old.keys()
    for place in sorted(removed):
        if _parent(place) not in removed:
            add(True, place, "removed")
    for place in sorted(added):
        if _parent(place) in added:
            continue
        fact = new[place]
        add(
            _breaking("added required" if fact.required else "", sides or {fact.side}),
            place,
            f"added ({_describe(fact)})",
        )
    for place in sorted(old.keys() & new.keys()):
        before, after = old[place], new[place]
        on = sides or {after.side}
        if before.type != after.type:
            add(True, place, f"type {before.type} -> {after.type}")
        if before.required != after.required:
            became = "became required" if after.required else "became optional"
            add(_breaking(became, on), place, became)
        for value in sorted(before.enum - after.enum):
            add(_breaking("enum value removed", on), place, f"enum value {value!r} removed")
        for value in sorted(after.enum - before.enum):
            add(False, place, f"enum value {value!r} added")
    return changes


def _operation_id(label: str) -> str:
    return label.split(" (", 1)[0]


def _schema_names(spec: Spec) -> set[str]:
    return set((spec.get("components") or {}).get("schemas") or {})


def compare(old: Spec, new: Spec) -> list[Change]:
    """Every change from ``old`` to ``new``, breaking first: per operation (parameters, headers, bodies,
    statuses), then per component schema (each is a generated model) with the operations that use it."""
    before, after = flatten(old), flatten(new)
    old_names, new_names = _schema_names(old), _schema_names(new)
    changes: list[Change] = []
    owners = before.facts.keys() | after.facts.keys() | {f"schema {n}" for n in old_names ^ new_names}
    for owner in sorted(owners):
        old_facts, new_facts = before.facts.get(owner), after.facts.get(owner)
        if not owner.startswith("schema "):
            if old_facts is None or new_facts is None:
                severity, change = ("additive", "added") if old_facts is None else ("breaking", "removed")
                changes.append(Change(severity, owner, "operation", change))
            else:
                changes.extend(_compare_facts(owner, old_facts, new_facts, None, ()))
            continue
        name = owner.removeprefix("schema ")
        users = before.users.get(name, set()) | after.users.get(name, set())
        used_by = tuple(sorted({_operation_id(user) for user in users}))
        if name not in old_names or name not in new_names:  # a generated model appears or vanishes
            severity, change = ("additive", "added") if name not in old_names else ("breaking", "removed")
            changes.append(Change(severity, owner, "schema", change, used_by))
        elif old_facts is not None and new_facts is not None:  # else it is folded in where it is used
            sides = before.sides.get(name, set()) | after.sides.get(name, set())
            changes.extend(_compare_facts(owner, old_facts, new_facts, sides, used_by))
    changes.sort(key=lambda c: (c.severity != "breaking", c.owner.startswith("schema "), c.owner, c.where))
    return changes


def report(changes: Iterable[Change]) -> list[str]:
    """The summary's lines: a count, then one line per change."""
    changes = list(changes)
    if not changes:
        return ["no changes to operations, parameters, bodies, responses or schemas"]
    breaking = sum(c.severity == "breaking" for c in changes)
    head = f"{len(changes)} changes: {breaking} breaking, {len(changes) - breaking} additive"
    return [head, *(c.line() for c in changes)]


def to_json(changes: Iterable[Change]) -> str:
    return json.dumps([asdict(c) for c in changes], indent=2)
