"""Public methods written once: the sync method is the definition, everything else derives from it.

Each public method of a resource is a plain ``def`` with an explicit keyword signature (what ``help()``,
``inspect.signature``, ``typing.get_type_hints``, editors and mypy read). Its body *describes* the call
and hands the description to one of the resource's executors, e.g. ``return self._run(operation)``.

- The async twin (``acreate = async_twin(create)``) calls the very same function on the resource's
  *describing view*, whose executors hand the description back instead of running it, then runs the
  description with the async executor (``_arun``). No parameter list, check or body is written twice.
- :func:`with_raw_response` calls it on the *raw view*, whose ``_run``/``_arun`` send the request and
  return a :class:`RawResponse` (status, headers, request id, then ``parse()``).
- ``Resource.__init_subclass__`` (see ``_base``) gives every public method a did-you-mean for a
  mistyped keyword and appends an ``Args:`` section, one line per parameter, from the resource's
  ``_ARG_DOCS`` table (a parameter without a line there is an error when the class is created).

Arguments that are ``None`` are not sent: ``None`` is every optional argument's default and means
"leave it to the API" (see :func:`given`).
"""

from __future__ import annotations

import difflib
import functools
import inspect
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

if TYPE_CHECKING:
    import httpx

    from late.resources._base import Operation, Resource

P = ParamSpec("P")
T = TypeVar("T")
S = TypeVar("S")

#: Marks an async twin: it gives its own did-you-mean and needs no wrapping.
_TWIN = "__late_async_twin__"


def given(arguments: Mapping[str, Any], *positional: str) -> dict[str, Any]:
    """The keyword arguments a call was given (``locals()`` of a public method): ``None`` is "not given".

    ``self`` and the named positional arguments (``post_id``) are left out.
    """
    return {k: v for k, v in arguments.items() if v is not None and k != "self" and k not in positional}


def async_twin(
    sync: Callable[Concatenate[S, P], T], executor: str = "_arun"
) -> Callable[Concatenate[S, P], Coroutine[Any, Any, T]]:
    """The ``a*`` twin of a sync public method: the same signature, docstring and description, run by
    the resource's async ``executor`` (``_arun`` unless the sync method uses another executor)."""

    async def twin(self: Any, /, *args: Any, **kwargs: Any) -> Any:
        try:
            description = sync(self._describing, *args, **kwargs)
        except TypeError as exc:
            raise hinted(exc, sync) from None
        return await getattr(self, executor)(description)

    functools.update_wrapper(twin, sync)
    twin.__name__ = "a" + sync.__name__
    twin.__qualname__ = sync.__qualname__.rpartition(".")[0] + ".a" + sync.__name__
    twin.__doc__ = (
        f"Async :meth:`{sync.__name__}`: ``await`` it."  # + the sync doc: Resource.__init_subclass__
    )
    setattr(twin, _TWIN, True)
    return twin


def async_iter_twin(
    sync: Callable[Concatenate[S, P], Iterator[T]], executor: str
) -> Callable[Concatenate[S, P], AsyncIterator[T]]:
    """The ``a*`` twin of a sync method that returns an iterator: an async generator over the sync
    method's description, walked by ``executor`` (an async generator method of the resource)."""

    def twin(self: Any, /, *args: Any, **kwargs: Any) -> Any:
        try:
            description = sync(self._describing, *args, **kwargs)
        except TypeError as exc:
            raise hinted(exc, sync) from None
        return getattr(self, executor)(description)

    functools.update_wrapper(twin, sync)
    twin.__name__ = "a" + sync.__name__
    twin.__qualname__ = sync.__qualname__.rpartition(".")[0] + ".a" + sync.__name__
    twin.__doc__ = f"Async :meth:`{sync.__name__}`: ``async for``."
    setattr(twin, _TWIN, True)
    return twin


def hinted(exc: TypeError, func: Callable[..., Any]) -> TypeError:
    """``exc`` with a did-you-mean when it is Python's "unexpected keyword argument" for ``func``."""
    message = str(exc)
    marker = "got an unexpected keyword argument '"
    if marker not in message or exc.__traceback__ is None or exc.__traceback__.tb_next is not None:
        return exc  # raised inside the call, not by the binding of its arguments
    name = message.split(marker, 1)[1].rstrip("'")
    names = [p for p in inspect.signature(func).parameters if p != "self"]
    close = difflib.get_close_matches(name, names, n=1)
    if not close:
        return exc
    return TypeError(f"{message}; did you mean {close[0]!r}?")


