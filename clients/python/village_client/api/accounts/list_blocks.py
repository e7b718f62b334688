from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.block_page import BlockPage
from ...models.list_blocks_response_400 import ListBlocksResponse400
from ...models.list_blocks_response_401 import ListBlocksResponse401
from ...models.list_blocks_response_403 import ListBlocksResponse403
from ...models.list_blocks_response_414 import ListBlocksResponse414
from ...models.list_blocks_response_422 import ListBlocksResponse422
from ...models.list_blocks_response_429 import ListBlocksResponse429
from ...models.list_blocks_response_431 import ListBlocksResponse431
from ...models.list_blocks_response_500 import ListBlocksResponse500
from ...models.list_blocks_response_503 import ListBlocksResponse503
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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
        "url": "/api/v1/me/blocks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BlockPage
    | ListBlocksResponse400
    | ListBlocksResponse401
    | ListBlocksResponse403
    | ListBlocksResponse414
    | ListBlocksResponse422
    | ListBlocksResponse429
    | ListBlocksResponse431
    | ListBlocksResponse500
    | ListBlocksResponse503
    | None
):
    if response.status_code == 200:
        response_200 = BlockPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListBlocksResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListBlocksResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListBlocksResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 414:
        response_414 = ListBlocksResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = ListBlocksResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListBlocksResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = ListBlocksResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = ListBlocksResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ListBlocksResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BlockPage
    | ListBlocksResponse400
    | ListBlocksResponse401
    | ListBlocksResponse403
    | ListBlocksResponse414
    | ListBlocksResponse422
    | ListBlocksResponse429
    | ListBlocksResponse431
    | ListBlocksResponse500
    | ListBlocksResponse503
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
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    BlockPage
    | ListBlocksResponse400
    | ListBlocksResponse401
    | ListBlocksResponse403
    | ListBlocksResponse414
    | ListBlocksResponse422
    | ListBlocksResponse429
    | ListBlocksResponse431
    | ListBlocksResponse500
    | ListBlocksResponse503
]:
    """List the members you blocked

     The members you blocked, a page at a time in a stable order (not by date), each
    with when you blocked them. Only you see this list. Needs `read`.

    Args:
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlockPage | ListBlocksResponse400 | ListBlocksResponse401 | ListBlocksResponse403 | ListBlocksResponse414 | ListBlocksResponse422 | ListBlocksResponse429 | ListBlocksResponse431 | ListBlocksResponse500 | ListBlocksResponse503]
    """

    kwargs = _get_kwargs(
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
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    BlockPage
    | ListBlocksResponse400
    | ListBlocksResponse401
    | ListBlocksResponse403
    | ListBlocksResponse414
    | ListBlocksResponse422
    | ListBlocksResponse429
    | ListBlocksResponse431
    | ListBlocksResponse500
    | ListBlocksResponse503
    | None
):
    """List the members you blocked

     The members you blocked, a page at a time in a stable order (not by date), each
    with when you blocked them. Only you see this list. Needs `read`.

    Args:
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlockPage | ListBlocksResponse400 | ListBlocksResponse401 | ListBlocksResponse403 | ListBlocksResponse414 | ListBlocksResponse422 | ListBlocksResponse429 | ListBlocksResponse431 | ListBlocksResponse500 | ListBlocksResponse503
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    BlockPage
    | ListBlocksResponse400
    | ListBlocksResponse401
    | ListBlocksResponse403
    | ListBlocksResponse414
    | ListBlocksResponse422
    | ListBlocksResponse429
    | ListBlocksResponse431
    | ListBlocksResponse500
    | ListBlocksResponse503
]:
    """List the members you blocked

     The members you blocked, a page at a time in a stable order (not by date), each
    with when you blocked them. Only you see this list. Needs `read`.

    Args:
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlockPage | ListBlocksResponse400 | ListBlocksResponse401 | ListBlocksResponse403 | ListBlocksResponse414 | ListBlocksResponse422 | ListBlocksResponse429 | ListBlocksResponse431 | ListBlocksResponse500 | ListBlocksResponse503]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    BlockPage
    | ListBlocksResponse400
    | ListBlocksResponse401
    | ListBlocksResponse403
    | ListBlocksResponse414
    | ListBlocksResponse422
    | ListBlocksResponse429
    | ListBlocksResponse431
    | ListBlocksResponse500
    | ListBlocksResponse503
    | None
):
    """List the members you blocked

     The members you blocked, a page at a time in a stable order (not by date), each
    with when you blocked them. Only you see this list. Needs `read`.

    Args:
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlockPage | ListBlocksResponse400 | ListBlocksResponse401 | ListBlocksResponse403 | ListBlocksResponse414 | ListBlocksResponse422 | ListBlocksResponse429 | ListBlocksResponse431 | ListBlocksResponse500 | ListBlocksResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
