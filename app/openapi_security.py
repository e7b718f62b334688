"""Who may call each operation, in the OpenAPI document: its scopes, with either kind of token,
and whether a guest may call it too.

FastAPI writes each operation's OAuth2 requirement from the scopes its dependencies declare
(`Security(...)` in app/deps.py), the same scopes `_viewer` enforces. This adds what FastAPI
cannot know: a personal access token is the same bearer token with the same scopes (an
alternative requirement of the `PersonalAccessToken` scheme), an operation that takes
`Viewer` without needing a signed-in user may be called without a token (the empty
requirement `{}`), and one that reads no credentials at all says so with `security: []`.
app/openapi.py applies it to each operation as it walks them.
"""

from __future__ import annotations

from typing import Any, get_args

from app.accounts.models import Scope
from app.deps import SignedIn, oauth2_scheme

PASSWORD_FLOW = oauth2_scheme.scheme_name
PERSONAL_ACCESS_TOKEN = "PersonalAccessToken"  # noqa: S105 - a scheme's name

PERSONAL_ACCESS_TOKEN_SCHEME: dict[str, Any] = {
    "type": "http",
    "scheme": "bearer",
    "description": (
        "A personal access token (`vpat_…`) for scripts and bots, made at `POST /me/tokens` "
        "from a password sign-in and shown once; send it as `Authorization: Bearer "
        "<token>`. It carries only the scopes chosen for it, and an operation lists the same "
        f"scopes for it as for `{PASSWORD_FLOW}`, whose description has the scope table."
    ),
}

# The dependency every operation that needs a signed-in user has under it.
SIGNED_IN = get_args(SignedIn)[1].dependency


def add_token_scheme(schema: dict[str, Any]) -> None:
    schemes = schema.setdefault("components", {}).setdefault("securitySchemes", {})
    schemes[PERSONAL_ACCESS_TOKEN] = PERSONAL_ACCESS_TOKEN_SCHEME


def requirements(written: list[dict[str, list[str]]], guest_may_call: bool) -> list[dict[str, Any]]:
    """The operation's security: the scopes FastAPI wrote for it, with either token, and
    `{}` when a guest may call it."""
    needed = {scope for requirement in written for scope in requirement.get(PASSWORD_FLOW, ())}
    if not any(PASSWORD_FLOW in requirement for requirement in written):
        return []
    scopes = [scope.value for scope in Scope if scope.value in needed]
    alternatives: list[dict[str, Any]] = [
        {PASSWORD_FLOW: scopes},
        {PERSONAL_ACCESS_TOKEN: scopes},
    ]
    if guest_may_call:
        alternatives.append({})
    return alternatives
