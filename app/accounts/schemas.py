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
from app.pagination import Page
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
    """A member as other members see them wherever they are named (an author, a host, a
    moderator). Link to their profile by `username`; show `display_name`."""

    model_config = ConfigDict(from_attributes=True)

    id: int = Field(description="The member's id; it never changes.", examples=[17])
    username: str = Field(
        description="Unique in any case, 3–30 letters, digits or `_`; it is in the profile's "
        "address (`/users/{username}`). Freed when the member leaves.",
        examples=["priya_k"],
    )
    display_name: str = Field(description="The name to show.", examples=["Priya K."])
    role: Role = Field(
        description="`member`, `moderator` or `admin`: moderators and administrators are "
        "staff, shown as such and never blockable.",
        examples=["member"],
    )


class UserRead(UserRef):
    """A member's public profile."""

    created_at: datetime = Field(description="When they joined.")
    post_count: int = Field(
        description="Their posts under their name, first posts and replies alike: never "
        "anonymous ones (counting them would unmask them), nor deleted posts or threads.",
        examples=[42],
    )
    bio: str = Field(description="What they say about themselves: plain text, not Markdown.")


class SuspensionRead(BaseModel):
    """A suspension in force: the member can read but not write until `until`."""

    until: datetime = Field(description="When the suspension ends by itself.")
    reason: str | None = Field(description="The moderator's words to the member.")


class NewMemberLimits(BaseModel):
    """The posting limits on a new member, so a client can show them before they write."""

    until: datetime = Field(description="When the limits lift.")
    max_threads: int = Field(description="Threads they may start while new.", examples=[3])
    max_replies: int = Field(description="Replies they may write while new.", examples=[10])
    max_links: int = Field(description="Links allowed in one post.", examples=[2])


class MeRead(UserRead):
    """Your own account: the public profile plus what only you see (your address, its
    verification, a suspension, the limits on a new member)."""

    email: str = Field(
        description="The address the forum writes to.", examples=["priya@example.org"]
    )
    email_verified: bool = Field(
        description="Whether a link sent to `email` was used. With `REQUIRE_VERIFIED_EMAIL` on, "
        "an unverified member can read but not write."
    )
    pending_email: str | None = Field(
        description="A new address waiting for its verification link to be used."
    )
    suspended_until: datetime | None = Field(
        description="The same as `suspension.until`, kept for older clients; null when not "
        "suspended."
    )
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
    """A new account. Sign in afterwards at `/auth/token` with the username (or the email)
    and the password."""

    username: Username = Field(
        description="3–30 letters, digits or `_`; unique in any case.", examples=["priya_k"]
    )
    email: Email = Field(
        description="Where the verification link is sent; unique in any case.",
        examples=["priya@example.org"],
    )
    password: Password = Field(
        description="At least 10 characters.", examples=["correct horse battery"]
    )
    display_name: DisplayName | None = Field(
        default=None,
        description="The name to show, on one line; the username when left out.",
        examples=["Priya K."],
    )


class TokenPair(BaseModel):
    """A sign-in: an access token to send as `Authorization: Bearer <access_token>`, and a
    refresh token to get the next pair from `/auth/refresh` before or after it expires."""

    access_token: str = Field(
        description="A short-lived bearer token (a JWT; treat it as opaque). It carries every "
        "scope the member's role allows."
    )
    refresh_token: str = Field(
        description="A single-use secret for `/auth/refresh`, valid for 30 days by default. It "
        "rotates: each use answers a new one, and presenting a used one again ends this "
        "sign-in everywhere. Keep it out of logs and URLs.",
        examples=["vrt_an-example-not-a-real-refresh-token"],
    )
    token_type: Literal["bearer"] = Field(default="bearer", description="Always `bearer` (OAuth2).")
    expires_in: int = Field(
        description="Seconds until the access token expires (15 minutes by default).",
        examples=[900],
    )


