"""Contains some shared types for properties.

The generated package's ``types`` module: ``scripts/generate.py`` copies this file in as
``late_api_client/types.py`` after the generator runs (the generator's own ``types.py`` template is
not overridden). It is plain Python, so ``make lint`` checks it here with ruff and ``mypy --strict``.
"""

import datetime
import functools
import threading
from collections.abc import Awaitable, Callable, Coroutine, Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from types import NoneType
from typing import IO, TYPE_CHECKING, Any, BinaryIO, ClassVar, Generic, ParamSpec, TypeAlias, TypeVar, cast

from attrs import define

# An optional field the server did not send, or sent as null, is None: ``UNSET`` is None and ``Unset``
# its type, so the generator's ``X | Unset`` is ``X | None`` to type checkers and ``isinstance(v, Unset)``
# and ``v is UNSET`` still test "absent" at run time. Whether a key was absent or null is kept where it
# matters, in the mapping a model was read from (see :class:`Sourced`), and ``to_dict()`` follows it.
if TYPE_CHECKING:
    Unset: TypeAlias = None
else:
    Unset = NoneType

UNSET: None = None

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


_P = ParamSpec("_P")
_R = TypeVar("_R")


def parsed_of(detailed: Callable[_P, Response[_R]]) -> Callable[_P, _R | None]:
    """An endpoint's ``sync``: its ``sync_detailed``, with the same arguments, returning only the
    parsed body (None for a status the spec does not list). Written once here, not per endpoint."""

    @functools.wraps(detailed)
    def sync(*args: _P.args, **kwargs: _P.kwargs) -> _R | None:
        return detailed(*args, **kwargs).parsed

    sync.__name__ = sync.__qualname__ = "sync"
    sync.__doc__ = (
        ":func:`sync_detailed`, returning only the parsed body (None for a status the spec does not list)."
    )
    return sync


def async_twin(
    detailed: Callable[_P, Response[_R]],
    get_kwargs: Callable[..., dict[str, Any]],
    build: Callable[..., Response[_R]],
) -> Callable[_P, Coroutine[Any, Any, Response[_R]]]:
    """An endpoint's ``asyncio_detailed``: its ``sync_detailed`` (same arguments, same request, same
    response building) with the request awaited on the client's ``httpx.AsyncClient``."""

    @functools.wraps(detailed)
    async def asyncio_detailed(*args: _P.args, **kwargs: _P.kwargs) -> Response[_R]:
        arguments: dict[str, Any] = dict(kwargs)
        client = arguments.pop("client")  # keyword-only in every endpoint
        response = await client.get_async_httpx_client().request(**get_kwargs(*args, **arguments))
        return build(client=client, response=response)

    asyncio_detailed.__name__ = asyncio_detailed.__qualname__ = "asyncio_detailed"
    asyncio_detailed.__doc__ = "Async :func:`sync_detailed` (the operation is documented there, once)."
    return asyncio_detailed


def aparsed_of(
    detailed: Callable[_P, Awaitable[Response[_R]]],
) -> Callable[_P, Coroutine[Any, Any, _R | None]]:
    """An endpoint's ``asyncio``: :func:`parsed_of` for its ``asyncio_detailed``."""

    @functools.wraps(detailed)
    async def asyncio(*args: _P.args, **kwargs: _P.kwargs) -> _R | None:
        return (await detailed(*args, **kwargs)).parsed

    asyncio.__name__ = asyncio.__qualname__ = "asyncio"
    asyncio.__doc__ = "Async :func:`sync`."
    return asyncio


_KNOWN_STATUSES: dict[int, HTTPStatus] = {status.value: status for status in HTTPStatus}


def status_code_of(code: int) -> HTTPStatus | int:
    """The HTTPStatus for ``code``, or the plain int for codes Python does not know (499, 520, 530).

    CDNs and proxies send such codes; ``HTTPStatus(520)`` raises ``ValueError``, which would turn
    an ordinary error response into a crash in every endpoint.
    """
    return _KNOWN_STATUSES.get(code, code)


