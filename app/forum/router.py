"""HTTP layer of the forum: parse, call the service, shape the response."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response, status
from pydantic import TypeAdapter

from app.accounts.models import User
from app.accounts.schemas import UserRef
from app.db import MAX_ID, SessionDep
from app.deps import (
    AppSettings,
    CurrentAdmin,
    CurrentModerator,
    CurrentUser,
    CurrentWriter,
    OwnStateWriter,
    PageParams,
    ResourceId,
    SlugPath,
    Viewer,
)
from app.errors import UnprocessableEntity
from app.forum import policy, reading, service
from app.forum.models import ReactionKind
from app.forum.rendering import render_markdown
from app.forum.schemas import (
    CategoryCreate,
    CategoryRead,
    CategoryUpdate,
    PostCreate,
    PostRead,
    PostUpdate,
    ReactionsRead,
    ReadMark,
    RenderRequest,
    RenderResponse,
    RevisionRead,
    SubscriptionChoice,
    ThreadCreate,
    ThreadCreated,
    ThreadRead,
    ThreadSort,
    ThreadUpdate,
    post_json,
    thread_json,
)
from app.http import API_PREFIX, JSON, json_with_etag
from app.idempotency import IdempotencyDep
from app.pagination import Page, page_json
from app.ratelimit import limit
from app.validation import SafeStr

router = APIRouter()


async def _posting_limits(settings: AppSettings) -> policy.PostingLimits:
    return service.posting_limits(settings)


Limits = Annotated[policy.PostingLimits, Depends(_posting_limits)]


async def _count_posting(request: Request, bucket: str, user: User) -> None:
    """Counts a new thread or reply against the member's posting budget (429 when spent)."""
    if not policy.exempt_from_posting_limits(user):
        await limit(request, bucket, f"user:{user.id}")


NOT_MODIFIED: dict[int | str, dict[str, Any]] = {
    304: {"description": "Not modified: the `ETag` in `If-None-Match` is current."}
}
_CATEGORY_LIST = TypeAdapter(list[CategoryRead])


# Categories


@router.get(
    "/categories", response_model=list[CategoryRead], responses=NOT_MODIFIED, tags=["categories"]
)
async def list_categories(request: Request, session: SessionDep) -> Response:
    categories = [CategoryRead.model_validate(c) for c in await service.list_categories(session)]
    return json_with_etag(request, _CATEGORY_LIST.dump_json(categories))


@router.get("/categories/{slug}", response_model=CategoryRead, tags=["categories"])
async def get_category(slug: SlugPath, session: SessionDep) -> CategoryRead:
    return CategoryRead.model_validate(await service.get_category(session, slug))


@router.post(
    "/categories",
    status_code=status.HTTP_201_CREATED,
    response_model=CategoryRead,
    tags=["categories"],
)
async def create_category(
    data: CategoryCreate, session: SessionDep, admin: CurrentAdmin, idempotency: IdempotencyDep
) -> Response:
    category = await service.create_category(session, admin, data)
    return await idempotency.respond(
        session,
        CategoryRead.model_validate(category),
        location=f"{API_PREFIX}/categories/{category.slug}",
    )


@router.patch("/categories/{slug}", response_model=CategoryRead, tags=["categories"])
async def update_category(
    slug: SlugPath, data: CategoryUpdate, session: SessionDep, admin: CurrentAdmin
) -> CategoryRead:
    return CategoryRead.model_validate(await service.update_category(session, admin, slug, data))


# Threads


@router.get("/threads", response_model=Page[ThreadRead], tags=["threads"])
async def list_threads(
    session: SessionDep,
    viewer: Viewer,
    page: PageParams,
    category: Annotated[SafeStr | None, Query(max_length=50)] = None,
    group: Annotated[
        SafeStr | None,
        Query(max_length=50, description="A local group's threads (not with `category`)."),
    ] = None,
    sort: ThreadSort = "active",
) -> Response:
    result = await service.list_threads(
        session,
        category_slug=category,
        group_slug=group,
        sort=sort,
        limit=page.limit,
        cursor=page.cursor,
        reader=viewer,
    )
    items = [
        thread_json(thread, viewer, reading.state_of_row(thread) if viewer else None)
        for thread in result.threads
    ]
    return Response(page_json(items, result.next_cursor), media_type=JSON)


