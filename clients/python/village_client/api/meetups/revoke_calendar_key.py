from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.revoke_calendar_key_response_401 import RevokeCalendarKeyResponse401
from ...models.revoke_calendar_key_response_403 import RevokeCalendarKeyResponse403
from ...models.revoke_calendar_key_response_414 import RevokeCalendarKeyResponse414
from ...models.revoke_calendar_key_response_429 import RevokeCalendarKeyResponse429
from ...models.revoke_calendar_key_response_431 import RevokeCalendarKeyResponse431
from ...models.revoke_calendar_key_response_500 import RevokeCalendarKeyResponse500
from ...models.revoke_calendar_key_response_503 import RevokeCalendarKeyResponse503
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/me/calendar-key",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | RevokeCalendarKeyResponse401
    | RevokeCalendarKeyResponse403
    | RevokeCalendarKeyResponse414
    | RevokeCalendarKeyResponse429
    | RevokeCalendarKeyResponse431
    | RevokeCalendarKeyResponse500
    | RevokeCalendarKeyResponse503
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = RevokeCalendarKeyResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RevokeCalendarKeyResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 414:
        response_414 = RevokeCalendarKeyResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 429:
        response_429 = RevokeCalendarKeyResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = RevokeCalendarKeyResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = RevokeCalendarKeyResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = RevokeCalendarKeyResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | RevokeCalendarKeyResponse401
    | RevokeCalendarKeyResponse403
    | RevokeCalendarKeyResponse414
    | RevokeCalendarKeyResponse429
    | RevokeCalendarKeyResponse431
    | RevokeCalendarKeyResponse500
    | RevokeCalendarKeyResponse503
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
    Any
    | RevokeCalendarKeyResponse401
    | RevokeCalendarKeyResponse403
    | RevokeCalendarKeyResponse414
    | RevokeCalendarKeyResponse429
    | RevokeCalendarKeyResponse431
    | RevokeCalendarKeyResponse500
    | RevokeCalendarKeyResponse503
]:
    """Revoke Calendar Key

     Revokes the feed's key (calendar apps polling it get 404). Revoking when there is
    none changes nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RevokeCalendarKeyResponse401 | RevokeCalendarKeyResponse403 | RevokeCalendarKeyResponse414 | RevokeCalendarKeyResponse429 | RevokeCalendarKeyResponse431 | RevokeCalendarKeyResponse500 | RevokeCalendarKeyResponse503]
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
    Any
    | RevokeCalendarKeyResponse401
    | RevokeCalendarKeyResponse403
    | RevokeCalendarKeyResponse414
    | RevokeCalendarKeyResponse429
    | RevokeCalendarKeyResponse431
    | RevokeCalendarKeyResponse500
    | RevokeCalendarKeyResponse503
    | None
):
    """Revoke Calendar Key

     Revokes the feed's key (calendar apps polling it get 404). Revoking when there is
    none changes nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RevokeCalendarKeyResponse401 | RevokeCalendarKeyResponse403 | RevokeCalendarKeyResponse414 | RevokeCalendarKeyResponse429 | RevokeCalendarKeyResponse431 | RevokeCalendarKeyResponse500 | RevokeCalendarKeyResponse503
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    Any
    | RevokeCalendarKeyResponse401
    | RevokeCalendarKeyResponse403
    | RevokeCalendarKeyResponse414
    | RevokeCalendarKeyResponse429
    | RevokeCalendarKeyResponse431
    | RevokeCalendarKeyResponse500
    | RevokeCalendarKeyResponse503
]:
    """Revoke Calendar Key

     Revokes the feed's key (calendar apps polling it get 404). Revoking when there is
    none changes nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RevokeCalendarKeyResponse401 | RevokeCalendarKeyResponse403 | RevokeCalendarKeyResponse414 | RevokeCalendarKeyResponse429 | RevokeCalendarKeyResponse431 | RevokeCalendarKeyResponse500 | RevokeCalendarKeyResponse503]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    Any
    | RevokeCalendarKeyResponse401
    | RevokeCalendarKeyResponse403
    | RevokeCalendarKeyResponse414
    | RevokeCalendarKeyResponse429
    | RevokeCalendarKeyResponse431
    | RevokeCalendarKeyResponse500
    | RevokeCalendarKeyResponse503
    | None
):
    """Revoke Calendar Key

     Revokes the feed's key (calendar apps polling it get 404). Revoking when there is
    none changes nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RevokeCalendarKeyResponse401 | RevokeCalendarKeyResponse403 | RevokeCalendarKeyResponse414 | RevokeCalendarKeyResponse429 | RevokeCalendarKeyResponse431 | RevokeCalendarKeyResponse500 | RevokeCalendarKeyResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
