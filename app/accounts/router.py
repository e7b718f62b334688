"""HTTP layer of accounts: parse, call the service, shape the response."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Path, Query, Request, Response, Security, status
from pydantic import AfterValidator
from pydantic_core import to_json

from app.accounts import blocks, export, leaving, lifecycle, preferences, service
from app.accounts.blocks import CannotBlockStaff, CannotBlockYourself
from app.accounts.leaving import DemoteFirst
from app.accounts.lifecycle import (
    InvalidResetToken,
    InvalidVerificationToken,
    NothingToVerify,
)
from app.accounts.models import Scope, User
from app.accounts.policy import NewMemberRule
from app.accounts.schemas import (
    Accepted,
    BlockPage,
    BlockRead,
    EmailVerification,
    LeaveRequest,
    MemberExport,
    MeRead,
    MeUpdate,
    PasswordChange,
    PasswordResetConfirm,
    PasswordResetRequest,
    PreferencesRead,
    PreferencesUpdate,
    RefreshRequest,
    RegisterRequest,
    RoleUpdate,
    TokenCreate,
    TokenCreated,
    TokenPair,
    TokenRead,
    TokenRequest,
    UsernamePrefix,
    UserRead,
    UserRef,
)
from app.accounts.service import (
    EmailTaken,
    PasswordSignInRequired,
    ScopeBeyondRole,
    UsernameTaken,
    WrongPassword,
)
from app.client_identity import address_key
from app.db import MAX_ID, SessionDep
from app.deps import (
    AccountWriter,
    AppSettings,
    CurrentAdmin,
    CurrentUser,
    CurrentWriter,
    Hashing,
    OwnStateWriter,
    PageParams,
    SignedIn,
    Tokens,
)
from app.errors import Forbidden, InvalidCredentials, InvalidRefreshToken, NotFound, raises
from app.http import API_PREFIX, JSON
from app.mail.compose import Letterhead
from app.ratelimit import check_sign_in, count_failed_sign_in, limit
from app.security import secret_digest
from app.validation import reject_nul

router = APIRouter()

MemberUsername = Annotated[
    str,
    Path(max_length=64, description="The member's username, in any case.", examples=["priya_k"]),
    AfterValidator(reject_nul),
]
TokenId = Annotated[
    int,
    Path(
        ge=1,
        le=MAX_ID,
        description="The personal access token's id (`id` in `GET /me/tokens`).",
        examples=[3],
    ),
]


async def _refresh_lifetime(settings: AppSettings) -> timedelta:
    return timedelta(days=settings.refresh_token_days)


RefreshLifetime = Annotated[timedelta, Depends(_refresh_lifetime)]


async def _new_member_rule(settings: AppSettings) -> NewMemberRule:
    return NewMemberRule(
        hours=settings.new_member_hours,
        max_threads=settings.new_member_max_threads,
        max_replies=settings.new_member_max_replies,
        max_links=settings.new_member_max_links,
    )


async def _letterhead(settings: AppSettings) -> Letterhead:
    return Letterhead(forum_name=settings.forum_name, public_url=settings.public_url)


NewMembers = Annotated[NewMemberRule, Depends(_new_member_rule)]
MailLetterhead = Annotated[Letterhead, Depends(_letterhead)]


async def _own_account(session: SessionDep, user: CurrentUser) -> User:
    # A read may take the member's row from a cache a few seconds old (MemberCache); what
    # they read about their own account must show what they (or a moderator) just changed.
    await session.refresh(user)
    return user


OwnAccount = Annotated[User, Depends(_own_account)]


@router.post(
    "/auth/register",
    status_code=status.HTTP_201_CREATED,
    response_model=MeRead,
    tags=["auth"],
    summary="Register an account",
)
@raises(UsernameTaken, EmailTaken)
async def register(
    request: Request,
    data: RegisterRequest,
    session: SessionDep,
    hashing: Hashing,
    letterhead: MailLetterhead,
    new_members: NewMembers,
    response: Response,
) -> MeRead:
    """Creates a member account and emails a link that verifies its address (the link's
    token goes to `POST /auth/verify-email`). No token is needed and none is returned: sign
    in at `/auth/token` next. Answers the new account, with `Location` at its public
    profile. A username or an email address already taken, in any case, is 409; registering
    is rate-limited per client address and per email address."""
    await limit(request, "register", address_key(request.scope))
    await limit(request, "register", f"email:{data.email.lower()}")
    user = await lifecycle.register(session, hashing, letterhead, data)
    response.headers["Location"] = f"{API_PREFIX}/users/{user.username}"
    return MeRead.of(user, new_members)


@router.post("/auth/token", response_model=TokenPair, tags=["auth"], summary="Sign in")
@raises(InvalidCredentials)
async def sign_in(
    request: Request,
    form: Annotated[TokenRequest, Form()],
    session: SessionDep,
    hashing: Hashing,
    tokens: Tokens,
    refresh_lifetime: RefreshLifetime,
) -> TokenPair:
    """Signs in with a username (or email address) and a password: the OAuth2 password
    grant. The body is **form-encoded** (`application/x-www-form-urlencoded`), not JSON:

    ```
    curl http://localhost:8000/api/v1/auth/token \\
      -d grant_type=password -d username=priya_k -d 'password=correct horse battery'
    ```

    Send `access_token` as `Authorization: Bearer <access_token>`; it carries every scope
    the member's role allows, and `/auth/refresh` gives the next pair. A wrong password and
    an unknown account are answered alike (401 `invalid-credentials`, in the same time);
    failures are rate-limited per account and per client address (429)."""
    address = address_key(request.scope)
    await limit(request, "login", address)
    account = await service.find_by_login(session, form.username)
    # One budget per account, whether it is named by username or by email.
    account_key = f"user:{account.id}" if account else f"login:{form.username.strip().lower()}"
    await check_sign_in(request, account_key, address)
    try:
        user = await service.authenticate(hashing, account, form.password)
    except InvalidCredentials:
        await count_failed_sign_in(request, account_key, address)
        raise
    return await service.issue_tokens(session, tokens, user, refresh_lifetime)


@router.post("/auth/refresh", response_model=TokenPair, tags=["auth"], summary="Refresh a sign-in")
@raises(InvalidRefreshToken)
async def refresh_tokens(
    request: Request,
    data: RefreshRequest,
    session: SessionDep,
    tokens: Tokens,
    refresh_lifetime: RefreshLifetime,
) -> TokenPair:
    """Exchanges the latest refresh token of a sign-in for a new pair; no bearer token is
    needed. Refresh tokens rotate: the one sent is used up, and presenting it again (a sign-in
    that leaked) ends that whole sign-in everywhere, the new pair included. Of two concurrent
    refreshes with one token exactly one succeeds. An unknown, expired, revoked or used token
    is 401 `invalid-refresh-token`: sign in again."""
    await limit(request, "refresh", address_key(request.scope))
    await limit(request, "refresh", f"token:{secret_digest(data.refresh_token)[:32]}")
    return await service.refresh(session, tokens, data.refresh_token, refresh_lifetime)


@router.post(
    "/auth/logout", status_code=status.HTTP_204_NO_CONTENT, tags=["auth"], summary="Sign out"
)
async def sign_out(data: RefreshRequest, session: SessionDep) -> None:
    """Ends the sign-in the refresh token belongs to: none of its refresh tokens works
    again. Access tokens already given out keep working until they expire (`expires_in`), so
    a client drops them now. No bearer token is needed, and an unknown or already ended
    token changes nothing (204 too), so signing out twice is safe."""
    await service.logout(session, data.refresh_token)


@router.get("/me", response_model=MeRead, tags=["accounts"], summary="Read your account")
async def read_me(user: OwnAccount, new_members: NewMembers) -> MeRead:
    """Your own account: the public profile plus your email address and its verification,
    a suspension in force (a suspended member reads it too, to learn until when), and the
    posting limits while you are a new member. Any signed-in member, with `read`."""
    return MeRead.of(user, new_members)


@router.patch("/me", response_model=MeRead, tags=["accounts"], summary="Update your profile")
@raises(EmailTaken, PasswordSignInRequired)
async def update_me(
    request: Request,
    data: MeUpdate,
    session: SessionDep,
    user: AccountWriter,
    letterhead: MailLetterhead,
    new_members: NewMembers,
) -> MeRead:
    """Changes your display name, bio or email address; fields left out stay as they are.
    A new `email` does not replace the address at once: it waits in `pending_email`, is
    mailed a verification link, and becomes `email` when the link is used (`POST
    /auth/verify-email`); your current address cancels a pending change. Changing the
    address needs a password sign-in (403 `password-sign-in-required` for a personal access
    token) and is rate-limited. Needs `write`; not while suspended, but an unverified member
    may (it is how they correct a mistyped address)."""
    if data.email is not None:
        await limit(request, "email_verification", f"user:{user.id}")
    return MeRead.of(await lifecycle.update_me(session, letterhead, user, data), new_members)


@router.get(
    "/users/{username}", response_model=UserRead, tags=["accounts"], summary="Read a profile"
)
@raises(NotFound)
async def read_user(username: MemberUsername, session: SessionDep) -> UserRead:
    """A member's public profile, by username in any case. Anyone may read it, guests
    too. An unknown name and a member who left are both 404. Nothing private is here (the
    address, a suspension): that is only in the member's own `GET /me`."""
    return UserRead.model_validate(await service.get_by_username(session, username))


