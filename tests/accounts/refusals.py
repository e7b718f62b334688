"""How the accounts tests recognise a refused bearer token (RFC 6750 §3)."""

from __future__ import annotations

from typing import Any

from httpx import Response

from tests.helpers import problem


def invalid_token(response: Response) -> dict[str, Any]:
    """A 401 for a token that came but cannot be used (malformed, expired, revoked, or its
    account left): `/problems/invalid-token`, and a challenge that says `invalid_token`."""
    body = problem(response, 401, "invalid-token")
    assert response.headers["www-authenticate"].startswith('Bearer error="invalid_token"')
    return body
