"""Unpadded URL-safe base64 (RFC 4648 section 5, no `=`): how JWT segments, page cursors and
unsubscribe signatures are spelled."""

from __future__ import annotations

import base64


def encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def decode(text: str) -> bytes:
    """The bytes `text` spells; raises `binascii.Error` (a `ValueError`) when it spells none.
    Like `base64.urlsafe_b64decode`, it is lenient: characters outside the alphabet are
    dropped and a last character's spare bits are ignored, so where one spelling matters,
    compare `encode(decode(text))` with `text`."""
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