@router.put(
    "/users/{username}/role",
    response_model=UserRead,
    tags=["accounts"],
    summary="Set a member's role",
)
@raises(NotFound, Forbidden)
async def set_role(
    username: MemberUsername, data: RoleUpdate, session: SessionDep, admin: CurrentAdmin
) -> UserRead:
    """Makes someone a `member`, `moderator` or `admin`. Administrators only, with the
    `admin` scope; an administrator cannot change their own role (403), so the forum always
    keeps one. A change is written to the moderation log (`user_role`, old → new); giving
    the role a member already has changes and logs nothing. Answers the member's profile."""
    return UserRead.model_validate(await service.set_role(session, admin, username, data.role))


# Personal access tokens: managed only from a password sign-in (the services check it too;
# refused here first, before any other requirement of the route).


@raises(PasswordSignInRequired)
async def _require_password_session(user: SignedIn) -> User:
    service.require_token_manager(user)
    return user


# Listing needs `read`, creating and revoking `write` (a password sign-in has both).
TokenOwner = Annotated[User, Security(_require_password_session, scopes=[Scope.read.value])]
TokenManager = Annotated[User, Security(_require_password_session, scopes=[Scope.write.value])]


@router.post(
    "/me/tokens",
    status_code=status.HTTP_201_CREATED,
    response_model=TokenCreated,
    tags=["tokens"],
    summary="Create a personal access token",
)
@raises(ScopeBeyondRole)
async def create_token(
    data: TokenCreate,
    session: SessionDep,
    user: TokenManager,
    _writer: CurrentWriter,
    response: Response,
) -> TokenCreated:
    """Makes a personal access token for a script or a bot, with only the scopes it needs
    (`moderate` alone for a moderation bot). The answer carries the secret in `token`: **it
    is shown once**, so store it now; only a digest is kept. Needs a password sign-in with
    `write`, by a member who may write now (a personal access token gets 403
    `password-sign-in-required`, whatever its scopes); a token's scopes never go beyond the
    member's role (422 `scope-beyond-role`). `Location` is the token list."""
    token, secret = await service.create_pat(session, user, data)
    response.headers["Location"] = f"{API_PREFIX}/me/tokens"
    read = TokenRead.of(token)
    return TokenCreated(
        id=read.id, name=read.name, scopes=read.scopes, token=secret, created_at=read.created_at
    )


