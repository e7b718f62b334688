from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_queue_count_response_401 import GetQueueCountResponse401
from ...models.get_queue_count_response_403 import GetQueueCountResponse403
from ...models.get_queue_count_response_414 import GetQueueCountResponse414
from ...models.get_queue_count_response_429 import GetQueueCountResponse429
from ...models.get_queue_count_response_431 import GetQueueCountResponse431
from ...models.get_queue_count_response_500 import GetQueueCountResponse500
from ...models.get_queue_count_response_503 import GetQueueCountResponse503
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
) -> (
    GetQueueCountResponse401
    | GetQueueCountResponse403
    | GetQueueCountResponse414
    | GetQueueCountResponse429
    | GetQueueCountResponse431
    | GetQueueCountResponse500
    | GetQueueCountResponse503
    | QueueCount
    | None
):
    if response.status_code == 200:
        response_200 = QueueCount.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = GetQueueCountResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetQueueCountResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 414:
        response_414 = GetQueueCountResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 429:
        response_429 = GetQueueCountResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = GetQueueCountResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = GetQueueCountResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetQueueCountResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetQueueCountResponse401
    | GetQueueCountResponse403
    | GetQueueCountResponse414
    | GetQueueCountResponse429
    | GetQueueCountResponse431
    | GetQueueCountResponse500
    | GetQueueCountResponse503
    | QueueCount
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    GetQueueCountResponse401
    | GetQueueCountResponse403
    | GetQueueCountResponse414
    | GetQueueCountResponse429
    | GetQueueCountResponse431
    | GetQueueCountResponse500
    | GetQueueCountResponse503
    | QueueCount
]:
    """Count the review queue

     How many posts wait in the review queue (moderators; `moderate` scope), for a badge:
    the number of items `listQueue` would page through.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetQueueCountResponse401 | GetQueueCountResponse403 | GetQueueCountResponse414 | GetQueueCountResponse429 | GetQueueCountResponse431 | GetQueueCountResponse500 | GetQueueCountResponse503 | QueueCount]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> (
    GetQueueCountResponse401
    | GetQueueCountResponse403
    | GetQueueCountResponse414
    | GetQueueCountResponse429
    | GetQueueCountResponse431
    | GetQueueCountResponse500
    | GetQueueCountResponse503
    | QueueCount
    | None
):
    """Count the review queue

     How many posts wait in the review queue (moderators; `moderate` scope), for a badge:
    the number of items `listQueue` would page through.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetQueueCountResponse401 | GetQueueCountResponse403 | GetQueueCountResponse414 | GetQueueCountResponse429 | GetQueueCountResponse431 | GetQueueCountResponse500 | GetQueueCountResponse503 | QueueCount
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    GetQueueCountResponse401
    | GetQueueCountResponse403
    | GetQueueCountResponse414
    | GetQueueCountResponse429
    | GetQueueCountResponse431
    | GetQueueCountResponse500
    | GetQueueCountResponse503
    | QueueCount
]:
    """Count the review queue

     How many posts wait in the review queue (moderators; `moderate` scope), for a badge:
    the number of items `listQueue` would page through.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetQueueCountResponse401 | GetQueueCountResponse403 | GetQueueCountResponse414 | GetQueueCountResponse429 | GetQueueCountResponse431 | GetQueueCountResponse500 | GetQueueCountResponse503 | QueueCount]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    GetQueueCountResponse401
    | GetQueueCountResponse403
    | GetQueueCountResponse414
    | GetQueueCountResponse429
    | GetQueueCountResponse431
    | GetQueueCountResponse500
    | GetQueueCountResponse503
    | QueueCount
    | None
):
    """Count the review queue

     How many posts wait in the review queue (moderators; `moderate` scope), for a badge:
    the number of items `listQueue` would page through.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetQueueCountResponse401 | GetQueueCountResponse403 | GetQueueCountResponse414 | GetQueueCountResponse429 | GetQueueCountResponse431 | GetQueueCountResponse500 | GetQueueCountResponse503 | QueueCount
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
