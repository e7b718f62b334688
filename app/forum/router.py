"""HTTP layer of the forum: parse, call the service, shape the response."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response, status
from pydantic import AfterValidator, TypeAdapter

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
    PageCursor,
    PageLimit,
    Viewer,
)
from app.errors import (
    Forbidden,
    InvalidCursor,
    NotFound,
    ThreadLocked,
    UnprocessableEntity,
    raises,
)
from app.forum import policy, reading, service
from app.forum.mentions import TooManyMentions
from app.forum.models import ReactionKind
from app.forum.rendering import render_markdown
from app.forum.schemas import (
    CategoryCreate,
    CategoryRead,
    CategoryUpdate,
    PostCreate,
    PostPage,
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
    ThreadPage,
    ThreadRead,
    ThreadSort,
    ThreadUpdate,
    post_json,
    thread_json,
)
from app.http import API_PREFIX, JSON, NOT_MODIFIED, json_with_etag
from app.idempotency import IdempotencyDep
from app.pagination import page_json
from app.ratelimit import limit
from app.validation import SafeStr, reject_nul

router = APIRouter()
# The hot reads (the thread list, a thread, its posts page) on a router of their own that
# app/main.py includes before every other: Starlette tries each route before the one that
# matches, and a posts page came after 29 of them (bench/: ~17 % of its CPU).
hot_reads_router = APIRouter()

CategorySlug = Annotated[
    str,
    Path(max_length=64, description="The category's slug.", examples=["sleep"]),
    AfterValidator(reject_nul),
]
ThreadId = Annotated[int, Path(ge=1, le=MAX_ID, description="The thread's id.", examples=[42])]
PostId = Annotated[
    int,
    Path(
        ge=1,
        le=MAX_ID,
        description="The post's id (not its number in the thread).",
        examples=[314],
    ),
]
ReactionKindPath = Annotated[
    ReactionKind,
    Path(
        description="The reaction: `heart`, `hug`, `same` (me too), `thanks` or `laugh`.",
        examples=["heart"],
    ),
]
# What a new post's body can be refused for, beyond its shape: new members' limits, too
# many mentions, a double submit.
_NEW_POST_PROBLEMS = (service.NewMemberLimit, service.TooManyLinks, TooManyMentions)
_REACTIONS_NOW: dict[int | str, dict[str, Any]] = {
    200: {"description": "The post's reaction counts and your own reactions, as they are now."}
}


async def _posting_limits(settings: AppSettings) -> policy.PostingLimits:
    return service.posting_limits(settings)


Limits = Annotated[policy.PostingLimits, Depends(_posting_limits)]


async def _count_posting(request: Request, bucket: str, user: User) -> None:
    """Counts a new thread or reply against the member's posting budget (429 when spent)."""
    if not policy.exempt_from_posting_limits(user):
        await limit(request, bucket, f"user:{user.id}")


_CATEGORY_LIST = TypeAdapter(list[CategoryRead])


# Categories


@router.get(
    "/categories",
    response_model=list[CategoryRead],
    responses=NOT_MODIFIED,
    tags=["categories"],
    summary="List categories",
)
async def list_categories(request: Request, session: SessionDep) -> Response:
    """The forum's categories in their order (`position`, then id), with their counts.
    Anyone may call it, without a token. Local groups' and meet-ups' thread lists are not
    categories here. A conditional GET: send the `ETag` back in `If-None-Match` for a 304."""
    categories = [CategoryRead.model_validate(c) for c in await service.list_categories(session)]
    return json_with_etag(request, _CATEGORY_LIST.dump_json(categories))


@router.get(
    "/categories/{slug}", response_model=CategoryRead, tags=["categories"], summary="Get a category"
)
@raises(NotFound)
async def get_category(slug: CategorySlug, session: SessionDep) -> CategoryRead:
    """One forum category by its slug, with its counts. Anyone may call it, without a
    token; a local group's slug is 404 here (read it at `/groups/{slug}`)."""
    return CategoryRead.model_validate(await service.get_category(session, slug))


