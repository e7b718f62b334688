from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edit_post_response_400 import EditPostResponse400
from ...models.edit_post_response_401 import EditPostResponse401
from ...models.edit_post_response_403 import EditPostResponse403
from ...models.edit_post_response_404 import EditPostResponse404
from ...models.edit_post_response_409 import EditPostResponse409
from ...models.edit_post_response_413 import EditPostResponse413
from ...models.edit_post_response_414 import EditPostResponse414
from ...models.edit_post_response_422 import EditPostResponse422
from ...models.edit_post_response_429 import EditPostResponse429
from ...models.edit_post_response_431 import EditPostResponse431
from ...models.edit_post_response_500 import EditPostResponse500
from ...models.edit_post_response_503 import EditPostResponse503
from ...models.post_read import PostRead
from ...models.post_update import PostUpdate
from ...types import Response


def _get_kwargs(
    post_id: int,
    *,
    body: PostUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/posts/{post_id}".format(
            post_id=quote(str(post_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    EditPostResponse400
    | EditPostResponse401
    | EditPostResponse403
    | EditPostResponse404
    | EditPostResponse409
    | EditPostResponse413
    | EditPostResponse414
    | EditPostResponse422
    | EditPostResponse429
    | EditPostResponse431
    | EditPostResponse500
    | EditPostResponse503
    | PostRead
    | None
):
    if response.status_code == 200:
        response_200 = PostRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = EditPostResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EditPostResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = EditPostResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = EditPostResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = EditPostResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = EditPostResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = EditPostResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = EditPostResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = EditPostResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = EditPostResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = EditPostResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = EditPostResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    EditPostResponse400
    | EditPostResponse401
    | EditPostResponse403
    | EditPostResponse404
    | EditPostResponse409
    | EditPostResponse413
    | EditPostResponse414
    | EditPostResponse422
    | EditPostResponse429
    | EditPostResponse431
    | EditPostResponse500
    | EditPostResponse503
    | PostRead
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    post_id: int,
    *,
    client: AuthenticatedClient,
    body: PostUpdate,
) -> Response[
    EditPostResponse400
    | EditPostResponse401
    | EditPostResponse403
    | EditPostResponse404
    | EditPostResponse409
    | EditPostResponse413
    | EditPostResponse414
    | EditPostResponse422
    | EditPostResponse429
    | EditPostResponse431
    | EditPostResponse500
    | EditPostResponse503
    | PostRead
]:
    """Edit a post

     Replaces a post's body (its author or a moderator, `write` scope); the body it
    replaces is kept as a revision and `edited_at` is set. A moderator's edit of someone
    else's post is written in the moderation log. A deleted post (409) or a post in a locked
    thread (403, moderators excepted) cannot be edited. Emits `post.updated`.

    Args:
        post_id (int): The post's id (not its number in the thread).
        body (PostUpdate): A post's new body; the one it replaces is kept as a revision.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EditPostResponse400 | EditPostResponse401 | EditPostResponse403 | EditPostResponse404 | EditPostResponse409 | EditPostResponse413 | EditPostResponse414 | EditPostResponse422 | EditPostResponse429 | EditPostResponse431 | EditPostResponse500 | EditPostResponse503 | PostRead]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    post_id: int,
    *,
    client: AuthenticatedClient,
    body: PostUpdate,
) -> (
    EditPostResponse400
    | EditPostResponse401
    | EditPostResponse403
    | EditPostResponse404
    | EditPostResponse409
    | EditPostResponse413
    | EditPostResponse414
    | EditPostResponse422
    | EditPostResponse429
    | EditPostResponse431
    | EditPostResponse500
    | EditPostResponse503
    | PostRead
    | None
):
    """Edit a post

     Replaces a post's body (its author or a moderator, `write` scope); the body it
    replaces is kept as a revision and `edited_at` is set. A moderator's edit of someone
    else's post is written in the moderation log. A deleted post (409) or a post in a locked
    thread (403, moderators excepted) cannot be edited. Emits `post.updated`.

    Args:
        post_id (int): The post's id (not its number in the thread).
        body (PostUpdate): A post's new body; the one it replaces is kept as a revision.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EditPostResponse400 | EditPostResponse401 | EditPostResponse403 | EditPostResponse404 | EditPostResponse409 | EditPostResponse413 | EditPostResponse414 | EditPostResponse422 | EditPostResponse429 | EditPostResponse431 | EditPostResponse500 | EditPostResponse503 | PostRead
    """

    return sync_detailed(
        post_id=post_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    post_id: int,
    *,
    client: AuthenticatedClient,
    body: PostUpdate,
) -> Response[
    EditPostResponse400
    | EditPostResponse401
    | EditPostResponse403
    | EditPostResponse404
    | EditPostResponse409
    | EditPostResponse413
    | EditPostResponse414
    | EditPostResponse422
    | EditPostResponse429
    | EditPostResponse431
    | EditPostResponse500
    | EditPostResponse503
    | PostRead
]:
    """Edit a post

     Replaces a post's body (its author or a moderator, `write` scope); the body it
    replaces is kept as a revision and `edited_at` is set. A moderator's edit of someone
    else's post is written in the moderation log. A deleted post (409) or a post in a locked
    thread (403, moderators excepted) cannot be edited. Emits `post.updated`.

    Args:
        post_id (int): The post's id (not its number in the thread).
        body (PostUpdate): A post's new body; the one it replaces is kept as a revision.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EditPostResponse400 | EditPostResponse401 | EditPostResponse403 | EditPostResponse404 | EditPostResponse409 | EditPostResponse413 | EditPostResponse414 | EditPostResponse422 | EditPostResponse429 | EditPostResponse431 | EditPostResponse500 | EditPostResponse503 | PostRead]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    post_id: int,
    *,
    client: AuthenticatedClient,
    body: PostUpdate,
) -> (
    EditPostResponse400
    | EditPostResponse401
    | EditPostResponse403
    | EditPostResponse404
    | EditPostResponse409
    | EditPostResponse413
    | EditPostResponse414
    | EditPostResponse422
    | EditPostResponse429
    | EditPostResponse431
    | EditPostResponse500
    | EditPostResponse503
    | PostRead
    | None
):
    """Edit a post

     Replaces a post's body (its author or a moderator, `write` scope); the body it
    replaces is kept as a revision and `edited_at` is set. A moderator's edit of someone
    else's post is written in the moderation log. A deleted post (409) or a post in a locked
    thread (403, moderators excepted) cannot be edited. Emits `post.updated`.

    Args:
        post_id (int): The post's id (not its number in the thread).
        body (PostUpdate): A post's new body; the one it replaces is kept as a revision.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EditPostResponse400 | EditPostResponse401 | EditPostResponse403 | EditPostResponse404 | EditPostResponse409 | EditPostResponse413 | EditPostResponse414 | EditPostResponse422 | EditPostResponse429 | EditPostResponse431 | EditPostResponse500 | EditPostResponse503 | PostRead
    """

    return (
        await asyncio_detailed(
            post_id=post_id,
            client=client,
            body=body,
        )
    ).parsed
