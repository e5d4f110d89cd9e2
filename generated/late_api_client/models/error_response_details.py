from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_response_details_budget_scope import ErrorResponseDetailsBudgetScope
from ..models.error_response_details_quota_scope import ErrorResponseDetailsQuotaScope
from ..models.error_response_details_stage import ErrorResponseDetailsStage
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

T = TypeVar("T", bound="ErrorResponseDetails")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "stage",
        "adAccountId",
        "createdObjects",
        "unconfirmedWrite",
        "quotaExhausted",
        "quotaScope",
        "budgetScope",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class ErrorResponseDetails(LazyFields):
    """Additional structured context (e.g. field-level validation errors), for example
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

        Attributes:
            stage (ErrorResponseDetailsStage | None): Meta ad create failures only. The step that failed: `media`
                (image/video download or upload), `campaign`, `adset`, `creative`, `ad` (the ad POST itself, where Meta's code
                31 / 3858385 hold and 100 / 1359188 payment rejections land), `activation` (switching the created objects on),
                or `other` (a read or check before any write).
            ad_account_id (str | None): Meta ad create failures only. The ad account the request wrote to (`act_...`).
            created_objects (list[ErrorResponseDetailsCreatedObjectsItem] | None): Meta ad create failures only. Every
                object this request created before failing, in creation order. Objects you referenced (an existing campaign, ad
                set, creative or video) are never listed and never deleted.
            unconfirmed_write (ErrorResponseDetailsUnconfirmedWrite | None): Meta ad create failures only, when Meta
                answered a create with a 5xx or dropped the connection and the object could not be looked up. Zernio did not
                retry it.
            quota_exhausted (bool | None): Google Ads and YouTube Analytics 429 only. True when the upstream Google quota is
                spent rather than a Zernio limit.
            quota_scope (ErrorResponseDetailsQuotaScope | None): Google Ads and YouTube Analytics 429 only, when the scope
                is known. DEVELOPER is the shared budget (the developer token for Google Ads, the Google Cloud project for
                YouTube Analytics); ACCOUNT is your ad account (Google Ads only).
            budget_scope (ErrorResponseDetailsBudgetScope | None): Zernio Google Ads burst-limit 429 only (never set
                alongside `quotaExhausted`). `account` is the limit of 15 requests per minute per connected Google Ads account;
                `user` is the ceiling of 120 requests per minute per Zernio user across all their Google Ads accounts. Both
                clear within a minute.
    """

    stage: ErrorResponseDetailsStage | None = None
    ad_account_id: str | None = None
    created_objects: list[ErrorResponseDetailsCreatedObjectsItem] | None = None
    unconfirmed_write: ErrorResponseDetailsUnconfirmedWrite | None = None
    quota_exhausted: bool | None = None
    quota_scope: ErrorResponseDetailsQuotaScope | None = None
    budget_scope: ErrorResponseDetailsBudgetScope | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def adAccountId(self) -> str | None:
        """``ad_account_id`` under its wire name, as the Late docs spell it."""
        return self.ad_account_id

    @property
    def createdObjects(self) -> list[ErrorResponseDetailsCreatedObjectsItem] | None:
        """``created_objects`` under its wire name, as the Late docs spell it."""
        return self.created_objects

    @property
    def unconfirmedWrite(self) -> ErrorResponseDetailsUnconfirmedWrite | None:
        """``unconfirmed_write`` under its wire name, as the Late docs spell it."""
        return self.unconfirmed_write

    @property
    def quotaExhausted(self) -> bool | None:
        """``quota_exhausted`` under its wire name, as the Late docs spell it."""
        return self.quota_exhausted

    @property
    def quotaScope(self) -> ErrorResponseDetailsQuotaScope | None:
        """``quota_scope`` under its wire name, as the Late docs spell it."""
        return self.quota_scope

    @property
    def budgetScope(self) -> ErrorResponseDetailsBudgetScope | None:
        """``budget_scope`` under its wire name, as the Late docs spell it."""
        return self.budget_scope

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value

        ad_account_id = self.ad_account_id

        created_objects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.created_objects, Unset):
            created_objects = []
            for created_objects_item_data in self.created_objects:
                created_objects_item = created_objects_item_data.to_dict()
                created_objects.append(created_objects_item)

        unconfirmed_write: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unconfirmed_write, Unset):
            unconfirmed_write = self.unconfirmed_write.to_dict()

        quota_exhausted = self.quota_exhausted

        quota_scope: str | Unset = UNSET
        if not isinstance(self.quota_scope, Unset):
            quota_scope = self.quota_scope.value

        budget_scope: str | Unset = UNSET
        if not isinstance(self.budget_scope, Unset):
            budget_scope = self.budget_scope.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if stage is not None or "stage" in source:
            field_dict["stage"] = stage
        if ad_account_id is not None or "adAccountId" in source:
            field_dict["adAccountId"] = ad_account_id
        if created_objects is not None or "createdObjects" in source:
            field_dict["createdObjects"] = created_objects
        if unconfirmed_write is not None or "unconfirmedWrite" in source:
            field_dict["unconfirmedWrite"] = unconfirmed_write
        if quota_exhausted is not None or "quotaExhausted" in source:
            field_dict["quotaExhausted"] = quota_exhausted
        if quota_scope is not None or "quotaScope" in source:
            field_dict["quotaScope"] = quota_scope
        if budget_scope is not None or "budgetScope" in source:
            field_dict["budgetScope"] = budget_scope

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        _stage = d.get("stage", UNSET)
        stage: ErrorResponseDetailsStage | Unset
        if _stage is UNSET:
            stage = UNSET
        else:
            stage = parse_enum(ErrorResponseDetailsStage, _stage)

        ad_account_id = d.get("adAccountId", UNSET)

        quota_exhausted = d.get("quotaExhausted", UNSET)

        _quota_scope = d.get("quotaScope", UNSET)
        quota_scope: ErrorResponseDetailsQuotaScope | Unset
        if _quota_scope is UNSET:
            quota_scope = UNSET
        else:
            quota_scope = parse_enum(ErrorResponseDetailsQuotaScope, _quota_scope)

        _budget_scope = d.get("budgetScope", UNSET)
        budget_scope: ErrorResponseDetailsBudgetScope | Unset
        if _budget_scope is UNSET:
            budget_scope = UNSET
        else:
            budget_scope = parse_enum(ErrorResponseDetailsBudgetScope, _budget_scope)

        error_response_details = object.__new__(_Unhooked if cls is ErrorResponseDetails else cls)
        error_response_details.stage = stage
        error_response_details.ad_account_id = ad_account_id
        error_response_details.quota_exhausted = quota_exhausted
        error_response_details.quota_scope = quota_scope
        error_response_details.budget_scope = budget_scope
        if "createdObjects" not in d:  # nothing to build later
            error_response_details.created_objects = UNSET
        if "unconfirmedWrite" not in d:  # nothing to build later
            error_response_details.unconfirmed_write = UNSET
        error_response_details._source = d
        error_response_details._changed = (
            cls is not ErrorResponseDetails
        )  # a subclass may set attributes unhooked
        if cls is not ErrorResponseDetails:  # a subclass's own fields, which __init__ would have set
            fill_defaults(error_response_details, ErrorResponseDetails)
        else:
            error_response_details.__class__ = cls
        return error_response_details

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