@router.post(
    "/categories",
    status_code=status.HTTP_201_CREATED,
    response_model=CategoryRead,
    tags=["categories"],
    summary="Create a category",
)
@raises(service.CategorySlugTaken)
async def create_category(
    data: CategoryCreate, session: SessionDep, admin: CurrentAdmin, idempotency: IdempotencyDep
) -> Response:
    """Adds a forum category (administrators, `admin` scope); it is written in the
    moderation log. A slug already used by a category or a local group is 409. Send an
    `Idempotency-Key` to retry safely."""
    category = await service.create_category(session, admin, data)
    return await idempotency.respond(
        session,
        CategoryRead.model_validate(category),
        location=f"{API_PREFIX}/categories/{category.slug}",
    )


@router.patch(
    "/categories/{slug}",
    response_model=CategoryRead,
    tags=["categories"],
    summary="Update a category",
)
@raises(NotFound, service.CategorySlugTaken)
async def update_category(
    slug: CategorySlug, data: CategoryUpdate, session: SessionDep, admin: CurrentAdmin
) -> CategoryRead:
    """Renames, re-describes, re-slugs or re-orders a category (administrators, `admin`
    scope); it is written in the moderation log. Fields left out stay as they are; a slug
    already taken is 409."""
    return CategoryRead.model_validate(await service.update_category(session, admin, slug, data))


# Threads


@hot_reads_router.get(
    "/threads", response_model=ThreadPage, tags=["threads"], summary="List threads"
)
@raises(NotFound, InvalidCursor)
async def list_threads(
    session: SessionDep,
    viewer: Viewer,
    category: Annotated[
        SafeStr | None,
        Query(
            max_length=50,
            description="Only this forum category's threads (its slug); unknown: 404.",
            examples=["sleep"],
        ),
    ] = None,
    group: Annotated[
        SafeStr | None,
        Query(
            max_length=50,
            description="Only this local group's threads (its slug; not with `category`); "
            "unknown: 404.",
            examples=["leeds-north"],
        ),
    ] = None,
    sort: Annotated[
        ThreadSort,
        Query(
            description="`active`: latest post first; `new`: newest thread first.",
            examples=["new"],
        ),
    ] = "active",
    limit: PageLimit = 20,
    cursor: PageCursor = None,
) -> Response:
    """Threads that are not deleted, newest activity first (`sort=active`) or newest first
    (`sort=new`); in a category or a group, pinned threads come first. Anyone may call it,
    without a token; a signed-in reader (`read` scope) also gets their reading state
    (`last_read_number`, `unread_count`, `subscription`), and anonymous threads name their
    author only to that author and to moderators."""
    result = await service.list_threads(
        session,
        category_slug=category,
        group_slug=group,
        sort=sort,
        limit=limit,
        cursor=cursor,
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
    summary="Start a thread",
)
@raises(NotFound, service.DuplicatePost, *_NEW_POST_PROBLEMS)
async def create_thread(
    request: Request,
    data: ThreadCreate,
    session: SessionDep,
    user: CurrentWriter,
    limits: Limits,
    idempotency: IdempotencyDep,
) -> Response:
    """Starts a thread with its first post, in a forum category or a local group's list
    (members, `write` scope; not while suspended, nor unverified when the forum requires a
    verified address). An unknown category is 404. It counts against the member's posting
    rate limit and, in their first hours, the new-member limits; the author watches it.
    Emits `thread.created` and `post.created` (webhooks). Send an `Idempotency-Key` to retry
    safely: the same title and body again within minutes is 409 `duplicate-post`."""
    await _count_posting(request, "thread", user)
    thread, first_post = await service.create_thread(session, user, data, limits)
    created = ThreadCreated(
        **ThreadRead.present(thread, user, reading.NEW_THREAD_STATE).model_dump(),
        first_post=PostRead.present(first_post, user),
    )
    return await idempotency.respond(session, created, location=f"{API_PREFIX}/threads/{thread.id}")