@router.get(
    "/me/tokens",
    response_model=list[TokenRead],
    tags=["tokens"],
    summary="List your personal access tokens",
)
async def list_tokens(session: SessionDep, user: TokenOwner) -> list[TokenRead]:
    """Your live personal access tokens, oldest first: names, scopes and when each was last
    used, never their secrets. Revoked tokens are not listed. Needs a password sign-in with
    `read` (a personal access token gets 403 `password-sign-in-required`)."""
    return [TokenRead.of(token) for token in await service.list_pats(session, user)]


@router.delete(
    "/me/tokens/{token_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    tags=["tokens"],
    summary="Revoke a personal access token",
)
@raises(NotFound)
async def revoke_token(
    token_id: TokenId, session: SessionDep, user: TokenManager, _writer: CurrentWriter
) -> None:
    """Revokes one of your personal access tokens: from now on it is refused wherever it
    is sent (401 `invalid-token`). A token that is not yours, or already revoked, is 404.
    Needs a password sign-in with `write`, by a member who may write now."""
    await service.revoke_pat(session, user, token_id)


# Your data and leaving (GDPR art. 15, 20 and 17)


_EXPORT_HEADERS = {
    "Content-Disposition": {
        "description": 'An attachment: `attachment; filename="village-export-<username>.json"`.',
        "schema": {"type": "string"},
    },
    "Cache-Control": {
        "description": "`no-store`: the export is personal, and no cache keeps it.",
        "schema": {"type": "string"},
    },
}


