from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_queue_item_read import PageQueueItemRead
from ...models.read_queue_response_400 import ReadQueueResponse400
from ...models.read_queue_response_422 import ReadQueueResponse422
from ...models.read_queue_response_429 import ReadQueueResponse429
from ...models.read_queue_response_503 import ReadQueueResponse503
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/moderation/queue",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PageQueueItemRead
    | ReadQueueResponse400
    | ReadQueueResponse422
    | ReadQueueResponse429
    | ReadQueueResponse503
    | None
):
    if response.status_code == 200:
        response_200 = PageQueueItemRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ReadQueueResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 422:
        response_422 = ReadQueueResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ReadQueueResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = ReadQueueResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PageQueueItemRead
    | ReadQueueResponse400
    | ReadQueueResponse422
    | ReadQueueResponse429
    | ReadQueueResponse503
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
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    PageQueueItemRead
    | ReadQueueResponse400
    | ReadQueueResponse422
    | ReadQueueResponse429
    | ReadQueueResponse503
]:
    """Read Queue

    Args:
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageQueueItemRead | ReadQueueResponse400 | ReadQueueResponse422 | ReadQueueResponse429 | ReadQueueResponse503]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    PageQueueItemRead
    | ReadQueueResponse400
    | ReadQueueResponse422
    | ReadQueueResponse429
    | ReadQueueResponse503
    | None
):
    """Read Queue

    Args:
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageQueueItemRead | ReadQueueResponse400 | ReadQueueResponse422 | ReadQueueResponse429 | ReadQueueResponse503
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    PageQueueItemRead
    | ReadQueueResponse400
    | ReadQueueResponse422
    | ReadQueueResponse429
    | ReadQueueResponse503
]:
    """Read Queue

    Args:
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageQueueItemRead | ReadQueueResponse400 | ReadQueueResponse422 | ReadQueueResponse429 | ReadQueueResponse503]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    PageQueueItemRead
    | ReadQueueResponse400
    | ReadQueueResponse422
    | ReadQueueResponse429
    | ReadQueueResponse503
    | None
):
    """Read Queue

    Args:
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageQueueItemRead | ReadQueueResponse400 | ReadQueueResponse422 | ReadQueueResponse429 | ReadQueueResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
