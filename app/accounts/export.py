"""Your data (GDPR art. 15 and 20): `GET /me/export` is one JSON document of every section a
domain registered with `export_section`.

Accounts cannot import the domains above it, so each domain registers its own sections from
its own `export` module (app/forum/export.py, app/moderation/export.py), imported by
app/domains.py wherever the app runs; later domains (notifications, groups, meet-ups) add
theirs the same way. What a domain keeps about a member but does not hand over (moderators'
private notes) is said in `withheld`, registered with `withhold_from_export`.

A section returns plain JSON values (datetimes allowed) of the member's own data only, never
another member's words or anything that names who reported them. Sections are read one after
another: a change committed meanwhile may show in one and not another, which a personal copy
can live with.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import PersonalAccessToken, RefreshToken, User, UserBlock
from app.db import utcnow

FORMAT = "village-export/1"

ExportSection = Callable[[AsyncSession, User], Awaitable[Any]]

_sections: dict[str, ExportSection] = {}
_withheld: dict[str, str] = {}
_RESERVED = frozenset({"format", "exported_at", "withheld"})


def export_section(name: str) -> Callable[[ExportSection], ExportSection]:
    """Registers a section of the export under `name` (a top-level key of the document)."""
    if name in _RESERVED:
        raise ValueError(f"{name!r} is a key of the export document itself")

    def register(collect: ExportSection) -> ExportSection:
        existing = _sections.get(name)
        if existing is not None and _origin(existing) != _origin(collect):
            raise ValueError(f"two export sections are called {name!r}")
        _sections[name] = collect  # the same function again: a module imported twice
        return collect

    return register


def _origin(collect: ExportSection) -> tuple[str, str]:
    return collect.__module__, collect.__qualname__


def withhold_from_export(what: str, statement: str) -> None:
    """Says in every export that `what` is kept about the member but not handed over, and
    why (`statement` is shown to the member as it is)."""
    _withheld[what] = statement


def section_names() -> list[str]:
    return list(_sections)


def export_filename(user: User) -> str:
    return f"village-export-{user.username}.json"


async def export_member(session: AsyncSession, user: User) -> dict[str, Any]:
    """The member's data: every registered section, in the order the domains registered."""
    document: dict[str, Any] = {"format": FORMAT, "exported_at": utcnow()}
    for name, collect in _sections.items():
        document[name] = await collect(session, user)
    document["withheld"] = [
        {"what": what, "statement": statement} for what, statement in _withheld.items()
    ]
    return document


# Accounts' own sections.


@export_section("profile")
async def _profile(_session: AsyncSession, user: User) -> dict[str, Any]:
    return {
        "id": user.id,
        "username": user.username,
        "display_name": user.display_name,
        "email": user.email,
        "email_verified": user.email_verified,
        "pending_email": user.pending_email,
        "bio": user.bio,
        "role": user.role,
        "created_at": user.created_at,
        "post_count": user.post_count,
        "suspended_until": user.suspended_until,
        "suspension_reason": user.suspension_reason,
    }


@export_section("personal_access_tokens")
async def _personal_access_tokens(session: AsyncSession, user: User) -> list[dict[str, Any]]:
    """Names, scopes and dates; never the secret (only its digest is stored) nor the digest."""
    tokens = await session.scalars(
        select(PersonalAccessToken)
        .where(PersonalAccessToken.user_id == user.id)
        .order_by(PersonalAccessToken.id)
    )
    return [
        {
            "name": token.name,
            "scopes": sorted(token.scope_set),
            "created_at": token.created_at,
            "last_used_at": token.last_used_at,
            "revoked_at": token.revoked_at,
        }
        for token in tokens
    ]


@export_section("sign_ins")
async def _sign_ins(session: AsyncSession, user: User) -> list[dict[str, Any]]:
    """One entry per sign-in (a login family of refresh tokens): when it began, when it was
    last refreshed, when it expires or ended."""
    families = await session.execute(
        select(
            func.min(RefreshToken.created_at).label("signed_in_at"),
            func.max(RefreshToken.created_at).label("last_refreshed_at"),
            func.max(RefreshToken.expires_at).label("expires_at"),
            func.max(RefreshToken.revoked_at).label("ended_at"),
        )
        .where(RefreshToken.user_id == user.id)
        .group_by(RefreshToken.family_id)
        .order_by(func.min(RefreshToken.created_at))
    )
    return [dict(row._mapping) for row in families]


@export_section("preferences")
async def _preferences(_session: AsyncSession, user: User) -> dict[str, Any]:
    return {
        "email_replies": user.email_replies,
        "email_mentions": user.email_mentions,
        "email_meetups": user.email_meetups,
        "email_digest": user.email_digest,
        "default_subscription": user.default_subscription,
    }


@export_section("blocks")
async def _blocks(session: AsyncSession, user: User) -> list[dict[str, Any]]:
    """The members you blocked (never who blocked you: that is theirs to keep private)."""
    rows = await session.execute(
        select(User.username, UserBlock.created_at)
        .join(User, User.id == UserBlock.blocked_id)
        .where(UserBlock.blocker_id == user.id, User.deleted_at.is_(None))
        .order_by(UserBlock.blocked_id)
    )
    return [{"username": username, "blocked_at": created_at} for username, created_at in rows]
