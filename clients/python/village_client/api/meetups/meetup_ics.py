from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.meetup_ics_response_401 import MeetupIcsResponse401
from ...models.meetup_ics_response_403 import MeetupIcsResponse403
from ...models.meetup_ics_response_414 import MeetupIcsResponse414
from ...models.meetup_ics_response_422 import MeetupIcsResponse422
from ...models.meetup_ics_response_429 import MeetupIcsResponse429
from ...models.meetup_ics_response_431 import MeetupIcsResponse431
from ...models.meetup_ics_response_500 import MeetupIcsResponse500
from ...models.meetup_ics_response_503 import MeetupIcsResponse503
from ...types import Response


def _get_kwargs(
    meetup_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/meetups/{meetup_id}.ics".format(
            meetup_id=quote(str(meetup_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    MeetupIcsResponse401
    | MeetupIcsResponse403
    | MeetupIcsResponse414
    | MeetupIcsResponse422
    | MeetupIcsResponse429
    | MeetupIcsResponse431
    | MeetupIcsResponse500
    | MeetupIcsResponse503
    | str
    | None
):
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 401:
        response_401 = MeetupIcsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = MeetupIcsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 414:
        response_414 = MeetupIcsResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = MeetupIcsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = MeetupIcsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = MeetupIcsResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = MeetupIcsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = MeetupIcsResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    MeetupIcsResponse401
    | MeetupIcsResponse403
    | MeetupIcsResponse414
    | MeetupIcsResponse422
    | MeetupIcsResponse429
    | MeetupIcsResponse431
    | MeetupIcsResponse500
    | MeetupIcsResponse503
    | str
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
    MeetupIcsResponse401
    | MeetupIcsResponse403
    | MeetupIcsResponse414
    | MeetupIcsResponse422
    | MeetupIcsResponse429
    | MeetupIcsResponse431
    | MeetupIcsResponse500
    | MeetupIcsResponse503
    | str
]:
    """Meetup Ics

     The meet-up for a calendar app: a stable UID, SEQUENCE bumped by every change,
    STATUS:CANCELLED once cancelled, times in UTC. LOCATION is the venue for signed-in
    members and the area for visitors.

    Args:
        meetup_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeetupIcsResponse401 | MeetupIcsResponse403 | MeetupIcsResponse414 | MeetupIcsResponse422 | MeetupIcsResponse429 | MeetupIcsResponse431 | MeetupIcsResponse500 | MeetupIcsResponse503 | str]
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
    MeetupIcsResponse401
    | MeetupIcsResponse403
    | MeetupIcsResponse414
    | MeetupIcsResponse422
    | MeetupIcsResponse429
    | MeetupIcsResponse431
    | MeetupIcsResponse500
    | MeetupIcsResponse503
    | str
    | None
):
    """Meetup Ics

     The meet-up for a calendar app: a stable UID, SEQUENCE bumped by every change,
    STATUS:CANCELLED once cancelled, times in UTC. LOCATION is the venue for signed-in
    members and the area for visitors.

    Args:
        meetup_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeetupIcsResponse401 | MeetupIcsResponse403 | MeetupIcsResponse414 | MeetupIcsResponse422 | MeetupIcsResponse429 | MeetupIcsResponse431 | MeetupIcsResponse500 | MeetupIcsResponse503 | str
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
    MeetupIcsResponse401
    | MeetupIcsResponse403
    | MeetupIcsResponse414
    | MeetupIcsResponse422
    | MeetupIcsResponse429
    | MeetupIcsResponse431
    | MeetupIcsResponse500
    | MeetupIcsResponse503
    | str
]:
    """Meetup Ics

     The meet-up for a calendar app: a stable UID, SEQUENCE bumped by every change,
    STATUS:CANCELLED once cancelled, times in UTC. LOCATION is the venue for signed-in
    members and the area for visitors.

    Args:
        meetup_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeetupIcsResponse401 | MeetupIcsResponse403 | MeetupIcsResponse414 | MeetupIcsResponse422 | MeetupIcsResponse429 | MeetupIcsResponse431 | MeetupIcsResponse500 | MeetupIcsResponse503 | str]
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
    MeetupIcsResponse401
    | MeetupIcsResponse403
    | MeetupIcsResponse414
    | MeetupIcsResponse422
    | MeetupIcsResponse429
    | MeetupIcsResponse431
    | MeetupIcsResponse500
    | MeetupIcsResponse503
    | str
    | None
):
    """Meetup Ics

     The meet-up for a calendar app: a stable UID, SEQUENCE bumped by every change,
    STATUS:CANCELLED once cancelled, times in UTC. LOCATION is the venue for signed-in
    members and the area for visitors.

    Args:
        meetup_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeetupIcsResponse401 | MeetupIcsResponse403 | MeetupIcsResponse414 | MeetupIcsResponse422 | MeetupIcsResponse429 | MeetupIcsResponse431 | MeetupIcsResponse500 | MeetupIcsResponse503 | str
    """

    return (
        await asyncio_detailed(
            meetup_id=meetup_id,
            client=client,
        )
    ).parsed
