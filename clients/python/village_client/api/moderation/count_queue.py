from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.count_queue_response_429 import CountQueueResponse429
from ...models.count_queue_response_503 import CountQueueResponse503
from ...models.queue_count import QueueCount
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/moderation/queue/count",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CountQueueResponse429 | CountQueueResponse503 | QueueCount | None:
    if response.status_code == 200:
        response_200 = QueueCount.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = CountQueueResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = CountQueueResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CountQueueResponse429 | CountQueueResponse503 | QueueCount]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CountQueueResponse429 | CountQueueResponse503 | QueueCount]:
    """Count Queue

     How many posts wait for a moderator (the items of the queue), for a badge.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountQueueResponse429 | CountQueueResponse503 | QueueCount]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> CountQueueResponse429 | CountQueueResponse503 | QueueCount | None:
    """Count Queue

     How many posts wait for a moderator (the items of the queue), for a badge.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountQueueResponse429 | CountQueueResponse503 | QueueCount
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CountQueueResponse429 | CountQueueResponse503 | QueueCount]:
    """Count Queue

     How many posts wait for a moderator (the items of the queue), for a badge.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountQueueResponse429 | CountQueueResponse503 | QueueCount]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> CountQueueResponse429 | CountQueueResponse503 | QueueCount | None:
    """Count Queue

     How many posts wait for a moderator (the items of the queue), for a badge.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountQueueResponse429 | CountQueueResponse503 | QueueCount
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
