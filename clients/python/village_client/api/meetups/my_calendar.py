from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.my_calendar_response_414 import MyCalendarResponse414
from ...models.my_calendar_response_422 import MyCalendarResponse422
from ...models.my_calendar_response_429 import MyCalendarResponse429
from ...models.my_calendar_response_431 import MyCalendarResponse431
from ...models.my_calendar_response_500 import MyCalendarResponse500
from ...models.my_calendar_response_503 import MyCalendarResponse503
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    key: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_key: None | str | Unset
    if isinstance(key, Unset):
        json_key = UNSET
    else:
        json_key = key
    params["key"] = json_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/me/calendar.ics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    MyCalendarResponse414
    | MyCalendarResponse422
    | MyCalendarResponse429
    | MyCalendarResponse431
    | MyCalendarResponse500
    | MyCalendarResponse503
    | str
    | None
):
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 414:
        response_414 = MyCalendarResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = MyCalendarResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = MyCalendarResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = MyCalendarResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = MyCalendarResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = MyCalendarResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    MyCalendarResponse414
    | MyCalendarResponse422
    | MyCalendarResponse429
    | MyCalendarResponse431
    | MyCalendarResponse500
    | MyCalendarResponse503
    | str
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    key: None | str | Unset = UNSET,
) -> Response[
    MyCalendarResponse414
    | MyCalendarResponse422
    | MyCalendarResponse429
    | MyCalendarResponse431
    | MyCalendarResponse500
    | MyCalendarResponse503
    | str
]:
    """My Calendar

     The meet-ups the key's owner is going to (not waitlisted), upcoming and from the
    last 30 days, cancelled ones as STATUS:CANCELLED, venue included; for calendar apps to
    poll, so no sign-in: the key is the credential, and only here. A missing, wrong or
    revoked key is 404.

    Args:
        key (None | str | Unset): The key of `POST /me/calendar-key`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MyCalendarResponse414 | MyCalendarResponse422 | MyCalendarResponse429 | MyCalendarResponse431 | MyCalendarResponse500 | MyCalendarResponse503 | str]
    """

    kwargs = _get_kwargs(
        key=key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    key: None | str | Unset = UNSET,
) -> (
    MyCalendarResponse414
    | MyCalendarResponse422
    | MyCalendarResponse429
    | MyCalendarResponse431
    | MyCalendarResponse500
    | MyCalendarResponse503
    | str
    | None
):
    """My Calendar

     The meet-ups the key's owner is going to (not waitlisted), upcoming and from the
    last 30 days, cancelled ones as STATUS:CANCELLED, venue included; for calendar apps to
    poll, so no sign-in: the key is the credential, and only here. A missing, wrong or
    revoked key is 404.

    Args:
        key (None | str | Unset): The key of `POST /me/calendar-key`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MyCalendarResponse414 | MyCalendarResponse422 | MyCalendarResponse429 | MyCalendarResponse431 | MyCalendarResponse500 | MyCalendarResponse503 | str
    """

    return sync_detailed(
        client=client,
        key=key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    key: None | str | Unset = UNSET,
) -> Response[
    MyCalendarResponse414
    | MyCalendarResponse422
    | MyCalendarResponse429
    | MyCalendarResponse431
    | MyCalendarResponse500
    | MyCalendarResponse503
    | str
]:
    """My Calendar

     The meet-ups the key's owner is going to (not waitlisted), upcoming and from the
    last 30 days, cancelled ones as STATUS:CANCELLED, venue included; for calendar apps to
    poll, so no sign-in: the key is the credential, and only here. A missing, wrong or
    revoked key is 404.

    Args:
        key (None | str | Unset): The key of `POST /me/calendar-key`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MyCalendarResponse414 | MyCalendarResponse422 | MyCalendarResponse429 | MyCalendarResponse431 | MyCalendarResponse500 | MyCalendarResponse503 | str]
    """

    kwargs = _get_kwargs(
        key=key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    key: None | str | Unset = UNSET,
) -> (
    MyCalendarResponse414
    | MyCalendarResponse422
    | MyCalendarResponse429
    | MyCalendarResponse431
    | MyCalendarResponse500
    | MyCalendarResponse503
    | str
    | None
):
    """My Calendar

     The meet-ups the key's owner is going to (not waitlisted), upcoming and from the
    last 30 days, cancelled ones as STATUS:CANCELLED, venue included; for calendar apps to
    poll, so no sign-in: the key is the credential, and only here. A missing, wrong or
    revoked key is 404.

    Args:
        key (None | str | Unset): The key of `POST /me/calendar-key`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MyCalendarResponse414 | MyCalendarResponse422 | MyCalendarResponse429 | MyCalendarResponse431 | MyCalendarResponse500 | MyCalendarResponse503 | str
    """

    return (
        await asyncio_detailed(
            client=client,
            key=key,
        )
    ).parsed
