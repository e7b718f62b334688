"""Request and response bodies of the accounts routes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    EmailStr,
    Field,
    StrictBool,
    StringConstraints,
    field_validator,
)
from pydantic_core import PydanticCustomError

from app.accounts.models import PersonalAccessToken, Role, Scope, User
from app.accounts.policy import NewMemberRule, is_new_member, is_suspended, new_member_until
from app.db import utcnow
from app.validation import OneLine, RequestBody

USERNAME_PATTERN = r"^[A-Za-z0-9_]{3,30}$"

Username = Annotated[str, StringConstraints(pattern=USERNAME_PATTERN)]
DisplayName = Annotated[str, Field(min_length=1, max_length=50), OneLine]
Password = Annotated[str, Field(min_length=10, max_length=1024)]
Bio = Annotated[str, Field(max_length=2000)]
Email = Annotated[EmailStr, Field(max_length=254)]
# A single-use link's secret, as it arrives from the link's query string.
LinkToken = Annotated[str, Field(min_length=1, max_length=200)]


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


class SuspensionRead(BaseModel):
    until: datetime
    reason: str | None = Field(description="The moderator's words to the member.")


class NewMemberLimits(BaseModel):
    """The posting limits on a new member, so a client can show them before they write."""

    until: datetime = Field(description="When the limits lift.")
    max_threads: int
    max_replies: int
    max_links: int = Field(description="Links allowed in one post.")


class MeRead(UserRead):
    email: str
    email_verified: bool
    pending_email: str | None = Field(
        description="A new address waiting for its verification link to be used."
    )
    suspended_until: datetime | None
    suspension: SuspensionRead | None = Field(description="Null when not suspended (or ended).")
    new_member: NewMemberLimits | None = Field(
        description="The limits in force while the member is new; null otherwise."
    )

    @classmethod
    def of(cls, user: User, rule: NewMemberRule) -> MeRead:
        now = utcnow()
        # An ended suspension is not shown, even before it is cleared.
        suspended = is_suspended(user, now)
        return cls(
            id=user.id,
            username=user.username,
            display_name=user.display_name,
            role=Role(user.role),
            created_at=user.created_at,
            post_count=user.post_count,
            bio=user.bio,
            email=user.email,
            email_verified=user.email_verified,
            pending_email=user.pending_email,
            suspended_until=user.suspended_until if suspended else None,
            suspension=(
                SuspensionRead(until=user.suspended_until, reason=user.suspension_reason)
                if suspended and user.suspended_until is not None
                else None
            ),
            new_member=(
                NewMemberLimits(
                    until=new_member_until(user, rule.hours),
                    max_threads=rule.max_threads,
                    max_replies=rule.max_replies,
                    max_links=rule.max_links,
                )
                if is_new_member(user, rule.hours, now)
                else None
            ),
        )


class RegisterRequest(RequestBody):
    username: Username
    email: Email
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
    email: Email | None = Field(
        default=None,
        description="A new address: it becomes `pending_email`, and replaces `email` once the "
        "link sent to it is used. Your current address cancels a pending change.",
    )


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


LeavePosts = Literal["keep", "erase"]


class LeaveRequest(RequestBody):
    password: Annotated[str, Field(min_length=1, max_length=1024)]
    posts: LeavePosts = Field(
        description="keep: your posts stay, shown as by a deleted member; erase: their words "
        "are removed as deleted posts' are, keeping every reply in its place."
    )


class WithheldData(BaseModel):
    what: str
    statement: str


class MemberExport(BaseModel):
    """Everything the forum keeps about you, one key per section; the sections beyond these
    (profile, threads, posts, reactions, reports, warnings, suspensions, tokens, sign-ins,
    and later ones) are objects or lists of plain values."""

    model_config = ConfigDict(extra="allow")

    format: str = Field(description="The export's format and version, e.g. village-export/1.")
    exported_at: datetime
    withheld: list[WithheldData] = Field(
        description="What the forum keeps about you but does not include, and why."
    )


# Account lifecycle: password change and reset, email verification


class PasswordChange(RequestBody):
    current_password: Annotated[str, Field(min_length=1, max_length=1024)]
    new_password: Password


class PasswordResetRequest(RequestBody):
    email: Email


class PasswordResetConfirm(RequestBody):
    token: LinkToken
    new_password: Password


class EmailVerification(RequestBody):
    token: LinkToken


class Accepted(BaseModel):
    """A request taken; what follows arrives by email."""

    detail: str


# Preferences and blocks (API-community.md "Reading state, subscriptions, notifications")

EmailDigestChoice = Literal["off", "daily"]
DefaultSubscription = Literal["watching", "normal"]


class PreferencesRead(BaseModel):
    email_replies: bool = Field(description="Email at once when someone replies to or quotes you.")
    email_mentions: bool = Field(description="Email at once when someone mentions you.")
    email_meetups: bool = Field(
        description="Email at once about meet-ups you answered: changed, cancelled, a place "
        "for you, approved, and the reminder the day before."
    )
    email_digest: EmailDigestChoice = Field(description="A daily digest of watched threads.")
    default_subscription: DefaultSubscription = Field(
        description="The level a thread gets when you reply in it without having chosen one."
    )

    @classmethod
    def of(cls, user: User) -> PreferencesRead:
        return cls.model_validate(
            {
                "email_replies": user.email_replies,
                "email_mentions": user.email_mentions,
                "email_meetups": user.email_meetups,
                "email_digest": user.email_digest,
                "default_subscription": user.default_subscription,
            }
        )


class PreferencesUpdate(RequestBody):
    """Only the fields given change; null is no value for any of them."""

    email_replies: StrictBool | None = None
    email_mentions: StrictBool | None = None
    email_meetups: StrictBool | None = None
    email_digest: EmailDigestChoice | None = None
    default_subscription: DefaultSubscription | None = None

    @field_validator("*", mode="after")
    @classmethod
    def _not_null(cls, value: Any) -> Any:
        # Runs only for fields the body gives: an explicit null is refused, not "unchanged".
        if value is None:
            raise PydanticCustomError("not_null", "Leave the field out to keep its value")
        return value


class BlockRead(BaseModel):
    user: UserRef
    created_at: datetime = Field(description="When you blocked them.")


UsernamePrefix = Annotated[
    str, StringConstraints(min_length=1, max_length=30, pattern=r"^[A-Za-z0-9_]+$")
]