@router.post(
    "/threads",
    status_code=status.HTTP_201_CREATED,
    response_model=ThreadCreated,
    tags=["threads"],
)
async def create_thread(
    request: Request,
    data: ThreadCreate,
    session: SessionDep,
    user: CurrentWriter,
    limits: Limits,
    idempotency: IdempotencyDep,
) -> Response:
    await _count_posting(request, "thread", user)
    thread, first_post = await service.create_thread(session, user, data, limits)
    created = ThreadCreated(
        **ThreadRead.present(thread, user, reading.NEW_THREAD_STATE).model_dump(),
        first_post=PostRead.present(first_post, user),
    )
    return await idempotency.respond(session, created, location=f"{API_PREFIX}/threads/{thread.id}")


@router.get(
    "/threads/{thread_id}",
    response_model=ThreadRead,
    responses=NOT_MODIFIED,
    tags=["threads"],
)
async def get_thread(
    thread_id: ResourceId, request: Request, session: SessionDep, viewer: Viewer
) -> Response:
    thread = await service.get_thread(session, thread_id)
    state = await reading.reading_state(session, viewer, thread.id)
    return json_with_etag(request, ThreadRead.present(thread, viewer, state))


@router.patch("/threads/{thread_id}", response_model=ThreadRead, tags=["threads"])
async def update_thread(
    thread_id: ResourceId, data: ThreadUpdate, session: SessionDep, user: CurrentWriter
) -> ThreadRead:
    thread = await service.update_thread(session, user, thread_id, data)
    return ThreadRead.present(thread, user, await reading.reading_state(session, user, thread.id))


@router.delete("/threads/{thread_id}", status_code=status.HTTP_204_NO_CONTENT, tags=["threads"])
async def delete_thread(
    thread_id: ResourceId, session: SessionDep, moderator: CurrentModerator
) -> None:
    await service.delete_thread(session, moderator, thread_id)


@router.post("/threads/{thread_id}/restore", response_model=ThreadRead, tags=["threads"])
async def restore_thread(
    thread_id: ResourceId, session: SessionDep, moderator: CurrentModerator
) -> ThreadRead:
    """Undoes a thread's delete (moderators): it is back in its category with its posts.
    A thread that is not deleted is answered as it is."""
    thread = await service.restore_thread(session, moderator, thread_id)
    state = await reading.reading_state(session, moderator, thread.id)
    return ThreadRead.present(thread, moderator, state)


@router.put("/threads/{thread_id}/read", status_code=status.HTTP_204_NO_CONTENT, tags=["threads"])
async def mark_read(
    thread_id: ResourceId, data: ReadMark, session: SessionDep, user: OwnStateWriter
) -> None:
    """Moves your read mark forwards to `last_read_number`; an older number changes nothing
    (it never moves backwards), and one past the thread's last post counts as its last."""
    await reading.mark_read(session, user, thread_id, data.last_read_number)


@router.put(
    "/threads/{thread_id}/subscription",
    status_code=status.HTTP_204_NO_CONTENT,
    tags=["threads"],
)
async def set_subscription(
    thread_id: ResourceId, data: SubscriptionChoice, session: SessionDep, user: OwnStateWriter
) -> None:
    """How much you hear of the thread: `watching` (every new post), `normal` (what is
    addressed to you) or `muted` (nothing)."""
    await reading.set_subscription(session, user, thread_id, data.level)


# Posts


@router.get(
    "/threads/{thread_id}/posts",
    response_model=Page[PostRead],
    responses=NOT_MODIFIED,
    tags=["posts"],
)
async def list_posts(
    thread_id: ResourceId,
    request: Request,
    session: SessionDep,
    viewer: Viewer,
    page: PageParams,
    from_number: Annotated[
        int | None,
        Query(ge=1, le=MAX_ID, description="Start the page at this post number (a jump)."),
    ] = None,
    before_number: Annotated[
        int | None,
        Query(
            ge=1,
            le=MAX_ID,
            description="Extension: the `limit` posts just before this number, in order.",
        ),
    ] = None,
) -> Response:
    """A page of the thread's posts in number order: the first, the one after `cursor`, the
    one starting at post `from_number`, or (an extension) the one ending just before post
    `before_number`; at most one of the three."""
    starts = [
        name
        for name, value in (
            ("cursor", page.cursor),
            ("from_number", from_number),
            ("before_number", before_number),
        )
        if value is not None
    ]
    if len(starts) > 1:
        raise UnprocessableEntity(
            f"Give one of cursor, from_number and before_number, not {' and '.join(starts)}.",
            loc=("query", starts[1]),
        )
    result = await service.list_posts(
        session,
        viewer,
        thread_id,
        page.limit,
        page.cursor,
        from_number=from_number,
        before_number=before_number,
    )
    items = [post_json(view, viewer) for view in result.views]
    return json_with_etag(request, page_json(items, result.next_cursor))


