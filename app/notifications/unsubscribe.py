"""One-click unsubscribe (RFC 8058) from notification and digest emails, with no sign-in.

Every such email carries its own link: a token signed with HMAC-SHA256 under a key derived
from SECRET_KEY for this use only, naming the member, the one preference the email was
about (`replies`, `mentions`, `meetups` or `digest`), when it was issued and a random
nonce. Changing any part breaks the signature, so a link for one member or purpose cannot
be turned into another. A link works once (its nonce is recorded in `unsubscribe_uses` in
the transaction that turns the preference off) and for `unsubscribe_link_days`; a used
nonce is forgotten when its link would have expired anyway (`prune_used_links`).

GET only describes what the link would do: mail scanners fetch links, and a fetch must
never unsubscribe anyone."""

from __future__ import annotations

import enum
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import ForeignKey, Index, String, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from app import base64url
from app.accounts.models import EmailDigest, User
from app.db import MAX_ID, Base, UTCDateTime, dialect_insert, utcnow
from app.errors import BadRequest, ProblemError
from app.mail.compose import Letterhead

UNSUBSCRIBE_PAGE = "/unsubscribe"  # the web app's page, linked from the body
UNSUBSCRIBE_API = "/api/v1/unsubscribe"  # the one-click endpoint, in List-Unsubscribe
VERSION = "v1"
MAX_TOKEN_CHARS = 200
_TOKEN = re.compile(
    rf"{VERSION}\.([1-9][0-9]{{0,9}})\.(replies|mentions|meetups|digest)\.([0-9]{{1,12}})"
    r"\.([0-9a-f]{32})\.([A-Za-z0-9_-]{43})"
)


class Purpose(enum.StrEnum):
    """The one preference a link turns off."""

    replies = "replies"  # email_replies: replies and quotes
    mentions = "mentions"  # email_mentions
    meetups = "meetups"  # email_meetups: meet-ups the member answered
    digest = "digest"  # email_digest → off


class UnsubscribeUse(Base):
    """A link that was used: its nonce, so that it works once."""

    __tablename__ = "unsubscribe_uses"
    __table_args__ = (Index("ix_unsubscribe_uses_used_at", "used_at"),)  # pruning

    nonce: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(String(16))
    used_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class InvalidUnsubscribeLink(BadRequest):
    slug, title = "invalid-unsubscribe-link", "This unsubscribe link is not valid"
    advice = (
        "The `token` is not an unsubscribe link this forum sent: it was cut short, altered, "
        "or made up. Nothing was changed. Use the link exactly as the email has it, or "
        "change which emails you get in your settings (`PATCH /me/preferences`)."
    )


class UnsubscribeLinkGone(ProblemError):
    status, slug, title = 410, "unsubscribe-link-gone", "This unsubscribe link no longer works"
    advice = (
        "The link was genuine but cannot be used any more: it was used already (those "
        "emails are off), it has expired, or its account was closed. Do not retry; change "
        "which emails you get in your settings (`PATCH /me/preferences`)."
    )


@dataclass(frozen=True)
class LinkClaims:
    user_id: int
    purpose: Purpose
    issued_at: datetime
    nonce: str


class UnsubscribeLinks:
    """Signs and reads unsubscribe tokens."""

    def __init__(self, signing_key: str, lifetime_days: int) -> None:
        # A key of its own (domain-separated from the JWT key), so no other token the forum
        # signs can ever pass for an unsubscribe link, nor the other way round.
        self._key = hashlib.sha256(b"village/unsubscribe-link\0" + signing_key.encode()).digest()
        self.lifetime = timedelta(days=lifetime_days)

    def _signature(self, message: str) -> str:
        digest = hmac.new(self._key, message.encode(), hashlib.sha256).digest()
        return base64url.encode(digest)

    def issue(self, user_id: int, purpose: Purpose, now: datetime | None = None) -> str:
        issued = int((now or utcnow()).timestamp())
        message = f"{VERSION}.{user_id}.{purpose.value}.{issued}.{secrets.token_hex(16)}"
        return f"{message}.{self._signature(message)}"

    def read(self, token: str, now: datetime | None = None) -> LinkClaims:
        """The claims of a genuine, unexpired token; InvalidUnsubscribeLink (400) for
        anything that is not one of ours, UnsubscribeLinkGone (410) once it expired."""
        found = _TOKEN.fullmatch(token) if len(token) <= MAX_TOKEN_CHARS else None
        if found is None:
            raise InvalidUnsubscribeLink("This is not an unsubscribe link of this forum.")
        user_id, purpose, issued, nonce, signature = found.groups()
        expected = self._signature(token.rpartition(".")[0])
        if not hmac.compare_digest(signature, expected) or int(user_id) > MAX_ID:
            raise InvalidUnsubscribeLink("This is not an unsubscribe link of this forum.")
        issued_at = datetime.fromtimestamp(int(issued), tz=UTC)
        if issued_at + self.lifetime < (now or utcnow()):
            raise UnsubscribeLinkGone(
                "This link has expired: change which emails you get in your settings."
            )
        return LinkClaims(int(user_id), Purpose(purpose), issued_at, nonce)

    def urls(self, letterhead: Letterhead, user_id: int, purpose: Purpose) -> tuple[str, str]:
        """The one-click URL (List-Unsubscribe) and the web page's (the body), one token."""
        token = self.issue(user_id, purpose)
        return (
            letterhead.link(UNSUBSCRIBE_API, token=token),
            letterhead.link(UNSUBSCRIBE_PAGE, token=token),
        )


