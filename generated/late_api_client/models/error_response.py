from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_response_type import ErrorResponseType
from ..types import (
    UNSET,
    LazyFields,
    Unset,
    fill_defaults,
    lazy_readers,
    parse_enum,
    source_copy,
    source_of,
    unhooked,
)

T = TypeVar("T", bound="ErrorResponse")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "error",
        "type",
        "code",
        "param",
        "docUrl",
        "platform",
        "platformError",
        "details",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class ErrorResponse(LazyFields):
    """Canonical error envelope. `error` is the human-readable message; `type`,
    `code`, `param`, `platform`, and `platformError` are top-level siblings
    for programmatic handling. For upstream platform failures (`type:
    platform_error`), `platformError` carries the provider's raw payload
    verbatim (for Meta: `error_subcode`, `error_user_title`, `error_user_msg`).

        Attributes:
            error (str | None): Human-readable error message.
            type_ (ErrorResponseType | None): Error class for programmatic handling.
            code (str | None): Stable machine-readable error code.
            param (str | None): The request field that caused the error, when applicable.
            doc_url (str | None): Documentation page for resolving the error, when one applies.
            platform (str | None): Upstream platform (e.g. meta, google, tiktok), present when type is platform_error.
            platform_error (ErrorResponsePlatformError | None): Raw error payload from the upstream platform, passed through
                verbatim so
                integrators can read provider-specific codes. For Meta this includes
                error_subcode, error_user_title, and error_user_msg.
            details (ErrorResponseDetails | None): Additional structured context (e.g. field-level validation errors), for
                example
                `privateReplyConsumed` on the private-reply endpoint's 400 when the comment's
                single reply is already spent, and `privateReplyOutcome: "unknown"` on its 502 when Meta
                answered a server error and the reply may have been delivered.

                On a Google Ads or YouTube Analytics 429 it carries `quotaExhausted: true`, which marks
                the failure as Google's own quota rather than a Zernio rate limit, so you can keep
                calling other platforms instead of backing off everywhere. When Google names the scope
                it also carries `quotaScope`: `DEVELOPER` means the shared budget (the developer token
                for Google Ads, the Google Cloud project for YouTube Analytics; every account on
                Zernio is affected and there is nothing to change on your side), `ACCOUNT` means your
                own ad account (Google Ads only). A Meta 429 carries neither field.

                A Zernio Google Ads burst-limit 429 carries `budgetScope` instead, and never
                `quotaExhausted`: these are Zernio's own limits, applied before the call
                reaches Google, and both clear within a minute. `account` is the limit of 15
                requests per minute per connected Google Ads account; `user` is the ceiling of
                120 requests per minute per Zernio user across all their Google Ads accounts.
                Both are separate axes from `quotaScope`, not the same pool named twice.

                A failed Meta ad create (`POST /v1/ads/create`, `POST /v1/ads/boost`,
                `POST /v1/ads/ctwa`) carries `stage`, `adAccountId` and `createdObjects`: where
                it failed, on which ad account, and every object this request had already
                created with what cleanup did to it. `left_behind` objects still exist on the
                ad account (Meta refused the delete, typically on a held account, or the delete hit a network error), so delete
                them yourself or reuse them. `unconfirmedWrite` is set when Meta answered a
                create with a 5xx or dropped the connection and Zernio could not confirm
                whether the object exists: check that parent before creating it again.

                When Meta refuses a write because the ad account's status is ineligible to manage
                ads (Meta subcode 2490592 or 4841021, on the write itself or on a cleanup delete),
                any Meta ads write (create, boost, CTWA, campaign / ad set / ad updates and status
                changes) answers 422 `ad_account_unusable`. The message names the ad account when
                known, links Meta's fix (https://www.facebook.com/business/help/422289316306981),
                lists the objects left behind and ends with Meta's original error, which also stays
                verbatim in `platformError`. Meta often reports the first failure under an
                unrelated code (e.g. 1487194 on the creative), so branch on `code`, not on
                `platformError`.

                When Meta refuses a write because the Facebook user behind the connection's token
                lacks the Advertise permission on the ad account (Meta subcode 2490585, 2490591 or 4841020 on
                the write, or a code 200 refusal such as 1487194 whose cleanup deletes Meta refused
                with 2490591 or 4841020), any Meta ads write answers 403 `insufficient_permissions`.
                Meta may still accept the campaign and ad set and refuse only the ad. The message
                names the ad account, asks for the Advertise or Manage permission on it (or a token
                granted `ads_management`, by reconnecting), lists the objects left behind and ends
                with Meta's `error_user_title`, `error_user_msg` and subcode; the raw error stays in
                `platformError`.
    """

    error: str | None = None
    type_: ErrorResponseType | None = None
    code: str | None = None
    param: str | None = None
    doc_url: str | None = None
    platform: str | None = None
    platform_error: ErrorResponsePlatformError | None = None
    details: ErrorResponseDetails | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def docUrl(self) -> str | None:
        """``doc_url`` under its wire name, as the Late docs spell it."""
        return self.doc_url

    @property
    def platformError(self) -> ErrorResponsePlatformError | None:
        """``platform_error`` under its wire name, as the Late docs spell it."""
        return self.platform_error

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        error = self.error

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        code = self.code

        param = self.param

        doc_url = self.doc_url

        platform = self.platform

        platform_error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.platform_error, Unset):
            platform_error = self.platform_error.to_dict()

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if error is not None or "error" in source:
            field_dict["error"] = error
        if type_ is not None or "type" in source:
            field_dict["type"] = type_
        if code is not None or "code" in source:
            field_dict["code"] = code
        if param is not None or "param" in source:
            field_dict["param"] = param
        if doc_url is not None or "docUrl" in source:
            field_dict["docUrl"] = doc_url
        if platform is not None or "platform" in source:
            field_dict["platform"] = platform
        if platform_error is not None or "platformError" in source:
            field_dict["platformError"] = platform_error
        if details is not None or "details" in source:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        error = d.get("error", UNSET)

        _type_ = d.get("type", UNSET)
        type_: ErrorResponseType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = parse_enum(ErrorResponseType, _type_)

        code = d.get("code", UNSET)

        param = d.get("param", UNSET)

        doc_url = d.get("docUrl", UNSET)

        platform = d.get("platform", UNSET)

        error_response = object.__new__(_Unhooked if cls is ErrorResponse else cls)
        error_response.error = error
        error_response.type_ = type_
        error_response.code = code
        error_response.param = param
        error_response.doc_url = doc_url
        error_response.platform = platform
        if "platformError" not in d:  # nothing to build later
            error_response.platform_error = UNSET
        if "details" not in d:  # nothing to build later
            error_response.details = UNSET
        error_response._source = d
        error_response._changed = cls is not ErrorResponse  # a subclass may set attributes unhooked
        if cls is not ErrorResponse:  # a subclass's own fields, which __init__ would have set
            fill_defaults(error_response, ErrorResponse)
        else:
            error_response.__class__ = cls
        return error_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


#: ``from_dict`` fills one of these, then makes it a ErrorResponse (types.unhooked).
_Unhooked = unhooked(ErrorResponse)


def _read_platform_error(d: Mapping[str, Any]) -> ErrorResponsePlatformError | Unset:
    _platform_error = d.get("platformError", UNSET)
    platform_error: ErrorResponsePlatformError | Unset
    if _platform_error is UNSET:
        platform_error = UNSET
    else:
        platform_error = ErrorResponsePlatformError.from_dict(_platform_error)

    return platform_error


def _read_details(d: Mapping[str, Any]) -> ErrorResponseDetails | Unset:
    _details = d.get("details", UNSET)
    details: ErrorResponseDetails | Unset
    if _details is UNSET:
        details = UNSET
    else:
        details = ErrorResponseDetails.from_dict(_details)

    return details


ErrorResponse._lazy_readers = lazy_readers(ErrorResponse, globals(), _PROPERTY_NAMES)

from ..models.error_response_details import ErrorResponseDetails
from ..models.error_response_platform_error import ErrorResponsePlatformError
