from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.post_read import PostRead
from ...models.resolve_queue_item_response_400 import ResolveQueueItemResponse400
from ...models.resolve_queue_item_response_401 import ResolveQueueItemResponse401
from ...models.resolve_queue_item_response_403 import ResolveQueueItemResponse403
from ...models.resolve_queue_item_response_404 import ResolveQueueItemResponse404
from ...models.resolve_queue_item_response_409 import ResolveQueueItemResponse409
from ...models.resolve_queue_item_response_413 import ResolveQueueItemResponse413
from ...models.resolve_queue_item_response_414 import ResolveQueueItemResponse414
from ...models.resolve_queue_item_response_422 import ResolveQueueItemResponse422
from ...models.resolve_queue_item_response_429 import ResolveQueueItemResponse429
from ...models.resolve_queue_item_response_431 import ResolveQueueItemResponse431
from ...models.resolve_queue_item_response_500 import ResolveQueueItemResponse500
from ...models.resolve_queue_item_response_503 import ResolveQueueItemResponse503
from ...models.resolve_request import ResolveRequest
from ...types import Response


def _get_kwargs(
    post_id: int,
    *,
    body: ResolveRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/moderation/posts/{post_id}/resolve".format(
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
    PostRead
    | ResolveQueueItemResponse400
    | ResolveQueueItemResponse401
    | ResolveQueueItemResponse403
    | ResolveQueueItemResponse404
    | ResolveQueueItemResponse409
    | ResolveQueueItemResponse413
    | ResolveQueueItemResponse414
    | ResolveQueueItemResponse422
    | ResolveQueueItemResponse429
    | ResolveQueueItemResponse431
    | ResolveQueueItemResponse500
    | ResolveQueueItemResponse503
    | None
):
    if response.status_code == 200:
        response_200 = PostRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ResolveQueueItemResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ResolveQueueItemResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ResolveQueueItemResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ResolveQueueItemResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ResolveQueueItemResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ResolveQueueItemResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = ResolveQueueItemResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = ResolveQueueItemResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ResolveQueueItemResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = ResolveQueueItemResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = ResolveQueueItemResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ResolveQueueItemResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PostRead
    | ResolveQueueItemResponse400
    | ResolveQueueItemResponse401
    | ResolveQueueItemResponse403
    | ResolveQueueItemResponse404
    | ResolveQueueItemResponse409
    | ResolveQueueItemResponse413
    | ResolveQueueItemResponse414
    | ResolveQueueItemResponse422
    | ResolveQueueItemResponse429
    | ResolveQueueItemResponse431
    | ResolveQueueItemResponse500
    | ResolveQueueItemResponse503
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
    body: ResolveRequest,
) -> Response[
    PostRead
    | ResolveQueueItemResponse400
    | ResolveQueueItemResponse401
    | ResolveQueueItemResponse403
    | ResolveQueueItemResponse404
    | ResolveQueueItemResponse409
    | ResolveQueueItemResponse413
    | ResolveQueueItemResponse414
    | ResolveQueueItemResponse422
    | ResolveQueueItemResponse429
    | ResolveQueueItemResponse431
    | ResolveQueueItemResponse500
    | ResolveQueueItemResponse503
]:
    """Resolve a queue item

     Closes every open report on the post with a verdict (moderators; `moderate` scope):
    `dismiss` keeps the post (showing it again if reports hid it), `hide` hides it, `delete`
    deletes it. The post leaves the queue; the reporters learn the outcome from their
    reports' `status`, and a `flag.resolved` webhook event is sent. A post with no open
    reports (already resolved by someone else) is 409 `nothing-to-resolve`; one another
    moderator has claimed is 409 `claimed`. Answers the post as moderators see it. Logged
    as `post.resolve`, with a `flag.upheld`/`flag.dismissed` entry per report.

    Args:
        post_id (int): The post's id (a queue item's `id`).
        body (ResolveRequest): A moderator's verdict on a queued post's reports.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostRead | ResolveQueueItemResponse400 | ResolveQueueItemResponse401 | ResolveQueueItemResponse403 | ResolveQueueItemResponse404 | ResolveQueueItemResponse409 | ResolveQueueItemResponse413 | ResolveQueueItemResponse414 | ResolveQueueItemResponse422 | ResolveQueueItemResponse429 | ResolveQueueItemResponse431 | ResolveQueueItemResponse500 | ResolveQueueItemResponse503]
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
    body: ResolveRequest,
) -> (
    PostRead
    | ResolveQueueItemResponse400
    | ResolveQueueItemResponse401
    | ResolveQueueItemResponse403
    | ResolveQueueItemResponse404
    | ResolveQueueItemResponse409
    | ResolveQueueItemResponse413
    | ResolveQueueItemResponse414
    | ResolveQueueItemResponse422
    | ResolveQueueItemResponse429
    | ResolveQueueItemResponse431
    | ResolveQueueItemResponse500
    | ResolveQueueItemResponse503
    | None
):
    """Resolve a queue item

     Closes every open report on the post with a verdict (moderators; `moderate` scope):
    `dismiss` keeps the post (showing it again if reports hid it), `hide` hides it, `delete`
    deletes it. The post leaves the queue; the reporters learn the outcome from their
    reports' `status`, and a `flag.resolved` webhook event is sent. A post with no open
    reports (already resolved by someone else) is 409 `nothing-to-resolve`; one another
    moderator has claimed is 409 `claimed`. Answers the post as moderators see it. Logged
    as `post.resolve`, with a `flag.upheld`/`flag.dismissed` entry per report.

    Args:
        post_id (int): The post's id (a queue item's `id`).
        body (ResolveRequest): A moderator's verdict on a queued post's reports.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostRead | ResolveQueueItemResponse400 | ResolveQueueItemResponse401 | ResolveQueueItemResponse403 | ResolveQueueItemResponse404 | ResolveQueueItemResponse409 | ResolveQueueItemResponse413 | ResolveQueueItemResponse414 | ResolveQueueItemResponse422 | ResolveQueueItemResponse429 | ResolveQueueItemResponse431 | ResolveQueueItemResponse500 | ResolveQueueItemResponse503
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
    body: ResolveRequest,
) -> Response[
    PostRead
    | ResolveQueueItemResponse400
    | ResolveQueueItemResponse401
    | ResolveQueueItemResponse403
    | ResolveQueueItemResponse404
    | ResolveQueueItemResponse409
    | ResolveQueueItemResponse413
    | ResolveQueueItemResponse414
    | ResolveQueueItemResponse422
    | ResolveQueueItemResponse429
    | ResolveQueueItemResponse431
    | ResolveQueueItemResponse500
    | ResolveQueueItemResponse503
]:
    """Resolve a queue item

     Closes every open report on the post with a verdict (moderators; `moderate` scope):
    `dismiss` keeps the post (showing it again if reports hid it), `hide` hides it, `delete`
    deletes it. The post leaves the queue; the reporters learn the outcome from their
    reports' `status`, and a `flag.resolved` webhook event is sent. A post with no open
    reports (already resolved by someone else) is 409 `nothing-to-resolve`; one another
    moderator has claimed is 409 `claimed`. Answers the post as moderators see it. Logged
    as `post.resolve`, with a `flag.upheld`/`flag.dismissed` entry per report.

    Args:
        post_id (int): The post's id (a queue item's `id`).
        body (ResolveRequest): A moderator's verdict on a queued post's reports.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostRead | ResolveQueueItemResponse400 | ResolveQueueItemResponse401 | ResolveQueueItemResponse403 | ResolveQueueItemResponse404 | ResolveQueueItemResponse409 | ResolveQueueItemResponse413 | ResolveQueueItemResponse414 | ResolveQueueItemResponse422 | ResolveQueueItemResponse429 | ResolveQueueItemResponse431 | ResolveQueueItemResponse500 | ResolveQueueItemResponse503]
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
    body: ResolveRequest,
) -> (
    PostRead
    | ResolveQueueItemResponse400
    | ResolveQueueItemResponse401
    | ResolveQueueItemResponse403
    | ResolveQueueItemResponse404
    | ResolveQueueItemResponse409
    | ResolveQueueItemResponse413
    | ResolveQueueItemResponse414
    | ResolveQueueItemResponse422
    | ResolveQueueItemResponse429
    | ResolveQueueItemResponse431
    | ResolveQueueItemResponse500
    | ResolveQueueItemResponse503
    | None
):
    """Resolve a queue item

     Closes every open report on the post with a verdict (moderators; `moderate` scope):
    `dismiss` keeps the post (showing it again if reports hid it), `hide` hides it, `delete`
    deletes it. The post leaves the queue; the reporters learn the outcome from their
    reports' `status`, and a `flag.resolved` webhook event is sent. A post with no open
    reports (already resolved by someone else) is 409 `nothing-to-resolve`; one another
    moderator has claimed is 409 `claimed`. Answers the post as moderators see it. Logged
    as `post.resolve`, with a `flag.upheld`/`flag.dismissed` entry per report.

    Args:
        post_id (int): The post's id (a queue item's `id`).
        body (ResolveRequest): A moderator's verdict on a queued post's reports.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostRead | ResolveQueueItemResponse400 | ResolveQueueItemResponse401 | ResolveQueueItemResponse403 | ResolveQueueItemResponse404 | ResolveQueueItemResponse409 | ResolveQueueItemResponse413 | ResolveQueueItemResponse414 | ResolveQueueItemResponse422 | ResolveQueueItemResponse429 | ResolveQueueItemResponse431 | ResolveQueueItemResponse500 | ResolveQueueItemResponse503
    """

    return (
        await asyncio_detailed(
            post_id=post_id,
            client=client,
            body=body,
        )
    ).parsed