@dataclass(frozen=True)
class LinkState:
    """What a link does, for the web page: which emails, to which (masked) address, whether
    it was used, and whether those emails are on now."""

    kind: Purpose
    email: str
    used: bool
    enabled: bool


def mask_email(address: str) -> str:
    """ "jess.t@example.org" → "j•••@example.org": enough for the owner to recognise, not
    enough to learn an address from a forwarded link."""
    local, _, domain = address.rpartition("@")
    return f"{local[:1]}•••@{domain}"


_TURN_OFF: dict[Purpose, dict[str, bool | str]] = {
    Purpose.replies: {"email_replies": False},
    Purpose.mentions: {"email_mentions": False},
    Purpose.meetups: {"email_meetups": False},
    Purpose.digest: {"email_digest": EmailDigest.off.value},
}


def _enabled(user: User, purpose: Purpose) -> bool:
    if purpose is Purpose.replies:
        return user.email_replies
    if purpose is Purpose.mentions:
        return user.email_mentions
    if purpose is Purpose.meetups:
        return user.email_meetups
    return user.email_digest != EmailDigest.off


async def _member(session: AsyncSession, claims: LinkClaims) -> User:
    user = await session.get(User, claims.user_id)
    if user is None or user.deleted_at is not None:
        raise UnsubscribeLinkGone("This link is for an account that no longer exists.")
    return user


async def describe(session: AsyncSession, links: UnsubscribeLinks, token: str) -> LinkState:
    """What the link would do; changes nothing."""
    claims = links.read(token)
    user = await _member(session, claims)
    used = await session.scalar(
        select(UnsubscribeUse.nonce).where(UnsubscribeUse.nonce == claims.nonce)
    )
    return LinkState(
        claims.purpose, mask_email(user.email), used is not None, _enabled(user, claims.purpose)
    )


async def unsubscribe(session: AsyncSession, links: UnsubscribeLinks, token: str) -> LinkState:
    """Turns off the link's one preference, once: the nonce is claimed by a conditional
    insert, so of any number of concurrent uses one changes the preference and the others
    answer 410."""
    claims = links.read(token)
    user = await _member(session, claims)
    claimed = await session.scalar(
        dialect_insert(session)(UnsubscribeUse)
        .values(
            nonce=claims.nonce,
            user_id=user.id,
            purpose=claims.purpose.value,
            used_at=utcnow(),
        )
        .on_conflict_do_nothing(index_elements=["nonce"])
        .returning(UnsubscribeUse.nonce)
    )
    if claimed is None:
        raise UnsubscribeLinkGone("This link was used already: those emails are off.")
    values = _TURN_OFF[claims.purpose]
    await session.execute(
        update(User)
        .where(User.id == user.id)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return LinkState(claims.purpose, mask_email(user.email), used=True, enabled=False)


async def prune_used_links(session: AsyncSession, lifetime: timedelta, limit: int) -> int:
    """Forgets up to `limit` used nonces whose links have expired anyway; returns how many."""
    doomed = (
        select(UnsubscribeUse.nonce)
        .where(UnsubscribeUse.used_at < utcnow() - lifetime)
        .limit(limit)
    )
    result = await session.execute(
        delete(UnsubscribeUse)
        .where(UnsubscribeUse.nonce.in_(doomed.scalar_subquery()))
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0))