def with_hints(func: Callable[P, T]) -> Callable[P, T]:
    """``func`` (a public sync method) raising a did-you-mean TypeError for a mistyped keyword."""

    @functools.wraps(func)
    def method(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return func(*args, **kwargs)
        except TypeError as exc:
            error = hinted(exc, func)
            if error is exc:
                raise
            raise error from None

    return method


#: The lines of the per-call options every method takes.
CALL_OPTION_DOCS = {
    "max_retries": "retries of this call when retrying is safe (default: the client's)",
    "timeout": "seconds (or an httpx.Timeout) for each attempt (default: the client's)",
    "deadline": "seconds for all attempts and waits together (default: none)",
}


def document(func: Callable[..., Any], arg_docs: Mapping[str, str], resource: str) -> None:
    """Append an ``Args:`` section to ``func``'s docstring, one line per parameter, from ``arg_docs``
    (``"method.param"`` before ``"param"``)."""
    lines = []
    for param in inspect.signature(func).parameters.values():
        if param.name == "self":
            continue
        doc = (
            arg_docs.get(f"{func.__name__}.{param.name}")
            or arg_docs.get(param.name)
            or CALL_OPTION_DOCS.get(param.name)
        )
        if doc is None:
            raise TypeError(f"{resource}.{func.__name__}: no line in _ARG_DOCS for {param.name!r}")
        lines.append(f"    {param.name}: {doc}")
    func.__doc__ = f"{inspect.getdoc(func) or ''}\n\nArgs:\n" + "\n".join(lines)


class RawResponse(Generic[T]):
    """A successful answer before it is parsed: what :func:`with_raw_response` returns.

    ``status_code``, ``headers`` and ``request_id`` (the API's ``X-Request-Id``) describe the HTTP
    answer; ``parse()`` returns what the method itself returns (parsed once, then cached).
    """

    __slots__ = ("_parse", "_parsed", "http_response")

    def __init__(self, http_response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        self.http_response = http_response  #: the ``httpx.Response`` itself
        self._parse = parse
        self._parsed: list[T] = []

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        request_id: str | None = self.http_response.headers.get("x-request-id")
        return request_id

    def parse(self) -> T:
        """The parsed answer (the method's own return value); a body the SDK cannot read raises."""
        if not self._parsed:
            self._parsed.append(self._parse(self.http_response))
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] request_id={self.request_id!r}>"


def raw_executors(resource: type[Resource]) -> dict[str, Any]:
    """The executors of a resource's raw view: one request, answered as a :class:`RawResponse`."""

    def run(self: Resource, operation: Operation[Any]) -> RawResponse[Any]:
        operation = self._ready(operation)
        response = self._requestor.send(operation.request, operation.options)
        return RawResponse(response, functools.partial(self._parse, operation))

    async def arun(self: Resource, operation: Operation[Any]) -> RawResponse[Any]:
        operation = await self._aready(operation)
        response = await self._requestor.asend(operation.request, operation.options)
        return RawResponse(response, functools.partial(self._parse, operation))

    def refuse(self: Resource, description: Any) -> Any:
        raise TypeError("with_raw_response() takes a method that makes one request (not iter, bulk or media)")

    executors: dict[str, Any] = {name: refuse for name in resource._EXECUTORS}
    return {**executors, "_run": run, "_arun": arun}


@overload
def with_raw_response(  # type: ignore[overload-overlap]
    method: Callable[P, Coroutine[Any, Any, T]],
) -> Callable[P, Coroutine[Any, Any, RawResponse[T]]]: ...
@overload
def with_raw_response(method: Callable[P, T]) -> Callable[P, RawResponse[T]]: ...
def with_raw_response(method: Callable[P, Any]) -> Callable[P, Any]:
    """``method`` (e.g. ``client.posts.get`` or ``client.posts.aget``) answering a :class:`RawResponse`:
    the HTTP status, headers and request id of a successful call, and ``parse()`` for the usual result.

    ``late.with_raw_response(client.posts.create)(content=..., ...)`` takes exactly what ``create`` takes.
    An error status still raises the usual ``LateAPIError`` (which carries status, headers and request id).
    """
    from late.resources._base import Resource

    resource = getattr(method, "__self__", None)
    if not isinstance(resource, Resource) or not callable(getattr(method, "__func__", None)):
        raise TypeError(f"with_raw_response() takes a method such as client.posts.get, not {method!r}")
    func: Callable[..., Any] = method.__func__  # type: ignore[attr-defined]
    raw = resource._view("raw")

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> Any:
        return func(raw, *args, **kwargs)

    return call
