"""Kazakh alphabetical order for surnames (DOMAIN.md §5), as a sort key any database can use.

The key maps each letter to a code point in the Kazakh alphabet's order, so plain binary
ordering (SQLite's default, PostgreSQL's "C") sorts names the Kazakh way, and lazy paging
through the register stays fast: no per-row Python collation callback.
"""

from __future__ import annotations

# The Kazakh Cyrillic alphabet (42 letters), in order.
KAZAKH_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_BASE = 0x3100  # an unused block: only order matters, the key is never shown

# Latin look-alikes typed by mistake sort as the Cyrillic letter they stand for.
_LOOKALIKE = str.maketrans(
    {
        "a": "а",
        "e": "е",
        "o": "о",
        "p": "р",
        "c": "с",
        "x": "х",
        "y": "у",
        "i": "і",
        "k": "к",
        "h": "һ",
        "m": "м",
        "t": "т",
    }
)
_MAP = {ch: chr(_BASE + i) for i, ch in enumerate(KAZAKH_ALPHABET)}


def kazakh_sort_key(text: str) -> str:
    """A string whose binary order is Kazakh alphabetical order, case-insensitive."""
    folded = text.casefold().translate(_LOOKALIKE)
    return "".join(_MAP.get(ch, ch) for ch in folded)


def sort_names(names: list[str]) -> list[str]:
    return sorted(names, key=kazakh_sort_key)