@hot_reads_router.get(
    "/threads/{thread_id}",
    response_model=ThreadRead,
    responses=NOT_MODIFIED,
    tags=["threads"],
    summary="Get a thread",
)
@raises(NotFound)
async def get_thread(
    thread_id: ThreadId, request: Request, session: SessionDep, viewer: Viewer
) -> Response:
    """One thread. Anyone may call it, without a token; a signed-in reader (`read` scope)
    also gets their reading state. An anonymous thread names its author only to that
    author and to moderators; a deleted thread is 404. A conditional GET: send the `ETag`
    back in `If-None-Match` for a 304."""
    thread = await service.get_thread(session, thread_id)
    state = await reading.reading_state(session, viewer, thread.id)
    return json_with_etag(request, ThreadRead.present(thread, viewer, state))


@router.patch(
    "/threads/{thread_id}", response_model=ThreadRead, tags=["threads"], summary="Update a thread"
)
@raises(NotFound, Forbidden, service.ThreadNotMovable)
async def update_thread(
    thread_id: ThreadId, data: ThreadUpdate, session: SessionDep, user: CurrentWriter
) -> ThreadRead:
    """Renames a thread (its author or a moderator), or moves, pins or locks it
    (moderators); `write` scope. Fields left out stay as they are. A moderator's change is
    written in the moderation log; emits `thread.updated`. Moving to an unknown category is
    404; a local group's or a meet-up's thread does not move (409)."""
    thread = await service.update_thread(session, user, thread_id, data)
    return ThreadRead.present(thread, user, await reading.reading_state(session, user, thread.id))


@router.delete(
    "/threads/{thread_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    tags=["threads"],
    summary="Delete a thread",
)
@raises(NotFound)
async def delete_thread(
    thread_id: ThreadId, session: SessionDep, moderator: CurrentModerator
) -> None:
    """Deletes a thread and, with it, its posts from every list, page and count
    (moderators, `moderate` scope). It can be restored. Closes the open reports in it,
    is written in the moderation log and emits `thread.deleted`. A thread already deleted
    is 404."""
    await service.delete_thread(session, moderator, thread_id)


@router.post(
    "/threads/{thread_id}/restore",
    response_model=ThreadRead,
    tags=["threads"],
    summary="Restore a deleted thread",
)
@raises(NotFound)
async def restore_thread(
    thread_id: ThreadId, session: SessionDep, moderator: CurrentModerator
) -> ThreadRead:
    """Undoes a thread's delete (moderators, `moderate` scope): it is back in its category
    with its posts, counted again, written in the moderation log, and `thread.updated` is
    emitted. A thread that is not deleted is answered as it is (nothing changes); the
    reports its delete upheld stay upheld."""
    thread = await service.restore_thread(session, moderator, thread_id)
    state = await reading.reading_state(session, moderator, thread.id)
    return ThreadRead.present(thread, moderator, state)


@router.put(
    "/threads/{thread_id}/read",
    status_code=status.HTTP_204_NO_CONTENT,
    tags=["threads"],
    summary="Mark a thread read",
)
@raises(NotFound)
async def mark_thread_read(
    thread_id: ThreadId, data: ReadMark, session: SessionDep, user: OwnStateWriter
) -> None:
    """Moves your read mark in the thread forwards to `last_read_number` (`write` scope;
    allowed while suspended or unverified, as it changes only your own state). An older
    number changes nothing (it never moves backwards), and one past the thread's last post
    counts as its last; idempotent. Nobody else sees it."""
    await reading.mark_read(session, user, thread_id, data.last_read_number)