@router.get(
    "/me/export",
    response_model=MemberExport,
    tags=["accounts"],
    summary="Export your data",
    responses={200: {"headers": _EXPORT_HEADERS}},
)
async def export_me(session: SessionDep, user: OwnAccount) -> Response:
    """Everything the forum keeps about you (GDPR art. 15 and 20), as a JSON file to
    download: your profile, threads and posts with their revisions (anonymous ones marked),
    reactions, reports you made, warnings and suspensions you received, tokens (names,
    scopes and dates, never secrets), sign-ins, preferences, blocks, notifications, groups
    and RSVPs. What is kept but left out (moderators' private notes) is named in
    `withheld`. Any signed-in member with `read`, a personal access token too."""
    document = await export.export_member(session, user)
    filename = export.export_filename(user)
    return Response(
        to_json(document, indent=2),
        media_type=JSON,
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "no-store",
        },
    )


@router.delete(
    "/me",
    status_code=status.HTTP_204_NO_CONTENT,
    tags=["accounts"],
    summary="Delete your account",
)
@raises(PasswordSignInRequired, WrongPassword, DemoteFirst)
async def leave(
    request: Request,
    data: LeaveRequest,
    session: SessionDep,
    hashing: Hashing,
    user: OwnStateWriter,
) -> None:
    """Deletes your account for good (GDPR art. 17), confirmed with your password: your
    email address, password, bio, tokens, sign-ins, reactions and blocks are erased and the
    username is freed at once. With `posts: keep` your posts stay, shown as by a deleted
    member; with `erase` their words are removed as deleted posts' are, every reply keeping
    its place. Anonymous posts stay anonymous either way. Needs a password sign-in with
    `write` (a suspended member may leave too); a moderator or administrator is made a member
    first (409 `demote-first`). A wrong password is 403 `wrong-password` and counts as a
    failed sign-in (429 after several)."""
    account, address = f"user:{user.id}", address_key(request.scope)
    await check_sign_in(request, account, address)
    try:
        await leaving.leave(session, hashing, user, data.password, data.posts)
    except service.WrongPassword:
        await count_failed_sign_in(request, account, address)
        raise


# Password change and reset, email verification (API-members.md "Account lifecycle")


@raises(PasswordSignInRequired)
async def _password_session(user: OwnStateWriter) -> User:
    lifecycle.require_password_session(user)
    return user


PasswordSession = Annotated[User, Depends(_password_session)]


