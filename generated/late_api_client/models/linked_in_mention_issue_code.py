from enum import StrEnum
from typing import Self


class LinkedInMentionIssueCode(StrEnum):
    LINKEDIN_MENTIONS_LIMIT_EXCEEDED = "linkedin_mentions_limit_exceeded"
    LINKEDIN_MENTION_NAME_UNAVAILABLE = "linkedin_mention_name_unavailable"
    LINKEDIN_MENTION_REQUIRES_PAGE_ADMIN = "linkedin_mention_requires_page_admin"
    LINKEDIN_MENTION_UNRESOLVABLE = "linkedin_mention_unresolvable"
    RATE_LIMITED = "rate_limited"
    RECONNECT_REQUIRED = "reconnect_required"
    TEMPORARILY_UNAVAILABLE = "temporarily_unavailable"

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