def multipart_text(value: object) -> bytes:
    """A form field's bytes, with JSON spellings: ``true``/``false``, not Python's ``True``/``False``."""
    if isinstance(value, bool):
        return b"true" if value else b"false"
    return str(value).encode()


_E = TypeVar("_E", bound=Enum)


def parse_enum(enum: type[_E], value: object) -> _E:
    """``enum(value)``, with the member looked up in the value map first.

    An Enum call costs about ten times a dict lookup, and a page of posts holds thousands of enum
    values. Anything not in the map (an unlisted value, an unhashable one) still goes through
    ``enum(value)``, so ``_missing_`` and its errors are unchanged.
    """
    try:
        return cast(_E, enum._value2member_map_[value])
    except (KeyError, TypeError):
        return enum(value)


def format_datetime(value: datetime.datetime) -> str:
    """An API date-time: UTC as ``Z``, milliseconds only when there are any (``2024-12-25T10:00:00Z``)."""
    text = value.isoformat(timespec="milliseconds" if value.microsecond else "seconds")
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def as_sent(value: object, written: Any, sent: object) -> Any:
    """``written`` (a date-time field's ``to_dict`` value), or ``sent`` (the source's text for it)
    while ``value`` is still the instant and offset that text says: to_dict() writes a date-time the
    API sent as the API spelled it (``.000Z`` and all), changed model or not (see :func:`source_copy`)."""
    if type(sent) is str and isinstance(value, datetime.datetime):
        try:
            parsed = parse_datetime(sent)
        except ValueError:
            return written
        if parsed == value and parsed.utcoffset() == value.utcoffset():
            return sent
    return written


def parse_datetime(value: str) -> datetime.datetime:
    """Parse an API date-time into an aware datetime; a value without an offset is UTC."""
    parsed = datetime.datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=datetime.UTC)
    return parsed


class UnreadableValueError(ValueError):
    """A model field whose source value the model cannot read, found when the field is first used.

    Fields that hold other models are built on first access (see :class:`LazyFields`), so a
    malformed nested value surfaces then rather than in ``from_dict``. The message names the model
    and the field; ``__cause__`` is the original error.
    """

    def __init__(self, model: str, field: str, detail: str) -> None:
        super().__init__(f"{model}.{field}: the value could not be read ({detail})")
        self.model = model
        self.field = field
        self.detail = detail


#: The class raised for such a value. A package built on this client may put a subclass of its own
#: here (the ``late`` SDK puts one that is also its ``LateAPIError``), so that one ``except`` clause
#: catches every error it documents.
unreadable_value_error: type[UnreadableValueError] = UnreadableValueError