@router.post(
    "/me/password", response_model=TokenPair, tags=["accounts"], summary="Change your password"
)
@raises(WrongPassword)
async def change_password(
    request: Request,
    data: PasswordChange,
    session: SessionDep,
    hashing: Hashing,
    tokens: Tokens,
    refresh_lifetime: RefreshLifetime,
    user: PasswordSession,
) -> TokenPair:
    """Sets a new password, confirmed with the current one. Every other sign-in of the
    account ends (its refresh tokens stop working) and this one continues with the new pair
    in the answer: replace both tokens. Needs a password sign-in with `write` (403
    `password-sign-in-required` for a personal access token); a suspended member may still
    secure their account. A wrong current password is 403 `wrong-password` and counts as a
    failed sign-in (429 after several); of two concurrent changes one wins."""
    account, address = f"user:{user.id}", address_key(request.scope)
    await check_sign_in(request, account, address)
    try:
        return await lifecycle.change_password(
            session, hashing, tokens, refresh_lifetime, user, data
        )
    except service.WrongPassword:
        await count_failed_sign_in(request, account, address)
        raise


@router.post(
    "/auth/password-reset",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=Accepted,
    tags=["auth"],
    summary="Ask for a password reset link",
)
async def request_password_reset(
    request: Request, data: PasswordResetRequest, session: SessionDep, letterhead: MailLetterhead
) -> Accepted:
    """Emails a single-use link to choose a new password, valid for an hour, if the
    address has an account; its token goes to `POST /auth/password-reset/confirm`. The
    answer is the same 202 either way, in the same time, so it never tells whether an address
    is registered. No sign-in is needed; rate-limited per client address and per email
    address (429)."""
    await limit(request, "password_reset", address_key(request.scope))
    await limit(request, "password_reset", f"email:{data.email.lower()}")
    await lifecycle.request_password_reset(session, letterhead, data.email)
    return Accepted(
        detail="If an account uses that address, a link to choose a new password is on its "
        "way there. It works once, within an hour."
    )


@router.post(
    "/auth/password-reset/confirm",
    status_code=status.HTTP_204_NO_CONTENT,
    tags=["auth"],
    summary="Reset a forgotten password",
)
@raises(InvalidResetToken)
async def reset_password(data: PasswordResetConfirm, session: SessionDep, hashing: Hashing) -> None:
    """Sets a new password with the token of a reset link. Every sign-in of the account
    ends: sign in again with the new password. The address counts as verified from then on
    (the link reached it). An unknown, used or expired link, or one sent to an address the
    account no longer has, is 400 `invalid-reset-token`. No sign-in is needed."""
    await lifecycle.reset_password(session, hashing, data)


@router.post(
    "/auth/verify-email",
    status_code=status.HTTP_204_NO_CONTENT,
    tags=["auth"],
    summary="Verify an email address",
)
@raises(InvalidVerificationToken, EmailTaken)
async def verify_email(
    data: EmailVerification, session: SessionDep, letterhead: MailLetterhead
) -> None:
    """Uses the token of a verification link: the account's address is verified, or a
    pending new address replaces the old one (and the old address is told by email). No
    sign-in is needed: the link is the proof. An unknown, used or expired link is 400
    `invalid-verification-token`; 409 `email-taken` if another account took the new address
    meanwhile."""
    await lifecycle.verify_email(session, letterhead, data.token)


@router.post(
    "/me/email/verification",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=Accepted,
    tags=["accounts"],
    summary="Send the verification link again",
)
@raises(NothingToVerify)
async def resend_verification(
    request: Request, session: SessionDep, user: AccountWriter, letterhead: MailLetterhead
) -> Accepted:
    """Sends the verification link again: to the pending new address if there is one,
    else to your address while it is unverified; `detail` names the address. Needs `write`,
    not while suspended; rate-limited per member (429). An address already verified, with
    nothing pending, is 409 `email-already-verified`."""
    await limit(request, "email_verification", f"user:{user.id}")
    address = await lifecycle.resend_verification(session, letterhead, user)
    return Accepted(detail=f"A new link is on its way to {address}.")