@router.put(
    "/threads/{thread_id}/subscription",
    status_code=status.HTTP_204_NO_CONTENT,
    tags=["threads"],
    summary="Choose how much you hear of a thread",
)
@raises(NotFound)
async def set_thread_subscription(
    thread_id: ThreadId, data: SubscriptionChoice, session: SessionDep, user: OwnStateWriter
) -> None:
    """How much you hear of the thread: `watching` (every new post), `normal` (what is
    addressed to you) or `muted` (nothing). `write` scope; allowed while suspended or
    unverified, as it changes only your own state. Idempotent; nobody else sees it."""
    await reading.set_subscription(session, user, thread_id, data.level)


# Posts


@hot_reads_router.get(
    "/threads/{thread_id}/posts",
    response_model=PostPage,
    responses=NOT_MODIFIED,
    tags=["posts"],
    summary="List a thread's posts",
)
@raises(NotFound, InvalidCursor)
async def list_posts(
    thread_id: ThreadId,
    request: Request,
    session: SessionDep,
    viewer: Viewer,
    from_number: Annotated[
        int | None,
        Query(
            ge=1,
            le=MAX_ID,
            description="Start the page at this post number (a jump).",
            examples=[40],
        ),
    ] = None,
    before_number: Annotated[
        int | None,
        Query(
            ge=1,
            le=MAX_ID,
            description="Extension: the `limit` posts just before this number, in order.",
            examples=[40],
        ),
    ] = None,
    limit: PageLimit = 20,
    cursor: PageCursor = None,
) -> Response:
    """A page of the thread's posts in number order: the first, the one after `cursor`, the
    one starting at post `from_number`, or (an extension) the one ending just before post
    `before_number`; at most one of the three (422 otherwise). Anyone may call it, without
    a token. Deleted posts keep their place with an empty body; hidden ones show their body
    only to their author and moderators; anonymous ones name their author only to that
    author and moderators. A conditional GET: send the `ETag` back in `If-None-Match`."""
    starts = [
        name
        for name, value in (
            ("cursor", cursor),
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
        limit,
        cursor,
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
    summary="Reply to a thread",
)
@raises(NotFound, ThreadLocked, service.DuplicatePost, *_NEW_POST_PROBLEMS)
async def create_post(
    request: Request,
    thread_id: ThreadId,
    data: PostCreate,
    session: SessionDep,
    user: CurrentWriter,
    limits: Limits,
    idempotency: IdempotencyDep,
) -> Response:
    """Adds a post at the end of the thread (members, `write` scope; not while suspended,
    nor unverified when the forum requires a verified address). A locked thread takes
    replies only from moderators (403 `thread-locked`). Counts against the posting rate
    limit and the new-member limits; notifies the members it replies to, mentions or
    quotes, and those watching the thread; emits `post.created`. Send an `Idempotency-Key`
    to retry safely: the same body again within minutes is 409 `duplicate-post`."""
    await _count_posting(request, "post", user)
    view = await service.create_post(session, user, thread_id, data, limits)
    return await idempotency.respond(
        session, PostRead.present(view, user), location=f"{API_PREFIX}/posts/{view.post.id}"
    )


@router.get("/posts/{post_id}", response_model=PostRead, tags=["posts"], summary="Get a post")
@raises(NotFound)
async def get_post(post_id: PostId, session: SessionDep, viewer: Viewer) -> PostRead:
    """One post, as it shows on its thread's page (its number locates it there). Anyone
    may call it, without a token; a post in a deleted thread is 404. Hidden and anonymous
    posts show to the viewer as they do on the page."""
    return PostRead.present(await service.get_post_view(session, viewer, post_id), viewer)


@router.patch("/posts/{post_id}", response_model=PostRead, tags=["posts"], summary="Edit a post")
@raises(
    NotFound, Forbidden, service.PostDeleted, ThreadLocked, service.TooManyLinks, TooManyMentions
)
async def edit_post(
    post_id: PostId, data: PostUpdate, session: SessionDep, user: CurrentWriter, limits: Limits
) -> PostRead:
    """Replaces a post's body (its author or a moderator, `write` scope); the body it
    replaces is kept as a revision and `edited_at` is set. A moderator's edit of someone
    else's post is written in the moderation log. A deleted post (409) or a post in a locked
    thread (403, moderators excepted) cannot be edited. Emits `post.updated`."""
    view = await service.edit_post(session, user, post_id, data.body, limits)
    return PostRead.present(view, user)


@router.delete(
    "/posts/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    tags=["posts"],
    summary="Delete a post",
)
@raises(NotFound, Forbidden)
async def delete_post(post_id: PostId, session: SessionDep, user: CurrentWriter) -> None:
    """Deletes a post (its author or a moderator, `write` scope): it keeps its number and
    place with an empty body, and no longer counts. A moderator's delete is written in the
    moderation log and closes the open reports on it. Deleting a deleted post changes
    nothing (204). Emits `post.deleted`."""
    await service.delete_post(session, user, post_id)


@router.post(
    "/posts/{post_id}/restore",
    response_model=PostRead,
    tags=["posts"],
    summary="Restore a deleted post",
)
@raises(NotFound, service.PostErased)
async def restore_post(
    post_id: PostId, session: SessionDep, moderator: CurrentModerator
) -> PostRead:
    """Undoes a post's delete (moderators, `moderate` scope): its body shows again in its
    place and it counts again; written in the moderation log, emits `post.updated`. A post
    that is not deleted is answered as it is; one in a deleted thread is 404 (restore the
    thread); one its author erased on leaving is 409 `post-erased`."""
    view = await service.restore_post(session, moderator, post_id)
    return PostRead.present(view, moderator)


@router.get(
    "/posts/{post_id}/revisions",
    response_model=list[RevisionRead],
    tags=["posts"],
    summary="List a post's earlier versions",
)
@raises(NotFound, Forbidden)
async def list_revisions(
    post_id: PostId, session: SessionDep, user: CurrentUser
) -> list[RevisionRead]:
    """The bodies a post had before each edit, oldest first (its author or a moderator,
    `read` scope; anyone else is 403). The current body is the post's own, not a revision."""
    return [
        RevisionRead(
            number=revision.number,
            body=revision.body,
            created_at=revision.created_at,
            editor=UserRef.model_validate(revision.editor),
        )
        for revision in await service.list_revisions(session, user, post_id)
    ]


@router.put(
    "/posts/{post_id}/reactions/{kind}",
    response_model=ReactionsRead,
    responses=_REACTIONS_NOW,
    tags=["posts"],
    summary="React to a post",
)
@raises(NotFound, service.PostDeleted)
async def add_reaction(
    post_id: PostId, kind: ReactionKindPath, session: SessionDep, user: CurrentWriter
) -> ReactionsRead:
    """Adds your reaction of this kind to the post (members, `write` scope) and answers the
    post's reaction counts and your own as they are now. Idempotent: reacting twice is
    reacting once. A deleted post takes no reaction (409). Who reacted is never shown."""
    return ReactionsRead.of(await service.set_reaction(session, user, post_id, kind, True))


@router.delete(
    "/posts/{post_id}/reactions/{kind}",
    response_model=ReactionsRead,
    responses=_REACTIONS_NOW,
    tags=["posts"],
    summary="Take back a reaction",
)
@raises(NotFound)
async def remove_reaction(
    post_id: PostId, kind: ReactionKindPath, session: SessionDep, user: CurrentWriter
) -> ReactionsRead:
    """Removes your reaction of this kind from the post (members, `write` scope) and answers
    the post's reaction counts and your own as they are now. Idempotent: removing one you
    did not make changes nothing."""
    return ReactionsRead.of(await service.set_reaction(session, user, post_id, kind, False))


@router.post("/render", response_model=RenderResponse, tags=["posts"], summary="Preview Markdown")
async def render_preview(data: RenderRequest, _user: CurrentUser) -> RenderResponse:
    """Renders Markdown as a post's body would be, for a composer's preview (signed-in
    members, `read` scope: it changes nothing and stores nothing). The answer is sanitised
    HTML, safe to insert into a page."""
    return RenderResponse(html=render_markdown(data.body))