class Sourced:
    """Base of every generated model: ``from_dict`` keeps the mapping it read in ``_source``.

    ``to_dict()`` sends an optional field that is None only when that mapping had its key (as null),
    so a response's ``to_dict()`` leaves out what the API left out, and a request body read from a
    wire dict keeps an explicit null. A model built by ``__init__`` has no source: its None fields
    are left out. The mapping is kept, not copied.
    """

    __slots__ = ("_source",)
    _source: Mapping[str, Any]

    # Copies and pickles keep the source (attrs' own pair, turned off by the templates, would drop it).
    def __getstate__(self) -> dict[str, Any]:
        import attrs

        state = {f.name: getattr(self, f.name) for f in attrs.fields(cast(Any, type(self)))}
        source = source_of(self)
        if source is not _NO_SOURCE:
            state["_source"] = source
        return state

    def __setstate__(self, state: Mapping[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)

    # Every model's repr and deepcopy never fail, whatever the depth of its data (see model_repr).
    def __repr__(self) -> str:
        return model_repr(self)

    def __deepcopy__(self, memo: dict[int, Any]) -> Any:
        return model_deepcopy(self, memo)


_NO_SOURCE: Mapping[str, Any] = {}


def source_of(model: object) -> Mapping[str, Any]:
    """The mapping ``model`` was read from, or an empty one for a model built by ``__init__``."""
    try:
        return cast(Mapping[str, Any], object.__getattribute__(model, "_source"))
    except AttributeError:
        return _NO_SOURCE


#: Builds a field from the source mapping: what ``__getattr__`` calls on first access.
Reader = Callable[[Mapping[str, Any]], Any]


class LazyFields(Sourced):
    """Base of the models with fields that hold other models: those fields are built on first use.

    ``from_dict`` reads the plain fields (strings, numbers, enums, date-times) at once and keeps
    the source mapping; a field holding models (a post's ``platforms``, ``media_items``...), and
    ``additional_properties`` (the source's keys the spec does not list), is an
    empty slot until it is first read, when ``__getattr__`` (Python calls it only for a missing
    attribute) builds it from the source and stores it, so every later read is a plain slot read.
    A page of 100 posts is then about 100 objects, not 3,500, until a caller looks inside. Changes
    to a built field stick; two threads reading an unread field at once get the same object. The
    source mapping is kept, not copied: change it after ``from_dict`` and unread fields see that.

    ``_changed`` is False while the model is exactly what ``from_dict`` read: no attribute set or
    deleted since, no field built (a built field is handed out, and may be changed in place). Then
    ``to_dict()`` is a copy of the source mapping (:func:`source_copy`) instead of a walk of every
    field. ``from_dict`` writes through :func:`unhooked`'s twin class, so its own writes cost no hook.
    While only first reads have changed the model it is an int, one bit per field built: the store
    of a first read is a check-and-set under a lock, and the bit tells whether another thread stored
    the field meanwhile without reading the slot, whose AttributeError when empty costs as much as
    the rest of a build. (Small ints are shared: the bits cost a model no memory.)
    """

    __slots__ = ("_changed",)
    _changed: bool | int
    #: What ``__getattr__`` builds on first access, by attribute name: the reader and the field's bit.
    _lazy_readers: ClassVar[Mapping[str, tuple[Reader, int]]] = {}

    def __setstate__(self, state: Mapping[str, Any]) -> None:
        Sourced.__setstate__(self, state)
        _object_setattr(self, "_changed", True)  # not what from_dict read: to_dict() goes field by field

    if not TYPE_CHECKING:  # hidden from type checkers: a misspelt attribute stays an error

        def __getattr__(self, name: str) -> Any:
            lazy = self._lazy_readers.get(name)
            if lazy is not None:
                try:  # (a missing _source comes back here, is no field, and raises AttributeError)
                    source = self._source
                except AttributeError:  # built by __init__, and the field deleted since: plainly missing
                    pass
                else:
                    reader, bit = lazy
                    try:
                        value = reader(source)
                    except (KeyError, TypeError, ValueError, AttributeError) as exc:
                        detail = f"{type(exc).__name__}: {exc}"
                        raise unreadable_value_error(type(self).__name__, name, detail) from exc
                    with _BUILD_LOCK:  # another thread may have stored it meanwhile: then return theirs
                        state = self._changed
                        if state is True or state & bit:
                            try:
                                return object.__getattribute__(self, name)
                            except AttributeError:  # deleted since (and state is True): store ours
                                pass
                        _object_setattr(self, name, value)  # handed out: it may be changed in place
                        _object_setattr(self, "_changed", True if state is True else state | bit)
                    return value
            message = f"{type(self).__name__!r} object has no attribute {name!r}"
            raise AttributeError(message, name=name, obj=self)

        # A change and its mark are one step for a first read's check-and-set (which holds the same
        # lock): it sees both or neither, so it cannot store over the change or erase the mark.
        def __setattr__(self, name: str, value: Any) -> None:
            with _BUILD_LOCK:
                _object_setattr(self, name, value)
                _object_setattr(self, "_changed", True)

        def __delattr__(self, name: str) -> None:
            with _BUILD_LOCK:
                try:
                    object.__delattr__(self, name)
                except AttributeError:  # not built yet: as deleted as a built one (read: built afresh)
                    if name not in self._lazy_readers or not hasattr(self, "_source"):
                        raise
                _object_setattr(self, "_changed", True)


#: Makes storing a field built on first access a check-and-set: two threads reading an unread field at
#: once may both build it, but both get the one that is kept, so a change through either sticks.
#: Reentrant: a subclass's property setter, run by the write hook under it, may read a lazy field.
_BUILD_LOCK = threading.RLock()

_object_setattr = object.__setattr__

_L = TypeVar("_L", bound=LazyFields)


def unhooked(cls: type[_L]) -> type[_L]:
    """A twin of ``cls`` whose attribute writes are plain slot stores (no ``_changed`` hook).

    ``from_dict`` fills a new twin instance and then makes it a ``cls`` (``__class__`` assignment:
    the twin adds no slots, so the layouts are the same), which costs less than one hooked write.
    """
    namespace = {
        "__slots__": (),
        "__setattr__": object.__setattr__,
        "__delattr__": object.__delattr__,
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
    }
    return cast(type[_L], type(cls.__name__, (cls,), namespace))


class _NotJSON(Exception):
    pass


_JSON_SCALARS = frozenset({str, int, float, bool, NoneType})


def _copy_json(value: Any) -> Any:
    """A deep copy of JSON data; anything else raises _NotJSON. (Leaves are tested inline: most values
    are strings and numbers, and a call for each costs a fifth of the copy.)"""
    kind = type(value)
    if kind is dict:
        return {key: item if type(item) in _JSON_SCALARS else _copy_json(item) for key, item in value.items()}
    if kind is list:
        return [item if type(item) in _JSON_SCALARS else _copy_json(item) for item in value]
    if kind in _JSON_SCALARS:
        return value
    raise _NotJSON


def extras_reader(names: frozenset[str]) -> Reader:
    """The reader of ``additional_properties`` for a model that keeps its extra values as they are:
    the source's keys not in ``names`` (its wire names). One for every such model, built on first use."""

    def read(d: Mapping[str, Any]) -> dict[str, Any]:
        if d.keys() <= names:
            return {}
        return {key: value for key, value in d.items() if key not in names}

    return read


def lazy_readers(
    cls: type[LazyFields], namespace: Mapping[str, Any], extras: frozenset[str] | None
) -> dict[str, tuple[Reader, int]]:
    """What a model's ``__getattr__`` builds on first access: each field its module defines a reader
    for (``_read_<field>``), in the order of the fields, with its bit in ``_changed``.

    ``additional_properties`` (when ``extras`` holds the model's wire names) comes first, with
    :data:`EXTRAS_BIT`: read by the module's own reader if it has one (extra values that are models),
    else by :func:`extras_reader`. One call per generated module, instead of a table in each.
    """
    import attrs

    found: dict[str, tuple[Reader, int]] = {}
    if extras is not None:
        own = namespace.get("_read_additional_properties")
        found["additional_properties"] = (own or extras_reader(extras), EXTRAS_BIT)
    for field in attrs.fields(cast(Any, cls)):
        reader = namespace.get(f"_read_{field.name}")
        if reader is not None and field.name not in found:
            found[field.name] = (reader, EXTRAS_BIT << (len(found) + 1))
    return found


#: ``additional_properties``' bit in ``_changed`` (see :class:`LazyFields`): the generated models give
#: it the first bit, and :func:`source_copy` compares built extras with the source's instead.
EXTRAS_BIT = 2


def as_mapping(value: Any) -> Mapping[str, Any]:
    """``value``, if it is a mapping: the check of ``from_dict`` of a model whose fields are all built on
    first use, which reads nothing else of its source that would fail on a string or a list."""
    if isinstance(value, Mapping):
        return value
    raise TypeError(f"expected a JSON object, got {type(value).__name__}")


def source_copy(model: LazyFields, names: frozenset[str], extras: bool) -> dict[str, Any] | None:
    """``to_dict()`` of a model nothing has changed since ``from_dict``: a deep copy of its source.

    None (use the field-by-field path) when the model was changed or built by ``__init__``; when the
    source has keys other than ``names`` (the model's wire names) and the model keeps no others
    (``extras`` False), or its ``additional_properties`` no longer hold exactly those keys and values;
    or when the source is not plain JSON (dicts, lists, strings, numbers, booleans, null) or nests
    deeper than recursion allows.
    Values are the API's own, date-times as the API spelled them.
    """
    try:
        changed = object.__getattribute__(model, "_changed")
        source = object.__getattribute__(model, "_source")
    except AttributeError:
        return None
    if changed is True or (changed & ~EXTRAS_BIT if extras else changed):  # built extras: compared below
        return None
    if type(source) is not dict:
        return None
    if extras:
        try:
            kept: Any = object.__getattribute__(model, "additional_properties")
        except AttributeError:  # not built yet: it is the source's own extra keys, nothing to compare
            pass
        else:
            if source.keys() <= names:
                if kept:
                    return None
            elif kept != {key: item for key, item in source.items() if key not in names}:
                return None
    elif not source.keys() <= names:
        return None
    try:
        return cast(dict[str, Any], _copy_json(source))
    except (_NotJSON, RecursionError):
        return None


def model_repr(model: object) -> str:
    """The repr of every model: attrs', except that it never fails, so a log line can always show
    what it logs. A field whose value cannot be read shows why; a value nested too deep for ``repr``
    (JSON ``metadata`` a thousand levels down) is written without recursion. As attrs: a field's own
    ``repr=`` callable is used, and a model met again inside itself is ``...``."""
    import attrs

    name = type(model).__qualname__.rsplit(">.", 1)[-1]
    working = _REPR_WORKING.__dict__.setdefault("ids", set())
    if id(model) in working:
        return "..."
    working.add(id(model))
    try:
        parts = []
        for field in attrs.fields(cast(Any, type(model))):
            if not field.repr:
                continue
            shown = safe_repr if field.repr is True else field.repr
            try:
                value = shown(getattr(model, field.name))
            except UnreadableValueError as exc:
                value = f"<unreadable: {exc.detail}>"
            parts.append(f"{field.name}={value}")
        return f"{name}({', '.join(parts)})"
    finally:
        working.discard(id(model))


def safe_repr(value: Any) -> str:
    """``repr(value)``; dicts and lists nested deeper than ``repr`` recurses are written with a stack."""
    try:
        return repr(value)
    except RecursionError:
        return nested_text(value, leaf=repr, key=repr, comma=", ", colon=": ", arrays=(list,))


def nested_text(
    value: Any,
    *,
    leaf: Callable[[Any], str],
    key: Callable[[Any], str],
    comma: str,
    colon: str,
    arrays: tuple[type, ...],
) -> str:
    """``value`` written as ``{k<colon>v<comma>...}`` / ``[v<comma>...]`` at any depth, with an explicit
    stack instead of recursion: dicts are objects, ``arrays`` are arrays, anything else is ``leaf(item)``."""
    out: list[str] = []
    stack: list[list[Any]] = []  # [items, closer, is_object, first]

    def open_value(item: Any) -> None:
        if isinstance(item, dict):
            out.append("{")
            stack.append([iter(item.items()), "}", True, True])
        elif isinstance(item, arrays):
            out.append("[")
            stack.append([iter(cast(Any, item)), "]", False, True])
        else:
            out.append(leaf(item))

    open_value(value)
    while stack:
        frame = stack[-1]
        item = next(frame[0], _END)
        if item is _END:
            out.append(frame[1])
            stack.pop()
            continue
        if not frame[3]:
            out.append(comma)
        frame[3] = False
        if frame[2]:
            name, item = item
            out.append(key(name) + colon)
        open_value(item)
    return "".join(out)


_END: Any = object()


def deepcopy_data(value: Any, memo: dict[int, Any] | None = None) -> Any:
    """``copy.deepcopy`` for JSON-like data at any depth: dicts and lists are copied with a stack (shared
    ones stay shared), anything else by ``copy.deepcopy``."""
    import copy

    memo = {} if memo is None else memo
    todo: list[tuple[Any, Any]] = []

    def fresh(item: Any) -> Any:
        if type(item) is dict or type(item) is list:
            done = memo.get(id(item))
            if done is None:
                done = memo[id(item)] = {} if type(item) is dict else []
                todo.append((item, done))
            return done
        return copy.deepcopy(item, memo)

    top = fresh(value)
    while todo:
        source, target = todo.pop()
        if type(source) is dict:
            for key, item in source.items():
                target[key] = fresh(item)
        else:
            target.extend(fresh(item) for item in source)
    return top


@functools.cache
def _state_names(cls: Any) -> tuple[str, ...]:
    """The slots an instance of ``cls`` may hold (attrs models are slotted)."""
    names: list[str] = []
    for klass in cls.__mro__:
        for name in getattr(klass, "__slots__", ()):
            if name not in ("__weakref__", "__dict__") and name not in names:
                names.append(name)
    return tuple(names)


def model_deepcopy(model: Any, memo: dict[int, Any]) -> Any:
    """``copy.deepcopy`` of a model whose values may nest deeper than ``copy.deepcopy`` recurses."""
    cls: Any = type(model)
    new = object.__new__(cls)
    memo[id(model)] = new
    for name in _state_names(cls):
        try:
            value = object.__getattribute__(model, name)
        except AttributeError:  # an unread lazy field, or one never set
            continue
        object.__setattr__(new, name, deepcopy_data(value, memo))
    for name, value in getattr(model, "__dict__", {}).items():
        new.__dict__[name] = deepcopy_data(value, memo)
    return new


#: The models whose repr is being made, per thread (a model met again inside itself is "...").
_REPR_WORKING = threading.local()


def fill_defaults(model: object, base: type) -> None:
    """The defaults of the fields a subclass adds to a generated model: ``from_dict`` runs no
    ``__init__`` (see :class:`LazyFields`), so it sets them itself."""
    import attrs

    own = {f.name for f in attrs.fields(cast(Any, base))}
    for f in attrs.fields(cast(Any, type(model))):
        if f.name in own:
            continue
        default = f.default
        if default is attrs.NOTHING:
            if not f.init:  # __init__ leaves it unset too
                continue
            raise TypeError(f"{type(model).__name__}.from_dict cannot set {f.name!r}: it has no default")
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            value = default.factory(model) if default.takes_self else default.factory()
        else:
            value = default
        if f.converter is not None and f.init:  # as __init__ would
            value = f.converter(value)
        object.__setattr__(model, f.name, value)


def read_all(model: object) -> None:
    """Build every field of ``model`` now, nested ones too, so a malformed value fails here.

    What a union does with each member it tries: members are told apart by whether they parse.
    Only models with fields built on first use, and lists, can hold something still unbuilt.
    """
    todo: list[Any] = [model]
    while todo:
        item = todo.pop()
        if isinstance(item, LazyFields):
            kind: Any = type(item)
            todo.extend(getattr(item, name) for name in _field_names(kind))
        elif type(item) is list:
            todo.extend(item)


@functools.cache
def _field_names(cls: Any) -> tuple[str, ...]:
    import attrs

    return tuple(f.name for f in attrs.fields(cls))


__all__ = [
    "EXTRAS_BIT",
    "UNSET",
    "File",
    "FileTypes",
    "LazyFields",
    "RequestFiles",
    "Response",
    "Sourced",
    "UnreadableValueError",
    "Unset",
    "aparsed_of",
    "as_mapping",
    "as_sent",
    "async_twin",
    "deepcopy_data",
    "extras_reader",
    "fill_defaults",
    "format_datetime",
    "lazy_readers",
    "model_deepcopy",
    "model_repr",
    "multipart_text",
    "nested_text",
    "parse_datetime",
    "parse_enum",
    "parsed_of",
    "read_all",
    "safe_repr",
    "source_copy",
    "source_of",
    "status_code_of",
    "unhooked",
    "unreadable_value_error",
]
