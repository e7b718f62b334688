"""GET/POST /groups, GET /groups/{slug}, PUT/DELETE /groups/{slug}/membership, GET /areas."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.db import SessionDep
from app.deps import (
    AppSettings,
    CurrentWriter,
    OwnStateWriter,
    PageParams,
    Viewer,
)
from app.errors import NotFound, raises
from app.http import API_PREFIX, JSON
from app.idempotency import IdempotencyDep
from app.meetups import groups
from app.meetups.areas import MAX_AREA_CHARS
from app.meetups.schemas import AreaRead, GroupCreate, GroupPage, GroupRead, GroupSlugPath
from app.pagination import page_json
from app.validation import SafeStr

router = APIRouter(tags=["groups"])

AreaQuery = Annotated[
    SafeStr | None,
    Query(
        max_length=MAX_AREA_CHARS,
        description='Only groups whose area starts with this (case and spacing folded: "leeds '
        'n" finds "Leeds  North").',
        examples=["leeds n"],
    ),
]


def present(view: groups.GroupView) -> GroupRead:
    return GroupRead.present(view.group, view.is_member)


@router.get("/groups", response_model=GroupPage, summary="List local groups")
async def list_groups(
    session: SessionDep, viewer: Viewer, page: PageParams, area: AreaQuery = None
) -> Response:
    """Local groups by area, then slug; `area` keeps those whose area starts with it.
    Anyone may call it, without a token (`read` with one); `is_member` is the signed-in
    caller's own. Who the members are is never listed."""
    result = await groups.list_groups(
        session, viewer, area=area, limit=page.limit, cursor=page.cursor
    )
    items = [present(view).model_dump(mode="json") for view in result.items]
    return Response(page_json(items, result.next_cursor), media_type=JSON)


@router.post(
    "/groups",
    status_code=status.HTTP_201_CREATED,
    response_model=GroupRead,
    summary="Start a local group",
)
@raises(groups.GroupSlugTaken, groups.TooManyGroups)
async def create_group(
    data: GroupCreate,
    session: SessionDep,
    user: CurrentWriter,
    settings: AppSettings,
    idempotency: IdempotencyDep,
) -> Response:
    """Starts a local group (`write`; any member who is not suspended). Its creator is its
    first member, and it has a thread list of its own (`GET /threads?group=`); emits
    `group.created`. The slug is made from the name when omitted; one given that a group or
    forum category has is 409 `group-exists`. A member may start only a few a day (429
    `too-many-groups`, with `Retry-After`). Send an `Idempotency-Key` to retry safely."""
    view = await groups.create_group(session, user, data, max_per_day=settings.max_groups_per_day)
    return await idempotency.respond(
        session, present(view), location=f"{API_PREFIX}/groups/{view.group.slug}"
    )


@router.get("/groups/{slug}", response_model=GroupRead, summary="Get a local group")
@raises(NotFound)
async def get_group(slug: GroupSlugPath, session: SessionDep, viewer: Viewer) -> GroupRead:
    """One local group by its slug, with its member count. Anyone may call it, without a
    token (`read` with one); `is_member` is the signed-in caller's own. Its threads are
    `GET /threads?group={slug}` and its meet-ups `GET /meetups?group={slug}`."""
    return present(await groups.get_group(session, viewer, slug))


@router.put(
    "/groups/{slug}/membership", status_code=status.HTTP_204_NO_CONTENT, summary="Join a group"
)
@raises(NotFound)
async def join_group(slug: GroupSlugPath, session: SessionDep, user: CurrentWriter) -> None:
    """Makes the caller a member of the group (`write`; not while suspended): groups are
    open, and joining is how a member follows one. Idempotent: joining again changes
    nothing (`member_count` counts each member once)."""
    await groups.join_group(session, user, slug)


@router.delete(
    "/groups/{slug}/membership", status_code=status.HTTP_204_NO_CONTENT, summary="Leave a group"
)
@raises(NotFound)
async def leave_group(slug: GroupSlugPath, session: SessionDep, user: OwnStateWriter) -> None:
    """Takes the caller out of the group (`write`; a suspended or unverified member may
    leave too). Idempotent: leaving a group one is not in changes nothing. Their threads
    and answers to its meet-ups stay."""
    await groups.leave_group(session, user, slug)


@router.get("/areas", response_model=list[AreaRead], summary="List areas in use")
async def list_areas(
    session: SessionDep,
    prefix: Annotated[
        SafeStr | None,
        Query(
            max_length=MAX_AREA_CHARS,
            description="Only areas that start with this (case and spacing folded).",
            examples=["lee"],
        ),
    ] = None,
    limit: Annotated[
        int,
        Query(
            ge=1,
            le=groups.MAX_AREAS,
            description=f"How many areas at most (up to {groups.MAX_AREAS}).",
            examples=[10],
        ),
    ] = groups.MAX_AREAS,
) -> list[AreaRead]:
    """Areas that local groups or upcoming meet-ups name, by name, with how many of each:
    for an area picker. One entry per area however it was spelt (case and spacing folded);
    not paged. Anyone may call it, without a token; it needs none and reads none."""
    return [
        AreaRead(area=item.area, group_count=item.group_count, meetup_count=item.meetup_count)
        for item in await groups.list_areas(session, prefix, limit)
    ]
