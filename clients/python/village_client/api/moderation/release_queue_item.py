from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.release_queue_item_response_401 import ReleaseQueueItemResponse401
from ...models.release_queue_item_response_403 import ReleaseQueueItemResponse403
from ...models.release_queue_item_response_404 import ReleaseQueueItemResponse404
from ...models.release_queue_item_response_409 import ReleaseQueueItemResponse409
from ...models.release_queue_item_response_414 import ReleaseQueueItemResponse414
from ...models.release_queue_item_response_422 import ReleaseQueueItemResponse422
from ...models.release_queue_item_response_429 import ReleaseQueueItemResponse429
from ...models.release_queue_item_response_431 import ReleaseQueueItemResponse431
from ...models.release_queue_item_response_500 import ReleaseQueueItemResponse500
from ...models.release_queue_item_response_503 import ReleaseQueueItemResponse503
from ...types import Response


def _get_kwargs(
    post_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/moderation/posts/{post_id}/claim".format(
            post_id=quote(str(post_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ReleaseQueueItemResponse401
    | ReleaseQueueItemResponse403
    | ReleaseQueueItemResponse404
    | ReleaseQueueItemResponse409
    | ReleaseQueueItemResponse414
    | ReleaseQueueItemResponse422
    | ReleaseQueueItemResponse429
    | ReleaseQueueItemResponse431
    | ReleaseQueueItemResponse500
    | ReleaseQueueItemResponse503
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = ReleaseQueueItemResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ReleaseQueueItemResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ReleaseQueueItemResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ReleaseQueueItemResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 414:
        response_414 = ReleaseQueueItemResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = ReleaseQueueItemResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ReleaseQueueItemResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = ReleaseQueueItemResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = ReleaseQueueItemResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ReleaseQueueItemResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | ReleaseQueueItemResponse401
    | ReleaseQueueItemResponse403
    | ReleaseQueueItemResponse404
    | ReleaseQueueItemResponse409
    | ReleaseQueueItemResponse414
    | ReleaseQueueItemResponse422
    | ReleaseQueueItemResponse429
    | ReleaseQueueItemResponse431
    | ReleaseQueueItemResponse500
    | ReleaseQueueItemResponse503
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
) -> Response[
    Any
    | ReleaseQueueItemResponse401
    | ReleaseQueueItemResponse403
    | ReleaseQueueItemResponse404
    | ReleaseQueueItemResponse409
    | ReleaseQueueItemResponse414
    | ReleaseQueueItemResponse422
    | ReleaseQueueItemResponse429
    | ReleaseQueueItemResponse431
    | ReleaseQueueItemResponse500
    | ReleaseQueueItemResponse503
]:
    """Release a queue item

     Gives the item back to the queue for any moderator (`moderate` scope). Only the
    moderator who holds it can release it (409 `claimed` otherwise); releasing an item
    nobody holds changes nothing (204). Logged as `queue.release`.

    Args:
        post_id (int): The post's id (a queue item's `id`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ReleaseQueueItemResponse401 | ReleaseQueueItemResponse403 | ReleaseQueueItemResponse404 | ReleaseQueueItemResponse409 | ReleaseQueueItemResponse414 | ReleaseQueueItemResponse422 | ReleaseQueueItemResponse429 | ReleaseQueueItemResponse431 | ReleaseQueueItemResponse500 | ReleaseQueueItemResponse503]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    post_id: int,
    *,
    client: AuthenticatedClient,
) -> (
    Any
    | ReleaseQueueItemResponse401
    | ReleaseQueueItemResponse403
    | ReleaseQueueItemResponse404
    | ReleaseQueueItemResponse409
    | ReleaseQueueItemResponse414
    | ReleaseQueueItemResponse422
    | ReleaseQueueItemResponse429
    | ReleaseQueueItemResponse431
    | ReleaseQueueItemResponse500
    | ReleaseQueueItemResponse503
    | None
):
    """Release a queue item

     Gives the item back to the queue for any moderator (`moderate` scope). Only the
    moderator who holds it can release it (409 `claimed` otherwise); releasing an item
    nobody holds changes nothing (204). Logged as `queue.release`.

    Args:
        post_id (int): The post's id (a queue item's `id`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ReleaseQueueItemResponse401 | ReleaseQueueItemResponse403 | ReleaseQueueItemResponse404 | ReleaseQueueItemResponse409 | ReleaseQueueItemResponse414 | ReleaseQueueItemResponse422 | ReleaseQueueItemResponse429 | ReleaseQueueItemResponse431 | ReleaseQueueItemResponse500 | ReleaseQueueItemResponse503
    """

    return sync_detailed(
        post_id=post_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    post_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    Any
    | ReleaseQueueItemResponse401
    | ReleaseQueueItemResponse403
    | ReleaseQueueItemResponse404
    | ReleaseQueueItemResponse409
    | ReleaseQueueItemResponse414
    | ReleaseQueueItemResponse422
    | ReleaseQueueItemResponse429
    | ReleaseQueueItemResponse431
    | ReleaseQueueItemResponse500
    | ReleaseQueueItemResponse503
]:
    """Release a queue item

     Gives the item back to the queue for any moderator (`moderate` scope). Only the
    moderator who holds it can release it (409 `claimed` otherwise); releasing an item
    nobody holds changes nothing (204). Logged as `queue.release`.

    Args:
        post_id (int): The post's id (a queue item's `id`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ReleaseQueueItemResponse401 | ReleaseQueueItemResponse403 | ReleaseQueueItemResponse404 | ReleaseQueueItemResponse409 | ReleaseQueueItemResponse414 | ReleaseQueueItemResponse422 | ReleaseQueueItemResponse429 | ReleaseQueueItemResponse431 | ReleaseQueueItemResponse500 | ReleaseQueueItemResponse503]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    post_id: int,
    *,
    client: AuthenticatedClient,
) -> (
    Any
    | ReleaseQueueItemResponse401
    | ReleaseQueueItemResponse403
    | ReleaseQueueItemResponse404
    | ReleaseQueueItemResponse409
    | ReleaseQueueItemResponse414
    | ReleaseQueueItemResponse422
    | ReleaseQueueItemResponse429
    | ReleaseQueueItemResponse431
    | ReleaseQueueItemResponse500
    | ReleaseQueueItemResponse503
    | None
):
    """Release a queue item

     Gives the item back to the queue for any moderator (`moderate` scope). Only the
    moderator who holds it can release it (409 `claimed` otherwise); releasing an item
    nobody holds changes nothing (204). Logged as `queue.release`.

    Args:
        post_id (int): The post's id (a queue item's `id`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ReleaseQueueItemResponse401 | ReleaseQueueItemResponse403 | ReleaseQueueItemResponse404 | ReleaseQueueItemResponse409 | ReleaseQueueItemResponse414 | ReleaseQueueItemResponse422 | ReleaseQueueItemResponse429 | ReleaseQueueItemResponse431 | ReleaseQueueItemResponse500 | ReleaseQueueItemResponse503
    """

    return (
        await asyncio_detailed(
            post_id=post_id,
            client=client,
        )
    ).parsed
