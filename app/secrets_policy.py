"""What counts as a real secret key in production, and how to say it is not one.

Nothing here ever repeats the key: the answer names the reason only, so the error that stops
a misconfigured server cannot leak part of its key into a log.
"""

from __future__ import annotations

import math
from collections import Counter

MIN_SECRET_LENGTH = 32
# Below this many bits of estimated entropy, a key is guessable whatever its length.
MIN_SECRET_BITS = 128
MIN_DISTINCT_CHARACTERS = 10
# Words that mark a value copied from an example rather than generated.
PLACEHOLDER_WORDS = ("change", "secret", "example", "placeholder", "default", "password")
HOW_TO_MAKE_ONE = "python3 -c 'import secrets; print(secrets.token_urlsafe(48))'"


def weakness(key: str) -> str | None:
    """Why `key` is not fit to sign tokens in production, or None when it is."""
    if len(key) < MIN_SECRET_LENGTH:
        return f"shorter than {MIN_SECRET_LENGTH} characters"
    lowered = key.lower()
    if any(word in lowered for word in PLACEHOLDER_WORDS):
        return "it looks like a placeholder"
    if _is_periodic(key):
        return "it is a short piece repeated"
    if len(set(key)) < MIN_DISTINCT_CHARACTERS:
        return f"fewer than {MIN_DISTINCT_CHARACTERS} different characters"
    if _estimated_bits(key) < MIN_SECRET_BITS:
        return f"under {MIN_SECRET_BITS} bits of estimated entropy"
    return None


def _is_periodic(key: str) -> bool:
    """True when the key is one piece (of at most half its length) over and over."""
    return (key + key).find(key, 1) < len(key)


def _estimated_bits(key: str) -> float:
    """Bits a random key of this make-up carries, estimated from its own characters: their
    Shannon entropy with the Miller-Madow correction (a short random key repeats a few of
    its characters by chance, which alone under-counts it: 1 in 7,000 keys of
    `token_urlsafe(24)` fell under 128 bits), capped by what its distinct characters could
    carry at most (`len * log2(distinct)`), so keys built from few characters stay low."""
    n, counts = len(key), Counter(key).values()
    shannon = -sum(c / n * math.log2(c / n) for c in counts)
    corrected = shannon + (len(counts) - 1) / (2 * n * math.log(2))
    return min(corrected, math.log2(len(counts))) * n


def problem_message(reason: str) -> str:
    return f"SECRET_KEY is not fit for production ({reason}). Make one with: {HOW_TO_MAKE_ONE}"
