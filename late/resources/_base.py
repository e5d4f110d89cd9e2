"""One implementation per operation, two executors.

Every API call is described once as an :class:`Operation`: the request (built from the generated
endpoint's ``_get_kwargs``) and a parser for the 2xx response. :meth:`Resource._run` and
:meth:`Resource._arun` are the only places that differ between sync and async: they hand the
request to the shared transport policy (retries, idempotency, deadline) and parse the result.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar, Generic, Protocol, TypedDict, TypeVar

import httpx

from late._exceptions import LateAPIError
from late._http.request import ApiRequest, RequestOptions
from late._http.requestor import Requestor
from late._models import LateUnreadableValueError
from late.resources import _signatures

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class CallOptions(TypedDict, total=False):
    """Per-call overrides of the client's settings, accepted by every method."""

    max_retries: int
    timeout: float | httpx.Timeout
    deadline: float


class _FromDict(Protocol[T_co]):  # pragma: no cover - typing only
    def __call__(self, src_dict: Mapping[str, Any], /) -> T_co: ...


@dataclass(frozen=True, slots=True)
class Operation(Generic[T]):
    request: ApiRequest
    parse: Callable[[httpx.Response], T]
    options: RequestOptions | None = None


@dataclass(frozen=True, slots=True)
class Prepared(Generic[T]):
    """An operation that needs another call's answer first: the executor runs ``first``, then sends
    ``then(answer)`` (e.g. a create whose missing accountId comes from the accounts list). A
    description like any other: the describing view hands it back, ``_run``/``_arun`` run both steps."""

    first: Operation[Any]
    then: Callable[[Any], Operation[T]]


def call_options(params: Mapping[str, Any], *, idempotency_key: str | None = None) -> RequestOptions | None:
    """The RequestOptions for the per-call keywords in ``params`` (None when there are none)."""
    max_retries = params.get("max_retries")
    timeout = params.get("timeout")
    deadline = params.get("deadline")
    if max_retries is None and timeout is None and deadline is None and idempotency_key is None:
        return None
    return RequestOptions(
        max_retries=max_retries, timeout=timeout, deadline=deadline, idempotency_key=idempotency_key
    )


@cache  # one parser per model: a call builds none
def model_parser(
    from_dict: _FromDict[T], by_status: tuple[tuple[int, _FromDict[Any]], ...] = ()
) -> Callable[[httpx.Response], T]:
    """Parse a 2xx JSON body with a generated model; an unreadable body is a LateAPIError carrying it.

    ``by_status`` names the model of each 2xx status the spec answers with another schema (a 207
    "saved, but the publish did not fully succeed" body): ``T`` is then the union of them all.
    """
    from late._http.body import decode_json

    others = dict(by_status)

    def parse(response: httpx.Response) -> T:
        data = decode_json(response)
        if not isinstance(data, Mapping):
            raise _unparsable(response, f"expected a JSON object, got {type(data).__name__}")
        try:
            model: T = others.get(response.status_code, from_dict)(data)
            model_class: type = type(model)
            for name in _field_names(model_class):  # the answer's own fields (a post, a page's posts)
                getattr(model, name)
        except LateUnreadableValueError as exc:  # a field of the answer: name it
            raise _unparsable(response, f"{exc.model}.{exc.field}: {exc.detail}") from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _unparsable(response, f"{type(exc).__name__}: {exc}") from None
        return model

    return parse


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    """The attrs fields of a response model.

    Models build the models inside them on first use; the response's own fields (the ``post`` of a
    create, the ``posts`` of a page, each with its plain fields) are built as it arrives, so an answer
    missing what the caller (or bulk upload) reads at once is this call's error, with the request's
    idempotency key, not a surprise later. What is nested deeper is still built when first read.
    """
    import attrs

    return tuple(f.name for f in attrs.fields(cls)) if attrs.has(cls) else ()


def _unparsable(response: httpx.Response, detail: str) -> LateAPIError:
    message = f"The API answered {response.status_code} with a body the SDK could not read ({detail})"
    if response.is_success:
        message += "; the request itself succeeded"
        key = _sent_key(response)
        if key:
            message += f": repeat the call with idempotency_key={key!r} to get its result without a duplicate"
    return answer_error(response, message)