class TokenRequest(BaseModel):
    """The OAuth2 password grant (RFC 6749 §4.3), sent form-encoded
    (`application/x-www-form-urlencoded`), not as JSON."""

    grant_type: Literal["password"] | None = Field(
        default=None,
        description="`password`, the only grant; may be left out.",
        examples=["password"],
    )
    username: str = Field(
        max_length=1024,
        description="The member's username or email address, in any case.",
        examples=["priya_k"],
    )
    password: str = Field(max_length=1024, description="The member's password.")
    scope: str = Field(
        default="",
        max_length=1024,
        description="Accepted for OAuth2 clients and ignored: the access token carries every "
        "scope the member's role allows. Make a personal access token (`POST /me/tokens`) "
        "for fewer.",
        examples=[""],
    )


class RefreshRequest(RequestBody):
    """A refresh token to exchange, or to end its sign-in with."""

    refresh_token: Annotated[str, Field(min_length=1, max_length=200)] = Field(
        description="The `refresh_token` of the latest pair of this sign-in."
    )


class MeUpdate(RequestBody):
    """The fields of your profile to change; those left out stay as they are."""

    display_name: DisplayName | None = Field(
        default=None, description="The name to show, on one line.", examples=["Priya K."]
    )
    bio: Bio | None = Field(
        default=None,
        description="What you say about yourself: plain text, up to 2,000 characters.",
        examples=["Two kids, one dog, always short of sleep."],
    )
    email: Email | None = Field(
        default=None,
        description="A new address: it becomes `pending_email`, and replaces `email` once the "
        "link sent to it is used. Your current address cancels a pending change.",
    )


class RoleUpdate(RequestBody):
    """The role to give the member."""

    role: Role = Field(
        description="`member`, `moderator` (the moderation tools) or `admin` (also roles, "
        "categories and webhooks).",
        examples=["moderator"],
    )


TokenName = Annotated[str, Field(min_length=1, max_length=100), OneLine]
_WHAT_SCOPES_ALLOW = (
    "What the token may do: `read`, `write`, `moderate` (moderators and administrators) and "
    "`admin` (administrators); see the security scheme's scope table."
)


class TokenCreate(RequestBody):
    """A new personal access token, with only the scopes a script or bot needs."""

    name: TokenName = Field(
        description="Your name for it, to tell tokens apart; one line.",
        examples=["moderation bot"],
    )
    scopes: Annotated[list[Scope], Field(min_length=1, max_length=len(Scope))] = Field(
        description=_WHAT_SCOPES_ALLOW + " Never beyond your role.",
        examples=[["moderate"]],
    )


class TokenRead(BaseModel):
    """A personal access token as listed: never its secret."""

    id: int = Field(description="The token's id, for revoking it.", examples=[3])
    name: str = Field(description="Your name for it.", examples=["moderation bot"])
    scopes: list[Scope] = Field(description=_WHAT_SCOPES_ALLOW, examples=[["moderate"]])
    created_at: datetime
    last_used_at: datetime | None = Field(
        description="When it was last used, to the minute; null if never."
    )

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
    """The token just made, with its secret: the only time the secret is shown."""

    id: int = Field(description="The token's id, for revoking it.", examples=[3])
    name: str = Field(description="Your name for it.", examples=["moderation bot"])
    scopes: list[Scope] = Field(description=_WHAT_SCOPES_ALLOW, examples=[["moderate"]])
    token: str = Field(
        description="The secret to send as `Authorization: Bearer <token>`. Shown once; store "
        "it now. Only a digest is kept, so it cannot be shown again: revoke it and make "
        "another if it is lost.",
        examples=["vpat_an-example-not-a-real-token"],
    )
    created_at: datetime


LeavePosts = Literal["keep", "erase"]


