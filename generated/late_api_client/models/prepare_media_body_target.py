from enum import StrEnum
from typing import Self


class PrepareMediaBodyTarget(StrEnum):
    BLUESKY = "bluesky"
    FACEBOOK = "facebook"
    FACEBOOK_REEL = "facebook_reel"
    FACEBOOK_STORY = "facebook_story"
    GOOGLEBUSINESS = "googlebusiness"
    INSTAGRAM = "instagram"
    INSTAGRAM_STORY = "instagram_story"
    LINKEDIN = "linkedin"
    PINTEREST = "pinterest"
    REDDIT = "reddit"
    SNAPCHAT = "snapchat"
    TELEGRAM = "telegram"
    THREADS = "threads"
    TIKTOK = "tiktok"
    TWITTER = "twitter"
    YOUTUBE_THUMBNAIL = "youtube_thumbnail"

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