# Preferences, blocks and the member lookup (API-community.md "Reading state, subscriptions,
# notifications"; the lookup is an extension for the composer's @ autocomplete)


@router.get(
    "/me/preferences",
    response_model=PreferencesRead,
    tags=["accounts"],
    summary="Read your preferences",
)
async def read_preferences(user: OwnAccount) -> PreferencesRead:
    """Which emails the forum sends you, and the subscription level a thread gets when you
    reply in it. Any signed-in member, with `read`."""
    return PreferencesRead.of(user)


@router.patch(
    "/me/preferences",
    response_model=PreferencesRead,
    tags=["accounts"],
    summary="Update your preferences",
)
async def update_preferences(
    data: PreferencesUpdate, session: SessionDep, user: OwnStateWriter
) -> PreferencesRead:
    """Changes only the fields given; null is refused for every one (leave a field out to
    keep it). Answers all your preferences. Needs `write`; a suspended or unverified member
    may change them too (choosing emails is not posting)."""
    return PreferencesRead.of(await preferences.update_preferences(session, user, data))


@router.put(
    "/users/{username}/block",
    status_code=status.HTTP_204_NO_CONTENT,
    tags=["accounts"],
    summary="Block a member",
)
@raises(NotFound, CannotBlockYourself, CannotBlockStaff)
async def block_user(username: MemberUsername, session: SessionDep, user: OwnStateWriter) -> None:
    """Their posts come back to you with `is_blocked_author: true`, and they cannot
    mention, quote- or reply-notify you. Blocking is private: no notification, event or
    webhook tells them, and nothing in their views changes. Moderators and administrators
    cannot be blocked (422 `cannot-block-staff`), nor can you block yourself (422
    `cannot-block-yourself`); blocking again changes nothing. Needs `write`; a suspended
    member may block too."""
    await blocks.block(session, user, username)


@router.delete(
    "/users/{username}/block",
    status_code=status.HTTP_204_NO_CONTENT,
    tags=["accounts"],
    summary="Unblock a member",
)
@raises(NotFound)
async def unblock_user(username: MemberUsername, session: SessionDep, user: OwnStateWriter) -> None:
    """Removes your block of the member: their posts show normally again and they can
    notify you. Unblocking someone you have not blocked changes nothing (204 too); an
    unknown username is 404. Needs `write`; nothing tells them."""
    await blocks.unblock(session, user, username)


@router.get(
    "/me/blocks",
    response_model=BlockPage,
    tags=["accounts"],
    summary="List the members you blocked",
)
async def list_blocks(session: SessionDep, user: CurrentUser, page: PageParams) -> BlockPage:
    """The members you blocked, a page at a time in a stable order (not by date), each
    with when you blocked them. Only you see this list. Needs `read`."""
    items, next_cursor = await blocks.list_blocks(session, user, page.limit, page.cursor)
    return BlockPage(
        items=[
            BlockRead(user=UserRef.model_validate(item.user), created_at=item.created_at)
            for item in items
        ],
        next_cursor=next_cursor,
    )


@router.get(
    "/users",
    response_model=list[UserRef],
    tags=["accounts"],
    summary="Find members by username",
)
async def find_members(
    session: SessionDep,
    _user: CurrentUser,
    prefix: Annotated[
        UsernamePrefix,
        Query(description="The start of a username, any case.", examples=["pri"]),
    ],
    limit: Annotated[
        int, Query(ge=1, le=20, description="At most this many members.", examples=[8])
    ] = 8,
) -> list[UserRef]:
    """Members whose username starts with `prefix`, any case, in username order: the
    composer's @ autocomplete. Members who left are never among them. Any signed-in member,
    with `read` (an extension of the contract)."""
    return [
        UserRef.model_validate(member)
        for member in await service.find_by_prefix(session, prefix, limit)
    ]
