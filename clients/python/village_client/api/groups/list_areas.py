from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.area_read import AreaRead
from ...models.list_areas_response_414 import ListAreasResponse414
from ...models.list_areas_response_422 import ListAreasResponse422
from ...models.list_areas_response_429 import ListAreasResponse429
from ...models.list_areas_response_431 import ListAreasResponse431
from ...models.list_areas_response_500 import ListAreasResponse500
from ...models.list_areas_response_503 import ListAreasResponse503
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    prefix: None | str | Unset = UNSET,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_prefix: None | str | Unset
    if isinstance(prefix, Unset):
        json_prefix = UNSET
    else:
        json_prefix = prefix
    params["prefix"] = json_prefix

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/areas",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListAreasResponse414
    | ListAreasResponse422
    | ListAreasResponse429
    | ListAreasResponse431
    | ListAreasResponse500
    | ListAreasResponse503
    | list[AreaRead]
    | None
):
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AreaRead.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 414:
        response_414 = ListAreasResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = ListAreasResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListAreasResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = ListAreasResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = ListAreasResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ListAreasResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListAreasResponse414
    | ListAreasResponse422
    | ListAreasResponse429
    | ListAreasResponse431
    | ListAreasResponse500
    | ListAreasResponse503
    | list[AreaRead]
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    prefix: None | str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[
    ListAreasResponse414
    | ListAreasResponse422
    | ListAreasResponse429
    | ListAreasResponse431
    | ListAreasResponse500
    | ListAreasResponse503
    | list[AreaRead]
]:
    """List Areas

     Areas in use, by name, with their groups and upcoming meet-ups (for an area picker).

    Args:
        prefix (None | str | Unset): Areas that start with this.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAreasResponse414 | ListAreasResponse422 | ListAreasResponse429 | ListAreasResponse431 | ListAreasResponse500 | ListAreasResponse503 | list[AreaRead]]
    """

    kwargs = _get_kwargs(
        prefix=prefix,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    prefix: None | str | Unset = UNSET,
    limit: int | Unset = 20,
) -> (
    ListAreasResponse414
    | ListAreasResponse422
    | ListAreasResponse429
    | ListAreasResponse431
    | ListAreasResponse500
    | ListAreasResponse503
    | list[AreaRead]
    | None
):
    """List Areas

     Areas in use, by name, with their groups and upcoming meet-ups (for an area picker).

    Args:
        prefix (None | str | Unset): Areas that start with this.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAreasResponse414 | ListAreasResponse422 | ListAreasResponse429 | ListAreasResponse431 | ListAreasResponse500 | ListAreasResponse503 | list[AreaRead]
    """

    return sync_detailed(
        client=client,
        prefix=prefix,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    prefix: None | str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[
    ListAreasResponse414
    | ListAreasResponse422
    | ListAreasResponse429
    | ListAreasResponse431
    | ListAreasResponse500
    | ListAreasResponse503
    | list[AreaRead]
]:
    """List Areas

     Areas in use, by name, with their groups and upcoming meet-ups (for an area picker).

    Args:
        prefix (None | str | Unset): Areas that start with this.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAreasResponse414 | ListAreasResponse422 | ListAreasResponse429 | ListAreasResponse431 | ListAreasResponse500 | ListAreasResponse503 | list[AreaRead]]
    """

    kwargs = _get_kwargs(
        prefix=prefix,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    prefix: None | str | Unset = UNSET,
    limit: int | Unset = 20,
) -> (
    ListAreasResponse414
    | ListAreasResponse422
    | ListAreasResponse429
    | ListAreasResponse431
    | ListAreasResponse500
    | ListAreasResponse503
    | list[AreaRead]
    | None
):
    """List Areas

     Areas in use, by name, with their groups and upcoming meet-ups (for an area picker).

    Args:
        prefix (None | str | Unset): Areas that start with this.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAreasResponse414 | ListAreasResponse422 | ListAreasResponse429 | ListAreasResponse431 | ListAreasResponse500 | ListAreasResponse503 | list[AreaRead]
    """

    return (
        await asyncio_detailed(
            client=client,
            prefix=prefix,
            limit=limit,
        )
    ).parsed
