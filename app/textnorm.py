"""Text folding for search and duplicate detection (DOMAIN.md §5).

Names and queries arrive with Latin letters typed in place of Cyrillic look-alikes (Latin
``i`` for Kazakh ``і``, ``a`` for ``а``, …). `fold` maps both spellings to one key. It is
for comparing only: stored text is never folded (DOMAIN.md §5: «never silently in the
stored text»).

The key is stored in the database (the applicant's search key), so changing the mapping
changes what old keys match: add letters with care and re-key on upgrade.
"""

from __future__ import annotations

# Latin (and one IPA) letter -> the Cyrillic letter it is mistaken for, lower case only:
# `fold` casefolds first. Latin "b" is deliberately absent: lower-case "b" does not look
# like "в" (only the capitals do), so mapping it would merge unrelated words.
LOOKALIKES: dict[str, str] = {
    "a": "а",
    "c": "с",
    "e": "е",
    "h": "һ",
    "i": "і",
    "k": "к",
    "m": "м",
    "o": "о",
    "p": "р",
    "t": "т",
    "x": "х",
    "y": "у",
    "ə": "ә",  # U+0259, typed for Kazakh ә (U+04D9) from Latin or IPA layouts
    "ё": "е",  # Russian ё is often written as е; treat them as one letter
}

_TABLE = str.maketrans(LOOKALIKES)


def fold(text: str) -> str:
    """A comparison key: casefolded, Latin look-alikes as Cyrillic, ё as е.

    One character in, one out for Cyrillic and basic Latin letters, so a match position
    in the key is the position in the original text (casefold may expand a few other
    letters, such as German ß or Turkish İ).
    """
    return text.casefold().translate(_TABLE)


# Kazakh letters -> the Russian letter a Russian keyboard gives instead. Many office PCs
# have only a Russian layout, so «Әбдіғалиев» is typed «Абдигалиев»; the register search
# must find both. Used for search only, never for duplicate detection of documents.
KAZAKH_TO_RUSSIAN: dict[str, str] = {
    "ә": "а",
    "ғ": "г",
    "қ": "к",
    "ң": "н",
    "ө": "о",
    "ұ": "у",
    "ү": "у",
    "һ": "х",
    "і": "и",
}
_LOOSE = str.maketrans(KAZAKH_TO_RUSSIAN)


def search_fold(text: str) -> str:
    """The register's search key: `fold`, then Kazakh letters as their Russian stand-ins."""
    return fold(text).translate(_LOOSE)


# Letters of each script as they occur in names: Cyrillic (Russian and Kazakh) and Latin
# (with IPA ə, typed for ә).
_CYRILLIC = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі")
_LATIN = set("abcdefghijklmnopqrstuvwxyzə")


def mixed_script_words(text: str) -> list[str]:
    """Words mixing Latin and Cyrillic letters: a look-alike typed on the wrong layout.

    A word written wholly in Latin (a foreign name) is fine, and so is «Ким-Lee»: the parts
    between hyphens and spaces are words of their own.
    """
    words = "".join(c if c.isalpha() else " " for c in text).split()
    return [
        w
        for w in words
        if _CYRILLIC.intersection(w.casefold()) and _LATIN.intersection(w.casefold())
    ]


def as_cyrillic(word: str) -> str | None:
    """The word with its Latin look-alikes as the Cyrillic letters they stand for, keeping
    capitals; None when a Latin letter has no look-alike (then there is nothing to suggest)."""
    out = []
    for ch in word:
        low = ch.lower()
        if low in _LATIN:
            cyr = LOOKALIKES.get(low)
            if cyr is None:
                return None
            out.append(cyr.upper() if ch.isupper() else cyr)
        else:
            out.append(ch)
    return "".join(out)
