from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_groups_response_400 import ListGroupsResponse400
from ...models.list_groups_response_401 import ListGroupsResponse401
from ...models.list_groups_response_403 import ListGroupsResponse403
from ...models.list_groups_response_414 import ListGroupsResponse414
from ...models.list_groups_response_422 import ListGroupsResponse422
from ...models.list_groups_response_429 import ListGroupsResponse429
from ...models.list_groups_response_431 import ListGroupsResponse431
from ...models.list_groups_response_500 import ListGroupsResponse500
from ...models.list_groups_response_503 import ListGroupsResponse503
from ...models.page_group_read import PageGroupRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    area: None | str | Unset = UNSET,
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
        "url": "/api/v1/groups",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListGroupsResponse400
    | ListGroupsResponse401
    | ListGroupsResponse403
    | ListGroupsResponse414
    | ListGroupsResponse422
    | ListGroupsResponse429
    | ListGroupsResponse431
    | ListGroupsResponse500
    | ListGroupsResponse503
    | PageGroupRead
    | None
):
    if response.status_code == 200:
        response_200 = PageGroupRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListGroupsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListGroupsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListGroupsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 414:
        response_414 = ListGroupsResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = ListGroupsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListGroupsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = ListGroupsResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = ListGroupsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ListGroupsResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListGroupsResponse400
    | ListGroupsResponse401
    | ListGroupsResponse403
    | ListGroupsResponse414
    | ListGroupsResponse422
    | ListGroupsResponse429
    | ListGroupsResponse431
    | ListGroupsResponse500
    | ListGroupsResponse503
    | PageGroupRead
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
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListGroupsResponse400
    | ListGroupsResponse401
    | ListGroupsResponse403
    | ListGroupsResponse414
    | ListGroupsResponse422
    | ListGroupsResponse429
    | ListGroupsResponse431
    | ListGroupsResponse500
    | ListGroupsResponse503
    | PageGroupRead
]:
    """List Groups

     Local groups by area, then slug; `area` keeps those whose area starts with it
    ("leeds n" finds "Leeds  North").

    Args:
        area (None | str | Unset): Groups whose area starts with this (case and spacing folded).
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListGroupsResponse400 | ListGroupsResponse401 | ListGroupsResponse403 | ListGroupsResponse414 | ListGroupsResponse422 | ListGroupsResponse429 | ListGroupsResponse431 | ListGroupsResponse500 | ListGroupsResponse503 | PageGroupRead]
    """

    kwargs = _get_kwargs(
        area=area,
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
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    ListGroupsResponse400
    | ListGroupsResponse401
    | ListGroupsResponse403
    | ListGroupsResponse414
    | ListGroupsResponse422
    | ListGroupsResponse429
    | ListGroupsResponse431
    | ListGroupsResponse500
    | ListGroupsResponse503
    | PageGroupRead
    | None
):
    """List Groups

     Local groups by area, then slug; `area` keeps those whose area starts with it
    ("leeds n" finds "Leeds  North").

    Args:
        area (None | str | Unset): Groups whose area starts with this (case and spacing folded).
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListGroupsResponse400 | ListGroupsResponse401 | ListGroupsResponse403 | ListGroupsResponse414 | ListGroupsResponse422 | ListGroupsResponse429 | ListGroupsResponse431 | ListGroupsResponse500 | ListGroupsResponse503 | PageGroupRead
    """

    return sync_detailed(
        client=client,
        area=area,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    area: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListGroupsResponse400
    | ListGroupsResponse401
    | ListGroupsResponse403
    | ListGroupsResponse414
    | ListGroupsResponse422
    | ListGroupsResponse429
    | ListGroupsResponse431
    | ListGroupsResponse500
    | ListGroupsResponse503
    | PageGroupRead
]:
    """List Groups

     Local groups by area, then slug; `area` keeps those whose area starts with it
    ("leeds n" finds "Leeds  North").

    Args:
        area (None | str | Unset): Groups whose area starts with this (case and spacing folded).
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListGroupsResponse400 | ListGroupsResponse401 | ListGroupsResponse403 | ListGroupsResponse414 | ListGroupsResponse422 | ListGroupsResponse429 | ListGroupsResponse431 | ListGroupsResponse500 | ListGroupsResponse503 | PageGroupRead]
    """

    kwargs = _get_kwargs(
        area=area,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    area: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    ListGroupsResponse400
    | ListGroupsResponse401
    | ListGroupsResponse403
    | ListGroupsResponse414
    | ListGroupsResponse422
    | ListGroupsResponse429
    | ListGroupsResponse431
    | ListGroupsResponse500
    | ListGroupsResponse503
    | PageGroupRead
    | None
):
    """List Groups

     Local groups by area, then slug; `area` keeps those whose area starts with it
    ("leeds n" finds "Leeds  North").

    Args:
        area (None | str | Unset): Groups whose area starts with this (case and spacing folded).
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListGroupsResponse400 | ListGroupsResponse401 | ListGroupsResponse403 | ListGroupsResponse414 | ListGroupsResponse422 | ListGroupsResponse429 | ListGroupsResponse431 | ListGroupsResponse500 | ListGroupsResponse503 | PageGroupRead
    """

    return (
        await asyncio_detailed(
            client=client,
            area=area,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
