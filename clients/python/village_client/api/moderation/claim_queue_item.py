from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.claim_queue_item_response_401 import ClaimQueueItemResponse401
from ...models.claim_queue_item_response_403 import ClaimQueueItemResponse403
from ...models.claim_queue_item_response_404 import ClaimQueueItemResponse404
from ...models.claim_queue_item_response_409 import ClaimQueueItemResponse409
from ...models.claim_queue_item_response_414 import ClaimQueueItemResponse414
from ...models.claim_queue_item_response_422 import ClaimQueueItemResponse422
from ...models.claim_queue_item_response_429 import ClaimQueueItemResponse429
from ...models.claim_queue_item_response_431 import ClaimQueueItemResponse431
from ...models.claim_queue_item_response_500 import ClaimQueueItemResponse500
from ...models.claim_queue_item_response_503 import ClaimQueueItemResponse503
from ...types import Response


def _get_kwargs(
    post_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/moderation/posts/{post_id}/claim".format(
            post_id=quote(str(post_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ClaimQueueItemResponse401
    | ClaimQueueItemResponse403
    | ClaimQueueItemResponse404
    | ClaimQueueItemResponse409
    | ClaimQueueItemResponse414
    | ClaimQueueItemResponse422
    | ClaimQueueItemResponse429
    | ClaimQueueItemResponse431
    | ClaimQueueItemResponse500
    | ClaimQueueItemResponse503
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = ClaimQueueItemResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ClaimQueueItemResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ClaimQueueItemResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ClaimQueueItemResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 414:
        response_414 = ClaimQueueItemResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = ClaimQueueItemResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ClaimQueueItemResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = ClaimQueueItemResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = ClaimQueueItemResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ClaimQueueItemResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | ClaimQueueItemResponse401
    | ClaimQueueItemResponse403
    | ClaimQueueItemResponse404
    | ClaimQueueItemResponse409
    | ClaimQueueItemResponse414
    | ClaimQueueItemResponse422
    | ClaimQueueItemResponse429
    | ClaimQueueItemResponse431
    | ClaimQueueItemResponse500
    | ClaimQueueItemResponse503
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
    | ClaimQueueItemResponse401
    | ClaimQueueItemResponse403
    | ClaimQueueItemResponse404
    | ClaimQueueItemResponse409
    | ClaimQueueItemResponse414
    | ClaimQueueItemResponse422
    | ClaimQueueItemResponse429
    | ClaimQueueItemResponse431
    | ClaimQueueItemResponse500
    | ClaimQueueItemResponse503
]:
    """Claim a queue item

     Marks the queue item as yours while you review it (moderators; `moderate` scope), so
    other moderators see `claimed_by` and cannot resolve it. Claiming your own claim again
    changes nothing (204); an item another moderator holds is 409 `claimed`, naming them;
    a post not in the queue is 404. Logged as `queue.claim`.

    Args:
        post_id (int): The post's id (a queue item's `id`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ClaimQueueItemResponse401 | ClaimQueueItemResponse403 | ClaimQueueItemResponse404 | ClaimQueueItemResponse409 | ClaimQueueItemResponse414 | ClaimQueueItemResponse422 | ClaimQueueItemResponse429 | ClaimQueueItemResponse431 | ClaimQueueItemResponse500 | ClaimQueueItemResponse503]
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
    | ClaimQueueItemResponse401
    | ClaimQueueItemResponse403
    | ClaimQueueItemResponse404
    | ClaimQueueItemResponse409
    | ClaimQueueItemResponse414
    | ClaimQueueItemResponse422
    | ClaimQueueItemResponse429
    | ClaimQueueItemResponse431
    | ClaimQueueItemResponse500
    | ClaimQueueItemResponse503
    | None
):
    """Claim a queue item

     Marks the queue item as yours while you review it (moderators; `moderate` scope), so
    other moderators see `claimed_by` and cannot resolve it. Claiming your own claim again
    changes nothing (204); an item another moderator holds is 409 `claimed`, naming them;
    a post not in the queue is 404. Logged as `queue.claim`.

    Args:
        post_id (int): The post's id (a queue item's `id`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ClaimQueueItemResponse401 | ClaimQueueItemResponse403 | ClaimQueueItemResponse404 | ClaimQueueItemResponse409 | ClaimQueueItemResponse414 | ClaimQueueItemResponse422 | ClaimQueueItemResponse429 | ClaimQueueItemResponse431 | ClaimQueueItemResponse500 | ClaimQueueItemResponse503
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
    | ClaimQueueItemResponse401
    | ClaimQueueItemResponse403
    | ClaimQueueItemResponse404
    | ClaimQueueItemResponse409
    | ClaimQueueItemResponse414
    | ClaimQueueItemResponse422
    | ClaimQueueItemResponse429
    | ClaimQueueItemResponse431
    | ClaimQueueItemResponse500
    | ClaimQueueItemResponse503
]:
    """Claim a queue item

     Marks the queue item as yours while you review it (moderators; `moderate` scope), so
    other moderators see `claimed_by` and cannot resolve it. Claiming your own claim again
    changes nothing (204); an item another moderator holds is 409 `claimed`, naming them;
    a post not in the queue is 404. Logged as `queue.claim`.

    Args:
        post_id (int): The post's id (a queue item's `id`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ClaimQueueItemResponse401 | ClaimQueueItemResponse403 | ClaimQueueItemResponse404 | ClaimQueueItemResponse409 | ClaimQueueItemResponse414 | ClaimQueueItemResponse422 | ClaimQueueItemResponse429 | ClaimQueueItemResponse431 | ClaimQueueItemResponse500 | ClaimQueueItemResponse503]
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
    | ClaimQueueItemResponse401
    | ClaimQueueItemResponse403
    | ClaimQueueItemResponse404
    | ClaimQueueItemResponse409
    | ClaimQueueItemResponse414
    | ClaimQueueItemResponse422
    | ClaimQueueItemResponse429
    | ClaimQueueItemResponse431
    | ClaimQueueItemResponse500
    | ClaimQueueItemResponse503
    | None
):
    """Claim a queue item

     Marks the queue item as yours while you review it (moderators; `moderate` scope), so
    other moderators see `claimed_by` and cannot resolve it. Claiming your own claim again
    changes nothing (204); an item another moderator holds is 409 `claimed`, naming them;
    a post not in the queue is 404. Logged as `queue.claim`.

    Args:
        post_id (int): The post's id (a queue item's `id`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ClaimQueueItemResponse401 | ClaimQueueItemResponse403 | ClaimQueueItemResponse404 | ClaimQueueItemResponse409 | ClaimQueueItemResponse414 | ClaimQueueItemResponse422 | ClaimQueueItemResponse429 | ClaimQueueItemResponse431 | ClaimQueueItemResponse500 | ClaimQueueItemResponse503
    """

    return (
        await asyncio_detailed(
            post_id=post_id,
            client=client,
        )
    ).parsed
