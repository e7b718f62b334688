import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_meetups_response_400 import ListMeetupsResponse400
from ...models.list_meetups_response_401 import ListMeetupsResponse401
from ...models.list_meetups_response_403 import ListMeetupsResponse403
from ...models.list_meetups_response_414 import ListMeetupsResponse414
from ...models.list_meetups_response_422 import ListMeetupsResponse422
from ...models.list_meetups_response_429 import ListMeetupsResponse429
from ...models.list_meetups_response_431 import ListMeetupsResponse431
from ...models.list_meetups_response_500 import ListMeetupsResponse500
from ...models.list_meetups_response_503 import ListMeetupsResponse503
from ...models.page_meetup_read import PageMeetupRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    area: None | str | Unset = UNSET,
    group: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_area: None | str | Unset
    if isinstance(area, Unset):
        json_area = UNSET
    else:
        json_area = area
    params["area"] = json_area

    json_group: None | str | Unset
    if isinstance(group, Unset):
        json_group = UNSET
    else:
        json_group = group
    params["group"] = json_group

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.datetime):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.datetime):
        json_to = to.isoformat()
    else:
        json_to = to
    params["to"] = json_to

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
        "url": "/api/v1/meetups",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListMeetupsResponse400
    | ListMeetupsResponse401
    | ListMeetupsResponse403
    | ListMeetupsResponse414
    | ListMeetupsResponse422
    | ListMeetupsResponse429
    | ListMeetupsResponse431
    | ListMeetupsResponse500
    | ListMeetupsResponse503
    | PageMeetupRead
    | None
):
    if response.status_code == 200:
        response_200 = PageMeetupRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListMeetupsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListMeetupsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListMeetupsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 414:
        response_414 = ListMeetupsResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = ListMeetupsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListMeetupsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = ListMeetupsResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = ListMeetupsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ListMeetupsResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListMeetupsResponse400
    | ListMeetupsResponse401
    | ListMeetupsResponse403
    | ListMeetupsResponse414
    | ListMeetupsResponse422
    | ListMeetupsResponse429
    | ListMeetupsResponse431
    | ListMeetupsResponse500
    | ListMeetupsResponse503
    | PageMeetupRead
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
    area: None | str | Unset = UNSET,
    group: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListMeetupsResponse400
    | ListMeetupsResponse401
    | ListMeetupsResponse403
    | ListMeetupsResponse414
    | ListMeetupsResponse422
    | ListMeetupsResponse429
    | ListMeetupsResponse431
    | ListMeetupsResponse500
    | ListMeetupsResponse503
    | PageMeetupRead
]:
    """List Meetups

     Upcoming meet-ups first (by start time): cancelled ones are left out, past ones too
    unless `from` reaches back. Visitors see each one's area and times, not its venue.

    Args:
        area (None | str | Unset): A prefix of the area (case and spacing folded).
        group (None | str | Unset): A group's slug.
        from_ (datetime.datetime | None | Unset): Starting at or after this time (default: now).
        to (datetime.datetime | None | Unset): Starting before this time.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListMeetupsResponse400 | ListMeetupsResponse401 | ListMeetupsResponse403 | ListMeetupsResponse414 | ListMeetupsResponse422 | ListMeetupsResponse429 | ListMeetupsResponse431 | ListMeetupsResponse500 | ListMeetupsResponse503 | PageMeetupRead]
    """

    kwargs = _get_kwargs(
        area=area,
        group=group,
        from_=from_,
        to=to,
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
    area: None | str | Unset = UNSET,
    group: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    ListMeetupsResponse400
    | ListMeetupsResponse401
    | ListMeetupsResponse403
    | ListMeetupsResponse414
    | ListMeetupsResponse422
    | ListMeetupsResponse429
    | ListMeetupsResponse431
    | ListMeetupsResponse500
    | ListMeetupsResponse503
    | PageMeetupRead
    | None
):
    """List Meetups

     Upcoming meet-ups first (by start time): cancelled ones are left out, past ones too
    unless `from` reaches back. Visitors see each one's area and times, not its venue.

    Args:
        area (None | str | Unset): A prefix of the area (case and spacing folded).
        group (None | str | Unset): A group's slug.
        from_ (datetime.datetime | None | Unset): Starting at or after this time (default: now).
        to (datetime.datetime | None | Unset): Starting before this time.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListMeetupsResponse400 | ListMeetupsResponse401 | ListMeetupsResponse403 | ListMeetupsResponse414 | ListMeetupsResponse422 | ListMeetupsResponse429 | ListMeetupsResponse431 | ListMeetupsResponse500 | ListMeetupsResponse503 | PageMeetupRead
    """

    return sync_detailed(
        client=client,
        area=area,
        group=group,
        from_=from_,
        to=to,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    area: None | str | Unset = UNSET,
    group: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListMeetupsResponse400
    | ListMeetupsResponse401
    | ListMeetupsResponse403
    | ListMeetupsResponse414
    | ListMeetupsResponse422
    | ListMeetupsResponse429
    | ListMeetupsResponse431
    | ListMeetupsResponse500
    | ListMeetupsResponse503
    | PageMeetupRead
]:
    """List Meetups

     Upcoming meet-ups first (by start time): cancelled ones are left out, past ones too
    unless `from` reaches back. Visitors see each one's area and times, not its venue.

    Args:
        area (None | str | Unset): A prefix of the area (case and spacing folded).
        group (None | str | Unset): A group's slug.
        from_ (datetime.datetime | None | Unset): Starting at or after this time (default: now).
        to (datetime.datetime | None | Unset): Starting before this time.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListMeetupsResponse400 | ListMeetupsResponse401 | ListMeetupsResponse403 | ListMeetupsResponse414 | ListMeetupsResponse422 | ListMeetupsResponse429 | ListMeetupsResponse431 | ListMeetupsResponse500 | ListMeetupsResponse503 | PageMeetupRead]
    """

    kwargs = _get_kwargs(
        area=area,
        group=group,
        from_=from_,
        to=to,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    area: None | str | Unset = UNSET,
    group: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    ListMeetupsResponse400
    | ListMeetupsResponse401
    | ListMeetupsResponse403
    | ListMeetupsResponse414
    | ListMeetupsResponse422
    | ListMeetupsResponse429
    | ListMeetupsResponse431
    | ListMeetupsResponse500
    | ListMeetupsResponse503
    | PageMeetupRead
    | None
):
    """List Meetups

     Upcoming meet-ups first (by start time): cancelled ones are left out, past ones too
    unless `from` reaches back. Visitors see each one's area and times, not its venue.

    Args:
        area (None | str | Unset): A prefix of the area (case and spacing folded).
        group (None | str | Unset): A group's slug.
        from_ (datetime.datetime | None | Unset): Starting at or after this time (default: now).
        to (datetime.datetime | None | Unset): Starting before this time.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListMeetupsResponse400 | ListMeetupsResponse401 | ListMeetupsResponse403 | ListMeetupsResponse414 | ListMeetupsResponse422 | ListMeetupsResponse429 | ListMeetupsResponse431 | ListMeetupsResponse500 | ListMeetupsResponse503 | PageMeetupRead
    """

    return (
        await asyncio_detailed(
            client=client,
            area=area,
            group=group,
            from_=from_,
            to=to,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
