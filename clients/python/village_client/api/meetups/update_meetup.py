from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.meetup_read import MeetupRead
from ...models.meetup_update import MeetupUpdate
from ...models.update_meetup_response_400 import UpdateMeetupResponse400
from ...models.update_meetup_response_401 import UpdateMeetupResponse401
from ...models.update_meetup_response_403 import UpdateMeetupResponse403
from ...models.update_meetup_response_413 import UpdateMeetupResponse413
from ...models.update_meetup_response_414 import UpdateMeetupResponse414
from ...models.update_meetup_response_422 import UpdateMeetupResponse422
from ...models.update_meetup_response_429 import UpdateMeetupResponse429
from ...models.update_meetup_response_431 import UpdateMeetupResponse431
from ...models.update_meetup_response_500 import UpdateMeetupResponse500
from ...models.update_meetup_response_503 import UpdateMeetupResponse503
from ...types import Response


def _get_kwargs(
    meetup_id: int,
    *,
    body: MeetupUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/meetups/{meetup_id}".format(
            meetup_id=quote(str(meetup_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    MeetupRead
    | UpdateMeetupResponse400
    | UpdateMeetupResponse401
    | UpdateMeetupResponse403
    | UpdateMeetupResponse413
    | UpdateMeetupResponse414
    | UpdateMeetupResponse422
    | UpdateMeetupResponse429
    | UpdateMeetupResponse431
    | UpdateMeetupResponse500
    | UpdateMeetupResponse503
    | None
):
    if response.status_code == 200:
        response_200 = MeetupRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdateMeetupResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UpdateMeetupResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = UpdateMeetupResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = UpdateMeetupResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = UpdateMeetupResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = UpdateMeetupResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = UpdateMeetupResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = UpdateMeetupResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = UpdateMeetupResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = UpdateMeetupResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    MeetupRead
    | UpdateMeetupResponse400
    | UpdateMeetupResponse401
    | UpdateMeetupResponse403
    | UpdateMeetupResponse413
    | UpdateMeetupResponse414
    | UpdateMeetupResponse422
    | UpdateMeetupResponse429
    | UpdateMeetupResponse431
    | UpdateMeetupResponse500
    | UpdateMeetupResponse503
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
    body: MeetupUpdate,
) -> Response[
    MeetupRead
    | UpdateMeetupResponse400
    | UpdateMeetupResponse401
    | UpdateMeetupResponse403
    | UpdateMeetupResponse413
    | UpdateMeetupResponse414
    | UpdateMeetupResponse422
    | UpdateMeetupResponse429
    | UpdateMeetupResponse431
    | UpdateMeetupResponse500
    | UpdateMeetupResponse503
]:
    """Update Meetup

     Changes a meet-up (its host or a moderator): only the fields given, each to its new
    value; `capacity: null` removes the limit, `ends_at: null` the end. A start in the past
    is refused (422), a capacity below the number going too (409
    `/problems/capacity-below-going`); a raised capacity moves the first on the waitlist to
    going. Its discussion thread follows (title, and the opening post's summary).

    Args:
        meetup_id (int):
        body (MeetupUpdate): Any of a meet-up's fields; `capacity: null` removes the limit.
            Capacity below the
            number going is refused (409): nobody loses a place they were given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeetupRead | UpdateMeetupResponse400 | UpdateMeetupResponse401 | UpdateMeetupResponse403 | UpdateMeetupResponse413 | UpdateMeetupResponse414 | UpdateMeetupResponse422 | UpdateMeetupResponse429 | UpdateMeetupResponse431 | UpdateMeetupResponse500 | UpdateMeetupResponse503]
    """

    kwargs = _get_kwargs(
        meetup_id=meetup_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    meetup_id: int,
    *,
    client: AuthenticatedClient,
    body: MeetupUpdate,
) -> (
    MeetupRead
    | UpdateMeetupResponse400
    | UpdateMeetupResponse401
    | UpdateMeetupResponse403
    | UpdateMeetupResponse413
    | UpdateMeetupResponse414
    | UpdateMeetupResponse422
    | UpdateMeetupResponse429
    | UpdateMeetupResponse431
    | UpdateMeetupResponse500
    | UpdateMeetupResponse503
    | None
):
    """Update Meetup

     Changes a meet-up (its host or a moderator): only the fields given, each to its new
    value; `capacity: null` removes the limit, `ends_at: null` the end. A start in the past
    is refused (422), a capacity below the number going too (409
    `/problems/capacity-below-going`); a raised capacity moves the first on the waitlist to
    going. Its discussion thread follows (title, and the opening post's summary).

    Args:
        meetup_id (int):
        body (MeetupUpdate): Any of a meet-up's fields; `capacity: null` removes the limit.
            Capacity below the
            number going is refused (409): nobody loses a place they were given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeetupRead | UpdateMeetupResponse400 | UpdateMeetupResponse401 | UpdateMeetupResponse403 | UpdateMeetupResponse413 | UpdateMeetupResponse414 | UpdateMeetupResponse422 | UpdateMeetupResponse429 | UpdateMeetupResponse431 | UpdateMeetupResponse500 | UpdateMeetupResponse503
    """

    return sync_detailed(
        meetup_id=meetup_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    meetup_id: int,
    *,
    client: AuthenticatedClient,
    body: MeetupUpdate,
) -> Response[
    MeetupRead
    | UpdateMeetupResponse400
    | UpdateMeetupResponse401
    | UpdateMeetupResponse403
    | UpdateMeetupResponse413
    | UpdateMeetupResponse414
    | UpdateMeetupResponse422
    | UpdateMeetupResponse429
    | UpdateMeetupResponse431
    | UpdateMeetupResponse500
    | UpdateMeetupResponse503
]:
    """Update Meetup

     Changes a meet-up (its host or a moderator): only the fields given, each to its new
    value; `capacity: null` removes the limit, `ends_at: null` the end. A start in the past
    is refused (422), a capacity below the number going too (409
    `/problems/capacity-below-going`); a raised capacity moves the first on the waitlist to
    going. Its discussion thread follows (title, and the opening post's summary).

    Args:
        meetup_id (int):
        body (MeetupUpdate): Any of a meet-up's fields; `capacity: null` removes the limit.
            Capacity below the
            number going is refused (409): nobody loses a place they were given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeetupRead | UpdateMeetupResponse400 | UpdateMeetupResponse401 | UpdateMeetupResponse403 | UpdateMeetupResponse413 | UpdateMeetupResponse414 | UpdateMeetupResponse422 | UpdateMeetupResponse429 | UpdateMeetupResponse431 | UpdateMeetupResponse500 | UpdateMeetupResponse503]
    """

    kwargs = _get_kwargs(
        meetup_id=meetup_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    meetup_id: int,
    *,
    client: AuthenticatedClient,
    body: MeetupUpdate,
) -> (
    MeetupRead
    | UpdateMeetupResponse400
    | UpdateMeetupResponse401
    | UpdateMeetupResponse403
    | UpdateMeetupResponse413
    | UpdateMeetupResponse414
    | UpdateMeetupResponse422
    | UpdateMeetupResponse429
    | UpdateMeetupResponse431
    | UpdateMeetupResponse500
    | UpdateMeetupResponse503
    | None
):
    """Update Meetup

     Changes a meet-up (its host or a moderator): only the fields given, each to its new
    value; `capacity: null` removes the limit, `ends_at: null` the end. A start in the past
    is refused (422), a capacity below the number going too (409
    `/problems/capacity-below-going`); a raised capacity moves the first on the waitlist to
    going. Its discussion thread follows (title, and the opening post's summary).

    Args:
        meetup_id (int):
        body (MeetupUpdate): Any of a meet-up's fields; `capacity: null` removes the limit.
            Capacity below the
            number going is refused (409): nobody loses a place they were given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeetupRead | UpdateMeetupResponse400 | UpdateMeetupResponse401 | UpdateMeetupResponse403 | UpdateMeetupResponse413 | UpdateMeetupResponse414 | UpdateMeetupResponse422 | UpdateMeetupResponse429 | UpdateMeetupResponse431 | UpdateMeetupResponse500 | UpdateMeetupResponse503
    """

    return (
        await asyncio_detailed(
            meetup_id=meetup_id,
            client=client,
            body=body,
        )
    ).parsed
