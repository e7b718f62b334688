from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_key_read import CalendarKeyRead
from ...models.make_calendar_key_response_401 import MakeCalendarKeyResponse401
from ...models.make_calendar_key_response_403 import MakeCalendarKeyResponse403
from ...models.make_calendar_key_response_414 import MakeCalendarKeyResponse414
from ...models.make_calendar_key_response_429 import MakeCalendarKeyResponse429
from ...models.make_calendar_key_response_431 import MakeCalendarKeyResponse431
from ...models.make_calendar_key_response_500 import MakeCalendarKeyResponse500
from ...models.make_calendar_key_response_503 import MakeCalendarKeyResponse503
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/me/calendar-key",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CalendarKeyRead
    | MakeCalendarKeyResponse401
    | MakeCalendarKeyResponse403
    | MakeCalendarKeyResponse414
    | MakeCalendarKeyResponse429
    | MakeCalendarKeyResponse431
    | MakeCalendarKeyResponse500
    | MakeCalendarKeyResponse503
    | None
):
    if response.status_code == 201:
        response_201 = CalendarKeyRead.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = MakeCalendarKeyResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = MakeCalendarKeyResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 414:
        response_414 = MakeCalendarKeyResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 429:
        response_429 = MakeCalendarKeyResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = MakeCalendarKeyResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = MakeCalendarKeyResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = MakeCalendarKeyResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CalendarKeyRead
    | MakeCalendarKeyResponse401
    | MakeCalendarKeyResponse403
    | MakeCalendarKeyResponse414
    | MakeCalendarKeyResponse429
    | MakeCalendarKeyResponse431
    | MakeCalendarKeyResponse500
    | MakeCalendarKeyResponse503
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
    CalendarKeyRead
    | MakeCalendarKeyResponse401
    | MakeCalendarKeyResponse403
    | MakeCalendarKeyResponse414
    | MakeCalendarKeyResponse429
    | MakeCalendarKeyResponse431
    | MakeCalendarKeyResponse500
    | MakeCalendarKeyResponse503
]:
    """Make Calendar Key

     Makes the private feed's key, or replaces it: the old key stops working at once. The
    URL holds the key and is shown this once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarKeyRead | MakeCalendarKeyResponse401 | MakeCalendarKeyResponse403 | MakeCalendarKeyResponse414 | MakeCalendarKeyResponse429 | MakeCalendarKeyResponse431 | MakeCalendarKeyResponse500 | MakeCalendarKeyResponse503]
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
    CalendarKeyRead
    | MakeCalendarKeyResponse401
    | MakeCalendarKeyResponse403
    | MakeCalendarKeyResponse414
    | MakeCalendarKeyResponse429
    | MakeCalendarKeyResponse431
    | MakeCalendarKeyResponse500
    | MakeCalendarKeyResponse503
    | None
):
    """Make Calendar Key

     Makes the private feed's key, or replaces it: the old key stops working at once. The
    URL holds the key and is shown this once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarKeyRead | MakeCalendarKeyResponse401 | MakeCalendarKeyResponse403 | MakeCalendarKeyResponse414 | MakeCalendarKeyResponse429 | MakeCalendarKeyResponse431 | MakeCalendarKeyResponse500 | MakeCalendarKeyResponse503
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    CalendarKeyRead
    | MakeCalendarKeyResponse401
    | MakeCalendarKeyResponse403
    | MakeCalendarKeyResponse414
    | MakeCalendarKeyResponse429
    | MakeCalendarKeyResponse431
    | MakeCalendarKeyResponse500
    | MakeCalendarKeyResponse503
]:
    """Make Calendar Key

     Makes the private feed's key, or replaces it: the old key stops working at once. The
    URL holds the key and is shown this once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarKeyRead | MakeCalendarKeyResponse401 | MakeCalendarKeyResponse403 | MakeCalendarKeyResponse414 | MakeCalendarKeyResponse429 | MakeCalendarKeyResponse431 | MakeCalendarKeyResponse500 | MakeCalendarKeyResponse503]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    CalendarKeyRead
    | MakeCalendarKeyResponse401
    | MakeCalendarKeyResponse403
    | MakeCalendarKeyResponse414
    | MakeCalendarKeyResponse429
    | MakeCalendarKeyResponse431
    | MakeCalendarKeyResponse500
    | MakeCalendarKeyResponse503
    | None
):
    """Make Calendar Key

     Makes the private feed's key, or replaces it: the old key stops working at once. The
    URL holds the key and is shown this once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarKeyRead | MakeCalendarKeyResponse401 | MakeCalendarKeyResponse403 | MakeCalendarKeyResponse414 | MakeCalendarKeyResponse429 | MakeCalendarKeyResponse431 | MakeCalendarKeyResponse500 | MakeCalendarKeyResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
