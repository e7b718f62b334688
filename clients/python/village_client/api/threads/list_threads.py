from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_threads_response_400 import ListThreadsResponse400
from ...models.list_threads_response_422 import ListThreadsResponse422
from ...models.list_threads_response_429 import ListThreadsResponse429
from ...models.list_threads_response_503 import ListThreadsResponse503
from ...models.list_threads_sort import ListThreadsSort
from ...models.page_thread_read import PageThreadRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    category: None | str | Unset = UNSET,
    group: None | str | Unset = UNSET,
    sort: ListThreadsSort | Unset = "active",
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_category: None | str | Unset
    if isinstance(category, Unset):
        json_category = UNSET
    else:
        json_category = category
    params["category"] = json_category

    json_group: None | str | Unset
    if isinstance(group, Unset):
        json_group = UNSET
    else:
        json_group = group
    params["group"] = json_group

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

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
        "url": "/api/v1/threads",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListThreadsResponse400
    | ListThreadsResponse422
    | ListThreadsResponse429
    | ListThreadsResponse503
    | PageThreadRead
    | None
):
    if response.status_code == 200:
        response_200 = PageThreadRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListThreadsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 422:
        response_422 = ListThreadsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListThreadsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = ListThreadsResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListThreadsResponse400
    | ListThreadsResponse422
    | ListThreadsResponse429
    | ListThreadsResponse503
    | PageThreadRead
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
    category: None | str | Unset = UNSET,
    group: None | str | Unset = UNSET,
    sort: ListThreadsSort | Unset = "active",
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListThreadsResponse400
    | ListThreadsResponse422
    | ListThreadsResponse429
    | ListThreadsResponse503
    | PageThreadRead
]:
    """List Threads

    Args:
        category (None | str | Unset):
        group (None | str | Unset): A local group's threads (not with `category`).
        sort (ListThreadsSort | Unset):  Default: 'active'.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListThreadsResponse400 | ListThreadsResponse422 | ListThreadsResponse429 | ListThreadsResponse503 | PageThreadRead]
    """

    kwargs = _get_kwargs(
        category=category,
        group=group,
        sort=sort,
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
    category: None | str | Unset = UNSET,
    group: None | str | Unset = UNSET,
    sort: ListThreadsSort | Unset = "active",
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    ListThreadsResponse400
    | ListThreadsResponse422
    | ListThreadsResponse429
    | ListThreadsResponse503
    | PageThreadRead
    | None
):
    """List Threads

    Args:
        category (None | str | Unset):
        group (None | str | Unset): A local group's threads (not with `category`).
        sort (ListThreadsSort | Unset):  Default: 'active'.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListThreadsResponse400 | ListThreadsResponse422 | ListThreadsResponse429 | ListThreadsResponse503 | PageThreadRead
    """

    return sync_detailed(
        client=client,
        category=category,
        group=group,
        sort=sort,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    category: None | str | Unset = UNSET,
    group: None | str | Unset = UNSET,
    sort: ListThreadsSort | Unset = "active",
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListThreadsResponse400
    | ListThreadsResponse422
    | ListThreadsResponse429
    | ListThreadsResponse503
    | PageThreadRead
]:
    """List Threads

    Args:
        category (None | str | Unset):
        group (None | str | Unset): A local group's threads (not with `category`).
        sort (ListThreadsSort | Unset):  Default: 'active'.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListThreadsResponse400 | ListThreadsResponse422 | ListThreadsResponse429 | ListThreadsResponse503 | PageThreadRead]
    """

    kwargs = _get_kwargs(
        category=category,
        group=group,
        sort=sort,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    category: None | str | Unset = UNSET,
    group: None | str | Unset = UNSET,
    sort: ListThreadsSort | Unset = "active",
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    ListThreadsResponse400
    | ListThreadsResponse422
    | ListThreadsResponse429
    | ListThreadsResponse503
    | PageThreadRead
    | None
):
    """List Threads

    Args:
        category (None | str | Unset):
        group (None | str | Unset): A local group's threads (not with `category`).
        sort (ListThreadsSort | Unset):  Default: 'active'.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListThreadsResponse400 | ListThreadsResponse422 | ListThreadsResponse429 | ListThreadsResponse503 | PageThreadRead
    """

    return (
        await asyncio_detailed(
            client=client,
            category=category,
            group=group,
            sort=sort,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
