"""Time zone abbreviations people write where an IANA zone name belongs, and the zones they usually mean.

An abbreviation names an offset, not a zone: "PST" is only right in winter, and "CST" is Chicago to some
and Shanghai to others. So the SDK never guesses: ``timezone="PST"`` is refused with the zones it
usually means. Three of them (EST, MST, HST) are also legacy IANA names for *fixed* offsets (EST is UTC-5
all year, New York's clock in summer is UTC-4), which is almost never what the writer meant; they are
refused too, and the message says how to ask for a fixed offset on purpose.
"""

from __future__ import annotations

_NEW_YORK = ("America/New_York",)
_CHICAGO = ("America/Chicago",)
_DENVER = ("America/Denver", "America/Phoenix")
_LOS_ANGELES = ("America/Los_Angeles",)

USUAL_ZONES: dict[str, tuple[str, ...]] = {
    "ET": _NEW_YORK,
    "EST": _NEW_YORK,
    "EDT": _NEW_YORK,
    "CT": _CHICAGO,
    "CST": ("America/Chicago", "Asia/Shanghai", "America/Havana"),
    "CDT": _CHICAGO,
    "MT": _DENVER,
    "MST": _DENVER,
    "MDT": ("America/Denver",),
    "PT": _LOS_ANGELES,
    "PST": _LOS_ANGELES,
    "PDT": _LOS_ANGELES,
    "AKST": ("America/Anchorage",),
    "AKDT": ("America/Anchorage",),
    "HST": ("Pacific/Honolulu",),
    "AST": ("America/Halifax", "Asia/Riyadh"),
    "ADT": ("America/Halifax",),
    "NST": ("America/St_Johns",),
    "NDT": ("America/St_Johns",),
    "BRT": ("America/Sao_Paulo",),
    "ART": ("America/Argentina/Buenos_Aires",),
    "BST": ("Europe/London",),
    "IST": ("Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"),
    "CEST": ("Europe/Berlin", "Europe/Paris", "Europe/Madrid"),
    "EEST": ("Europe/Athens", "Europe/Helsinki", "Europe/Kyiv"),
    "WEST": ("Europe/Lisbon",),
    "MSK": ("Europe/Moscow",),
    "SAST": ("Africa/Johannesburg",),
    "WAT": ("Africa/Lagos",),
    "CAT": ("Africa/Maputo",),
    "EAT": ("Africa/Nairobi",),
    "PKT": ("Asia/Karachi",),
    "ICT": ("Asia/Bangkok", "Asia/Ho_Chi_Minh"),
    "WIB": ("Asia/Jakarta",),
    "SGT": ("Asia/Singapore",),
    "HKT": ("Asia/Hong_Kong",),
    "PHT": ("Asia/Manila",),
    "JST": ("Asia/Tokyo",),
    "KST": ("Asia/Seoul",),
    "AEST": ("Australia/Sydney", "Australia/Brisbane"),
    "AEDT": ("Australia/Sydney",),
    "ACST": ("Australia/Adelaide", "Australia/Darwin"),
    "ACDT": ("Australia/Adelaide",),
    "AWST": ("Australia/Perth",),
    "NZST": ("Pacific/Auckland",),
    "NZDT": ("Pacific/Auckland",),
}

# Legacy IANA names that are fixed offsets; the hours are UTC's lead (negative: behind UTC).
FIXED_LEGACY = {"EST": -5, "MST": -7, "HST": -10}


def abbreviation_message(name: str, param: str) -> str | None:
    """The error for ``name`` if it is an abbreviation (any case) rather than a zone, else None."""
    key = name.strip().upper()
    zones = USUAL_ZONES.get(key)
    if zones is None:
        return None
    usual = " or ".join(repr(zone) for zone in zones)
    message = (
        f"{param} {name!r} is an abbreviation, not a time zone: it names an offset that changes with the "
        f"season and the place. Use an IANA zone name; {key} usually means {usual}"
    )
    hours = FIXED_LEGACY.get(key)
    if hours is not None:
        # POSIX sign convention: Etc/GMT+5 is five hours *behind* UTC.
        message += (
            f" (the legacy name {key!r} is a fixed UTC{hours:+d} all year, with no daylight saving: "
            f"for that on purpose, use 'Etc/GMT{-hours:+d}')"
        )
    return message