@router.post(
    "/threads/{thread_id}/posts",
    status_code=status.HTTP_201_CREATED,
    response_model=PostRead,
    tags=["posts"],
)
async def create_post(
    request: Request,
    thread_id: ResourceId,
    data: PostCreate,
    session: SessionDep,
    user: CurrentWriter,
    limits: Limits,
    idempotency: IdempotencyDep,
) -> Response:
    await _count_posting(request, "post", user)
    view = await service.create_post(session, user, thread_id, data, limits)
    return await idempotency.respond(
        session, PostRead.present(view, user), location=f"{API_PREFIX}/posts/{view.post.id}"
    )


@router.get("/posts/{post_id}", response_model=PostRead, tags=["posts"])
async def get_post(post_id: ResourceId, session: SessionDep, viewer: Viewer) -> PostRead:
    return PostRead.present(await service.get_post_view(session, viewer, post_id), viewer)


@router.patch("/posts/{post_id}", response_model=PostRead, tags=["posts"])
async def edit_post(
    post_id: ResourceId, data: PostUpdate, session: SessionDep, user: CurrentWriter, limits: Limits
) -> PostRead:
    view = await service.edit_post(session, user, post_id, data.body, limits)
    return PostRead.present(view, user)


@router.delete("/posts/{post_id}", status_code=status.HTTP_204_NO_CONTENT, tags=["posts"])
async def delete_post(post_id: ResourceId, session: SessionDep, user: CurrentWriter) -> None:
    await service.delete_post(session, user, post_id)


@router.post("/posts/{post_id}/restore", response_model=PostRead, tags=["posts"])
async def restore_post(
    post_id: ResourceId, session: SessionDep, moderator: CurrentModerator
) -> PostRead:
    """Undoes a post's delete (moderators): its body shows again in its place. A post that
    is not deleted is answered as it is; one in a deleted thread is 404 (restore the thread)."""
    view = await service.restore_post(session, moderator, post_id)
    return PostRead.present(view, moderator)


@router.get("/posts/{post_id}/revisions", response_model=list[RevisionRead], tags=["posts"])
async def list_revisions(
    post_id: ResourceId, session: SessionDep, user: CurrentUser
) -> list[RevisionRead]:
    return [
        RevisionRead(
            number=revision.number,
            body=revision.body,
            created_at=revision.created_at,
            editor=UserRef.model_validate(revision.editor),
        )
        for revision in await service.list_revisions(session, user, post_id)
    ]


@router.put("/posts/{post_id}/reactions/{kind}", response_model=ReactionsRead, tags=["posts"])
async def add_reaction(
    post_id: ResourceId, kind: ReactionKind, session: SessionDep, user: CurrentWriter
) -> ReactionsRead:
    """Adds your reaction (idempotent); answers the post's reactions as they are now."""
    return ReactionsRead.of(await service.set_reaction(session, user, post_id, kind, True))


@router.delete("/posts/{post_id}/reactions/{kind}", response_model=ReactionsRead, tags=["posts"])
async def remove_reaction(
    post_id: ResourceId, kind: ReactionKind, session: SessionDep, user: CurrentWriter
) -> ReactionsRead:
    """Removes your reaction (idempotent); answers the post's reactions as they are now."""
    return ReactionsRead.of(await service.set_reaction(session, user, post_id, kind, False))


@router.post("/render", response_model=RenderResponse, tags=["posts"])
async def render(data: RenderRequest, _user: CurrentUser) -> RenderResponse:
    """Renders Markdown exactly as a post would be, for the composer's preview."""
    return RenderResponse(html=render_markdown(data.body))
