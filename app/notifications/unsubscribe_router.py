"""GET and POST /unsubscribe?token=…: the one-click unsubscribe of notification emails
(RFC 8058), with no sign-in. POST (from a mail client, body `List-Unsubscribe=One-Click`,
or from the web page, empty or JSON: the body is not read) turns the link's one preference
off, once; GET only says what the link would do."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel

from app.db import SessionDep
from app.deps import AppSettings
from app.notifications import unsubscribe
from app.notifications.unsubscribe import LinkState, Purpose, UnsubscribeLinks

router = APIRouter(tags=["notifications"])


async def _links(settings: AppSettings) -> UnsubscribeLinks:
    return UnsubscribeLinks(settings.signing_key, settings.unsubscribe_link_days)


Links = Annotated[UnsubscribeLinks, Depends(_links)]
Token = Annotated[str, Query(min_length=1, max_length=unsubscribe.MAX_TOKEN_CHARS)]


class UnsubscribeLink(BaseModel):
    """What an unsubscribe link does: `kind` names the one kind of email it stops
    (`replies` also covers quotes), `email` the member's address, masked; `used` whether
    the link was used, `enabled` whether those emails are on now."""

    kind: Purpose
    email: str
    used: bool
    enabled: bool

    @classmethod
    def of(cls, state: LinkState) -> UnsubscribeLink:
        return cls(kind=state.kind, email=state.email, used=state.used, enabled=state.enabled)


@router.get("/unsubscribe", response_model=UnsubscribeLink)
async def describe_unsubscribe(token: Token, session: SessionDep, links: Links) -> UnsubscribeLink:
    """What the link would turn off. Changes nothing (mail scanners fetch links)."""
    return UnsubscribeLink.of(await unsubscribe.describe(session, links, token))


@router.post("/unsubscribe", response_model=UnsubscribeLink)
async def unsubscribe_by_link(token: Token, session: SessionDep, links: Links) -> UnsubscribeLink:
    """Turns off the one kind of email the link was sent with; no sign-in. Works once: a
    second use answers 410 /problems/unsubscribe-link-gone, a forged or altered link 400
    /problems/invalid-unsubscribe-link."""
    return UnsubscribeLink.of(await unsubscribe.unsubscribe(session, links, token))
