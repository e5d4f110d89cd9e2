from enum import StrEnum
from typing import Self


class PlatformTargetErrorCategory(StrEnum):
    ACCOUNT_ISSUE = "account_issue"
    AUTH_EXPIRED = "auth_expired"
    PLATFORM_ERROR = "platform_error"
    PLATFORM_RATE_LIMIT = "platform_rate_limit"
    PLATFORM_REJECTED = "platform_rejected"
    QUOTA_EXHAUSTED = "quota_exhausted"
    SYSTEM_ERROR = "system_error"
    UNKNOWN = "unknown"
    USER_ABUSE = "user_abuse"
    USER_CONTENT = "user_content"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        # Lenient: a value the spec does not list (the API added one) becomes a pseudo-member that
        # is still a plain ``str`` with that value, instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
