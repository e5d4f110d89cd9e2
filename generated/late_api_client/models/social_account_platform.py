from enum import StrEnum
from typing import Self


class SocialAccountPlatform(StrEnum):
    BLUESKY = "bluesky"
    DISCORD = "discord"
    FACEBOOK = "facebook"
    GOOGLEADS = "googleads"
    GOOGLEANALYTICS = "googleanalytics"
    GOOGLEBUSINESS = "googlebusiness"
    HUBSPOT = "hubspot"
    INSTAGRAM = "instagram"
    LINKEDIN = "linkedin"
    LINKEDINADS = "linkedinads"
    METAADS = "metaads"
    OPENAIADS = "openaiads"
    PHONE = "phone"
    PINTEREST = "pinterest"
    PINTERESTADS = "pinterestads"
    RCS = "rcs"
    REDDIT = "reddit"
    REDDITADS = "redditads"
    SHOPIFY = "shopify"
    SLACK = "slack"
    SMS = "sms"
    SNAPCHAT = "snapchat"
    TELEGRAM = "telegram"
    THREADS = "threads"
    TIKTOK = "tiktok"
    TIKTOKADS = "tiktokads"
    TWITTER = "twitter"
    WEBFLOW = "webflow"
    WHATSAPP = "whatsapp"
    WHOPADS = "whopads"
    WIX = "wix"
    WORDPRESS = "wordpress"
    XADS = "xads"
    YOUTUBE = "youtube"

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
