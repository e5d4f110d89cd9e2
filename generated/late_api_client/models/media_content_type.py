from enum import StrEnum
from typing import Self


class MediaContentType(StrEnum):
    APPLICATIONPDF = "application/pdf"
    APPLICATIONX_SUBRIP = "application/x-subrip"
    AUDIOAAC = "audio/aac"
    AUDIOMP4 = "audio/mp4"
    AUDIOMPEG = "audio/mpeg"
    AUDIOOGG = "audio/ogg"
    AUDIOWAV = "audio/wav"
    AUDIOWEBM = "audio/webm"
    AUDIOX_M4A = "audio/x-m4a"
    IMAGEGIF = "image/gif"
    IMAGEJPEG = "image/jpeg"
    IMAGEJPG = "image/jpg"
    IMAGEPNG = "image/png"
    IMAGEWEBP = "image/webp"
    TEXTVTT = "text/vtt"
    VIDEOAVI = "video/avi"
    VIDEOMP4 = "video/mp4"
    VIDEOMPEG = "video/mpeg"
    VIDEOQUICKTIME = "video/quicktime"
    VIDEOWEBM = "video/webm"
    VIDEOX_M4V = "video/x-m4v"
    VIDEOX_MSVIDEO = "video/x-msvideo"

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
