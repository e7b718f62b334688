"""GET/POST /groups, GET /groups/{slug}, PUT/DELETE /groups/{slug}/membership, GET /areas."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status
from pydantic import AfterValidator

from app.db import SessionDep
from app.deps import (
    AppSettings,
    CurrentWriter,
    OwnStateWriter,
    PageParams,
    Viewer,
)
from app.http import API_PREFIX, JSON
from app.idempotency import IdempotencyDep
from app.meetups import groups
from app.meetups.areas import MAX_AREA_CHARS
from app.meetups.schemas import AreaRead, GroupCreate, GroupRead
from app.pagination import Page, page_json
from app.validation import SafeStr, reject_nul

router = APIRouter(tags=["groups"])

GroupSlugPath = Annotated[str, Path(max_length=64), AfterValidator(reject_nul)]
AreaQuery = Annotated[
    SafeStr | None,
    Query(
        max_length=MAX_AREA_CHARS,
        description="Groups whose area starts with this (case and spacing folded).",
    ),
]


def present(view: groups.GroupView) -> GroupRead:
    return GroupRead.present(view.group, view.is_member)


@router.get("/groups", response_model=Page[GroupRead])
async def list_groups(
    session: SessionDep, viewer: Viewer, page: PageParams, area: AreaQuery = None
) -> Response:
    """Local groups by area, then slug; `area` keeps those whose area starts with it
    ("leeds n" finds "Leeds  North")."""
    result = await groups.list_groups(
        session, viewer, area=area, limit=page.limit, cursor=page.cursor
    )
    items = [present(view).model_dump(mode="json") for view in result.items]
    return Response(page_json(items, result.next_cursor), media_type=JSON)


@router.post("/groups", status_code=status.HTTP_201_CREATED, response_model=GroupRead)
async def create_group(
    data: GroupCreate,
    session: SessionDep,
    user: CurrentWriter,
    settings: AppSettings,
    idempotency: IdempotencyDep,
) -> Response:
    """Starts a local group (any member who is not suspended; a few a day): its creator is
    its first member, and it has a thread list of its own (`GET /threads?group=`). The slug
    is made from the name when omitted; a slug that is taken is 409."""
    view = await groups.create_group(session, user, data, max_per_day=settings.max_groups_per_day)
    return await idempotency.respond(
        session, present(view), location=f"{API_PREFIX}/groups/{view.group.slug}"
    )


@router.get("/groups/{slug}", response_model=GroupRead)
async def get_group(slug: GroupSlugPath, session: SessionDep, viewer: Viewer) -> GroupRead:
    return present(await groups.get_group(session, viewer, slug))


@router.put("/groups/{slug}/membership", status_code=status.HTTP_204_NO_CONTENT)
async def join_group(slug: GroupSlugPath, session: SessionDep, user: CurrentWriter) -> None:
    """Joins the group (idempotent: joining again changes nothing)."""
    await groups.join_group(session, user, slug)


@router.delete("/groups/{slug}/membership", status_code=status.HTTP_204_NO_CONTENT)
async def leave_group(slug: GroupSlugPath, session: SessionDep, user: OwnStateWriter) -> None:
    """Leaves the group (idempotent; a suspended member may leave too)."""
    await groups.leave_group(session, user, slug)


@router.get("/areas", response_model=list[AreaRead])
async def list_areas(
    session: SessionDep,
    prefix: Annotated[
        SafeStr | None,
        Query(max_length=MAX_AREA_CHARS, description="Areas that start with this."),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=groups.MAX_AREAS)] = groups.MAX_AREAS,
) -> list[AreaRead]:
    """Areas in use, by name, with their groups and upcoming meet-ups (for an area picker)."""
    return [
        AreaRead(area=item.area, group_count=item.group_count, meetup_count=item.meetup_count)
        for item in await groups.list_areas(session, prefix, limit)
    ]
