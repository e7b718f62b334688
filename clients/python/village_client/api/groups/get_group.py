from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_group_response_401 import GetGroupResponse401
from ...models.get_group_response_403 import GetGroupResponse403
from ...models.get_group_response_414 import GetGroupResponse414
from ...models.get_group_response_422 import GetGroupResponse422
from ...models.get_group_response_429 import GetGroupResponse429
from ...models.get_group_response_431 import GetGroupResponse431
from ...models.get_group_response_500 import GetGroupResponse500
from ...models.get_group_response_503 import GetGroupResponse503
from ...models.group_read import GroupRead
from ...types import Response


def _get_kwargs(
    slug: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/groups/{slug}".format(
            slug=quote(str(slug), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetGroupResponse401
    | GetGroupResponse403
    | GetGroupResponse414
    | GetGroupResponse422
    | GetGroupResponse429
    | GetGroupResponse431
    | GetGroupResponse500
    | GetGroupResponse503
    | GroupRead
    | None
):
    if response.status_code == 200:
        response_200 = GroupRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = GetGroupResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetGroupResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 414:
        response_414 = GetGroupResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = GetGroupResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetGroupResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = GetGroupResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = GetGroupResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetGroupResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetGroupResponse401
    | GetGroupResponse403
    | GetGroupResponse414
    | GetGroupResponse422
    | GetGroupResponse429
    | GetGroupResponse431
    | GetGroupResponse500
    | GetGroupResponse503
    | GroupRead
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetGroupResponse401
    | GetGroupResponse403
    | GetGroupResponse414
    | GetGroupResponse422
    | GetGroupResponse429
    | GetGroupResponse431
    | GetGroupResponse500
    | GetGroupResponse503
    | GroupRead
]:
    """Get Group

    Args:
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetGroupResponse401 | GetGroupResponse403 | GetGroupResponse414 | GetGroupResponse422 | GetGroupResponse429 | GetGroupResponse431 | GetGroupResponse500 | GetGroupResponse503 | GroupRead]
    """

    kwargs = _get_kwargs(
        slug=slug,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetGroupResponse401
    | GetGroupResponse403
    | GetGroupResponse414
    | GetGroupResponse422
    | GetGroupResponse429
    | GetGroupResponse431
    | GetGroupResponse500
    | GetGroupResponse503
    | GroupRead
    | None
):
    """Get Group

    Args:
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetGroupResponse401 | GetGroupResponse403 | GetGroupResponse414 | GetGroupResponse422 | GetGroupResponse429 | GetGroupResponse431 | GetGroupResponse500 | GetGroupResponse503 | GroupRead
    """

    return sync_detailed(
        slug=slug,
        client=client,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetGroupResponse401
    | GetGroupResponse403
    | GetGroupResponse414
    | GetGroupResponse422
    | GetGroupResponse429
    | GetGroupResponse431
    | GetGroupResponse500
    | GetGroupResponse503
    | GroupRead
]:
    """Get Group

    Args:
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetGroupResponse401 | GetGroupResponse403 | GetGroupResponse414 | GetGroupResponse422 | GetGroupResponse429 | GetGroupResponse431 | GetGroupResponse500 | GetGroupResponse503 | GroupRead]
    """

    kwargs = _get_kwargs(
        slug=slug,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetGroupResponse401
    | GetGroupResponse403
    | GetGroupResponse414
    | GetGroupResponse422
    | GetGroupResponse429
    | GetGroupResponse431
    | GetGroupResponse500
    | GetGroupResponse503
    | GroupRead
    | None
):
    """Get Group

    Args:
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetGroupResponse401 | GetGroupResponse403 | GetGroupResponse414 | GetGroupResponse422 | GetGroupResponse429 | GetGroupResponse431 | GetGroupResponse500 | GetGroupResponse503 | GroupRead
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
        )
    ).parsed
