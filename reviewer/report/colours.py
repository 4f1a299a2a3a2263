"""The shading of a share of Ja, shared by the renderers: light red for a low share through
light yellow to light green for a high one, so weak spots show at a glance."""

from __future__ import annotations

_LOW, _MID, _HIGH = (0xF2, 0xB8, 0xB5), (0xFB, 0xEE, 0xB0), (0xBF, 0xE3, 0xB4)


def share_rgb(share: float | None) -> tuple[int, int, int]:
    if share is None:
        return (0xFF, 0xFF, 0xFF)
    start, end, t = (_LOW, _MID, share / 0.5) if share < 0.5 else (_MID, _HIGH,
                                                                    (share - 0.5) / 0.5)
    r, g, b = (round(a + (z - a) * t) for a, z in zip(start, end, strict=True))
    return (r, g, b)


def share_hex(share: float | None) -> str:
    return "{:02X}{:02X}{:02X}".format(*share_rgb(share))