#: ``from_dict`` fills one of these, then makes it a ErrorResponseDetails (types.unhooked).
_Unhooked = unhooked(ErrorResponseDetails)


def _read_created_objects(d: Mapping[str, Any]) -> list[ErrorResponseDetailsCreatedObjectsItem] | Unset:
    _created_objects = d.get("createdObjects", UNSET)
    created_objects: list[ErrorResponseDetailsCreatedObjectsItem] | Unset = UNSET
    if _created_objects is not UNSET:
        created_objects = [
            ErrorResponseDetailsCreatedObjectsItem.from_dict(created_objects_item_data)
            for created_objects_item_data in _created_objects
        ]

    return created_objects


def _read_unconfirmed_write(d: Mapping[str, Any]) -> ErrorResponseDetailsUnconfirmedWrite | Unset:
    _unconfirmed_write = d.get("unconfirmedWrite", UNSET)
    unconfirmed_write: ErrorResponseDetailsUnconfirmedWrite | Unset
    if _unconfirmed_write is UNSET:
        unconfirmed_write = UNSET
    else:
        unconfirmed_write = ErrorResponseDetailsUnconfirmedWrite.from_dict(_unconfirmed_write)

    return unconfirmed_write


ErrorResponseDetails._lazy_readers = lazy_readers(ErrorResponseDetails, globals(), _PROPERTY_NAMES)

from ..models.error_response_details_created_objects_item import (
    ErrorResponseDetailsCreatedObjectsItem,
)
from ..models.error_response_details_unconfirmed_write import (
    ErrorResponseDetailsUnconfirmedWrite,
)
