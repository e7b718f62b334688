"""Request and response bodies of the accounts routes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field, StringConstraints

from app.accounts.models import PersonalAccessToken, Role, Scope, User
from app.accounts.policy import is_suspended
from app.db import utcnow
from app.validation import OneLine, RequestBody

USERNAME_PATTERN = r"^[A-Za-z0-9_]{3,30}$"

Username = Annotated[str, StringConstraints(pattern=USERNAME_PATTERN)]
DisplayName = Annotated[str, Field(min_length=1, max_length=50), OneLine]
Password = Annotated[str, Field(min_length=10, max_length=1024)]
Bio = Annotated[str, Field(max_length=2000)]


class UserRef(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    display_name: str
    role: Role


class UserRead(UserRef):
    created_at: datetime
    post_count: int
    bio: str


class MeRead(UserRead):
    email: str
    suspended_until: datetime | None

    @classmethod
    def of(cls, user: User) -> MeRead:
        me = cls.model_validate(user)
        # An ended suspension is not shown, even before it is cleared.
        if not is_suspended(user, utcnow()):
            me.suspended_until = None
        return me


class RegisterRequest(RequestBody):
    username: Username
    email: Annotated[EmailStr, Field(max_length=254)]
    password: Password
    display_name: DisplayName | None = None


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - the OAuth2 token type
    expires_in: int = Field(description="Seconds until the access token expires.")


class RefreshRequest(RequestBody):
    refresh_token: Annotated[str, Field(min_length=1, max_length=200)]


class MeUpdate(RequestBody):
    display_name: DisplayName | None = None
    bio: Bio | None = None


class RoleUpdate(RequestBody):
    role: Role


TokenName = Annotated[str, Field(min_length=1, max_length=100), OneLine]


class TokenCreate(RequestBody):
    name: TokenName
    scopes: Annotated[list[Scope], Field(min_length=1, max_length=len(Scope))]


class TokenRead(BaseModel):
    id: int
    name: str
    scopes: list[Scope]
    created_at: datetime
    last_used_at: datetime | None

    @classmethod
    def of(cls, token: PersonalAccessToken) -> TokenRead:
        return cls(
            id=token.id,
            name=token.name,
            scopes=sorted((Scope(s) for s in token.scope_set), key=list(Scope).index),
            created_at=token.created_at,
            last_used_at=token.last_used_at,
        )


class TokenCreated(BaseModel):
    id: int
    name: str
    scopes: list[Scope]
    token: str = Field(description="Shown once; store it now. Only a digest is kept.")
    created_at: datetime