class LeaveRequest(RequestBody):
    """Confirms leaving with your password, and says what becomes of your posts."""

    password: Annotated[str, Field(min_length=1, max_length=1024)] = Field(
        description="Your current password."
    )
    posts: LeavePosts = Field(
        description="keep: your posts stay, shown as by a deleted member; erase: their words "
        "are removed as deleted posts' are, keeping every reply in its place."
    )


class WithheldData(BaseModel):
    """Something the forum keeps about you but leaves out of the export."""

    what: str = Field(description="What it is.", examples=["Moderators' private notes"])
    statement: str = Field(description="Why it is withheld.")


class MemberExport(BaseModel):
    """Everything the forum keeps about you, one key per section; the sections beyond these
    (profile, threads, posts, reactions, reports, warnings, suspensions, tokens, sign-ins,
    and later ones) are objects or lists of plain values."""

    model_config = ConfigDict(extra="allow")

    format: str = Field(
        description="The export's format and version.", examples=["village-export/1"]
    )
    exported_at: datetime = Field(description="When this export was made.")
    withheld: list[WithheldData] = Field(
        description="What the forum keeps about you but does not include, and why."
    )


# Account lifecycle: password change and reset, email verification


class PasswordChange(RequestBody):
    """Your current password, to prove it is you, and the new one."""

    current_password: Annotated[str, Field(min_length=1, max_length=1024)] = Field(
        description="The password you sign in with now."
    )
    new_password: Password = Field(description="At least 10 characters.")


class PasswordResetRequest(RequestBody):
    """The address of the account whose password was forgotten."""

    email: Email = Field(description="The account's email address.", examples=["priya@example.org"])


_FROM_THE_LINK = "The `token` query parameter of the emailed link, unchanged."


class PasswordResetConfirm(RequestBody):
    """A reset link's token and the new password."""

    token: LinkToken = Field(
        description=_FROM_THE_LINK, examples=["vrs_an-example-reset-link-token"]
    )
    new_password: Password = Field(description="At least 10 characters.")


class EmailVerification(RequestBody):
    """A verification link's token."""

    token: LinkToken = Field(
        description=_FROM_THE_LINK, examples=["vev_an-example-verification-token"]
    )


class Accepted(BaseModel):
    """A request taken; what follows arrives by email."""

    detail: str = Field(description="What happens next, in words to show the person.")


# Preferences and blocks (API-community.md "Reading state, subscriptions, notifications")

EmailDigestChoice = Literal["off", "daily"]
DefaultSubscription = Literal["watching", "normal"]


class PreferencesRead(BaseModel):
    """Your settings: which emails the forum sends you, and how you follow threads."""

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

    email_replies: StrictBool | None = Field(
        default=None, description="Email at once when someone replies to or quotes you."
    )
    email_mentions: StrictBool | None = Field(
        default=None, description="Email at once when someone mentions you."
    )
    email_meetups: StrictBool | None = Field(
        default=None, description="Email at once about meet-ups you answered."
    )
    email_digest: EmailDigestChoice | None = Field(
        default=None, description="`daily` for a daily digest of watched threads, or `off`."
    )
    default_subscription: DefaultSubscription | None = Field(
        default=None,
        description="The level a thread gets when you reply in it without having chosen one.",
    )

    @field_validator("*", mode="after")
    @classmethod
    def _not_null(cls, value: Any) -> Any:
        # Runs only for fields the body gives: an explicit null is refused, not "unchanged".
        if value is None:
            raise PydanticCustomError("not_null", "Leave the field out to keep its value")
        return value


class BlockRead(BaseModel):
    """A member you blocked."""

    user: UserRef = Field(description="The member you blocked.")
    created_at: datetime = Field(description="When you blocked them.")


class BlockPage(Page[BlockRead]):
    """A page of the members you blocked, in a stable order (not by date)."""


UsernamePrefix = Annotated[
    str, StringConstraints(min_length=1, max_length=30, pattern=r"^[A-Za-z0-9_]+$")
]