def answer_error(response: httpx.Response, message: str) -> LateAPIError:
    """A LateAPIError about ``response`` (status, the start of its body, headers, request id, and the
    Idempotency-Key the request sent)."""
    return LateAPIError(
        message,
        status_code=response.status_code,
        body=response.text[:2000],
        headers=dict(response.headers),
        request_id=response.headers.get("x-request-id"),
        idempotency_key=_sent_key(response),
    )


def _sent_key(response: httpx.Response) -> str | None:
    return response.request.headers.get("idempotency-key") if _has_request(response) else None


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - raises RuntimeError when the response has none
    except RuntimeError:
        return False
    return True


class Resource:
    """Base of ``client.posts`` and ``client.media``: holds the requestor and runs operations.

    A public method's body describes its call and hands it to an executor named in ``_EXECUTORS``
    (``_run`` for one request); the describing view hands it back instead, which is how async twins
    and :func:`~late.resources._signatures.with_raw_response` reuse the sync definition (see
    ``_signatures``). ``_ARG_DOCS`` gives each parameter of each public method its docstring line.
    """

    __slots__ = ("_describing", "_requestor")

    #: The sync executors a public method may hand its description to.
    _EXECUTORS: ClassVar[tuple[str, ...]] = ("_run",)
    #: param (or "method.param") -> one line: what it means, its unit or format.
    _ARG_DOCS: ClassVar[Mapping[str, str]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if name.startswith("_") or not inspect.isfunction(value):
                continue
            if getattr(value, _signatures._TWIN, False):  # after its sync method, which is documented
                value.__doc__ = f"{value.__doc__}\n\n{inspect.getdoc(inspect.unwrap(value))}"
            else:
                _signatures.document(value, cls._ARG_DOCS, cls.__name__.lower())
                setattr(cls, name, _signatures.with_hints(value))

    def __init__(self, requestor: Requestor) -> None:
        self._requestor = requestor
        self._describing = self._view("describe")

    def __dir__(self) -> list[str]:
        """The API: public methods and attributes, nothing private or inherited from ``object``."""
        return sorted({n for klass in type(self).__mro__[:-1] for n in vars(klass) if not n.startswith("_")})

    def _view(self, kind: str) -> Resource:
        """This resource with other executors: ``"describe"`` hands descriptions back, ``"raw"`` answers
        a RawResponse. Shares the requestor; costs one small object."""
        view = object.__new__(_view_class(type(self), kind))
        view._requestor = self._requestor
        view._describing = view if kind == "describe" else self._describing
        return view

    def _run(self, operation: Operation[T] | Prepared[T]) -> T:
        operation = self._ready(operation)
        return self._parse(operation, self._requestor.send(operation.request, operation.options))

    async def _arun(self, operation: Operation[T] | Prepared[T]) -> T:
        operation = await self._aready(operation)
        return self._parse(operation, await self._requestor.asend(operation.request, operation.options))

    def _ready(self, operation: Operation[T] | Prepared[T]) -> Operation[T]:
        """The request to send: a :class:`Prepared` one's first step is run (a plain call) and answered."""
        if isinstance(operation, Prepared):
            return operation.then(Resource._run(self, operation.first))
        return operation

    async def _aready(self, operation: Operation[T] | Prepared[T]) -> Operation[T]:
        if isinstance(operation, Prepared):
            return operation.then(await Resource._arun(self, operation.first))
        return operation

    def _parse(self, operation: Operation[T], response: httpx.Response) -> T:
        try:
            return operation.parse(response)
        except LateAPIError as err:  # a body echoing the key must not carry it into the error
            raise self._requestor.redact(err) from None


def _describe(self: Resource, description: Any) -> Any:
    return description


_VIEWS: dict[tuple[type[Resource], str], type[Resource]] = {}


def _view_class(resource: type[Resource], kind: str) -> type[Resource]:
    """The class of a resource's view (see :meth:`Resource._view`), made once per resource and kind."""
    view = _VIEWS.get((resource, kind))
    if view is None:
        base: type[Resource] = getattr(resource, "__view_of__", resource)
        if kind == "describe":
            executors: dict[str, Any] = dict.fromkeys(base._EXECUTORS, _describe)
        else:
            executors = _signatures.raw_executors(base)
        namespace = {"__slots__": (), "__view_of__": base, **executors}
        view = _VIEWS[resource, kind] = type(f"_{kind.title()}{base.__name__}", (base,), namespace)
    return view
