from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_meetup_response_401 import GetMeetupResponse401
from ...models.get_meetup_response_403 import GetMeetupResponse403
from ...models.get_meetup_response_414 import GetMeetupResponse414
from ...models.get_meetup_response_422 import GetMeetupResponse422
from ...models.get_meetup_response_429 import GetMeetupResponse429
from ...models.get_meetup_response_431 import GetMeetupResponse431
from ...models.get_meetup_response_500 import GetMeetupResponse500
from ...models.get_meetup_response_503 import GetMeetupResponse503
from ...models.meetup_read import MeetupRead
from ...types import Response


def _get_kwargs(
    meetup_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/meetups/{meetup_id}".format(
            meetup_id=quote(str(meetup_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetMeetupResponse401
    | GetMeetupResponse403
    | GetMeetupResponse414
    | GetMeetupResponse422
    | GetMeetupResponse429
    | GetMeetupResponse431
    | GetMeetupResponse500
    | GetMeetupResponse503
    | MeetupRead
    | None
):
    if response.status_code == 200:
        response_200 = MeetupRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = GetMeetupResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetMeetupResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 414:
        response_414 = GetMeetupResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = GetMeetupResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetMeetupResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = GetMeetupResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = GetMeetupResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetMeetupResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetMeetupResponse401
    | GetMeetupResponse403
    | GetMeetupResponse414
    | GetMeetupResponse422
    | GetMeetupResponse429
    | GetMeetupResponse431
    | GetMeetupResponse500
    | GetMeetupResponse503
    | MeetupRead
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    meetup_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetMeetupResponse401
    | GetMeetupResponse403
    | GetMeetupResponse414
    | GetMeetupResponse422
    | GetMeetupResponse429
    | GetMeetupResponse431
    | GetMeetupResponse500
    | GetMeetupResponse503
    | MeetupRead
]:
    """Get Meetup

     A meet-up, cancelled ones too (`is_cancelled`). Visitors see its area and times; the
    venue is for signed-in members.

    Args:
        meetup_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMeetupResponse401 | GetMeetupResponse403 | GetMeetupResponse414 | GetMeetupResponse422 | GetMeetupResponse429 | GetMeetupResponse431 | GetMeetupResponse500 | GetMeetupResponse503 | MeetupRead]
    """

    kwargs = _get_kwargs(
        meetup_id=meetup_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    meetup_id: int,
    *,
    client: AuthenticatedClient,
) -> (
    GetMeetupResponse401
    | GetMeetupResponse403
    | GetMeetupResponse414
    | GetMeetupResponse422
    | GetMeetupResponse429
    | GetMeetupResponse431
    | GetMeetupResponse500
    | GetMeetupResponse503
    | MeetupRead
    | None
):
    """Get Meetup

     A meet-up, cancelled ones too (`is_cancelled`). Visitors see its area and times; the
    venue is for signed-in members.

    Args:
        meetup_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMeetupResponse401 | GetMeetupResponse403 | GetMeetupResponse414 | GetMeetupResponse422 | GetMeetupResponse429 | GetMeetupResponse431 | GetMeetupResponse500 | GetMeetupResponse503 | MeetupRead
    """

    return sync_detailed(
        meetup_id=meetup_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    meetup_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetMeetupResponse401
    | GetMeetupResponse403
    | GetMeetupResponse414
    | GetMeetupResponse422
    | GetMeetupResponse429
    | GetMeetupResponse431
    | GetMeetupResponse500
    | GetMeetupResponse503
    | MeetupRead
]:
    """Get Meetup

     A meet-up, cancelled ones too (`is_cancelled`). Visitors see its area and times; the
    venue is for signed-in members.

    Args:
        meetup_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMeetupResponse401 | GetMeetupResponse403 | GetMeetupResponse414 | GetMeetupResponse422 | GetMeetupResponse429 | GetMeetupResponse431 | GetMeetupResponse500 | GetMeetupResponse503 | MeetupRead]
    """

    kwargs = _get_kwargs(
        meetup_id=meetup_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    meetup_id: int,
    *,
    client: AuthenticatedClient,
) -> (
    GetMeetupResponse401
    | GetMeetupResponse403
    | GetMeetupResponse414
    | GetMeetupResponse422
    | GetMeetupResponse429
    | GetMeetupResponse431
    | GetMeetupResponse500
    | GetMeetupResponse503
    | MeetupRead
    | None
):
    """Get Meetup

     A meet-up, cancelled ones too (`is_cancelled`). Visitors see its area and times; the
    venue is for signed-in members.

    Args:
        meetup_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMeetupResponse401 | GetMeetupResponse403 | GetMeetupResponse414 | GetMeetupResponse422 | GetMeetupResponse429 | GetMeetupResponse431 | GetMeetupResponse500 | GetMeetupResponse503 | MeetupRead
    """

    return (
        await asyncio_detailed(
            meetup_id=meetup_id,
            client=client,
        )
    ).parsed
