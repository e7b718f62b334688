from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_rsvps_response_400 import ListRsvpsResponse400
from ...models.list_rsvps_response_401 import ListRsvpsResponse401
from ...models.list_rsvps_response_403 import ListRsvpsResponse403
from ...models.list_rsvps_response_414 import ListRsvpsResponse414
from ...models.list_rsvps_response_422 import ListRsvpsResponse422
from ...models.list_rsvps_response_429 import ListRsvpsResponse429
from ...models.list_rsvps_response_431 import ListRsvpsResponse431
from ...models.list_rsvps_response_500 import ListRsvpsResponse500
from ...models.list_rsvps_response_503 import ListRsvpsResponse503
from ...models.list_rsvps_status_type_0 import (
    ListRsvpsStatusType0,
)
from ...models.page_attendee_read import PageAttendeeRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    meetup_id: int,
    *,
    status: ListRsvpsStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

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
        "url": "/api/v1/meetups/{meetup_id}/rsvps".format(
            meetup_id=quote(str(meetup_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListRsvpsResponse400
    | ListRsvpsResponse401
    | ListRsvpsResponse403
    | ListRsvpsResponse414
    | ListRsvpsResponse422
    | ListRsvpsResponse429
    | ListRsvpsResponse431
    | ListRsvpsResponse500
    | ListRsvpsResponse503
    | PageAttendeeRead
    | None
):
    if response.status_code == 200:
        response_200 = PageAttendeeRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListRsvpsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListRsvpsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListRsvpsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 414:
        response_414 = ListRsvpsResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = ListRsvpsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListRsvpsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = ListRsvpsResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = ListRsvpsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ListRsvpsResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListRsvpsResponse400
    | ListRsvpsResponse401
    | ListRsvpsResponse403
    | ListRsvpsResponse414
    | ListRsvpsResponse422
    | ListRsvpsResponse429
    | ListRsvpsResponse431
    | ListRsvpsResponse500
    | ListRsvpsResponse503
    | PageAttendeeRead
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
    status: ListRsvpsStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListRsvpsResponse400
    | ListRsvpsResponse401
    | ListRsvpsResponse403
    | ListRsvpsResponse414
    | ListRsvpsResponse422
    | ListRsvpsResponse429
    | ListRsvpsResponse431
    | ListRsvpsResponse500
    | ListRsvpsResponse503
    | PageAttendeeRead
]:
    """List Rsvps

     Who answered (the host and moderators): going (in the order they got a place), the
    waitlist in its order, pending requests (first asked first), maybe, not going.

    Args:
        meetup_id (int):
        status (ListRsvpsStatusType0 | None | Unset): Only these answers (`going`: those with a
            place, then the waitlist).
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListRsvpsResponse400 | ListRsvpsResponse401 | ListRsvpsResponse403 | ListRsvpsResponse414 | ListRsvpsResponse422 | ListRsvpsResponse429 | ListRsvpsResponse431 | ListRsvpsResponse500 | ListRsvpsResponse503 | PageAttendeeRead]
    """

    kwargs = _get_kwargs(
        meetup_id=meetup_id,
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    meetup_id: int,
    *,
    client: AuthenticatedClient,
    status: ListRsvpsStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    ListRsvpsResponse400
    | ListRsvpsResponse401
    | ListRsvpsResponse403
    | ListRsvpsResponse414
    | ListRsvpsResponse422
    | ListRsvpsResponse429
    | ListRsvpsResponse431
    | ListRsvpsResponse500
    | ListRsvpsResponse503
    | PageAttendeeRead
    | None
):
    """List Rsvps

     Who answered (the host and moderators): going (in the order they got a place), the
    waitlist in its order, pending requests (first asked first), maybe, not going.

    Args:
        meetup_id (int):
        status (ListRsvpsStatusType0 | None | Unset): Only these answers (`going`: those with a
            place, then the waitlist).
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListRsvpsResponse400 | ListRsvpsResponse401 | ListRsvpsResponse403 | ListRsvpsResponse414 | ListRsvpsResponse422 | ListRsvpsResponse429 | ListRsvpsResponse431 | ListRsvpsResponse500 | ListRsvpsResponse503 | PageAttendeeRead
    """

    return sync_detailed(
        meetup_id=meetup_id,
        client=client,
        status=status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    meetup_id: int,
    *,
    client: AuthenticatedClient,
    status: ListRsvpsStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListRsvpsResponse400
    | ListRsvpsResponse401
    | ListRsvpsResponse403
    | ListRsvpsResponse414
    | ListRsvpsResponse422
    | ListRsvpsResponse429
    | ListRsvpsResponse431
    | ListRsvpsResponse500
    | ListRsvpsResponse503
    | PageAttendeeRead
]:
    """List Rsvps

     Who answered (the host and moderators): going (in the order they got a place), the
    waitlist in its order, pending requests (first asked first), maybe, not going.

    Args:
        meetup_id (int):
        status (ListRsvpsStatusType0 | None | Unset): Only these answers (`going`: those with a
            place, then the waitlist).
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListRsvpsResponse400 | ListRsvpsResponse401 | ListRsvpsResponse403 | ListRsvpsResponse414 | ListRsvpsResponse422 | ListRsvpsResponse429 | ListRsvpsResponse431 | ListRsvpsResponse500 | ListRsvpsResponse503 | PageAttendeeRead]
    """

    kwargs = _get_kwargs(
        meetup_id=meetup_id,
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    meetup_id: int,
    *,
    client: AuthenticatedClient,
    status: ListRsvpsStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    ListRsvpsResponse400
    | ListRsvpsResponse401
    | ListRsvpsResponse403
    | ListRsvpsResponse414
    | ListRsvpsResponse422
    | ListRsvpsResponse429
    | ListRsvpsResponse431
    | ListRsvpsResponse500
    | ListRsvpsResponse503
    | PageAttendeeRead
    | None
):
    """List Rsvps

     Who answered (the host and moderators): going (in the order they got a place), the
    waitlist in its order, pending requests (first asked first), maybe, not going.

    Args:
        meetup_id (int):
        status (ListRsvpsStatusType0 | None | Unset): Only these answers (`going`: those with a
            place, then the waitlist).
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListRsvpsResponse400 | ListRsvpsResponse401 | ListRsvpsResponse403 | ListRsvpsResponse414 | ListRsvpsResponse422 | ListRsvpsResponse429 | ListRsvpsResponse431 | ListRsvpsResponse500 | ListRsvpsResponse503 | PageAttendeeRead
    """

    return (
        await asyncio_detailed(
            meetup_id=meetup_id,
            client=client,
            status=status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
