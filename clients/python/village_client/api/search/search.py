from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_search_hit import PageSearchHit
from ...models.search_response_400 import SearchResponse400
from ...models.search_response_422 import SearchResponse422
from ...models.search_response_429 import SearchResponse429
from ...models.search_response_503 import SearchResponse503
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str,
    category: None | str | Unset = UNSET,
    author: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    json_category: None | str | Unset
    if isinstance(category, Unset):
        json_category = UNSET
    else:
        json_category = category
    params["category"] = json_category

    json_author: None | str | Unset
    if isinstance(author, Unset):
        json_author = UNSET
    else:
        json_author = author
    params["author"] = json_author

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
        "url": "/api/v1/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PageSearchHit
    | SearchResponse400
    | SearchResponse422
    | SearchResponse429
    | SearchResponse503
    | None
):
    if response.status_code == 200:
        response_200 = PageSearchHit.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SearchResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 422:
        response_422 = SearchResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = SearchResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = SearchResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PageSearchHit | SearchResponse400 | SearchResponse422 | SearchResponse429 | SearchResponse503
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
    q: str,
    category: None | str | Unset = UNSET,
    author: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    PageSearchHit | SearchResponse400 | SearchResponse422 | SearchResponse429 | SearchResponse503
]:
    """Search

     Posts and thread titles that match `q`, best match first (a title match finds the
    thread's first post), among the 1,000 most recent matches. Hidden, deleted and blocked
    members' posts are never found; `author=` never finds an anonymous post (moderators
    excepted). An unknown `category` or `author` is 404. Counted against RATE_LIMIT_SEARCH,
    per member or, for visitors, per address.

    Args:
        q (str): Words, "quoted phrases" and -excluded words or phrases.
        category (None | str | Unset): A slug.
        author (None | str | Unset): A username.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSearchHit | SearchResponse400 | SearchResponse422 | SearchResponse429 | SearchResponse503]
    """

    kwargs = _get_kwargs(
        q=q,
        category=category,
        author=author,
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
    q: str,
    category: None | str | Unset = UNSET,
    author: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    PageSearchHit
    | SearchResponse400
    | SearchResponse422
    | SearchResponse429
    | SearchResponse503
    | None
):
    """Search

     Posts and thread titles that match `q`, best match first (a title match finds the
    thread's first post), among the 1,000 most recent matches. Hidden, deleted and blocked
    members' posts are never found; `author=` never finds an anonymous post (moderators
    excepted). An unknown `category` or `author` is 404. Counted against RATE_LIMIT_SEARCH,
    per member or, for visitors, per address.

    Args:
        q (str): Words, "quoted phrases" and -excluded words or phrases.
        category (None | str | Unset): A slug.
        author (None | str | Unset): A username.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSearchHit | SearchResponse400 | SearchResponse422 | SearchResponse429 | SearchResponse503
    """

    return sync_detailed(
        client=client,
        q=q,
        category=category,
        author=author,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str,
    category: None | str | Unset = UNSET,
    author: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    PageSearchHit | SearchResponse400 | SearchResponse422 | SearchResponse429 | SearchResponse503
]:
    """Search

     Posts and thread titles that match `q`, best match first (a title match finds the
    thread's first post), among the 1,000 most recent matches. Hidden, deleted and blocked
    members' posts are never found; `author=` never finds an anonymous post (moderators
    excepted). An unknown `category` or `author` is 404. Counted against RATE_LIMIT_SEARCH,
    per member or, for visitors, per address.

    Args:
        q (str): Words, "quoted phrases" and -excluded words or phrases.
        category (None | str | Unset): A slug.
        author (None | str | Unset): A username.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSearchHit | SearchResponse400 | SearchResponse422 | SearchResponse429 | SearchResponse503]
    """

    kwargs = _get_kwargs(
        q=q,
        category=category,
        author=author,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: str,
    category: None | str | Unset = UNSET,
    author: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    PageSearchHit
    | SearchResponse400
    | SearchResponse422
    | SearchResponse429
    | SearchResponse503
    | None
):
    """Search

     Posts and thread titles that match `q`, best match first (a title match finds the
    thread's first post), among the 1,000 most recent matches. Hidden, deleted and blocked
    members' posts are never found; `author=` never finds an anonymous post (moderators
    excepted). An unknown `category` or `author` is 404. Counted against RATE_LIMIT_SEARCH,
    per member or, for visitors, per address.

    Args:
        q (str): Words, "quoted phrases" and -excluded words or phrases.
        category (None | str | Unset): A slug.
        author (None | str | Unset): A username.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSearchHit | SearchResponse400 | SearchResponse422 | SearchResponse429 | SearchResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            category=category,
            author=author,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
