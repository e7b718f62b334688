"""GET and POST /unsubscribe?token=…: the one-click unsubscribe of notification emails
(RFC 8058), with no sign-in. POST (from a mail client, body `List-Unsubscribe=One-Click`,
or from the web page, empty or JSON: the body is not read) turns the link's one preference
off, once; GET only says what the link would do."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field

from app.db import SessionDep
from app.deps import AppSettings
from app.errors import raises
from app.notifications import unsubscribe
from app.notifications.unsubscribe import (
    InvalidUnsubscribeLink,
    LinkState,
    Purpose,
    UnsubscribeLinkGone,
    UnsubscribeLinks,
)

router = APIRouter(tags=["notifications"])


async def _links(settings: AppSettings) -> UnsubscribeLinks:
    return UnsubscribeLinks(settings.signing_key, settings.unsubscribe_link_days)


Links = Annotated[UnsubscribeLinks, Depends(_links)]
Token = Annotated[
    str,
    Query(
        min_length=1,
        max_length=unsubscribe.MAX_TOKEN_CHARS,
        description="The link's signed token, exactly as the email's link carries it. It "
        "names the member and the one kind of email it stops; it is the only authority "
        "these operations need (no sign-in).",
        examples=[
            "v1.17.replies.1767225600.8701757c47d8272a44f941fb7853018d."
            "LXEWQrcmsEQBYnyp-6wy9chTD7GQPMTbAiWHF5IaSIE"
        ],
    ),
]
# A signed link is its own authority: what a link can be refused for.
_LINK_PROBLEMS = (InvalidUnsubscribeLink, UnsubscribeLinkGone)


class UnsubscribeLink(BaseModel):
    """What an unsubscribe link does: which one kind of email it stops, for which (masked)
    address, and where it stands now."""

    kind: Purpose = Field(
        description="The one kind of email the link stops: `replies` (replies and quotes), "
        "`mentions`, `meetups` (news of meet-ups you answered) or `digest`.",
        examples=["replies"],
    )
    email: str = Field(
        description="The member's address, masked: enough for its owner to recognise, not "
        "enough to learn an address from a forwarded link.",
        examples=["j•••@example.org"],
    )
    used: bool = Field(description="Whether the link was used already (it works once).")
    enabled: bool = Field(description="Whether those emails are on now.")

    @classmethod
    def of(cls, state: LinkState) -> UnsubscribeLink:
        return cls(kind=state.kind, email=state.email, used=state.used, enabled=state.enabled)


@router.get(
    "/unsubscribe",
    response_model=UnsubscribeLink,
    summary="Describe an unsubscribe link",
)
@raises(*_LINK_PROBLEMS)
async def describe_unsubscribe_link(
    token: Token, session: SessionDep, links: Links
) -> UnsubscribeLink:
    """What the link from a notification or digest email would turn off, for the page that
    asks to confirm it. Needs no token: the link's signature is its authority. Changes
    nothing (mail scanners fetch links). 400 for a link that is not one of this forum's
    (altered or forged); 410 once it has expired or its account was closed."""
    return UnsubscribeLink.of(await unsubscribe.describe(session, links, token))


@router.post(
    "/unsubscribe",
    response_model=UnsubscribeLink,
    summary="Unsubscribe by link",
)
@raises(*_LINK_PROBLEMS)
async def unsubscribe_by_link(token: Token, session: SessionDep, links: Links) -> UnsubscribeLink:
    """Turns off the one kind of email the link was sent with (RFC 8058 one-click
    unsubscribe): a mail client posts `List-Unsubscribe=One-Click`, the web page an empty
    body; the body is not read. Needs no token: the link's signature is its authority. The
    member's other email preferences are untouched. Works once: a second use answers 410,
    as does an expired link or one whose account was closed; an altered or forged link
    400."""
    return UnsubscribeLink.of(await unsubscribe.unsubscribe(session, links, token))
