from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.unread_count import UnreadCount
from ...models.unread_count_response_401 import UnreadCountResponse401
from ...models.unread_count_response_403 import UnreadCountResponse403
from ...models.unread_count_response_414 import UnreadCountResponse414
from ...models.unread_count_response_429 import UnreadCountResponse429
from ...models.unread_count_response_431 import UnreadCountResponse431
from ...models.unread_count_response_500 import UnreadCountResponse500
from ...models.unread_count_response_503 import UnreadCountResponse503
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/notifications/unread-count",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    UnreadCount
    | UnreadCountResponse401
    | UnreadCountResponse403
    | UnreadCountResponse414
    | UnreadCountResponse429
    | UnreadCountResponse431
    | UnreadCountResponse500
    | UnreadCountResponse503
    | None
):
    if response.status_code == 200:
        response_200 = UnreadCount.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = UnreadCountResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = UnreadCountResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 414:
        response_414 = UnreadCountResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 429:
        response_429 = UnreadCountResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = UnreadCountResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = UnreadCountResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = UnreadCountResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    UnreadCount
    | UnreadCountResponse401
    | UnreadCountResponse403
    | UnreadCountResponse414
    | UnreadCountResponse429
    | UnreadCountResponse431
    | UnreadCountResponse500
    | UnreadCountResponse503
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
    UnreadCount
    | UnreadCountResponse401
    | UnreadCountResponse403
    | UnreadCountResponse414
    | UnreadCountResponse429
    | UnreadCountResponse431
    | UnreadCountResponse500
    | UnreadCountResponse503
]:
    """Unread Count

     How many of the caller's notifications are unread (exact).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UnreadCount | UnreadCountResponse401 | UnreadCountResponse403 | UnreadCountResponse414 | UnreadCountResponse429 | UnreadCountResponse431 | UnreadCountResponse500 | UnreadCountResponse503]
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
    UnreadCount
    | UnreadCountResponse401
    | UnreadCountResponse403
    | UnreadCountResponse414
    | UnreadCountResponse429
    | UnreadCountResponse431
    | UnreadCountResponse500
    | UnreadCountResponse503
    | None
):
    """Unread Count

     How many of the caller's notifications are unread (exact).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UnreadCount | UnreadCountResponse401 | UnreadCountResponse403 | UnreadCountResponse414 | UnreadCountResponse429 | UnreadCountResponse431 | UnreadCountResponse500 | UnreadCountResponse503
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    UnreadCount
    | UnreadCountResponse401
    | UnreadCountResponse403
    | UnreadCountResponse414
    | UnreadCountResponse429
    | UnreadCountResponse431
    | UnreadCountResponse500
    | UnreadCountResponse503
]:
    """Unread Count

     How many of the caller's notifications are unread (exact).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UnreadCount | UnreadCountResponse401 | UnreadCountResponse403 | UnreadCountResponse414 | UnreadCountResponse429 | UnreadCountResponse431 | UnreadCountResponse500 | UnreadCountResponse503]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    UnreadCount
    | UnreadCountResponse401
    | UnreadCountResponse403
    | UnreadCountResponse414
    | UnreadCountResponse429
    | UnreadCountResponse431
    | UnreadCountResponse500
    | UnreadCountResponse503
    | None
):
    """Unread Count

     How many of the caller's notifications are unread (exact).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UnreadCount | UnreadCountResponse401 | UnreadCountResponse403 | UnreadCountResponse414 | UnreadCountResponse429 | UnreadCountResponse431 | UnreadCountResponse500 | UnreadCountResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
