"""Request and response bodies of the accounts routes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field, StringConstraints

from app.accounts.models import Role, User
from app.validation import RequestBody

USERNAME_PATTERN = r"^[A-Za-z0-9_]{3,30}$"

Username = Annotated[str, StringConstraints(pattern=USERNAME_PATTERN)]
DisplayName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=50)]
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
        return cls.model_validate(user)


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
